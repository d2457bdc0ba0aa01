"""Session 10 (s10-grammar): widenings of the core quantity grammar, each tested on invented sentences in the
styles of wars in none of the evaluation sets (Nicaragua's contra war, Transnistria 1992, El Salvador, Biafra,
the Falklands, Rhodesia's bush war, invented wars)."""
from presslens.casualties.rules import claims_in


# ---- rule `zero_subject`: zero as the victims' determiner or pronoun before their own passive cue

def test_zero_determiner_before_two_cues_gives_one_record_per_cue():
    got = claims_in("A Sandinista officer said no Contra fighters were killed or wounded near Jinotega.")
    assert [(c, lo, hi) for c, lo, hi, _, _ in got] == [("killed", 0, 0), ("wounded", 0, 0)]


def test_zero_determiner_with_modifiers_before_one_cue():
    got = claims_in("The Biafran radio said no Nigerian federal troops were captured at Onitsha.")
    assert [(c, lo) for c, lo, _, _, _ in got] == [("captured", 0)]


def test_zero_pronoun_among_the_dead():
    got = claims_in("Several Transnistrian guards were hurt at the bridge, but none were among the dead.")
    assert ("killed", 0, 0, None) in [g[:4] for g in got]


def test_zero_pronoun_of_a_group():
    got = claims_in("Two patrols came under fire near Chalatenango; none of the soldiers were injured.")
    assert [(c, lo) for c, lo, _, _, _ in got] == [("wounded", 0)]


def test_no_as_an_adverb_or_before_a_thing_is_no_zero_claim():
    assert claims_in("No sooner had the convoy left Goose Green than it was attacked.") == []
    assert claims_in("No vehicles were damaged in the attack on the Umtali depot.") == []


# ---- vague adjectives: the size words of the slot, two kinds of losses joined, and the adjective as predicate

def test_vague_size_words_before_the_harm_noun():
    assert claims_in("Managua radio spoke of mass casualties among the Contra columns.")[0][:4] == \
        ("casualties", None, None, "mass")
    assert claims_in("Both sides claim to have inflicted large casualties near Bluefields.")[0][3] == "large"


def test_vague_adjective_before_two_joined_kinds_of_losses():
    got = claims_in("The raids caused significant material and human losses among the Biafran units at Owerri.")
    assert got[0][:4] == ("casualties", None, None, "significant")


def test_vague_adjective_as_predicate_of_the_harm_noun():
    assert claims_in("Argentine casualties were light, the junta's communique said.")[0][:4] == \
        ("casualties", None, None, "light")
    assert claims_in("The casualties are high on both sides of the Zambezi front.")[0][:4] == \
        ("casualties", None, None, "high")


def test_vague_predicate_not_said_of_a_claim():
    assert claims_in("The risk of casualties is high if the Umtali convoy moves at night.") == []
    assert claims_in("Losses were higher than the Salisbury command expected.") == []
    assert claims_in("The light infantry entered the town of Mutare.") == []

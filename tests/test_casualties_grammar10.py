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

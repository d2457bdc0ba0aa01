"""Session 14 (branch s14-sided): victim sides (docs/rules.md, "Session 14: victim sides"). Invented wars in the
styles of none of the eval sets: a frontier war between two mountain republics (Ostra and Varnak), a river-delta
insurgency (the Delta Front), a coastal emirate's protest crackdown."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.lexicon import load_lexicon
from presslens.casualties.restated_below import restated_below, stated_numbers
from presslens.casualties.toll_words import civilians_counted_before, official_toll

#: two states at war (the registry gives each its country)
FRONTIER = Actors([_conflict("ostra-varnak", {
    "sides": {"ostra": "the Republic of Ostra: its government, army and border guards",
              "varnak": "the Varnak Republic: its government, army and air force"},
    "countries": {"ostra": ["Ostra"], "varnak": ["Varnak"]},
    "government_side": "ostra", "rebel_side": "varnak",
    "keywords": {"ostra": ["Ostran"], "varnak": ["Varnakian", "Varnaki"]},
    "articles": ["example.txt"]})])
#: a state against an insurgency; the registry keys `official` to the state, as several dev registries do
DELTA = Actors([_conflict("delta", {
    "sides": {"delta_gov": "the state: its army, police and officials",
              "front": "the Delta Front, an armed insurgent movement"},
    "government_side": "delta_gov", "rebel_side": "front",
    "keywords": {"delta_gov": ["official", "army"], "front": ["Delta Front"]},
    "articles": ["example.txt"]})])


def _sides(text: str, reg: Actors | None = DELTA) -> list[tuple[str, int | None, str]]:
    from presslens.casualties.rules import claims_in
    return [(cat, low if low is not None else high, side) for cat, low, high, _vague, side in claims_in(text, reg)]


# rule `restated_below`: a bare count first (a headline), the same count told with its victims just below
@pytest.mark.parametrize("text, reg, side", [
    ("Two dead in Ostra-Varnak border clash\n\nTwo Ostran soldiers were killed when Varnakian troops fired on "
     "a border post on Tuesday, the defence ministry said.", FRONTIER, "ostra"),
    ("Over 2,000 Varnakians surrender\n\nAt least 2,000 Varnakian troops surrendered in the pass on Friday, "
     "Ostra said.", FRONTIER, "varnak"),
    ("Hundreds Of Varnakians Surrender\n\nHundreds of Varnakian soldiers surrendered at the pass on Monday, "
     "Ostran officials said.", FRONTIER, "varnak"),
    ("'50 die' in delta shelling\n\nUp to 50 people may have been killed when the army shelled the town of "
     "Porto Velde, aid workers said.", DELTA, "civilian"),
    ("12 Reported Injured\n\nIn Porto Velde, the governor said four civilians were killed and 12 others wounded in "
     "the shelling of a market.", DELTA, "civilian"),
])
def test_a_bare_count_takes_the_side_of_its_restatement_below(text, reg, side):
    first = _sides(text, reg)[0]
    assert first[2] == side, _sides(text, reg)


@pytest.mark.parametrize("text", [
    # the first count of the harm below has another number: not the restatement (and no later one is sought)
    "Nine killed in river raid\n\nTwo people were killed in the first attack. Nine more died later in hospital.",
    # the count below is only its number: it says no more of the victims than the headline
    "Ministry says 23 dead in delta attacks\n\nThe minister said the number of people killed in recent attacks "
    "was 23.",
])
def test_a_bare_count_without_a_restatement_below_stays_unknown(text):
    assert _sides(text)[0][2] == "unknown", _sides(text)


def test_a_count_with_victims_of_its_own_keeps_its_side():
    text = "Nine villagers killed\n\nNine Delta Front fighters were killed in the village, the army said."
    assert _sides(text)[0] == ("killed", 9, "civilian")


def test_restated_below_reads_at_most_three_sentences_below():
    recs = [{"category": "killed", "low": 6, "high": 6, "vague": None, "victim_side": "unknown",
             "victim_type": "unknown", "text": "Six killed", "_sent": 0, "start": 0},
            {"category": "killed", "low": 6, "high": 6, "vague": None, "victim_side": "front",
             "victim_type": "fighters", "text": "six Front fighters were killed", "_sent": 4, "start": 200}]
    restated_below(recs, load_lexicon())
    assert recs[0]["victim_side"] == "unknown"
    recs[1]["_sent"] = 3
    restated_below(recs, load_lexicon())
    assert recs[0]["victim_side"] == "front"


def test_restated_below_reads_only_forward():
    recs = [{"category": "killed", "low": 5, "high": 5, "vague": None, "victim_side": "front",
             "victim_type": "fighters", "text": "five Delta Front fighters were killed", "_sent": 0, "start": 0},
            {"category": "killed", "low": 5, "high": 5, "vague": None, "victim_side": "unknown",
             "victim_type": "unknown", "text": "five dead", "_sent": 1, "start": 50}]
    restated_below(recs, load_lexicon())
    assert recs[1]["victim_side"] == "unknown"


@pytest.mark.parametrize("rec, numbers", [
    ({"low": 2001, "high": None, "vague": None, "text": "more than 2,000 Varnakians"}, {2000, 2001}),
    ({"low": 2000, "high": None, "vague": None, "text": "at least 2,000 troops"}, {2000}),
    ({"low": None, "high": 50, "vague": None, "text": "up to 50 people"}, {50}),
    ({"low": None, "high": None, "vague": "dozens", "text": "dozens wounded"}, {"dozens"}),
    ({"low": None, "high": None, "vague": None, "text": "casualties"}, set()),
])
def test_stated_numbers(rec, numbers):
    assert stated_numbers(rec) == numbers


# rule `official_toll`: 'the official death toll' names who counted, not who died
@pytest.mark.parametrize("text", [
    "The figures are far higher than the official death toll, which is 432.",
    "The health ministry puts Friday's official death toll at 8.",
    "Previously, the official death toll was 13.",
])
def test_an_official_toll_is_not_the_state_s_dead(text):
    assert [side for _c, _n, side in _sides(text)] == ["unknown"], _sides(text)


@pytest.mark.parametrize("text, side", [
    ("A senior army official was killed in the ambush, police said.", "delta_gov"),
    ("Three army officials were wounded when the Front attacked the post.", "delta_gov"),
])
def test_an_official_who_died_keeps_his_side(text, side):
    assert _sides(text)[0][2] == side, _sides(text)


@pytest.mark.parametrize("words, kept", [
    (["official", "death"], ["death"]),
    (["official", "figures"], ["figures"]),
    (["senior", "police", "official"], ["senior", "police", "official"]),
    (["officials"], ["officials"]),
])
def test_official_toll(words, kept):
    assert official_toll(words) == kept


# rule `family_victims`: a count told as a family's members is a count of civilians
@pytest.mark.parametrize("text", [
    "Among the dead were a family of six, including two infants, a hospital source said.",
    "A fisherman lost five members of his family, including his mother, when the boat was hit.",
    "Last month three families of 14 members had their throats cut by Delta Front raiders.",
    "Seven members of one household were killed when the roof fell in.",
])
def test_a_family_s_members_are_civilians(text):
    assert _sides(text)[0][2] == "civilian", _sides(text)


@pytest.mark.parametrize("text", [
    "The Front said seven members of its unit were killed in the raid.",
    "Nine members of the Delta Front were killed, the army said.",
    "He said the family of one of the 12 soldiers killed had been told.",
])
def test_members_of_a_unit_or_a_force_are_not_a_family(text):
    assert all(side != "civilian" for _c, _n, side in _sides(text)), _sides(text)


# `war_toll_not_civilian` narrowed (rule `civilians_counted_before`): a count after civilians in its own clause
@pytest.mark.parametrize("text", [
    "The governor said at least four civilians were killed and four others wounded in the fighting.",
    "Officials said some 20 civilians had been killed -- six Hindus, five Christians and nine Buddhists -- in the "
    "fighting.",
])
def test_a_count_after_civilians_in_its_clause_stays_civilian(text):
    assert _sides(text)[-1][2] == "civilian", _sides(text)


@pytest.mark.parametrize("text", [
    "As many as 50 people have died in the violence already.",
    "Civilians fled the district. At least 300 people have died in the fighting.",
    "More than 9,000 people have died in the war, and 300,000 have fled.",
])
def test_a_war_s_toll_stays_unknown(text):
    killed = [side for cat, _n, side in _sides(text) if cat == "killed"]
    assert killed == ["unknown"], _sides(text)


def test_civilians_counted_before():
    lex = load_lexicon()
    s = "He said at least four civilians were killed and four others wounded in the fighting."
    assert civilians_counted_before(s, s.find("four others"), lex)
    s = "Civilians fled the town. As many as 50 people have died in the violence already."
    assert not civilians_counted_before(s, s.find("As many"), lex)
    s = "Civilians were warned to leave, and 60 people have died in the fighting."
    assert not civilians_counted_before(s, s.find("60 people"), lex)   # no count of the civilians


# vocabulary: 'one person' is 'people' for the context rules; 'noncombatants' are civilians
@pytest.mark.parametrize("text, side", [
    ("At least one person was killed in a mortar attack on the main hospital in Porto Velde.", "civilian"),
    ("One person was killed in the fighting near the river crossing.", "unknown"),
    ("The UN said more than 450 noncombatants were wounded between May and June.", "civilian"),
    ("Two noncombatants died when the convoy was ambushed.", "civilian"),
])
def test_person_and_noncombatants(text, side):
    assert _sides(text)[0][2] == side, _sides(text)

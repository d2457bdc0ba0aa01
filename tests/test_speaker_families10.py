"""Speaker phrases whose bounds the words before a cue get wrong (session 10's speaker families,
eval/SPEAKER_FAMILIES.md), each rule checked end to end on the quote extractor. Every sentence and name is
composed for the test, in the styles of wars between invented states (Borvania, Tarvia, Kessa) that are in
no eval set."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article


def _rows(text: str) -> list[dict]:
    return quotes_for_article("t.txt", text)


# rule capitalised_modifier_head (quotes.phrase_bounds): a participle's subject opened by a capitalised modifier is
# the noun phrase up to its head noun, not the modifier alone
@pytest.mark.parametrize("text,want", [
    ("State radio showed the president touring the barracks in Velmar, saying the footage was recorded on "
     "Sunday.", "state radio"),
    ("A Borvanian border-police source was quoted by the daily Kessa Vesti as saying that four smugglers had "
     "been shot dead at the crossing.", "a Borvanian border-police source"),
    ("Tarvian defence Minister Oren Salk was quoted by agencies as saying that 300 people had been killed in the "
     "shelling of Dolna.", "Oren Salk"),
    ("KNF separatists have held the hill towns since March, saying the government had broken the truce.",
     "KNF separatists"),
], ids=["state radio ..., saying", "a border-police source was quoted as saying", "defence Minister NAME",
        "acronym + fighters noun"])
def test_participle_subject_runs_to_its_head_noun(text, want):
    rows = _rows(text)
    assert [r["speaker"].lower() for r in rows] == [want.lower()]


def test_participle_subject_keeps_a_role_and_the_name_after_it():
    rows = _rows('Government spokesman Abel Tesfaye admitted "incidents" on the border, but said it was the '
                 'rebels who had lost men.')
    assert {r["speaker"] for r in rows} == {"Abel Tesfaye"}


def test_fronted_participle_is_no_subject_head():
    """'Emboldened by official claims, ...': the lower-case words after the capitalised word are no noun phrase."""
    from presslens.quotes.phrase_bounds import modifier_head_end
    h = "Emboldened by official claims of victory, crowds attacked the market, "
    assert modifier_head_end(h, len("Emboldened")) == len("Emboldened")


# rule subject_of_inner_clause (quotes.phrase_bounds): the words before a cue hold a relative or a reported clause;
# the cue's speaker is that clause's subject
@pytest.mark.parametrize("text,want", [
    ("Most of the wounded were women and children, many of whom Kessa said had been hit by shrapnel.", "Kessa"),
    ("Troops killed nine men who authorities said had attacked a police post near Dolna.", "authorities"),
    ("The raid on the depot, which set off a blaze that some witnesses said burned for two hours, was claimed "
     "by the Tarvian Liberation Front.", "some witnesses"),
], ids=["many of whom X said", "people who authorities said", "that some witnesses said"])
def test_relative_clause_subject_speaks(text, want):
    rows = _rows(text)
    said = [r for r in rows if r["cue"] == "said"]
    assert [r["speaker"] for r in said] == [want]


def test_resident_who_asked_keeps_the_resident():
    rows = _rows("A resident who asked not to be named said the militia had burned the market in Dolna.")
    assert [r["speaker"] for r in rows] == ["a resident"]


# rule glued_lead (quotes.speakers): a typewriter quote mark, a wire credit in brackets or a year glued before a
# subject is not part of the speaker phrase
@pytest.mark.parametrize("text,want", [
    ("VELMAR, May 3 (Reuters) -- Kessan rebels said on Sunday they had shot down a helicopter.", "kessan rebels"),
    ("Soldiers patrol the market in Velmar, May 4, 2014Tarvian security forces said on Sunday that nine gunmen had been killed.",
     "tarvian security forces"),
    ("The front said it had lost four fighters. Its casualties were ''light given the scope of the fighting,'' "
     "it added.", "front"),
], ids=["(Reuters) --", "caption year glued", "typewriter quote mark"])
def test_glued_lead_is_no_part_of_the_speaker(text, want):
    rows = _rows(text)
    assert want in [r["speaker"].lower() for r in rows]
    assert all(not r["speaker"].startswith(("'", "(")) and not r["speaker"][:1].isdigit() for r in rows)


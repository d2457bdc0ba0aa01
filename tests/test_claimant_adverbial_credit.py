"""Rules `adverbial_then_content` (casualties.quote_rows; docs/rules.md "Session 22: casualty claimants on fresh
copy") and `inverted_credit_end` (casualties.claimant_shapes): a quote row that opens on the cue's adverbial
('said during a visit ... that', 'said when ..., the raiders ...') carries the speaker's claim made after the
adverbial; a sentence that ends on its credit with the verb before a determiner's noun phrase ('..., said the
governor on his radio programme', '..., stated an Army communique issued tonight') is that source's. Sentences
invented in the styles of wars in none of the eval sets (the Shifta War, the Aden Emergency, Konfrontasi, the
Cristero War); every name invented."""
from __future__ import annotations

import pytest

from claim_families import CLAIMANT_BY, columns


def claims(text: str) -> list[tuple]:
    """(category, low, claimant, claimant_by) of each claim of `text`, with the quote rows the pipeline gives."""
    return columns(text, CLAIMANT_BY, article="credit.txt", quotes=True)


@pytest.mark.parametrize("text, expected", [
    ("Elmi Dahir, the district commissioner, said during a visit to Garissa on Monday that the raiders killed 14 "
     "herdsmen.", ("killed", 14, "Elmi Dahir", "adverbial_then_content")),
    ("Arthur Penrose, a field officer of the Red Crescent, said after visiting the camp hospital that nine people "
     "had died there since Sunday.", ("killed", 9, "Arthur Penrose", "adverbial_then_content")),
])
def test_the_content_after_the_cues_adverbial_is_the_speakers(text, expected):
    assert expected in claims(text)


def test_a_relative_clause_of_the_adverbial_stays_the_articles():
    """'wrote ... after the raids, in which 23 men were detained': the raids' relative, not her report."""
    got = claims("Amina Warsame wrote on the radio after Monday's raids near Garissa, in which 23 men were detained.")
    assert got and all(c is None for _, _, c, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("A total of 61 dissidents have been killed since March, stated a Government communique issued tonight.",
     ("killed", 61, "a Government communique", "inverted_credit_end")),
    ("Four infiltrators killed in Sarawak, announces the governor",
     ("killed", 4, "the governor", "inverted_credit_end")),
])
def test_a_credit_that_ends_the_sentence_on_a_determiners_phrase(text, expected):
    assert expected in claims(text)


@pytest.mark.parametrize("text", [
    "Seven tribesmen were killed in the Radfan ambush, said the officer, who visited the camp on Monday.",
    "Twelve Cristeros were killed near Colima, and the fighting claimed the lives.",
])
def test_no_credit_where_the_sentence_does_not_end_on_it(text):
    got = claims(text)
    assert all(by != "inverted_credit_end" for *_, by in got), got


def test_a_relative_clauses_subject_is_no_source():
    """Rule `relative_not_source` (casualties.source_phrase._could_speak): 'the tribunal which his decree said ...'
    holds the relative clause's subject; the toll before it is the article's."""
    got = claims("As the official toll from the fighting rose to 94, the governor dissolved the tribunal which his "
                 "decree said had twice defied the capital.")
    assert got and all(c is None for _, _, c, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Red Crescent: Dozens killed in Aden riots\n\nDozens of people have been killed in two days of riots in Aden, the "
     "Red Crescent said on Tuesday.", ("killed", None, "Red Crescent", "headline_source")),
    ("Shifta spokesman: 14 policemen killed\n\nFourteen policemen were killed near Mandera, rebel spokesman Hassan "
     "Guleid said.", ("killed", 14, "Hassan Guleid", "headline_source")),
])
def test_a_headline_opening_on_its_source_before_a_colon(text, expected):
    """Rule `headline_source` (casualties.claimant_shapes): the source a headline names before its colon; a role
    goes to the speaker the lead's quote row of that role names."""
    got = claims(text)
    assert any((c, cl, by) == (expected[0], expected[2], expected[3]) for c, _, cl, by in got), got


def test_a_place_before_a_headlines_colon_is_no_source():
    got = claims("Garissa: 14 policemen killed in ambush\n\nFourteen policemen were killed near Mandera on Monday.")
    assert all(by != "headline_source" for *_, by in got), got

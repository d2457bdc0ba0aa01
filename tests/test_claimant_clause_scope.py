"""Rules `report_in_later_conjunct` (casualties.claimant_shapes, asked in casualties.claimants.claim_clauses),
`identifying_source` (casualties.claimant_shapes, asked in `ArticleVoices.sentence_claimant` and per clause) and
`country_not_demonym` (mentions.state_document, asked in `demonym_document`; docs/rules.md "Session 23: casualty
claimants"): a reporting verb reports its own clause, so a count in a clause before ', and X acknowledged ...' or
'... though X says ...' is not X's claim; a country's own name ('Pakistan', 'Kazakhstan') before 'claims' is the
state speaking, not a nationality's document ('Pakistani claims'); the subject that identifies the dead or lists
their names reports them. Sentences invented in the styles of wars in none
of the eval sets (the Chaco War, the Aden Emergency, the Ogaden War of 1977, the Boxer Rebellion, the Indo-Pakistani
War of 1965); every name invented."""
from __future__ import annotations

import pytest

from claim_families import CLAIMANT_BY, columns
from presslens.mentions.state_document import country_not_demonym, demonym_document


def claims(text: str) -> list[tuple]:
    """(category, low, claimant, claimant_by) of each claim of `text`, with the quote rows the pipeline gives."""
    return columns(text, CLAIMANT_BY, article="scope.txt", quotes=True)


@pytest.mark.parametrize("text", [
    "The Paraguayan columns took some 900 prisoners near Boqueron, and on June 3, 1933, President Ramon Ortiz "
    "acknowledged the loss of the fort.",
    "Nine tribesmen were killed in the Radfan ambush, but the political officer said the road would reopen.",
    "Nearly 300 villagers have been killed in the raids though a local elder from the hills around Jijiga says the "
    "true figure could be far higher.",
])
def test_a_count_before_a_later_clauses_report_is_not_its_claim(text):
    got = claims(text)
    first = got[0]
    assert first[2] is None, got


@pytest.mark.parametrize("text, claimant", [
    # the report's own clause keeps its source
    ("Nine tribesmen were killed in the Radfan ambush, but the political officer said 12 more had died of their wounds.",
     "the political officer"),
    # a credit after the count with no conjunction covers it
    ("Nine tribesmen were killed and four were wounded in the Radfan ambush, the political officer said.",
     "the political officer"),
])
def test_what_the_later_clause_still_reports(text, claimant):
    got = claims(text)
    assert any(c is not None and claimant.split()[-1] in c.lower() for _, _, c, _ in got), got


def test_a_cue_before_the_conjunct_keeps_its_claim():
    """'X said N died, but Y said ...': the first clause has its own source, and the clause split does not run."""
    got = claims("The legation said 40 converts were killed at Paoting, but the viceroy said no one had died.")
    assert ("killed", 40, "The legation", "quote_claimant") in got or \
        any(low == 40 and c and "legation" in c.lower() for _, low, c, _ in got), got


def test_a_passive_report_opens_no_clause_of_a_speaker():
    got = claims("A convoy bound for Dire Dawa was shelled twice, but no casualties were reported.")
    assert all(c is None for _, _, c, _ in got), got


@pytest.mark.parametrize("word, refused", [
    ("Pakistan", True), ("Kazakhstan", True), ("Yemen", True),
    ("Pakistani", False), ("Indian", False), ("Ruritanian", False),
])
def test_a_countrys_own_name_is_no_demonym(word, refused):
    assert country_not_demonym(word) is refused


def test_a_country_before_claims_stays_the_country():
    t = "While Pakistan claims to have killed 40 infiltrators near Sialkot, the Indian command denied it."
    assert demonym_document("Pakistan", t, t.index("Pakistan"), t.index(" claims")) is None
    t = "Delhi rejected Pakistani claims that 40 infiltrators were killed near Sialkot."
    assert demonym_document("Pakistani", t, t.index("Pakistani"), t.index(" claims")) == "Pakistani claims"


@pytest.mark.parametrize("text, claimant", [
    ("Okonkwo identified the victims as Emeka Obi, 30; Chidi Nwosu, 25; and Ifeanyi Eze, 41.", "Okonkwo"),
    ("The district council has identified the dead as Musa Kamau, 40, and Ali Odhiambo, 22.", "council"),
    ("Officials had listed the names of 19 people killed and 40 wounded by evening, but said more were missing.",
     "Officials"),
])
def test_who_identifies_the_dead_reports_them(text, claimant):
    got = claims(text)
    assert got and all(c and claimant.lower() in c.lower() and by == "identifying_source" for _, _, c, by in got), got


@pytest.mark.parametrize("text", [
    "The dead were identified as Musa Kamau and Ali Odhiambo, both traders from Garissa.",
    "The unit named the four men who died in the ambush near Wajir.",
])
def test_a_passive_or_naming_is_no_identifying_source(text):
    got = claims(text)
    assert all(by != "identifying_source" for *_, by in got), got

"""Session 28's wider `person_before_role` (quotes.appositive; docs/rules.md "Session 28: a person's name before
a title": the person named before a title in apposition speaks, and claims the counts of the statement: a title
headed before its preposition ('Vice-President of the Republic'), a degree between the name and the title ('(PhD),'),
a surname after 'M.' or 'Mr.', an abbreviation's point before the closing comma ('of the U.A.R.,'), a title in
parentheses ('Hashem bin Hashem (Information Minister ...)').

Texts invented in the styles of the Leticia War (1932-33), the Sand War (1963) and the Agacher Strip war (1985),
wars in none of the eval sets; every name invented."""
from __future__ import annotations

import pytest

from presslens.actors import Actors
from presslens.quotes import quotes_for_article
from presslens.quotes.appositive import person_before_parenthesis, person_before_role, title_closed

from claim_families import claimant_rows


def speakers(text: str, article: str = "title28.txt") -> list[tuple[str, str]]:
    """(speaker, speaker_by) of each quote row of `text` (no registry)."""
    return [(q["speaker"], q["speaker_by"]) for q in quotes_for_article(article, text, actors=Actors([]))]


def claimants(text: str, article: str = "title28.txt") -> list[tuple]:
    """(low, claimant, claimant_by) of each claim of `text` (claim_families.claimant_rows, no registry)."""
    return [(low, who, by) for _category, low, who, by in claimant_rows(text, article=article)]


@pytest.mark.parametrize("text, person", [
    # a title headed before its preposition, an abbreviation's point before the comma
    ("Colonel Ramos Tellez, Vice-President of the Junta of the U.S.C., stated on Monday that nine Peruvian "
     "soldiers had been killed near Leticia.\n", "Ramos Tellez"),
    # a degree between the name and the title
    ("Twelve villagers were killed near Tindouf on Tuesday, Amar Benchikh, (PhD), Oran Farmers' Union Chairman, "
     "told the Alger Soir.\n", "Amar Benchikh"),
    # a surname after 'M.': the French copy's form
    ("Paris, Oct. 20. M. Lacoste, Algerian Foreign Minister, interviewed, declared that 40 Moroccan soldiers had "
     "been killed at Hassi Beida.\n", "M. Lacoste"),
    # the title in parentheses
    ("Mr. Issa Kabore (Information Minister in the Ouagadougou government) alleged on Dec. 26 that 50 people had "
     "been killed by Malian aircraft.\n", "Issa Kabore"),
])
def test_the_person_before_the_title_speaks_and_claims(text, person):
    got = speakers(text)
    assert (person, "person_before_role") in got, got
    claims = claimants(text)
    assert claims and all(who == person and by == "quote_claimant" for _n, who, by in claims), claims


def test_a_title_before_the_name_still_gives_the_name():
    text = ("The Vice-President of the Junta, Colonel Ramos Tellez, said that nine soldiers had been killed.\n")
    assert [who for who, _by in speakers(text)] == ["Ramos Tellez"], speakers(text)


@pytest.mark.parametrize("phrase", [
    "the Front for the Liberation of Leticia - Military Wing (FLL-MW",     # a short name in parentheses
    "Captain Ortiz (retired",                                                # a word that is no title
    "The Front (National Liberation Front)",                                 # no person before it
])
def test_parenthesis_without_a_persons_title(phrase):
    assert person_before_parenthesis(phrase) is None


def test_no_person_before_the_title():
    t = "Troops of the U.S. Army, the chief spokesman, said so."
    assert person_before_role(t, t.index("the chief"), "the chief spokesman") is None
    t = "In Tindouf, Moroccan Interior Minister, said nothing."
    assert person_before_role(t, t.index("Moroccan"), "Moroccan Interior Minister") is None
    assert not title_closed("The U.N. envoy said 20 died.", 12)

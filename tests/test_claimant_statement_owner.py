"""Rule `statement_owner` (casualties.claim_owner; docs/rules.md "Session 17: claimants"): a count told as the content
of someone's statement noun ('a statement by X that', "X's report of", 'X reports of', 'a claim by ROLE, NAME, that')
is that someone's claim, whoever reports, doubts or denies it. Sentences invented in the styles of wars in none of the
eval sets (the Aden Emergency, the Biafran war, the Shifta War); every name invented. Negative cases: a statement
verb ('reports that'), a time's possessive ('Monday's report'), a count in a clause of its own after the content,
reports with no owner."""
from __future__ import annotations

import pytest

from claim_families import CLAIMANT, case_ids, columns
from presslens.casualties.claim_owner import statement_owner
from presslens.casualties.found import Found


def claimants(text: str) -> list[tuple]:
    """(category, low, claimant) of each claim of `text`, with the quote rows the pipeline gives."""
    return columns(text, CLAIMANT, article="owner.txt", quotes=True)


# (family, text, [(category, low, claimant)] that must be among the claims)
CASES = [
    ("statement_by", "Police in Aden said they could not confirm a statement by the police minister that 11 men were "
     "killed in the raid.", [("killed", 11, "the police minister")]),
    ("acronym_reports_of", "The federation government has regularly denied FLOSY reports of mass casualties in "
     "Crater.", [("casualties", None, "FLOSY")]),
    ("claim_by_role_name", "A claim by Biafra's minister of information, Uche Okafor, that federal troops killed 300 "
     "civilians at Owerri is a lie, Radio Lagos said.", [("killed", 300, "Uche Okafor")]),
    ("possessive_report_of", "The doctor's report of 500 dead was read out in parliament on Tuesday.",
     [("killed", 500, "the doctor")]),
    # left alone: a statement verb, not a noun; a count in a clause of its own after the content
    ("not_a_noun", "The Defence Ministry reports that 40 soldiers were killed near Garissa.",
     [("killed", 40, "Defence Ministry")]),
]


@pytest.mark.parametrize("family, text, expected", CASES, ids=case_ids(CASES))
def test_statement_owner(family, text, expected):
    got = claimants(text)
    for row in expected:
        assert row in got, (family, got)


def test_a_count_after_the_content_is_not_the_owners():
    """'After the army's statement that two soldiers died, raiders attacked ..., killing 30': the 30 are not the
    army's claim (a clause of its own after the statement's content)."""
    got = claimants("After the army's statement that two soldiers died, shifta raiders attacked a post near Garissa, "
                    "killing 30 people, police said.")
    assert ("killed", 2, "the army") in got
    assert all(c != "the army" for cat, low, c in got if low == 30), got


@pytest.mark.parametrize("sent, word", [
    ("Monday's report of 40 dead was later revised by the army.", "40"),   # a time's possessive
    ("There were reports of 40 dead in Crater, residents said.", "40"),     # no owner named
    ("Britain denied an Adeni report that 40 British soldiers were killed.", "40"),   # a demonym, not a possessive
])
def test_no_owner(sent, word):
    f = Found("killed", 40, 40, None, sent.index(word), sent.index(word) + 8, [], None)
    assert statement_owner(sent, 0, f) is None

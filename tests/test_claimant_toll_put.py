"""Session 21's claimant rule `toll_put_by` (casualties.toll_putter; docs/rules.md "Session 21: claimants on fresh
copy"): who puts a toll at a number claims that number, whether the subject stands before the verb ('the war
ministry puts the toll at 31'), in a relative clause after the toll noun ('a death toll the Red Cross puts at 400')
or before the clause a participle closes ('X published a report putting the toll at 285').

Texts invented in the styles of the Chaco War and the Cristero War (wars in none of the eval sets); every name
invented."""
from __future__ import annotations

import pytest

from claim_families import columns
from presslens.casualties.found import Found
from presslens.casualties.toll_putter import toll_put_by


def claimants(text: str, article: str = "put21.txt") -> list[tuple]:
    """(low, claimant, claimant_by) of each claim of `text`, with the quote rows it gives."""
    return columns(text, ("low", "claimant", "claimant_by"), article=article, quotes=True)


def test_toll_the_putter_puts_in_a_relative_clause():
    text = ("ASUNCION, Sept. 12 -- Bolivian aircraft bombed the river port of Puerto Casado on Monday, killing at "
            "least six people and adding to a death toll the Red Cross puts at more than 400.\n")
    got = claimants(text, "chaco_port.txt")
    assert (401, "the Red Cross", "toll_put_by") in got, got      # ('more than 400': low 401)


def test_possessive_putter_in_a_headline():
    text = "Jalisco's war office puts Sunday's official death toll at 31\n\nThe fighting in Tepatitlan went on.\n"
    got = claimants(text, "cristero_headline.txt")
    assert any(n == 31 and who and "war office" in who and by == "toll_put_by" for n, who, by in got), got


def test_participle_closes_the_putters_clause():
    text = ("Another group, the Bolivian Legion of Veterans (BLV), published a report Tuesday putting the death toll "
            "at 285, saying it had identified 200 of the dead by name.\n")
    got = claimants(text, "chaco_report.txt")
    assert any(n == 285 and who and "Bolivian Legion" in who for n, who, by in got), got


def _found(s: str, count: str) -> Found:
    return Found("killed", 1, 1, None, s.index(count), len(s) - 1, [], None)


@pytest.mark.parametrize("sent, count", [
    # what the rule must NOT take: a count no `put ... at` tells, a put that is no report, a pronoun's put
    ("The Red Cross put the toll at 40, and 12 more died later.", "12"),
    ("Troops put the village to the torch at dawn, killing 9 people.", "9"),
    ("It put the number of wounded at 61.", "61"),
    ("The garrison put up a fight at Nanawa where 30 died.", "30"),
])
def test_put_that_tells_no_count(sent, count):
    assert toll_put_by(sent, 0, _found(sent, count)) is None


def test_quote_row_naming_the_putter_is_kept():
    text = "Army spokesman Captain Luis Ortega also put the death toll at seven, speaking in Boqueron.\n"
    got = claimants(text, "chaco_spokesman.txt")
    assert got and all(by != "toll_put_by" or (who and "Ortega" in who) for n, who, by in got), got

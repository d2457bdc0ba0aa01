"""Shared checks of the casualty-family tests (tests/test_casualties_<family>.py, test_casualties_wire.py): a family's
sentence gives each expected (category, low, high, vague) record exactly as often as expected, or none of those
it must not give; and `columns`, the one call of the casualty pipeline that the claimant and side tests read their
columns from (each file names its own view of it: `claimants`, `sides`, ...)."""
from __future__ import annotations

from presslens.actors import Actors
from presslens.casualties import extract_article
from presslens.quotes import quotes_for_article


#: the columns the claimant tests read, with and without the rule that named the claimant, and the side tests'
CLAIMANT = ("category", "low", "claimant")
CLAIMANT_BY = ("category", "low", "claimant", "claimant_by")
VICTIM_SIDE = ("category", "low", "victim_side")
SIDE_BY = ("category", "low", "victim_side", "side_by")


def columns(text: str, names: tuple[str, ...], *, actors=None, article: str = "family.txt",
            quotes: bool = False) -> list[tuple]:
    """The columns `names` of every record the extractor gives for `text` (article id `article`, registry `actors`),
    with the quote rows the pipeline gives for it when `quotes` (as `presslens casualties` runs), else none.

    >>> columns("Rebels killed 12 soldiers near Kolo on Monday, the army said.", ("category", "low"))
    [('killed', 12)]
    """
    rows_q = quotes_for_article(article, text, actors=actors) if quotes else None
    return [tuple(r[n] for n in names) for r in extract_article(article, text, actors=actors, quotes=rows_q)]


def claims(text: str, article: str = "family.txt") -> list[tuple]:
    """(category, low, high, vague) of every record the extractor gives for `text`."""
    return columns(text, ("category", "low", "high", "vague"), article=article)


def rows(text: str, actors=None, article: str = "family.txt") -> list[tuple]:
    """(category, low, high, vague, victim_side) of every record the extractor gives for `text` with `actors`."""
    return columns(text, ("category", "low", "high", "vague", "victim_side"), actors=actors, article=article)


def records(text: str, actors=None, article: str = "family.txt") -> list[dict]:
    """Every record the extractor gives for `text` with `actors`, whole."""
    return extract_article(article, text, actors=actors)


def assert_found(family: str, got: list[tuple], expected: list[tuple]) -> None:
    """Every expected record is among `got`, and each as many times as expected (one record per assertion)."""
    for rec in expected:
        assert rec in got, f"{family}: {rec} not in {got}"
    for rec in set(expected):
        assert got.count(rec) == expected.count(rec), f"{family}: {got}"


def assert_absent(family: str, got: list[tuple], absent: list[tuple] | None) -> None:
    """No record at all (`absent` None), or none of the records in `absent`."""
    if absent is None:
        assert got == [], f"{family}: {got}"
        return
    for rec in absent:
        assert rec not in got, f"{family}: {rec} in {got}"


def assert_among(family: str, got: list[tuple], expected: list[tuple]) -> None:
    """Every expected record is among `got`, one `got` record used up per expected one (repeats must repeat)."""
    got = list(got)
    for rec in expected:
        assert rec in got, (family, got)
        got.remove(rec)


def assert_no_claim(family: str, got: list[tuple], vague: str | None) -> None:
    """No record at all (`vague` None), or no record with that vague word."""
    assert got == [] if vague is None else all(r[3] != vague for r in got), (family, got)


def case_ids(table: list[tuple]) -> list[str]:
    """pytest ids for a (family, ...) table: the family and the case's place in it."""
    return [f"{case[0]}-{i}" for i, case in enumerate(table)]


def claimant_rows(text: str, actors: Actors | None = None, article: str = "a.txt") -> list[tuple]:
    """(category, low, claimant, claimant_by) of each claim of `text`, with the quote rows the pipeline gives (no
    registry unless `actors`): the claimant tests' view of an article."""
    actors = actors if actors is not None else Actors([])
    return columns(text, CLAIMANT_BY, actors=actors, article=article, quotes=True)

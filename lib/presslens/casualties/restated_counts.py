"""Counts that restate another: the category of 'victims' restating an earlier toll and 'as many' restating the count
just before it ('eight were killed and as many wounded'): ``extract`` calls these on an article's records.
"""
from __future__ import annotations

import re


# ----------------------------------------------------------------------------------------------------------
# One person: a role as the subject of a harm, a named person's death as a possessive
# ----------------------------------------------------------------------------------------------------------

_RX_VICTIMS = re.compile(r"\bvictims\b", re.I)


def victims_restated(records: list[dict]) -> None:
    """`victims` counted with the same number as an earlier toll of one harm take its category: after '20
    civilians were killed, 93 injured', 'among the victims were 20 civilians' counts the killed (and so do its
    parts); without such a toll, `victims` stays `casualties` (the killed and the wounded together).

    >>> recs = [{"category": "killed", "low": 20, "high": None, "text": "20 civilians were killed", "_sent": 0,
    ...          "_subset": False},
    ...         {"category": "casualties", "low": 20, "high": 20, "text": "among the victims were 20 civilians",
    ...          "_sent": 2, "_subset": False},
    ...         {"category": "casualties", "low": 7, "high": 7, "text": "seven women", "_sent": 2, "_subset": True}]
    >>> victims_restated(recs)
    >>> [r["category"] for r in recs]
    ['killed', 'killed', 'killed']
    """
    for k, rec in enumerate(records):
        if rec["category"] != "casualties" or rec["_subset"] or not rec["low"] or not _RX_VICTIMS.search(rec["text"]):
            continue
        toll = next((r for r in [*records[:k], *records[k + 1:]]  # an earlier toll, else a later one (a standfirst)
                     if r["category"] in ("killed", "wounded") and r["low"] == rec["low"] and not r["_subset"]), None)
        if toll is None:
            continue
        rec["category"] = toll["category"]
        for part in records[k + 1:]:
            if part["_sent"] != rec["_sent"] or not part["_subset"] or part["category"] != "casualties":
                break
            part["category"] = toll["category"]


_RX_AS_MANY = re.compile(r"\bas\s+$", re.I)


def as_many_restated(records: list[dict], text: str) -> None:
    """'and as many wounded': `as many` restates the count just before it in the sentence ('eight rebels were killed
    and as many wounded': eight wounded), not a vague amount; 'as many as 30' is a bound (``numbers``).

    >>> recs = [{"low": 8, "high": 8, "vague": None, "start": 0, "_sent": 0},
    ...         {"low": None, "high": None, "vague": "many", "start": 36, "_sent": 0}]
    >>> as_many_restated(recs, "Eight rebels had been killed and as many wounded")
    >>> recs[1]["low"], recs[1]["high"], recs[1]["vague"], recs[1]["start"]
    (8, 8, None, 33)
    """
    for k, rec in enumerate(records):
        if rec["vague"] != "many" or not _RX_AS_MANY.search(text[max(0, rec["start"] - 4):rec["start"]]):
            continue
        before = next((r for r in reversed(records[:k]) if r["_sent"] == rec["_sent"] and r["vague"] is None
                       and (r["low"] is not None or r["high"] is not None)), None)
        if before is None:
            continue
        rec["low"], rec["high"], rec["vague"] = before["low"], before["high"], None
        rec["start"] = text.rfind("as", 0, rec["start"])
        if "text" in rec:
            rec["text"] = text[rec["start"]:rec["end"]]

"""Rule `restated_below`: a count told first with no words of its victims (a headline, a subhead, a standfirst) takes
the side of the same count told just below it, where the number may be written another way.

Headlines state a toll bare ('Two dead in border clash', '46 Reported Injured', "'100 die' in bombardment",
'Thousands Of Iraqis Surrender') and the sentences below say whose dead they were ('Two Djiboutian soldiers were
killed', '17 civilians were killed and 46 others wounded', 'up to 100 people may have been killed when troops
bombarded the town', 'thousands of Iraqi soldiers surrendered'). ``sides_generic.restated_side`` reads only the
same (category, low) with role words in the source; here the number is compared as the article states it ('over
10,000' and 'at least 10,000'; '100' and 'up to 100'; 'thousands' and 'thousands'), the later count's side is taken
whichever rule gave it, and only forward: the bare count comes first, the first count of its category within
three sentences below is its restatement, or nothing is. Session 14 (docs/rules.md, "Session 14: victim sides"):
six wars in the dev sets (djibouti-eritrea, iran-iraq-war, guinea-bissau-1998, ethiopia-eritrea, gulf-war-1991,
vietnam-war).
"""
from __future__ import annotations

import re

from .lexicon import Lexicon
from .sides_generic import _NO_VICTIM_WORDS, _national_of

#: headline words that say nothing of who the victims were: '100 die', '46 Reported Injured', '600 - 700 men killed
#: or wounded', 'Thousands Of Iraqis Surrender'
_BARE_WORDS = _NO_VICTIM_WORDS | frozenset(["die", "dies", "died", "dying", "reported", "reportedly", "report", "say",
                                            "says", "men", "or", "surrender", "surrenders", "surrendered", "hurt",
                                            "injuries", "thousands", "hundreds", "dozens", "scores", "kill", "kills",
                                            "in", "on", "after", "as", "feared", "may", "be", "still"])
#: 'over 10,000', 'more than 100': the number as written is one below `low`
_OVER = re.compile(r"\b(?:over|more than|above|upwards of)\s+[\d,.]+|\b(?:over|more than)\s+[a-z]+")
_WORDS = re.compile(r"[a-z][a-z'’-]*")
#: the words of a number alone ('23', 'at least 8'): a count told so says no more than the bare count above it
_NUMBER_ONLY = frozenset(["at", "least", "more", "than", "about", "nearly", "some", "over", "up", "to", "around",
                          "almost", "roughly", "the", "a"])
#: how many sentences below the bare count its restatement may stand
REACH = 3
#: the rest of a count's clause naming the group it was counted in ('two killed and four wounded amongst the
#: Westerns'): the count is owned where it stands, though no rule read the owner; no headline awaiting restatement
_OWNED_IN_CLAUSE = re.compile(r"[^.;:!?]{0,60}?\b(?:among|amongst)\s")


def stated_numbers(rec: dict) -> frozenset:
    """The numbers a record's text writes: its low and high, and for 'over N' / 'more than N' N itself.

    >>> sorted(stated_numbers({"low": 10001, "high": None, "vague": None, "text": "over 10,000 Ethiopians died"}))
    [10000, 10001]
    >>> sorted(stated_numbers({"low": None, "high": 100, "vague": None, "text": "up to 100 people"}))
    [100]
    >>> sorted(stated_numbers({"low": None, "high": None, "vague": "thousands", "text": "Thousands Of Iraqis"}))
    ['thousands']
    """
    if rec.get("low") is None and rec.get("high") is None:
        return frozenset([rec["vague"]]) if rec.get("vague") else frozenset()
    got = {n for n in (rec.get("low"), rec.get("high")) if n is not None}
    if rec.get("low") is not None and _OVER.search((rec.get("text") or "").lower()):
        got.add(rec["low"] - 1)
    return frozenset(got)


def _bare(rec: dict, side: str, lex: Lexicon, sw) -> bool:
    """Whether a record's words say nothing of its victims (a national of the restating count's side aside)."""
    return all(w in _BARE_WORDS or w in lex.numbers or (sw is not None and _national_of(w, sw) == side)
               for w in _WORDS.findall((rec.get("text") or "").lower()))


def restated_below(records: list[dict], lex: Lexicon, sw=None, text: str = "") -> None:
    """Rule `restated_below`: a count left `unknown` whose words name no victims takes the side of the first count
    of the same harm told after it within `REACH` sentences, when that count writes the same number; `sw` (the
    article's side words) lets a headline's nationals between two states stand ('Thousands Of Iraqis Surrender'
    over 'thousands of Iraqi soldiers surrendered'). `text` (the article): a count whose own clause goes on to the
    group it was counted `among` is no bare headline count (rule `owned_in_its_clause`).

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> recs = [{"category": "killed", "low": 100, "high": 100, "vague": None, "victim_side": "unknown",
    ...          "victim_type": "unknown", "text": "100 die", "_sent": 0, "start": 1},
    ...         {"category": "killed", "low": None, "high": 100, "vague": None, "victim_side": "civilian",
    ...          "victim_type": "civilians", "text": "up to 100 people may have been killed", "_sent": 1, "start": 40}]
    >>> restated_below(recs, load_lexicon()); recs[0]["victim_side"]
    'civilian'

    The first count of the harm below is the restatement or nothing is: a different number stops the search.

    >>> recs = [{"category": "killed", "low": 9, "high": 9, "vague": None, "victim_side": "unknown",
    ...          "victim_type": "unknown", "text": "Nine killed", "_sent": 0, "start": 1},
    ...         {"category": "killed", "low": 2, "high": 2, "vague": None, "victim_side": "gov",
    ...          "victim_type": "fighters", "text": "Two soldiers were killed", "_sent": 1, "start": 30},
    ...         {"category": "killed", "low": 9, "high": 9, "vague": None, "victim_side": "gov",
    ...          "victim_type": "fighters", "text": "nine police officers died", "_sent": 2, "start": 70}]
    >>> restated_below(recs, load_lexicon()); recs[0]["victim_side"]
    'unknown'
    """
    if len(records) < 2 or not any(r["victim_side"] == "unknown" for r in records):
        return
    for i, r in enumerate(records):
        if r["victim_side"] != "unknown" or r.get("_subset") or "_sent" not in r:
            continue
        numbers = stated_numbers(r)
        if not numbers or text and "among" in text[r.get("end", 0):r.get("end", 0) + 80] and \
                _OWNED_IN_CLAUSE.match(text, r.get("end", 0)):
            continue
        below = next((s for s in records[i + 1:] if s["category"] == r["category"] and
                      s.get("start", 0) > r.get("start", 0)), None)
        if below is None or below["victim_side"] == "unknown" or below.get("_subset") or \
                below.get("_sent", r["_sent"]) - r["_sent"] > REACH or not numbers & stated_numbers(below):
            continue
        if all(w in _NUMBER_ONLY or w in lex.numbers for w in _WORDS.findall((below.get("text") or "").lower())):
            continue    # 'Republic of Congo says 23 dead' over '... killed in recent attacks ... 23': no more told
        if _bare(r, below["victim_side"], lex, sw):
            r["victim_side"], r["victim_type"] = below["victim_side"], below["victim_type"]

"""Rule `restated_above`: a count told again with no words of its victims takes the side of the same count told
just before it, in the words that said whose dead they were.

A story names its victims once, in the headline or the first count, and then tells the same count again with
bare words: 'Eight KNF members killed' over '... found eight bodies with gunshot wounds'; 'Between 43 and 65
Salvadoran soldiers were killed ... other sources said 65 were killed'; 'Shiite protester shot dead' over 'One person
was killed and three wounded when ...'; 'Erignac, 60, was shot' and then 'If Erignac's killing was ordered by
separatists'. ``restated_below`` reads the same link forward (a bare headline, the body's words below it) and
``sides_generic.restated_side`` only where every count of the number agrees and names a role; this rule reads it
backward: the last count of the same harm before the bare one, when it writes the same number and its own words
name the victims, is what the bare count restates, or nothing is. Session 28 (docs/rules.md, "Session 28: victim
sides left `unknown`").
"""
from __future__ import annotations

import re

from .lexicon import Lexicon
from .restated_below import _BARE_WORDS, stated_numbers

#: how many sentences after the count that names its victims the bare restatement may stand (a wider reach found
#: nothing more on the dev sets: the last count of the harm before is the guard, not the distance; 3 lost two rows,
#: 'nine bodies' and 'over 14 bodies' handed back paragraphs after 'nine Egyptian commandos', '14 Indian soldiers')
REACH = 10
#: a single victim is restated only from the article's opening (its headline and lead: sentences 0 and 1); one
#: death in a log's later item is no earlier item's ('a soldier was assassinated' ... 'One person was killed')
OPENING = 1
#: words of a restatement that say nothing of who the victims were: people nouns, the harm's verbs and nouns,
#: auxiliaries, hedges and pronouns ('The man who was shot', 'bodies of two comrades', 'he was shot')
_SAYS_NOTHING = _BARE_WORDS | frozenset([
    "people", "persons", "person", "man", "men", "bodies", "body", "corpses", "lives", "others", "other", "another",
    "comrades", "victim", "victims", "shot", "slain", "murdered", "murder", "killing", "killings", "death", "deaths",
    "fatality", "fatalities", "fatally", "wounding", "injuring", "wounds", "being", "is", "was", "were", "has",
    "have", "had", "been", "who", "which", "that", "if", "he", "she", "they", "his", "her", "their", "s", "its",
    "also", "then", "later", "reportedly", "allegedly", "least", "at", "some", "about", "almost", "nearly", "only",
    "all", "of", "the", "a", "an", "and", "to", "up", "by", "from", "with", "during", "dead", "killed",
    "wounded", "injured", "died", "dies", "die", "kills", "kill"])
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _says_nothing(rec: dict, lex: Lexicon, sw) -> bool:
    """Whether a record's words say nothing of its victims: bare words, numbers, and proper names of no side and
    no role ('Erignac's killing', 'Issam Mohammed, 22, reportedly died'); not 'two suicide bombers'."""
    for w in _WORDS.findall(rec.get("text") or ""):
        low = re.sub(r"['’]s$", "", w.lower())
        if low in _SAYS_NOTHING or low in lex.numbers:
            continue
        if not w[0].isupper() or lex.roles.get(low) or (sw is not None and sw.side_of_words([low])):
            return False
    return True


def restated_above(records: list[dict], lex: Lexicon, sw=None, text: str = "") -> None:
    """Rule `restated_above`: a count left `unknown` whose words say nothing of its victims takes the side of the
    last count of the same harm told before it, within `REACH` sentences, when that count writes the same number
    and its own words name the victims (the side it has is not its context's). A count of one restates only a
    count of the article's headline or lead (`OPENING`): a story of one death names its victim there.

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> recs = [{"category": "killed", "low": 8, "high": 8, "vague": None, "victim_side": "rebels",
    ...          "victim_type": "fighters", "text": "Eight Front members killed", "_sent": 0, "start": 0},
    ...         {"category": "killed", "low": 8, "high": 8, "vague": None, "victim_side": "unknown",
    ...          "victim_type": "unknown", "text": "eight bodies", "_sent": 2, "start": 90}]
    >>> restated_above(recs, load_lexicon()); recs[1]["victim_side"]
    'rebels'

    The last count of the harm before is the restated one or nothing is: another number between stops it.

    >>> recs[1]["victim_side"] = "unknown"
    >>> recs.insert(1, {"category": "killed", "low": 3, "high": 3, "vague": None, "victim_side": "gov",
    ...                 "victim_type": "fighters", "text": "three soldiers died", "_sent": 1, "start": 40})
    >>> restated_above(recs, load_lexicon()); recs[2]["victim_side"]
    'unknown'

    One death is restated only from the headline or the lead.

    >>> one = [{"category": "killed", "low": 1, "high": 1, "vague": None, "victim_side": "gov",
    ...         "victim_type": "fighters", "text": "Policeman shot dead", "_sent": 0, "start": 0},
    ...        {"category": "killed", "low": 1, "high": 1, "vague": None, "victim_side": "unknown",
    ...         "victim_type": "unknown", "text": "One person was killed", "_sent": 1, "start": 30}]
    >>> restated_above(one, load_lexicon()); one[1]["victim_side"]
    'gov'
    >>> one[0]["_sent"], one[1]["_sent"], one[1]["victim_side"] = 4, 6, "unknown"
    >>> restated_above(one, load_lexicon()); one[1]["victim_side"]
    'unknown'
    """
    if len(records) < 2 or not any(r["victim_side"] == "unknown" for r in records):
        return
    for i, r in enumerate(records):
        if r["victim_side"] != "unknown" or r.get("_subset") or "_sent" not in r or \
                r.get("low") is None and r.get("high") is None:
            continue
        before = next((s for s in reversed(records[:i]) if s["category"] == r["category"] and
                       s.get("start", 0) < r.get("start", 0)), None)
        if before is None or before["victim_side"] == "unknown" or r["_sent"] - before.get("_sent", -99) > REACH \
                or not stated_numbers(r) & stated_numbers(before):
            continue
        if _says_nothing(before, lex, sw) or not _says_nothing(r, lex, sw):
            continue
        if stated_numbers(r) == {1} and before["_sent"] > OPENING:
            continue    # one dead told again: only the story's own victim, named in its headline or lead
        r["victim_side"], r["victim_type"] = before["victim_side"], before["victim_type"]

"""Rule `loss_noun_subject`: a force's count that is the predicate of a side's loss noun.

English names whose losses it counts as the subject and counts them as its complement: 'Marine casualties totaled
20 officers and 115 men killed', 'American losses in the battles for Guadalcanal were over 25,000 officers and men
killed'. The count's own words are a force's people of no side (`officers`, `men`, `soldiers`), which the role
rule would give the war's state (or its non-state side); the subject's modifier says whose they were: the one
registry side its words name. A second count of the same list ('..., and 13 officers and 53 men wounded') is the
same complement. A noun as modifier stands in the singular ('Marine casualties' are the Marines'): its plural is
read too. Not a subject of several sides ('Soviet and Afghan losses'), nor one with a clause between
(a full stop, a semicolon, a colon, `said`, `while`).
"""
from __future__ import annotations

import re

#: the subject (one to three words before the loss noun), the loss noun, an optional phrase of place or time, the
#: verb that links the count ('totaled', 'were', 'numbered', 'stood at'), the bound words before the count
_RX_SUBJECT = re.compile(
    r"((?:[\w'’-]+\s+){1,3})(?:casualties|losses|dead)"
    r"(?:\s+(?:in|at|on|of|during|since|for|from)\s+[^,.;:]{1,60}?)?"
    r"\s+(?:were|was|are|is|totall?ed|numbered|amounted\s+to|stood\s+at|reached)\s+"
    r"(?P<rest>[^.;:]*)$")
#: between the verb and a second count of the same list: the first count, then 'and'
_RX_LIST = re.compile(r"^(?:\S*\d[^.;:]*?,?\s+and|(?:over|about|some|nearly|at\s+least|more\s+than|only|around))\s+$")
#: words that open another clause between the subject and the count
_CLAUSE = re.compile(r"\b(?:said|says|while|whereas|but|which|who|when)\b")
_FORCE_ROLES = frozenset(["state", "nonstate"])


def _subject_side(before: str, sw) -> str | None:
    """The one side whose losses the clause before the count names as its subject, the count standing as the
    verb's complement (or a later count of the same list), else None.

    >>> class _SW:
    ...     def side_of_words(self, words): return "marda" if words == ["mardan"] else None
    >>> _subject_side("he said mardan casualties totaled ", _SW())
    'marda'
    >>> _subject_side("mardan losses at the fort were over ", _SW())
    'marda'
    >>> _subject_side("mardan casualties totaled 20 men killed in action, and ", _SW())
    'marda'
    >>> _subject_side("mardan casualties were light, but junta troops lost ", _SW()) is None
    True
    """
    m = _RX_SUBJECT.search(before)
    if m is None:
        return None
    rest = m.group("rest")
    if rest and (not _RX_LIST.match(rest) or _CLAUSE.search(rest)):
        return None
    words = re.findall(r"[\w'’-]+", re.sub(r"['’]s\b", "", m.group(1)))
    sides = {s for w in words if (s := sw.side_of_words([w]) or sw.side_of_words([w + "s"]))}  # a noun as
    # modifier is singular: 'Marine casualties' are the Marines'
    return sides.pop() if len(sides) == 1 else None


def loss_noun_subject(c) -> tuple[str, str] | None:
    """Rule `loss_noun_subject`: a count of a force's people of no side ('20 officers and 115 men killed') standing
    as the complement of a side's loss noun ('Marine casualties totaled'): that side's, not the role's. `c` is the
    victims module's claim view.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("isthmus", {"sides": {"marda": "the Mardan expeditionary force",
    ...     "junta": "the isthmus junta and its army"}, "government_side": "junta", "rebel_side": "marda",
    ...     "keywords": {"marda": ["Mardan"], "junta": ["junta"]}, "articles": ["example.txt"]})])
    >>> claims_in("Mardan casualties totaled 12 officers and 90 men killed.", reg)[0][-1]
    'marda'
    >>> claims_in("The junta said 12 officers and 90 men were killed.", reg)[0][-1]
    'junta'
    """
    if c.role not in _FORCE_ROLES or c.f.named or not c.claim_low:
        return None
    low = c.sent_low
    if "casualt" not in low and "losses" not in low and "dead" not in low:
        return None
    at = low.find(c.claim_low)
    if at <= 0:
        return None
    side = _subject_side(low[max(0, at - 160):at], c.sw)
    if side is None:
        return None
    return side, "fighters" if c.vtype == "unknown" else c.vtype

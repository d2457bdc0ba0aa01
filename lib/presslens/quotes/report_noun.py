"""Named rule `report_as_noun`: the cue forms `report`/`reports` used as the noun inside a phrase, not as the verb of
a statement ('according to authoritative reports circulating here last night', 'Despite vague and contradictory
reports, Israel appeared ...', 'In a late evening report, the agency said', 'radio reports monitored in India said
...'); and the trim of the same noun's participle clause off a speaker phrase ('authoritative reports circulating
here last night' -> 'authoritative reports').
"""
from __future__ import annotations

import re

#: a preposition that opens a phrase, then only lower-case modifiers (no relative pronoun, no comma) up to the noun:
#: 'according to authoritative ', 'Despite vague and contradictory ', 'In a late evening ', 'according to the latest '
_RX_PREPOSITION_PHRASE = re.compile(r"""
    (?:^|[\s(\u2014\u2013-])
    (?i:according\s+to|despite|in|amid|after|under|following)\s+
    (?:(?!(?:which|whom|whose|who|that|what|where|when)\b)[a-z0-9][a-z0-9\-]*\s+){0,4}$
    """, re.X)

#: after the noun: the phrase ends (a comma, a stop) or a participle clause opens with a place or time word
_RX_PHRASE_ENDS = re.compile(r"\s*(?:[,.;:)\u2014]|$)")
_RX_PARTICIPLE_CLAUSE = re.compile(r"""
    \s+[a-z]{3,}(?:ing|ed)\s+
    (?:in|at|here|there|from|by|on|across|overnight|today|yesterday|tonight|last)\b
    """, re.X)


def report_as_noun(before: str, after: str) -> bool:
    """Whether the cue form `report(s)` between `before` (the up to 40 characters before it in its sentence) and
    `after` (the up to 30 after it) is the noun of a phrase: inside a phrase opened by a preposition with only
    lower-case modifiers and closed by a comma, a stop or a participle clause, or followed by a participle with a
    place or time word (a reduced relative: 'reports monitored in India').

    >>> report_as_noun("... according to authoritative ", " circulating here last night.")
    True
    >>> report_as_noun("Despite vague and contradictory ", ", Israel appeared to have")
    True
    >>> report_as_noun("In a 300-page ", ", the coroner called the raid")
    True
    >>> report_as_noun("but radio ", " monitored in India said troop")
    True
    >>> report_as_noun("The health ministry ", " that nine people died.")
    False
    >>> report_as_noun("In the camp, doctors ", " that nine people died.")
    False
    >>> report_as_noun("in which officials ", ", the death toll rose.")
    False
    >>> report_as_noun("Residents ", " hearing gunfire overnight.")
    False
    """
    if _RX_PARTICIPLE_CLAUSE.match(after):
        return True         # 'radio reports monitored in India said', 'reports circulating here last night'
    return _RX_PHRASE_ENDS.match(after) is not None and _RX_PREPOSITION_PHRASE.search(before) is not None


#: a plural 'reports' or singular 'report' head, then its participle clause with a place or time word
_RX_REPORT_PARTICIPLE_TAIL = re.compile(r"""
    (?P<head>.*?\breports?)
    \s+[a-z]{3,}(?:ing|ed)\s+
    (?:in|at|here|there|from|by|on|across|overnight|today|yesterday|tonight|last)\b.*$
    """, re.X | re.S)


def report_participle_tail(phrase: str) -> str | None:
    """The speaker phrase cut before the participle clause after its head `report(s)` (rule `report_as_noun`), or
    None when it has none.

    >>> report_participle_tail("authoritative reports circulating here last night")
    'authoritative reports'
    >>> report_participle_tail("radio reports monitored in India")
    'radio reports'
    >>> report_participle_tail("reports") is None, report_participle_tail("the reports committee chaired by X") is None
    (True, True)
    """
    if "report" not in phrase:
        return None
    m = _RX_REPORT_PARTICIPLE_TAIL.match(phrase)
    return m.group("head") if m else None

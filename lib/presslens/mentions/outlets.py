"""Named rule for an outlet taken up by its common noun: 'the Kosovo daily Koha Ditore reports ... the
paper says' -> the paper is the outlet that spoke before, with its side (media).
"""
from __future__ import annotations

import re

#: a definite common noun of a news outlet ('the news site', 'the paper', 'the broadcaster')
_RX_OUTLET_NOUN = re.compile(r"^(?:the|this)\s+(?:news\s+)?(?:site|website|portal|newspaper|paper|daily|weekly|outlet|"
                             r"broadcaster|channel|station|tabloid|service|wire\s+service|agency|magazine)$", re.I)


def outlet_taken_up(phrase: str, history, sides: dict, pos: int) -> str | None:
    """Rule `outlet_taken_up`: 'the news site says' -> the last speaker before `pos` whose side is media
    (`history`: (position, name, type, gender) of the entities resolved so far; `sides`: name -> side).

    >>> h = [(0, "Koha Ditore", "org", ""), (40, "Adem Demaci", "person", "m")]
    >>> outlet_taken_up("the paper", h, {"Koha Ditore": "media", "Adem Demaci": "kla"}, 90)
    'Koha Ditore'
    >>> outlet_taken_up("the paper", h, {"Adem Demaci": "kla"}, 90) is None, outlet_taken_up("the group", h, {}, 90) is None
    (True, True)
    >>> outlet_taken_up("the news service", h, {"Koha Ditore": "media"}, 90), outlet_taken_up("the agency", h, {"Koha Ditore": "media"}, 90)
    ('Koha Ditore', 'Koha Ditore')
    >>> outlet_taken_up("the agency", h + [(60, "UNHCR", "org", "")], {"Koha Ditore": "media", "UNHCR": "un"}, 90) is None
    True
    """
    if _RX_OUTLET_NOUN.match(phrase.strip()) is None:
        return None
    if phrase.rstrip().endswith("agency"):     # 'the agency': the outlet only when the last body that spoke is one
        last = next((h for h in reversed(history) if h[0] < pos and h[2] != "person"), None)
        return last[1] if last is not None and sides.get(last[1]) == "media" else None
    return next((h[1] for h in reversed(history) if h[0] < pos and sides.get(h[1]) == "media"), None)

"""Rule `partitive_group` (docs/rules.md, "Session 24: victim sides, second pass"): a bare count told as a part of
a group named before it in the same sentence is that group's.

English names the whole before the part in two ways: a fronted partitive phrase ('Of the Yeomanry who were escorting
the convoy nine were killed and 23 wounded', 'Among the invaders, 107 were killed') and a relative partitive after
the group's noun ('praised the police, among whom 8 died and 37 were injured', 'the garrison, of whom 12 fell').
The count's own words name no one ('nine', '107', '8'), so the side is the group's: the registry's word for it, or
the role of its noun (police, troops: the state's; rebels: the non-state side). Asked in ``victims._victim`` after
every rule that reads the count's words, the grammar and the context (only where none of them decided), for a
count with no head, gated by the words `of` / `among`.
"""
from __future__ import annotations

import re

#: a fronted partitive: the sentence opens with 'Of' / 'Among(st)' and a group ('Of the Yeomanry ...')
_RX_FRONTED = re.compile(r"^\W*(?:of|among|amongst)\s+(?:the\s+|these\s+|those\s+|their\s+|its\s+)?(?P<group>[^,]+?)"
                         r"(?:,|\s+(?:who|which|that)\b|$)")
#: a relative partitive right before the count: 'the police, among whom 8 died', 'the garrison, of whom 12'
_RX_WHOM = re.compile(r"(?P<group>(?:[\w'’-]+\s+){0,3}?[\w'’-]+),?\s+(?:of|among|amongst)\s+whom\s+"
                      r"(?P<gap>[^;:.]{0,60})$")
#: a count of the group's: these words between the partitive and the count end it ('... and 23 wounded' goes on)
_RX_OTHER_SUBJECT = re.compile(r"\b(?:said|says|told|reported|according)\b")


def _group_words(c) -> list[str] | None:
    """The group's words that a partitive before the count names, or None (no partitive before it)."""
    at = c.sent_low.find(c.claim_low) if c.claim_low else -1
    if at <= 0:
        return None
    before = c.sent_low[:at]
    m = _RX_WHOM.search(before) if " whom " in before else None
    if m and m.group("gap") and not m.group("gap").rstrip().endswith((" and", ",")):
        m = None  # the count must open the relative clause or follow its first count: 'among whom 8 died and 37'
    if m is None and before.lstrip(" \"'“‘").startswith(("of ", "among ")):
        m = _RX_FRONTED.match(before)
        if m and (_RX_OTHER_SUBJECT.search(before) or re.search(r"\d", m.group("group"))):
            return None  # 'Of the 30, the army said ...', 'Among 40 prisoners': not a group's name
    if m is None:
        return None
    words = [w for w in re.findall(r"[\w'’-]+", m.group("group")) if w not in ("the", "its", "their", "who")]
    return words[-2:] if "gap" in m.groupdict() else words  # 'praised the police, among whom': the noun before


def partitive_group(c) -> tuple[str, str] | None:
    """Rule `partitive_group`: 'Of the X, N were killed', 'Among the X, N were killed', 'the X, among whom N died':
    a bare count (no head of its own) is a part of the group X, so X's side is the count's.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("korsland", {"sides": {"crown": "the Korsland crown and its army",
    ...     "league": "the Free League's insurgents"}, "government_side": "crown", "rebel_side": "league",
    ...     "articles": ["example.txt"], "keywords": {"crown": ["Korsland"], "league": ["Leaguers"]},
    ...     "actors": []})])
    >>> claims_in("Of the Leaguers who held the bridge, 14 were killed and 30 wounded.", reg)
    [('killed', 14, 14, None, 'league'), ('wounded', 30, 30, None, 'league')]
    >>> claims_in("The minister praised the police, among whom 3 died and 9 were injured.", reg)
    [('killed', 3, 3, None, 'crown'), ('wounded', 9, 9, None, 'crown')]
    >>> claims_in("Of the prisoners taken at the ford, 14 were later found dead.", reg)[0][-1]
    'unknown'
    """
    f = c.f
    if f.head is not None or f.named or (" of " not in c.sent_low and " among" not in c.sent_low
                                         and not c.sent_low.lstrip(" \"'“‘").startswith(("of ", "among"))):
        return None
    words = _group_words(c)
    if not words:
        return None
    side = c.sw.side_of_words(words)
    if side is None:
        role = next((r for r in (c.lex.roles.get(w) for w in reversed(words)) if r), None)
        side = {"state": c.sw.state, "nonstate": c.sw.nonstate}.get(role) if role in ("state", "nonstate") else None
    if side is None:
        return None
    return side, "fighters" if c.vtype == "unknown" else c.vtype

"""Victims named by a body of a generic side: 'United Nations soldiers', 'Red Cross workers' (issue 11, "Sides").

The speaker lexicon (data/lexicons/speakers.yaml `sides`) lists the names of the bodies of the generic sides `un`
and `ngo` ('United Nations', 'UNHCR', 'Red Cross', 'MSF'); speakers take that side from them, victims did not: the
victim resolver read '23 United Nations soldiers were wounded' by the role of `soldiers` (the state's) and '30
Rwandan Red Cross workers' by the nationality (the state's). ``victims._side_stated`` asks ``generic_body_named``
before the registry's words and the victims' role.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import config

#: the generic sides whose bodies the victims' words can name (not `media`, `religious`, `expert`: their lexicon
#: lists common nouns, 'imam', 'scholars', 'editor', that the victim rules read as people of a side)
_BODY_SIDES = ("un", "ngo")
#: entries of those lists that are words of common English, not a body's name ('Emergency', 'Observatory',
#: 'monitor'): a body's name is written with a capital and is not one of these
_NOT_A_NAME = frozenset(["Emergency", "Observatory", "NGO", "NGOs"])


@lru_cache(maxsize=1)
def _bodies() -> tuple[tuple[re.Pattern, str, frozenset], ...]:
    """(the name as written, case-sensitive and on whole words; its side; its folded words) for every capitalised
    body name of the `un` and `ngo` lists, longest first."""
    sides = config.lexicon("speakers").get("sides", {})
    names = sorted(((n, side) for side in _BODY_SIDES for n in sides.get(side, ())
                    if n[:1].isupper() and n not in _NOT_A_NAME), key=lambda p: -len(p[0]))
    return tuple((re.compile(r"(?<![\w.])" + re.escape(n) + r"(?![\w])"), side,
                  frozenset(re.findall(r"[a-z]+", n.lower()))) for n, side in names)


@lru_cache(maxsize=1)
def _body_words() -> frozenset:
    """Every folded word of a body name (`_bodies`): `generic_body_named`'s exact gate."""
    assert all(words for _n, _s, words in _bodies())
    return frozenset().union(*(words for _n, _s, words in _bodies()))


def _side_is_the_body(body: str, sw) -> bool:
    """Whether a warring side of the registry is that body ('a US-led United Nations Command' as a belligerent's
    description, a side keyword 'UN forces'): then its troops are that side's, not the generic side's."""
    conflicts = getattr(sw.view, "conflicts", []) if sw.view is not None else []
    if any(re.search(r"(?<![\w.])" + re.escape(body) + r"(?![\w])", desc or "")
           for c in conflicts for side, desc in c.sides.items() if side in sw.belligerents):
        return True
    return sw.side_of_words(body.lower().split()) is not None


def generic_body_named(claim_text: str, np_words: list[str], sw) -> tuple[str, str] | None:
    """Rule `generic_body_named`: the victims' own words name a body of the `un` or `ngo` side as the speaker
    lexicon lists it ('United Nations', 'UNHCR', 'Red Cross', 'MSF'): that side, before the victims' role ('23
    United Nations soldiers': not the state's soldiers) and before a nationality ('30 Rwandan Red Cross workers':
    not Rwanda's). The name must stand in the victims' noun phrase (not 'killed 12 people, the Red Cross said') and
    no warring side of the registry may be that body (the UN Command of a war fought under the UN's flag).

    >>> from presslens.actors import Actors, _conflict
    >>> reg = Actors([_conflict("tanganyika-1961", {"sides": {"gov": "the Tanganyikan state: army, police",
    ...     "front": "the Lake Front rebels"}, "keywords": {"front": ["Lake Front"]},
    ...     "government_side": "gov"})])
    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Four United Nations soldiers were wounded near Kigoma.", reg)
    [('wounded', 4, 4, None, 'un')]
    >>> claims_in("Rebels killed 12 Tanganyikan Red Cross volunteers near Kigoma.", reg)
    [('killed', 12, 12, None, 'ngo')]
    >>> claims_in("Nine Lake Front rebels were killed near Kigoma, the Red Cross said.", reg)
    [('killed', 9, 9, None, 'front')]
    >>> reg = Actors([_conflict("korea-1951", {"sides": {"unc": "the United Nations Command and its troops",
    ...     "kpa": "the Korean People's Army"}, "keywords": {"kpa": ["North Korean troops"]}})])
    >>> claims_in("North Korean troops killed six United Nations soldiers near Kaesong.", reg)[0][-1] != 'un'
    True
    """
    if not claim_text or not np_words:
        return None
    folded = set(re.findall(r"[a-z]+", " ".join(np_words).lower()))
    if _body_words().isdisjoint(folded):
        return None     # (every body's folded words are non-empty: a body needs one of them; a set test in C)
    for name, side, words in _bodies():
        if words <= folded and (m := name.search(claim_text)) is not None:
            if _side_is_the_body(m.group(0), sw):
                return None
            return side, "peacekeepers" if side == "un" else "aid workers"
    return None

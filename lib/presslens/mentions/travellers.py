"""A person told only by where they live or travel: rule `dweller_or_traveller` (session 24), and the civilian
heads of unnamed speakers it runs beside (`civilian_by_head`, asked from mentions.layer._entity).

'People living in Kampala said', 'a Yugoslav returning from Romania told', 'travelers fleeing Iraq said': the speaker
is a plain person noun (or a nationality's singular) whose only description is a participle of residence or of
movement; the place it names is where the person is, not whose voice it is (docs/annotation.md: `civilian` are
residents, displaced people, refugees ...). Without the rule the place's side took the speaker (the capital of a
warring state, a country of the war).
"""
from __future__ import annotations

import re

from ..actors import Actors, country_of, fold
from .speaker_sides import _warring, civilian_head_noun

#: a determiner or a count, at most two modifiers with no armed word, a plain person noun or a nationality's
#: singular, then a participle of living or moving ('people living in', 'a Yugoslav returning from', 'travelers
#: fleeing'); matched on the words as the article writes them (a nationality is capitalised)
_RX_MOVER = re.compile(
    r"""(?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Tt]he|[Tt]wo|[Tt]hree|\d+)\s+)?
        (?!(?:[\w'\-]+\s+){0,2}?(?:armed|masked|uniformed|hooded|militia|fighting|and|or)\b)
        (?P<mods>(?:[\w'\-]+\s+){0,2}?)
        (?P<head>[Pp]eople|[Pp]ersons|[Mm]an|[Mm]en|[Ww]oman|[Ww]omen|[Tt]ravell?ers?|[Vv]isitors?|[A-Z][a-z]+)
        \s+(?:living|residing|returning|fleeing|arriving|travell?ing|escaping|coming\s+(?:from|out\s+of))\b
    """, re.X)


def dweller_or_traveller(side: str | None, speaker: str, after: str, actors: Actors | None) -> str | None:
    """Rule `dweller_or_traveller` (session 24's census: romania-1989, uganda-tanzania-1978-1979,
    iraq-1991-uprisings): 'civilian' for an unnamed speaker that is a plain person noun or a nationality's singular
    followed by a participle of residence or movement, when the side its words gave is a warring side's (the
    place's); `side` as it stands otherwise. `after`: the words after the mention ('travelers' + ' fleeing Iraq').

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("ogaden", {"sides": {"ethiopia": "", "somalia": ""},
    ...                                  "keywords": {"ethiopia": ["Addis Ababa"], "somalia": ["Mogadishu"]}})])
    >>> dweller_or_traveller("ethiopia", "people living", " in Addis Ababa said", A)
    'civilian'
    >>> dweller_or_traveller("somalia", "a Kenyan returning", " from Mogadishu told", A)
    'civilian'
    >>> dweller_or_traveller("somalia", "soldiers returning", " from Mogadishu said", A)
    'somalia'
    >>> dweller_or_traveller("somalia", "armed men coming", " from Mogadishu", A), dweller_or_traveller("un", "people living", " in camps", A)
    ('somalia', 'un')
    """
    if side is not None and side not in _warring(actors):
        return side
    m = _RX_MOVER.match((speaker + after).strip())
    if not m:
        return side
    head = m.group("head")
    if head[:1].isupper() and not head.lower().startswith(("people", "persons", "man", "men", "wom", "travel", "visit")):
        country = country_of(head)      # a nationality's singular ('a Yugoslav'), not a country nor a name
        if country is None or fold(country) == fold(head):
            return side
    return "civilian"


def civilian_by_head(side: str | None, why: str, speaker: str, after: str, actors: Actors | None) -> tuple:
    """(side, rule) of an unnamed speaker whose words gave a side: rule `civilian_head_noun` ('Tehran residents'),
    else rule `dweller_or_traveller` ('people living in Kampala'); (side, why) as they stand otherwise."""
    civ = civilian_head_noun(side, speaker, actors)
    if civ != side:
        return civ, "civilian_head_noun"
    civ = dweller_or_traveller(side, speaker, after, actors)
    return civ, (why if civ == side else "dweller_or_traveller")

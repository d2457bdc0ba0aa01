"""Named rules for a state that speaks under its country's name or its people's name and that the registry gives
no side (session 16: speaker sides, the family 'a state named by its country or people, left unknown', four wars).

- `country_only_a_place`: a country that speaks ('Kenya said', 'Afghanistan has denied') and that the registry
  mentions only as a place ('exiles based in Kenya', 'a spokesman in Turkey', 'from bases in northern
  Afghanistan') is no party to the war: `foreign_gov`, as `state_by_country_name` gives a country the registry
  never mentions (mentions.speaker_sides). A country the registry names any other way ('backed by Iran', 'Turkey
  fought the PKK') stays the registry's to place: no side.
- `people_as_state`: a warring state spoken of by its people's name with the article ('The Egyptians conceded the
  loss of five men', 'the Iranians said'): the side whose registry description calls itself that country's state.
  Only that bare phrase: a people with other words ('Egyptians in Cairo', 'Egyptian villagers') is a population,
  and a people whose state no side's description names gets nothing (docs/annotation.md: a nationality plural
  names a population unless the article uses it for the state).

The examples are composed (the Uganda-Tanzania war of 1978-79), none from an eval text.
"""
from __future__ import annotations

import re

from ..actors import Actors, fold
from ..countries import country_of
from .speaker_sides import _country_or_capital, _state_of_country, state_by_country_name

#: a country's name written as a place in a registry's words: after a preposition of place, perhaps with a
#: compass word ('based in Kenya', 'from bases in northern Afghanistan', 'raids across Uganda'); matched folded
_RX_PLACE_BEFORE = re.compile(
    r"""(?:^|\s)(?:in|from|into|inside|across|near|via|through|out\s+of|within)\s+
        (?:(?:the\s+)?(?:north|south|east|west|central|(?:north|south)[\-\s]?(?:east|west)|
                         northern|southern|eastern|western|(?:north|south)[\-\s]?(?:eastern|western))\s+)?$""", re.X)


def _told(actors: Actors) -> str:
    """The registry's own words about the one conflict: side descriptions, keywords, actors' names and roles (folded)."""
    conflict = actors.conflicts[0]
    return fold(" ".join([*conflict.sides.values(), *(w for ws in conflict.keywords.values() for w in ws),
                          *(f"{a.name} {a.role}" for a in conflict.actors)]))


def country_only_a_place(name: str, actors: Actors | None) -> str | None:
    """Rule `country_only_a_place`: `foreign_gov` for a speaker that is a country's own name when the registry of
    the article's one conflict gives it no side and mentions it only as a place (each mention after 'in', 'from',
    'across', 'near', ...); None otherwise (asked when `state_by_country_name` gave nothing).

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("uganda-tanzania", {"sides": {"uganda": "the Ugandan state: Amin and his army",
    ...     "tanzania": "the Tanzanian state and the Ugandan exiles based in Kenya"}})])
    >>> country_only_a_place("Kenya", A), country_only_a_place("Tanzania", A), country_only_a_place("Kenyan", A)
    ('foreign_gov', None, None)
    >>> B = Actors([_conflict("uganda-tanzania", {"sides": {"uganda": "the Ugandan state, backed by Libya",
    ...     "tanzania": "the Tanzanian state; Libyan troops fought in Uganda"}})])
    >>> country_only_a_place("Libya", B) is None        # 'backed by Libya': the registry places it in the war
    True
    """
    if actors is None or len(actors.conflicts) != 1 or not actors.conflicts[0].sides or not name[:1].isupper():
        return None
    place = _country_or_capital(name)
    if place is None or fold(place[0]) != fold(name).strip() or actors.registry_side(name) is not None:
        return None
    told = _told(actors)
    found = [m.start() for m in re.finditer(r"\b" + re.escape(fold(place[0])) + r"\b", told)]
    if not found or any(_RX_PLACE_BEFORE.search(told, max(0, at - 40), at) is None for at in found):
        return None     # never mentioned (the older rule's case), or mentioned as more than a place
    return "foreign_gov"


def people_as_state(speaker: str, phrase: str, actors: Actors | None) -> str | None:
    """Rule `people_as_state`: the warring side of a state spoken of as 'the <people>' ('The Egyptians conceded',
    'the Iranians said'): the side whose registry description calls itself that country's state (as
    `state_by_country_name` finds it); None for any other phrase, a people whose state is no warring side, or a
    country's own name.

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("uganda-tanzania", {"sides": {"uganda": "the Ugandan state: Amin and his army",
    ...     "tanzania": "the Tanzanian state: Nyerere and the army"}})])
    >>> people_as_state("Tanzanians", "The Tanzanians", A), people_as_state("Tanzanians", "Tanzanians in Mwanza", A)
    ('tanzania', None)
    >>> people_as_state("Kenyans", "the Kenyans", A) is None       # no side is the Kenyan state
    True
    """
    if actors is None or len(actors.conflicts) != 1 or " " in speaker or not speaker[:1].isupper():
        return None
    if fold(phrase).strip() != "the " + fold(speaker) or _country_or_capital(speaker) is not None:
        return None
    country = country_of(speaker) or (country_of(speaker[:-1]) if speaker.endswith("s") else None)
    if country is None:
        return None
    side = _state_of_country(country, actors)
    return side if side in actors.conflicts[0].sides else None


def state_of_named_country(speaker: str, phrase: str, actors: Actors | None) -> tuple[str | None, str]:
    """(side, rule) of a named speaker no other rule gave a side, that is a country, a capital or 'the <people>':
    rule `state_by_country_name` ('China has put the toll at 22', 'Addis Ababa announced'; not 'reports from
    Skopje'), then `country_only_a_place`, then `people_as_state`; (None, '') when none applies."""
    if fold(phrase).strip() == fold(speaker):
        side = state_by_country_name(speaker, actors)
        if side:
            return side, "state_by_country_name"
        side = country_only_a_place(speaker, actors)
        return (side, "country_only_a_place") if side else (None, "")
    if phrase[:4].lower() == "the ":
        return people_as_state(speaker, phrase, actors), "people_as_state"
    return None, ""

"""Rule `state_noun_not_rebel_name`: a bare common noun of the state's forces (`the army said`, `the military`,
`police said`) is the state's body, never an armed group whose name merely holds that noun (a `... Liberation Army`,
a `People's ... Army`, a `... Resistance Army`).

News English calls a rebel group by its name, its acronym or `the group`/`the rebels`; the unqualified `the army` is
the state's (or, in a war between two states, one of the two states'). The layer's anaphor rule (`the committee` <-
`Committee for Missing Persons`) would otherwise take the last body whose name holds the head word.

    >>> from presslens.actors import Actors, _conflict
    >>> reg = Actors([_conflict("colombia", {"sides": {"gov": "the Colombian state", "eln": "ELN guerrillas"},
    ...     "government_side": "gov", "rebel_side": "eln",
    ...     "actors": [{"name": "National Liberation Army", "side": "eln", "kind": "org"}]})])
    >>> not_the_state("army", "National Liberation Army", reg)
    True
    >>> not_the_state("army", "Colombian Army", reg), not_the_state("group", "National Liberation Army", reg)
    (False, False)
    >>> not_the_state("army", "Kachin Independence Army", None)
    True
"""
from __future__ import annotations

import re

from ..actors import Actors

#: the common nouns that, bare, name a state's force
STATE_FORCE_NOUNS = frozenset(["army", "military", "police", "armed forces", "security forces"])

#: words of an insurgent's self-chosen name: a name holding one of them is no state's army when the registry does not
#: say whose it is ('Kachin Independence Army', 'Free Aceh Movement'); a state's own ('Myanmar Army') holds none
_RX_INSURGENT_NAME = re.compile(r"\b(?:Liberation|Resistance|Revolutionary|Independence|Salvation|Patriotic|"
                                r"Freedom|Free|Republican|Popular|People['’]?s|Insurgent|Rebel|Mujahideen|Jihad)\b")


def _nonstate_sides(actors: Actors) -> frozenset:
    """The registry's non-state belligerent sides of the article's one conflict: its rebel side, and every side but
    the government's when the registry names one (not in a war between two states, whose sides are states)."""
    if len(actors.conflicts) != 1:
        return frozenset()
    conflict = actors.conflicts[0]
    sides = {conflict.rebel_side} if conflict.rebel_side else set()
    if conflict.government_side and not conflict.between_states:
        sides |= set(conflict.sides) - {conflict.government_side}
    return frozenset(sides)


def not_the_state(core: str, name: str | None, actors: Actors | None) -> bool:
    """True when `name`, found for the bare state-force noun `core`, is a non-state armed group: a registry body of a
    non-state side, or (the registry silent) a name of an insurgent's words."""
    if not name or core not in STATE_FORCE_NOUNS:
        return False
    if actors is not None:
        actor = actors.lookup(name)
        if actor is not None and actor.side:
            return actor.side in _nonstate_sides(actors)
        if actors.conflicts and actors.conflicts[0].between_states:
            return False
    return _RX_INSURGENT_NAME.search(name) is not None


def state_body(actors: Actors | None) -> str | None:
    """The government side's label, for looking up its own body of the same noun instead."""
    if actors is None or len(actors.conflicts) != 1 or actors.conflicts[0].between_states:
        return None
    return actors.conflicts[0].government_side

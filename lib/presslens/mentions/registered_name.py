"""Rule `registered_name_suffix` (session 21, docs/rules.md "Session 21: speakers on fresh copy"): a capitalised name
run that is no registry name but ends on a person the registry names ('Mohawk Susan Oak', 'ANPDH Alvaro Leiva') is
that person: the words before the registered name are a modifier (a people, a body's acronym, a place) run together
with it, not its first name. The words cut are capitalised words only ('Trooper Ali and Gunner X' is a
coordination, left to the layer). The registry is the evidence a modifier cannot give by its form ('Mohawk' and 'Susan'
are both capitalised words); without a registry, or where the run's own words name a registered actor, nothing
changes.
"""
from __future__ import annotations

from ..actors import Actors


def registered_name_suffix(name: str, actors: Actors | None) -> str | None:
    """A name run of three or more words and the article's registry -> the run's last two or more words when they
    are a registered person's name or alias (the longest such tail), else None.

    >>> from presslens.actors import Actor, Actors, Conflict
    >>> reg = Actors([Conflict("x", sides={"a": "A"}, actors=[Actor("Susan Oak", "a", kind="person")])])
    >>> registered_name_suffix("Mohawk Susan Oak", reg), registered_name_suffix("Susan Oak", reg)
    ('Susan Oak', None)
    >>> registered_name_suffix("Mary Susan Oak Bridge", reg) is None   # the registered name is not the run's end
    True
    >>> registered_name_suffix("Gunner Ali and Susan Oak", reg) is None    # a coordination: the layer's to read
    True
    """
    toks = name.split()
    if actors is None or len(toks) < 3:
        return None
    for k in range(1, len(toks) - 1):
        if not toks[k - 1][:1].isupper():
            return None     # 'Trooper Ali and Gunner Walid Khalfan': a coordination, not a modifier before a name
        tail = " ".join(toks[k:])
        reg = actors.lookup(tail)
        if reg is not None and reg.is_person:
            return tail
    return None

"""Rule `registered_name_suffix` (session 21, docs/rules.md "Session 21: speakers on fresh copy"): a capitalised name
run that is no registry name but ends on a person the registry names ('Mohawk Susan Oak', 'ANPDH Alvaro Leiva') is
that person: the words before the registered name are a modifier (a people, a body's acronym, a place) run together
with it, not its first name. The words cut are capitalised words only ('Trooper Ali and Gunner X' is a
coordination, left to the layer). The registry is the evidence a modifier cannot give by its form ('Mohawk' and 'Susan'
are both capitalised words); without a registry, or where the run's own words name a registered actor, nothing
changes.
"""
from __future__ import annotations

from ..actors import Actors, fold
from ..countries import capital_of, country_of


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


def _surname_index(actors: Actors) -> dict[str, list]:
    """The registry's persons by the last word of their name and of each alias (folded), built once per registry
    view and kept on it."""
    index = getattr(actors, "_surnames", None)
    if index is None:
        index = {}
        for actor in actors.actors:
            if not actor.is_person:
                continue
            for form in (actor.name, *actor.aliases):
                words = form.replace('"', " ").split()
                if len(words) >= 2:
                    index.setdefault(fold(words[-1]).strip(".,"), []).append(actor)
        actors._surnames = index
    return index


def registered_surname(name: str, actors: Actors | None) -> str | None:
    """Rule `registered_surname` (session 21): a one-word name the article never prints in full ('Prigozhin said',
    'Guevara has appealed') and the registry -> the full name of the one registered person whose name or alias
    ends on that word, else None (no registry, a word of no person's name, or two persons who share it).

    >>> from presslens.actors import Actor, Actors, Conflict
    >>> reg = Actors([Conflict("x", sides={"a": "A"}, actors=[Actor("Rosa Benítez", "a", kind="person"),
    ...     Actor("Luis Tejada", "a", kind="person"), Actor("Ana Tejada", "a", kind="person")])])
    >>> registered_surname("Benítez", reg), registered_surname("Tejada", reg), registered_surname("Rosa", reg)
    ('Rosa Benítez', None, None)
    >>> reg = Actors([Conflict("x", sides={"a": "A"}, actors=[Actor("Ahmed Jordan", "a", kind="person")])])
    >>> registered_surname("Jordan", reg) is None      # a country's name is the state's, not a person's
    True
    """
    if actors is None or " " in name or not name[:1].isupper() or name.isupper():
        return None
    if country_of(name) is not None or capital_of(fold(name)) is not None:
        return None     # 'Jordan said', 'Kabul said': a state or its capital, whoever is registered as 'X Jordan'
    found = {id(a): a for a in _surname_index(actors).get(fold(name).strip(".,"), ())}
    return next(iter(found.values())).name if len(found) == 1 else None

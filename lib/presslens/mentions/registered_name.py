"""Rule `registered_name_suffix` (session 21, docs/rules.md "Session 21: speakers on fresh copy"): a capitalised name
run that is no registry name but ends on a person the registry names ('Mohawk Susan Oak', 'ANPDH Alvaro Leiva') is
that person: the words before the registered name are a modifier (a people, a body's acronym, a place) run together
with it, not its first name. The words cut are capitalised words only ('Trooper Ali and Gunner X' is a
coordination, left to the layer). The registry is the evidence a modifier cannot give by its form ('Mohawk' and 'Susan'
are both capitalised words); without a registry, or where the run's own words name a registered actor, nothing
changes.
"""
from __future__ import annotations

from ..actor_words import name_key
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
    last = name_key(toks[-1]).rpartition(" ")[2]
    if last and last not in _person_last_words(actors):
        return None     # (speed, session 22) no tail can be a registered person: see _person_last_words
    for k in range(1, len(toks) - 1):
        if not toks[k - 1][:1].isupper():
            return None     # 'Trooper Ali and Gunner Walid Khalfan': a coordination, not a modifier before a name
        tail = " ".join(toks[k:])
        reg = actors.lookup(tail)
        if reg is not None and reg.is_person:
            return tail
    return None


def _person_last_words(actors: Actors) -> frozenset[str]:
    """The last word of every registry key (`actors._by_key`) that `Actors.lookup` answers with a person, built once
    per registry view and kept on it (speed, session 22: `registered_name_suffix` asks `lookup` only when the run's
    last word is one of them).

    Why the gate keeps every answer: `lookup(tail)` gives a person only when `name_key(tail)`, or that key with its
    leading titles cut (`_LEAD_TITLES`, whole words), is such a key, so the key ends on the key's last word; a tail of
    two or more words ends on the run's last token, and `name_key` reads a token alone as it reads it in the tail (it
    folds character by character, turns punctuation into spaces, cuts an article and spaces only at the ends), so the
    last word of `name_key(tail)` is the last word of `name_key(last token)` whenever that is not empty (a token of
    punctuation alone: then no gate).

    >>> from presslens.actors import Actor, Actors, Conflict
    >>> reg = Actors([Conflict("x", sides={"a": "A"}, actors=[Actor("Susan Oak", "a", kind="person"),
    ...     Actor("Oak Brigade", "a", kind="org")])])
    >>> sorted(_person_last_words(reg))
    ['oak']
    """
    words = getattr(actors, "_person_last", None)
    if words is None:
        words = frozenset(key.rpartition(" ")[2] for key, actor in actors._by_key.items() if actor.is_person)
        actors._person_last = words
    return words


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
    folded = fold(name)
    persons = _surname_index(actors).get(folded.strip(".,"))
    if not persons:
        return None     # (speed, session 22: the index first; every test below answers None for a word of no person)
    if country_of(name) is not None or capital_of(folded) is not None:
        return None     # 'Jordan said', 'Kabul said': a state or its capital, whoever is registered as 'X Jordan'
    found = {id(a): a for a in persons}
    return next(iter(found.values())).name if len(found) == 1 else None

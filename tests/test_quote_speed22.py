"""Session 22 quote speed (docs/scale.md, "Session 22: quote speed"): each shortcut gives what the code it replaced
gave. Made-up copy of the Zanzibar revolution (1964) and the Paquisha war (1981), wars of no eval set."""
from __future__ import annotations

import pytest

from presslens.actors import Actor, Actors, Conflict, fold
from presslens.countries import capital_of, country_of
from presslens.mentions import registered_name as rn


def _registry() -> Actors:
    return Actors([Conflict("paquisha", sides={"ecuador": "Ecuador", "peru": "Peru"}, actors=[
        Actor("Abeid Karume", "ecuador", kind="person"),
        Actor("Gen. Rafael Hoyos Rubio", "peru", aliases=("Hoyos Rubio",), kind="person"),
        Actor("John Okello", "ecuador", aliases=("Field Marshal Okello",), kind="person"),
        Actor("Okello Brigade", "ecuador", kind="org"),
        Actor("Ana María Peñaherrera", "ecuador", kind="person"),
        Actor("Ahmed Jordan", "peru", kind="person"),
        Actor("Umma Party", "peru"),
    ])])


def _suffix_before(name: str, actors: Actors | None) -> str | None:
    """registered_name_suffix as session 21 wrote it (no gate)."""
    toks = name.split()
    if actors is None or len(toks) < 3:
        return None
    for k in range(1, len(toks) - 1):
        if not toks[k - 1][:1].isupper():
            return None
        tail = " ".join(toks[k:])
        reg = actors.lookup(tail)
        if reg is not None and reg.is_person:
            return tail
    return None


def _surname_before(name: str, actors: Actors | None) -> str | None:
    """registered_surname as session 21 wrote it (the country tests before the index)."""
    if actors is None or " " in name or not name[:1].isupper() or name.isupper():
        return None
    if country_of(name) is not None or capital_of(fold(name)) is not None:
        return None
    found = {id(a): a for a in rn._surname_index(actors).get(fold(name).strip(".,"), ())}
    return next(iter(found.values())).name if len(found) == 1 else None


RUNS = ["Zanzibari Abeid Karume", "Umma Abeid Karume", "Mr Abeid Karume", "Gen. Rafael Hoyos Rubio",
        "Peruvian Gen. Rafael Hoyos Rubio", "Lima Hoyos Rubio", "Comrade Field Marshal Okello",
        "Ugandan John Okello,", "Ugandan John Okello.", "The Okello Brigade", "Stone Town Okello Brigade",
        "Quito Ana María Peñaherrera", "Quito Ana Maria Penaherrera", "Quito ANA MARÍA PEÑAHERRERA",
        "Pemba Abeid Karume —", "Pemba Abeid Karume ,", "Zanzibar Ahmed Jordan", "Zanzibar Umma Party",
        "Abeid Karume and John Okello", "Unguja the Abeid Karume", "Stone Town Sultan Jamshid", "A B C D E F",
        "Pemba Abeid Karume’s", "Pemba Abeid Karume's", "Pemba Karume", "Pemba Rubio"]


@pytest.mark.parametrize("name", RUNS)
def test_registered_name_suffix_as_before(name):
    reg = _registry()
    assert rn.registered_name_suffix(name, reg) == _suffix_before(name, reg)


def test_registered_name_suffix_still_cuts():
    reg = _registry()
    assert rn.registered_name_suffix("Zanzibari Abeid Karume", reg) == "Abeid Karume"
    assert rn.registered_name_suffix("Peruvian Gen. Rafael Hoyos Rubio", reg) == "Gen. Rafael Hoyos Rubio"
    assert rn.registered_name_suffix("Quito Ana Maria Penaherrera", reg) == "Ana Maria Penaherrera"


def test_the_gate_refuses_runs_that_end_on_no_person():
    # the gate's own answer: the last words of the persons' keys, not of the bodies' ('brigade', 'party')
    reg = _registry()
    words = rn._person_last_words(reg)
    assert {"karume", "rubio", "okello", "penaherrera", "jordan"} <= words
    assert "brigade" not in words and "party" not in words
    assert rn.registered_name_suffix("Stone Town Okello Brigade", reg) is None
    assert rn._person_last_words(reg) is words      # kept on the registry view


@pytest.mark.parametrize("name", ["Karume", "Rubio", "Okello", "Okello.", "Peñaherrera", "Penaherrera", "Jordan",
                                  "Lima", "Quito", "Brigade", "Party", "KARUME", "karume", "Hoyos", "Karume,"])
def test_registered_surname_as_before(name):
    reg = _registry()
    assert rn.registered_surname(name, reg) == _surname_before(name, reg)


def test_registered_surname_still_resolves():
    reg = _registry()
    assert rn.registered_surname("Karume", reg) == "Abeid Karume"
    assert rn.registered_surname("Jordan", reg) is None        # a country's name, though a person's surname
    assert rn.registered_surname("Brigade", reg) is None        # a body's last word

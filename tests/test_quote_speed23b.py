"""Session 23 quote speed, second pass (docs/scale.md, "Session 23: quote speed, second pass"): each shortcut gives
what the code it replaced gave. Made-up copy of the Aroostook War (Maine and New Brunswick, 1839), a war of no eval
set, and random inventories and histories, in text order and out of it."""
from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from presslens.actors import fold
from presslens.mentions import context as cx
from presslens.mentions.layer import ArticleMentions


def _last_pos_before(history, inventory, name, pos):
    """_last_pos as session 22 wrote it (every mention before `pos` read in order)."""
    if not name:
        return -1
    best = -1
    for hpos, hname, _, _ in history:
        if hname == name and hpos < pos:
            best = max(best, hpos)
    for mnt in inventory:
        if mnt.start >= pos:
            break
        if name.endswith(mnt.name):
            best = max(best, mnt.start)
    return best


def _last_of_before(history, inventory, pos, want, gender, head=""):
    """_last_of as session 22 wrote it (the inventory walked forward, the latest fitting person kept)."""
    best = None
    for hpos, name, stype, g in history:
        if hpos >= pos:
            continue
        if want == "person" and stype != "person":
            continue
        if want == "org" and stype == "person" and head != "statement":
            continue
        if head and head not in ("statement", "group", "movement", "organisation", "organization") and head not in fold(name):
            continue
        if gender and g and g != gender:
            continue
        best = (hpos, name)
    if want == "person":
        latest = None
        for mnt in inventory:
            if mnt.start >= pos:
                break
            if mnt.person and not mnt.late and mnt.end <= pos and (not gender or mnt.gender in ("", gender)):
                if (best is None or mnt.start > best[0]) and (latest is None or mnt.start > latest.start):
                    latest = mnt
        if latest is not None:
            best = (latest.start, cx._fullest(latest.name, inventory, latest.start, prefer=[]))
    return best[1] if best else None


_NAMES = ["John Harvey", "Harvey", "Rufus McIntire", "McIntire", "Governor Fairfield", "Fairfield", "Winfield Scott"]


def _random_case(rng: random.Random, ordered: bool):
    """A random inventory (Mention-like records) and history; starts strictly ascending when `ordered`."""
    n = rng.randint(0, 12)
    starts = sorted(rng.sample(range(0, 400), n)) if ordered else [rng.randint(0, 400) for _ in range(n)]
    inventory = [SimpleNamespace(start=s, end=s + rng.randint(3, 30), name=rng.choice(_NAMES), person=rng.random() < .7,
                                 late=rng.random() < .15, gender=rng.choice(["", "m", "f"]), tokens=(), raw="",
                                 before="", descriptor="") for s in starts]
    history = [(rng.randint(0, 400), rng.choice(_NAMES), rng.choice(["person", "org"]), rng.choice(["", "m", "f"]))
               for _ in range(rng.randint(0, 6))]
    return history, inventory


@pytest.mark.parametrize("ordered", [True, False])
def test_last_pos_and_last_of_as_before(ordered):
    rng = random.Random(1839 + ordered)
    for _ in range(3000):
        history, inventory = _random_case(rng, ordered)
        pos = rng.randint(0, 420)
        name = rng.choice(_NAMES + [""])
        assert cx._last_pos(history, inventory, name, pos) == _last_pos_before(history, inventory, name, pos)
        want, gender = rng.choice(["person", "org"]), rng.choice(["", "m", "f"])
        assert cx._last_of(history, inventory, pos, want, gender) == _last_of_before(history, inventory, pos, want, gender)


def test_ascending_starts_refuses_ties_and_disorder():
    m = SimpleNamespace
    assert cx._ascending_starts([m(start=5), m(start=5)]) is None       # a tie: not strictly ascending
    assert cx._ascending_starts([m(start=40), m(start=12)]) is None
    inv = [m(start=1), m(start=7)]
    assert cx._ascending_starts(inv) == [1, 7]
    inv.append(m(start=3))      # the same list grown out of order: the memo is not reused
    assert cx._ascending_starts(inv) is None


def test_pronoun_takes_the_latest_person_named_before_it():
    text = ("Governor John Harvey of New Brunswick met reporters at the Aroostook River. Maine sent Governor "
            "John Fairfield on Monday. He said the militia would hold the river, and General Winfield Scott agreed.")
    layer = ArticleMentions(text, None)
    at = text.index("He said")
    ent = layer.resolve("He", at, at + 2)
    assert ent is not None and ent.name == "John Fairfield"     # the latest person before 'He', not the one after it

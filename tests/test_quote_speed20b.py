"""Session 20's speed pass on speaker resolution (branch s20-qspeed2, docs/scale.md): each shortcut gives what the
code it replaced gave. Made-up copy of wars in none of the eval sets (the Chaco War, the Biafran war, the Winter War).
"""
from __future__ import annotations

import pytest

from presslens.fastre import _CaseFreePattern
from presslens.mentions.context import _last_of, _last_pos
from presslens.mentions.names import _inventory, _name_runs, given_name, spaced_runs
from presslens.quotes.name_kind import _HEADS, kind_gate

TEXTS = [
    "Col. Rafael Franco, the Paraguayan commander, said the fort at Boquerón had fallen. Franco added that "
    "General Hans Kundt and Bolivian\u00a0Army officers denied it. He said the Chaco Defence Group would appeal.",
    "Ojukwu Emeka Odumegwu spoke at Umuahia. Emeka said the Biafran Relief Agency and Caritas International "
    "had flown in food. Mrs Flora Azikiwe, a nurse at Aba, said she had seen the dead. She added little.",
    "Marshal Carl Gustaf Mannerheim said the Mannerheim Line held. Mannerheim said Soviet forces lost 40 tanks. "
    "Foreign Minister Väinö Tanner and Prime Minister Risto Ryti said talks with Moscow İstanbul-style had failed.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_spaced_runs_are_the_runs_with_a_space(text):
    # (spans, not match objects: since session 27 the spaced runs are matches of their own pattern, _NAME_RUN_SPACED)
    assert [mt.span() for mt in spaced_runs(text)] == \
        [mt.span() for mt in _name_runs(text) if " " in mt.group(0) or "\u00a0" in mt.group(0)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_inventory_is_in_text_order(text):
    """What `_last_pos` and `_last_of` rely on to stop reading at `pos`."""
    starts = [m.start for m in _inventory(text, None)]
    assert starts == sorted(starts)


def _last_pos_scan(history, inventory, name, pos):      # the loop before the change
    if not name:
        return -1
    best = max([-1] + [h[0] for h in history if h[1] == name and h[0] < pos])
    for mnt in inventory:
        if mnt.start < pos and (mnt.name == name or name.endswith(mnt.name)):
            best = max(best, mnt.start)
    return best


@pytest.mark.parametrize("text", TEXTS)
def test_last_pos_and_last_of_read_the_inventory_up_to_pos(text):
    inv = _inventory(text, None)
    history = [(m.start, m.name, "person", m.gender) for m in inv[::2]]
    for pos in range(0, len(text) + 1, 7):
        for m in inv:
            assert _last_pos(history, inv, m.name, pos) == _last_pos_scan(history, inv, m.name, pos)
        persons = [m for m in inv if m.person and not m.late and m.end <= pos]
        found = _last_of([], inv, pos, "person", "")
        assert (found is None) == (not persons)     # no person mention ending by pos: none found


def test_last_pos_never_takes_a_mention_at_or_after_pos():
    inv = _inventory(TEXTS[0], None)
    franco = next(m for m in inv if m.name.endswith("Franco"))
    assert _last_pos([], inv, franco.name, franco.start) == -1
    assert _last_pos([], inv, franco.name, franco.start + 1) == franco.start


@pytest.mark.parametrize("phrase", ["the Chaco Defence Group", "Biafran Relief Agency", "a youth movement",
                                    "the Paraguayan militia", "Colonel Franco", "the Finnish army", "groups", ""])
def test_kind_gate_is_any_head_in_the_phrase(phrase):
    assert kind_gate(phrase) == any(h in phrase for h in _HEADS)


def test_given_name_reads_only_the_names_that_hold_it():
    inv = _inventory(TEXTS[1], None)
    assert given_name("flora", inv) == "Flora Azikiwe"
    assert given_name("aba", inv) is None       # no full name opens with it


@pytest.mark.parametrize("s, odd", [("Tanner said", False), ("Väinö Tanner said", False),
                                    ("İstanbul", True), ("kapı", True), ("ſ", True), ("", False)])
def test_odd_letters_are_found_past_the_ascii_test(s, odd):
    assert _CaseFreePattern._odd(s) is odd

"""The library's shape (issue 11, "Shape"): a reader finds the rule behind an output column by its name, so modules
are named for what they do, never for the session or eval set that found them; and every family module's casualty
rule is registered in the one ordered registry, ``casualties.rules.RULES``, once."""
from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

LIB = Path(__file__).resolve().parents[1] / "lib" / "presslens"

#: a module stem naming a session or an eval set: 'real_rules', 'real2_rules', 'recall15_rules', 'dev3_x', 's16_y'
SESSION_NAMED = re.compile(r"(?:^|_)(?:real|recall|session|dev|seeds?)\d*(?:_|$)|(?:^|_)s\d+(?:_|$)")


def _modules() -> list[Path]:
    return sorted(p for p in LIB.rglob("*.py") if p.stem != "__init__")


@pytest.mark.parametrize("stem, named", [
    ("real_rules", True), ("real2_rules", True), ("recall15_rules", True), ("recall_rules", True),
    ("dev3_sides", True), ("s16_rules", True), ("session9", True),
    ("one_by_role", False), ("count_parts", False), ("sides", False), ("side_rules", False), ("shot_rules", False),
    ("headline_tolls", False), ("surreal", False), ("recalled_words", False),
])
def test_the_pattern_knows_a_session_name(stem, named):
    assert bool(SESSION_NAMED.search(stem)) is named


def test_no_module_is_named_after_a_session_or_eval_set():
    named = [str(p.relative_to(LIB)) for p in _modules() if SESSION_NAMED.search(p.stem)]
    assert named == [], f"modules named after a session or eval set (name them for what they do): {named}"


def test_no_casualty_test_file_is_named_after_a_session():
    tests = Path(__file__).parent
    named = [p.name for p in tests.glob("test_casualties_*.py") if re.search(r"_(?:real|recall)\d*(?:_|\.py$)", p.name)]
    assert named == []


def _family_rules() -> dict[str, list[str]]:
    """module -> the rule names of its (name, gate, find) list `<MODULE>_RULES`, for every casualty module with one."""
    out = {}
    for p in sorted((LIB / "casualties").glob("*.py")):
        text = p.read_text(encoding="utf-8")
        m = re.search(r"^([A-Z0-9_]+_RULES)\s*:", text, re.M)
        if m and p.stem != "rules":
            mod = importlib.import_module(f"presslens.casualties.{p.stem}")
            out[p.stem] = [r[0] for r in getattr(mod, m.group(1))]
    return out


def test_every_family_rule_is_registered_once():
    from presslens.casualties.rules import RULES
    names = [r.name for r in RULES]
    assert len(names) == len(set(names)), "a rule name twice in RULES"
    families = _family_rules()
    assert {"one_by_role", "count_parts", "named_victims", "headline_tolls", "wire_rules"} <= set(families)
    for module, rules in families.items():
        for name in rules:
            assert names.count(name) == 1, f"{module}: rule {name!r} is not in rules.RULES once"


def test_each_registered_rule_runs_its_family_modules_function():
    from presslens.casualties.rules import RULES
    families = _family_rules()
    where = {name: module for module, rules in families.items() for name in rules}
    for r in RULES:
        if r.name in where:
            assert r.find.__module__ == f"presslens.casualties.{where[r.name]}", r.name

"""The library's shape (issue 11): no module under lib/presslens over 620 lines and no function over 80, so a
reader finds the rule behind an output column by its name in a file of readable size; modules named for what they
do, never for the session or eval set that found them; and every family module's casualty rule registered in the one
ordered registry, ``casualties.rules.RULES``, once.

A function's length runs from its `def` line to its last line (decorators not counted), as `ast` gives them.

ALLOWED lists what may stay over a limit for a while, each entry saying why (empty since session 11 split the
last long modules, quotes/attribution.py and mentions/layer.py). Split the module or function, then delete its
entry: the stale-entry test below fails until you do, so the list only shrinks.
"""
from __future__ import annotations

import ast
import importlib
import re
import sys
from pathlib import Path

import pytest

LIB = Path(__file__).resolve().parents[1] / "lib" / "presslens"
MAX_MODULE_LINES = 620
MAX_FUNCTION_LINES = 80

#: over a limit on purpose, for now: module path (relative to lib/presslens) or "module path:function name"
ALLOWED = {
}


def _modules() -> list[Path]:
    return sorted(LIB.rglob("*.py"))


def _module_lengths() -> dict[str, int]:
    """Module path relative to lib/presslens -> its number of lines."""
    return {p.relative_to(LIB).as_posix(): len(p.read_text(encoding="utf-8").splitlines()) for p in _modules()}


def _function_lengths() -> dict[str, int]:
    """'module path:function name' -> the longest function of that name in the module (methods and nested
    functions included), in lines from `def` to its end."""
    out: dict[str, int] = {}
    for p in _modules():
        rel = p.relative_to(LIB).as_posix()
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"), filename=str(p))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                key = f"{rel}:{node.name}"
                out[key] = max(out.get(key, 0), node.end_lineno - node.lineno + 1)
    return out


def test_lengths_are_measured():
    """The measures see the package: many modules, and a known function of a known size range."""
    modules, functions = _module_lengths(), _function_lengths()
    assert len(modules) > 50 and "actors.py" in modules
    assert 1 < functions["cli.py:build_parser"] <= MAX_FUNCTION_LINES


def test_no_module_over_limit():
    over = {m: n for m, n in _module_lengths().items() if n > MAX_MODULE_LINES and m not in ALLOWED}
    assert not over, (f"modules over {MAX_MODULE_LINES} lines: {over}; split each into modules named for what they "
                      "do, re-exporting the names other code imports (tests/test_shape.py)")


def test_no_function_over_limit():
    over = {f: n for f, n in _function_lengths().items() if n > MAX_FUNCTION_LINES and f not in ALLOWED}
    assert not over, (f"functions over {MAX_FUNCTION_LINES} lines: {over}; split each into named helpers with "
                      "one-line docstrings (tests/test_shape.py)")


def test_allowed_entries_are_still_needed():
    """Every allow-list entry names a module or function that exists and is still over its limit (the list is
    empty since session 11 split the last long module; an entry added later must earn its place)."""
    stale = []
    for entry in sorted(ALLOWED):
        if ":" in entry:
            size, limit = _function_lengths().get(entry), MAX_FUNCTION_LINES
        else:
            size, limit = _module_lengths().get(entry), MAX_MODULE_LINES
        if size is None or size <= limit:
            stale.append(f"{entry} ({size} lines, limit {limit})")
    assert not stale, f"delete from ALLOWED in tests/test_shape.py: {stale}"


def test_the_limits_catch_a_long_module_and_function(tmp_path, monkeypatch):
    """The two measures see what they should on a made-up package: a module of 700 lines holding a function of
    90 (a check of the checker, run on tmp_path through the same helpers)."""
    body = "\n".join(f"    x{i} = {i}" for i in range(89))
    (tmp_path / "long.py").write_text("def long_one():\n" + body + "\n" + "\n" * 620, encoding="utf-8")
    (tmp_path / "short.py").write_text("def short_one():\n    return 1\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "LIB", tmp_path)
    assert _module_lengths() == {"long.py": 710, "short.py": 2}
    assert _function_lengths() == {"long.py:long_one": 90, "short.py:short_one": 2}


#: a module stem naming a session or an eval set: 'real_rules', 'real2_rules', 'recall15_rules', 'dev3_x', 's16_y'
SESSION_NAMED = re.compile(r"(?:^|_)(?:real|recall|session|dev|seeds?)\d*(?:_|$)|(?:^|_)s\d+(?:_|$)")


@pytest.mark.parametrize("stem, named", [
    ("real_rules", True), ("real2_rules", True), ("recall15_rules", True), ("recall_rules", True),
    ("dev3_sides", True), ("s16_rules", True), ("session9", True),
    ("one_by_role", False), ("count_parts", False), ("sides", False), ("side_rules", False), ("shot_rules", False),
    ("headline_tolls", False), ("surreal", False), ("recalled_words", False),
])
def test_the_pattern_knows_a_session_name(stem, named):
    assert bool(SESSION_NAMED.search(stem)) is named


def test_no_module_is_named_after_a_session_or_eval_set():
    named = [str(p.relative_to(LIB)) for p in _modules() if p.stem != "__init__" and SESSION_NAMED.search(p.stem)]
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

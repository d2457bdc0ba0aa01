"""The library's shape (issue 11): no module under lib/presslens over 620 lines and no function over 80, so a
reader finds the rule behind an output column by its name in a file of readable size.

A function's length runs from its `def` line to its last line (decorators not counted), as `ast` gives them.

ALLOWED lists what may stay over a limit for a while, each entry saying why (empty since session 11 split the
last long modules, quotes/attribution.py and mentions/layer.py). Split the module or function, then delete its
entry: the stale-entry test below fails until you do, so the list only shrinks.
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path


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

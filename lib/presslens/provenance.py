"""Provenance: the name of the rule behind each output column, so that a reader finds the rule by its name.

The extracted tables carry three columns of rule names (one vocabulary: every name is in the source, findable
by grep):

- casualties: `found_by` (the `Rule` of ``casualties/rules.py`` and the ``*_rules`` modules, or the named path
  of the quantity grammar in ``casualties/claims.py`` that found the claim), `side_by` (the rule that decided
  `victim_side`; ``none`` when it stays unknown by default) and `claimant_by` (the path that named the claimant);
- quotes: `found_by` (the attribution pattern that found the statement), `speaker_by` (the mention-layer rule
  that named the speaker) and `side_by` (the rule that gave the speaker a side).

The names are set at the few dispatch points (where a `Rule`'s records are collected, where the victim-side
rules are tried in turn, where a post-pass over an article's records runs), never inside the rules' bodies: a
rule added without a name still works and is called by its function's name (`rule_name`).

    >>> rule_name(rule_name)
    'rule_name'
    >>> @named("a rule of its own name")
    ... def _helper(c):
    ...     return None
    >>> rule_name(_helper)
    'a rule of its own name'
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import itemgetter

#: the provenance columns of each table (and their dtype)
CLAIM_PROVENANCE = {"found_by": "string", "side_by": "string", "claimant_by": "string"}
QUOTE_PROVENANCE = {"found_by": "string", "speaker_by": "string", "side_by": "string"}
#: the side or speaker column was left at its default: no rule decided it
NO_RULE = "none"


_SIDE = itemgetter("victim_side")
#: function -> its name, once looked up (the functions of the rules live as long as their modules)
_NAMES: dict = {}


def rule_name(rule) -> str:
    """A rule's name: a `Rule`'s `name`, a function's `rule_name` (set by `named`), else the function's own name
    without its leading underscores (`_side_stated` -> 'side_stated': grep still finds it)."""
    if callable(rule) and not hasattr(rule, "find"):
        known = _NAMES.get(rule)
        if known is None:
            known = _NAMES[rule] = _lookup_name(rule)
        return known
    return _lookup_name(rule)


def _lookup_name(rule) -> str:
    name = getattr(rule, "name", None) or getattr(rule, "rule_name", None)
    if name:
        return name
    fn = getattr(rule, "find", rule)
    return getattr(fn, "rule_name", None) or getattr(fn, "__name__", type(fn).__name__).lstrip("_") or "rule"


def named(name: str) -> Callable:
    """Decorator: call a rule function `name` in the provenance columns (its docstring's name, when that is not
    its function's name)."""
    def mark(fn):
        fn.rule_name = name
        return fn
    return mark


def tag(found: Iterable, rule):
    """Set `rule` (a name, or a rule or function: its `rule_name`, looked up only when `found` holds a record) as
    the rule of each record of `found` that has none yet (the rules that ran before kept theirs); returns `found`."""
    name = None
    for f in found:
        if not f.rule:
            f.rule = name = name or (rule if isinstance(rule, str) else rule_name(rule))
    return found


def side_pass(records: list[dict], step: Callable, *args, column: str = "victim_side", by: str = "side_by") -> None:
    """Run a post-pass `step(records, *args)` that may change `column` of earlier records: each record whose
    value it changed gets the step's name in `by`."""
    if not records:
        step(records, *args)
        return
    get = _SIDE if column == "victim_side" else itemgetter(column)
    before = list(map(get, records))
    step(records, *args)
    if before != list(map(get, records)):   # (most passes change nothing: one comparison in C)
        name = rule_name(step)
        for r, old in zip(records, before):
            if r[column] != old:
                r[by] = name


def side_passes(records: list[dict], steps: Iterable[tuple[Callable, tuple]], *, column: str = "victim_side",
                by: str = "side_by") -> None:
    """Run post-passes `step(records, *args)` in turn, each through `side_pass`: a record whose `column` a pass
    changed names the last pass that changed it in `by`."""
    for step, args in steps:
        side_pass(records, step, *args, column=column, by=by)

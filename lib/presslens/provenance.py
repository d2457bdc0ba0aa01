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

#: the provenance columns of each table (and their dtype)
CLAIM_PROVENANCE = {"found_by": "string", "side_by": "string", "claimant_by": "string"}
QUOTE_PROVENANCE = {"found_by": "string", "speaker_by": "string", "side_by": "string"}
#: the side or speaker column was left at its default: no rule decided it
NO_RULE = "none"


def rule_name(rule) -> str:
    """A rule's name: a `Rule`'s `name`, a function's `rule_name` (set by `named`), else the function's own name
    without its leading underscores (`_side_stated` -> 'side_stated': grep still finds it)."""
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


def tag(found: Iterable, name: str):
    """Set `name` as the rule of each record of `found` that has none yet (the rules that ran before kept
    theirs); returns `found`."""
    for f in found:
        if not f.rule:
            f.rule = name
    return found


def side_pass(records: list[dict], step: Callable, *args, column: str = "victim_side", by: str = "side_by") -> None:
    """Run a post-pass `step(records, *args)` that may change `column` of earlier records: each record whose
    value it changed gets the step's name in `by`."""
    before = [r[column] for r in records]
    step(records, *args)
    name = None
    for r, old in zip(records, before):
        if r[column] != old:
            r[by] = name = name or rule_name(step)

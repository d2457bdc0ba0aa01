"""The ``Rule`` record of the casualty rules: a name, a cheap gate of words, a function (``rules.RULES`` lists them)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .found import Found


@dataclass(frozen=True)
class Rule:
    """A named family of constructions: `find(norm, s_start, lex, found)` -> new Found records; it runs on a
    sentence whose words meet every set in `gate`. A rule with `reads_table` is also given the sentence's table,
    `find(norm, s_start, lex, found, table)` (`scan.SentenceTable` of `norm`: its words, lower-cased text and shared
    gates, computed once)."""
    name: str
    gate: tuple[frozenset, ...]
    find: Callable[..., list[Found]]
    reads_table: bool = False

"""Cleaning rules: boilerplate lines, outlets, wire credits (data files next to the code), compiled once;
the literal screens that find the lines a rule can match."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from .. import config
from ..tables import trie_pattern


# ---------------------------------------------------------------------------------------------
# Cleaning rules: boilerplate lines, outlets, wire credits (data files next to the code).

@dataclass(frozen=True)
class Rules:
    """Compiled boilerplate and outlet rules, shared read-only by every worker."""

    line_rules: tuple  # (name, kind, pattern, max_words, needs: frozenset of literals)
    line_screen: re.Pattern  # the other line rules as one alternation (its first matching branch wins)
    guarded_rules: tuple  # indices of the line rules with `needs` or `max_words`, tried one by one
    guarded_without_needs: tuple  # those of them without `needs`
    needs_literals: tuple  # every `needs` literal of the line rules (lower case)
    block_rules: tuple
    self_reference: tuple
    wire_credit: tuple
    outlet_names: dict  # alias -> canonical name
    wire_names: dict  # alias -> canonical name, wires only
    domains: dict  # domain -> canonical name
    unlisted_reference: tuple = ()  # (needs, pattern with group `media`): outlets not in the list


@lru_cache(maxsize=4)
def load_rules(boilerplate: str | None = None, outlets: str | None = None) -> Rules:
    """Compile the boilerplate and outlet lexicons (defaults: the shipped data files)."""
    bp = config.load_yaml(boilerplate or config.LEXICONS / "boilerplate.yaml")
    out = config.load_yaml(outlets or config.LEXICONS / "outlets.yaml")

    def flags(rule):
        return 0 if rule.get("case_sensitive") else re.IGNORECASE

    line_rules = tuple((r["name"], r["kind"], re.compile(r["pattern"], flags(r)), r.get("max_words"),
                        frozenset(r.get("needs", ())))
                       for r in bp.get("line_rules", []))
    # the rules without a guard run as one regex: an alternation tries its branches in order
    guarded = tuple(i for i, r in enumerate(bp.get("line_rules", [])) if r.get("needs") or r.get("max_words"))
    line_screen = re.compile("|".join(
        f"(?P<r{i}>{'(?-i:' if r.get('case_sensitive') else '(?:'}{r['pattern']}))"
        for i, r in enumerate(bp.get("line_rules", [])) if i not in guarded) or "(?!)", re.IGNORECASE)
    literals = tuple(sorted({lit for rule in line_rules for lit in rule[4]}))
    block_rules = tuple((r["name"], r["kind"], re.compile(r["start"], flags(r)), re.compile(r["continue"], flags(r)))
                        for r in bp.get("block_rules", []))
    names, wires, domains = {}, {}, {}
    for o in out.get("outlets", []):
        for alias in [o["name"], *o.get("aliases", [])]:
            names[alias] = o["name"]
            if o.get("wire"):
                wires[alias] = o["name"]
        for d in o.get("domains", []):
            domains[d] = o["name"]
    outlet_alt, wire_alt = trie_pattern(names), trie_pattern(wires)
    def needs(rule):
        value = rule.get("needs") or ()
        return (value,) if isinstance(value, str) else tuple(value)

    self_ref = tuple((needs(r), re.compile(r["pattern"].replace("{outlet}", f"(?P<outlet>{outlet_alt})")
                                                  .replace("{domain}", r"(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)+)"), re.MULTILINE))
                     for r in out.get("self_reference", []))
    wire_credit = tuple((needs(r), re.compile(r["pattern"].replace("{wire}", wire_alt), re.MULTILINE))
                        for r in out.get("wire_credit", []))
    media = out.get("media_name") or r"(?!)"
    unlisted = tuple((needs(r), re.compile(r["pattern"].replace("{media}", f"(?P<media>{media})"), re.MULTILINE))
                     for r in out.get("unlisted_reference", []))
    return Rules(line_rules, line_screen, guarded, tuple(i for i in guarded if not line_rules[i][4]), literals,
                 block_rules, self_ref, wire_credit, names, wires, domains, unlisted)


def _search_lines(pattern: re.Pattern, needs: tuple, raw: str) -> Iterator[re.Match]:
    """Matches of `pattern` in the whole text, or, when it `needs` literals, only in the lines holding one."""
    if not needs:
        yield from pattern.finditer(raw)
        return
    starts, holding = _lines_holding(raw, needs)
    for i in sorted(holding):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(raw)
        yield from pattern.finditer(raw, starts[i], end)


def _lines_holding(text: str, literals: Iterable[str]) -> tuple[list[int], dict[int, set[str]]]:
    """(start offset of every line, line number -> the literals it holds); str.find per literal is
    several times faster than one regex of them all. No line offsets are computed when none is found."""
    found = []
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            found.append((at, literal))
            at = text.find(literal, at + 1)
    if not found:
        return [], {}
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    holding: dict[int, set[str]] = defaultdict(set)
    for at, literal in found:
        holding[bisect.bisect_right(starts, at) - 1].add(literal)
    return starts, holding

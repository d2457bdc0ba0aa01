"""Which of the casualty rules a sentence asks: each rule's gate is a tuple of word sets, one word of each set must be
among the sentence's words; a rule with `needs_count` is asked only where the sentence holds a count.

``rules.RULES`` is the ordered list; ``GateIndex(RULES)`` indexes it by the words of each rule's first gate set, so a
sentence's words pick their candidate rules without scanning every rule (``rules.rules_for`` is its bound method;
``rules.rules_for_scan``, the plain scan, is the reference the tests compare it with).

>>> from presslens.casualties.rule_record import Rule
>>> a = Rule("a", (frozenset({"killed"}),), print)
>>> b = Rule("b", (frozenset({"and"}), frozenset({"in"})), print, False, True)
>>> index = GateIndex((a, b))
>>> [r.name for r in index.rules_for({"killed", "and", "in"})], [r.name for r in index.rules_for({"and", "in"}, False)]
(['a', 'b'], [])
"""
from __future__ import annotations

from .rule_record import Rule


def _index(rules: tuple[Rule, ...], counted: bool) -> dict[str, tuple[int, ...]]:
    """Each word of a rule's first gate set -> the positions in `rules` of the rules whose first gate holds it (with
    `counted=False`, only of the rules without `needs_count`)."""
    index: dict[str, list[int]] = {}
    for i, r in enumerate(rules):
        if counted or not r.needs_count:
            for w in r.gate[0]:
                index.setdefault(w, []).append(i)
    return {w: tuple(ix) for w, ix in index.items()}


class GateIndex:
    """The rules of `rules` a sentence's words open, by an index of first-gate words (one per count/no count)."""

    __slots__ = ("rules", "any_gate", "by_word", "any_gate_uncounted", "by_word_uncounted")

    def __init__(self, rules: tuple[Rule, ...]):
        self.rules = rules
        self.any_gate = frozenset().union(*(r.gate[0] for r in rules))
        self.by_word = _index(rules, True)
        self.any_gate_uncounted = frozenset().union(*(r.gate[0] for r in rules if not r.needs_count))
        self.by_word_uncounted = _index(rules, False)

    def rules_for(self, words: set[str], counted: bool = True) -> list[Rule]:
        """The rules whose gates the sentence's (lower-case) words pass, in the rules' order; `counted=False` (the
        sentence holds no count) leaves out the rules with `needs_count`. The candidates come from the index of
        first-gate words; their other gate sets are then tested."""
        if counted:
            hits = self.any_gate.intersection(words)
            by_word = self.by_word
        else:
            hits = self.any_gate_uncounted.intersection(words)
            by_word = self.by_word_uncounted
        if not hits:
            return []
        if len(hits) == 1:
            (w,) = hits
            candidates = by_word[w]
        else:
            candidates = sorted({i for w in hits for i in by_word[w]})
        rules = self.rules
        out = []
        for i in candidates:
            r = rules[i]
            for g in r.gate[1:]:
                if g.isdisjoint(words):
                    break
            else:
                out.append(r)
        return out


def rules_by_scan(rules: tuple[Rule, ...], words: set[str], counted: bool = True) -> list[Rule]:
    """`GateIndex.rules_for` by the plain scan of every rule's every gate (the index's reference)."""
    out = []
    for r in rules:
        if r.needs_count and not counted:
            continue
        for g in r.gate:
            if g.isdisjoint(words):
                break
        else:
            out.append(r)
    return out

"""Small helpers shared by every stage: typed tables (each table's dtypes in one mapping), union-find, trie regexes."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import pandas as pd


def make_table(records: Iterable[Mapping], schema: Mapping[str, str]) -> pd.DataFrame:
    """Records (dicts, or tuples in the schema's column order) -> DataFrame with exactly the schema's
    columns, in order, with its dtypes.

    >>> make_table([{"a": 1}], {"a": "Int64", "b": "string"}).dtypes.astype(str).tolist()
    ['Int64', 'string']
    """
    frame = pd.DataFrame.from_records(list(records), columns=list(schema))
    return frame.astype(dict(schema)) if len(schema) else frame


class DisjointSet:
    """Union-find over 0..n-1 with path halving: which items end up in one group.

    >>> d = DisjointSet(4); d.union(0, 2); d.union(2, 3); [d.find(i) for i in range(4)]
    [0, 1, 0, 0]
    """

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def trie_pattern(words, *, space: str = " ") -> str:
    """A regex matching any of `words` (longest first), as a character trie: Python's `re` tries the
    branches of a flat alternation one by one at every position, a trie only follows the matching prefix.

    >>> re.fullmatch(trie_pattern({"said", "say", "called on"}), "called on") is not None
    True
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [(space if ch == " " else re.escape(ch)) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(trie)

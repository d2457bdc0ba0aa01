"""One helper that turns extracted records into a typed table, so every table's dtypes live in one mapping."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd


def make_table(records: Iterable[Mapping], schema: Mapping[str, str]) -> pd.DataFrame:
    """Records (dicts) -> DataFrame with exactly the schema's columns, in order, with its dtypes.

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

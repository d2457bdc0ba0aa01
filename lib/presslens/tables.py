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

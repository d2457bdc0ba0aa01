"""Attributed statements (direct, indirect, mixed) with speaker, side and evidence span.  [issue #3]"""
from __future__ import annotations

import pandas as pd

QUOTE_COLUMNS = {
    "quote_id": "string", "article_id": "string", "speaker": "string", "speaker_id": "string",
    "speaker_side": "string", "speaker_role": "string", "kind": "string", "cue": "string",
    "cue_type": "string", "text": "string", "start": "Int64", "end": "Int64",
    "speaker_start": "Int64", "speaker_end": "Int64", "anonymous": "boolean",
}


def extract_quotes(corpus, *, actors=None) -> pd.DataFrame:
    """Corpus -> one row per attributed statement (QUOTE_COLUMNS)."""
    raise NotImplementedError("quote extraction: issue #3")

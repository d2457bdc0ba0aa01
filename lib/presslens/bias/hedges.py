"""Verification phrases (`could not be independently verified`, ...) found in the texts, with their voice."""

from __future__ import annotations

import pandas as pd

from .lexicon import _hits, load_lexicons
from .voice import _quote_spans, _texts, _voice_of
from .labels import _table


# --------------------------------------------------------------------------- verification

def find_verification(corpus, quotes: pd.DataFrame | None = None, *, lexicons=None, _spans=None) -> pd.DataFrame:
    """Corpus -> one row per verification phrase ("not possible to confirm" ...), with kind and voice.

    The phrases are the hedges.yaml cues with a `verification` kind; overlapping cues count once (the
    longest); a `negated` cue counts only after a negator in its sentence ("Neither account could be
    independently verified").
    """
    lex = load_lexicons(lexicons)
    spans = _spans if _spans is not None else _quote_spans(corpus, quotes)
    rows = []
    for aid, text in _texts(corpus):
        taken = []
        for kind, pat, negated in lex.verification:
            for m in _hits(pat, text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue  # one phrase, one count
                if negated and not lex.negator.search(text, _sentence_start(text, m.start()), m.start()):
                    continue
                taken.append((m.start(), m.end()))
                voice, qid, _ = _voice_of(m.start(), spans.get(aid, []))
                rows.append(dict(article_id=aid, kind=kind, start=m.start(), end=m.end(),
                                 text=m.group(0), voice=voice, quote_id=qid))
    schema = {"article_id": "string", "kind": "string", "start": "Int64", "end": "Int64", "text": "string",
              "voice": "string", "quote_id": "string"}
    return _table(rows, schema).sort_values(["article_id", "start"], ignore_index=True)


def _sentence_start(text: str, pos: int) -> int:
    """Offset just after the last sentence end (. ! ? or newline) before `pos`."""
    return max((text.rfind(ch, 0, pos) for ch in ".!?\n"), default=-1) + 1

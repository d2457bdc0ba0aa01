"""Names used for a side (labels and descriptors), found in the texts with the voice they are in."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .lexicon import Lexicons, _SPACE, _hits, load_lexicons
from .voice import _quote_spans, _texts, _voice_of


LABEL_COLUMNS = {
    "article_id": "string", "side": "string", "label": "string", "kind": "string", "start": "Int64",
    "end": "Int64", "text": "string", "voice": "string", "quote_id": "string", "quote_kind": "string",
}


# --------------------------------------------------------------------------- labels

_CONTEXT: dict[int, tuple] = {}


def _context_patterns(lex: Lexicons) -> tuple:
    """Compiled head-noun and modifier patterns of a lexicon (cached per Lexicons object)."""
    hit = _CONTEXT.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    heads = "|".join(f"(?P<h{i}>{p})" for i, p in enumerate(lex.heads.values()))
    head_names = list(lex.heads)
    mods = "|".join(lex.modifiers.values())
    head_after = re.compile(rf"(?:['’]s)?{_SPACE}(?:{heads})(?!\w)", re.IGNORECASE) if heads else None
    head_before = re.compile(
        rf"(?<![\w-])(?:{heads}){_SPACE}(?:from|of){_SPACE}(?:the{_SPACE})?"
        rf"(?:(?:{mods}){_SPACE}[\"'“‘]?)?$", re.IGNORECASE) if heads else None
    # a modifier counts only right before a side's label, with at most two Capitalised words between
    mod_before = re.compile(
        rf"(?<![\w-])(?P<mod>(?i:{mods})){_SPACE}[\"'“‘]?(?:[A-Z][\w-]*{_SPACE}){{0,2}}[\"'“‘]?$") if mods else None
    mod_pats = [(n, re.compile(rf"^(?:{p})$", re.IGNORECASE)) for n, p in lex.modifiers.items()]
    result = (head_names, head_after, head_before, mod_before, mod_pats)
    _CONTEXT[id(lex)] = (lex, result)
    return result


def _match_labels(text: str, lex: Lexicons) -> list[dict]:
    """Non-overlapping label matches in one text (longest wins), extended by head nouns, plus modifiers."""
    cands = []  # (start, end, priority, side, label, kind)
    for prio, lab in enumerate(lex.labels):
        for pat in lab.patterns:
            for m in _hits(pat, text):
                cands.append((m.start(), m.end(), prio, lab.side, lab.label, lab.kind))
    for pat in lex.ignore:
        for m in _hits(pat, text):
            cands.append((m.start(), m.end(), -1, None, None, None))
    # longest first, then ignore-entries, then lexicon order
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken = np.zeros(len(text) + 1, dtype=bool)
    kept = []
    for c in cands:
        if not taken[c[0]:c[1]].any():
            taken[c[0]:c[1]] = True
            if c[3] is not None:
                kept.append(c)
    kept.sort()
    head_names, head_after, head_before, mod_before, mod_pats = _context_patterns(lex)
    rows = []
    for start, end, _, side, label, kind in kept:
        head, name_start = None, start
        if head_after is not None:
            m = head_after.match(text, end)
            if m and not taken[m.start():m.end()].any():
                head = head_names[int(next(k for k, v in m.groupdict().items() if v)[1:])]
                end = m.end()
                taken[m.start():m.end()] = True
            else:
                b = head_before.search(text, max(0, start - 80), start)
                if b and b.end() == start and not taken[b.start():b.end()].any():
                    head = head_names[int(next(k for k, v in b.groupdict().items() if v)[1:])]
                    start = b.start()
        out_label = head if (head and kind == "name") else label
        rows.append(dict(start=start, end=end, side=side, label=out_label, kind=kind, text=text[start:end]))
        m = mod_before.search(text, max(0, name_start - 80), name_start) if mod_before is not None else None
        if m:
            word = m.group("mod")
            mname = next((n for n, p in mod_pats if p.match(word)), word)
            rows.append(dict(start=m.start("mod"), end=m.end("mod"), side=side, label=mname, kind="modifier",
                             text=word))
    return rows


def find_labels(corpus, quotes: pd.DataFrame | None = None, *, lexicons=None, _spans=None) -> pd.DataFrame:
    """Corpus (+ quote table) -> one row per name used for a side (LABEL_COLUMNS), with its voice.

    `voice` is "quoted" when the label starts inside a quote row's [start, end) span or inside
    quotation marks, else "article" (the outlet's own voice).
    """
    lex = load_lexicons(lexicons)
    spans = _spans if _spans is not None else _quote_spans(corpus, quotes)
    rows = []
    for aid, text in _texts(corpus):
        for r in _match_labels(text, lex):
            voice, qid, qkind = _voice_of(r["start"], spans.get(aid, []))
            rows.append({**r, "article_id": aid, "voice": voice, "quote_id": qid, "quote_kind": qkind})
    return _table(rows, LABEL_COLUMNS)


def _table(rows: list[dict], schema: dict[str, str]) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(rows, columns=list(schema))
    return frame.astype(schema).reset_index(drop=True)

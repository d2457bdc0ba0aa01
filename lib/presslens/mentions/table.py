"""The mention table of an article: every person, body, acronym, document, role and pronoun mention with
its span, linked into entities by resolving them in text order on the article's mention layer (a pronoun's
antecedent is the entity resolved last before it, a surname's the fullest name, an acronym's its expansion).

    >>> rows = mentions_for_article("a.txt", "Governor Amina Bello visited Gwoza. Bello said she would return.")
    >>> [(r["text"], r["type"], r["entity"]) for r in rows]
    [('Governor Amina Bello', 'person', 'Amina Bello'), ('Bello', 'name', 'Amina Bello'), ('she', 'pronoun', 'Amina Bello')]
"""
from __future__ import annotations

import re

import pandas as pd

from ..actors import Actors, fold
from .layer import ArticleMentions
from .lexicon import ORG_WORDS, PRONOUNS, ROLE_WORDS, _LEAD_FUNCTION, _find_cues
from .names import _full_name, _name_runs
from .rules import DOCUMENT_WORDS

MENTION_COLUMNS = {
    "mention_id": "string", "article_id": "string", "start": "Int64", "end": "Int64", "text": "string",
    "type": "string", "entity": "string", "entity_kind": "string", "side": "string", "role": "string",
    "anonymous": "boolean",
}

#: pronouns that stand for a person or a body
_RX_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Tt]hey|[Tt]hem|[Ii]t)\b")
#: a document or event with its determiner: 'the statement', "the ministry's latest report", 'a video'
_RX_DOCUMENT = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’\-]+\s+){0,2}?"
                          r"(?:" + DOCUMENT_WORDS + r")\b")
#: a role with its determiner: 'the governor', "the province's governor", 'the army spokesman'
_RX_ROLE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w\-]*['’]s\s+)?(?:[a-z][\w\-]*\s+)?(?:" + "|".join(sorted(ROLE_WORDS)) + r")\b")
_RX_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{1,7}\b")


#: capitalised words that open a sentence and are no name
_NOT_NAMES = frozenset(PRONOUNS) | frozenset(("the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
                                              "their", "our", "there", "according")) | _LEAD_FUNCTION
_RX_RUN_BREAK = re.compile(r"(?<=\w\w\w)\.\s+")


def _runs(text: str) -> list[tuple[int, int]]:
    """Spans of the capitalised name runs, cut at sentence ends ('Gwoza. Bello' -> 'Gwoza', 'Bello')."""
    out = []
    for mt in _name_runs(text):
        a = mt.start()
        for br in _RX_RUN_BREAK.finditer(text, mt.start(), mt.end()):
            out.append((a, br.start()))
            a = br.end()
        out.append((a, mt.end()))
    return [(a, b) for a, b in out if b > a]


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of the mention candidates, in text order, without overlaps (the longest first)."""
    found: list[tuple[int, int, str]] = []
    for a, b in _runs(text):
        run = text[a:b]
        toks = run.split()
        if len(toks) >= 2 and (_full_name(run) or any(fold(t) in ORG_WORDS for t in toks)):
            found.append((a, b, "person" if _full_name(run) else "organisation"))
        elif len(toks) == 1 and not run.isupper() and fold(run) not in _NOT_NAMES:
            found.append((a, b, "name"))        # a surname or a one-word body
    found += [(m.start(), m.end(), "acronym") for m in _RX_ACRONYM.finditer(text)]
    found += [(m.start(), m.end(), "document") for m in _RX_DOCUMENT.finditer(text)]
    found += [(m.start(), m.end(), "role") for m in _RX_ROLE.finditer(text)]
    found += [(m.start(), m.end(), "pronoun") for m in _RX_PRONOUN.finditer(text)
              if m.group(0).lower() != "it" or _find_cues(text[m.end():m.end() + 25])]   # not 'it was calm' 
    found.sort(key=lambda c: (c[0], -c[1]))
    out: list[tuple[int, int, str]] = []
    for c in found:
        if out and c[0] < out[-1][1]:
            continue        # inside a longer mention
        out.append(c)
    return out


def mentions_for_article(article_id: str, text: str, *, actors: Actors | None = None) -> list[dict]:
    """One article's text -> its mention rows (MENTION_COLUMNS), each resolved to its entity."""
    view = actors.for_article(article_id, text) if actors is not None else None
    layer = ArticleMentions(text, view)
    rows: list[dict] = []
    for start, end, kind in _candidates(text):
        ent = layer.resolve(text[start:end], start, end)
        if ent is None or (kind == "name" and ent.name == text[start:end] and ent.kind != "person"
                           and (view is None or view.lookup(ent.name) is None)):
            continue        # a capitalised word that names no one the article knows (a place, a month)
        rows.append({"mention_id": f"{article_id}#m{len(rows):03d}", "article_id": article_id, "start": start,
                     "end": end, "text": text[start:end], "type": kind, "entity": ent.name,
                     "entity_kind": ent.kind, "side": ent.side or "unknown", "role": ent.role,
                     "anonymous": ent.anonymous})
    return rows


def extract_mentions(corpus, *, actors: Actors | None = None) -> pd.DataFrame:
    """Corpus (`articles`: article_id, text) -> one row per mention (MENTION_COLUMNS)."""
    rows: list[dict] = []
    for aid, text in zip(corpus.articles["article_id"].tolist(), corpus.articles["text"].tolist()):
        rows.extend(mentions_for_article(str(aid), text if isinstance(text, str) else "", actors=actors))
    return pd.DataFrame({c: pd.array([r[c] for r in rows], dtype=t) for c, t in MENTION_COLUMNS.items()})

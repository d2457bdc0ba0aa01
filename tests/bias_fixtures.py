"""Hand-made corpora and quote/claim tables for the bias and chart tests (no dependence on presslens.corpus)."""
from __future__ import annotations

import re
from types import SimpleNamespace

import pandas as pd

from presslens.casualties import CLAIM_COLUMNS
from presslens.quotes import QUOTE_COLUMNS
from presslens.tables import make_table

_SENT = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“‘])")


def make_corpus(articles: list[dict], *, removed: list[dict] = (), wire_groups: dict | None = None):
    """[{article_id, outlet, text, wire?}] -> an object with the Corpus DataFrames (one paragraph per line)."""
    arts, paras, sents = [], [], []
    for a in articles:
        text = a["text"]
        arts.append(dict(article_id=a["article_id"], path=a["article_id"], outlet=a.get("outlet"),
                         outlet_source="manifest", published=pd.Timestamp(a.get("published", "2021-09-01")),
                         date_source="manifest", headline=text.split("\n")[0], text=text,
                         n_words=len(text.split()), n_paragraphs=0, wire=a.get("wire")))
        pos, n_para = 0, 0
        for line in text.split("\n"):
            if line.strip():
                group = (wire_groups or {}).get((a["article_id"], n_para))
                paras.append(dict(article_id=a["article_id"], para_idx=n_para, start=pos, end=pos + len(line),
                                  text=line, kind="body", wire_group=group))
                s0 = 0
                for k, piece in enumerate(_split(line)):
                    i = line.index(piece, s0)
                    sents.append(dict(article_id=a["article_id"], para_idx=n_para, sent_idx=k, start=pos + i,
                                      end=pos + i + len(piece), text=piece))
                    s0 = i + len(piece)
                n_para += 1
            pos += len(line) + 1
        arts[-1]["n_paragraphs"] = n_para
    return SimpleNamespace(
        articles=pd.DataFrame(arts, columns=[
            "article_id", "path", "outlet", "outlet_source", "published", "date_source", "headline", "text",
            "n_words", "n_paragraphs", "wire"]), paragraphs=pd.DataFrame(paras, columns=[
            "article_id", "para_idx", "start", "end", "text", "kind", "wire_group"]),
        sentences=pd.DataFrame(sents, columns=["article_id", "para_idx", "sent_idx", "start", "end", "text"]),
        removed=pd.DataFrame(list(removed), columns=["article_id", "line", "rule", "kind"]),
        ingest_log=pd.DataFrame(columns=["path", "status", "reason"]))


def _split(line: str) -> list[str]:
    out, last = [], 0
    for m in _SENT.finditer(line):
        cut = m.start() + len(m.group(0).rstrip()) - len(m.group(0).lstrip()) if False else m.start()
        piece = line[last:m.end()].rstrip()
        out.append(piece)
        last = m.end()
    out.append(line[last:])
    return [p for p in out if p.strip()]


def quote(corpus, article_id: str, content: str, *, speaker: str, side: str, kind: str = "direct",
          cue: str = "said", cue_type: str | None = None, anonymous: bool = False, n: int = 0) -> dict:
    """One QUOTE_COLUMNS row whose span is the n-th occurrence of `content` in the article's text."""
    text = corpus.articles.set_index("article_id").loc[article_id, "text"]
    start = -1
    for _ in range(n + 1):
        start = text.index(content, start + 1)
    return dict(quote_id=f"{article_id}:{start}", article_id=article_id, speaker=speaker, speaker_id=None,
                speaker_side=side, speaker_role=None, kind=kind, cue=cue, cue_type=cue_type, text=content,
                start=start, end=start + len(content), speaker_start=None, speaker_end=None, anonymous=anonymous)


def quotes_table(rows: list[dict]) -> pd.DataFrame:
    return make_table(rows, QUOTE_COLUMNS)


def claim(article_id: str, *, claimant_side: str | None, victim_side: str, hedged: bool, low: int = 1,
          category: str = "killed") -> dict:
    return dict(claim_id=f"{article_id}:{claimant_side}:{victim_side}:{low}", article_id=article_id,
                category=category, low=low, high=low, victim_side=victim_side, claimant_side=claimant_side,
                hedged=hedged, text="x")


def claims_table(rows: list[dict]) -> pd.DataFrame:
    return make_table(rows, CLAIM_COLUMNS)


def seeds_like(path) -> object:
    """The seed .txt files as a hand-made corpus (no boilerplate removal), for tests that run before presslens.corpus."""
    from pathlib import Path
    arts = []
    for f in sorted(Path(path).glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        if text.startswith(" date "):
            text = text[len(" date 2021-09-01 "):]
        arts.append(dict(article_id=f.stem, outlet=None, text=text))
    return make_corpus(arts)

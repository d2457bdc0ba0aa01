"""The corpus tables: their columns and dtypes, and `Corpus`, the five tables of one load."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd


# ---------------------------------------------------------------------------------------------
# Table schemas: one mapping per table, applied in one place (make_table).

ARTICLE_COLUMNS = {
    "article_id": "string", "path": "string", "outlet": "string", "outlet_source": "string",
    "published": "datetime64[s]", "date_source": "string", "headline": "string", "text": "string",
    "n_words": "Int64", "n_paragraphs": "Int64", "wire": "string", "url": "string",
}
PARAGRAPH_COLUMNS = {
    "article_id": "string", "para_idx": "Int64", "start": "Int64", "end": "Int64", "text": "string",
    "kind": "string", "wire_group": "string",
}
SENTENCE_COLUMNS = {
    "article_id": "string", "para_idx": "Int64", "sent_idx": "Int64", "start": "Int64", "end": "Int64",
    "text": "string",
}
REMOVED_COLUMNS = {"article_id": "string", "line_no": "Int64", "line": "string", "rule": "string", "kind": "string"}
INGEST_COLUMNS = {"path": "string", "article_id": "string", "status": "string", "reason": "string"}


PARAGRAPH_SEP = "\n\n"


# ---------------------------------------------------------------------------------------------
# The Corpus: five tables and the ways to save and reload them.

@dataclass
class Corpus:
    """Five tables joined by `article_id`: articles, paragraphs, sentences, removed, ingest_log."""

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    removed: pd.DataFrame
    ingest_log: pd.DataFrame
    source: str = ""

    TABLES = ("articles", "paragraphs", "sentences", "removed", "ingest_log")

    def to_dir(self, out: str | os.PathLike, *, csv: bool = False) -> list[Path]:
        """Write each table as OUT/<table>.parquet (and .csv with csv=True); return the paths written."""
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name in self.TABLES:
            frame = getattr(self, name)
            frame.to_parquet(out / f"{name}.parquet", index=False)
            written.append(out / f"{name}.parquet")
            if csv:
                frame.to_csv(out / f"{name}.csv", index=False)
                written.append(out / f"{name}.csv")
        return written

    @classmethod
    def from_dir(cls, folder: str | os.PathLike) -> "Corpus":
        """Read the tables written by `to_dir`."""
        folder = Path(folder)
        schemas = dict(zip(cls.TABLES, (ARTICLE_COLUMNS, PARAGRAPH_COLUMNS, SENTENCE_COLUMNS,
                                        REMOVED_COLUMNS, INGEST_COLUMNS)))
        tables = {name: pd.read_parquet(folder / f"{name}.parquet").astype(schemas[name]) for name in cls.TABLES}
        return cls(**tables, source=str(folder))

    def text_of(self, article_id: str) -> str:
        """The clean text of one article (spans in every table index into it)."""
        return self.articles.set_index("article_id").at[article_id, "text"]

    def summary(self) -> str:
        """A one-screen plain-text summary: articles per outlet, dates, wire, problems."""
        a, log = self.articles, self.ingest_log
        lines = [f"corpus: {self.source}",
                 f"{len(a)} articles, {len(self.paragraphs)} paragraphs, {len(self.sentences)} sentences, "
                 f"{int(a['n_words'].sum()) if len(a) else 0} words; {len(self.removed)} boilerplate lines removed"]
        if len(a):
            per = a.assign(outlet=a["outlet"].fillna("(unknown)")).groupby("outlet", dropna=False).agg(
                articles=("article_id", "size"), first=("published", "min"), last=("published", "max"),
                words=("n_words", "sum"))
            per["first"] = per["first"].dt.strftime("%Y-%m-%d").fillna("?")
            per["last"] = per["last"].dt.strftime("%Y-%m-%d").fillna("?")
            lines += ["", per.to_string()]
            wired = a["wire"].notna().sum()
            shared = self.paragraphs["wire_group"].notna().sum()
            lines += ["", f"wire credited in {wired} articles; {shared} paragraphs shared with another article"]
        problems = log[log["status"] != "ok"]
        lines += ["", f"inputs: {len(log)} ({(log['status'] == 'ok').sum()} ok, "
                  f"{(log['status'] == 'warning').sum()} warnings, {(log['status'] == 'rejected').sum()} rejected)"]
        for row in problems.itertuples():
            lines.append(f"  {row.status}: {row.path}: {row.reason}")
        return "\n".join(lines)

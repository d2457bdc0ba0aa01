"""Views of notebook 04 (source bias): rows with their article, the label lexicon, the measures as a
reader names them, and the checks the notebook asserts."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .frames import _lookup, _outlets


# ----------------------------------------------------------------------------------------- 04 bias

def with_article(frame: pd.DataFrame, corpus) -> pd.DataFrame:
    """Rows keyed by article_id -> the same rows led by the article's outlet, date and headline (ids kept last)."""
    arts = corpus.articles.set_index("article_id")
    ids = frame["article_id"].astype(str)
    heads = {a: (h if isinstance(h, str) and h.strip() else "(no headline) " + " ".join(str(t).split()[:10]) + "…")
             for a, h, t in zip(arts.index.astype(str), arts["headline"], arts["text"])}
    lead = pd.DataFrame({"outlet": _lookup(ids, _outlets(corpus)),
                         "published": pd.to_datetime(_lookup(ids, arts["published"]), errors="coerce"),
                         "headline": _lookup(ids, pd.Series(heads))}, index=frame.index)
    rest = frame.drop(columns=[c for c in ("outlet",) if c in frame.columns])
    return pd.concat([lead, rest], axis=1)


def label_lexicon(lexicon) -> pd.DataFrame:
    """A label lexicon (presslens.bias) -> one row per side: its proper names and its descriptive labels."""
    rows = []
    for side in lexicon.side_names:
        labels = [lab for lab in lexicon.labels if lab.side == side]
        rows.append({"side": side, "names": ", ".join(lab.label for lab in labels if lab.kind == "name"),
                     "descriptors": ", ".join(lab.label for lab in labels if lab.kind != "name")})
    return pd.DataFrame(rows, columns=["side", "names", "descriptors"])


_COUNT_UNITS = {"statements", "claims", "paragraphs", "lines"}
#: the bias measures as a reader names them
MEASURE_NAMES = {"voice": "statements by speaker side", "claims_claimant": "claims by claimant side",
                 "claims_victim": "claims by victim side", "cue_type": "attribution verbs", "quote_kind": "kind of quote",
                 "anonymous": "unnamed sources", "hedged_claims": "hedged claims", "verification": "verification phrases",
                 "label_article": "labels, own voice", "label_quoted": "labels, quoted", "wire": "wire copy",
                 "nonnews": "non-news lines", "tone": "tone"}


def measures_view(table: pd.DataFrame) -> pd.DataFrame:
    """bias.measures -> what a reader reads: outlet, measure, side, item, count, base, the rate in its unit
    (a share as a percentage, per 1,000 words, a mean tone score) and its 95% interval, and the small-base flag."""
    def fmt(v, unit):
        if v is None or pd.isna(v):
            return None
        if unit in _COUNT_UNITS:
            return f"{100 * v:.1f}%".replace(".0%", "%")
        if unit == "words":
            return f"{v:.2f} per 1,000 words"
        return f"{v:+.2f}"
    rows = table.assign(
        rate_text=[fmt(r, u) for r, u in zip(table["rate"], table["unit"])],
        interval=[None if pd.isna(lo) or pd.isna(hi) else f"{fmt(lo, u)} to {fmt(hi, u)}"
                  for lo, hi, u in zip(table["lo"], table["hi"], table["unit"])])
    out = rows[["outlet", "measure", "side", "item", "n", "den", "unit", "rate_text", "interval", "low_count"]].copy()
    out["measure"] = out["measure"].map(lambda m: MEASURE_NAMES.get(m, str(m).replace("_", " ")))
    out["item"] = out["item"].map(lambda v: v.replace("_", " ") if isinstance(v, str) else v)
    return out.rename(columns={"rate_text": "rate", "interval": "95% interval", "den": "base", "n": "count"})


def spans_inside(rows: pd.DataFrame, corpus) -> bool:
    """True when every row's [start, end) span lies inside its article's text."""
    lengths = corpus.articles.set_index("article_id")["text"].str.len()
    n = pd.to_numeric(_lookup(rows["article_id"], lengths))
    start, end = pd.to_numeric(rows["start"]), pd.to_numeric(rows["end"])
    return bool(((start >= 0) & (start <= end) & (end <= n)).all())


def sides_in(frame: pd.DataFrame, columns: Iterable[str]) -> set[str]:
    """The side labels used in some columns (for checks against the registry's labels)."""
    out: set[str] = set()
    for col in columns:
        out |= set(frame[col].dropna().astype(str))
    return out


def removed_not_in_text(corpus) -> bool:
    """True when no removed line survives as a whole paragraph of its article's clean text."""
    if corpus.removed.empty:
        return True
    kept = set(zip(corpus.paragraphs["article_id"], corpus.paragraphs["text"].astype(str).str.strip()))
    return not any((aid, str(line).strip()) in kept for aid, line in zip(corpus.removed["article_id"],
                                                                          corpus.removed["line"]))

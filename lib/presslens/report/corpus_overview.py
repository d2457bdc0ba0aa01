"""Views of notebook 01 (corpus overview): outlets, articles, dates, lengths, wire groups, ingest and removed lines."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .frames import _fill, _lookup, _outlets
from .figures import _empty, _finish


# ----------------------------------------------------------------------------------------- 01 corpus

def outlet_overview(corpus) -> pd.DataFrame:
    """Corpus -> one row per outlet: articles, words, first and last date, wire-credited articles, wire paragraphs."""
    arts = corpus.articles.assign(outlet=lambda d: _fill(d["outlet"]),
                                  published=lambda d: pd.to_datetime(d["published"], errors="coerce"))
    paras = corpus.paragraphs.assign(outlet=lambda d: _lookup(d["article_id"], _outlets(corpus)),
                                     shared=lambda d: d["wire_group"].notna())
    out = arts.groupby("outlet").agg(articles=("article_id", "size"), words=("n_words", "sum"),
                                     median_words=("n_words", "median"), first=("published", "min"),
                                     last=("published", "max"),
                                     wire_credited=("wire", lambda s: int(s.notna().sum())))
    p = paras.groupby("outlet").agg(paragraphs=("para_idx", "size"), shared_paragraphs=("shared", "sum"))
    out = out.join(p, how="left").fillna({"paragraphs": 0, "shared_paragraphs": 0})
    out["wire_share"] = (out["shared_paragraphs"] / out["paragraphs"].where(out["paragraphs"] > 0)).round(3)
    for col in ("first", "last"):
        out[col] = out[col].dt.date
    return out.astype({"paragraphs": "int64", "shared_paragraphs": "int64"}).sort_values(
        "articles", ascending=False)


def articles_table(corpus) -> pd.DataFrame:
    """Corpus -> one row per article: id, outlet, date, headline, words, wire, and where outlet/date came from."""
    cols = ["article_id", "outlet", "outlet_source", "published", "date_source", "headline", "n_words",
            "n_paragraphs", "wire"]
    arts = corpus.articles[[c for c in cols if c in corpus.articles.columns]].copy()
    arts["published"] = pd.to_datetime(arts["published"], errors="coerce").dt.date
    return arts.sort_values(["published", "article_id"], na_position="last").reset_index(drop=True)


#: the date chart keeps one bar per day up to this many days, then bars per week, then per month
DATE_BARS = 60
#: the date chart's outlets: the largest ones, the rest as "other outlets"
DATE_OUTLETS = 10


def chart_articles_by_date(corpus=None, *, counts: pd.DataFrame | None = None):
    """Articles per publication date, stacked by outlet: one bar per day, or per week / month when there are more
    than DATE_BARS days, and the DATE_OUTLETS - 1 largest outlets with the rest as "other outlets".
    `counts` (day, outlet, articles: presslens.queries.articles_by_date) stands for the corpus."""
    if counts is None:
        arts = corpus.articles.assign(outlet=lambda d: _fill(d["outlet"]),
                                      day=lambda d: pd.to_datetime(d["published"], errors="coerce").dt.date)
        counts = arts.groupby(["day", "outlet"], dropna=False).size().rename("articles").reset_index()
    n = int(counts["articles"].sum())
    title = f"Articles by outlet and date (n={n} articles)"
    if not n:
        return _empty(title)
    day = pd.to_datetime(pd.Series(counts["day"].to_numpy(), dtype="object"), errors="coerce")
    unit, bars = "date", day.dt.date.astype(str)
    if day.nunique() > DATE_BARS:
        span = (day.max() - day.min()).days
        if span <= 7 * DATE_BARS:
            unit, bars = "week", (day - pd.to_timedelta(day.dt.weekday, unit="D")).dt.strftime("%Y-%m-%d")
        else:
            unit, bars = "month", day.dt.strftime("%Y-%m")
    bars = bars.where(day.notna(), "no date")
    table = pd.crosstab(bars.to_numpy(), counts["outlet"].to_numpy(), values=counts["articles"].to_numpy(),
                        aggfunc="sum").fillna(0).astype(int)
    if table.shape[1] > DATE_OUTLETS:
        top = table.sum().sort_values(ascending=False, kind="stable").index[:DATE_OUTLETS - 1]
        rest = table.drop(columns=top).sum(axis=1)
        table = table[sorted(top)].assign(**{f"other outlets ({table.shape[1] - len(top)})": rest})
    table.index.name, table.columns.name = None, None
    few = len(table) <= 8
    fig, ax = plt.subplots(figsize=(8, 3.2))
    table.plot.bar(stacked=True, ax=ax, width=0.7 if len(table) <= DATE_BARS // 2 else 0.9, colormap="tab20c",
                   edgecolor="white" if len(table) <= DATE_BARS // 2 else "none")
    ax.set_xlabel("publication date" if unit == "date"
                  else f"publication {unit} ({'week starting' if unit == 'week' else 'year-month'})")
    ax.set_ylabel("articles (count)")
    if few:
        ax.tick_params(axis="x", rotation=0)
    else:
        step = max(1, len(table) // 12)
        ax.set_xticks(range(0, len(table), step), [table.index[i] for i in range(0, len(table), step)],
                      rotation=45, ha="right")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(title="outlet", fontsize=8, frameon=False, bbox_to_anchor=(1, 1), loc="upper left")
    if unit != "date":
        per = table.sum(axis=1)
        fig.presslens_summary = (f"{n:,} articles in {len(table)} {unit}s, {table.index[0]} to {table.index[-1]}; "
                                 f"busiest {unit} {per.idxmax()} ({int(per.max()):,} articles)")
    return _finish(fig, ax, title)


def chart_words(corpus=None, *, bins: int | None = None, lengths: pd.DataFrame | None = None):
    """A histogram of article length in words (one bar per length band, so it scales to any corpus), the part of
    each band that is wire copy shared with another article darker. `lengths` (n_words, wire_share per article:
    presslens.queries.article_lengths) stands for the corpus."""
    if lengths is None:
        arts = corpus.articles
        paras = corpus.paragraphs.assign(n=lambda d: (d["end"] - d["start"]).clip(lower=0),
                                         shared=lambda d: d["wire_group"].notna())
        share = (paras[paras["shared"]].groupby("article_id")["n"].sum() /
                 paras.groupby("article_id")["n"].sum()).reindex(arts["article_id"]).fillna(0).to_numpy()
    else:
        arts, share = lengths, lengths["wire_share"].astype(float).fillna(0).to_numpy()
    n_words = int(arts["n_words"].sum()) if len(arts) else 0
    title = f"How long the articles are (n={len(arts):,} articles, {n_words:,} words)"
    if arts.empty:
        return _empty(title)
    words = arts["n_words"].astype(float).to_numpy()
    bins = bins or int(min(40, max(5, np.ceil(np.sqrt(len(words))) + 3)))
    edges = np.histogram_bin_edges(words, bins=bins)
    fig, ax = plt.subplots(figsize=(8, 3.2))
    ax.hist(words, bins=edges, color="#9fb8cf", edgecolor="white", label="articles (own copy)")
    ax.hist(words, bins=edges, weights=share, color="#4f6d8a", edgecolor="white",
            label="wire-shared part (articles' share of shared paragraphs)")
    ax.set_xlabel("article length (words)")
    ax.set_ylabel("articles (count)")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(frameon=False, fontsize=8)
    fig.presslens_summary = (f"Histogram of {len(words):,} articles by length: median {np.median(words):,.0f} words, "
                             f"shortest {words.min():,.0f}, longest {words.max():,.0f}")
    return _finish(fig, ax, title)


def wire_groups(corpus) -> pd.DataFrame:
    """Corpus -> one row per wire group: how many paragraphs, which outlets and articles, and the opening words."""
    paras = corpus.paragraphs[corpus.paragraphs["wire_group"].notna()]
    paras = paras.assign(outlet=_lookup(paras["article_id"], _outlets(corpus)))
    if paras.empty:
        return pd.DataFrame(columns=["wire_group", "paragraphs", "outlets", "articles", "text"])
    out = paras.groupby("wire_group").agg(paragraphs=("para_idx", "size"),
                                          outlets=("outlet", lambda s: ", ".join(sorted(set(s)))),
                                          articles=("article_id", lambda s: ", ".join(sorted(set(s)))),
                                          text=("text", lambda s: str(s.iloc[0])[:160]))
    return out.reset_index().sort_values(["paragraphs", "wire_group"], ascending=[False, True]).reset_index(drop=True)


def ingest_problems(corpus) -> pd.DataFrame:
    """Ingest-log rows that are not plain `ok`: warnings and rejected files, with the reason."""
    log = corpus.ingest_log
    return log[log["status"] != "ok"].reset_index(drop=True)


def removed_summary(corpus) -> pd.DataFrame:
    """Lines removed as boilerplate, counted per outlet and kind (or rule)."""
    removed = corpus.removed
    key = "kind" if "kind" in removed.columns and removed["kind"].notna().any() else "rule"
    if removed.empty:
        return pd.DataFrame(columns=["outlet"])
    frame = removed.assign(outlet=_lookup(removed["article_id"], _outlets(corpus)), key=_fill(removed[key]))
    table = pd.crosstab(frame["outlet"], frame["key"], margins=True, margins_name="total")
    table.columns.name = key
    return table


def removed_lines(corpus, *, max_chars: int = 140) -> pd.DataFrame:
    """Every removed line with its article, outlet and the rule that removed it (the audit trail)."""
    removed = corpus.removed.copy()
    removed.insert(1, "outlet", _lookup(removed["article_id"], _outlets(corpus)))
    removed["line"] = removed["line"].astype("object").map(lambda s: s if len(str(s)) <= max_chars
                                                           else str(s)[:max_chars - 1] + "…")
    return removed.reset_index(drop=True)

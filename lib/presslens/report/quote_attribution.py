"""Views of notebook 03 (quote attribution): voice by side, sides by outlet, top speakers, anonymous
sources, the quote table."""

from __future__ import annotations

import html

import matplotlib.ticker
import matplotlib.pyplot as plt
import pandas as pd

from .colours import KIND_COLOURS, side_colour
from .frames import _fill, _lookup, _outlets
from .escaping import highlight
from .figures import _empty, _finish
from .tables import Table, present
from .casualty_tallies import article_links


# ----------------------------------------------------------------------------------------- 03 quotes

def voice_by_side(quotes: pd.DataFrame) -> pd.DataFrame:
    """Statements per speaker side, split by kind (direct / indirect / mixed), with the share of all statements."""
    frame = quotes.assign(speaker_side=_fill(quotes["speaker_side"]), kind=_fill(quotes["kind"]))
    if frame.empty:
        return pd.DataFrame(columns=["statements", "share"])
    table = pd.crosstab(frame["speaker_side"], frame["kind"])
    table = table[[k for k in KIND_COLOURS if k in table.columns] + [k for k in table.columns if k not in KIND_COLOURS]]
    table["statements"] = table.sum(axis=1)
    table["share"] = (table["statements"] / table["statements"].sum()).round(3)
    table["speakers"] = frame.groupby("speaker_side")["speaker"].nunique()
    table["anonymous"] = frame.groupby("speaker_side")["anonymous"].sum().astype(int)
    return table.sort_values("statements", ascending=False)


def chart_voice_by_side(quotes: pd.DataFrame | None, *, actors=None, table: pd.DataFrame | None = None):
    """Statements per speaker side, solid = direct, lighter = indirect, lightest = mixed (one colour per side).
    `table` (voice_by_side's, e.g. from presslens.queries) stands for the quotes."""
    table = voice_by_side(quotes) if table is None else table
    n = len(quotes) if quotes is not None else int(table["statements"].sum()) if len(table) else 0
    title = f"Who speaks: statements by speaker side (n={n} statements)"
    if table.empty:
        return _empty(title)
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(table) + 1.2))
    left = pd.Series(0, index=table.index, dtype=float)
    for kind, alpha in (("direct", 1.0), ("indirect", 0.55), ("mixed", 0.3)):
        if kind in table.columns:
            ax.barh(table.index, table[kind], left=left, color=[side_colour(s, actors) for s in table.index], alpha=alpha,
                    label=kind, edgecolor="white")
            left += table[kind]
    ax.invert_yaxis()
    ax.set_xlabel("statements (count)")
    ax.set_ylabel("speaker side")
    ax.legend(title="kind of statement", frameon=False, fontsize=8)
    fig.presslens_summary = "Statements per side: " + ", ".join(f"{s} {int(n):,}" for s, n in table["statements"].items())
    return _finish(fig, ax, title)


def side_by_outlet(quotes: pd.DataFrame, corpus) -> pd.DataFrame:
    """Statements per outlet and speaker side (counts)."""
    frame = quotes.assign(outlet=_lookup(quotes["article_id"], _outlets(corpus)), speaker_side=_fill(quotes["speaker_side"]))
    if frame.empty:
        return pd.DataFrame()
    table = pd.crosstab(frame["outlet"], frame["speaker_side"], margins=True, margins_name="total")
    table.columns.name = "speaker side"
    return table


def chart_side_by_outlet(quotes: pd.DataFrame | None, corpus=None, *, actors=None, table: pd.DataFrame | None = None):
    """Share of each outlet's statements by speaker side (stacked to 100%), n per outlet in the label.
    `table` (side_by_outlet's, e.g. from presslens.queries) stands for the quotes and corpus."""
    table = side_by_outlet(quotes, corpus) if table is None else table
    n = len(quotes) if quotes is not None else int(table.loc["total", "total"]) if len(table) else 0
    title = f"Whose voice each outlet carries (n={n} statements)"
    if table.empty:
        return _empty(title)
    table = table.drop(index="total", columns="total")
    n = table.sum(axis=1)
    share = table.div(n, axis=0)
    fig, ax = plt.subplots(figsize=(8, 0.5 * len(share) + 1.4))
    left = pd.Series(0.0, index=share.index)
    labels = [f"{o} (n={int(n[o])})" for o in share.index]
    for side in share.columns:
        ax.barh(labels, share[side], left=left, color=side_colour(side, actors), label=side, edgecolor="white")
        left += share[side]
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.set_xlabel("share of the outlet's statements (%)")
    ax.set_ylabel("outlet (statements)")
    ax.legend(title="speaker side", fontsize=8, frameon=False, bbox_to_anchor=(1, 1), loc="upper left")
    return _finish(fig, ax, title)


def top_speakers(quotes: pd.DataFrame, corpus, *, n: int = 15) -> pd.DataFrame:
    """The n most-quoted speakers: side, role, statements, direct/indirect/mixed counts, outlets."""
    frame = quotes.assign(outlet=_lookup(quotes["article_id"], _outlets(corpus)), kind=_fill(quotes["kind"]))
    if frame.empty:
        return pd.DataFrame(columns=["speaker", "side", "role", "statements", "direct", "indirect", "mixed",
                                     "anonymous", "outlets"])
    grouped = frame.groupby("speaker", dropna=True)
    out = pd.DataFrame({
        "side": grouped["speaker_side"].agg(lambda s: s.mode().iloc[0] if s.notna().any() else "unknown"),
        "role": grouped["speaker_role"].agg(lambda s: next((v for v in s if isinstance(v, str) and v), "")),
        "statements": grouped.size(),
        "direct": grouped["kind"].agg(lambda s: int((s == "direct").sum())),
        "indirect": grouped["kind"].agg(lambda s: int((s == "indirect").sum())),
        "mixed": grouped["kind"].agg(lambda s: int((s == "mixed").sum())),
        "anonymous": grouped["anonymous"].agg(lambda s: bool(s.fillna(False).any())),
        "outlets": grouped["outlet"].agg(lambda s: ", ".join(sorted(set(s)))),
    })
    return out.sort_values(["statements", "direct"], ascending=False).head(n).reset_index()


def anonymous_sources(quotes: pd.DataFrame, corpus) -> pd.DataFrame:
    """Statements by unnamed sources ('sources', 'officials', 'a senior leader'), with outlet, cue and text."""
    anon = quotes[quotes["anonymous"].fillna(False).astype(bool)]
    out = anon.assign(outlet=_lookup(anon["article_id"], _outlets(corpus)))
    cols = ["quote_id", "outlet", "speaker", "speaker_side", "kind", "cue", "text"]
    return out[[c for c in cols if c in out.columns]].reset_index(drop=True)


def quote_table(quotes: pd.DataFrame, corpus, *, context: int = 80, download=None, total: int | None = None) -> Table:
    """Every statement as evidence: outlet, date, the article's headline (linked when its URL is known), speaker,
    side, role, kind, cue, and the statement highlighted in context. `quotes` may hold only the rows the report
    embeds, with `download` (the whole table, e.g. presslens.queries.table) and `total` (its rows) beside them."""
    texts = corpus.articles.set_index("article_id")["text"]
    dates = corpus.articles.set_index("article_id")["published"]
    links = article_links(corpus)
    from .. import config
    rows = quotes.head(config.TABLE_MAX_ROWS)  # the rows a report embeds; the CSV has all
    rows = rows.assign(outlet=_lookup(rows["article_id"], _outlets(corpus)))
    snippets = []
    for aid, start, end, text in zip(rows["article_id"], rows["start"], rows["end"], rows["text"]):
        article = str(texts.get(aid, "") or "")
        if pd.isna(start) or pd.isna(end):
            snippets.append(html.escape(str(text)))
        else:
            snippets.append(highlight(article, int(start), int(end), context=context))
    table = pd.DataFrame({"outlet": rows["outlet"],
                          "published": pd.to_datetime(_lookup(rows["article_id"], dates), errors="coerce"),
                          "article": [links.get(str(a), html.escape(str(a))) for a in rows["article_id"]],
                          "speaker": rows["speaker"], "side": rows["speaker_side"], "role": rows["speaker_role"],
                          "kind": rows["kind"], "cue": rows["cue"], "cue type": rows["cue_type"],
                          "evidence": snippets})
    total = len(quotes) if total is None else total
    return present(table, "statements", html_columns=("article", "evidence"),
                   download=quotes if download is None else download, total=total,
                   caption=f"{total:,} statements; sort by any column, search them all, or filter one column.")

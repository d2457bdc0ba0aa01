"""Display helpers for the notebooks 01-03: small summary tables, side-coloured charts, escaped evidence.

Every helper takes the library's tables and returns a DataFrame, a matplotlib Figure or an HTML block, so a
notebook step stays one line. Article text is never handed to a renderer unescaped:

- DataFrames display through `DataFrame._repr_html_`, which escapes cell text (`<script>` -> `&lt;script&gt;`);
- a pandas `Styler` does NOT escape by default: use `.format(escape="html")` (see `styled`);
- `IPython.display.Markdown` passes raw HTML through: never put article text in it;
- the HTML this module builds (`searchable_table`, `highlight`) escapes every value with `html.escape`.
"""
from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .charts import BELLIGERENT_COLORS, SIDE_COLORS, side_color

# notebooks import this module for display: show headlines and evidence whole, and tables up to 200 rows
pd.set_option("display.max_colwidth", 240)
pd.set_option("display.max_rows", 200)

#: one palette for the suite: presslens.charts owns it (issue #6); these names are kept for the notebooks
SIDE_COLOURS = SIDE_COLORS
BELLIGERENT_COLOURS = tuple(BELLIGERENT_COLORS)
CATEGORY_ORDER = ("killed", "wounded", "captured", "surrendered", "displaced", "casualties")
KIND_COLOURS = {"direct": "#333333", "indirect": "#9a9a9a", "mixed": "#cfcfcf"}


def side_colour(side: str | None, actors=None) -> str:
    """A side label -> its colour (presslens.charts.side_color): fixed for the guideline labels; another
    conflict's belligerents take BELLIGERENT_COLORS in the order its registry lists them.

    >>> side_colour("taliban"), side_colour(None)
    ('#b2182b', '#bdbdbd')
    """
    if side is None or (not isinstance(side, str) and pd.isna(side)) or side == "":
        side = "unknown"
    return side_color(str(side), actors=actors)


def _fill(series: pd.Series, value: str = "unknown") -> pd.Series:
    return series.astype("object").where(series.notna() & (series.astype("object") != ""), value)


def _outlets(corpus) -> pd.Series:
    """article_id -> outlet ('unknown' where none)."""
    arts = corpus.articles
    return pd.Series(_fill(arts["outlet"]).to_numpy(), index=arts["article_id"].astype(str).to_numpy())


def _lookup(keys: pd.Series, values: pd.Series) -> pd.Series:
    """keys (article ids) -> values[key], aligned on keys' index (object dtype; safe when keys are empty)."""
    table = values.to_dict()
    return pd.Series([table.get(k) for k in keys], index=keys.index, dtype="object")


def _finish(fig, ax, title: str):
    ax.set_title(title, loc="left", fontsize=11)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    fig.tight_layout()
    plt.close(fig)  # displayed once, as the cell's value
    return fig


def _empty(title: str, message: str = "nothing to show for this corpus and filter"):
    fig, ax = plt.subplots(figsize=(7, 1.2))
    ax.axis("off")
    ax.text(0, 0.5, message, fontsize=10, color="#555")
    return _finish(fig, ax, title)


# ----------------------------------------------------------------------------------------- escaping

def styled(frame: pd.DataFrame):
    """A Styler that escapes cell text (pandas' Styler does not by default)."""
    return frame.style.format(escape="html", na_rep="")


def highlight(text: str, start: int, end: int, *, context: int = 90) -> str:
    """Article text -> escaped HTML snippet with [start:end] in <mark>, `context` characters either side."""
    text = text or ""
    start, end = max(0, int(start)), min(len(text), int(end))
    lo, hi = max(0, start - context), min(len(text), end + context)
    return ("…" if lo else "") + html.escape(text[lo:start]) + "<mark>" + html.escape(text[start:end]) + \
        "</mark>" + html.escape(text[end:hi]) + ("…" if hi < len(text) else "")


def evidence(rows: pd.DataFrame, corpus, *, context: int = 60) -> pd.Series:
    """Rows with article_id/start/end -> plain-text snippet around each span ('…before [span] after…')."""
    texts = corpus.articles.set_index("article_id")["text"]
    out = []
    for aid, start, end in zip(rows["article_id"], rows["start"], rows["end"]):
        text = str(texts.get(aid, "") or "")
        if pd.isna(start) or pd.isna(end):
            out.append("")
            continue
        s, e = int(start), int(end)
        lo, hi = max(0, s - context), min(len(text), e + context)
        out.append(("…" if lo else "") + f"{text[lo:s]}[{text[s:e]}]{text[e:hi]}" + ("…" if hi < len(text) else ""))
    return pd.Series(out, index=rows.index, dtype="object")


class HTMLBlock:
    """Pre-escaped HTML for a notebook cell (shown in JupyterLab and in the reports)."""

    def __init__(self, markup: str, text: str = ""):
        self.markup, self.text = markup, text

    def _repr_html_(self) -> str:
        return self.markup

    def __repr__(self) -> str:
        return self.text or "<HTML block>"


_SEARCH_SCRIPT = """<script data-presslens="search">
(function(){var box=document.currentScript.previousElementSibling;var input=box.querySelector('input');
var rows=box.querySelectorAll('tbody tr');var count=box.querySelector('.pl-count');
input.addEventListener('input',function(){var q=input.value.toLowerCase();var n=0;
rows.forEach(function(r){var hit=!q||r.textContent.toLowerCase().indexOf(q)>=0;r.style.display=hit?'':'none';if(hit)n++;});
count.textContent=n+' of '+rows.length+' rows';});})();
</script>"""


def searchable_table(frame: pd.DataFrame, *, html_columns: Sequence[str] = (), caption: str = "") -> HTMLBlock:
    """A table with a search box that filters its rows (in the HTML report; in JupyterLab use Ctrl+F).

    Every value is escaped; columns named in `html_columns` must already be escaped HTML (from `highlight`).
    """
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    body = []
    for row in frame.itertuples(index=False):
        cells = []
        for col, value in zip(frame.columns, row):
            if col in html_columns:
                cells.append(f"<td style='text-align:left;min-width:26em'>{value}</td>")
            else:
                cells.append(f"<td>{'' if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)) else html.escape(str(value))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    markup = (f"<div class='pl-search'><p>{html.escape(caption)} <input type='search' placeholder='search…' "
              f"style='width:16em'> <span class='pl-count'>{len(frame)} rows</span></p>"
              f"<table class='dataframe'><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
              + _SEARCH_SCRIPT)
    return HTMLBlock(markup, f"<searchable table: {len(frame)} rows>")


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


def chart_articles_by_date(corpus):
    """Articles per publication date, stacked by outlet."""
    arts = corpus.articles.assign(outlet=lambda d: _fill(d["outlet"]),
                                  day=lambda d: pd.to_datetime(d["published"], errors="coerce").dt.date)
    title = f"Articles by outlet and date (n={len(arts)} articles)"
    if arts.empty:
        return _empty(title)
    counts = pd.crosstab(arts["day"].astype(str).replace("NaT", "no date"), arts["outlet"])
    fig, ax = plt.subplots(figsize=(8, 3.2))
    counts.plot.bar(stacked=True, ax=ax, width=0.7, colormap="tab20c", edgecolor="white")
    ax.set_xlabel("published")
    ax.set_ylabel("articles")
    ax.tick_params(axis="x", rotation=0)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(title="outlet", fontsize=8, frameon=False, bbox_to_anchor=(1, 1), loc="upper left")
    return _finish(fig, ax, title)


#: above this many articles, chart_words draws a histogram instead of one bar per article
WORDS_BARS_MAX = 60


def chart_words(corpus):
    """Words per article, one bar each, grouped by outlet; hatched share = paragraphs shared with another outlet."""
    arts = corpus.articles.assign(outlet=lambda d: _fill(d["outlet"]))
    title = f"Words per article (n={len(arts)} articles, {int(arts['n_words'].sum()) if len(arts) else 0} words)"
    if arts.empty:
        return _empty(title)
    shared = corpus.paragraphs.assign(n=lambda d: (d["end"] - d["start"]).clip(lower=0),
                                      shared=lambda d: d["wire_group"].notna())
    share = (shared[shared["shared"]].groupby("article_id")["n"].sum() /
             shared.groupby("article_id")["n"].sum()).reindex(arts["article_id"]).fillna(0).to_numpy()
    arts = arts.assign(share=share).sort_values(["outlet", "article_id"])
    if len(arts) > WORDS_BARS_MAX:  # a distribution, not one bar per article: the chart's size stays fixed
        fig, ax = plt.subplots(figsize=(8, 4))
        words = arts["n_words"].astype(float).to_numpy()
        bins = np.histogram_bin_edges(words, bins=40)
        ax.hist(words, bins=bins, color="#9fb8cf", label="articles")
        ax.hist(words, bins=bins, weights=(arts["share"].to_numpy() > 0).astype(float), color="#4f6d8a",
                hatch="//", label="with wire-shared copy")
        ax.set_xlabel("words per article")
        ax.set_ylabel("articles")
        ax.legend(frameon=False, fontsize=8)
        return _finish(fig, ax, title)
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(arts) + 1))
    labels = [f"{o} · {a}" for o, a in zip(arts["outlet"], arts["article_id"])]
    ax.barh(labels, arts["n_words"], color="#9fb8cf", label="own copy")
    ax.barh(labels, arts["n_words"] * arts["share"], color="#4f6d8a", hatch="//", label="wire-shared share")
    ax.invert_yaxis()
    ax.set_xlabel("words")
    ax.legend(frameon=False, fontsize=8)
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


# ----------------------------------------------------------------------------------------- 02 casualties

def _number(low, high, vague) -> str:
    """low/high/vague as a reader says it: '14', '7–8', '600+', 'up to 410', 'dozens'."""
    lo = None if low is None or pd.isna(low) else int(low)
    hi = None if high is None or pd.isna(high) else int(high)
    if lo is None and hi is None:
        return "" if vague is None or pd.isna(vague) else str(vague)
    if hi is None:
        return f"{lo:,}+"
    if lo is None:
        return f"up to {hi:,}"
    return f"{lo:,}" if lo == hi else f"{lo:,}–{hi:,}"


def claims_table(claims: pd.DataFrame, corpus, *, context: int = 70) -> HTMLBlock:
    """Every claim in a searchable table: outlet, date, category, number as stated, victims, claimant, hedge,
    event date, place, and the evidence highlighted in context."""
    # article -> text, date, outlet built once (a hash join), not once per claim
    needed = corpus.articles[corpus.articles["article_id"].isin(claims["article_id"])]
    texts = dict(zip(needed["article_id"].tolist(), needed["text"].tolist()))
    dates = dict(zip(needed["article_id"].tolist(), needed["published"].tolist()))
    outlet_of = _outlets(corpus).to_dict()
    side = lambda v: "" if v is None or pd.isna(v) else str(v)  # noqa: E731
    rows = []
    for rec in claims.to_dict("records"):
        article = str(texts.get(rec["article_id"], "") or "")
        ok = not (pd.isna(rec.get("start")) or pd.isna(rec.get("end")))
        rows.append({
            "claim": rec["claim_id"], "outlet": outlet_of.get(rec["article_id"], "unknown"),
            "published": pd.to_datetime(dates.get(rec["article_id"]), errors="coerce"),
            "category": rec["category"], "number": _number(rec.get("low"), rec.get("high"), rec.get("vague")),
            "victims": " ".join(x for x in (side(rec.get("victim_side")), side(rec.get("victim_type"))) if x),
            "claimed by": (side(rec.get("claimant")) or "(article)") +
                          (f" [{side(rec.get('claimant_side'))}]" if side(rec.get("claimant_side")) else ""),
            "hedged": side(rec.get("hedge_cue")) if rec.get("hedged") is True else "",
            "event date": pd.to_datetime(rec.get("event_date"), errors="coerce"),
            "place": side(rec.get("place")),
            "evidence": highlight(article, int(rec["start"]), int(rec["end"]), context=context) if ok
            else html.escape(str(rec.get("text") or "")),
        })
    table = pd.DataFrame(rows, columns=["claim", "outlet", "published", "category", "number", "victims",
                                        "claimed by", "hedged", "event date", "place", "evidence"])
    for col in ("published", "event date"):
        table[col] = pd.to_datetime(table[col], errors="coerce").dt.strftime("%Y-%m-%d").fillna("")
    return searchable_table(table, html_columns=("evidence",),
                            caption=f"{len(table)} claims; type to filter by outlet, side, claimant or words.")


def claims_by_claimant(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims counted by who claims them (rows, claimant side; 'own voice' = the article itself) and whose losses."""
    frame = claims.assign(claimant_side=_fill(claims["claimant_side"], "own voice").where(
        claims["claimant"].notna() | claims["claimant_side"].notna(), "own voice"),
        victim_side=_fill(claims["victim_side"]))
    if frame.empty:
        return pd.DataFrame()
    table = pd.crosstab(frame["claimant_side"], frame["victim_side"], margins=True, margins_name="total")
    table.index.name, table.columns.name = "claimant side", "victim side"
    return table


def chart_claims_timeline(claims: pd.DataFrame, corpus, *, actors=None):
    """Claims by event date (else the article's date, hollow marker), one row per category, coloured by victim side."""
    dates = corpus.articles.set_index("article_id")["published"]
    frame = claims.assign(event=pd.to_datetime(claims.get("event_date"), errors="coerce"),
                          published=pd.to_datetime(_lookup(claims["article_id"], dates), errors="coerce"),
                          victim_side=_fill(claims["victim_side"]))
    frame["date"] = frame["event"].fillna(frame["published"])
    frame = frame[frame["date"].notna()]
    title = f"Casualty claims by event date (n={len(frame)} of {len(claims)} claims)"
    if frame.empty:
        return _empty(title)
    cats = [c for c in CATEGORY_ORDER if c in set(frame["category"])] + \
        sorted(set(frame["category"].dropna()) - set(CATEGORY_ORDER))
    fig, ax = plt.subplots(figsize=(8, 0.5 * len(cats) + 1.6))
    offsets = frame.groupby(["date", "category"]).cumcount() * 0.12
    for side, part in frame.groupby("victim_side"):
        y = part["category"].map({c: i for i, c in enumerate(cats)}) + offsets[part.index]
        exact = part["event"].notna()
        ax.scatter(part.loc[exact, "date"], y[exact], color=side_colour(side, actors), label=side, s=40)
        ax.scatter(part.loc[~exact, "date"], y[~exact], facecolors="none", edgecolors=side_colour(side, actors), s=40)
    ax.set_yticks(range(len(cats)), cats)
    ax.invert_yaxis()
    ax.legend(title="victim side", fontsize=8, frameon=False, bbox_to_anchor=(1, 1), loc="upper left")
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y"))
    span = frame["date"].max() - frame["date"].min()
    pad = max(span * 0.08, pd.Timedelta(days=1))
    ax.set_xlim(frame["date"].min() - pad, frame["date"].max() + pad)
    fig.autofmt_xdate()
    return _finish(fig, ax, title)


def tally_totals(summary: pd.DataFrame) -> pd.DataFrame:
    """The tally's `all` rows: one low–high total per victim side and category (claimant sides merged)."""
    if "claimant_side" in summary.columns:
        summary = summary[summary["claimant_side"] == "all"]
    return summary.drop(columns=["claimant_side"], errors="ignore").reset_index(drop=True)


def chart_tally(summary: pd.DataFrame, *, actors=None):
    """Tally summary -> a low–high range per victim side and category (the `all` rows; '+' = open-ended)."""
    frame = tally_totals(summary)
    title = (f"Casualty tally by victim side and category (n={int(frame['n_claims'].sum())} claims, "
             f"{int(frame['n_clusters'].sum())} after collapsing repeats)" if "n_claims" in frame.columns
             else "Casualty tally by victim side and category")
    frame = frame[frame["low"].notna() | frame["high"].notna()].reset_index(drop=True)
    if frame.empty:
        return _empty(title)
    frame = frame.copy()
    frame["victim_side"] = _fill(frame["victim_side"])
    frame["label"] = frame["victim_side"] + " · " + frame["category"].astype(str)
    low = pd.to_numeric(frame["low"], errors="coerce").fillna(0)
    high = pd.to_numeric(frame["high"], errors="coerce")
    high = high.where(high.notna(), low)
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(frame) + 1.2))
    colours = [side_colour(s, actors) for s in frame["victim_side"]]
    ax.barh(frame["label"], high, color=colours, alpha=0.35, label="high")
    ax.barh(frame["label"], low, color=colours, label="low")
    open_high = frame["open_high"].fillna(False).astype(bool) if "open_high" in frame.columns else [False] * len(frame)
    for y, (lo, hi, op) in enumerate(zip(low, high, open_high)):
        label = (f"{int(lo):,}–{int(hi):,}" if hi != lo else f"{int(lo):,}") + ("+" if op else "")
        ax.text(hi, y, "  " + label, va="center", fontsize=8)
    ax.invert_yaxis()
    if high.max() > 0 and high[high > 0].max() / max(high[high > 0].min(), 1) > 100:
        ax.set_xscale("symlog", linthresh=1)  # 2 killed and 3.5 million displaced on one readable axis
        ax.set_xlabel("people, log scale (solid = low, light = high)")
    else:
        ax.set_xlabel("people (solid = low, light = high)")
    return _finish(fig, ax, title)


def tally_clusters(claims: pd.DataFrame, corpus) -> pd.DataFrame:
    """Clusters of repeated claims (wire copy, or same claimant/category/side/numbers within days), repeats
    first: what the tally counts once, with the outlets that carried each."""
    from .tally import cluster_claims
    clusters = cluster_claims(claims, corpus)
    if clusters.empty:
        return clusters
    out = clusters.copy()
    for col in ("outlets", "articles", "claim_ids"):
        if col in out.columns:
            out[col] = out[col].map(lambda v: ", ".join(map(str, v)) if isinstance(v, (list, tuple)) or
                                    hasattr(v, "tolist") else v)
    if "first_date" in out.columns:
        out["first_date"] = pd.to_datetime(out["first_date"], errors="coerce").dt.date
    out["number"] = [_number(lo, hi, v) for lo, hi, v in zip(out["low"], out["high"], out["vague"])]
    cols = ["cluster_id", "category", "victim_side", "number", "claimant", "claimant_side", "hedged", "n_claims",
            "n_outlets", "outlets", "first_date", "text"]
    out = out[[c for c in cols if c in out.columns]]
    return out.sort_values(["n_claims", "cluster_id"], ascending=[False, True]).reset_index(drop=True)


def vague_mapping(summary: pd.DataFrame | None = None) -> pd.DataFrame:
    """The vague-word table the tally used (data/lexicons/vague_numbers.csv), marking the words this corpus uses."""
    from .casualties import load_vague_numbers
    used: set[str] = set()
    if summary is not None and "vague_words" in summary.columns:
        for words in summary["vague_words"].dropna():
            used |= {w.strip().lower() for w in str(words).split(",") if w.strip()}
    rows = [{"vague word": w, "low": lo, "high": hi, "counted as": "not counted" if lo is None and hi is None
             else (f"{lo}+" if hi is None else (f"{lo}" if lo == hi else f"{lo}–{hi}")), "in this corpus": w in used}
            for w, (lo, hi) in load_vague_numbers().items()]
    return pd.DataFrame(rows).astype({"low": "Int64", "high": "Int64"}).sort_values(
        ["in this corpus", "vague word"], ascending=[False, True]).reset_index(drop=True)


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


def chart_voice_by_side(quotes: pd.DataFrame, *, actors=None):
    """Statements per speaker side, solid = direct, lighter = indirect, lightest = mixed (one colour per side)."""
    table = voice_by_side(quotes)
    title = f"Who speaks: statements by speaker side (n={len(quotes)} statements)"
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
    ax.set_xlabel("statements")
    ax.legend(frameon=False, fontsize=8)
    return _finish(fig, ax, title)


def side_by_outlet(quotes: pd.DataFrame, corpus) -> pd.DataFrame:
    """Statements per outlet and speaker side (counts)."""
    frame = quotes.assign(outlet=_lookup(quotes["article_id"], _outlets(corpus)), speaker_side=_fill(quotes["speaker_side"]))
    if frame.empty:
        return pd.DataFrame()
    table = pd.crosstab(frame["outlet"], frame["speaker_side"], margins=True, margins_name="total")
    table.columns.name = "speaker side"
    return table


def chart_side_by_outlet(quotes: pd.DataFrame, corpus, *, actors=None):
    """Share of each outlet's statements by speaker side (stacked to 100%), n per outlet in the label."""
    table = side_by_outlet(quotes, corpus)
    title = f"Whose voice each outlet carries (n={len(quotes)} statements)"
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
    ax.set_xlabel("share of the outlet's statements")
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


def quote_table(quotes: pd.DataFrame, corpus, *, context: int = 80) -> HTMLBlock:
    """Every statement in a searchable table: outlet, speaker, side, kind, cue, and the evidence in context."""
    texts = corpus.articles.set_index("article_id")["text"]
    rows = quotes.assign(outlet=_lookup(quotes["article_id"], _outlets(corpus)))
    snippets = []
    for aid, start, end, text in zip(rows["article_id"], rows["start"], rows["end"], rows["text"]):
        article = str(texts.get(aid, "") or "")
        if pd.isna(start) or pd.isna(end):
            snippets.append(html.escape(str(text)))
        else:
            snippets.append(highlight(article, int(start), int(end), context=context))
    table = pd.DataFrame({"quote_id": rows["quote_id"], "outlet": rows["outlet"], "speaker": rows["speaker"],
                          "side": rows["speaker_side"], "role": rows["speaker_role"], "kind": rows["kind"],
                          "cue": rows["cue"], "cue type": rows["cue_type"], "evidence": snippets})
    return searchable_table(table, html_columns=("evidence",),
                            caption=f"{len(table)} statements; type to filter by speaker, side, outlet or words.")


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

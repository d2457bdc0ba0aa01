"""Display helpers for the notebooks 01-03: small summary tables, side-coloured charts, escaped evidence.

Every helper takes the library's tables and returns a DataFrame, a matplotlib Figure or an HTML block, so a
notebook step stays one line. Article text is never handed to a renderer unescaped:

- DataFrames display through `DataFrame._repr_html_`, which escapes cell text (`<script>` -> `&lt;script&gt;`);
- a pandas `Styler` does NOT escape by default: use `.format(escape="html")` (see `styled`);
- `IPython.display.Markdown` passes raw HTML through: never put article text in it;
- the HTML this module builds (`searchable_table`, `highlight`) escapes every value with `html.escape`.
"""
from __future__ import annotations

import datetime as dt
import html
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import matplotlib.dates as mdates
import matplotlib.ticker
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
    fig.presslens_summary = f"An empty chart: {message}"
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


# ----------------------------------------------------------------------------------------- presentation

#: human column labels for every table the reports show: one mapping, applied by `present`
LABELS: dict[str, str] = {
    "article_id": "article", "outlet_source": "outlet from", "published": "published", "date_source": "date from",
    "n_words": "words", "n_paragraphs": "paragraphs", "wire": "wire credited", "median_words": "median words",
    "first": "first article", "last": "last article", "wire_credited": "wire-credited articles",
    "shared_paragraphs": "shared paragraphs", "wire_share": "wire share", "wire_group": "wire group",
    "line_no": "line", "para_idx": "paragraph", "victim_side": "victim side", "victim_type": "victims",
    "claimant_side": "claimant side", "hedge_cue": "hedge word", "event_date": "event date", "low": "low",
    "high": "high", "open_high": "open-ended", "n_clusters": "after repeats", "n_claims": "claims",
    "n_incidents": "incidents", "incident_id": "incident", "dated_by": "dated by", "figures": "each claimant's figure",
    "n_outlets": "outlets", "n_articles": "articles", "vague_words": "vague words", "vague_mapping": "vague words read as",
    "cluster_id": "cluster", "first_date": "first date", "quote_id": "statement", "claim_id": "claim",
    "speaker_side": "speaker side", "speaker_role": "role", "speaker_id": "speaker id", "cue_type": "cue type",
    "anonymous": "unnamed source", "low_count": "small base", "lo": "95% low", "hi": "95% high", "den": "base",
    "n": "count", "rate": "rate", "kind": "kind", "text": "text", "item": "item", "unit": "unit",
}
#: columns shown as percentages (values are shares in 0..1)
PERCENT_COLUMNS = {"share", "wire_share", "wire share"}
DASH = "–"


def label(column) -> str:
    """A column name as a reader reads it: LABELS, else snake_case to words ('n_words' -> 'words').

    >>> label("victim_side"), label("speaker side"), label(("India TV", "quoted"))
    ('victim side', 'speaker side', 'India TV · quoted')
    """
    if isinstance(column, tuple):
        return " · ".join(label(c) for c in column if str(c) != "")
    name = str(column)
    return LABELS.get(name, name.replace("_", " "))


def _missing(value) -> bool:
    if value is None:
        return True
    if isinstance(value, (list, tuple, set, dict, np.ndarray)):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def cell(value, *, percent: bool = False) -> tuple[str, str]:
    """One value -> (text a reader sees, sort key): dash for missing, yes/no, 1,234, 12.5%, ISO dates.

    >>> cell(None), cell(True), cell(12345), cell(0.125, percent=True), cell(float("nan")), cell(["a", "b"])
    (('–', ''), ('yes', '1'), ('12,345', '12345'), ('12.5%', '0.125'), ('–', ''), ('a, b', 'a, b'))
    """
    if _missing(value):
        return DASH, ""
    if isinstance(value, (bool, np.bool_)):
        return ("yes", "1") if value else ("no", "0")
    if isinstance(value, (int, np.integer)):
        return (f"{value * 100:.0f}%" if percent else f"{int(value):,}"), str(int(value))
    if isinstance(value, (float, np.floating)):
        v = float(value)
        if percent:
            return f"{v * 100:.1f}%".replace(".0%", "%"), repr(v)
        if v.is_integer() and abs(v) < 1e15:
            return f"{int(v):,}", repr(v)
        return (f"{v:,.2f}" if abs(v) >= 1 else f"{v:.3f}"), repr(v)
    if isinstance(value, pd.Timestamp):
        text = value.strftime("%Y-%m-%d") if value == value.normalize() else value.strftime("%Y-%m-%d %H:%M")
        return text, text
    if isinstance(value, dt.date):
        return value.isoformat(), value.isoformat()
    if isinstance(value, dict):
        text = "; ".join(f"{label(k)}: {cell(v)[0]}" for k, v in value.items())
        return text or DASH, text
    if isinstance(value, (list, tuple, set, np.ndarray)):
        items = [cell(v)[0] for v in (sorted(value) if isinstance(value, set) else value) if not _missing(v)]
        text = ", ".join(items)
        return text or DASH, text
    text = str(value)
    if text.strip() == "":
        return DASH, ""
    return text, text


def _tidy(frame: pd.DataFrame) -> pd.DataFrame:
    """Index -> columns when it carries information (a named index, crosstab margins), else dropped."""
    frame = frame.copy()
    if isinstance(frame.columns, pd.MultiIndex):
        frame.columns = [tuple(str(x) for x in c) for c in frame.columns]
    keep_index = not isinstance(frame.index, pd.RangeIndex) and (
        any(n is not None for n in frame.index.names) or frame.index.dtype == object or
        str(frame.index.dtype) in {"string", "str"})
    if keep_index:
        names = [n if n is not None else ("" if i else "name") for i, n in enumerate(frame.index.names)]
        frame.index = frame.index.set_names(names)
        frame = frame.reset_index()
    else:
        frame = frame.reset_index(drop=True)
    frame.columns = [c if isinstance(c, tuple) else str(c) for c in frame.columns]
    return frame


_TABLE_COUNT = 0


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-") or "table"


def table_dir() -> tuple[Path | None, str]:
    """Where the full tables go as CSV beside the report (set by `presslens run`), and the link prefix."""
    folder = os.environ.get("PRESSLENS_TABLES_DIR")
    return (Path(folder) if folder else None), os.environ.get("PRESSLENS_TABLES_HREF", "")


def max_rows() -> int:
    """The rows an interactive table embeds at most (config.TABLE_MAX_ROWS); the CSV beside the report has all."""
    from . import config
    return config.TABLE_MAX_ROWS


class Table(HTMLBlock):
    """A table as the reports show it (see `present`); `.frame` is the full table, `.name` its anchor."""

    def __init__(self, markup: str, text: str, *, name: str, frame: pd.DataFrame, csv: str | None):
        super().__init__(markup, text)
        self.name, self.frame, self.csv = name, frame, csv

    @property
    def anchor(self) -> str:
        return f"#table-{self.name}"


def present(frame: pd.DataFrame, name: str | None = None, *, caption: str = "", columns: Sequence | None = None,
            html_columns: Sequence[str] = (), percent: Sequence[str] = (), download: pd.DataFrame | None = None,
            max_rows: int | None = None, page_length: int = 10, total: int | None = None) -> Table:
    """Any table -> the reader's table: human labels, no index, dash for missing, yes/no, 1,234, 12.5%.

    `columns` picks (and orders) the columns shown: the full table is the CSV download (`download`, else `frame`).
    `html_columns` hold pre-escaped HTML (from `highlight`); every other value is escaped here. The table is
    plain HTML (readable with JavaScript off); the report's bundled DataTables makes it sortable, searchable,
    filterable per column and paged, with CSV download. At most `max_rows` (config.TABLE_MAX_ROWS) rows are
    embedded; `presslens run` writes the whole table as CSV beside the report and the table links to it.
    `total`: the rows of the whole table when `frame` holds only its first rows (evidence tables build only those).
    """
    global _TABLE_COUNT
    from . import config
    _TABLE_COUNT += 1
    name = _slug(name or f"table-{_TABLE_COUNT}")
    full = _tidy(frame)
    shown = full[[c for c in (columns or full.columns) if c in full.columns]] if columns else full
    cap = config.TABLE_MAX_ROWS if max_rows is None else max_rows
    total = max(len(shown), total or 0)
    body_rows = shown.head(cap)
    percent_cols = set(percent) | {c for c in shown.columns if isinstance(c, str) and c in PERCENT_COLUMNS}
    e = html.escape
    head = "".join(f"<th scope='col'>{e(label(c))}</th>" for c in shown.columns)
    body = []
    for row in body_rows.itertuples(index=False, name=None):
        cells = []
        for col, value in zip(shown.columns, row):
            if col in html_columns:
                kind = "pl-evidence" if "<mark>" in str(value) else "pl-html"
                cells.append(f"<td class='{kind}'>{value if not _missing(value) else DASH}</td>")
                continue
            text, order = cell(value, percent=col in percent_cols)
            numeric = isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool)
            attr = f" data-order='{e(order)}'" if numeric or text == DASH else ""
            cells.append(f"<td{attr}{' class=pl-num' if numeric else ''}>{e(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    # the whole table, as CSV beside the report (written by `presslens run`)
    folder, href = table_dir()
    csv_name = f"{name}.csv"
    link = ""
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        out = download if download is not None else full
        if hasattr(out, "write_csv"):  # a query (presslens.queries.Download): DuckDB writes it, pandas never holds it
            out.write_csv(folder / csv_name)
        else:
            _tidy(out).rename(columns=lambda c: label(c) if isinstance(c, tuple) else c).to_csv(folder / csv_name, index=False)
        link = (f" <a class='pl-download' href='{e(href + '/' + csv_name if href else csv_name)}' download>"
                f"Download the full table (CSV, {len(out):,} rows, {len(out.columns):,} columns)</a>")
    wide = f" Showing {len(shown.columns)} of {len(full.columns)} columns; the CSV has all." \
        if len(shown.columns) < len(full.columns) and link else ""
    capped = (f" This page embeds the first {cap:,} of {total:,} rows" + ("; the CSV has all of them." if link else ".")) \
        if total > cap else ""
    note = f"<p class='pl-note'>{total:,} row{'s' if total != 1 else ''}.{capped}{wide}{link}</p>"
    markup = (f"<div class='pl-table-wrap' id='table-{e(name)}'>" +
              (f"<p class='pl-caption'>{e(caption)}</p>" if caption else "") +
              f"<table class='pl-table display compact' data-page-length='{int(page_length)}' "
              f"data-total='{total}'><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
              f"{note}</div>")
    return Table(markup, f"<table {name}: {total} rows x {len(shown.columns)} columns>", name=name, frame=full,
                 csv=csv_name if link else None)


def searchable_table(frame: pd.DataFrame, *, html_columns: Sequence[str] = (), caption: str = "",
                     name: str | None = None) -> Table:
    """A table to search and filter (kept for callers of the earlier helper): `present` with its defaults."""
    return present(frame, name, html_columns=html_columns, caption=caption)


def _install_display() -> None:
    """In a notebook: every DataFrame goes through `present`, every Figure shows as SVG with alt text."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover
        return
    ip = get_ipython()
    if ip is None:
        return
    if not getattr(ip, "_presslens_display", False):
        plt.close(plt.figure())  # resolve the backend now: the inline backend resets Figure's formatters when it loads
        ip.events.register("post_run_cell", lambda *a: _install_display())  # and again, should it load later
        ip._presslens_display = True
    from matplotlib.figure import Figure
    html_fmt = ip.display_formatter.formatters["text/html"]
    html_fmt.for_type(pd.DataFrame, lambda df: present(df)._repr_html_())
    html_fmt.for_type(Figure, lambda fig: figure_html(fig))
    for mime in ("image/png", "image/svg+xml", "image/jpeg", "application/pdf"):
        fmt = ip.display_formatter.formatters.get(mime)
        if fmt is not None:
            fmt.type_printers.pop(Figure, None)
            fmt.for_type(Figure, lambda fig: None)


def header(tables, **extra) -> HTMLBlock:
    """What this report looks at, at its top: corpus, actor registry, filters, when it was made, and the counts."""
    from .run import registry_path
    e = html.escape
    store = tables.store
    reg = registry_path(store.actors_arg)
    scope = []
    if tables.outlets is not None:
        scope.append("outlets " + ", ".join(tables.outlets))
    if tables.date_from is not None or tables.date_to is not None:
        scope.append(f"published {tables.date_from or '…'} to {tables.date_to or '…'}")
    items = [("Corpus", str(store.corpus_path)), ("Actor registry", reg.name if reg else "none"),
             ("Filters", "; ".join(scope) if scope else "none (the whole corpus)"),
             ("Articles", f"{len(tables.article_ids()):,} of {len(store.article_index()):,}"),
             *((k.replace("_", " ").capitalize(), str(v)) for k, v in extra.items()),
             ("Made", f"{dt.datetime.now():%-d %B %Y, %H:%M}"), ("Tables", tables.digest)]
    rows = "".join(f"<div><dt>{e(k)}</dt><dd>{e(v)}</dd></div>" for k, v in items)
    note = ""
    if not len(tables.article_ids()):  # a filter that matches nothing: said at the top, every table below is empty
        note = (f"No articles match {'; '.join(scope) or 'this selection'} in this corpus: every table and chart "
                f"below is empty. Widen the filters (`outlets`, `date_from`, `date_to`).")
    markup = f"<dl class='pl-run'>{rows}</dl>" + (f"<p class='pl-empty'><strong>{e(note)}</strong></p>" if note else "")
    return HTMLBlock(markup, "; ".join(f"{k}: {v}" for k, v in items) + (f"\n{note}" if note else ""))


# ----------------------------------------------------------------------------------------- charts as SVG

def describe_figure(fig) -> str:
    """Alt text for a chart: its title, what each axis shows, the legend, and the values it plots (short)."""
    parts = []
    title = fig._suptitle.get_text() if getattr(fig, "_suptitle", None) is not None else ""
    for ax in fig.axes:
        if ax.get_label() == "<colorbar>":
            continue
        t = ax.get_title(loc="left") or ax.get_title()
        if t and t not in title:
            title = (title + ". " if title else "") + t
    if title:
        parts.append(" ".join(title.split()))
    summary = getattr(fig, "presslens_summary", "")
    if summary:
        parts.append(summary if len(summary) <= 500 else summary[:499].rsplit(" ", 1)[0] + " …")
    for ax in fig.axes:
        if ax.get_label() == "<colorbar>":
            continue
        x, y = ax.get_xlabel(), ax.get_ylabel()
        if x or y:
            parts.append("; ".join(s for s in (f"horizontal axis: {x}" if x else "", f"vertical axis: {y}" if y else "")
                                   if s))
        legend = ax.get_legend()
        if legend is not None:
            names = [t.get_text() for t in legend.get_texts()]
            heading = legend.get_title().get_text()
            parts.append(f"legend{' (' + heading + ')' if heading else ''}: " + ", ".join(names))
    return ". ".join(p.rstrip(".") for p in parts if p) + "." if parts else "Chart."


#: an SVG chart larger than this is embedded as PNG instead
SVG_MAX_BYTES = 600_000


def figure_html(fig, alt: str | None = None) -> str:
    """A Figure -> <figure> with the chart as an SVG image and alt text that says what it shows."""
    import base64
    import io
    buf = io.BytesIO()
    with plt.rc_context({"svg.fonttype": "none", "svg.hashsalt": "presslens"}):
        fig.savefig(buf, format="svg", bbox_inches="tight")
    mime = "image/svg+xml"
    if buf.tell() > SVG_MAX_BYTES:  # thousands of marks (a large corpus): a PNG stays small
        buf = io.BytesIO()
        fig.savefig(buf, format="png", bbox_inches="tight", dpi=110)
        mime = "image/png"
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    alt = alt or getattr(fig, "presslens_alt", None) or describe_figure(fig)
    width = int(fig.get_figwidth() * 96)
    return (f"<figure class='pl-chart'><img src='data:{mime};base64,{data}' alt='{html.escape(alt)}' "
            f"style='max-width:100%;width:{width}px'></figure>")


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


def _safe_url(url) -> str | None:
    """An article URL fit for a link (http or https only), else None."""
    if _missing(url):
        return None
    url = str(url).strip()
    return url if re.match(r"https?://[^\s<>\"']+$", url, re.I) else None


def article_links(corpus, *, words: int = 12) -> dict[str, str]:
    """article_id -> escaped HTML: the headline (else the opening words) linked to the article's URL when known."""
    arts = corpus.articles
    out = {}
    for rec in arts.to_dict("records"):
        head = rec.get("headline")
        if _missing(head) or not str(head).strip():
            opening = " ".join(str(rec.get("text") or "").split()[:words])
            head = f"(no headline) {opening}…" if opening else "(no headline)"
        url = _safe_url(rec.get("url"))
        text = html.escape(str(head))
        out[str(rec["article_id"])] = (f"<a href='{html.escape(url)}' rel='noopener noreferrer'>{text}</a>"
                                       if url else text)
    return out


def claims_table(claims: pd.DataFrame, corpus, *, context: int = 70, download=None) -> Table:
    """Every claim, as evidence a reader can follow: outlet, date, the article's headline (linked to its URL when
    known), the number as stated, victims, claimant, hedge, event date, place, and the span highlighted in context.
    `corpus` needs only the articles of the rows the report embeds (presslens.queries.articles_for); `download`:
    the whole table as written beside the report (default `claims`; presslens.queries.table writes it in DuckDB)."""
    texts = corpus.articles.set_index("article_id")["text"]
    dates = corpus.articles.set_index("article_id")["published"]
    links = article_links(corpus)
    outlets = _outlets(corpus)
    side = lambda v: "" if v is None or pd.isna(v) else str(v)  # noqa: E731
    rows = []
    from . import config
    for rec in claims.head(config.TABLE_MAX_ROWS).to_dict("records"):  # the rows a report embeds; the CSV has all
        article = str(texts.get(rec["article_id"], "") or "")
        ok = not (pd.isna(rec.get("start")) or pd.isna(rec.get("end")))
        rows.append({
            "outlet": outlets.get(rec["article_id"], "unknown"),
            "published": pd.to_datetime(dates.get(rec["article_id"]), errors="coerce"),
            "article": links.get(str(rec["article_id"]), html.escape(str(rec["article_id"]))),
            "category": rec["category"], "number": _number(rec.get("low"), rec.get("high"), rec.get("vague")),
            "victims": " ".join(x for x in (side(rec.get("victim_side")), side(rec.get("victim_type"))) if x),
            "claimed by": (side(rec.get("claimant")) or "the article itself") +
                          (f" ({side(rec.get('claimant_side'))})" if side(rec.get("claimant_side")) else ""),
            "hedged": side(rec.get("hedge_cue")) if rec.get("hedged") is True else "",
            "event date": pd.to_datetime(rec.get("event_date"), errors="coerce"),
            "place": side(rec.get("place")),
            "evidence": highlight(article, int(rec["start"]), int(rec["end"]), context=context) if ok
            else html.escape(str(rec.get("text") or "")),
        })
    table = pd.DataFrame(rows, columns=["outlet", "published", "article", "category", "number", "victims",
                                        "claimed by", "hedged", "event date", "place", "evidence"])
    return present(table, "claims", html_columns=("article", "evidence"),
                   download=claims if download is None else download, total=len(claims),
                   caption=f"{len(claims):,} claims; sort by any column, search them all, or filter one column.")


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
    ax.set_ylabel("category of claim")
    ax.set_xlabel("event date (hollow: the article's date, when the claim gives none)")
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
    title = (f"Casualty tally by victim side and category (n={int(frame['n_claims'].sum())} claims in "
             f"{int(frame['n_incidents'].sum())} incidents)" if "n_incidents" in frame.columns
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
    ax.set_ylabel("victim side · category")
    ax.legend(frameon=False, fontsize=8, loc="lower right")
    fig.presslens_summary = "Totals: " + "; ".join(
        f"{lab} {int(lo):,}" + (f" to {int(hi):,}" if hi != lo else "") + ("+" if op else "")
        for lab, lo, hi, op in zip(frame["label"], low, high, open_high))
    return _finish(fig, ax, title)


def tally_clusters(claims: pd.DataFrame, corpus, *, clusters: pd.DataFrame | None = None) -> pd.DataFrame:
    """Clusters of repeated claims (wire copy, or same claimant/category/side/numbers within days), repeats
    first: what the tally counts once, with the outlets that carried each. `clusters`: tally.cluster_claims's
    table when already made (`tally(..., found=)`)."""
    from .tally import cluster_claims
    if clusters is None:
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


def tally_incidents(claims: pd.DataFrame, corpus, *, incidents: pd.DataFrame | None = None) -> pd.DataFrame:
    """The incidents behind the tally (presslens.tally.incidents), for reading: date, place, each claimant's
    figure, the low-high the tally counts, the outlets and the first claim's words; largest first.
    `incidents`: presslens.tally.incidents's table when already made (`tally(..., found=)`)."""
    from .tally import incidents as incidents_of
    inc = incidents if incidents is not None else incidents_of(claims, corpus)
    if inc.empty:
        return inc
    out = inc.copy()
    out["outlets"] = out["outlets"].map(lambda v: ", ".join(map(str, v)))
    out["date"] = pd.to_datetime(out["date"], errors="coerce").dt.date
    out["number"] = [_number(lo, hi, None) if not (pd.isna(lo) and pd.isna(hi)) else "not counted"
                     for lo, hi in zip(out["low"], out["high"])]
    out["number"] = [n + ("+" if op is True and not n.endswith("+") and n != "not counted" else "")
                     for n, op in zip(out["number"], out["open_high"])]
    cols = ["incident_id", "victim_side", "category", "date", "dated_by", "place", "kind", "number", "figures",
            "n_claims", "n_outlets", "outlets", "text", "low", "high"]
    return out[cols].sort_values(["low", "incident_id"], ascending=[False, True], na_position="last") \
        .reset_index(drop=True)


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
    from . import config
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


_install_display()

"""Presentation of tables: human column labels, cells, the reader's table (`present`) with its CSV beside
the report, the notebooks' display hook, and the report header."""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from collections.abc import Sequence
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .escaping import HTMLBlock
from .figures import figure_html


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
    from .. import config
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
    from .. import config
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
    from ..run import registry_path
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

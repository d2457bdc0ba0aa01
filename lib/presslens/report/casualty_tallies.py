"""Views of notebook 02 (casualty tallies): claims with evidence, claimants, timeline, tally totals,
clusters and incidents, vague numbers."""

from __future__ import annotations

import html
import re

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd

from .colours import CATEGORY_ORDER, side_colour
from .frames import _fill, _lookup, _outlets
from .escaping import highlight
from .figures import _empty, _finish
from .tables import Table, _missing, present


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
    from .. import config
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
    from ..tally import cluster_claims
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
    from ..tally import incidents as incidents_of
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
    from ..casualties import load_vague_numbers
    used: set[str] = set()
    if summary is not None and "vague_words" in summary.columns:
        for words in summary["vague_words"].dropna():
            used |= {w.strip().lower() for w in str(words).split(",") if w.strip()}
    rows = [{"vague word": w, "low": lo, "high": hi, "counted as": "not counted" if lo is None and hi is None
             else (f"{lo}+" if hi is None else (f"{lo}" if lo == hi else f"{lo}–{hi}")), "in this corpus": w in used}
            for w, (lo, hi) in load_vague_numbers().items()]
    return pd.DataFrame(rows).astype({"low": "Int64", "high": "Int64"}).sort_values(
        ["in this corpus", "vague word"], ascending=[False, True]).reset_index(drop=True)

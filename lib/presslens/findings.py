"""Key findings: the few sentences each report opens with, computed from the tables it shows.

Every finding states its number with its base ("3 of 5 articles, 60%"), its interval where the table has one,
and links to the table that holds the evidence (`#table-NAME`, the names the notebooks give `report.present`).
A finding also keeps its numbers (`value`, `base`) so the notebook can assert what it states:

    key = findings.corpus(tables)
    key                                   # the list, as HTML
    assert key["articles"].value == len(tables.corpus.articles)
"""
from __future__ import annotations

import dataclasses
import html
from collections.abc import Iterator

import pandas as pd

from . import report
from .report.frames import _fill


@dataclasses.dataclass(frozen=True)
class Finding:
    """One plain-language finding: `text` (plain), the number it states and its base, the evidence table."""

    key: str
    text: str
    value: float | int | None = None
    base: float | int | None = None
    table: str = ""            # the anchor name of the evidence table (report.present's name)
    link_text: str = "evidence"


class Findings:
    """The key findings of one report, shown as a list with links to their evidence tables."""

    def __init__(self, items: list[Finding], *, empty: str = "No findings: nothing matches this corpus and filter."):
        self.items, self.empty = [f for f in items if f is not None], empty

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, key: str) -> Finding:
        for f in self.items:
            if f.key == key:
                return f
        raise KeyError(f"no finding {key!r}; have {[f.key for f in self.items]}")

    def __contains__(self, key: str) -> bool:
        return any(f.key == key for f in self.items)

    def _repr_html_(self) -> str:
        e = html.escape
        if not self.items:
            return f"<section class='pl-findings'><p>{e(self.empty)}</p></section>"
        lis = "".join(f"<li>{e(f.text)}" + (f" <a class='pl-evidence-link' href='#table-{e(f.table)}'>"
                                             f"({e(f.link_text)})</a>" if f.table else "") + "</li>"
                      for f in self.items)
        return f"<section class='pl-findings' aria-label='Key findings'><ul>{lis}</ul></section>"

    def __repr__(self) -> str:
        return "\n".join(f"- {f.text}" for f in self.items) or self.empty


# --------------------------------------------------------------------------------------------- wording

def pct(n: float, base: float, *, digits: int = 0) -> str:
    """n of base as a percentage ('60%'); '–' when the base is 0.

    >>> pct(3, 5), pct(1, 3, digits=1), pct(0, 0)
    ('60%', '33.3%', '–')
    """
    if not base:
        return "–"
    return f"{100 * n / base:.{digits}f}%"


def of(n: float, base: float, unit: str = "") -> str:
    """'3 of 5 articles (60%)'.

    >>> of(3, 5, "articles"), of(1200, 4000)
    ('3 of 5 articles (60%)', '1,200 of 4,000 (30%)')
    """
    return f"{int(n):,} of {int(base):,}{' ' + unit if unit else ''} ({pct(n, base)})"


def interval(lo, hi, *, percent: bool = True) -> str:
    """'; 95% interval 20–45%' when the table has an interval, else ''."""
    if lo is None or hi is None or pd.isna(lo) or pd.isna(hi):
        return ""
    if percent:
        return f"; 95% interval {100 * lo:.0f}–{100 * hi:.0f}%"
    return f"; 95% interval {lo:.2f} to {hi:.2f}"


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _side(name) -> str:
    return "unknown" if name is None or pd.isna(name) else str(name).replace("_", " ")


# --------------------------------------------------------------------------------------------- 01 corpus

def corpus(tables) -> Findings:
    """Findings of the corpus overview: size and span, the largest outlet, wire copy, length, cleaning (counted
    by presslens.queries: the corpus tables are never loaded)."""
    from . import queries
    num = queries.corpus_numbers(tables)
    a = num["articles"]
    n = int(a["n"])
    if n == 0:
        return Findings([])
    out = []
    named_n, dated = int(a["named"]), int(a["dated"])
    undated = n - dated
    day = lambda d: f"{d.day} {d:%B %Y}"  # noqa: E731
    span = (f", published {day(pd.Timestamp(a['first']))} to {day(pd.Timestamp(a['last']))}" if dated
            else ", none of them dated")
    no_outlet = n - named_n
    out.append(Finding("articles", f"{_plural(n, 'article')} from {_plural(int(a['outlets']), 'named outlet')}"
                       + (f" ({no_outlet:,} with no outlet named)" if no_outlet else "") + span
                       + (f"; {undated:,} without a date" if undated and dated else "") + ".",
                       value=n, base=n, table="outlets", link_text="outlets table"))
    counts = num["top_outlets"]
    if len(counts) > 1 and counts["n"].iloc[0] > counts["n"].iloc[1]:
        top, top_n = counts["outlet"].iloc[0], int(counts["n"].iloc[0])
        out.append(Finding("largest_outlet", f"{top} contributes the most articles: {of(top_n, n)}.",
                           value=top_n, base=n, table="outlets", link_text="outlets table"))
    elif len(counts) > 1:
        top_n = int(counts["n"].iloc[0])
        out.append(Finding("largest_outlet", f"No outlet dominates: the largest contribute {_plural(top_n, 'article')} "
                           f"each, {of(top_n, n)}.", value=top_n, base=n, table="outlets", link_text="outlets table"))
    shared, n_paras = int(num["paragraphs"]["shared"]), int(num["paragraphs"]["paragraphs"])
    credited = int(a["credited"])
    out.append(Finding("wire", f"{of(shared, n_paras, 'paragraphs')} also appear, word for word or nearly, in "
                       f"another article of the corpus (shared wire copy); {of(credited, n, 'articles')} credit a "
                       f"wire service.", value=shared, base=n_paras, table="wire-groups",
                       link_text="shared paragraphs"))
    out.append(Finding("length", f"The median article has {int(a['median']):,} words (shortest "
                       f"{int(a['shortest']):,}, longest {int(a['longest']):,}; {int(a['words']):,} words in all).",
                       value=int(a["median"]), base=n, table="articles", link_text="articles table"))
    removed = num["removed"]
    if int(removed["lines"]):
        kinds, lines = num["removed_kinds"], int(removed["lines"])
        out.append(Finding("removed", f"The loader removed {_plural(lines, 'line')} of non-news text from "
                           f"{of(int(removed['articles']), n, 'articles')}; the most common kind is "
                           f"{str(kinds['kind'].iloc[0]).replace('_', ' ')}: {of(int(kinds['n'].iloc[0]), lines, 'lines')}.",
                           value=lines, base=n, table="removed-lines", link_text="removed lines"))
    log = num["ingest"]
    n_log = sum(log.values())
    out.append(Finding("inputs", f"{_plural(n_log, 'input file')} read: "
                       f"{log.get('rejected', 0):,} rejected, {log.get('warning', 0):,} with a warning.",
                       value=n_log - log.get("ok", 0), base=n_log, table="ingest-problems",
                       link_text="files flagged"))
    return Findings(out[:6])


# --------------------------------------------------------------------------------------------- 02 casualties

def casualties(tables, tally: pd.DataFrame) -> Findings:
    """Findings of the casualty report: claims and who makes them, the largest tallies, hedging, vague numbers."""
    claims = tables.claims
    n = len(claims)
    n_articles = len(tables.article_ids())
    if n == 0:
        return Findings([], empty=f"No casualty claims in the {_plural(n_articles, 'article')} of this selection.")
    out = []
    with_claims = claims["article_id"].nunique()
    attributed = int((claims["claimant"].notna() | claims["claimant_side"].notna()).sum())
    who = (f"all {n:,} are attributed to a claimant" if attributed == n else
           f"{of(attributed, n)} are attributed to a claimant, the rest are in the article's own voice")
    out.append(Finding("claims", f"{_plural(n, 'casualty claim')} in {of(with_claims, n_articles, 'articles')}; {who}.",
                       value=n, base=n_articles, table="claims", link_text="every claim"))
    totals = report.tally_totals(tally)
    killed = totals[(totals["category"] == "killed") & totals["low"].notna()].copy()
    named_sides = killed[~killed["victim_side"].isin(["unknown"]) & killed["victim_side"].notna()]
    killed = (named_sides if len(named_sides) else killed).sort_values("low", ascending=False).head(2)
    for rec in killed.to_dict("records"):
        lo, hi = int(rec["low"]), rec.get("high")
        if rec.get("open_high") is True or pd.isna(hi):
            rng = f"at least {lo:,} (a claim gives no upper figure)"
        else:
            rng = f"{lo:,}" if int(hi) == lo else f"between {lo:,} and {int(hi):,}"
        merged = (f", summed over {_plural(int(rec['n_incidents']), 'incident')} (repeats and wire copies once)"
                  if "n_incidents" in rec and not pd.isna(rec.get("n_incidents")) else "")
        out.append(Finding(f"killed_{rec['victim_side']}",
                           f"{_side(rec['victim_side']).capitalize()} killed: the tally gives {rng}, "
                           f"from {_plural(int(rec['n_claims']), 'claim')}{merged}.",
                           value=lo, base=int(rec["n_claims"]), table="incidents", link_text="the incidents"))
    hedged = int(claims["hedged"].fillna(False).astype(bool).sum())
    out.append(Finding("hedged", f"{of(hedged, n, 'claims')} are hedged by their reporter or claimant "
                       f"(\"claimed\", \"reportedly\", \"could not be verified\").", value=hedged, base=n,
                       table="claims", link_text="every claim"))
    vague = int(claims["vague"].notna().sum())
    if vague:
        out.append(Finding("vague", f"{of(vague, n, 'claims')} give a vague number (\"dozens\", \"thousands\"); the "
                           f"tally reads them conservatively (dozens = 12, hundreds = 100) or not at all.",
                           value=vague, base=n, table="vague-words", link_text="how vague words are read"))
    by_side = _fill(claims["claimant_side"], "the article itself").value_counts()
    if len(by_side) > 1:
        side, k = by_side.index[0], int(by_side.iloc[0])
        out.append(Finding("top_claimant", f"Most claims come from {_side(side)}: {of(k, n)}.", value=k, base=n,
                           table="claims-by-claimant", link_text="claims by claimant"))
    return Findings(out[:6])


# --------------------------------------------------------------------------------------------- 03 quotes

def quotes(tables) -> Findings:
    """Findings of the quote report: how many statements and speakers, who speaks most, top speaker, anonymity
    (counted by presslens.queries: the quote table is never loaded)."""
    from . import queries
    num = queries.quote_numbers(tables)
    n, n_articles = int(num["n"]), int(num["n_articles"])
    if n == 0:
        return Findings([], empty=f"No attributed statements in the {_plural(n_articles, 'article')} of this selection.")
    out = []
    direct = int(num["direct"])
    out.append(Finding("statements", f"{_plural(n, 'attributed statement')} from "
                       f"{_plural(int(num['speakers']), 'distinct speaker')} in "
                       f"{of(int(num['articles']), n_articles, 'articles')}; "
                       f"{of(direct, n)} are direct quotes, the rest in the writer's words.",
                       value=n, base=n_articles, table="statements", link_text="every statement"))
    sides = queries.voice_by_side(tables)["statements"].sort_values(ascending=False, kind="stable")
    first = f"{_side(sides.index[0]).capitalize()} speaks most: {of(int(sides.iloc[0]), n, 'statements')}"
    if len(sides) > 1:
        first += f"; next {_side(sides.index[1])}, {of(int(sides.iloc[1]), n)}"
    out.append(Finding("top_side", first + ".", value=int(sides.iloc[0]), base=n, table="by-side",
                       link_text="statements by side"))
    speakers = queries.top_speakers(tables, n=1)
    if len(speakers):
        s = speakers.iloc[0]
        k = len(str(s["outlets"]).split(", "))
        out.append(Finding("top_speaker", f"The most-quoted speaker is {s['speaker']} ({_side(s['side'])}): "
                           f"{of(int(s['statements']), n, 'statements')}, in {_plural(k, 'outlet')}.",
                           value=int(s["statements"]), base=n, table="speakers", link_text="top speakers"))
    anon = int(num["anonymous"])
    out.append(Finding("anonymous", f"{of(anon, n, 'statements')} come from unnamed sources (\"officials\", "
                       f"\"sources said\").", value=anon, base=n, table="anonymous", link_text="unnamed sources"))
    per = queries.side_share_by_outlet(tables, sides.index[0])
    if len(per) > 1 and per.max() > per.min():
        out.append(Finding("spread", f"The share of statements from {_side(sides.index[0])} ranges from "
                           f"{100 * per.min():.0f}% ({_outlet(per.idxmin())}) to {100 * per.max():.0f}% ({_outlet(per.idxmax())}).",
                           value=float(per.max()), base=len(per), table="side-by-outlet",
                           link_text="statements by outlet"))
    return Findings(out[:6])


# --------------------------------------------------------------------------------------------- 04 bias

def _extremes(rows: pd.DataFrame) -> tuple[pd.Series, pd.Series] | None:
    rows = rows[rows["den"] > 0].dropna(subset=["rate"])
    if len(rows) < 1:
        return None
    rows = rows.sort_values(["rate", "outlet"])
    return rows.iloc[-1], rows.iloc[0]


def _outlet(name) -> str:
    return "articles with no outlet named" if name is None or pd.isna(name) or name == "unknown" else str(name)


def _rate(r: pd.Series, unit: str) -> str:
    small = " (small base)" if bool(r.get("low_count")) else ""
    return f"{100 * r['rate']:.0f}% ({int(r['n']):,} of {int(r['den']):,} {unit}{interval(r['lo'], r['hi'])}){small}"


def bias(table: pd.DataFrame, *, lexicons=None) -> Findings:
    """Findings of the source-bias report from `bias.measures`: voice, hedged claims, unnamed sources, wire copy,
    each as the highest and lowest outlet with count, base and bootstrap interval."""
    if table.empty:
        return Findings([])
    out = []
    outlets = table["outlet"].nunique()
    voice = table[table["measure"] == "voice"]
    if len(voice):
        sides = voice.groupby("side")["n"].sum().sort_values(ascending=False)
        main = lexicons.side_names if lexicons is not None else []
        side = next((s for s in main if s in sides.index and sides[s] > 0), sides.index[0])
        ext = _extremes(voice[voice["side"] == side])
        if ext:
            hi, lo = ext
            out.append(Finding("voice", f"Share of statements from {_side(side)}: highest in {_outlet(hi['outlet'])}, "
                               f"{_rate(hi, 'statements')}; lowest in {_outlet(lo['outlet'])}, {_rate(lo, 'statements')}.",
                               value=float(hi["rate"]), base=int(hi["den"]), table="measures",
                               link_text="every measure"))
    for key, measure, item, unit, what in (
            ("hedged", "hedged_claims", "hedged", "claims", "Share of casualty claims hedged"),
            ("anonymous", "anonymous", "anonymous", "statements", "Share of statements from unnamed sources"),
            ("wire", "wire", "shared", "paragraphs", "Share of paragraphs shared with another outlet (wire copy)")):
        rows = table[(table["measure"] == measure) & (table["item"] == item)]
        ext = _extremes(rows)
        if ext:
            hi, lo = ext
            text = f"{what}: highest in {_outlet(hi['outlet'])}, {_rate(hi, unit)}"
            if hi["outlet"] != lo["outlet"]:
                text += f"; lowest in {_outlet(lo['outlet'])}, {_rate(lo, unit)}"
            out.append(Finding(key, text + ".", value=float(hi["rate"]), base=int(hi["den"]), table="measures",
                               link_text="every measure"))
    small = table[table["low_count"].fillna(False).astype(bool)]["outlet"].nunique()
    out.append(Finding("small_bases", f"{small:,} of {outlets:,} outlets have a base below the minimum count for at "
                       f"least one measure (marked \"small base\" in the tables); intervals are bootstrapped over "
                       f"articles, so an outlet with one article has none.", value=small, base=outlets,
                       table="summary", link_text="headline rates"))
    return Findings(out[:6])

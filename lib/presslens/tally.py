"""The de-duplicated casualty tally: claims -> clusters of repeats -> low/high per victim side and category.

Claims come from ``presslens.casualties.extract_casualties``.  Repeats (shared wire copy, or the same
claimant, category, side and numbers within a few days) are clustered and counted once; figures of
different claimants are alternatives, never addends (Iraq Body Count's low/high convention).  Vague
words count only through ``data/lexicons/vague_numbers.csv``.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from . import config
from .casualties import load_vague_numbers
from .tables import DisjointSet, make_table

CLUSTER_COLUMNS = {
    "cluster_id": "string", "category": "string", "victim_side": "string", "claimant": "string",
    "claimant_side": "string", "low": "Int64", "high": "Int64", "vague": "string", "mapped_low": "Int64",
    "mapped_high": "Int64", "hedged": "boolean", "n_claims": "Int64", "n_outlets": "Int64", "outlets": "object",
    "articles": "object", "claim_ids": "object", "first_date": "datetime64[s]", "text": "string",
}

SUMMARY_COLUMNS = {
    "victim_side": "string", "category": "string", "claimant_side": "string", "claimant": "string",
    "low": "Int64", "high": "Int64", "open_high": "boolean", "n_incidents": "Int64", "n_clusters": "Int64",
    "n_claims": "Int64", "n_outlets": "Int64", "vague_words": "string", "vague_mapping": "string",
}

INCIDENT_COLUMNS = {
    "incident_id": "string", "victim_side": "string", "category": "string", "date": "datetime64[s]",
    "dated_by": "string", "place": "string", "kind": "string", "low": "Int64", "high": "Int64",
    "open_high": "boolean", "figures": "string", "claimants": "object", "n_clusters": "Int64",
    "n_claims": "Int64", "n_outlets": "Int64", "outlets": "object", "claim_ids": "object", "text": "string",
}

#: days within which the same claimant, category, side and numbers count as one repeated claim
REPEAT_WINDOW_DAYS = 3


def _norm_name(name: Any) -> str:
    if name is None or (isinstance(name, float) and name != name) or name is pd.NA:
        return ""
    return " ".join(re.findall(r"[a-z0-9]+", str(name).lower()))


def _val(v):
    """None for every missing marker (None, NA, NaN, NaT); the value otherwise."""
    if v is None or isinstance(v, (list, tuple, dict)):
        return v
    try:
        return None if pd.isna(v) else v
    except (TypeError, ValueError):
        return v


#: the claim columns cluster_claims reads, one Python list per column (no record per claim: memory at 10^5 articles);
#: a cluster's text is its first claim's, read from the table at the end
_CLUSTER_READS = ("claim_id", "article_id", "category", "low", "high", "vague", "event_date", "start", "claimant",
                  "victim_side", "claimant_side", "hedged")
#: the cluster columns the incidents and the tally read (their records hold only these)
_INCIDENT_READS = ("category", "victim_side", "claimant", "claimant_side", "mapped_low", "mapped_high", "n_claims",
                   "outlets", "claim_ids", "text")
_TALLY_READS = ("claimant", "claimant_side", "vague", "mapped_low", "mapped_high", "n_claims", "outlets", "claim_ids")


def _records(claims: pd.DataFrame, columns: tuple[str, ...]) -> list[dict]:
    """claims.to_dict("records") restricted to `columns` (those it has): the same values, a smaller dict per claim."""
    return claims[[c for c in columns if c in claims.columns]].to_dict("records")


def cluster_claims(claims: pd.DataFrame, corpus=None, *, window_days: int = REPEAT_WINDOW_DAYS) -> pd.DataFrame:
    """Claims -> one row per cluster of repeats (shared wire copy, or same claimant/category/side/numbers
    within `window_days`), with the outlets that carried it (CLUSTER_COLUMNS)."""
    vmap = load_vague_numbers()
    if claims is None or len(claims) == 0:
        return make_table([], CLUSTER_COLUMNS)
    outlet_of, date_of, wire_of = _article_maps(corpus)
    col = {c: claims[c].tolist() for c in _CLUSTER_READS if c in claims.columns}
    n_rows = len(claims)
    none = [None] * n_rows
    low, high, vague_of, event_date, start_of = (col.get(c, none) for c in ("low", "high", "vague", "event_date", "start"))
    claimant_of, victim_of, cside_of, hedged_of = (col.get(c, none) for c in ("claimant", "victim_side", "claimant_side", "hedged"))
    category, article = col["category"], col["article_id"]
    claim_id = col.get("claim_id", none)
    sets = DisjointSet(n_rows)
    find, union = sets.find, sets.union

    def numbers(i):
        return (category[i], _val(low[i]), _val(high[i]), (_val(vague_of[i]) or "").lower())

    def date(i):
        d = _val(event_date[i])
        return pd.Timestamp(d) if d is not None else date_of.get(article[i])

    by_wire: dict[tuple, int] = {}
    by_key: dict[tuple, list[int]] = {}
    for i in range(n_rows):
        start = _val(start_of[i])
        for a, b, g in wire_of.get(article[i], []):
            if start is not None and a <= start < b:
                key = (g, *numbers(i))
                if key in by_wire:
                    union(i, by_wire[key])
                else:
                    by_wire[key] = i
        key = (_norm_name(claimant_of[i]), _val(victim_of[i]) or "unknown", *numbers(i))
        by_key.setdefault(key, []).append(i)
    _join_repeats(by_key, date, union, window_days)
    groups: dict[int, list[int]] = {}
    for i in range(n_rows):
        groups.setdefault(find(i), []).append(i)
    texts = claims["text"] if "text" in claims.columns else None
    out = []
    for n, (root, members) in enumerate(sorted(groups.items())):
        f = members[0]
        vague = (_val(vague_of[f]) or None)
        mlow, mhigh = _val(low[f]), _val(high[f])
        if vague:
            mlow, mhigh = vmap.get(vague.lower(), (None, None))
        outlets = sorted({outlet_of.get(article[m], article[m]) for m in members})
        dates = [d for d in (date(m) for m in members) if d is not None]
        claimant = next((_val(claimant_of[m]) for m in members if _val(claimant_of[m])), None)
        cside = next((_val(cside_of[m]) for m in members if _val(cside_of[m])), None)
        out.append({
            "cluster_id": f"k{n:04d}", "category": category[f],
            "victim_side": _val(victim_of[f]) or "unknown", "claimant": claimant,
            "claimant_side": cside or ("article" if claimant is None else "unknown"),
            "low": _val(low[f]), "high": _val(high[f]), "vague": vague,
            "mapped_low": mlow, "mapped_high": mhigh,
            "hedged": any(bool(_val(hedged_of[m])) for m in members), "n_claims": len(members),
            "n_outlets": len(outlets), "outlets": outlets,
            "articles": sorted({article[m] for m in members}),
            "claim_ids": [claim_id[m] for m in members],
            "first_date": min(dates) if dates else None, "text": None if texts is None else texts.iloc[f],
        })
    return make_table(out, CLUSTER_COLUMNS)


def _article_maps(corpus) -> tuple[dict, dict, dict[str, list[tuple[int, int, Any]]]]:
    """Corpus -> each article's outlet (else its id) and date, and its paragraphs' (start, end, wire group)."""
    arts = getattr(corpus, "articles", None) if corpus is not None else None
    outlet_of, date_of = {}, {}
    if arts is not None and len(arts):
        for rec in arts.to_dict("records"):
            aid = rec.get("article_id")
            outlet_of[aid] = _val(rec.get("outlet")) or aid
            pub = _val(rec.get("published"))
            date_of[aid] = pd.Timestamp(pub) if pub is not None else None
    paras = getattr(corpus, "paragraphs", None) if corpus is not None else None
    wire_of: dict[str, list[tuple[int, int, Any]]] = {}
    if paras is not None and len(paras) and "wire_group" in paras.columns:
        for rec in paras[["article_id", "start", "end", "wire_group"]].to_dict("records"):
            if _val(rec["wire_group"]) is not None:
                wire_of.setdefault(rec["article_id"], []).append((rec["start"], rec["end"], rec["wire_group"]))
    return outlet_of, date_of, wire_of


def _join_repeats(by_key: dict[tuple, list[int]], date, union, window_days: int) -> None:
    # repeats: same claimant, side, category and numbers within `window_days`.  On a line, "within the window of
    # some member" joins the same groups as chaining neighbours in date order; an undated claim joins them all.
    for members in by_key.values():
        if len(members) < 2:
            continue
        dated = sorted((date(m), m) for m in members if date(m) is not None)
        undated = [m for m in members if date(m) is None]
        if undated:
            for m in members[1:]:
                union(members[0], m)
            continue
        for (d1, m1), (d2, m2) in zip(dated, dated[1:]):
            if (d2 - d1).days <= window_days:
                union(m1, m2)


@dataclass
class _Cluster:
    """One cluster of repeats as the incident grouping sees it."""
    rec: dict
    key: str             # who claims it: the claimant side, or the claimant's name when the side is unknown
    date: pd.Timestamp | None
    exact: bool          # dated by the claim's own words (event_date), not by its article
    place: str | None
    cumulative: bool


def _claimant_key(side: Any, name: Any) -> str:
    """Whose figure a claim is: its claimant side, else (side unknown) the claimant's name, else the article's.

    >>> _claimant_key("gov", "Col. Ruto"), _claimant_key("unknown", "Col. Ruto"), _claimant_key(None, None)
    ('gov', 'unknown: Col. Ruto', 'article')
    """
    side, name = _val(side), _val(name)
    if side and side != "unknown":
        return str(side)
    if name:
        return f"unknown: {name}"
    return "article" if not side else "unknown"


def _sentence_of(claims: pd.DataFrame, corpus) -> list[str]:
    """The sentence each claim stands in (its own text where the corpus has no sentence table)."""
    texts = [str(_val(t) or "") for t in claims["text"]]
    sents = getattr(corpus, "sentences", None) if corpus is not None else None
    if sents is None or not len(sents) or not len(claims):
        return texts
    by_article: dict[str, tuple[list[int], list[str]]] = {}
    wanted = set(claims["article_id"])
    part = sents[sents["article_id"].isin(wanted)]
    for aid, start, text in zip(part["article_id"], part["start"], part["text"]):
        starts, bodies = by_article.setdefault(aid, ([], []))
        starts.append(int(start))
        bodies.append(str(text))
    out = []
    for aid, start, own in zip(claims["article_id"], claims["start"], texts):
        starts, bodies = by_article.get(aid, ([], []))
        k = bisect.bisect_right(starts, int(start)) - 1 if _val(start) is not None and starts else -1
        out.append(bodies[k] if k >= 0 else own)
    return out


def _clusters_for_incidents(claims, corpus, clusters, settings) -> list[_Cluster]:
    cumulative = re.compile(r"\b(?:" + "|".join(settings["cumulative_cues"]) + r")\b", re.I)
    sentences = dict(zip(claims["claim_id"], _sentence_of(claims, corpus)))
    claim_rows = {r["claim_id"]: r for r in _records(claims, ("claim_id", "event_date", "article_id", "place"))}
    arts = getattr(corpus, "articles", None) if corpus is not None else None
    published = {}
    if arts is not None and len(arts):
        published = {a: pd.Timestamp(p) for a, p in zip(arts["article_id"], arts["published"]) if _val(p) is not None}
    out = []
    for c in _records(clusters, _INCIDENT_READS):
        members = [claim_rows[i] for i in c["claim_ids"] if i in claim_rows]
        events = [pd.Timestamp(m["event_date"]) for m in members if _val(m.get("event_date")) is not None]
        pubs = [published[m["article_id"]] for m in members if m["article_id"] in published]
        place = next((str(_val(m.get("place"))) for m in members if _val(m.get("place"))), None)
        date = min(events) if events else (min(pubs) if pubs else None)
        out.append(_Cluster(c, _claimant_key(c["claimant_side"], c["claimant"]),
                            date.normalize() if date is not None else None, bool(events), place,
                            any(cumulative.search(sentences.get(i, "")) for i in c["claim_ids"])))
    return out


def _group_incidents(items: list[_Cluster], window_days: int) -> list[list[_Cluster]]:
    """Clusters of one victim side and category -> incidents (lists of clusters).

    Running totals stand alone; clusters dated by their own words group by day and place; clusters dated only
    by their article join the latest incident of the `window_days` before (place permitting), else start one.
    """
    incidents: list[list[_Cluster]] = [[c] for c in items if c.cumulative]
    events = [c for c in items if not c.cumulative]
    by_day: dict[tuple, list[_Cluster]] = {}
    for c in sorted((c for c in events if c.exact), key=lambda c: (c.date, c.place is None, c.place or "")):
        key = (c.date, c.place)
        if c.place is None:  # no place named: the day's first incident
            key = next((k for k in by_day if k[0] == c.date), key)
        by_day.setdefault(key, []).append(c)
    dated = sorted(by_day.values(), key=lambda inc: inc[0].date)
    days = [inc[0].date for inc in dated]   # kept sorted: the incidents of a window found by bisection
    undated: list[_Cluster] = []
    window = pd.Timedelta(days=window_days)
    for c in sorted((c for c in events if not c.exact), key=lambda c: (c.date is None, c.date)):
        if c.date is None:
            undated.append(c)
            continue
        lo, hi = bisect.bisect_left(days, c.date - window), bisect.bisect_right(days, c.date)
        fits = [dated[k] for k in range(hi - 1, lo - 1, -1) if c.place is None or dated[k][0].place in (None, c.place)]
        if fits:
            fits[0].append(c)      # the latest incident of the window
        else:
            dated.insert(hi, [c])
            days.insert(hi, c.date)
    incidents.extend(dated)
    if undated:
        incidents.append(undated)
    return incidents


def _support(c: Mapping) -> tuple[int | None, int | None, bool]:
    """A cluster's (low, high, open-ended) in people, vague words through vague_numbers.csv; (None, None, True)
    when it gives no number."""
    lo, hi = _val(c["mapped_low"]), _val(c["mapped_high"])
    if lo is None and hi is None:
        return None, None, True
    return (lo if lo is not None else 0), (hi if hi is not None else lo), hi is None


def _figure(clusters: list[_Cluster]) -> tuple[int | None, int | None, bool, dict[str, tuple]]:
    """Low/high of one incident: each claimant's best (largest) lower bound, the smallest of those is the
    low; the largest figure any claim supports is the high.  -> (low, high, open, per claimant)."""
    per: dict[str, tuple[int | None, int | None, bool]] = {}
    for c in clusters:
        lo, hi, op = _support(c.rec)
        if lo is None:
            per.setdefault(c.key, (None, None, True))
            continue
        prev = per.get(c.key)
        per[c.key] = (lo, hi, op) if prev is None or prev[0] is None else \
            (max(lo, prev[0]), max(hi, prev[1]), prev[2] or op)
    numeric = [v for v in per.values() if v[0] is not None]
    if not numeric:
        return None, None, True, per
    return min(v[0] for v in numeric), max(v[1] for v in numeric), any(v[2] for v in numeric), per


def _fmt_figure(lo, hi, op) -> str:
    """'40', '3-40', '7+' (at least seven), or 'not counted' (a vague word with no number)."""
    if lo is None:
        return "not counted"
    return (f"{lo:,}" if lo == hi else f"{lo:,}-{hi:,}") + ("+" if op else "")


def incidents(claims: pd.DataFrame, corpus=None, *, window_days: int | None = None,
              clusters: pd.DataFrame | None = None) -> pd.DataFrame:
    """Claims -> one row per incident (INCIDENT_COLUMNS): a victim side's losses in one category on one day
    and, when stated, at one place; wire copies and repeats count once, each claimant's figure is kept.
    `clusters`: cluster_claims(claims, corpus) when already made (not computed again).

    >>> from types import SimpleNamespace
    >>> from presslens.casualties import CLAIM_COLUMNS
    >>> rows = [dict(claim_id=f"c{i}", article_id="a", category="killed", low=n, high=n, victim_side="rebels",
    ...              claimant=who, claimant_side=side, event_date=day, text=f"{n} rebels were killed", start=i)
    ...         for i, (n, who, side, day) in enumerate([(40, "Army", "gov", "2024-03-02"),
    ...                                                  (3, "Front", "rebels", "2024-03-02"),
    ...                                                  (12, "Army", "gov", "2024-03-09")])]
    >>> inc = incidents(make_table(rows, CLAIM_COLUMNS))
    >>> inc[["date", "low", "high", "figures"]].astype(str).values.tolist()
    [['2024-03-02', '3', '40', 'gov: 40; rebels: 3'], ['2024-03-09', '12', '12', 'gov: 12']]
    """
    return _incidents(claims, corpus, window_days, clusters)[0]


def _incidents(claims: pd.DataFrame, corpus, window_days: int | None,
               clusters: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """-> (incident table, cluster table)."""
    settings = config.lexicon("tally")
    window = settings["window_days"] if window_days is None else window_days
    if clusters is None:
        clusters = cluster_claims(claims, corpus)
    if not len(clusters):
        return make_table([], INCIDENT_COLUMNS), clusters
    items = _clusters_for_incidents(claims, corpus, clusters, settings)
    groups: dict[tuple, list[_Cluster]] = {}
    for c in items:
        groups.setdefault((c.rec["victim_side"], c.rec["category"]), []).append(c)
    rows = []
    for (side, category), members in sorted(groups.items()):
        for inc in sorted(_group_incidents(members, window), key=lambda i: (i[0].date is None, i[0].date or 0)):
            lo, hi, op, per = _figure(inc)
            recs = [c.rec for c in inc]
            dates = [c.date for c in inc if c.date is not None]
            rows.append({
                "incident_id": "", "victim_side": side, "category": category,
                "date": min(dates) if dates else None,
                "dated_by": "event" if any(c.exact for c in inc) else ("article" if dates else "none"),
                "place": next((c.place for c in inc if c.place), None),
                "kind": "running total" if inc[0].cumulative else "event",
                "low": lo, "high": hi, "open_high": op,
                "figures": "; ".join(f"{k}: {_fmt_figure(*v)}" for k, v in sorted(per.items())),
                "claimants": sorted(per), "n_clusters": len(inc), "n_claims": sum(int(r["n_claims"]) for r in recs),
                "n_outlets": len({o for r in recs for o in r["outlets"]}),
                "outlets": sorted({o for r in recs for o in r["outlets"]}),
                "claim_ids": [i for r in recs for i in r["claim_ids"]],
                "text": recs[0]["text"],
            })
    for n, r in enumerate(rows):
        r["incident_id"] = f"i{n:04d}"
    return make_table(rows, INCIDENT_COLUMNS), clusters


def _total(rows: list[dict], stock: bool, lo_of, hi_of, open_of) -> tuple[int | None, int | None, bool]:
    """Sum event incidents (or, for a stock category, take the largest); running totals are a floor, not an
    addend."""
    def combine(values):
        values = [v for v in values if v is not None]
        return (max(values) if stock else sum(values)) if values else None
    events = [r for r in rows if r["kind"] == "event"]
    running = [r for r in rows if r["kind"] != "event"]
    lo = combine([lo_of(r) for r in events])
    hi = combine([hi_of(r) for r in events])
    run_lo = max((lo_of(r) for r in running if lo_of(r) is not None), default=None)
    run_hi = max((hi_of(r) for r in running if hi_of(r) is not None), default=None)
    if run_lo is not None:
        lo = run_lo if lo is None else max(lo, run_lo)
    if run_hi is not None:
        hi = run_hi if hi is None else max(hi, run_hi)
    return lo, hi, any(open_of(r) for r in rows if lo_of(r) is not None)


def tally(claims: pd.DataFrame, corpus, *, window_days: int | None = None, found: dict | None = None) -> pd.DataFrame:
    """Claims -> totals per victim side and category, summed over incidents (`incidents`), as casualty
    monitors count.

    Within an incident, figures of different claimants are alternatives, never addends: `low` is the smallest
    of the claimants' figures, `high` the largest figure any claim supports; then the incidents' lows and
    highs are added up.  Running totals ("since October", "so far") are not added: a side's total is at least
    the largest of them.  Stock categories (displaced) take the largest incident, not the sum.  One row per
    (victim_side, category, claimant) plus an `all` row; a claimant whose side is unknown is kept apart by
    name, so no claimant's figure disappears.  Vague words count only through vague_numbers.csv.

    `found`: a dict that receives the tables the tally is made of, `incidents` (incidents) and `clusters`
    (cluster_claims), so a report that shows them does not compute them again.
    """
    inc, cluster_table = _incidents(claims, corpus, window_days)
    if found is not None:
        found["incidents"], found["clusters"] = inc, cluster_table
    if not len(inc):
        return make_table([], SUMMARY_COLUMNS)
    stock = set(config.lexicon("tally").get("stock_categories") or [])
    clusters = {r["claim_ids"][0]: r for r in _records(cluster_table, _TALLY_READS)}
    vmap = load_vague_numbers()
    recs = inc.to_dict("records")
    out = []
    for (side, category), rows in _by(recs, ("victim_side", "category")).items():
        members = [clusters[i] for r in rows for i in r["claim_ids"] if i in clusters]
        vague = sorted({c["vague"] for c in members if _val(c["vague"])})
        lo, hi, op = _total(rows, category in stock, lambda r: _val(r["low"]), lambda r: _val(r["high"]),
                            lambda r: bool(r["open_high"]))
        common = {"victim_side": side, "category": category}
        out.append({**common, "claimant_side": "all", "claimant": None, "low": lo, "high": hi, "open_high": op,
                    "n_incidents": len(rows), "n_clusters": len(members),
                    "n_claims": sum(int(c["n_claims"]) for c in members),
                    "n_outlets": len({o for c in members for o in c["outlets"]}),
                    "vague_words": ", ".join(vague) or None,
                    "vague_mapping": "; ".join(f"{w}={_fmt_pair(vmap.get(w.lower(), (None, None)))}"
                                               for w in vague) or None})
        out.extend(_claimant_rows(rows, members, common, category in stock))
    return make_table(out, SUMMARY_COLUMNS)


def _by(records: list[dict], keys: tuple[str, ...]) -> dict[tuple, list[dict]]:
    groups: dict[tuple, list[dict]] = {}
    for r in records:
        groups.setdefault(tuple(r[k] for k in keys), []).append(r)
    return dict(sorted(groups.items()))


def _claimant_rows(rows: list[dict], members: list[dict], common: dict, stock: bool) -> list[dict]:
    """One tally row per claimant (side, or name when the side is unknown): that claimant's own figures summed
    over the incidents it gave one for."""
    incident_of = {i: n for n, r in enumerate(rows) for i in r["claim_ids"]}
    own: dict[str, dict[int, list[dict]]] = {}
    for c in members:
        key = _claimant_key(c["claimant_side"], c["claimant"])
        own.setdefault(key, {}).setdefault(incident_of[c["claim_ids"][0]], []).append(c)
    out = []
    for key, by_incident in sorted(own.items()):
        per_incident = []
        for n, mine in by_incident.items():
            nums = [s for s in map(_support, mine) if s[0] is not None]
            per_incident.append({"kind": rows[n]["kind"], "low": max((s[0] for s in nums), default=None),
                                 "high": max((s[1] for s in nums), default=None), "open": any(s[2] for s in nums)})
        lo, hi, op = _total(per_incident, stock, lambda r: r["low"], lambda r: r["high"], lambda r: r["open"])
        side, _, name = key.partition(": ")
        mine = [c for cs in by_incident.values() for c in cs]
        vague = sorted({c["vague"] for c in mine if _val(c["vague"])})
        out.append({**common, "claimant_side": side, "claimant": name or None, "low": lo, "high": hi,
                    "open_high": op, "n_incidents": len(per_incident), "n_clusters": len(mine),
                    "n_claims": sum(int(c["n_claims"]) for c in mine),
                    "n_outlets": len({o for c in mine for o in c["outlets"]}),
                    "vague_words": ", ".join(vague) or None, "vague_mapping": None})
    return out


def _fmt_pair(pair: tuple[int | None, int | None]) -> str:
    lo, hi = pair
    if lo is None and hi is None:
        return "not counted"
    if hi is None:
        return f"{lo}+"
    return f"{lo}-{hi}" if lo != hi else str(lo)


def format_tally(summary: pd.DataFrame) -> str:
    """The tally as a plain-text table for the terminal, with the vague-word mapping used."""
    if summary is None or len(summary) == 0:
        return "no casualty claims"
    records = summary.to_dict("records")

    def who(r):
        if r["claimant_side"] == "all":
            return "all"
        return "  " + (f"{r['claimant']} (side unknown)" if _val(r.get("claimant")) else str(r["claimant_side"]))
    width = min(48, max(12, *(len(who(r)) for r in records)))
    lines = [f"{'victim side':<16} {'category':<12} {'claimed by':<{width}} {'low':>9} {'high':>10} {'incidents':>9} "
             f"{'claims':>6} {'outlets':>7}  vague"]
    for r in records:
        lo, hi = _val(r["low"]), _val(r["high"])
        hi_s = "-" if hi is None else f"{hi:,}" + ("+" if r["open_high"] else "")
        sub = r["claimant_side"] != "all"
        lines.append(f"{(r['victim_side'] if not sub else ''):<16} {(r['category'] if not sub else ''):<12} "
                     f"{who(r)[:width]:<{width}} {'-' if lo is None else f'{lo:,}':>9} {hi_s:>10} "
                     f"{r['n_incidents']:>9} {r['n_claims']:>6} {r['n_outlets']:>7}  {_val(r['vague_words']) or ''}")
    vmap = load_vague_numbers()
    lines.append("")
    lines.append("vague words -> numbers (data/lexicons/vague_numbers.csv): " +
                 ", ".join(f"{w}={_fmt_pair(p)}" for w, p in vmap.items()))
    lines.append("Totals are summed over incidents (one victim side, category, day and place; repeats and wire "
                 "copies once). Within an incident, low = the smallest of the claimants' figures, high = the "
                 "largest; '+' = open-ended ('at least'). Running totals ('so far') are a floor, not added; "
                 "displacement takes the largest incident.")
    return "\n".join(lines)

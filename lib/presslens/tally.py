"""The de-duplicated casualty tally: claims -> clusters of repeats -> low/high per victim side and category.

Claims come from ``presslens.casualties.extract_casualties``.  Repeats (shared wire copy, or the same
claimant, category, side and numbers within a few days) are clustered and counted once; figures of
different claimants are alternatives, never addends (Iraq Body Count's low/high convention).  Vague
words count only through ``data/lexicons/vague_numbers.csv``.
"""
from __future__ import annotations

import re
from typing import Any

import pandas as pd

from .casualties import load_vague_numbers
from .tables import DisjointSet, make_table

CLUSTER_COLUMNS = {
    "cluster_id": "string", "category": "string", "victim_side": "string", "claimant": "string",
    "claimant_side": "string", "low": "Int64", "high": "Int64", "vague": "string", "mapped_low": "Int64",
    "mapped_high": "Int64", "hedged": "boolean", "n_claims": "Int64", "n_outlets": "Int64", "outlets": "object",
    "articles": "object", "claim_ids": "object", "first_date": "datetime64[s]", "text": "string",
}

SUMMARY_COLUMNS = {
    "victim_side": "string", "category": "string", "claimant_side": "string", "low": "Int64", "high": "Int64",
    "open_high": "boolean", "n_clusters": "Int64", "n_claims": "Int64", "n_outlets": "Int64",
    "vague_words": "string", "vague_mapping": "string",
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


def cluster_claims(claims: pd.DataFrame, corpus=None, *, window_days: int = REPEAT_WINDOW_DAYS) -> pd.DataFrame:
    """Claims -> one row per cluster of repeats (shared wire copy, or same claimant/category/side/numbers
    within `window_days`), with the outlets that carried it (CLUSTER_COLUMNS)."""
    vmap = load_vague_numbers()
    if claims is None or len(claims) == 0:
        return make_table([], CLUSTER_COLUMNS)
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
    rows = claims.to_dict("records")
    sets = DisjointSet(len(rows))
    find, union = sets.find, sets.union

    def numbers(r):
        return (r["category"], _val(r.get("low")), _val(r.get("high")), (_val(r.get("vague")) or "").lower())

    def date(r):
        d = _val(r.get("event_date"))
        return pd.Timestamp(d) if d is not None else date_of.get(r["article_id"])

    by_wire: dict[tuple, int] = {}
    by_key: dict[tuple, list[int]] = {}
    for i, r in enumerate(rows):
        start = _val(r.get("start"))
        for a, b, g in wire_of.get(r["article_id"], []):
            if start is not None and a <= start < b:
                key = (g, *numbers(r))
                if key in by_wire:
                    union(i, by_wire[key])
                else:
                    by_wire[key] = i
        key = (_norm_name(r.get("claimant")), _val(r.get("victim_side")) or "unknown", *numbers(r))
        by_key.setdefault(key, []).append(i)
    # repeats: same claimant, side, category and numbers within `window_days`.  On a line, "within the window of
    # some member" joins the same groups as chaining neighbours in date order; an undated claim joins them all.
    for members in by_key.values():
        if len(members) < 2:
            continue
        dated = sorted((date(rows[m]), m) for m in members if date(rows[m]) is not None)
        undated = [m for m in members if date(rows[m]) is None]
        if undated:
            for m in members[1:]:
                union(members[0], m)
            continue
        for (d1, m1), (d2, m2) in zip(dated, dated[1:]):
            if (d2 - d1).days <= window_days:
                union(m1, m2)
    groups: dict[int, list[int]] = {}
    for i in range(len(rows)):
        groups.setdefault(find(i), []).append(i)
    out = []
    for n, (root, members) in enumerate(sorted(groups.items())):
        first = rows[members[0]]
        vague = (_val(first.get("vague")) or None)
        mlow, mhigh = _val(first.get("low")), _val(first.get("high"))
        if vague:
            mlow, mhigh = vmap.get(vague.lower(), (None, None))
        outlets = sorted({outlet_of.get(rows[m]["article_id"], rows[m]["article_id"]) for m in members})
        dates = [d for d in (date(rows[m]) for m in members) if d is not None]
        claimant = next((_val(rows[m].get("claimant")) for m in members if _val(rows[m].get("claimant"))), None)
        cside = next((_val(rows[m].get("claimant_side")) for m in members if _val(rows[m].get("claimant_side"))),
                     None)
        out.append({
            "cluster_id": f"k{n:04d}", "category": first["category"],
            "victim_side": _val(first.get("victim_side")) or "unknown", "claimant": claimant,
            "claimant_side": cside or ("article" if claimant is None else "unknown"),
            "low": _val(first.get("low")), "high": _val(first.get("high")), "vague": vague,
            "mapped_low": mlow, "mapped_high": mhigh,
            "hedged": any(bool(_val(rows[m].get("hedged"))) for m in members), "n_claims": len(members),
            "n_outlets": len(outlets), "outlets": outlets,
            "articles": sorted({rows[m]["article_id"] for m in members}),
            "claim_ids": [rows[m].get("claim_id") for m in members],
            "first_date": min(dates) if dates else None, "text": first.get("text"),
        })
    return make_table(out, CLUSTER_COLUMNS)


def tally(claims: pd.DataFrame, corpus) -> pd.DataFrame:
    """Claims -> low/high per victim side and category (IBC style), each wire/repeat cluster counted once.

    One row per (victim_side, category, claimant_side) plus an `all` row per (victim_side, category).
    Overlapping claims are alternatives, never addends: `low` is the smallest figure any claimant side
    supports (its largest lower bound), `high` the largest figure any claim supports.  Vague words count only
    through vague_numbers.csv; the mapping used is in `vague_mapping`.
    """
    clusters = cluster_claims(claims, corpus)
    vmap = load_vague_numbers()
    if len(clusters) == 0:
        return make_table([], SUMMARY_COLUMNS)
    rows = []
    recs = clusters.to_dict("records")

    def support(c):
        lo, hi = _val(c["mapped_low"]), _val(c["mapped_high"])
        if lo is None and hi is None:
            return None, None, True
        lo_s = lo if lo is not None else 0
        hi_s = hi if hi is not None else lo
        return lo_s, hi_s, hi is None

    def summarise(items, victim_side, category, claimant_side, per_side_lows):
        lows, highs, open_high = [], [], False
        for c in items:
            lo, hi, op = support(c)
            if lo is None:
                continue
            lows.append(lo)
            highs.append(hi)
            open_high = open_high or op
        vague_words = sorted({c["vague"] for c in items if _val(c["vague"])})
        mapping = "; ".join(f"{w}={_fmt_pair(vmap.get(w.lower(), (None, None)))}" for w in vague_words)
        low = min(per_side_lows) if per_side_lows else (max(lows) if lows else None)
        return {
            "victim_side": victim_side, "category": category, "claimant_side": claimant_side,
            "low": low, "high": max(highs) if highs else None, "open_high": open_high,
            "n_clusters": len(items), "n_claims": sum(int(c["n_claims"]) for c in items),
            "n_outlets": len({o for c in items for o in c["outlets"]}),
            "vague_words": ", ".join(vague_words) or None, "vague_mapping": mapping or None,
        }

    keys = sorted({(c["victim_side"], c["category"]) for c in recs})
    for vs, cat in keys:
        items = [c for c in recs if c["victim_side"] == vs and c["category"] == cat]
        by_side: dict[str, list] = {}
        for c in items:
            by_side.setdefault(c["claimant_side"] or "unknown", []).append(c)
        side_lows = []
        side_rows = []
        for cs, its in sorted(by_side.items()):
            lows = [support(c)[0] for c in its if support(c)[0] is not None]
            best = max(lows) if lows else None
            side_rows.append(summarise(its, vs, cat, cs, [best] if best is not None else []))
            if best is not None:
                side_lows.append(best)
        rows.append(summarise(items, vs, cat, "all", side_lows))
        rows.extend(side_rows)
    return make_table(rows, SUMMARY_COLUMNS)


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
    lines = [f"{'victim side':<16} {'category':<12} {'claimed by':<16} {'low':>9} {'high':>10} {'clusters':>8} "
             f"{'claims':>6} {'outlets':>7}  vague"]
    for r in summary.to_dict("records"):
        lo, hi = _val(r["low"]), _val(r["high"])
        hi_s = "-" if hi is None else f"{hi:,}" + ("+" if r["open_high"] else "")
        indent = "" if r["claimant_side"] == "all" else "  "
        lines.append(f"{(r['victim_side'] if not indent else ''):<16} {(r['category'] if not indent else ''):<12} "
                     f"{indent + str(r['claimant_side']):<16} {'-' if lo is None else f'{lo:,}':>9} {hi_s:>10} "
                     f"{r['n_clusters']:>8} {r['n_claims']:>6} {r['n_outlets']:>7}  {_val(r['vague_words']) or ''}")
    vmap = load_vague_numbers()
    lines.append("")
    lines.append("vague words -> numbers (data/lexicons/vague_numbers.csv): " +
                 ", ".join(f"{w}={_fmt_pair(p)}" for w, p in vmap.items()))
    lines.append("low = the smallest figure any claimant side supports; high = the largest any claim supports; "
                 "'+' = open-ended ('at least').")
    return "\n".join(lines)

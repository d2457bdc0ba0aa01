"""Rates with bootstrap intervals over articles, per outlet or per article; wide profiles and reader-facing
summaries."""

from __future__ import annotations

import re
import zlib
from typing import Any

import numpy as np
import pandas as pd

from .lexicon import load_lexicons
from .frames import _outlets
from .wire_share import wire_credits
from .counts import Counts, _BY_SIDE, article_counts


#: measure -> (unit of its denominator, multiplier of the rate, what the rate is)
MEASURES: dict[str, tuple[str, float, str]] = {
    "voice": ("statements", 1.0, "share of statements whose speaker is on this side"),
    "quote_kind": ("statements", 1.0, "share of statements that are direct / indirect / mixed"),
    "anonymous": ("statements", 1.0, "share of statements by unnamed vs named speakers"),
    "cue_type": ("statements", 1.0, "share of this side's statements with a distancing / neutral / assertive cue"),
    "claims_claimant": ("claims", 1.0, "share of casualty claims made by this side (article = own voice)"),
    "claims_victim": ("claims", 1.0, "share of casualty claims about this side's losses"),
    "hedged_claims": ("claims", 1.0, "share of casualty claims the article hedges"),
    "verification": ("words", 1000.0, "verification phrases in the article's voice per 1,000 words"),
    "label_article": ("words", 1000.0, "uses of this label for this side in the article's voice per 1,000 words"),
    "label_quoted": ("words", 1000.0, "uses of this label for this side inside quotes per 1,000 words"),
    "wire": ("paragraphs", 1.0, "share of paragraphs shared with an article of another outlet"),
    "nonnews": ("lines", 1.0, "removed non-news lines of this kind as a share of all lines"),
    "tone": ("sentences", 1.0, "mean VADER compound score of article-voice sentences mentioning this side"),
}

#: default minimum denominators below which a rate is flagged `low_count`
MIN_COUNTS = {"statements": 10, "claims": 5, "words": 1000, "sentences": 5, "paragraphs": 0, "lines": 0}


def _measures_sparse(counts: Counts, group_of: pd.Series, *, by: str, n_boot: int, seed: int,
                     level: float) -> list[pd.DataFrame]:
    """`measures` on sparse counts: per group, the dense articles x keys matrices the bootstrap needs, built from
    the non-zero counts and the bases (the same matrices `measures` pivots out of the dense counts)."""
    key = ["measure", "side", "item"]
    grid = list(counts.keys[key].itertuples(index=False, name=None))
    num, den, den_side = counts.num, counts.den, counts.den_side
    present = group_of.index if grid else pd.Index(num.loc[num["measure"] == "tone", "article_id"].astype(str).unique())
    groups = group_of.reindex(present)
    num_groups = num["article_id"].astype(str).map(group_of)
    tone = num["measure"] == "tone"
    by_num = {g: ix for g, ix in num.groupby(num_groups.to_numpy(), sort=False).indices.items()}
    base = {m: pd.Series(f["den"].to_numpy(), index=f["article_id"].astype(str).to_numpy())
            for m, f in den.groupby("measure", observed=True)}
    base_side = {ms: pd.Series(f["den"].to_numpy(), index=f["article_id"].astype(str).to_numpy())
                 for ms, f in den_side.groupby(["measure", "side"], observed=True)}
    frames = []
    for group, members in pd.Series(groups.index, index=groups.to_numpy()).groupby(level=0, sort=True):
        arts = pd.Index(sorted(members.astype(str)))
        ix = by_num.get(group, np.array([], dtype=int))
        rows = num.iloc[ix]
        own_tone = rows[tone.iloc[ix].to_numpy()]
        cols = sorted(set(grid) | set(own_tone[key].astype(str).itertuples(index=False, name=None)))
        pos = {k: j for j, k in enumerate(cols)}
        n = np.zeros((len(arts), len(cols)))
        r = arts.get_indexer(rows["article_id"].astype(str))
        c = np.fromiter((pos.get(k, -1) for k in rows[key].astype(str).itertuples(index=False, name=None)), int,
                        count=len(rows))
        ok = (r >= 0) & (c >= 0)
        np.add.at(n, (r[ok], c[ok]), rows["num"].to_numpy(float)[ok])
        d = np.zeros_like(n)
        column: dict = {}
        for j, (m, s, _) in enumerate(cols):
            which = (m, s) if m in _BY_SIDE else m
            if which not in column:
                b = base_side.get(which) if m in _BY_SIDE else base.get(m)
                column[which] = None if b is None else b.reindex(arts).fillna(0).to_numpy(float)
            if column[which] is not None:
                d[:, j] = column[which]
        rng = np.random.default_rng([seed, zlib.crc32(str(group).encode())])
        lo, hi = _bootstrap(n, d, n_boot=n_boot if by != "article" else 0, rng=rng, level=level)
        f = pd.DataFrame(cols, columns=key)
        f.insert(0, by, group)
        nn, dd = n.sum(axis=0), d.sum(axis=0)
        f["n"], f["den"] = nn, dd
        with np.errstate(invalid="ignore", divide="ignore"):
            f["rate"] = np.where(dd > 0, nn / np.where(dd > 0, dd, 1), np.nan)
        f["lo"], f["hi"] = lo, hi
        f["n_articles"] = len(arts)
        frames.append(f)
    return frames


# --------------------------------------------------------------------------- aggregation with intervals

def _bootstrap(num: np.ndarray, den: np.ndarray, *, n_boot: int, rng: np.random.Generator,
               level: float) -> tuple[np.ndarray, np.ndarray]:
    """num, den: articles x keys. Percentile interval of sum(num)/sum(den) over articles resampled."""
    k = num.shape[0]
    if k < 2 or n_boot <= 0:
        nan = np.full(num.shape[1], np.nan)
        return nan, nan
    w = rng.multinomial(k, np.full(k, 1.0 / k), size=n_boot).astype(float)  # B x k resample weights
    with np.errstate(invalid="ignore", divide="ignore"):
        rates = (w @ num) / (w @ den)
    alpha = (1 - level) / 2
    with np.errstate(invalid="ignore"):
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            lo = np.nanquantile(rates, alpha, axis=0)
            hi = np.nanquantile(rates, 1 - alpha, axis=0)
    return lo, hi


def measures(corpus, quotes: pd.DataFrame | None = None, claims: pd.DataFrame | None = None, *,
             lexicons=None, by: str = "outlet", n_boot: int = 1000, seed: int = 0, level: float = 0.95,
             min_counts: dict | None = None, counts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Corpus + tables -> tidy rates: by, measure, side, item, n, den, rate, lo, hi, unit, low_count, n_articles.

    `rate` = sum(num) / sum(den) over the group's articles (x1000 for per-1,000-word measures);
    `lo`/`hi` = percentile bootstrap interval over articles (seeded: same input, same interval;
    NaN with fewer than two articles); `low_count` = den below `min_counts[unit]`.
    """
    c = counts if counts is not None else article_counts(corpus, quotes, claims, lexicons=lexicons)
    mins = {**MIN_COUNTS, **(min_counts or {})}
    key = ["measure", "side", "item"]
    if isinstance(c, Counts):
        frames = _measures_sparse(c, _groups(c, corpus, by), by=by, n_boot=n_boot, seed=seed, level=level)
        return _finish(frames, by, key, mins)
    c = c.assign(side=c["side"].fillna("—"), item=c["item"].fillna("—"))
    if by == "article":
        c = c.assign(group=c["article_id"])
    elif by == "outlet":
        c = c.assign(group=c["outlet"])
    else:
        extra = corpus.articles.assign(article_id=corpus.articles["article_id"].astype("string"))[["article_id", by]]
        c = c.merge(extra, on="article_id", how="left").assign(group=lambda d: d[by].astype("string").fillna("unknown"))
    frames = []
    for group, g in c.groupby("group", sort=True):
        num = g.pivot_table(index="article_id", columns=key, values="num", aggfunc="sum", fill_value=0)
        den = g.pivot_table(index="article_id", columns=key, values="den", aggfunc="sum", fill_value=0)
        den = den.reindex(columns=num.columns, fill_value=0)
        rng = np.random.default_rng([seed, zlib.crc32(str(group).encode())])
        lo, hi = _bootstrap(num.to_numpy(float), den.to_numpy(float), n_boot=n_boot if by != "article" else 0,
                            rng=rng, level=level)
        n, d = num.sum().to_numpy(), den.sum().to_numpy()
        f = pd.DataFrame(num.columns.tolist(), columns=key)
        f.insert(0, by, group)
        f["n"], f["den"] = n, d
        with np.errstate(invalid="ignore", divide="ignore"):
            f["rate"] = np.where(d > 0, n / np.where(d > 0, d, 1), np.nan)
        f["lo"], f["hi"] = lo, hi
        f["n_articles"] = num.shape[0]
        frames.append(f)
    return _finish(frames, by, key, mins)


def _groups(c: Counts, corpus, by: str) -> pd.Series:
    """article_id -> the group it is measured in (its outlet, itself, or a column of the article table)."""
    if by == "outlet":
        return c.outlet
    if by == "article":
        return pd.Series(c.outlet.index, index=c.outlet.index)
    arts = corpus.articles
    col = pd.Series(arts[by].astype("string").fillna("unknown").to_numpy(), index=arts["article_id"].astype(str))
    return col.reindex(c.outlet.index).fillna("unknown")


def _finish(frames: list[pd.DataFrame], by: str, key: list[str], mins: dict) -> pd.DataFrame:
    if not frames:
        return pd.DataFrame(columns=[by, *key, "n", "den", "rate", "lo", "hi", "n_articles", "unit", "scale", "low_count"])
    out = pd.concat(frames, ignore_index=True)
    out["unit"] = out["measure"].map(lambda m: MEASURES[m][0])
    out["scale"] = out["measure"].map(lambda m: MEASURES[m][1])
    for col in ("rate", "lo", "hi"):
        out[col] = out[col] * out["scale"]
    out["low_count"] = out["den"] < out["unit"].map(lambda u: mins.get(u, 0))
    for col in ("side", "item"):
        out[col] = out[col].replace("—", pd.NA).astype("string")
    return out


# --------------------------------------------------------------------------- profiles

def _slug(s: Any) -> str:
    return re.sub(r"[^0-9a-z]+", "_", str(s).lower()).strip("_")


def _wide(long: pd.DataFrame, by: str) -> pd.DataFrame:
    long = long.assign(col=[
        "_".join(_slug(x) for x in (m, s, i) if pd.notna(x))
        for m, s, i in zip(long["measure"], long["side"], long["item"])])
    wide = long.pivot(index=by, columns="col", values=["n", "rate", "lo", "hi"])
    wide.columns = [f"{col}_{stat}" for stat, col in wide.columns]
    order = [f"{c}_{s}" for c in dict.fromkeys(long["col"]) for s in ("n", "rate", "lo", "hi")]
    return wide.reindex(columns=[c for c in order if c in wide.columns]).reset_index()


def _base(corpus, quotes, claims, lex, by: str, min_counts: dict) -> pd.DataFrame:
    arts = corpus.articles.assign(article_id=corpus.articles["article_id"].astype("string"))
    arts = arts.assign(outlet=arts["article_id"].map(_outlets(corpus)).astype("string"),
                       n_words=pd.to_numeric(arts["n_words"], errors="coerce").fillna(0).astype(int))
    arts = arts.merge(wire_credits(corpus).astype({"article_id": "string"}), on="article_id", how="left")
    nq = quotes.groupby(quotes["article_id"].astype("string")).size() if quotes is not None else pd.Series(dtype=int)
    nc = claims.groupby(claims["article_id"].astype("string")).size() if claims is not None else pd.Series(dtype=int)
    arts["n_statements"] = arts["article_id"].map(nq).fillna(0).astype(int)
    arts["n_claims"] = arts["article_id"].map(nc).fillna(0).astype(int)
    key = "article_id" if by == "article" else by
    g = arts.groupby(key, sort=True)
    base = pd.DataFrame({
        "n_articles": g.size(), "n_words": g["n_words"].sum(), "n_statements": g["n_statements"].sum(),
        "n_claims": g["n_claims"].sum(),
        "wire_credited": g["wire_credited"].agg(lambda s: "; ".join(sorted({w for v in s.dropna() for w in v.split("; ") if w}))),
    })
    if by == "article":
        base.insert(0, "outlet", g["outlet"].first())
    if quotes is not None and len(quotes):
        q = quotes.assign(article_id=quotes["article_id"].astype("string"))
        q = q.merge(arts[["article_id", "outlet"]], on="article_id")
        named = q[~q["anonymous"].astype("boolean").fillna(False)] if "anonymous" in q else q
        who = named["speaker_id"].astype("string").fillna(named["speaker"].astype("string").str.casefold()) \
            if "speaker_id" in named else named["speaker"].astype("string").str.casefold()
        base["distinct_speakers"] = who.groupby(named[key]).nunique().reindex(base.index).fillna(0).astype(int)
    else:
        base["distinct_speakers"] = 0
    base["low_statements"] = base["n_statements"] < min_counts["statements"]
    base["low_words"] = base["n_words"] < min_counts["words"]
    return base.rename_axis(by).reset_index()


def _profile(corpus, quotes, claims, *, lexicons, by, n_boot, seed, min_counts, counts=None, table=None) -> pd.DataFrame:
    lex = load_lexicons(lexicons)
    mins = {**MIN_COUNTS, **(min_counts or {})}
    long = table if table is not None else measures(corpus, quotes, claims, lexicons=lex, by=by, n_boot=n_boot,
                                                     seed=seed, min_counts=mins, counts=counts)
    base = _base(corpus, quotes, claims, lex, by, mins)
    return base.merge(_wide(long, by), on=by, how="left")


def outlet_profile(corpus, quotes: pd.DataFrame | None, claims: pd.DataFrame | None, *, lexicons=None,
                   n_boot: int = 1000, seed: int = 0, min_counts: dict | None = None,
                   counts: pd.DataFrame | None = None, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Corpus + quote and claim tables -> one row per outlet with counts beside every rate.

    Columns: outlet, n_articles, n_words, n_statements, n_claims, wire_credited, distinct_speakers,
    low_statements, low_words, then for each measure/side/item `<key>_n`, `<key>_rate`, `<key>_lo`,
    `<key>_hi` (e.g. `voice_taliban_rate`, `label_article_taliban_insurgents_n`). Quotes or claims
    may be None: their measures are then left out. The tidy form is `measures(...)`. `counts`: the
    article_counts of the same tables, when already made (the texts are then not scanned again); `table`: their
    `measures` by outlet with the same n_boot, seed and min_counts (nothing recomputed).
    """
    return _profile(corpus, quotes, claims, lexicons=lexicons, by="outlet", n_boot=n_boot, seed=seed,
                    min_counts=min_counts, counts=counts, table=table)


def article_profile(corpus, quotes: pd.DataFrame | None, claims: pd.DataFrame | None, *, lexicons=None,
                    min_counts: dict | None = None) -> pd.DataFrame:
    """As outlet_profile, one row per article (no intervals: `_lo`/`_hi` are absent)."""
    prof = _profile(corpus, quotes, claims, lexicons=lexicons, by="article", n_boot=0, seed=0,
                    min_counts=min_counts)
    prof = prof.rename(columns={"article": "article_id"})
    return prof[[c for c in prof.columns if not c.endswith(("_lo", "_hi"))]]


# --------------------------------------------------------------------------- reader-facing summaries

def _cell(n: float, den: float, rate: float, *, unit: str) -> str:
    if pd.isna(rate):
        return "–"
    if unit == "words":
        return f"{rate:.1f} ({int(n)})"
    if unit == "sentences":
        return f"{rate:+.2f} ({int(den)})"
    return f"{rate:.0%} ({int(n)}/{int(den)})"


def summary(table: pd.DataFrame, *, by: str = "outlet") -> pd.DataFrame:
    """A measures table -> one readable row per outlet: each headline rate with its count, e.g. '33% (1/3)'.

    A trailing '*' marks a rate whose base is below the minimum count.
    """
    picks = [("anonymous statements", "anonymous", None, "anonymous"),
             ("distancing cues", "cue_type", "all", "distancing"),
             ("claims in own voice", "claims_claimant", "article", None),
             ("hedged claims", "hedged_claims", None, "hedged"),
             ("verification /1k words", "verification", None, "all"),
             ("wire-shared paragraphs", "wire", None, "shared"),
             ("non-news lines", "nonnews", None, "all")]
    out = table.groupby(by)["n_articles"].first().rename("articles").to_frame()
    for name, measure, side, item in picks:
        rows = table[table["measure"] == measure]
        rows = rows[rows["side"].isna()] if side is None else rows[rows["side"] == side]
        rows = rows[rows["item"].isna()] if item is None else rows[rows["item"] == item]
        if rows.empty:
            continue
        out[name] = {r[by]: _cell(r["n"], r["den"], r["rate"], unit=r["unit"]) + ("*" if r["low_count"] else "")
                     for _, r in rows.iterrows()}
        out[name] = out[name].fillna("–")
    return out.reset_index()


def label_use(labels: pd.DataFrame, corpus, *, descriptors_only: bool = False) -> pd.DataFrame:
    """A label table -> counts per side/label (rows) and outlet x voice (columns)."""
    if descriptors_only:
        labels = labels[labels["kind"] != "name"]
    frame = labels.assign(outlet=labels["article_id"].map(_outlets(corpus)))
    if frame.empty:
        return pd.DataFrame()
    return (frame.groupby(["side", "label", "outlet", "voice"]).size().unstack(["outlet", "voice"], fill_value=0)
            .sort_index(axis=1))


def quoted_only(labels: pd.DataFrame) -> pd.DataFrame:
    """Labels that occur only inside quotes in the whole table: the words the outlets leave to their sources."""
    if labels.empty:
        return labels.head(0)
    voice = labels.groupby(["side", "label"])["voice"]
    only = (voice.nunique() == 1) & (voice.first() == "quoted")
    keys = list(only[only].index)
    keep = pd.Series(list(zip(labels["side"], labels["label"])), index=labels.index).isin(keys)
    return labels[keep][["article_id", "side", "label", "text", "quote_kind"]]

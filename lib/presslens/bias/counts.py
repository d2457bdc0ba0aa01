"""Counts per article: every measure as a numerator and a denominator per article (dense or sparse),
from one corpus or from its parts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .lexicon import load_lexicons
from .voice import _quote_spans
from .labels import LABEL_COLUMNS, _table, find_labels
from .frames import _filled, _outlets
from .hedges import find_verification
from .wire_share import classify_removed, wire_paragraphs
from .tone import tone_sentences


# --------------------------------------------------------------------------- counts per article

def _counts_dense(df: pd.DataFrame, measure: str, side: str | None, item: str | None,
                  den: pd.DataFrame, den_by_side: bool = False) -> pd.DataFrame:
    """Rows of `df` grouped to (article, side, item) counts, completed with zeros against `den`."""
    num = _grouped(df, side, item)
    combos = num[["side", "item"]].drop_duplicates()
    grid = den[["article_id"]].drop_duplicates().merge(combos, how="cross")
    out = grid.merge(num, on=["article_id", "side", "item"], how="left")
    out["num"] = out["num"].fillna(0).astype(float)
    if den_by_side:
        out = out.merge(den, on=["article_id", "side"], how="left")
    else:
        out = out.merge(den[["article_id", "den"]], on="article_id", how="left")
    out["den"] = out["den"].fillna(0).astype(float)
    out["measure"] = measure
    return out


class _Spec:
    """One `_counts` call, kept as its arguments: made dense (`_counts`) or sparse (`_sparse_counts`)."""

    def __init__(self, df, measure, side, item, den, den_by_side=False):
        self.args = (df, measure, side, item, den, den_by_side)

    def dense(self) -> pd.DataFrame:
        return _counts_dense(*self.args)

    def sparse(self, keep_bases: bool = False) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
        """-> (non-zero counts: article_id, side, item, num; bases: article_id, [side,] den; keys: side, item).
        No keys (nothing counted) -> no rows at all, as the dense form has none (`keep_bases`: the bases are
        kept, for a part of the corpus whose keys may come from another part)."""
        df, measure, side, item, den, den_by_side = self.args
        num = _grouped(df, side, item)
        keys = num[["side", "item"]].drop_duplicates()
        if keys.empty and not keep_bases:
            return num.iloc[:0], den.iloc[:0], keys
        base = den[["article_id", "side", "den"]] if den_by_side else den[["article_id", "den"]]
        return num, base.drop_duplicates(subset=[c for c in base.columns if c != "den"]), keys


@dataclass
class Counts:
    """article_counts in sparse form (`article_counts(..., sparse=True)`): what `measures` needs, without the
    zeros. `num`: article_id, measure, side, item, num (the non-zero counts, and every tone row); `den`:
    article_id, measure, den (each article's base of a measure that does not depend on the side); `den_side`:
    article_id, measure, side, den (cue_type's base per speaker side, tone's sentence count per side); `keys`:
    measure, side, item (the keys every article is counted on; tone's are only those of its rows); `outlet`:
    article_id -> outlet of every article. Missing sides and items are "—"."""
    num: pd.DataFrame
    den: pd.DataFrame
    den_side: pd.DataFrame
    keys: pd.DataFrame
    outlet: pd.Series


def _grouped(df: pd.DataFrame, side: str | None, item: str | None) -> pd.DataFrame:
    keys = [k for k in (side, item) if k]
    num = df.groupby(["article_id", *keys], dropna=False).size().rename("num").reset_index() if len(df) else \
        pd.DataFrame(columns=["article_id", *keys, "num"])
    num = num.rename(columns={side: "side"} if side else {}).rename(columns={item: "item"} if item else {})
    if "side" not in num:
        num["side"] = pd.NA
    if "item" not in num:
        num["item"] = pd.NA
    return num


_BY_SIDE = ("cue_type", "tone")  # measures whose base depends on the side


def _sparse_counts(parts: list, ids: pd.DataFrame, outlets: dict[str, str], keep_bases: bool = False) -> Counts:
    nums, dens, sides, keys = [], [], [], []
    for p in parts:
        if isinstance(p, _Spec):
            measure = p.args[1]
            num, den, k = p.sparse(keep_bases)
            nums.append(num.assign(measure=measure))
            (sides if p.args[5] else dens).append(den.assign(measure=measure))
            keys.append(k.assign(measure=measure))
        else:  # tone: per article and side, as it is
            nums.append(p[["article_id", "measure", "side", "item", "num"]])
            sides.append(p[["article_id", "measure", "side", "den"]])

    def frame(frames, cols, types):
        frames = [f[cols] for f in frames if len(f)]
        out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=cols)
        for c in cols:
            if c in ("side", "item"):
                out[c] = out[c].astype("string").fillna("—").astype("category")
            elif c in ("article_id", "measure"):
                out[c] = out[c].astype("string").astype("category")
            else:
                out[c] = out[c].astype(float)
        return out

    num = frame(nums, ["article_id", "measure", "side", "item", "num"], None)
    num = num[(num["num"] != 0) | (num["measure"] == "tone")].reset_index(drop=True)
    den = frame(dens, ["article_id", "measure", "den"], None).drop_duplicates(subset=["article_id", "measure"])
    den_side = frame(sides, ["article_id", "measure", "side", "den"], None).drop_duplicates(
        subset=["article_id", "measure", "side"])
    key = frame(keys, ["measure", "side", "item"], None).drop_duplicates().reset_index(drop=True)
    outlet = pd.Series(outlets, dtype="string").reindex(ids["article_id"].astype(str).tolist())
    return Counts(num.reset_index(drop=True), den.reset_index(drop=True), den_side.reset_index(drop=True), key, outlet)


def article_counts(corpus, quotes: pd.DataFrame | None = None, claims: pd.DataFrame | None = None, *,
                   lexicons=None, found: dict | None = None, sparse: bool = False, wire: pd.DataFrame | None = None,
                   _keep_bases: bool = False) -> "pd.DataFrame | Counts":
    """Corpus + quote/claim tables -> tidy counts: article_id, measure, side, item, num, den (every article x
    every key of its measures, zeros included).

    `found`: a dict that receives the tables the counts are made of, `labels` (find_labels) and `verification`
    (find_verification), so a report that shows them does not scan the texts again. `sparse=True`: the same
    counts as a `Counts` (non-zero counts and one base per article and measure), which `measures` takes
    as `counts=` with the same result; its memory does not grow with articles x keys. `wire`: the
    wire_paragraphs of a larger corpus this one is part of (whether a group is shared is decided across
    articles: scan_counts)."""
    lex = load_lexicons(lexicons)
    arts = corpus.articles.assign(article_id=corpus.articles["article_id"].astype("string"))
    ids = arts[["article_id"]]
    words = ids.assign(den=pd.to_numeric(arts["n_words"], errors="coerce").fillna(0).to_numpy())
    parts = []
    if quotes is not None:
        parts += _statement_specs(quotes, ids)
    if claims is not None:
        parts += _claim_specs(claims, ids)
    spans = _quote_spans(corpus, quotes)
    parts += _verification_specs(corpus, quotes, lex, spans, words, found)
    label_specs, labels = _label_specs(corpus, quotes, lex, spans, words, found)
    parts += label_specs
    wire_spec, n_paras = _wire_spec(corpus, wire, ids)
    parts.append(wire_spec)
    parts += _nonnews_specs(corpus, n_paras)
    parts += _tone_parts(corpus, labels, quotes, spans)
    if sparse:
        return _sparse_counts(parts, ids, _outlets(corpus), _keep_bases)
    return _dense_counts(parts, corpus)


def _statement_specs(quotes: pd.DataFrame, ids: pd.DataFrame) -> list:
    # voice, kind, anonymity, cues: from the quote table
    parts = []
    q = quotes.assign(article_id=quotes["article_id"].astype("string"))
    q = q[q["article_id"].isin(ids["article_id"])]
    q = q.assign(side=_filled(q["speaker_side"]),
                 kind_=_filled(q["kind"]) if "kind" in q else "unknown",
                 anon=q["anonymous"].astype("boolean").fillna(False).map({True: "anonymous", False: "named"})
                 if "anonymous" in q else "named",
                 cue_type_=_filled(q["cue_type"]) if "cue_type" in q else "unknown")
    n_stat = ids.merge(q.groupby("article_id").size().rename("den").reset_index(), how="left").fillna({"den": 0})
    parts += [_Spec(q, "voice", "side", None, n_stat),
              _Spec(q, "quote_kind", None, "kind_", n_stat),
              _Spec(q, "anonymous", None, "anon", n_stat)]
    by_side = q.groupby(["article_id", "side"]).size().rename("den").reset_index()
    all_side = n_stat.assign(side="all")
    parts += [_Spec(q, "cue_type", "side", "cue_type_", by_side, den_by_side=True),
              _Spec(q.assign(side="all"), "cue_type", "side", "cue_type_", all_side, den_by_side=True)]
    return parts


def _claim_specs(claims: pd.DataFrame, ids: pd.DataFrame) -> list:
    # casualty claims carried
    c = claims.assign(article_id=claims["article_id"].astype("string"))
    c = c[c["article_id"].isin(ids["article_id"])]
    c = c.assign(claimant_=_filled(c["claimant_side"], "article"), victim_=_filled(c["victim_side"]),
                 hedged_=c["hedged"].astype("boolean").fillna(False).map({True: "hedged", False: "not hedged"}))
    n_claims = ids.merge(c.groupby("article_id").size().rename("den").reset_index(), how="left").fillna({"den": 0})
    return [_Spec(c, "claims_claimant", "claimant_", None, n_claims),
            _Spec(c, "claims_victim", "victim_", None, n_claims),
            _Spec(c, "hedged_claims", None, "hedged_", n_claims)]


def _verification_specs(corpus, quotes, lex, spans, words: pd.DataFrame, found: dict | None) -> list:
    # verification phrases in the article's voice
    ver = find_verification(corpus, quotes, lexicons=lex, _spans=spans)
    if found is not None:
        found["verification"] = ver
    own_ver = ver[ver["voice"] == "article"]
    return [_Spec(own_ver, "verification", None, "kind", words),
            _Spec(own_ver.assign(kind="all"), "verification", None, "kind", words)]


def _label_specs(corpus, quotes, lex, spans, words: pd.DataFrame, found: dict | None) -> tuple[list, pd.DataFrame]:
    # labels by voice
    parts = []
    labels = find_labels(corpus, quotes, lexicons=lex, _spans=spans)
    if found is not None:
        found["labels"] = labels
    for voice in ("article", "quoted"):
        parts.append(_Spec(labels[labels["voice"] == voice], f"label_{voice}", "side", "label", words))
    return parts, labels


def _wire_spec(corpus, wire: pd.DataFrame | None, ids: pd.DataFrame) -> tuple["_Spec", pd.DataFrame]:
    # wire paragraphs
    wp = wire_paragraphs(corpus) if wire is None else wire[wire["article_id"].isin(ids["article_id"])]
    n_paras = ids.merge(wp.groupby("article_id").size().rename("den").reset_index(), how="left").fillna({"den": 0})
    return _Spec(wp[wp["shared"]].assign(item="shared"), "wire", None, "item", n_paras), n_paras


def _nonnews_specs(corpus, n_paras: pd.DataFrame) -> list:
    # non-news lines
    rem = classify_removed(corpus)
    n_lines = n_paras.merge(rem.groupby("article_id").size().rename("r").reset_index(), how="left")
    n_lines = n_lines.assign(den=n_lines["den"] + n_lines["r"].fillna(0))[["article_id", "den"]]
    return [_Spec(rem, "nonnews", None, "kind", n_lines),
            _Spec(rem.assign(kind="all"), "nonnews", None, "kind", n_lines)]


def _tone_parts(corpus, labels: pd.DataFrame, quotes, spans) -> list:
    # tone of the sentences that mention each side in the article's voice
    parts = []
    tone = tone_sentences(corpus, labels, quotes, _spans=spans)
    if len(tone):
        t = tone.groupby(["article_id", "side"]).agg(num=("compound", "sum"), den=("compound", "size")).reset_index()
        t = t.assign(article_id=t["article_id"].astype("string"), item=pd.NA, measure="tone")
        parts.append(t)  # not completed with zeros: a side's tone exists only where a sentence names it
    return parts


def _dense_counts(parts: list, corpus) -> pd.DataFrame:
    """The counts' parts -> the tidy table, every article x every key of its measures (zeros included)."""
    cols = ["article_id", "measure", "side", "item", "num", "den"]
    parts = [(p.dense() if isinstance(p, _Spec) else p)[cols] for p in parts]
    parts = [p for p in parts if len(p)]
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=cols)
    out = out.astype({"article_id": "string", "measure": "string", "num": float, "den": float})
    out["side"] = out["side"].astype("string")
    out["item"] = out["item"].astype("string")
    out["outlet"] = out["article_id"].map(_outlets(corpus)).astype("string")
    return out.reset_index(drop=True)


def scan_counts(parts: Iterable, quotes: pd.DataFrame | None = None, claims: pd.DataFrame | None = None, *,
                lexicons=None, wire: pd.DataFrame | None = None, found: dict | None = None) -> Counts:
    """article_counts(..., sparse=True) of a corpus given in parts, one part's texts in memory at a time.

    `parts`: corpora that together make the corpus, each with its articles' texts, sentences, removed lines and
    paragraphs (presslens.queries.bias_parts reads them one Parquet part at a time); `quotes`, `claims`: the
    whole tables (each part takes its articles' rows, in table order); `wire`: wire_paragraphs of the whole
    corpus (a group is shared across parts). -> the Counts, and in `found` the label and verification tables,
    equal to those of article_counts on the whole corpus (tests/test_queries.py)."""
    lex = load_lexicons(lexicons)
    rows_of = {}
    for name, frame in (("quotes", quotes), ("claims", claims)):
        if frame is not None:
            rows_of[name] = frame["article_id"].astype(str).groupby(frame["article_id"].astype(str).to_numpy(),
                                                                   sort=False).indices
    counts, labels, verification = [], [], []

    def rows(name: str, frame: pd.DataFrame | None, ids: list[str]) -> pd.DataFrame | None:
        if frame is None:
            return None
        index = rows_of[name]
        pos = [index[a] for a in ids if a in index]
        return frame.iloc[np.sort(np.concatenate(pos)) if pos else []]

    for part in parts:
        ids = part.articles["article_id"].astype(str).tolist()
        made: dict = {}
        counts.append(article_counts(part, rows("quotes", quotes, ids), rows("claims", claims, ids), lexicons=lex,
                                     found=made, sparse=True, wire=wire, _keep_bases=True))
        labels.append(made["labels"])
        verification.append(made["verification"])
    if found is not None:
        found["labels"] = (pd.concat(labels, ignore_index=True) if labels else
                           _table([], LABEL_COLUMNS))
        found["verification"] = (pd.concat(verification, ignore_index=True).sort_values(["article_id", "start"], ignore_index=True)
                                 if verification else find_verification(_EmptyCorpus(), lexicons=lex))
    return _merged(counts)


class _EmptyCorpus:
    articles = pd.DataFrame({"article_id": pd.Series(dtype="string"), "text": pd.Series(dtype="string")})


def _merged(parts: list[Counts]) -> Counts:
    """Counts of parts -> the Counts of their union (a measure's bases dropped where no part counted a key)."""
    if not parts:
        return _sparse_counts([], pd.DataFrame({"article_id": pd.Series(dtype="string")}), {})

    def cat(frames: list[pd.DataFrame]) -> pd.DataFrame:
        out = pd.concat(frames, ignore_index=True)
        for c in ("article_id", "measure", "side", "item"):
            if c in out:
                out[c] = out[c].astype("string").astype("category")
        return out

    keys = cat([c.keys for c in parts]).drop_duplicates().reset_index(drop=True)
    counted = set(keys["measure"].astype(str))
    den = cat([c.den for c in parts])
    den_side = cat([c.den_side for c in parts])
    den = den[den["measure"].astype(str).isin(counted)].reset_index(drop=True)
    den_side = den_side[den_side["measure"].astype(str).isin(counted | {"tone"})].reset_index(drop=True)
    return Counts(cat([c.num for c in parts]), den, den_side, keys, pd.concat([c.outlet for c in parts]))

"""presslens.wire: the wire groups found on integer keys are the groups the loader found before (the
reference below is the loader's former code, word for word), on the seeds, dev3, dev2 and a synthetic corpus."""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from presslens import load_corpus, wire
from presslens.tables import DisjointSet

ROOT = Path(__file__).resolve().parents[1]


# ----------------------------------------------------------------------------- the former code, as reference
_TOKEN = re.compile(r"[a-z0-9]+")


def _shingles(tokens: list[str], n: int = 5) -> frozenset[int]:
    """Hashes of the word n-grams. Python's hash() differs between processes, which is fine for
    comparing paragraphs within one call; nothing hashed here is stored."""
    if len(tokens) < n:
        return frozenset()
    return frozenset(map(hash, zip(*(tokens[i:] for i in range(n)))))


def reference_wire_groups(paragraphs: pd.DataFrame, *, threshold: float = 0.6, min_tokens: int = 8) -> pd.Series:
    """Group id for paragraphs that stand, the same or nearly (shingle containment >= threshold), in 2+ articles.

    Identical paragraphs are grouped by their normalised text first; near-duplicates are found among
    the distinct texts through an inverted index of word 5-gram shingles, so the cost follows the
    number of distinct paragraphs.
    """
    result = pd.Series(pd.NA, index=paragraphs.index, dtype="string")
    if paragraphs.empty:
        return result
    # each paragraph's words -> the index of its distinct text (-1 when too short); shingles per distinct text
    keys: list[int] = []
    distinct: dict[int, int] = {}  # hash of the word tuple -> index (a 64-bit hash: collisions are negligible)
    sh: list[frozenset[int]] = []
    for text in paragraphs["text"].tolist():
        tokens = _TOKEN.findall(text.lower())
        if len(tokens) < min_tokens:
            keys.append(-1)
            continue
        key = hash(tuple(tokens))
        if key not in distinct:
            distinct[key] = len(sh)
            sh.append(_shingles(tokens))
        keys.append(distinct[key])
    groups = DisjointSet(len(sh))
    index: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(sh):
        for h in s:
            index[h].append(i)
    for i, s in enumerate(sh):
        if not s:
            continue
        counts: dict[int, int] = defaultdict(int)
        for h in s:
            postings = index[h]
            if len(postings) > 200:  # a stock phrase, not evidence of shared copy
                continue
            for j in postings:
                if j > i:
                    counts[j] += 1
        for j, c in counts.items():
            if c / min(len(s), len(sh[j])) >= threshold:
                groups.union(i, j)
    root = [groups.find(k) if k >= 0 else -1 for k in keys]
    articles_per_root: dict[int, set] = defaultdict(set)
    for r, aid in zip(root, paragraphs["article_id"].tolist()):
        articles_per_root[r].add(aid)
    shared = [r for r in dict.fromkeys(root) if r >= 0 and len(articles_per_root[r]) > 1]
    ids = {r: f"W{n:04d}" for n, r in enumerate(shared, 1)}
    result[:] = [ids.get(r, pd.NA) for r in root]
    return result


# ----------------------------------------------------------------------------- tests

def _partition(groups: pd.Series) -> set[frozenset]:
    """Group ids -> the set of groups as sets of row positions (ids may be numbered differently)."""
    out: dict[str, set] = defaultdict(set)
    for pos, g in enumerate(groups.tolist()):
        if not pd.isna(g):
            out[g].add(pos)
    return {frozenset(v) for v in out.values()}


def _same_as_reference(paragraphs: pd.DataFrame) -> pd.Series:
    new, old = wire.wire_groups(paragraphs), reference_wire_groups(paragraphs)
    assert _partition(new) == _partition(old)
    assert new.fillna("").tolist() == old.fillna("").tolist()          # and the same ids, in the same order
    return new


def test_same_groups_on_the_seeds(seed_corpus):
    groups = _same_as_reference(seed_corpus.paragraphs)
    assert groups.notna().sum() >= 4


def test_same_groups_on_dev3():
    groups = _same_as_reference(load_corpus(ROOT / "eval" / "dev3" / "texts", progress=False).paragraphs)
    assert groups.notna().any()


def test_same_groups_on_dev2():
    groups = _same_as_reference(load_corpus(ROOT / "eval" / "dev2" / "texts", progress=False).paragraphs)
    assert groups.nunique() >= 5


def test_same_groups_on_a_synthetic_corpus(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    from synth import generate

    corpus = load_corpus(generate(1200, tmp_path / "synthetic"), workers=1, progress=False)
    groups = _same_as_reference(corpus.paragraphs)
    share = groups.notna().mean()
    assert 0.05 < share < 0.25, f"{share:.0%} of the paragraphs grouped: the generator's wire reuse is ~10%"


def test_chunked_keys_give_the_same_groups_as_one_call(seed_corpus):
    """Keys computed chunk by chunk (as workers do), concatenated, give the groups of one call."""
    paras = seed_corpus.paragraphs
    texts = paras["text"].tolist()
    parts = [wire.paragraph_keys(texts[a:a + 17]) for a in range(0, len(texts), 17)]
    keys = np.concatenate([p[0] for p in parts])
    shingles = np.concatenate([p[1] for p in parts])
    owner = np.concatenate([p[2] + a for p, a in zip(parts, range(0, len(texts), 17))])
    ids = wire.group_ids(paras["article_id"].tolist(), keys, shingles, owner)
    assert [g or "" for g in ids] == wire.wire_groups(paras).fillna("").tolist()


def test_the_index_built_range_by_range_gives_the_same_groups(seed_corpus):
    """Chunks handed over as lists and indexed a few hundred shingles at a time (many hash ranges, as on a
    large corpus) give the groups of one call; the lists are emptied as they are read."""
    paras = seed_corpus.paragraphs
    texts = paras["text"].tolist()
    parts = [wire.paragraph_keys(texts[a:a + 9]) for a in range(0, len(texts), 9)]
    shingles = [p[1] for p in parts]
    owners = [(p[2] + a).astype(np.int32) for p, a in zip(parts, range(0, len(texts), 9))]
    total = sum(len(s) for s in shingles)
    ids = wire.group_ids(paras["article_id"].tolist(), np.concatenate([p[0] for p in parts]), shingles, owners,
                         range_size=300)
    assert total > 3 * 300 and shingles == [] and owners == []
    expected = wire.wire_groups(paras).fillna("").tolist()
    assert [g or "" for g in ids] == expected and sum(map(bool, expected)) >= 4


def test_stock_phrase_alone_does_not_group(monkeypatch):
    """Two paragraphs sharing only a phrase found in more than MAX_POSTINGS paragraphs are not wire copy."""
    monkeypatch.setattr(wire, "MAX_POSTINGS", 2)
    stock = "the ministry of defence said in a brief statement on"
    texts = [f"{stock} {w} near the bridge" for w in ("tanks", "drones", "trucks")]   # 6 of 10 shingles shared
    paras = pd.DataFrame({"article_id": ["a", "b", "c"], "text": texts})
    assert wire.wire_groups(paras).isna().all()
    monkeypatch.setattr(wire, "MAX_POSTINGS", 200)
    assert wire.wire_groups(paras).notna().all()


@pytest.mark.parametrize("a, b, grouped", [
    ("Rescue teams pulled four bodies from the rubble of the market in the east of the city on Friday, officials said.",
     "Rescue teams pulled four bodies from the rubble of the market in the east of the city on Friday.", True),
    ("Rescue teams pulled four bodies from the rubble of the market in the east of the city on Friday, officials said.",
     "The council met on Friday to vote on the budget for schools and roads in the east of the region.", False),
])
def test_near_duplicate_paragraphs(a, b, grouped):
    paras = pd.DataFrame({"article_id": ["x", "y"], "text": [a, b]})
    assert bool(wire.wire_groups(paras).notna().all()) is grouped


def test_pairs_merged_band_by_band_give_the_same_groups(tmp_path, monkeypatch):
    """On a synthetic corpus (many pairs, wire copy split over hash ranges), pair counts written range by range
    and merged one band of pair codes at a time give exactly the groups and ids of one range held in memory."""
    sys.path.insert(0, str(ROOT / "bench"))
    from synth import generate

    paras = load_corpus(generate(600, tmp_path / "synthetic"), workers=1, progress=False).paragraphs
    texts, articles = paras["text"].tolist(), paras["article_id"].tolist()

    def chunks():
        parts = [(wire.paragraph_keys(texts[a:a + 500]), a) for a in range(0, len(texts), 500)]
        return (np.concatenate([p[0] for p, _ in parts]), [p[1] for p, _ in parts],
                [(p[2] + a).astype(np.int32) for p, a in parts])

    whole = wire.group_ids(articles, *chunks(), range_size=10 ** 9)
    bands = []
    passing = wire._passing
    monkeypatch.setattr(wire, "_passing", lambda codes, *a: bands.append(len(codes)) or passing(codes, *a))
    banded = wire.group_ids(articles, *chunks(), range_size=20_000)
    assert len(bands) > 3, "the pairs were not merged in several bands"
    assert banded == whole and sum(g is not None for g in whole) > 100

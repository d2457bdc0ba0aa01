"""Wire copy at scale: paragraphs that stand, the same or nearly, in two or more articles.

Two paragraphs are the same copy when at least `threshold` (60%) of the smaller one's word 5-gram
shingles are in the other (containment); a shingle found in more than MAX_POSTINGS distinct paragraphs
is a stock phrase and counts for nothing. These are the rules the corpus loader has always applied; this
module applies them on compact keys so that a corpus never has to be in memory at once:

  paragraph_keys(texts)   per chunk, on any worker: a 63-bit key of each paragraph's words and the
                          64-bit hashes of its distinct shingles (the same in every process and machine)
  group_ids(...)          across the corpus, on those integers only: an inverted index built by sorting
                          (no pair of paragraphs is compared unless they share a rare shingle), shared
                          shingles counted per pair with numpy, union-find, group ids W0001... in the
                          order the paragraphs come
`wire_groups(paragraphs)` runs both on an in-memory paragraphs table.

Why not MinHash + LSH (datasketch): measured on a 2,000-article synthetic corpus, LSH over Jaccard
similarity missed 166 of 3,174 containment links (a headline that is the lede cut short has a Jaccard
similarity of 0.2 with it), windowed signatures still missed 5 and cost 5x this exact index; LSH also
cannot leave stock phrases out. datasketch's LSH Ensemble (built for containment) as candidate generation
before the exact check still missed 91 of 3,758 links there, at 230x this index's CPU (docs/scale.md).
The exact index gives today's groups and needs 12 bytes per shingle.
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Sequence

import numpy as np
import pandas as pd


TOKEN = re.compile(r"[a-z0-9]+")
SHINGLE = 5
MIN_TOKENS = 8
THRESHOLD = 0.6
#: a shingle in more distinct paragraphs than this is a stock phrase, not evidence of shared copy
MAX_POSTINGS = 200
#: pairs are counted this many posting entries at a time (bounds the memory of the pair arrays)
PAIR_BATCH = 4_000_000
_NO_KEY = -1
_TOKEN_IDS: dict[str, int] = {}


def _token_id(token: str) -> int:
    """A stable 64-bit id of a word (Python's hash() of a str changes between processes; of ints it does not)."""
    tid = _TOKEN_IDS.get(token)
    if tid is None:
        if len(_TOKEN_IDS) > 2_000_000:
            _TOKEN_IDS.clear()
        tid = _TOKEN_IDS[token] = int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "little")
    return tid


def paragraph_keys(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Paragraph texts -> (key per paragraph, -1 under MIN_TOKENS words; shingle hashes; their paragraph).

    Shingles are given once per distinct text of the chunk (at its first paragraph). Pure: the same
    texts give the same arrays in any process.
    >>> keys, shingles, owner = paragraph_keys(["too short", "one two three four five six seven eight"] * 2)
    >>> int(keys[0]), len(shingles), sorted(set(owner.tolist())), bool(keys[1] == keys[3])
    (-1, 4, [1], True)
    """
    keys = np.full(len(texts), _NO_KEY, dtype=np.int64)
    seen: set[int] = set()
    hashes: list[int] = []
    owners: list[int] = []
    for i, text in enumerate(texts):
        words = TOKEN.findall((text or "").lower())
        if len(words) < MIN_TOKENS:
            continue
        ids = [_token_id(w) for w in words]
        k = hash(tuple(ids)) & 0x7FFF_FFFF_FFFF_FFFF
        keys[i] = k
        if k in seen:
            continue
        seen.add(k)
        sh = set(map(hash, zip(*(ids[j:] for j in range(SHINGLE)))))
        hashes.extend(sh)
        owners.extend([i] * len(sh))
    return keys, np.asarray(hashes, dtype=np.int64), np.asarray(owners, dtype=np.int64)


def _pair_batches(shingles: np.ndarray, owner: np.ndarray, n: int, batch: int | None = None):
    """Shingle hashes and their distinct paragraph -> (pair codes i*n+j with i<j, shared rare shingles per pair),
    yielded a batch of about `batch` generated pairs at a time (codes sorted and distinct within a batch; a pair
    may come again in a later batch: its counts add up)."""
    batch = batch or PAIR_BATCH
    order = np.lexsort((owner, shingles))
    sh, ow = shingles[order], owner[order]
    del order
    starts = np.flatnonzero(np.r_[True, sh[1:] != sh[:-1]])
    sizes = np.diff(np.r_[starts, len(sh)])
    del sh
    keep = (sizes > 1) & (sizes <= MAX_POSTINGS)
    pending: list[np.ndarray] = []
    filled = 0
    # runs of one size at a time: their members form a 2-D array, and all their pairs come out at once
    for size in np.unique(sizes[keep]).tolist():
        run_starts = starts[keep & (sizes == size)]
        i, j = np.triu_indices(size, k=1)
        step = max(1, batch // len(i))
        for a in range(0, len(run_starts), step):
            members = ow[run_starts[a:a + step, None] + np.arange(size)]
            pending.append((members[:, i] * np.int64(n) + members[:, j]).ravel())
            filled += pending[-1].size
            if filled >= batch:
                yield np.unique(np.concatenate(pending), return_counts=True)
                pending, filled = [], 0
    if pending:
        yield np.unique(np.concatenate(pending), return_counts=True)


def _pair_counts(shingles: np.ndarray, owner: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Shingle hashes and their distinct paragraph -> (pair codes i*n+j with i<j, shared rare shingles per pair)."""
    codes_out, counts_out = [], []
    for codes, counts in _pair_batches(shingles, owner, n):
        codes_out.append(codes)
        counts_out.append(counts)
    if not codes_out:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    codes, inverse = np.unique(np.concatenate(codes_out), return_inverse=True)
    counts = np.bincount(inverse.ravel(), weights=np.concatenate(counts_out)).astype(np.int64)
    return codes, counts


def _linked_pairs(sh_parts: list, did_parts: list, size: np.ndarray, n: int, threshold: float,
                  range_size: int) -> np.ndarray:
    """Pair codes i*n+j of the distinct texts whose shared rare shingles reach `threshold` of the smaller one.

    The postings are split into ranges of shingle hashes of about `range_size` entries (`sh_parts` and
    `did_parts` are emptied). A pair's shingles may fall in several ranges, so its count is only known once
    every range is counted: each batch of about `range_size` generated pairs, as (code, count) arrays sorted by
    code, goes to files of its own in a temporary folder, and the files are then merged one band of pair codes
    at a time (bands of about `range_size` codes, cut at the quantiles of the largest file; a band's slices
    found by binary search in memory maps). Memory holds one range's postings and one batch or band of pairs,
    never all of them: at 10^5 articles the pairs are ~44 million (3.2 GB when they were merged at once).
    """
    total = sum(len(p) for p in sh_parts)
    n_ranges = max(1, -(-total // max(1, range_size)))
    if n_ranges == 1:
        codes, counts = _pair_counts(np.concatenate(sh_parts), np.concatenate(did_parts).astype(np.int64), n)
        sh_parts.clear(), did_parts.clear()
        return _passing(codes, counts, size, n, threshold)
    with tempfile.TemporaryDirectory(prefix="presslens-wire-") as tmp:
        files = []
        for r in range(n_ranges):      # a shingle's postings all fall in one range
            picks = [(p.view(np.uint64) % np.uint64(n_ranges)) == r for p in sh_parts]
            sh_r = np.concatenate([p[m] for p, m in zip(sh_parts, picks)])
            did_r = np.concatenate([d[m] for d, m in zip(did_parts, picks)])
            del picks
            for codes, counts in _pair_batches(sh_r, did_r.astype(np.int64), n, range_size):
                name = os.path.join(tmp, f"{len(files)}")
                files.append((name + "codes.npy", name + "counts.npy", len(codes)))
                np.save(files[-1][0], codes)
                np.save(files[-1][1], counts.astype(np.int32))
                del codes, counts
            del sh_r, did_r
        sh_parts.clear(), did_parts.clear()
        if not files:
            return np.zeros(0, dtype=np.int64)
        written = sum(f[2] for f in files)
        largest = np.load(max(files, key=lambda f: f[2])[0], mmap_mode="r")
        n_bands = max(1, -(-written // max(1, range_size)))
        cuts = np.unique(np.asarray(largest[np.linspace(0, len(largest) - 1, n_bands + 1).astype(np.int64)[1:-1]]))
        del largest
        bounds = [np.int64(-1), *cuts.tolist(), None]
        linked = []
        for lo, hi in zip(bounds[:-1], bounds[1:]):     # band (lo, hi]: each pair code in exactly one band
            code_parts, count_parts = [], []
            # mapped afresh for each band: pages read stay resident (and counted) while a map is open
            for codes, counts in ((np.load(c, mmap_mode="r"), np.load(k, mmap_mode="r")) for c, k, _ in files):
                a = int(np.searchsorted(codes, lo, side="right"))
                b = len(codes) if hi is None else int(np.searchsorted(codes, hi, side="right"))
                code_parts.append(np.array(codes[a:b]))
                count_parts.append(np.array(counts[a:b]))
                del codes, counts
            codes, inverse = np.unique(np.concatenate(code_parts), return_inverse=True)
            del code_parts
            counts = np.bincount(inverse.ravel(), weights=np.concatenate(count_parts)).astype(np.int64)
            del count_parts, inverse
            linked.append(_passing(codes, counts, size, n, threshold))
    return np.concatenate(linked)


def _passing(codes: np.ndarray, counts: np.ndarray, size: np.ndarray, n: int, threshold: float) -> np.ndarray:
    """The pair codes whose count of shared shingles is at least `threshold` of the smaller text's shingles."""
    i, j = codes // n, codes % n
    return codes[counts / np.minimum(size[i], size[j]) >= threshold]


def _components(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Connected components of 0..n-1 joined by edges (i, j): each item's label is the smallest item of its
    component (the root DisjointSet gives), by label propagation with pointer jumping, on arrays."""
    label = np.arange(n, dtype=np.int64)
    while len(i):
        li, lj = label[i], label[j]
        low = np.minimum(li, lj)
        np.minimum.at(label, li, low)
        np.minimum.at(label, lj, low)
        while True:                                    # every item points at its label's label, until fixed
            jumped = label[label]
            if np.array_equal(jumped, label):
                break
            label = jumped
        if np.array_equal(label[i], label[j]):
            break
    return label


def _chunks(arrays) -> list:
    """An array or a list of chunk arrays -> a list of chunks (the caller's list itself, consumed as it is read)."""
    return arrays if isinstance(arrays, list) else [np.asarray(arrays)]


def group_ids(article_ids: Sequence, keys: np.ndarray, shingles, owner, *, threshold: float = THRESHOLD,
              range_size: int = PAIR_BATCH) -> list:
    """Per paragraph (in corpus order): its wire group id, or None when it stands in one article only.

    `keys`, `shingles`, `owner` come from paragraph_keys over the whole corpus, chunks in order, `owner`
    offset to corpus positions. `shingles` and `owner` may be lists of the chunks' arrays: they are then
    emptied as they are read, and the index is built one range of shingle hashes at a time (about
    `range_size` entries each), so that memory holds the chunks' 12 bytes per shingle and one range, never
    a sorted copy of everything. `article_ids`: any hashable per paragraph (ids or integer codes).
    """
    keys = np.asarray(keys, dtype=np.int64)
    valid = np.flatnonzero(keys != _NO_KEY)
    _, first_pos, inverse = np.unique(keys[valid], return_index=True, return_inverse=True)
    order = np.argsort(first_pos, kind="stable")      # distinct texts numbered in order of first appearance
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    distinct_of = np.full(len(keys), -1, dtype=np.int64)
    distinct_of[valid] = rank[inverse.ravel()]
    del inverse, order, rank
    n = len(first_pos)
    label = np.arange(n, dtype=np.int64)
    shingles, owner = _chunks(shingles), _chunks(owner)
    if n and shingles:
        first = np.zeros(len(keys), dtype=bool)
        first[valid[first_pos]] = True
        # each chunk: shingles of the first copy of each text only, owner -> distinct text number (int32)
        sh_parts, did_parts = [], []
        size = np.zeros(n, dtype=np.int64)
        shingles.reverse()
        owner.reverse()
        while shingles:
            sh, ow = shingles.pop(), np.asarray(owner.pop())
            keep = first[ow]
            did = distinct_of[ow[keep]].astype(np.int32)
            size += np.bincount(did, minlength=n)
            sh_parts.append(np.asarray(sh)[keep])
            did_parts.append(did)
            del sh, ow
        edges = _linked_pairs(sh_parts, did_parts, size, n, threshold, range_size)
        del sh_parts, did_parts
        label = _components(n, edges // n, edges % n)
    # a group is shared when its paragraphs stand in two or more articles; ids W0001... in paragraph order
    root = np.full(len(keys), -1, dtype=np.int64)
    root[valid] = label[distinct_of[valid]]
    del distinct_of
    art = pd.factorize(pd.Series(list(article_ids) if not isinstance(article_ids, np.ndarray) else article_ids))[0]
    rows = np.flatnonzero(root >= 0)
    pairs = np.unique(root[rows] * np.int64(max(1, art.max(initial=0) + 1)) + art[rows])
    roots, n_articles = np.unique(pairs // np.int64(max(1, art.max(initial=0) + 1)), return_counts=True)
    shared = roots[n_articles > 1]
    is_shared = np.zeros(max(n, 1), dtype=bool)
    is_shared[shared] = True
    grouped = rows[is_shared[root[rows]]]
    _, first_row = np.unique(root[grouped], return_index=True)
    number = np.zeros(max(n, 1), dtype=np.int64)
    number[root[grouped[np.sort(first_row)]]] = np.arange(1, len(first_row) + 1)
    ids: list = [None] * len(keys)
    for pos, k in zip(grouped.tolist(), number[root[grouped]].tolist()):
        ids[pos] = f"W{k:04d}"
    return ids


def wire_groups(paragraphs: pd.DataFrame, *, threshold: float = THRESHOLD) -> pd.Series:
    """Paragraphs table (article_id, text) -> wire group id per paragraph (NA when in one article only)."""
    result = pd.Series(pd.NA, index=paragraphs.index, dtype="string")
    if paragraphs.empty:
        return result
    keys, shingles, owner = paragraph_keys(paragraphs["text"].tolist())
    ids = group_ids(paragraphs["article_id"].tolist(), keys, shingles, owner, threshold=threshold)
    result[:] = [pd.NA if g is None else g for g in ids]
    return result

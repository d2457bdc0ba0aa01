"""Pair codes the wire grouping generates on a built dataset (`bench/bench_wire_pairs.py OUT/corpus-tables`): shingles of distinct texts, postings 2..MAX_POSTINGS."""
import sys, numpy as np, pyarrow.parquet as pq
from presslens import stream
from presslens.wire import paragraph_keys, MAX_POSTINGS
sh_all = []
seen = set()
for f in stream.table_parts(sys.argv[1], "paragraphs"):
    tab = pq.read_table(f, columns=["text"]).to_pandas()
    k, sh, ow = paragraph_keys(tab["text"].tolist())
    # shingles of texts not seen in earlier parts (the distinct texts, as group_ids keeps them)
    firsts = np.array([kk not in seen for kk in k[ow]]) if len(ow) else np.zeros(0, bool)
    seen.update(k.tolist())
    sh_all.append(sh[firsts])
sh = np.sort(np.concatenate(sh_all))
starts = np.flatnonzero(np.r_[True, sh[1:] != sh[:-1]]); sizes = np.diff(np.r_[starts, len(sh)])
keep = (sizes > 1) & (sizes <= MAX_POSTINGS)
print("shingles", len(sh), "rare shared", int(keep.sum()), "max postings kept", int(sizes[keep].max()),
      "pairs generated", int((sizes[keep] * (sizes[keep] - 1) // 2).sum()), flush=True)

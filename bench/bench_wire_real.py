"""Peak RSS of the driver's wire step on a built dataset (`bench/bench_wire_real.py OUT/corpus-tables`): the chunks as build_dataset keeps them, then group_ids."""
import resource, sys, time
import numpy as np, pyarrow.parquet as pq
from presslens import stream
from presslens.wire import paragraph_keys, group_ids
folder = sys.argv[1]
mb = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
keys, shingles, owners, arts = [], [], [], []
n = 0; art_pos = {}
t = time.process_time()
for f in stream.table_parts(folder, "paragraphs"):
    tab = pq.read_table(f, columns=["article_id", "text"]).to_pandas()
    k, sh, ow = paragraph_keys(tab["text"].tolist())
    keys.append(k); shingles.append(sh); owners.append((ow + n).astype(np.int32))
    a = tab["article_id"].tolist()
    arts.append(np.fromiter((art_pos.setdefault(x, len(art_pos)) for x in a), dtype=np.int32, count=len(a)))
    n += len(tab)
print(f"chunks: {n} paragraphs, {sum(len(s) for s in shingles)} shingles, maxrss {mb()} MB, {time.process_time()-t:.1f} CPU s", flush=True)
t = time.process_time()
ids = group_ids(np.concatenate(arts), np.concatenate(keys), shingles, owners)
print(f"group_ids: maxrss {mb()} MB, {time.process_time()-t:.1f} CPU s, {sum(g is not None for g in ids)} wire paragraphs", flush=True)

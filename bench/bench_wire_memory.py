"""Peak memory of presslens.wire.group_ids at 10^5-article scale, on synthetic arrays: 1,000,000 paragraphs
(10 per article), 35 shingle hashes each, 10% wire copies of a pool (30% of them trimmed: distinct texts),
handed over in chunks of 5,000 paragraphs as the stream build does.

    .venv/bin/python bench/bench_wire_memory.py
"""
import resource, time, numpy as np
from presslens import wire
rng = np.random.default_rng(0)
P, S, CH = 1_000_000, 35, 5000
pool = rng.integers(-2**63, 2**63 - 1, size=(2500, S))
keys = rng.integers(0, 2**62, size=P)
art = np.repeat(np.arange(P // 10, dtype=np.int32), 10)
shingles, owners = [], []
for a in range(0, P, CH):
    sh = rng.integers(-2**63, 2**63 - 1, size=(CH, S))
    wire_rows = rng.random(CH) < 0.10
    picks = rng.integers(0, len(pool), size=wire_rows.sum())
    sh[wire_rows] = pool[picks]
    keys[a:a + CH][wire_rows] = picks + np.where(rng.random(len(picks)) < 0.3, 10**9 * (1 + np.arange(len(picks)) + a), 0)
    shingles.append(sh.ravel())
    owners.append(np.repeat(np.arange(a, a + CH, dtype=np.int32), S))
del sh
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
inputs = sum(s.nbytes + o.nbytes for s, o in zip(shingles, owners)) / 2**20
t = time.process_time()
ids = wire.group_ids(art, keys, shingles, owners)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"inputs {inputs:.0f} MB (chunks), process peak before {base:.0f} MB, after group_ids {peak:.0f} MB, "
      f"{time.process_time() - t:.1f} CPU s, {sum(i is not None for i in ids)} paragraphs grouped")

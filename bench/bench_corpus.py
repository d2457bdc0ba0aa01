"""Benchmark load_corpus (read + clean + sentence split + wire groups): articles/s and peak memory.

    .venv/bin/python bench/bench_corpus.py [N ...]        # default: 1000 10000

Each size runs in a fresh process so peak RSS is its own. One core (workers=1) unless --workers.
'per CPU-s' divides by the process's CPU time, which other load on the machine inflates less than
wall time; each size is run --repeat times (fresh processes) and the fastest run is reported, as
timeit does, because a busy machine only ever makes a run slower.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def measure(n: int, workers: int) -> dict:
    from common import write_corpus

    from presslens import load_corpus

    with tempfile.TemporaryDirectory() as tmp:
        folder = write_corpus(Path(tmp) / "corpus", n)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0, c0 = time.perf_counter(), time.process_time()
        corpus = load_corpus(folder, workers=workers, progress=False)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"articles": len(corpus.articles), "workers": workers, "seconds": round(elapsed, 2),
            "articles_per_s": round(len(corpus.articles) / elapsed, 1),
            "articles_per_cpu_s": round(len(corpus.articles) / cpu, 1) if workers == 1 else None,
            "sentences": len(corpus.sentences), "peak_rss_mb": round(peak / 1024, 1),
            "rss_growth_mb": round((peak - rss_before) / 1024, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the fastest is reported (default 3)")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.sizes[0], args.workers)))
        return
    print(f"{'N':>7} {'workers':>7} {'seconds':>8} {'articles/s':>10} {'per CPU-s':>9} {'peak MB':>8} {'growth MB':>9}")
    for n in args.sizes:
        runs = []
        for _ in range(max(1, args.repeat)):
            out = subprocess.run([sys.executable, __file__, str(n), "--workers", str(args.workers), "--one"],
                                 capture_output=True, text=True, check=True)
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        r = max(runs, key=lambda run: run["articles_per_cpu_s"] or run["articles_per_s"])
        print(f"{r['articles']:>7} {r['workers']:>7} {r['seconds']:>8} {r['articles_per_s']:>10} {str(r['articles_per_cpu_s']):>9} "
              f"{r['peak_rss_mb']:>8} {r['rss_growth_mb']:>9}")


if __name__ == "__main__":
    main()

"""Benchmark extract_casualties on top of the corpus tables: articles/s on one core.

    .venv/bin/python bench/bench_casualties.py [N]        # default: 1000 synthetic articles (target >= 500/s)

The corpus is loaded first and not timed; only claim extraction (+ the tally) is.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def main(argv: list[str] | None = None) -> int:
    from common import write_corpus

    from presslens import load_corpus
    from presslens.casualties import extract_casualties, load_lexicon, tally

    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("n", nargs="?", type=int, default=1000)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = load_corpus(write_corpus(Path(tmp) / "corpus", args.n), workers=1, progress=False)
    load_lexicon()
    t0 = time.perf_counter()
    claims = extract_casualties(corpus)
    t1 = time.perf_counter()
    summary = tally(claims, corpus)
    t2 = time.perf_counter()
    rate = args.n / (t1 - t0)
    print(f"extract_casualties: {args.n} articles, {len(claims)} claims in {t1 - t0:.2f} s -> {rate:,.0f} articles/s "
          f"({'meets' if rate >= 500 else 'BELOW'} the 500/s target)")
    print(f"tally: {len(summary)} rows in {t2 - t1:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

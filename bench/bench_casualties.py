"""Benchmark extract_casualties on top of the corpus tables: articles/s on one core (CPU time).

    .venv/bin/python bench/bench_casualties.py [N]        # default: 1000 synthetic articles (target >= 500/s)
    .venv/bin/python bench/bench_casualties.py [N] --distinct     # every paragraph distinct (bench/distinct.py)

The corpus is loaded first and not timed; claim extraction and the tally are timed separately. Rates are CPU time
(time.process_time) of this one process, so a busy shared machine does not slow the figure; wall time is shown
beside it.
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
    from distinct import write_distinct

    from presslens import load_corpus
    from presslens.casualties import extract_casualties, load_lexicon
    from presslens.tally import tally

    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("n", nargs="?", type=int, default=1000)
    p.add_argument("--distinct", action="store_true",
                   help="a corpus whose paragraphs all differ (bench/distinct.py): no memo of a paragraph can help")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        write = write_distinct if args.distinct else write_corpus
        corpus = load_corpus(write(Path(tmp) / "corpus", args.n), workers=1, progress=False)
    load_lexicon()
    w0, c0 = time.perf_counter(), time.process_time()
    claims = extract_casualties(corpus)
    w1, c1 = time.perf_counter(), time.process_time()
    summary = tally(claims, corpus)
    w2, c2 = time.perf_counter(), time.process_time()
    rate = args.n / (c1 - c0)
    print(f"extract_casualties: {args.n} articles, {len(claims)} claims in {c1 - c0:.2f} s CPU ({w1 - w0:.2f} s wall) "
          f"-> {rate:,.0f} articles/s ({'meets' if rate >= 500 else 'BELOW'} the 500/s target)")
    print(f"tally: {len(summary)} rows in {c2 - c1:.2f} s CPU ({w2 - w1:.2f} s wall)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

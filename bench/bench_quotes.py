"""Benchmark extract_quotes on top of the corpus tables: articles/s on one core (CPU time).

    .venv/bin/python bench/bench_quotes.py [N]        # default: 1000 synthetic articles (target >= 500/s)
    .venv/bin/python bench/bench_quotes.py [N] --distinct     # every paragraph distinct (bench/distinct.py)

The synthetic corpus of bench/common.py (seed paragraphs recombined) is loaded with `load_corpus`, as in
bench_corpus.py and bench_casualties.py, and not timed. Two figures, best of three (the machine is shared;
CPU time still varies with its load):

- warm: the whole corpus in one call, so names and sides memoised on early articles serve later ones
  (a corpus of one war repeats its names);
- cold: every memo cleared before each block of 50 articles (a lower bound).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).parent))

BLOCK = 50


def main(argv: list[str] | None = None) -> int:
    from common import cold_seconds, write_corpus
    from distinct import write_distinct

    from presslens import load_corpus
    from presslens.actors import load_actors
    from presslens.config import DEFAULT_ACTORS
    from presslens.quotes import clear_caches, extract_quotes

    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("n", nargs="?", type=int, default=1000)
    p.add_argument("--distinct", action="store_true",
                   help="a corpus whose paragraphs all differ (bench/distinct.py): no memo of a paragraph can help")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        write = write_distinct if args.distinct else write_corpus
        corpus = load_corpus(write(Path(tmp) / "corpus", args.n), workers=1, progress=False)
    actors = load_actors(DEFAULT_ACTORS)
    n = len(corpus.articles)
    ids = list(corpus.articles["article_id"])
    blocks = []
    for i in range(0, n, BLOCK):
        keep = set(ids[i:i + BLOCK])
        blocks.append(SimpleNamespace(articles=corpus.articles[corpus.articles["article_id"].isin(keep)],
                                      paragraphs=corpus.paragraphs[corpus.paragraphs["article_id"].isin(keep)]))
    extract_quotes(blocks[0], actors=actors)       # compile patterns and load lexicons
    warm, cold = float("inf"), float("inf")
    for _ in range(3):
        clear_caches()
        actors.clear_caches()
        t0, w0 = time.process_time(), time.perf_counter()
        frame = extract_quotes(corpus, actors=actors)
        warm, warm_wall = min(warm, time.process_time() - t0), time.perf_counter() - w0
        cold = min(cold, cold_seconds(blocks, extract_quotes, clear_caches, actors))
    print(f"extract_quotes: {n} articles, {len(frame)} quotes, best of 3 (CPU time; {warm_wall:.2f} s wall for the last warm run)")
    for label, secs in (("warm", warm), ("cold", cold)):
        rate = n / secs
        print(f"  {label}: {secs:.2f} s = {rate:,.0f} articles/s ({'meets' if rate >= 500 else 'BELOW'} the 500/s target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark extract_casualties on the dev sets' real copy with their registries (the path the bench corpus, which has
no registry, never takes: the registry view, side lookups, rules such as `losses_of_the_named_force`).

    .venv/bin/python bench/bench_casualties_registry.py [PASSES]      # default 3: CPU s of each pass, warm

Sets: eval/real, real2/wars, real4/a, real7/attacks, real7/troops, dev2, dev3 (each with its actors.yaml; a set whose
texts are absent is skipped and said). The corpora are loaded and one pass run first (the registry views are built
then); each later pass is timed in CPU seconds (time.process_time), so a busy machine does not slow the figure.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ["real", "real2/wars", "real4/a", "real7/attacks", "real7/troops", "dev2", "dev3"]


def main(argv: list[str] | None = None) -> int:
    from presslens import load_corpus
    from presslens.actors import load_actors
    from presslens.casualties import extract_casualties, load_lexicon

    passes = int((argv or sys.argv[1:] or ["3"])[0])
    data = []
    for name in SETS:
        texts, registry = ROOT / "eval" / name / "texts", ROOT / "eval" / name / "actors.yaml"
        if not texts.is_dir() or not any(texts.iterdir()):
            print(f"skipped eval/{name}: no texts")
            continue
        data.append((load_corpus(texts, workers=1, progress=False), load_actors(registry)))
    load_lexicon()
    for corpus, reg in data:
        extract_casualties(corpus, actors=reg)
    n = sum(len(corpus.articles) for corpus, _ in data)
    times = []
    for _ in range(passes):
        c0 = time.process_time()
        for corpus, reg in data:
            extract_casualties(corpus, actors=reg)
        times.append(time.process_time() - c0)
    print(f"extract_casualties with registries: {n} articles, CPU s per pass {' '.join(f'{t:.3f}' for t in times)} "
          f"-> best {n / min(times):,.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Synthetic corpora for the benchmarks: N articles made by recombining the seed paragraphs."""
from __future__ import annotations

import random
from pathlib import Path

from presslens import config


def seed_paragraphs() -> list[str]:
    paras = []
    for f in sorted(config.SEEDS_DIR.glob("*.txt")):
        lines = f.read_text(encoding="utf-8").splitlines()
        paras += [line for line in lines[1:] if len(line.split()) > 6]
    return paras


def write_corpus(folder: Path, n: int, *, seed: int = 1) -> Path:
    """Write n .txt articles of 12-30 seed paragraphs each (with a date header) into folder."""
    rng = random.Random(seed)
    paras = seed_paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = "\n\n".join(rng.sample(paras, rng.randint(12, min(30, len(paras)))))
        day = 1 + i % 28
        (folder / f"bench_{i:06d}.txt").write_text(f" date 2021-09-{day:02d} Synthetic article {i}\n{body}\n",
                                                   encoding="utf-8")
    return folder


def cold_seconds(blocks, extract, clear_caches, actors) -> float:
    """CPU seconds of `extract(block, actors=actors)` over `blocks`, every memo cleared before each block (the bench's
    cold figure: a lower bound on the rate, as if each block of articles came to a fresh process's memos)."""
    import time

    total = 0.0
    for block in blocks:
        clear_caches()
        actors.clear_caches()
        t0 = time.process_time()
        extract(block, actors=actors)
        total += time.process_time() - t0
    return total

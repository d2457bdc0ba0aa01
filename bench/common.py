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

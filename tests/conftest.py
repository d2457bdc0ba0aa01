"""Shared fixtures: the seed corpus without its manifest, and the evaluation kit beside the repo."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from presslens import config

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"


@pytest.fixture(scope="session")
def seeds_dir(tmp_path_factory) -> Path:
    """The five seed .txt files alone in an empty folder (no manifest)."""
    folder = tmp_path_factory.mktemp("seeds")
    for f in sorted(config.SEEDS_DIR.glob("*.txt")):
        shutil.copy(f, folder / f.name)
    return folder


@pytest.fixture(scope="session")
def seed_corpus(seeds_dir):
    from presslens import load_corpus

    return load_corpus(seeds_dir)


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    """../shared/eval (gold, dev2, score.py); CI clones the repo with shared/ beside it."""
    if not EVAL.exists():
        pytest.fail(f"{EVAL} is missing: the evaluation kit must stand beside the repository")
    return EVAL

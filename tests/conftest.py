"""Shared fixtures: the seed corpus without its manifest, and the evaluation kit beside the repo."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from presslens import config

ROOT = Path(__file__).resolve().parents[1]
#: the repository's own evaluation sets (seed gold, dev2, dev3; eval/README.md)
REPO_EVAL = ROOT / "eval"
#: set by .ci/run: a missing ../shared/eval fails the tests that need it instead of skipping them
REQUIRE_SHARED = "PRESSLENS_REQUIRE_SHARED"


def _main_checkout(root: Path) -> Path | None:
    """For a `git worktree`, the main checkout it belongs to (its `.git` file points into main/.git/worktrees/)."""
    dotgit = root / ".git"
    if not dotgit.is_file():
        return None
    gitdir = dotgit.read_text(encoding="utf-8").partition("gitdir:")[2].strip()
    if not gitdir:
        return None
    common = (root / gitdir).resolve()
    if (common / "commondir").is_file():
        common = (common / (common / "commondir").read_text(encoding="utf-8").strip()).resolve()
    return common.parent if common.name == ".git" else None


def shared_dir() -> Path:
    """Where the external evaluation kit (`shared/`) is looked for: $PRESSLENS_SHARED, else beside the
    repository, else beside the main checkout when the repository is a git worktree."""
    if os.environ.get("PRESSLENS_SHARED"):
        return Path(os.environ["PRESSLENS_SHARED"])
    beside = ROOT.parent / "shared"
    main = _main_checkout(ROOT)
    if not beside.exists() and main is not None and (main.parent / "shared").exists():
        return main.parent / "shared"
    return beside


SHARED = shared_dir()
EVAL = SHARED / "eval"


def require_shared(path: Path = EVAL) -> Path:
    """`path` (inside ../shared) if it exists; else skip the test with the reason, or fail it when
    $PRESSLENS_REQUIRE_SHARED=1 (CI: .ci/run), so CI never passes by skipping."""
    if path.exists():
        return path
    reason = (f"{path} is missing: the external evaluation kit is not beside this clone "
              f"(set PRESSLENS_SHARED to its folder); the repo's own copies are in eval/")
    if os.environ.get(REQUIRE_SHARED) == "1":
        pytest.fail(f"{reason}; {REQUIRE_SHARED}=1 requires it")
    pytest.skip(reason)


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
    """../shared/eval (score.py, GUIDELINES.md, gold, dev2). Skips without it, fails when CI requires it."""
    return require_shared(EVAL / "score.py").parent

"""Paths and defaults shared by every stage: where inputs, tables and reports live."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

PACKAGE_DIR = Path(__file__).resolve().parent
DATA = PACKAGE_DIR / "data"


def _project_root() -> Path:
    """The repository root for an editable install (lib/presslens -> ..), else the working directory."""
    env = os.environ.get("PRESSLENS_ROOT")
    if env:
        return Path(env).resolve()
    candidate = PACKAGE_DIR.parents[1]
    if (candidate / "pyproject.toml").exists() and (candidate / "lib").is_dir():
        return candidate
    return Path.cwd()


ROOT = _project_root()
SEEDS_DIR = ROOT / "seeds"
NOTEBOOKS_DIR = ROOT / "notebooks"
OUTPUTS_DIR = ROOT / "outputs"
DATA_DIR = OUTPUTS_DIR / "data"
EXECUTED_DIR = OUTPUTS_DIR / "notebooks"
REPORTS_DIR = OUTPUTS_DIR / "reports"

DEFAULT_ACTORS = DATA / "actors" / "panjshir-2021.yaml"
LEXICONS = DATA / "lexicons"

#: corpora at least this large are spread over processes by default
PARALLEL_MIN_ARTICLES = 400
#: the kernel papermill runs every notebook with (registered by `make venv`)
KERNEL_NAME = "presslens"
#: seconds one notebook cell may run before `presslens run` stops that notebook (`--cell-timeout`)
CELL_TIMEOUT = 1800
#: above this many articles `presslens run` runs its notebooks one at a time (unless --jobs says otherwise): the
#: casualty and bias kernels each hold ~2 GB at 10^5 articles, two at once would pass 4 GB with the driver
NOTEBOOKS_ONE_AT_A_TIME_ABOVE = 40_000
#: seconds a notebook kernel may take to start (papermill's default, 60, is short on a loaded machine)
KERNEL_START_TIMEOUT = 180
#: rows an interactive table embeds in a report at most; the whole table goes beside it as CSV (keeps reports small)
TABLE_MAX_ROWS = int(os.environ.get("PRESSLENS_TABLE_MAX_ROWS", "2000"))


#: libyaml's parser under the safe constructor where PyYAML was built with it (`yaml.safe_load`'s objects: equal on
#: every shipped lexicon and eval registry, 66 files; ~7x faster: the mention cues' file was ~1% of a 1,000-article
#: casualty bench call; session 28)
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def _load_yaml_cached(path: str, mtime: float) -> Any:
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=_SAFE_LOADER)


def load_yaml(path: str | os.PathLike) -> Any:
    """Parsed YAML of `path`, cached until the file changes."""
    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(f"{p}: no such file")
    return _load_yaml_cached(str(p.resolve()), p.stat().st_mtime)


def lexicon(name: str) -> Any:
    """A shipped lexicon from data/lexicons/NAME.yaml."""
    return load_yaml(LEXICONS / f"{name}.yaml")

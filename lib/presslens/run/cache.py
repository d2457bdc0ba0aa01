"""The table cache's key: a content hash of the corpus files, the library code and data that make the tables
(display modules left out), and the actor registry."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from .. import config


_SKIP_NAMES = {"__pycache__", ".ipynb_checkpoints", ".git", ".DS_Store"}


# --------------------------------------------------------------------------------------------- table cache

def _files(path: Path) -> list[Path]:
    """The input files under `path` (a file or a folder, recursive), in a stable order, hidden files skipped."""
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*")
                  if p.is_file() and not any(part in _SKIP_NAMES or part.startswith(".")
                                             for part in p.relative_to(path).parts))


def _hash_files(h: "hashlib._Hash", files: Iterable[Path], root: Path) -> None:
    for f in files:
        rel = f.relative_to(root).as_posix() if f != root else f.name
        h.update(rel.encode() + b"\0")
        h.update(hashlib.sha256(f.read_bytes()).digest())


#: modules that only display or orchestrate: editing them does not change a table, so not in the cache key
#: (`run` and `report` are packages: every file in them)
DISPLAY_ONLY = {"run", "report", "findings.py", "charts.py", "cli.py", "__main__.py", "queries.py"}


def library_fingerprint() -> str:
    """presslens version + a hash of the code and data files that make the tables: a changed extractor or
    lexicon is a new library (display modules and report templates are left out)."""
    from .. import __version__
    h = hashlib.sha256(__version__.encode() + b"\0")
    pkg = config.PACKAGE_DIR
    _hash_files(h, (p for p in _files(pkg) if p.suffix != ".pyc" and p.name not in DISPLAY_ONLY
                    and p.relative_to(pkg).parts[0] not in DISPLAY_ONLY
                    and "templates" not in p.relative_to(pkg).parts), pkg)
    return f"{__version__}+{h.hexdigest()[:12]}"


def registry_path(actors: str | os.PathLike | None) -> Path | None:
    """Notebook `actors` value -> registry file: None = the shipped registry, 'none' = no registry."""
    if actors is None:
        return config.DEFAULT_ACTORS
    if isinstance(actors, str) and actors.strip().lower() == "none":
        return None
    return Path(actors).expanduser().resolve()


def corpus_digest(corpus_path: str | os.PathLike, *, actors: str | os.PathLike | None = None) -> str:
    """Content hash of the corpus files + the library + the actor registry: the key of the table cache."""
    path = Path(corpus_path).expanduser().resolve()
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such corpus file or folder")
    h = hashlib.sha256()
    _hash_files(h, _files(path), path if path.is_dir() else path.parent)
    h.update(b"\0library\0" + library_fingerprint().encode())
    reg = registry_path(actors)
    if reg is None:
        h.update(b"\0registry\0none")
    elif reg.exists():
        h.update(b"\0registry\0" + reg.read_bytes())
    else:
        h.update(b"\0registry-missing\0" + str(reg).encode())
    return h.hexdigest()[:16]

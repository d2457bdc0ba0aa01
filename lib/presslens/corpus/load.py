"""The entry point: a file or folder -> Corpus (cleaning in worker processes, duplicate texts, wire groups)."""

from __future__ import annotations

import hashlib
import os
import sys
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from .. import config
from ..tables import make_table
from .tables import (ARTICLE_COLUMNS, Corpus, INGEST_COLUMNS, PARAGRAPH_COLUMNS, REMOVED_COLUMNS,
                     SENTENCE_COLUMNS)
from .reading import InputError, RawDoc, iter_files, read_file
from .rules import load_rules
from .cleaning import _clean_batch, clean_article


# ---------------------------------------------------------------------------------------------
# Corpus-level steps: wire groups across articles.

def wire_groups(paragraphs: pd.DataFrame, *, threshold: float = 0.6) -> pd.Series:
    """Group id for paragraphs that stand, the same or nearly (shingle containment >= threshold), in 2+ articles.

    Word 5-gram shingles; a shingle in more than 200 distinct paragraphs is a stock phrase and left out.
    The work is done on integer keys by presslens.wire, so that it scales (and runs on chunks).
    """
    from ..wire import wire_groups as _groups
    return _groups(paragraphs, threshold=threshold)


# ---------------------------------------------------------------------------------------------
# The entry point.

def read_manifest(path: str | os.PathLike) -> dict[str, dict]:
    """Manifest CSV (file, outlet, url, published) -> {file base name or relative path: metadata}."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: manifest not found")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "file" not in frame.columns:
        raise InputError(f"{path}: manifest needs a 'file' column (found {', '.join(frame.columns)})")
    return {row["file"]: {k: (v or None) for k, v in row.items() if k != "file"} for row in frame.to_dict("records")}


def _warn(message: str) -> None:
    tqdm.write(f"presslens: {message}", file=sys.stderr)


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def open_inputs(path: str | os.PathLike, manifest=None) -> tuple[Path, Path, dict]:
    """A corpus path -> (root, the folder ids are relative to, the manifest's rows by file); the folder's own
    manifest.csv when none is given. A missing path is an error naming it."""
    root = Path(path)
    if not root.exists():
        raise FileNotFoundError(f"{root}: no such file or folder (give a corpus folder, e.g. seeds/)")
    if manifest is None and root.is_dir() and (root / "manifest.csv").exists():
        manifest = root / "manifest.csv"
    return root, (root if root.is_dir() else root.parent), (read_manifest(manifest) if manifest else {})


def read_listed(file: Path, rel: str, listed: dict, log: list[dict], *,
                columns: dict[str, str] | None = None, lines: slice | None = None) -> list[RawDoc]:
    """One input file -> its documents with the manifest's non-empty fields over the inferred ones; a file
    that cannot be read is logged as rejected (and gives none), its per-record problems logged too."""
    try:
        found, problems = read_file(file, rel, columns=columns, lines=lines)
    except InputError as exc:
        log.append({"path": rel, "article_id": None, "status": "rejected", "reason": str(exc)})
        return []
    log.extend(problems)
    extra = listed.get(file.name) or listed.get(rel)
    if not extra:
        return found
    given = {k: v for k, v in extra.items() if v}
    return [RawDoc(d.article_id, d.path, d.text, {**d.meta, **given}, d.warning) for d in found]


def load_corpus(path: str | os.PathLike, *, manifest: str | os.PathLike | None = None,
                workers: int | None = None, progress: bool | None = None,
                columns: dict[str, str] | None = None) -> Corpus:
    """A file or folder of articles -> Corpus. `manifest` defaults to PATH/manifest.csv when present.

    `workers`: processes for cleaning (default: every core when the corpus has at least
    config.PARALLEL_MIN_ARTICLES articles, else 1). `progress`: a progress bar (default: on a terminal).
    Problems with single inputs are logged in `ingest_log` and on stderr; the rest loads.
    `columns`: for .csv/.jsonl/.json inputs, canonical name -> the input's column name
    ({'outlet': 'source', 'text': 'body'}; see `parse_columns`).
    """
    root, base, listed = open_inputs(path, manifest)
    docs: list[RawDoc] = []
    log: list[dict] = []
    for file in iter_files(root):
        docs.extend(read_listed(file, file.relative_to(base).as_posix(), listed, log, columns=columns))
    docs = _unique_ids(docs)

    n_docs, sources = len(docs), {d.article_id: (d.path, d.warning) for d in docs}
    n_workers = workers if workers is not None else (os.cpu_count() or 1) if n_docs >= config.PARALLEL_MIN_ARTICLES else 1
    bar = tqdm(total=n_docs, desc="cleaning articles", unit="article", disable=(not progress) if progress is not None else None)
    if n_workers > 1 and n_docs > 1:
        size = max(16, n_docs // (n_workers * 8))
        with ProcessPoolExecutor(max_workers=n_workers) as pool:
            batches = pool.map(_clean_batch, _chunks(docs, size))
            del docs
            tables = _collect((r for batch in batches for r in batch), sources, log, bar)
    else:
        rules = load_rules()
        queue = deque(docs)  # popped one by one: each raw text is freed once its article is cleaned
        del docs
        tables = _collect((clean_article(queue.popleft(), rules) for _ in range(n_docs)), sources, log, bar)
    bar.close()
    for row in log:
        if row["status"] != "ok":
            _warn(f"{row['status']}: {row['path']}: {row['reason']}")

    articles, paragraphs, sentences, removed = tables
    paragraphs["wire_group"] = wire_groups(paragraphs)
    ingest = make_table(sorted(log, key=lambda r: r["path"]), INGEST_COLUMNS)
    return Corpus(articles, paragraphs, sentences, removed, ingest, source=str(root))


#: cleaned articles are turned into table pieces this many at a time, so that the per-row Python
#: objects of a large corpus never all exist at once (memory grows with the compact tables only)
TABLE_CHUNK = 2000


def _collect(results: Iterable[dict], sources: dict[str, tuple[str, str | None]], log: list[dict], bar) -> tuple[pd.DataFrame, ...]:
    """Cleaned articles -> (articles, paragraphs, sentences, removed) tables; every input logged.

    `sources`: article id -> (path, reading warning). An article with no text left, or with the same
    text as one already kept, is rejected (logged).
    """
    seen: dict[str, str] = {}
    pieces: list[tuple[pd.DataFrame, ...]] = []
    kept: list[dict] = []
    for res in results:
        bar.update(1)
        art = res["article"]
        path, warning = sources[art["article_id"]]
        if not art["text"]:
            reason = f"no article text left after cleaning ({len(res['removed'])} lines removed as boilerplate)"
            log.append({"path": path, "article_id": art["article_id"], "status": "rejected", "reason": reason})
            continue
        digest = hashlib.blake2b(" ".join(art["text"].split()).lower().encode(), digest_size=16).hexdigest()
        if digest in seen:
            log.append({"path": path, "article_id": art["article_id"], "status": "rejected",
                        "reason": f"identical text to {seen[digest]}; loaded once"})
            continue
        seen[digest] = art["article_id"]
        kept.append(res)
        log.append({"path": path, "article_id": art["article_id"], "status": "warning" if warning else "ok",
                    "reason": warning})
        if len(kept) == TABLE_CHUNK:
            pieces.append(_tables(kept))
            kept = []
    if kept or not pieces:
        pieces.append(_tables(kept))
    return tuple(pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0] for parts in zip(*pieces))


def _tables(results: list[dict]) -> tuple[pd.DataFrame, ...]:
    return (make_table([r["article"] for r in results], ARTICLE_COLUMNS),
            make_table([p for r in results for p in r["paragraphs"]], PARAGRAPH_COLUMNS),
            make_table([x for r in results for x in r["sentences"]], SENTENCE_COLUMNS),
            make_table([x for r in results for x in r["removed"]], REMOVED_COLUMNS))


def _unique_ids(docs: list[RawDoc]) -> list[RawDoc]:
    """Article ids are file base names; where two files share one, their relative paths are used instead."""
    counts: dict[str, int] = defaultdict(int)
    for d in docs:
        counts[Path(d.article_id).name] += 1
    out = []
    for d in docs:
        name = Path(d.article_id.split("#")[0]).name + ("#" + d.article_id.split("#", 1)[1] if "#" in d.article_id else "")
        aid = name if counts[Path(d.article_id).name] == 1 else d.article_id
        out.append(RawDoc(aid, d.path, d.text, d.meta, d.warning))
    return out

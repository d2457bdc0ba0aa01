"""Corpora of any size: read lazily, cleaned and extracted in batches on every core (or a Dask cluster),
written as partitioned Parquet datasets, never all in memory at once.

    build_dataset("shards/", "out/")      # out/articles.parquet/part-00000.parquet ..., out/quotes.parquet/...
    corpus = read_corpus("out/")          # the Corpus, each table read from its folder when first used

One folder per table, named as a Parquet dataset (`articles.parquet/`, `paragraphs.parquet/`, `sentences`,
`removed`, `ingest_log`, `quotes`, `claims`), one Parquet file per batch of articles (`part-NNNNN.parquet`,
in input order): pandas.read_parquet, pyarrow.dataset and DuckDB (`SELECT ... FROM
'out/claims.parquet/*.parquet'`) read each folder as one table, only the columns and rows they need.

Per-batch work is the pure function `process_batch` (the loader's cleaning, then extract_quotes and
extract_casualties on the batch), mapped over batches by the `local` engine (a process pool, every core)
or the `dask` engine (any dask.distributed cluster). The cross-article steps run in this process on
compact keys: identical texts on a 16-byte digest per article, wire groups on integer shingle keys
(presslens.wire), then the paragraph parts are rewritten with their group ids one at a time.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from tqdm import tqdm

from . import config
from .corpus import (ARTICLE_COLUMNS, INGEST_COLUMNS, PARAGRAPH_COLUMNS, REMOVED_COLUMNS, SENTENCE_COLUMNS, Corpus,
                     RawDoc, iter_files, load_rules, clean_article, open_inputs, read_listed)
from .corpus.load import _tables, _warn
from .tables import make_table

CORPUS_TABLES = ("articles", "paragraphs", "sentences", "removed", "ingest_log")
EXTRACTED = ("quotes", "claims")
SCHEMAS = dict(zip(CORPUS_TABLES, (ARTICLE_COLUMNS, PARAGRAPH_COLUMNS, SENTENCE_COLUMNS, REMOVED_COLUMNS, INGEST_COLUMNS)))
#: articles per batch: the unit of work sent to a worker and of one Parquet part per table
BATCH = 500
ENGINES = ("local", "dask")
#: who reads the input files and writes the Parquet parts on the dask engine: 'driver' (this process sends
#: each batch's articles and gets its tables back: workers need no shared file system), 'workers' (a task
#: names its slice of the input files and its part number; the worker reads the slice and writes its own
#: parts, and sends back only compact keys: the input and output folders must be at the same path on every
#: worker, as on a LocalCluster), 'auto' (workers on the engine's own LocalCluster, driver on a --scheduler)
DASK_IO = ("auto", "driver", "workers")
#: the Dask settings of the engine's own LocalCluster (see _map_dask)
QUIET_CLUSTER = {"distributed.worker.profile.enabled": False, "distributed.admin.system-monitor.interval": "2s",
                 "distributed.admin.system-monitor.gil.enabled": False, "distributed.admin.tick.interval": "1s",
                 "distributed.worker.memory.monitor-interval": "1s", "distributed.scheduler.work-stealing": False}


# --------------------------------------------------------------------------------------------- reading

def iter_batches(path: str | os.PathLike, *, manifest: str | os.PathLike | None = None, batch: int = BATCH,
                 log: list[dict] | None = None, columns: dict[str, str] | None = None) -> Iterator[list[RawDoc]]:
    """A file or folder of articles -> batches of RawDoc, reading one file at a time.

    Ids follow load_corpus: the file base name (+ '#record id' inside JSONL/CSV), the relative path where
    two files share a base name. Problems are appended to `log` (ingest-log rows).
    """
    root, base, listed = open_inputs(path, manifest)
    log = log if log is not None else []
    files = iter_files(root)
    names = _name_counts(files)
    pending: list[RawDoc] = []
    for file in files:
        rel = file.relative_to(base).as_posix()
        for doc in read_listed(file, rel, listed, log, columns=columns):
            pending.append(_with_id(doc, file.name, rel, names[file.name] == 1))
            if len(pending) >= batch:
                yield pending
                pending = []
    if pending:
        yield pending


def _name_counts(files: list[Path]) -> dict[str, int]:
    names: dict[str, int] = {}
    for f in files:
        names[f.name] = names.get(f.name, 0) + 1
    return names


def _with_id(doc: RawDoc, name: str, rel: str, unique: bool) -> RawDoc:
    """Ids are base names (+ '#record') unless two files share one (then the relative path)."""
    aid = doc.article_id
    if unique:
        aid = name + (aid[len(rel):] if aid.startswith(rel) else "")
    return RawDoc(aid, doc.path, doc.text, doc.meta, doc.warning)


def _line_count(file: Path) -> int:
    """Lines of a file, counted on its bytes in blocks (no decoding, no parsing): an estimate of its records."""
    n, last = 0, b"\n"
    with open(file, "rb") as fh:
        while block := fh.read(1 << 20):
            n += block.count(b"\n")
            last = block[-1:]
    return n + (last != b"\n")


def plan_slices(path: str | os.PathLike, *, manifest: str | os.PathLike | None = None, batch: int = BATCH) -> Iterator[list[tuple]]:
    """A file or folder of articles -> tasks for `read_slice`, each about `batch` articles, without reading them.

    A task is a list of pieces (file, relative path, base name unique?, manifest row or None, (first, stop)
    line range of a JSONL file or None for the whole file). JSONL files are cut by line counts (blank or
    invalid lines make a task smaller, never lose a line: the last piece of a file runs to its end); other
    files count as one article each, CSV and JSON lists as their line count, and are never cut.
    """
    root, base, listed = open_inputs(path, manifest)
    files = iter_files(root)
    names = _name_counts(files)
    pending: list[tuple] = []
    size = 0
    for file in files:
        rel = file.relative_to(base).as_posix()
        head = (str(file), rel, names[file.name] == 1, listed.get(file.name) or listed.get(rel))
        suffix = file.suffix.lower()
        if suffix != ".jsonl":
            pending.append((*head, None))
            size += _line_count(file) if suffix in (".csv", ".json") else 1
        else:
            n, first = _line_count(file), 0
            while True:
                stop = first + batch - size
                if stop >= n:
                    pending.append((*head, (first, None)))
                    size += n - first
                    break
                pending.append((*head, (first, stop)))
                yield pending
                pending, size, first = [], 0, stop
        if size >= batch:
            yield pending
            pending, size = [], 0
    if pending:
        yield pending


def read_slice(task: list[tuple], log: list[dict], *, columns: dict[str, str] | None = None) -> list[RawDoc]:
    """The articles of one task of plan_slices, with the ids, metadata and ingest-log rows iter_batches gives."""
    docs = []
    for file, rel, unique, extra, lines in task:
        problems: list[dict] = []
        found = read_listed(Path(file), rel, {rel: extra} if extra else {}, problems, columns=columns,
                            lines=slice(*lines) if lines else None)
        if lines and lines[0] > 0:   # a file that cannot be read is logged once, by its first slice
            problems = [row for row in problems if row["path"] != rel]
        log.extend(problems)
        docs.extend(_with_id(doc, Path(file).name, rel, unique) for doc in found)
    return docs


# --------------------------------------------------------------------------------------------- per batch

_WORKER_STATE: dict = {}


def _actors(actors: str | None):
    if actors is None:
        return None
    if actors not in _WORKER_STATE:
        from .actors import load_actors
        _WORKER_STATE[actors] = load_actors(actors)
    return _WORKER_STATE[actors]


def process_batch(docs: list[RawDoc], *, actors: str | None = None, extract: bool | tuple[str, ...] = True) -> dict:
    """Pure per-batch work: RawDocs -> cleaned tables, quotes and claims of the batch, and wire keys.

    -> {'articles', 'paragraphs', 'sentences', 'removed', 'quotes', 'claims': DataFrame,
        'digests': list of 16-byte text digests (one per article row), 'empty': [(article_id, n removed)],
        'wire': (keys, shingles, owner) over the paragraph rows, 'errors': {table: message}}.
    `actors`: path of the actor registry (None: none); `extract`: True (quotes and claims), False, or the
    tables wanted ('quotes',). Runs in any process or on any Dask worker.
    """
    from .wire import paragraph_keys

    rules = _WORKER_STATE.get("rules") or _WORKER_STATE.setdefault("rules", load_rules())
    results, empty = [], []
    for doc in docs:
        res = clean_article(doc, rules)
        if res["article"]["text"]:
            results.append(res)
        else:
            empty.append((res["article"]["article_id"], len(res["removed"])))
    articles, paragraphs, sentences, removed = _tables(results)
    digests = [hashlib.blake2b(" ".join(t.split()).lower().encode(), digest_size=16).digest()
               for t in articles["text"].tolist()]
    out = {"articles": articles, "paragraphs": paragraphs, "sentences": sentences, "removed": removed,
           "digests": digests, "empty": empty, "wire": paragraph_keys(paragraphs["text"].tolist()), "errors": {}}
    if extract:
        from .casualties import extract_casualties
        from .quotes import extract_quotes
        corpus = Corpus(articles, paragraphs, sentences, removed, make_table([], INGEST_COLUMNS))
        registry = _actors(actors)
        try:
            out["quotes"] = extract_quotes(corpus, actors=registry)
        except Exception as exc:  # noqa: BLE001 - reported as the table's error, the corpus still builds
            out["errors"]["quotes"] = f"{type(exc).__name__}: {exc}"
        if extract is True or "claims" in extract:
            try:
                out["claims"] = extract_casualties(corpus, quotes=out.get("quotes"), actors=registry)
            except Exception as exc:  # noqa: BLE001
                out["errors"]["claims"] = f"{type(exc).__name__}: {exc}"
    return out


def process_slice(task: list[tuple], out: str, part: int, *, columns: dict[str, str] | None = None, **kwargs) -> dict:
    """On a worker: read one task of plan_slices, process_batch it and write its tables as part `part` under
    `out` (the same path as the driver's). -> only what the driver needs: article ids and text digests in
    order, each paragraph's article (its row in this part), the wire keys, the documents' sources, the
    reading problems, empty articles and extractor errors."""
    log: list[dict] = []
    docs = read_slice(task, log, columns=columns)
    res = process_batch(docs, **kwargs)
    written = bool(docs)
    if written:
        for name in (*CORPUS_TABLES[:4], *EXTRACTED):
            if name in res:
                _write(res[name], _part(Path(out), name, part))
    ids = res["articles"]["article_id"].tolist()
    row = {aid: i for i, aid in enumerate(ids)}
    para_article = np.fromiter(map(row.__getitem__, res["paragraphs"]["article_id"].tolist()), dtype=np.int32,
                               count=len(res["paragraphs"]))
    return {"part": part if written else None, "ids": ids, "digests": res["digests"], "para_article": para_article,
            "wire": res["wire"], "empty": res["empty"], "errors": res["errors"], "log": log,
            "sources": [(d.article_id, d.path, d.warning) for d in docs]}


# --------------------------------------------------------------------------------------------- engines

def _map_local(batches: Iterator[list[RawDoc]], workers: int, **kwargs) -> Iterator[dict]:
    """process_batch over batches on a process pool, in order, at most 2 batches per worker in flight
    (in this process when there is one worker or a single batch)."""
    batches = iter(batches)
    head = [b for _, b in zip(range(2), batches)]
    if workers <= 1 or len(head) < 2:
        for docs in (*head, *batches):
            yield process_batch(docs, **kwargs)
        return
    batches = (b for part in (head, batches) for b in part)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        queue: deque = deque()
        for docs in batches:
            queue.append(pool.submit(process_batch, docs, **kwargs))
            while len(queue) >= 2 * workers:
                yield queue.popleft().result()
        while queue:
            yield queue.popleft().result()


def _map_dask(calls: Iterator, scheduler: str | None, workers: int) -> Iterator[dict]:
    """Each of `calls` (a function with its arguments bound: Dask never looks inside) run on a dask.distributed
    cluster (`scheduler` address, else a LocalCluster of `workers` processes), results in order, at most
    2 tasks per worker in flight."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise SystemExit("presslens: --engine dask needs dask.distributed: pip install 'dask[distributed]'") from None
    import dask
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        # what the cluster does by the clock costs CPU the extractors need on a machine whose cores the workers
        # fill (the scheduler and the nannies run in this process): no statistical profiler in the workers (a
        # stack sample every 10 ms), no GIL polling, the system monitor every 2 s (not 0.5), the event loops'
        # health tick and the workers' memory checks every second (not 20 and 100 ms), no work stealing
        # (each worker holds at most two tasks); measured on an idle 2-worker cluster: 2.5% of a core -> 0.7%
        # in this process, 1.3% -> 0.3% in each worker
        with dask.config.set(QUIET_CLUSTER):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        n = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        queue: deque = deque()
        for call in calls:   # arguments bound in a partial: a string among them could be taken for a task key
            queue.append(client.submit(call, pure=False))
            while len(queue) >= 2 * n:
                yield queue.popleft().result()
        while queue:
            yield queue.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# --------------------------------------------------------------------------------------------- the build

def _part(folder: Path, table: str, n: int) -> Path:
    return folder / f"{table}.parquet" / f"part-{n:05d}.parquet"


def _write(frame: pd.DataFrame, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_parquet(path, index=False)


def build_dataset(path: str | os.PathLike, out: str | os.PathLike, *, manifest=None, actors: str | os.PathLike | None = None,
                  extract: bool | tuple[str, ...] = True, engine: str = "local", workers: int | None = None, scheduler: str | None = None,
                  batch: int = BATCH, progress: bool | None = None, columns: dict[str, str] | None = None,
                  dask_io: str = "auto") -> dict:
    """Corpus files -> partitioned Parquet datasets under `out` (one folder per table); -> summary counts.

    `engine`: 'local' (processes on this machine; `workers` default every core) or 'dask' (`scheduler`
    'tcp://HOST:8786', else a LocalCluster of `workers` processes). `actors`: a registry path or None.
    `dask_io`: who reads the files and writes the parts on the dask engine (DASK_IO: 'workers' needs the
    corpus and `out` at the same paths on every worker; 'auto': workers without a scheduler, else driver).
    """
    if engine not in ENGINES:
        raise ValueError(f"engine {engine!r}: expected one of {', '.join(ENGINES)}")
    if dask_io not in DASK_IO:
        raise ValueError(f"dask_io {dask_io!r}: expected one of {', '.join(DASK_IO)}")
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    if engine == "dask" and (dask_io == "workers" or (dask_io == "auto" and not scheduler)):
        return _build_on_workers(path, out, manifest=manifest, actors=actors, extract=extract, workers=workers,
                                 scheduler=scheduler, batch=batch, progress=progress, columns=columns)
    log: list[dict] = []
    sources: dict[str, tuple[str, str | None]] = {}

    def remember(batches):
        for docs in batches:
            for d in docs:
                sources[d.article_id] = (d.path, d.warning)
            yield docs

    batches = remember(iter_batches(path, manifest=manifest, batch=batch, log=log, columns=columns))
    n_workers = workers or os.cpu_count() or 1
    kwargs = {"actors": str(actors) if actors else None, "extract": extract}
    results = (_map_local(batches, n_workers, **kwargs) if engine == "local"
               else _map_dask((partial(process_batch, docs, **kwargs) for docs in batches), scheduler, n_workers))
    seen: dict[bytes, str] = {}
    keys, shingles, owners, para_articles = [], [], [], []
    n_paras = n_articles = 0
    errors: dict[str, str] = {}
    bar = tqdm(desc="articles (clean + extract)", unit="article", disable=(not progress) if progress is not None else None)
    part = 0
    for res in results:
        keep = _logged_batch(res, sources, seen, log)
        bar.update(len(keep) + len(res["empty"]))
        kept_ids = set(res["articles"]["article_id"][keep].tolist())
        frames = {name: res[name] for name in ("articles", "paragraphs", "sentences", "removed", *EXTRACTED) if name in res}
        if not all(keep):
            frames = {name: f[f["article_id"].isin(kept_ids)].reset_index(drop=True) for name, f in frames.items()}
        for name, frame in frames.items():
            _write(frame, _part(out, name, part))
        errors.update(res["errors"])
        # wire keys of the kept paragraphs, renumbered to corpus positions
        k, sh, ow = res["wire"]
        para_keep = res["paragraphs"]["article_id"].isin(kept_ids).to_numpy()
        new_pos = np.cumsum(para_keep) - 1 + n_paras
        mask = para_keep[ow] if len(ow) else np.zeros(0, dtype=bool)
        keys.append(k[para_keep])
        shingles.append(sh[mask])
        owners.append(new_pos[ow[mask]].astype(np.int32))
        # each kept paragraph's article as its corpus position (4 bytes, not an id string)
        position = {aid: n_articles + i for i, aid in enumerate(res["articles"]["article_id"][keep].tolist())}
        para_articles.append(np.fromiter(map(position.__getitem__, frames["paragraphs"]["article_id"].tolist()),
                                         dtype=np.int32, count=len(frames["paragraphs"])))
        n_paras += int(para_keep.sum())
        n_articles += len(kept_ids)
        part += 1
    bar.close()
    return _finish(out, log, part, n_articles, n_paras, keys, shingles, owners, para_articles, errors, progress)


def _logged_batch(res: dict, sources: dict[str, tuple[str, str | None]], seen: dict[bytes, str],
                  log: list[dict]) -> list[bool]:
    """One batch's inputs logged (empty after cleaning, a second copy of a text, ok or warning) -> whether each
    of its articles is kept."""
    for aid, n_removed in res["empty"]:
        p, _ = sources.pop(aid, (aid, None))
        log.append({"path": p, "article_id": aid, "status": "rejected",
                    "reason": f"no article text left after cleaning ({n_removed} lines removed as boilerplate)"})
    keep = []
    for aid, digest in zip(res["articles"]["article_id"].tolist(), res["digests"]):
        p, warning = sources.pop(aid, (aid, None))
        if digest in seen:
            log.append({"path": p, "article_id": aid, "status": "rejected",
                        "reason": f"identical text to {seen[digest]}; loaded once"})
            keep.append(False)
            continue
        seen[digest] = aid
        log.append({"path": p, "article_id": aid, "status": "warning" if warning else "ok", "reason": warning})
        keep.append(True)
    return keep


def _build_on_workers(path, out: Path, *, manifest, actors, extract, workers, scheduler, batch, progress, columns) -> dict:
    """build_dataset on a Dask cluster whose workers read their slices of the input and write their own
    parts (dask_io 'workers'); this process plans the slices, finds identical texts and the wire groups on
    the compact keys the workers send back, and rewrites a part only where it drops a duplicate."""
    kwargs = {"actors": str(actors) if actors else None, "extract": extract, "columns": columns}
    calls = (partial(process_slice, task, os.path.abspath(out), n, **kwargs)   # absolute: the workers' cwd may differ
             for n, task in enumerate(plan_slices(os.path.abspath(path), manifest=manifest, batch=batch)))
    log: list[dict] = []
    seen: dict[bytes, str] = {}
    keys, shingles, owners, para_articles = [], [], [], []
    n_paras = n_articles = parts = 0
    errors: dict[str, str] = {}
    bar = tqdm(desc="articles (clean + extract)", unit="article", disable=(not progress) if progress is not None else None)
    for res in _map_dask(calls, scheduler, workers or os.cpu_count() or 1):
        log.extend(res["log"])
        sources = {aid: (p, warning) for aid, p, warning in res["sources"]}
        for aid, n_removed in res["empty"]:
            p, _ = sources.pop(aid, (aid, None))
            log.append({"path": p, "article_id": aid, "status": "rejected",
                        "reason": f"no article text left after cleaning ({n_removed} lines removed as boilerplate)"})
        keep = np.ones(len(res["ids"]), dtype=bool)
        for i, (aid, digest) in enumerate(zip(res["ids"], res["digests"])):
            p, warning = sources.pop(aid, (aid, None))
            if digest in seen:
                log.append({"path": p, "article_id": aid, "status": "rejected",
                            "reason": f"identical text to {seen[digest]}; loaded once"})
                keep[i] = False
                continue
            seen[digest] = aid
            log.append({"path": p, "article_id": aid, "status": "warning" if warning else "ok", "reason": warning})
        bar.update(len(keep) + len(res["empty"]))
        errors.update(res["errors"])
        if res["part"] is None:
            continue
        if not keep.all():   # a text seen in an earlier part: this part's tables without its articles
            kept_ids = {aid for aid, k in zip(res["ids"], keep) if k}
            for name in (*CORPUS_TABLES[:4], *EXTRACTED):
                f = _part(out, name, res["part"])
                if f.exists():
                    frame = pd.read_parquet(f)
                    _write(frame[frame["article_id"].isin(kept_ids)].reset_index(drop=True), f)
        # wire keys of the kept paragraphs, renumbered to corpus positions
        k, sh, ow = res["wire"]
        para_keep = keep[res["para_article"]]
        new_pos = np.cumsum(para_keep) - 1 + n_paras
        mask = para_keep[ow] if len(ow) else np.zeros(0, dtype=bool)
        keys.append(k[para_keep])
        shingles.append(sh[mask])
        owners.append(new_pos[ow[mask]].astype(np.int32))
        position = np.cumsum(keep, dtype=np.int64) - 1 + n_articles   # each kept article's corpus position
        para_articles.append(position[res["para_article"][para_keep]].astype(np.int32))
        n_paras += int(para_keep.sum())
        n_articles += int(keep.sum())
        parts += 1
    bar.close()
    return _finish(out, log, parts, n_articles, n_paras, keys, shingles, owners, para_articles, errors, progress)


def _finish(out: Path, log: list[dict], parts: int, n_articles: int, n_paras: int, keys, shingles, owners, para_articles,
            errors: dict, progress: bool | None) -> dict:
    """The ingest log, empty tables if nothing loaded, the wire groups written into the paragraph parts."""
    part = parts
    for row in log:
        if row["status"] != "ok":
            _warn(f"{row['status']}: {row['path']}: {row['reason']}")
    _write(make_table(sorted(log, key=lambda r: r["path"]), INGEST_COLUMNS), _part(out, "ingest_log", 0))
    if part == 0:   # nothing loaded: empty tables still have their columns
        for name, schema in SCHEMAS.items():
            if name != "ingest_log":
                _write(make_table([], schema), _part(out, name, 0))
    # wire groups on the compact keys, then each paragraph part rewritten with its ids
    from .wire import group_ids
    cat = (lambda parts, dtype=np.int64: np.concatenate(parts) if parts else np.zeros(0, dtype=dtype))
    # the shingle and owner chunks are handed over as lists: group_ids empties them as it indexes them
    ids = group_ids(cat(para_articles, np.int32), cat(keys), shingles, owners) if n_paras else []
    del keys, shingles, owners, para_articles
    start = 0
    for f in tqdm(table_parts(out, "paragraphs"), desc="wire groups", unit="part",
                  disable=(not progress) if progress is not None else None):
        frame = pd.read_parquet(f)
        frame["wire_group"] = pd.array(ids[start:start + len(frame)], dtype="string")
        start += len(frame)
        frame.to_parquet(f, index=False)
    summary = {"articles": n_articles, "paragraphs": n_paras, "parts": part, "errors": errors,
               "wire_paragraphs": sum(g is not None for g in ids)}
    (out / "build.json").write_text(json.dumps(summary, indent=2))
    return summary


# --------------------------------------------------------------------------------------------- reading back

def table_parts(folder: str | os.PathLike, name: str) -> list[Path]:
    """The Parquet parts of one table, in corpus order."""
    return sorted((Path(folder) / f"{name}.parquet").glob("part-*.parquet"))


def read_table(folder: str | os.PathLike, name: str, *, columns: list[str] | None = None, filters=None) -> pd.DataFrame:
    """One table of a dataset written by build_dataset, parts in order; `columns`/`filters` pushed down to pyarrow."""
    parts = table_parts(folder, name)
    if not parts:
        raise FileNotFoundError(f"{Path(folder) / name}.parquet: no such table (build it with presslens.stream.build_dataset)")
    tables = [pq.read_table(p, columns=columns, filters=filters) for p in parts]
    frame = pa.concat_tables(tables, promote_options="permissive").to_pandas() if len(tables) > 1 else tables[0].to_pandas()
    schema = SCHEMAS.get(name) or _extracted_schema(name)
    if schema:
        frame = frame.astype({c: t for c, t in schema.items() if c in frame.columns})
    return frame


def _extracted_schema(name: str) -> dict | None:
    if name == "quotes":
        from .quotes import QUOTE_COLUMNS
        return QUOTE_COLUMNS
    if name == "claims":
        from .casualties import CLAIM_COLUMNS
        return CLAIM_COLUMNS
    return None


class LazyCorpus:
    """A Corpus whose tables are read from a dataset folder when first used (a notebook that never looks
    at the sentences never loads them). Same tables and methods as Corpus."""

    TABLES = Corpus.TABLES
    text_of = Corpus.text_of
    to_dir = Corpus.to_dir

    def __init__(self, folder: str | os.PathLike, source: str = ""):  # noqa: D107 - no dataclass fields set yet
        object.__setattr__(self, "_folder", Path(folder))
        object.__setattr__(self, "source", source or str(folder))

    def __getattr__(self, name: str):
        if name in CORPUS_TABLES:
            frame = read_table(self.__dict__["_folder"], name)
            object.__setattr__(self, name, frame)
            return frame
        raise AttributeError(name)

    def __repr__(self) -> str:
        return f"LazyCorpus({self.__dict__['_folder']})"

    def summary(self) -> str:
        """Corpus.summary read from the columns it needs: the article index, the paragraphs' wire flags (one
        byte each), the row counts of sentences and removed lines from the Parquet footers; no text is loaded
        (a year of coverage's sentences would not fit). The same text as Corpus.summary (test)."""
        folder = self.__dict__["_folder"]
        loaded = self.__dict__

        def rows(name: str) -> pd.DataFrame:   # a frame of n rows and no columns
            n = len(loaded[name]) if name in loaded else sum(pq.ParquetFile(f).metadata.num_rows for f in table_parts(folder, name))
            return pd.DataFrame(index=pd.RangeIndex(n))

        articles = loaded.get("articles")
        if articles is None:
            articles = read_table(folder, "articles", columns=["article_id", "outlet", "published", "n_words", "wire"])
        if "paragraphs" in loaded:
            paragraphs = loaded["paragraphs"]
        else:
            shared = np.concatenate([pq.read_table(f, columns=["wire_group"])["wire_group"].is_valid().to_numpy(zero_copy_only=False)
                                     for f in table_parts(folder, "paragraphs")] or [np.zeros(0, dtype=bool)])
            paragraphs = pd.DataFrame({"wire_group": pd.Categorical.from_codes(np.where(shared, 0, -1).astype(np.int8), ["shared"])})
        slim = Corpus(articles, paragraphs, rows("sentences"), rows("removed"), self.ingest_log, source=self.source)
        return Corpus.summary(slim)


def read_corpus(folder: str | os.PathLike, *, source: str = "") -> Corpus:
    """The Corpus of a dataset folder, each table read on first use."""
    return LazyCorpus(folder, source)

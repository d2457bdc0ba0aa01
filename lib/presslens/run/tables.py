"""The tables a run and its notebooks read: built once per corpus, cached as Parquet under data/<digest>/,
narrowed by the notebooks' filter (`Tables`)."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import html
import json
import os
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from .. import config
from .cache import corpus_digest, library_fingerprint, registry_path


#: the corpus tables Corpus.to_dir writes and Tables.filter narrows by article
CORPUS_TABLES = ("articles", "paragraphs", "sentences", "removed", "ingest_log")
#: lazily built extraction tables: name -> file under the digest folder
EXTRACTED = ("quotes", "claims")


def _replace_tables(corpus, frames: Mapping[str, pd.DataFrame]):
    """A copy of `corpus` with some of its DataFrames replaced (dataclass, frozen or not, or plain object)."""
    if dataclasses.is_dataclass(corpus):
        fields = {f.name for f in dataclasses.fields(corpus)}
        if set(frames) <= fields:
            return dataclasses.replace(corpus, **frames)
    new = copy.copy(corpus)
    for name, frame in frames.items():
        object.__setattr__(new, name, frame)
    return new


def _atomic_parquet(frame: pd.DataFrame, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    frame.to_parquet(tmp, index=False)
    os.replace(tmp, path)


class TableStore:
    """One folder `data_dir/<digest>/` holding the tables of one corpus + library + registry.

    The corpus tables are built at once; quotes and claims on first use, so a notebook that needs only the
    corpus works before (or without) the extractors. Every write is atomic: notebooks run side by side.
    """

    def __init__(self, corpus_path: Path, actors: str | os.PathLike | None, folder: Path, digest: str, *,
                 engine: str = "local", scheduler: str | None = None, dask_io: str = "auto"):
        self.corpus_path, self.actors_arg, self.folder, self.digest = corpus_path, actors, folder, digest
        self.engine, self.scheduler, self.dask_io = engine, scheduler, dask_io
        self._corpus = None
        self._actors, self._actors_loaded = None, False
        self._frames: dict[str, pd.DataFrame] = {}
        self._index: pd.DataFrame | None = None

    # -- corpus
    def corpus(self):
        """The corpus tables, read lazily from the partitioned dataset (built first, with quotes and claims, in
        one pass over the input files: presslens.stream)."""
        if self._corpus is None:
            from ..stream import build_dataset, read_corpus
            final = self.folder / "dataset"
            if not (final / ".complete").exists():
                self.folder.mkdir(parents=True, exist_ok=True)
                tmp = Path(tempfile.mkdtemp(prefix=".dataset-", dir=self.folder))
                reg = registry_path(self.actors_arg)
                build_dataset(self.corpus_path, tmp, actors=reg, engine=self.engine, scheduler=self.scheduler,
                              dask_io=self.dask_io)
                (tmp / ".complete").write_text(dt.datetime.now().isoformat(timespec="seconds"))
                if final.exists() and not (final / ".complete").exists():  # left by a crashed run
                    shutil.rmtree(final, ignore_errors=True)
                try:
                    os.rename(tmp, final)
                except OSError:  # another process finished first: keep theirs
                    shutil.rmtree(tmp, ignore_errors=True)
                self._write_meta()
                self._prune_superseded()
            self._corpus = read_corpus(final, source=str(self.corpus_path))
        return self._corpus

    def article_index(self) -> pd.DataFrame:
        """article_id, path, outlet, published of every article (no texts): what filters and counts need."""
        if self._index is None:
            from ..stream import read_table
            self.corpus()
            self._index = read_table(self.folder / "dataset", "articles",
                                     columns=["article_id", "path", "outlet", "published"])
        return self._index

    def rows(self, name: str) -> int:
        """Rows of one table of the dataset, from the Parquet footers (nothing read)."""
        import pyarrow.parquet as pq
        from ..stream import table_parts
        self.corpus()
        return sum(pq.ParquetFile(p).metadata.num_rows for p in table_parts(self.folder / "dataset", name))

    def table_error(self, name: str) -> str | None:
        """Why an extracted table could not be built (from the dataset's build.json), else None."""
        self.corpus()
        return json.loads((self.folder / "dataset" / "build.json").read_text()).get("errors", {}).get(name)

    #: a superseded folder written less than this many seconds ago is kept: a notebook started on the older
    #: library (the library edited while a run was going) may still be reading it; the next build prunes it
    PRUNE_GRACE_S = 900

    def _prune_superseded(self) -> None:
        """Delete the cached tables of earlier versions of this same corpus and registry (the corpus
        files or the library changed since): without this, outputs/data/ grows with every edit. Folders
        younger than PRUNE_GRACE_S are left for the next build (another notebook may be reading them)."""
        reg = registry_path(self.actors_arg)
        now = dt.datetime.now().timestamp()
        for meta_file in self.folder.parent.glob("*/meta.json"):
            if meta_file.parent == self.folder:
                continue
            try:
                meta = json.loads(meta_file.read_text())
                if now - meta_file.stat().st_mtime < self.PRUNE_GRACE_S:
                    continue
            except (OSError, ValueError):
                continue
            if meta.get("corpus") == str(self.corpus_path) and meta.get("registry") == (str(reg) if reg else None):
                shutil.rmtree(meta_file.parent, ignore_errors=True)

    # -- registry
    def actors(self):
        if not self._actors_loaded:
            from ..actors import load_actors
            reg = registry_path(self.actors_arg)
            self._actors = None if reg is None else load_actors(reg)
            self._actors_loaded = True
        return self._actors

    def coverage(self):
        """How much of the corpus the registry knows (presslens.registry.Coverage); None without a registry."""
        if not hasattr(self, "_coverage"):
            from ..registry import coverage
            from ..stream import read_table, table_parts
            reg, actors = registry_path(self.actors_arg), self.actors()
            name = (reg.name + (" (the shipped default)" if self.actors_arg is None else "")) if reg else "none"
            if actors is None:
                self._coverage = None
            else:  # the names and the texts only, one part at a time: never the whole corpus in memory
                dataset = self.folder / "dataset"
                speakers = read_table(dataset, "quotes", columns=["speaker"]) if not self.table_error("quotes") else None
                claimants = read_table(dataset, "claims", columns=["claimant"]) if not self.table_error("claims") else None
                texts = (pq_text(p) for p in table_parts(dataset, "articles"))
                self._coverage = coverage(actors, None, speakers, claimants, registry=name, texts=texts)
        return self._coverage

    # -- extracted tables
    def table(self, name: str) -> pd.DataFrame:
        if name not in EXTRACTED:
            raise KeyError(f"unknown table {name!r}; expected one of {EXTRACTED}")
        if name not in self._frames:
            from ..stream import read_table
            dataset = self.folder / "dataset"
            error = self.table_error(name)
            if error:
                raise RuntimeError(f"the {name} table could not be built: {error}")
            self._frames[name] = read_table(dataset, name)
        return self._frames[name]

    def _write_meta(self) -> None:
        reg = registry_path(self.actors_arg)
        meta = {"digest": self.digest, "corpus": str(self.corpus_path), "registry": str(reg) if reg else None,
                "library": library_fingerprint(),
                "tables": sorted(p.name for p in self.folder.iterdir() if not p.name.startswith("."))}
        tmp = self.folder / f".meta.{os.getpid()}.tmp"
        tmp.write_text(json.dumps(meta, indent=2))
        os.replace(tmp, self.folder / "meta.json")

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        self._corpus, self._actors, self._actors_loaded, self._frames, self._index = None, None, False, {}, None
        self.__dict__.pop("_coverage", None)


_STORES: dict[tuple[str, str], TableStore] = {}


@dataclasses.dataclass(frozen=True)
class Tables:
    """The tables the notebooks read: `.corpus`, `.quotes`, `.claims` (+ `.digest`), narrowed by `filter()`."""

    store: TableStore
    outlets: tuple[str, ...] | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    @property
    def digest(self) -> str:
        return self.store.digest

    @property
    def folder(self) -> Path:
        return self.store.folder

    @property
    def unfiltered(self) -> "Tables":
        """The same tables without the filter (the whole corpus)."""
        return Tables(self.store)

    @property
    def filtered(self) -> bool:
        return self.outlets is not None or self.date_from is not None or self.date_to is not None

    def article_ids(self) -> pd.Index:
        """Ids of the articles inside the filter."""
        arts = self.store.article_index()
        keep = pd.Series(True, index=arts.index)
        if self.outlets is not None:  # 'unknown' selects the articles whose outlet could not be told
            keep &= arts["outlet"].isin(list(self.outlets)) | (arts["outlet"].isna() & ("unknown" in self.outlets))
        if self.date_from is not None or self.date_to is not None:
            published = pd.to_datetime(arts["published"], errors="coerce")
            if self.date_from is not None:
                keep &= published >= pd.Timestamp(self.date_from)
            if self.date_to is not None:
                keep &= published <= pd.Timestamp(self.date_to)
            keep &= published.notna()
        return pd.Index(arts.loc[keep, "article_id"])

    @property
    def corpus(self):
        corpus = self.store.corpus()
        if not self.filtered:
            return corpus
        ids = self.article_ids()
        frames = {}
        for name in CORPUS_TABLES:
            frame = getattr(corpus, name, None)
            if frame is None:
                continue
            if "article_id" in frame.columns:
                frames[name] = frame[frame["article_id"].isin(ids)].reset_index(drop=True)
            elif name == "ingest_log" and "path" in frame.columns:
                index = self.store.article_index()
                paths = set(index.loc[index["article_id"].isin(ids), "path"].astype(str))
                frames[name] = frame[frame["path"].astype(str).isin(paths)].reset_index(drop=True)
        return _replace_tables(corpus, frames)

    def _narrow(self, frame: pd.DataFrame) -> pd.DataFrame:
        if not self.filtered:
            return frame
        return frame[frame["article_id"].isin(self.article_ids())].reset_index(drop=True)

    @property
    def quotes(self) -> pd.DataFrame:
        """Attributed statements (presslens.extract_quotes), built on first use and cached."""
        return self._narrow(self.store.table("quotes"))

    @property
    def claims(self) -> pd.DataFrame:
        """Casualty claims (presslens.extract_casualties), built on first use and cached."""
        return self._narrow(self.store.table("claims"))

    @property
    def actors(self):
        """The actor registry the tables were built with (None when built without one)."""
        return self.store.actors()

    def filter(self, *, outlets: str | Sequence[str] | None = None, date_from: Any = None,
               date_to: Any = None) -> "Tables":
        """The same tables narrowed to some outlets and/or a date range (inclusive); None keeps everything."""
        if isinstance(outlets, str):
            outlets = [outlets]
        return Tables(self.store, tuple(outlets) if outlets is not None else self.outlets,
                      _as_date(date_from) if date_from is not None else self.date_from,
                      _as_date(date_to) if date_to is not None else self.date_to)

    def counts(self) -> dict[str, int | None]:
        """Rows per table inside the filter; None for a table that cannot be built."""
        out: dict[str, int | None] = {"articles": len(self.article_ids())}
        for name in EXTRACTED:
            if self.store.table_error(name):
                out[name] = None
            elif not self.filtered:
                out[name] = self.store.rows(name)
            else:
                from ..queries import count
                out[name] = count(self, name)
        return out

    def prepare(self) -> dict[str, str | None]:
        """Build every table now; -> {table: None if built, else the error message}. Used by run_all."""
        self.store.corpus()
        errors: dict[str, str | None] = {}
        for name in EXTRACTED:  # built with the corpus (presslens.stream); read by the notebooks, not here
            error = self.store.table_error(name)
            errors[name] = f"RuntimeError: the {name} table could not be built: {error}" if error else None
        return errors

    def describe(self) -> str:
        """One paragraph on what the notebook is looking at: corpus, registry, filter, counts."""
        reg = registry_path(self.store.actors_arg)
        try:
            cov = self.store.coverage()
        except Exception:  # noqa: BLE001 - a table that cannot be built is reported by its notebook
            cov = None
        known = "" if cov is None else (f" (knows {cov.speaker_share:.0%} of the named speakers and claimants; "
                                         f"{cov.form_share:.0%} of its names and keywords occur in the corpus"
                                         + ("; LOW: sides may be wrong, draft a registry with `presslens actors suggest`"
                                            if cov.low else "") + ")")
        parts = [f"Corpus `{self.store.corpus_path}`", f"actor registry `{reg.name if reg else 'none'}`{known}",
                 f"tables `{self.digest}`"]
        scope = []
        if self.outlets is not None:
            scope.append("outlets " + ", ".join(self.outlets))
        if self.date_from is not None or self.date_to is not None:
            scope.append(f"published {self.date_from or '…'} to {self.date_to or '…'}")
        n = len(self.article_ids())
        return "; ".join(parts) + f". {n} articles" + (f" ({'; '.join(scope)})" if scope else " (no filter)") + "."

    def _repr_markdown_(self) -> str:
        return html.escape(self.describe(), quote=False)

    def __repr__(self) -> str:
        return f"Tables({self.describe()})"


def pq_text(part) -> str:
    """The article texts of one Parquet part, joined (for registry coverage)."""
    import pyarrow.parquet as pq
    return "\n".join(t or "" for t in pq.read_table(part, columns=["text"]).column("text").to_pylist())


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError(f"date {value!r}: expected YYYY-MM-DD") from None


def build_tables(corpus_path: str | os.PathLike, *, actors: str | os.PathLike | None = None,
                 data_dir: str | os.PathLike | None = None, force: bool = False, engine: str = "local",
                 scheduler: str | None = None, dask_io: str = "auto") -> Tables:
    """Corpus path -> Tables, cached as Parquet under data_dir/<digest>/ and reused while nothing changed.

    `actors`: None = the shipped registry, 'none' = no registry, else a registry YAML.
    `data_dir`: default outputs/data/. `force` rebuilds even when the cache is there.
    `engine`: 'local' (every core of this machine) or 'dask' (`scheduler` tcp://HOST:8786, else a LocalCluster);
    `dask_io`: who reads the files and writes the Parquet on the dask engine (presslens.stream.DASK_IO).
    """
    path = Path(corpus_path).expanduser().resolve()
    digest = corpus_digest(path, actors=actors)
    folder = Path(data_dir or config.DATA_DIR).expanduser().resolve() / digest
    key = (str(folder), str(path))
    store = _STORES.get(key)
    if store is None or force:
        store = TableStore(path, actors, folder, digest, engine=engine, scheduler=scheduler, dask_io=dask_io)
        if force:
            store.clear()
        _STORES[key] = store
    store.corpus()
    return Tables(store)

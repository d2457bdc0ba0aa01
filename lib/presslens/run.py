"""Run-all: build the tables once, execute every notebook with papermill, render standalone HTML.

    seeds/ -> outputs/data/<digest>/ (Parquet) -> outputs/notebooks/ (executed) -> outputs/reports/ (HTML)

    tables = build_tables("seeds/")
    tables.filter(outlets=["News18"]).corpus.articles
"""
from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import fnmatch
import hashlib
import html
import json
import os
import platform
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from . import config

#: the notebook parameters every notebook of the suite takes (literals in its `parameters` cell)
COMMON_PARAMETERS = ("corpus", "actors", "outlets", "date_from", "date_to", "data_dir")
#: parameters that name files: resolved against the caller's working directory before injection
PATH_PARAMETERS = ("corpus", "actors", "data_dir")
#: the corpus tables Corpus.to_dir writes and Tables.filter narrows by article
CORPUS_TABLES = ("articles", "paragraphs", "sentences", "removed", "ingest_log")
#: lazily built extraction tables: name -> file under the digest folder
EXTRACTED = ("quotes", "claims")
TEMPLATE = config.DATA / "templates" / "report.html.j2"
REPORT_PACKAGES = ("presslens", "pandas", "numpy", "matplotlib", "pyarrow", "papermill", "nbconvert", "nbclient",
                   "ipykernel", "jupytext")
#: seconds to wait for a finished cell's output to arrive (papermill's 4 s fails a large table on a loaded machine)
IOPUB_TIMEOUT = 120
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
    from . import __version__
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
            from .stream import build_dataset, read_corpus
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
            from .stream import read_table
            self.corpus()
            self._index = read_table(self.folder / "dataset", "articles",
                                     columns=["article_id", "path", "outlet", "published"])
        return self._index

    def rows(self, name: str) -> int:
        """Rows of one table of the dataset, from the Parquet footers (nothing read)."""
        import pyarrow.parquet as pq
        from .stream import table_parts
        self.corpus()
        return sum(pq.ParquetFile(p).metadata.num_rows for p in table_parts(self.folder / "dataset", name))

    def table_error(self, name: str) -> str | None:
        """Why an extracted table could not be built (from the dataset's build.json), else None."""
        self.corpus()
        return json.loads((self.folder / "dataset" / "build.json").read_text()).get("errors", {}).get(name)

    def _prune_superseded(self) -> None:
        """Delete the cached tables of earlier versions of this same corpus and registry (the corpus
        files or the library changed since): without this, outputs/data/ grows with every edit."""
        reg = registry_path(self.actors_arg)
        for meta_file in self.folder.parent.glob("*/meta.json"):
            if meta_file.parent == self.folder:
                continue
            try:
                meta = json.loads(meta_file.read_text())
            except (OSError, ValueError):
                continue
            if meta.get("corpus") == str(self.corpus_path) and meta.get("registry") == (str(reg) if reg else None):
                shutil.rmtree(meta_file.parent, ignore_errors=True)

    # -- registry
    def actors(self):
        if not self._actors_loaded:
            from .actors import load_actors
            reg = registry_path(self.actors_arg)
            self._actors = None if reg is None else load_actors(reg)
            self._actors_loaded = True
        return self._actors

    def coverage(self):
        """How much of the corpus the registry knows (presslens.registry.Coverage); None without a registry."""
        if not hasattr(self, "_coverage"):
            from .registry import coverage
            from .stream import read_table, table_parts
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
            from .stream import read_table
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
                from .queries import count
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


# --------------------------------------------------------------------------------------------- parameters

def parse_value(text: str) -> Any:
    """A `-p NAME VALUE` value, read as YAML: '["News18"]' -> list, 3 -> int, 2021-09-01 -> '2021-09-01'."""
    return _plain(yaml.safe_load(text)) if text.strip() else text


def _plain(value: Any) -> Any:
    """YAML values papermill can write as Python literals: dates become ISO strings."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def resolve_parameters(*, corpus=None, actors=None, params: Iterable[Sequence[str]] = (), params_file=None,
                       data_dir=None, base: str | os.PathLike | None = None) -> dict[str, Any]:
    """Merge notebook parameters: -f file < -p NAME VALUE < --corpus/--actors; paths made absolute."""
    merged: dict[str, Any] = {}
    if params_file:
        loaded = yaml.safe_load(Path(params_file).read_text(encoding="utf-8")) or {}
        if not isinstance(loaded, dict):
            raise ValueError(f"{params_file}: expected a YAML mapping of parameter: value")
        merged.update(_plain(loaded))
    for name, value in params or ():
        merged[name] = parse_value(value)
    if corpus is not None:
        merged["corpus"] = str(corpus)
    if actors is not None:
        merged["actors"] = str(actors)
    merged.setdefault("corpus", str(config.SEEDS_DIR))
    merged.setdefault("actors", None)
    merged.setdefault("data_dir", str(data_dir or config.DATA_DIR))
    root = Path(base or os.getcwd())
    for name in PATH_PARAMETERS:
        value = merged.get(name)
        if isinstance(value, str) and not (name == "actors" and value.lower() == "none"):
            merged[name] = str((root / Path(value).expanduser()).resolve())
    if isinstance(merged.get("outlets"), str):
        merged["outlets"] = [merged["outlets"]]
    for name in ("date_from", "date_to"):
        if merged.get(name) is not None:
            merged[name] = _as_date(merged[name]).isoformat()
    return merged


# --------------------------------------------------------------------------------------------- notebooks

def find_notebooks(notebooks_dir: str | os.PathLike | None = None,
                   select: Sequence[str] | None = None) -> list[Path]:
    """Every .ipynb in notebooks/ (sorted), or those whose name or stem matches one of `select` (globs)."""
    folder = Path(notebooks_dir or config.NOTEBOOKS_DIR)
    found = sorted(p for p in folder.glob("*.ipynb") if not p.name.startswith("."))
    if select:
        chosen = [p for p in found if any(fnmatch.fnmatch(p.name, pat) or fnmatch.fnmatch(p.stem, pat)
                                          or p.stem.startswith(pat) for pat in select)]
        missing = [pat for pat in select if not any(fnmatch.fnmatch(p.name, pat) or fnmatch.fnmatch(p.stem, pat)
                                                    or p.stem.startswith(pat) for p in found)]
        if missing:
            raise FileNotFoundError(f"no notebook in {folder} matches {', '.join(missing)} "
                                    f"(have: {', '.join(p.stem for p in found)})")
        found = chosen
    if not found:
        raise FileNotFoundError(f"{folder}: no notebooks to run")
    return found


def notebook_title(nb) -> str:
    """The first markdown heading of a notebook, else ''."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return ""


def _contents(nb) -> list[tuple[str, str]]:
    """(heading, anchor) of the `## ` headings after the key findings (the cell tagged `findings`), as nbconvert
    makes their ids: the report's contents list."""
    from nbconvert.filters.strings import _convert_header_id
    cells = list(nb.cells)
    start = next((i for i, c in enumerate(cells) if "findings" in c.metadata.get("tags", [])), -1)
    out = []
    for cell in cells[start + 1:]:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("## "):
                    title = line[3:].strip()
                    out.append((title, _convert_header_id(title)))
    return out


def _datatables_bundle() -> tuple[str, str] | None:
    """(base64 JavaScript, CSS) of the DataTables build shipped by itables, or None when itables is missing."""
    import base64
    try:
        import itables
    except ImportError:
        return None
    folder = Path(itables.__file__).parent / "html"
    js, css = folder / "dt_bundle.js", folder / "dt_bundle.css"
    if not (js.exists() and css.exists()):
        return None
    return base64.b64encode(js.read_bytes()).decode("ascii"), css.read_text(encoding="utf-8").replace("</", "<\\/")


#: one HTML start tag's attributes (quoted or bare values), for the accessibility edits of _report_exporter
_ATTRS = r"""(?:\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*"""
_TAG = re.compile(rf"<(div|img)\b({_ATTRS})(\s*/?)>", re.IGNORECASE)
_ATTR = re.compile(r"""\s+([^\s=>/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?""")
_FOCUSABLE = {"jp-Cell-inputWrapper", "jp-OutputArea-output"}
NO_ALT = "No description has been provided for this image"


def _accessible(page: str) -> str:
    """nbconvert's HTMLExporter edits after rendering, on the markup itself: every cell input wrapper and
    output area focusable (tabindex="0"), every image without alt text given nbconvert's placeholder. nbconvert
    does this by parsing the whole page with BeautifulSoup and writing it out again: ~4 CPU s for a 4 MB report,
    the last step of a run-all; the same attributes set here by one regular-expression pass."""
    def edit(m: re.Match) -> str:
        tag, attrs, close = m.group(1).lower(), m.group(2), m.group(3)
        names = {a.group(1).lower(): a.group(2) for a in _ATTR.finditer(attrs)}
        if tag == "img" and "alt" not in names:
            return f'<{m.group(1)}{attrs} alt="{NO_ALT}"{close}>'
        if tag == "div" and "tabindex" not in names:
            value = (names.get("class") or "").strip("\"'")
            if _FOCUSABLE & set(value.split()):
                return f'<{m.group(1)}{attrs} tabindex="0"{close}>'
        return m.group(0)
    return _TAG.sub(edit, page)


def _report_exporter(**options):
    """nbconvert's HTMLExporter with its BeautifulSoup pass replaced by _accessible (the same attributes)."""
    from nbconvert import HTMLExporter
    from nbconvert.exporters.templateexporter import TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML
    from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

    class ReportExporter(HTMLExporter):
        def from_notebook_node(self, nb, resources=None, **kw):
            # HTMLExporter.from_notebook_node (nbconvert 7.16-7.17) without the parse and re-serialisation
            langinfo = nb.metadata.get("language_info", {})
            lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
            self.register_filter("highlight_code", self.filters.get(
                "highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self)))
            resources = self._init_resources(resources)
            self.register_filter("filter_data_type", WidgetsDataTypeFilter(
                notebook_metadata=self._nb_metadata, parent=self, resources=resources))
            page, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
            return _accessible(page), resources
    return ReportExporter(**options)


def render_html(notebook: str | os.PathLike, html_path: str | os.PathLike, *, show_code: bool = False,
                index_href: str | None = None) -> Path:
    """Executed notebook -> one standalone HTML file: code hidden unless show_code, images inline, no CDN scripts;
    a contents list after the key findings, a link back to `index_href`, and DataTables bundled for the tables."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    exporter = _report_exporter(template_file=TEMPLATE.name, extra_template_paths=[str(TEMPLATE.parent)],
                            exclude_input=not show_code, exclude_input_prompt=not show_code,
                            exclude_output_prompt=not show_code, embed_images=True)
    name = notebook_title(nb) or Path(notebook).stem
    from . import __version__
    stamp = {"version": __version__, "notebook": Path(notebook).name,
             "generated": dt.datetime.now().isoformat(sep=" ", timespec="minutes"),
             "contents": _contents(nb), "index_href": index_href}
    bundle = _datatables_bundle()
    if bundle:
        stamp["datatables_js"], stamp["datatables_css"] = bundle
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": name, "path": str(Path(notebook).parent)},
                                                         "presslens": stamp})
    out = Path(html_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(body, encoding="utf-8")
    return out


class _MarkupAudit(HTMLParser):
    """Collects markup that could run code when a report is opened."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.findings: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and "data-presslens" not in attrs and attrs.get("type") not in SAFE_SCRIPT_TYPES:
            self.findings.append(f"<script {attrs.get('src') or ''}>".replace(" >", ">"))
        if tag in {"iframe", "object", "embed", "base", "meta"} and not (tag == "meta" and set(attrs) <= {"charset", "name", "content"}):
            self.findings.append(f"<{tag}>")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.findings.append(f"<{tag} {name}=...>")
            if name in {"href", "src", "action", "formaction"} and (value or "").strip().lower().startswith("javascript:"):
                self.findings.append(f"<{tag} {name}=javascript:...>")

    handle_startendtag = handle_starttag


#: inline script types that hold data, not code (the lab template's are removed by report.html.j2 anyway)
SAFE_SCRIPT_TYPES = {"application/vnd.jupyter.widget-state+json", "application/json"}


def unsafe_markup(page: str) -> list[str]:
    """Markup in a report that would run something when opened: scripts not written by presslens, on*
    event handlers, javascript: URLs, frames. [] for a safe page. Article text must arrive escaped.

    >>> unsafe_markup("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"), unsafe_markup("<img src=x onerror=alert(1)>")
    ([], ['<img onerror=...>'])
    """
    audit = _MarkupAudit()
    audit.feed(page)
    audit.close()
    return audit.findings


def _error_page(title: str, message: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
            f"<body><h1>{html.escape(title)}</h1><p>This notebook did not run.</p>"
            f"<pre>{html.escape(message)}</pre></body></html>")


def _cell_label(exc) -> str:
    """'cell In [7] `tables.claims`' from a PapermillExecutionError."""
    first = next((line.strip() for line in (getattr(exc, "source", "") or "").splitlines() if line.strip()), "")
    if len(first) > 70:
        first = first[:67] + "..."
    count = getattr(exc, "exec_count", None)
    where = f"In [{count}]" if count is not None else f"#{getattr(exc, 'cell_index', '?')}"
    return f"cell {where}" + (f" `{first}`" if first else "")


def execute_one(job: Mapping[str, Any]) -> dict[str, Any]:
    """Run one notebook with papermill and render its HTML (in a worker process). -> result record."""
    import papermill as pm

    start = time.perf_counter()
    result: dict[str, Any] = {"notebook": job["name"], "status": "ok", "error": None, "cell": None,
                              "executed": job["output"], "html": job["html"]}
    # the kernel inherits this process's stderr: keep its chatter out of the progress bar, in a log file
    log_path = Path(job["output"]).with_suffix(".kernel.log")
    # the full tables go beside the report as CSV (presslens.report.present writes them; the kernel inherits this)
    tables_dir = Path(job["html"]).with_name(Path(job["html"]).stem + "-tables")
    shutil.rmtree(tables_dir, ignore_errors=True)
    os.environ["PRESSLENS_TABLES_DIR"], os.environ["PRESSLENS_TABLES_HREF"] = str(tables_dir), tables_dir.name
    saved = os.dup(2)
    with open(log_path, "w") as log:
        os.dup2(log.fileno(), 2)
        try:
            pm.execute_notebook(job["input"], job["output"], parameters=dict(job["parameters"]),
                                kernel_name=job["kernel"], cwd=job["cwd"], progress_bar=False, log_output=False,
                                request_save_on_cell_execute=False, execution_timeout=job["timeout"],
                                start_timeout=config.KERNEL_START_TIMEOUT, iopub_timeout=IOPUB_TIMEOUT)
        except pm.PapermillExecutionError as exc:
            result.update(status="failed", cell=_cell_label(exc), error=f"{exc.ename}: {exc.evalue}")
        except TimeoutError as exc:  # nbclient's CellTimeoutError: one cell ran past --cell-timeout
            result.update(status="failed", error=f"a cell ran longer than {job['timeout']} s and was stopped "
                                                 f"(raise --cell-timeout for large corpora): {str(exc)[:200]}")
        except Exception as exc:  # noqa: BLE001 - kernel missing or died, unreadable notebook: still report it
            result.update(status="failed", error=f"{type(exc).__name__}: {exc}")
        finally:
            os.dup2(saved, 2)
            os.close(saved)
    result["seconds"] = round(time.perf_counter() - start, 2)
    try:
        if Path(job["output"]).exists():
            page = render_html(job["output"], job["html"], show_code=job["show_code"],
                               index_href="../index.html").read_text(encoding="utf-8")
            found = unsafe_markup(page)
            if found:  # an output carried unescaped markup: never ship a report that runs it
                msg = (f"unsafe markup in the report: {', '.join(sorted(set(found)))[:300]}; an output shows "
                       f"text without escaping it (pandas Styler: .format(escape='html'); see presslens.report)")
                result.update(status="failed", error=(result["error"] + "; " if result["error"] else "") + msg)
                Path(job["html"]).write_text(_error_page(job["name"], msg), encoding="utf-8")
        else:
            Path(job["html"]).write_text(_error_page(job["name"], result["error"] or "no output"), encoding="utf-8")
    except Exception as exc:  # noqa: BLE001
        result.update(status="failed", error=(result["error"] or "") + f"; HTML: {type(exc).__name__}: {exc}")
        Path(job["html"]).write_text(_error_page(job["name"], result["error"]), encoding="utf-8")
    result["seconds_total"] = round(time.perf_counter() - start, 2)
    return result


def longest_first(jobs: list[dict[str, Any]], reports_dir: Path) -> list[dict[str, Any]]:
    """Notebook jobs, those that took longest in the last run recorded in `reports_dir` (NN_name.json) first, so
    the workers finish together; notebooks without a record go first, the longest source file first (a first
    run: the notebooks with most to compute are the longest ones)."""
    def took(job) -> float:
        try:
            rec = json.loads((Path(reports_dir) / f"{job['name']}.json").read_text(encoding="utf-8"))
            return float(rec.get("seconds_total") or rec.get("seconds") or 0.0)
        except (OSError, ValueError, TypeError, AttributeError):
            return float("inf")

    def size(job) -> int:
        try:
            return os.path.getsize(job["input"])
        except (KeyError, OSError, TypeError):
            return 0
    return sorted(jobs, key=lambda job: (-took(job), -size(job)))   # stable: ties keep their order


def package_versions() -> dict[str, str]:
    from importlib import metadata
    out = {"python": platform.python_version()}
    for name in REPORT_PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return out


def _check_kernel(name: str) -> None:
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    try:
        KernelSpecManager().get_kernel_spec(name)
    except NoSuchKernel:
        raise FileNotFoundError(
            f"Jupyter kernel {name!r} is not registered for {sys.prefix}; run `make venv` or "
            f"`{sys.executable} -m ipykernel install --sys-prefix --name {name}`") from None


def _check_parameter_names(notebooks: Sequence[Path], parameters: Mapping[str, Any]) -> None:
    import papermill as pm
    known: set[str] = set(COMMON_PARAMETERS)
    for nb in notebooks:
        known |= set(pm.inspect_notebook(str(nb)))
    unknown = sorted(set(parameters) - known)
    if unknown:
        raise ValueError(f"unknown notebook parameter(s) {', '.join(unknown)}; "
                         f"the notebooks take: {', '.join(sorted(known))}")


# --------------------------------------------------------------------------------------------- index

def write_index(reports_dir: Path, index_path: Path) -> Path:
    """outputs/index.html: every report found in reports/ (by its .json record), status, parameters, counts."""
    records = []
    for rec_path in sorted(reports_dir.glob("*.json")):
        try:
            records.append(json.loads(rec_path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    e = html.escape
    rows = []
    for rec in records:
        link = os.path.relpath(rec["html"], index_path.parent)
        ok = rec["status"] == "ok"
        status = "ok" if ok else "failed" + (f" at {rec['cell']}" if rec.get("cell") else "")
        detail = "" if ok else f"<div class='err'>{e(rec.get('error') or '')}</div>"
        counts = ", ".join(f"{k} {'n/a' if v is None else v}" for k, v in (rec.get("counts") or {}).items())
        shown = lambda v: "default" if v is None else ", ".join(map(str, v)) if isinstance(v, list) else str(v)  # noqa: E731
        params = "<br>".join(f"<code>{e(k)}</code>: {e(shown(v))}"
                             for k, v in sorted((rec.get("parameters") or {}).items()))
        versions = ", ".join(f"{e(k)} {e(v)}" for k, v in (rec.get("versions") or {}).items())
        rows.append(
            f"<tr class='{'ok' if ok else 'failed'}'><td><a href='{e(link)}'>{e(rec.get('title') or rec['notebook'])}</a>"
            f"<div class='nb'>{e(rec['notebook'])}</div></td><td>{e(status)}{detail}</td>"
            f"<td>{params}</td><td><code>{e(rec.get('corpus') or '')}</code><div class='nb'>tables "
            f"{e(rec.get('digest') or '')}</div><div class='nb'>{e(rec.get('registry') or '')}</div></td><td>{e(counts)}</td><td>{rec.get('seconds', 0):.1f} s"
            f"<div class='nb'>{e(rec.get('finished') or '')}</div></td><td class='nb'>{versions}</td></tr>")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>presslens reports</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; color: #222; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border-bottom: 1px solid #ddd; padding: .5em; text-align: left; vertical-align: top; font-size: 90%; }}
tr.failed td:nth-child(2) {{ color: #b00; font-weight: bold; }}
.err {{ font-weight: normal; font-family: monospace; white-space: pre-wrap; }}
.nb {{ color: #777; font-size: 85%; }}
</style></head><body>
<h1>presslens reports</h1>
<p>{len(records)} reports, {sum(r['status'] != 'ok' for r in records)} failed. Regenerate with <code>make reports</code>
(or <code>presslens run --corpus DIR -p NAME VALUE</code>).</p>
<table><thead><tr><th>Report</th><th>Status</th><th>Parameters</th><th>Corpus</th><th>Counts</th><th>Time</th>
<th>Package versions</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table></body></html>
"""
    index_path.parent.mkdir(parents=True, exist_ok=True)
    index_path.write_text(page, encoding="utf-8")
    return index_path


# --------------------------------------------------------------------------------------------- run-all

def no_articles_reason(tables: "Tables", scoped: "Tables") -> str:
    """Why a run has nothing to report, in one line: an empty corpus, every input rejected, or a filter that
    matches no article."""
    corpus = tables.corpus
    if len(corpus.articles):
        scope = ", ".join(f"{k}={v!r}" for k, v in (("outlets", scoped.outlets), ("date_from", scoped.date_from),
                                                    ("date_to", scoped.date_to)) if v is not None)
        return (f"no articles match {scope} in {tables.store.corpus_path} ({len(corpus.articles)} articles "
                f"loaded; `presslens corpus {tables.store.corpus_path}` lists their outlets and dates)")
    log = getattr(corpus, "ingest_log", None)
    n = 0 if log is None else len(log)
    if not n:
        return f"no articles in {tables.store.corpus_path}: the folder holds no .txt, .html, .jsonl or .csv file"
    reasons = log.loc[log["status"] == "rejected", "reason"].astype(str).value_counts()
    top = "; ".join(f"{count} x {reason}" for reason, count in reasons.head(3).items())
    return f"no articles in {tables.store.corpus_path}: all {n} inputs were rejected ({top})"


def _log(message: str) -> None:
    """A log line above the progress bar (tqdm.write), on stderr with the bar."""
    from tqdm import tqdm
    tqdm.write(message, file=sys.stderr)


def run_all(*, corpus=None, actors=None, params=(), params_file=None, notebooks=None,
            show_code=False, jobs=None, force=False, notebooks_dir=None, outputs_dir=None,
            cell_timeout: float | None = None, engine: str = "local", scheduler: str | None = None,
            dask_io: str = "auto") -> int:
    """Build tables and reports; return the process exit code (non-zero when a notebook failed).

    Tables are built once in this process (cached under data/), then every notebook runs with papermill in
    its own worker process, `jobs` at a time, kernel `presslens`, cwd = the notebooks folder.
    `cell_timeout`: seconds one cell may run (default config.CELL_TIMEOUT); a notebook past it fails, named.
    `engine`/`scheduler`/`dask_io`: where the tables are built (build_tables).
    """
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    out_root = Path(outputs_dir or config.OUTPUTS_DIR).resolve()
    executed_dir, reports_dir = out_root / "notebooks", out_root / "reports"
    data_default = out_root / "data" if outputs_dir else config.DATA_DIR
    try:
        # papermill imports nbformat, which imports jsonschema with every optional format library it finds; one
        # of them compiles ~40 grammars (1.4 CPU s, in this process before any work starts): imported without it
        from .registry import _import_jsonschema
        _import_jsonschema()
        paths = find_notebooks(notebooks_dir, notebooks)
        parameters = resolve_parameters(corpus=corpus, actors=actors, params=params, params_file=params_file,
                                        data_dir=data_default)
        _check_parameter_names(paths, parameters)
        if registry_path(parameters.get("actors")) is not None:   # a bad registry: one line, before any work
            from .registry import validate_registry
            validate_registry(registry_path(parameters.get("actors")))
        _check_kernel(config.KERNEL_NAME)
    except (FileNotFoundError, ValueError) as exc:
        print(f"presslens run: {exc}", file=sys.stderr)
        return 2

    started = time.perf_counter()
    workers = max(1, min(jobs or 2, len(paths)))
    # Start the workers now, before the tables: forked from this still single-threaded process they
    # inherit its imports (papermill, presslens) for free; otherwise (threads alive, e.g. under pytest-xdist,
    # or not Linux) they are spawned and their imports overlap the table build.
    import threading
    method = "fork" if sys.platform == "linux" and threading.active_count() == 1 else "spawn"
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context(method))
    try:
        for _ in range(workers):
            pool.submit(_warm_up)
        return _run_suite(pool, paths, parameters, started=started, show_code=show_code, force=force,
                          executed_dir=executed_dir, reports_dir=reports_dir, out_root=out_root,
                          cell_timeout=cell_timeout or config.CELL_TIMEOUT, engine=engine, scheduler=scheduler,
                          dask_io=dask_io,
                          at_once=workers if jobs else None, workers=workers)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _coverage_child(store, conn) -> None:
    # at a lower priority than the notebook kernels: on two cores it then runs in the gaps they leave (kernel
    # start-ups, the last notebook alone) instead of slowing the longest notebook, which ends the run
    try:
        os.nice(10)
    except (AttributeError, OSError):
        pass
    try:
        conn.send(("ok", store.coverage()))
    except BaseException as exc:  # noqa: BLE001 - said by the parent
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def _start_coverage(store):
    """store.coverage() in a child process (forked on Linux) -> (process, pipe) for _coverage_result."""
    import multiprocessing as mp
    ctx = mp.get_context("fork" if sys.platform == "linux" else "spawn")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_coverage_child, args=(store, send), daemon=True)
    proc.start()
    send.close()
    return proc, recv


def _coverage_result(checker):
    """The Coverage the child computed (None without one, or when it failed: said in the log)."""
    if checker is None:
        return None
    proc, recv = checker
    try:
        status, value = recv.recv()
    except EOFError:
        status, value = "failed", f"the process ended with exit code {proc.exitcode}"
    finally:
        proc.join()
        recv.close()
    if status != "ok":
        _log(f"warning: the registry coverage check failed ({value})")
        return None
    return value


def _warm_up() -> None:
    import nbconvert  # noqa: F401
    import papermill  # noqa: F401


def _run_suite(pool, paths: list[Path], parameters: dict[str, Any], *, started: float, show_code: bool,
               force: bool, executed_dir: Path, reports_dir: Path, out_root: Path, cell_timeout: float,
               engine: str = "local", scheduler: str | None = None, at_once: int | None = None,
               workers: int = 2, dask_io: str = "auto") -> int:
    """run_all after its checks: tables, then the notebooks on `pool`, then the index; -> exit code.
    `at_once`: notebooks running at the same time (None: every worker of `pool`, one above
    config.NOTEBOOKS_ONE_AT_A_TIME_ABOVE articles)."""
    from concurrent.futures import FIRST_COMPLETED, wait

    from tqdm import tqdm

    _log(f"tables: {parameters['corpus']} -> {parameters['data_dir']}")
    try:
        tables = build_tables(parameters["corpus"], actors=parameters["actors"], data_dir=parameters["data_dir"],
                              force=force, engine=engine, scheduler=scheduler, dask_io=dask_io)
    except FileNotFoundError as exc:
        print(f"presslens run: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - no corpus tables, no reports: say which corpus and why
        print(f"presslens run: could not build the corpus tables of {parameters['corpus']}: "
              f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    for name, error in tables.prepare().items():
        if error:
            _log(f"warning: the {name} table could not be built ({error}); notebooks that use it will fail")
    scoped = tables.filter(outlets=parameters.get("outlets"), date_from=parameters.get("date_from"),
                           date_to=parameters.get("date_to"))
    counts = scoped.counts()
    if not counts["articles"]:
        print(f"presslens run: {no_articles_reason(tables, scoped)}", file=sys.stderr)
        return 2
    # the registry's coverage (a pass over every text) runs in a child process while the notebooks run in their
    # kernels: beside them, not before them, and the memory it takes goes back when it ends (at 10^5 articles
    # ~0.7 GB that the driver would otherwise keep for the whole run)
    checker = _start_coverage(tables.store) if all(counts.get(k) is not None for k in ("quotes", "claims")) else None
    _log(f"tables {tables.digest} ready in {time.perf_counter() - started:.1f} s: "
               + ", ".join(f"{k} {'n/a' if v is None else v}" for k, v in counts.items()))

    executed_dir.mkdir(parents=True, exist_ok=True)
    reports_dir.mkdir(parents=True, exist_ok=True)
    versions = package_versions()
    job_list = [{"name": p.stem, "input": str(p), "output": str(executed_dir / p.name),
                 "html": str(reports_dir / f"{p.stem}.html"), "parameters": parameters,
                 "kernel": config.KERNEL_NAME, "cwd": str(p.parent), "show_code": show_code,
                 "timeout": cell_timeout} for p in paths]
    job_list = longest_first(job_list, reports_dir)
    if at_once is None:
        at_once = 1 if counts["articles"] > config.NOTEBOOKS_ONE_AT_A_TIME_ABOVE else workers
        if at_once < workers:
            _log(f"{counts['articles']:,} articles: notebooks run one at a time (memory; --jobs 2 to run two)")
    results: list[dict[str, Any]] = []
    waiting, futures = list(job_list), {}
    with tqdm(total=len(job_list), desc="notebooks", unit="nb", file=sys.stderr) as bar:
        while waiting or futures:
            while waiting and len(futures) < at_once:
                job = waiting.pop(0)
                futures[pool.submit(execute_one, job)] = job
            fut = next(iter(wait(futures, return_when=FIRST_COMPLETED).done))
            job = futures.pop(fut)
            try:
                res = fut.result()
            except Exception as exc:  # noqa: BLE001 - the worker itself died
                res = {"notebook": job["name"], "status": "failed", "cell": None, "seconds": 0.0,
                       "error": f"{type(exc).__name__}: {exc}", "executed": job["output"], "html": job["html"]}
                Path(job["html"]).write_text(_error_page(job["name"], res["error"]), encoding="utf-8")
            results.append(res)
            where = f" at {res['cell']}" if res.get("cell") else ""
            _log(f"{'ok    ' if res['status'] == 'ok' else 'FAILED'} {res['notebook']} "
                       f"({res['seconds']:.1f} s){where}" + (f": {res['error']}" if res["error"] else ""))
            bar.update(1)

    from .registry import coverage_warning
    cov = _coverage_result(checker)
    if cov is not None and coverage_warning(cov):
        _log(coverage_warning(cov))
    import nbformat
    for res in results:
        try:
            title = notebook_title(nbformat.read(res["executed"], as_version=4))
        except Exception:  # noqa: BLE001
            title = res["notebook"]
        record = {**res, "title": title, "parameters": parameters, "corpus": parameters["corpus"],
                  "digest": tables.digest, "counts": counts, "versions": versions,
                  "registry": cov.line() if cov else f"registry {parameters.get('actors') or 'none'}",
                  "finished": dt.datetime.now().isoformat(timespec="seconds"), "show_code": show_code}
        (reports_dir / f"{res['notebook']}.json").write_text(json.dumps(record, indent=2, default=str),
                                                             encoding="utf-8")
    index = write_index(reports_dir, out_root / "index.html")
    failed = sorted((r for r in results if r["status"] != "ok"), key=lambda r: r["notebook"])
    total = time.perf_counter() - started
    print(f"{len(results) - len(failed)}/{len(results)} notebooks ok in {total:.1f} s; index: {index}",
          file=sys.stderr)
    for r in failed:
        where = f" at {r['cell']}" if r.get("cell") else ""
        print(f"presslens run: notebook {r['notebook']} failed{where}: {r['error']}\n"
              f"  see {r['html']} (executed notebook: {r['executed']})", file=sys.stderr)
    return 1 if failed else 0

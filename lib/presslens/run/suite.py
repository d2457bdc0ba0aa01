"""Run-all: the checks, the tables, every notebook on a pool of workers, the registry's coverage beside them,
the records and the index; -> an exit code."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from .. import config
from .cache import registry_path
from .tables import Tables, build_tables
from .parameters import _check_parameter_names, resolve_parameters
from .html_export import _error_page
from .notebooks import _check_kernel, execute_one, find_notebooks, longest_first
from .records import _write_records, package_versions, write_index


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
        from ..registry import _import_jsonschema
        _import_jsonschema()
        paths = find_notebooks(notebooks_dir, notebooks)
        parameters = resolve_parameters(corpus=corpus, actors=actors, params=params, params_file=params_file,
                                        data_dir=data_default)
        _check_parameter_names(paths, parameters)
        if registry_path(parameters.get("actors")) is not None:   # a bad registry: one line, before any work
            from ..registry import validate_registry
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
    built = _suite_tables(parameters, force=force, engine=engine, scheduler=scheduler, dask_io=dask_io)
    if built is None:
        return 2
    tables, scoped, counts = built
    # the registry's coverage (a pass over every text) runs in a child process while the notebooks run in their
    # kernels: beside them, not before them, and the memory it takes goes back when it ends (at 10^5 articles
    # ~0.7 GB that the driver would otherwise keep for the whole run)
    checker = _start_coverage(tables.store) if all(counts.get(k) is not None for k in ("quotes", "claims")) else None
    _log(f"tables {tables.digest} ready in {time.perf_counter() - started:.1f} s: "
               + ", ".join(f"{k} {'n/a' if v is None else v}" for k, v in counts.items()))

    executed_dir.mkdir(parents=True, exist_ok=True)
    reports_dir.mkdir(parents=True, exist_ok=True)
    versions = package_versions()
    job_list = _notebook_jobs(paths, parameters, executed_dir=executed_dir, reports_dir=reports_dir,
                              show_code=show_code, cell_timeout=cell_timeout)
    if at_once is None:
        at_once = 1 if counts["articles"] > config.NOTEBOOKS_ONE_AT_A_TIME_ABOVE else workers
        if at_once < workers:
            _log(f"{counts['articles']:,} articles: notebooks run one at a time (memory; --jobs 2 to run two)")
    results = _execute_notebooks(pool, job_list, at_once)

    from ..registry import coverage_warning
    cov = _coverage_result(checker)
    if cov is not None and coverage_warning(cov):
        _log(coverage_warning(cov))
    _write_records(results, reports_dir, parameters, digest=tables.digest, counts=counts, versions=versions,
                   cov=cov, show_code=show_code)
    index = write_index(reports_dir, out_root / "index.html")
    return _said_results(results, index, started)


def _suite_tables(parameters: dict[str, Any], *, force: bool, engine: str, scheduler: str | None,
                  dask_io: str) -> "tuple[Tables, Tables, dict] | None":
    """The run's tables, built (or read from the cache), the notebooks' filter applied, and their counts;
    None (said on stderr) when they cannot be built or no article is left to report on."""
    _log(f"tables: {parameters['corpus']} -> {parameters['data_dir']}")
    try:
        tables = build_tables(parameters["corpus"], actors=parameters["actors"], data_dir=parameters["data_dir"],
                              force=force, engine=engine, scheduler=scheduler, dask_io=dask_io)
    except FileNotFoundError as exc:
        print(f"presslens run: {exc}", file=sys.stderr)
        return None
    except Exception as exc:  # noqa: BLE001 - no corpus tables, no reports: say which corpus and why
        print(f"presslens run: could not build the corpus tables of {parameters['corpus']}: "
              f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return None
    for name, error in tables.prepare().items():
        if error:
            _log(f"warning: the {name} table could not be built ({error}); notebooks that use it will fail")
    scoped = tables.filter(outlets=parameters.get("outlets"), date_from=parameters.get("date_from"),
                           date_to=parameters.get("date_to"))
    counts = scoped.counts()
    if not counts["articles"]:
        print(f"presslens run: {no_articles_reason(tables, scoped)}", file=sys.stderr)
        return None
    return tables, scoped, counts


def _notebook_jobs(paths: list[Path], parameters: dict[str, Any], *, executed_dir: Path, reports_dir: Path,
                   show_code: bool, cell_timeout: float) -> list[dict[str, Any]]:
    """One job per notebook for execute_one, the longest first."""
    job_list = [{"name": p.stem, "input": str(p), "output": str(executed_dir / p.name),
                 "html": str(reports_dir / f"{p.stem}.html"), "parameters": parameters,
                 "kernel": config.KERNEL_NAME, "cwd": str(p.parent), "show_code": show_code,
                 "timeout": cell_timeout} for p in paths]
    return longest_first(job_list, reports_dir)


def _execute_notebooks(pool, job_list: list[dict[str, Any]], at_once: int) -> list[dict[str, Any]]:
    """The jobs on `pool`, `at_once` at a time, each result logged as it comes -> the results, in that order."""
    from concurrent.futures import FIRST_COMPLETED, wait

    from tqdm import tqdm

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
            if res.get("kernel_restarts") and res["status"] == "ok":   # a lost start (port race), then it ran
                where += f", kernel started {res['kernel_restarts'] + 1} times"
            _log(f"{'ok    ' if res['status'] == 'ok' else 'FAILED'} {res['notebook']} "
                       f"({res['seconds']:.1f} s){where}" + (f": {res['error']}" if res["error"] else ""))
            bar.update(1)
    return results


def _said_results(results: list[dict[str, Any]], index: Path, started: float) -> int:
    """The run's last lines on stderr (how many notebooks ran, each failure and where to look) -> exit code."""
    failed = sorted((r for r in results if r["status"] != "ok"), key=lambda r: r["notebook"])
    total = time.perf_counter() - started
    print(f"{len(results) - len(failed)}/{len(results)} notebooks ok in {total:.1f} s; index: {index}",
          file=sys.stderr)
    for r in failed:
        where = f" at {r['cell']}" if r.get("cell") else ""
        print(f"presslens run: notebook {r['notebook']} failed{where}: {r['error']}\n"
              f"  see {r['html']} (executed notebook: {r['executed']})", file=sys.stderr)
    return 1 if failed else 0

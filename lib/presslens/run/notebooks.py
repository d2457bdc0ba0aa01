"""Notebook execution: which notebooks, one notebook run with papermill in a worker (then its HTML), longest first."""

from __future__ import annotations

import fnmatch
import json
import os
import shutil
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .. import config
from .html_export import _error_page, render_html, unsafe_markup


#: seconds to wait for a finished cell's output to arrive (papermill's 4 s fails a large table on a loaded machine)
IOPUB_TIMEOUT = 120

#: times a notebook is started again when its kernel dies before answering kernel_info. No cell has run then, so
#: a new start is safe. The usual cause is jupyter_client's port race: the launcher picks free ports, closes
#: them and starts the kernel, and a kernel starting at the same moment (another worker, another run) binds one
#: first ('Address already in use'; jupyter/jupyter_client#154, #487). The record keeps how many starts it took.
KERNEL_START_RETRIES = 2

#: the error text nbclient raises when the kernel exits before its first reply
_DIED_AT_START = "Kernel died before replying to kernel_info"


def _died_at_start(exc: BaseException) -> bool:
    """True for a kernel that exited before its first reply (no cell has run: safe to start again)."""
    return isinstance(exc, RuntimeError) and _DIED_AT_START in str(exc)


def _log_tail(path: Path, lines: int = 3) -> str:
    """The last non-blank lines of a kernel log, joined (' | '), for an error message; '' when there is none."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return " | ".join([line.strip() for line in text.splitlines() if line.strip()][-lines:])[:400]


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
    log_path.write_text("", encoding="utf-8")     # each start appends to it: a retried start keeps the first log
    for attempt in range(KERNEL_START_RETRIES + 1):
        error = _execute(pm, job, log_path)
        if error is None or not _died_at_start(error) or attempt == KERNEL_START_RETRIES:
            break
        result["kernel_restarts"] = attempt + 1
        time.sleep(0.5 * (attempt + 1))     # let the other kernel finish binding its ports
    if error is not None:
        _record_error(result, error, job, log_path)
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


def _execute(pm, job: Mapping[str, Any], log_path: Path) -> BaseException | None:
    """One papermill run with the kernel's stderr sent to `log_path`. -> the exception it raised, or None."""
    saved = os.dup(2)
    with open(log_path, "a") as log:
        os.dup2(log.fileno(), 2)
        try:
            pm.execute_notebook(job["input"], job["output"], parameters=dict(job["parameters"]),
                                kernel_name=job["kernel"], cwd=job["cwd"], progress_bar=False, log_output=False,
                                request_save_on_cell_execute=False, execution_timeout=job["timeout"],
                                start_timeout=config.KERNEL_START_TIMEOUT, iopub_timeout=IOPUB_TIMEOUT)
        except Exception as exc:  # noqa: BLE001 - every failure is reported in the record (_record_error)
            return exc
        finally:
            os.dup2(saved, 2)
            os.close(saved)
    return None


def _record_error(result: dict[str, Any], exc: BaseException, job: Mapping[str, Any], log_path: Path) -> None:
    """Put a failed run's cause in its record: the cell and error, a cell timeout, or a kernel that died."""
    import papermill as pm
    if isinstance(exc, pm.PapermillExecutionError):
        result.update(status="failed", cell=_cell_label(exc), error=f"{exc.ename}: {exc.evalue}")
    elif isinstance(exc, TimeoutError):  # nbclient's CellTimeoutError: one cell ran past --cell-timeout
        result.update(status="failed", error=f"a cell ran longer than {job['timeout']} s and was stopped "
                                             f"(raise --cell-timeout for large corpora): {str(exc)[:200]}")
    else:  # kernel missing or died, unreadable notebook: still report it
        error = f"{type(exc).__name__}: {exc}"
        if _died_at_start(exc):
            tail = _log_tail(log_path)
            error += f" (started {result.get('kernel_restarts', 0) + 1} times" + (f"; kernel log: {tail})" if tail else ")")
        result.update(status="failed", error=error)


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


def _check_kernel(name: str) -> None:
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    try:
        KernelSpecManager().get_kernel_spec(name)
    except NoSuchKernel:
        raise FileNotFoundError(
            f"Jupyter kernel {name!r} is not registered for {sys.prefix}; run `make venv` or "
            f"`{sys.executable} -m ipykernel install --sys-prefix --name {name}`") from None

"""What a run records: package versions, a JSON record beside each report, and outputs/index.html listing them."""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import platform
from pathlib import Path
from typing import Any

from .html_export import notebook_title


REPORT_PACKAGES = ("presslens", "pandas", "numpy", "matplotlib", "pyarrow", "papermill", "nbconvert", "nbclient",
                   "ipykernel", "jupytext")


def package_versions() -> dict[str, str]:
    from importlib import metadata
    out = {"python": platform.python_version()}
    for name in REPORT_PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return out


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


def _write_records(results: list[dict[str, Any]], reports_dir: Path, parameters: dict[str, Any], *, digest: str,
                   counts: dict, versions: dict[str, str], cov, show_code: bool) -> None:
    """reports/NN_name.json beside each report: what it was made from (the index reads them)."""
    import nbformat
    for res in results:
        try:
            title = notebook_title(nbformat.read(res["executed"], as_version=4))
        except Exception:  # noqa: BLE001
            title = res["notebook"]
        record = {**res, "title": title, "parameters": parameters, "corpus": parameters["corpus"],
                  "digest": digest, "counts": counts, "versions": versions,
                  "registry": cov.line() if cov else f"registry {parameters.get('actors') or 'none'}",
                  "finished": dt.datetime.now().isoformat(timespec="seconds"), "show_code": show_code}
        (reports_dir / f"{res['notebook']}.json").write_text(json.dumps(record, indent=2, default=str),
                                                             encoding="utf-8")

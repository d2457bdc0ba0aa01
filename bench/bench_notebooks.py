"""CPU seconds and peak memory of each cell of a notebook, run in this process on cached tables (no kernel,
no HTML export): where a report's time goes.

    .venv/bin/python bench/bench_notebooks.py notebooks/04_source_bias.py CORPUS [DATA_DIR]

The notebook's jupytext .py file is cut at its `# %%` markers; each code cell runs in one namespace with the
`corpus` / `data_dir` parameters replaced; a cell's last expression is rendered as the report renders it
(a Figure to SVG, anything with _repr_html_ to HTML). Prints CPU s, wall s, the output's size in MB and the
process's peak RSS after each cell. Build the tables first (`presslens run --corpus CORPUS` or
`presslens.run.build_tables`), or the first cell that reads them builds them.
"""
from __future__ import annotations

import ast
import os
import resource
import sys
import time


def main(notebook: str, corpus: str, data_dir: str | None = None) -> None:
    cells = open(notebook, encoding="utf-8").read().split("\n# %%")
    namespace: dict = {"__name__": "__main__"}
    corpus, data_dir = os.path.abspath(corpus), os.path.abspath(data_dir) if data_dir else None
    os.chdir(os.path.dirname(os.path.abspath(notebook)))
    start = time.process_time()
    for i, cell in enumerate(cells):
        head, _, body = cell.partition("\n")
        if "[markdown]" in head or not body.strip():
            continue
        if 'tags=["parameters"]' in head:
            body += f"\ncorpus = {corpus!r}\ndata_dir = {data_dir!r}\n"
        tree = ast.parse(body)
        last = ast.Expression(tree.body.pop().value) if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        t0, w0 = time.process_time(), time.perf_counter()
        exec(compile(tree, f"cell {i}", "exec"), namespace)  # noqa: S102 - the repository's own notebooks
        html = ""
        if last is not None:
            value = eval(compile(last, f"cell {i}", "eval"), namespace)  # noqa: S307
            from matplotlib.figure import Figure
            if isinstance(value, Figure):
                from presslens.report import figure_html
                html = figure_html(value)
            elif hasattr(value, "_repr_html_"):
                html = value._repr_html_() or ""
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        first = next((line for line in body.splitlines() if line.strip() and not line.startswith("#")), "")[:70]
        print(f"{time.process_time() - t0:7.2f} CPU s {time.perf_counter() - w0:7.2f} wall s "
              f"{len(html) / 2**20:6.2f} MB {peak:6.0f} MB peak  {first}", flush=True)
    print(f"total {time.process_time() - start:.1f} CPU s")


if __name__ == "__main__":
    main(*sys.argv[1:])

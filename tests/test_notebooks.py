"""The notebook suite: committed clean and paired, and rendered by `presslens run` on two corpora.

The smoke runs execute every notebook in notebooks/ once per corpus (shared by all tests, and between
pytest-xdist workers through a lock file): the seeds with the shipped registry, and the invented Dravonia
corpus with its own registry and a hostile article whose markup must arrive escaped in every report.
"""
from __future__ import annotations

import ast
import contextlib
import fcntl
import io
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import jupytext
import nbformat
import pytest

import presslens.run as run
from presslens import config

NOTEBOOKS = sorted(config.NOTEBOOKS_DIR.glob("*.ipynb"))
NAMES = [p.stem for p in NOTEBOOKS]
FIXTURES = Path(__file__).parent / "fixtures"
CORPORA = {
    "seeds": {"corpus": config.SEEDS_DIR, "actors": None},
    "dravonia": {"corpus": FIXTURES / "dravonia" / "corpus", "actors": FIXTURES / "dravonia" / "actors.yaml"},
    "seeds-news18": {"corpus": config.SEEDS_DIR, "actors": None,
                     "params": [("outlets", '["News18"]'), ("date_from", "2021-09-02")]},
}
HOSTILE = ("<script>alert('pwned-script')</script>", "<img src=x onerror=alert('pwned-img')>")
#: cell texts that are pandas or Python leaking through to a reader
RAW_VALUES = {"<NA>", "NaN", "nan", "NaT", "None", "True", "False"}


class _Cells(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.cells: list[str] = []
        self._cur: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag in ("td", "th"):
            self._cur = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cur is not None:
            self.cells.append("".join(self._cur).strip())
            self._cur = None

    def handle_data(self, data):
        if self._cur is not None:
            self._cur.append(data)


def visible_cells(page: str) -> list[str]:
    """The text of every table cell (th and td) of a page."""
    parser = _Cells()
    parser.feed(page)
    return parser.cells


# ----------------------------------------------------------------------------------------- committed notebooks

def test_the_suite_has_its_notebooks():
    assert {"01_corpus_overview"} <= set(NAMES), NAMES


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_committed_notebook_has_no_outputs(path):
    nb = nbformat.read(path, as_version=4)
    dirty = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and (c.outputs or c.execution_count)]
    assert not dirty, (f"{path.name}: cells {dirty} carry outputs or execution counts; clear them with "
                       f"`jupyter nbconvert --clear-output --inplace {path}` before committing")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_notebook_matches_its_percent_pair(path):
    pair = path.with_suffix(".py")
    assert pair.exists(), f"{path.name} has no jupytext pair {pair.name}: run `jupytext --sync {path}`"
    nb, py = nbformat.read(path, as_version=4), jupytext.read(pair)
    cells = lambda book: [(c.cell_type, c.source.strip(), tuple(c.metadata.get("tags", ()))) for c in book.cells]
    assert cells(nb) == cells(py), f"{path.name} and {pair.name} differ: run `jupytext --sync {path}`"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_first_code_cell_holds_the_parameters_as_literals(path):
    nb = nbformat.read(path, as_version=4)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# "), "open with a title"
    first = next(c for c in nb.cells if c.cell_type == "code")
    assert "parameters" in first.metadata.get("tags", []), f"{path.name}: first code cell is not tagged parameters"
    names = {}
    for node in ast.parse(first.source).body:
        assert isinstance(node, ast.Assign) and len(node.targets) == 1, ast.unparse(node)
        names[node.targets[0].id] = ast.literal_eval(node.value)         # literals only
    assert set(run.COMMON_PARAMETERS) <= set(names), f"{path.name} lacks {set(run.COMMON_PARAMETERS) - set(names)}"
    assert (config.NOTEBOOKS_DIR / names["corpus"]).resolve() == config.SEEDS_DIR.resolve()
    assert names["actors"] is None and names["outlets"] is None and names["data_dir"] is None
    assert nb.metadata.get("kernelspec", {}).get("name") == config.KERNEL_NAME


# ----------------------------------------------------------------------------------------- smoke runs

def _shared_dir(tmp_path_factory) -> Path:
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def _suite(tmp_path_factory, name: str) -> dict:
    """Run every notebook on one corpus once per test session (all xdist workers share the result)."""
    root = _shared_dir(tmp_path_factory)
    out = root / f"suite-{name}"
    with open(root / f"suite-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = out / "result.json"
        if not done.exists():
            err = io.StringIO()
            with contextlib.redirect_stderr(err):
                code = run.run_all(corpus=CORPORA[name]["corpus"], actors=CORPORA[name]["actors"],
                                   params=CORPORA[name].get("params", ()), outputs_dir=out, jobs=2)
            out.mkdir(parents=True, exist_ok=True)
            done.write_text(json.dumps({"code": code, "stderr": err.getvalue()}))
    return {"out": out, **json.loads(done.read_text())}


@pytest.fixture(scope="session")
def seeds_suite(tmp_path_factory):
    return _suite(tmp_path_factory, "seeds")


@pytest.fixture(scope="session")
def dravonia_suite(tmp_path_factory):
    return _suite(tmp_path_factory, "dravonia")


@pytest.fixture(scope="session")
def filtered_suite(tmp_path_factory):
    return _suite(tmp_path_factory, "seeds-news18")


def _check_report(suite: dict, name: str) -> str:
    out = suite["out"]
    record = json.loads((out / "reports" / f"{name}.json").read_text())
    assert record["status"] == "ok", f"{name}: {record.get('cell')}: {record.get('error')}\n{suite['stderr'][-2000:]}"
    executed = nbformat.read(out / "notebooks" / f"{name}.ipynb", as_version=4)
    errors = [o for c in executed.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors, f"{name}: error outputs {[(e.ename, e.evalue) for e in errors]}"
    page = (out / "reports" / f"{name}.html").read_text(encoding="utf-8")
    assert "<img" in page or "<svg" in page, f"{name}: no chart in the report"
    assert "<table" in page, f"{name}: no table in the report"
    assert "An Exception was encountered" not in page and "Traceback" not in page
    assert "cdnjs" not in page and "<script src" not in page, "the report must stand alone"
    assert run.unsafe_markup(page) == []
    assert name in (out / "index.html").read_text(encoding="utf-8")
    # what a reader needs (issue 13): findings first, contents, clean cells, interactive tables, a way back
    findings = re.search(r"<section[^>]*\bpl-findings\b[^>]*>.*?</section>", page, re.S)
    assert findings and 3 <= findings.group(0).count("<li>") <= 6, f"{name}: no key findings (3-6)"
    contents = re.search(r"<nav[^>]*\bpl-contents\b", page)
    assert contents, f"{name}: no contents list"
    f, c = findings.start(), contents.start()
    assert f < c < page.index("<h2", page.index("</nav>", c)), f"{name}: findings, then contents, then the sections"
    assert '<a href="../index.html">' in page, f"{name}: no link back to the index"
    cells = visible_cells(page)
    assert cells, f"{name}: no table cells"
    raw = sorted({c for c in cells if c in RAW_VALUES})
    assert not raw, f"{name}: cells a reader should not see: {raw}"
    assert re.search(r'<script data-presslens="datatables">[^<]*import\(', page), f"{name}: no bundled table script"
    assert re.search(r"<table[^>]*\bpl-table\b", page), f"{name}: no interactive table"
    assert len(page.encode()) < 10_000_000, f"{name}: report over 10 MB"
    return page


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_notebook_renders_on_the_seeds(seeds_suite, name):
    _check_report(seeds_suite, name)


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_notebook_renders_on_another_conflict_with_hostile_markup_escaped(dravonia_suite, name):
    page = _check_report(dravonia_suite, name)
    for markup in HOSTILE:
        assert markup not in page, f"{name}: article markup {markup!r} reached the report unescaped"


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_notebook_renders_with_an_outlet_and_date_filter(filtered_suite, name):
    page = _check_report(filtered_suite, name)
    assert "The Western Journal" not in page, f"{name} ignores the outlets parameter"
    if name[:2] in {"01", "02", "03"}:
        assert "outlets News18" in page                       # the scope line names the filter


@pytest.mark.slow
@pytest.mark.parametrize("name, shown", [("01_corpus_overview", "&lt;img src=x onerror=alert("),       # headline
                                         ("02_casualty_tallies", "&lt;img src=x onerror=alert("),      # evidence
                                         ("03_quote_attribution", "&lt;script&gt;alert(")])            # quote
def test_hostile_markup_is_shown_as_text(dravonia_suite, name, shown):
    page = (dravonia_suite["out"] / "reports" / f"{name}.html").read_text(encoding="utf-8")
    assert shown in page, f"{name}: the hostile article's markup should be displayed, escaped"


@pytest.mark.slow
def test_suite_exit_code_and_index(seeds_suite):
    assert seeds_suite["code"] == 0, seeds_suite["stderr"][-2000:]
    index = (seeds_suite["out"] / "index.html").read_text(encoding="utf-8")
    assert index.count("<tr class='ok'>") == len(NAMES)
    assert "papermill" in index and "seeds" in index


@pytest.mark.slow
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_a_filter_that_matches_nothing_is_said_not_a_failure(notebook, seeds_dir, tmp_path):
    """Opened in JupyterLab with a filter that matches no article, every notebook runs to the end and says so
    (`presslens run` refuses such a run before the notebooks start, with one line)."""
    import papermill as pm

    out = tmp_path / notebook.name
    pm.execute_notebook(str(notebook), str(out), kernel_name=config.KERNEL_NAME, cwd=str(notebook.parent),
                        parameters={"corpus": str(seeds_dir), "outlets": ["No Such Outlet"],
                                    "data_dir": str(tmp_path / "data")}, progress_bar=False,
                        start_timeout=config.KERNEL_START_TIMEOUT)
    text = json.dumps(nbformat.read(out, as_version=4)["cells"])
    assert "No articles match outlets No Such Outlet in this corpus" in text, \
        f"{notebook.stem}: nothing tells the reader that no article matched"

"""presslens.run: parameters, the table cache, filters, HTML safety, and run-all with a failing notebook."""
from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import time
from pathlib import Path

import nbformat
import pandas as pd
import pytest

import presslens.run as run
from presslens import config

FIXTURES = Path(__file__).parent / "fixtures"
DRAVONIA = FIXTURES / "dravonia" / "corpus"
DRAVONIA_ACTORS = FIXTURES / "dravonia" / "actors.yaml"


# ----------------------------------------------------------------------------------------- parameters

@pytest.mark.parametrize("text, value", [
    ('["News18"]', ["News18"]),
    ("News18", "News18"),
    ("3", 3),
    ("2021-09-01", "2021-09-01"),
    ("null", None),
    ("[The Straits Times, India TV]", ["The Straits Times", "India TV"]),
])
def test_parse_value_reads_yaml(text, value):
    assert run.parse_value(text) == value


def test_parameters_file_then_p_then_corpus_flag(tmp_path):
    pfile = tmp_path / "params.yaml"
    pfile.write_text("outlets: [News18]\ndate_from: 2021-09-01\ncorpus: from-file\n")
    params = run.resolve_parameters(corpus="flag-corpus", params=[("outlets", '["India TV"]')],
                                    params_file=pfile, base=tmp_path, data_dir=tmp_path / "data")
    assert params["outlets"] == ["India TV"]              # -p beats -f
    assert params["date_from"] == "2021-09-01"            # a YAML date becomes an ISO string literal
    assert params["corpus"] == str(tmp_path / "flag-corpus")  # --corpus beats both, made absolute
    assert params["actors"] is None and params["data_dir"] == str(tmp_path / "data")


def test_single_outlet_string_becomes_list_and_actors_none_kept(tmp_path):
    params = run.resolve_parameters(params=[("outlets", "News18"), ("actors", "none")], base=tmp_path)
    assert params["outlets"] == ["News18"] and params["actors"] == "none"
    assert params["corpus"] == str(config.SEEDS_DIR)


def test_bad_date_is_named(tmp_path):
    with pytest.raises(ValueError, match="2021-13-45"):
        run.resolve_parameters(params=[("date_from", "'2021-13-45'")], base=tmp_path)


def test_parameters_file_must_be_a_mapping(tmp_path):
    pfile = tmp_path / "p.yaml"
    pfile.write_text("- a\n- b\n")
    with pytest.raises(ValueError, match="p.yaml"):
        run.resolve_parameters(params_file=pfile, base=tmp_path)


# ----------------------------------------------------------------------------------------- table cache

@pytest.fixture()
def corpus_copy(tmp_path):
    dest = tmp_path / "corpus"
    shutil.copytree(DRAVONIA, dest)
    return dest


@pytest.fixture(autouse=True)
def _fresh_stores():
    run.tables._STORES.clear()
    yield
    run.tables._STORES.clear()


def test_digest_follows_content_registry_and_ignores_hidden_files(corpus_copy, tmp_path):
    d0 = run.corpus_digest(corpus_copy, actors=DRAVONIA_ACTORS)
    assert d0 == run.corpus_digest(corpus_copy, actors=DRAVONIA_ACTORS)
    (corpus_copy / ".ipynb_checkpoints").mkdir()
    (corpus_copy / ".ipynb_checkpoints" / "x.txt").write_text("noise")
    assert run.corpus_digest(corpus_copy, actors=DRAVONIA_ACTORS) == d0
    assert run.corpus_digest(corpus_copy, actors="none") != d0
    assert run.corpus_digest(corpus_copy) != d0
    f = corpus_copy / "d102_kessa_tribune_delta.txt"
    f.write_text(f.read_text() + "\nOne more line.\n")
    assert run.corpus_digest(corpus_copy, actors=DRAVONIA_ACTORS) != d0


def test_missing_corpus_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere"):
        run.build_tables(tmp_path / "nowhere", data_dir=tmp_path / "data")


def test_tables_are_cached_as_parquet_and_reused(corpus_copy, tmp_path, monkeypatch):
    data = tmp_path / "data"
    tables = run.build_tables(corpus_copy, actors=DRAVONIA_ACTORS, data_dir=data)
    folder = data / tables.digest
    dataset = folder / "dataset"
    assert (dataset / ".complete").exists()
    for name in ("articles", "paragraphs", "sentences", "removed", "ingest_log", "quotes", "claims"):
        assert list((dataset / f"{name}.parquet").glob("part-*.parquet")), f"no partitioned {name} table"
    assert json.loads((folder / "meta.json").read_text())["digest"] == tables.digest
    n = len(tables.corpus.articles)

    import presslens.stream
    def refuse(*args, **kwargs):
        raise AssertionError("the corpus was loaded again although its tables are cached")
    monkeypatch.setattr(presslens.stream, "build_dataset", refuse)
    run.tables._STORES.clear()                                       # as a fresh kernel would
    again = run.build_tables(corpus_copy, actors=DRAVONIA_ACTORS, data_dir=data)
    assert again.digest == tables.digest and len(again.corpus.articles) == n
    with pytest.raises(AssertionError, match="loaded again"):
        run.build_tables(corpus_copy, actors=DRAVONIA_ACTORS, data_dir=data, force=True)


def test_tables_of_an_edited_corpus_replace_the_old_ones(corpus_copy, tmp_path):
    """Editing a corpus file gives a new digest; the old tables of that corpus and registry go, the
    tables of another registry stay."""
    data = tmp_path / "data"
    first = run.build_tables(corpus_copy, actors=DRAVONIA_ACTORS, data_dir=data)
    other = run.build_tables(corpus_copy, actors="none", data_dir=data)
    article = sorted(corpus_copy.glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nA late paragraph added by the editor.\n", encoding="utf-8")
    old = time.time() - run.tables.TableStore.PRUNE_GRACE_S - 60          # built before the grace period
    for digest in (first.digest, other.digest):
        os.utime(data / digest / "meta.json", (old, old))
    run.tables._STORES.clear()
    second = run.build_tables(corpus_copy, actors=DRAVONIA_ACTORS, data_dir=data)
    assert second.digest != first.digest
    assert {p.name for p in data.iterdir()} == {second.digest, other.digest}


def test_tables_superseded_moments_ago_are_kept_for_a_notebook_still_reading_them(corpus_copy, tmp_path):
    """A library or corpus edited while a run goes on: the older tables, built within the grace period, may
    still be read by a notebook of that run; they stay until a later build finds them old."""
    data = tmp_path / "data"
    first = run.build_tables(corpus_copy, actors=DRAVONIA_ACTORS, data_dir=data)
    article = sorted(corpus_copy.glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nA late paragraph.\n", encoding="utf-8")
    run.tables._STORES.clear()
    second = run.build_tables(corpus_copy, actors=DRAVONIA_ACTORS, data_dir=data)
    assert {p.name for p in data.iterdir()} == {first.digest, second.digest}
    assert len(first.corpus.articles) == len(second.corpus.articles)      # the older tables still read


def test_extracted_tables_are_built_with_the_corpus_and_an_extractor_error_is_named(corpus_copy, tmp_path, monkeypatch):
    """Quotes and claims are built in the corpus pass; an extractor that fails leaves the corpus usable and
    its table raises with the extractor's message (the notebook that needs it fails and says why)."""
    import presslens.quotes

    def broken(corpus, *, actors=None):
        raise ValueError("cue lexicon unreadable")
    monkeypatch.setattr(presslens.quotes, "extract_quotes", broken)
    tables = run.build_tables(corpus_copy, actors="none", data_dir=tmp_path / "data")
    assert len(tables.corpus.articles) > 0
    with pytest.raises(RuntimeError, match="cue lexicon unreadable"):
        tables.quotes
    errors = tables.prepare()
    assert "cue lexicon unreadable" in errors["quotes"]
    monkeypatch.undo()
    run.tables._STORES.clear()
    fixed = run.build_tables(corpus_copy, actors="none", data_dir=tmp_path / "data2")
    assert len(fixed.quotes) > 0 and set(fixed.quotes["article_id"]) <= set(fixed.corpus.articles["article_id"])
    kessa = fixed.filter(outlets=["Kessa Tribune"])
    assert 0 < len(kessa.quotes) < len(fixed.quotes)
    assert set(kessa.quotes["article_id"]) == set(kessa.corpus.articles["article_id"]) & set(fixed.quotes["article_id"])


def test_filter_by_outlet_and_dates(corpus_copy, tmp_path):
    tables = run.build_tables(corpus_copy, actors="none", data_dir=tmp_path / "data")
    arts = tables.corpus.articles
    assert not tables.filtered and tables.filter() .corpus is tables.corpus
    one = arts["outlet"].iloc[0]
    only = tables.filter(outlets=one)
    assert set(only.corpus.articles["outlet"]) == {one}
    assert set(only.corpus.paragraphs["article_id"]) <= set(only.corpus.articles["article_id"])
    assert len(only.corpus.articles) < len(arts)
    published = pd.to_datetime(arts["published"])
    first = published.min().date()
    early = tables.filter(date_to=first)
    assert len(early.corpus.articles) == int((published.dt.date == first).sum())
    late = tables.filter(date_from=str(first + pd.Timedelta(days=1)))
    assert len(late.corpus.articles) + len(early.corpus.articles) == len(arts)
    assert tables.filter(outlets=[]).corpus.articles.empty
    assert tables.filter(outlets=one).unfiltered.corpus is tables.corpus
    assert "articles" in tables.filter(outlets=one).describe()
    assert tables.counts()["articles"] == len(arts)


# ----------------------------------------------------------------------------------------- HTML safety

@pytest.mark.parametrize("page, bad", [
    ("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", False),
    ("<td>&lt;img src=x onerror=alert(1)&gt;</td>", False),
    ("<script>alert(1)</script>", True),
    ("<img src=x onerror=alert(1)>", True),
    ("<a href='javascript:alert(1)'>x</a>", True),
    ("<iframe src='https://example.invalid'></iframe>", True),
    ("<svg onload=alert(1)></svg>", True),
    ("<script data-presslens='search'>/* ours */</script>", False),
    ("<meta charset='utf-8'><img src='data:image/png;base64,AAAA'>", False),
])
def test_unsafe_markup(page, bad):
    assert bool(run.unsafe_markup(page)) is bad


def test_report_helpers_escape_article_text():
    from presslens import report
    hostile = "<script>alert('x')</script> and <img src=x onerror=alert(1)>"
    frame = pd.DataFrame({"text": [hostile], "evidence": [report.highlight(hostile, 0, 10)]})
    for markup in (frame[["text"]]._repr_html_(), report.styled(frame[["text"]]).to_html(),
                   report.searchable_table(frame, html_columns=("evidence",))._repr_html_()):
        assert run.unsafe_markup(markup) == [] and "&lt;script&gt;" in markup
    # pandas' Styler alone does not escape: the reason report.styled exists
    assert run.unsafe_markup(frame[["text"]].style.to_html())


def test_index_escapes_what_it_lists(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "x.html").write_text("<p>ok</p>")
    (reports / "x.json").write_text(json.dumps({
        "notebook": "x", "title": "<b>x</b>", "status": "failed", "cell": "cell In [3] `<img src=x onerror=alert(1)>`",
        "error": "ValueError: <script>alert(1)</script>", "html": str(reports / "x.html"),
        "parameters": {"outlets": ["<script>alert(2)</script>"]}, "corpus": "/c", "digest": "d",
        "counts": {"articles": 3, "quotes": None}, "versions": {"pandas": "3"}, "seconds": 1.5}))
    page = run.write_index(reports, tmp_path / "index.html").read_text()
    assert run.unsafe_markup(page) == []
    assert "quotes n/a" in page and "href='reports/x.html'" in page and "failed at cell In [3]" in page


# ----------------------------------------------------------------------------------------- run-all

def _notebook(path: Path, *cells: str) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": config.KERNEL_NAME, "display_name": "presslens", "language": "python"}
    params = nbformat.v4.new_code_cell("corpus = None\nactors = None\noutlets = None\n"
                                       "date_from = None\ndate_to = None\ndata_dir = None")
    params.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell(f"# {path.stem}"), params,
                *(nbformat.v4.new_code_cell(c) for c in cells)]
    nbformat.write(nb, path)
    return path


@pytest.mark.slow
def test_a_failing_notebook_gets_its_html_and_a_nonzero_exit(tmp_path):
    nbs = tmp_path / "notebooks"
    nbs.mkdir()
    _notebook(nbs / "a_ok.ipynb", "import pandas as pd\npd.DataFrame({'n': [1, 2]})")
    _notebook(nbs / "b_fails.ipynb", "x = 1", "raise ValueError('deliberate failure')", "print('never')")
    _notebook(nbs / "c_ok.ipynb", "print(corpus)")
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = run.run_all(corpus=DRAVONIA, actors="none", notebooks_dir=nbs, outputs_dir=tmp_path / "out", jobs=2)
    message = err.getvalue()
    assert code != 0
    assert "b_fails failed at cell In [4] `raise ValueError('deliberate failure')`" in message, message
    assert "ValueError: deliberate failure" in message, message
    reports = tmp_path / "out" / "reports"
    assert {p.name for p in reports.glob("*.html")} == {"a_ok.html", "b_fails.html", "c_ok.html"}
    failed = (reports / "b_fails.html").read_text()
    assert "An Exception was encountered" in failed and "deliberate failure" in failed
    assert "<table" in (reports / "a_ok.html").read_text()
    assert str(DRAVONIA) in (reports / "c_ok.html").read_text()      # parameters reached the notebook
    index = (tmp_path / "out" / "index.html").read_text()
    assert index.count("<tr class='ok'>") == 2 and index.count("<tr class='failed'>") == 1
    assert "pandas" in index and "articles 3" in index


@pytest.mark.slow
def test_a_cell_past_the_timeout_fails_its_notebook_by_name(tmp_path):
    nbs = tmp_path / "notebooks"
    nbs.mkdir()
    _notebook(nbs / "slow.ipynb", "import time\ntime.sleep(30)")
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = run.run_all(corpus=DRAVONIA, actors="none", notebooks_dir=nbs, outputs_dir=tmp_path / "out",
                           cell_timeout=2)
    assert code != 0
    assert "slow failed" in err.getvalue() and "longer than 2 s" in err.getvalue()
    assert (tmp_path / "out" / "reports" / "slow.html").exists()


@pytest.mark.slow
def test_a_large_corpus_runs_its_notebooks_one_at_a_time(tmp_path, monkeypatch):
    """Above config.NOTEBOOKS_ONE_AT_A_TIME_ABOVE articles no two kernels run at once (memory), unless --jobs says so."""
    nbs = tmp_path / "notebooks"
    nbs.mkdir()
    for name in ("a", "b", "c"):   # each notebook notes when it started and ended
        _notebook(nbs / f"{name}.ipynb", f"import time, pathlib\nt0 = time.time()\ntime.sleep(1.5)\n"
                                         f"pathlib.Path({str(tmp_path / name)!r}).write_text(f'{{t0}} {{time.time()}}')")
    monkeypatch.setattr(config, "NOTEBOOKS_ONE_AT_A_TIME_ABOVE", 2)   # the fixture has 3 articles
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert run.run_all(corpus=DRAVONIA, actors="none", notebooks_dir=nbs, outputs_dir=tmp_path / "out") == 0
    assert "3 articles: notebooks run one at a time" in err.getvalue()
    spans = sorted(tuple(map(float, (tmp_path / n).read_text().split())) for n in "abc")
    assert all(end <= start for (_, end), (start, _) in zip(spans, spans[1:])), spans


@pytest.mark.slow
def test_the_coverage_check_beside_the_notebooks_still_warns_and_records(tmp_path):
    """The registry coverage runs in a child process while the kernels run: its warning and its line still come."""
    nbs = tmp_path / "notebooks"
    nbs.mkdir()
    _notebook(nbs / "a.ipynb", "print(corpus)")
    err = io.StringIO()
    with contextlib.redirect_stderr(err):   # the shipped registry does not fit the dravonia fixture
        assert run.run_all(corpus=DRAVONIA, notebooks_dir=nbs, outputs_dir=tmp_path / "out") == 0
    assert "fits this corpus poorly" in err.getvalue() and "presslens actors suggest" in err.getvalue()
    record = json.loads((tmp_path / "out" / "reports" / "a.json").read_text())
    assert "panjshir-2021.yaml" in record["registry"] and "knows" in record["registry"]


@pytest.mark.slow
def test_show_code_keeps_the_code(tmp_path):
    nbs = tmp_path / "notebooks"
    nbs.mkdir()
    _notebook(nbs / "a.ipynb", "answer = 6 * 7\nanswer")
    out = tmp_path / "out"
    assert run.run_all(corpus=DRAVONIA, actors="none", notebooks_dir=nbs, outputs_dir=out) == 0
    assert "6 * 7" not in (out / "reports" / "a.html").read_text().replace("&#42;", "*")
    assert run.run_all(corpus=DRAVONIA, actors="none", notebooks_dir=nbs, outputs_dir=out, show_code=True) == 0
    page = (out / "reports" / "a.html").read_text()
    assert "answer" in page and "42" in page


def test_unknown_parameter_and_unknown_notebook_are_refused(tmp_path, capsys):
    nbs = tmp_path / "notebooks"
    nbs.mkdir()
    _notebook(nbs / "a.ipynb", "1")
    assert run.run_all(corpus=DRAVONIA, params=[("outlet", "News18")], notebooks_dir=nbs,
                       outputs_dir=tmp_path / "out") == 2
    assert "unknown notebook parameter(s) outlet" in capsys.readouterr().err
    assert run.run_all(corpus=DRAVONIA, notebooks=["zz"], notebooks_dir=nbs, outputs_dir=tmp_path / "out") == 2
    assert "matches zz" in capsys.readouterr().err


def test_find_notebooks_by_prefix_and_glob(tmp_path):
    for name in ("01_a", "02_b", "03_c"):
        _notebook(tmp_path / f"{name}.ipynb", "1")
    assert [p.stem for p in run.find_notebooks(tmp_path)] == ["01_a", "02_b", "03_c"]
    assert [p.stem for p in run.find_notebooks(tmp_path, ["02", "*c*"])] == ["02_b", "03_c"]


def test_cli_run_is_wired_and_refuses_a_missing_corpus(tmp_path, capsys):
    from presslens.cli import main
    assert main(["run", "--corpus", str(tmp_path / "missing"), "--notebooks", "01"]) == 2
    assert "missing" in capsys.readouterr().err
    assert main(["run", "-p", "outlet", "News18"]) == 2
    assert "unknown notebook parameter(s) outlet" in capsys.readouterr().err


@pytest.mark.parametrize("mime, safe", [
    ("text/plain", True),        # nbconvert escapes plain text and tracebacks
    ("text/markdown", False),    # IPython.display.Markdown passes raw HTML through: never show article text so
    ("text/html", False),        # raw HTML output (a Styler without escape="html", display(HTML(...)))
])
def test_how_each_output_kind_reaches_the_html(tmp_path, mime, safe):
    hostile = "They said <img src=x onerror=alert(1)> today"
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("show()", execution_count=1)
    cell.outputs = [nbformat.v4.new_output("display_data", data={mime: hostile})]
    nb.cells = [nbformat.v4.new_markdown_cell("# t"), cell]
    nbformat.write(nb, tmp_path / "t.ipynb")
    page = run.render_html(tmp_path / "t.ipynb", tmp_path / "t.html").read_text()
    assert (run.unsafe_markup(page) == []) is safe
    assert "show()" not in page                      # code hidden by default


def test_report_html_equals_nbconvert_html_without_its_second_parse(tmp_path):
    """render_html sets nbconvert's accessibility attributes itself (focusable cells, alt text) instead of
    parsing and rewriting the page with BeautifulSoup: the same page once both are parsed."""
    import base64
    import re

    from bs4 import BeautifulSoup
    from nbconvert import HTMLExporter
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n").decode()   # nbconvert embeds it as it is
    nb = nbformat.v4.new_notebook()
    out = nbformat.v4.new_code_cell("plot()", execution_count=1)
    out.outputs = [nbformat.v4.new_output("display_data", data={"image/png": png}),
                   nbformat.v4.new_output("display_data", data={"text/html": "<div class='pl-table-wrap'><table><tr>"
                                                                             "<td>Goma &amp; Rutshuru</td></tr></table></div>"}),
                   nbformat.v4.new_output("stream", name="stdout", text="M23 rebels said 12 were killed\n")]
    nb.cells = [nbformat.v4.new_markdown_cell("# Report\n\n## Part\n\nText with an ![](data:image/png;base64,AAAA) image."),
                out]
    nbformat.write(nb, tmp_path / "t.ipynb")
    ours = run.render_html(tmp_path / "t.ipynb", tmp_path / "t.html").read_text()
    from presslens.run import html_export   # render_html calls the _report_exporter of its own module
    saved = html_export._report_exporter
    try:
        html_export._report_exporter = lambda **options: HTMLExporter(**options)
        stock = run.render_html(tmp_path / "t.ipynb", tmp_path / "s.html").read_text()
    finally:
        html_export._report_exporter = saved
    norm = (lambda page: str(BeautifulSoup(re.sub(r"on \d{4}-\d\d-\d\d \d\d:\d\d", "", page), features="html.parser")))
    assert norm(ours) == norm(stock)
    assert ours.count('tabindex="0"') >= 3 and run.NO_ALT in ours


def test_a_report_with_live_markup_is_replaced_and_fails(tmp_path):
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("1", execution_count=1)
    cell.outputs = [nbformat.v4.new_output("display_data", data={"text/html": "<img src=x onerror=alert(1)>"})]
    nb.cells = [cell]
    nbformat.write(nb, tmp_path / "executed.ipynb")
    job = {"name": "x", "input": str(tmp_path / "missing.ipynb"), "output": str(tmp_path / "executed.ipynb"),
           "html": str(tmp_path / "x.html"), "parameters": {}, "kernel": "no-such-kernel", "cwd": str(tmp_path),
           "show_code": False}
    result = run.execute_one(job)    # the kernel cannot start, but the (stale) output is still checked
    assert result["status"] == "failed" and "unsafe markup" in result["error"]
    page = (tmp_path / "x.html").read_text()
    assert run.unsafe_markup(page) == [] and "unsafe markup in the report" in page


# ------------------------------------------------------------------------- nothing to report: one line, non-zero

def _nothing_to_report(tmp_path, corpus, capsys, **kw):
    nbs = tmp_path / "notebooks"
    nbs.mkdir(exist_ok=True)
    _notebook(nbs / "a.ipynb", "1")
    code = run.run_all(corpus=corpus, actors="none", notebooks_dir=nbs, outputs_dir=tmp_path / "out", **kw)
    err = [line for line in capsys.readouterr().err.splitlines() if line.startswith("presslens run:")]
    assert not (tmp_path / "out" / "reports" / "a.html").exists()   # no notebook ran
    return code, err


def test_an_empty_corpus_exits_nonzero_with_one_line(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    code, err = _nothing_to_report(tmp_path, empty, capsys)
    assert code == 2 and len(err) == 1 and "no articles in" in err[0] and str(empty) in err[0], err


def test_a_corpus_whose_every_file_is_rejected_says_why(tmp_path, capsys):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "blank.txt").write_text("   \n\n", encoding="utf-8")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    code, err = _nothing_to_report(tmp_path, bad, capsys)
    assert code == 2 and len(err) == 1 and "all 2 inputs were rejected" in err[0], err


def test_a_filter_that_matches_nothing_names_the_filter(tmp_path, capsys):
    code, err = _nothing_to_report(tmp_path, DRAVONIA, capsys, params=[("outlets", '["No Such Outlet"]')])
    assert code == 2 and len(err) == 1, err
    assert "no articles match outlets=('No Such Outlet',)" in err[0] and "3 articles loaded" in err[0], err


@pytest.mark.slow
def test_cli_run_out_writes_everything_into_that_folder(tmp_path, capsys):
    from presslens.cli import main
    out = tmp_path / "elsewhere"
    assert main(["run", "--corpus", str(DRAVONIA), "--actors", str(DRAVONIA_ACTORS), "--notebooks", "01",
                 "--out", str(out)]) == 0
    assert (out / "index.html").exists() and (out / "reports" / "01_corpus_overview.html").exists()
    assert any((out / "data").iterdir())


def test_notebooks_that_took_longest_last_time_start_first(tmp_path):
    from presslens.run import longest_first
    jobs = [{"name": n} for n in ("01_a", "02_b", "03_c", "04_d", "05_e")]
    for name, seconds in (("01_a", 10.5), ("02_b", 140.0), ("03_c", 40.0), ("04_d", 120.0)):
        (tmp_path / f"{name}.json").write_text(json.dumps({"seconds_total": seconds}))
    assert [j["name"] for j in longest_first(jobs, tmp_path)] == ["05_e", "02_b", "04_d", "03_c", "01_a"]
    assert [j["name"] for j in longest_first(jobs, tmp_path / "none")] == [j["name"] for j in jobs]


def test_a_first_run_starts_the_longest_notebooks_first(tmp_path):
    from presslens.run import longest_first
    jobs = []
    for name, lines in (("01_a", 10), ("02_b", 40), ("03_c", 5), ("04_d", 80)):
        (tmp_path / f"{name}.ipynb").write_text("x = 1\n" * lines)
        jobs.append({"name": name, "input": str(tmp_path / f"{name}.ipynb")})
    assert [j["name"] for j in longest_first(jobs, tmp_path / "no-reports")] == ["04_d", "02_b", "01_a", "03_c"]
    (tmp_path / "03_c.json").write_text(json.dumps({"seconds_total": 50.0}))   # a record outranks the size
    assert [j["name"] for j in longest_first(jobs, tmp_path)][-1] == "03_c"


def test_dask_io_reaches_the_table_build(tmp_path, monkeypatch):
    """build_tables and `presslens run --dask-io` hand dask_io to presslens.stream.build_dataset."""
    from presslens import cli, stream
    seen = {}
    real = stream.build_dataset

    def spy(*args, **kw):
        seen.update(kw)
        return real(*args, **{**kw, "engine": "local", "dask_io": "auto"})
    monkeypatch.setattr(stream, "build_dataset", spy)
    run.build_tables(DRAVONIA, actors=DRAVONIA_ACTORS, data_dir=tmp_path, engine="dask", dask_io="driver")
    assert seen["engine"] == "dask" and seen["dask_io"] == "driver"
    calls = []
    monkeypatch.setattr(run, "run_all", lambda **kw: calls.append(kw) or 0)
    assert cli.main(["run", "--corpus", str(DRAVONIA), "--engine", "dask", "--dask-io", "workers"]) == 0
    assert calls[0]["dask_io"] == "workers" and calls[0]["engine"] == "dask"


# ------------------------------------------------------------- a kernel that dies at start is started again

def _flaky_papermill(monkeypatch, deaths: int) -> list[int]:
    """papermill.execute_notebook whose kernel dies before kernel_info `deaths` times, then writes the output."""
    import papermill as pm
    calls: list[int] = []

    def fake(input_path, output_path, **kw):
        calls.append(1)
        if len(calls) <= deaths:
            os.write(2, b"zmq.error.ZMQError: Address already in use\n")   # the kernel process writes to fd 2
            raise RuntimeError("Kernel died before replying to kernel_info")
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_code_cell("1", execution_count=1)]
        nbformat.write(nb, output_path)
    monkeypatch.setattr(pm, "execute_notebook", fake)
    monkeypatch.setattr(run.notebooks.time, "sleep", lambda s: None)
    return calls


def _job(tmp_path) -> dict:
    return {"name": "x", "input": str(tmp_path / "in.ipynb"), "output": str(tmp_path / "x.ipynb"),
            "html": str(tmp_path / "x.html"), "parameters": {}, "kernel": "python3", "cwd": str(tmp_path),
            "show_code": False, "timeout": 60}


def test_a_kernel_that_dies_before_its_first_reply_is_started_again(tmp_path, monkeypatch):
    calls = _flaky_papermill(monkeypatch, deaths=1)      # jupyter_client's port race: one lost start
    result = run.execute_one(_job(tmp_path))
    assert result["status"] == "ok", result["error"]
    assert len(calls) == 2 and result["kernel_restarts"] == 1
    assert (tmp_path / "x.html").exists()


def test_a_kernel_that_keeps_dying_is_reported_with_its_log(tmp_path, monkeypatch):
    calls = _flaky_papermill(monkeypatch, deaths=99)
    result = run.execute_one(_job(tmp_path))
    assert len(calls) == run.notebooks.KERNEL_START_RETRIES + 1
    assert result["status"] == "failed"
    assert "Kernel died before replying" in result["error"] and "Address already in use" in result["error"]
    assert f"started {len(calls)} times" in result["error"]


def test_a_failing_cell_is_not_run_again(tmp_path, monkeypatch):
    import papermill as pm
    calls = []

    def fake(input_path, output_path, **kw):
        calls.append(1)
        raise pm.PapermillExecutionError(cell_index=0, exec_count=1, source="1/0", ename="ZeroDivisionError",
                                         evalue="division by zero", traceback=[])
    monkeypatch.setattr(pm, "execute_notebook", fake)
    result = run.execute_one(_job(tmp_path))
    assert len(calls) == 1 and result["status"] == "failed" and "ZeroDivisionError" in result["error"]
    assert "kernel_restarts" not in result

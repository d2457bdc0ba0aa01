"""presslens.report: display helpers of notebooks 01-03 (escaping, colours, numbers, empty selections)."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd
import pytest

import presslens
from presslens import report, run

FIXTURES = Path(__file__).parent / "fixtures" / "dravonia"


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    return run.build_tables(FIXTURES / "corpus", actors=FIXTURES / "actors.yaml",
                            data_dir=tmp_path_factory.mktemp("data"))


@pytest.mark.parametrize("low, high, vague, text", [
    (14, 14, None, "14"), (7, 8, None, "7–8"), (601, None, None, "601+"), (None, 410, None, "up to 410"),
    (None, None, "dozens", "dozens"), (1000, 1000, None, "1,000"), (pd.NA, pd.NA, pd.NA, ""),
])
def test_numbers_read_as_stated(low, high, vague, text):
    assert report.casualty_tallies._number(low, high, vague) == text


def test_side_colours_fixed_for_guideline_labels_and_by_registry_order_otherwise(tables):
    assert report.side_colour("taliban") == "#b2182b" and report.side_colour(None) == report.side_colour("unknown")
    gov, rebel = report.side_colour("dravonian_gov", tables.actors), report.side_colour("urc", tables.actors)
    assert (gov, rebel) == report.BELLIGERENT_COLOURS[:2]
    assert report.side_colour("civilian", tables.actors) == report.SIDE_COLOURS["civilian"]


def test_highlight_escapes_and_marks_the_span():
    text = "He said <script>x</script> that 14 died."
    start = text.index("14")
    snippet = report.highlight(text, start, start + 8, context=40)
    assert "<mark>14 died.</mark>" in snippet and "&lt;script&gt;" in snippet and "<script>" not in snippet


def test_helpers_accept_an_empty_selection(tables):
    empty = tables.filter(outlets=["no such outlet"])
    quotes, claims, corpus = empty.quotes, empty.claims, empty.corpus
    assert quotes.empty and claims.empty and corpus.articles.empty
    speakers = report.top_speakers(quotes, corpus)
    assert speakers.empty and {"direct", "indirect", "mixed"} <= set(speakers.columns)
    summary = presslens.tally(claims, corpus)
    for made in (report.voice_by_side(quotes), report.side_by_outlet(quotes, corpus),
                 report.anonymous_sources(quotes, corpus), report.claims_by_claimant(claims),
                 report.tally_totals(summary), report.tally_clusters(claims, corpus), report.outlet_overview(corpus),
                 report.articles_table(corpus), report.wire_groups(corpus), report.removed_lines(corpus)):
        assert isinstance(made, pd.DataFrame)
    for fig in (report.chart_voice_by_side(quotes), report.chart_side_by_outlet(quotes, corpus),
                report.chart_claims_timeline(claims, corpus), report.chart_tally(summary),
                report.chart_articles_by_date(corpus), report.chart_words(corpus)):
        assert fig.axes
    assert report.spans_inside(quotes, corpus) and report.removed_not_in_text(corpus)
    assert "0 rows" in report.quote_table(quotes, corpus)._repr_html_()


def test_tables_of_the_other_conflict_use_its_labels(tables):
    by_side = report.voice_by_side(tables.quotes)
    assert by_side["statements"].sum() == len(tables.quotes)
    assert report.sides_in(tables.quotes, ["speaker_side"]) <= set(tables.actors.labels)
    assert report.vague_mapping()["vague word"].str.len().gt(0).all()
    page = report.claims_table(tables.claims, tables.corpus)._repr_html_()
    assert run.unsafe_markup(page) == [] and "<mark>" in page


def _cells(markup: str) -> list[str]:
    import re
    return [html.unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", markup)]


def test_present_shows_a_reader_values_not_reprs():
    frame = pd.DataFrame({"n_words": pd.array([1234, None], dtype="Int64"), "wire_share": [0.125, float("nan")],
                          "hedged": pd.array([True, None], dtype="boolean"), "outlets": [["A", "B"], None],
                          "mapping": [{"dozens": 12}, None], "published": pd.to_datetime(["2021-09-01", None]),
                          "victim_side": ["taliban", ""]}, index=pd.Index(["x", "y"], name="outlet"))
    table = report.present(frame, "demo")
    page = table._repr_html_()
    cells = _cells(page)
    assert cells == ["x", "1,234", "12.5%", "yes", "A, B", "dozens: 12", "2021-09-01", "taliban",
                     "y", "–", "–", "–", "–", "–", "–", "–"]
    heads = re.findall(r"<th scope='col'>(.*?)</th>", page)
    assert heads == ["outlet", "words", "wire share", "hedged", "outlets", "mapping", "published", "victim side"]
    assert "id='table-demo'" in page and table.anchor == "#table-demo"


def test_present_caps_embedded_rows_and_writes_the_whole_table_beside_the_report(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESSLENS_TABLES_DIR", str(tmp_path / "r-tables"))
    monkeypatch.setenv("PRESSLENS_TABLES_HREF", "r-tables")
    frame = pd.DataFrame({"article_id": [f"a{i}" for i in range(50)], "n_words": range(50), "extra": 1})
    page = report.present(frame, "big", columns=["n_words"], max_rows=20)._repr_html_()
    assert page.count("<tr>") == 1 + 20 and "first 20 of 50 rows" in page and "Showing 1 of 3 columns" in page
    assert "href='r-tables/big.csv'" in page
    written = pd.read_csv(tmp_path / "r-tables" / "big.csv")
    assert len(written) == 50 and list(written.columns) == ["article_id", "n_words", "extra"]


def test_evidence_rows_show_outlet_date_and_a_linked_headline(tables):
    page = report.claims_table(tables.claims, tables.corpus)._repr_html_()
    assert "<a href='https://example.invalid/" in page and ".txt#c" not in page       # no file-hash ids shown
    heads = re.findall(r"<th scope='col'>(.*?)</th>", page)
    assert heads[:3] == ["outlet", "published", "article"] and "evidence" in heads


def test_charts_carry_alt_text_that_says_what_they_show(tables):
    fig = report.chart_voice_by_side(tables.quotes, actors=tables.actors)
    markup = report.figure_html(fig)
    alt = html.unescape(re.search(r"alt='([^']*)'", markup).group(1))
    assert alt.startswith("Who speaks") and "horizontal axis: statements (count)" in alt and "Statements per side" in alt
    assert markup.count("data:image/svg+xml;base64,") == 1


def test_evidence_tables_embed_at_most_the_configured_rows(tables, tmp_path, monkeypatch):
    from presslens import config
    monkeypatch.setattr(config, "TABLE_MAX_ROWS", 3)
    monkeypatch.setenv("PRESSLENS_TABLES_DIR", str(tmp_path))
    quotes = tables.quotes
    assert len(quotes) > 3
    page = report.quote_table(quotes, tables.corpus)._repr_html_()
    assert page.count("<tr>") == 1 + 3 and f"first 3 of {len(quotes)} rows" in page
    assert len(pd.read_csv(tmp_path / "statements.csv")) == len(quotes)

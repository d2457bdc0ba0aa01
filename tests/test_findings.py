"""presslens.findings: each finding states its number with its base, its interval when the table has one,
and links to the table that holds the evidence."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import presslens
from presslens import findings, run

FIXTURES = Path(__file__).parent / "fixtures" / "dravonia"


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    return run.build_tables(FIXTURES / "corpus", actors=FIXTURES / "actors.yaml",
                            data_dir=tmp_path_factory.mktemp("data"))


def _row(outlet, measure, item, n, den, lo=None, hi=None, side=None, low=False, unit="statements"):
    return dict(outlet=outlet, measure=measure, side=side, item=item, n=float(n), den=float(den), rate=n / den,
                lo=lo, hi=hi, n_articles=3, unit=unit, scale=1.0, low_count=low)


def test_bias_findings_give_count_base_and_interval():
    table = pd.DataFrame([
        _row("Daily", "voice", None, 6, 20, 0.2, 0.45, side="gov"), _row("Daily", "voice", None, 14, 20, side="rebels"),
        _row("Herald", "voice", None, 2, 10, side="gov", low=True), _row("Herald", "voice", None, 8, 10, side="rebels"),
        _row("Daily", "hedged_claims", "hedged", 3, 6, 0.1, 0.9, unit="claims"),
        _row("Herald", "hedged_claims", "hedged", 0, 4, unit="claims", low=True)])
    key = findings.bias(table)
    voice = key["voice"].text
    assert voice.startswith("Share of statements from rebels: highest in Herald, 80% (8 of 10 statements)")
    hedged = key["hedged"].text
    assert "highest in Daily, 50% (3 of 6 claims; 95% interval 10–90%)" in hedged
    assert "lowest in Herald, 0% (0 of 4 claims) (small base)" in hedged
    assert key["small_bases"].value == 1 and key["small_bases"].base == 2
    assert "href='#table-measures'" in key._repr_html_()


def test_corpus_findings_count_what_the_tables_hold(tables):
    key = findings.corpus(tables)
    arts = tables.corpus.articles
    assert key["articles"].value == len(arts) and key["articles"].text.startswith(f"{len(arts)} articles from")
    assert key["wire"].base == len(tables.corpus.paragraphs)
    assert 3 <= len(key) <= 6 and all(f.table for f in key)


def test_casualty_and_quote_findings_on_another_conflict(tables):
    claims, quotes = tables.claims, tables.quotes
    key = findings.casualties(tables, presslens.tally(claims, tables.corpus))
    assert key["claims"].value == len(claims) and key["hedged"].base == len(claims)
    q = findings.quotes(tables)
    assert q["statements"].value == len(quotes) and q["anonymous"].base == len(quotes)
    assert "No attributed statements" in repr(findings.quotes(tables.filter(outlets=["no such outlet"])))


@pytest.mark.parametrize("n, base, text", [(3, 5, "3 of 5 articles (60%)"), (0, 0, "0 of 0 articles (–)")])
def test_counts_read_with_their_base(n, base, text):
    assert findings.of(n, base, "articles") == text

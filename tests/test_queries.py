"""presslens.queries: the reports' aggregates read through DuckDB from the Parquet dataset give what the pandas
computations they replace give on the whole tables (the seeds, another conflict's fixture, filters)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import presslens
from presslens import findings, queries, report, run

FIXTURES = Path(__file__).parent / "fixtures" / "dravonia"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
FILTERS = [{}, {"outlets": ["News18", "unknown"]}, {"date_from": "2021-09-05"},
           {"outlets": ["India TV"], "date_to": "2021-09-06"}, {"outlets": ["no such outlet"]}]


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    return run.build_tables(SEEDS, data_dir=tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="module")
def dravonia(tmp_path_factory):
    return run.build_tables(FIXTURES / "corpus", actors=FIXTURES / "actors.yaml", data_dir=tmp_path_factory.mktemp("data"))


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a, b, check_dtype=False, check_index_type=False, check_column_type=False,
                                  check_names=False)


def _cases(seeds, dravonia):
    return [seeds.filter(**f) for f in FILTERS] + [dravonia, dravonia.filter(date_to="2024-03-02")]


@pytest.mark.parametrize("which", range(len(FILTERS) + 2))
def test_corpus_aggregates_equal_the_pandas_ones(seeds, dravonia, which):
    t = _cases(seeds, dravonia)[which]
    c = t.corpus
    _same(queries.outlets(t), report.outlet_overview(c))
    _same(queries.articles_table(t), report.articles_table(c))
    _same(queries.wire_groups(t), report.wire_groups(c))
    _same(queries.removed_summary(t), report.removed_summary(c))
    _same(queries.removed_lines(t), report.removed_lines(c))
    _same(queries.ingest_problems(t), report.ingest_problems(c))
    assert (queries.removed_in_text(t) == 0) == report.removed_not_in_text(c)
    assert queries.count(t, "articles") == len(c.articles) and queries.count(t, "paragraphs") == len(c.paragraphs)
    lengths = queries.article_lengths(t)
    assert list(lengths["article_id"]) == list(c.articles["article_id"])


@pytest.mark.parametrize("which", range(len(FILTERS) + 2))
def test_quote_aggregates_equal_the_pandas_ones(seeds, dravonia, which):
    t = _cases(seeds, dravonia)[which]
    q, c = t.quotes, t.corpus
    _same(queries.voice_by_side(t), report.voice_by_side(q))
    _same(queries.side_by_outlet(t), report.side_by_outlet(q, c))
    _same(queries.top_speakers(t), report.top_speakers(q, c))
    _same(queries.anonymous_sources(t), report.anonymous_sources(q, c))
    assert queries.spans_inside(t, "quotes") == report.spans_inside(q, c)
    assert queries.values(t, "quotes", "kind") == set(q["kind"].dropna())


@pytest.mark.parametrize("which", range(len(FILTERS) + 2))
def test_tally_on_the_slim_corpus_equals_the_tally_on_the_whole_corpus(seeds, dravonia, which):
    t = _cases(seeds, dravonia)[which]
    claims, c = t.claims, t.corpus
    slim = queries.tally_corpus(t, claims)
    _same(presslens.tally(claims, slim), presslens.tally(claims, c))
    _same(report.tally_incidents(claims, slim), report.tally_incidents(claims, c))
    _same(report.tally_clusters(claims, slim), report.tally_clusters(claims, c))
    assert len(slim.sentences) <= len(claims)   # one sentence per claim at most, not the sentence table
    with pytest.raises(AttributeError):
        slim.removed


@pytest.mark.parametrize("which", range(len(FILTERS) + 2))
def test_the_tally_hands_over_its_incidents_and_clusters(seeds, dravonia, which):
    """Notebook 02 computes the repeat clusters and incidents once, inside the tally (`found=`), and shows those."""
    t = _cases(seeds, dravonia)[which]
    claims, slim = t.claims, queries.tally_corpus(t, t.claims)
    made = {}
    _same(presslens.tally(claims, slim, found=made), presslens.tally(claims, slim))
    assert set(made) == {"incidents", "clusters"}
    _same(report.tally_incidents(claims, slim, incidents=made["incidents"]), report.tally_incidents(claims, slim))
    _same(report.tally_clusters(claims, slim, clusters=made["clusters"]), report.tally_clusters(claims, slim))
    assert len(made["clusters"]) <= len(claims) and int(made["clusters"]["n_claims"].sum()) == len(claims)


@pytest.mark.parametrize("which", range(len(FILTERS) + 2))
def test_bias_measures_from_sparse_counts_equal_those_from_the_dense_table(seeds, dravonia, which):
    """Notebook 04 keeps only the non-zero counts and one base per article and measure (bias.Counts); the
    measures, their bootstrap intervals and the profile are those of the dense article x key table."""
    from presslens import bias
    t = _cases(seeds, dravonia)[which]
    scanned = queries.bias_corpus(t)
    quotes = queries.frame(t, "quotes", queries.BIAS_QUOTE_COLUMNS)
    claims = queries.frame(t, "claims", queries.BIAS_CLAIM_COLUMNS)
    lex = bias.load_lexicons(None, actors=t.actors)
    dense = bias.article_counts(scanned, quotes, claims, lexicons=lex)
    found = {}
    sparse = bias.article_counts(scanned, quotes, claims, lexicons=lex, found=found, sparse=True)
    assert isinstance(sparse, bias.Counts) and set(found) == {"labels", "verification"}
    assert len(sparse.num) == int(((dense["num"] != 0) | (dense["measure"] == "tone")).sum())
    for by in ("outlet", "article"):
        _same(bias.measures(scanned, counts=sparse, by=by, n_boot=200), bias.measures(scanned, counts=dense, by=by, n_boot=200))
    table = bias.measures(scanned, counts=sparse)
    _same(bias.outlet_profile(scanned, quotes, claims, lexicons=lex, table=table),
          bias.outlet_profile(scanned, quotes, claims, lexicons=lex, counts=dense))



@pytest.fixture(scope="module")
def seeds_in_parts(tmp_path_factory):
    """The seeds' tables built in batches of 2 articles: many Parquet parts, as a large corpus has."""
    from presslens import stream
    with pytest.MonkeyPatch.context() as mp:
        mp.setitem(stream.build_dataset.__kwdefaults__, "batch", 2)
        tables = run.build_tables(SEEDS, data_dir=tmp_path_factory.mktemp("data"))
        tables.store.corpus()
    return tables


@pytest.mark.parametrize("which", range(3))
def test_bias_counts_scanned_part_by_part_equal_those_of_the_whole_corpus(seeds_in_parts, which):
    """Notebook 04 scans the texts a few parts at a time (queries.bias_parts, bias.scan_counts) and keeps a corpus
    without texts: the label and verification tables, the measures with their intervals, the profile and the
    evidence rows' lead columns are those of article_counts on the whole corpus."""
    from presslens import bias
    t = seeds_in_parts.filter(**FILTERS[which])
    whole, slim = queries.bias_corpus(t), queries.bias_corpus(t, texts=False)
    quotes = queries.frame(t, "quotes", queries.BIAS_QUOTE_COLUMNS)
    claims = queries.frame(t, "claims", queries.BIAS_CLAIM_COLUMNS)
    lex = bias.load_lexicons(None, actors=t.actors)
    parts = list(queries.bias_parts(t, size=1))
    assert len(parts) >= (3 if which == 0 else 1) and sum(len(p.articles) for p in parts) == len(whole.articles)
    assert len(pd.concat([p.sentences for p in parts])) == len(whole.sentences) and slim.sentences.empty
    assert slim.articles["text"].str.len().max() <= queries.LEAD_CHARS < whole.articles["text"].str.len().max()
    found, ref_found = {}, {}
    ref = bias.article_counts(whole, quotes, claims, lexicons=lex, found=ref_found, sparse=True)
    got = bias.scan_counts(iter(parts), quotes, claims, lexicons=lex, wire=bias.wire_paragraphs(slim), found=found)
    for name in ("labels", "verification"):
        assert len(ref_found[name])
        _same(found[name], ref_found[name])
    table = bias.measures(slim, counts=got, n_boot=200)
    _same(table, bias.measures(whole, counts=ref, n_boot=200))
    _same(bias.outlet_profile(slim, quotes, claims, lexicons=lex, table=table),
          bias.outlet_profile(whole, quotes, claims, lexicons=lex, counts=ref, n_boot=200))
    _same(report.with_article(found["labels"], slim), report.with_article(ref_found["labels"], whole))
    assert queries.spans_hold(t, found["labels"])
    assert not queries.spans_hold(t, found["labels"].assign(start=found["labels"]["start"] + 1))

def _reference_findings():
    """The pandas findings.corpus / findings.quotes these queries replaced (issue 13), kept as the reference."""
    def corpus(tables):
        c = tables.corpus
        arts, paras, removed, log = c.articles, c.paragraphs, c.removed, c.ingest_log
        n = len(arts)
        if n == 0:
            return []
        published = pd.to_datetime(arts["published"], errors="coerce")
        named = arts["outlet"].dropna()
        kinds = report.frames._fill(removed["kind"]).value_counts() if len(removed) else None
        return [n, named.nunique(), n - len(named), published.min(), published.max(), int(published.isna().sum()),
                int(paras["wire_group"].notna().sum()), len(paras), int(arts["wire"].notna().sum()),
                int(arts["n_words"].median()), int(arts["n_words"].sum()),
                len(removed), None if kinds is None else (kinds.index[0], int(kinds.iloc[0])),
                removed["article_id"].nunique(), len(log), int((log["status"] == "rejected").sum())]

    def quotes(tables):
        q = tables.quotes
        sides = report.frames._fill(q["speaker_side"]).value_counts()
        return [len(q), q["speaker"].nunique(), q["article_id"].nunique(), int((q["kind"] == "direct").sum()),
                int(q["anonymous"].fillna(False).sum()), sides.index[0] if len(sides) else None]
    return corpus, quotes


@pytest.mark.parametrize("which", range(len(FILTERS) + 2))
def test_findings_state_what_the_pandas_tables_hold(seeds, dravonia, which):
    t = _cases(seeds, dravonia)[which]
    ref_corpus, ref_quotes = _reference_findings()
    key, ref = findings.corpus(t), ref_corpus(t)
    if not ref:
        assert not key.items
        return
    n, outlets, no_outlet, first, last, undated, shared, paras, credited, median, words, lines, top, hit, inputs, rejected = ref
    assert key["articles"].value == n and f"{n:,} article" in key["articles"].text
    assert f"from {outlets:,} named outlet" in key["articles"].text
    assert (f"({no_outlet:,} with no outlet named)" in key["articles"].text) == bool(no_outlet)
    assert f"{first.day} {first:%B %Y} to {last.day} {last:%B %Y}" in key["articles"].text
    assert key["wire"].value == shared and key["wire"].base == paras and f"{credited:,} of {n:,} articles" in key["wire"].text
    assert key["length"].value == median and f"{words:,} words in all" in key["length"].text
    if lines:
        assert key["removed"].value == lines and f"from {hit:,} of {n:,} articles" in key["removed"].text
        assert f"is {top[0].replace('_', ' ')}: {top[1]:,} of {lines:,} lines" in key["removed"].text
    assert key["inputs"].base == inputs and f"{rejected:,} rejected" in key["inputs"].text
    n_q, speakers, with_q, direct, anon, top_side = ref_quotes(t)
    q = findings.quotes(t)
    if n_q:
        assert q["statements"].value == n_q and f"from {speakers:,} distinct speaker" in q["statements"].text
        assert f"in {with_q:,} of {n:,} articles" in q["statements"].text and f"{direct:,} of {n_q:,}" in q["statements"].text
        assert q["anonymous"].value == anon and q["top_side"].text.lower().startswith(str(top_side).replace("_", " "))


def test_a_download_is_written_by_duckdb_and_linked(seeds, tmp_path, monkeypatch):
    monkeypatch.setenv("PRESSLENS_TABLES_DIR", str(tmp_path))
    whole = queries.table(seeds, "quotes")
    shown = queries.frame(seeds, "quotes", limit=10)
    table = report.quote_table(shown, queries.articles_for(seeds, shown["article_id"]), download=whole,
                               total=len(whole))
    written = pd.read_csv(tmp_path / "statements.csv")
    assert len(written) == len(seeds.quotes) == len(whole) and list(written.columns) == list(seeds.quotes.columns)
    assert f"{len(whole):,} rows" in table.markup and table.markup.count("<tr>") == 11   # header + 10 rows


def test_articles_for_reads_only_the_articles_asked_for(seeds):
    ids = list(seeds.corpus.articles["article_id"][:2])
    slim = queries.articles_for(seeds, ids)
    assert sorted(slim.articles["article_id"]) == sorted(ids)
    assert slim.articles.set_index("article_id")["text"].to_dict() == \
        seeds.corpus.articles.set_index("article_id").loc[ids, "text"].to_dict()

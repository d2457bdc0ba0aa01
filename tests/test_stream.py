"""presslens.stream: the partitioned, batch-by-batch build gives the tables of load_corpus + extract_quotes +
extract_casualties row for row; the two per-article report blow-ups are gone."""
from __future__ import annotations

import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from presslens import extract_casualties, extract_quotes, load_corpus, report, stream
from presslens.corpus import Corpus
from presslens.actors import load_actors

ROOT = Path(__file__).resolve().parents[1]


def reference(path: Path, actors: Path | None) -> dict[str, pd.DataFrame]:
    corpus = load_corpus(path, progress=False)
    registry = load_actors(actors) if actors else None
    quotes = extract_quotes(corpus, actors=registry)
    claims = extract_casualties(corpus, quotes=quotes, actors=registry)
    return {**{name: getattr(corpus, name) for name in corpus.TABLES}, "quotes": quotes, "claims": claims}


def assert_same_tables(folder: Path, expected: dict[str, pd.DataFrame]) -> None:
    corpus = stream.read_corpus(folder)
    for name, frame in expected.items():
        got = getattr(corpus, name) if name in stream.CORPUS_TABLES else stream.read_table(folder, name)
        assert_frame_equal(got, frame, obj=name)


def synthetic(folder: Path, n: int) -> Path:
    sys.path.insert(0, str(ROOT / "bench"))
    from synth import generate
    return generate(n, folder)


@pytest.mark.parametrize("batch", [2, 500])
def test_seeds_row_for_row(seeds_dir, tmp_path, batch):
    actors = ROOT / "lib" / "presslens" / "data" / "actors" / "panjshir-2021.yaml"
    summary = stream.build_dataset(seeds_dir, tmp_path / "out", actors=actors, batch=batch, workers=2, progress=False)
    assert summary["parts"] == (3 if batch == 2 else 1) and not summary["errors"]
    assert len(list((tmp_path / "out" / "sentences.parquet").glob("part-*.parquet"))) == summary["parts"]
    assert_same_tables(tmp_path / "out", reference(seeds_dir, actors))


def test_dev3_row_for_row(tmp_path):
    texts, actors = ROOT / "eval" / "dev3" / "texts", ROOT / "eval" / "dev3" / "actors.yaml"
    stream.build_dataset(texts, tmp_path / "out", actors=actors, batch=5, workers=2, progress=False)
    assert_same_tables(tmp_path / "out", reference(texts, actors))


def test_dev2_row_for_row(tmp_path):
    texts, actors = ROOT / "eval" / "dev2" / "texts", ROOT / "eval" / "dev2" / "actors.yaml"
    stream.build_dataset(texts, tmp_path / "out", actors=actors, batch=4, workers=2, progress=False)
    assert_same_tables(tmp_path / "out", reference(texts, actors))


def test_jsonl_shards_with_duplicates_and_empty_records(tmp_path):
    """Identical texts in different batches are loaded once; an empty record is rejected, named; the rest loads."""
    corpus = synthetic(tmp_path / "c", 60)
    first = (corpus / "shard_0000.jsonl").read_text(encoding="utf-8").splitlines()
    (corpus / "extra.jsonl").write_text("\n".join([first[3].replace('"a0000003"', '"copy3"'),
                                                    '{"id": "blank", "text": "  "}', "{not json"]) + "\n",
                                         encoding="utf-8")
    stream.build_dataset(corpus, tmp_path / "out", actors=None, batch=16, workers=2, progress=False)
    log = stream.read_table(tmp_path / "out", "ingest_log")
    assert_same_tables(tmp_path / "out", reference(corpus, None))
    reasons = dict(zip(log["article_id"].fillna(""), log["reason"].fillna("")))
    # extra.jsonl is read first (files in name order), so the shard's copy is the one left out
    assert "identical text to extra.jsonl#copy3" in reasons["shard_0000.jsonl#a0000003"]
    assert log["status"].eq("rejected").sum() == 3


def test_a_synthetic_corpus_row_for_row(tmp_path):
    corpus = synthetic(tmp_path / "c", 700)
    actors = ROOT / "lib" / "presslens" / "data" / "actors" / "panjshir-2021.yaml"
    summary = stream.build_dataset(corpus, tmp_path / "out", actors=actors, batch=128, workers=2, progress=False)
    assert summary["articles"] == 700 and summary["wire_paragraphs"] > 0
    assert_same_tables(tmp_path / "out", reference(corpus, actors))


def test_lazy_corpus_reads_a_table_only_when_used(tmp_path, seeds_dir):
    stream.build_dataset(seeds_dir, tmp_path / "out", progress=False)
    corpus = stream.read_corpus(tmp_path / "out")
    assert "sentences" not in vars(corpus)
    assert len(corpus.articles) == 5 and "sentences" not in vars(corpus)
    assert "5 articles" in corpus.summary()


# ------------------------------------------------------------------------------ report blow-ups

def _big_corpus(n_articles: int, claims_per_article: int):
    ids = [f"a{i:05d}" for i in range(n_articles)]
    text = "Officials said 12 soldiers were killed in the attack on the border post."
    articles = pd.DataFrame({"article_id": ids, "outlet": [f"Outlet {i % 7}" for i in range(n_articles)],
                             "published": pd.Timestamp("2023-05-01"), "text": text, "n_words": [100 + i % 900 for i in range(n_articles)]})
    paragraphs = pd.DataFrame({"article_id": ids, "start": 0, "end": len(text), "text": text,
                               "wire_group": [("W1" if i % 10 == 0 else None) for i in range(n_articles)]})
    claims = pd.DataFrame({"claim_id": [f"{a}#c{k}" for a in ids for k in range(claims_per_article)],
                           "article_id": [a for a in ids for _ in range(claims_per_article)],
                           "category": "killed", "low": 12, "high": 12, "vague": None, "victim_side": "army",
                           "victim_type": "soldiers", "claimant": None, "claimant_side": None, "hedged": False,
                           "hedge_cue": None, "event_date": None, "place": None, "text": "12 soldiers were killed",
                           "start": 15, "end": 38})
    return type("C", (), {"articles": articles, "paragraphs": paragraphs})(), claims


def test_claims_table_grows_linearly(tmp_path):
    """The article lookup is built once: 4x the articles and claims take about 4x the time, not 16x."""
    def seconds(n):
        corpus, claims = _big_corpus(n, 2)
        t = time.process_time()
        html = report.claims_table(claims, corpus)._repr_html_()
        assert html.count("Outlet 3") >= 1
        return time.process_time() - t
    small, large = seconds(500), seconds(2000)
    assert large < 8 * small, f"{small:.3f}s for 500 articles, {large:.3f}s for 2000"


def test_words_chart_is_a_histogram_for_many_articles():
    corpus, _ = _big_corpus(5000, 1)
    chart = report.chart_words(corpus)
    fig = getattr(chart, "figure", chart)
    width, height = fig.get_size_inches()
    assert height <= 6, "one bar per article: the chart grows with the corpus"
    bars = sum(len(c.patches) for c in fig.axes[0].containers)
    assert bars <= 100


def test_lazy_summary_is_the_corpus_summary_without_the_texts(tmp_path):
    """`presslens corpus` prints the summary of a streamed dataset from its slim columns and footers: the same
    text as the whole corpus's summary (wire paragraphs, problems and outlets included), no text table loaded."""
    corpus = synthetic(tmp_path / "c", 120)
    (corpus / "extra.jsonl").write_text('{"id": "blank", "text": "  "}\n{not json\n', encoding="utf-8")
    stream.build_dataset(corpus, tmp_path / "out", actors=None, batch=50, workers=1, progress=False)
    lazy = stream.read_corpus(tmp_path / "out", source="synthetic")
    text = lazy.summary()
    assert not {"articles", "paragraphs", "sentences", "removed"} & set(lazy.__dict__)
    whole = stream.read_corpus(tmp_path / "out", source="synthetic")
    expected = Corpus.summary(whole)
    assert text == expected and "paragraphs shared with another article" in text and "rejected" in text
    assert stream.read_corpus(tmp_path / "out", source="synthetic").summary() == expected

"""The pickled bench corpus (`bench/check_identical.py write REF` writes REF/NAME.corpus.pickle), cut to its first N
articles: what the instruction counts (passes_*.py), the bytecode count (opcount_quotes.py) and the pattern timings
(regex_costs.py) all run on."""
from __future__ import annotations

import pickle
from types import SimpleNamespace


def _first(path: str, n: int):
    with open(path, "rb") as fh:
        corpus = pickle.load(fh)
    return corpus, set(corpus.articles["article_id"].tolist()[:n])


def quote_input(path: str, n: int) -> SimpleNamespace:
    """The first `n` articles' rows of the tables `extract_quotes` reads (articles, paragraphs)."""
    corpus, ids = _first(path, n)
    return SimpleNamespace(articles=corpus.articles[corpus.articles["article_id"].isin(ids)],
                           paragraphs=corpus.paragraphs[corpus.paragraphs["article_id"].isin(ids)])


def casualty_input(path: str, n: int):
    """The corpus with its articles and sentences cut to the first `n` articles (as `extract_casualties` reads it)."""
    corpus, ids = _first(path, n)
    corpus.articles = corpus.articles[corpus.articles["article_id"].isin(ids)]
    corpus.sentences = corpus.sentences[corpus.sentences["article_id"].isin(ids)]
    return corpus

"""Session 13 (quotes speed): what the quote rules read from `quotes.reading` (the article lower-cased once, the
paragraph's masked and lower-cased copies, the sentence's slice) is what they computed for themselves before.

- `lowered_at_offsets`: a slice of the lower-cased article is the lower-cased slice, or it says None (İ, Σ);
- `ParagraphReading.m_low`: `m.lower()` where `match_len` lower-cased it before, None where it did not;
- `_ADVERBIAL.match_len`, `_find_cues`, `Actors.for_article` and `ArticleMentions.lowered` with the caller's
  lower-cased copy give what they give without it;
- `_analyse_paragraph` with the paragraph's lower-cased copy gives the records it gives without one.

Output identity over whole corpora is checked by bench/check_identical.py (docs/scale.md, "Session 13: quote
speed").
"""
from __future__ import annotations

from pathlib import Path

import pytest

from presslens.actors import load_actors
from presslens.config import DEFAULT_ACTORS
from presslens.mentions.layer import ArticleMentions
from presslens.mentions.lexicon import _find_cues
from presslens.quotes import quotes_for_article
from presslens.quotes.adverbials import _ADVERBIAL
from presslens.quotes.attribution import _analyse_paragraph
from presslens.quotes.reading import ArticleReading, ParagraphReading, lowered_at_offsets
from presslens.quotes.spans import MASK, find_quote_spans

ROOT = Path(__file__).resolve().parents[1]

#: texts whose lower-casing is not one letter for one letter (İ), depends on the neighbours (Σ), or which re.I
#: folds otherwise than str.lower (ı ſ), beside plain and curly-quoted ones
TEXTS = [
    'The ministry said on Monday that "we will not leave," adding that police had told residents to go.',
    "\u201cWe held,\u201d General Ali said in a statement on Telegram. Residents said by phone the road was cut.",
    "\u0130stanbul officials said on Tuesday the toll rose. Police told reporters the bridge was down.",
    "\u039f\u0394\u03a5\u03a3\u03a3\u0395\u0391\u03a3 said in an interview that \u03a3 fell. The army said later it held.",
    "Kad\u0131n said on Monday that \u017fome had fled. Officials said again they were safe.",
    "",
]


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


@pytest.mark.parametrize("text", TEXTS)
def test_slices_of_the_lowered_article_are_the_lowered_slices(text):
    low = lowered_at_offsets(text)
    if low is None:
        assert "\u03a3" in text or len(text.lower()) != len(text)
        return
    for a in range(0, len(text) + 1, 7):
        for b in range(a, len(text) + 1, 11):
            assert low[a:b] == text[a:b].lower()


def test_no_offsets_for_sigma_and_dotted_capital_i():
    assert lowered_at_offsets("\u0130zmir") is None            # 'İ' lower-cases to two characters
    assert lowered_at_offsets("\u039f\u03a3 \u03a3") is None     # final sigma reads its neighbours
    assert ArticleReading("\u03a3 fell").paragraph_low(0, 1) is None


@pytest.mark.parametrize("text", TEXTS)
def test_masked_paragraph_lowered_as_match_len_lowered_it(text):
    quotes = find_quote_spans(text)
    for low in (None, lowered_at_offsets(text)):
        reading = ParagraphReading(text, low, quotes=quotes)
        m = reading.m
        odd = any(c in m for c in "\u0130\u0131\u017f\u03a3")
        assert reading.m_low == (None if odd else m.lower())


@pytest.mark.parametrize("text", TEXTS)
def test_match_len_with_the_lowered_copy_is_the_match_of_the_slice(text):
    reading = ParagraphReading(text, lowered_at_offsets(text), quotes=find_quote_spans(text))
    m = reading.m
    found = 0
    for pos in range(len(m)):
        for end in (len(m), min(len(m), pos + 20)):
            want = _ADVERBIAL.match(m[pos:end])
            got = _ADVERBIAL.match_len(m, pos, end, reading.m_low)
            assert got == (want.end() if want else None)
            found += got is not None
    assert found or not text        # the texts hold adverbials: the comparison is not all None


@pytest.mark.parametrize("text", TEXTS)
def test_find_cues_with_the_lowered_copy(text):
    low = lowered_at_offsets(text)
    if low is not None:
        assert _find_cues(text, low) == _find_cues(text)


@pytest.mark.parametrize("text", TEXTS + _seed_texts()[:3])
def test_layer_and_registry_view_with_the_callers_copy(text):
    actors = load_actors(DEFAULT_ACTORS)
    assert actors.for_article(None, text, lowered=text.lower()) is actors.for_article(None, text)
    with_copy = ArticleMentions(text, actors, lowered=text.lower())
    assert with_copy.lowered() == ArticleMentions(text, actors).lowered()
    assert (with_copy.lowered() is None) == ("\u0130" in text or "\u0131" in text or "\u017f" in text)


@pytest.mark.parametrize("text", TEXTS + _seed_texts())
def test_paragraph_records_with_and_without_the_lowered_copy(text):
    """Each paragraph of the text (its lines) analysed with its slice of the lowered article and without one."""
    reading = ArticleReading(text)
    at, n = 0, 0
    for pidx, line in enumerate(text.split("\n")):
        a, b = at, at + len(line)
        at = b + 1
        if not line.strip():
            continue
        with_low, without = [], []
        _analyse_paragraph(line, a, pidx, with_low, reading.paragraph_low(a, b))
        _analyse_paragraph(line, a, pidx, without)
        assert with_low == without          # (dataclass equality: every field)
        n += len(with_low)
    assert n or not text.strip() or MASK in text      # the texts hold statements


def test_quotes_of_a_text_with_dotted_capital_i():
    """The article cannot be sliced (İ): its paragraphs lower-case themselves, and its statements are found."""
    rows = quotes_for_article("t.txt", "\u0130stanbul police said on Monday that the road was cut.")
    # (the speaker's span is the phrase; the name the mention layer gives it is its own business)
    assert [(r["speaker_start"], r["speaker_end"], r["text"]) for r in rows] == [(0, 15, "the road was cut")]

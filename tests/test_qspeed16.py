"""Session 16, quote speed: a paragraph's cue scan skips its quotes. `_analyse_paragraph` used to scan the whole
paragraph for cue words, then drop the cues that start inside a quote (`m[cs] != MASK`); it now finds the quotes
first and scans only what lies outside them (`spans._unmasked`, `lexicon._find_cues_between`,
`fastre.LedByBoundary.spans_between`). Each is checked here against the old formula (kept as the reference) on
made-up paragraphs with every kind of quote mark, at windows that start and end anywhere, and the paragraph gate
still reads a paragraph whose only cue is inside a quote.
"""
from __future__ import annotations

import pytest
from pattern_windows import windows

from presslens.mentions.lexicon import _find_cues, _find_cues_between
from presslens.quotes.attribution import _analyse_paragraph
from presslens.quotes.spans import MASK, _mask, _unmasked, find_quote_spans

PARAGRAPHS = [
    'The army said "we told them to leave" and the rebels denied it, according to residents.',
    '“We warned them,” said Col. Amadou Diallo, adding: “they claimed nothing.” Officials confirmed.',
    "‘They said it was over,’ she told reporters, who noted «ils ont dit non» and „er sagte“ here.",
    'He said "unclosed quote that says everything and told',
    'said"told"said "said" said-"told"-said ‚said‘ ’said’ re-said said- -said',
    "Il a déclaré « nous avons dit » ; İstanbul officials said ſaid, and the ministry said „so“.",
    'A man who asked not to be named said: "They added that the army reported 12 dead." Police declined to comment.',
    "According to\nthe ministry, ''double apostrophes'' said the spokesman, 'single' told",
    'no cue here at all, "only inside: he said so"',
    "",
]


def _old_cues(para: str, low: str | None) -> list[tuple[int, int]]:
    """The formula before session 16: every cue of the paragraph, then those that start inside a quote dropped."""
    cues = _find_cues(para, low)
    quotes = find_quote_spans(para)
    if quotes:
        m = _mask(para, quotes)
        cues = [(cs, ce) for cs, ce in cues if m[cs] != MASK]
    return cues


def _new_cues(para: str, low: str | None) -> list[tuple[int, int]]:
    """The formula of `_analyse_paragraph` now."""
    quotes = find_quote_spans(para)
    return _find_cues_between(para, low, _unmasked(quotes, len(para))) if quotes else _find_cues(para, low)


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_cues_outside_quotes_as_before(text):
    """Every window of each paragraph (any start and end, so quotes open and close anywhere): the same cues, with the
    paragraph lower-cased by the caller and without."""
    for lo, hi in windows(text, 3, 4):
        para = text[lo:hi]
        low = para.lower() if len(para.lower()) == len(para) else None
        assert _new_cues(para, low) == _old_cues(para, low), (lo, hi)
        assert _new_cues(para, None) == _old_cues(para, None), (lo, hi)


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_unmasked_is_what_mask_leaves(text):
    """`_unmasked` gives exactly the characters `_mask` keeps, as ranges in order, none empty."""
    for lo, hi in windows(text, 2, 3):
        para = text[lo:hi]
        quotes = find_quote_spans(para)
        m = _mask(para, quotes)
        ranges = _unmasked(quotes, len(para))
        kept = [i for a, b in ranges for i in range(a, b)]
        assert kept == [i for i, c in enumerate(m) if c != MASK or para[i] == MASK]
        assert all(a < b for a, b in ranges)


def test_cue_inside_a_quote_only_still_opens_the_paragraph(monkeypatch):
    """The gate: a paragraph whose one cue stands inside a quote (no colon, dash, 'that' or 'reports') is still read
    past the gate, as the whole-paragraph scan let it through; a paragraph with no cue anywhere is not."""
    from presslens.quotes import attribution
    read: list[str] = []
    original = attribution.ParagraphReading

    def reading(para, low=None, *, quotes):
        read.append(para)
        return original(para, low, quotes=quotes)

    monkeypatch.setattr(attribution, "ParagraphReading", reading)
    inside = '"We said enough" was painted on the wall of the depot in Kharu'
    nowhere = '"We want enough" was painted on the wall of the depot in Kharu'
    assert _find_cues(inside, inside.lower()) and not _new_cues(inside, inside.lower())
    assert not _find_cues(nowhere, nowhere.lower())
    for para in (inside, nowhere):
        _analyse_paragraph(para, 0, 0, [], para.lower())
    assert read == [inside]

"""Session 12 (quotes speed): the faster twins give what the patterns they stand for give.

- `fastre.ascii_twin`: a pattern compiled with re.ASCII for ASCII text (the cue scan of an ASCII paragraph),
  the same matches as the Unicode pattern on any ASCII string, the separators \\x1c-\\x1f (whitespace to `re` on
  a str, not to re.ASCII's \\s) included;
- `mentions.coref.credited_document` with the article lower-cased (`ArticleMentions.lowered`): the same
  documents as without it;
- the cue scan (`_find_cues`, `_first_cue`) on ASCII and non-ASCII copies of a sentence.

Output identity over whole corpora is checked by bench/check_identical.py (docs/scale.md, "Session 12: quote
speed").
"""
from __future__ import annotations

import re

import pytest

from presslens.fastre import LedByBoundary, ascii_twin
from presslens.mentions.coref import credited_document
from presslens.mentions.layer import ArticleMentions
from presslens.mentions.lexicon import _cue_scan, _cues, _find_cues, _first_cue
from presslens.quotes import quotes_for_article

ASCII_TEXTS = [
    "He said that the army would leave, adding\x1cthat it had not.",
    "According to\x1f officials, the raid killed 12; police   told reporters\tthat the toll rose.",
    "X-said y_said said-x (said) 'told' pointed out, pointed\x1dout; calls on",
    "",
    "said",
]


@pytest.mark.parametrize("pattern", [
    r"(?<![\w\-])(?:said|told|pointed\s+out)(?![\w\-])",
    r"[^\w\-](?:according\s+to|calls?\s+on)(?!\S)",
    r"[\s,;]+that\b",
    r"\bto\s+(?:be|have)\b",
    r"[^\s\w]+\S*",
])
@pytest.mark.parametrize("text", ASCII_TEXTS)
def test_ascii_twin_matches_the_unicode_pattern_on_ascii_text(pattern, text):
    twin = re.compile(ascii_twin(pattern), re.ASCII)
    assert [m.span() for m in twin.finditer(text)] == [m.span() for m in re.finditer(pattern, text)]


def test_ascii_twin_needs_the_separators():
    """Without them re.ASCII's \\s would miss what `re` matches on a str: the twin is not a plain re.ASCII copy."""
    text = "pointed\x1cout"
    assert re.search(r"pointed\s+out", text)
    assert not re.search(r"pointed\s+out", text, re.ASCII)
    assert re.search(ascii_twin(r"pointed\s+out"), text, re.ASCII)


def test_cue_scan_twin_is_the_scan_on_ascii_text():
    scan = _cue_scan()
    assert scan.ascii.flags & re.ASCII and not scan.rx.flags & re.ASCII
    plain = LedByBoundary.__new__(LedByBoundary)
    plain.rx = plain.ascii = scan.rx         # the Unicode pattern for every string
    for text in ASCII_TEXTS + ["The ministry said on Monday that police had told residents to leave."]:
        low = text.lower()
        assert scan.spans(low) == plain.spans(low)


@pytest.mark.parametrize("text", [
    "The ministry said on Monday that police told residents to leave, adding that nine died.",
    "The ministry said on Monday that police told “residents” to leave, adding that nine died.",
])
def test_find_cues_same_on_ascii_and_unicode_copies(text):
    """The curly quotes make the second string non-ASCII (the Unicode pattern); the cues found are the same."""
    found = [text[a:b] for a, b in _find_cues(text)]
    assert found == ["said", "told", "adding"]
    assert _first_cue(text) == text.index("said")
    forms = _cues()[0]
    assert all(f.lower() in forms for f in found)


DOC_TEXTS = [
    # (text, speaker phrase, statement words): the speaker before and after the statement
    ("In a statement released late on Friday, the security forces said they hit a camp. The statement said more.",
     "the security forces", "they hit a camp"),
    ("IN ITS LATEST REPORT, the Monitor said 40 died.", "the Monitor", "40 died"),
    ("Nine died, according to a communiqué issued by the Press Office. Families spoke.",
     "a communiqué issued by the Press Office", "Nine died"),
    ("Nine died, according to a Communiqué, TWEETS and a Press   Release of the Office.",
     "a Communiqué, TWEETS and a Press   Release of the Office", "Nine died"),
    ("Through their letter, rebels said the road was cut.", "rebels", "the road was cut"),
    ("The army said the road was cut.", "The army", "the road was cut"),
]


@pytest.mark.parametrize("text, speaker, words", DOC_TEXTS)
@pytest.mark.parametrize("named", [True, False])
def test_credited_document_same_with_the_lowered_article(text, speaker, words, named):
    start = text.index(speaker)
    end = start + len(speaker)
    said = (text.index(words), text.index(words) + len(words))
    plain = credited_document(text, start, end, said, named=named)
    assert credited_document(text, start, end, said, named=named, lowered=text.lower()) == plain


def test_credited_document_finds_documents_with_the_lowered_article():
    text, speaker, words = DOC_TEXTS[0]
    start = text.index(speaker)
    said = (text.index(words), text.index(words) + len(words))
    assert credited_document(text, start, start + len(speaker), said, named=False, lowered=text.lower()) \
        == frozenset({"statement"})
    text, speaker, words = DOC_TEXTS[3]
    start = text.index(speaker)
    said = (0, len(words))
    assert credited_document(text, start, start + len(speaker), said, named=True, lowered=text.lower()) \
        == frozenset({"statement", "tweet"})


@pytest.mark.parametrize("text, lowered", [
    ("The Army said", "the army said"),
    ("İstanbul officials said", None),          # lower-casing lengthens İ: no lowered copy
    ("The ſtatement said", None),               # re.I folds ſ to s, str.lower() does not
])
def test_layer_lowered(text, lowered):
    assert ArticleMentions(text, None).lowered() == lowered


def test_statement_taken_up_through_the_credited_document():
    """End to end: 'The statement said' later is the speaker whose credit named the statement."""
    text = ("In a statement released late on Friday, the security forces said they hit a camp.\n\n"
            "The statement said nine fighters were killed.")
    rows = quotes_for_article("a.txt", text)
    assert [(r["speaker"], r["speaker_by"]) for r in rows][-1] == ("security forces", "credited_document")


TWIN_TEXTS = ASCII_TEXTS + [
    "Nine died, the ministry said. \"We will stay,\" he told the weekly Ponto Norte.",
    "The army confirmed the attack to the weekly newspaper Ponto Norte.",
    "He spoke to\x1cthe local radio\x1fDawn. It's 'over', Gen. A. Smith said, which was not true",
    "Ruvia's envoy, writes X, told Reuters by phone",
]


def _module_twins():
    from presslens.mentions.context import _RX_TAIL_STOP, _RX_TAIL_STOP_ASCII
    from presslens.quotes.content import _RX_TO_OUTLET_TAIL, _RX_TO_OUTLET_TAIL_ASCII
    from presslens.quotes.spans import _QUOTE_CHARS, _QUOTE_CHARS_ASCII
    return [(_RX_TAIL_STOP, _RX_TAIL_STOP_ASCII), (_RX_TO_OUTLET_TAIL, _RX_TO_OUTLET_TAIL_ASCII),
            (_QUOTE_CHARS, _QUOTE_CHARS_ASCII)]


@pytest.mark.parametrize("text", TWIN_TEXTS)
def test_module_twins_match_on_ascii_text(text):
    """Each pattern the rules run on an ASCII string through its twin finds what the pattern finds."""
    assert text.isascii()
    for rx, twin in _module_twins():
        assert [m.span() for m in twin.finditer(text)] == [m.span() for m in rx.finditer(text)], rx.pattern[:40]
        for pos in range(0, len(text), 7):
            a, b = rx.search(text, pos), twin.search(text, pos)
            assert (a and a.span()) == (b and b.span())


def test_quote_spans_same_through_the_ascii_twin():
    from presslens.quotes.spans import find_quote_spans
    text = "He said \"we will stay\" and 'then' left; it's theirs."
    assert find_quote_spans(text) == [(8, 21, True), (27, 32, True)]
    assert find_quote_spans(text.replace('"', "\u201c", 1)) == [(8, 21, True), (27, 32, True)]

"""Session 7 (s7-qspeed): the quote extractor's scans led by a boundary class, and its word gates, give what the
patterns they stand in for give. Each shortcut is checked against the written pattern on every paragraph of
the seeds, dev2 and dev3 (and their suffixes, which start mid-word), and on generated strings of the
characters the boundaries turn on."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens import load_corpus
from presslens.actors import fold, load_actors
from presslens.config import DEFAULT_ACTORS
from presslens.fastre import LedByBoundary
from presslens.mentions.lexicon import _cues, _find_cues, _first_cue

ROOT = Path(__file__).resolve().parents[1]
SETS = {"seeds": (ROOT / "seeds", DEFAULT_ACTORS),
        "dev2": (ROOT / "eval" / "dev2" / "texts", ROOT / "eval" / "dev2" / "actors.yaml"),
        "dev3": (ROOT / "eval" / "dev3" / "texts", ROOT / "eval" / "dev3" / "actors.yaml")}


@pytest.fixture(scope="module")
def paragraphs():
    """Every paragraph of the tracked sets, and each one's second half (a string that starts mid-word)."""
    out = []
    for folder, _ in SETS.values():
        corpus = load_corpus(folder, workers=1, progress=False)
        texts = dict(zip(corpus.articles["article_id"], corpus.articles["text"]))
        for aid, a, b in zip(corpus.paragraphs["article_id"], corpus.paragraphs["start"], corpus.paragraphs["end"]):
            para = texts[aid][a:b]
            out += [para, para[len(para) // 2:]]
    assert len(out) > 500
    return out


def _written_cues(s: str) -> list[tuple[int, int]]:
    return [mt.span() for mt in _cues()[1].finditer(s)]


def test_cue_scan_equals_the_written_pattern(paragraphs):
    found = 0
    for para in paragraphs:
        spans = _find_cues(para)
        assert spans == _written_cues(para), para
        first = _cues()[1].search(para)
        assert _first_cue(para) == (first.start() if first else -1)
        found += len(spans)
    assert found > 300


_PIECES = st.sampled_from(["said", "Said", "SAID", "told", "according", " to", "according to", "added", "-", "--", " ",
                           "\n", ",", ".", "_", "x", "ſ", "ı", "İ", "é", "“", "\ue000", "warned", "saying", "3"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_cue_scan_on_generated_text(s):
    assert _find_cues(s) == _written_cues(s)
    first = _cues()[1].search(s)
    assert _first_cue(s) == (first.start() if first else -1)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ab", "a", "b", "b.", ".", " ", "-", "@", "_", "ba", "a.b"]), max_size=12).map("".join))
def test_led_by_boundary_resumes_on_the_last_character(s):
    """A phrase ending on a stop ('b.') may be the look-behind of the next match: the scan resumes there."""
    body = r"(?:a\.b|ab|b\.|a)(?![\w])"
    led = LedByBoundary(r"\w@", body)
    assert led.spans(s) == [mt.span() for mt in re.finditer(r"(?<![\w@])" + body, s)]


def test_registry_name_spans_equal_finditer(paragraphs):
    """WordGated.spans (the organisations of an article, mentions.context._org_mentions) on whole articles."""
    for _, registry in SETS.values():
        gated = load_actors(registry)._names_re
        assert gated.led is not None
        text = fold(" ".join(paragraphs))
        for k in range(0, len(text), 5000):
            chunk = text[k:k + 6000]
            assert gated.spans(chunk) == [mt.span() for mt in gated.rx.finditer(chunk)]


# ------------------------------------------------------------------------------------------------
# first-character gates (fastre.first_chars, GatedMatch) and the literal gates of quotes.clause
# ------------------------------------------------------------------------------------------------
from presslens.fastre import GatedMatch, first_chars  # noqa: E402
from presslens.quotes import adverbials, clause  # noqa: E402

_GATED = {"lead_adv": adverbials._LEAD_ADV, "coord_only": clause._RX_COORD_ONLY, "lead_conj": clause._RX_LEAD_CONJ,
          "preposition": clause._RX_PREPOSITION}
_OPENINGS = st.sampled_from(["But ", "but ", "BUT ", "And ", "and", "In Kabul ", "On Monday ", "with ", "With ", "of",
                             "ıf ", "İn ", "ſo ", "Kovac ", "the ", "The ", " ", ",", "then", "and then", "While ",
                             "while ", "Yet ", "though", "amid ", "after ", "Today ", "x", "", "é", "\u212aovac"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_OPENINGS, max_size=5).map("".join))
def test_gated_match_equals_match(s):
    for rx in _GATED.values():
        gated = GatedMatch(rx)
        assert gated.first is not None
        a, b = gated.match(s), rx.match(s)
        assert (a and a.span()) == (b and b.span())
        a, b = gated.fullmatch(s), rx.fullmatch(s)
        assert (a and a.span()) == (b and b.span())


def test_first_chars_is_none_beyond_what_it_reads():
    assert first_chars(re.compile(r"\w+")) is None             # a category
    assert first_chars(re.compile(r"[^a]")) is None            # a negated class
    assert first_chars(re.compile(r"(?:ab)?")) is None         # matches nothing at all
    assert first_chars(re.compile(r"é", re.I)) is None         # a letter beyond ASCII under re.I
    assert first_chars(re.compile(r"(?<!x)(?:ab|c)d")) == frozenset("ac")
    assert first_chars(re.compile(r"x?y")) == frozenset("xy")


def test_first_chars_on_every_opening(paragraphs):
    """Every paragraph suffix that a gated pattern matches opens on one of its first characters."""
    for rx in _GATED.values():
        first = first_chars(rx)
        for para in paragraphs:
            for k in range(0, len(para), 7):
                if rx.match(para, k):
                    assert para[k] in first


def test_subordinate_gate(paragraphs):
    """_RX_SUBORDINATE finds nothing in a phrase without one of clause._SUBORDINATORS."""
    for para in paragraphs:
        for k in range(0, len(para), 11):
            piece = para[k:k + 90]
            if not any(w in piece for w in clause._SUBORDINATORS):
                assert clause._RX_SUBORDINATE.search(piece) is None


def test_inventory_gates(paragraphs):
    """mentions.names: _RX_LEAD_PHRASE needs one of its lead words, _RX_LATE one of its late or kin words."""
    from presslens.mentions import names
    lead_hits = late_hits = 0
    for para in paragraphs + ["Asked about it, X", "ASKED, X", "In an interview, X", "a nephew of X", "aſked, X"]:
        for k in range(0, len(para), 5):
            own = para[k:k + 40]
            if names._RX_LEAD_PHRASE.match(own):
                lead_hits += 1
                assert names._lead_phrase_possible(own), own
            fb = fold(para[k:k + 60])
            if names._RX_LATE.search(fb):
                late_hits += 1
                assert "late" in fb or "slain" in fb or "assassinated" in fb or any(w in fb for w in names._KIN_WORDS), fb
    assert lead_hits and late_hits

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
from presslens.actors import fold
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


# ------------------------------------------------------------------------------------------------
# the literal gates of quotes.clause and mentions.names
# ------------------------------------------------------------------------------------------------
from presslens.quotes import clause  # noqa: E402


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


def test_segment_cuts_without_a_dash(paragraphs):
    """quotes.clause: in a clause without a dash the dash-free cut pattern finds the same cuts."""
    for para in paragraphs:
        for k in range(20, len(para), 13):
            pre = para[:k]
            if "-" in pre or "\u2014" in pre or "\u2013" in pre:
                continue
            assert [mt.span() for mt in clause._RX_SEGMENT_CUT_NO_DASH.finditer(pre)] == \
                [mt.span() for mt in clause._RX_SEGMENT_CUT.finditer(pre)]


_AUX_PIECES = st.sampled_from(["The ministry", " has", " also", " HAS", " on Monday", " Monday", " in a statement", " in an",
                               " interview", " yesterday", " later", "\n", "  ", ",", " ı", " ſ", " İ", " \u212a", " x"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_AUX_PIECES, max_size=8).map("".join))
def test_strip_aux_tail_equals_the_pattern(s):
    from presslens.quotes.adverbials import _AUX_TAIL, strip_aux_tail
    assert strip_aux_tail(s) == _AUX_TAIL.sub("", s)


def test_strip_aux_tail_on_clauses(paragraphs):
    from presslens.quotes.adverbials import _AUX_TAIL, strip_aux_tail
    stripped = 0
    for para in paragraphs:
        for k in range(10, len(para), 9):
            pre = para[max(0, k - 100):k]
            assert strip_aux_tail(pre) == _AUX_TAIL.sub("", pre)
            stripped += strip_aux_tail(pre) != pre
    assert stripped > 10


def test_statement_noun_gate(paragraphs):
    """quotes.nominal: a sentence without a statement noun is not searched (the pattern finds none there)."""
    from presslens.quotes import nominal
    for para in paragraphs + ["Despite CLAIMS by Belgrade that the offensive was over, fighting went on."]:
        if not any(w in para.lower() for w in nominal._NOUN_GATE):
            assert nominal._RX_NOUN_BY_AGENT.search(para) is None
    s = "The KLA said it would fight on despite claims by Belgrade that the offensive was over."
    assert len(nominal.statement_noun_by_agent(s, 0, len(s))) == 1

"""casualties speed (s9-speed): the gates before side_continuation's passage patterns and the transcript turns read on
first use give what the ungated, eager code gives."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from presslens.casualties.claimants import ArticleVoices
from presslens.casualties.extract import split_sentences
from presslens.casualties.scan import Gated, LiteralGated
from presslens.casualties.side_continuation import _RX_ATTACKED, _RX_UNIT
from presslens.casualties.sides import SideWords
from presslens.casualties.sources_around import _transcript_turns

from dev_sentences import article_sentences


def _passages(tmp_path: Path) -> list[str]:
    """Every dev and bench sentence (tests/dev_sentences.py), lower-cased as force_passage reads them, and each with
    the sentence before it (the passage the rule scans)."""
    out = []
    for article in article_sentences(tmp_path):
        low = [sent.lower() for sent in article]
        out += low + [f"{x} {y}" for x, y in zip(low, low[1:])]
    return out


def _all(rx, text: str):
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


def test_passage_patterns_are_gated():
    assert isinstance(_RX_UNIT, LiteralGated) and _RX_UNIT.literals and "patrol" in _RX_UNIT.literals
    assert isinstance(_RX_ATTACKED, Gated) and _RX_ATTACKED.gate.search("the convoy was ambushed")
    assert _RX_ATTACKED.search("the convoy was ambushed near the bridge").group("subj") == "the convoy "
    assert _RX_ATTACKED.search("the convoy was stopped near the bridge") is None
    assert _RX_UNIT.search("a patrol of the southern army hit a mine").group("unit") == "patrol"
    assert _RX_UNIT.search("the soldiers hit a mine") is None


def test_passage_gates_on_every_dev_and_bench_passage(tmp_path):
    passages = _passages(tmp_path)
    assert len(passages) > 5000
    hits = {"unit": 0, "attacked": 0}
    for text in passages:
        unit = _all(_RX_UNIT, text)
        assert unit == _all(_RX_UNIT.rx, text), text
        attacked = _RX_ATTACKED.search(text)
        plain = _RX_ATTACKED.rx.search(text)
        assert (attacked and (attacked.span(), attacked.groupdict())) == (plain and (plain.span(), plain.groupdict()))
        hits["unit"] += bool(unit)
        hits["attacked"] += attacked is not None
    assert hits["unit"] > 0 and hits["attacked"] > 0     # (the comparison met matches, not only misses)


_SALAD = ["the", "troops", "were", "was", "had", "been", "came", "under", "attack", "fire", "ambushed", "shot",
          "down", "blown", "up", "fired", "on", "hit", "a", "patrol", "unit", "task", "force", "of", "from",
          "battalions", "company", "convoy", "angolan", "army's", ",", "-", "’s", "united"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SALAD), max_size=18), st.sampled_from([" ", "  ", "\n"]))
def test_passage_gates_on_word_salad(words, sep):
    text = sep.join(words)
    assert _all(_RX_UNIT, text) == _all(_RX_UNIT.rx, text)
    assert _all(_RX_ATTACKED, text) == _all(_RX_ATTACKED.rx, text)


_TRANSCRIPT = ("PRESENTER: Good evening. Reports say 12 people died in Kolda.\n"
               "AMINATA DIALLO (mayor of Kolda): Twelve people were killed and the market burned.\n"
               "PRESENTER: Who attacked?\n")


def test_transcript_turns_read_on_first_use():
    for text in (_TRANSCRIPT, "Twelve people were killed in Kolda, the mayor said."):
        voices = ArticleVoices(text, split_sentences(text), [], SideWords())
        assert voices._turns is None                      # not scanned when the article is opened
        assert voices.turns == _transcript_turns(text)
        assert voices.turns is voices.turns               # scanned once
    assert [who for _, who in _transcript_turns(_TRANSCRIPT)] == [None, "Aminata Diallo", None]

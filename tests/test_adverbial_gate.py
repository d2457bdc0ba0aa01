"""`may_open_adverbial` is an exact gate for `_ADVERBIAL.match`: whenever it says False, the pattern finds nothing
(the subject's leading adverbial, quotes.clause._subject_left, is asked of the pattern only when the gate says True).
"""
from __future__ import annotations

import itertools

import pytest

from presslens.quotes.adverbials import _ADVERBIAL, _ADVERBIAL_FIRST, may_open_adverbial
from presslens.quotes.clause import _subject_left

#: words a subject phrase opens on, the adverbials' first words and near misses of them
_WORDS = sorted(_ADVERBIAL_FIRST | {
    "the", "The", "a", "an", "officials", "Officials", "police", "he", "He", "Hamas", "Kyiv", "residents", "thi",
    "ont", "onto", "into", "inside", "lately", "earliest", "Mondays", "Mayor", "Marine", "Decembers", "Junta",
    "attack", "atop", "toward", "towards", "bystanders", "viable", "throughout", "during", "nowhere", "oncee",
    "also-ran", "again-", "Sept", "SEPT", "MONDAY", "ON", "Tonight", "Earlier", "Later", "Today", "Yesterday",
    "Separately", "Further", "Previously", "Via", "In", "At", "To", "By", "Last", "This", "Late", "Early",
})
#: what follows the first word
_TAILS = ("", " Monday the army", " a statement, the army", " the weekend", " week", " 12, 2024 the army", ". 3 army",
          "(local time) the army", "'s army", ", the army", "-based group", "_x", "1 army", " reporters the army",
          " telephone", " a news conference in Kabul", " state television", " satellite phone", " morning",
          " this week", " on Monday", " on Telegram", " Kabul, the army")


@pytest.mark.parametrize("word", _WORDS)
def test_gate_false_means_no_adverbial(word: str) -> None:
    for tail in _TAILS:
        s = word + tail
        assert may_open_adverbial(s) or _ADVERBIAL.match(s) is None, s


@pytest.mark.parametrize("s", [
    "\u017ftarting Monday the army",     # a long s: the case-insensitive pattern folds it; the gate passes it on
    "thi\u017f week the army", "la\u017ft week", "\u0130n a statement", "\u0131n a statement", "\xa0on Monday",
    ", on Monday", "12 March the army", "\u0663 March",
])
def test_gate_passes_what_it_cannot_read(s: str) -> None:
    """A string that does not open on ASCII letters followed by an ASCII character is left to the pattern."""
    assert may_open_adverbial(s)


@pytest.mark.parametrize("s, opens", [
    ("the army", False), ("Hamas", False), ("officials at the headquarters", False), ("Kyiv's mayor", False),
    ("Mondays the army", False), ("Mayor Smith", False), ("atop the hill", False), ("earliest reports", False),
    ("On Monday the army", True), ("in a statement the ministry", True), ("Sept. 12 the army", True),
    ("Monday's statement", True), ("yesterday the army", True), ("via Telegram the group", True),
])
def test_gate_on_made_up_phrases(s: str, opens: bool) -> None:
    assert may_open_adverbial(s) is opens
    if not opens:
        assert _ADVERBIAL.match(s) is None


@pytest.mark.parametrize("sentence, cue, subject", [
    ("On Monday the army said it had taken the town.", "said", "the army"),
    ("Then on Monday the rebels claimed the attack.", "claimed", "the rebels"),
    ("But in a statement the rebels claimed the attack.", "claimed", "the rebels"),
    ("Yesterday a local official in the province told reporters ten died.", "told", "a local official in the province"),
    ("The provincial governor said the road was closed.", "said", "The provincial governor"),
    ("Officials at the headquarters of the mission said two were hurt.", "said", "Officials at the headquarters of the mission"),
    ("Thi\u017f week the army said it held the bridge.", "said", "the army"),
])
def test_subject_left_with_the_gate(sentence: str, cue: str, subject: str) -> None:
    """The subject before a cue, a leading time or channel adverbial taken off (made-up sentences)."""
    sp = _subject_left(sentence, 0, sentence.index(" " + cue) + 1)
    assert sp is not None and sentence[sp[0]:sp[1]] == subject


def test_every_first_word_can_open_an_adverbial() -> None:
    """The table holds no word the pattern cannot open on (each is a real first word, with some continuation)."""
    conts = [" Monday", " week", " statement", " reporters", " telephone", " the weekend", "", " 12", " morning",
             " a news conference"]
    for word in _ADVERBIAL_FIRST:
        assert any(_ADVERBIAL.match(a + b) for a, b in itertools.product([word], conts)), word

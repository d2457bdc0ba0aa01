"""Session 14, quote speed second pass: work done on demand gives what it gave when done eagerly.

- `fold` (presslens.actor_words) ran the combining marks' substitution over every non-ASCII text, though an
  article whose only non-ASCII characters are curly quotes and dashes has no mark to take; it now runs it only
  where the decomposed text holds a mark (or a character beyond the BMP). Checked against the eager formula.
- `Mention` (mentions.names): the gender context and the descriptor of each name run were built for every run of
  every article; they are made from the kept text around the run on first ask, and kept.
"""
from __future__ import annotations

import re
import unicodedata

import pytest

from presslens.actor_words import fold
from presslens.mentions.names import _inventory


def _eager_fold(text: str) -> str:
    """The fold formula with every mark taken out, whatever the text holds."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


@pytest.mark.parametrize("text", [
    "Kesić’s men",                                  # a precomposed accent: the marks' substitution runs
    "“We will not go back,” the Oruba elder said — ‘never’.",     # curly quotes and a dash only: it is skipped
    "Ni\u0301colás said so\u2026",                   # a mark written apart, and an ellipsis that NFKD spells out
    "Ʃamir \U0001d400\U0001d167 sa\u0308id",         # a mark beyond the BMP, a mathematical capital
    "İlkay ıssız ſtrasse",                           # letters that lower-case oddly
    "plain ASCII, Gen. Dao",
    "",
])
def test_fold_as_eager(text):
    fold.cache_clear()
    assert fold(text) == _eager_fold(text)


def test_fold_of_every_code_point_in_a_word():
    fold.cache_clear()
    odd = [c for c in range(0x80, 0x110000, 7) if not 0xD800 <= c < 0xE000]
    assert [fold("a" + chr(c) + "b") for c in odd] == [_eager_fold("a" + chr(c) + "b") for c in odd]


_TEXT = ("Speaking to reporters in Tarvia, Gen. Amina Bello, the army's spokeswoman, said the road was open.\n\n"
         "Mr. Dario Velk said the fighting had stopped. The late Col. Ines Marr was buried on Monday.\n\n"
         "Talking of the dead, Father Tomas Ruel, 54, a priest in Oruba, said the villagers had fled.")


def test_mention_descriptor_and_gender_on_demand():
    inv = _inventory(_TEXT, None)
    by = {m.name: m for m in inv}
    assert set(by) >= {"Amina Bello", "Dario Velk", "Ines Marr", "Father Tomas Ruel"}
    assert all(m._kept_descriptor is None and m._kept_gender is None for m in inv)   # nothing made unasked
    bello = by["Amina Bello"]
    # the fronted 'Speaking to reporters in Tarvia,' is no part of the descriptor; the appositive is
    assert bello.descriptor == " Gen. Amina Bello the army's spokeswoman"
    assert bello.gender == "f" and bello._kept_gender == "f"
    assert by["Dario Velk"].gender == "m"
    assert by["Ines Marr"].late and not by["Dario Velk"].late
    ruel = by["Father Tomas Ruel"]
    assert "Father Tomas Ruel" in ruel.descriptor and "54" in ruel.descriptor and ruel.gender == "m"
    # asked twice, the kept answer is the one made
    assert ruel.descriptor is ruel.descriptor


@pytest.mark.parametrize("sentence, gender", [
    ("The minister's wife, Mrs. Lana Toor, said the camp was full.", "f"),
    ("Her brother. Sgt. Pavel Dorn said nothing.", ""),      # 'brother' belongs to the sentence before
    ("A nurse, Ada Quin, a mother of three, said the clinic was shelled.", "f"),
    ("Aid worker Rui Santo said the convoy turned back.", ""),
])
def test_mention_gender_context_is_its_own_sentence(sentence, gender):
    (m,) = [m for m in _inventory(sentence, None) if m.person or m.name.count(" ")]
    assert m.gender == gender
    assert not re.search(r"\n", m.gender_context)

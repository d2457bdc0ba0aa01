"""Session 11 (quotes speed): the paths whose searches were gated or split into helpers still give their rows.

Each sentence reaches one of the changed places: the nominal pattern now searched only in a sentence without
cue items, 'there are reports' only with 'here' in the sentence, 'with X' before a participle only with 'with'
there, the word before a cue by rsplit, the content's word count stopping at two, and `_subject_left`'s named
helpers (segments, closed appositives, a clause's own subject). Output identity over whole corpora is checked by
bench/check_identical.py (docs/scale.md, "Session 11 (quotes speed)").
"""
from __future__ import annotations

import inspect

import pytest

from presslens.quotes import quotes_for_article
from presslens.quotes.content import _one_word_at_most
from presslens.quotes.clause import _subject_left


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(r["speaker"], r["cue"], r["text"], r["found_by"]) for r in quotes_for_article("a.txt", text)]


@pytest.mark.parametrize("text, expected", [
    # nominal report in a sentence without a cue verb (searched only there now)
    ("The Ruvian Army statement that the road was open was false.",
     [("Ruvian Army", "statement", "the road was open was false", "nominal_items")]),
    # 'there are reports' (gated on 'here')
    ("There are unconfirmed reports that 12 people died in the raid.",
     [("reports", "There are unconfirmed reports that", "12 people died in the raid", "there are reports")]),
    # a participle's subject after 'with' (gated on 'with')
    ("Rebels fired on the town, with residents saying that nine people died.",
     [("residents", "saying", "nine people died", "participle")]),
    ("The ministry said that the strike hit a school, stressing that no soldiers were there.",
     [("ministry", "said", "the strike hit a school", "subject before the cue"),
      ("ministry", "stressing", "no soldiers were there", "participle")]),
    # a function word right before the cue: no subject, unless 'that' before a participle
    ("A spokesman said that, adding that the army would not leave.", []),
    # one word is no statement, but a one-word object of a denial is
    ("He denied this.", [("he", "denied", "this", "subject before the cue")]),
    # _subject_left's helpers: closed appositives, a lead adverb segment, an unclosed appositive, a clause's subject
    ("Ahmed Musa, a spokesman for the Northern Front, who spoke by phone, said the convoy was hit.",
     [("Ahmed Musa", "said", "the convoy was hit", "subject before the cue")]),
    ("Separately, the Sahel Medical Network, a medical group, said nine people were wounded.",
     [("Sahel Medical Network", "said", "nine people were wounded", "subject before the cue")]),
    ("The raid came hours after the military announced the town had been retaken.",
     [("military", "announced", "the town had been retaken", "subject before the cue")]),
])
def test_rows_of_gated_paths(text, expected):
    assert _rows(text) == expected


def test_one_word_at_most_counts_across_parts():
    text = "He denied this. It was so."
    assert _one_word_at_most(text, 0, [(10, 14)])
    assert not _one_word_at_most(text, 0, [(10, 14), (16, 18)])
    assert not _one_word_at_most(text, 0, [(0, 9)])
    assert _one_word_at_most(text, 0, [(14, 15)])       # a stop alone: one "word"


def test_subject_left_span():
    s = "Ahmed Musa, a spokesman for the Northern Front, said the convoy was hit."
    a, b = _subject_left(s, 0, s.index("said"))
    assert s[a:b] == "Ahmed Musa"
    s = "officials said"
    assert _subject_left(s, 0, s.index("said")) == (0, 9)


def test_subject_left_stays_short():
    """The brief's bound: `_subject_left` reads as a list of named steps, at most 80 lines."""
    assert len(inspect.getsourcelines(_subject_left)[0]) <= 80

"""Rule `quotation_continues` (casualties.quote_continued; docs/rules.md "Session 17: claimants"): a count inside a
quotation that no quote row covers and no cue of its own attributes, in a paragraph that opens a quotation (or carries
on one the paragraph before left open at its end), is the last quoted speaker's. Articles invented in the styles of
wars in none of the eval sets (the Shifta War, the Aden Emergency, the Biafran war); every name invented. Negative
cases: the article's own paragraph after a closed quote, a typewriter's closed ``...'' pair, a quotation paragraph
two paragraphs after the last speaker."""
from __future__ import annotations

import pytest

from claim_families import CLAIMANT, columns


def claimants(text: str) -> list[tuple]:
    """(category, low, claimant) of each claim of `text`, with the quote rows the pipeline gives."""
    return columns(text, CLAIMANT, article="continued.txt", quotes=True)


SPEECH_OVER_PARAGRAPHS = (
    'GARISSA - Police closed the road to Wajir on Monday.\n\n'
    '"Fighting stopped this morning but we are still on alert," said Chief Inspector Abdi Farah, the district '
    'commander. "Burnings of shops still continue.\n\n'
    'The raiders are roaming the villages in small groups. On my way here I saw four bodies lying by the road.\n\n'
    'The district officer left for Nairobi on Tuesday.')

QUOTE_PARAGRAPH_AFTER_THE_SPEAKER = (
    "ADEN - The Federal Army said in a statement that its posts near Dhala were attacked overnight.\n\n"
    "''The attack was repelled with heavy losses to the enemy,'' the statement said.\n\n"
    "''Thus far, 14 of the raiders have been killed in the hills around Dhala.'' The army gave no figure for its "
    "own losses.")


@pytest.mark.parametrize("text, expected", [
    (SPEECH_OVER_PARAGRAPHS, ("killed", 4, "Abdi Farah")),
    (QUOTE_PARAGRAPH_AFTER_THE_SPEAKER, ("killed", 14, "Federal Army")),
])
def test_the_quoted_speaker_goes_on(text, expected):
    assert expected in claimants(text)


@pytest.mark.parametrize("text", [
    # the article's own paragraph after a closed quote
    'ENUGU - "We hold the bridge," said Major Okafor.\n\nFour bodies lay by the road near the bridge on Tuesday.',
    # a typewriter's pair, closed: the paragraph after is the article's
    "ENUGU - ``We hold the bridge,'' said Major Okafor.\n\nFour bodies lay by the road near the bridge on Tuesday.",
    # a quotation two paragraphs after the last speaker: no one to give it to
    'ENUGU - "We hold the bridge," said Major Okafor.\n\nThe town was quiet on Monday.\n\nTraders left for Onitsha.'
    '\n\n"Four bodies lay by the road near the bridge."',
])
def test_no_speaker_goes_on(text):
    got = [c for cat, low, c in claimants(text) if low == 4]
    assert got and all(c is None for c in got), got

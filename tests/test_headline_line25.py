"""Session 25, entities that are no speaker (docs/rules.md "Session 25: a headline is no name (branch
s25-speaker2)"): a title-case headline line is no name a body-text name takes its fuller form from (rule
`headline_line`, mentions.headlines, applied to the article's name runs in mentions.layer), and the person nouns of
old copy a `he` takes up (`gentleman`, `traveller` ...: mentions.context `_PERSON_HEADS`). Made-up sentences in the
manner of wars no eval set holds (the Crimean War, the Franco-Prussian War), positive and negative."""
from __future__ import annotations

import pytest

from quote_rows import row_near

POSITIVE = [
    ("Crimea: the body's name is not the headline holding it",
     "Allies Storm Malakoff Heights Russia Vows To Hold Sevastopol\n\nSept. 9, 1855\n\n"
     "The allied armies stormed the Malakoff on Saturday.\n\nRussia said 4,000 of its men had fallen in the assault.\n",
     "Russia said", "Russia"),
    ("Franco-Prussian: 'Prussia' after a deck of title case words",
     "Siege Of Paris Tightens Prussia Shells Outer Forts\n\n"
     "Prussia announced on Tuesday that the forts of Paris had been shelled.\n",
     "Prussia announced", "Prussia"),
    ("Crimea: 'a gentleman who left the camp ... He' (a person noun of old copy)",
     "From The Crimea\n\nLondon, Nov. 12.\n\nThe Times has letters from a gentleman who left the camp on Sunday. "
     "He estimates the loss of the Guards at 600 men.\n", "He estimates", "a gentleman who left the camp on Sunday"),
]

NEGATIVE = [
    ("Crimea: a sentence broken across lines (a comma at its end) is no headline",
     "The siege went on.\nLord Fitzroy Raglan, the Commander of the British Army,\nreached Balaklava on Monday.\n\n"
     "Raglan said 300 men had died.\n", "Raglan said", "Fitzroy Raglan"),
    ("Franco-Prussian: a byline of four words is no headline",
     "Otto Weber Berlin Correspondent\n\nOtto Weber said the guns had fallen silent.\n", "Weber said", "Otto Weber"),
]


@pytest.mark.parametrize("label, text, cue_at, expected", POSITIVE, ids=[p[0] for p in POSITIVE])
def test_headline_no_name(label, text, cue_at, expected):
    row = row_near(text, cue_at)
    assert row["speaker"] == expected


@pytest.mark.parametrize("label, text, cue_at, expected", NEGATIVE, ids=[n[0] for n in NEGATIVE])
def test_headline_left(label, text, cue_at, expected):
    row = row_near(text, cue_at)
    assert expected in row["speaker"]

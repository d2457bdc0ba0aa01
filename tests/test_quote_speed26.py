"""Session 26 (s26-qspeed): `headline_line` tries its pattern at line starts only (the first line at 0, each later
line found by the literal '\\n' before it) instead of a `^`-pattern with re.M, which the C engine tried at every
character of the article. The spans must be those of session 25's form, copied here, on made-up copy of the War of
the Stray Dog (1925) and the Pig War (1859): headlines first, last, after blank lines, indented, next to prose, with
CRLF line ends, and lines that must NOT be taken (a stop or a comma at the end, four words, lower-case words)."""
from __future__ import annotations

import random
import re

import pytest

from presslens.mentions.headlines import _TITLE_SMALL, headline_line, runs_outside_headlines

#: session 25's form of the rule, verbatim: one `^` pattern searched over the whole article
_OLD = re.compile(r"^[ \t]*(?:(?:[‘'\"“(]?[A-Z0-9][^\s]*|" + _TITLE_SMALL + r"|[–—\-&|:]+)[ \t]+){4,}"
                  r"(?:[‘'\"“(]?[A-Z0-9][^\s]*|" + _TITLE_SMALL + r")(?<![.!?,;])[ \t]*$", re.M)


def _old(text: str) -> list[tuple[int, int]]:
    return [mt.span() for mt in _OLD.finditer(text)]


_ARTICLES = [
    "Greek Troops Cross Border Near Petrich After Sentry Shot\n\nSOFIA, Oct. 23 - Bulgarian officials said a "
    "Greek sentry chased his dog across the line.\nThe League of Nations urged both sides to halt.",
    "The Petrich Incident\n\n  League Council Orders Greek Withdrawal Within Sixty Hours  \n"
    "General Theodoros Pangalos said the army would obey.\nPrime Minister Andrey Lyapchev, in Sofia, "
    "said: \"We asked for peace.\"\nBulgaria Wins Award Of Indemnity From Athens",
    "American Soldiers Land On San Juan Island, Says Governor Douglas\r\n\r\nCaptain George Pickett said "
    "the pig had been shot.\r\nBritish Warships Anchor In Griffin Bay As Talks Begin\r\n",
    "Settlers Dispute Pig's Death On Island Farm.\nColonel Silas Casey, who arrived Tuesday, said nothing,\n"
    "Rear Admiral Robert Baynes Refuses To Land Marines\nfour words only here\nOne Two Three Four",
    "",
    "\n\n\n",
    "One Two Three Four Five",
    "\nOne Two Three Four Five\nSix Seven Eight Nine Ten\n",
    "“Pangalos Orders Advance” – Greek Army Moves Toward Petrich Valley\n(Athens) Troops And Guns Reach Border",
]


@pytest.mark.parametrize("text", _ARTICLES)
def test_headline_spans_as_the_whole_text_pattern(text):
    assert headline_line(text) == _old(text)


def test_taken_and_not_taken():
    text = _ARTICLES[3]
    lines = [text[a:b] for a, b in headline_line(text)]
    assert lines == ["Rear Admiral Robert Baynes Refuses To Land Marines"]     # a stop, a comma, four words: not
    assert headline_line("A B C D.") == [] and headline_line("greek troops cross the border today") == []


def test_random_cuts_and_joins():
    rng = random.Random(26)
    for _ in range(300):
        parts = rng.sample(_ARTICLES, 3)
        text = rng.choice(["\n", "\n\n", "\r\n", " \n", ""]).join(parts)
        text = text[rng.randrange(len(text) + 1):]
        assert headline_line(text) == _old(text), text


def test_runs_outside_headlines_unchanged():
    from presslens.mentions.names import spaced_runs
    text = _ARTICLES[1]
    runs = spaced_runs(text)
    kept = runs_outside_headlines(text, runs)
    spans = _old(text)
    assert [mt.group(0) for mt in kept] == [mt.group(0) for mt in runs
                                            if not any(a <= mt.start() < b for a, b in spans)]
    assert "League Council Orders Greek Withdrawal Within Sixty Hours" not in [mt.group(0) for mt in kept]

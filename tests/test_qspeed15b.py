"""Session 15, quote speed, second pass: searches that were tried at every position of their text. The speaker
tail's stop (`context._RX_TAIL_STOP`) opens on literals;
`adverbials._AUX_TAIL` opens on a class (`re` skips from one whitespace to the next), `fastre._ends_with_stop`'s last
word is matched on the reversed end, `salience.with_particle` searches from a computed start. Each is checked against
the form as written before (kept here as the reference), on made-up text and at windows that start and end anywhere:
the matches, their spans and their groups must be the same.
"""
from __future__ import annotations

import re

import pytest
from pattern_windows import found as _found, windows

from presslens import fastre
from presslens.fastre import ascii_twin
from presslens.mentions import context, salience
from presslens.quotes import adverbials

#: the patterns as written before this pass (the reference each rewrite must equal)
_TAIL_STOP_BEFORE = re.compile(
    r"\.(?<!\b[A-Z]\.)(?:\s|$)|,\s+which\b|\n|[\"“”«»]|\b(?:said|says|say|told|tells|added|adds|wrote|writes|"
    r"claimed|claims|insisted|warned|denied|urged|called|stated|noted|reported|announced|confirmed|according)\b")
_TAIL_STOP_ASCII_BEFORE = re.compile(ascii_twin(_TAIL_STOP_BEFORE.pattern), re.ASCII)
_AUX_TAIL_BEFORE = re.compile(
    r"(?:\s+(?:has|have|had|also|later|earlier|previously|now|again|then|reportedly|repeatedly|long|"
    r"would|will|already|publicly|once|initially|separately|further|originally|only|just|even|"
    r"last\s+(?:week|night|month)|(?:late\s+|early\s+)?" + adverbials._DAYS + r"|on\s+" + adverbials._DAYS
    + r"|yesterday|today|in\s+(?:recent|the\s+past|the\s+last)\s+(?:hours|days|weeks|months)|"
    r"in\s+a\s+statement|in\s+(?:an?\s+)?(?:post|video|interview|tweet)(?:\s+on\s+\w+)?))+\s*$", re.I)
_AUX_TAIL_LOWERED_BEFORE = re.compile(_AUX_TAIL_BEFORE.pattern.lower())
_LAST_WORD_BEFORE = re.compile(r"\w{0,%d}\Z" % fastre._LAST_WORD_MAX)

TEXTS = [
    "Bill Roggio, managing editor of the Long War Journal, said the U.S. strike hit. J. Doe says so; Mr. X told",
    "unsaid sayings, retold stories, tellsay addsaid “quoted” «cité» and \"plain\", which we noted\nreported",
    "a spokesman for the army insisted, denied, urged, called and stated that, according to them, it claimed",
    "Ó Súilleabháin, head of Médecins, warned  which wrote writes claims claimed announced confirmed adds added.",
    "essay assaid xtold Itold _said 9says s t a w c i d u n r. A.B. e.g. end.",
    "The ministry has also\nthe army on Monday The group HAS ALREADY  in a post on X \t the rebels in the past weeks ",
    "He had long  later  reportedly\n\nhas  hasn't  in an interview on Telegram\nwhich early Friday last night\n",
    "",
]


def _windows(text: str):
    """The whole text and windows that start and end at every fifth position."""
    return windows(text, 5, 7)


@pytest.mark.parametrize("before, after, ascii_only", [
    (_TAIL_STOP_BEFORE, context._RX_TAIL_STOP, False),
    (_TAIL_STOP_ASCII_BEFORE, context._RX_TAIL_STOP_ASCII, True),
], ids=["tail_stop", "tail_stop_ascii"])
def test_tail_stop_finds_what_it_found(before, after, ascii_only):
    """The speaker tail's stop, its cue words grouped by first letter and its quote marks one by one: the same
    matches at every window; it opens on literals (a charset prefix), the old form on a word boundary."""
    from re import _compiler, _parser
    assert _compiler._get_charset_prefix(_parser.parse(before.pattern, before.flags), before.flags) is None
    assert _compiler._get_charset_prefix(_parser.parse(after.pattern, after.flags), after.flags)
    hits = 0
    for text in TEXTS:
        if ascii_only:
            text = text.encode("ascii", "replace").decode()
        for lo, hi in _windows(text):
            assert _found(after, text, lo, hi) == _found(before, text, lo, hi), (text, lo, hi)
            hits += len(_found(before, text, lo, hi)[0])
    assert hits > 0


@pytest.mark.parametrize("before, after, lower", [
    (_AUX_TAIL_BEFORE, adverbials._AUX_TAIL, False),
    (_AUX_TAIL_LOWERED_BEFORE, adverbials._AUX_TAIL_LOWERED, True),
], ids=["aux_tail", "aux_tail_lowered"])
def test_aux_tail_finds_what_it_found(before, after, lower):
    """The end-anchored adverbials between a subject and its cue, with its first whitespace apart: the same match
    (and the same `sub`) at every window; it opens on a class, the old form on a repeat."""
    from re import _compiler, _parser
    assert _compiler._get_charset_prefix(_parser.parse(before.pattern, before.flags), before.flags) is None
    assert _compiler._get_charset_prefix(_parser.parse(after.pattern, after.flags), after.flags)
    hits = 0
    for text in TEXTS:
        text = text.lower() if lower else text
        for lo, hi in _windows(text):
            window = text[lo:hi]
            assert _found(after, text, lo, hi) == _found(before, text, lo, hi), (text, lo, hi)
            assert after.sub("", window) == before.sub("", window), window
            hits += before.search(window) is not None
    assert hits > 0


def test_last_word_reversed_is_the_last_word():
    """`_ends_with_stop`'s last word: `\\w*` matched on the reversed end equals `\\w{0,N}\\Z` searched from N
    characters before the end, for every prefix of the made-up texts (and the verdicts of the rule are those of
    the old search)."""
    n = fastre._LAST_WORD_MAX
    seen = set()
    for text in TEXTS + ["said_x9", "ciudadanía", "a  ", "x-y"]:
        for hi in range(len(text) + 1):
            s = text[:hi]
            old = _LAST_WORD_BEFORE.search(s, max(0, len(s) - n)).group(0)
            assert fastre._RX_FIRST_WORD.match(s[-n:][::-1]).group(0)[::-1] == old, s
            seen.add(old)
            stripped = s.rstrip()
            ends = stripped.endswith(("'s", "’s", "'S", "’S", "so-", "So-", "SO-")) or \
                _LAST_WORD_BEFORE.search(stripped, max(0, len(stripped) - n)).group(0).lower() in fastre._STOP_WORDS
            assert fastre._ends_with_stop(stripped) == ends, stripped
    assert "" in seen and "said_x9" in seen and "dadanía" in seen     # (empty, with '_' and digits, cut to N)


def test_particle_search_from_its_reach():
    """`with_particle`'s search that ends at the core's start, begun `_PARTICLE_REACH` characters before it: the
    same match as the search from 0, at every end of the made-up phrases."""
    phrases = ["al-Hashimi", "Nuri al-Hashimi", "Abu Bakr ibn Umar", "Ash-Shabaab", "Ludwig van\nBeethoven",
               "dos Santos", "bin\nLaden", "de\n", "van ", "Al-Qaeda leader ash-Sheikh", "x al-y da Silva",
               "Abu ash-\nSheikh", "Omar bin\n\nX"]
    hits = 0
    for phrase in phrases + TEXTS:
        for at in range(len(phrase) + 1):
            old = salience._RX_PARTICLE.search(phrase, 0, at)
            new = salience._RX_PARTICLE.search(phrase, max(0, at - salience._PARTICLE_REACH), at)
            assert (old and (old.span(), old.group(1))) == (new and (new.span(), new.group(1))), (phrase, at)
            hits += old is not None
    assert hits > 0
    assert salience.with_particle("Nuri al-Hashimi", "Hashimi") == "al-Hashimi"


def test_ascii_twin_spells_out_word_class():
    """`ascii_twin` writes a \\w inside a class as re.ASCII's ranges (one bitmap test): the cue scan's ASCII copy
    opens on `[^a-zA-Z0-9_\\-]` and finds, in ASCII text, what the cue pattern finds."""
    from presslens.fastre import ascii_twin
    from presslens.mentions.lexicon import _cue_scan, _cues
    led = _cue_scan()
    assert led.ascii.pattern.startswith("[^a-zA-Z0-9_\\-]") and "[^\\w" not in led.ascii.pattern
    written = _cues()[1].lowered
    hits = 0
    for text in TEXTS + ["x_said it; 9told y, re-told z. he said\x1c claimed_ so, she-said (told) said-"]:
        text = text.encode("ascii", "replace").decode().lower()
        for lo, hi in _windows(text):
            window = text[lo:hi]
            assert led.spans(window) == [mt.span() for mt in written.finditer(window)], window
        hits += len(led.spans(text))
    assert hits > 0
    for pattern in (r"(?<![\w@])x[\w.]+(?![\w\-])", r"[^\w\s]+_\w[\w]"):
        twin = re.compile(ascii_twin(pattern), re.ASCII)
        for text in ("@xa.b_c- x9 _x.y@ ab+_c9z", "a_bb !!_9_ x.-x"):
            assert [m.span() for m in twin.finditer(text)] == [m.span() for m in re.finditer(pattern, text)], text

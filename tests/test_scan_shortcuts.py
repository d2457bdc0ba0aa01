"""Shortcuts of the quote path that must give what the code before them gave (docs/scale.md, "Session 18: quote
speed"): `_sentences` makes one list of spans, the person inventory tests its appositive patterns only after a
comma, `_role_lookup` looks at a mention's descriptor only where its place lets it be the answer. Each old formula
is kept here as the reference and compared on made-up text (every window of it, so marks and stops fall anywhere).
`find_quote_spans` is pinned the same way against its loop over every mark: a version that skipped the apostrophes
inside words gave the same spans but counted more instructions, and was reverted; these tests hold any later one.
Since session 19 a paragraph with a two-character mark (``...'', rule `tex_quote_marks`) is read on a copy with one
mark per pair (quotes/tex_quotes.py, tests/test_quotes_pair_marks.py): the single-mark scan, `_scan_quote_marks`, is
pinned to the loop on every text, and `find_quote_spans` to it on every text without a pair.
"""
from __future__ import annotations

import random
import re

import pytest
from pattern_windows import windows

from presslens.actors import fold
from presslens.mentions.context import _role_lookup
from presslens.mentions.names import Mention, _inventory
from presslens.quotes.spans import (_ABBREV, _DOUBLE_AMBIG, _DOUBLE_CLOSE, _DOUBLE_OPEN, _OPEN_BEFORE, _QUOTE_CHARS,
                                    _RX_SENTENCE_END, _SINGLE_CLOSE, _SINGLE_OPEN, MASK, _mask, _sentences,
                                    find_quote_spans, quote_closes_sentence, _scan_quote_marks)
from presslens.fastre import _rx
from presslens.quotes.tex_quotes import has_pair_marks


def _old_find_quote_spans(s: str) -> list[tuple[int, int, bool]]:
    """`find_quote_spans` as it was: the same state machine, fed every quote mark of the text."""
    spans: list[tuple[int, int, bool]] = []
    n = len(s)
    open_at, open_kind, open_char = -1, "", ""
    for qm in _QUOTE_CHARS.finditer(s):
        i = qm.start()
        c = s[i]
        prev = s[i - 1] if i else " "
        nxt = s[i + 1] if i + 1 < n else " "
        if open_at < 0:
            if c in _DOUBLE_OPEN or (c in _DOUBLE_AMBIG and (prev in _OPEN_BEFORE or not prev.strip()) and nxt.strip()):
                open_at, open_kind, open_char = i, "d", c
            elif c in _SINGLE_OPEN and (prev in _OPEN_BEFORE or not prev.strip()) and (nxt.isalnum() or nxt in "[("):
                open_at, open_kind, open_char = i, "s", c
        elif open_kind == "d":
            if c in _DOUBLE_CLOSE or c in _DOUBLE_AMBIG:
                can_close = bool(prev.strip()) or not nxt.strip() or nxt in ",.;:!?)"
                can_open = (prev in _OPEN_BEFORE or not prev.strip()) and nxt.strip() and nxt not in ",.;:!?)"
                if open_char == "\u201e" and c == "\u201c":
                    can_close = True
                if can_close and not (can_open and not prev.strip()):
                    spans.append((open_at, i, True))
                    open_at = -1
                elif can_open:
                    spans.append((open_at, i, True))
                    open_at, open_kind, open_char = i, "d", c
        else:
            if c in _SINGLE_CLOSE and prev.strip() and not nxt.isalnum():
                spans.append((open_at, i, True))
                open_at = -1
            elif c in _DOUBLE_AMBIG + _DOUBLE_OPEN and (prev in _OPEN_BEFORE or not prev.strip()):
                open_at, open_kind, open_char = i, "d", c
    if open_at >= 0 and open_kind == "d":
        spans.append((open_at, n, False))
    return spans


def _old_sentences(m: str, para: str | None = None) -> list[tuple[int, int]]:
    """`_sentences` as it was: ends found, spans made, then the empty ones dropped in a second list."""
    ends = [mt.end() for mt in _RX_SENTENCE_END.finditer(m)
            if not (mt.group(0) == "." and _ABBREV.search(m[max(0, mt.end() - 6):mt.end()]))]
    if para is not None and MASK in m:
        ends = sorted(set(ends).union(quote_closes_sentence(m, para)))
    out, start = [], 0
    for end in ends:
        if end <= start:
            continue
        out.append((start, end))
        start = end
        while start < len(m) and m[start].isspace():
            start += 1
    if start < len(m):
        out.append((start, len(m)))
    return [(a, b) for a, b in out if m[a:b].strip()]


PARAGRAPHS = [
    "The army’s spokesman said “we don’t know” and the rebels’ leader denied it. ‘They’re lying,’ he said.",
    "'We won't go,' said Maj. O'Brien. \"It's over,\" added the rebels' envoy. Dr. Ngata's team's view?",
    "Il a dit « c’est fini » et „er sagt‘s nicht“ — l’armée a répondu ‚nein‘. Gen. U.S. forces left.",
    "He said 'the 1990's war' was 'over'. The O'Neills' house — 'gone'! Why? Nobody knows... Then: 'No.'",
    "x'y '  ' a' 'b 9'9 _'_ é’é İ’s ‚a’ ‘b‘ \"c' 'd\" “e’ ’f” «g' 'h» ''i'' ’’",
    'He told Mr. Smith "we left at 5 p.m. on Jan. 3." The troops (who left.) said so. Then “Yes!” A. B. said.',
    "",
]


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_quote_spans_as_before(text):
    """Every window of each paragraph: the same quote spans as the loop over every mark."""
    for lo, hi in windows(text, 2, 3):
        s = text[lo:hi]
        assert _scan_quote_marks(s) == _old_find_quote_spans(s), (lo, hi, s)
        assert has_pair_marks(s) or find_quote_spans(s) == _old_find_quote_spans(s), (lo, hi, s)


def test_quote_spans_as_before_on_random_marks():
    """Random strings of letters, digits, spaces, stops and every quote mark, ASCII and not: the same spans."""
    rnd = random.Random(18)
    alphabet = list("ab Z9_ .,;:!?()-\n") + list("\"'\u2019\u2018\u201a\u201c\u201d\u201e\u00ab\u00bb\u2014\u00e9\u00a0")
    for _ in range(20000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
        assert _scan_quote_marks(s) == _old_find_quote_spans(s), repr(s)
        assert has_pair_marks(s) or find_quote_spans(s) == _old_find_quote_spans(s), repr(s)


@pytest.mark.parametrize("s, spans", [
    ("the army\u2019s men said \u2018no\u2019", [(20, 23, True)]),   # the apostrophe is read past, the quote found
    ("don't 'go' now", [(6, 9, True)]),
    ("'90s 'rock'", [(0, 10, True)]),     # a mark at the start is read (the text's start counts as a space): it opens
    ("rock'n'roll said \"yes\"", [(17, 21, True)]),
])
def test_apostrophes_inside_words_change_nothing(s, spans):
    """An apostrophe between two letters or digits neither opens nor closes a quote."""
    assert find_quote_spans(s) == spans == _old_find_quote_spans(s)


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_sentences_as_before(text):
    """Every window of each paragraph, masked and not: the same sentence spans as the two-list formula."""
    for lo, hi in windows(text, 2, 3):
        s = text[lo:hi]
        m = _mask(s, find_quote_spans(s))
        assert _sentences(m, s) == _old_sentences(m, s), (lo, hi)
        assert _sentences(s) == _old_sentences(s), (lo, hi)


@pytest.mark.parametrize("m, expected", [
    ("Gen. Ali said so. He left.", ["Gen. Ali said so.", "He left."]),     # an abbreviation's stop ends nothing
    ("It ended.  \n  Then\n", ["It ended.", "Then\n"]),     # the spaces after a stop open no sentence
    ("Why?! Because. (He left.) Then", ["Why?!", "Because.", "(He left.)", "Then"]),
])
def test_sentences_spans(m, expected):
    assert [m[a:b] for a, b in _sentences(m)] == expected == [m[a:b] for a, b in _old_sentences(m)]


def _old_role_lookup(inventory, pos: int, role: str, *, back: bool, within: int = 0) -> str | None:
    """`_role_lookup` as it was: every mention's descriptor searched, then the place tested."""
    rx = _rx(r"\b" + re.escape(role) + r"s?\b")
    hits = [m for m in inventory if m.person and not m.late and rx.search(fold(m.descriptor))]
    if back:
        before = [m for m in hits if m.end <= pos]
        return before[-1].name if before else None
    after = [m for m in hits if m.start > pos and (not within or m.start - pos <= within)]
    return after[0].name if after else None


ARTICLE = ("The governor, Amina Bello, said the road was cut. Police chief Omar Haddad told reporters the late "
           "commander Yusuf Adamu had left. Governor Kofi Mensah, a former spokesman, said nothing. The spokesman "
           "Lena Ortiz said the governor would speak. Farmer Musa Ibrahim, 40, said the police chief Ali Kamara "
           "arrived. The governors Peter Obi and Nasir Rufai met.")


@pytest.mark.parametrize("role", ["governor", "spokesman", "chief", "commander", "farmer", "minister"])
def test_role_lookup_as_before(role):
    """At every position of a made-up article, both ways, with and without a window: the same person."""
    inventory = _inventory(ARTICLE, None)
    assert len(inventory) >= 6
    for pos in range(0, len(ARTICLE) + 1, 7):
        for back, within in ((True, 0), (False, 0), (False, 120)):
            assert _role_lookup(inventory, pos, role, back=back, within=within) == \
                _old_role_lookup(inventory, pos, role, back=back, within=within), (pos, back, within)


def test_role_lookup_finds_the_nearest():
    """The latest holder before a position, the first after it, none past the window."""
    inventory = _inventory(ARTICLE, None)
    at = ARTICLE.index("The spokesman")
    assert _role_lookup(inventory, at, "governor", back=True) == "Kofi Mensah"
    assert _role_lookup(inventory, at, "spokesman", back=False) == "Lena Ortiz"
    assert _role_lookup(inventory, 0, "farmer", back=False, within=40) is None


@pytest.mark.parametrize("text, name, appos", [
    ("Governor Amina Bello, the region's administrator, said it.", "Amina Bello", "the region's administrator"),
    ("Governor Amina Bello said, the region's administrator, it.", "Amina Bello", ""),       # no comma right after
    ("Governor Amina Bello , the administrator, said it.", "Amina Bello", ""),               # a space before the comma
    ("Governor Amina Bello, said the strike was over.", "Amina Bello", ""),                  # a verb, no appositive
])
def test_inventory_appositive_only_after_a_comma(text, name, appos):
    """The appositive is read only where a comma follows the name at once, as the pattern itself requires."""
    inv = [m for m in _inventory(text, None) if m.name == name]
    assert len(inv) == 1 and isinstance(inv[0], Mention)
    assert inv[0].appos == appos

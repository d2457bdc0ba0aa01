"""Session 27's patterns of the casualty pass searched from the characters before their matches (docs/scale.md,
"Session 27: casualty speed"): each is compared with the form it replaced, copied here, on invented sentences of an
invented war (the Kessan border war: in none of the eval sets)."""
from __future__ import annotations

import re

import pytest

from presslens.casualties.hedges import _LIVES_AFTER, _hedge
from presslens.casualties.led import Led, led
from presslens.casualties.lexicon import load_lexicon
from presslens.casualties.listed_kinds import _RX_ONE_ITEM, _single_items
from presslens.casualties.numbers import find_quantities
from presslens.casualties.one_person import _elliptical_pattern
from presslens.fastre import case_free

_TEXTS = [
    "More than 40 Kessan soldiers and about 300 villagers were killed near Dorra, officials said.",
    "Some 20-30 militiamen reportedly died; between 5 and 9 others were allegedly wounded at 10:30.",
    "The toll rose from 21 to 29, the KSF claimed, after the raid claimed the lives of 12 people.",
    "A guard and six rebels were killed and a gunman seriously wounded near the fence in 1998-1999.",
    "-5 men, $5,000, £20 and €3 were lost; x12 and 4.5 and 1,500 and 3 000 and four hundred and two died.",
    "İstanbul reported 14 dead; ſome twelve were hurt, it was claimed, and K 30 more",   # letters re.I folds
    "Hundreds of thousands fled; dozens, a few, an unknown number and several hundred were hurt.",
    "an officer and two constables were wounded, an aide, a driver and 3 guards died",
    "",
    "7",
    "claimed",
    "_claimed reportedly",
]


def _old_spans(rx, s):
    """`case_free(rx).finditer(s)` as (start, end, groups): what the quantity and hedge searches read before."""
    return [(m.start(), m.end(), m.groups()) for m in case_free(rx).finditer(s)]


def _led_spans(rx, s):
    """The same from `led.Led`, its offsets put back (start as found, every other offset one less)."""
    return [(m.start(), m.end() - 1, m.groups()) for m in Led(rx).finditer(s)]


@pytest.mark.parametrize("name", ["qty", "hedge_sentence", "vague_adj"])
@pytest.mark.parametrize("text", _TEXTS)
def test_led_finds_what_the_case_free_pattern_finds(name, text):
    rx = getattr(load_lexicon(), name)
    for s in (text, text[1:], text[:30], text.upper(), " " + text):
        assert _led_spans(rx, s) == _old_spans(rx, s), s


def test_led_offsets_and_its_three_searches():
    rx = re.compile(r"(?<![\w:-])(?P<n>\d+)(?P<unit>\s+dead)?", re.I)
    s = "4 dead, 10:30, x9, -5, 7 DEAD"
    assert [(m.start(), m.end(), m.start("n")) for m in Led(rx).finditer(s)] == [(0, 7, 1), (8, 11, 9), (23, 30, 24)]
    assert _led_spans(rx, s) == _old_spans(rx, s)
    assert Led(rx).ascii.flags & re.A and not Led(rx).led.flags & re.A
    odd = "ſ 4 dead"            # a letter that only re.I folds: the case-insensitive pattern itself
    assert _led_spans(rx, odd) == _old_spans(rx, odd) == [(2, 8, ("4", " dead"))]
    assert led(rx) is led(rx)


def test_led_refuses_what_it_cannot_lead():
    with pytest.raises(AssertionError):
        Led(re.compile(r"\b(?:-5|x)", re.I))          # '\b' before a character that is no letter or digit
    with pytest.raises(AssertionError):
        Led(re.compile(r"(?<![\w])(?<=\s)\d", re.I))  # a second look-behind at the start


def _hedge_before(sent, lex):
    """`hedges._hedge` as it was (session 26's head)."""
    rx = case_free(lex.hedge_sentence)
    m = rx.search(sent)
    while m is not None and m.group("cue")[:5].lower() == "claim" and _LIVES_AFTER.match(sent, m.end()):
        m = rx.search(sent, m.end())
    return re.sub(r"\s+", " ", m.group("cue").lower()) if m else None


@pytest.mark.parametrize("text", _TEXTS + ["The shelling claimed the lives of 9, claimed the lives of 3; it was, allegedly, 12",
                                           "Dorra's mayor claimed 40 died", "Claiming 12 lives, the blast"])
def test_hedge_answers_as_before(text):
    lex = load_lexicon()
    for s in (text, text[2:], text.upper()):
        assert _hedge(s, lex) == _hedge_before(s, lex), s


def test_quantities_read_the_led_offsets():
    lex = load_lexicon()
    s = "the toll rose from 21 to 29; then 1985-86 and 2001 - Two Kessan guards, some 40 men, over 12"
    got = [(q.start, q.end, q.low, q.high) for q in find_quantities(s, lex, 100)]
    assert got == [(119, 121, 21, 21), (125, 127, 29, 29), (153, 156, 2, 2), (172, 179, 40, 40), (185, 192, 13, None)]  # (the base's)


_ONE_ITEM_BEFORE = re.compile(r"\b[Aa]n?(?=\s+(?:[\w'’()-]+\s+){0,4}?[a-z]+\s*,?\s+and\s+\S)")


@pytest.mark.parametrize("text", _TEXTS + ["Ba man and a boy", "A  soldier and b", "_a man and x", "éa man and x"])
def test_one_item_pattern_as_before(text):
    assert [m.span() for m in _RX_ONE_ITEM.finditer(text)] == [m.span() for m in _ONE_ITEM_BEFORE.finditer(text)]


def test_single_items_stop_at_the_first_count():
    lex = load_lexicon()
    s = "A soldier and six rebels were killed, a guard and two police were hurt"
    assert [(q.low, q.start) for q in _single_items(s, 0, find_quantities(s, lex))] == [(1, 0), (6, 14), (2, 50)]


@pytest.mark.parametrize("text", _TEXTS + ["Two rebels died and an infant seriously injured, brand and a soldier wounded"])
def test_elliptical_pattern_as_before(text):
    lex = load_lexicon()
    rx = _elliptical_pattern(lex)
    before = re.compile(r"\band" + rx.pattern[len(r"a(?<=\ba)nd"):])
    assert rx.pattern.startswith(r"a(?<=\ba)nd\s+")
    assert [(m.span(), m.groups()) for m in rx.finditer(text)] == [(m.span(), m.groups()) for m in before.finditer(text)]


_DET_TEXTS = _TEXTS + ["A soldier was killed near Dorra", "an officer and his driver were wounded", "One guard died",
                       "The commander was shot dead", "_A soldier was killed", "’A soldier was killed", "x-one guard died",
                       "Another policeman was killed", "The guard died", "xThe guard died", "one  guard   died"]


def _det_opened_before(rx: re.Pattern, opened: str, before: str) -> re.Pattern:
    """`rx` with its determiner written as before session 27 (the look-behind first)."""
    assert rx.pattern.count(opened) == 1, opened
    return re.compile(rx.pattern.replace(opened, before), rx.flags)


_A_OPENED = r"(?P<det>[Aa](?<![\w'’-][Aa])(?:n?|nother))"
_A_BEFORE = r"(?<![\w'’-])(?P<det>[Aa]n?|[Aa]nother)"


def _det_patterns():
    from presslens.casualties import claims, one_by_role_subject, wire_rules
    from presslens.casualties.lexicon import _alt
    lex = load_lexicon()
    one_post = re.compile(wire_rules._RX_ONE_POST.format(nouns=_alt(lex.singular), adverb=wire_rules._ADVERB,
                                                         cues=wire_rules._CUES), re.X)
    return [(claims._single_pattern(lex), _A_OPENED, _A_BEFORE), (one_post, _A_OPENED, _A_BEFORE),
            (one_by_role_subject._RX_ONE_UNLISTED, r"(?P<det>[AaOo](?<![\w'’-][AaOo])(?:(?<=[Aa])(?:n?|nother)|(?<=[Oo])ne))",
             r"(?<![\w'’-])(?P<det>[Aa]n?|[Aa]nother|[Oo]ne)"),
            (one_by_role_subject._definite_pattern(lex), r"(?P<det>[Tt](?<![\w'’-][Tt])he)", r"(?<![\w'’-])(?P<det>[Tt]he)")]


@pytest.mark.parametrize("text", _DET_TEXTS)
def test_determiners_opened_on_their_letter_as_before(text):
    for rx, opened, before in _det_patterns():
        old = _det_opened_before(rx, opened, before)
        for s in (text, text[1:]):
            assert [(m.span(), m.groups()) for m in rx.finditer(s)] == [(m.span(), m.groups()) for m in old.finditer(s)]


@pytest.mark.parametrize("text", _TEXTS + ["The figures could not be independently verified; the army denied it.",
                                           "Neither account could be verified.", "KSF has neither confirmed nor denied it",
                                           "THE CLAIM COULD NOT BE VERIFIED", "İt could not be verified"])
def test_back_cues_as_the_plain_pattern(text):
    rx = load_lexicon().hedge_back
    for s in (text, text[1:]):
        before = [(m.start(), m.end(), m.group("cue").lower()) for m in rx.finditer(s)]
        assert [(m.start(), m.end() - 1, m.group("cue").lower()) for m in Led(rx).finditer(s)] == before, s


@pytest.mark.parametrize("text", _TEXTS + ["Kessan officials said that Colonel Ivo Dran, 41, had", "Dran was killed",
                                           "after Mira Ostova, a nurse with the KSF, has", "and Ostova ", "when Ostova has "])
def test_opened_name_patterns_as_the_plain_ones(text):
    from presslens.casualties import named_victims
    from presslens.casualties.claim_owner import _RX_CLAIM_OWNER
    for op in (named_victims._RX_SURNAME, named_victims._RX_NAME_BEFORE):
        for e in range(len(text) + 1):
            for a in (0, max(0, e - 40)):
                x, y = op.rx.search(text, a, e), op.search(text, a, e)
                assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups()))
    assert [(m.span(), m.groups()) for m in _RX_CLAIM_OWNER.finditer(text)] == \
        [(m.span(), m.groups()) for m in _RX_CLAIM_OWNER.rx.finditer(text)]


def test_opened_name_patterns_find_names():
    from presslens.casualties import named_victims
    s = "Kessan officials said that Colonel Ivo Dran, 41, had "
    assert named_victims._RX_NAME_BEFORE.search(s, 0, len(s)).group("name") == "Colonel Ivo Dran"
    assert named_victims._RX_SURNAME.search("and Ostova has ", 0, 15).group("name") == "Ostova"

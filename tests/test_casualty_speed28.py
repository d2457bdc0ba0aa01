"""Session 28's casualty-pass changes (docs/scale.md, "Session 28: casualty speed, by structure"): `led.Led`
compiles its re.I copy for İ ı ſ on first need and reads case_free's lowered text without compiling it;
`config.load_yaml` parses with libyaml where PyYAML has it. Each is compared with the form it replaced, copied here,
on invented sentences of an invented war (the Varrow river war: in none of the eval sets)."""
from __future__ import annotations

import re

import pytest
import yaml

from presslens import config
from presslens.casualties.claims import _vague_predicate_pattern
from presslens.casualties.led import Led
from presslens.casualties.lexicon import load_lexicon
from presslens.fastre import _CaseFreePattern, ascii_twin, case_free, lowered_pattern

_TEXTS = [
    "At least 35 Varrow militiamen and some 200 villagers were reportedly killed near Osk, the VLF claimed.",
    "Between 12 and 15 guards died; 3,000-4,000 others fled, allegedly, and 7.5 percent were hurt at 11:45.",
    "Casualties were heavy on both sides; the death toll is high, heavy losses, 9 dead9 dead, x12 and -4 died",
    "The toll rose from 40 to 44 after two dozen more bodies were found, unconfirmed reports said.",
    "hundreds of thousands, a few, several hundred, an unknown number, scores and dozens were wounded",
    "İzmir had 14 dead; ſome twelve were hurt, it was claimed, and K 30 more",    # letters re.I folds
    "REPORTEDLY 20 DIED, CASUALTIES WERE LIGHT, 1,200 WOUNDED",
    "", "5", "claimed", "_reportedly reportedly-reportedly", "five-five 5-5 5,5,",
]

_NAMES = ["qty", "hedge_sentence", "hedge_back", "vague_adj"]


def _pattern(name):
    lex = load_lexicon()
    return _vague_predicate_pattern(lex) if name == "vague_predicate" else getattr(lex, name)


def _old_finditer(rx, s, pos=0):
    """`Led.finditer` as it was (session 27): its three patterns compiled from case_free's compiled copy."""
    lowered = case_free(rx).lowered
    lead = re.match(r"\(\?<!\[([^\]]+)\]\)|\\b", lowered.pattern)
    led = "[^" + (lead.group(1) or r"\w") + "]" + lowered.pattern[lead.end():]
    if _CaseFreePattern._odd(s):
        search, text = re.compile("(?s:.)" + rx.pattern, rx.flags).search, " " + s
    else:
        low = s.lower()
        rx2 = re.compile(ascii_twin(led), lowered.flags & ~re.U | re.A) if low.isascii() else \
            re.compile(led, lowered.flags)
        search, text = rx2.search, " " + low
    mt = search(text, pos)
    while mt is not None:
        yield mt
        mt = search(text, mt.end() - 1)


def _spans(matches):
    return [(m.span(), m.regs, m.groups()) for m in matches]


@pytest.mark.parametrize("name", _NAMES + ["vague_predicate"])
@pytest.mark.parametrize("text", _TEXTS)
def test_led_finds_what_the_old_led_found(name, text):
    rx = _pattern(name)
    for s in (text, text[1:], text[:25], text.upper(), text.lower(), " " + text, text + " 5"):
        for pos in (0, 1, 7):
            if pos <= len(s):
                assert _spans(Led(rx).finditer(s, pos)) == _spans(_old_finditer(rx, s, pos)), (s, pos)


@pytest.mark.parametrize("name", _NAMES)
@pytest.mark.parametrize("text", _TEXTS)
def test_led_finds_what_the_case_free_pattern_finds(name, text):
    rx = _pattern(name)
    for s in (text, text.upper()):
        old = [(m.start(), m.end(), m.groups()) for m in case_free(rx).finditer(s)]
        assert [(m.start(), m.end() - 1, m.groups()) for m in Led(rx).finditer(s)] == old


def test_led_compiles_its_odd_copy_on_first_need():
    rx = re.compile(r"(?<![\w:-])(?P<n>\d+)(?P<unit>\s+dead)?", re.I)
    L = Led(rx)
    assert L._odd is None
    assert [m.group("n") for m in L.finditer("4 dead, 10:30, 7 DEAD")] == ["4", "10", "7"]
    assert L._odd is None
    odd = "ſ 4 dead"
    assert [(m.start(), m.end() - 1, m.groups()) for m in L.finditer(odd)] == \
        [(m.start(), m.end(), m.groups()) for m in case_free(rx).finditer(odd)] == [(2, 8, ("4", " dead"))]
    assert L._odd is not None and L.odd is L._odd


@pytest.mark.parametrize("name", _NAMES + ["vague_predicate"])
def test_lowered_pattern_is_case_frees_copy(name):
    rx = _pattern(name)
    assert lowered_pattern(rx.pattern) == case_free(rx).lowered.pattern
    assert lowered_pattern(r"(?P<Who>\S+) SAID") is None


def test_load_yaml_gives_safe_loads_objects():
    files = sorted(config.LEXICONS.glob("*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert repr(config.load_yaml(path)) == repr(yaml.safe_load(text)), path

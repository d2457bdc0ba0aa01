"""Session 27's second casualty-speed pass (docs/scale.md, "Session 27: casualty speed, second pass"): each
rewritten pattern compared with the form it replaced, copied here, on invented sentences of an invented war (the
Marrow Hills war: in none of the eval sets)."""
from __future__ import annotations

import re

import pytest

from presslens.casualties.lexicon import _alt, load_lexicon
from presslens.casualties.listed_kinds import _ONE_BEFORE, _RX_ONE_BEFORE, one_before_count
from presslens.casualties.scan import OpenedPattern
from presslens.casualties.wire_rules import _RX_ONE_START

_TEXTS = [
    "A Marrow militia commander along with at least seven fighters were killed near Tessel, an aide said.",
    "Colonel Irun Vasse, commander of the 4th brigade, and five gunners were wounded at the Tessel ford.",
    "Captain Oda Brell and two sappers were killed; Sgt. Amo Kell and a medic, and three guards died.",
    "The rebel major together with 12 men surrendered, and a driver, an aide and another guard were hurt.",
    "An officer, one constable and (another aide) were killed,another one\tand one more, ANOTHER day",
    "a and an; one,an (a guard, an  aide and One man) — theone, Anne, onerous, ban and bone",
    "İ an ſ one K a another\nA\nOne",
    "",
    "a ",
]
_OLD_ONE_START = re.compile(r"(?:^|(?<=[\s,(]))(?:an?|one|another)\s", re.I)   # (wire_rules before)


@pytest.mark.parametrize("text", _TEXTS + [t.upper() for t in _TEXTS] + [t[1:] for t in _TEXTS])
def test_one_start_opened_on_its_letter_as_before(text):
    assert [m.span() for m in _RX_ONE_START.finditer(text)] == [m.span() for m in _OLD_ONE_START.finditer(text)]


def test_one_start_finds_the_determiners():
    s = "An officer, one constable and (another aide), a man,an aide; bone anone"
    assert [s[a:b] for a, b in (m.span() for m in _RX_ONE_START.finditer(s))] == \
        ["An ", "one ", "another ", "a ", "an "]


def _one_before():
    lex = load_lexicon()
    one_before_count("x", 0, lex, [])
    return lex, _ONE_BEFORE[id(lex)]


def test_one_before_is_opened_and_finds_the_old_matches():
    lex, new = _one_before()
    assert isinstance(new, OpenedPattern)
    old = re.compile(_RX_ONE_BEFORE.pattern.replace("{nouns}", _alt(lex.singular)), re.X)
    found = 0
    for text in _TEXTS:
        for end in range(len(text) + 1):        # every window the rule searches: up to 160 characters, end-anchored
            for start in (max(0, end - 160), max(0, end - 30), 0):
                a, b = old.search(text, start, end), new.search(text, start, end)
                assert (a and (a.regs, a.groupdict())) == (b and (b.regs, b.groupdict())), text[start:end]
                found += a is not None
    assert found > 10       # (the windows ending after 'with', 'and' match: the comparison is not of misses only)


def test_one_before_count_adds_the_person():
    from presslens.casualties.rules import claims_in
    assert claims_in("Captain Oda Brell and two sappers were killed near Tessel.") == \
        [('killed', 3, 3, None, 'unknown')]
    assert claims_in("A Marrow militia commander along with at least seven fighters were killed near Tessel.") == \
        [('killed', 8, None, None, 'unknown')]


def test_owner_openers_are_every_fold_of_the_claim_nouns_first_letters():
    from presslens.casualties.sources_around import _OWNER_OPENERS
    folds = "".join(c for c in map(chr, range(0x110000)) if re.fullmatch(r"(?i)[cfatnrvs]", c))
    assert _OWNER_OPENERS == "[" + folds + "]"


@pytest.mark.parametrize("text", _TEXTS + [
    "Figures from the Marrow Hills Council were disputed; the council's figures, claims by the rebels.",
    "ſtatement of the brigade command, the toll of the militia could rise. VIDEO FROM THE FRONT WAS shown",
    "Names from the ministry: reports by the Tessel clinic, accounts of villagers were grim",
])
def test_owner_without_apostrophe_as_before(text):
    from presslens.casualties.sources_around import _OWNER
    old = re.compile("(?!)" + _OWNER.rx.pattern, _OWNER.rx.flags)     # (scan.FirstBranchNeeds' `_rest` before)
    for t in (text, text.upper(), text.lower(), text[3:]):
        assert [m.regs for m in _OWNER._rest.finditer(t)] == [m.regs for m in old.finditer(t)]
        a, b = _OWNER.search(t), old.search(t) if "'" not in t and "’" not in t else _OWNER.rx.search(t)
        assert (a and (a.regs, a.groupdict())) == (b and (b.regs, b.groupdict()))

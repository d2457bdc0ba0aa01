"""casualties speed (s25-cspeed): each fast form gives what the code it replaced gave (made-up copy of wars in no eval
set: the Aceh war of the 1870s, the Rif war, the Boer war, the Mau Mau rising), ASCII and not, with the cases
that must not be taken."""
from __future__ import annotations

import random

import pytest

from presslens.casualties import load_lexicon
from presslens.casualties.claims import _HYPOTHETICAL_OPENERS, _is_hypothetical
from presslens.casualties.generic_bodies import _bodies, _body_keys, generic_body_named
from presslens.casualties.numbers import _tok_index, _tok_index_loop, _tokens, _tokens_loop

_SENTENCES = [
    "Dutch troops killed 1,200 Acehnese fighters at Kutaraja, the governor said.",
    "If the garrison at Anual falls, 8,000 Spanish soldiers would be lost.",
    "Twelve Boer commandos were killed near Spion Kop; 3.5 per cent of the column.",
    "Kesić's men – al-Mansour's too – lost 40 at the ford.",        # a dash, apostrophes inside words
    "The Mau Mau raid on Lari left ninety-seven dead ‘in one night’.",    # curly quotes: not ASCII
    "İstanbul's papers put the Rif toll at 10,000.",              # 'İ' lower-cases longer: the loop of tokens
    "ΣΟΦΙΑ reported 12 killed.",                                 # 'Σ' lower-cases by its context
    "",
    "   ",
    "...",
]


def _random_sentences(n: int) -> list[str]:
    rng = random.Random(25)
    parts = ["killed", "1,200", "3.5", "Aceh", "Kesić's", "al-Mansour", "–", ",", ".", "'", "’", " ", "  ", "\n",
             "If", "were", "would", "unless", "İ", "ſ", "Σ", "(", ")", "12", "ninety-seven"]
    return ["".join(rng.choice(parts) for _ in range(rng.randint(0, 30))) for _ in range(n)]


@pytest.mark.parametrize("offset", [0, 7, 1000])
def test_tokens_as_the_loop(offset):
    for s in _SENTENCES + _random_sentences(400):
        assert _tokens(s, offset) == _tokens_loop(s, offset)
        assert all(type(t).__name__ == "Tok" for t in _tokens(s, offset))


def test_tokens_fields():
    toks = _tokens("Rif rebels killed 40.", 100)
    assert [(t.text, t.low, t.start, t.end) for t in toks][:2] == [("Rif", "rif", 100, 103), ("rebels", "rebels", 104,
                                                                                               110)]
    assert _tokens("", 5) == [] and _tokens("   ", 5) == []


def test_tok_index_as_the_loop():
    for s in _SENTENCES + _random_sentences(200):
        toks = _tokens(s, 50)
        for pos in range(40, 50 + len(s) + 3):
            assert _tok_index(toks, pos) == _tok_index_loop(toks, pos)
    assert _tok_index([], 3) == 0


def _hypothetical_loop(toks, qi, lex):
    """The function as it was before its set gate (s24)."""
    cues = lex.raw.get("hypothetical_cues", [])
    for k in range(max(0, qi - 12), qi):
        if toks[k].text in {",", ";", ":"} and k < qi - 1:
            continue
        if toks[k].low in ("if", "unless") or (toks[k].low in ("would", "could", "were") and k + 1 < len(toks)
                                                and f"{toks[k].low} {toks[k + 1].low}" in cues):
            return True
    return False


def test_is_hypothetical_as_the_loop():
    lex = load_lexicon()
    extra = ["Had the Boers held, they would be spared and 30 killed.",
             "Unless relief comes, 500 of the Aceh garrison could be dead.",
             "There were 14 Kikuyu guards killed at Naivasha.",                  # 'were' with no cue after it
             "The rifles, unless, , 40 more"]
    for s in _SENTENCES + extra + _random_sentences(300):
        toks = _tokens(s)
        for qi in range(len(toks) + 1):
            assert _is_hypothetical(toks, qi, lex) == _hypothetical_loop(toks, qi, lex), (s, qi)


def test_is_hypothetical_takes_and_refuses():
    lex = load_lexicon()
    toks = _tokens("If the Rif tribes rise, 40 would die")
    assert _is_hypothetical(toks, 6, lex)
    toks = _tokens("The Rif tribes killed 40 at Anual")        # no opener in the window: the set test refuses
    assert not _is_hypothetical(toks, 4, lex)
    assert _HYPOTHETICAL_OPENERS.isdisjoint(t.low for t in toks[:4])


class _NoRegistry:
    view = None
    belligerents = ()

    def side_of_words(self, words):
        return None


def _body_loop(claim_text, np_words, sw):
    """`generic_body_named` without its key-word gate."""
    import re
    if not claim_text or not np_words:
        return None
    folded = set(re.findall(r"[a-z]+", " ".join(np_words).lower()))
    for name, side, words in _bodies():
        if words <= folded and (m := name.search(claim_text)) is not None:
            return side, "peacekeepers" if side == "un" else "aid workers"
    return None


@pytest.mark.parametrize("claim,np_words", [
    ("four Red Cross workers", ["red", "cross", "workers"]),
    ("12 United Nations soldiers", ["united", "nations", "soldiers"]),
    ("three MSF doctors", ["msf", "doctors"]),
    ("two Save the Children staff", ["save", "the", "children", "staff"]),
    ("30 Boer burghers", ["boer", "burghers"]),                         # no body: refused by the gate
    ("the children of the Aceh kampongs", ["the", "children", "of", "aceh"]),  # common words: the loop decides
    ("nine Kikuyu home guards", []),
    ("", ["red", "cross"]),
])
def test_generic_body_gate_as_the_loop(claim, np_words):
    assert generic_body_named(claim, np_words, _NoRegistry()) == _body_loop(claim, np_words, _NoRegistry())


def test_every_body_has_a_key_word():
    keys = _body_keys()
    assert keys is not None
    assert all(not keys.isdisjoint(words) for _, _, words in _bodies())
    assert "the" not in keys and "for" not in keys


def test_rules_for_as_the_scan():
    from presslens.casualties import rules
    rng = random.Random(25)
    vocab = sorted(set().union(*(g for r in rules.RULES for g in r.gate))) + ["boer", "rif", "aceh", "the"]
    for _ in range(3000):
        words = set(rng.sample(vocab, rng.randint(0, 12)))
        assert rules.rules_for(words) == rules.rules_for_scan(words)
    assert rules.rules_for({"boer", "commando", "rif"}) == []        # no gate word: no rule

"""Session 26's exact early exits of the casualty pass (docs/scale.md, "Session 26: casualty speed"): each gate is
compared with the loop it stands before, on invented sentences of an invented war (in none of the eval sets)."""
from __future__ import annotations

import pytest

from presslens.casualties.claims import _is_hypothetical
from presslens.casualties.generic_bodies import _bodies, generic_body_named
from presslens.casualties.lexicon import load_lexicon
from presslens.casualties.numbers import _tokens


def _is_hypothetical_loop(toks, qi, lex) -> bool:
    """`_is_hypothetical` as it was before its gate (session 25's head)."""
    cues = lex.raw.get("hypothetical_cues", [])
    for k in range(max(0, qi - 12), qi):
        if toks[k].text in {",", ";", ":"} and k < qi - 1:
            continue
        if toks[k].low in ("if", "unless") or (toks[k].low in ("would", "could", "were") and k + 1 < len(toks)
                                                and f"{toks[k].low} {toks[k + 1].low}" in cues):
            return True
    return False


@pytest.mark.parametrize("text", [
    "If 40 Marenian soldiers had been killed, the front would have broken near Dorra.",
    "Unless 300 men were sent, the garrison of Kessa could fall, the colonel wrote.",
    "The KSF said it would have killed 20 soldiers had the bridge held.",
    "Were 12 more villagers to die, the council would flee Dorra.",
    "Rebels killed 14 soldiers and wounded 30 near Dorra on Tuesday, the army said.",
    "IF 9 MEN WERE LOST, THE POST WOULD FALL.",
    "Officials could not say how many of the 200 people in the camp were hurt; 15 were wounded, 3 killed.",
])
def test_the_hypothetical_gate_answers_as_the_loop(text):
    lex = load_lexicon()
    toks = _tokens(text)
    for qi in range(len(toks)):
        assert _is_hypothetical(toks, qi, lex) == _is_hypothetical_loop(toks, qi, lex), (text, toks[qi].text)


def test_the_hypothetical_gate_keeps_true_and_false():
    lex = load_lexicon()
    toks = _tokens("If 40 soldiers had been killed near Dorra, 12 more were wounded.")
    assert _is_hypothetical(toks, 1, lex)                     # 'If' before 40
    toks = _tokens("Rebels killed 14 soldiers near Dorra.")
    assert not _is_hypothetical(toks, 2, lex)                 # no gate word in the window


class _NoSides:
    view = None
    belligerents = ()

    @staticmethod
    def side_of_words(_words):
        return None


def _generic_body_loop(claim_text, np_words, sw):
    """`generic_body_named`'s loop without its gate (session 25's head)."""
    import re
    from presslens.casualties.generic_bodies import _side_is_the_body
    if not claim_text or not np_words:
        return None
    folded = set(re.findall(r"[a-z]+", " ".join(np_words).lower()))
    for name, side, words in _bodies():
        if words <= folded and (m := name.search(claim_text)) is not None:
            if _side_is_the_body(m.group(0), sw):
                return None
            return side, "peacekeepers" if side == "un" else "aid workers"
    return None


@pytest.mark.parametrize("claim_text, np_words", [
    ("four United Nations soldiers were wounded", ["united", "nations", "soldiers"]),
    ("12 Marenian Red Cross volunteers", ["marenian", "red", "cross", "volunteers"]),
    ("three UNHCR staff", ["unhcr", "staff"]),
    ("20 KSF fighters", ["ksf", "fighters"]),
    ("nine soldiers of the Marenian army", ["soldiers"]),
    ("30 red-cross workers", ["red-cross", "workers"]),
    ("six villagers", []),
])
def test_the_body_gate_answers_as_the_loop(claim_text, np_words):
    assert generic_body_named(claim_text, np_words, _NoSides()) == _generic_body_loop(claim_text, np_words, _NoSides())


_OLD_WAS = r"(?<![\w'’-])(?:was|been)(?=\s)"
_OLD_DEF_CHEAP = (r"\b(?:was|been)\s+(?:\w+\s+)?(?:killed|shot|gunned|stabbed|beaten|hacked|burn\w*|taken|found|murdered|"
                  r"executed|beheaded|assassinated|lynched|wounded|injured|hurt|abducted|kidnapped)\b|\bdied\b")


@pytest.mark.parametrize("text", [
    "Captain Oren Valk was shot dead at the Dorra gate; his driver had been wounded.",
    "The KSF's envoy, who was-been there, died.  Then: 'was' been\tkilled",
    "wasbeen was\nbeen killed -was 'was ’was _was 1was éwas xdied died, undied",
    "Two men were taken; one was later found dead and another has been abducted.",
    "was",
])
def test_the_opened_patterns_match_as_the_old(text):
    import re
    from presslens.casualties.named_victims import _RX_WAS
    from presslens.casualties.one_by_role_subject import _RX_DEF_CHEAP
    for old, new in ((re.compile(_OLD_WAS), _RX_WAS), (re.compile(_OLD_DEF_CHEAP), _RX_DEF_CHEAP)):
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
        for pos in range(len(text)):
            a, b = new.search(text, pos), old.search(text, pos)
            assert (a and a.span()) == (b and b.span())

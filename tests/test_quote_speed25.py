"""Session 25 quote speed (docs/scale.md, "Session 25: quote speed, the mention layer"): a side lookup asks only the
side patterns whose lead words its text holds (actor_words.LeadIndex), and gives what asking every pattern in turn
gave; the phrase rules are paired with their gates once (mentions.rules.apply_rules). Made-up copy of the Football War
(Honduras and El Salvador, 1969) and the Cenepa War (Ecuador and Peru, 1995), wars of no eval set."""
from __future__ import annotations

import random

import pytest

from presslens.actor_words import LeadIndex, WordGated, _phrase_regex, text_words
from presslens.actors import Actors, _conflict
from presslens.mentions import rules

_WAR = {"sides": {"hn": "the Honduran state and its army", "sv": "the Salvadoran state and its army"},
        "government_side": "hn",
        "keywords": {"hn": ["Honduran army", "Tegucigalpa", "Guardia Nacional"], "sv": ["Salvadoran army", "San Salvador"]},
        "countries": {"hn": ["Honduras"], "sv": ["El Salvador"]},
        "actors": [{"name": "Fuerza Aerea Hondurena", "side": "hn"}, {"name": "Salvadoran Security Command", "side": "sv"},
                   {"name": "Oswaldo Lopez Arellano", "side": "hn", "role": "president"}]}
_CIVIL = {"sides": {"gov": "the Peruvian state", "mrta": "the Tupac Amaru Revolutionary Movement"},
          "government_side": "gov", "rebel_side": "mrta",
          "keywords": {"gov": ["Peruvian army", "Lima"], "mrta": ["Tupac Amaru", "MRTA"]},
          "actors": [{"name": "Tupac Amaru Revolutionary Movement", "side": "mrta"},
                     {"name": "Joint Command of the Armed Forces", "side": "gov"}]}

_COPY = [
    "a Honduran army spokesman", "officials in Tegucigalpa", "the Salvadoran Security Command", "San Salvador radio",
    "a security guard at the stadium", "Security sources", "the Red Cross", "an aid group working near Nueva Ocotepeque",
    "U.N. observers", "the OAS mission", "a Peruvian army colonel on the Cenepa", "Tupac Amaru rebels", "MRTA guerrillas",
    "the Joint Command", "Command officials", "a Peruvian rebel", "Peru's insurgents", "Lima's foreign ministry",
    "the Ministry of Emergency Situations", "doctors at the hospital in Choluteca", "residents", "a farmer",
    "El Salvador's foreign minister", "the foreign ministry of Honduras", "diplomats", "an analyst in Quito",
    "the state news agency", "President Lopez Arellano", "Guardia Nacional troops", "-- the army", "", "Ecuadorean army",
]


def _texts() -> list[str]:
    rng = random.Random(25)
    words = [w for t in _COPY for w in t.split()] + ["said", "and", "the", "of", ",", "'s", "\u2019s", "Honduran",
                                                      "hondurenos", "Security", "security", "state", "rebels", "MRTA"]
    out = list(_COPY)
    for _ in range(1500):
        out.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 9))))
    return out


def _every_pattern(index: LeadIndex) -> LeadIndex:
    """The index with every entry asked on every text (as the loops asked before session 25)."""
    full = LeadIndex(index.items)
    full.ungated, full.by_word, full.keys = list(range(len(index.items))), {}, frozenset()
    return full


@pytest.mark.parametrize("raw", [_WAR, _CIVIL], ids=["between_states", "civil_war"])
def test_side_lookup_is_the_one_that_asks_every_pattern(raw):
    fast = Actors([_conflict("x", raw)])
    slow = Actors([_conflict("x", raw)])
    slow._generic_index, slow._strong_index, slow._token_index = \
        _every_pattern(slow._generic_index), _every_pattern(slow._strong_index), _every_pattern(slow._token_index)
    texts = _texts()
    for cased in (False, True):
        got = [fast.side_from_context(t, cased=cased) for t in texts]
        assert got == [slow.side_from_context(t, cased=cased) for t in texts]
    assert len({s for s in got if s}) >= 4      # the copy tells several sides: the test is not vacuous


def test_among_gives_each_entry_that_can_match_in_order():
    idx = LeadIndex([("hn", _phrase_regex(["Honduran army", "Tegucigalpa"])), ("un", _phrase_regex(["U.N."])),
                     ("sv", _phrase_regex(["San Salvador", "army of El Salvador"]))])
    for text in ("the u.n. said the honduran army", "army of el salvador", "san salvador and tegucigalpa", "armies"):
        words = text_words(text)
        kept = [k for k, _, _ in idx.among(words)]
        assert kept == sorted(kept)
        assert [k for k, (_, rx) in enumerate(idx.items) if rx.search(text)] == \
            [k for k in kept if idx.items[k][1].search(text)]


def test_among_takes_none_without_a_lead_word_and_keeps_ungated_patterns():
    import re
    idx = LeadIndex([("hn", _phrase_regex(["Honduran army"])), ("x", WordGated(re.compile(r"-x"), ["-x"]))])
    assert [k for k, _, _ in idx.among(text_words("the salvadoran army"))] == [1]    # 'army' is no lead word
    assert LeadIndex([("hn", _phrase_regex(["Honduran army"]))]).among(text_words("army of honduras")) == ()


@pytest.mark.parametrize("gated", [True, False])
def test_phrase_rules_keep_their_order_and_gates(gated, monkeypatch):
    monkeypatch.setattr(rules, "GATES", gated)
    assert [r for r, _ in rules._GATED_RULES] == list(rules.PHRASE_RULES)
    assert [g for _, g in rules._GATED_RULES] == [rules.RULE_GATES.get(r) for r in rules.PHRASE_RULES]
    for phrase in ("a briefing late on Thursday", "the Salvadoran news agency", "their press release", "one of them"):
        assert rules.apply_rules(phrase) == next((out for r in rules.PHRASE_RULES if (out := r(phrase)) is not None), None)

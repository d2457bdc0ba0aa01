"""Two harm idioms of general English, of old copy too, missing from the lexicon until session 24 (s24-oldcopy;
docs/rules.md "Session 24: casualty claims missed in old and cabled copy"): `put to death` (killed, passive only: the
active splits its object, 'put 12 prisoners to death') and `put out of action` (casualties: killed or wounded, no
finer category). The phrase is gated by `put` with `action` (casualties/lexicon.py `_FREQUENT`: `out` is a particle
of `_COMMON`), so no sentence is admitted by `put` or `out` alone. Sentences in the styles of wars in none of the
eval sets (the Crimean War, the Franco-Prussian War, the Greco-Turkish War of 1897); names are invented."""
from __future__ import annotations

import pytest

from presslens.casualties.lexicon import load_lexicon
from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, claim", [
    # each no claim at the base
    ("Some Cossack prisoners were put to death at Balaklava.", ("killed", None, None)),
    ("Twelve francs-tireurs were put to death by the Bavarians at Bazeilles.", ("killed", 12, 12)),
    ("Several hundred Turks were put out of action before Domokos.", ("casualties", None, None)),
    ("Forty Zouaves were put out of action in the first rush.", ("casualties", 40, 40)),
])
def test_an_old_idiom_of_harm_is_a_claim(text, claim):
    assert claim in [r[:3] for r in claims_in(text)]


@pytest.mark.parametrize("text", [
    # no people: guns and ships put out of action are no casualties
    "Three Russian batteries were put out of action by the French fire.",
    "Two ironclads were put out of action at the Piraeus.",
    # 'put' or 'out' alone is no cue
    "The Prussians put 40 guns into line and drove the French out of Wissembourg.",
])
def test_no_people_no_claim(text):
    assert claims_in(text) == []


def test_the_gate_is_the_pair_put_action():
    lex = load_lexicon()
    assert "out" not in lex.gate_any and "action" in lex.gate_pairs["put"]
    assert not lex.admits("they put the fire out of the house".split())
    assert lex.admits("forty were put out of action".split())


@pytest.mark.parametrize("text", [
    # rule `lost_heavily` (casualties/further_counts.py, found_by 'a side lost heavily'): each no claim at the base
    "The Russians lost heavily in the ravine below the Alma.",
    "Our scouts report that the Bavarians lost very heavily at Froeschwiller.",
    "The Greeks lost severely on the ridge, the correspondent writes.",
])
def test_a_side_lost_heavily_is_a_vague_toll(text):
    rows = claims_in(text)
    assert [r[0] for r in rows] == ["casualties"] and rows[0][3] in ("heavily", "severely")


@pytest.mark.parametrize("text", [
    # a vote, a market, a want: no toll
    "The Liberals lost heavily at the polls in Athens.",
    "Lyons lost heavily from the cotton famine.",
    "The bourse lost heavily on the exchange after Sedan.",
])
def test_lost_heavily_without_a_war_toll(text):
    assert claims_in(text) == []

"""Session 14, speakers second pass (docs/rules.md "Session 14: speakers, second pass"): rule `indefinite_named`
(quotes.appositive), an indefinite description in apposition to a name gives the name. Made-up sentences in the
manner of wars that no eval set holds (Biafra 1967-70, Cyprus 1974, the Chaco War, Bangladesh 1971, the Aden
Emergency), positive and negative."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article
from presslens.quotes.appositive import indefinite_named


def _speakers(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["cue"], r["speaker_by"]) for r in quotes_for_article("t.txt", text)]


CASES = [
    ("Biafra: a person described, then named, after an inverted cue",
     'The shelling went on all night. "They came at dawn and burned the market," said an elderly woman, Ngozi '
     'Okafor.\n',
     ("Ngozi Okafor", "said", "indefinite_named")),
    ("Cyprus: a body described, then named, before the cue",
     "A Geneva-based relief agency, the International Relief Committee, said on Monday that 3,000 people had "
     "fled Famagusta.\n",
     ("International Relief Committee", "said", "indefinite_named")),
    ("Chaco: a person named after a quote, then 'one of' his office with no closing comma",
     '"The fort will not fall," Colonel Rafael Franco, one of the senior commanders of the Paraguayan army said.\n',
     ("Rafael Franco", "said", "indefinite_named")),
    ("negative Bangladesh: a wire lede's place before the description is no name of it",
     "At least 40 villagers were killed when troops shelled a camp on the outskirts of Jessore Town, a relief "
     "group said.\n",
     ("a relief group", "said", "unnamed")),
    ("negative Aden: a partitive description keeps itself (the name is its complement's)",
     "A faction of the nationalist movement, the Front for the Liberation of South Yemen (FLOSY), claimed the "
     "grenade attack in Crater.\n",
     None),
    ("negative Cyprus: a description with a place complement before the place's name",
     "Twelve people died, a correspondent in the capital, Nicosia, said.\n",
     None),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_indefinite_named(name, text, expected):
    rows = _speakers(text)
    if expected is not None:
        assert expected in rows
    assert all(by != "indefinite_named" for _, _, by in rows) or expected is not None


@pytest.mark.parametrize("text,phrase,expected", [
    ('"We hold the ridge," Major Kemal Arslan, one of the officers of the garrison said.',
     "one of the officers of the garrison", "Major Kemal Arslan"),
    ("A Dhaka rights group, the Bangladesh Human Rights Council, said it counted 200 dead.",
     "A Dhaka rights group", "Bangladesh Human Rights Council"),
    # left alone: the name ends the clause before the description (a wire lede's attribution)
    ("Fighting spread to the suburbs of Port Harcourt, a relief worker said.", "a relief worker", None),
    # left alone: the description has a complement, the name is that complement's
    ("A wing of the liberation army, the Mukti Bahini, said it held the bridge.", "A wing of the liberation army",
     None),
    # left alone: no name after the comma
    ("A senior officer, who asked not to be named, said the road was cut.", "A senior officer", None),
    # left alone: a definite description (the layer's coreference reads it)
    ("The relief agency, the Cyprus Red Cross, said 30 were hurt.", "The relief agency", None),
])
def test_indefinite_named_function(text, phrase, expected):
    start = text.index(phrase)
    found = indefinite_named(text, start, start + len(phrase), phrase)
    assert (found[0] if found else None) == expected

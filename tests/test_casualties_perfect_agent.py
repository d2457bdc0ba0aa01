"""Rule `perfect_count_is_the_agent` (casualties/cue_phrases.py, `_right_cue`; docs/rules.md, "Session 20: claim
recall"): a count before an active perfect with an object ('Twenty guerrillas have killed a police officer') is the
verb's agent, as before a bare past tense (`count_is_the_agent`), not its victims: a bare 'have/has/had' is no passive
auxiliary (a passive needs a form of 'be'). The copy is invented, in the styles of wars in none of the eval sets
(Biafra 1968, Dhofar 1972, Katanga 1961, Aden 1967, the Chaco War)."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_found, claims

# (text, the records the agent's count must NOT give, the records that must stay)
AGENT = [
    ("Twenty guerrillas have killed a police officer near Salalah, the army said.",
     [("killed", 20, 20, None)], [("killed", 1, 1, None)]),
    ("Three gunmen had shot dead two gendarmes at the Jadotville checkpoint before dawn.",
     [("killed", 3, 3, None)], [("killed", 2, 2, None)]),
    ("Two hundred rebels have captured four federal soldiers near Enugu.",
     [("captured", 200, 200, None)], [("captured", 4, 4, None)]),
    ("Five terrorists has wounded a British corporal in Crater, officials said.",
     [("wounded", 5, 5, None)], [("wounded", 1, 1, None)]),
]

# a perfect without an object, or a passive perfect: the count is still the victims
KEPT = [
    ("Twenty guerrillas have been killed near Salalah, the army said.", [("killed", 20, 20, None)]),
    ("Forty Paraguayan soldiers have died of thirst in the Chaco, officers said.", [("killed", 40, 40, None)]),
    ("Three thousand villagers have fled their homes near Owerri.", [("displaced", 3000, 3000, None)]),
    ("Twelve mercenaries had surrendered to the UN troops at Kolwezi.", [("surrendered", 12, 12, None)]),
    ("Two soldiers had been wounded and one killed in the ambush near Dhala.",
     [("wounded", 2, 2, None), ("killed", 1, 1, None)]),
]


@pytest.mark.parametrize("text,absent,kept", AGENT, ids=[f"agent-{i}" for i in range(len(AGENT))])
def test_perfect_count_is_the_agent(text, absent, kept):
    got = claims(text)
    assert_absent("perfect_count_is_the_agent", got, absent)
    assert_found("perfect_count_is_the_agent", got, kept)


@pytest.mark.parametrize("text,expected", KEPT, ids=[f"kept-{i}" for i in range(len(KEPT))])
def test_perfect_without_object_keeps_victims(text, expected):
    assert_found("perfect_count_is_the_agent", claims(text), expected)

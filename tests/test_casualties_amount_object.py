"""An object opening with a bound or a vague amount after a bare or perfect harm verb (session 23, s23-recall;
docs/rules.md "Session 23: casualty claims missed and false on fresh copy"): rule `amount_opens_object`
(casualties/cue_phrases.py) extends rule `count_is_the_agent`: the count before the verb is the agent, not the
victims. Sentences in the styles of wars in none of the eval sets (the Nigerian civil war, the Second Boer War, the
Laotian civil war); names are invented."""
from __future__ import annotations

import pytest

from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, agent, claim", [
    ("Two Federal jets killed at least 40 villagers at the Umuahia market on Tuesday.", 2, ("killed", 40, None)),
    ("Three commandos wounded more than a dozen Biafran soldiers near Onitsha.", 3, ("wounded", 13, None)),
    ("The feud between the two generals has killed thousands of civilians in the east.", 2,
     ("killed", None, None)),
    ("Four burgher scouts captured about 60 troopers at the drift.", 4, ("captured", 60, 60)),
    ("Five Pathet Lao patrols have killed dozens of government soldiers since March.", 5, ("killed", None, None)),
])
def test_the_count_before_an_amount_object_is_the_agent(text, agent, claim):
    rows = claims_in(text)
    assert claim in [r[:3] for r in rows]
    assert agent not in [r[1] for r in rows]


@pytest.mark.parametrize("text, claim", [
    # a passive cue: the count is the victims, whatever follows
    ("Two Federal soldiers were killed at least once in the reports, the ministry said.", ("killed", 2, 2)),
    # a headline's reduced passive with no people after the amount
    ("Two burghers killed about 10 miles from Ladysmith.", ("killed", 2, 2)),
    # the amount after a comma opens another phrase, not the verb's object
    ("Three soldiers killed, at least 20 others wounded in Vientiane.", ("killed", 3, 3)),
])
def test_victims_before_a_cue_stay(text, claim):
    assert claim in [r[:3] for r in claims_in(text)]

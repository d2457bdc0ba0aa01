"""Victims named by a civilian trade or home are `civilian` (docs/annotation.md: non-combatants; session 23,
s23-story2: data in casualties.yaml `roles.civilian`, decided by `side_from_role`). Sentences of the Aden emergency
(1963-1967), in none of the eval sets."""
import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.rules import claims_in

REG = Actors([_conflict("aden", {"sides": {"uk_gov": "British forces in Aden", "nlf": "the National Liberation Front"},
                                 "government_side": "uk_gov", "rebel_side": "nlf", "articles": ["example.txt"],
                                 "keywords": {"nlf": ["NLF"], "uk_gov": ["British"]}})])


@pytest.mark.parametrize("text, side", [
    ("Six oil contractors were killed when the convoy was ambushed near Crater.", "civilian"),
    ("A grenade thrown into the canteen wounded four port employees.", "civilian"),
    ("Two islanders died when the ferry was machine-gunned.", "civilian"),
    ("Three shopkeepers were killed in the bazaar.", "civilian"),
])
def test_trade_is_civilian(text, side):
    assert [c[-1] for c in claims_in(text, REG)] == [side]


@pytest.mark.parametrize("text, side", [
    # a force named after the trade keeps the force's side (the last role word decides)
    ("The rebels arrested six employees of the Aden police.", "uk_gov"),
    # people, not a trade: a toll that says nothing of who
    ("Nine people were killed in the fighting near Crater.", "unknown"),
])
def test_not_taken(text, side):
    assert [c[-1] for c in claims_in(text, REG)] == [side]

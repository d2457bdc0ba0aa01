"""`_side_from_grammar`'s partitive anaphor step (casualties/victims.py): 'two of the injured' takes the last
injured group's side; 'two of their injured' is owned by `their`, not by the last injured group, and the step leaves
it to the later rules. Sentences in the style of reports of Mexico's Cristero war (1926-29), in none of the eval
sets."""
from claim_families import columns
from presslens.actors import Actors, _conflict

REG = Actors([_conflict("cristero-1926", {
    "sides": {"federal": "the Mexican federal government of President Calles and its army",
              "cristeros": "the Cristero rebels of Jalisco and the Bajio and their columns"},
    "government_side": "federal", "rebel_side": "cristeros", "articles": ["example.txt"],
    "keywords": {"federal": ["federal army", "Federals"], "cristeros": ["Cristeros"]}})])


def _captured(text):
    rows = columns(text, ("category", "victim_side", "side_by"), actors=REG, article="example.txt")
    return [(side, by) for category, side, by in rows if category == "captured"]


def test_their_injured_is_not_the_last_injured_group():
    text = ('A Federal officer said several soldiers were injured at the ford. "Three of our soldiers and 20 '
            'Cristeros were killed, while two of their injured were captured," he said.')
    assert _captured(text) == [("cristeros", "side_from_context")]


def test_the_injured_still_takes_the_last_injured_group():
    text = "Several soldiers were injured at the ford. Two of the injured were captured."
    assert _captured(text) == [("federal", "side_from_grammar")]

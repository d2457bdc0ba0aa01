"""Rule `person_shot_no_outcome` (casualties/shot_rules.py; session 27, s27-shot): one person (a pronoun, `a`/`the`
and a person noun, a name with its age, a name before `, who`) `was shot` with no outcome word, in a sentence where no
other rule found a claim: one record of 1, `wounded` where a limb or a recovery is told, else `killed` (the golds'
reading in six wars: the one person shot of war copy is told dead). Not `shot dead` (the lexicon's), not `shot at`,
not a sentence whose outcome is told by another claim. Sentences in the styles of wars in none of the eval sets (the
Finnish Civil War, the Cristero War, the Paris Commune); names are invented."""
from __future__ import annotations

import pytest

from presslens.casualties import extract_article
from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, claim", [
    # each gives no claim at the base
    ("A Red Guard commander was shot near the Tampere waterworks on Tuesday.", ("killed", 1, 1)),
    ("Laaksonen, 34, was shot twice as he crossed the railway bridge.", ("killed", 1, 1)),
    ("He was shot in the back of the neck outside the sacristy at Colima.", ("killed", 1, 1)),
    ("The first loss of the federal column was Corporal Ibarra, who was shot near the ford.", ("killed", 1, 1)),
    # (`shot at the ford` is read as `shot at`, fired upon: no claim; the place and the miss are one spelling)
    ("She had been shot in the arm while carrying bread to the barricade.", ("wounded", 1, 1)),
    ("A National Guard sergeant was shot in the shoulder on the Rue de Rivoli.", ("wounded", 1, 1)),
])
def test_one_person_shot(text, claim):
    assert [r[:3] for r in claims_in(text)] == [claim]


@pytest.mark.parametrize("text", [
    "He was shot at from the church tower but escaped unhurt.",           # `shot at`: no hit
    "The priest was shot and wounded in the square.",                      # the outcome told: not this rule's shape
    "The regiment was shot through with doubt after the defeat at Viipuri.",  # no person
    "Two shot guns and a pistol were found in the cellar.",                # no person shot
])
def test_no_one_shot(text):
    assert claims_in(text) == [] or all(r[0] != "killed" for r in claims_in(text))


def test_a_claim_in_the_sentence_tells_the_outcome():
    text = "Sergeant Virtanen died in hospital on Friday; he had been shot in the neck at Lahti."
    rows = extract_article("x.txt", text)
    assert [(r["category"], r["low"]) for r in rows] == [("killed", 1)]
    assert rows[0]["found_by"] != "person_shot_no_outcome"


def test_found_by():
    rows = extract_article("x.txt", "A White Guard lieutenant was shot near the station at Varkaus on Sunday.")
    assert [(r["category"], r["low"], r["found_by"]) for r in rows] == [("killed", 1, "person_shot_no_outcome")]

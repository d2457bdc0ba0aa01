"""Rule `credit_before_aside` (casualties.credit_aside, asked in `ArticleVoices.sentence_claimant`; docs/rules.md
"Session 25: casualty claimants"): a closing credit ('..., X said') followed by an aside (a dash's comment, `having
...`, a participle clause, a bracketed caption) still owns the clause before it. Sentences invented in the styles of
wars in none of the eval sets (the Shaba invasions, the Ogaden war of 1977, the Toyota War, the Western New Guinea
dispute); every name invented."""
from __future__ import annotations

import pytest
from claim_families import claimant_rows

from presslens.casualties.credit_aside import credit_before_aside

claims = claimant_rows


@pytest.mark.parametrize("text, claimant", [
    # a dash's comment after the credit and its day
    ("Thirty-one Katangese gendarmes were killed near Kolwezi, Zairean authorities said on Tuesday — the heaviest "
     "fighting in the province since March.", "Zairean authorities"),
    # a perfect participle after the credit
    ("Seven Somali soldiers died in the shelling of Jijiga, Radio Mogadishu reports having spoken to the garrison.",
     "Radio Mogadishu"),
    # a participle clause after the credit, the harm in it
    ("Libyan troops fired on herders trying to flee the oasis, villagers said, killing 12.", "villagers"),
    # a bracketed caption glued to the sentence's end
    ("Nine Papuan villagers were wounded in the raid, mission sources said early Sunday.(Antara/Jan Wainggai)",
     "mission sources"),
])
def test_the_credit_before_an_aside_owns_the_claim(text, claimant):
    got = claims(text)
    assert got and all(c == claimant and by == "credit_before_aside" for _, _, c, by in got), got


@pytest.mark.parametrize("sent", [
    # a dash inside the claim, the credit at the sentence's start: the subject rule's, not this one's
    "Officials said 12 died — most of them children — in the raid on Faya.",
    # a participle clause with no credit before it
    "Twelve herders were killed near Fada, raising the toll of the week to forty.",
    # a bracket that does not close the sentence
    "Four soldiers died, local radio reported on Friday (March 3) in the wake of the ambush near Ouadi Doum.",
    # a pronoun's credit: the quote layer's (the last speaker), not a source phrase
    "Four soldiers died in the ambush, he said — adding nothing more.",
])
def test_no_credit_before_an_aside(sent):
    assert credit_before_aside(sent) is None


def test_a_credit_inside_the_aside_still_wins():
    # left alone (docs/rules.md): a cue of the aside's own ('..., the agency noted') is the subject rule's first match
    got = claims("Thirty-one Katangese gendarmes were killed near Kolwezi, Zairean authorities said on Tuesday — the "
                 "heaviest fighting since March, the agency noted.")
    assert got and all(by != "credit_before_aside" for _, _, _, by in got), got


def test_the_aside_does_not_replace_a_subject_that_speaks():
    # the sentence's own subject credit stands: the aside rule is asked only where no other cue named the claimant
    got = claims("The Chadian army said on Monday — in a radio broadcast — that 40 Libyan soldiers were killed.")
    assert got and all(by != "credit_before_aside" for _, _, _, by in got), got

"""Rule `source_modifier_cut` (casualties.source_modifier, asked in `ArticleVoices.claim_claimant` after
`unnamed_source_tail`; docs/rules.md "Session 26: casualty claimants"): an unnamed source's phrase ends at its head
noun, without the relative clause or the participle of issue it runs on into. Sentences invented in the styles of
wars in none of the eval sets (the Ifni War of 1957-58, the Zanzibar revolution of 1964, the Sand War of 1963); every
name invented."""
from __future__ import annotations

import pytest
from claim_families import claimant_rows

from presslens.casualties.source_modifier import source_modifier_cut

claims = claimant_rows


@pytest.mark.parametrize("text, claimant", [
    # a participle of issue after a document's head, in an `according to` credit
    ("The Spanish killed in Ifni numbered slightly more than 60, according to a Spanish Army statement issued in "
     "Sidi Ifni.", "the spanish army"),
    # the same after a subject that speaks, with its day
    ("RABAT -- A previously secret Moroccan Interior Ministry report published Tuesday disclosed that 41 tribesmen "
     "were killed in 1958.", "a previously secret Moroccan Interior Ministry report"),
    ("A previously secret police report released on Monday said that 70 Arabs were killed in Zanzibar Town.",
     "a previously secret police report"),
    # a relative clause after an unnamed person, the claim in the next sentence's pronoun
    ("The Argus has news from a reliable gentleman who left Tindouf on Friday evening. He estimates the Algerian "
     "loss at 300 killed.", "a reliable gentleman"),
])
def test_the_source_ends_at_its_head(text, claimant):
    """End to end the phrase is cut once, by whichever layer meets it first: a statement's speaker phrase is cut by
    the mention layer's `participle_after_head` (the claim then takes the quote's speaker, a statement's author), a
    claimant phrase that no statement row holds by this rule."""
    got = claims(text)
    assert got and all(c == claimant and by in ("source_modifier_cut", "quote_claimant") for _, _, c, by in got), got


@pytest.mark.parametrize("phrase, cut", [
    ("a Spanish Army statement issued in Sidi Ifni", "a Spanish Army statement"),
    ("a previously secret police report released on Monday", "a previously secret police report"),
    ("a reliable gentleman who left Tindouf on Friday evening", "a reliable gentleman"),
])
def test_the_rule_cuts_at_the_head(phrase, cut):
    assert source_modifier_cut(phrase) == cut


@pytest.mark.parametrize("who", [
    "Mr. Ruiz, who",                        # a name: capitalised
    "The Commission Which Investigated",    # a title-case name
    "a nurse working at the clinic",        # a present participle: `unnamed_source_tail`'s, not this rule's
    "officials",                            # one word, nothing after the head
    "the statement which",                  # a relative pronoun with no clause after it
    "who said",                             # nothing before the modifier
    "the reporters and published",          # no head noun before the participle (a function word)
])
def test_left_alone(who):
    assert source_modifier_cut(who) == who


def test_a_named_source_is_not_cut():
    got = claims("The Moroccan Liberation Army, which holds the hills above Ifni, said 14 Spanish soldiers died.")
    assert got and all(by != "source_modifier_cut" for *_, by in got), got

"""Rule `quoted_subordinate_opening` (casualties.quote_rows._usable_quote; docs/rules.md "Session 17: claimants"): a
quote row whose words open on 'after', 'during', 'when' ... is the cue's adverbial ('she wrote on X after Monday's
raids, in which 23 men were detained': no claim of hers), but not when those words open a quotation: a direct quote
that starts 'After the firefight, ...' or 'During the shooting, ...' is its speaker's. Sentences invented in the
styles of wars in none of the eval sets (the Shifta War, the Aden Emergency); every name invented."""
from __future__ import annotations

import pytest

from claim_families import CLAIMANT, columns


def claimants(text: str) -> list[tuple]:
    """(category, low, claimant) of each claim of `text`, with the quote rows the pipeline gives."""
    return columns(text, CLAIMANT, article="opening.txt", quotes=True)


@pytest.mark.parametrize("text, expected", [
    ('"After the ambush near Garissa, the raiders carried away four of their dead," a military statement said.',
     ("killed", 4, "military")),
    ('Radio Aden said, "During the shooting, two soldiers were killed."', ("killed", 2, "Radio Aden")),
])
def test_a_quotation_opening_on_a_subordinator_is_the_speakers(text, expected):
    assert expected in claimants(text)


def test_a_cues_adverbial_is_still_no_claim_of_the_speaker():
    """The cue's adverbial (no quotation mark before it) stays the article's voice."""
    got = claimants("The governor wrote on the radio after Monday's raids near Garissa, in which 23 men were "
                    "detained.")
    assert got and all(c is None for _, _, c in got), got

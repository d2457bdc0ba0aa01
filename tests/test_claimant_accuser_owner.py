"""Rule `accuser_owns_count` (casualties.accuser_owner; docs/rules.md "Session 18: claimants"): a count told as the
object of a named subject's accusation, blame or denunciation ('Y accused X of killing N', 'Y blame X for the deaths of
N', 'Y denounces the death of N') is Y's claim, also inside another speaker's statement ('X said ... after Y accused it
of killing N'). Sentences invented in the styles of wars in none of the eval sets (the Uganda-Tanzania war, the
Mauritania-Senegal border war of 1989, the Sino-Soviet border clashes of 1969); every name invented. Negative cases: a
relative clause after the accusation, a cue of its own between, a passive with no subject, a count told before the
accusation, a day taken for the subject, a denial."""
from __future__ import annotations

import pytest

from claim_families import CLAIMANT, CLAIMANT_BY, assert_among, case_ids, columns
from presslens.casualties.accuser_owner import accuser_owns_count, country_accuser
from presslens.casualties.found import Found


def claimants(text: str) -> list[tuple]:
    """(category, low, claimant) of each claim of `text`, with the quote rows the pipeline gives."""
    return columns(text, CLAIMANT, article="accuser.txt", quotes=True)


def claimed_by(text: str) -> list[tuple]:
    """(category, low, claimant, claimant_by) of each claim of `text`."""
    return columns(text, CLAIMANT_BY, article="accuser.txt", quotes=True)


# (family, text, [(category, low, claimant)] that must be among the claims)
CASES = [
    ("accused_inside_a_statement", 'Dar es Salaam said it "deeply regrets the loss of life" after Kampala accused it '
     "of killing 14 soldiers near Mutukula.", [("killed", 14, "Kampala")]),
    ("blame_for_the_deaths", "Senegalese officials blame Mauritanian troops for the deaths of 23 herders along the "
     "river.", [("killed", 23, "Senegalese officials")]),
    ("denounces_headline", "The Ussuri Border Guard denounces the death of 31 soldiers on Zhenbao Island",
     [("killed", 31, "The Ussuri Border Guard")]),
    # the accuser who is the quote row's own speaker keeps the row's form
    ("row_speaker_is_accuser", "Amin's government accused Tanzanian troops on Monday of killing 14 villagers near "
     "Mutukula.", [("killed", 14, "amin's government")]),
    # left alone: a count before the accusation; a cue of its own after it
    ("count_before_accusation", "Kampala said 14 soldiers were killed near Mutukula after Tanzania accused it of "
     "shelling the town.", [("killed", 14, "Kampala")]),
    ("cue_of_its_own", "Nouakchott accused Dakar of lying, and Senegalese police said 23 herders were killed.",
     [("killed", 23, "senegalese police")]),
    ("passive_no_subject", "The militia has been accused of killing 60 villagers near Masaka.",
     [("killed", 60, None)]),
]


@pytest.mark.parametrize("family, text, expected", CASES, ids=case_ids(CASES))
def test_accuser_owns_count(family, text, expected):
    assert_among(family, claimants(text), expected)


def test_the_rule_names_itself_only_where_it_acts():
    """The nested accusation is the rule's row; the accuser who is the row's speaker stays the quote table's."""
    assert ("killed", 14, "Kampala", "accuser_owns_count") in claimed_by(
        'Dar es Salaam said it "deeply regrets the loss of life" after Kampala accused it of killing 14 soldiers.')
    assert all(by != "accuser_owns_count" for *_, by in claimed_by(
        "Amin's government accused Tanzanian troops on Monday of killing 14 villagers near Mutukula."))


@pytest.mark.parametrize("sent, word", [
    ("Moscow accused Beijing of an ambush that killed 31 border guards.", "31"),        # a relative clause
    ("Moscow accused Beijing of provocations but said 31 border guards died.", "31"),   # a cue of its own
    ("The militia has been accused of killing 60 villagers.", "60"),                    # no subject
    ("The region's government, on Saturday accused rebels of killing 12 villagers.", "12"),  # a day is no subject
    ("Nouakchott denied that its troops killed 23 herders.", "23"),                     # a denial
    ("Dakar accused Nouakchott of a raid, killing 23 herders.", "23"),                  # a comma: a clause of its own
    ("Moscow condemned the killing of 31 border guards.", "31"),                        # condemning is not accusing
])
def test_no_accuser(sent, word):
    f = Found("killed", 1, 1, None, sent.index(word), sent.index(word) + len(word), [], None)
    assert accuser_owns_count(sent, 0, f) is None


def test_a_country_stands_as_written():
    """A country or its capital named bare is not a surname of a longer name on the mention layer."""
    assert country_accuser("Sudan") and country_accuser("Kampala")
    assert not country_accuser("Okello") and not country_accuser("Senegalese officials")

"""Casualty claims missed entirely (issue 11, session 9, casualty recall; eval/RECALL_FAMILIES.md): one general
mechanism per family that occurs on three or more dev sets.  The copy is invented, in the styles of wars in none of
the eval sets (Dhofar, Rhodesia's bush war, Transnistria, the Falklands, Nicaragua's Contra war, Cyprus 1974,
Namibia's border war) or between invented countries; every name is invented or generic.  Each family has
sentences that must not become claims."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_found
from claim_families import claims as _claims


def claims(text: str) -> list[tuple]:
    return _claims(text, "recall9.txt")


# (family, text, the (category, low, high, vague) records expected among the article's)
FOUND = [
    # -- F1: a participle clause or a prepositional phrase between the victims and their passive cue ---------------
    ("reduced_relative_before_cue", "Some 40 herders returning from the wells near Salalah were killed by the "
     "insurgents, the sultanate's army said.", [("killed", 40, 40, None)]),
    ("reduced_relative_before_cue", "Six men suspected of being members of the Dniester Volunteers Battalion (DVB) "
     "were detained in Bender on Friday.", [("captured", 6, 6, None)]),
    ("reduced_relative_before_cue", "Eleven guardsmen with two mobile squadrons of the republic's interior troops were "
     "wounded in the shelling of Dubasari.", [("wounded", 11, 11, None)]),
    ("reduced_relative_before_cue", "Nine farm workers travelling to Umtali from the tea estates at Chipinge were shot "
     "dead at a roadblock.", [("killed", 9, 9, None)]),
    ("cue_in_second_verb", "Two Contra raiders opened fire on the patrol and were eventually killed near Jalapa.",
     [("killed", 2, 2, None)]),
    ("cue_in_second_verb", "One conscript disappeared near Dubasari and is presumed kidnapped, the ministry said.",
     [("captured", 1, 1, None)]),
]

# (family, text, records that must not be found: None = no record at all)
ABSENT = [
    ("reduced_relative_before_cue", "Twelve soldiers escorting the convoy that was ambushed near Salalah were "
     "decorated.", None),
    ("reduced_relative_before_cue", "Thirty marines landing near Goose Green said they were tired.", None),
    ("reduced_relative_before_cue", "Five gunmen attacking the post where two guards were killed fled into the hills.",
     [("killed", 5, 5, None)]),
    ("reduced_relative_before_cue", "Four soldiers with 12 civilians in the lorry were evacuated to Rundu.",
     [("displaced", 4, 4, None)]),
    ("cue_in_second_verb", "Three marines shot two snipers and were decorated.", None),
    ("cue_in_second_verb", "Two soldiers fired at 12 protesters and were wounded.", [("wounded", 2, 2, None)]),
]


@pytest.mark.parametrize("family,text,expected", FOUND)
def test_recall9_found(family, text, expected):
    got = claims(text)
    assert_found(family, got, expected)


@pytest.mark.parametrize("family,text,absent", ABSENT)
def test_recall9_not_found(family, text, absent):
    got = claims(text)
    assert_absent(family, got, absent)

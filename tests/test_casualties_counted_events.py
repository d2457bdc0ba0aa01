"""Rule `counted_harm_events` (casualties/counted_events.py; lexicon `nouns`: session 28, s28-recall): a harm counted
as events, one person each: `72 arrests` is 72 captured, `More than fifty murders` 51 or more killed, `a dozen
kidnappings` 12 captured; never a year that dates the events (`since the 1996 killings`) nor the other half of an
alternative (`one killing or two killings`). Sentences in the styles of wars in none of the eval sets (the Mau Mau
emergency, the Dhofar rebellion, the Tuareg rebellion of 1990-95); names and places are invented."""
from __future__ import annotations

import pytest

from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, claim", [
    ("The district officer said the sweep had resulted in 46 arrests in the Nyeri reserve.", ("captured", 46, 46)),
    ("Police say they have made more than ten arrests after the raid on the farm.", ("captured", 11, None)),
    ("More than thirty murders are blamed on the gang, as well as more than a dozen kidnappings.",
     ("killed", 31, None)),
    ("More than thirty murders are blamed on the gang, as well as more than a dozen kidnappings.",
     ("captured", 13, None)),
    ("Rebels blame 14 killings in Agadez on the army.", ("killed", 14, 14)),
    ("Human rights monitors recorded 19 executions in the camp at Salalah last year.", ("killed", 19, 19)),
    ("The committee listed seven abductions along the Tidene road.", ("captured", 7, 7)),
])
def test_events_are_counted(text, claim):
    assert claim in [r[:3] for r in claims_in(text)]


@pytest.mark.parametrize("text", [
    "Survivors returned to the village for the first time since the 1996 killings.",
    "The inquiry into the 1953 executions opened in Nairobi.",
    '"One killing or two killings will not end the rebellion," the elder said.',
    '"An arrest or two arrests changes nothing," he said.',
])
def test_no_count_of_events(text):
    assert claims_in(text) == []


def test_a_range_of_events_is_still_counted():
    assert ("captured", 2, 3) in [r[:3] for r in claims_in("Two or three arrests were made in Mirbat.")]


def test_the_rule_is_named_in_found_by():
    from presslens.casualties.extract import extract_article
    rows = extract_article("t.txt", "The district officer said the sweep had resulted in 46 arrests. Nine died.")
    assert [r["found_by"] for r in rows if r["low"] == 46] == ["counted_harm_events"]

"""Claimant families of session 15 (docs/rules.md, "Session 15: claimants"): a nationality's document told as the
source ('an Argentine report', 'the Iranian communique', 'Israeli tallies': gold keeps the document phrase, the
pipeline kept the adjective alone), and a title-case headline that ends on its source ('..., U.S. Says'). The
sentences are invented in the styles of wars in none of the eval sets (the Chaco War, the Winter War, Dhofar, the
Football War); every name is invented or generic. Each rule has negative cases of what it must leave alone."""
from __future__ import annotations

import pytest

from claim_families import CLAIMANT, columns
from presslens.casualties.claimant_shapes import title_credit_end
from presslens.mentions.state_document import demonym_document


def claimants(text: str) -> list[tuple]:
    """(category, low, claimant) of each claim of `text`, with the quote rows the pipeline gives."""
    return columns(text, CLAIMANT, article="general.txt", quotes=True)


# (family, text, [(category, low, claimant)])
CASES = [
    # rule `demonym_document`: the nationality's document, as written
    ("demonym_document", "Asuncion denied a Bolivian report that 300 Paraguayan soldiers were killed at Nanawa.",
     [("killed", 300, "a Bolivian report")]),
    ("demonym_document", "The Finnish communique said 1,200 Soviet soldiers had been killed on the Karelian "
     "Isthmus.", [("killed", 1200, "the Finnish communique")]),
    ("demonym_document", "The raid on the village killed 14 shepherds, according to Omani tallies.",
     [("killed", 14, "Omani tallies")]),
    # what it leaves alone: a nationality's body, an outlet's report, a country's statement
    ("not_demonym_document", "The Honduran army said 40 Salvadoran soldiers were killed near El Amatillo.",
     [("killed", 40, "Honduran army")]),
    ("not_demonym_document", "A Reuters report said 40 Salvadoran soldiers were killed near El Amatillo.",
     [("killed", 40, "Reuters")]),
    # rule `title_credit_end`: a title-case headline ends on its source
    ("title_credit_end", "Civilian Toll in Chaco Put at 300, Bolivia Says\n\nLA PAZ - The toll rose on Monday.",
     [("killed", 300, "Bolivia")]),
    ("title_credit_end", "Many Soviet Troops Killed in Forest, Finns Report\n\nHELSINKI - Fighting went on.",
     [("killed", None, "Finns")]),
    # what it leaves alone: prose, and the first part of a two-part headline
    ("not_title_credit_end", "Seven soldiers were killed near Salalah, the sultanate says.",
     [("killed", 7, "sultanate")]),
]


@pytest.mark.parametrize("family,text,expected", CASES, ids=[c[0] for c in CASES])
def test_claimant_family(family, text, expected):
    assert claimants(text) == expected


def test_two_part_headline_credits_only_its_second_part():
    """'17 Reported Killed ... : City Shelled, Iran Says': the credit after the colon is not the first part's."""
    assert title_credit_end("40 Reported Dead in Raids : Port Shelled by Gunboats, Paraguay Says") is None
    assert title_credit_end("Port Shelled by Gunboats, Paraguay Says") == "Paraguay"


def test_demonym_document_needs_the_document_beside_the_adjective():
    """The adjective must be the speaker's and stand right before a document noun inside or just after its span."""
    t = "A Bolivian officer said a report listed 300 dead."
    assert demonym_document("Bolivian", t, 0, t.index(" officer")) is None
    t = "The Finnish statement said 30 died."
    assert demonym_document("Finnish", t, 0, t.index(" said")) == "the Finnish statement"
    assert demonym_document("Finland", t, 0, t.index(" said")) is None


# rule `unnamed_source_tail`: an unnamed source without the participle clause or time words after its head
TAIL_CASES = [
    ("unnamed_source_tail", "Nurses treating the wounded in Salalah said 23 soldiers had been killed.",
     [("killed", 23, "nurses")]),
    ("unnamed_source_tail", "At least 40 Finnish soldiers were killed, according to reports circulating here last "
     "night.", [("killed", 40, "reports")]),
    # left alone: a named body, a role with its own clause
    ("not_unnamed_source_tail", "Doctors Without Borders said 23 soldiers had been killed near Salalah.",
     [("killed", 23, "Doctors Without Borders")]),
]


@pytest.mark.parametrize("family,text,expected", TAIL_CASES, ids=[c[0] for c in TAIL_CASES])
def test_unnamed_source_tail(family, text, expected):
    assert claimants(text) == expected


# rule `no_speaker_phrase`: a piece of the sentence taken for its speaker is no claimant
NO_SPEAKER_CASES = [
    ("no_speaker_phrase", "Finnish guns shelled the village. Two farmers were also reported to have been hurt.",
     [("wounded", 2, None)]),
    # left alone: unnamed sources that name the dead, without a verb of their own
    ("not_no_speaker_phrase", "Families of those killed said 12 soldiers died in the ambush near Nanawa.",
     [("killed", 12, "families of those killed")]),
    ("not_no_speaker_phrase", "Relatives of the dead said 12 soldiers died in the ambush near Nanawa.",
     [("killed", 12, "relatives of the dead")]),
]


@pytest.mark.parametrize("family,text,expected", NO_SPEAKER_CASES, ids=[c[0] for c in NO_SPEAKER_CASES])
def test_no_speaker_phrase(family, text, expected):
    assert claimants(text) == expected


# rules `relayed_after` and the passive `were reported as saying` of `relayed_source`: the relayed source
RELAY_CASES = [
    ("relayed_after", "Nine guards were killed at Nanawa, Radio Asuncion quoted the garrison commander as saying.",
     [("killed", 9, "the garrison commander")]),
    ("relayed_after", "At least 40 of the dead were children, Reuters reported, quoting Dr. Ana Ruiz, head of the "
     "morgue.", [("killed", 40, "Ana Ruiz")]),
    ("relayed_source_reported", "The front said 51 died, but Red Cross workers were reported as saying that "
     "14 people were killed.", [("killed", 51, "front"), ("killed", 14, "Red Cross workers")]),
    # left alone: a relay in the middle of the sentence is not the claim's, nor one before the claim's clause
    ("not_relayed_after", "Nine guards were killed, Radio Asuncion said, quoting no source, and the army denied it.",
     [("killed", 9, "Radio Asuncion")]),
]


@pytest.mark.parametrize("family,text,expected", RELAY_CASES, ids=[c[0] for c in RELAY_CASES])
def test_relayed_source(family, text, expected):
    assert claimants(text) == expected

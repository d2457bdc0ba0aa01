"""Statement recall (session 16, docs/rules.md "Session 16: statement recall"): two families of missed statements
that recur in three or more wars of the dev golds, one general rule each, with the constructions each must leave
alone. Every sentence is invented, in the styles of wars that are in none of the eval sets (the Malayan emergency,
the Dhofar rebellion, the Aden emergency, the Chittagong Hill Tracts, Kenya's Shifta war); every name is made up."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article
from presslens.quotes.clause import what_label_subject
from presslens.quotes.cues import label_in_charge
from presslens.quotes.relative import relative_after_aux, relative_content_end

LEAD = "The fighting went on through the night.\n"


def rows(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["cue"], r["text"]) for r in quotes_for_article("t.txt", LEAD + text)]


# --- family 1: a cue in a non-restrictive relative clause after its speaker (quotes.relative) ----------------------

RELATIVE = [
    ("auxiliary between pronoun and cue (Malaya, wire)",
     "Troops were sent after the Malayan Races Liberation Army, which has said it will fight on in Pahang.",
     [("Malayan Races Liberation Army", "said", "it will fight on in Pahang")]),
    ("auxiliary and adverb (Dhofar, wire)",
     "Police questioned tribal leader Salim bin Nufl, who had recently threatened the oil camps at Marmul.",
     [("Salim bin Nufl", "threatened", "the oil camps at Marmul")]),
    ("a bracketed short name after the antecedent and its owner (Aden, wire)",
     "Crater is held by Qahtan Saleh's National Liberation Front (NLF), which said nine of its men were killed.",
     [("National Liberation Front", "said", "nine of its men were killed")]),
    ("a plural of people as antecedent (Chittagong Hill Tracts, agency)",
     "The raid was disputed by Rangamati villagers, who said the soldiers had burned the market.",
     [("rangamati villagers", "said", "the soldiers had burned the market")]),
    ("the sentence's subject: the content ends where the clause does (Shifta war, daily)",
     "The refugees, who said the raiders had come from across the border, returned to Mandera.",
     [("refugees", "said", "the raiders had come from across the border")]),
    ("a determiner capitalised at the sentence's start (Malaya, official)",
     "The ministry, which said 14 bandits had died, closed the road to Kuala Lipis.",
     [("ministry", "said", "14 bandits had died")]),
]

RELATIVE_NEGATIVE = [
    ("a passive in the relative clause is no statement (Aden)",
     "The police held two soldiers, who were accused of looting shops in Crater."),
    ("a passive with an agent (Dhofar)",
     "Troops searched the camp of the Dhofar Liberation Front, which had been blamed for the mortar attack."),
    ("a restrictive relative without a name (Malaya)",
     "The men who said they saw the ambush were taken to Ipoh."),
    ("a qualified head is a new group, not the named body inside it (Malaya)",
     "Reporters met officials at the headquarters of the Malayan Races Liberation Army, who said the camp was empty."),
]


@pytest.mark.parametrize("name, text, expected", RELATIVE, ids=[c[0] for c in RELATIVE])
def test_relative_cue(name, text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("name, text", RELATIVE_NEGATIVE, ids=[c[0] for c in RELATIVE_NEGATIVE])
def test_relative_cue_negative(name, text):
    assert rows(text) == []


def test_relative_main_cue_after_aside_keeps_whole_content():
    """'A source, who asked not to be named, says A, in which B, took place': the cue is the main clause's; the
    content is not cut at the relative's comma."""
    s = "A Dhofari source, who asked not to be named, says the raid, in which nine died, took place at dawn."
    assert relative_content_end(s, 0, (0, 16), s.index("says"), s.index("the raid"), len(s) - 1) == len(s) - 1
    assert rows(s) == [("a Dhofari source", "says", "the raid, in which nine died, took place at dawn")]


def test_relative_after_aux_needs_a_comma():
    assert relative_after_aux("the men who", 0, "the men who") is None
    s = "It was modelled on the Front, which"
    assert relative_after_aux(s + " has said it", 0, s) == (s.index("Front"), s.index("Front") + 5)


# --- family 2: a label cue in a free relative, 'what X called / described as Y' (quotes.clause, quotes.cues) ------

LABEL = [
    ("a bare plural after 'what' (Shifta war, wire)",
     "Two policemen died in what officials called a massive raid by the shifta near Garissa.",
     [("officials", "called", "a massive raid by the shifta near Garissa")]),
    ("a long noun phrase after 'what' (Malaya, daily)",
     "The planters have been blamed for the unrest in what the newly appointed high commissioner described as "
     "a campaign of terror.",
     [("newly appointed high commissioner", "described", "as a campaign of terror")]),
    ("an agency, 'characterized as' (Aden, agency)",
     'Three soldiers were hurt in what Radio Aden characterized as "riots."',
     [("Radio Aden", "characterized", 'as "riots."')]),
    ("beside a plain 'said' the label is a record, and the outer content ends before 'what' (Chittagong, wire)",
     "A police spokesman said 20 raiders were killed during what he described as an attack from the hills.",
     [("a police spokesman", "said", "20 raiders were killed during"),
      ("a police spokesman", "described", "as an attack from the hills")]),
]

LABEL_NEGATIVE = [
    ("inside a claim: no record of its own (Dhofar)",
     "The Front claimed its men had driven out what it described as the sultan's mercenaries.",
     [("Front", "claimed", "its men had driven out what it described as the sultan's mercenaries")]),
    ("a passive label names no one (Aden)",
     "Nine died in what has been described as an armed uprising.", []),
    ("'what X said' without a label is not this rule's (Malaya)",
     "Nobody knows what officials told the families.", []),
]


@pytest.mark.parametrize("name, text, expected", LABEL + LABEL_NEGATIVE, ids=[c[0] for c in LABEL + LABEL_NEGATIVE])
def test_what_label(name, text, expected):
    assert rows(text) == expected


def test_what_label_subject_only_for_label_cues():
    s = "He rejected what officials said about the raid."
    assert what_label_subject(s, 0, s[:s.index(" said")], s.index("said")) is None
    s = "Nine died in what officials called a raid."
    assert what_label_subject(s, 0, s[:s.index(" called")], s.index("called")) == (s.index("officials"),
                                                                                   s.index(" called"))


def test_label_in_charge_passive_is_no_charge():
    s = "Killings have been blamed on gangs in what the president described as an armed conflict."
    assert not label_in_charge(s, 0, s.index("described"))
    s = "The Front accused the army of what it termed a massacre."
    assert label_in_charge(s, 0, s.index("termed"))


# --- family 3 (false statements): a reduced passive 'N blamed on X' / 'N accused of Y' (quotes.cues) ---------------

REDUCED_PASSIVE = [
    ("'an attack blamed on' (Aden, wire)",
     "A grenade killed two soldiers in Crater in an attack blamed on the National Liberation Front.", []),
    ("'men accused of' (Malaya, agency)",
     "Villagers handed over three men accused of carrying rice to the bandits.", []),
    ("a participle after an object: the outer statement keeps it (Shifta war, wire)",
     "The commander said he ordered a strike on a camp accused of sheltering the raiders.",
     [("commander", "said", "he ordered a strike on a camp accused of sheltering the raiders")]),
]

#: kept as statements (the speaker is the mention layer's to resolve: only the cue and content are this rule's)
REDUCED_PASSIVE_KEPT = [
    ("a pronoun subject before the cue (Dhofar)",
     "Two guards died in an attack they blamed on the Front.", [("blamed", "on the Front")]),
    ("a relative pronoun and a subject before the cue (Chittagong)",
     "Nine died in raids which the council blamed on the army.", [("blamed", "on the army")]),
]


@pytest.mark.parametrize("name, text, expected", REDUCED_PASSIVE, ids=[c[0] for c in REDUCED_PASSIVE])
def test_reduced_passive_charge(name, text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("name, text, expected", REDUCED_PASSIVE_KEPT, ids=[c[0] for c in REDUCED_PASSIVE_KEPT])
def test_reduced_passive_charge_kept(name, text, expected):
    assert [(cue, text) for _, cue, text in rows(text)] == expected

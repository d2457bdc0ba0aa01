"""The census of reporting verbs, session 21 (docs/rules.md "Session 21: the lexicon of reporting"): verbs of a
reference grammar's reporting list that the cue lexicon lacked, taken as cues (data/lexicons/cues.yaml); verbs with
another sense taken only with a that-clause or a quote (rule `speech_complement`, quotes/reporting_senses.py); bare
plural-present forms taken only before 'that' (rule `bare_form_before_that`); the claimant's source verbs
(casualties/source_phrase.py). Every sentence is invented, in the styles of wars in none of the eval sets (the Chaco
war, the Aden emergency, the Katanga secession, the Sand war, the Ifni war); every name is made up."""
from __future__ import annotations

import pytest

from presslens.casualties import extract_article
from presslens.quotes import quotes_for_article
from presslens.quotes.reporting_senses import speech_complement

LEAD = "The fighting went on through the night.\n"


def rows(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["cue"], r["text"]) for r in quotes_for_article("t.txt", LEAD + text)]


TAKEN = [
    ("reiterated (Chaco)", "Colonel Ruiz reiterated that the fort at Nanawa would not be given up.",
     ("Colonel Ruiz", "reiterated", "the fort at Nanawa")),
    ("testified (Aden)", "A police inspector testified that the grenade was thrown from a rooftop in Crater.",
     ("A police inspector", "testified", "the grenade was thrown")),
    ("cautioned (Katanga)", "The consul cautioned that the road to Jadotville was still mined.",
     ("The consul", "cautioned", "the road to Jadotville")),
    ("speculated (Sand war)", "Some diplomats speculated that the Moroccan column had halted at Hassi Beida.",
     ("Some diplomats", "speculated", "the Moroccan column")),
    ("boasted (Ifni)", "The tribal leader boasted that his men had taken three Spanish posts.",
     ("The tribal leader", "boasted", "his men had taken")),
    ("responded with a that-clause (Chaco)", "The Bolivian command responded that no post had been lost near Boquerón.",
     ("The Bolivian command", "responded", "no post had been lost")),
    ("countered with a that-clause (Aden)", "The federal minister countered that the curfew had been lifted in Sheikh Othman.",
     ("The federal minister", "countered", "the curfew had been lifted")),
    ("attributed ... to (Aden)", "The high commissioner attributed the grenade attack to the NLF.",
     ("The high commissioner", "attributed", "the grenade attack to the NLF")),
    ("rebuffed (Sand war)", "Algiers rebuffed the Moroccan claim of a victory at Hassi Beida.",
     ("Algiers", "rebuffed", "the Moroccan claim")),
    ("concluded that (Ifni)", "The inquiry concluded that the post at Tiliuin had been overrun at night.",
     ("The inquiry", "concluded", "the post at Tiliuin")),
    ("reaffirmed (Katanga)", "Mr Kimba reaffirmed that the secession would stand.",
     ("Mr Kimba", "reaffirmed", "the secession would stand")),
    ("bare form before 'that' (Katanga)", "Refugees in Elisabethville complain that the gendarmes took their lorries.",
     ("Refugees", "complain", "the gendarmes took")),
]


@pytest.mark.parametrize("label,text,want", TAKEN, ids=[t[0] for t in TAKEN])
def test_reporting_verb_taken(label, text, want):
    got = [r for r in rows(text) if r[1] == want[1]]
    assert len(got) == 1, rows(text)
    speaker, cue, content = got[0]
    assert speaker.lower().endswith(want[0].split()[-1].lower())
    assert content.startswith(want[2])


def test_inverted_credit_with_a_verb_of_another_sense():
    got = [r for r in rows('"Not one post has fallen," the colonel retorted.') if r[1] == "retorted"]
    assert got and got[0][0].endswith("colonel")


LEFT = [
    ("responded to an attack (Aden)", "Police responded to the attack within minutes.", "responded"),
    ("observed a truce (Sand war)", "Both armies observed the truce along the Tindouf road.", "observed"),
    ("countered an offensive (Chaco)", "The Paraguayan army countered the offensive near Kilometre Seven.", "countered"),
    ("continued the shelling (Katanga)", "The gendarmes continued the shelling of the airfield.", "continued"),
    ("an object after a quote (Ifni)", '"We will hold," the officer said, and the garrison continued its patrols.', "continued"),
    ("a participle as a modifier (Sand war)", "Rabat's widely disputed claims were printed in the press.", "disputed"),
    ("a bare form after 'to' (Aden)", "The minister refused to explain the closure of the port.", "explain"),
    ("a bare form with a thing for subject (Chaco)", "The heavy rains explain part of the delay.", "explain"),
    ("maintain control (Katanga)", "The gendarmes maintain control of the railway.", "maintain"),
    ("a passive 'attributed to' (Aden)", "The grenade attack was attributed to the NLF.", "attributed"),
    ("a reduced relative 'attributed to' (Chaco)", "Losses attributed to thirst were heavy at Boquerón.", "attributed"),
    ("concluded a treaty (Chaco)", "The two governments concluded a truce in June.", "concluded"),
    ("assured of supplies (Ifni)", "The garrison was assured of supplies by sea.", "assured"),
]


@pytest.mark.parametrize("label,text,cue", LEFT, ids=[t[0] for t in LEFT])
def test_other_sense_left(label, text, cue):
    assert all(r[1] != cue for r in rows(text)), rows(text)


def test_in_the_words_of():
    got = [r for r in rows("The pass was closed, in the words of a Paraguayan officer.") if r[1] == "in the words of"]
    assert got and got[0][0].endswith("officer")


def test_speech_complement_directly():
    q = "\ue000"
    assert speech_complement("The legation ", " that the pass was open")
    assert speech_complement(q + ", ", " Mr Saleh.")
    assert not speech_complement("The garrison ", " the curfew strictly")
    assert not speech_complement("The strike was ", " by the union")


@pytest.mark.parametrize("verb", ["acknowledged", "reiterated", "testified", "conceded"])
def test_claimant_source_verb(verb):
    """The claimant from the sentence alone (no quote rows): a verb that reports in every sense names it."""
    for sent, who in ((f"The Bolivian colonel {verb} that 40 soldiers were killed at Nanawa.", "colonel"),
                      (f"On Monday, Colonel Ruiz {verb} that 40 soldiers were killed at Nanawa.", "ruiz")):
        got = [c for c in extract_article("t.txt", LEAD + sent) if c["category"] == "killed"]
        assert got and (got[0]["claimant"] or "").lower().endswith(who), got


def test_claimant_not_from_a_verb_of_harm():
    text = LEAD + "Bolivian gunners killed 40 soldiers at Nanawa."
    got = [c for c in extract_article("t.txt", text) if c["category"] == "killed"]
    assert got and not got[0]["claimant"]

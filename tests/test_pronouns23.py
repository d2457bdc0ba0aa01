"""Session 23, the speaker itself (docs/rules.md "Session 23: the speaker itself"): which antecedent a pronoun that
opens its sentence takes. Rules `they_subject_before` (widened: a plural group's irregular past and plural present),
`they_coordinated_subject` and `last_body_continues` (mentions.pronouns, asked by mentions.kinds `_pronoun`).
Made-up sentences in the manner of wars no eval set holds (the Nigerian civil war over Biafra, the Ifni war of
1957-58, the Katanga secession), positive and negative."""
from __future__ import annotations

import pytest

from presslens.mentions.pronouns import last_body_continues, they_coordinated_subject, they_subject_before
from presslens.quotes import quotes_for_article
from quote_rows import row_near


def _row(text: str, cue_at: str) -> dict:
    return row_near(text, cue_at)


POSITIVE = [
    ("Biafra: 'they' after a plural group whose verb is an irregular past",
     "Federal military officials sought to play down the fall of Owerri. They said the town would be retaken "
     "within days.\n", "They said", ("federal military officials", "they_subject_before")),
    ("Katanga: 'But they' after a group that said something itself",
     "UN spokesmen said they had warned the gendarmerie before the attack. But they said the Katangese fired "
     "first.\n", "they said the", ("UN spokesmen", "they_subject_before")),
    ("Ifni: 'They' after a coordinated subject of bodies",
     "The governor, the garrison command and the Interior Ministry of Spain published a joint statement on "
     "Sunday. They said that 12 soldiers had been killed near Sidi Ifni.\n", "They said",
     ("The governor, the garrison command and the Interior Ministry of Spain", "they_coordinated_subject")),
    ("Biafra: 'It' opening the sentence after a medium's report",
     "Biafran radio reported that the federal army shelled the market at Umuahia. It said 30 traders died.\n",
     "It said", ("biafran radio", "last_body_continues")),
]


@pytest.mark.parametrize("name,text,cue_at,expected", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_pronoun_antecedent(name, text, cue_at, expected):
    row = _row(text, cue_at)
    assert (row["speaker"], row["speaker_by"]) == expected, row


NEGATIVE = [
    ("Katanga: 'it' after a claim whose speaker is no subject keeps the sentence's own subject",
     "The Katangese gendarmerie did not comment on the UN claim to have taken the post office. It said the "
     "city was calm.\n", "It said", "last_body_continues"),
    ("Biafra: 'it' after a plural medium ('state media') is no continuation",
     "Federal state media said only that it was a rebel raid. It also claimed the bridge was intact.\n",
     "It also claimed", "last_body_continues"),
    ("Ifni: 'They' after a person's statement, no plural subject before",
     "Colonel Arturo Vega said the post held. They said the road was cut.\n", "They said",
     "they_coordinated_subject"),
]


@pytest.mark.parametrize("name,text,cue_at,rule", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_pronoun_rule_does_not_take(name, text, cue_at, rule):
    rows = [r for r in quotes_for_article("t.txt", text) if r["speaker_by"] == rule]
    assert not rows, rows


def test_they_subject_before_reads_irregular_past_and_plural_present():
    t = "Western diplomats say the offensive has stalled. They added that 200 died."
    assert they_subject_before(t, t.index("They")) == ("Western diplomats", 0)
    t = "The storm hit the coast. They announced a truce."
    assert they_subject_before(t, t.index("They")) is None


def test_they_coordinated_subject_refuses_two_verbs_and_adjuncts():
    t = "The gendarmes burned two villages and shot three men. They said the raid was over."
    assert they_coordinated_subject(t, t.index("They")) is None
    t = "In Elisabethville and Jadotville, the mines were closed. They said work would resume."
    assert they_coordinated_subject(t, t.index("They")) is None
    t = "On Monday, the Red Cross and local elders met the gendarmes, and they said the road was open."
    assert they_coordinated_subject(t, t.index("they"), before=False) == ("the Red Cross and local elders", 11)


def test_last_body_continues_only_the_next_sentence():
    t = "Radio Biafra reported that jets bombed Umuahia. The market burned. It said 30 died."
    said = [(t.index("jets"), t.index(". The"), "Radio Biafra", "org", "", False)]
    assert last_body_continues(said, t, t.index("It said")) is None       # a sentence between
    t = "Radio Biafra reported that jets bombed Umuahia. It said 30 died."
    said = [(t.index("jets"), t.index(". It"), "Radio Biafra", "org", "", False)]
    assert last_body_continues(said, t, t.index("It said")) == ("Radio Biafra", False)

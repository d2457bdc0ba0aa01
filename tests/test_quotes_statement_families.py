"""Statement recall and precision (docs/rules.md "Session 17: statement recall"): families of missed and false
statements that recur in three or more wars of the dev golds, one general rule each, with the constructions each must
leave alone. Every sentence is invented, in the styles of wars that are in none of the eval sets (the Suez crisis, the
Katanga secession, the Biafran war, the Mahabad republic, the Zanzibar revolution); every name is made up."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article
from presslens.quotes.cues import infinitive_after_modal, states_as_noun
from presslens.quotes.event_subject import event_subject
from presslens.quotes.inverted import short_credit_after_clause
from presslens.quotes.relative import restrictive_object_antecedent

LEAD = "The fighting went on through the night.\n"


def rows(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["cue"], r["text"]) for r in quotes_for_article("t.txt", LEAD + text)]


def rules(text: str) -> list[str]:
    return [r["found_by"] for r in quotes_for_article("t.txt", LEAD + text)]


# --- a cue in a restrictive relative whose antecedent is an object (quotes.relative) --------------------------------

RESTRICTIVE_OBJECT = [
    ("a quoted antecedent after 'quoted' (Suez, wire)",
     'Radio Cairo quoted "army sources" who said three Israeli tanks were destroyed near the canal.',
     [("army sources", "said", "three Israeli tanks were destroyed near the canal")]),
    ("a document after a preposition (Biafra)",
     "The toll rose after an earlier Red Cross bulletin which reported 40 dead in Enugu.",
     [("an earlier Red Cross bulletin", "reported", "40 dead in Enugu")]),
    ("people with a place after 'of' (Katanga)",
     "The mission criticised the conduct of soldiers in Elisabethville who demanded the release of their officers.",
     [("mission", "criticised", "the conduct of soldiers in Elisabethville"),
      ("soldiers", "demanded", "the release of their officers")]),
    ("a second relative after 'and who' takes the first one's antecedent (Biafra)",
     "A pilot said he had heard from a farmer who hid in the bush and who reported nine dead at Aba.",
     [("a pilot", "said", "he had heard from a farmer who hid in the bush"),
      ("a farmer", "reported", "nine dead at Aba")]),
]

RESTRICTIVE_OBJECT_NEGATIVE = [
    ("a restrictive relative on the sentence's subject (Suez)",
     "The men who said they saw the crash were flown to Port Said."),
    ("a head that names no speaker: the body inside a qualified head (Katanga)",
     "Paratroops met officials at the headquarters of the Katanga Gendarmerie who said the camp was empty."),
    ("a passive in the relative (Biafra)",
     "Police arrested two farmers who were accused of hiding arms near Onitsha."),
]


@pytest.mark.parametrize("name, text, expected", RESTRICTIVE_OBJECT, ids=[c[0] for c in RESTRICTIVE_OBJECT])
def test_restrictive_object_antecedent(name, text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("name, text", RESTRICTIVE_OBJECT_NEGATIVE, ids=[c[0] for c in RESTRICTIVE_OBJECT_NEGATIVE])
def test_restrictive_object_antecedent_negative(name, text):
    assert rows(text) == []


def test_restrictive_object_antecedent_needs_a_governing_word():
    s = "Soldiers who said they fled were held."
    assert restrictive_object_antecedent(s, 0, s.index(" who")) is None


# --- an event as the subject of a cue verb (quotes.event_subject) ----------------------------------------------------

EVENT_SUBJECT_NEGATIVE = [
    ("an upsurge threatens (Biafra)", "The upsurge in shelling threatened to close the road to Umuahia."),
    ("an ambush underlines (Suez)", "The ambush near the canal underlined the weakness of the ceasefire."),
    ("clashes demand lives (Katanga)", "The armed clashes of Monday and Tuesday demanded nine lives in Kolwezi."),
]

EVENT_SUBJECT_KEPT = [
    ("a body threatens (Katanga)", "The rebel command threatened to shell the airport at Elisabethville.",
     [("rebel command", "threatened", "to shell the airport at Elisabethville")]),
    ("an event noun as a modifier: the war ministry (Suez)", "The war ministry warned that the road to Suez was closed.",
     [("war ministry", "warned", "the road to Suez was closed")]),
]


@pytest.mark.parametrize("name, text", EVENT_SUBJECT_NEGATIVE, ids=[c[0] for c in EVENT_SUBJECT_NEGATIVE])
def test_event_subject_is_no_speaker(name, text):
    assert rows(text) == []


@pytest.mark.parametrize("name, text, expected", EVENT_SUBJECT_KEPT, ids=[c[0] for c in EVENT_SUBJECT_KEPT])
def test_event_subject_leaves_speakers(name, text, expected):
    assert rows(text) == expected


def test_event_subject_leaves_a_relative_subject():
    assert not event_subject("The attack by gunmen who ")
    assert event_subject("The bombing of the depot ")


# --- 'CLAUSE, said NP.': a short credit after a clause (quotes.inverted) ----------------------------------------------

SHORT_CREDIT = [
    ("a single name (Biafra)", "Federal troops entered Owerri on Tuesday, said Okafor.",
     [("Okafor", "said", "Federal troops entered Owerri on Tuesday")]),
    ("a bare plural (Mahabad)", "Nine villagers were killed near Mahabad, said press reports.",
     [("press reports", "said", "Nine villagers were killed near Mahabad")]),
    ("a bare plural and its relative (Katanga)", "The column was ambushed outside Jadotville, said witnesses who asked "
     "not to be named.", [("witnesses", "said", "The column was ambushed outside Jadotville")]),
]

SHORT_CREDIT_NEGATIVE = [
    ("a subject and its appositive, then a clause (Biafra)", "Okafor, the spokesman, said Lagos would not negotiate.",
     [("Okafor", "said", "Lagos would not negotiate")]),
    ("a past form after the cue: a clause (Biafra)",
     "Emeka Obi, chief of the troops stationed in Aba, said the latest shelling occurred at dawn.",
     [("Emeka Obi", "said", "the latest shelling occurred at dawn")]),
]


@pytest.mark.parametrize("name, text, expected", SHORT_CREDIT, ids=[c[0] for c in SHORT_CREDIT])
def test_short_credit_after_clause(name, text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("name, text, expected", SHORT_CREDIT_NEGATIVE, ids=[c[0] for c in SHORT_CREDIT_NEGATIVE])
def test_short_credit_leaves_a_subject_and_its_clause(name, text, expected):
    assert rows(text) == expected


def test_short_credit_is_no_day():
    s = "The minister, who visited the front, said Tuesday."
    assert not short_credit_after_clause(s, 0, s.index("said"), s.index("said") + 4, len(s), "say")


# --- bare plural-present cue forms (data/lexicons/cues.yaml; quotes.cues.infinitive_after_modal) --------------------

BARE_FORMS = [
    ("allege that (Biafra)", "Local chiefs allege that federal troops burned the market at Aba.",
     [("local chiefs", "allege", "federal troops burned the market at Aba")]),
    ("confirm that (Katanga)", "Katangese officials confirm that the gendarmes withdrew from the airport.",
     [("katangese officials", "confirm", "the gendarmes withdrew from the airport")]),
    ("after a modal the form is an infinitive (Suez)", "The mission says it cannot confirm the toll.",
     [("mission", "says", "it cannot confirm the toll")]),
    ("after 'to' (Suez)", "Officials declined to confirm the report.", []),
]


@pytest.mark.parametrize("name, text, expected", BARE_FORMS, ids=[c[0] for c in BARE_FORMS])
def test_bare_plural_present_forms(name, text, expected):
    assert rows(text) == expected


def test_infinitive_after_modal():
    assert infinitive_after_modal("they could not independently ")
    assert not infinitive_after_modal("Local chiefs ")


# --- 'states' as a plural noun (quotes.cues.states_as_noun) ----------------------------------------------------------

STATES = [
    ("a capitalised modifier (Suez)", "Britain and the Arab states ended the talks in Cairo.", []),
    ("a superlative (Zanzibar)", "Zanzibar became one of Africa's newest states.", []),
    ("a document states that (Suez)", "The communique states that 12 soldiers died near Suez.",
     [("communique", "states", "12 soldiers died near Suez")]),
]


@pytest.mark.parametrize("name, text, expected", STATES, ids=[c[0] for c in STATES])
def test_states_as_noun(name, text, expected):
    assert rows(text) == expected


def test_states_as_noun_keeps_a_that_clause():
    assert not states_as_noun("the Arab ", " that the truce held")


# --- a progressive cue: the subject before the auxiliary speaks (quotes.progressive) ---------------------------------

PROGRESSIVE = [
    ("were claiming (Suez)", "Both sides were claiming victories in the Sinai on Tuesday.",
     [("both sides", "claiming", "victories in the Sinai on Tuesday")]),
    ("has been denying (Biafra)", "The Biafran government has been denying reports of famine in Umuahia.",
     [("Biafran government", "denying", "reports of famine in Umuahia")]),
    ("a free relative: what he was saying (Zanzibar)", "Nobody knew what he was saying about the war.", []),
    ("a campaign going on (Zanzibar)", "Students in Zanzibar are demanding the release of their leaders.", []),
    ("a participle after a comma keeps the clause's speaker (Katanga)", "Rebels attacked the town, claiming it was a base.",
     [("rebels", "claiming", "it was a base")]),
]


@pytest.mark.parametrize("name, text, expected", PROGRESSIVE, ids=[c[0] for c in PROGRESSIVE])
def test_progressive_cue(name, text, expected):
    assert rows(text) == expected


def test_progressive_cue_names_its_rule():
    assert rules("Both sides were claiming victories in the Sinai on Tuesday.") == ["progressive_cue"]
    assert rules("Rebels attacked the town, claiming it was a base.") == ["participle"]


# --- a credit followed only by its topic, its relay or its channel (quotes.adjuncts.verbless_adjunct) ----------------

CREDIT_ADJUNCT = [
    ("the topic: said of (Biafra)",
     '"We will hold the bridge," Colonel Emeka Ofodile said of the Onitsha crossing on Radio Biafra on Friday.',
     [("Emeka Ofodile", "said", "We will hold the bridge")]),
    ("the channel after told and its hearer (Biafra)",
     "Federal troops entered the town at dawn, a police spokesman told Reuters via telephone from Enugu.",
     [("a police spokesman", "told", "Federal troops entered the town at dawn")]),
    ("the relay: a statement cited by a daily (Katanga)",
     '"We will not surrender," the gendarmes said in a statement cited by the Elisabethville daily Essor.',
     [("gendarmes", "said", "We will not surrender")]),
    # left alone: a that-clause after the topic is the content, whatever stands before the speaker
    ("a that-clause after the topic (Katanga)",
     "Katangese gendarmes shelled the airport at dawn, the UN mission said of the raid, that 12 people died in it.",
     [("UN mission", "said", "of the raid, that 12 people died in it")]),
    ("a that-clause after told's hearer and the topic (Zanzibar)",
     "The sultan fled the island by boat, the minister told reporters of the coup that the new council would rule.",
     [("minister", "told", "of the coup that the new council would rule")]),
    ("no words before the speaker (Zanzibar)", "Residents said of the curfew that it was lifted.",
     [("residents", "said", "of the curfew that it was lifted")]),
]


@pytest.mark.parametrize("name, text, expected", CREDIT_ADJUNCT, ids=[c[0] for c in CREDIT_ADJUNCT])
def test_credit_followed_by_an_adjunct(name, text, expected):
    assert rows(text) == expected


# --- a bare 'indicate' or 'estimate' before a that-clause (quotes.cues.bare_form_before_that) ------------------------

BARE_BEFORE_THAT = [
    ("reports indicate that (Biafra)", "Reports at the southern border post indicate that federal troops crossed the river.",
     [("reports", "indicate", "federal troops crossed the river")]),
    ("agencies estimate that (Katanga)", "Aid agencies estimate that 3,000 people fled Jadotville.",
     [("aid agencies", "estimate", "3,000 people fled Jadotville")]),
    # left alone: the noun, an infinitive, no that-clause
    ("the noun after a possessive (Mahabad)", "The ministry cut its estimate that 90 died.", []),
    ("the noun after a superlative (Zanzibar)", "Even the lowest estimate that anyone gave was 500.", []),
    ("an infinitive after 'to' (Suez)", "The army declined to indicate that any ship was hit.", []),
    ("no that-clause (Biafra)", "Observers estimate the dead at 200.", []),
]


@pytest.mark.parametrize("name, text, expected", BARE_BEFORE_THAT, ids=[c[0] for c in BARE_BEFORE_THAT])
def test_bare_form_before_that(name, text, expected):
    assert rows(text) == expected


# --- a plural subject with a postmodifier after a conjunction (quotes.coordinated.plural_head_modified) --------------

PLURAL_HEAD_MODIFIED = [
    ("but sources familiar with (Biafra)",
     "The road to Enugu is open but sources familiar with the talks said that the federal army was massing troops.",
     [("sources familiar", "said", "the federal army was massing troops")]),
    ("and doctors who (Zanzibar)",
     "Many wounded prisoners were denied care and doctors who treated them said they were threatened.",
     [("doctors", "said", "they were threatened")]),
    # left alone: the cue inside the relative, a clause with no cue, a head with nothing after it
    ("the cue inside the relative (Zanzibar)", "The men who said it were arrested.", []),
    ("no cue (Katanga)", "The town fell and days of fighting followed.", []),
]


@pytest.mark.parametrize("name, text, expected", PLURAL_HEAD_MODIFIED, ids=[c[0] for c in PLURAL_HEAD_MODIFIED])
def test_plural_head_modified(name, text, expected):
    assert rows(text) == expected

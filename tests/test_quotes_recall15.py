"""Statement recall (session 15, docs/rules.md "Session 15: statement recall"): the families of missed statements
that recur in three or more wars of the dev golds, one general rule each, with the constructions each must leave
alone. Every sentence is invented, in the styles of wars that are in none of the eval sets (Biafra 1967-70, the
Dhofar rebellion, the Aden emergency, Cyprus 1974, the Chittagong Hill Tracts); every name is made up."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article
from presslens.quotes.adjuncts import verbless_adjunct
from presslens.quotes.quoted_as import quoted_as_saying

LEAD = "The fighting went on through the night.\n"


def rows(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["cue"], r["text"]) for r in quotes_for_article("t.txt", LEAD + text)]


# --- rule quoted_as_saying: the source an outlet quoted 'as saying' speaks (quotes.quoted_as) ------------------

QUOTED_AS = [
    ("an outlet quoted a source whose ... as saying (Biafra, wire)",
     "Radio Enugu quoted a nurse whose brother serves at the front as saying that 40 wounded reached Owerri.",
     [("a nurse", "saying", "40 wounded reached Owerri")]),
    ("'It quoted' with a long source (Dhofar, wire)",
     "It quoted a tribal elder from the hills above Salalah as saying the rebels had withdrawn to the border.",
     [("a tribal elder", "saying", "the rebels had withdrawn to the border")]),
    ("a quote before, the outlet after (Cyprus 1974, wire)",
     '"The road to Kyrenia is cut," the agency quoted a police officer as saying.',
     [("a police officer", "saying", "The road to Kyrenia is cut")]),
    ("passive 'was quoted on DATE as saying' (Aden, wire)",
     "A source in the High Commission was quoted on June 4 as saying that three soldiers had died in Crater.",
     [("a source", "saying", "three soldiers had died in Crater")]),
    ("passive after a quote (Chittagong Hill Tracts, wire)",
     '"They came at night," one villager was quoted as saying.',
     [("one villager", "saying", "They came at night")]),
    ("'as claiming' (Biafra, state radio)",
     "Lagos radio quoted a federal spokesman as claiming that the airstrip at Uli had been shelled.",
     [("a federal spokesman", "claiming", "the airstrip at Uli had been shelled")]),
]


@pytest.mark.parametrize("name,text,expected", QUOTED_AS, ids=[c[0] for c in QUOTED_AS])
def test_quoted_as_saying(name, text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "He quoted the Koran, saying that God is merciful.",              # 'quoted' without 'as': the subject speaks
    "The ministry described the raid as a reprisal, saying that 12 died.",
])
def test_quoted_as_saying_leaves_other_as(text):
    assert all(r[0] == "he" or r[0] == "ministry" for r in rows(text))


def test_quoted_as_saying_negatives():
    # 'cited X as V-ing' stays the cue 'cited' (rule cited_as_saying); 'as' of another verb is no quotation
    assert quoted_as_saying("Reuters cited a state official as ") is None
    assert quoted_as_saying("The agency described the raid as ") is None
    assert quoted_as_saying("The agency quoted the Koran, ") is None


def test_quoted_as_saying_trims_a_relative_clause():
    head = "The radio quoted a farmer who saw the column as "
    kind, a, b, _ = quoted_as_saying(head)
    assert (kind, head[a:b]) == ("source", "a farmer")


# --- rule verbless_adjunct_after_credit: a credit's trailing adjunct is no statement (quotes.adjuncts) ---------

ADJUNCT = [
    ("said here today (Dhofar, wire)",
     "The post at Mirbat was retaken after a dawn assault by the Baluch company, an army spokesman said here today.",
     [("an army spokesman", "said", "The post at Mirbat was retaken after a dawn assault by the Baluch company")]),
    ("said in a statement released on Saturday (Aden, wire)",
     "Two grenades were thrown at a patrol in the Crater district on Friday night, the command said in a statement "
     "released on Saturday.",
     [("command", "said", "Two grenades were thrown at a patrol in the Crater district on Friday night")]),
    ("reported from the capital (Cyprus 1974, wire)",
     "Turkish jets struck the port of Famagusta on Sunday, correspondent Andreas Pelly reported from the Cypriot capital.",
     [("Andreas Pelly", "reported", "Turkish jets struck the port of Famagusta on Sunday")]),
]


@pytest.mark.parametrize("name,text,expected", ADJUNCT, ids=[c[0] for c in ADJUNCT])
def test_verbless_adjunct_after_credit(name, text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("after", [
    "in the town 20 people died",           # a clause with its own verb: content
    "on Monday that 12 had died",           # a that-clause
    "the rebels had withdrawn",             # no opener
    "in Enugu the rebels hit the depot",    # an irregular past verb
    "in a long statement read out on state radio by a spokesman of the ministry on Monday",   # too long
])
def test_verbless_adjunct_leaves_clauses(after):
    assert not verbless_adjunct(after)


def test_verbless_adjunct_needs_a_clause_before():
    # a short lead (four words) is not taken as the statement
    assert rows("After the raid, the army said in Goma the rebels hit the camp.")[0][2] == \
        "in Goma the rebels hit the camp"


# --- cue lemmas appeal, voice_concern, shout (data/lexicons/cues.yaml) -----------------------------------------

CUES = [
    ("appealed to X not to (Biafra, wire)",
     "From Umuahia, the archbishop appealed to both armies not to shell the mission hospitals.",
     [("archbishop", "appealed to", "both armies not to shell the mission hospitals")]),
    ("appealed for (Cyprus 1974, UN)",
     "UN envoy Lars Brandt appealed for an immediate ceasefire along the Attila line.",
     [("Lars Brandt", "appealed for", "an immediate ceasefire along the Attila line")]),
    ("voiced concern about (Chittagong Hill Tracts, wire)",
     "In Rangamati, traders voiced concern about a new wave of raids on the river markets.",
     [("traders", "voiced concern", "about a new wave of raids on the river markets")]),
    ("shouted to X, \"...\" (Aden, wire)",
     'Outside the hospital, one of the mourners shouted to the soldiers, "You will pay for this."',
     [("one of the mourners", "shouted", 'to the soldiers, "You will pay for this."')]),
]


@pytest.mark.parametrize("name,text,expected", CUES, ids=[c[0] for c in CUES])
def test_new_cue_lemmas(name, text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "The crowd was shouting slogans outside the palace in Steamer Point.",    # shouting without a quote
    "Despite all the shooting and the shouting, casualties were light.",      # a noun
    "The court heard an appeal for clemency from the families.",              # 'appeal for' as a noun
    "The minister expressed hope that talks would resume.",                   # 'expressed hope' is not a cue form
])
def test_new_cue_lemmas_negatives(text):
    assert rows(text) == []


# --- rule fronted_participle_cue: a participle cue opening its sentence (quotes.fronted_participle) -------------

FRONTED = [
    ("Saying they were ..., the X had taken (Dhofar, wire)",
     "Saying they were fighting a war of liberation, the rebels of the Front had taken two wells on Sunday.",
     [("rebels of the Front", "Saying", "they were fighting a war of liberation")]),
    ("Saying that ..., he said (Biafra, wire)",
     "Saying that a search has been launched in the forest, he said the patrol was ambushed near Nsukka.",
     [("he", "Saying", "a search has been launched in the forest"),
      ("he", "said", "the patrol was ambushed near Nsukka")]),
    ("Describing X as \"...\", he went on (Cyprus 1974, wire)",
     'Describing the landing as "an invasion", the envoy went on to demand a ceasefire.',
     [("envoy", "Describing", 'the landing as "an invasion"')]),
]


@pytest.mark.parametrize("name,text,expected", FRONTED, ids=[c[0] for c in FRONTED])
def test_fronted_participle_cue(name, text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "Saying goodbye to his family, the soldier boarded the truck at Aden.",      # no clause after 'Saying'
    "Adding to the confusion, the army closed the road to Salalah.",            # 'adding to' a thing
    "Noting the time, the officer in charge, a major, closed the gate.",        # no clause; commas in the subject
])
def test_fronted_participle_cue_negatives(text):
    assert [r for r in rows(text) if r[1] in ("Saying", "Adding", "Noting")] == []


# --- rule declared_act: a declaration that is an act is no statement, at any length (quotes.content) -----------

@pytest.mark.parametrize("text", [
    "Police have declared an immediate curfew in Sheikh Othman following the grenade attack which wounded two "
    "soldiers of the Aden garrison on Friday.",
    "The governor has declared a state of emergency, closing the port, imposing a dusk curfew and banning all "
    "public meetings in the colony.",
    "Biafra declared independence on Tuesday night, ending months of tension with the federal government in Lagos.",
])
def test_declared_act(text):
    assert [r for r in rows(text) if r[1] == "declared"] == []


@pytest.mark.parametrize("text,content", [
    ("The Sultan's commander declared victory over the rebels in the western mountains on Friday.",
     "victory over the rebels in the western mountains on Friday"),
    ("The Front declared that its fighters had taken the airstrip at Uli on Friday night.",
     "its fighters had taken the airstrip at Uli on Friday night"),
])
def test_declared_statements_stay(text, content):
    assert [r[2] for r in rows(text) if r[1] == "declared"] == [content]

"""Session 15, speaker names (docs/rules.md "Session 15: speaker names"): rule `owner_before_own_name`
(mentions.owners), a state's or leader's possessive before a body's own name is dropped from the speaker, kept
before a body's function words. Made-up sentences in the manner of wars that no eval set holds (Biafra 1967-70,
Cyprus 1974, the Chaco War, the Aden Emergency, the Dhofar rebellion, the Malayan Emergency), positive and
negative."""
from __future__ import annotations

import pytest

from presslens.mentions.owners import owner_before_own_name
from presslens.quotes import quotes_for_article


def _speakers(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["cue"], r["speaker_by"]) for r in quotes_for_article("t.txt", text)]


OWNER_CASES = [
    ("Cyprus: a state's possessive before its news agency's own name",
     "Turkey's Anatolia news agency said 40 Greek Cypriot fighters were killed near Kyrenia.\n",
     ("Anatolia", "said", "owner_before_own_name")),
    ("Biafra: an acronym spelled out with the state's possessive, then the acronym speaks",
     "Fighting spread to Onitsha on Monday, the eighth day of the offensive. Nigeria's Biafran Liberation "
     "Council (BLC) rejected the ceasefire. The BLC said 300 civilians were killed in the shelling.\n",
     ("Biafran Liberation Council", "said", "owner_before_own_name")),
    ("Dhofar: a two-word state's possessive before a movement's name, taken up by its acronym",
     "South Yemen's Dhofar Liberation Front (DLF) denied the raid on Salalah. The DLF said it had taken the "
     "ridge.\n",
     ("Dhofar Liberation Front", "said", "owner_before_own_name")),
    ("negative Chaco: a state's possessive before its war ministry stays",
     "Paraguay's War Ministry said 200 Bolivian soldiers were taken prisoner at Boquerón.\n",
     ("Paraguay's War Ministry", "said", "name")),
    ("negative Aden: a state's possessive before its high commission stays",
     "Britain's High Commission said two soldiers were wounded in Crater on Tuesday.\n",
     ("Britain's High Commission", "said", "name")),
    ("negative Malaya: a people's possessive inside a body's own name stays",
     "The Malayan People's Liberation Army said its units had ambushed a convoy near Ipoh.\n",
     ("Malayan People's Liberation Army", "said", "name")),
]


@pytest.mark.parametrize("name,text,expected", OWNER_CASES, ids=[c[0] for c in OWNER_CASES])
def test_owner_before_own_name_in_quotes(name, text, expected):
    rows = [(sp, cue, _OWNER_RULES.get(by, by)) for sp, cue, by in _speakers(text)]
    assert rows, rows
    if expected is not None:
        assert expected in rows, rows
    if name.startswith("negative"):
        assert all(by != "owner_before_own_name" for _, _, by in rows)


#: the two rules of one family (the lead's merge note, docs/rules.md "Session 15: after the merges"): a later
#: mention's owner dropped by the coreference step (`owner_not_in_mention`) or the name's own span
#: (`owner_before_own_name`); whichever runs first labels the row
_OWNER_RULES = {"owner_not_in_mention": "owner_before_own_name"}


@pytest.mark.parametrize("name,expected", [
    ("Chief Awolowo's Action Group", None),    # an owner with a title ('Chief') is left whole
    ("Colonel Ojukwu's Biafran Organisation of Freedom Fighters", None),     # 'of': left alone
    ("Makarios's Akel Party", "Akel Party"),
    ("Nigeria’s Radio Kaduna", "Radio Kaduna"),
    ("Greece's EOKA", "EOKA"),
    # left alone: only function words after the owner (the owner tells whose body it is)
    ("Cyprus's Interior Ministry", None),
    ("Britain's Colonial Office", None),
    ("Oman's Armed Forces", None),
    ("Bolivia's General Staff", None),
    # left alone: the owner is a body or a people, or the name holds a lower-case word or 'of'
    ("Malayan People's Liberation Army", None),
    ("Cyprus Red Cross's Nicosia office", None),
    ("Aden Police Force's Crater station", None),
    ("Britain's Ministry of Defence", None),
    ("Ojukwu's spokesman", None),
])
def test_owner_before_own_name(name, expected):
    assert owner_before_own_name(name) == expected


# rule `quoted_relay` (quotes.quoted_as): an outlet that quotes a source relays it; the source is the speaker
RELAY_CASES = [
    ("Biafra: bare plural sources after the outlet's name and noun",
     "The Nigerian news agency NAN quoted unidentified refugees as saying that 200 people died at Aba.\n",
     ("unidentified refugees", "saying", "quoted_person")),
    ("Cyprus: a fronted time, then the outlet, then officials with a capitalised modifier",
     "Late Monday, Bayrak quoted Turkish Cypriot officials as saying 40 fighters were killed near Kyrenia.\n",
     ("Turkish Cypriot officials", "saying", "quoted_person")),
    ("Aden: a station named by its acronym, with a time of its own",
     "The UPI quoted NLF radio earlier in the week as saying that its men held Crater.\n",
     ("NLF radio", "saying", "quoted_person")),
    ("Chaco: 'reported Y as saying' relays Y",
     "The Asunción daily El Orden reported the Paraguayan War Ministry as saying 300 Bolivians were captured.\n",
     ("Paraguayan War Ministry", "reported", "cited_as")),
    ("Malaya: a body with an article, quoted by a radio, speaks (found by `quoted_as_saying` since the merge)",
     "Radio Malaya quoted the army as saying that 12 guerrillas were killed near Ipoh.\n",
     ("army", "saying", "quoted_person")),
    ("negative Dhofar: 'reported Y as numbering' is no statement of Y",
     "The Aden paper reported the rebel column as numbering 400 men near Salalah.\n",
     None),
]


@pytest.mark.parametrize("name,text,expected", RELAY_CASES, ids=[c[0] for c in RELAY_CASES])
def test_quoted_relay(name, text, expected):
    rows = [(r["speaker"], r["cue"], "quoted_person" if r["found_by"] == "quoted_as_saying" else r["speaker_by"])
            for r in quotes_for_article("t.txt", text)]
    if expected is not None:
        assert expected in rows, rows
    else:
        assert rows and all(by not in ("quoted_person", "cited_as") for _, _, by in rows), rows


# rule `the_before_name` (mentions.names): a run after 'the' takes no person evidence from a role word before it
THE_CASES = [
    ("Biafra: a place after 'the' is no spokesman named",
     "Federal troops shelled Onitsha. According to a Nigerian military spokesman, the Niger Delta raids began "
     "before dawn near Warri. He said 40 rebels were killed.\n",
     [("a Nigerian military spokesman", "According to"), ("a Nigerian military spokesman", "said")]),
    ("negative Biafra: a spokesman named with a title after 'the spokesman,' is still named",
     "Federal troops shelled Onitsha. A Nigerian military spokesman said the raids began near Warri. The "
     "spokesman, Colonel Ojo Bello, said 40 rebels were killed.\n",
     [("Ojo Bello", "said")]),
    ("negative Cyprus: a title before the name",
     "A Greek Cypriot spokesman said fighting went on near Kyrenia. Spokesman Andreas Christou said 40 men were "
     "killed.\n",
     [("Andreas Christou", "said")]),
]


@pytest.mark.parametrize("name,text,expected", THE_CASES, ids=[c[0] for c in THE_CASES])
def test_the_before_name(name, text, expected):
    rows = [(s, c) for s, c, _ in _speakers(text)]
    for row in expected:
        assert row in rows, rows


# rule `state_document` (mentions.state_document): a document qualified only by a state's adjective is the speaker
STATE_DOC_CASES = [
    ("Chaco: a state's adjective before a communique",
     "Fighting went on at Boquerón. The Bolivian communique said 300 Paraguayans were killed.\n",
     ("the Bolivian communique", "said", "state_document")),
    ("Cyprus: the cue is the document noun after 'denied'",
     "Ankara denied a Greek report that 200 Turkish soldiers were killed near Kyrenia.\n",
     ("a Greek report", "report", "state_document")),
    ("negative Aden: a body's acronym before the statement keeps its author",
     "The NLF statement said 12 British soldiers were killed in Crater. The National Liberation Front (NLF) "
     "denied it.\n",
     ("National Liberation Front", "said", "name")),
]


@pytest.mark.parametrize("name,text,expected", STATE_DOC_CASES, ids=[c[0] for c in STATE_DOC_CASES])
def test_state_document(name, text, expected):
    rows = _speakers(text)
    if expected is not None:
        assert expected in rows, rows
    if name.startswith("negative"):
        assert rows and all(by != "state_document" for _, _, by in rows), rows


@pytest.mark.parametrize("phrase,cue,expected", [
    ("the Nigerian report", "says", "the Nigerian report"),
    ("The Soviet statement", "said", "the Soviet statement"),
    ("London denied an Egyptian", "report", "an Egyptian report"),
    # left alone: an author that is a body, no document, or a cue that is no document noun
    ("the army statement", "said", None),
    ("The Biafran", "said", None),
    ("London denied an Egyptian", "claim", None),
    ("the Red Cross report", "said", None),
])
def test_state_document_phrases(phrase, cue, expected):
    from presslens.mentions.state_document import state_document
    assert state_document(phrase, cue) == expected

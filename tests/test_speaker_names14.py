"""Session 14 speaker names (docs/rules.md "Session 14: speaker names"): the span of a speaker phrase, made-up
sentences in the manner of wars that no eval set holds (the Chaco War 1932-35, Cyprus 1974, the Aden Emergency
1963-67, Bangladesh 1971), positive and negative."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.mentions.complement_kept import complement_kept
from presslens.quotes import quotes_for_article
from presslens.quotes.subject_span import dateline_lead, subject_before_say, time_after_subject


def _speakers(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["cue"], r["speaker_by"]) for r in quotes_for_article("t.txt", text)]


# Rule `dateline_lead` (quotes.subject_span): a page's dateline glued before the subject is no part of it.
DATELINE_CASES = [
    ("Chaco: an AP dateline with its underscore",
     "Paraguay Claims Fort Taken\n\nJune 3, 1932\n\nASUNCION, Paraguay (AP) _ Two Paraguayan officers told "
     "reporters the fort at Boqueron had fallen.\n",
     [("two Paraguayan officers", "told", "unnamed")]),
    ("Cyprus: a Reuters credit after the date's dashes",
     "NICOSIA, Cyprus, Jul 21, 1974 -- (Reuters) Greek Cypriot officials in the besieged capital say 40 people "
     "were killed overnight.\n",
     [("Greek Cypriot officials", "say", "unnamed")]),
    ("Aden: a dateline in capitals before a common noun",
     "Two soldiers killed\n\nADEN, SOUTH ARABIA Officials said two British soldiers were killed in Crater.\n",
     [("officials", "said", "unnamed")]),
    ("Aden: an agency's code and a place before the sentence's 'The'",
     "Headlines\n\nUPI Aden The High Commission has reported that three grenades were thrown at a patrol.\n",
     [("High Commission", "reported", "name")]),
    ("negative: a bracketed acronym with no dash stays the speaker's",
     "The National Liberation Front (NLF) spokesman said the patrol was ambushed.\n",
     [("National Liberation Front", "said", "unnamed")]),
    ("negative: a body's capitals open the phrase with no dateline",
     "UNITA rebels said they shot down a plane.\n",
     [("UNITA rebels", "said", "unnamed")]),
]


@pytest.mark.parametrize("name,text,expected", DATELINE_CASES, ids=[c[0] for c in DATELINE_CASES])
def test_dateline_lead(name, text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize("phrase,before,expected", [
    ("Argentina (AP) _ Three veterans", "", "Three veterans"),
    ("NZPA Salisbury The Rhodesian Military Command", "", "The Rhodesian Military Command"),
    ("CHINA Officials", "Report\n\nBEIJING, ", "Officials"),
    ("the Front (NRF) spokesman", "", None),
    ("Voice of The People", "", None),
    ("NATO Officials", "the alliance said. ", None),
])
def test_dateline_lead_function(phrase, before, expected):
    at = dateline_lead(phrase, before)
    assert (phrase[at:] if at is not None else None) == expected


# Rule `time_after_subject` (quotes.subject_span): a time word between the subject and the cue is cut off.
TIME_CASES = [
    ("Bangladesh: 'to-day' after an unnamed group",
     "Bengali guerillas to-day reported killing 40 Pakistani soldiers near Jessore.\n",
     [("bengali guerillas", "reported", "time_after_subject")]),
    ("Bangladesh: a weekday and a stray 'said' before the cue",
     "Governor Abdul Monem Khan Tuesday said termed the strike a provocation.\n",
     [("Abdul Monem Khan", "termed", "time_after_subject")]),
    ("negative: a weekday modifying a noun stays",
     "Survivors of the Tuesday raid said 30 people died.\n",
     [("survivors of the Tuesday raid", "said", "unnamed")]),
]


@pytest.mark.parametrize("name,text,expected", TIME_CASES, ids=[c[0] for c in TIME_CASES])
def test_time_after_subject(name, text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize("phrase,cue,expected", [
    ("Palestine guerillas to-day", "reported", "Palestine guerillas"),
    ("An Eritrean rebel group earlier this week", "said", "An Eritrean rebel group"),
    ("India today", "according to", None),          # an outlet's name, misspelt: no verb for a time word
    ("An official report last year", "suggested", None),   # a document's time: the document rules decide
    ("the group's Sunday", "said", None),
])
def test_time_after_subject_function(phrase, cue, expected):
    assert time_after_subject(phrase, cue) == expected


# Rule `subject_before_say` (quotes.subject_span): the subject's own 'says' before a word read as the cue.
SAY_CASES = [
    ("Chaco: 'says alleged' (an adjective read as the cue)",
     "The Bolivian Consul in Lima says alleged Paraguayan aircraft bombed the fort.\n",
     [("Bolivian Consul", "alleged", "subject_before_say")]),
    ("Bangladesh: 'say' with a long clause before 'alleged'",
     "Guerilla leaders say members of their movement need a homeland to escape alleged persecution by the army.\n",
     [("guerilla leaders", "say", "unnamed"), ("guerilla leaders", "alleged", "subject_before_say")]),
    ("negative: a relative clause's subject is left to its rule",
     "The officer who witnesses said fired first was arrested.\n",
     [("witnesses", "said", "unnamed")]),
]


@pytest.mark.parametrize("name,text,expected", SAY_CASES, ids=[c[0] for c in SAY_CASES])
def test_subject_before_say(name, text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Ambassador Zaeef also says", "Ambassador Zaeef"),
    ("Ms Breen said the caller", "Ms Breen"),
    ("It said", None),
    ("The army has said", None),
    ("the village where witnesses said", None),
])
def test_subject_before_say_function(phrase, expected):
    assert subject_before_say(phrase) == expected


# Rule `complement_kept` (mentions.complement_kept): a common-noun head whose only name is its complement's, or a
# body's 'of' chain, is the speaker as a whole.
COMPLEMENT_CASES = [
    ("Cyprus: reports from a place",
     "Reports from Nicosia say 12 people were killed in the fighting.\n",
     [("reports from Nicosia", "say", "complement_kept")]),
    ("Bangladesh: a group founded by a people",
     "A refugee group founded by exiled Bengalis said 300 people died.\n",
     [("a refugee group founded by exiled Bengalis", "said", "complement_kept")]),
    # session 28: 'Troops' opening the sentence is a people noun (rule `people_noun_phrase`, mentions.people_phrase):
    # the layer reads the phrase as unnamed before `complement_kept` is asked; the same speaker
    ("Cyprus: troops loyal to a leader, the relative clause cut",
     "Troops loyal to President Makarios, who is backed by Greece, said they held the airport.\n",
     [("troops loyal to President Makarios", "said", "people_noun_phrase")]),
    ("Chaco: a body's 'of' chain with its acronym, not the country that ends it",
     "The Border Directorate of the Ministry for National Defence (MND) of Paraguay stated that the fort held.\n",
     [("Border Directorate of the Ministry for National Defence of Paraguay", "stated", "complement_kept")]),
    ("negative: an 'of' chain the layer names whole is left as it is",
     "The Directorate of Operations of the Bolivian Army stated that the fort held.\n",
     [("Directorate of Operations of the Bolivian Army", "stated", "name")]),
    ("negative: a report by a newspaper is the newspaper's",
     "A report by the newspaper Phileleftheros said 12 people were killed.\n",
     [("Phileleftheros", "said", "name")]),
    ("negative: a person's own 'of' names the person",
     "Jan Novak of the Red Cross said 40 people died.\n",
     [("Jan Novak", "said", "name")]),
]


@pytest.mark.parametrize("name,text,expected", COMPLEMENT_CASES, ids=[c[0] for c in COMPLEMENT_CASES])
def test_complement_kept(name, text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize("name,phrase,expected", [
    ("Skopje", "Reports from Skopje", "reports from Skopje"),
    ("Liwa al-Sahil", "a spokesman for Liwa al-Sahil", None),       # a role's complement: the role rules
    ("Health Ministry", "officials from the Health Ministry", None),  # a qualified group is left to the layer
    ("Health Ministry", "reports from the Health Ministry", None),    # a body's reports are its own
    ("Kessa", "officials in Kessa", None),
])
def test_complement_kept_function(name, phrase, expected):
    assert complement_kept(name, phrase) == expected


# Rule `body_on_named` (mentions.body_on): a body whose name holds 'on' is named whole, not by the tail or head.
ON_CASES = [
    ("Cyprus: a pronoun for a committee named with 'on'",
     "The head of the Joint Committee on Missing Persons resigned last week.\n"
     "Officials said the talks had stalled.\n"
     "The Joint Committee on Missing Persons said 1,400 people were unaccounted for.\n",
     [("officials", "said", "unnamed"), ("Joint Committee on Missing Persons", "said", "body_on_named")]),
    ("Chaco: a council named with 'on' after a lower-case participle",
     "The London- based Council on Foreign Affairs said in a report that 300 soldiers died.\n",
     [("Council on Foreign Affairs", "said", "body_on_named")]),
    ("negative: a council sitting on a day keeps its own name",
     "The Security Council on Monday said the ceasefire must hold.\n",
     [("Security Council", "said", "name")]),
]


@pytest.mark.parametrize("name,text,expected", ON_CASES, ids=[c[0] for c in ON_CASES])
def test_body_on_named(name, text, expected):
    assert [c for c in _speakers(text) if c[2] != "pronoun"] == expected


# Rule `first_conjunct_named` (quotes.subject_span): a named speaker and another under one cue: the first speaks.
CONJUNCT_CASES = [
    ("Chaco: a named body and 'the' commission",
     "Bolivian troops shelled the fort, Amnesty International and the League of Nations commission reported.\n",
     [("Amnesty International", "reported", "first_conjunct_named")]),
    ("Cyprus: 'the army and survivors'",
     "Turkish aircraft bombed Kyrenia, the army and survivors said.\n",
     [("army", "said", "first_conjunct_named")]),
    ("negative: one name with 'and' inside",
     "Trinidad and Tobago said it would send troops.\n",
     [("Trinidad and Tobago", "said", "name")]),
    ("negative: 'and other sources' is one group with the first",
     "The Aden police and other sources said a grenade was thrown.\n",
     [("aden police and other sources", "said", "unnamed")]),
    ("negative: a common noun coordinated inside a compound",
     "Search and rescue teams said 12 bodies were found.\n",
     [("search and rescue teams", "said", "unnamed")]),
]


@pytest.mark.parametrize("name,text,expected", CONJUNCT_CASES, ids=[c[0] for c in CONJUNCT_CASES])
def test_first_conjunct_named(name, text, expected):
    assert _speakers(text) == expected


def test_dateline_cut_is_kept_for_its_side_words():
    """`_trim_lead` cuts the dateline off the speaker and hands it back: its country's words give an unnamed speaker
    with no side of its own the side the uncut phrase gave (rule `dateline_lead`, side_by `dateline_side`); a
    phrase with no dateline hands back nothing."""
    from presslens.quotes.spans import Raw
    from presslens.quotes.speakers import _trim_lead

    text = "Aug 10, 1982\n\nASUNCION, Paraguay (AP) _ Three veterans told a panel."
    at = text.index("Paraguay (AP)")
    r = Raw.__new__(Raw)
    r.speaker, r.sp_start, r.sp_end = text[at:text.index(" told")], at, text.index(" told")
    assert _trim_lead(r, text) == "Paraguay (AP) _ " and r.speaker == "Three veterans"
    assert text[r.sp_start:r.sp_end] == "Three veterans"
    r.speaker, r.sp_start = "Three veterans", text.index("Three")
    assert _trim_lead(r, text) == "" and r.speaker == "Three veterans"


# A registry's outlet in the complement: 'reports from <a news site>' are the site's, as 'a report by <a paper>' is
# (guard added by the lead after the merge: rule `complement_kept` had taken a registry outlet's reports for a place's).
_NICOSIA = Actors([_conflict("cyprus-1974", {
    "articles": ["t.txt"],
    "sides": {"cyp_gov": "the Cypriot state", "turkey": "the Turkish forces"},
    "actors": [{"name": "Kibris Postasi", "aliases": [], "side": "media", "role": "news site", "kind": "org"}]})])


@pytest.mark.parametrize("text, expected", [
    ("Turkish jets bombed the port, according to reports from Kibris Postasi.\n", ("Kibris Postasi", "media")),
    ("Reports from Kibris Postasi say 12 people were killed in the fighting.\n", ("Kibris Postasi", "media")),
    # a place in the complement keeps the phrase, registry or not
    ("Reports from Nicosia say 12 people were killed in the fighting.\n", ("reports from Nicosia", None)),
])
def test_complement_outlet_is_the_speaker(text, expected):
    rows = quotes_for_article("t.txt", text, actors=_NICOSIA)
    assert [(r["speaker"], r["speaker_side"] if expected[1] else None) for r in rows] == [expected]

"""Statement recall and precision around a credit that is a noun (docs/rules.md "Session 18: statement recall"): the
cue forms `report`/`reports` used as the noun of a phrase (rule `report_as_noun`), and the words before `according
to X,` that are no clause (rule `according_lead_no_clause`). Every sentence is invented, in the styles of wars that are
in none of the eval sets (the Chaco war, the Ifni war, the Cristero war, the Dhofar rebellion, the Aden emergency);
every name is made up."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article
from presslens.quotes.according_lead import lead_without_clause
from presslens.quotes.report_noun import report_as_noun, report_participle_tail

LEAD = "The fighting went on through the night.\n"


def rows(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["cue"], r["text"]) for r in quotes_for_article("t.txt", LEAD + text)]


# --- report(s) as the noun of a phrase (quotes.report_noun) ---------------------------------------------------------

REPORT_NOUN = [
    ("a participle clause after 'reports' inside 'according to' (Chaco, wire)",
     "Forty Bolivian soldiers died at Nanawa, according to authoritative reports circulating here last night.",
     [("authoritative reports", "according to", "Forty Bolivian soldiers died at Nanawa")]),
    ("a reduced relative on the subject of 'said' (Ifni, 1950s copy)",
     "Madrid said the garrison held, but radio reports monitored in Tangier said two posts had fallen.",
     [("Madrid", "said", "the garrison held"), ("radio reports", "said", "two posts had fallen")]),
    ("a noun inside a fronted phrase with 'despite' (Cristero)",
     "Despite vague and contradictory reports, the federal army appeared to hold the town.",
     []),
    ("a noun inside a fronted phrase with 'in' before the real speaker (Dhofar)",
     "In a late evening report, the Muscat radio said rebels had shelled the airfield.",
     [("Muscat radio", "said", "rebels had shelled the airfield")]),
]


@pytest.mark.parametrize("name,text,expected", REPORT_NOUN, ids=[c[0] for c in REPORT_NOUN])
def test_report_as_noun(name, text, expected):
    assert rows(text) == expected


REPORT_VERB = [
    ("a body reports a that-clause (Aden)",
     "The High Commission reports that two soldiers were wounded in Crater.",
     [("High Commission", "reports", "two soldiers were wounded in Crater")]),
    ("a gerund object after 'report' is the content, not a participle clause (Chaco)",
     "Residents report hearing gunfire overnight near the fort.",
     [("residents", "report", "hearing gunfire overnight near the fort")]),
    ("a relative pronoun after the preposition: the verb of the relative clause (Ifni)",
     "The column reached Sidi Ifni, in which officials report that the water ran out.",
     [("officials", "report", "the water ran out")]),
]


@pytest.mark.parametrize("name,text,expected", REPORT_VERB, ids=[c[0] for c in REPORT_VERB])
def test_report_as_verb_kept(name, text, expected):
    assert rows(text) == expected


def test_report_as_noun_needs_a_closed_phrase():
    assert report_as_noun("In the camp, doctors ", " that nine people died.") is False
    assert report_as_noun("according to the latest ", ", nine people died.") is True
    assert report_as_noun("according to the latest ", " that nine people died.") is False


def test_report_participle_tail_cuts_only_after_the_noun():
    assert report_participle_tail("radio reports monitored in Tangier") == "radio reports"
    assert report_participle_tail("the reporters based in Aden") is None
    assert report_participle_tail("field reports") is None


# --- the words before 'according to X,' that are no clause (quotes.according_lead) ----------------------------------

ACCORDING_LEAD = [
    ("a linking word before the credit (Chaco)",
     "Thousands of Paraguayan troops crossed the river. And, according to unconfirmed reports, many more were waiting.",
     [("unconfirmed reports", "according to", "many more were waiting")]),
    ("a date label closed by a colon (Cristero chronicle)",
     "June 4: According to army sources, nine rebels were killed near Tepatitlan.",
     [("army sources", "According to", "nine rebels were killed near Tepatitlan")]),
]


@pytest.mark.parametrize("name,text,expected", ACCORDING_LEAD, ids=[c[0] for c in ACCORDING_LEAD])
def test_according_lead_no_clause(name, text, expected):
    assert rows(text) == expected


ACCORDING_CLAUSE = [
    ("a clause before the credit stays its content (Dhofar)",
     "Twelve soldiers died on Monday, according to army sources.",
     [("army sources", "according to", "Twelve soldiers died on Monday")]),
    ("a name that begins like a linking word is a clause's subject (Aden)",
     "Andrew Kerr was shot, according to the police.",
     [("police", "according to", "Andrew Kerr was shot")]),
]


@pytest.mark.parametrize("name,text,expected", ACCORDING_CLAUSE, ids=[c[0] for c in ACCORDING_CLAUSE])
def test_according_lead_clause_kept(name, text, expected):
    assert rows(text) == expected


def test_lead_without_clause():
    assert lead_without_clause("And") and lead_without_clause("March 20:") and lead_without_clause("Meanwhile")
    assert not lead_without_clause("Twelve soldiers died on Monday")
    assert not lead_without_clause("Andrew")
    assert not lead_without_clause("The ministry said on Monday that nine people died in the raid:")


# --- a stance expressed (quotes.stance) -------------------------------------------------------------------------------

EXPRESSED_STANCE = [
    ("an opinion with a that-clause (Chaco, 1930s copy)",
     "The Asuncion newspaper El Orden expresses the opinion that the Bolivian offensive has spent itself.",
     [("El Orden", "expresses", "the opinion that the Bolivian offensive has spent itself")]),
    ("a concern with a modifier and a day before its topic (Dhofar)",
     "Omani tribal elders expressed renewed concern Tuesday over the shelling of Salalah.",
     [("omani tribal elders", "expressed", "renewed concern Tuesday over the shelling of Salalah")]),
    ("resolve with an infinitive (Ifni)",
     "Spanish commanders expressed determination not to give up the enclave.",
     [("spanish commanders", "expressed", "determination not to give up the enclave")]),
    ("a quoted regret after a possessive (Aden)",
     "The High Commissioner expressed his \u201cregret that civilians died in Crater\u201d.",
     [("high commissioner", "expressed", "his \u201cregret that civilians died in Crater\u201d")]),
]


@pytest.mark.parametrize("name,text,expected", EXPRESSED_STANCE, ids=[c[0] for c in EXPRESSED_STANCE])
def test_expressed_stance(name, text, expected):
    assert rows(text) == expected


NO_STANCE = [
    ("condolences are no statement (Aden)", "The battalion expressed its heartfelt condolences to the family."),
    ("a participle in a disclaimer (Chaco)", "The views expressed are his own."),
    ("support given is no statement (Cristero)", "The bishops expressed firm support for the strike."),
    ("thanks are no statement (Ifni)", "The governor expressed his thanks to the garrison."),
]


@pytest.mark.parametrize("name,text", NO_STANCE, ids=[c[0] for c in NO_STANCE])
def test_expressed_without_stance_is_no_statement(name, text):
    assert rows(text) == []


# --- people or places named by a speaker (quotes.named_object) ----------------------------------------------------

NAMED = [
    ("the dead named with 'as' (Dhofar)",
     "A senior Omani officer, who asked not to be identified, named two of the dead rebels as Salim Qadi and Ali Nasr.",
     [("a senior Omani officer", "named", "two of the dead rebels as Salim Qadi and Ali Nasr")]),
    ("the dead named by a headquarters (Aden)",
     "Army headquarters in Aden last night named the three soldiers killed in the ambush.",
     [("army headquarters", "named", "the three soldiers killed in the ambush")]),
    ("places named by a radio (Chaco)",
     "The radio, monitored in Buenos Aires, named two forts among the Bolivian targets.",
     [("radio", "named", "two forts among the Bolivian targets")]),
]


@pytest.mark.parametrize("name,text,expected", NAMED, ids=[c[0] for c in NAMED])
def test_named_the_dead(name, text, expected):
    assert rows(text) == expected


NOT_NAMED = [
    ("a name given after a noun (Cristero)", "One man, a farmer named Ortega, was found bleeding.", []),
    ("a passive with 'as' (Aden)", "The victim was named as 24-year-old corporal Peter Hale.", []),
    ("a namesake (Ifni)", "The post named after the general fell on Tuesday.", []),
    ("an anonymous source keeps its statement (Chaco)",
     "A police officer who asked not to be named said six people died in the raid.",
     [("a police officer", "said", "six people died in the raid")]),
]


@pytest.mark.parametrize("name,text,expected", NOT_NAMED, ids=[c[0] for c in NOT_NAMED])
def test_named_otherwise_is_no_statement(name, text, expected):
    assert rows(text) == expected

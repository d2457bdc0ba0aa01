"""Casualty claims: claimants (a citation, the next sentence, a connective, a quote row) and the scope of hedges and
denials (casualties/claimants.py, source_phrase.py, hedges.py). Moved from the session-named test files
(tests/test_casualties_real*_families.py, test_casualties_recall*.py) in session 16, cases and assertions unchanged;
the copy is invented, in the styles of wars in none of the eval sets."""
from __future__ import annotations

import pytest

from claim_families import records
from war_registries import ACEH, BALKANS, SRI_LANKA
from presslens.actors import Actors, _conflict
from presslens.casualties import extract_article
from presslens.casualties.claimants import harm_not_claim


# (family, text, registry, [(category, low, claimant)])
CLAIMANTS = [
    ("citing the source (Balkans)",
     "Some 40 Bosniak civilians were killed in Zepa, Onasa reports, citing the Bosnian War Crimes Commission.", None,
     [("killed", 40, "the Bosnian War Crimes Commission")]),
    ("the source in the next sentence (Chechnya)",
     "At least 14 civilians were killed in Urus-Martan last week. It is reported in the bulletin of the Memorial "
     "Human Rights Centre, which Interfax has seen.", None,
     [("killed", 14, "the Memorial Human Rights Centre")]),
    ("a connective is no subject (Colombia)",
     "Separately, the Colombian Red Cross, a humanitarian body, said nine people were killed in Tumaco.", None,
     [("killed", 9, "the Colombian Red Cross")]),
    ("In addition: the sentence before's source (Western Sahara)",
     "According to the Sahrawi Red Crescent, six civilians were killed in Bir Lahlou. In addition, 14 people were "
     "injured.", None,
     [("killed", 6, "Sahrawi Red Crescent"), ("wounded", 14, "Sahrawi Red Crescent")]),
    ("a body's data: according to UN figures (Sri Lanka)",
     "At least 7,000 civilians were killed in the first months of the year, according to UN figures.", None,
     [("killed", 7000, "UN")]),
    ("lower-case role words and a time word before the verb (Chechnya)",
     "Chechen human rights ombudsman Lema Khasuev late Monday reported at least 22 civilian deaths in Shali.", None,
     [("killed", 22, "Lema Khasuev")]),
    ("an occasion between the subject and the verb (Western Sahara)",
     "Ahmed Salek, the Polisario spokesman, in a press conference on Monday said that 11 fighters were killed.", None,
     [("killed", 11, "Ahmed Salek")]),
    ("reports appeared on an account (Chechnya)",
     "Reports about Gelayev's death also appeared on a rebel Telegram channel.", None,
     [("killed", 1, "a rebel Telegram channel")]),
    ("the military: the registry's one state army (Sri Lanka)",
     "A military statement said troops repelled an LTTE attack near Mullaitivu, killing 27 rebels.",
     Actors([_conflict("srilanka", {
         "sides": {"slgov": "the Sri Lankan state: army, navy, police", "ltte": "the Tamil Tigers; rebels"},
         "government_side": "slgov", "keywords": {"slgov": ["Colombo"], "ltte": ["LTTE", "Tamil Tigers"]},
         "actors": [{"name": "Sri Lanka Army", "aliases": ["SLA", "Sri Lankan army"], "side": "slgov",
                     "role": "the army as a body", "kind": "org"}]})]),
     [("killed", 27, "Sri Lanka Army")]),
    ("a headline's source after a dash (Colombia)",
     "Guerrillas killed 17 soldiers in Cauca ambush – Colombian officials", None,
     [("killed", 17, "Colombian officials")]),
]


@pytest.mark.parametrize("name,text,actors,expected", CLAIMANTS, ids=[c[0] for c in CLAIMANTS])
def test_claimants(name, text, actors, expected):
    assert [(r["category"], r["low"], r["claimant"]) for r in records(text, actors, "real2_families.txt")] == expected


# (family, text, [hedged per claim])
HEDGES = [
    ("a claim verb opening its own clause does not hedge the claim before it (Balkans)",
     "Kovacevic's death is a blow to the defenders at a time when reports have claimed that JNA units entered "
     "Vukovar.", [False]),
    ("allege hedges (Colombia)",
     "Local officials in Narino allege that paramilitaries killed more than 30 civilians.", [True]),
    ("the reported death toll (Chechnya)",
     "The reported death toll in the fighting for Grozny has reached about 400.", [True]),
    ("according to reports is an attribution, not a hedge (Sri Lanka)",
     "According to reports, one soldier was killed and six were wounded near Vavuniya.", [False, False]),
    ("unable to verify the accounts: every account of harm before it (Western Sahara)",
     "Sahrawi officials said 12 civilians were killed in the strike. Tens of thousands of people have fled the "
     "area since 2020. A witness said the bodies of five herders lay by the road. Reporters were unable to "
     "independently verify the accounts.", [True, False, True]),
]


@pytest.mark.parametrize("name,text,expected", HEDGES, ids=[c[0] for c in HEDGES])
def test_hedges(name, text, expected):
    assert [r["hedged"] for r in records(text, None, "real2_families.txt")] == expected


def test_first_name_later_from_a_quote_row():
    """'Sewnet'-style: a person named again by the first name takes the two-word name given in apposition."""
    text = ("The killings took place on Monday, said Hernan Ospina, the mayor of Toribio. \"So far we have "
            "recovered 23 bodies,\" Hernan, the mayor, told reporters.")
    start = text.index("\"So far")
    quotes = [{"quote_id": "q1", "article_id": "real2_families.txt", "speaker": "Hernan", "speaker_side": None,
               "cue": "told", "text": text[start + 1:text.index(",\" Hernan")], "start": start,
               "end": text.index(",\" Hernan"), "speaker_start": text.index("Hernan, the"),
               "speaker_end": text.index("Hernan, the") + 6}]
    recs = extract_article("real2_families.txt", text, quotes=quotes)
    assert [(r["low"], r["claimant"]) for r in recs] == [(23, "Hernan Ospina")]


def test_a_denial_of_claims_about_civilians_disputes_only_those():
    """'We deny the claims regarding the deaths of civilians' (by the Serb side): the civilian claim is disputed,
    the army's report of the Serb side's own dead is not."""
    text = ("The Bosnian army said 60 VRS soldiers were killed near Gorazde. The Bosnian government said Serb "
            "shelling killed 25 civilians in the town. A VRS spokesman said: \"We categorically deny the claims "
            "regarding the deaths of civilians.\"")
    recs = records(text, BALKANS, "real2_families.txt")
    assert [(r["low"], r["victim_side"], r["hedged"]) for r in recs] == [(60, "serb", False), (25, "civilian", True)]


def test_a_denial_of_responsibility_leaves_the_deniers_own_dead():
    text = ("The Sri Lankan army said more than 50 Tamil Tigers were killed near Jaffna. On Saturday the government "
            "said a rebel mortar killed 12 civilians at a school. However, the LTTE on Sunday denied responsibility "
            "for the shelling.")
    recs = records(text, SRI_LANKA, "real2_families.txt")
    assert [(r["victim_side"], r["hedged"]) for r in recs] == [("ltte", False), ("civilian", True)]


def test_pronoun_after_unnamed_source_takes_that_source():
    """'He said: “We lost ...”' after 'One of the officers said ...': the unnamed officer is the claimant."""
    text = ("One of the officers said the patrol had been attacked at dawn near Lhokseumawe. "
            "He said: “We lost five soldiers and two TNI scouts.”")
    quotes = [{"quote_id": "q1", "article_id": "a.txt", "speaker": "He", "speaker_side": None, "cue": "said",
               "text": "We lost five soldiers and two TNI scouts.", "start": text.index("We lost"),
               "end": len(text) - 2, "speaker_start": text.index("He said"), "speaker_end": text.index("He said") + 2}]
    recs = extract_article("a.txt", text, quotes=quotes, actors=ACEH)
    assert [(r["low"], r["claimant"].lower()) for r in recs] == [(5, "one of the officers"), (2, "one of the officers")]


def test_claimed_the_lives_is_no_claim():
    assert harm_not_claim({"cue": "claimed", "text": "the lives of more than 2,000 people"})
    assert not harm_not_claim({"cue": "claims", "text": "2,000 people were killed"})
    assert not harm_not_claim({"cue": "said", "text": "the lives of 20 villagers were lost"})


def test_a_dash_aside_is_no_headline_source():
    """'... – most of them villagers – have been killed.': no claimant 'have been killed'."""
    recs = extract_article("a.txt", "Since the war began, more than 500 people – most of them villagers – have been "
                                    "killed.")
    assert [(r["low"], r["claimant"]) for r in recs] == [(501, None)]


def test_feared_dead_is_hedged():
    """'feared dead' is the sources' fear: the claim is hedged (hedges.yaml)."""
    recs = extract_article("recall7.txt", "Five people are feared dead after gunmen stormed a village near Ziguinchor.")
    assert [(r["category"], r["low"], r["hedged"]) for r in recs] == [("killed", 5, True)]

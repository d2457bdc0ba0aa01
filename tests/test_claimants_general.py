"""Claimant families (issue 11, session 5): who makes a casualty claim when the source is told by a headline in
title case, a credit at the sentence's end, a wire dateline before the subject, 'per X', a trailing cue with a day
after it, a place's possessive before a registry name, or a body described by what it does. Found on the
development sets' wrong claimants (eval/real/CASUALTY_ERRORS.md, 'Claimant errors (session 5)'); the sentences are
written in the styles of wars in none of the eval sets (Peru, Western Sahara, Nepal, Chad, Algeria, Northern Ireland,
Bosnia, Angola); every name is invented or generic."""
from __future__ import annotations

import pytest

from claim_families import CLAIMANT, columns
from presslens.actors import Actors, _conflict

SAHARA = Actors([_conflict("sahara", {"articles": ["general.txt"],
    "sides": {"morocco": "the Moroccan state: Royal Armed Forces (FAR), its press office",
              "polisario": "the Polisario Front and its Sahrawi People's Liberation Army"},
    "government_side": "morocco", "rebel_side": "polisario",
    "keywords": {"morocco": ["FAR", "Rabat"], "polisario": ["Polisario", "SPLA"]},
    "actors": [{"name": "Polisario Front", "aliases": ["Polisario"], "side": "polisario", "kind": "org"},
               {"name": "Bureau of Military Communication", "side": "morocco", "kind": "org",
                "role": "the army's press office, issues the army's communiques"}]})])
NEPAL = Actors([_conflict("nepal", {"articles": ["general.txt"],
    "sides": {"nepal_gov": "the Nepalese state: Royal Nepalese Army, police",
              "maoists": "the Communist Party of Nepal (Maoist) and its People's Liberation Army"},
    "government_side": "nepal_gov", "rebel_side": "maoists",
    "keywords": {"nepal_gov": ["Royal Nepalese Army"], "maoists": ["Maoists", "Maoist"]},
    "actors": [{"name": "Communist Party of Nepal (Maoist)", "aliases": ["Maoists", "CPN (Maoist)"],
                "side": "maoists", "kind": "org"}]})])


def claimants(text: str, actors=None, with_quotes: bool = False) -> list[tuple]:
    """The claims of `text` with their claimants: from the sentences alone, or with the quote rows the pipeline
    gives (`with_quotes`: the rules on quote rows)."""
    return columns(text, CLAIMANT, actors=actors, article="general.txt", quotes=with_quotes)


# (family, text, registry, [(category, low, claimant)])
CASES = [
    # rule `title_case_head`: a title-case headline opens on its source
    # (the registry's alias as the article writes it, rule `alias_as_written`: the article never writes 'Polisario Front')
    ("title_case_head", "Polisario Says 14 Moroccan Soldiers Killed In Mahbes Raid\nThe front gave no names.", SAHARA,
     [("killed", 14, "Polisario")]),
    ("title_case_head", "Chad Army Says 40 Rebels Killed Near Abeche\nThe fighting lasted two days.", None,
     [("killed", 40, "Chad Army")]),
    # rule `credit_at_end`: a sentence that ends on its credit ('..., writes X', '..., says X')
    ("credit_at_end", "Gunmen killed seven peasants near Ayacucho, as the prefect said the roads were closed, "
     "writes La Voz del Sur.", None, [("killed", 7, "La Voz del Sur")]),
    ("credit_at_end", "At least nine soldiers were killed in an ambush in Rolpa district, says Kathmandu Daily Post.",
     NEPAL, [("killed", 9, "Kathmandu Daily Post")]),
    # rule `dateline_not_subject`: a wire dateline before the subject
    ("dateline_not_subject", "ALGIERS, Algeria (AP) -- Local officials in Medea allege that armed men have killed 31 "
     "villagers in the night.", None, [("killed", 31, "Local officials in Medea")]),
    # rule `per_source`: 'per X data', 'as per X'
    ("per_source", "The clashes left 212 people dead and 430 injured across Darfur's border towns last year, per "
     "UNHCR data.", None, [("killed", 212, "UNHCR"), ("wounded", 430, "UNHCR")]),
    # rule `trailing_cue_when`: a day after a trailing cue
    ("trailing_cue_when", "The bomb in the Shankill Road pub killed four men and injured 20, the police said on "
     "Saturday night.", None, [("killed", 4, "the police"), ("wounded", 20, "the police")]),
    # rule `place_owns_name`: a place's possessive before a registry name
    ("place_owns_name", "Nepal's Maoists say they killed 25 soldiers in the attack on the barracks.", NEPAL,
     [("killed", 25, "Communist Party of Nepal (Maoist)")]),
    # rule `described_body`: a body described by what it does -> the one registry body whose role says so
    ("described_body", "The army's press office reported that 12 Polisario fighters were killed in the Guelta "
     "sector.", SAHARA, [("killed", 12, "Bureau of Military Communication")]),
    # (not a body: a person's role phrase stays as written)
    ("described_body", "A press office official said 12 Polisario fighters were killed in the Guelta sector.", SAHARA,
     [("killed", 12, "a press office official")]),
    # rule `inner_source`: the source cited inside the report makes the claims after it
    ("inner_source", "Radio Ndjamena quoted a local chief as saying that 30 herders were killed near Mongo.", None,
     [("killed", 30, "a local chief")]),
    ("inner_source", "The toll in Sarajevo is likely higher, the agency said, with nurses reporting that 50 bodies had "
     "been brought to the morgue.", None, [("killed", 50, "nurses")]),
    # rule `presupposed_toll`: a toll in a relative clause of what a speaker condemns is the article's voice
    ("presupposed_toll", "The Taoiseach condemned the bombing that killed 29 people in Omagh.", None,
     [("killed", 29, None)]),
    # rule `voice_within_quote`: a source named inside the quoted words before the claim
    ("voice_within_quote", "\u201cThe nurses said that in May alone 140 were wounded in Tuzla,\u201d the bulletin "
     "published on Sunday said.", None, [("wounded", 140, "the nurses")]),
    # rule `document_of_body`: 'according to a ministry statement' -> the ministry
    ("document_of_body", "According to a ministry statement, 11 gendarmes were wounded in the attack near Tizi Ouzou.",
     None, [("wounded", 11, "the ministry")]),
    # rule `own_kind_only`: 'the ministry' never resolves to another kind of body named before
    ("own_kind_only", "The Polisario Front shelled positions near Mahbes. The ministry said 6 soldiers were killed.",
     SAHARA, [("killed", 6, "the ministry")]),
    # lead subject with 'mentioned' / 'noted'
    ("lead_subject_verbs", "Bosnian Serb authorities also mentioned that 17 prisoners had been wounded.", None,
     [("wounded", 17, "Bosnian Serb authorities")]),
]


#: families whose rule reads the quote rows (quote_rows.py): tested with the rows the pipeline gives
QUOTE_ROW_RULES = {"presupposed_toll", "voice_within_quote"}


@pytest.mark.parametrize("family,text,actors,expected", CASES, ids=[c[0] for c in CASES])
def test_claimant_family(family, text, actors, expected):
    assert claimants(text, actors, with_quotes=family in QUOTE_ROW_RULES) == expected


def test_quote_row_rules_need_the_rows():
    """Without the quote rows the quoted words' own source is not seen: the rule works on the rows."""
    text = next(c[1] for c in CASES if c[0] == "voice_within_quote")
    assert claimants(text) != claimants(text, with_quotes=True) == [("wounded", 140, "the nurses")]


def test_per_needs_a_name():
    """'per day' / 'per cent' are no source: the claim stays in the article's voice."""
    rows = claimants("Fighting in Huambo killed 30 people per day in March.")
    assert rows and all(r[2] is None for r in rows)


def test_credit_at_end_yields_to_the_opening_speaker():
    """'The army said ..., reports X': the speaker named at the opening makes the claim, not the outlet's credit."""
    rows = claimants("The Angolan army said 18 UNITA fighters were killed near Cuito, reports Radio Ecclesia.")
    assert rows == [("killed", 18, "The Angolan army")] or rows == [("killed", 18, "the Angolan army")]

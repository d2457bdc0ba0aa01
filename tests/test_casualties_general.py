"""General families of casualty claims (issue 11, session 4): the vocabulary of harm in every form, the words news
English uses for victims, lists of counts of different kinds before one cue, tolls stated as 'the number of X
killed', and the sides of generic words (peacekeepers; fighters of unnamed groups). Found by a grid of
constructions x number forms x victims and by the misses of the development sets, measured as families across
wars; the sentences are written in the styles of wars in none of the eval sets (Chechnya, Sri Lanka, Bosnia,
Aceh, Sierra Leone, Angola); every name is invented or generic."""
from __future__ import annotations

import pytest

from claim_families import columns
from presslens.actors import Actors, _conflict
from presslens.casualties.inflections import lemma_cues, verb_forms

SRI_LANKA = Actors([_conflict("srilanka", {"articles": ["general.txt"],
    "sides": {"slgov": "the Sri Lankan state: army, navy, police",
              "ltte": "the Liberation Tigers of Tamil Eelam (LTTE), Tamil Tigers; rebels, cadres"},
    "government_side": "slgov", "rebel_side": "ltte",
    "keywords": {"slgov": ["Sri Lankan army", "SLA", "Colombo"], "ltte": ["LTTE", "Tamil Tigers", "Tigers"]}})])
SIERRA_LEONE = Actors([_conflict("sierraleone", {"articles": ["general.txt"],
    "sides": {"slgov": "the Sierra Leonean state: army, Kamajor militia allied to it",
              "ruf": "the Revolutionary United Front (RUF): commanders, fighters"},
    "government_side": "slgov", "rebel_side": "ruf",
    "keywords": {"slgov": ["Sierra Leonean army"], "ruf": ["RUF", "Revolutionary United Front"]}})])
ANGOLA = Actors([_conflict("angola", {"articles": ["general.txt"],
    "sides": {"angola_gov": "the Angolan state: army (FAA), police",
              "unita": "UNITA: its commanders and fighters",
              "flec": "FLEC separatists of Cabinda: fighters"},
    "government_side": "angola_gov", "rebel_side": "unita",
    "keywords": {"angola_gov": ["FAA"], "unita": ["UNITA"], "flec": ["FLEC"]}})])


def rows(text: str, actors=None) -> list[tuple]:
    return columns(text, ("category", "low", "high", "vague", "victim_side"), actors=actors, article="general.txt")


# (family, text, registry, [(category, low, high, vague, victim_side)])
CLAIMS = [
    # -- verbs of harm in every form (inflections.py) ------------------------------------------------------------
    ("gerund of massacre (Sierra Leone)", "Rebels stormed the town of Koidu, massacring 14 villagers.", None,
     [("killed", 14, 14, None, "civilian")]),
    ("headline present of abduct (Sierra Leone)", "Rebels abduct 30 schoolchildren in Makeni raid", None,
     [("captured", 30, 30, None, "civilian")]),
    ("passive of slaughter (Chechnya)", "Eleven villagers were slaughtered near Urus-Martan, witnesses said.", None,
     [("killed", 11, 11, None, "civilian")]),
    ("gerund of kidnap (Aceh)", "Gunmen stopped the bus outside Bireuen, kidnapping nine teachers.", None,
     [("captured", 9, 9, None, "civilian")]),
    ("apprehend (Aceh)", "Troops apprehended 16 suspected rebels in Pidie on Friday.", None,
     [("captured", 16, 16, None, "unknown")]),
    # -- phrases of harm the lexicon lacked ------------------------------------------------------------------------
    ("found dead (Bosnia)", "Nine men were found dead near the road to Zepa.", None,
     [("killed", 9, 9, None, "unknown")]),
    ("hospitalised (Aceh)", "Eleven soldiers were hospitalised after the ambush in Lhokseumawe.", None,
     [("wounded", 11, 11, None, "unknown")]),
    ("in critical condition (Chechnya)", "Four policemen are in critical condition after the blast in Gudermes.",
     None, [("wounded", 4, 4, None, "unknown")]),
    ("gave themselves up (Aceh)", "Forty rebels gave themselves up to the army in Pidie.", None,
     [("surrendered", 40, 40, None, "unknown")]),
    ("left N homeless (Sri Lanka)", "The shelling left 3,000 residents homeless.", None,
     [("displaced", 3000, 3000, None, "civilian")]),
    ("hacked to death (Sierra Leone)", "The rebels hacked 12 villagers to death in Masiaka.", None,
     [("killed", 12, 12, None, "civilian")]),
    ("pronounced dead (Bosnia)", "Three passengers were pronounced dead at the scene.", None,
     [("killed", 3, 3, None, "civilian")]),
    ("fallen as a modifier (Chechnya)", "The regiment buried the two fallen soldiers in Khankala.", None,
     [("killed", 2, 2, None, "unknown")]),
    ("slain as a modifier keeps the head (Sierra Leone)", "Relatives mourned the 12 slain villagers in Kono.", None,
     [("killed", 12, 12, None, "civilian")]),
    ("N of their own had fallen (Aceh)", "The police said six of their own had fallen in the raid.", None,
     [("killed", 6, 6, None, "unknown")]),
    ("prices fall, not people (Angola)", "Diamond prices have fallen 12 percent since the ceasefire.", None, []),
    # -- the victims' words ----------------------------------------------------------------------------------------
    ("protesters (Aceh)", "Twelve protesters were killed when troops opened fire in Lhokseumawe.", None,
     [("killed", 12, 12, None, "civilian")]),
    ("miners (Angola)", "Gunmen killed 12 diamond miners near the Cuango river.", None,
     [("killed", 12, 12, None, "civilian")]),
    ("infantrymen (Sri Lanka)", "Fourteen infantrymen were wounded near Elephant Pass.", SRI_LANKA,
     [("wounded", 14, 14, None, "slgov")]),
    ("an unlisted plural before a cue of harm (Aceh)", "Nine loggers were abducted near Takengon.", None,
     [("captured", 9, 9, None, "unknown")]),
    ("places are not victims (Chechnya)", "Twelve outposts were captured during the offensive.", None, []),
    ("weapons are not victims (Angola)", "Police seized three Kalashnikovs and 12 rifles in Luanda.", None, []),
    # -- the cue after a post-head phrase, a person or an aside ---------------------------------------------------
    ("post-head phrase with plain words (Bosnia)",
     "Seven civilians from the nearby hamlet of Kamenica were killed.", None, [("killed", 7, 7, None, "civilian")]),
    ("a count and one more person (Chechnya)", "Twelve villagers and a police officer were killed.", None,
     [("killed", 12, 12, None, "civilian")]),
    ("said to have been killed (Angola)", "Thirty fighters are said to have been killed in the clashes.", None,
     [("killed", 30, 30, None, "unknown")]),
    # -- counts of different kinds before one cue -------------------------------------------------------------------
    ("soldiers and rebels with a bracketed acronym (Sri Lanka)",
     "Two army soldiers and four Tamil Tiger (LTTE) fighters have been killed, the military said.", SRI_LANKA,
     [("killed", 2, 2, None, "slgov"), ("killed", 4, 4, None, "ltte")]),
    ("one rebel and three soldiers (Sri Lanka)", "One rebel and three soldiers were killed near Vavuniya.",
     SRI_LANKA, [("killed", 1, 1, None, "ltte"), ("killed", 3, 3, None, "slgov")]),
    ("a headline's comma list (Sri Lanka)", "3 soldiers, 7 rebels killed in clash near Jaffna", SRI_LANKA,
     [("killed", 3, 3, None, "slgov"), ("killed", 7, 7, None, "ltte")]),
    ("the last item's own of-phrase and fell in combat (Sierra Leone)",
     "Six soldiers and five fighters of the RUF fell in combat.", SIERRA_LEONE,
     [("killed", 6, 6, None, "slgov"), ("killed", 5, 5, None, "ruf")]),
    ("one kind of people stays one sum (Chechnya)", "Two officers and nine soldiers were killed near Shali.", None,
     [("killed", 11, 11, None, "unknown")]),
    # -- tolls said as 'the number of X killed' -------------------------------------------------------------------
    ("the number of X killed ... has risen to N (Sri Lanka)",
     "The number of Tigers killed so far this year in clashes with the army has risen to 138, police said.",
     SRI_LANKA, [("killed", 138, 138, None, "ltte")]),
    ("brought to N the number of X killed (Sierra Leone)",
     "The ambush brought to nine the number of soldiers killed since May.", SIERRA_LEONE,
     [("killed", 9, 9, None, "slgov")]),
    ("the number of X in a place is no toll (Chechnya)", "The number of soldiers in the town rose to 400.", None, []),
    # -- sides of generic words -------------------------------------------------------------------------------------
    ("peacekeepers are the UN's (Sierra Leone)", "Rebels killed two Kenyan peacekeepers near Magburaka.",
     SIERRA_LEONE, [("killed", 2, 2, None, "un")]),
    ("a peacekeeper (Sierra Leone)", "A Nigerian peacekeeper was killed in the ambush.", SIERRA_LEONE,
     [("killed", 1, 1, None, "un")]),
    ("fighters of unnamed groups are a mixed count (Angola)",
     "The army announced the neutralisation of 40 fighters from armed groups in the north.", ANGOLA,
     [("killed", 40, 40, None, "unknown")]),
    ("fighters alone keep the registry's rebel side (Sierra Leone)",
     "The army said 40 fighters were killed in the north.", SIERRA_LEONE, [("killed", 40, 40, None, "ruf")]),
]


@pytest.mark.parametrize("name,text,actors,expected", CLAIMS, ids=[c[0] for c in CLAIMS])
def test_general_families(name, text, actors, expected):
    assert rows(text, actors) == expected


def test_verb_forms_follow_spelling_rules():
    assert verb_forms("execute") == ("execute", "executes", ("executed",), "executing")
    assert verb_forms("abduct") == ("abduct", "abducts", ("abducted",), "abducting")
    assert verb_forms("kidnap")[3] == "kidnapping" and verb_forms("gun")[2] == ("gunned",)


def test_every_lemma_gives_its_participle_as_a_passive_cue():
    from presslens.casualties.lexicon import load_lexicon
    lex = load_lexicon()
    for cat, (active, passive) in lemma_cues(lex.raw["lemmas"]).items():
        for form in passive:
            assert tuple(form.split()) in lex.passive, form
        for form in active:
            assert tuple(form.split()) in lex.active, form

"""Casualty claims: the quantity grammar, the cue phrases and the lexicon's words met with the rule families
(casualties/phrases.py, cue_phrases.py, claims.py, wire_rules.py, named.py, data/lexicons/casualties.yaml). Moved
from the session-named test files (tests/test_casualties_real*_families.py, test_casualties_recall*.py) in session
16, cases and assertions unchanged; the copy is invented, in the styles of wars in none of the eval sets."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_among, assert_found, assert_no_claim, case_ids, claims, rows
from war_registries import CHECHNYA, GENERAL


# (family, text, registry, article, [(category, low, high, vague, victim_side)]): the article's records, exactly
ROWS = [
    # -- displacement said with 'forced to flee' and 'sought refuge' -----------------------------------------------
    ("N people have been forced to flee their homes (Sudan)",
     "More than 40,000 people have been forced to flee their homes in Sennar, the UN migration agency said.",
     GENERAL, "real_families.txt",
     [("displaced", 40001, None, None, "civilian")]),
    ("N refugees have sought refuge in a neighbouring country (Tigray)",
     "Some 45,000 Tigrayans have sought refuge in Sudan since November, the UNHCR said.",
     GENERAL, "real_families.txt",
     [("displaced", 45000, 45000, None, "civilian")]),
    ("forced to flee, said of one person in a year", "He was forced to flee in 2019 with his three children.", GENERAL, "real_families.txt",
                                                                                                               []),
    # -- one person by role and body; a named person's death -------------------------------------------------------
    ("N others were taken as prisoners (Sri Lanka)",
     "Twelve soldiers were killed and 20 others were taken as prisoners.", None,
     "real2_families.txt",
     [("killed", 12, 12, None, "unknown"), ("captured", 20, 20, None, "unknown")]),
    # -- cues and tolls: lexicon entries and the toll grammar ------------------------------------------------------
    ("a toll that could be as high as N (Chechnya)",
     "The death toll in Samashki could be as high as 250, a Memorial researcher said.", None,
     "real2_families.txt",
     [("killed", None, 250, None, "unknown")]),
    ("the total number of dead ... to N (Sri Lanka)",
     "Officials said nine more soldiers had been killed, bringing the total number of dead among the troops to 212.",
     None, "real2_families.txt",
           [("killed", 9, 9, None, "unknown"), ("killed", 212, 212, None, "unknown")]),
    ("murdering N and wounding M (Colombia)",
     "Prosecutors accused the paramilitaries of murdering more than 40 people and wounding 75 in Mapiripan.", None,
     "real2_families.txt",
     [("killed", 41, None, None, "unknown"), ("wounded", 75, 75, None, "unknown")]),
    ("a headline's vague count after 'injure' (Balkans)",
     "Shells kill 12 people, injure scores in Sarajevo market, doctors say", None,
     "real2_families.txt",
     [("killed", 12, 12, None, "civilian"), ("wounded", None, None, "scores", "civilian")]),
    ("rounded up N men (Chechnya)",
     "Federal troops rounded up about 60 men in the village of Novye Aldy.", CHECHNYA,
     "real2_families.txt",
     [("captured", 60, 60, None, "unknown")]),
    ("the displaced stay civilians whatever drove them (Colombia)",
     "The conflict has displaced more than seven million people since 1985.", None,
     "real2_families.txt",
     [("displaced", 7000001, None, None, "civilian")]),
    # -- harm nouns and expulsions ---------------------------------------------------------------------------------
    ("the neutralisation of N fighters (Aceh)",
     "The army said the sweep led to the neutralisation of 48 “rebels of the separatist movement”.", None,
     "real3_families.txt",
     [("killed", 48, 48, None, "unknown")]),
    ("expelled N from their homes (Balkans)",
     "Serb paramilitaries expelled thousands of people from their homes in the Drina valley.", None,
     "real3_families.txt",
     [("displaced", None, None, "thousands", "civilian")]),
    ("multiple victims (Kurdistan)",
     "Multiple villagers were wounded when the shells fell on the market.", None,
     "real3_families.txt",
     [("wounded", None, None, "multiple", "civilian")]),
]


@pytest.mark.parametrize("family,text,actors,article,expected", ROWS, ids=[c[0] for c in ROWS])
def test_rows(family, text, actors, article, expected):
    assert rows(text, actors, article) == expected


# (family, text, the (category, low, high, vague) records expected among the article's)
AMONG = [
    # -- vague amounts with a determiner ---------------------------------------------------------------------------
    ("some_people", "The commander admitted that some Polisario fighters were killed near Mahbes.",
     [("killed", None, None, "some")]),
    ("some_people", "Some gendarmes were also wounded when the convoy was ambushed near Abeche.",
     [("wounded", None, None, "some")]),
    ("high_number", "Doctors in Huambo blamed the shelling for the high number of deaths.",
     [("killed", None, None, "high number")]),
    ("high_number", "The mission said the raid caused a high number of civilian casualties in Kalaa.",
     [("casualties", None, None, "high number")]),
    ("vague_modifier", "The bombing of the camp resulted in multiple guerrilla fatalities, the army said.",
     [("killed", None, None, "multiple")]),
    ("editor_brackets", "\u201c[Several] other rebels died of their wounds,\u201d the Angolan officer said.",
     [("killed", None, None, "several")]),
    # -- a toll's change: the earlier figure and the new one -------------------------------------------------------
    ("toll_from_to", "The death toll from the bombing in Omagh rose from 21 to 29, police said.",
     [("killed", 21, 21, None), ("killed", 29, 29, None)]),
    ("toll_from_to", "The number of refugees who have fled to Tindouf had surged from 80,000 to 120,000.",
     [("displaced", 80000, 80000, None), ("displaced", 120000, 120000, None)]),
    # -- post-head phrases before the cue --------------------------------------------------------------------------
    ("loyal_to", "Six members of a militia loyal to the warlord surrendered to the army in Abeche on Friday.",
     [("surrendered", 6, 6, None)]),
    ("from_one_family", "At least 11 people from one family were also killed in Bentalha, witnesses said.",
     [("killed", 11, None, None)]),
    ("tens", "Tens of villagers were killed when the militia attacked Mahbes.", [("killed", None, None, "tens")]),
    # -- one person: died without an auxiliary, an age in apposition, a titled name before a count -----------------
    ("single_died", "A gendarme died of his wounds in Abeche on Tuesday.", [("killed", 1, 1, None)]),
    ("single_person_head", "A park ranger was shot and wounded near Zakouma.", [("wounded", 1, 1, None)]),
    ("age_apposition", "Dragan Kovac, 34, was killed by a sniper in Sarajevo.", [("killed", 1, 1, None)]),
    ("age_apposition", "Sgt. Maj. (res.) Mirko Babic, 41, and Staff Sgt. (res.) Goran Vukic, 22, were killed near Bihac.",
     [("killed", 2, 2, None)]),
    ("cue_after_bare_count", "In Omagh, 29 dead while another 30 fight for their lives after the bombing.",
     [("killed", 29, 29, None), ("wounded", 30, 30, None)]),
    ("titled_before_count", "Captain Ruiz and two soldiers were killed near Ayacucho.", [("killed", 3, 3, None)]),
    ("among_the_dead_were", "Among the dead were a family of six, including two children, who had fled from Gorazde.",
     [("killed", 6, 6, None), ("killed", 2, 2, None)]),
    ("gloss_before_count", "The army said it had neutralised (killed) four FLEC fighters near Cabinda.",
     [("killed", 4, 4, None)]),
    ("lives_of", "Mortars fell on the market in Tuzla, claiming lives of four civilians.", [("killed", 4, 4, None)]),
    ("taken_as_prisoners", "Government troops have taken 40 UNITA fighters as prisoners.", [("captured", 40, 40, None)]),
    ("a_million", "More than a million people have been displaced by the fighting in eastern Chad.",
     [("displaced", 1000001, None, None)]),
    ("forced_to_leave", "Some 30,000 Sahrawis were forced to leave their homes.", [("displaced", 30000, 30000, None)]),
    ("one_of_object", "The guard apprehended one of the attackers with the help of villagers near Medea.",
     [("captured", 1, 1, None)]),
    ("refugees_hosted", "Tindouf is home to more than 90,000 Sahrawi refugees, the agency said.",
     [("displaced", 90001, None, None)]),
    ("losses_have_been", "The general said losses for UNITA have been between 800 and 900 fighters.",
     [("casualties", 800, 900, None)]),
    ("single_with_companion", "A shepherd and his son were shot dead near Smara.", [("killed", 2, 2, None)]),
    ("handed_over", "UNITA handed over 90 prisoners to the Red Cross in Huambo.", [("captured", 90, 90, None)]),
    # -- a war's running total is no earlier war -------------------------------------------------------------------
    ("since_war_began", "The league said 150,000 people had died since the start of Algeria's civil war in 1992.",
     [("killed", 150000, 150000, None)]),
]


@pytest.mark.parametrize("family,text,expected", AMONG, ids=case_ids(AMONG))
def test_among(family, text, expected):
    assert_among(family, claims(text, "recall.txt"), expected)


# (family, text, a vague word no record may have; None: no record at all)
NO_CLAIM = [
    ("some_people", "Some of the wounded were taken to hospital in Tuzla.", "some"),
    ("some_people", "Some were evacuated, others stayed, the mayor of Gorazde said.", "some"),
    ("some_people", "Some 40 journalists attended the briefing in Lima.", None),
    ("toll_from_to", "The curfew runs from 10 to 6 in Belfast.", None),
    ("refugees_hosted", "Tindouf, a town of 20,000, was shelled on Monday.", None),
    ("one_of_object", "One of the officers who surrendered spoke to reporters in Huambo.", None),
    ("a_million", "The border post at Tindouf is a million miles from anywhere, he said.", None),
    ("since_war_began", "Angola has been calm since a 2002 peace deal ended a war that killed some 500,000 people.",
     None),
]


@pytest.mark.parametrize("family,text,vague", NO_CLAIM, ids=case_ids(NO_CLAIM))
def test_no_claim(family, text, vague):
    assert_no_claim(family, claims(text, "recall.txt"), vague)


# (family, text, the (category, low, high, vague) records expected among the article's, each as often)
FOUND = [
    # -- the verb's category over the noun's (phrases.verb_over_noun) ----------------------------------------------
    ("verb_over_noun", "The rebels executed the 12 captives before retreating into the forest near Popayan.",
     [("killed", 12, 12, None)]),
    ("verb_over_noun", "The separatists killed their three hostages when troops stormed the camp near Kumba.",
     [("killed", 3, 3, None)]),
    # -- dead by the sources' fear or belief (lexicon, hedged) -----------------------------------------------------
    ("feared_dead", "Five feared dead as gunmen storm village in Casamance", [("killed", 5, 5, None)]),
    ("feared_dead", "At least 12 miners are feared killed after the attack on the mine near Dori.",
     [("killed", 12, None, None)]),
    # -- medical help and care as wounds (lexicon) -----------------------------------------------------------------
    ("medical_help", "At least 40 people sought medical help after the blast in Banda Aceh, police said.",
     [("wounded", 40, None, None)]),
    ("medical_help", "Eighteen people received medical treatment at the scene in Derry.", [("wounded", 18, 18, None)]),
    ("medical_help", "Eleven villagers were taken to hospitals in Lhokseumawe.", [("wounded", 11, 11, None)]),
    # -- homes left and refuge taken (lexicon) ---------------------------------------------------------------------
    ("homes_left", "At least 150 families have left their homes in the area since the start of the month.",
     [("displaced", 150, None, None)]),
    ("homes_left", "Around 1,500 people took refuge in schools and churches in Buea.", [("displaced", 1500, 1500, None)]),
    ("homes_left", "Some 3,000 villagers abandoned their homes after the raid near Dori.",
     [("displaced", 3000, 3000, None)]),
    # -- the evacuation or exodus of N (lexicon) -------------------------------------------------------------------
    ("evacuation_of", "The army ordered the evacuation of 12,000 residents from the border villages.",
     [("displaced", 12000, 12000, None)]),
    ("evacuation_of", "The fighting in the north has caused an exodus of more than 60,000 people.",
     [("displaced", 60001, None, None)]),
    # -- sized vague amounts (lexicon) -----------------------------------------------------------------------------
    ("sized_vague", "A good number of the soldiers were wounded in the ambush near Djibo.",
     [("wounded", None, None, "good number")]),
    ("sized_vague", "A considerable number of rebels were killed, the army said.",
     [("killed", None, None, "considerable number")]),
    # -- a body's name between the count and the victims -----------------------------------------------------------
    ("unit_name_before_head", "Seven Rapid Intervention Battalion (BIR) soldiers were killed near Bamenda, the army "
     "said on Tuesday.", [("killed", 7, 7, None)]),
    ("unit_name_before_head", "BOGOTA (Reuters) - Four ELN Domingo Laín Front guerrillas were killed in a raid in "
     "Arauca, the defence ministry said.", [("killed", 4, 4, None)]),
    ("unit_name_before_head", "5 Free Aceh Movement (GAM) Rebels Killed In Clash Near Lhokseumawe",
     [("killed", 5, 5, None)]),
    ("unit_name_before_head", "At least 12 Polisario Front fighters were wounded in the shelling, Rabat claimed.",
     [("wounded", 12, None, None)]),
    ("unit_name_before_head", "Three FLEC-FAC militants were captured near the Congolese border.",
     [("captured", 3, 3, None)]),
    # -- 'got' as a passive auxiliary ------------------------------------------------------------------------------
    ("got_killed", "At least 10 Ambazonian separatists got killed in the encounter near Batibo, the army said.",
     [("killed", 10, None, None)]),
    # -- a list of harm cues of different categories: casualties ---------------------------------------------------
    ("harms_joined", "Some 30 guerrillas were either killed or badly wounded in the bombing, the army said.",
     [("casualties", 30, 30, None)]),
    ("harms_joined", "More than 60 UNITA fighters have been killed, captured or have surrendered since March, "
     "Luanda said.", [("casualties", 61, None, None)]),
    ("harms_joined", "Twelve soldiers were killed and three captured in the ambush near Ouahigouya.",
     [("killed", 12, 12, None), ("captured", 3, 3, None)]),
    # -- knife killings --------------------------------------------------------------------------------------------
    ("throats", "The gunmen slit the throats of six herders near Djibo before setting the huts on fire.",
     [("killed", 6, 6, None)]),
    ("throats", "In Kaya, nine villagers had their throats cut, the local prefect said.", [("killed", 9, 9, None)]),
    # -- the parts of a count after a spaced dash, or after 'including of' -----------------------------------------
    ("parts_after_dash", "Two people were killed - a 12-year-old boy and an adult - when a shell hit Bouaké market.",
     [("killed", 2, 2, None), ("killed", 1, 1, None), ("killed", 1, 1, None)]),
    ("parts_after_including_of", "Rescuers recovered 11 bodies, including of four women and a child, near Kenema.",
     [("killed", 11, 11, None), ("killed", 4, 4, None), ("killed", 1, 1, None)]),
    # -- 'one of' a group as the subject of a harm verb ------------------------------------------------------------
    ("one_of_subject", '"One of our soldiers died and two are in hospital," the colonel told reporters in Luanda.',
     [("killed", 1, 1, None)]),
    ("one_of_subject", "One of the kidnapped engineers was killed during the rescue attempt near Cabinda, the company "
     "said.", [("killed", 1, 1, None)]),
    # -- 'N others' before an adverb or a direction ----------------------------------------------------------------
    ("others_then_adverb", "A roadside bomb killed a soldier and wounded four others north of Bouaké on Friday.",
     [("killed", 1, 1, None), ("wounded", 4, 4, None)]),
    # -- idioms in the lexicon -------------------------------------------------------------------------------------
    ("found_beheaded", "One hostage escaped, but two others were found beheaded near Kailahun last week.",
     [("killed", 2, 2, None)]),
    ("took_hostage", "Last week rebels took hostage six engineers of a mining firm near Cabinda.",
     [("captured", 6, 6, None)]),
    # -- small grammar and lexicon gaps found with the families ----------------------------------------------------
    ("hyphenated_rank", "A second-lieutenant and four privates of the Angolan army were killed near Cuito.",
     [("killed", 5, 5, None)]),
    ("individuals", "Gendarmes arrested six individuals suspected of helping the rebels near Bouna.",
     [("captured", 6, 6, None)]),
    ("massacre_of", "Survivors described the massacre of 23 villagers near Kaya on Friday.", [("killed", 23, 23, None)]),
    ("to_the_hospital", "Three gendarmes were taken to the hospital in Korhogo after the ambush.",
     [("wounded", 3, 3, None)]),
    ("place_adverb", "Nine people there were seriously injured, the prefect said.", [("wounded", 9, 9, None)]),
    # -- a posting between the victims and the cue; 'one' with a modifier before a singular head -------------------
    ("posted_with", "Two other soldiers serving with the gendarmerie were wounded in the clash near Bouna.",
     [("wounded", 2, 2, None)]),
    ("posted_with", "Three policemen stationed in Bamenda were killed overnight, the governor said.",
     [("killed", 3, 3, None)]),
    ("one_with_modifier", "One Angolan serviceman killed in Cabinda ambush, Luanda says", [("killed", 1, 1, None)]),
    # -- running tolls: a change told after the toll noun; 'the number of fatalities' ------------------------------
    ("toll_from_to", "Officials blamed late evacuations for the increase in the number killed in the battle near Kaya "
     "from nine to 15.", [("killed", 9, 9, None), ("killed", 15, 15, None)]),
    ("number_of_fatalities", "The number of fatalities from the shelling of Bamenda has risen to 21, the governor said.",
     [("killed", 21, 21, None)]),
    # -- F1: a participle clause or a prepositional phrase between the victims and their passive cue ---------------
    ("reduced_relative_before_cue", "Some 40 herders returning from the wells near Salalah were killed by the "
     "insurgents, the sultanate's army said.", [("killed", 40, 40, None)]),
    ("reduced_relative_before_cue", "Six men suspected of being members of the Dniester Volunteers Battalion (DVB) "
     "were detained in Bender on Friday.", [("captured", 6, 6, None)]),
    ("reduced_relative_before_cue", "Eleven guardsmen with two mobile squadrons of the republic's interior troops were "
     "wounded in the shelling of Dubasari.", [("wounded", 11, 11, None)]),
    ("reduced_relative_before_cue", "Nine farm workers travelling to Umtali from the tea estates at Chipinge were shot "
     "dead at a roadblock.", [("killed", 9, 9, None)]),
    ("cue_in_second_verb", "Two Contra raiders opened fire on the patrol and were eventually killed near Jalapa.",
     [("killed", 2, 2, None)]),
    ("cue_in_second_verb", "One conscript disappeared near Dubasari and is presumed kidnapped, the ministry said.",
     [("captured", 1, 1, None)]),
]


@pytest.mark.parametrize("family,text,expected", FOUND)
def test_found(family, text, expected):
    assert_found(family, claims(text), expected)


# (family, text, records that must not be found: None = no record at all)
ABSENT = [
    ("verb_over_noun", "Troops freed the 12 hostages near Kumba.", [("killed", 12, 12, None)]),
    ("evacuation_of", "The evacuation of 12 wounded soldiers by helicopter took hours.", [("displaced", 12, 12, None)]),
    ("medical_help", "The clinic in Bafut treated people for malaria.", None),
    ("unit_name_before_head", "Soldiers Seize 40 Rifles In Cauca Raid", None),
    ("unit_name_before_head", "Police recovered 12 Kalashnikov Rifles and ammunition in Bamenda.", None),
    ("harms_joined", "Twelve soldiers were killed, and the base was captured by the rebels.",
     [("casualties", 12, 12, None)]),
    ("throats", "The soldiers cut the throats of 30 goats for the feast.", None),
    ("one_of_subject", "He was one of the fighters who surrendered in Jamba.", None),
    ("massacre_of", "The slaughter of 40 cattle was reported near Djibo.", None),
    ("toll_from_to", "The toll from the raid on Djibo was from 20 to 30 dead.", [("killed", 20, 20, None)]),
    ("toll_from_to", "From 20 to 30 people were killed in the raid near Djibo.", [("killed", 20, 20, None)]),
    ("posted_with", "Twelve soldiers based in the north said they were tired of the war.", None),
    ("hyphenated_rank", "A vice-president and two ministers attended the funeral in Luanda.", None),
    ("one_of_subject", "One of the soldiers killed in 1993 was his uncle.", None),
    ("one_of_subject", "Officials said one of the three abducted engineers was freed on Monday.", [("captured", 1, 1, None)]),
    ("reduced_relative_before_cue", "Twelve soldiers escorting the convoy that was ambushed near Salalah were "
     "decorated.", None),
    ("reduced_relative_before_cue", "Thirty marines landing near Goose Green said they were tired.", None),
    ("reduced_relative_before_cue", "Five gunmen attacking the post where two guards were killed fled into the hills.",
     [("killed", 5, 5, None)]),
    ("reduced_relative_before_cue", "Four soldiers with 12 civilians in the lorry were evacuated to Rundu.",
     [("displaced", 4, 4, None)]),
    ("cue_in_second_verb", "Three marines shot two snipers and were decorated.", None),
    ("cue_in_second_verb", "Two soldiers fired at 12 protesters and were wounded.", [("wounded", 2, 2, None)]),
]


@pytest.mark.parametrize("family,text,absent", ABSENT)
def test_absent(family, text, absent):
    assert_absent(family, claims(text), absent)


# (family, rule, text, the (category, low, high, vague) records expected among the article's, each as often)
FOUND_BY_RULE = [
    # -- F14: the wounded told by what they suffered or the care they got (rule care_of_wounds) --------------------
    ("F14", "care_of_wounds", "Eight policemen suffered minor shrapnel injuries when the mine exploded near Jaffna, "
     "the ministry said.", [("wounded", 8, 8, None)]),
    ("F14", "care_of_wounds", "At the Ayacucho clinic, 14 villagers were being treated for deep machete wounds.",
     [("wounded", 14, 14, None)]),
    ("F14", "care_of_wounds", "Three of the porters died and 22 others were still receiving treatment in Tuzla.",
     [("wounded", 22, 22, None)]),
    ("F14", "care_of_wounds", "Over 90 patients, mostly farmers, had received treatment for bullet and shrapnel "
     "wounds at the mission hospital.", [("wounded", 91, None, None)]),
    ("F14", "care_of_wounds", "A nurse in Arawa said one boy with a gunshot wound was carried in at dawn.",
     [("wounded", 1, 1, None)]),
    ("F14", "care_of_wounds", "Six of the wounded were flown to Colombo, with the other 40 in stable condition.",
     [("wounded", 6, 6, None), ("wounded", 40, 40, None)]),
    # -- F1: the victims' own cue far after a postmodifier (rule postmodifier_then_died) ---------------------------
    ("F1", "postmodifier_then_died", "At least 30 members of the chief's household guard died defending the compound "
     "near Arawa.", [("killed", 30, None, None)]),
    ("F1", "postmodifier_then_died", "Two rangers posted at the reserve's northern gate perished in the attack.",
     [("killed", 2, 2, None)]),
    ("F1", "postmodifier_then_died", "Nine members of the Red Dawn Front (RDF) national guard were captured near "
     "Huanta.", [("captured", 9, 9, None)]),
    # -- F5: flight told in forms the lexicon lacked (displaced cues: had to / to + flee, the progressive, the place) ---
    ("F5", "lexicon displaced", "Thousands of villagers have been leaving the Vanni since the offensive began.",
     [("displaced", None, None, "thousands")]),
    ("F5", "lexicon displaced", "Many Tamil families had to seek shelter in temples, the bishop said.",
     [("displaced", None, None, "many")]),
    ("F5", "lexicon displaced", "Some 300 people left the area after the shelling of the market in Tuzla.",
     [("displaced", 300, 300, None)]),
    ("F5", "lexicon displaced", "The mortar fire on the valley caused 2,000 residents to flee.",
     [("displaced", 2000, 2000, None)]),
    # -- F23: a people named by ethnicity or race as the victims' head (lexicon modifiers, phrases) ----------------
    ("F23", "people by ethnicity", "Army patrols killed 12 ethnic Ixils near Nebaj, the bishop's office said.",
     [("killed", 12, 12, None)]),
    ("F23", "people by ethnicity", "Over 5,000 minority Hindus fled across the border into India last week.",
     [("displaced", 5001, None, None)]),
    ("F23", "people by ethnicity", "Police detained more than 200 black Namibians in Windhoek on Sunday.",
     [("captured", 201, None, None)]),
    # -- F18: 'Soviet' alone is no earlier war (lexicon earlier_war_patterns) --------------------------------------
    ("F18", "soviet is no war", "Rebels fired Soviet-era rockets into Crater, killing 12 civilians, police said.",
     [("killed", 12, 12, None)]),
    ("F18", "soviet is no war", "Soviet troops killed 40 students near the Kilian barracks, diplomats said.",
     [("killed", 40, 40, None)]),
]


@pytest.mark.parametrize("family,rule,text,expected", FOUND_BY_RULE)
def test_found_by_rule(family, rule, text, expected):
    assert_found(f"{family} {rule}", claims(text), expected)


# (family, rule, text, records that must not be found: None = no record at all)
ABSENT_BY_RULE = [
    ("F14", "care_of_wounds", "About 40 villagers were treated for cholera at the camp in the Vanni.", None),
    ("F14", "care_of_wounds", "The 12 recruits were treated well by their officers in Banja Luka.", None),
    ("F14", "care_of_wounds", "Patrols found three dead men with bullet wounds near the river in Cauca.",
     [("wounded", 3, 3, None)]),
    ("F14", "care_of_wounds", "Five drivers sustained damage to their lorries on the Tuzla road.", None),
    ("F1", "postmodifier_then_died", "Two rangers guarding the hunter who died were questioned in Arawa.", None),
    ("F1", "postmodifier_then_died", "Twelve monks from the temple where the abbot died marched to Kandy.", None),
    ("F1", "postmodifier_then_died", "Nine members of the Red Dawn Front (RDF) national guard took the town of "
     "Huanta.", None),
    ("F5", "lexicon displaced", "Two gunmen managed to flee into the jungle near the border.", None),
    ("F5", "lexicon displaced", "Two suspects attempting to flee were arrested at the checkpoint in Jaffna.",
     [("displaced", 2, 2, None)]),
    ("F5", "lexicon displaced", "The 40 soldiers left the base at dawn, the brigade said.", None),
    ("F23", "people by ethnicity", "Some 400 ethnic Ixils voted in Nebaj on Sunday.", None),
    ("F23", "people by ethnicity", "Students burned 2,000 black flags in Dhaka.", None),
    ("F18", "the Soviet war", "During the Soviet occupation some 1,000 villagers were killed in the valley.", None),
    ("F18", "the Soviet war", "His father fought the Soviets, and 300 of his men died.", None),
]


@pytest.mark.parametrize("family,rule,text,absent", ABSENT_BY_RULE)
def test_absent_by_rule(family, rule, text, absent):
    assert_absent(f"{family} {rule}", claims(text), absent)

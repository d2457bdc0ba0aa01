"""Second annotator's blind records for eval/real2/wars (writes quotes.jsonl, casualties.jsonl beside it)."""
import csv, json, pathlib
HERE = pathlib.Path(__file__).parent
META = {r["file"]: r for r in csv.DictReader(open(HERE.parent / "eval/real2/wars/sources.tsv"), delimiter="\t")}
A = {"1": "rw01_sudan_lokmattimes.txt", "2": "rw02_sudan_peninsula.txt", "3": "rw03_sudan_aa.txt",
     "4": "rw04_tigray_dtnpf.txt", "5": "rw05_tigray_defenceweb.txt", "6": "rw06_tigray_mereja.txt",
     "7": "rw07_karabakh_epochtimes.txt", "8": "rw08_karabakh_trend.txt", "9": "rw09_karabakh_pledgetimes.txt",
     "10": "rw10_drc_outlookindia.txt", "11": "rw11_drc_dailysabah.txt", "12": "rw12_drc_voa.txt"}
Q, C = [], []
def q(a, speaker, side, kind, cue, text, aliases=None):
    r = {"article": A[a], "speaker": speaker, "speaker_side": side, "kind": kind, "cue": cue, "text": text}
    if aliases: r["aliases"] = aliases
    r["conflict"] = META[A[a]]["conflict"]; r["outlet"] = META[A[a]]["outlet"]; Q.append(r)
def c(a, cat, low, high, vague, side, claimant, hedged, text):
    C.append({"article": A[a], "category": cat, "low": low, "high": high, "vague": vague, "victim_side": side,
              "claimant": claimant, "hedged": hedged, "text": text,
              "conflict": META[A[a]]["conflict"], "outlet": META[A[a]]["outlet"]})
SAF, DIV = "Sudanese Armed Forces", "SAF's 6th Infantry Division"
SAFA = ["SAF", "Sudanese army", "Sudan's army"]
# rw01
q("1", SAF, "saf", "indirect", "said", "150 fighters of the paramilitary Rapid Support Forces (RSF) were killed in a battle in El Fasher, the capital city of North Darfur State in western Sudan", SAFA)
q("1", DIV, "saf", "direct", "said", "Our forces have been engaged in a continued battle for more than two hours southeast of El Fasher")
q("1", DIV, "saf", "direct", "added", "Several militia bases have been captured so far, with enemy casualties estimated at 150")
q("1", DIV, "saf", "indirect", "noting", "the SAF units were making significant advancement")
q("1", "international organisations", "unknown", "indirect", "according to", "The deadly conflict has resulted in over 24,850 deaths and displaced more than 14 million people")
c("1", "killed", 150, 150, None, "rsf", SAF, False, "150 fighters of the paramilitary Rapid Support Forces (RSF) were killed")
c("1", "casualties", 150, 150, None, "rsf", DIV, False, "enemy casualties estimated at 150")
c("1", "killed", 24851, None, None, "unknown", "international organisations", False, "over 24,850 deaths")
c("1", "displaced", 14000001, None, None, "civilian", "international organisations", False, "displaced more than 14 million people")
# rw02
q("2", SAF, "saf", "indirect", "said", "more than 100 fighters from the paramilitary Rapid Support Forces (RSF) were killed in battles in El Fasher, the capital of North Darfur State in western Sudan", SAFA)
q("2", DIV, "saf", "mixed", "said", "it had \"successfully repelled a fierce attack launched by the militia on the city of El Fasher early Sunday.")
q("2", DIV, "saf", "direct", "added", "Our forces bravely confronted the attackers, inflicting heavy losses in personnel and equipment, with more than 100 militia fighters killed and others wounded")
q("2", DIV, "saf", "indirect", "According to", "the RSF launched the assault with infantry, combat vehicles, and two tanks, under cover of heavy weapons fire")
q("2", "Sudan's Foreign Ministry", "saf", "indirect", "reported", "drone strikes by the RSF killed 57 civilians at a temporary shelter in El Fasher")
q("2", "Rapid Support Forces", "rsf", "indirect", "denied", "responsibility for the bombing", ["RSF"])
q("2", "Al-Fateh Qurashi", "rsf", "direct", "said", "We categorically deny the false claims being circulated regarding the deaths of civilians as a result of an air or artillery strike targeting a displacement shelter in the city of El Fasher.")
q("2", "Denise Brown", "un", "mixed", "condemned", "\"in the strongest possible terms\" the repeated and deliberate targeting of civilians in North Darfur")
q("2", "Denise Brown", "un", "direct", "said", "Hospitals, shelters, and places of refuge must not be targeted. I reiterate my previous appeal for respect for international humanitarian law and an immediate end to attacks on civilians and civilian infrastructure")
c("2", "killed", 101, None, None, "rsf", SAF, False, "more than 100 fighters from the paramilitary Rapid Support Forces (RSF) were killed")
c("2", "casualties", None, None, "heavy", "rsf", DIV, False, "heavy losses in personnel")
c("2", "killed", 101, None, None, "rsf", DIV, False, "more than 100 militia fighters killed")
c("2", "killed", 57, 57, None, "civilian", "Sudan's Foreign Ministry", True, "killed 57 civilians")
c("2", "killed", None, None, "tens of thousands", "unknown", None, False, "has killed tens of thousands")
# rw03
c("3", "killed", 60, 60, None, "rsf", SAF, False, "60 militants from paramilitary RSF killed")
c("3", "killed", 74, 74, None, "civilian", "local medics", False, "kill 74 people")
c("3", "wounded", None, None, "scores", "civilian", "local medics", False, "injure scores")
q("3", SAF, "saf", "indirect", "said", "its forces had killed 60 militants from the paramilitary Rapid Support Forces (RSF) in El-Fasher, the capital of North Darfur State in western Sudan", SAFA)
c("3", "killed", 60, 60, None, "rsf", SAF, False, "killed 60 militants from the paramilitary Rapid Support Forces (RSF)")
q("3", SAF, "saf", "indirect", "said", "its forces and allied groups repelled a violent attack by RSF forces west of the city on Wednesday, killing 60 militants and injuring 52 others", SAFA)
c("3", "killed", 60, 60, None, "rsf", SAF, False, "killing 60 militants")
c("3", "wounded", 52, 52, None, "rsf", SAF, False, "injuring 52 others")
q("3", SAF, "saf", "indirect", "According to", "five civilians were killed and 40 others injured, including women, in RSF artillery shelling in the city on Wednesday", SAFA)
c("3", "killed", 5, 5, None, "civilian", SAF, False, "five civilians were killed")
c("3", "wounded", 40, 40, None, "civilian", SAF, False, "40 others injured")
q("3", "Rapid Support Forces", "rsf", "indirect", "claimed", "to have seized control of the Zamzam refugee camp in the city after clashes with army forces", ["RSF"])
q("3", "United Nations", "un", "indirect", "according to", "At least 400 civilians were killed, and nearly 400,000 were displaced due to the fighting", ["UN"])
c("3", "killed", 400, None, None, "civilian", "United Nations", False, "At least 400 civilians were killed")
c("3", "displaced", 400000, 400000, None, "civilian", "United Nations", False, "nearly 400,000 were displaced")
q("3", "Sudan Doctors’ Network", "ngo", "indirect", "said", "74 people were killed and 178 others injured in attacks by RSF forces in Al-Za’afah village in West Kordofan State in southern Sudan")
c("3", "killed", 74, 74, None, "civilian", "Sudan Doctors’ Network", False, "74 people were killed")
c("3", "wounded", 178, 178, None, "civilian", "Sudan Doctors’ Network", False, "178 others injured")
q("3", "Sudan Doctors’ Network", "ngo", "indirect", "said", "nine women and 12 children were among the victims")
c("3", "casualties", 9, 9, None, "civilian", "Sudan Doctors’ Network", False, "nine women")
c("3", "casualties", 12, 12, None, "civilian", "Sudan Doctors’ Network", False, "12 children were among the victims")
c("3", "killed", None, None, "thousands", "unknown", None, False, "thousands of deaths")
c("3", "killed", 20001, None, None, "unknown", None, False, "More than 20,000 people have been killed")
# rw04
SW = "Sewunet Wubalem"
c("4", "killed", 120, 120, None, "civilian", None, False, "Tigray Forces Kill 120 Civilians")
q("4", "local officials in Ethiopia", "ethiopia_gov", "indirect", "allege", "Tigray forces have killed more than 120 civilians in recent days following battlefield losses")
c("4", "killed", 121, None, None, "civilian", "local officials in Ethiopia", True, "killed more than 120 civilians")
q("4", SW, "ethiopia_gov", "indirect", "told", "123 bodies had been recovered and more were expected to be found", ["Sewnet Wubalem"])
c("4", "killed", 123, 123, None, "civilian", SW, False, "123 bodies had been recovered")
q("4", SW, "ethiopia_gov", "direct", "said", "The attack on Sept. 4 was the most severe one, especially in Chinnaq Teklehaymanot village", ["Sewnet Wubalem"])
q("4", SW, "ethiopia_gov", "indirect", "adding", "the attack began on Aug. 27 after Ethiopian forces blocked an attempt by Tigray fighters to seize the city of Gondar", ["Sewnet Wubalem"])
q("4", SW, "ethiopia_gov", "indirect", "said", "Local residents blamed the Tigray forces for looting, shelling and killing civilians", ["Sewnet Wubalem"])
q("4", SW, "ethiopia_gov", "direct", "said", "Children, mothers and even religious elders were also targeted", ["Sewnet Wubalem"])
q("4", "Bekele Yitbarek", "ethiopia_gov", "indirect", "said", "The death toll could be as high as 200")
c("4", "killed", None, 200, None, "civilian", "Bekele Yitbarek", False, "The death toll could be as high as 200")
q("4", "Bekele Yitbarek", "ethiopia_gov", "direct", "said", "As far as I know, some (Tigray) fighters are still hiding in between farms and continue their killings")
q("4", "Getachew Reda", "tplf", "indirect", "told", "Tigray forces aren't targeting civilians as they fight in Ethiopia's Amhara and Afar regions")
q("4", "multiple witnesses", "civilian", "indirect", "alleged", "otherwise")
c("4", "displaced", None, None, "hundreds of thousands", "civilian", None, False, "displacing hundreds of thousands of people")
q("4", "Tigray forces", "tplf", "indirect", "say", "they are trying to pressure the government to lift the near-complete blockade on food aid and other essential supplies to their region", ["Tigrayan forces"])
c("4", "killed", None, None, "thousands", "unknown", None, False, "killed thousands of people")
# rw05
SN = "Sewnet Wubalem"
c("5", "killed", 120, 120, None, "civilian", "Ethiopia officials", True, "Tigray forces killed 120 civilians")
q("5", "local officials", "ethiopia_gov", "indirect", "told", "Rebellious forces from the Tigray region killed 120 civilians over two days in a village in Ethiopia’s Amhara region")
c("5", "killed", 120, 120, None, "civilian", "local officials", True, "killed 120 civilians")
q("5", SN, "ethiopia_gov", "indirect", "said", "The killings in a village ten kilometres (six miles) from the town of Dabat took place on 1-2 September", ["Sewunet Wubalem"])
q("5", "Chalachew Dagnew", "ethiopia_gov", "indirect", "said", "The killings in a village ten kilometres (six miles) from the town of Dabat took place on 1-2 September")
q("5", "Tigray forces", "tplf", "mixed", "rejecting", "what they called a “fabricated allegation” by the Amhara regional government", ["Tigrayan forces"])
q("5", "Tigray forces", "tplf", "indirect", "denying", "any involvement in the killing of civilians", ["Tigrayan forces"])
c("5", "killed", None, None, "a large number", "civilian", None, True, "killing a large number of civilians")
c("5", "displaced", None, None, "Tens of thousands", "civilian", None, False, "Tens of thousands of people have fled")
q("5", SN, "ethiopia_gov", "direct", "told", "So far we have recovered 120 bodies. They were all innocent farmers. But we think the number might be higher. There are people who are missing,", ["Sewunet Wubalem"])
c("5", "killed", 120, 120, None, "civilian", SN, True, "we have recovered 120 bodies")
q("5", "Chalachew Dagnew", "ethiopia_gov", "indirect", "said", "he had visited the burial area in the village and that children, women and elderly were among the dead")
q("5", "Chalachew Dagnew", "ethiopia_gov", "mixed", "said", "the killings occurred during the Tigrayan forces’ “short presence” in the area, and it was now under the control of the Ethiopian federal army")
q("5", "Tigray forces", "tplf", "mixed", "called for", "“an independent investigation into all atrocities” in the region", ["Tigrayan forces"])
q("5", "Wubet Fekremariam", "civilian", "indirect", "said", "the village had mobilised every able person to fight back against the Tigrayan forces when they heard they were approaching")
q("5", "Wubet Fekremariam", "civilian", "direct", "said", "We fought for five days and they retreated")
# rw06
GR = "Getachew Reda"
q("6", "Tigray People’s Liberation Front", "tplf", "indirect", "said", "it is gearing up to launch a massive offensive against the Ethiopian federal army", ["TPLF"])
q("6", "Addis Ababa", "ethiopia_gov", "indirect", "claims", "the war in Tigray region was over")
q("6", GR, "tplf", "indirect", "claimed", "the killing of tens of thousands of federal troops by TPLF force")
c("6", "killed", None, None, "tens of thousands", "ethiopia_gov", GR, True, "killing of tens of thousands of federal troops")
q("6", GR, "tplf", "indirect", "said", "Eritrean troops in particular have been sternly defeated in different battlefields by TPLF force")
q("6", GR, "tplf", "mixed", "According to", "TPLF has reorganized and acquired as many firearms of different types from the ‘amateurish federal troops” who supposedly surrendered to the rebel force")
q("6", GR, "tplf", "direct", "claimed", "The good thing was that TPLF could get as many weapons from the helpless amateurish force which Addis Ababa deployed in war fronts")
q("6", GR, "tplf", "indirect", "According to", "the female troops who came largely from Amhara and Southern regions of Ethiopia dominated the federal force and were used as shields for Eritrean troops")
q("6", GR, "tplf", "indirect", "claimed", "the massive offensive will be conducted shortly to clear every part of Tigray from what he described as Abiy’s forces")
q("6", GR, "tplf", "indirect", "admitted", "some TPLF leaders were sacrificed amid ongoing fighting")
c("6", "killed", None, None, "some", "tplf", GR, False, "some TPLF leaders were sacrificed")
# rw07
NKM = "Nagorno-Karabakh military officials"
c("7", "killed", 600, 600, None, "both", None, True, "Death Toll in Armenia-Azerbaijan Clashes About 600")
c("7", "killed", 600, 600, None, "both", None, True, "death toll in clashes between Armenian and Azerbaijani forces over the separatist territory of Nagorno-Karabakh has reached about 600")
q("7", "officials", "unknown", "indirect", "reporting", "more military and civilian deaths")
q("7", NKM, "armenian", "indirect", "said", "16 more of their servicemen have been killed in fighting, bringing the total number of dead among military members to 532 since Sept. 27, when the fighting started")
c("7", "killed", 16, 16, None, "armenian", NKM, False, "16 more of their servicemen have been killed")
c("7", "killed", 532, 532, None, "armenian", NKM, False, "total number of dead among military members to 532")
q("7", "both sides", "both", "indirect", "claiming", "to have inflicted significant military casualties on one another")
c("7", "casualties", None, None, "significant", "both", "both sides", True, "significant military casualties")
q("7", "Azerbaijani authorities", "azerbaijan", "indirect", "said", "42 civilians have been killed on their side in over two weeks")
c("7", "killed", 42, 42, None, "civilian", "Azerbaijani authorities", False, "42 civilians have been killed")
q("7", "Artak Beglaryan", "armenian", "indirect", "reported", "at least 31 civilian deaths in the breakaway region")
c("7", "killed", 31, None, None, "civilian", "Artak Beglaryan", False, "at least 31 civilian deaths")
c("7", "wounded", None, None, "Hundreds", "civilian", None, False, "Hundreds more have been wounded")
q("7", "both sides", "both", "indirect", "accused", "each other of attacks")
# rw08
PG = "Azerbaijani General Prosecutor's Office"
PGA = ["Azerbaijani Prosecutor General's Office"]
q("8", PG, "azerbaijan", "indirect", "citing", "Some 61 Azerbaijani civilians were killed, 282 wounded as a result of Armenia’s attacks against Azerbaijani civilians", PGA)
c("8", "killed", 61, 61, None, "civilian", PG, False, "Some 61 Azerbaijani civilians were killed")
c("8", "wounded", 282, 282, None, "civilian", PG, False, "282 wounded")
# rw09
HRD = "human rights defender of the unrecognized republic"
HRDA = ["Ombudsman", "Nagorno-Karabakh Ombudsman"]
c("9", "killed", 20, None, None, "civilian", HRD, False, "At least 20 civilians were killed")
c("9", "wounded", 93, 93, None, "civilian", HRD, False, "93 injured")
q("9", HRD, "armenian", "indirect", "reported", "At least 20 civilians were killed, 93 injured, 5.8 thousand people suffered material damage since the beginning of hostilities in Nagorno-Karabakh", HRDA)
q("9", HRD, "armenian", "indirect", "According to", "as of October 7, among the victims were 20 civilians, including one girl, seven women and 12 men", HRDA)
c("9", "killed", 20, 20, None, "civilian", HRD, False, "among the victims were 20 civilians")
c("9", "killed", 1, 1, None, "civilian", HRD, False, "one girl")
c("9", "killed", 7, 7, None, "civilian", HRD, False, "seven women")
c("9", "killed", 12, 12, None, "civilian", HRD, False, "12 men")
c("9", "wounded", 93, 93, None, "civilian", HRD, False, "93 people were injured")
c("9", "wounded", 60, 60, None, "civilian", HRD, False, "60 men")
c("9", "wounded", 13, 13, None, "civilian", HRD, False, "13 women were seriously injured")
q("9", HRD, "armenian", "indirect", "according to", "since the beginning of hostilities on September 27, Azerbaijan struck more than 100 civilian settlements in Nagorno-Karabakh", HRDA)
q("9", HRD, "armenian", "indirect", "noted", "the military forces of Azerbaijan are using heavy missile and aircraft weapons of a wide range against the civilian population", HRDA)
q("9", "Armenia and Azerbaijan", "both", "indirect", "blamed", "each other for shelling and death of civilians")
# rw10
CM = "Congolese military"
CMA = ["Congo's military", "Congolese armed forces", "FARDC"]
q("10", CM, "drc_gov", "indirect", "accused", "the M23 rebels of breaching a cease-fire", CMA)
q("10", CM, "drc_gov", "indirect", "saying", "they killed at least 50 people in a massacre earlier this week", CMA)
c("10", "killed", 50, None, None, "civilian", CM, True, "killed at least 50 people")
q("10", CM, "drc_gov", "indirect", "warning", "the army would defend civilians from attacks", CMA)
q("10", "regional leaders", "foreign_gov", "indirect", "saying", "M23 also needed to withdraw from the towns it seized in recent months or else an East African regional force would intervene")
q("10", "MONUSCO", "un", "mixed", "said", "the violence took place Tuesday in Kishishe village “and included a high number of civilian casualties.", ["UN peacekeeping mission"])
c("10", "casualties", None, None, "a high number", "civilian", "MONUSCO", False, "a high number of civilian casualties")
q("10", "a local civil society group", "ngo", "indirect", "said", "the death toll had risen after more bodies were discovered in a field near Bwito")
q("10", "a local civil society group", "ngo", "indirect", "said", "other civilians were still reported missing after the attack")
q("10", "Stephane Dujarric", "un", "indirect", "said", "MONUSCO had received reports of fighting in the area between M23 rebels and Mai-Mai militias")
q("10", CM, "drc_gov", "indirect", "blamed", "the deaths in Kishishe village on Rwandan defense forces and the M23", CMA)
q("10", "Congo", "drc_gov", "indirect", "accused", "Rwanda of backing the rebels")
q("10", "Rwanda", "rwanda", "indirect", "denied", "an allegation")
q("10", "Sylvain Ekenge Bomusa Efomi", "drc_gov", "direct", "said", "Faced with this situation, the Congolese armed forces are obliged to respond to all attacks and to do everything possible to protect the Congolese people,")
q("10", "Sylvain Ekenge Bomusa Efomi", "drc_gov", "direct", "added", "However, the (Congolese armed forces) remain determined to respect the resolutions of the mini-summit in Luanda,")
q("10", "Lawrence Kanyuka", "m23", "indirect", "denied", "the allegations of involvement in the violence in Kishishe")
q("10", "Lawrence Kanyuka", "m23", "indirect", "calling", "them baseless")
q("10", "Lawrence Kanyuka", "m23", "direct", "said", "M23 reminds the international and National community that it has never targeted civilian populations,")
q("10", "Leaders at the Angola summit", "foreign_gov", "indirect", "warned", "if M23 did n")
# rw11
HRW = "Human Rights Watch"
q("11", HRW, "ngo", "indirect", "said", "Rwanda-backed M23 rebels executed at least 21 civilians over two days in February in the eastern Congolese city of Goma", ["HRW"])
c("11", "killed", 21, None, None, "civilian", HRW, False, "executed at least 21 civilians")
q("11", "a witness", "civilian", "indirect", "according to", "six men and a woman were shot in the head")
c("11", "killed", 7, 7, None, "civilian", "a witness", False, "six men and a woman were shot in the head")
q("11", HRW, "ngo", "direct", "said", "Commanders and combatants who directly ordered or carried out abuses should be held criminally accountable,", ["HRW"])
c("11", "killed", None, None, "thousands", "unknown", None, False, "leaving thousands dead")
c("11", "displaced", None, None, "hundreds of thousands", "civilian", None, False, "forcing hundreds of thousands to flee")
q("11", HRW, "ngo", "indirect", "said", "These included a 15-year-old who was taken from his home and later found dead at the site", ["HRW"])
c("11", "killed", 1, 1, None, "civilian", HRW, False, "a 15-year-old who was taken from his home and later found dead")
q("11", HRW, "ngo", "indirect", "said", "Goma's Kasika neighborhood was targeted because it had previously housed Congolese army barracks", ["HRW"])
c("11", "captured", 20, 20, None, "civilian", None, False, "rounded up about 20 young men")
q("11", "a witness", "civilian", "indirect", "told", "the rebels accused the young men of being army members")
c("11", "casualties", 3, 3, None, "civilian", None, False, "Three who tried to flee were shot")
q("11", "Bertrand Bisimwa", "m23", "indirect", "said", "the group would investigate the allegations and publish its findings")
q("11", "Bertrand Bisimwa", "m23", "direct", "told", "Human Rights Watch gives us an opportunity to mirror ourselves. We respect this organization despite its past accusations, which proved to be false,")
q("11", HRW, "ngo", "indirect", "said", "The overall toll in Goma is likely higher", ["HRW"])
q("11", "medical workers", "civilian", "indirect", "reporting", "more than 50 bodies were collected from th")
c("11", "killed", 51, None, None, "unknown", "medical workers", False, "more than 50 bodies were collected")
# rw12
DG = "Democratic Republic of Congo’s government"
LM = "Lambert Mende"
q("12", DG, "drc_gov", "indirect", "accused", "the M23 rebels of murdering more than 60 people and wounding more than 200 since they captured the city of Goma last week", ["DRC government"])
c("12", "killed", 61, None, None, "unknown", DG, True, "murdering more than 60 people")
c("12", "wounded", 201, None, None, "civilian", DG, True, "wounding more than 200")
q("12", "United Nations", "un", "indirect", "says", "it can confirm there have been killings in Goma but cannot say who was responsible", ["UN"])
q("12", LM, "drc_gov", "indirect", "said", "64 people had been deliberately murdered by the M23 in Goma in the nine days since they took over the town")
c("12", "killed", 64, 64, None, "unknown", LM, True, "64 people had been deliberately murdered")
q("12", LM, "drc_gov", "indirect", "said", "228 civilians had been admitted to hospitals and clinics in the town for serious bullet and bayonet wounds")
c("12", "wounded", 228, 228, None, "civilian", LM, True, "228 civilians had been admitted to hospitals and clinics in the town for serious bullet and bayonet wounds")
q("12", LM, "drc_gov", "indirect", "said", "there has been systematic looting in Goma since last week, particularly of houses and cars belonging to senior government officials, most of whom have fled")
q("12", LM, "drc_gov", "indirect", "said", "stocks of minerals have disappeared, dozens of lorries have been stolen and sold at knocked-down prices")
q("12", LM, "drc_gov", "indirect", "accused", "M23 of even pillaging a hospital")
q("12", LM, "drc_gov", "indirect", "said", "on the night of November 25 the military hospital at Katindo was looted by wreckers from M23")
q("12", LM, "drc_gov", "mixed", "said", "The equipment was taken out of the country")  # mixed: the quoted part follows "said Mende, by those who, in his words"
q("12", "MONUSCO", "un", "indirect", "said", "it could not confirm that the M23 had left or was leaving Goma", ["United Nations peacekeeping mission"])
q("12", "Mounoubai Manodge", "un", "indirect", "said", "some troops had left but others had arrived")
q("12", "Mounoubai Manodge", "un", "indirect", "said", "MONUSCO is investigating the accusation that M2")
order = {v: i for i, v in enumerate(A.values())}
for name, rows in (("quotes", Q), ("casualties", C)):
    rows.sort(key=lambda r: order[r["article"]])  # stable: keeps reading order within an article
    with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(rows))

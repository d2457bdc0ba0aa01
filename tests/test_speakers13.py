"""Session 13 speaker families (docs/rules.md "Session 13: speakers"): made-up sentences in the manner of wars
that no eval set holds (Falklands 1982, Biafra 1967-70, Dhofar 1970s), positive and negative."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article

# Rule `same_group_later` (mentions.unnamed): a group of unnamed sources named in full once and by its head alone
# later ('Western diplomats said ... diplomats said', 'the officials themselves') keeps the fuller form, even with
# another unnamed speaker between.
GROUP_CASES = [
    ("Falklands: western diplomats, one diplomat between, then bare and 'here'",
     "British warships shelled positions near Stanley overnight, Western diplomats said on Monday.\n"
     '"The garrison is running short of food," one diplomat said.\n'
     "At least 40 conscripts were killed, diplomats said, citing radio traffic.\n"
     "The diplomats here said the airstrip was cratered.\n",
     [("western diplomats", "said"), ("one diplomat", "said"), ("western diplomats", "said"),
      ("western diplomats", "said")]),
    ("Biafra: the officials themselves take up the last officials named in full",
     "Federal aircraft bombed the market in Umuahia, Biafran officials said.\n"
     "Nigerian officials denied that the market was hit.\n"
     "The officials themselves admitted that two jets flew over the town.\n",
     [("biafran officials", "said"), ("nigerian officials", "denied"), ("nigerian officials", "admitted")]),
    ("negative, Dhofar: no fuller form before, the bare head stays",
     "Rebels ambushed a convoy near Salalah, officials said.\n"
     "The officials said nine soldiers were wounded.\n"
     "Diplomats said the road was closed.\n",
     [("officials", "said"), ("officials", "said"), ("diplomats", "said")]),
    ("negative, Biafra: a group qualified by its own place is a new group, and 'the officials' after it is that one",
     "Two federal soldiers were killed, officials for the Biafran leader Ojukwu said.\n"
     "Officials at the headquarters of the federal army in Lagos said nine rebels died.\n"
     "The officials said the road to Enugu was open.\n",
     [("officials for the Biafran leader Ojukwu", "said"), ("officials", "said"), ("officials", "said")]),
    ("negative: another head is another group",
     "Argentine officials said the landing was repulsed.\n"
     "Diplomats said the fighting went on.\n",
     [("argentine officials", "said"), ("diplomats", "said")]),
]


@pytest.mark.parametrize("name,text,expected", GROUP_CASES, ids=[c[0] for c in GROUP_CASES])
def test_same_group_later(name, text, expected):
    assert [(r["speaker"], r["cue"]) for r in quotes_for_article("g.txt", text)] == expected


# Rule `body_place_kept` (mentions.body_place): a capitalised mission, government, embassy ... keeps the place it
# is named with ('in Port Stanley', 'in exile'); a ministry, a lower-case group and 'in the city' do not.
PLACE_CASES = [
    ("Falklands: a mission in a named town",
     "Two shells hit the hospital, the Red Cross mission in Port Stanley said on Friday.\n",
     [("Red Cross mission in Port Stanley", "body_place_kept")]),
    ("Biafra: a government in exile",
     "The Biafran government in exile said 300 people died in the raid.\n",
     [("Biafran government in exile", "body_place_kept")]),
    ("negative: a ministry's seat is no part of its name",
     "The Defence Ministry in London said the ship was hit.\n",
     [("Defence Ministry", "name")]),
    ("negative: lower-case officials keep no place",
     "Nine people were hurt, officials in Enugu said.\n",
     [("officials", "unnamed")]),
    ("negative: 'in the city' is no name",
     "The British embassy in the city said it had no figures.\n",
     [("British embassy", "name")]),
]


@pytest.mark.parametrize("name,text,expected", PLACE_CASES, ids=[c[0] for c in PLACE_CASES])
def test_body_place_kept(name, text, expected):
    assert [(r["speaker"], r["speaker_by"]) for r in quotes_for_article("g.txt", text)] == expected


# Rule `head_number` (mentions.unnamed.unnamed_number): an unnamed speaker is one person or a group by its head
# noun, not by its complement's last word, so 'he' takes up 'a spokesman for one of the ... militias'.
NUMBER_CASES = [
    ("Biafra: a spokesman for one of the militias, then he",
     "A spokesman for one of the largest Biafran militias said federal troops shelled Owerri.\n"
     "But on Monday, he said, the militias retook the bridge.\n",
     [("a spokesman for one of the largest Biafran militias", "unnamed"),
      ("a spokesman for one of the largest Biafran militias", "placed_antecedent")]),
    ("negative, Dhofar: residents of the villages stay a group, taken up by they",
     "Residents of the three villages said the jets came at dawn.\n"
     "They said nine huts burned.\n",
     [("residents of the three villages", "unnamed"), ("residents of the three villages", "pronoun")]),
]


@pytest.mark.parametrize("name,text,expected", NUMBER_CASES, ids=[c[0] for c in NUMBER_CASES])
def test_head_number(name, text, expected):
    assert [(r["speaker"], r["speaker_by"]) for r in quotes_for_article("g.txt", text)] == expected


# Rule `broadcast_taken_up` (mentions.broadcast): 'the (Enugu) broadcast said' is who spoke on the radio last: a
# station named before, or a subject heard over a radio; no radio before, the broadcast stays a phrase.
BROADCAST_CASES = [
    ("Biafra: a station named in an aside, then the town's broadcast",
     "Federal jets hit a market in Aba, according to Radio Biafra, and 60 people died.\n"
     "Lagos denied the raid.\n"
     "The Enugu broadcast said the jets came twice.\n",
     [("Radio Biafra", "name"), ("Lagos", "name"), ("Radio Biafra", "broadcast_taken_up")]),
    ("Dhofar: guerrillas heard over their radio",
     "The guerrillas said over their clandestine radio that 20 soldiers died near Mirbat.\n"
     "The broadcast said the fort was shelled.\n",
     [("guerrillas", "anaphor"), ("the guerrillas", "broadcast_taken_up")]),
    ("negative, Falklands: no radio before",
     "The army said 15 soldiers died near Goose Green.\n"
     "The broadcast said the fort was shelled.\n",
     [("army", "anaphor"), ("broadcast", "unnamed")]),
]


@pytest.mark.parametrize("name,text,expected", BROADCAST_CASES, ids=[c[0] for c in BROADCAST_CASES])
def test_broadcast_taken_up(name, text, expected):
    assert [(r["speaker"], r["speaker_by"]) for r in quotes_for_article("g.txt", text)] == expected


def test_double_prime_quote_mark_is_no_part_of_the_speaker():
    """Rule `glued_lead`'s stray marks include the double prime that archived wire copy uses as a quote mark
    (quotes.speakers `_STRAY_MARKS`): '″We will not surrender,″ he said' is the person named before."""
    text = "Colonel Ojukwu said the town would hold.\n″We will not surrender Umuahia,″ he said.\n"
    # the title kept on a one-word name (rule `title_kept_single_name`, docs/annotation.md "Settled in session 16")
    assert [r["speaker"] for r in quotes_for_article("g.txt", text)] == ["Colonel Ojukwu", "Colonel Ojukwu"]


# Rule `subject_before_verb` (quotes.subject_verb): a speaker phrase that holds its own verb and object before a
# coordinated cue ('X thanked ..., urged ... and asked'; 'It gave no figures ... but said') is its subject.
SUBJECT_CASES = [
    ("Biafra: a name, its first verb, then two coordinated cues",
     "Ojukwu thanked the volunteers, urged them to hold Umuahia and asked for arms.\n",
     [("Ojukwu", "urged", "subject_before_verb"), ("Ojukwu", "asked", "subject_before_verb")]),
    ("Falklands: 'It gave no figures ... but said' is the junta",
     "The Argentine junta said two ships were sunk.\n"
     "It gave no figures for the dead but said the fleet was intact.\n",
     [("Argentine junta", "said", "name"), ("Argentine junta", "said", "subject_before_verb")]),
    ("negative: a participle's phrase is no clause of its own",
     "Residents interviewed by the Tribune said the jets came at dawn.\n",
     [("residents", "said", "unnamed")]),
    ("negative: a noun cue belongs to its owner, not to the subject before",
     "It followed a Biafran claim to have downed a federal jet.\n",
     [("Biafran", "claim", "name")]),
]


@pytest.mark.parametrize("name,text,expected", SUBJECT_CASES, ids=[c[0] for c in SUBJECT_CASES])
def test_subject_before_verb(name, text, expected):
    assert [(r["speaker"], r["cue"], r["speaker_by"]) for r in quotes_for_article("g.txt", text)] == expected


def test_subject_before_verb_leaves_a_cue_to_its_own_subject():
    """'the offensive destroyed what it described as': 'it' is the cue's subject, not 'the offensive'."""
    text = ("According to the federal government, the offensive destroyed what it described as \u201crebel supply "
            "depots\u201d near Owerri.\n")
    rows = [r for r in quotes_for_article("g.txt", text) if r["cue"] == "described"]
    assert rows and all(r["speaker_by"] != "subject_before_verb" and "offensive" not in r["speaker"] for r in rows)

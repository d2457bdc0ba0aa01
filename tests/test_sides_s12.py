"""Session 12 (branch s12-sided): victim-side mechanisms mended and the families left `unknown` (docs/rules.md,
"Session 12: sides left unknown"). Invented wars in the styles of none of the eval sets: an Andean border war, a
Pacific atoll insurgency, a Caspian wire, a Saharan frontier."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.people import without_sources
from presslens.casualties.rules import claims_in

ATOLL = Actors([_conflict("tarava", {"sides": {"tarava_gov": "the Taravan state: its police and coast guard",
                                              "tlf": "the Tarava Liberation Front, an armed separatist group"},
                                    "government_side": "tarava_gov", "rebel_side": "tlf",
                                    "keywords": {"tlf": ["TLF"], "tarava_gov": ["Taravan"]},
                                    "articles": ["example.txt"]})])


def _sides(text: str, reg: Actors = ATOLL) -> list[tuple[str, int, str]]:
    return [(cat, low, side) for cat, low, _high, _vague, side in claims_in(text, reg)]


@pytest.mark.parametrize("words, kept", [
    # a voice noun inside the toll's part: its force word stays (the toll is mixed)
    ("the blast left six people dead including a senior police official police said", "police"),
    # a voice noun that is the subject of the harm
    ("a police official was killed and five people wounded in the market", "police"),
    # a counted force before the sources: 'two soldiers, officials said'
    ("the shelling killed eight people among them two soldiers officials said", "soldiers"),
])
def test_victims_words_are_not_sources(words, kept):
    assert kept in without_sources(words.split())


@pytest.mark.parametrize("words, dropped", [
    ("a shell hit the market killing nine people a police official said", "police"),
    ("nine people died in the market according to army officers", "army"),
])
def test_sources_are_still_dropped(words, dropped):
    assert dropped not in without_sources(words.split())


@pytest.mark.parametrize("text", [
    "A grenade thrown into the fish market at Nuku killed seven people, including a coast guard officer, police said.",
    "A bomb in the crowded Nuku market killed nine people, among them a policeman and two port guards.",
    "Seven people died at the Nuku market, including a district police official and his driver, officials said.",
])
def test_a_force_s_man_among_the_toll_makes_it_mixed(text):
    assert _sides(text)[0][2] == "unknown"


@pytest.mark.parametrize("text", [
    "A grenade thrown into the fish market at Nuku killed seven people, a police official said.",
    "A grenade thrown into the fish market at Nuku killed seven people, including four women, police said.",
])
def test_a_civilian_place_s_toll_with_only_sources_or_civilians_stays_civilian(text):
    assert _sides(text)[0][2] == "civilian"


# family `civilian place missed` (las-anod-2023, lebanon-civil-war, kenya-2007): a hospital or a shelter that was hit,
# a shopping centre, and a civilian place whose sentence names its sources as a list ('police and Red Cross sources')
@pytest.mark.parametrize("text", [
    "Artillery shells struck the district hospital in Nuku on Monday, killing four people and wounding 11.",
    "A rocket smashed into a shelter in the port quarter of Nuku, killing a man and wounding six.",
    "A car bomb tore through a shopping centre in Nuku; at least 14 people were killed.",
    "At least 30 people were burned to death in a church near Nuku, police and Red Cross sources said.",
])
def test_a_civilian_place_hit_makes_people_civilians(text):
    assert {side for _cat, _low, side in _sides(text)} == {"civilian"}


@pytest.mark.parametrize("text", [
    # where the wounded were taken, not where harm fell
    "Fighting near the airstrip killed four people; 11 wounded were taken to the district hospital in Nuku.",
    # where people hid, not where harm fell
    "Families spent the night in shelters as fighting near Nuku killed six people.",
    # a force's hospital
    "A rocket hit the military hospital at Nuku, killing three people.",
])
def test_a_hospital_or_shelter_that_was_not_hit_says_nothing(text):
    assert "civilian" not in {side for _cat, _low, side in _sides(text)}


CASPIAN = Actors([_conflict("kurtal", {"sides": {"kurtal_gov": "the Kurtali state: its army and border guards",
                                                "kdf": "the Kurtal Democratic Front, a rebel army"},
                                      "government_side": "kurtal_gov", "rebel_side": "kdf",
                                      "keywords": {"kdf": ["KDF", "Front"], "kurtal_gov": ["Kurtali army"]},
                                      "articles": ["example.txt"]})])


# family `the toll's owner in its own phrase` (afghanistan-2001, ogaden, western-sahara): the owner named just after
# the toll's noun, or before it with the count as its value
@pytest.mark.parametrize("text, side", [
    ("There were no casualties among the Kurtali army units, the governor said.", "kurtal_gov"),
    ("The shelling caused heavy human losses in the ranks of the KDF, the ministry said.", "kdf"),
    ('"Fighting raged on, with KDF casualties rising to over 60 killed," the statement said.', "kdf"),
    ("KDF casualties were light, the Front added.", "kdf"),
])
def test_the_toll_s_owner_named_in_its_phrase(text, side):
    assert [s for _cat, _low, s in _sides(text, CASPIAN)][0] == side


@pytest.mark.parametrize("text", [
    # the owner is not named, or both are
    "There were no casualties among the villagers near the dam, the governor said.",
    "There were heavy losses among both the KDF and the Kurtali army, the monitor said.",
])
def test_a_toll_whose_phrase_names_no_one_side_is_not_given_one(text):
    assert {s for _cat, _low, s in _sides(text, CASPIAN)} <= {"unknown", "civilian", "both"}


SAHARA = Actors([_conflict("azaouad", {"sides": {"mali_gov": "the Malian state: army (FAMa) and gendarmerie",
                                                "mla": "the Azawad Liberation Movement (MLA), Tuareg rebels"},
                                      "government_side": "mali_gov", "rebel_side": "mla",
                                      "keywords": {"mla": ["MLA"], "mali_gov": ["FAMa"]},
                                      "articles": ["example.txt"]})])


# family `a toll over both sides` (aceh, uganda-kasese, ivory-coast, ogaden): a bare toll the article spreads over
# both sides
@pytest.mark.parametrize("text", [
    "Nine die in desert clash. The fighting left five FAMa soldiers and four MLA rebels dead, officials said.",
    'A commander said by phone: "There are many deaths in both camps."',
    "Since January, both sides have reported hundreds of deaths near Kidal.",
])
def test_a_bare_toll_spread_over_both_sides_is_both(text):
    assert _sides(text, SAHARA)[0][2] == "both"


@pytest.mark.parametrize("text", [
    # the sides' counts do not add up to the toll
    "Ten die in desert clash. The fighting left five FAMa soldiers and four MLA rebels dead, officials said.",
    # both counts are one side's
    "Nine die in desert clash. The ambush killed five FAMa soldiers and four gendarmes, officials said.",
])
def test_a_toll_the_article_does_not_spread_over_both_sides_is_not_both(text):
    assert _sides(text, SAHARA)[0][2] != "both"


# family `a force's count continued` (korea-yeonpyeong, north-caucasus, aceh, afghanistan-2001): a bare count in the
# sentence right after one side's count, with no other side or civilians named, is more of that side's
@pytest.mark.parametrize("text, side", [
    ("Two FAMa soldiers died at the Tessalit post. Four were seriously injured, the army said.", "mali_gov"),
    ("MLA rebels lost nine fighters near Kidal. Three more were wounded, the movement said.", "mla"),
])
def test_a_bare_count_after_one_side_s_count_is_that_side_s(text, side):
    assert _sides(text, SAHARA)[-1][2] == side


@pytest.mark.parametrize("text", [
    # civilians named in the count's sentence
    "Two FAMa soldiers died at the Tessalit post. Four were injured when a shell hit a nearby family home.",
    # another side named in the count's sentence
    "Two FAMa soldiers died at the Tessalit post. Four were injured in an MLA ambush the next day.",
    # two sentences on: too far to carry
    "Two FAMa soldiers died at the Tessalit post. The town was calm by noon. Four were injured overnight.",
])
def test_a_bare_count_not_plainly_continuing_the_force_s_count_keeps_its_side_open(text):
    assert _sides(text, SAHARA)[-1][2] != "mali_gov"


@pytest.mark.parametrize("text, expected", [
    # vocabulary: the journalists' and minors' synonyms (rhodesia-bush-war, andijan-2005)
    ("Two juveniles were killed when the patrol fired on the kraal near Kidal.", ("killed", 2, "civilian")),
    ("Several reporters were detained by gendarmes in Kidal on Sunday.", ("captured", None, "civilian")),
])
def test_reporters_and_juveniles_are_civilians(text, expected):
    assert expected in _sides(text, SAHARA)


@pytest.mark.parametrize("text", [
    # 'told reporters' names the speaker's audience: 'them' are not the reporters (rule `audience_not_them`; found
    # by tests/test_dask.py's synthetic corpus once `reporters` was a civilian word)
    "A spokesman told reporters in Gao on Monday. He said a strike on a compound near Tessalit had killed up to 18 "
    "of them.",
    "The governor told journalists on Monday that a raid on a compound near Tessalit had killed 14 of them.",
])
def test_the_audience_of_a_speaker_is_not_them(text):
    assert "civilian" not in [side for _cat, _low, side in _sides(text, SAHARA)]


# rule no_toll_among_civilians (victims._side_from_role): 'no casualties' said by a side is its own side's,
# unless the toll's own phrase names civilians as whose ('among the villagers'); found when the session's speaker
# rules gave 'the governor' a side
@pytest.mark.parametrize("text, side", [
    ("There were no casualties among the residents of Dorva, the district governor said.", "civilian"),
    ("The army said there were no casualties among civilians in the border villages.", "civilian"),
    ("There were no casualties among our troops, the Kurtali army said.", "kurtal_gov"),
], ids=["among the residents", "among civilians", "among our troops"])
def test_no_toll_names_its_owner(text, side):
    assert [s for _cat, low, s in _sides(text, CASPIAN) if low == 0] == [side]

"""Victim and claimant sides in wars between two states (issue 11, session 6; eval/real/CASUALTY_ERRORS.md "Victim
sides in wars between states (session 6)"): there is no government/rebel pair, each side is one state's forces. A
side is a state when the registry's `countries:` names its country or its description calls it one ('the Peruvian
state: ...'); its country's name, demonyms and (between two states) capital then name it (`country_forms`); a force
word with no country is the foe of the agent or the claimant's own (`unnamed_force_between_states`); the foe told
after the victims ('of the aggressor', `foe_after`); a claimant's quoted 'their soldiers' (`quoted_their`).
Sentences are written in the styles of wars between states in none of the eval sets (Peru-Ecuador 1995, Iran-Iraq,
the Falklands, China-Vietnam 1979, Uganda-Tanzania 1979); every person's name is invented."""
from __future__ import annotations

import pytest

from claim_families import columns
from presslens.actors import Actors, _conflict, country_forms, country_of, load_actors
from presslens.registry import RegistryError, validate_registry


def _rows(text: str, reg: Actors) -> list[tuple]:
    return columns(text, ("category", "low", "victim_side", "claimant_side"), actors=reg, article="st.txt")


# registries as an analyst writes them: sides described as states, few or no keywords
CENEPA = Actors([_conflict("cenepa", {
    "sides": {"peru": "the Peruvian state: government, army, air force and their spokesmen",
              "ecuador": "the Ecuadorian state: government, armed forces, defence ministry"},
    "actors": [{"name": "Hernan Robles", "side": "peru", "kind": "person", "role": "army spokesman"},
               {"name": "Mireya Salcedo", "side": "ecuador", "kind": "person", "role": "defence ministry spokeswoman"}]})])
GULF = Actors([_conflict("iran-iraq", {
    "sides": {"iran": "Iran: the Islamic Republic's government, army and Revolutionary Guards",
              "iraq": "Iraq: the Baathist government, army and air force"},
    "keywords": {"iran": ["Revolutionary Guards", "Pasdaran"], "iraq": ["Republican Guard"]}})])
FALKLANDS = Actors([_conflict("falklands", {
    "sides": {"uk": "the British task force, government and Ministry of Defence",
              "argentina": "the Argentine junta, army, navy and air force"},
    "countries": {"uk": ["Britain"], "argentina": ["Argentina"]},
    "government_side": "uk"})])
LANG_SON = Actors([_conflict("sino-viet", {
    "sides": {"china": "the Chinese state and the People's Liberation Army",
              "vietnam": "the Vietnamese state and the People's Army of Vietnam"},
    "keywords": {"china": ["PLA", "Chinese"], "vietnam": ["Vietnamese", "Hanoi"]}})])
KAGERA = Actors([_conflict("kagera", {
    "sides": {"tanzania": "", "uganda": ""},
    "countries": {"tanzania": "Tanzania", "uganda": ["Uganda"]},
    "government_side": "uganda"})])


@pytest.mark.parametrize("text, reg, expected", [
    # a demonym the registry never lists: the side whose state that country is (wire style)
    ("Three Ecuadorian soldiers were killed in the clash near Tiwintza, the Peruvian army said.", CENEPA,
     [("killed", 3, "ecuador", "peru")]),
    ("An Iraqi conscript was killed and four Iranian Pasdaran were wounded at Majnoon, Baghdad said.", GULF,
     [("killed", 1, "iraq", "iraq"), ("wounded", 4, "iran", "iraq")]),
    # state media: the country's forces after 'of'
    ("Servicemen of the Vietnamese army suffered 40 dead near Lang Son, Beijing said.", LANG_SON,
     [("killed", 40, "vietnam", "china")]),
    # local daily: the country's side lost its men
    ("The Argentine side lost 12 men on Mount Longdon, the Ministry of Defence in London said.", FALKLANDS,
     [("killed", 12, "argentina", "uk")]),
    # a registry whose sides carry only `countries:`
    ("Kampala said 27 Tanzanian soldiers were killed near Mutukula.", KAGERA,
     [("killed", 27, "tanzania", "uganda")]),
])
def test_nationality_names_the_state(text, reg, expected):
    assert _rows(text, reg) == expected


@pytest.mark.parametrize("text, reg, expected", [
    # a state's claim of the enemy's losses: the side opposite the claimant
    ("Ecuador's defence ministry said 40 enemy troops were killed near Base Sur.", CENEPA,
     [("killed", 40, "peru", "ecuador")]),
    ("Lima said its forces killed 12 soldiers of the aggressor and shot down two helicopters.", CENEPA,
     [("killed", 12, "ecuador", "peru")]),
    ("Tehran said its forces had repelled the attack, killing 300 soldiers of the aggressor.", GULF,
     [("killed", 300, "iraq", "iran")]),
    # the claimant's quoted 'their': the foe's
    ('"Twelve of their soldiers were killed and three captured," the Iraqi command said.', GULF,
     [("killed", 12, "iran", "iraq"), ("captured", 3, "iran", "iraq")]),
    # reported speech: its own
    ("The Iraqi command said twelve of its soldiers were killed near Basra.", GULF,
     [("killed", 12, "iraq", "iraq")]),
])
def test_claim_of_enemy_losses(text, reg, expected):
    assert _rows(text, reg) == expected


@pytest.mark.parametrize("text, reg, expected", [
    # a force word with no country: the claimant's own, not the registry's government side by convention
    ("Five soldiers were wounded in the shelling, the Ecuadorian military said.", CENEPA,
     [("wounded", 5, "ecuador", "ecuador")]),
    ("Argentina's military command said 18 marines were killed when the cruiser was hit.", FALKLANDS,
     [("killed", 18, "argentina", "argentina")]),
    # the agent's foe: a country's forces, or the claimant's own troops
    ("Quito said Peruvian artillery killed three soldiers at the Coangos post.", CENEPA,
     [("killed", 3, "ecuador", "ecuador")]),
    ("Hanoi said its militia units had killed 200 troops around Cao Bang.", LANG_SON,
     [("killed", 200, "china", "vietnam")]),
])
def test_unnamed_force_between_states(text, reg, expected):
    assert _rows(text, reg) == expected


@pytest.mark.parametrize("text, reg, expected", [
    # a national toll counts a state's soldiers and civilians together: `unknown` unless the article says who
    # (docs/annotation.md, "Victims called only people"; eval/real6/states' and eval/real5's adjudicated gold)
    ("Iranian shelling of Basra killed 40 Iraqis, the Iraqi command said.", GULF,
     [("killed", 40, "unknown", "iraq")]),
    ("Kampala said 27 Ugandan citizens were killed in the Tanzanian advance.", KAGERA,
     [("killed", 27, "unknown", "uganda")]),
    ("The Ecuadorian command said 14 were killed and 30 wounded in the fighting at Cueva de los Tayos.", CENEPA,
     [("killed", 14, "unknown", "ecuador"), ("wounded", 30, "unknown", "ecuador")]),
    # ... and where it does: soldiers are the state's side, villagers and residents are civilians
    ("Iranian shelling of Basra killed 40 Iraqi soldiers, the Iraqi command said.", GULF,
     [("killed", 40, "iraq", "iraq")]),
    ("Tanzanian shells hit the market at Masaka and 27 Ugandan citizens were killed, Kampala said.", KAGERA,
     [("killed", 27, "civilian", "uganda")]),
    # a named soldier in his own state's military report is its own
    ("Peru's army said Captain Anselmo Quiroga was killed near Tiwintza.", CENEPA,
     [("killed", 1, "peru", "peru")]),
])
def test_national_toll_between_states(text, reg, expected):
    assert _rows(text, reg) == expected


@pytest.mark.parametrize("text, reg, claimant_side", [
    # a body named by its country (possessive, demonym) or the capital: that state's side
    ("Ecuador's defence ministry said two soldiers were killed.", CENEPA, "ecuador"),
    ("The Peruvian military said two soldiers were killed.", CENEPA, "peru"),
    ("Quito said two soldiers were killed.", CENEPA, "ecuador"),
    ("The Iraqi command said 30 civilians were killed in Basra.", GULF, "iraq"),
    ("The British Ministry of Defence said 20 soldiers were wounded at Goose Green.", FALKLANDS, "uk"),
    ("Tanzania's army said 16 soldiers were killed near Bukoba.", KAGERA, "tanzania"),
])
def test_body_named_by_country_claims_for_it(text, reg, claimant_side):
    rows = _rows(text, reg)
    assert [r[3] for r in rows] == [claimant_side]


def test_civil_war_demonym_is_no_side():
    """A civil war's demonym names both sides ('Peruvian soldiers' and 'Peruvian rebels'): a description that makes one
    side a state gives its country no words unless two sides are states."""
    reg = Actors([_conflict("peru-80s", {
        "sides": {"gov": "the Peruvian state: army, police", "mrta": "the MRTA guerrillas"},
        "keywords": {"mrta": ["MRTA"]}})])
    assert reg.conflicts[0].countries == {}
    assert reg.side_from_context("Peruvian") is None and reg.side_from_context("Lima") is None


def test_country_forms_and_lookup():
    assert country_of("Kyrgyz") == "Kyrgyzstan" and country_of("Salvadoran") == "El Salvador"
    assert {"Peru", "Peruvian", "Lima"} <= country_forms("Peru", capital=True)
    assert "Lima" not in country_forms("Peru")          # a capital only between two states
    assert "Peruvians" not in country_forms("Peru")      # a people's plural is a population, not the state
    assert {"Ruvia", "Ruvian"} <= country_forms("Ruvia")  # a country the table lacks: regular demonyms


def test_countries_key_in_registry(tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text("sides: {hn: Honduras, sv: El Salvador}\ncountries: {hn: Honduras, sv: [El Salvador]}\n")
    reg = load_actors(good)
    assert reg.conflicts[0].countries == {"hn": ("Honduras",), "sv": ("El Salvador",)}
    assert reg.side_of("Salvadoran troops") == "sv" and reg.side_of("Tegucigalpa") == "hn"
    mixed = tmp_path / "mixed.yaml"  # one side declared, the other read from its description
    mixed.write_text('sides: {hn: Honduras, sv: "the Salvadoran state: army, National Guard"}\ncountries: {hn: Honduras}\n')
    assert load_actors(mixed).conflicts[0].countries == {"hn": ("Honduras",), "sv": ("El Salvador",)}
    bad = tmp_path / "bad.yaml"
    bad.write_text("sides: {hn: Honduras, sv: El Salvador}\ncountries: {gt: Guatemala}\n")
    with pytest.raises(RegistryError, match=r"bad.yaml:2: countries.gt: unknown side 'gt'"):
        validate_registry(bad)


def test_headline_nationals_restated_as_soldiers_take_their_state():
    # a headline's national toll is `unknown` on its own; the body's restatement of the same count as soldiers of
    # that state says who they were (restated_side); a different count is not a restatement
    text = ("Four Peruvians wounded in Cordillera del Condor clash\n\n"
            "Four Peruvian soldiers were wounded when an Ecuadorian patrol opened fire near Tiwintza, "
            "the Peruvian army said on Tuesday.")
    assert [r[:3] for r in _rows(text, CENEPA)] == [("wounded", 4, "peru"), ("wounded", 4, "peru")]
    other = text.replace("Four Peruvian soldiers", "Six Peruvian soldiers")
    assert [r[:3] for r in _rows(other, CENEPA)] == [("wounded", 4, "unknown"), ("wounded", 6, "peru")]

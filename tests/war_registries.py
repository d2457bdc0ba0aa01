"""One-war registries for end-to-end tests written in the styles of wars in no eval set: a state side and a rebel
side with their keywords, as an analyst's multi-conflict actors.yaml would hold them (article 'a.txt'); and the
registries of the casualty-family tests (tests/test_casualties_<family>.py): ``GENERAL``, the keyword-only registry of
tests/fixtures/general/actors-casualties.yaml, and a two-sided registry per war, keywords only (no named actors: the
rules must not need names)."""
from __future__ import annotations

from pathlib import Path

from presslens.actors import Actors, _conflict, load_actors


def state_and_rebels(slug: str, state: tuple[str, str, list[str]], rebels: tuple[str, str, list[str]],
                     article: str = "a.txt") -> Actors:
    """`state` and `rebels` are (label, description, keywords); the state side is the government side.

    >>> reg = state_and_rebels("el-salvador", ("gov", "the Salvadoran state", ["Salvadoran army"]),
    ...                        ("fmln", "the FMLN guerrillas", ["FMLN"]))
    >>> reg.for_article("a.txt").labels[:2]
    ['gov', 'fmln']
    """
    (gov, gov_text, gov_words), (reb, reb_text, reb_words) = state, rebels
    return Actors([_conflict(slug, {
        "articles": [article],
        "sides": {gov: gov_text, reb: reb_text},
        "government_side": gov, "rebel_side": reb,
        "keywords": {gov: list(gov_words), reb: list(reb_words)}})])


#: the keyword-only registry of tests/fixtures/general/actors-casualties.yaml
GENERAL = load_actors(Path(__file__).parent / "fixtures/general/actors-casualties.yaml")
BALKANS = Actors([_conflict("bosnia", {
    "sides": {"serb": "Bosnian Serb forces (VRS) and Serb paramilitaries",
              "bosniak": "the Bosnian government and its army (ARBiH); Bosniak soldiers as victims"},
    "government_side": "bosniak",
    "keywords": {"serb": ["VRS", "Serb", "Bosnian Serb"], "bosniak": ["ARBiH", "Bosniak", "Bosnian army"]}})])
CHECHNYA = Actors([_conflict("chechnya", {
    "sides": {"russia": "the Russian state: army, interior ministry troops, federal forces",
              "ichkeria": "Chechen separatist fighters of Ichkeria; rebels"},
    "government_side": "russia",
    "keywords": {"russia": ["Russian", "federal forces", "Moscow"], "ichkeria": ["Chechen rebels", "Ichkeria"]}})])
SRI_LANKA = Actors([_conflict("srilanka", {
    "sides": {"slgov": "the Sri Lankan state: army, navy, police",
              "ltte": "the Liberation Tigers of Tamil Eelam (LTTE), Tamil Tigers; rebels"},
    "government_side": "slgov",
    "keywords": {"slgov": ["Sri Lankan army", "SLA", "Colombo"], "ltte": ["LTTE", "Tamil Tigers", "Tigers"]}})])
ACEH = Actors([_conflict("aceh", {
    "sides": {"indonesia": "the Indonesian state: army (TNI), police, militias allied to it",
              "gam": "the Free Aceh Movement (GAM), its guerrillas"},
    "government_side": "indonesia", "rebel_side": "gam",
    "keywords": {"indonesia": ["TNI", "Indonesian army", "Jakarta"], "gam": ["GAM", "Free Aceh Movement"]}})])
KURDISTAN = Actors([_conflict("kurdistan", {
    "sides": {"turkey": "the Turkish state: army, gendarmerie, village guards",
              "pkk": "the Kurdistan Workers' Party (PKK), its guerrillas"},
    "government_side": "turkey", "rebel_side": "pkk",
    "keywords": {"turkey": ["Turkish", "Ankara", "gendarmerie"], "pkk": ["PKK", "Kurdish guerrillas"]}})])


def aden(article: str = "example.txt") -> Actors:
    """The Aden emergency: the British administration (government side) against the NLF, keywords only.

    >>> aden().for_article("example.txt").labels[:2]
    ['uk', 'nlf']
    """
    return Actors([_conflict("aden", {
        "sides": {"uk": "the British administration and its forces", "nlf": "the National Liberation Front"},
        "government_side": "uk", "rebel_side": "nlf", "articles": [article],
        "keywords": {"uk": ["British"], "nlf": ["NLF"]}})])


def two_states(article: str = "example.txt") -> Actors:
    """A war between two made-up states, Astoria and Bremia, with their countries and demonyms.

    >>> two_states().for_article("example.txt").labels[:2]
    ['astoria', 'bremia']
    """
    return Actors([_conflict("astoria-bremia", {
        "sides": {"astoria": "the Astorian state and its army", "bremia": "the Bremian state and its army"},
        "countries": {"astoria": ["Astoria"], "bremia": ["Bremia"]}, "articles": [article],
        "keywords": {"astoria": ["Astorian"], "bremia": ["Bremian"]}})])

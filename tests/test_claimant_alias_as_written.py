"""Rule `alias_as_written` (casualties.claimant_names, asked in `ArticleVoices.claim_claimant`; docs/rules.md "Session
24: casualty claimants"): a claimant that is one of a registry actor's aliases stays as the article writes it where the
article never writes the actor's registry name (a claimant is named as in statements, and a statement's speaker as
its article names it); the registry's name stands where the article writes it, and for a phrase that is no alias.
Sentences invented in the styles of wars in none of the eval sets (the Cristero War, the Hukbalahap rebellion, the
Katanga secession); every name invented."""
from __future__ import annotations

import pytest

from claim_families import CLAIMANT_BY, columns
from presslens.actors import Actors, _conflict
from presslens.casualties.claimant_names import alias_as_written
from presslens.casualties.sides import SideWords

CRISTERO = Actors([_conflict("cristero", {
    "articles": ["a.txt"],
    "sides": {"federal": "the Mexican federal government and its army", "cristeros": "the Cristero rebels"},
    "government_side": "federal", "rebel_side": "cristeros",
    "keywords": {"federal": ["federal troops", "federals"], "cristeros": ["Cristeros", "Cristero rebels"]},
    "actors": [
        {"name": "Secretariat of War and Navy", "side": "federal", "kind": "org",
         "aliases": ["War Ministry", "War Department"]},
        {"name": "National League for the Defence of Religious Liberty", "side": "cristeros", "kind": "org",
         "aliases": ["the League", "Liga"]},
        {"name": "Joaquin Amaro Dominguez", "side": "federal", "kind": "person", "role": "war minister",
         "aliases": ["Joaquin Amaro"]}]})])
HUK = Actors([_conflict("huk", {
    "articles": ["a.txt"],
    "sides": {"phgov": "the Philippine government: army, constabulary", "huk": "the Hukbalahap guerrillas"},
    "government_side": "phgov", "rebel_side": "huk",
    "keywords": {"phgov": ["constabulary", "Philippine army"], "huk": ["Huks", "Hukbalahap"]},
    "actors": [{"name": "Philippine Constabulary Command", "side": "phgov", "kind": "org",
                "aliases": ["Constabulary headquarters"]}]})])


def claims(text: str, actors: Actors) -> list[tuple]:
    """(category, low, claimant, claimant_by) of each claim of `text` (article 'a.txt'), with its quote rows."""
    return columns(text, CLAIMANT_BY, actors=actors, article="a.txt", quotes=True)


@pytest.mark.parametrize("text, actors, claimant", [
    ("Federal troops killed 40 Cristeros near Tepatitlan on Sunday, the War Ministry said.", CRISTERO,
     "War Ministry"),
    ("Eleven Huks were killed in a clash near San Fernando, Constabulary headquarters announced on Monday.", HUK,
     "Constabulary headquarters"),
    ("Joaquin Amaro said 60 rebels had been killed in the fighting around Colima.", CRISTERO, "Joaquin Amaro"),
])
def test_an_alias_the_article_writes_stays_as_written(text, actors, claimant):
    got = claims(text, actors)
    assert any(c and c.lower() == claimant.lower() and by == "alias_as_written" for _, _, c, by in got), got


def test_the_registry_name_stands_where_the_article_writes_it():
    text = ("The Secretariat of War and Navy issued a bulletin on the campaign in Jalisco. "
            "Federal troops killed 40 Cristeros near Tepatitlan on Sunday, the War Ministry said.")
    got = claims(text, CRISTERO)
    assert any(low == 40 and c == "Secretariat of War and Navy" for _, low, c, _ in got), got
    assert not any(by == "alias_as_written" for *_, by in got), got


def test_a_phrase_that_is_no_alias_is_not_kept_by_the_rule():
    """'the army' resolves to the state's army through the registry, but it is no alias of it: the rule does not run."""
    sw = SideWords(view=CRISTERO.for_article("a.txt"))
    assert alias_as_written("a War Ministry spokesman", "Secretariat of War and Navy", sw, "") is None
    assert alias_as_written("the Secretariat", "Secretariat of War and Navy", sw, "") is None


def test_the_form_is_the_articles_and_a_leading_article_lower_case():
    sw = SideWords(view=CRISTERO.for_article("a.txt"))
    assert alias_as_written("The League", "National League for the Defence of Religious Liberty", sw,
                            "the league said 12 of its men died.") == "the League"


KATANGA = Actors([_conflict("katanga", {
    "articles": ["a.txt"],
    "sides": {"katanga": "the secessionist State of Katanga and its gendarmerie", "onuc": "the UN force in the Congo"},
    "keywords": {"katanga": ["Katangese", "gendarmes"], "onuc": ["UN troops", "ONUC"]},
    "actors": [{"name": "Katangese Ministry of Defence", "side": "katanga", "kind": "org",
                "aliases": ["Katanga's defence ministry"]}]})])


@pytest.mark.parametrize("text", [
    "Katanga's defence ministry said 40 UN troops were killed near Jadotville on Wednesday.",
    "Heavy fighting went on at Elisabethville. Katanga's defence ministry reported 40 UN troops killed in the town.",
])
def test_an_alias_read_in_lower_case_takes_the_articles_case_back(text):
    """Session 24 (lead): a sentence-opening alias reached the rule lower-cased (`katanga's defence ministry`);
    `as_in_article` gives it the case the article writes."""
    got = [(low, c) for _, low, c, by in claims(text, KATANGA) if by == "alias_as_written"]
    assert got and all(c == "Katanga's defence ministry" for _, c in got), claims(text, KATANGA)

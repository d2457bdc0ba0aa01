"""The conventions settled across the dev sets (docs/annotation.md, "Conventions settled across the dev sets"),
as the extractor follows them: coordinated counts (rule `coordinated_kinds`: the army and the police are two
forces), claims of responsibility (rule `responsibility_claimed`), feared dead (hedged).

Invented sentences in the manner of coverage of wars in none of the eval sets (Angola, Colombia, El Salvador,
the Falklands, Transnistria, Western Sahara).
"""

import pytest

from claim_families import columns
from presslens.casualties.rules import claims_in


def _rows(text):
    return columns(text, ("category", "low", "high", "vague", "claimant", "hedged"), article="t.txt")


@pytest.mark.parametrize("text, counts", [
    ("Four soldiers and three policemen were killed when UNITA rebels attacked the convoy near Huambo.", [4, 3]),
    ("Two police officers and five soldiers died in the ambush on the Cali road, the governor said.", [2, 5]),
    ("Six Moldovan policemen and two soldiers were wounded in the fighting for the bridge at Bendery.", [6, 2]),
    ("Guerrillas killed four policemen and two soldiers at the bridge over the Lempa.", [4, 2]),
    ("Three male and two female police officers were wounded in the blast in Bogota.", [3, 2]),
    ("Three Angolan soldiers and two police officers were killed in an ambush near Menongue.", [3, 2]),
])
def test_counts_of_two_forces_or_kinds_are_one_record_each(text, counts):
    assert [low for _, low, *_ in claims_in(text)] == counts


@pytest.mark.parametrize("text, total", [
    ("Two officers and nine soldiers were killed near the Smara berm, a Polisario statement said.", 11),
    ("One lieutenant and four marines were killed when the frigate was hit in San Carlos Water.", 5),
    ("Captain Ruiz and two soldiers were killed in the ambush near Usulutan.", 3),
])
def test_ranks_of_one_force_and_a_named_person_are_one_sum(text, total):
    assert [low for _, low, *_ in claims_in(text)] == [total]


def test_two_clauses_are_no_list():
    text = "Three of those killed were officers, and seven other soldiers were critically wounded near Bendery."
    assert [(c, low) for c, low, *_ in claims_in(text)] == [("killed", 3), ("wounded", 7)]


@pytest.mark.parametrize("text, row", [
    ("The FMLN claimed responsibility for the ambush, which killed six soldiers near San Miguel.",
     ("killed", 6, 6, None, None, False)),
    ("A UNITA splinter group claimed responsibility for the bombing of the Huambo market that killed 14 people.",
     ("killed", 14, 14, None, None, False)),
    ("The Dniester guards claimed it planted the mine that killed three deminers, police said.",
     ("killed", 3, 3, None, None, False)),
    ("The rebels killed dozens of villagers last year and claimed responsibility for the pipeline bombing.",
     ("killed", None, None, "dozens", None, False)),
])
def test_a_count_inside_a_claim_of_responsibility_is_the_articles_fact(text, row):
    assert _rows(text) == [row]


@pytest.mark.parametrize("text", [
    "The FARC claimed responsibility for the raid and said it had killed 20 soldiers.",
    "The FARC claimed to have killed 20 soldiers in the raid on the Mitu garrison.",
])
def test_a_groups_own_count_stays_its_hedged_claim(text):
    [(category, low, _, _, claimant, hedged)] = _rows(text)
    assert (category, low, hedged) == ("killed", 20, True)
    assert claimant is not None and "FARC" in claimant


@pytest.mark.parametrize("text, row", [
    ("Twelve fishermen are feared dead after Argentine aircraft bombed the trawler.", ("killed", 12, True)),
    ("Nine guerrillas are believed killed in the raid near Cuito, the army said.", ("killed", 9, True)),
    ("Two deminers are presumed dead after the blast near Smara.", ("killed", 2, True)),
])
def test_feared_or_believed_dead_is_killed_and_hedged(text, row):
    assert [(c, low, h) for c, low, _, _, _, h in _rows(text)] == [row]


@pytest.mark.parametrize("text, row", [
    ("Three students were shot outside the university in Managua on Friday.", ("casualties", 3)),
    ("Four men who refused to kneel were shot, witnesses in the Chaco village said.", ("casualties", 4)),
    ("Two Sahrawi protesters were shot near the wall; doctors said their wounds were not serious.", ("wounded", 2)),
    ("Villagers said five men and a boy were shot in the head near the quarry outside Cuito.", ("killed", 6)),
])
def test_were_shot_takes_the_category_the_sentence_tells(text, row):
    assert [(c, low) for c, low, *_ in claims_in(text)] == [row]


@pytest.mark.parametrize("text", [
    "Two Argentine Skyhawks were shot down over Falkland Sound.",
    "Three soldiers were shot dead at the checkpoint near Tiraspol.",
    "Two patrols were shot at near the berm but no one was hurt.",
])
def test_shot_down_dead_or_at_is_not_this_rule(text):
    assert all(c != "casualties" for c, *_ in claims_in(text))

"""Session 28's `article_spelling` (casualties.claimant_names; docs/rules.md "Session 28: wrong claimants by kind"):
a person claimant named by a surname the article writes once or never, where the article writes another spelling of
it more often, is named as the article names him most, by the fullest name it writes with that spelling.

Texts invented in the styles of the Paquisha War (Ecuador and Peru, 1981) and the Thai-Laotian Border War (1987-88),
wars in none of the eval sets; every name invented."""
from __future__ import annotations

import pytest

from presslens.casualties.claimant_names import _near_spelling, article_spelling

from claim_families import claimant_rows


def claimants(text: str, article: str = "spelling28.txt") -> list[tuple]:
    """(low, claimant, claimant_by) of each claim of `text` (claim_families.claimant_rows, no registry)."""
    return [(low, who, by) for _category, low, who, by in claimant_rows(text, article=article)]


PAQUISHA = ("QUITO, Jan. 30 - Ecuador's army said on Friday that Peruvian helicopters had fired on its posts near "
            "Paquisha, a charge denied by Colonel Hernan Villacres, the commander of the Cenepa garrison.\n\n"
            "Villacres told reporters the posts had been attacked without warning. Villacres added that his men "
            "had held the ridge.\n\n"
            "\"We lost nine soldiers in the first attack,\" Villacers said.\n")


def test_a_surname_written_once_takes_the_spelling_written_most():
    got = claimants(PAQUISHA)
    assert (9, "Colonel Hernan Villacres", "article_spelling") in got, got


def test_the_spelling_written_most_is_left_alone():
    text = PAQUISHA.replace("Villacers said", "Villacres said")
    got = claimants(text)
    assert got and all(who != "Villacers" and by != "article_spelling" for _n, who, by in got), got


@pytest.mark.parametrize("name, text", [
    # a body's name: `Radio Vientiane` is not a person, `Vientaine` no misspelt surname of it
    ("Radio Vientaine", "Radio Vientaine said. Vientiane, Vientiane and Vientiane."),
    # the other spelling is a country's name
    ("Radio Laoss", "Laos and Laos and Laos."),
    # a surname written twice: no typo to mend
    ("Somsak Phanth", "Somsak Phanth said. Phanth added. Phant, Phant, Phant."),
    # a short surname: too little to tell a typo from another name
    ("Mr. Bun", "Mr. Bun said. Ban, Ban and Ban."),
])
def test_left_alone(name, text):
    assert article_spelling(name, text) is None


def test_near_spellings():
    assert _near_spelling("Villacers", "Villacres") and _near_spelling("Kongsak", "Kongsek")
    assert not _near_spelling("Villacres", "Villacres") and not _near_spelling("Vilacres", "Villacres")
    assert not _near_spelling("Kongsak", "Bongsak") and not _near_spelling("Phanthavong", "Phanthasack")

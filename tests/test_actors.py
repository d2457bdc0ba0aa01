"""Tests for presslens.actors: registry formats and side inference."""
from pathlib import Path

import pytest

from presslens.actors import load_actors
from presslens.config import DEFAULT_ACTORS

DEV2 = Path(__file__).resolve().parents[1] / "eval/dev2/actors.yaml"   # the repo's copy (eval/README.md)


@pytest.mark.parametrize("phrase,side", [
    ("Fahim Dashty", "resistance"), ("Taliban spokesman Bilal Karimi", "taliban"), ("resistance leaders", "resistance"),
    ("Italian aid group Emergency", "ngo"), ("the U.N. high commissioner for refugees", "un"), ("analysts", "expert"),
    ("managing editor of the Long War Journal", "expert"), ("Ulema council", "religious"), ("sources", None),
])
def test_side_of(phrase, side):
    assert load_actors(DEFAULT_ACTORS).side_of(phrase) == side


def test_dev2_multi_conflict():
    actors = load_actors(DEV2)
    assert len(actors.conflicts) == 5
    view = actors.for_article("d01_velmaria_orlevo_assault.txt")
    assert view.side_of("army") == "velmarian_gov"
    assert view.side_of("a senior Velmarian official") == "velmarian_gov"
    assert view.side_of("JDF commander") == "jezeran_front"
    assert view.side_of("Neighbouring Norvenia's foreign minister") == "foreign_gov"


def test_other_war_gets_no_belligerent():
    view = load_actors(DEFAULT_ACTORS).for_article("x.txt", "The Ukrainian army said Russian forces attacked Kharkiv.")
    assert view.side_of("army spokesman") is None

"""Lexicon (casualties.yaml `roles.civilian`, session 22): the singular of a civilian plural the list held only in
the plural ('fishermen', 'herdsmen' ...) is civilian too: 'murdering a fisherman' (us-caribbean-boat-strikes-2025,
real15/tolls), 'One Chinese herdswoman was killed' (sino-soviet-border-1969, real17/voices: the nationality had
made her China's). 'driver' is left out: the driver of a force's vehicle is that force's. Invented sentences in an
invented war (in none of the eval sets), with its own registry."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.rules import claims_in


def _registry() -> Actors:
    spec = {"sides": {"norland": "the Norlandic state and its army", "sudmark": "the Sudmarkian state and its army"},
            "countries": {"norland": ["Norland"], "sudmark": ["Sudmark"]}, "articles": ["example.txt"],
            "keywords": {"norland": ["Norlandic troops", "Norlandic"], "sudmark": ["Sudmarkian troops", "Sudmarkian"]}}
    return Actors([_conflict("norland-sudmark", spec)])


def _sides(text: str) -> list[tuple[str, int, str]]:
    return [(cat, low, side) for cat, low, _high, _vague, side in claims_in(text, _registry())]


@pytest.mark.parametrize("text, expected", [
    ("Sudmarkian troops shot dead a fisherman on the Vell estuary on Tuesday.", [("killed", 1, "civilian")]),
    ("One Norlandic herdswoman was killed by Sudmarkian fire, the protest note said.", [("killed", 1, "civilian")]),
    ("A shopkeeper was wounded when a shell hit the square.", [("wounded", 1, "civilian")]),
])
def test_a_civilian_singular_is_civilian(text, expected):
    assert _sides(text) == expected


def test_a_force_singular_keeps_its_side():
    assert _sides("One Norlandic soldier was killed by Sudmarkian fire, the protest note said.") == \
        [("killed", 1, "norland")]

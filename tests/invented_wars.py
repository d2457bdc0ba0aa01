"""Registries of invented wars shared by the speaker-side tests (no eval text names them)."""
from __future__ import annotations

from presslens.actors import Actors, _conflict

#: a state against a leftist guerrilla front (tests/test_rebel_word_speaker.py, tests/test_speaker_sides14.py)
CARSTOV = Actors([_conflict("carstov", {
    "articles": ["a.txt"],
    "sides": {"car_gov": "the Carstovan state: government, army, police",
              "mrf": "the Moravan Revolutionary Front (MRF), leftist guerrillas"},
    "countries": {"car_gov": ["Carstovia"]},
    "government_side": "car_gov", "rebel_side": "mrf",
    "keywords": {"car_gov": ["Carstovan army", "Carstovan"], "mrf": ["MRF", "Moravan Revolutionary Front"]}})])

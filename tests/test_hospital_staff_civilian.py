"""Rule `hospital_staff_civilian` (mentions.speaker_sides, asked in mentions.layer._entity): a speaker whose role is
held at a hospital, clinic or morgue speaks as a civilian (docs/annotation.md: hospital staff speaking as witnesses),
though an office word of the role ('officer', 'general hospital') or a place that is a side's word gave a warring side.
Found in three wars of the dev sets (liberia, aceh, panama-1989: five statements, all to the gold side). A force's own
hospital stays the force's. Invented sentences and an invented war."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.quotes import quotes_for_article

TARVOS = Actors([_conflict("tarvos", {
    "articles": ["a.txt"],
    "sides": {"tar_gov": "the Tarvosian state: government, army, police",
              "ulf": "the Upland Liberation Front (ULF), separatist rebels"},
    "government_side": "tar_gov", "rebel_side": "ulf",
    "keywords": {"tar_gov": ["Tarvosian army", "Kessel City"], "ulf": ["ULF", "Upland Liberation Front"]}})])


def _sides(text: str) -> list[str]:
    return [r["speaker_side"] for r in quotes_for_article("a.txt", text, actors=TARVOS)]


@pytest.mark.parametrize("text", [
    # a wire's unnamed staff; 'general' is an office word
    "Another four bodies were found on Sunday, staff at the general hospital said.",
    # a place that is a side's word before the hospital
    "More than 80 people were killed and 400 wounded, a Kessel City hospital administrator said.",
    # a named doctor with the hospital in his appositive, then 'he added'
    ("Joel Marten, the chief medical officer at the city's main St Luke hospital, said 120 patients had gunshot "
     "wounds. The morgue was full, he added."),
])
def test_hospital_staff_are_civilians(text):
    assert set(_sides(text)) == {"civilian"}


@pytest.mark.parametrize("text, side", [
    # a force's own hospital
    ("Nine soldiers died of their wounds, an officer at the army hospital in Kessel City said.", "tar_gov"),
    # an officer who only visited the hospital
    ("Nine soldiers were wounded, said Colonel Joel Marten, who visited the hospital on Monday.", "tar_gov"),
])
def test_other_speakers_at_hospitals_keep_their_side(text, side):
    assert _sides(text) == [side]


# session 15: a doctor, nurse or surgeon at a hospital is hospital staff too (dev: sampit-2001, one war: a widening of
# the rule's role words, not a family of its own); a force's own medical staff are not
@pytest.mark.parametrize("text, side", [
    # a named doctor whose appositive places him at a town's hospital, where the town is a side's word
    ("\"The corridors are full of the dying,\" said Piet Ansel, a doctor at the hospital in Kessel City.", "civilian"),
    ("Twelve bodies were brought in before noon, said Mara Voss, a surgeon at the Kessel City clinic.", "civilian"),
    # the force's own doctors keep the force's side
    ("Nine soldiers died of their wounds, said Piet Ansel, an army doctor at the hospital in Kessel City.", "tar_gov"),
    ("Nine soldiers died of their wounds, a doctor at the military hospital in Kessel City said.", "tar_gov"),
])
def test_medical_staff_at_a_hospital(text, side):
    assert _sides(text) == [side]

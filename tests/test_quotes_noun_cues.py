"""Two cue words that are no statement, met in rejoined hard-wrapped copy (quotes.cues `_cue_refused`): 'intelligence
reports that' (a noun compound, not 'X reports that') and a participle after an 'according to' attribution ('...,
according to the aid worker, indicating that ...': the fact indicates, nobody says).  Invented sentences about wars
in none of the eval sets (Angola, Colombia)."""

import pytest

from presslens.quotes import extract_quotes
from presslens.corpus import load_corpus


def _quotes(tmp_path, text):
    (tmp_path / "t.txt").write_text("Troops searched the area.\n" + text + "\n", encoding="utf-8")
    q = extract_quotes(load_corpus(str(tmp_path), workers=1, progress=False))
    return list(zip(q["speaker"], q["cue"]))


def test_intelligence_reports_that_is_a_noun(tmp_path):
    text = ("The alert followed weekend intelligence reports that UNITA had moved mortars to the hills above "
            "Kuito.")
    assert _quotes(tmp_path, text) == []


def test_participle_after_according_to_is_no_statement(tmp_path):
    text = ("Most of the 12 victims had machete wounds, according to a nurse in Apartado, indicating that the "
            "attackers had come on foot.")
    assert [cue for _, cue in _quotes(tmp_path, text)] == ["according to"]


@pytest.mark.parametrize("text", [
    "The army said 40 rebels were killed near Cuito, indicating that the offensive had stalled.",
    "The agency reports that 30 families fled the shelling of Huambo.",
])
def test_the_cues_still_work_elsewhere(tmp_path, text):
    assert _quotes(tmp_path, text)

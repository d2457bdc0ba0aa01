"""Rule `doubt_voiced` (presslens.quotes.reporting_senses) and the cue 'questioned' (data/lexicons/cues.yaml): a doubt
voiced is a statement; a person questioned, a passive and a clause's participle are not.

Invented sentences about wars in none of the eval sets (the Aden Emergency, the Katanga secession, the Dhofar war).
"""
import pytest

from presslens.quotes import quotes_for_article


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["cue"], r["text"]) for r in quotes_for_article("t.txt", text)]


@pytest.mark.parametrize("text, speaker, content_start", [
    ("Some Aden trade unionists questioned whether the curfew had been ordered by London.",
     "Aden trade unionists", "whether the curfew"),
    ("Mr. Moise Tshombe questioned the United Nations account of the fighting at the post office.",
     "Moise Tshombe", "the United Nations account"),
    ("The Sultan's adviser questioned Radio Cairo's figures for the dead.",
     "Sultan's adviser", "Radio Cairo's figures"),
])
def test_a_doubt_voiced_is_a_statement(text, speaker, content_start):
    rows = [r for r in _rows(text) if r[1] == "questioned"]
    assert rows, _rows(text)
    assert speaker.lower() in rows[0][0].lower() and rows[0][2].startswith(content_start)


@pytest.mark.parametrize("text", [
    "British troops questioned two suspects at the Crater checkpoint for several hours.",
    "When questioned, the driver said he had seen nothing of the ambush.",
    "The gendarmes' account, widely questioned by diplomats, gave no figure for the dead.",
    "Three villagers were questioned about the mine that killed the patrol.",
])
def test_an_interrogation_or_a_participle_is_no_statement(text):
    assert not [r for r in _rows(text) if r[1] == "questioned"], _rows(text)

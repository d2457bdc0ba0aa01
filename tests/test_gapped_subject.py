"""Rule `gapped_subject` (casualties/gapped_subject.py): a bare count joined to a count of another harm that names
its victims shares their noun ('Thirty civilians were killed and 102 wounded'). Sentences in the style of the Aden
Emergency's reports (1963-67), in none of the eval sets."""
import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.extract import extract_article

REG = Actors([_conflict("aden-emergency-1963", {
    "sides": {"britain": "the British forces in Aden: the army, the Royal Marines and the police",
              "nlf": "the National Liberation Front and its guerrillas"},
    "government_side": "britain", "rebel_side": "nlf", "articles": ["example.txt"],
    "keywords": {"britain": ["British troops", "Royal Marines"], "nlf": ["NLF"]}})])


def _rows(text):
    return [(r["category"], r["low"], r["victim_side"], r["side_by"])
            for r in extract_article("example.txt", text, actors=REG)]


#: the headline names the dead; the lead tells the same death in bare words (`restated_above` gives it the side) and
#: gaps its subject in the second conjunct: the first count's side only comes from a pass, so only this rule carries
#: it to the second
HEAD = "Royal Marine shot dead in Crater\nADEN - "


@pytest.mark.parametrize("text", [
    HEAD + "One person was killed and three wounded when gunmen fired on a patrol on Monday, the army said.",
    HEAD + "One person was killed, three wounded, when gunmen fired on a patrol on Monday.",
    HEAD + "One person was killed and three were wounded when gunmen fired on a patrol on Monday.",
    HEAD + "One person was killed while at least three were wounded when gunmen fired on a patrol on Monday.",
])
def test_gapped_subject(text):
    rows = _rows(text)
    assert rows[1][:3] == ("killed", 1, "britain")
    assert rows[2] == ("wounded", 3, "britain", "gapped_subject")


@pytest.mark.parametrize("text", [
    # the same harm twice: two groups, not one
    HEAD + "One person was killed in Crater and three killed in Sheikh Othman on Monday.",
    # `others`: not the same people
    HEAD + "One person was killed and three others wounded when gunmen fired on a patrol.",
    # the active verb's object gapped: not read
    HEAD + "Gunmen killed one person in Crater on Monday and wounded three, the army said.",
    # another sentence: no gapping across a full stop
    HEAD + "One person was killed on Monday. Three wounded were taken to the hospital at Steamer Point.",
])
def test_gapped_subject_refuses(text):
    rows = _rows(text)
    assert all(by != "gapped_subject" for *_, by in rows)
    assert rows[-1][2] == "unknown"

"""Rule `pronoun_victim` (casualties/pronoun_victim.py): a victim told as `he` or `she` ('He had been shot in the
heel') has the side of the person named last before the pronoun. Sentences in the style of the Shifta war's reports
(Kenya, 1963-67), in none of the eval sets."""
import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.extract import extract_article

REG = Actors([_conflict("shifta-war-1963", {
    "sides": {"kenya_gov": "the Kenyan government, its police and army",
              "nfdlm": "the Northern Frontier District Liberation Movement and its shifta fighters"},
    "government_side": "kenya_gov", "rebel_side": "nfdlm", "articles": ["example.txt"],
    "keywords": {"kenya_gov": ["Kenyan police", "Kenya Rifles"], "nfdlm": ["NFDLM", "shifta"]},
    "actors": [{"name": "Daniel Otieno", "side": "media", "kind": "person", "role": "Nation photographer"},
               {"name": "Abdi Gure", "side": "nfdlm", "kind": "person", "role": "NFDLM commander"}]})])


def _pronoun_rows(text):
    return [(r["victim_side"], r["side_by"]) for r in extract_article("example.txt", text, actors=REG)
            if r["text"].lower().startswith(("he ", "she "))]


@pytest.mark.parametrize("text, expected", [
    # a registry person by the surname, in the pronoun's own sentence
    ("Otieno was photographing the burned market at Wajir when he was shot.", [("media", "pronoun_victim")]),
    # a registry person in the sentence before
    ("Police said Abdi Gure was taken to the district hospital at Garissa on Monday. He had been shot twice.",
     [("nfdlm", "pronoun_victim")]),
    # a person of no registry entry, described by an apposition whose role word is the state's
    ("The radio said Peter Kamau, a police inspector posted to Moyale, was flown to Nairobi. He had been shot in "
     "the chest.", [("kenya_gov", "pronoun_victim")]),
])
def test_pronoun_victim(text, expected):
    assert _pronoun_rows(text) == expected


@pytest.mark.parametrize("text", [
    # another single victim told between the person and the pronoun: the pronoun may be that victim
    "Abdi Gure told reporters that a herdsman was killed near Mandera. He was shot in the back.",
    # the person named last has no side: no apposition, no registry entry
    "Ali Hassan, 40, said he was shot by raiders near Isiolo.",
])
def test_pronoun_victim_refuses(text):
    assert all(by != "pronoun_victim" for _, by in _pronoun_rows(text))

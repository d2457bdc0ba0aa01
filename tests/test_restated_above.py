"""Rule `restated_above` (casualties/restated_above.py): a count told again with no words of its victims ('eight
bodies', 'bodies of two comrades', 'One person was killed') takes the side of the same count told just before it in
words that name them. Sentences in the style of the Shifta war's reports (Kenya, 1963-67), in none of the eval
sets."""
import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.extract import extract_article

REG = Actors([_conflict("shifta-war-1963", {
    "sides": {"kenya_gov": "the Kenyan government, its police and army",
              "nfdlm": "the Northern Frontier District Liberation Movement and its shifta fighters"},
    "government_side": "kenya_gov", "rebel_side": "nfdlm", "articles": ["example.txt"],
    "keywords": {"kenya_gov": ["Kenyan police", "Kenya Rifles", "Kenyan troops"], "nfdlm": ["shifta", "NFDLM"]}})])


def _rows(text):
    return [(r["low"], r["victim_side"], r["side_by"]) for r in extract_article("example.txt", text, actors=REG)]


@pytest.mark.parametrize("text, expected", [
    # the headline names the dead, the body counts their bodies
    ("Eight NFDLM fighters killed in Garissa clash\nGARISSA, Kenya - A patrol of the Kenya Rifles found eight "
     "bodies on Sunday after a night of firing near the town, officials said.",
     [(8, "nfdlm", "side_of_words"), (8, "nfdlm", "restated_above")]),
    # the next sentence tells the same two again as 'comrades'
    ("Two Kenyan policemen were killed in an ambush near Wajir on Friday. The bodies of two comrades were flown to "
     "Nairobi on Saturday.", [(2, "kenya_gov", "side_from_role"), (2, "kenya_gov", "restated_above")]),
    # one death: the headline's victim told again in the lead
    ("Policeman shot dead in Mandera\nMANDERA, Kenya - One person was killed on Tuesday night, officials said.",
     [(1, "kenya_gov", "side_from_role"), (1, "kenya_gov", "restated_above")]),
])
def test_restated_above(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    # another count of the harm between: the last count before is the restated one or nothing is
    "The raiders fled north. Seven NFDLM fighters were killed in the fighting. Later two soldiers died of wounds. "
    "The army said it had buried seven bodies.",
    # the later count's own words name other people
    "Seven NFDLM fighters were killed near Isiolo on Monday. Police said seven herdsmen were killed too.",
    # one death past the article's opening: a log's later item is no earlier item's
    "The district was quiet for a week. Rain fell. A Kenyan policeman was shot dead in Moyale on Monday, police "
    "said. Trade resumed at the market. The shops closed. One person was killed in the town on Tuesday.",
])
def test_restated_above_refuses(text):
    assert all(by != "restated_above" for *_, by in _rows(text))
    assert _rows(text)[-1][1] == "unknown"

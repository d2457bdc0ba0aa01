"""Rule `mixed_kinds_one_count` (casualties/mixed_counts.py): one count over civilians and a force's men is a mixed
count, `unknown` (docs/annotation.md). Sentences of the Aden emergency (1963-1967), in none of the eval sets."""
import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.rules import claims_in

REG = Actors([_conflict("aden", {"sides": {"uk_gov": "British forces in Aden", "nlf": "the National Liberation Front"},
                                 "government_side": "uk_gov", "rebel_side": "nlf", "articles": ["example.txt"],
                                 "keywords": {"nlf": ["NLF"], "uk_gov": ["British"]}})])


@pytest.mark.parametrize("text", [
    "Many policemen and civilians were killed when the grenade went off in Crater.",
    "Some civilians and British soldiers were wounded in the blast at Ma'alla.",
    "Scores of shopkeepers and gunmen were wounded in the crossfire.",
])
def test_one_count_of_two_kinds_is_mixed(text):
    assert [c[-1] for c in claims_in(text, REG)] == ["unknown"]


@pytest.mark.parametrize("text, sides", [
    # two counts, each its own claim with its own side
    ("Eighteen civilians and one British soldier were killed.", ["civilian", "uk_gov"]),
    # one kind only
    ("Many women and children were killed when the village was shelled.", ["civilian"]),
    ("Many soldiers and policemen were killed in the ambush.", ["uk_gov"]),
    # no coordination: a force's men described by a civilian word
    ("Four women fighters of the NLF were killed.", ["nlf"]),
])
def test_not_taken(text, sides):
    assert [c[-1] for c in claims_in(text, REG)] == sides

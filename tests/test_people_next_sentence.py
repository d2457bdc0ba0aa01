"""Rule `people_next_sentence` (casualties/people.py, asked by victims._side_from_context): a count of `people`,
`bodies` or `lives` with no words of who takes the civilians of the last count only from the sentence right before
it; an elided count ('Two died', 'the dead') still takes them from further back. Sentences in the style of the
Biafran war's wire copy (1967-1970), in none of the eval sets."""
import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.rules import claims_in

REG = Actors([_conflict("biafra", {
    "sides": {"fmg": "the Federal Military Government of Nigeria and its army", "biafra": "the Biafran secessionists"},
    "government_side": "fmg", "rebel_side": "biafra", "articles": ["example.txt"],
    "keywords": {"fmg": ["federal troops"], "biafra": ["Biafran troops"]}})])

MARKET = "A shell hit the market at Umuahia on Monday, killing 30 civilians. "


@pytest.mark.parametrize("text, sides", [
    # the sentence right before: the same event's victims
    (MARKET + "Another 12 people were wounded.", ["civilian", "civilian"]),
    # two sentences on, a count of people of its own: another event, nobody said who
    (MARKET + "The town was quiet on Tuesday. Nine people were killed near Owerri on Wednesday.",
     ["civilian", "unknown"]),
    (MARKET + "The town was quiet on Tuesday. Relief workers later counted 14 bodies near Owerri.",
     ["civilian", "unknown"]),
])
def test_people_take_civilians_of_the_sentence_before_only(text, sides):
    assert [c[-1] for c in claims_in(text, REG)] == sides


def test_an_elided_count_still_reaches_back():
    text = MARKET + "The town was quiet on Tuesday. Two more died in hospital on Wednesday."
    assert [c[-1] for c in claims_in(text, REG)] == ["civilian", "civilian"]

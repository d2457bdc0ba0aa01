"""Rule `our_side_against_named` (casualties/our_side.py): losses a writer calls his side's ('our soldiers', 'on our
side') with no claimant side found are the foe of the one belligerent named in the third person. Sentences in the
style of the Third Anglo-Ashanti War's despatches (1873-74) and of a guerrilla veteran's interview, in none of the
eval sets."""
import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.rules import claims_in

REG = Actors([_conflict("ashanti-1873", {
    "sides": {"british": "the British expedition under Sir Garnet Wolseley, its regiments and levies",
              "ashanti": "the Ashanti kingdom of Kofi Karikari and its warriors"},
    "government_side": "british", "rebel_side": "ashanti", "articles": ["example.txt"],
    "keywords": {"british": ["Highlanders", "British"], "ashanti": ["Ashantis", "Ashanti"]},
    "actors": [{"name": "Sir Garnet Wolseley", "side": "british", "kind": "person"}]})])


def _sides(text):
    return [(c[0], c[-1]) for c in claims_in(text, REG)]


@pytest.mark.parametrize("text, expected", [
    # the foe named in the same sentence: 'our' men are the other side's
    ("Then the Highlanders fired on us and killed four of our soldiers.", [("killed", "ashanti")]),
    # the foe named in the sentence before; 'on our side' after the count
    ("A great body of Ashantis pressed upon the column at the river. No casualties occurred on our side.",
     [("casualties", "british")]),
    # the foe named only in the next sentence, the loss owned by 'our' before the counts
    ("He puts our loss at the river at 40 killed. The Ashantis lost more than we did.",
     [("killed", "british")]),
])
def test_our_side_against_named(text, expected):
    assert _sides(text) == expected


@pytest.mark.parametrize("text, sides", [
    # both sides named around it: no one foe
    ("The Highlanders and the Ashantis fought at the ford. No casualties occurred on our side.", ["unknown"]),
    # no side named at all
    ("The column was fired upon at dawn. No casualties occurred on our side.", ["unknown"]),
    # 'our people': a nation's people, not its force
    ("The Highlanders hold them, and 64 of our people are still captives.", ["unknown"]),
    # 'our' not the victims' owner: their own words decide
    ("Our scouts report that the Highlanders killed 12 Ashantis.", ["ashanti"]),
])
def test_not_ours(text, sides):
    assert [c[-1] for c in claims_in(text, REG)] == sides

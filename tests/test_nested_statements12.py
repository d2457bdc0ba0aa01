"""Session 12's nested statements (docs/rules.md "Session 12: nested statements"): rule `inner_comment_clause`
(quotes.inner_clause), a comment clause `, as X (has) claimed` or `what X say is ...` inside a sentence is a
statement of its own, and the statement around it ends where the comment starts. Every sentence is composed for
the test in the manner of copy from wars in no eval set (the Biafran war, the Ogaden 1977, Aceh 1990s, Dhofar);
every name is invented."""
from __future__ import annotations

import pytest

from presslens.mentions.lexicon import _cues
from presslens.quotes import quotes_for_article
from presslens.quotes.inner_clause import inner_comment_items


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["cue"], r["text"]) for r in quotes_for_article("a.txt", text)]


@pytest.mark.parametrize("text, outer, inner", [
    ("The federal command denied shelling the market at Owerri, as relief workers have claimed, but it closed "
     "the road to reporters.",
     ("federal command", "denied", "shelling the market at Owerri"),
     ("relief workers", "claimed", "shelling the market at Owerri")),
    ("The Red Cross said 300 families had left Jijiga in two days, as part of what the herders say is a flight "
     "from the air raids.",
     ("Red Cross", "said", "300 families had left Jijiga in two days, as part of"),
     ("herders", "say", "is a flight from the air raids")),
    ("The army reported four soldiers dead and nine hurt - not the 30 dead as the rebel front claimed on Sunday.",
     ("army", "reported", "four soldiers dead and nine hurt - not the 30 dead"),
     ("rebel front", "claimed", "not the 30 dead")),
], ids=["as X have claimed", "what X say is", "as X claimed on Sunday, after a dash"])
def test_comment_clause_is_a_statement_of_its_own(text, outer, inner):
    rows = _rows(text)
    assert outer in rows
    assert inner in rows
    assert len(rows) == 2


def test_comment_clause_alone_in_its_sentence():
    assert _rows("Troops fired on the crowd in Lhokseumawe, as villagers insist.") == [
        ("villagers", "insist", "Troops fired on the crowd in Lhokseumawe")]


def test_inner_row_names_its_rule():
    rows = quotes_for_article("a.txt", "The governor denied burning the villages, as the refugees have alleged.")
    assert [r["found_by"] for r in rows] == ["subject before the cue", "inner_comment_clause"]


@pytest.mark.parametrize("text", [
    "The rebels shelled Salalah on Tuesday as the army said it had retaken the airstrip.",   # a cue with its object
    "The fighting went on as the envoy said on Monday that talks were over.",                 # 'that' after the adjunct
    "Aid reached Enugu as well as the army said it would.",                                   # 'as well as'
    "What the minister said was not recorded.",                                               # the cue before the copula only after 'what'
    "The commander repeated what the rebels said.",                                           # 'what X said' as an object
    "As the army said, the road is cut.",                                                     # no clause before it to take
], ids=["cue with object", "adjunct then that", "as well as", "what-clause subject", "what as object", "sentence-initial As"])
def test_not_a_comment_clause(text):
    assert inner_comment_items(text, 0, len(text), [], _cues()[0]) is None


def test_ordinary_cue_after_as_keeps_its_own_content():
    rows = _rows("Two villages burned near Salalah as the army said it had retaken the airstrip.")
    assert [(cue, text) for _, cue, text in rows] == [("said", "it had retaken the airstrip")]   # no comment row


# -- rule `passive_inside_statement` (quotes.inner_clause) ---------------------------------------------------------

@pytest.mark.parametrize("text, outer, inner", [
    ("Kessa accused Tarvian troops of crossing the river at night, an accusation which is denied by Tarvia.",
     ("Kessa", "accused", "Tarvian troops of crossing the river at night"),
     ("Tarvia", "denied", "an accusation")),
    ("The front has also denied the death of a senior commander reported by some local radios.",
     ("front", "denied", "the death of a senior commander"),
     ("some local radios", "reported", "the death of a senior commander")),
    ("Responsibility for the raid, which set off a gunfight that some villagers said lasted an hour, was claimed "
     "by the Dhofar Liberation Front, a hardline faction.",
     ("some villagers", "said", "lasted an hour"),
     ("Dhofar Liberation Front", "claimed", "Responsibility for the raid")),
], ids=["which is denied by", "reported by (no auxiliary)", "was claimed by after a relative"])
def test_passive_inside_another_statement_is_its_agents(text, outer, inner):
    rows = _rows(text)
    assert outer in rows
    assert inner in rows


@pytest.mark.parametrize("text", [
    "The governor said the raid was confirmed by the police.",       # 'confirmed by': not a statement of its own
    "Kessa said the attack on the depot was reported by Tarvian radio.",     # the subject holds the cue: Kessa's
], ids=["confirmed by", "said ... was reported by"])
def test_passive_that_stays_in_the_statement(text):
    rows = quotes_for_article("a.txt", text)
    assert [r["found_by"] for r in rows if r["found_by"] == "passive_inside_statement"] == []
    assert len(rows) == 1


# -- rule `coordinated_names_apart` (mentions.names) ---------------------------------------------------------------

def test_a_coordination_of_two_names_is_no_fuller_name():
    text = ("Fighting between soldiers of Kessa and Tarvia\n\nTarvia denied the charge on Friday. "
            "Kessa said 40 of its soldiers had died.")
    assert [r["speaker"] for r in quotes_for_article("a.txt", text)] == ["Tarvia", "Kessa"]


def test_a_headline_clause_is_no_fuller_name():
    text = "Biafra Says Nigeria Ignores Truce\n\nNigeria insisted on Monday that the truce held."
    assert [r["speaker"] for r in quotes_for_article("a.txt", text)] == ["Nigeria"]


def test_a_fuller_name_is_still_taken():
    text = "Colonel Emeka Odumegwu spoke first in Enugu. On Monday, Odumegwu said the road was open."
    assert [r["speaker"] for r in quotes_for_article("a.txt", text)] == ["Emeka Odumegwu"]

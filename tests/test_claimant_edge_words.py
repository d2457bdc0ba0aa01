"""Session 21's claimant rule `claimant_edge_words` (casualties.claimant_shapes; docs/rules.md "Session 21: claimants
on fresh copy"): a source phrase holds no word at its edge that no speaker's name can hold: its own cue verb ('denied
the guerrillas', 'Navy disputes'), a time adverbial before its subject ('on Friday Paraguay'), an adverb glued on by a
dash ('Juan Ayala–also'); a quote row's speaker that opens on its cue verb ('said independent counts') took the verb's
object, and the claim is the subject's before the verb.

Texts invented in the styles of the Chaco War, the Aden emergency and the Cristero War (wars in none of the eval
sets); every name invented."""
from __future__ import annotations

import pytest

from claim_families import CLAIMANT_BY, columns
from presslens.casualties.claimant_shapes import claimant_edge_words, document_author, opens_on_cue_verb


def claimants(text: str, article: str = "edge21.txt") -> list[tuple]:
    """(category, low, claimant, claimant_by) of each claim of `text`, with the quote rows it gives."""
    return columns(text, CLAIMANT_BY, article=article, quotes=True)


def test_subject_before_its_verb_in_a_quote_row():
    text = ("ADEN, Jan. 9 -- Father Tomas Lyle, the colony's senior Catholic chaplain, said independent counts put the "
            "number of dead at 31 in Sheikh Othman. \"We buried them ourselves,\" he said.\n")
    got = claimants(text, "aden_chaplain.txt")
    assert any(c == "killed" and n == 31 and who and who.endswith("Tomas Lyle") for c, n, who, _ in got), got
    assert not any(who and who.startswith("said") for _, _, who, _ in got), got


def test_time_before_the_owner_of_a_denied_claim():
    text = ("ASUNCION, June 3 -- Bolivia rejected on Friday Paraguay's claim that it killed 400 Bolivian soldiers at "
            "Boqueron, calling it war propaganda.\n")
    got = claimants(text, "chaco_denial.txt")
    assert any(n == 400 and who == "Paraguay" for _, n, who, _ in got), got


@pytest.mark.parametrize("phrase, expected", [
    ("denied the guerrillas", "the guerrillas"),
    ("Navy disputes", "Navy"),
    ("on Friday Paraguay", "Paraguay"),
    ("late on Sunday the Cristeros", "late on Sunday the Cristeros"),    # (a lower-case subject: left as found)
    ("Juan Ayala–also", "Juan Ayala"),
    ("said the federal garrison", "the federal garrison"),
])
def test_edge_words_go(phrase, expected):
    assert claimant_edge_words(phrase) == expected


@pytest.mark.parametrize("phrase", [
    # what the rule must NOT take: names and noun phrases whose edge word is theirs
    "Independent on Sunday", "Sunday Times", "Saidu Kamara", "press reports", "rebel claims", "the United States",
    "Anglo-Egyptian", "Told Ayala", "Mission of the Red Cross", "says", "official reports", "Colonel Said Haidar",
])
def test_names_stay_whole(phrase):
    assert claimant_edge_words(phrase) == phrase


def test_opens_on_cue_verb():
    assert opens_on_cue_verb("said independent counts")
    assert not opens_on_cue_verb("Saidu Kamara")
    assert not opens_on_cue_verb("Said Haidar")     # a name, capitalised: no verb of the cue


# --- rule `document_author` (casualties.claimant_shapes): a document named by its author is the author's claim ---

def test_author_of_a_document_before_its_noun():
    text = ("ADEN, Jan. 9 -- Two more detainees died in Al Mansoura overnight, the High Commission said, after an "
            "earlier Federal Health Ministry announcement which reported 12 deaths in the camp.\n")
    got = claimants(text, "aden_ministry.txt")
    assert any(n == 12 and who == "Federal Health Ministry" for _, n, who, _ in got), got


def test_author_of_a_publication_after_its_noun():
    text = ("The Paraguayan War Institute keeps the archive of the campaign. According to a publication of the "
            "Institute, 300 soldiers were killed at Nanawa.\n")
    got = claimants(text, "chaco_institute.txt")
    assert any(n == 300 and who in ("the Institute", "Paraguayan War Institute") and by == "document_author"
               for _, n, who, by in got), got


@pytest.mark.parametrize("phrase, expected", [
    ("an earlier Federal Health Ministry announcement", "Federal Health Ministry"),
    ("the army’s statement", "the army"),
    ("The navy's latest communique", "The navy"),
    ("a publication of the Paraguayan War Institute", "the Paraguayan War Institute"),
    ("a statement from the Bolivian General Staff", "the Bolivian General Staff"),
])
def test_document_author(phrase, expected):
    assert document_author(phrase) == expected


@pytest.mark.parametrize("phrase", [
    # what the rule must NOT take: a nationality's or a country's document, a lone 'Government', no author at all
    "a Bolivian report", "the Paraguayan communique", "the U.S. report", "a Government communique", "press reports",
    "official figures", "the report", "a statement", "Radio Asuncion", "the Health Ministry",
    "a report of 300 dead",
])
def test_document_without_author_stays(phrase):
    assert document_author(phrase) is None

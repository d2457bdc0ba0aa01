"""Session 27's rule `indefinite_document` (mentions/indefinite_document.py, asked by mentions.kinds `_anaphor`): a
document named with an indefinite determiner ('A terse statement said', 'One report said', 'Another report
indicated') is a new one, not the last speaker's; with no author given in the article it is its own speaker. Every
sentence is composed for the test in the manner of copy from wars in no eval set (the Katanga secession 1961, the
Ifni War 1957, the Aden Emergency 1965); every name is invented."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.quotes import quotes_for_article

KATANGA = Actors([_conflict("katanga", {
    "articles": ["a.txt"],
    "sides": {"onuc": "United Nations forces in the Congo", "katanga": "Katangese gendarmerie and government"},
    "keywords": {"onuc": ["United Nations"], "katanga": ["Katangese"]}})])


def _row(text: str, words: str) -> dict:
    return next(r for r in quotes_for_article("a.txt", text, actors=KATANGA) if r["text"].startswith(words))


@pytest.mark.parametrize("text, words, speaker", [
    # Katanga: the last body that spoke is the UN command; the statement after it is a new, authorless one
    ("The United Nations command said its troops had cleared the road to the airport. A short two-paragraph "
     "statement said Katangese gendarmes had lost eleven men in the night.", "Katangese gendarmes",
     "a short two-paragraph statement"),
    # Ifni: 'another report' says outright that it is not the agency's
    ("Nine Spanish legionaries were killed near the post, the Colonial Press Agency said. Another report indicated "
     "that the post had been relieved by sea.", "the post had been relieved", "another report"),
    # Aden: 'one report' among conflicting reports that no one was credited with
    ("There were conflicting reports on the fate of the sheikh, whom the High Commission had named a rebel. One "
     "report said the sheikh had crossed into Yemen.", "the sheikh had crossed", "one report"),
], ids=["a statement after the UN command", "another report after an agency", "one report of conflicting reports"])
def test_an_indefinite_document_is_its_own_speaker(text, words, speaker):
    row = _row(text, words)
    assert row["speaker"] == speaker
    assert row["speaker_by"] == "indefinite_document"


@pytest.mark.parametrize("text, words, speaker", [
    # the definite document takes up the last body that spoke, as before
    ("The United Nations command said its troops had cleared the road. The statement said Katangese gendarmes "
     "had lost eleven men.", "Katangese gendarmes", "United Nations command"),
    # 'one statement' of 'two statements' credited to the command: the command's (rule `credited_document`)
    ("In two statements sent to the press in Elisabethville, the Katangese Ministry of Defence accused the United "
     "Nations of firing on a hospital. Six gendarmes died at the tunnel, one statement said.", "Six gendarmes",
     "Katangese Ministry of Defence"),
    # an author in the document's own words is its speaker ('a statement from the ministry')
    ("A statement from the Katangese Ministry of Defence said six gendarmes had died at the tunnel.",
     "six gendarmes", "Katangese Ministry of Defence"),
], ids=["the statement", "one of two credited statements", "a statement from X"])
def test_documents_that_keep_their_author(text, words, speaker):
    row = _row(text, words)
    assert speaker.lower() in row["speaker"].lower()
    assert row["speaker_by"] != "indefinite_document"

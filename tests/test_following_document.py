"""Rule `following_document_issuer` (presslens.quotes.following_document, asked by quotes.speakers): the speaker of
a statement announced by a colon after a clause that hands on 'the following <document>' is the document's author:
the subject of the issuing verb ('issued', 'sent', a paper's 'has'), or the 'from' phrase after the document
('received the following dispatch from Y'), or the agent of the passive ('was issued by Y').

Invented sentences about wars in none of the eval sets (the Zanzibar revolution, the First Balkan War, the Boxer
rising).
"""
import pytest

from presslens.quotes import quotes_for_article
from presslens.quotes.following_document import author_after_comma, following_document_issuer


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(r["speaker"], r["cue"], r["speaker_by"], r["text"]) for r in quotes_for_article("t.txt", text)]


@pytest.mark.parametrize("text, speaker, content", [
    ("The Revolutionary Council last night issued the following statement: \u201cThe Sultan has fled. The island is "
     "in the hands of the people.\u201d Shops stayed shut in Stone Town.",
     "revolutionary council", "The Sultan has fled. The island is in the hands of the people."),
    ("Tientsin, June 20.\u2014The Consul has received the following dispatch from Admiral Seymour, dated June 17: "
     "\u201cThe column is held up at Langfang. Sixty men are wounded.\u201d The railway is cut.",
     "seymour", "The column is held up at Langfang. Sixty men are wounded."),
    ("The Mir has the following on the battle of Lule Burgas: \u201cThe Turkish left gave way at dawn. The "
     "pursuit goes on.\u201d The Porte denies it.",
     "mir", "The Turkish left gave way at dawn. The pursuit goes on."),
    ("The following communique was issued by the Bulgarian general staff tonight: \u201cOur troops have taken "
     "Kirk Kilisse. The enemy is in flight.\u201d The Porte denies it.",
     "bulgarian general staff", "Our troops have taken Kirk Kilisse. The enemy is in flight."),
    ("The Temps publishes the following letter from General Savov: \u201cThe army has done its duty. Adrianople "
     "will fall.\u201d The Porte denies it.",
     "savov", "The army has done its duty. Adrianople will fall."),
])
def test_the_author_of_the_following_document_speaks(text, speaker, content):
    rows = [r for r in _rows(text) if r[1] == ":"]
    assert len(rows) == 1, _rows(text)
    assert speaker in rows[0][0].lower() and rows[0][2] == "following_document_issuer", rows
    assert rows[0][3] == content


def test_a_dated_dispatch_is_one_clause():
    """'dated Sept. 9:': the abbreviation's stop is no sentence end for `colon_quote_closes` (quotes.spans), so the
    clause before the colon is whole and the quote is the dispatch's."""
    text = ("Sofia, Oct. 30.\u2014The King has received the following message from General Dimitriev, dated Oct. 28: "
            "\u201cThe enemy is retreating on Chorlu. Our losses are heavy.\u201d The Porte denies it.")
    rows = [r for r in _rows(text) if r[1] == ":"]
    assert [(r[0], r[3]) for r in rows] == [("General Dimitriev", "The enemy is retreating on Chorlu. Our losses "
                                                                 "are heavy.")]


@pytest.mark.parametrize("text", [
    # a receiver with no author: the rule leaves the phrase (the receiver does not speak)
    "The Legation has received the following telegram: \u201cAll is quiet in the quarter. The guards hold.\u201d "
    "The railway is cut.",
    # a name and a role before the colon: the credit's comma cut, not this rule
    "Colonel John Okello, the rebels' commander: \u201cWe hold the radio station.\u201d",
])
def test_phrases_the_rule_leaves(text):
    rows = _rows(text)
    assert rows and all(r[2] != "following_document_issuer" for r in rows)
    assert all("Legation" not in r[0] or "following" in r[0] for r in rows)     # (no receiver cut out as speaker)


def test_a_relative_clause_after_the_subject_keeps_the_comma_cut():
    text = ("Mr. Karume, who was at the palace, sent the following message to the people: \u201cStay in your homes. "
            "The fighting is over.\u201d The curfew stands.")
    rows = [r for r in _rows(text) if r[1] == ":"]
    assert len(rows) == 1 and "Karume" in rows[0][0], rows


@pytest.mark.parametrize("phrase, speaker", [
    ("The Revolutionary Council has also issued the following statement", "The Revolutionary Council"),
    ("The Legation has received the following dispatch from Admiral Seymour", "Admiral Seymour"),
    ("The Grand Vizier read out the following proclamation", "The Grand Vizier"),
    ("The Revolutionary Council broadcast the following appeal from President Karume to the people",
     "President Karume"),
    ("Fighting resumed on the following day", None),
    ("The Legation has received the following telegram", None),
    ("the following brief radio message was received", None),
    ("The Legation quoted the following", None),
])
def test_following_document_issuer(phrase, speaker):
    span = following_document_issuer(phrase)
    assert (phrase[span[0]:span[1]] if span else None) == speaker


def test_author_after_comma():
    p = "Peking, June 20.--The Consul has received the following dispatch from Admiral Seymour, dated June 17"
    assert author_after_comma(p, p.index(","))
    p = "Mr. Karume, who was at the palace, sent the following message"
    assert not author_after_comma(p, p.index(","))

"""Rule `colon_quote_closes` (presslens.quotes.spans): a quote announced by a colon and closed with a stop ends its
sentence, so the announcing clause is its credit and the prose after it is the next sentence.

Invented sentences about wars in none of the eval sets (the Aden Emergency, the Katanga secession, the
Franco-Prussian war).
"""
import pytest

from presslens.quotes import quotes_for_article


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(r["speaker"], r["cue"], r["kind"], r["text"]) for r in quotes_for_article("t.txt", text)]


@pytest.mark.parametrize("text, speaker, content", [
    ("The High Commissioner in Aden last night issued the following communique: \u201cTerrorists threw a grenade "
     "into a bus at Crater. Two Arab passengers were hurt.\u201d Troops sealed off the district.",
     "high commissioner", "Terrorists threw a grenade into a bus at Crater. Two Arab passengers were hurt."),
    ("Versailles, Jan. 12.\u2014The King has received the following despatch from General von Manteuffel: "
     "\"The enemy has been driven back across the Loire.\" The weather is severe.",
     "manteuffel", "The enemy has been driven back across the Loire."),     # (following_document_issuer)
    ("Mr. Tshombe sent the following message to the United Nations: \u201cKatanga will defend its frontiers.\u201d "
     "He then left for Kolwezi.",
     "tshombe", "Katanga will defend its frontiers."),
])
def test_a_quote_after_a_colon_closes_its_sentence(text, speaker, content):
    rows = _rows(text)
    direct = [r for r in rows if r[2] == "direct"]
    assert direct, rows
    assert direct[0][3] == content
    if speaker:     # (which noun phrase before the colon speaks is the colon credit's, not this rule's)
        assert speaker in direct[0][0].lower()
    # the prose after the quote is not part of the statement
    assert all("Troops sealed" not in r[3] and "weather" not in r[3] and "Kolwezi" not in r[3] for r in rows)


@pytest.mark.parametrize("text", [
    "Communique: \u201cTerrorists threw a grenade into a bus at Crater.\u201d Troops sealed off the district.",
    "The High Commissioner said \u201cthe curfew stands.\u201d Troops sealed off the district.",
    "On receiving the prisoners, the Katangese officer signed a receipt which bore the words: \u201cReturned to the "
    "United Nations at Elisabethville.\u201d Troops sealed off the district.",
])
def test_no_clause_before_the_colon_or_no_colon(text):
    """A bare heading before the colon is no credit, a quote inside prose stays `quote_closes_sentence`'s, and a
    fronted gerund adverbial is no speaker (rule `gerund_adverbial`)."""
    rows = _rows(text)
    assert all(r[1] != ":" for r in rows)
    assert all("Troops sealed" not in r[3] for r in rows)

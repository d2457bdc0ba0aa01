"""Session 24, the speaker phrase's bounds (docs/rules.md "Session 24: the speaker phrase's bounds"): an adverb that
closes the subject before its verb (`... both said`, `Press reports here said`, `X–also said`) is no word of the
speaker (rule `adverb_out_of_subject`, quotes.adverb_bounds, asked by quotes.speakers `_adverb_cut`). Made-up
sentences in the manner of wars no eval set holds (the Western Sahara war of 1975-91, the Yemeni civil war of 1994),
positive and negative."""
from __future__ import annotations

from presslens.quotes import quotes_for_article
from presslens.quotes.adverb_bounds import adverb_out_of_subject


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["speaker_by"]) for r in quotes_for_article("t.txt", text)]


def test_both_after_coordination():
    text = "Sahrawi sources and Moroccan army spokesmen both said 30 men were killed near Guelta Zemmur.\n"
    assert ("sahrawi sources and Moroccan army spokesmen", "adverb_out_of_subject") in _speakers(text)


def test_here_after_unnamed_source():
    text = "ADEN, May 12. Press reports here said 30 northern soldiers were killed near Lahej.\n"
    assert ("press reports", "adverb_out_of_subject") in _speakers(text)


def test_not_taken():
    """A noun closing the phrase, 'Both sides' (no coordination), an adverb alone: left."""
    assert adverb_out_of_subject("the Aden correspondent") is None
    assert adverb_out_of_subject("Both sides") is None
    assert adverb_out_of_subject("also") is None
    text = "Both sides claimed 30 men were killed near Lahej.\n"
    assert all(by != "adverb_out_of_subject" for _, by in _speakers(text))

"""Session 11's document family (docs/rules.md "Session 11 ... Documents and their authors"): rule
`credited_document` (mentions.coref, mentions.layer._document), 'the statement said' with no author clause is
the speaker of the latest statement whose credit carried that document. Every sentence is composed for the test
in the manner of copy from wars in no eval set (Chaco 1932-35, Cenepa 1995, Lesotho 1998); every name is
invented."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.mentions.coref import credited_document
from presslens.quotes import quotes_for_article

CENEPA = Actors([_conflict("cenepa", {
    "articles": ["a.txt"],
    "sides": {"ecuador": "Ecuador's armed forces and government", "peru": "Peru's armed forces and government"},
    "keywords": {"ecuador": ["Ecuadorean"], "peru": ["Peruvian"]}})])


def _rows(text: str) -> list[dict]:
    return quotes_for_article("a.txt", text, actors=CENEPA)


def _speaker_of(text: str, words: str) -> dict:
    return next(r for r in _rows(text) if r["text"].startswith(words))


@pytest.mark.parametrize("text, words, speaker", [
    # Chaco: the credit fronted, its subject a common noun the author patterns (coref.author_before) do not take
    ("Paraguayan troops took the fort at dawn. In a statement released late on Monday, the field command said its "
     "men had lost nine soldiers at the river crossing. Two patrols were still missing, the statement said.",
     "Two patrols", "field command"),
    # Cenepa: the document of the credit is another word for the statement ('communiqué')
    ("Four soldiers died at the Tiwinza post, according to a communiqué issued by the Joint Command of the Armed "
     "Forces. According to the statement, the post was still held.", "the post was still held",
     "Joint Command of the Armed Forces"),
    # Lesotho: 'said in a statement' after the speaker, then 'the statement added'
    ("The Maseru police said in a statement that six looters had been shot in the capital overnight. Shops in "
     "the centre stayed shut, the statement added.", "Shops in", "Maseru police"),
], ids=["fronted in a statement", "communiqué then statement", "said in a statement"])
def test_the_statement_is_its_credited_speakers(text, words, speaker):
    row = _speaker_of(text, words)
    assert row["speaker"] == speaker
    assert row["speaker_by"] == "credited_document"


def test_it_after_the_statement_takes_up_the_statement():
    text = ("A lieutenant was killed near the river, army spokesman Colonel Ramiro Ibáñez said in a statement read "
            "on the radio. Two more were wounded, the statement said. \"Our positions hold,\" it added.")
    assert [r["speaker"] for r in _rows(text)] == ["Ramiro Ibáñez"] * 3


@pytest.mark.parametrize("text, words", [
    # the document was no one's credit: it is the content's ('issue medical reports'), not how a speaker spoke
    ("Many families told the radio that the morgue refused to issue medical reports. The reports said nothing of "
     "the wounds.", "nothing of the wounds"),
    # an unnamed document phrase credits no one: 'the reports' stay reports
    ("Nine people were killed in the market, the reports said. Later the reports added that two were children.",
     "two were children"),
], ids=["content's document", "bare reports"])
def test_no_credit_no_author(text, words):
    row = _speaker_of(text, words)
    assert row["speaker_by"] != "credited_document"


@pytest.mark.parametrize("text, phrase, said, named, found", [
    ("In a statement on Friday, the field command said the fort fell.", "the field command", "the fort", False,
     ["statement"]),
    ("The Maseru police said in its latest report that six were shot.", "The Maseru police", "six were", False,
     ["report"]),
    ("Six were shot, according to a press release issued by the Maseru police.", "a press release issued by the "
     "Maseru police", "Six", True, ["statement"]),
    ("Six were shot, according to a press release issued by the Maseru police.", "a press release issued by the "
     "Maseru police", "Six", False, []),
    ("According to the morgue records, six were shot.", "According to the morgue", "six", False, []),
], ids=["fronted", "said in its report", "named phrase", "unnamed phrase", "phrase's own head"])
def test_credited_document(text, phrase, said, named, found):
    a = text.index(phrase)
    c = text.index(said)
    end = c + len(said) if c < a else text.index(".", c)
    content = (c, end) if c > a else (c, c + len(said))
    assert sorted(credited_document(text, a, a + len(phrase), content, named=named)) == found

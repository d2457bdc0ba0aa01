"""Rule `column_width` (presslens.corpus.wrapping): a narrow printed column of an OCR'd newspaper page is rejoined
into paragraphs though its longest line (a header, an archive's file name or release stamp above the column) is
not the wrap width.

Invented copy in the manner of an OCR'd 1960s evening paper, about a war in none of the eval sets (Katanga's
secession, 1961).
"""

from presslens.corpus import RawDoc, clean_article, load_rules
from presslens.quotes import quotes_for_article

KATANGA = """\
Approved For Release 2004/03/11 : CIA-RDP70B00338R000300
ELISABETHVILLE FIGHTING GOES ON
By a Staff Correspondent
United Nations troops fought
Katangese gendarmes for the
post office in Elisabethville
yesterday, and at least nine
gendarmes were killed, a
spokesman for the U.N. command
said. The spokesman, Mr. Eric
Linner, said the Indian troops
had lost two men in the fighting
near the radio station.
A Katangese minister said, "We
will fight to the last man for
our independence."
The city was quiet by nightfall."""

#: short lines that are a list, each ending on its stop: no column to rejoin
ROLL = """\
Approved For Release 2004/03/11 : CIA-RDP70B00338R000300
Casualty list issued tonight.
Pte. A. Mbeki, killed.
Cpl. J. Tshombe, wounded.
Sgt. P. Kalonji, wounded.
Pte. R. Lumumba, missing.
Lt. K. Mobutu, killed.
Pte. D. Kasavubu, wounded.
Cpl. F. Munongo, killed.
Pte. G. Kimba, missing."""


def _paragraphs(text: str) -> list[str]:
    return [p[4] for p in clean_article(RawDoc("t.txt", "t.txt", text, {}), load_rules())["paragraphs"]]


def test_a_narrow_column_under_a_long_header_is_rejoined():
    paras = _paragraphs(KATANGA)
    assert ("United Nations troops fought Katangese gendarmes for the post office in Elisabethville yesterday, and at "
            "least nine gendarmes were killed, a spokesman for the U.N. command said. The spokesman, Mr. Eric Linner, "
            "said the Indian troops had lost two men in the fighting near the radio station.") in paras
    assert 'A Katangese minister said, "We will fight to the last man for our independence."' in paras
    assert "The city was quiet by nightfall." in paras


def test_the_statements_of_the_rejoined_column_are_found():
    text = "\n".join(_paragraphs(KATANGA))
    cues = {(r["speaker"], r["cue"]) for r in quotes_for_article("t.txt", text)}
    assert ("Eric Linner", "said") in {(s.split("Mr. ")[-1], c) for s, c in cues}
    assert any(c == "said" and "minister" in s for s, c in cues)


def test_short_stopped_lines_are_no_column():
    assert _paragraphs(ROLL) == ROLL.split("\n")

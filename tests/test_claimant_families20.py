"""Session 20's claimant rules (docs/rules.md "Session 20: claimants"):

- `speaker_line_turns` (casualties.sources_around): a parliamentary record whose speakers stand alone on their lines
  ('Sir H. GREENWOOD' above his answer) names the claimant of the unattributed claims of each turn;
- `relayed_person_after` (casualties.source_phrase): a relay closing the sentence names the person it quotes, not the
  relay ('..., Y was quoted by X as saying') nor a pronoun ('..., X quoted him as saying');
- `cut_at_sentence_end` (casualties.claimant_names): a claimant phrase run over a sentence end or a dateline's credit
  ('Little Aden. Police') keeps what follows; initials and titles' abbreviations stay.

Texts invented in the styles of the Aden emergency (a Commons written answer) and the Chaco War (a wire report); wars
in none of the eval sets; every name invented."""
from __future__ import annotations

import pytest

from claim_families import CLAIMANT_BY, columns
from presslens.casualties.claimant_names import cut_at_sentence_end
from presslens.casualties.sources_around import _line_label_turns


def claimants(text: str, article: str = "families20.txt") -> list[tuple]:
    """(category, low, claimant, claimant_by) of each claim of `text`, with the quote rows it gives."""
    return columns(text, CLAIMANT_BY, article=article, quotes=True)


ADEN = """HC Deb 14 March 1966 vol 725 cc12-3W
Mr. Whitcombe

asked the Secretary of State for Defence how many British servicemen were attacked in Aden during the week-end.

Sir R. ASHWORTH

I regret that the list is a long one:

  1. 1. Patrol ambushed in Crater, last night. Two soldiers wounded.
  2. 2. Grenade thrown at a lorry at Khormaksar. One airman killed.

Mr. Whitcombe

Will the Minister make a statement?
"""


def test_record_turn_names_the_claimant():
    got = claimants(ADEN, "aden_hansard.txt")
    assert ("wounded", 2, "R. Ashworth", "speaker_line_turns") in got, got
    assert ("killed", 1, "R. Ashworth", "speaker_line_turns") in got, got


def test_turns_of_the_record():
    turns = _line_label_turns(ADEN)
    assert [who for _, who in turns] == ["Mr. Whitcombe", "R. Ashworth", "Mr. Whitcombe"]


@pytest.mark.parametrize("text", [
    # one name line is a byline or a signature, not a record of turns
    "Mr. Whitcombe\n\nTwo soldiers were wounded in Crater last night.\n",
    # a name inside a line of prose is no label
    "Mr. Whitcombe asked about Crater.\n\nSir R. Ashworth replied that two soldiers were wounded.\n",
    # a title without a name, alone on its line
    "General\n\nTwo soldiers were wounded.\n\nCaptain\n\nOne airman was killed.\n",
])
def test_no_record_turns(text):
    assert _line_label_turns(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Eleven Bolivian soldiers were killed near Boqueron, Major Rojas was quoted by Radio Asuncion as saying.",
     ("killed", 11, "Major Rojas", "relayed_person_after")),
    ("The fort at Boqueron was still held, a garrison officer said on Monday. Eleven Bolivian soldiers were killed "
     "in the assault, Radio Asuncion quoted him as saying.",
     ("killed", 11, "a garrison officer", "relayed_person_after")),
])
def test_relayed_person(text, expected):
    got = claimants(text, "chaco_wire.txt")
    assert expected in got, got


def test_the_relayed_source_itself_is_kept():
    """A relay that names its source by a noun keeps that source (rule `relayed_after`, unchanged)."""
    got = claimants("Eleven Bolivian soldiers were killed near Boqueron, Radio Asuncion quoted the garrison commander "
                    "as saying.", "chaco_wire.txt")
    assert ("killed", 11, "the garrison commander", "relayed_after") in got, got


@pytest.mark.parametrize("name, expected", [
    ("Little Aden. Police", "Police"),                       # a sentence end inside the phrase
    ("UPI) -- A guerrilla front", "A guerrilla front"),      # a dateline's credit before the subject
    # left alone: initials, a title's abbreviation, a country's abbreviation, no period at all
    ("Capt. R. Ashworth", "Capt. R. Ashworth"),
    ("Brig. Ashworth", "Brig. Ashworth"),
    ("U.K. officials", "U.K. officials"),
    ("the garrison commander", "the garrison commander"),
])
def test_cut_at_sentence_end(name, expected):
    assert cut_at_sentence_end(name) == expected


def test_run_over_claimant_is_cut():
    text = ("Two soldiers were shot dead in Crater, the high commission said. Troops moved into Little Aden. Police "
            "said 3 civilians were killed in the crossfire.")
    got = claimants(text, "aden_wire.txt")
    assert any(c[:2] == ("killed", 3) and c[2] in ("Police", "police") for c in got), got

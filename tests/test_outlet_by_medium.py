"""Session 16's rule `outlet_by_medium` (mentions/outlet_medium.py; docs/rules.md "Session 16: speaker sides"), end to
end on the quote extractor: an outlet told by its medium ('TV', 'FM', 'media', 'channels') is `media`, though a
country's word in it is a warring side's, unless the registry makes it that state's broadcaster. Every sentence is
composed for the test in the manner of wire copy from wars in no eval set (the Uganda-Tanzania war of 1978-79,
Moscow's October 1993 crisis); every outlet is invented. Each positive case has negatives beside it."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.quotes import quotes_for_article


def _kagera(uganda: str) -> Actors:
    return Actors([_conflict("uganda-tanzania", {
        "articles": ["a.txt"],
        "sides": {"uganda": uganda,
                  "tanzania": "the Tanzanian state: President Nyerere, the army (TPDF) and the Ugandan exiles"},
        "countries": {"uganda": ["Uganda"], "tanzania": ["Tanzania"]},
        "government_side": "uganda",
        "keywords": {"uganda": ["Ugandan army", "State Research Bureau"], "tanzania": ["TPDF", "exiles"]}})])


KAGERA = _kagera("the Ugandan state: Idi Amin, his ministers and army")
KAGERA_STATE_MEDIA = _kagera("the Ugandan state: Idi Amin, his ministers, army and state media")

#: a war inside Russia: 'Kremlin' (a foreign government's word in the lexicon) is the state's own here
MOSCOW_1993 = Actors([_conflict("moscow-1993", {
    "articles": ["a.txt"],
    "sides": {"russia_gov": "the Russian state: President Yeltsin, the Kremlin, the army and police",
              "parliament": "the Supreme Soviet, Alexander Rutskoy and the armed defenders of the White House"},
    "countries": {"russia_gov": ["Russia"]}, "government_side": "russia_gov",
    "keywords": {"russia_gov": ["Kremlin", "Interior Ministry troops"],
                 "parliament": ["Supreme Soviet", "Rutskoy", "parliament defenders"]}})])


def _sides(text: str, actors) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["speaker_side"], r["side_by"]) for r in quotes_for_article("a.txt", text, actors=actors)]


@pytest.mark.parametrize("text, outlet", [
    ("Kenyan TV said 40 Tanzanian soldiers had been killed near Mutukula.", "Kenyan TV"),
    ("Two lorries were shot up on the Masaka road on Tuesday, reports Lake FM.", "Lake FM"),
    ("Some Ugandan Telegram channels said on Saturday that 13 airmen had been killed.",
     "Some Ugandan Telegram channels"),
], ids=["foreign TV", "an FM station", "a country's channels"])
def test_an_outlet_told_by_its_medium_is_media(text, outlet):
    rows = _sides(text, KAGERA)
    assert [(s, by) for _, s, by in rows] == [("media", "outlet_by_medium")]
    assert rows[0][0].lower() == outlet.lower() or outlet.lower().endswith(rows[0][0].lower())


def test_a_countrys_press_is_media_though_a_word_is_the_states():
    rows = _sides("At least 15 soldiers were killed at the television centre, pro-Kremlin Russian media said.",
                  MOSCOW_1993)
    assert rows == [("pro-Kremlin Russian media", "media", "outlet_by_medium")]


def test_the_kremlin_itself_keeps_the_states_side():
    rows = _sides("The Kremlin said 15 soldiers had been killed at the television centre.", MOSCOW_1993)
    assert [s for _, s, _ in rows] == ["russia_gov"]


def test_a_sides_own_tv_keeps_its_side():
    """'Supreme Soviet TV': the registry's keyword before the head is the outlet's owner."""
    rows = _sides("Supreme Soviet TV said 40 defenders had been killed at the White House.", MOSCOW_1993)
    assert rows and all(s == "parliament" for _, s, _ in rows)


def test_a_warring_states_tv_where_its_description_names_state_media():
    """Session 15's convention: a state's broadcaster speaks for the side whose description names its state media."""
    rows = _sides("Ugandan state TV said 40 Tanzanian soldiers had been killed near Mutukula.", KAGERA_STATE_MEDIA)
    assert [s for _, s, _ in rows] == ["uganda"]


@pytest.mark.parametrize("text, side", [
    ("Ugandan army officers said the bridge at Kyaka was blown up.", "uganda"),             # no medium
    ("Ugandan officials said 40 exiles had been captured near Masaka.", "uganda"),           # no medium
], ids=["army officers", "officials"])
def test_a_sides_own_outlet_and_other_heads_keep_their_side(text, side):
    rows = _sides(text, KAGERA)
    assert rows and all(s == side and by != "outlet_by_medium" for _, s, by in rows)


def test_a_militia_is_no_medium():
    """The cheap test lets 'militia' through ('-ia'); the head test must not."""
    rows = _sides("A Ugandan militia said 40 Tanzanian soldiers had been killed near Mutukula.", KAGERA)
    assert all(by != "outlet_by_medium" for _, _, by in rows)

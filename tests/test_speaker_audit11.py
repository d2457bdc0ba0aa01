"""Session 11's audit of the speaker rules across wars (eval/rule_audit.py, docs/rules.md "Session 11"): the one
rule it added, `plain_person_civilian`, end to end on the quote extractor, and the audit script's own tallies and
switches. Every sentence is composed for the test in the manner of wire copy from wars in no eval set
(Transnistria 1992, Bougainville, Biafra); every name is invented."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from presslens.quotes import quotes_for_article
from war_registries import state_and_rebels

TRANSNISTRIA = state_and_rebels("transnistria", ("moldova", "the Moldovan state: government, army, police",
                                 ["Moldovan army", "Chisinau"]),
                                 ("pmr", "the Transnistrian separatists", ["Tiraspol", "Dniester Guard"]))

BOUGAINVILLE = state_and_rebels("bougainville", ("png", "the Papua New Guinea state: defence force, police", ["PNGDF"]),
                                ("bra", "the Bougainville Revolutionary Army", ["BRA"]))


def _rows(text: str, actors) -> list[dict]:
    return quotes_for_article("a.txt", text, actors=actors)


# rule plain_person_civilian (mentions.speaker_sides): an unnamed person told only as a person, no side word
@pytest.mark.parametrize("text, speaker", [
    ("\"They shelled the bridge all night,\" one man said outside the bakery in Bendery.", "one man"),
    ("Shells fell on the market at dawn, an elderly woman from Dubasari said.", "an elderly woman"),
    # (session 13: 'attendant' is now a civilian word of speakers.yaml, so 'a cemetery attendant' is civilian by
    # side_from_context before this rule is asked; a pensioner keeps the case)
    ("Twelve bodies were brought in overnight, a retired pensioner told reporters in Bendery.", "a retired pensioner"),
    ("\"We waited three days for water,\" a visitor to the Bendery camp said.", "a visitor to the Bendery camp"),
    # (session 14: 'families' is now a civilian word of speakers.yaml, rule `lexicon_plurals`, so 'many families' is
    # civilian by side_from_context first; onlookers keep the case)
    ("Many onlookers said the shelling had driven them into their cellars.", "many onlookers"),
], ids=["one man", "an elderly woman from X", "a pensioner", "a visitor to X", "many onlookers"])
def test_plain_unnamed_person_is_civilian(text, speaker):
    rows = _rows(text, TRANSNISTRIA)
    assert [(r["speaker"].lower(), r["speaker_side"], r["side_by"]) for r in rows] == \
        [(speaker.lower(), "civilian", "plain_person_civilian")]


def test_pronoun_after_a_plain_person_keeps_civilian():
    rows = _rows("\"The soldiers left before dawn,\" one man said in Arawa. \"We have had no food since,\" he added.",
                 BOUGAINVILLE)
    assert [r["speaker_side"] for r in rows] == ["civilian", "civilian"]
    assert rows[1]["side_by"] == "plain_person_civilian"


@pytest.mark.parametrize("text", [
    "Two men were shot at the roadblock near Arawa, an armed man told reporters.",
    "The village was burned by the army, a man who gave his name as Tonu said.",
], ids=["an armed man", "a man who ..."])
def test_person_told_otherwise_gets_no_civilian_side(text):
    rows = _rows(text, BOUGAINVILLE)
    assert rows and all(r["side_by"] != "plain_person_civilian" for r in rows)


def test_a_side_word_wins_over_the_plain_person_rule():
    """'a PNGDF man' says whose man he is: the registry's word, not the default."""
    rows = _rows("Three rebels were killed in the ambush, a PNGDF man said.", BOUGAINVILLE)
    assert [(r["speaker_side"], r["side_by"]) for r in rows] == [("png", "side_from_context")]


def test_sources_stay_without_a_side():
    """The rows that gold leaves `unknown` across wars are sources and reports: the rule leaves them alone."""
    rows = _rows("Twenty people were killed in the fighting near Onitsha, sources said.", None)
    assert [r["speaker_side"] for r in rows] == ["unknown"]


# eval/rule_audit.py: its tallies and its switches
@pytest.fixture(scope="module")
def audit():
    eval_dir = Path(__file__).resolve().parents[1] / "eval"
    sys.path.insert(0, str(eval_dir))
    try:
        yield importlib.import_module("rule_audit")
    finally:
        sys.path.remove(str(eval_dir))


def _row(rule: str, war: str, ok: bool, set_: str = "s") -> dict:
    return {"set": set_, "war": war, "speaker_by": rule, "speaker_by_ok": ok, "side_by": "none", "side_by_ok": ok}


def test_audit_counts_rows_and_wars_per_rule(audit):
    rows = [_row("a", "w1", True), _row("a", "w1", False), _row("a", "w2", False, "t"), _row("b", "w3", True)]
    got = {t["rule"]: t for t in audit.tally(rows, "speaker_by")}
    assert (got["a"]["rows"], got["a"]["right"], got["a"]["wrong"]) == (3, 1, 2)
    assert (got["a"]["wars_right"], got["a"]["wars_wrong"], got["a"]["wars_only_wrong"]) == (1, 2, ["w2"])
    assert got["a"]["sets"] == {"s": "1/1", "t": "0/1"}
    assert (got["b"]["right"], got["b"]["wars_wrong"]) == (1, 0)


def test_every_rule_the_audit_can_switch_off_exists(audit):
    """A rule renamed in the library must be renamed in the audit's OFF table, or its ablation silently measures
    nothing."""
    for name, targets in audit.OFF.items():
        for module, attr, _ in targets:
            owner = importlib.import_module(module)
            for part in attr.split("."):
                owner = getattr(owner, part, None)
            assert owner is not None, f"{name}: {module}.{attr} is gone"


def test_audit_refuses_a_rule_it_cannot_switch_off(audit):
    with pytest.raises(SystemExit):
        audit.switch_off(["no_such_rule"])

"""Session 11's victim-side rules (casualties.sides_generic), written from the side audit across wars
(eval/side_audit.py, docs/rules.md "Session 11"): `abducted_people` (right in 4 wars of the dev sets: adf,
casamance, abu-sayyaf, east-timor) and `people_of_an_armed_attack` (assam, algeria-1990s, burundi).
Invented sentences in invented wars, in the styles of wars none of the eval sets holds (an Andean guerrilla, a
Pacific islands uprising, a Sahel wire, a Balkan militia); the positive cases are `unknown` without the rules."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.rules import claims_in


def _registry() -> Actors:
    spec = {"sides": {"quell_gov": "the Quellan state, its army and police",
                      "fvr": "the Frente Verde Revolucionario, a guerrilla army"},
            "government_side": "quell_gov", "rebel_side": "fvr", "articles": ["example.txt"],
            "keywords": {"fvr": ["FVR"], "quell_gov": ["Quellan"]}}
    return Actors([_conflict("quella", spec)])


def _sides(text: str) -> list[tuple[str, int | None, str]]:
    return [(cat, low, side) for cat, low, _high, _vague, side in claims_in(text, _registry())]


@pytest.mark.parametrize("text, expected", [
    # Andean guerrilla, a regional daily: a passive abduction of people with no words of their own
    ("Eight people were abducted on the road to San Telmo on Sunday, the prefect said.",
     [("captured", 8, "civilian")]),
    # Pacific islands uprising, a radio bulletin: 'took hostage' with the count after it
    ("Militants took hostage 14 employees of a logging company near Vaikona, police told the station.",
     [("captured", 14, "civilian")]),
    # Sahel wire: kidnapped with a count of 'others'
    ("The assailants shot a trader and kidnapped five others near Tabora, a local official said.",
     [("captured", 5, "civilian")]),
])
def test_people_abducted_are_civilians(text, expected):
    assert [r for r in _sides(text) if r[0] == "captured"] == expected


@pytest.mark.parametrize("text", [
    # the state arrests: `arrested_suspects` reads these, not this rule
    "Police arrested nine people after the raid on the San Telmo depot, the ministry said.",
    # a fighter's own role word decides first
    "The guerrillas abducted three soldiers from a roadblock outside Vaikona.",
])
def test_arrests_and_roles_are_not_abductions(text):
    assert "civilian" not in [side for cat, _low, side in _sides(text) if cat == "captured"]


@pytest.mark.parametrize("text", [
    # the noun, not the act: who the hostages are is not said
    "Talks on the release of the 30 hostages still held by the FVR in San Telmo resumed on Monday.",
])
def test_hostages_named_only_as_hostages_stay_unknown(text):
    assert [side for cat, _low, side in _sides(text) if cat == "captured"] == ["unknown"]


def test_without_a_registry_abductions_stay_unknown():
    """No war named, no side: the rule reads a registry's war (as `arrested_suspects` does)."""
    assert [side for *_rest, side in claims_in("Nine loggers were abducted near Vaikona.")] == ["unknown"]


def test_hostages_listed_with_a_mixed_toll_stay_mixed():
    """'killing N people and seizing M hostages': the hostages are as unknown as the toll beside them."""
    found = _sides("Fighters of the FVR stormed the garrison town, killing 40 people and seizing 60 hostages, "
                   "according to army tallies.")
    assert ("captured", 60, "civilian") not in found


@pytest.mark.parametrize("text, expected", [
    # Balkan militia, a wire: the harm laid at a group's door
    ("Eleven people were killed overnight near Drenak in attacks blamed on masked militiamen, the mayor said.",
     [("killed", 11, "civilian")]),
    # Sahel wire headline style: the group as subject of the harm verb
    ("Suspected jihadists kill 17 people near Tabora", [("killed", 17, "civilian")]),
    # Andean guerrilla: 'rebel attack' as the frame of a bare count
    ("Six wounded in rebel attack in San Telmo", [("wounded", 6, "civilian")]),
])
def test_people_harmed_in_an_armed_group_s_attack_are_civilians(text, expected):
    assert _sides(text) == expected


@pytest.mark.parametrize("text", [
    # a fight between forces: its dead are anyone's
    "Nine people were killed in clashes between rebels and the army near Drenak.",
    # a count of the group itself is its dead, not its victims
    "Army says 12 guerrillas killed in San Telmo raid",
    # a running toll
    "Rebels have killed 300 people since the uprising began in Vaikona, a rights group said.",
    # mixed with a force's men in the sentence
    "Gunmen killed four people, two of them police officers, at a market in Tabora.",
    # who fired, not at whom (sessions 7-8's convention: tests/test_casualties_sides_s8_villages.py)
    "Gunmen killed seven people near Drenak on Sunday, the mayor said.",
    # the attack at a force's place
    "Islamist extremists killed nine people in an attack on an army base near Tabora, officials said.",
    # a force's man named among the toll, before the sources' 'police said' (rule `force_among_the_toll`; found on
    # the lead's blind pool after its figures were recorded: 'violence left nine people dead, including a senior
    # police official and his three bodyguards, police said')
    "Extremist violence left eight people dead near Drenak, including a district police official, police said.",
])
def test_fights_counts_of_the_group_and_running_tolls_stay_unknown(text):
    assert "civilian" not in [side for cat, low, side in _sides(text) if low not in (2,)]


def test_the_group_s_own_report_names_its_foe_not_civilians():
    """'rebels claim 60 killed': a belligerent's claim of its foes' dead is never made civilian by this rule."""
    found = _sides('The FVR said its fighters "killed 25 in the attack" on the Quellan column near Vaikona.')
    assert ("killed", 25, "civilian") not in found


def _audit():
    path = Path(__file__).resolve().parent.parent / "eval" / "side_audit.py"
    spec = importlib.util.spec_from_file_location("side_audit", path)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))
    spec.loader.exec_module(module)
    return module


def test_the_audit_counts_each_matched_row_under_its_rule(tmp_path):
    """eval/side_audit.py: matched rows by the scorer's matching, each outcome named; held-out sets refused."""
    audit = _audit()
    gold = [json.loads(line) for line in (audit.EVAL / "dev2" / "gold" / "casualties.jsonl").open(encoding="utf-8")]
    g0, g1 = gold[0], gold[1]
    pred = [dict(g0, side_by="rule_a"),                                              # right
            dict(g1, victim_side="unknown", side_by="none"),                         # under (g1 has a side)
            {"article": g0["article"], "category": "captured", "low": 999, "high": 999, "vague": None}]  # unmatched
    rows = audit.matched_rows("dev2", pred)
    assert sorted((r["rule"], r["outcome"]) for r in rows) == [("none", "under"), ("rule_a", "right")]
    assert all(r["war"] == "invented:dev2" for r in rows)
    assert "| rule_a | 1 | 1 | 0 | 0 | 0 | 1 | 0 |" in audit.table(rows)
    with pytest.raises(SystemExit):
        audit.main(["real5"])

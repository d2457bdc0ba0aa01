"""Provenance columns (presslens.provenance): the rule behind each output column, by its name.

Casualty rows carry `found_by`, `side_by` and `claimant_by`; quote rows `found_by`, `speaker_by` and `side_by`.
Each column is checked on examples of several rules; every name a row carries is findable in the source (grep).
The sentences are invented, in the style of an invented war between the state of Norvalia and the Kestrel
Liberation Front (KLF), in none of the eval sets."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties import extract_article
from presslens.casualties.rules import RULES, Rule, apply_rules
from presslens.casualties.lexicon import load_lexicon
from presslens.casualties.found import Found
from presslens.provenance import NO_RULE, rule_name, side_pass, side_passes, tag
from presslens.quotes import quotes_for_article

LIB = Path(__file__).resolve().parents[1] / "lib" / "presslens"
SOURCE = "\n".join(p.read_text(encoding="utf-8") for p in LIB.rglob("*.py"))

NORVALIA = Actors([_conflict("norvalia", {"articles": ["prov.txt"],
    "sides": {"norgov": "the Norvalian state: army, police, border guards",
              "klf": "the Kestrel Liberation Front (KLF): rebels, fighters"},
    "government_side": "norgov", "rebel_side": "klf",
    "keywords": {"norgov": ["Norvalian army", "Norvalian military"], "klf": ["KLF", "Kestrel Liberation Front"]}})])


def claims(text: str, actors=NORVALIA, quotes=None) -> list[dict]:
    return extract_article("prov.txt", text, actors=actors, quotes=quotes)


def one(text: str, actors=NORVALIA) -> dict:
    rows = claims(text, actors)
    assert len(rows) == 1, rows
    return rows[0]


# -- casualties: found_by -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, found_by", [
    ("Twelve villagers were killed when shells hit the market in Orsk, local officials said.", "counted quantity"),
    ("The Norvalian army said the rebels suffered heavy losses in the fighting near Tarn.", "zero or vague amount"),
    ("A 40-year-old shepherd was killed by a landmine near Velt, police said.", "single person"),
    ("Also killed was Captain Ivo Marek, a commander of the militia in Tarn.", "named after the harm"),
    ("Rebel Commander Doran Vell Killed in Tarn Ambush", "named in a headline"),
    ("The death of Colonel Anton Brask was reported by state television on Sunday.", "death of a named person"),
])
def test_found_by_names_the_rule_or_grammar_path(text, found_by):
    row = one(text)
    assert row["found_by"] == found_by
    assert found_by in SOURCE


def test_found_by_of_a_list_of_kinds():
    rows = claims("Medics in Orsk said 30 men, 9 women and four children had been killed.")
    assert [r["found_by"] for r in rows] == ["coordinated_kinds"] * 3


def test_found_by_is_a_rule_of_the_rules_list():
    names = {r.name for r in RULES}
    row = one("Also killed was Captain Ivo Marek, a commander of the militia in Tarn.")
    assert row["found_by"] in names


def test_a_rule_without_a_name_falls_back_to_its_function_name():
    def klf_bulletin_toll(norm, s_start, lex, found):
        return [Found("killed", 3, 3, None, s_start, s_start + 5, [], None)]
    out = apply_rules([Rule("", (frozenset(),), klf_bulletin_toll)], "three dead", 0, load_lexicon(), [])
    assert [f.rule for f in out] == ["klf_bulletin_toll"]
    assert rule_name(klf_bulletin_toll) == "klf_bulletin_toll"


def test_tag_keeps_an_earlier_rule():
    a, b = Found("killed", 1, 1, None, 0, 1, [], None), Found("killed", 2, 2, None, 2, 3, [], None)
    a.rule = "counted quantity"
    tag([a, b], "single person")
    assert (a.rule, b.rule) == ("counted quantity", "single person")


# -- casualties: side_by --------------------------------------------------------------------------------------

def test_side_by_a_victim_rule():
    row = one("Twelve civilians were killed when shells hit the market in Orsk, local officials said.")
    assert (row["victim_side"], row["side_by"]) == ("civilian", "side_from_role")


def test_side_by_the_grammar_around_the_count():
    row = one("The KLF said the assault on its camp was beaten back with nine attackers killed.")
    assert row["victim_side"] == "norgov"
    assert row["side_by"] == "side_from_grammar"


def test_side_by_a_stated_rule_of_the_claims_own_words():
    row = one("Four KLF fighters were killed in the clash near Tarn, the army said.")
    assert row["victim_side"] == "klf"
    assert row["side_by"] in SOURCE and row["side_by"] != NO_RULE


def test_side_by_none_when_the_side_stays_unknown():
    row = one("The death of Colonel Anton Brask was reported by state television on Sunday.", actors=None)
    assert (row["victim_side"], row["side_by"]) == ("unknown", NO_RULE)


def test_side_pass_names_the_records_a_pass_changed():
    recs = [{"victim_side": "unknown"}, {"victim_side": "klf"}]

    def restated_as_civilians(records):
        records[0]["victim_side"] = "civilian"
    side_pass(recs, restated_as_civilians)
    assert recs[0]["side_by"] == "restated_as_civilians" and "side_by" not in recs[1]


def test_side_passes_name_the_pass_that_changed_a_side():
    recs = [{"victim_side": "unknown", "side_by": NO_RULE}, {"victim_side": "klf", "side_by": "side_stated"},
            {"victim_side": "unknown", "side_by": NO_RULE}]

    def first_to_civilians(records):
        records[0]["victim_side"] = "civilian"

    def third_like_second(records, side):
        if records[0]["victim_side"] == "civilian":    # (reads what the pass before did)
            records[2]["victim_side"] = side

    def nothing(records):
        return None
    side_passes(recs, ((nothing, ()), (first_to_civilians, ()), (third_like_second, ("klf",))))
    assert [r["victim_side"] for r in recs] == ["civilian", "klf", "klf"]
    assert [r["side_by"] for r in recs] == ["first_to_civilians", "side_stated", "third_like_second"]


# -- casualties: claimant_by ----------------------------------------------------------------------------------

def test_claimant_by_the_sentences_source_phrase():
    row = one("Twelve villagers were killed when shells hit the market in Orsk, local officials said.")
    assert row["claimant"] and row["claimant_by"] == "claimant_fallback"


def test_claimant_by_a_denied_claim():
    row = one("The KLF denied the army's claims that 40 of its fighters had been killed near Tarn.")
    assert row["claimant_by"] == "denied_claim" and row["hedged"]


def test_claimant_by_the_quote_row_around_the_claim():
    text = '"Nine of our soldiers were killed at the bridge," General Tomas Hald said.'
    qs = quotes_for_article("prov.txt", text, actors=NORVALIA)
    row = claims(text, quotes=qs)[0]
    assert row["quote_id"] == qs[0]["quote_id"] and row["claimant_by"] == "quote_claimant"


def test_claimant_by_none_without_a_claimant():
    row = one("Twelve villagers were killed when shells hit the market in Orsk.")
    assert row["claimant"] is None and row["claimant_by"] == NO_RULE


# -- quotes ---------------------------------------------------------------------------------------------------

QUOTE_TEXT = ('"We will hold the pass," General Tomas Hald said on Monday. '
              'The shelling of Orsk was confirmed by the Red Cross. '
              'According to the KLF, the bridge at Tarn was destroyed. '
              'Mira Sand, the front\'s spokeswoman, said its fighters had withdrawn, adding that more would come. '
              'He said the army would not negotiate.\n\n'
              'Tomas Hald, army commander: "The pass is ours."')


@pytest.fixture(scope="module")
def quote_rows():
    return quotes_for_article("prov.txt", QUOTE_TEXT, actors=NORVALIA)


def test_quote_found_by_the_attribution_pattern(quote_rows):
    by = [(r["speaker"], r["found_by"]) for r in quote_rows]
    assert ("Tomas Hald", "subject before the cue") in by or ("Tomas Hald", "inverted credit") in by
    assert ("Red Cross", "passive_by_agent") in by
    assert any(f == "according_to" for _, f in by)
    assert ("Mira Sand", "participle") in by
    assert any(f == "colon credit" for _, f in by)


def test_quote_speaker_by_the_mention_layer_rule(quote_rows):
    he = next(r for r in quote_rows if r["text"].startswith("the army would not"))
    assert he["speaker"] == "Tomas Hald" and he["speaker_by"] == "pronoun"
    hald = next(r for r in quote_rows if r["found_by"] == "colon credit")
    assert hald["speaker"] == "Tomas Hald" and hald["speaker_by"] == "name"


def test_quote_speaker_by_a_role_in_apposition():
    rows = quotes_for_article("prov.txt", '"The pass is ours," the front\'s spokeswoman, Mira Sand, said.',
                              actors=NORVALIA)
    assert rows and rows[0]["speaker"] == "Mira Sand"
    assert rows[0]["speaker_by"] in ("person_after_role", "person_before_role", "name")


def test_quote_side_by(quote_rows):
    klf = next(r for r in quote_rows if r["found_by"] == "according_to")
    assert klf["speaker_side"] == "klf" and klf["side_by"] == "side_from_context"   # the registry's keyword
    unknown = [r for r in quote_rows if r["speaker_side"] == "unknown"]
    assert all(r["side_by"] == NO_RULE for r in unknown)


# -- every name in the source; other columns unchanged ------------------------------------------------------

def test_every_name_is_findable_in_the_source(quote_rows):
    rows = claims("Twelve civilians were killed in Orsk, officials said. The KLF said the assault was beaten "
                  "back with nine attackers killed. Medics said 30 men, 9 women and four children had died.")
    names = {r[c] for r in rows for c in ("found_by", "side_by", "claimant_by")}
    names |= {r[c] for r in quote_rows for c in ("found_by", "speaker_by", "side_by")}
    missing = sorted(n for n in names if n not in SOURCE)
    assert not missing


def test_rules_command_counts_firings_per_set(tmp_path):
    c = tmp_path / "nor.c.jsonl"
    q = tmp_path / "nor.q.jsonl"
    c.write_text("\n".join(json.dumps(r, default=str) for r in claims(
        "Twelve civilians were killed in Orsk. Nine soldiers were wounded near Tarn.")), encoding="utf-8")
    q.write_text(json.dumps({"found_by": "colon credit", "speaker_by": "name", "side_by": "registry"}),
                 encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "presslens", "rules", str(c), str(q), "--json"],
                         capture_output=True, text=True, check=True).stdout
    table = {(r["table"], r["column"], r["rule"]): r for r in json.loads(out)}
    assert table[("casualties", "found_by", "counted quantity")]["nor"] == 2
    assert table[("quotes", "found_by", "colon credit")]["nor"] == 1
    never = table[("casualties", "found_by", "named in a headline")]
    assert never["total"] == 0 and never["real_sets"] == 0


def test_misses_show_the_rules_beside_a_spurious_row():
    from presslens import evaluate
    pred = [{"article": "prov.txt", "category": "killed", "low": 12, "high": 12, "victim_side": "civilian",
             "claimant": None, "hedged": False, "text": "Twelve civilians were killed", "start": 0, "end": 28,
             "found_by": "counted quantity", "side_by": "side_from_role", "claimant_by": "none"}]
    gold = [{"article": "prov.txt", "category": "wounded", "low": 4, "high": 4, "victim_side": "norgov",
             "claimant": None, "hedged": False, "text": "four soldiers were wounded", "start": 40, "end": 66}]
    text = evaluate.format_misses("casualties", evaluate.misses("casualties", gold, pred))
    assert "FALSE+" in text
    assert "found_by: counted quantity" in text and "side_by: side_from_role" in text


def test_counts_alone_are_read_back_as_a_set(tmp_path):
    from presslens.rule_counts import count_rules, counts_only
    rows = claims("Twelve civilians were killed in Orsk. Nine soldiers were wounded near Tarn.")
    counted = counts_only(count_rules({"pool": rows}))
    assert all(set(r) == {"table", "column", "rule", "count"} for r in counted)     # no text, no article, no span
    again = count_rules({"pool": counted}, with_catalogue=False)
    assert again.set_index(["column", "rule"]).loc[("found_by", "counted quantity"), "pool"] == 2

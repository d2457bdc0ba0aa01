#!/usr/bin/env python3
"""Audit the speaker and speaker-side rules across wars: per rule (`speaker_by`, `side_by`) and per dev set, the
matched quote rows, how many have the speaker (side) right or wrong, and in how many wars (gold `conflict`) the
rule was right / wrong.

    .venv/bin/python eval/rule_audit.py                          # every dev set with texts; both columns
    .venv/bin/python eval/rule_audit.py real9/roles dev2         # some sets
    .venv/bin/python eval/rule_audit.py --column speaker_by --sets-detail
    .venv/bin/python eval/rule_audit.py --pred /tmp/m            # read SET.q.jsonl saved by eval/measure.py --out
    .venv/bin/python eval/rule_audit.py --off outlet_taken_up    # ablation: the rule switched off (see OFF)
    .venv/bin/python eval/rule_audit.py --blind                  # also each rule's record on sets added after it
    .venv/bin/python eval/rule_audit.py --json /tmp/a.json       # every matched row's rule and verdict

Rows are matched to gold exactly as `presslens score` does (presslens.evaluate's `_prepare` and `_pairs`); a
speaker is right by `evaluate.same_speaker`, a side by equality with the gold `speaker_side`. A row's war is the gold
record's `conflict`; the invented sets' gold has none, so it is the registry's conflict that lists the article
(`conflicts.NAME.articles` in the set's actors.yaml), and the seeds' war is panjshir-2021.

`--off RULE` switches a rule off for the run by replacing its function with one that finds nothing (OFF below), so
the next rule or the default decides instead: what the rule adds is the difference of two runs. The held-out sets
(real5, real3/wars-b, real4/b) are refused.
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import defaultdict
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))
import measure  # noqa: E402  (eval/measure.py: set discovery and texts)

#: the sets this audit may use; held-out copy is the lead's only
HELD_OUT = ("real5", "real3/wars-b", "real4/b")
COLUMNS = ("speaker_by", "side_by")

def _nothing(*args, **kwargs):
    """A rule switched off: it finds nothing."""
    return None


def _side_as_it_stands(side, *args, **kwargs):
    """A side rule switched off: the side it was handed stays."""
    return side


#: rules that can be switched off for an ablation: name -> [(module, attribute, replacement)]; an attribute
#: 'Class.method' is patched on the class. The replacement finds nothing, so the next rule or the default decides
OFF: dict[str, list[tuple[str, str, object]]] = {
    "outlet_taken_up": [("presslens.mentions.outlets", "outlet_taken_up", _nothing)],
    "outlet_named_before": [("presslens.mentions.outlets", "outlet_named_before", _nothing)],
    "press_office_named": [("presslens.mentions.layer", "press_office_named", _nothing)],
    "self_named_after": [("presslens.mentions.layer", "self_named_after", _nothing)],
    "possessive_body": [("presslens.mentions.layer", "possessive_body", _nothing)],
    "adjective_body_before": [("presslens.mentions.layer", "adjective_body_before", _nothing)],
    "same_unnamed_source": [("presslens.mentions.layer", "same_unnamed_source", lambda *a, **k: False)],
    "member_of_group": [("presslens.mentions.members", "member_of_group", lambda *a, **k: False)],
    "quoted_person": [("presslens.quotes.speakers", "quoted_person", _nothing)],
    "inner_comment_clause": [("presslens.quotes.attribution", "inner_comment_items", _nothing)],
    "passive_inside_statement": [("presslens.quotes.attribution", "inner_passive_item", _nothing)],
    "coordinated_names_apart": [("presslens.mentions.names", "_joins_names", lambda *a, **k: False)],
    "cited_as": [("presslens.quotes.speakers", "cited_as", _nothing)],
    "person_before_role": [("presslens.quotes.appositive", "person_before_role", _nothing)],
    "person_after_role": [("presslens.quotes.appositive", "person_after_role", _nothing)],
    "placed_antecedent": [("presslens.mentions.layer", "ArticleMentions._placed_antecedent", _nothing)],
    "role_holder": [("presslens.mentions.layer", "ArticleMentions._role_held", _nothing)],
    "viewpoint_side": [("presslens.mentions.layer", "viewpoint_side", _nothing)],
    "coordinated_sides": [("presslens.mentions.layer", "ArticleMentions._coordinated_sides", lambda *a, **k: False)],
    "civilian_apposition": [("presslens.mentions.layer", "civilian_apposition", _side_as_it_stands)],
    "foreign_state_speaker": [("presslens.mentions.layer", "foreign_state_speaker", _nothing)],
    "held_by": [("presslens.mentions.layer", "held_by", _nothing)],
    "plain_person_civilian": [("presslens.mentions.layer", "plain_person_civilian", _nothing)],
    # session 12
    "civilian_head_noun": [("presslens.mentions.travellers", "civilian_head_noun", _side_as_it_stands)],
    "press_as_outlet": [("presslens.mentions.outlet_medium", "press_as_outlet", _nothing)],
    "state_by_country_name": [("presslens.mentions.state_named", "state_by_country_name", _nothing),
                              ("presslens.mentions.abroad", "state_by_country_phrase", _side_as_it_stands)],
    "both_sides_speakers": [("presslens.mentions.layer", "both_sides_speakers", _side_as_it_stands)],
    # session 13 (speaker sides)
    "rebel_word_speaker": [("presslens.mentions.layer", "rebel_word_speaker", _side_as_it_stands)],
    "hospital_staff_civilian": [("presslens.mentions.layer", "hospital_staff_civilian", _side_as_it_stands)],
    "spokesman_of_principal": [("presslens.mentions.layer", "spokesman_of_principal", _nothing)],
    # session 13 (speakers)
    "same_group_later": [("presslens.mentions.layer", "same_group_later", lambda *a, **k: False)],
    "body_place_kept": [("presslens.quotes.speakers", "body_place_kept", _nothing)],
    "broadcast_taken_up": [("presslens.mentions.layer", "broadcast_taken_up", _nothing)],
    "subject_before_verb": [("presslens.quotes.speakers", "subject_before_verb", _nothing)],
    "dateline_lead": [("presslens.quotes.speakers", "dateline_lead", _nothing)],
    "time_after_subject": [("presslens.quotes.speakers", "time_after_subject", _nothing)],
    "subject_before_say": [("presslens.quotes.speakers", "subject_before_say", _nothing)],
    "complement_kept": [("presslens.quotes.speakers", "complement_kept", _nothing)],
    "body_on_named": [("presslens.quotes.speakers", "body_on_named", _nothing)],
    "first_conjunct_named": [("presslens.quotes.speakers", "first_conjunct", _nothing)],
    "head_number": [("presslens.mentions.kinds", "unnamed_number",
                     lambda p: "plural" if p.endswith("s") else "person")],
    # session 14 (speaker coreference)
    "office_named_next": [("presslens.quotes.speakers", "office_named_next", _nothing)],
    "indefinite_named": [("presslens.quotes.speakers", "indefinite_named", _nothing)],
    "they_subject_before": [("presslens.mentions.kinds", "they_subject_before", _nothing)],
    "titled_surname_before": [("presslens.mentions.kinds", "titled_surname_before", _nothing)],
    # session 14 (speaker sides): bare observers back among the lexicon's experts
    "observers_no_side": [(m, "SIDELESS_SOURCES",
                           ("sources", "reports", "local sources", "unconfirmed reports", "others"))
                          for m in ("presslens.mentions.layer", "presslens.mentions.speaker_sides")],
    # session 15 (speaker coreference)
    "owner_not_in_mention": [("presslens.mentions.kinds", "owner_not_in_mention", _nothing)],
    # session 16 (speaker sides)
    "country_only_a_place": [("presslens.mentions.state_named", "country_only_a_place", _nothing)],
    "people_as_state": [("presslens.mentions.state_named", "people_as_state", _nothing)],
    "outlet_by_medium": [("presslens.mentions.outlet_medium", "outlet_by_medium",
                          lambda side, why, *a, **k: (side, why))],
    # session 17 (speaker names)
    "body_named_next": [("presslens.quotes.speakers", "body_named_next", _nothing)],
    "participle_subject_phrase": [("presslens.quotes.attribution", "participle_subject", _nothing)],
    # session 18 (speaker names)
    "relayed_subject_speaks": [("presslens.quotes.speakers", "relayed_subject", _nothing)],
    # session 20 (the speaker's side)
    "source_of_voice_before": [("presslens.quotes.speakers", "source_of_voice_before", _nothing)],  # both its rules
    # session 22 (the side of the speaker)
    "side_in_description": [("presslens.mentions.layer", "side_in_description", _nothing)],
    # session 24
    "dweller_or_traveller": [("presslens.mentions.travellers", "dweller_or_traveller", _side_as_it_stands)],
    # session 27
    "envoy_to_the_un": [("presslens.mentions.abroad", "envoy_to_the_un", _side_as_it_stands)],
    "officials_placed_abroad": [("presslens.mentions.abroad", "officials_placed_abroad", _side_as_it_stands)],
    "dispatches_as_press": [("presslens.mentions.outlet_medium", "dispatches_as_press", lambda side, why, *a: (side, why))],
    # session 28
    "state_before_office": [("presslens.mentions.abroad", "state_before_office", _side_as_it_stands)],
}


def switch_off(names: list[str]) -> None:
    """Replace each named rule's function(s) by one that finds nothing."""
    for name in names:
        if name not in OFF:
            raise SystemExit(f"--off {name}: not a rule this script can switch off; one of {', '.join(sorted(OFF))}")
        for module, attr, replacement in OFF[name]:
            owner = importlib.import_module(module)
            *path, leaf = attr.split(".")
            for part in path:
                owner = getattr(owner, part)
            if not hasattr(owner, leaf):
                raise SystemExit(f"--off {name}: {module} has no {attr} (renamed?); update OFF in {__file__}")
            setattr(owner, leaf, replacement)


def war_of(name: str) -> dict[str, str]:
    """article -> conflict from a set's registry (`conflicts.NAME.articles`), for gold records without `conflict`."""
    import yaml
    path = EVAL / name / "actors.yaml"
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    conflicts = data.get("conflicts") or {}
    return {art: war for war, c in conflicts.items() if isinstance(c, dict) for art in c.get("articles") or ()}


def predictions(name: str, pred_dir: Path | None) -> list[dict]:
    """Quote rows of one set: read from `pred_dir` (eval/measure.py --out) or extracted now."""
    if pred_dir is not None:
        return measure_records(pred_dir / f"{name.replace('/', '_')}.q.jsonl")
    return measure.extract(name, casualties=False)[0]


def measure_records(path: Path) -> list[dict]:
    from presslens import evaluate as E
    return E.load_jsonl(path)


def matched_rows(name: str, pred: list[dict]) -> list[dict]:
    """Every matched (gold, predicted) pair of a set as one row: set, article, war, the rules, the verdicts."""
    from presslens import evaluate as E
    gold, pred = E._prepare(E.load_jsonl(EVAL / name / "gold" / "quotes.jsonl"), pred)
    wars = war_of(name)
    rows = []
    for gi, pi in E._pairs("quotes", gold, pred):
        g, p = gold[gi], pred[pi]
        war = g.get("conflict") or wars.get(g["article"]) or ("panjshir-2021" if name == "seeds" else name)
        rows.append({"set": name, "article": g["article"], "war": war,
                     "speaker_by": p.get("speaker_by") or "none", "side_by": p.get("side_by") or "none",
                     "speaker": p.get("speaker"), "gold_speaker": g.get("speaker"),
                     "side": p.get("speaker_side"), "gold_side": g.get("speaker_side"),
                     "speaker_by_ok": E.same_speaker(g, p.get("speaker")),
                     "side_by_ok": g.get("speaker_side") == p.get("speaker_side")})
    return rows


def sets_before(rule: str) -> set[str] | None:
    """The eval sets whose quote gold existed when `rule` entered lib/ (the first commit whose diff adds or drops
    its name: `git log -S`), or None for a phrase kind (a name without '_': 'name', 'unnamed') or no such commit.
    Rows on any other set are copy the rule's author could not have seen: the rule's blind record."""
    import subprocess
    if "_" not in rule:
        return None
    git = ["git", "-C", str(EVAL.parent)]
    first = subprocess.run([*git, "log", "-S", rule, "--reverse", "--format=%H", "--", "lib"],
                           capture_output=True, text=True).stdout.split()
    if not first:
        return None
    files = subprocess.run([*git, "ls-tree", "-r", "--name-only", first[0], "eval"],
                           capture_output=True, text=True).stdout.split()
    return {f[len("eval/"):-len("/gold/quotes.jsonl")] for f in files if f.endswith("/gold/quotes.jsonl")} | {"seeds"}


def tally(rows: list[dict], column: str, *, blind: bool = False) -> list[dict]:
    """Per rule of `column`: rows, right, wrong, wars right / wrong, and per set 'right/wrong'."""
    by_rule: dict[str, dict] = defaultdict(lambda: {"right": 0, "wrong": 0, "wars_right": set(), "wars_wrong": set(),
                                                    "sets": defaultdict(lambda: [0, 0])})
    for r in rows:
        t = by_rule[r[column]]
        ok = r[f"{column}_ok"]
        t["right" if ok else "wrong"] += 1
        t["wars_right" if ok else "wars_wrong"].add(r["war"])
        t["sets"][r["set"]][0 if ok else 1] += 1
    out = []
    for rule, t in by_rule.items():
        seen = sets_before(rule) if blind else None
        unseen = [r for r in rows if r[column] == rule and r["set"] not in seen] if seen is not None else []
        out.append({"blind_right": sum(r[f"{column}_ok"] for r in unseen) if seen is not None else None,
                    "blind_wrong": sum(not r[f"{column}_ok"] for r in unseen) if seen is not None else None,"rule": rule, "rows": t["right"] + t["wrong"], "right": t["right"], "wrong": t["wrong"],
                    "wars_right": len(t["wars_right"]), "wars_wrong": len(t["wars_wrong"]),
                    "wars_only_wrong": sorted(t["wars_wrong"] - t["wars_right"]),
                    "sets": {s: f"{a}/{b}" for s, (a, b) in sorted(t["sets"].items())}})
    return sorted(out, key=lambda d: (-d["rows"], d["rule"]))


def table(column: str, tallied: list[dict], detail: bool, blind: bool = False) -> str:
    head = f"| {column} | rows | right | wrong | wars right | wars wrong |" + (" blind right/wrong |" if blind else "") \
        + (" sets (right/wrong) |" if detail else "")
    lines = [head, "|" + " --- |" * (head.count("|") - 1)]
    for t in tallied:
        line = f"| `{t['rule']}` | {t['rows']} | {t['right']} | {t['wrong']} | {t['wars_right']} | {t['wars_wrong']} |"
        if blind:
            line += f" {t['blind_right']}/{t['blind_wrong']} |" if t["blind_right"] is not None else " - |"
        if detail:
            line += " " + ", ".join(f"{s} {v}" for s, v in t["sets"].items()) + " |"
        lines.append(line)
    return "\n".join(lines)


def per_set(rows: list[dict], sets: list[str]) -> str:
    """One line per set: matched rows, speakers right, sides right (counts, for before/after comparisons)."""
    lines = ["| set | matched | speaker right | side right |", "| --- | --- | --- | --- |"]
    tot = [0, 0, 0]
    for s in sets:
        rs = [r for r in rows if r["set"] == s]
        n, a, b = len(rs), sum(r["speaker_by_ok"] for r in rs), sum(r["side_by_ok"] for r in rs)
        tot = [tot[0] + n, tot[1] + a, tot[2] + b]
        lines.append(f"| {s} | {n} | {a} | {b} |")
    lines.append(f"| all | {tot[0]} | {tot[1]} | {tot[2]} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set folders relative to eval/ (default: every dev set with texts)")
    parser.add_argument("--column", choices=COLUMNS, action="append", help="only this column (repeatable)")
    parser.add_argument("--pred", type=Path, help="read each set's quotes from DIR/SET.q.jsonl (eval/measure.py --out)")
    parser.add_argument("--off", action="append", default=[], help="switch this rule off for the run (repeatable)")
    parser.add_argument("--sets-detail", action="store_true", help="add each rule's right/wrong per set")
    parser.add_argument("--blind", action="store_true",
                        help="add each named rule's right/wrong on sets added after it was written (git log -S)")
    parser.add_argument("--json", type=Path, help="write every matched row (set, war, rules, verdicts) here")
    args = parser.parse_args(argv)
    names = args.sets or measure.find_sets()
    refused = [n for n in names if any(n == h or n.startswith(h + "/") for h in HELD_OUT)]
    if args.sets and refused:
        raise SystemExit(f"held-out sets are the lead's only: {', '.join(refused)}")
    names = [n for n in names if n not in refused and measure.texts_of(n)[1] is None]
    if args.off:
        if args.pred:
            raise SystemExit("--off needs the extractor to run: drop --pred")
        switch_off(args.off)
    rows = []
    for name in names:
        rows += matched_rows(name, predictions(name, args.pred))
        print(f"audited {name}", file=sys.stderr, flush=True)
    for column in args.column or COLUMNS:
        print(table(column, tally(rows, column, blind=args.blind), args.sets_detail, args.blind))
        print()
    print(per_set(rows, names))
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=0, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

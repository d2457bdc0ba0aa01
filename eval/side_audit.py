#!/usr/bin/env python3
"""Audit the casualty victim-side rules across wars: per `side_by` rule and per dev set, how often it is right.

    .venv/bin/python eval/side_audit.py                        # every dev set with texts, this checkout's lib
    .venv/bin/python eval/side_audit.py real7/attacks dev3     # some sets
    .venv/bin/python eval/side_audit.py --pred /tmp/m          # predictions saved by `measure.py --out /tmp/m`
    .venv/bin/python eval/side_audit.py --rows none            # also list the rows of one rule (text, gold, pred)
    .venv/bin/python eval/side_audit.py --save /tmp/a.json     # every matched row as JSON (to diff two libraries)

Predicted claims are matched to gold exactly as `presslens score` does (`presslens.evaluate._prepare` and `_pairs`);
each matched row is counted under its `side_by` (the rule that decided `victim_side`, docs/rules.md) as
`right` (gold's side), `over` (gold `unknown`, a side given), `other` (a side given, gold another side) or `under`
(`unknown` left where gold has a side). A war is the gold record's `conflict` (seeds: panjshir-2021; dev2, dev3: the
set's invented wars, one label per set). A rule is `right`/`wrong` in a war when it has at least one right/wrong row
there. Held-out sets (real5, real3/wars-b, real4/b) are refused: they are the lead's only.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

HELD_OUT = ("real5", "real3/wars-b", "real4/b")
OUTCOMES = ("right", "over", "other", "under")
WAR_OF_SET = {"seeds": "panjshir-2021", "dev2": "invented:dev2", "dev3": "invented:dev3"}


def dev_sets() -> list[str]:
    """Every set under eval/ with gold, held-out ones left out (measure.find_sets' order)."""
    from measure import find_sets
    return [s for s in find_sets() if not any(s == h or s.startswith(h + "/") for h in HELD_OUT)]


def outcome(gold_side: str | None, pred_side: str | None) -> str:
    """One matched row's side -> right, over, other or under.

    >>> [outcome("civilian", "civilian"), outcome("unknown", "civilian"), outcome("gov", "rebels"), outcome("gov", "unknown")]
    ['right', 'over', 'other', 'under']
    """
    gold_side, pred_side = gold_side or "unknown", pred_side or "unknown"
    if gold_side == pred_side:
        return "right"
    if gold_side == "unknown":
        return "over"
    return "under" if pred_side == "unknown" else "other"


def predict(name: str) -> list[dict]:
    """Run the casualty extractor (with quotes, as measure.py does) on one set -> its JSON records."""
    from measure import extract
    return extract(name)[1]


def matched_rows(name: str, pred: list[dict]) -> list[dict]:
    """Gold and predictions of one set -> one dict per matched pair (set, war, article, rule, sides, outcome)."""
    from presslens import evaluate as E

    gold, pred = E._prepare(E.load_jsonl(EVAL / name / "gold" / "casualties.jsonl"), pred)
    rows = []
    for gi, pi in E._pairs("casualties", gold, pred):
        g, p = gold[gi], pred[pi]
        rows.append({"set": name, "war": g.get("conflict") or WAR_OF_SET.get(name, name), "article": g["article"],
                     "rule": p.get("side_by") or "none", "gold": g.get("victim_side") or "unknown",
                     "pred": p.get("victim_side") or "unknown", "outcome": outcome(g.get("victim_side"),
                                                                                   p.get("victim_side")),
                     "category": g["category"], "low": g.get("low"), "high": g.get("high"),
                     "text": p.get("text") or p.get("evidence") or ""})
    return rows


def table(rows: list[dict]) -> str:
    """Per rule: rows right / over / other / under, wars right / wrong, and the sets where it is wrong."""
    by_rule: dict[str, Counter] = defaultdict(Counter)
    wars_right, wars_wrong = defaultdict(set), defaultdict(set)
    sets_of: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        by_rule[r["rule"]][r["outcome"]] += 1
        (wars_right if r["outcome"] == "right" else wars_wrong)[r["rule"]].add(r["war"])
        if r["outcome"] != "right":
            sets_of[r["rule"]][r["set"]] += 1
    out = ["| side_by | matched | right | over | other | under | wars right | wars wrong | wrong on (set: rows) |",
           "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for rule, c in sorted(by_rule.items(), key=lambda kv: -sum(kv[1].values())):
        where = ", ".join(f"{s} {n}" for s, n in sets_of[rule].most_common())
        out.append(f"| {rule} | {sum(c.values())} | {c['right']} | {c['over']} | {c['other']} | {c['under']} | "
                   f"{len(wars_right[rule])} | {len(wars_wrong[rule])} | {where} |")
    total = Counter(r["outcome"] for r in rows)
    out.append(f"| **all** | {len(rows)} | {total['right']} | {total['over']} | {total['other']} | "
               f"{total['under']} | {len({r['war'] for r in rows if r['outcome'] == 'right'})} | "
               f"{len({r['war'] for r in rows if r['outcome'] != 'right'})} | |")
    return "\n".join(out)


def per_set(rows: list[dict]) -> str:
    """Per set and rule: right/matched, for the rules that fire there."""
    out = ["| set | rule: right/matched ... |", "| --- | --- |"]
    sets = list(dict.fromkeys(r["set"] for r in rows))
    for s in sets:
        c: dict[str, Counter] = defaultdict(Counter)
        for r in rows:
            if r["set"] == s:
                c[r["rule"]][r["outcome"] == "right"] += 1
        cells = ", ".join(f"{rule} {v[True]}/{v[True] + v[False]}"
                          for rule, v in sorted(c.items(), key=lambda kv: -sum(kv[1].values())))
        out.append(f"| {s} | {cells} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set folders relative to eval/ (default: every dev set)")
    parser.add_argument("--pred", type=Path, help="read SET.c.jsonl saved by measure.py --out instead of running")
    parser.add_argument("--rows", action="append", default=[], help="list the wrong rows of this side_by rule")
    parser.add_argument("--all-rows", action="store_true", help="with --rows: the right rows too")
    parser.add_argument("--save", type=Path, help="write every matched row as JSON lines")
    args = parser.parse_args(argv)
    names = args.sets or dev_sets()
    for name in names:
        if any(name == h or name.startswith(h + "/") for h in HELD_OUT):
            raise SystemExit(f"{name} is held out (the lead's only): not audited")
    rows: list[dict] = []
    for name in names:
        if args.pred:
            from presslens import evaluate as E
            pred = E.load_jsonl(args.pred / f"{name.replace('/', '_')}.c.jsonl")
        else:
            pred = predict(name)
        rows += matched_rows(name, pred)
        print(f"audited {name}", file=sys.stderr, flush=True)
    print(table(rows))
    print()
    print(per_set(rows))
    for rule in args.rows:
        print(f"\n## rows of `{rule}`")
        for r in rows:
            if r["rule"] == rule and (args.all_rows or r["outcome"] != "right"):
                print(f"- {r['outcome']:5} {r['set']} {r['war']} {r['article']}: gold {r['gold']} pred {r['pred']} "
                      f"| {r['category']} {r['low']}-{r['high']} | {r['text'][:150]!r}")
    if args.save:
        args.save.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

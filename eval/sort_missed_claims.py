#!/usr/bin/env python3
"""Sort missed gold claims (eval/missed_claims.py's JSON lines) into coarse construction families, one table row each
with its rows, distinct wars (gold `conflict`) and sets: the first sort of docs/rules.md "Session 17: claim recall".

    .venv/bin/python eval/missed_claims.py /tmp/pred SETS > /tmp/missed.jsonl
    .venv/bin/python eval/sort_missed_claims.py /tmp/missed.jsonl

A row goes to the first family whose test it passes (tests on the gold record, its located span and sentence, and the
nearest prediction); the families are coarse: a family's rows share why the grammar misses them, not one mechanism.
"""
from __future__ import annotations

import collections
import json
import re
import sys

_COUNT_WORD = re.compile(r"\b(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\b", re.I)


def family(r: dict) -> str:
    """The family of one missed gold claim (a line of eval/missed_claims.py)."""
    s, sp = r["sentence"], r["span"]
    n = r.get("nearest") or {}
    d = set(n.get("differs") or [])
    if r["low"] == 0 and r["high"] == 0:
        return "Z zero told"
    if n and d and d <= {"low", "high"} and not n.get("matched_elsewhere"):
        return "B the count found, its bound or number form read otherwise"
    if r["category"] == "displaced":
        return "D displacement told by a verb or noun the lexicon lacks"
    if re.search(r"\bincluding\b|\bamong\b|\bof whom\b|\bof them\b|\bof those\b|\bincluded?\b", sp, re.I):
        return "P a part or subset of a count"
    if r["vague"]:
        return "V a vague amount with no counted head or cue the grammar reads"
    if re.search(r"\b(and|as well as)\b", sp) and len(_COUNT_WORD.findall(sp)) >= 2:
        return "L a list of people or counts around one cue, a later item missed"
    if r["low"] == 1 and r["high"] == 1:
        return "O one person with a cue the single-person grammar does not reach"
    words = s.split()
    if not s.rstrip().endswith((".", '"', "”", "'")) and sum(w[:1].isupper() for w in words) * 2 > len(words):
        return "H a headline or a table row"
    return "C a count with a cue or link the grammar lacks"


def main(argv: list[str] | None = None) -> int:
    path = (argv if argv is not None else sys.argv[1:])[0]
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    by: dict[str, list[dict]] = collections.defaultdict(list)
    for r in rows:
        by[family(r)].append(r)
    print("| family (construction) | rows | wars | sets |\n| --- | --- | --- | --- |")
    for name, rs in sorted(by.items(), key=lambda kv: (-len({r["conflict"] for r in kv[1]}), kv[0])):
        print(f"| {name} | {len(rs)} | {len({r['conflict'] for r in rs})} | {len({r['set'] for r in rs})} |")
    print(f"| all | {len(rows)} | {len({r['conflict'] for r in rows})} | {len({r['set'] for r in rows})} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Sort the wrong victim sides of the dev sets into families, by the words of the claim and the two sides.

    .venv/bin/python eval/side_audit.py --pred /tmp/m --save /tmp/a.json
    .venv/bin/python eval/side_census.py /tmp/a.json               # family x war counts (markdown)
    .venv/bin/python eval/side_census.py /tmp/a.json --rows L      # the rows of one family (its letter)

A first pass only (session 22, docs/rules.md "Session 22: victim sides on real copy"): each family's rows were then
read in their articles; a row the pass puts in the wrong family is moved by hand in the docs, not here (the
verbs of loss, family L there, sit in E and C1 here). Families
are tried in the order below; the first that fits takes the row.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict

GENERIC = ("unknown", "civilian", "both")
_NATIONALS = re.compile(r"\b[A-Z][a-z]+(?:ans|ians|is|ese)\b")
FAMILIES = [
    ("G", "a generic side's body or trade named (UN, Red Cross, journalists, aid workers)",
     lambda t, g, p, r: re.search(r"united nations|red cross|\bu\.n\.|journalist|photographer|aid worker", t.lower())),
    ("P", "a possessive or partitive ties the victims to an owner ('his troops', 'of its men', 'of the dead')",
     lambda t, g, p, r: re.search(r"\b(?:his|her|its|their|our)\b|\bof (?:the|those) (?:dead|killed|wounded)", t)),
    ("E", "a side's report of losses without victims' words ('heavy casualties', 'no casualties')",
     lambda t, g, p, r: re.search(r"\benemy\b|heavy (?:casualties|losses)|large casualties|no casualties|"
                                  r"no fatalities", t.lower()) or r["rule"] == "none" and
     re.search(r"casualties|losses", t.lower()) and g not in GENERIC),
    ("N", "a nationality plural ('two Palestinians', '25 Russians')",
     lambda t, g, p, r: r["rule"] in ("nationals_between_states", "nationality_not_civilian",
                                       "citizens_between_states") or _NATIONALS.search(t) and p in GENERIC
     and g not in GENERIC),
    ("O1", "over: `civilian` given, gold `unknown`", lambda t, g, p, r: g == "unknown" and p == "civilian"),
    ("O2", "over: a side given, gold `unknown`", lambda t, g, p, r: g == "unknown" and p not in GENERIC),
    ("W", "the other side given", lambda t, g, p, r: g not in GENERIC and p not in GENERIC),
    ("C2", "a bare count or word, gold `civilian`", lambda t, g, p, r: g == "civilian" and p == "unknown"),
    ("C1", "a bare count or word, gold a side (the story's side)", lambda t, g, p, r: g not in GENERIC and
     p == "unknown"),
    ("B", "gold `both`", lambda t, g, p, r: g == "both"),
    ("D", "other", lambda t, g, p, r: True),
]


def family(row: dict) -> str:
    """The letter of the first family that fits one wrong row."""
    return next(letter for letter, _what, fits in FAMILIES if fits(row["text"], row["gold"], row["pred"], row))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("audit", help="the JSON lines `side_audit.py --save` wrote")
    parser.add_argument("--rows", help="list the rows of this family letter")
    args = parser.parse_args()
    wrong = [r for r in map(json.loads, open(args.audit, encoding="utf-8")) if r["outcome"] != "right"]
    by: dict[str, Counter] = defaultdict(Counter)
    for r in wrong:
        by[family(r)][r["war"]] += 1
        if args.rows == family(r):
            print(f"{r['set']} | {r['war']} | {r['rule']} | {r['gold']} <- {r['pred']} | {r['text'][:100]}")
    if args.rows:
        return
    print(f"{len(wrong)} matched claims with a wrong side\n")
    print("| family | rows | wars | rows per war |\n| --- | --- | --- | --- |")
    for letter, what, _fits in FAMILIES:
        wars = by.get(letter)
        if wars:
            per = ", ".join(f"{w} {n}" for w, n in wars.most_common())
            print(f"| {letter}. {what} | {sum(wars.values())} | {len(wars)} | {per} |")


if __name__ == "__main__":
    main()

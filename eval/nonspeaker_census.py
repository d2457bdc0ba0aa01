"""List the wrong speakers and claimants of the dev sets whose predicted phrase can say nothing.

Usage: .venv/bin/python eval/nonspeaker_census.py PRED_DIR [--all]

Reads `presslens score quotes|casualties ... --misses` for every dev set with predictions in PRED_DIR (saved by
`eval/measure.py --out PRED_DIR`) and prints each WRONG speaker / claimant and each FALSE+ whose predicted phrase
is flagged by `flag()`: a bare number, a harm or abstract noun head, or a phrase with its own finite verb.
Adapted from the lead's session-21 census (/tmp/classify.py). `--all` prints every wrong row, flagged or not.
"""
from __future__ import annotations

import collections
import os
import re
import subprocess
import sys

HELD = {"real5", "real3/wars-b", "real4/b"}
WRONG = re.compile(r"WRONG\s+.*?(speaker|claimant): gold (None|'.*?') pred (None|'.*?')[;:]")
FALSE = re.compile(r"FALSE\+\s+'(.*?)' \[")
NUMBER = re.compile(r"^(?:\W*\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    r"twenty|thirty|forty|fifty|hundred|dozens?|hundreds|thousands|scores)\W*$", re.I)
HARM = {"death", "deaths", "dead", "bodies", "body", "casualties", "casualty", "attack", "attacks", "crimes",
        "crime", "killing", "killings", "injuries", "wounded", "fatalities", "toll", "massacre", "fighting",
        "clashes", "violence", "bombing", "shelling", "fire", "victims"}
ABSTRACT = {"fact", "figures", "figure", "evaluations", "evaluation", "number", "numbers", "total", "count",
            "name", "information", "data", "estimate", "estimates", "situation", "reports", "details", "toll",
            "news", "claims", "claim", "allegations", "evidence", "result", "results", "losses", "casualty"}
FINITE = re.compile(r"\b(?:lay|stood|were|was|is|are|had|has|have|received|continued|published|rose|fell|"
                    r"remained|came|went|left|took|gave|showed|reached|stands|stood|added|began)\b", re.I)


def flag(phrase: str) -> str:
    """Why a predicted phrase cannot speak ('' when it could).

    >>> flag('four'), flag('bodies lay'), flag('this fact'), flag('Guram Donadze')
    ('number', 'finite verb', 'abstract noun', '')
    """
    p = phrase.strip(" '\"")
    words = re.findall(r"[\w’'-]+", p.lower())
    if not words:
        return "empty"
    if NUMBER.match(p):
        return "number"
    if FINITE.search(p) and len(words) > 1:
        return "finite verb"
    if words[-1] in HARM:
        return "harm noun"
    if words[-1] in ABSTRACT:
        return "abstract noun"
    return ""


def sets_with(pred: str) -> list[str]:
    """The dev sets with predictions in `pred` (names as eval/ folders)."""
    out = []
    for f in sorted(os.listdir(pred)):
        if f.endswith(".q.jsonl"):
            name = f[: -len(".q.jsonl")]
            s = name.replace("_", "/") if not os.path.isdir(f"eval/{name}") else name
            if s not in HELD:
                out.append(s)
    return out


def main(pred: str, show_all: bool) -> None:
    counts: collections.Counter = collections.Counter()
    for s in sets_with(pred):
        for kind, suf in (("quotes", "q"), ("casualties", "c")):
            gold = f"eval/{s}/gold/{kind}.jsonl"
            p = f"{pred}/{s.replace('/', '_')}.{suf}.jsonl"
            if not (os.path.exists(gold) and os.path.exists(p)):
                continue
            text = subprocess.run([".venv/bin/presslens", "score", kind, gold, p, "--misses"],
                                  capture_output=True, text=True).stdout
            doc = ""
            for line in text.splitlines():
                if line.startswith("== "):
                    doc = line[3:]
                m = WRONG.search(line)
                f = FALSE.search(line)
                if m:
                    g, ph, tag = m.group(2), m.group(3), "WRONG"
                elif f and kind == "quotes":
                    g, ph, tag = "-", "'" + f.group(1) + "'", "FALSE"
                else:
                    continue
                why = flag(ph) if ph != "None" else ""
                if why or show_all:
                    counts[(why, tag)] += 1
                    print(f"{why or '-':13} {tag:5} {kind[0]} {s:16} {doc[:34]:34} {g} <- {ph}")
    for k, v in counts.most_common():
        print(v, k, file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], "--all" in sys.argv)

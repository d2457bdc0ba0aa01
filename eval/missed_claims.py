#!/usr/bin/env python3
"""Every gold casualty claim no prediction matched, with the sentence it comes from, one JSON line each.

    .venv/bin/python eval/measure.py SETS --out /tmp/pred                 # predictions of each set first
    .venv/bin/python eval/missed_claims.py /tmp/pred SETS > /tmp/missed.jsonl

Hashed gold (`tokens`) does not show its text; the sentence of the article that holds the most of the record's
token hashes is taken, and inside it the shortest stretch of words holding them (`span`; `cover` says how many of
the record's hashes it holds). With a claim told twice in an article (a title and its lead) the sentence found may
be the copy that was matched: read `nearest` (the closest prediction, and whether another gold record took it).
Each line: set, article, conflict (the gold's; the invented conflicts of seeds/dev2/dev3 by their READMEs),
category, low, high, vague, victim_side, cover, span, sentence, nearest. eval/RECALL_FAMILIES.md sorts them.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent
ROOT = EVAL.parent

#: the invented conflicts of the kit's sets, by article prefix (eval/dev2/README.md, eval/dev3/README.md)
INVENTED = {**{f"d{i:02d}": c for c, ids in (("velmaria", range(1, 5)), ("kanessa", range(5, 8)),
                                             ("sarqan", range(8, 11)), ("valderra", range(11, 14)),
                                             ("lantara", range(14, 17))) for i in ids},
            **{f"e{i:02d}": c for c, ids in (("korvatia", range(1, 5)), ("tindara", range(5, 9)),
                                             ("qandara", range(9, 11)), ("orvane", range(11, 13))) for i in ids}}


def _hash(token: str) -> str:
    return hashlib.sha1(token.encode()).hexdigest()[:8]


def locate(text: str, hashes: set[str]) -> tuple[int, str, str]:
    """(hashes held, sentence, shortest span holding them) of the sentence of `text` holding most of `hashes`."""
    from presslens import evaluate as E
    from presslens.casualties.extract import split_sentences
    best = (-1, "", "")
    for a, b in split_sentences(text):
        sent = text[a:b]
        words = [(m.start(), m.end(), {_hash(t) for t in E.tokens(m.group())} & hashes)
                 for m in re.finditer(r"[^\W_]+", sent)]
        held = set().union(*(w[2] for w in words)) if words else set()
        if len(held) <= best[0]:
            continue
        window = None
        for i in range(len(words)):
            acc: set[str] = set()
            for j in range(i, len(words)):
                acc |= words[j][2]
                if len(acc) == len(held):
                    if window is None or j - i < window[1] - window[0]:
                        window = (i, j)
                    break
        best = (len(held), sent.strip(), sent[words[window[0]][0]:words[window[1]][1]] if window else "")
    return best


def missed(name: str, preds: Path) -> list[dict]:
    """The MISSED records of one set (presslens.evaluate.misses), each with its sentence."""
    from presslens import evaluate as E
    gold = E.load_jsonl(EVAL / name / "gold" / "casualties.jsonl")
    pred = E.load_jsonl(preds / f"{name.replace('/', '_')}.c.jsonl")
    texts = ROOT / "seeds" if name == "seeds" else EVAL / name / "texts"
    rows = []
    for m in E.misses("casualties", gold, pred)["missed"]:
        g = next(r for r in gold if E.article_of(r) == m["article"] and E._brief("casualties", r) == m["gold"])
        hashes = set(g["tokens"]) if "tokens" in g else E.hashed(g.get("text"))
        held, sentence, span = locate((texts / m["article"]).read_text(encoding="utf-8"), hashes)
        near = m["nearest"]
        rows.append({"set": name, "article": m["article"],
                     "conflict": g.get("conflict") or ("panjshir-2021" if name == "seeds" else
                                                       INVENTED.get(m["article"][:3], "")),
                     **{k: g.get(k) for k in ("category", "low", "high", "vague", "victim_side")},
                     "cover": f"{held}/{len(hashes)}", "span": g.get("text") or span, "sentence": sentence,
                     "nearest": near and {k: near.get(k) for k in ("category", "low", "high", "vague", "differs",
                                                                    "matched_elsewhere")}})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("preds", type=Path, help="the predictions folder of `eval/measure.py --out`")
    parser.add_argument("sets", nargs="+", help="set folders relative to eval/")
    args = parser.parse_args(argv)
    for name in args.sets:
        for row in missed(name, args.preds):
            print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

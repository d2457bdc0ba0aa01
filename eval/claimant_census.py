#!/usr/bin/env python3
"""List every matched claim whose claimant is wrong (gold null and a claimant predicted, the reverse, or two names
that differ), with the prediction's `claimant_by`, its quote row's speaker, and the sentence before and the
sentence of the claim: the rows to sort into claimant families (docs/rules.md "Session 22: casualty claimants").

    .venv/bin/python eval/measure.py SETS... --out /tmp/m        # predictions first
    .venv/bin/python eval/claimant_census.py /tmp/m SETS...      # one block per row
    .venv/bin/python eval/claimant_census.py /tmp/m SETS... --tsv # one line per row (set, war, kind, by, gold, pred)

Rows are matched as `presslens score` matches them (presslens.evaluate). The held-out sets are refused.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))
import measure  # noqa: E402  (eval/measure.py: texts of a set)

HELD_OUT = ("real5", "real3/wars-b", "real4/b")


def _kind(gold: str | None, pred: str | None) -> str:
    """'gold null' / 'pred null' / 'names differ'."""
    return "gold null" if gold is None else "pred null" if pred is None else "names differ"


def census(pred_dir: Path, name: str) -> list[dict]:
    """One set -> its wrong-claimant rows, each with its context."""
    from presslens import evaluate as E

    gold = E.load_jsonl(EVAL / name / "gold" / "casualties.jsonl")
    pred = E.load_jsonl(pred_dir / f"{name.replace('/', '_')}.c.jsonl")
    quotes = {q.get("quote_id"): q for q in E.load_jsonl(pred_dir / f"{name.replace('/', '_')}.q.jsonl")}
    gold, pred = E._prepare(gold, pred)
    texts, _ = measure.texts_of(name)
    rows = []
    for gi, pi in E._pairs("casualties", gold, pred):
        g, p = gold[gi], pred[pi]
        if E.same_claimant(g, p.get("claimant")):
            continue
        t = (texts / g["article"]).read_text(encoding="utf-8")
        s = p.get("start") or 0
        a = max(t.rfind(". ", 0, max(0, t.rfind(". ", 0, s))), t.rfind("\n", 0, s), 0)
        b = min([x for x in (t.find(". ", p.get("end") or s), t.find("\n", p.get("end") or s)) if x >= 0] or [len(t)])
        q = quotes.get(p.get("quote_id"))
        rows.append({"set": name, "war": g.get("conflict"), "article": g["article"],
                     "kind": _kind(g.get("claimant"), p.get("claimant")),
                     "gold": g.get("claimant"), "pred": p.get("claimant"), "by": p.get("claimant_by"),
                     "quote_speaker": q.get("speaker") if q else None, "speaker_by": q.get("speaker_by") if q else None,
                     "text": p.get("text"), "context": re.sub(r"\s+", " ", t[a:b + 1]).strip()})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--tsv", action="store_true")
    args = ap.parse_args()
    for name in args.sets:
        if name.startswith(HELD_OUT):
            raise SystemExit(f"{name}: held out")
        for r in census(args.pred_dir, name):
            if args.tsv:
                print("\t".join(str(r[k]) for k in ("set", "war", "kind", "by", "gold", "pred", "quote_speaker")))
            else:
                print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main()

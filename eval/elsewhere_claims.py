#!/usr/bin/env python3
"""Sort the missed gold claims whose nearest prediction another gold record took (`matched_elsewhere` in
eval/missed_claims.py) by why the missed record has no prediction of its own: docs/rules.md, "Session 28: misses
matched elsewhere".

    .venv/bin/python eval/measure.py --out /tmp/pred                         # predictions of each set first
    .venv/bin/python eval/elsewhere_claims.py /tmp/pred SETS > /tmp/elsewhere.jsonl   # one JSON line a row
    .venv/bin/python eval/elsewhere_claims.py /tmp/pred SETS --table          # the census table

A record's value is (category, low, high, vague), what the scorer pairs on (`evaluate._same_claim`); its sentence is
the one eval/missed_claims.py locates by the record's token hashes. The kinds, first test first:
  A2 the article holds the value in a prediction of the record's own sentence, and the scorer gave that prediction to
     another gold record of the same value (the copy chosen by token overlap: the miss is named on the other copy);
  A1 another gold record of the article has the same value, and no prediction lies in the record's sentence (the
     value told again; gold keeps each telling, the extractor read one);
  B1 / B2 the nearest prediction lies in the record's sentence and went to another gold record of the same sentence:
     two records told in one phrase, of two kinds (B1, `killing and injuring dozens`) or one kind (B2, a total and
     its parts, two counts);
  C  the nearest prediction lies in the record's sentence with another value, taken by a gold record told elsewhere;
  D  predictions lie in the record's sentence, none with its value (a list item or clause the grammar skips);
  E  no prediction in the record's sentence at all: the nearest is a prediction elsewhere sharing a word (a finding
     miss, not a pairing).
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

import missed_claims as MC

KINDS = {"A2": "the scorer gave the sentence's row of the value to another copy (the miss named on that copy)",
         "A1": "the value told again, no row in the record's sentence (gold keeps each telling)",
         "B1": "two records in one phrase, two kinds; the extractor made the other",
         "B2": "two records in one phrase, one kind (a total and its parts, two counts); the extractor made the other",
         "C": "the record's phrase read with another value, which a gold record told elsewhere took",
         "D": "the sentence read, the record's value in no row of it",
         "E": "no row in the record's sentence (the nearest shares a word only)"}


def _value(r: dict) -> tuple:
    from presslens import evaluate as E
    return r["category"], r.get("low"), r.get("high"), E.norm_vague(r.get("vague"))


def _sentence(text: str, g: dict) -> tuple[int, int, str]:
    from presslens import evaluate as E
    held, sent, span = MC.locate(text, set(g["tokens"]) if "tokens" in g else E.hashed(g.get("text")))
    a = text.find(sent) if sent else -1
    return (a, a + len(sent), g.get("text") or span) if a >= 0 else (-1, -1, g.get("text") or span)


def _kind(g, p, g2, same_value, in_sent, p_in, same_sentence) -> str:
    if any(_value(x) == _value(g) for x in in_sent) and same_value:
        return "A2"
    if same_value:
        return "D" if in_sent else "A1"
    if p_in and same_sentence:
        return "B1" if g["category"] != g2["category"] else "B2"
    return "C" if p_in else ("D" if in_sent else "E")


def elsewhere(name: str, preds: Path) -> list[dict]:
    """The set's missed gold records whose nearest prediction another gold record took, each with its kind."""
    from presslens import evaluate as E
    gold, pred = E._prepare(E.load_jsonl(MC.EVAL / name / "gold" / "casualties.jsonl"),
                            E.load_jsonl(preds / f"{name.replace('/', '_')}.c.jsonl"))
    taken = {pi: gi for gi, pi in E._pairs("casualties", gold, pred)}
    texts = MC.ROOT / "seeds" if name == "seeds" else MC.EVAL / name / "texts"
    rows = []
    for gi, g in enumerate(gold):
        if gi in taken.values():
            continue
        mine = [pi for pi, p in enumerate(pred) if p["article"] == g["article"]]
        pi = max(mine, key=lambda i: E.overlap(g, pred[i]), default=None)
        if pi is None or E.overlap(g, pred[pi]) <= 0 or pi not in taken:
            continue
        text = (texts / g["article"]).read_text(encoding="utf-8")
        p, g2 = pred[pi], gold[taken[pi]]
        a, b, span = _sentence(text, g)
        a2, b2, span2 = _sentence(text, g2)
        in_sent = [x for x in pred if x["article"] == g["article"] and a <= x.get("start", -1) < b]
        same_value = any(x["article"] == g["article"] and xi != gi and _value(x) == _value(g)
                         for xi, x in enumerate(gold))
        p_in = a <= p.get("start", -1) < b or a < p.get("end", -1) <= b
        kind = _kind(g, p, g2, same_value, in_sent, p_in, (a, b) == (a2, b2))
        rows.append({"set": name, "article": g["article"], "kind": kind,
                     "conflict": g.get("conflict") or ("panjshir-2021" if name == "seeds" else
                                                       MC.INVENTED.get(g["article"][:3], "")),
                     "value": list(_value(g)), "span": span, "nearest": p.get("text"), "nearest_value": list(_value(p)),
                     "taken_by": span2, "taken_value": list(_value(g2))})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("preds", type=Path, help="the predictions folder of `eval/measure.py --out`")
    parser.add_argument("sets", nargs="+", help="set folders relative to eval/")
    parser.add_argument("--table", action="store_true", help="print the census (rows, wars, sets a kind)")
    args = parser.parse_args(argv)
    rows = [r for name in args.sets for r in elsewhere(name, args.preds)]
    if not args.table:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return 0
    by: dict[str, list[dict]] = collections.defaultdict(list)
    for r in rows:
        by[r["kind"]].append(r)
    print("| kind | rows | wars | sets |\n| --- | --- | --- | --- |")
    for k in KINDS:
        rs = by.get(k, [])
        print(f"| {k} {KINDS[k]} | {len(rs)} | {len({r['conflict'] for r in rs})} | {len({r['set'] for r in rs})} |")
    print(f"| all | {len(rows)} | {len({r['conflict'] for r in rows})} | {len({r['set'] for r in rows})} |")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())

#!/usr/bin/env python3
"""Census of sides the registry should give: matched rows whose side is wrong, and whether the set's own registry
reads the gold side from the row's words (session 26, docs/rules.md "Session 26: sides that the registry should
give").

    .venv/bin/python eval/measure.py --out /tmp/m                          # predictions first
    .venv/bin/python eval/registry_census.py --pred /tmp/m real24/voices real25/tolls ...

Quotes: gold and predicted statements paired as `presslens score` pairs them; a row is listed when the speaker is
right and the side wrong. Casualties: rows `under` or `other` of eval/side_audit.py. Each row gets a `reading`:
`phrase` when the registry (`Actors.side_from_context` or `Actors.registry_side` of the article's view) gives the
gold side from the speaker phrase or the claim's own span (the registry's words are there and the extractor did not
use them), `window` when only the 60 characters either side of the claim do (the owner stands outside the claim:
a grammar family, not a registry one), `-` when neither does. Held-out sets (real5, real3/wars-b, real4/b) are
refused: they are the lead's only.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))
sys.path.insert(0, str(EVAL.parent / "lib"))

from side_audit import HELD_OUT, matched_rows  # noqa: E402


def reading(gold: str, phrase: str, window: str, view) -> str:
    """How the registry view reads `gold` from a row's words: 'phrase', 'window' or '-'.

    >>> from presslens.actors import Actors, _conflict
    >>> v = Actors([_conflict("ruvia", {"sides": {"gov": "", "rf": ""}, "keywords": {"rf": ["Ruvian Front"]}})])
    >>> reading("rf", "a Ruvian Front commander", "", v), reading("rf", "two killed", "the Ruvian Front said", v)
    ('phrase', 'window')
    >>> reading("gov", "two killed", "the Ruvian Front said", v)
    '-'
    """
    if phrase and gold in (view.side_from_context(phrase, cased=True), view.registry_side(phrase)):
        return "phrase"
    if window and view.registry_side(window) == gold:
        return "window"
    return "-"


def _views(name: str):
    from presslens.actors import load_actors
    path = EVAL / name / "actors.yaml"
    reg = load_actors(path) if path.is_file() else None
    texts = EVAL / name / "texts"
    return lambda article: reg.for_article(article, (texts / article).read_text()) if reg else None


def quote_rows(name: str, pred_dir: Path) -> list[dict]:
    """Speaker right, side wrong: one dict per such pair of a set."""
    from presslens import evaluate as E
    gold, pred = E._prepare(E.load_jsonl(EVAL / name / "gold" / "quotes.jsonl"),
                            E.load_jsonl(pred_dir / f"{name.replace('/', '_')}.q.jsonl"))
    view = _views(name)
    rows = []
    for gi, pi in E._pairs("quotes", gold, pred):
        g, p = gold[gi], pred[pi]
        gs, ps = g.get("speaker_side") or "unknown", p.get("speaker_side") or "unknown"
        if gs == ps or not E.same_speaker(g, p.get("speaker")):
            continue
        v = view(g["article"])
        rows.append({"set": name, "war": g.get("conflict") or name, "kind": "speaker", "gold": gs, "pred": ps,
                     "rule": p.get("side_by") or "none", "words": p.get("speaker") or "",
                     "reading": reading(gs, p.get("speaker") or "", "", v) if v else "-"})
    return rows


def claim_rows(name: str, pred_dir: Path) -> list[dict]:
    """Victim side `under` or `other`: one dict per such pair of a set, with the claim's +-60-character window."""
    preds = [json.loads(line) for line in (pred_dir / f"{name.replace('/', '_')}.c.jsonl").open()]
    view = _views(name)
    rows = []
    for r in matched_rows(name, preds):
        if r["outcome"] not in ("under", "other"):
            continue
        p = next((p for p in preds if p.get("article_id") == r["article"] and p.get("text") == r["text"]), None)
        text = (EVAL / name / "texts" / r["article"]).read_text()
        window = text[max(0, p["start"] - 60):p["end"] + 60].replace("\n", " ") if p else ""
        v = view(r["article"])
        rows.append({"set": name, "war": r["war"], "kind": "victim", "gold": r["gold"], "pred": r["pred"],
                     "rule": r["rule"], "words": r["text"], "window": window,
                     "reading": reading(r["gold"], r["text"], window, v) if v else "-"})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", help="set folders relative to eval/")
    parser.add_argument("--pred", type=Path, required=True, help="the SET.q/c.jsonl saved by measure.py --out")
    parser.add_argument("--rows", action="store_true", help="print every row (else the counts only)")
    args = parser.parse_args(argv)
    rows = []
    for name in args.sets:
        if any(name == h or name.startswith(h + "/") for h in HELD_OUT):
            print(f"refused: {name} is held out", file=sys.stderr)
            continue
        rows += quote_rows(name, args.pred) + claim_rows(name, args.pred)
    counts = Counter((r["kind"], r["reading"]) for r in rows)
    wars = {k: len({r["war"] for r in rows if (r["kind"], r["reading"]) == k}) for k in counts}
    print("| kind | registry reads gold from | rows | wars |\n| --- | --- | --- | --- |")
    for k, n in sorted(counts.items()):
        print(f"| {k[0]} | {k[1]} | {n} | {wars[k]} |")
    if args.rows:
        for r in rows:
            print(f"{r['reading']:7} {r['kind']:7} {r['set']} {r['war']} gold={r['gold']} pred={r['pred']} "
                  f"by={r['rule']} | {r['words']} | {r.get('window', '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

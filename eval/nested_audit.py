#!/usr/bin/env python3
"""List the gold quote rows that are missed or matched with a wrong speaker where the sentence holds two attributions
(another gold row of the same sentence, or a matched prediction naming another speaker): the rows to sort into
families of nested statements (docs/rules.md "Session 12: nested statements").

    .venv/bin/python eval/measure.py SETS... --out /tmp/m          # predictions first
    .venv/bin/python eval/nested_audit.py /tmp/m SETS...           # one block per row: gold, prediction, sentence
    .venv/bin/python eval/nested_audit.py /tmp/m SETS... --all     # every missed or wrong-speaker row

Rows are matched as `presslens score` matches them (presslens.evaluate); the sentence shown is the one of the
article whose tokens cover most of the gold row's (hashed gold has only its tokens), so a row over several sentences
shows its best one. The held-out sets (real5, real3/wars-b, real4/b) are refused.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))
import measure  # noqa: E402  (eval/measure.py: texts of a set)

HELD_OUT = ("real5", "real3/wars-b", "real4/b")
_RX_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’']?|\n|$)")


def audit(pred_dir: Path, name: str, *, every: bool = False) -> list[str]:
    """One set -> the text blocks of its missed or wrong-speaker rows in sentences with two attributions."""
    from presslens import evaluate as E

    gold = E.load_jsonl(EVAL / name / "gold" / "quotes.jsonl")
    pred = E.load_jsonl(pred_dir / f"{name.replace('/', '_')}.q.jsonl")
    gold, pred = E._prepare(gold, pred)
    matched = dict(E._pairs("quotes", gold, pred))
    texts, _ = measure.texts_of(name)
    sentences: dict[str, tuple[str, list]] = {}
    out = []
    for gi, g in enumerate(gold):
        p = pred[matched[gi]] if gi in matched else None
        if p is not None and E.same_speaker(g, p.get("speaker")):
            continue
        art = g["article"]
        if art not in sentences:
            t = (texts / art).read_text(encoding="utf-8")
            sentences[art] = (t, [(m.start(), m.end(), E.hashed(m.group())) for m in _RX_SENTENCE.finditer(t)])
        t, spans = sentences[art]
        tokens = E.token_set(g)
        if not spans or not tokens:
            continue
        a, b, toks = max(spans, key=lambda s: len(tokens & s[2]))
        others = [h for h in gold if h["article"] == art and h is not g
                  and len(E.token_set(h) & toks) >= 0.6 * max(1, len(E.token_set(h)))]
        inner = p is not None and p.get("speaker") and len(E.token_set(p) & tokens) < len(tokens)
        if not every and not others and not inner:
            continue
        lines = [f"## {name} | {g.get('conflict', '?')} | {art} | {'MISSED' if p is None else 'WRONG'}",
                 f"   gold: {g['speaker']!r} [{g.get('speaker_side')}] {g.get('kind')} cue={g.get('cue')!r}"]
        if p is not None:
            lines.append(f"   pred: {p.get('speaker')!r} [{p.get('speaker_side')}] cue={p.get('cue')!r} "
                         f"by={p.get('found_by')}/{p.get('speaker_by')} text={p.get('text', '')[:160]!r}")
        lines += [f"   other gold of the sentence: {h['speaker']!r} cue={h.get('cue')!r}" for h in others]
        lines.append(f"   sentence: {t[a:b].strip()[:500]!r}")
        out.append("\n".join(lines))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred", type=Path, help="folder of SET.q.jsonl (eval/measure.py --out)")
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--all", action="store_true", help="every missed or wrong-speaker row, nested or not")
    args = ap.parse_args(argv)
    refused = [s for s in args.sets if s in HELD_OUT]
    if refused:
        raise SystemExit(f"held-out sets are the lead's only: {', '.join(refused)}")
    n = 0
    for name in args.sets:
        for block in audit(args.pred, name, every=args.all):
            print(block)
            n += 1
    print(f"{n} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

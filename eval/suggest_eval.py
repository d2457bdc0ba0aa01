#!/usr/bin/env python3
"""How good is `presslens actors suggest` on a corpus whose registry it does not see?

    .venv/bin/python eval/suggest_eval.py GOLD_DIR TEXTS [--truth REGISTRY] [--draft OUT.yaml] [--json]

GOLD_DIR holds `quotes.jsonl` and `casualties.jsonl` (../shared/eval/GUIDELINES.md). The draft registry
is built from TEXTS alone. Measured, as issue 12's acceptance says:

- **listed**: of the named people and bodies (gold speaker or claimant with a capital letter, `the`
  ignored) that speak or claim at least twice, the share the draft names (its `lookup`, or the same
  name tokens as score.py compares them);
- **side agreement**: of their statements (gold quotes and claims), the share whose suggested side (the
  draft's side for that speaker; `unknown` when not listed) equals the true side, under the best
  one-to-one mapping of suggested side names to true ones (Hungarian method). The true side of a quote
  is its gold `speaker_side`; of a claim, the side the hidden registry (`--truth`, default
  GOLD_DIR/../actors.yaml) gives the claimant, else the side of the claimant's gold quotes.

Targets (issue 12): listed >= 80%, side agreement >= 70%.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

TITLES = {"mr", "mrs", "ms", "dr", "gen", "general", "lt", "col", "maj", "sen", "president", "prime", "minister",
          "spokesman", "the", "brig", "colonel", "major"}


def tokens(text: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return tuple(t for t in re.findall(r"[a-z0-9]+", text) if t not in TITLES)


def named(name: str | None) -> bool:
    name = re.sub(r"^(?i:the)\s+", "", (name or "").strip())
    return bool(name) and name[:1].isupper()


def hungarian(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Maximum-weight one-to-one assignment of rows to columns (pairs (row, col))."""
    n_rows, n_cols = len(weights), len(weights[0]) if weights else 0
    n = max(n_rows, n_cols)
    if n == 0:
        return []
    big = max((w for row in weights for w in row), default=0)
    cost = [[big - (weights[i][j] if i < n_rows and j < n_cols else 0) for j in range(n)] for i in range(n)]
    inf = float("inf")
    u, v, p, way = [0.0] * (n + 1), [0.0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    return [(p[j] - 1, j - 1) for j in range(1, n + 1) if p[j] and p[j] - 1 < n_rows and j - 1 < n_cols]


def load(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(gold_dir: Path, texts: Path, *, truth: Path | None = None, draft_out: Path | None = None) -> dict:
    from presslens import load_corpus
    from presslens.actors import load_actors
    from presslens.actors_suggest import suggest_registry

    corpus = load_corpus(texts)
    text = suggest_registry(corpus, source=str(texts))
    out = draft_out or Path(tempfile.mkdtemp()) / "draft.yaml"
    out.write_text(text, encoding="utf-8")
    draft = load_actors(out)                      # the draft loads as it is
    truth = truth or gold_dir.parent / "actors.yaml"
    true_reg = load_actors(truth) if truth.exists() else None

    quotes, claims = load(gold_dir / "quotes.jsonl"), load(gold_dir / "casualties.jsonl")
    quote_side: dict[tuple, Counter] = defaultdict(Counter)
    for q in quotes:
        if named(q.get("speaker")):
            quote_side[tokens(q["speaker"])][q.get("speaker_side") or "unknown"] += 1
    statements = []          # (name, true side)
    for q in quotes:
        if named(q.get("speaker")):
            statements.append((q["speaker"], q.get("speaker_side") or "unknown"))
    for c in claims:
        name = c.get("claimant")
        if not named(name):
            continue
        actor = true_reg.lookup(name) if true_reg else None
        side = actor.side if actor else (quote_side[tokens(name)].most_common(1)[0][0]
                                         if quote_side.get(tokens(name)) else None)
        if side:
            statements.append((name, side))
    per_name = Counter(tokens(n) for n, _ in statements)
    targets = {k for k, n in per_name.items() if n >= 2 and k}
    display = {}
    for n, _ in statements:
        display.setdefault(tokens(n), n)
    draft_forms = {}
    for a in draft.actors:
        for form in (a.name, *a.aliases):
            draft_forms.setdefault(tokens(form), a)

    def suggested(name: str):
        return draft.lookup(name) or draft_forms.get(tokens(name))

    listed = {k for k in targets if suggested(display[k])}
    pairs = [(suggested(n).side if suggested(n) else "unknown", side) for n, side in statements if tokens(n) in targets]
    s_names = sorted({s for s, _ in pairs})
    t_names = sorted({t for _, t in pairs})
    counts = Counter(pairs)
    matrix = [[counts[(s, t)] for t in t_names] for s in s_names]
    mapping = {s_names[i]: t_names[j] for i, j in hungarian(matrix) if matrix[i][j] > 0}
    agree = sum(n for (s, t), n in counts.items() if mapping.get(s) == t)
    missing = sorted(display[k] for k in targets - listed)
    wrong = Counter((display[tokens(n)], suggested(n).side if suggested(n) else "unknown", side)
                    for n, side in statements if tokens(n) in targets and mapping.get(
                        suggested(n).side if suggested(n) else "unknown") != side)
    return {"gold": str(gold_dir), "texts": str(texts), "draft": str(out), "targets": len(targets),
            "listed": len(listed), "listed_share": len(listed) / len(targets) if targets else 0.0,
            "statements": len(pairs), "agree": agree, "side_share": agree / len(pairs) if pairs else 0.0,
            "mapping": mapping, "missing": missing,
            "wrong": [{"speaker": a, "suggested": b, "true": c, "n": n} for (a, b, c), n in wrong.most_common()]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("texts", type=Path)
    ap.add_argument("--truth", type=Path, default=None, help="the hidden registry (sides of claim-only claimants)")
    ap.add_argument("--draft", type=Path, default=None, help="keep the draft registry here")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    r = evaluate(args.gold_dir, args.texts, truth=args.truth, draft_out=args.draft)
    if args.json:
        print(json.dumps(r, ensure_ascii=False, indent=1))
        return 0
    print(f"{r['texts']}: listed {r['listed']}/{r['targets']} named speakers and claimants with 2+ statements "
          f"({r['listed_share']:.1%}; target 80%)")
    print(f"side agreement {r['agree']}/{r['statements']} statements ({r['side_share']:.1%}; target 70%) "
          f"under the mapping {r['mapping']}")
    if r["missing"]:
        print("not listed: " + ", ".join(r["missing"]))
    for w in r["wrong"][:15]:
        print(f"  wrong side: {w['speaker']}: suggested {w['suggested']}, true {w['true']} ({w['n']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

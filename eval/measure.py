#!/usr/bin/env python3
"""Score every eval set whose texts are here, one line per set: the figures issue 11 sets targets for.

    .venv/bin/python eval/measure.py                           # all sets with texts, this checkout's lib
    .venv/bin/python eval/measure.py real5 real3/wars-b        # some sets
    .venv/bin/python eval/measure.py --out /tmp/m              # also save each set's predictions (SET.q/.c.jsonl)
    PYTHONPATH=/other/lib .venv/bin/python eval/measure.py     # another copy of the library (a base to compare)

A set is a folder under eval/ with `gold/quotes.jsonl` and `gold/casualties.jsonl` and its texts in `texts/`
(seeds: the repository's `seeds/`); its registry is the folder's `actors.yaml`, or the shipped one where there is
none (the Panjshir sets, as an analyst of that war runs the suite). A set with texts missing or differing from
its `sources.tsv` sha256 is listed as skipped (eval/restore_texts.py puts them back). Columns: quotes F1,
speaker and side accuracy; casualties F1 (recall), sided F1 and claimant accuracy (docs/annotation.md, eval/README.md).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent
ROOT = EVAL.parent


def find_sets() -> list[str]:
    """Every folder under eval/ with both gold files, as a path relative to eval/ (sorted, seeds/dev sets first)."""
    found = [p.parent.parent.relative_to(EVAL).as_posix() for p in EVAL.glob("**/gold/casualties.jsonl")
             if (p.parent / "quotes.jsonl").exists()]
    first = [s for s in ("seeds", "dev2", "dev3") if s in found]
    # real, real2, ..., real9, real10: by the length of the top folder's name, then by name
    return first + sorted((s for s in found if s not in first), key=lambda s: (len(s.split("/")[0]), s))


def texts_of(name: str) -> tuple[Path, str | None]:
    """-> (texts folder, why the set cannot run or None)."""
    folder = EVAL / name
    texts = ROOT / "seeds" if name == "seeds" else folder / "texts"
    sources = folder / "sources.tsv"
    if not sources.exists():
        return texts, None if texts.is_dir() else f"no {texts}"
    import csv
    with open(sources, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if (r.get("file") or "").strip()]
    bad = [r["file"] for r in rows if not (texts / r["file"]).is_file()
           or hashlib.sha256((texts / r["file"]).read_bytes()).hexdigest() != r["sha256"].strip().lower()]
    return texts, (f"{len(bad)} of {len(rows)} texts missing or changed" if bad else None)


def extract(name: str, *, casualties: bool = True) -> tuple[list[dict], list[dict] | None]:
    """Run the extractors on one set as an analyst would (its registry, or the shipped one) -> (quote records,
    claim records or None); the claims are extracted with the quotes, as `presslens casualties` does."""
    from presslens import config, extract_quotes, load_actors, load_corpus
    from presslens.casualties import extract_casualties
    from presslens.cli import _records_for_json

    texts, why = texts_of(name)
    if why:
        raise SystemExit(f"{name}: {why} (python3 eval/restore_texts.py --status --missing)")
    registry = EVAL / name / "actors.yaml"
    actors = load_actors(registry if registry.exists() else config.DEFAULT_ACTORS)
    corpus = load_corpus(texts)
    quotes = extract_quotes(corpus, actors=actors)
    claims = extract_casualties(corpus, quotes=quotes, actors=actors) if casualties else None
    return _records_for_json(quotes), (_records_for_json(claims) if claims is not None else None)


def measure(name: str, out: Path | None = None) -> dict:
    """Run both extractors on one set and score them -> {"quotes": report, "casualties": report}."""
    from presslens import evaluate as E

    quotes, claims = extract(name)
    result = {}
    for kind, records, suffix in (("quotes", quotes, "q"), ("casualties", claims, "c")):
        if out is not None:
            path = out / f"{name.replace('/', '_')}.{suffix}.jsonl"
            path.write_text("".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in records),
                            encoding="utf-8")
        result[kind] = E.report(kind, E.load_jsonl(EVAL / name / "gold" / f"{kind}.jsonl"), records)
    return result


def line(name: str, res: dict) -> str:
    """One table row: quotes F1 / speaker / side | casualties F1 (recall) / sided F1 / claimant."""
    q, c = res["quotes"], res["casualties"]
    f = lambda x: f"{x:.3f}" if isinstance(x, (int, float)) else "-"   # noqa: E731
    return (f"| {name} | {f(q.get('f1'))} | {f(q.get('speaker_accuracy'))} | {f(q.get('side_accuracy'))} | "
            f"{f(c.get('f1'))} ({f(c.get('recall'))}) | {f(c.get('sided_f1'))} | {f(c.get('claimant_accuracy'))} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set folders relative to eval/ (default: every set found)")
    parser.add_argument("--out", type=Path, help="save predictions here as SET.q.jsonl / SET.c.jsonl")
    parser.add_argument("--json", type=Path, help="write every set's full reports to this file")
    args = parser.parse_args(argv)
    names = args.sets or find_sets()
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    print("| set | quotes F1 | speaker | side | casualties F1 (R) | sided F1 | claimant |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    reports, skipped = {}, []
    for name in names:
        if not (EVAL / name / "gold").is_dir():
            skipped.append(f"{name}: no such set under eval/")
            continue
        _, why = texts_of(name)
        if why:
            skipped.append(f"{name}: {why}")
            continue
        reports[name] = measure(name, args.out)
        print(line(name, reports[name]), flush=True)
    for why in skipped:
        print(f"skipped {why}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(reports, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

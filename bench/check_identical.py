"""Check that the extractors' output is unchanged: write reference JSONL once, then compare after each change.

    .venv/bin/python bench/check_identical.py write /tmp/speed_ref     # before changing anything
    .venv/bin/python bench/check_identical.py check /tmp/speed_ref     # after each change: exit 1 on any difference

Corpora: seeds/, eval/dev2, eval/dev3 and eval/real/texts (each with its registry; a missing folder is
skipped and said), a synthetic corpus of bench/synth.py (2,000 articles) and the benchmarks' corpus of
bench/common.py (1,000 articles) and
bench/distinct.py's corpus of distinct paragraphs (1,000 articles). For each: the quote table (with the registry), the claims table with the
quote table and the registry (as `presslens casualties` runs it) and the claims table alone (as
bench_casualties.py runs it), as JSONL in the corpus's row order. Loaded corpora are pickled into the
reference folder (loading is not what is compared), so a check costs only the extraction.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))

CORPORA = {   # name: (texts, registry or None for the shipped default)
    "seeds": (ROOT / "seeds", None),
    "dev2": (ROOT / "eval" / "dev2" / "texts", ROOT / "eval" / "dev2" / "actors.yaml"),
    "dev3": (ROOT / "eval" / "dev3" / "texts", ROOT / "eval" / "dev3" / "actors.yaml"),
    "real": (ROOT / "eval" / "real" / "texts", ROOT / "eval" / "real" / "actors.yaml"),
    "synth2000": ("synth", None),
    "bench1000": ("bench", None),
    "distinct1000": ("distinct", None),
}


def _corpus(name: str, source, cache: Path):
    from presslens import load_corpus
    pick = cache / f"{name}.corpus.pickle"
    if pick.exists():
        return pickle.loads(pick.read_bytes())
    with tempfile.TemporaryDirectory() as tmp:
        if source == "synth":
            from synth import generate
            folder = generate(2000, Path(tmp) / "synth")
        elif source == "distinct":
            from distinct import write_distinct
            folder = write_distinct(Path(tmp) / "distinct", 1000)
        elif source == "bench":
            from common import write_corpus
            folder = write_corpus(Path(tmp) / "bench", 1000)
        else:
            folder = source
        corpus = load_corpus(folder, workers=1, progress=False)
    pick.write_bytes(pickle.dumps(corpus))
    return corpus


def _lines(frame) -> list[str]:
    return [json.dumps(rec, ensure_ascii=False, sort_keys=True, default=str)
            for rec in frame.astype(object).where(frame.notna(), None).to_dict(orient="records")]


def outputs(name: str, source, registry, cache: Path) -> dict[str, list[str]]:
    from presslens.actors import load_actors
    from presslens.casualties import extract_casualties
    from presslens.config import DEFAULT_ACTORS
    from presslens.quotes import extract_quotes
    corpus = _corpus(name, source, cache)
    actors = load_actors(registry or DEFAULT_ACTORS)
    quotes = extract_quotes(corpus, actors=actors)
    return {f"{name}.quotes": _lines(quotes),
            f"{name}.casualties": _lines(extract_casualties(corpus, quotes=quotes, actors=actors)),
            f"{name}.casualties_bare": _lines(extract_casualties(corpus))}


def _text_corpora(folders) -> dict[str, tuple[Path, Path | None]]:
    """Name each extra folder of texts by its parent's path under eval/ (`eval-real9-counts`; else
    `eval-<parent>`), with the parent's registry where it has one; two folders may not take one name.

    >>> sorted(_text_corpora([Path("/x/eval/real9/counts/texts"), Path("/x/eval/real10/counts/texts")]))
    ['eval-real10-counts', 'eval-real9-counts']
    """
    out = {}
    for folder in folders:
        parent = folder.resolve().parent
        parts = parent.parts[parent.parts.index("eval") + 1:] if "eval" in parent.parts else (parent.name,)
        name = "eval-" + "-".join(parts)
        if name in out:
            raise SystemExit(f"check_identical: {folder} and {out[name][0]} would both be {name}")
        registry = parent / "actors.yaml"
        out[name] = (folder, registry if registry.exists() else None)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("mode", choices=("write", "check"))
    p.add_argument("ref", type=Path)
    p.add_argument("--only", nargs="*", default=None, help="corpus names (default: all)")
    p.add_argument("--texts", nargs="*", type=Path, default=(), metavar="DIR",
                   help="more corpora: folders of article texts (e.g. /work/main/eval/*/texts), each named "
                        "by its path under eval/ (eval-real9-counts) and read with the parent's actors.yaml where there is one")
    args = p.parse_args(argv)
    args.ref.mkdir(parents=True, exist_ok=True)
    bad = 0
    for name, (source, registry) in {**CORPORA, **_text_corpora(args.texts)}.items():
        if args.only and name not in args.only:
            continue
        if isinstance(source, Path) and not source.exists():
            print(f"{name}: {source} missing, skipped")
            continue
        for key, lines in outputs(name, source, registry, args.ref).items():
            path = args.ref / f"{key}.jsonl"
            if args.mode == "write":
                path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
                print(f"{key}: {len(lines)} rows written")
                continue
            if not path.exists():
                print(f"{key}: no reference in {args.ref} (write it with the base library), skipped")
                continue
            ref = path.read_text(encoding="utf-8").splitlines()
            if ref == lines:
                print(f"{key}: {len(lines)} rows identical")
                continue
            bad += 1
            diff = [i for i, (a, b) in enumerate(zip(ref, lines)) if a != b]
            first = diff[0] if diff else min(len(ref), len(lines))
            print(f"{key}: DIFFERENT ({len(ref)} reference rows, {len(lines)} now; first difference at row {first})")
            print(f"  ref: {ref[first] if first < len(ref) else '(none)'}")
            print(f"  now: {lines[first] if first < len(lines) else '(none)'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

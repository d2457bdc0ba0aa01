"""The one command-line interface behind `presslens` and `python -m presslens`."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from . import config

FORMATS = ("jsonl", "csv", "parquet")


def _records_for_json(frame: pd.DataFrame) -> list[dict]:
    """Rows as plain dicts: missing values as null, dates as YYYY-MM-DD, `article` = the file base name."""
    out = frame.copy()
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].dt.strftime("%Y-%m-%d")
    records = json.loads(out.to_json(orient="records", force_ascii=False, date_format="iso"))
    if "article_id" in frame.columns:
        for rec in records:
            rec.setdefault("article", rec["article_id"])
    return records


def emit(frame: pd.DataFrame, fmt: str, out: str | None) -> None:
    """Write a table as jsonl/csv (stdout or file) or parquet (file)."""
    if fmt == "parquet":
        if not out:
            raise SystemExit("presslens: --format parquet needs --out FILE")
        frame.to_parquet(out, index=False)
        print(f"wrote {len(frame)} rows to {out}", file=sys.stderr)
        return
    stream = open(out, "w", encoding="utf-8") if out else sys.stdout
    try:
        if fmt == "jsonl":
            for rec in _records_for_json(frame):
                stream.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            frame.to_csv(stream, index=False)
    finally:
        if out:
            stream.close()


def _corpus_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="a file or folder of articles (.txt, .html, .jsonl, .csv)")
    p.add_argument("--manifest", help="CSV with columns file, outlet, url, published (default: PATH/manifest.csv if present)")
    p.add_argument("--workers", type=int, default=None, help="processes for large corpora (default: all cores above %d articles)" % config.PARALLEL_MIN_ARTICLES)


def _table_args(p: argparse.ArgumentParser) -> None:
    _corpus_args(p)
    p.add_argument("--actors", default=None, help=f"actor registry YAML (default: {config.DEFAULT_ACTORS.name}; 'none' for no registry)")
    p.add_argument("--format", choices=FORMATS, default="jsonl")
    p.add_argument("--out", default=None, help="write to this file instead of stdout")


def _load(args):
    from .corpus import load_corpus
    return load_corpus(args.path, manifest=args.manifest, workers=args.workers)


def _actors(args):
    from .actors import load_actors
    if args.actors and args.actors.lower() == "none":
        return None
    return load_actors(args.actors or config.DEFAULT_ACTORS)


def cmd_corpus(args) -> int:
    corpus = _load(args)
    if args.format == "jsonl":
        emit(corpus.articles, "jsonl", None)
        return 0
    written = corpus.to_dir(args.out or config.DATA_DIR, csv=args.csv)
    print(corpus.summary())
    print(f"\nwrote {len(written)} files to {Path(args.out or config.DATA_DIR)}")
    return 0


def cmd_quotes(args) -> int:
    from .quotes import extract_quotes
    emit(extract_quotes(_load(args), actors=_actors(args)), args.format, args.out)
    return 0


def cmd_casualties(args) -> int:
    from .casualties import extract_casualties
    from .quotes import extract_quotes
    corpus, actors = _load(args), _actors(args)
    quotes = extract_quotes(corpus, actors=actors)
    emit(extract_casualties(corpus, quotes=quotes, actors=actors), args.format, args.out)
    return 0


def cmd_tally(args) -> int:
    from .casualties import extract_casualties
    from .tally import format_tally, tally
    from .quotes import extract_quotes
    corpus, actors = _load(args), _actors(args)
    claims = extract_casualties(corpus, quotes=extract_quotes(corpus, actors=actors), actors=actors)
    print(format_tally(tally(claims, corpus)))
    return 0


def cmd_bias(args) -> int:
    from .bias import outlet_profile
    from .casualties import extract_casualties
    from .quotes import extract_quotes
    corpus, actors = _load(args), _actors(args)
    quotes = extract_quotes(corpus, actors=actors)
    claims = extract_casualties(corpus, quotes=quotes, actors=actors)
    emit(outlet_profile(corpus, quotes, claims), args.format, args.out)
    return 0


def cmd_run(args) -> int:
    from .run import run_all
    return run_all(corpus=args.corpus, actors=args.actors, params=args.params, params_file=args.params_file,
                   notebooks=args.notebooks, show_code=args.show_code, jobs=args.jobs, force=args.force,
                   cell_timeout=args.cell_timeout, outputs_dir=args.out)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="presslens", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("corpus", help="load and clean a corpus; write its tables")
    _corpus_args(p)
    p.add_argument("--out", default=None, help=f"folder for the tables (default: {config.DATA_DIR})")
    p.add_argument("--csv", action="store_true", help="write CSV beside the Parquet files")
    p.add_argument("--format", choices=("tables", "jsonl"), default="tables",
                   help="'jsonl' prints one JSON object per article instead of writing tables")
    p.set_defaults(func=cmd_corpus)

    for name, func, text in (("quotes", cmd_quotes, "attributed statements, one row each"),
                             ("casualties", cmd_casualties, "casualty claims, one row each"),
                             ("bias", cmd_bias, "per-outlet source-bias profile")):
        p = sub.add_parser(name, help=text)
        _table_args(p)
        p.set_defaults(func=func)

    p = sub.add_parser("tally", help="casualty tallies by side and category, wire duplicates counted once")
    _corpus_args(p)
    p.add_argument("--actors", default=None)
    p.set_defaults(func=cmd_tally)

    p = sub.add_parser("run", help="build the tables and render every notebook to HTML")
    p.add_argument("--corpus", default=None, help=f"corpus folder (default: {config.SEEDS_DIR})")
    p.add_argument("--actors", default=None, help="actor registry YAML for the notebooks")
    p.add_argument("-p", "--param", dest="params", nargs=2, action="append", metavar=("NAME", "VALUE"), default=[],
                   help="notebook parameter; VALUE is parsed as YAML ('[\"News18\"]', 2021-09-01, 3)")
    p.add_argument("-f", "--parameters-file", dest="params_file", default=None, help="YAML file of notebook parameters")
    p.add_argument("--notebooks", nargs="*", default=None, help="only these notebooks (names or globs)")
    p.add_argument("--out", default=None, metavar="DIR",
                   help=f"folder for tables, executed notebooks, reports and index.html (default: {config.OUTPUTS_DIR})")
    p.add_argument("--show-code", action="store_true", help="keep the code cells in the HTML")
    p.add_argument("--jobs", type=int, default=None, help="notebooks run at once (default: 2)")
    p.add_argument("--force", action="store_true", help="rebuild the tables even if cached")
    p.add_argument("--cell-timeout", type=float, default=None,
                   help=f"seconds one notebook cell may run before the notebook is stopped (default {config.CELL_TIMEOUT})")
    p.set_defaults(func=cmd_run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except FileNotFoundError as exc:
        print(f"presslens: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `presslens quotes seeds | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())

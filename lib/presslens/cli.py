"""The one command-line interface behind `presslens` and `python -m presslens`."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from . import config
from .registry import RegistryError

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
    p.add_argument("--columns", default=None, metavar="NAME=COLUMN,...",
                   help="for CSV/JSON inputs, which column holds what: e.g. outlet=source,text=body "
                        "(names: text, id, outlet, published, headline, url)")
    _engine_args(p)


def _engine_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="where per-article work runs: this machine's cores (local) or a Dask cluster (dask)")
    p.add_argument("--scheduler", default=None, help="Dask scheduler address tcp://HOST:8786 (default: a LocalCluster here)")
    p.add_argument("--dask-io", choices=("auto", "driver", "workers"), default="auto",
                   help="who reads the input files and writes the Parquet on --engine dask: workers (they need the "
                        "corpus and output folders at the same paths, as on one machine), driver (workers without a "
                        "shared file system); auto: workers without --scheduler, driver with one")


def _table_args(p: argparse.ArgumentParser) -> None:
    _corpus_args(p)
    p.add_argument("--actors", default=None, help=f"actor registry YAML (default: {config.DEFAULT_ACTORS.name}; 'none' for no registry)")
    p.add_argument("--format", choices=FORMATS, default="jsonl")
    p.add_argument("--out", default=None, help="write to this file instead of stdout")


def _load(args):
    from .corpus import load_corpus, parse_columns
    try:
        columns = parse_columns(getattr(args, "columns", None))
    except ValueError as exc:
        raise SystemExit(f"presslens: {exc}") from None
    return load_corpus(args.path, manifest=args.manifest, workers=args.workers, columns=columns)


def _actors(args):
    from .actors import load_actors
    if args.actors and args.actors.lower() == "none":
        return None
    return load_actors(args.actors or config.DEFAULT_ACTORS)


def _warn_coverage(args, actors, corpus, quotes, claims=None) -> None:
    """One warning on stderr when the registry fits the corpus poorly (presslens.registry.coverage)."""
    from .registry import coverage, coverage_warning
    if actors is None:
        return
    name = str(args.actors) if args.actors else f"{config.DEFAULT_ACTORS.name} (the shipped default)"
    warning = coverage_warning(coverage(actors, corpus, quotes, claims, registry=name))
    if warning:
        print(warning, file=sys.stderr)


def _build(args, folder: Path, *, extract: bool | tuple[str, ...]) -> dict:
    """The corpus (+ quotes and claims) as partitioned Parquet under folder, batch by batch (presslens.stream)."""
    from .run import registry_path
    from .stream import build_dataset
    actors = registry_path(getattr(args, "actors", None)) if extract else None
    from .corpus import parse_columns
    try:
        columns = parse_columns(getattr(args, "columns", None))
    except ValueError as exc:
        raise SystemExit(f"presslens: {exc}") from None
    return build_dataset(args.path, folder, manifest=args.manifest, actors=actors, extract=extract,
                         engine=args.engine, workers=args.workers, scheduler=args.scheduler, columns=columns,
                         dask_io=getattr(args, "dask_io", "auto"))


def emit_parts(folder: Path, name: str, fmt: str, out: str | None) -> None:
    """Write one partitioned table part by part (never whole in memory) as jsonl/csv (stdout or file) or parquet."""
    import pyarrow.parquet as pq

    from .stream import read_table, table_parts
    parts = table_parts(folder, name)
    if fmt == "parquet":
        if not out:
            raise SystemExit("presslens: --format parquet needs --out FILE")
        writer, rows = None, 0
        for part in parts:
            table = pq.read_table(part)
            writer = writer or pq.ParquetWriter(out, table.schema)
            writer.write_table(table)
            rows += table.num_rows
        if writer:
            writer.close()
        print(f"wrote {rows} rows to {out}", file=sys.stderr)
        return
    stream = open(out, "w", encoding="utf-8") if out else sys.stdout
    try:
        for n, part in enumerate(parts):
            frame = read_table(part.parent.parent, name) if len(parts) == 1 else _read_part(part, name)
            if fmt == "jsonl":
                for rec in _records_for_json(frame):
                    stream.write(json.dumps(rec, ensure_ascii=False) + "\n")
            else:
                frame.to_csv(stream, index=False, header=n == 0)
    finally:
        if out:
            stream.close()


def _read_part(part: Path, name: str) -> pd.DataFrame:
    from .stream import SCHEMAS, _extracted_schema
    frame = pd.read_parquet(part)
    schema = SCHEMAS.get(name) or _extracted_schema(name) or {}
    return frame.astype({c: t for c, t in schema.items() if c in frame.columns})


def cmd_corpus(args) -> int:
    import tempfile

    from .stream import CORPUS_TABLES, read_corpus
    if args.format == "jsonl":
        with tempfile.TemporaryDirectory() as tmp:
            _build(args, Path(tmp) / "tables", extract=False)
            emit_parts(Path(tmp) / "tables", "articles", "jsonl", None)
        return 0
    out = Path(args.out or config.DATA_DIR)
    _build(args, out, extract=False)
    corpus = read_corpus(out, source=args.path)
    if args.csv:
        for name in CORPUS_TABLES:
            emit_parts(out, name, "csv", str(out / f"{name}.csv"))
    print(corpus.summary())
    print(f"\nwrote {len(CORPUS_TABLES)} tables (partitioned Parquet{' and CSV' if args.csv else ''}) to {out}")
    return 0


def _extracted(args, name: str) -> int:
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        summary = _build(args, Path(tmp) / "tables", extract=(name,) if name == "quotes" else True)
        for table in ("quotes", name):
            if summary["errors"].get(table):
                print(f"presslens: the {table} table could not be built: {summary['errors'][table]}", file=sys.stderr)
                return 1
        _warn_coverage_sample(args, Path(tmp) / "tables")
        emit_parts(Path(tmp) / "tables", name, args.format, args.out)
    return 0


def _warn_coverage_sample(args, folder: Path) -> None:
    """The registry-coverage warning from the first part of a streamed dataset (a sample of BATCH articles,
    so the check costs the same on a year of coverage as on a week)."""
    from types import SimpleNamespace

    from .stream import table_parts
    parts = {name: table_parts(folder, name) for name in ("articles", "quotes", "claims")}
    if not parts["articles"]:
        return
    first = {name: (_read_part(found[0], name) if found else None) for name, found in parts.items()}
    _warn_coverage(args, _actors(args), SimpleNamespace(articles=first["articles"]), first["quotes"], first["claims"])


def cmd_quotes(args) -> int:
    return _extracted(args, "quotes")


def cmd_casualties(args) -> int:
    return _extracted(args, "claims")


def cmd_tally(args) -> int:
    from .casualties import extract_casualties
    from .tally import format_tally, tally
    from .quotes import extract_quotes
    corpus, actors = _load(args), _actors(args)
    quotes = extract_quotes(corpus, actors=actors)
    claims = extract_casualties(corpus, quotes=quotes, actors=actors)
    _warn_coverage(args, actors, corpus, quotes, claims)
    print(format_tally(tally(claims, corpus)))
    return 0


def cmd_bias(args) -> int:
    from .bias import lexicons_for, load_lexicons, outlet_profile
    from .casualties import extract_casualties
    from .quotes import extract_quotes
    corpus, actors = _load(args), _actors(args)
    quotes = extract_quotes(corpus, actors=actors)
    claims = extract_casualties(corpus, quotes=quotes, actors=actors)
    _warn_coverage(args, actors, corpus, quotes, claims)
    # the registry's label lexicon, as notebook 04 uses it (no registry: the default conflict's)
    lexicons = lexicons_for(actors) if actors is not None else load_lexicons()
    emit(outlet_profile(corpus, quotes, claims, lexicons=lexicons), args.format, args.out)
    return 0


def cmd_actors_check(args) -> int:
    from .actors import load_actors
    from .registry import describe
    print(describe(load_actors(args.file), path=args.file))
    return 0


def cmd_actors_suggest(args) -> int:
    from .actors_suggest import suggest_registry
    text = suggest_registry(_load(args), source=args.path)
    if "\n  - name:" not in text and "\n      - name:" not in text:
        print(f"presslens: warning: no speaker, claimant or organisation found in {args.path}; the draft is empty "
              f"(check that the folder holds the articles)", file=sys.stderr)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote a draft registry to {args.out}; check every `# check:` line, then "
              f"`presslens actors check {args.out}`", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_run(args) -> int:
    from .run import run_all
    return run_all(corpus=args.corpus, actors=args.actors, params=args.params, params_file=args.params_file,
                   notebooks=args.notebooks, show_code=args.show_code, jobs=args.jobs, force=args.force,
                   cell_timeout=args.cell_timeout, outputs_dir=args.out, engine=args.engine,
                   scheduler=args.scheduler, dask_io=args.dask_io)


def _input_errors(func):
    """Bad gold, prediction or meta files: a one-line error naming the file (ValueError's message), exit 2."""
    def run(args) -> int:
        try:
            return func(args)
        except ValueError as exc:
            print(f"presslens: {exc}", file=sys.stderr)
            return 2
    return run


@_input_errors
def cmd_score(args) -> int:
    from . import evaluate
    gold, pred = evaluate.load_jsonl(args.gold), evaluate.load_jsonl(args.pred)
    meta = evaluate.read_meta(args.meta) if args.meta else None
    result = evaluate.report(args.kind, gold, pred, by=args.by, meta=meta, with_misses=args.misses)
    print(json.dumps(result, ensure_ascii=False) if args.json else evaluate.format_report(args.kind, result))
    return 0


@_input_errors
def cmd_rules(args) -> int:
    from . import rule_counts
    frame = rule_counts.count_rules(rule_counts.labelled(args.pred))
    if args.column:
        frame = frame[frame["column"] == args.column]
    if args.counts:     # counts alone, one JSON object a line (what may leave a validation pool)
        for row in rule_counts.counts_only(frame):
            print(json.dumps(row, ensure_ascii=False))
    elif args.json:
        print(frame.to_json(orient="records", force_ascii=False))
    elif args.markdown:
        print(rule_counts.to_markdown(frame))
    else:
        print(frame.to_string(index=False))
    return 0


@_input_errors
def cmd_gold(args) -> int:
    from . import gold
    if args.gold_command == "hash":
        n = gold.hash_file(args.verbatim, args.out)
        print(f"wrote {n} records with hashed tokens to {args.out}", file=sys.stderr)
        return 0
    problems, counts = gold.check_gold(args.paths, texts=args.texts, actors=args.actors, meta=args.meta)
    for name in counts["without_gold"]:
        print(f"note: {Path(args.texts) / name}: no gold records", file=sys.stderr)
    if problems:
        print("\n".join(problems))
        print(f"\n{len(problems)} problem(s).")
        return 1
    print(f"ok: {counts['articles']} articles, {counts['quotes']} quotes ({counts['split']} split or "
          f"multi-paragraph), {counts['casualties']} casualty claims; {counts['hashed']} records hashed")
    return 0


def _add_table_commands(sub) -> None:
    """The subcommands that write a table: corpus, quotes, casualties, bias, tally."""
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


def _add_actors_command(sub) -> None:
    """The `actors` subcommand: draft a registry from a corpus (`suggest`) or check one."""
    p = sub.add_parser("actors", help="actor registries: draft one from a corpus, or check one")
    actors_sub = p.add_subparsers(dest="actors_command", required=True)
    q = actors_sub.add_parser("suggest", help="a draft registry (YAML) from the speakers, claimants and organisations of a corpus")
    _corpus_args(q)
    q.add_argument("--out", default=None, help="write the YAML to this file instead of stdout")
    q.set_defaults(func=cmd_actors_suggest)
    q = actors_sub.add_parser("check", help="validate a registry and print what it says")
    q.add_argument("file", help="registry YAML")
    q.set_defaults(func=cmd_actors_check)


def _add_run_command(sub) -> None:
    """The `run` subcommand: build the tables and render every notebook to HTML."""
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
    _engine_args(p)
    p.set_defaults(func=cmd_run)


def _add_score_command(sub) -> None:
    """The `score` subcommand: predictions against gold."""
    p = sub.add_parser("score", help="score quote or casualty predictions against gold (docs/annotation.md)")
    p.add_argument("kind", choices=("quotes", "casualties"))
    p.add_argument("gold", help="gold JSONL (verbatim `text` or hashed `tokens`)")
    p.add_argument("pred", help="predictions: what `presslens quotes|casualties PATH --format jsonl` prints")
    p.add_argument("--json", action="store_true", help="one JSON object instead of text")
    p.add_argument("--by", choices=("article", "outlet", "conflict"), default=None,
                   help="figures per group too, worst F1 first (outlet/conflict: gold fields or --meta)")
    p.add_argument("--meta", default=None, help="TSV/CSV with columns file (or article), outlet, conflict")
    p.add_argument("--misses", action="store_true",
                   help="list gold not matched (with the nearest prediction), false positives and wrong fields")
    p.set_defaults(func=cmd_score)


def _add_rules_command(sub) -> None:
    """The `rules` subcommand: how often each rule fires in prediction files."""
    p = sub.add_parser("rules", help="how often each rule fires: the provenance columns (found_by, side_by, ...) "
                                     "of prediction files counted per set")
    p.add_argument("pred", nargs="+", metavar="[LABEL=]PRED.jsonl",
                   help="what `presslens quotes|casualties PATH --format jsonl` prints; a set's label is LABEL, "
                        "else the file's name up to its first dot ('r8voi.c.jsonl' and 'r8voi.q.jsonl': r8voi)")
    p.add_argument("--column", default=None, help="only this column (found_by, side_by, claimant_by, speaker_by)")
    p.add_argument("--json", action="store_true", help="one JSON array of rows instead of text")
    p.add_argument("--markdown", action="store_true", help="a Markdown table; rules that fire on no real set flagged")
    p.add_argument("--counts", action="store_true",
                   help="counts alone (table, column, rule, count; summed over the files), one JSON object a line: "
                        "such a file is read back as a set (LABEL=FILE)")
    p.set_defaults(func=cmd_rules)


def _add_gold_command(sub) -> None:
    """The `gold` subcommand: hash verbatim gold, check gold against texts."""
    p = sub.add_parser("gold", help="gold helpers: hash verbatim gold, check gold against texts")
    gsub = p.add_subparsers(dest="gold_command", required=True)
    g = gsub.add_parser("hash", help="replace each record's `text` by its hashed `tokens` (what is committed)")
    g.add_argument("verbatim", help="gold JSONL with verbatim `text`")
    g.add_argument("out", help="output JSONL")
    g.set_defaults(func=cmd_gold)
    g = gsub.add_parser("check", help="fields, values, texts in their articles, cues, sides in the registry")
    g.add_argument("paths", nargs="+", help="gold folders or JSONL files")
    g.add_argument("--texts", required=True, help="folder of the article .txt files")
    g.add_argument("--actors", default=None, help="registry YAML (default: actors.yaml beside the gold folder, "
                                                  "else the shipped one)")
    g.add_argument("--meta", default=None, help="TSV/CSV with columns file, conflict: each article's conflict")
    g.set_defaults(func=cmd_gold)


def build_parser() -> argparse.ArgumentParser:
    """The `presslens` argument parser: one subcommand per table or task, in the order `--help` lists them."""
    parser = argparse.ArgumentParser(prog="presslens", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for add in (_add_table_commands, _add_actors_command, _add_run_command, _add_score_command, _add_rules_command,
                _add_gold_command):
        add(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except FileNotFoundError as exc:
        print(f"presslens: {exc}", file=sys.stderr)
        return 2
    except RegistryError as exc:
        print(f"presslens: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `presslens quotes seeds | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())

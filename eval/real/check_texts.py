#!/usr/bin/env python3
"""Check that eval/real/texts/ holds exactly the excerpts listed in sources.tsv (sha256 of each file).

    python3 eval/real/check_texts.py [--sources FILE] [--texts DIR]

sources.tsv has a header and the columns file, url, outlet, country, conflict, style, published, query,
sha256 (tab-separated). Each listed file must exist in texts/ and its bytes must hash to `sha256`.
Prints one line per missing or mismatched file (and per file in texts/ that is not listed), then a
summary; exits 1 when a listed file is missing or differs. Standard library only.
"""
import argparse
import csv
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def read_sources(path):
    """sources.tsv -> rows (dicts); a row without `file` or `sha256` is an error naming its line."""
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t")
        missing = {"file", "sha256"} - set(reader.fieldnames or ())
        if missing:
            sys.exit(f"{path}:1: header lacks column(s) {sorted(missing)}; see eval/real/README.md")
        rows = []
        for number, row in enumerate(reader, 2):
            if not (row.get("file") or "").strip():
                continue
            if not (row.get("sha256") or "").strip():
                sys.exit(f"{path}:{number}: {row['file']} has no sha256")
            rows.append(row)
        return rows


def check(sources, texts):
    """-> (missing files, mismatched files, unlisted files, rows)."""
    rows = read_sources(sources)
    missing, mismatched = [], []
    for row in rows:
        path = os.path.join(texts, row["file"])
        if not os.path.isfile(path):
            missing.append(row["file"])
        elif sha256(path) != row["sha256"].strip().lower():
            mismatched.append(row["file"])
    listed = {row["file"] for row in rows}
    present = sorted(os.listdir(texts)) if os.path.isdir(texts) else []
    unlisted = [name for name in present if name.endswith(".txt") and name not in listed]
    return missing, mismatched, unlisted, rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", default=os.path.join(HERE, "sources.tsv"))
    parser.add_argument("--texts", default=os.path.join(HERE, "texts"))
    args = parser.parse_args(argv)
    if not os.path.isfile(args.sources):
        sys.exit(f"{args.sources}: no such file; the set's sources are listed there (eval/real/README.md)")
    missing, mismatched, unlisted, rows = check(args.sources, args.texts)
    for name in missing:
        print(f"missing: {os.path.join(args.texts, name)} (re-create it from its `query`; eval/real/README.md)")
    for name in mismatched:
        print(f"mismatch: {os.path.join(args.texts, name)}: sha256 differs from sources.tsv (save the excerpt exactly as returned)")
    for name in unlisted:
        print(f"note: {os.path.join(args.texts, name)} is not listed in sources.tsv")
    ok = len(rows) - len(missing) - len(mismatched)
    print(f"{ok} of {len(rows)} texts present and identical; {len(missing)} missing, {len(mismatched)} mismatched")
    return 1 if missing or mismatched else 0


if __name__ == "__main__":
    sys.exit(main())

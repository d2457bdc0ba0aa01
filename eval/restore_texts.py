#!/usr/bin/env python3
"""Put search-tool excerpts back where the eval sets expect them, matched by sha256.

The real-copy sets keep only `sources.tsv` (one row per text: file, url, query, sha256) and hashed gold;
their `texts/` are git-ignored. A text is the excerpt the project's `search` tool returns for the row's
`query` in its `pages` corpus, saved as returned. This script takes excerpts in JSON, however they were
gathered, and writes each one whose sha256 some `sources.tsv` row lists to that set's `texts/<file>`:

    python3 eval/restore_texts.py DUMP.json [DUMP.json ...]     # write the texts that match
    python3 eval/restore_texts.py --status                       # per set: present / missing
    python3 eval/restore_texts.py --plan 8 DIR                   # the missing rows as 8 job lists, one look-up a query

A dump is a JSON string, a list, or an object, nested any way: every string value is tried, and so is
every `excerpt` of a search answer pasted whole (`{"results": [{"url": ..., "excerpt": ...}]}`). A string
that hashes to no row is reported with its url when it sits beside one (the page changed, or the copy
was not exact). Standard library only.
"""
import argparse
import csv
import hashlib
import json
import os
import re
import sys

EVAL = os.path.dirname(os.path.abspath(__file__))


def source_rows(root=EVAL):
    """-> {sha256: (set folder, row)} for every row of every sources.tsv under `root`."""
    index = {}
    for folder, _, files in sorted(os.walk(root)):
        if "sources.tsv" not in files:
            continue
        with open(os.path.join(folder, "sources.tsv"), encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                digest = (row.get("sha256") or "").strip().lower()
                if digest and (row.get("file") or "").strip():
                    index[digest] = (folder, row)
    return index


def strings(node, url=None):
    """Every string in a JSON value, each with the `url` of the object it sits in (or None)."""
    if isinstance(node, str):
        yield node, url
    elif isinstance(node, list):
        for item in node:
            yield from strings(item, url)
    elif isinstance(node, dict):
        here = node.get("url") if isinstance(node.get("url"), str) else url
        for key, value in node.items():
            if key != "url":
                yield from strings(value, here)


def restore(paths, index):
    """Write every matching string; -> (written, already present, unmatched urls)."""
    written, present, unmatched = [], [], []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                dump = json.load(f)
        except (OSError, ValueError) as error:
            print(f"{path}: not read ({error})", file=sys.stderr)
            continue
        for text, url in strings(dump):
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if digest not in index:
                if url and len(text) > 200:
                    unmatched.append((path, url, len(text)))
                continue
            folder, row = index[digest]
            target = os.path.join(folder, "texts", row["file"].strip())
            if os.path.isfile(target):
                present.append(target)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as f:
                f.write(text.encode("utf-8"))
            written.append(target)
    return written, present, unmatched


def status(index):
    """-> {set folder: (present, listed, [missing rows])}."""
    table = {}
    for digest, (folder, row) in index.items():
        present, listed, missing = table.get(folder, (0, 0, []))
        path = os.path.join(folder, "texts", row["file"].strip())
        ok = os.path.isfile(path) and hashlib.sha256(open(path, "rb").read()).hexdigest() == digest
        table[folder] = (present + ok, listed + 1, missing if ok else missing + [row])
    return table


def plan(index, jobs, first=()):
    """The missing rows as `jobs` lists of (set, row): each query's rows in one list (one look-up answers them all),
    the lists balanced by row count, filled in order: the sets named in `first`, then the newest `realN`.

    >>> rows = [("real2", "q1"), ("real9", "q2"), ("real9", "q1"), ("real5", "q3"), ("real2", "q4")]
    >>> index = {str(i): (f"/nowhere/{s}", {"file": f"f{i}", "query": q}) for i, (s, q) in enumerate(rows)}
    >>> [[(os.path.basename(f), r["query"]) for f, r in job] for job in plan(index, 2, first=("real5",))]
    [[('real5', 'q3'), ('real9', 'q1'), ('real2', 'q1')], [('real9', 'q2'), ('real2', 'q4')]]
    """
    def order(folder):
        number = re.search(r"/real(\d*)(?:/|$)", folder)
        return (not any(folder.endswith("/" + f) for f in first), -int(number.group(1) or 1) if number else 0)
    groups = {}
    for _, (folder, row) in sorted(index.items(), key=lambda item: order(item[1][0])):
        if not os.path.isfile(os.path.join(folder, "texts", row["file"].strip())):
            groups.setdefault(row.get("query", ""), []).append((folder, row))
    lists, sizes = [[] for _ in range(jobs)], [0] * jobs
    for rows in groups.values():
        smallest = sizes.index(min(sizes))
        lists[smallest] += rows
        sizes[smallest] += len(rows)
    return lists


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="*", help="JSON files holding excerpts")
    parser.add_argument("--status", action="store_true", help="per set: texts present / listed")
    parser.add_argument("--missing", action="store_true", help="with --status: list each missing file, url, query")
    parser.add_argument("--plan", nargs=2, metavar=("N", "DIR"),
                        help="write the missing rows as N job lists DIR/jobK.tsv (set, file, url, query, sha256)")
    parser.add_argument("--first", nargs="*", default=(), help="with --plan: sets to restore first (e.g. held-out ones)")
    args = parser.parse_args(argv)
    index = source_rows(EVAL)
    if args.plan:
        os.makedirs(args.plan[1], exist_ok=True)
        for k, job in enumerate(plan(index, int(args.plan[0]), tuple(args.first)), 1):
            with open(os.path.join(args.plan[1], f"job{k}.tsv"), "w", encoding="utf-8") as f:
                f.write("set\tfile\turl\tquery\tsha256\n")
                for folder, row in job:
                    f.write("\t".join((os.path.relpath(folder, EVAL), *(row.get(c, "").strip() for c in ("file", "url", "query", "sha256")))) + "\n")
            print(f"{args.plan[1]}/job{k}.tsv: {len(job)} rows, {len({r['query'] for _, r in job})} queries")
        return 0
    if args.dumps:
        written, present, unmatched = restore(args.dumps, index)
        for path in written:
            print(f"wrote {os.path.relpath(path, EVAL)}")
        for dump, url, size in unmatched:
            print(f"no sources.tsv row has this excerpt's sha256: {url} ({size} chars, {dump})")
        print(f"{len(written)} written, {len(present)} already present, {len(unmatched)} unmatched")
    if args.status or not args.dumps:
        table = status(index)
        for folder in sorted(table):
            present, listed, missing = table[folder]
            print(f"{os.path.relpath(folder, EVAL):20} {present:3} of {listed:3} texts present")
            if args.missing:
                for row in missing:
                    print(f"    {row['file']}\t{row.get('url', '')}\t{row.get('query', '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

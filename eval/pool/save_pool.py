#!/usr/bin/env python3
"""pool.json (a list of {file, url, outlet, country, conflict, style, published, query, excerpt}) -> texts/ + sources.tsv.

    python3 eval/pool/save_pool.py PART_DIR      # reads PART_DIR/_build/pool*.json (every file), writes PART_DIR/texts/, PART_DIR/sources.tsv
"""
import glob, hashlib, json, os, sys
part = sys.argv[1]
rows = []
for path in sorted(glob.glob(os.path.join(part, "_build", "pool*.json"))):
    rows += json.load(open(path, encoding="utf-8"))
os.makedirs(os.path.join(part, "texts"), exist_ok=True)
cols = ["file", "url", "outlet", "country", "conflict", "style", "published", "query", "sha256"]
seen = set()
with open(os.path.join(part, "sources.tsv"), "w", encoding="utf-8") as out:
    out.write("\t".join(cols) + "\n")
    for r in rows:
        assert r["file"] not in seen, f"duplicate file {r['file']}"
        seen.add(r["file"])
        data = r["excerpt"].encode("utf-8")
        open(os.path.join(part, "texts", r["file"]), "wb").write(data)
        r["sha256"] = hashlib.sha256(data).hexdigest()
        out.write("\t".join(str(r.get(c, "")).replace("\t", " ").replace("\n", " ") for c in cols) + "\n")
print(f"{len(rows)} texts written to {part}/texts, sources.tsv written")

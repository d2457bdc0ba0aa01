"""Statements missed, by the gold's own cue (session 21, docs/rules.md "the lexicon of reporting"): for each gold
statement that no prediction matches, its `cue` field, counted by whether that cue is a form of the cue lexicon
(data/lexicons/cues.yaml) and listed with its wars when it is not.

    .venv/bin/python eval/measure.py --out DIR && .venv/bin/python eval/missed_cues.py DIR
"""
import collections
import csv
import glob
import os
import sys

sys.path.insert(0, "lib")
from presslens.evaluate import load_jsonl, _prepare, _pairs
from presslens.mentions.lexicon import _cues
forms = _cues()[0]
d = sys.argv[1]
cnt = collections.Counter(); wars = collections.defaultdict(set); allg = collections.Counter()
for f in sorted(glob.glob(d + "/*.q.jsonl")):
    name = os.path.basename(f)[:-8]; s = name.replace("_", "/")
    gp = f"eval/{s}/gold/quotes.jsonl"
    if not os.path.isfile(gp): continue
    wm = {}
    if os.path.isfile(f"eval/{s}/sources.tsv"):
        wm = {r["file"]: r.get("conflict", "") for r in csv.DictReader(open(f"eval/{s}/sources.tsv"), delimiter="\t")}
    g, p = _prepare(load_jsonl(gp), load_jsonl(f))
    matched = {gi for gi, pi in _pairs("quotes", g, p)}
    for gi, r in enumerate(g):
        c = (r.get("cue") or "").strip()
        allg[c.lower() in forms] += 1
        if gi in matched: continue
        known = c.lower() in forms
        key = ("KNOWN " if known else "NEW   ") + c.lower()
        cnt[key] += 1; wars[key].add(wm.get(r.get("article"), s))
for k, n in cnt.most_common():
    if k.startswith("NEW"): print(f"{n:3d} {k:40s} {sorted(wars[k])}")
print("missed with a known cue:", sum(n for k, n in cnt.items() if k.startswith("KNOWN")), "gold cue known/unknown:", allg)

"""New and lost statement rows between two prediction folders, by cue form (session 21, docs/rules.md "the lexicon
of reporting"): TP+ a gold statement matched that no row matched before (TP+badspk: with a wrong speaker), moved a
gold matched before by another row, FP+ a false statement added, lostTP/lostFP a row gone; `-v` lists them.

    .venv/bin/python eval/new_rows_by_cue.py BEFORE_DIR AFTER_DIR [-v]
"""
import sys, json, csv, glob, os, collections
sys.path.insert(0, "lib")
from presslens.evaluate import load_jsonl, _prepare, _pairs, same_speaker
base, exp = sys.argv[1], sys.argv[2]
def war_of(setname):
    m = {}
    tsv = f"eval/{setname}/sources.tsv"
    if os.path.isfile(tsv):
        for r in csv.DictReader(open(tsv), delimiter="\t"): m[r["file"]] = r.get("conflict", "")
    return m
def key(p): return (p["article"], p["start"], p["end"])
agg = collections.defaultdict(lambda: collections.Counter()); wars = collections.defaultdict(set); ex = collections.defaultdict(list)
for f in sorted(glob.glob(exp + "/*.q.jsonl")):
    name = os.path.basename(f)[:-8]; setname = name.replace("_", "/")
    gp = f"eval/{setname}/gold/quotes.jsonl"
    if not os.path.isfile(gp): continue
    gold = load_jsonl(gp); wm = war_of(setname)
    res = {}
    for tag, path in (("b", f"{base}/{name}.q.jsonl"), ("e", f)):
        g, p = _prepare(gold, load_jsonl(path))
        pairs = _pairs("quotes", g, p)
        res[tag] = (g, p, {pi: gi for gi, pi in pairs})
    gb, pb, mb = res["b"]; ge, pe, me = res["e"]
    bkeys = {key(p): i for i, p in enumerate(pb)}; ekeys = {key(p): i for i, p in enumerate(pe)}
    gmatched_b = {gi: pi for pi, gi in mb.items()}
    for i, p in enumerate(pe):
        if key(p) in bkeys: 
            j = bkeys[key(p)]
            # speaker change on matched
            if i in me and j in mb and me[i] == mb[j]:
                g = ge[me[i]]; sb_ = same_speaker(g, pb[j].get("speaker")); se = same_speaker(g, p.get("speaker"))
                if sb_ != se:
                    c = p["cue"]; agg[c]["spk+" if se else "spk-"] += 1; wars[c].add(wm.get(p["article"], "?"))
                    ex[c].append((setname, "spk+" if se else "spk-", p["speaker"], pb[j]["speaker"], p["text"][:80]))
            continue
        c = p["cue"]; w = wm.get(p["article"], "?")
        if i in me:
            gi = me[i]
            if gi in gmatched_b: tag = "moved"   # gold already matched in base by another row
            else: tag = "TP+" if same_speaker(ge[gi], p.get("speaker")) else "TP+badspk"
        else: tag = "FP+"
        agg[c][tag] += 1; wars[c].add(w); ex[c].append((setname, tag, p.get("speaker"), p.get("found_by"), p["text"][:90]))
    for j, p in enumerate(pb):
        if key(p) not in ekeys:
            tag = "lostTP" if j in mb else "lostFP"
            c = "(lost) " + p["cue"]; agg[c][tag] += 1; wars[c].add(wm.get(p["article"], "?")); ex[c].append((setname, tag, p.get("speaker"), p.get("found_by"), p["text"][:90]))
for c in sorted(agg, key=lambda c: -sum(agg[c].values())):
    print(f"== {c}: {dict(agg[c])} wars={sorted(wars[c])}")
    if "-v" in sys.argv:
        for e in ex[c]: print("    ", e)

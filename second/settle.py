"""Settle the first annotation (/work/main/eval/real2/wars/verbatim) with the second (second/): writes
eval/real2/wars/verbatim/{quotes,casualties}.jsonl. Every change to the first record is listed here."""
import json, pathlib
FIRST = pathlib.Path("/work/main/eval/real2/wars/verbatim")
OUT = pathlib.Path(__file__).resolve().parent.parent / "eval/real2/wars/verbatim"
load = lambda p: [json.loads(l) for l in open(p, encoding="utf-8")]
Q, C = load(FIRST / "quotes.jsonl"), load(FIRST / "casualties.jsonl")

def one(rows, **kw):
    hit = [r for r in rows if all(r.get(k) == v for k, v in kw.items())]
    assert len(hit) == 1, (kw, len(hit))
    return hit[0]

# statements: rw06 TPLF's text stops before the embedded Addis Ababa claim (a statement of its own)
r = one(Q, article="rw06_tigray_mereja.txt", cue="said", speaker="Tigray People’s Liberation Front")
r["text"] = "it is gearing up to launch a massive offensive against the Ethiopian federal army"

# claims: victim side of the rw12 wounded: the article names them (228 civilians in hospital)
one(C, article="rw12_drc_voa.txt", category="wounded", low=201)["victim_side"] = "civilian"
# claims: spans cut to the shortest one holding number, victims and category
for art, old, new in [
    ("rw03_sudan_aa.txt", "RSF forces kill 74 people", "kill 74 people"),
    ("rw04_tigray_dtnpf.txt", "Tigray forces have killed more than 120 civilians", "killed more than 120 civilians"),
    ("rw05_tigray_defenceweb.txt", "Rebellious forces from the Tigray region killed 120 civilians", "killed 120 civilians"),
    ("rw05_tigray_defenceweb.txt", "Tens of thousands of people have fled their homes", "Tens of thousands of people have fled"),
    ("rw06_tigray_mereja.txt", "the killing of tens of thousands of federal troops", "killing of tens of thousands of federal troops"),
    ("rw07_karabakh_epochtimes.txt", "Reported Death Toll in Armenia-Azerbaijan Clashes About 600", "Death Toll in Armenia-Azerbaijan Clashes About 600"),
    ("rw07_karabakh_epochtimes.txt", "The reported death toll in clashes between Armenian and Azerbaijani forces over the separatist territory of Nagorno-Karabakh has reached about 600",
     "death toll in clashes between Armenian and Azerbaijani forces over the separatist territory of Nagorno-Karabakh has reached about 600"),
    ("rw07_karabakh_epochtimes.txt", "the total number of dead among military members to 532", "total number of dead among military members to 532")]:
    one(C, article=art, text=old)["text"] = new
# claims: the second's record the first lacked (rw05, vague `a large number`, after the unverified report)
new = {"article": "rw05_tigray_defenceweb.txt", "category": "killed", "low": None, "high": None, "vague": "a large number",
       "victim_side": "civilian", "claimant": None, "hedged": True, "text": "killing a large number of civilians",
       "conflict": "tigray", "outlet": "defenceWeb (Reuters copy)"}
i = max(k for k, r in enumerate(C) if r["article"] == new["article"] and r["text"] == "killed 120 civilians")
C.insert(i + 1, new)

OUT.mkdir(parents=True, exist_ok=True)
for name, rows in (("quotes", Q), ("casualties", C)):
    with open(OUT / f"{name}.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(rows))

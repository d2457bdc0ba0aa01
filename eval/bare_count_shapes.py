#!/usr/bin/env python3
"""Count the sub-shapes of bare victim counts (session 20, s20-sided2): matched claims the extractor left `unknown`.

    .venv/bin/python eval/bare_count_shapes.py after-count REGEX [MAXGAP] --pred DIR   # a count of one side just before
    .venv/bin/python eval/bare_count_shapes.py claimant --pred DIR                     # the claimant's side
    .venv/bin/python eval/bare_count_shapes.py all --pred DIR                          # gold sides of every bare count

DIR holds SET.c.jsonl from `measure.py --out DIR`. Each row printed with agree/disagree (gold equal to the side the
shape would give, or not), then per outcome: rows, wars, rows per war. Dev sets only (side_audit.dev_sets).
"""
import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "lib"))
from side_audit import dev_sets, WAR_OF_SET  # noqa: E402
from presslens import evaluate as E  # noqa: E402

BARE=re.compile(r"^(?:(?:killing|killed|wounding|injuring|leaving|left)\s+)?(?:up to |at least |more than |some |about |nearly |over |around )?[\w,.-]+\s+(?:people|persons|men|were|was|have|had|killed|dead|wounded|injured|died|casualties|fatalities|deaths|bodies|lives|victims|others)\b",re.I)


def after_count(shape, maxgap, PRED):
    """Claims of `shape` left unknown right after (within `maxgap` characters) a count the extractor gave a side."""
    tally = collections.defaultdict(collections.Counter)
    for name in dev_sets():
        f=PRED/(name.replace('/','_')+'.c.jsonl')
        if not f.exists(): continue
        preds=[json.loads(l) for l in open(f)]
        gold,pred=E._prepare(E.load_jsonl(Path('eval')/name/'gold'/'casualties.jsonl'),preds)
        match={pi:gi for gi,pi in E._pairs('casualties',gold,pred)}
        byart=collections.defaultdict(list)
        for i,p in enumerate(pred): byart[p['article']].append((p['start'],i,p))
        for art,lst in byart.items():
            lst.sort(key=lambda x: x[0])
            tp=Path('eval')/name/'texts'/art; text=open(tp,encoding='utf-8').read() if tp.exists() else ''
            for k,(s,i,p) in enumerate(lst):
                if p['victim_side'] not in (None,'unknown') or not shape.search(p['text'] or ''): continue
                prev=[q for (s2,j,q) in lst[:k] if q['end']<=s and s-q['end']<maxgap]
                if not prev: continue
                q=prev[-1]; side=q['victim_side']
                if side in (None,'unknown','civilian','both'): continue
                g=gold[match[i]] if i in match else None
                gs=(g.get('victim_side') or 'unknown') if g else 'UNMATCHED'
                war=(g.get('conflict') if g else None) or WAR_OF_SET.get(name,name)
                res='agree' if gs==side else ('unmatched' if gs=='UNMATCHED' else 'disagree')
                tally[res][war]+=1
                print(f"{res:9} {name} {war} gold={gs} prevside={side} | prev: {q['text'][:60]!r} | {p['text'][:70]!r}")
                print('      ', text[q['start']:p['end']+40].replace('\n',' ')[:400])
    for k,v in tally.items(): print(k, sum(v.values()), len(v), dict(v))


def by_gold(mode, PRED):
    """Bare counts left unknown: against the claimant's side (`claimant`), or their gold sides (`all`)."""
    tally = collections.defaultdict(collections.Counter)
    BARE=re.compile(r"^(?:(?:killing|killed|wounding|injuring|leaving|left)\s+)?(?:up to |at least |more than |some |about |nearly |over |around )?[\w,.-]+\s+(?:people|persons|men|were|was|have|had|killed|dead|wounded|injured|died|casualties|fatalities|deaths|bodies|lives|victims|others)\b",re.I)
    for name in dev_sets():
        f=PRED/(name.replace('/','_')+'.c.jsonl')
        if not f.exists(): continue
        preds=[json.loads(l) for l in open(f)]
        gold,pred=E._prepare(E.load_jsonl(Path('eval')/name/'gold'/'casualties.jsonl'),preds)
        for gi,pi in E._pairs('casualties',gold,pred):
            g,p=gold[gi],pred[pi]
            if p['victim_side'] not in (None,'unknown'): continue
            if not BARE.match(p['text'] or ''): continue
            gs=g.get('victim_side') or 'unknown'
            war=g.get('conflict') or WAR_OF_SET.get(name,name)
            if mode=='claimant':
                cs=p.get('claimant_side')
                if cs in (None,'unknown','civilian','both','media','ngo','un','foreign_gov'): continue
                res='agree' if gs==cs else 'disagree'
                print(f"{res:9} {name} {war} gold={gs} claimant={p['claimant']}({cs}) | {p['text'][:80]!r}")
            else:
                res=gs if gs in ('unknown','civilian','both') else 'side'
                print(f"{res:9} {name} {war} | {p['text'][:80]!r}")
            tally[res][war]+=1
    for k,v in tally.items(): print(k, sum(v.values()), len(v), dict(v))


if __name__ == "__main__":
    args = sys.argv[1:]
    pred = Path(args[args.index("--pred") + 1]); args = [x for x in args if x not in ("--pred", str(pred))]
    if args[0] == "after-count":
        after_count(re.compile(args[1], re.I), int(args[2]) if len(args) > 2 else 250, pred)
    else:
        by_gold(args[0], pred)

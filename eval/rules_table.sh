#!/bin/bash
# usage: eval/rules_table.sh LIBDIR DEVMEASURE_OUTDIR [POOL_B_COUNTS] -- the Markdown table of docs/rules.md: each rule's
# firings on every development set (the predictions /work/wt/devmeasure.sh keeps in OUTDIR) and, when given, on
# pool b (counts alone: eval/rule_counts_pool_b.sh)
LIB=${1:?usage}; N=${2:?usage}; B=$3
args=""
for pair in real:m/real r2p:m/r2p r2w:m/r2w r3p:m3/p r3w:m3/w r4a:m4/a wire:m6/wire states:m6/states r7att:m7/attacks \
            r7trp:m7/troops r8voi:m8/voices r8tol:m8/tolls r9rol:m9/roles r9cnt:m9/counts seeds:m/seeds dev2:m/dev2 dev3:m/dev3; do
  l=${pair%%:*}; p=${pair#*:}; args="$args $l=$N/$p.c.jsonl $l=$N/$p.q.jsonl"
done
[ -n "$B" ] && args="$args r4b=$B"
env PYTHONPATH=$LIB /work/main/.venv/bin/python -m presslens rules $args --markdown

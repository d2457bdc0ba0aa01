#!/bin/bash
# usage: eval/rule_counts_pool_b.sh LIBDIR OUT.jsonl -- how often each rule fires on the validation pool b (the
# lead's machine: /work/real4/b), as counts alone: one JSON object per (table, column, rule) with its count summed
# over the pool. validate.sh's run of the extractors; the predictions are deleted, nothing else is kept.
LIB=${1:?usage: rule_counts_pool_b.sh LIBDIR OUT.jsonl}; OUT=${2:?usage: rule_counts_pool_b.sh LIBDIR OUT.jsonl}
R=/work/real4; [ -e $R/READY ] || { echo "pool B is not ready yet (no $R/READY)"; exit 1; }
P="env PYTHONPATH=$LIB /work/main/.venv/bin/python -m presslens"
T=$(mktemp -d)
$P quotes $R/b/texts --actors $R/b/actors.yaml > $T/b.q.jsonl 2>/dev/null
$P casualties $R/b/texts --actors $R/b/actors.yaml > $T/b.c.jsonl 2>/dev/null
$P rules $T/b.q.jsonl $T/b.c.jsonl --counts > $OUT
rm -rf $T
echo "pool b rule counts: $OUT ($(wc -l < $OUT) rules that fire)"

"""Warm passes of extract_casualties on a pickled corpus, for an instruction count that the machine's load does not
move (docs/scale.md, "Session 12: casualty speed").

    PYTHONHASHSEED=0 PYTHONPATH=LIB valgrind --tool=callgrind --toggle-collect=functools_reduce \\
        --callgrind-out-file=/tmp/cg.out .venv/bin/python bench/passes_casualties.py REF/bench1000.corpus.pickle 50 1

REF is a folder `bench/check_identical.py write` filled (it pickles the loaded corpora). The corpus is cut to its
first N articles, garbage collection is switched off, one extraction compiles the patterns, then PASSES extractions
run inside `functools.reduce`, the one C function callgrind counts in (`Collected :` is the passes' instructions).
With `--cold` (a fourth argument) no extraction runs before: the first pass compiles the patterns and fills the memos
as `bench/bench_casualties.py`'s one timed call does (session 28).
"""
from __future__ import annotations

import functools
import gc
import sys

from pickled import casualty_input


def main(argv: list[str]) -> int:
    from presslens.casualties import extract_casualties, load_lexicon

    path, n, passes = argv[0], int(argv[1]), int(argv[2])
    corpus = casualty_input(path, n)
    gc.disable()
    load_lexicon()
    if argv[3:] != ["--cold"]:
        extract_casualties(corpus)
    functools.reduce(lambda _, __: extract_casualties(corpus), range(passes), None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

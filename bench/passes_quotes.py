"""Warm passes of extract_quotes on a pickled corpus, for an instruction count that the machine's load does not
move (docs/scale.md, "Session 13: quote speed").

    PYTHONHASHSEED=0 PYTHONPATH=LIB setarch -R valgrind --tool=callgrind --toggle-collect=functools_reduce \\
        --callgrind-out-file=/tmp/cg.out .venv/bin/python bench/passes_quotes.py REF/bench1000.corpus.pickle 200 1

REF is a folder `bench/check_identical.py write` filled (it pickles the loaded corpora). The corpus is cut to its
first N articles, garbage collection is switched off, one extraction compiles the patterns and loads the lexicons,
then PASSES warm extractions (memos cleared before each, as bench_quotes.py's warm figure) run inside
`functools.reduce`, the one C function callgrind counts in (`Collected :` is the passes' instructions).
"""
from __future__ import annotations

import functools
import gc
import sys

from pickled import quote_input


def main(argv: list[str]) -> int:
    from presslens.actors import load_actors
    from presslens.config import DEFAULT_ACTORS
    from presslens.quotes import clear_caches, extract_quotes

    path, n, passes = argv[0], int(argv[1]), int(argv[2])
    sub = quote_input(path, n)
    actors = load_actors(DEFAULT_ACTORS)
    gc.disable()
    extract_quotes(sub, actors=actors)

    def one(_, __):
        clear_caches()
        actors.clear_caches()
        extract_quotes(sub, actors=actors)

    functools.reduce(one, range(passes), None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Bytecodes per function of one warm extract_casualties pass: an exact, repeatable count that the machine's load does
not move (docs/scale.md, "Session 25: casualty speed"). The casualty pass's twin of bench/opcount_quotes.py. Unlike cProfile, it adds nothing per call, so it does not inflate
the small functions called often; unlike callgrind, it does not see the C work of `re` and `str` methods.

    PYTHONHASHSEED=0 PYTHONPATH=LIB .venv/bin/python bench/opcount_casualties.py REF/bench1000.corpus.pickle 50

REF is a folder `bench/check_identical.py write` filled. Prints the total, then the functions by their own bytecodes
and by their inclusive ones (a frame's count includes its callees'; a recursive function's frames are each counted).
"""
from __future__ import annotations

import gc
import sys

from opcount import count_and_print
from pickled import casualty_input


def main(argv: list[str]) -> int:
    from presslens.casualties import extract_casualties, load_lexicon

    path, n = argv[0], int(argv[1])
    top = int(argv[2]) if len(argv) > 2 else 40
    corpus = casualty_input(path, n)
    gc.disable()
    load_lexicon()
    extract_casualties(corpus)      # compiles the patterns, loads the lexicons
    count_and_print(lambda: extract_casualties(corpus), top)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Bytecodes per function of one warm extract_casualties pass: an exact, repeatable count that the machine's load does
not move (docs/scale.md, "Session 25: casualty speed"). The casualty pass's twin of bench/opcount_quotes.py. Unlike cProfile, it adds nothing per call, so it does not inflate
the small functions called often; unlike callgrind, it does not see the C work of `re` and `str` methods.

    PYTHONHASHSEED=0 PYTHONPATH=LIB .venv/bin/python bench/opcount_casualties.py REF/bench1000.corpus.pickle 50

REF is a folder `bench/check_identical.py write` filled. Prints the total, then the functions by their own bytecodes
and by their inclusive ones (a frame's count includes its callees'; a recursive function's frames are each counted).
"""
from __future__ import annotations

import collections
import gc
import sys

from pickled import casualty_input


def _key(code) -> str:
    i = code.co_filename.find("presslens/")
    where = code.co_filename[i + 10:] if i >= 0 else code.co_filename.rsplit("/", 1)[-1]
    return f"{where}:{code.co_name}"


def main(argv: list[str]) -> int:
    from presslens.casualties import extract_casualties, load_lexicon

    path, n = argv[0], int(argv[1])
    top = int(argv[2]) if len(argv) > 2 else 40
    corpus = casualty_input(path, n)
    gc.disable()
    load_lexicon()
    extract_casualties(corpus)      # compiles the patterns, loads the lexicons
    own: collections.Counter = collections.Counter()
    incl: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()
    total, stack = [0], []

    def local(frame, event, arg):
        if event == "opcode":
            total[0] += 1
            own[frame.f_code] += 1
        elif event == "return":     # (a generator's yield is a return, its resumption a call: the stack stays paired)
            code, t0 = stack.pop()
            incl[code] += total[0] - t0
        return local

    def enter(frame, event, arg):
        frame.f_trace_opcodes = True
        calls[frame.f_code] += 1
        stack.append((frame.f_code, total[0]))
        return local

    sys.settrace(enter)
    extract_casualties(corpus)
    sys.settrace(None)
    print(f"total bytecodes {total[0]:,}")
    for title, counts in (("own", own), ("inclusive", incl)):
        print(f"== {title}")
        for code, v in counts.most_common(top):
            print(f"{100 * v / total[0]:6.2f}% {v:10,} calls {calls[code]:7,} {_key(code)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

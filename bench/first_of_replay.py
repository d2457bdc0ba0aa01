"""The calls of `scan.first_of` in one warm casualty pass, replayed alone under callgrind (session 23, s23-cspeed2):
record every call (text, literals, pos) the casualty modules make, then replay them through a given library's
`first_of`, inside one `functools.reduce` (one callgrind dump), so two forms of the function can be counted on the
same calls.

    PYTHONPATH=LIB .venv/bin/python bench/first_of_replay.py record REF/bench1000.corpus.pickle 200 /tmp/fo.pkl
    PYTHONHASHSEED=0 PYTHONPATH=LIB valgrind --tool=callgrind --toggle-collect=functools_reduce \\
        --callgrind-out-file=/tmp/fo.out .venv/bin/python bench/first_of_replay.py replay /tmp/fo.pkl
"""
from __future__ import annotations

import functools
import gc
import pickle
import sys
from collections import Counter

from pickled import casualty_input


def _record(path: str, n: int, out: str) -> None:
    import presslens.casualties as cas
    from presslens.casualties import extract_casualties, scan
    calls: list = []
    on = [False]
    real = scan.first_of

    def recorded(text, literals, pos=0):
        if on[0]:
            calls.append((text, literals, pos))
        return real(text, literals, pos)
    for mod in list(sys.modules.values()):
        if getattr(mod, "__name__", "").startswith(cas.__name__) and getattr(mod, "first_of", None) is real:
            mod.first_of = recorded
    corpus = casualty_input(path, n)
    gc.disable()
    extract_casualties(corpus)          # warm
    on[0] = True
    extract_casualties(corpus)
    with open(out, "wb") as fh:
        pickle.dump(calls, fh)
    found = Counter((lits, real(t, lits, p) >= 0) for t, lits, p in calls)
    for (lits, hit), k in sorted(found.items(), key=lambda r: -r[1]):
        print(f"{k:6d} {'found' if hit else 'none '} {lits[:6]}")


def _replay(path: str) -> None:
    from presslens.casualties.scan import first_of
    with open(path, "rb") as fh:
        calls = pickle.load(fh)

    def run():
        for text, literals, pos in calls:
            first_of(text, literals, pos)
    run()                               # warm
    functools.reduce(lambda _, __: run(), range(1), None)


if __name__ == "__main__":
    if sys.argv[1] == "record":
        _record(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        _replay(sys.argv[2])

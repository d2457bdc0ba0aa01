"""callgrind `headline_line` alone (session 26, s26-qspeed), on the article texts one warm quote pass gives it, for each
headlines.py given (loaded from its file: no package import, so a run takes seconds even on a loaded host).

    PYTHONPATH=LIB .venv/bin/python bench/regex_replay.py record-quotes REF/bench1000.corpus.pickle 50 /tmp/calls.pkl
    PYTHONHASHSEED=0 valgrind --tool=callgrind --toggle-collect=functools_reduce --dump-after=functools_reduce \\
        --callgrind-out-file=/tmp/h.out .venv/bin/python -S bench/headline_replay.py /tmp/calls.pkl BASE/headlines.py HEAD/headlines.py
    grep -h ^totals /tmp/h.out.*          # one count per file, in the order given

The spans of every file are asserted equal to the first file's before anything is counted.
"""
from __future__ import annotations

import functools
import gc
import importlib.util
import pickle
import sys

calls = pickle.load(open(sys.argv[1], "rb"))
texts = [args[0] for site, cs in calls.items() if site[0].endswith("headlines") for _, args, _ in cs]
mods = []
for k, p in enumerate(sys.argv[2:]):
    s = importlib.util.spec_from_file_location(f"h{k}", p); m = importlib.util.module_from_spec(s); s.loader.exec_module(m)
    mods.append(m)
ref = [mods[0].headline_line(t) for t in texts]
assert texts and all([m.headline_line(t) for t in texts] == ref for m in mods)
gc.disable()
for m in mods:
    fn = lambda: [m.headline_line(t) for t in texts]
    fn()
    functools.reduce(lambda _, __: fn(), range(1), None)

"""Each compiled pattern's instructions in one warm casualty (or quote) pass, without the machine's load in them (session 22):
record every call the library makes to a pattern (pattern, method, arguments), then replay each site's calls inside
its own `functools.reduce` under callgrind, which writes one count per site.

    PYTHONPATH=LIB .venv/bin/python bench/regex_replay.py record REF/bench1000.corpus.pickle 200 /tmp/calls.pkl
    PYTHONHASHSEED=0 valgrind --tool=callgrind --toggle-collect=functools_reduce --dump-after=functools_reduce \\
        --callgrind-out-file=/tmp/rp.out .venv/bin/python bench/regex_replay.py replay /tmp/calls.pkl
    .venv/bin/python bench/regex_replay.py report /tmp/calls.pkl /tmp/rp.out [TOP]

`record-quotes` (same arguments as `record`) records one warm quote pass instead, its memos cleared first as
bench/passes_quotes.py does (session 26).

Sites are keyed by (module, pattern, flags), so a base and a head library can be compared by pattern; a `sub` whose
replacement is a function is replayed with one that returns the match (its own Python cost is not the pattern's).
"""
from __future__ import annotations

import functools
import gc
import glob
import pickle
import re
import sys
from collections import defaultdict

from pickled import casualty_input

_METHODS = ("search", "match", "fullmatch", "findall", "sub", "subn", "split", "finditer")


def _record(path: str, n: int, out: str, kind: str = "casualties") -> None:
    calls: dict = defaultdict(list)
    on = [False]
    compile_ = re.compile

    class Recorded:
        def __init__(self, rx, site):
            self._rx, self._site = rx, site

        def __getattr__(self, name):
            value = getattr(self._rx, name)
            if name not in _METHODS:
                return value
            site_calls = calls[self._site]

            def recorded(*args, **kw):
                if on[0]:
                    site_calls.append((name, tuple("<FN>" if callable(a) else a for a in args), kw))
                return value(*args, **kw)
            return recorded

        def __hash__(self):
            return hash(self._rx)

        def __eq__(self, other):
            return self._rx == getattr(other, "_rx", other)

    def recording_compile(pattern, flags=0):
        if isinstance(pattern, Recorded):
            return pattern
        rx = compile_(pattern, flags)
        frame = sys._getframe(1)
        while frame is not None and not frame.f_globals.get("__name__", "").startswith("presslens"):
            frame = frame.f_back
        return rx if frame is None else Recorded(rx, (frame.f_globals["__name__"], rx.pattern, int(flags)))

    re.compile = recording_compile      # before the library is imported: its patterns are recorded
    if kind == "quotes":
        from pickled import quote_input
        from presslens.actors import load_actors
        from presslens.config import DEFAULT_ACTORS
        from presslens.quotes import clear_caches, extract_quotes
        actors = load_actors(DEFAULT_ACTORS)
        corpus = quote_input(path, n)

        def extract(sub):
            clear_caches()
            actors.clear_caches()
            extract_quotes(sub, actors=actors)
    else:
        from presslens.casualties import extract_casualties as extract
        corpus = casualty_input(path, n)
    gc.disable()
    extract(corpus)                     # warm: patterns compiled, caches filled
    calls.clear()
    on[0] = True
    extract(corpus)
    with open(out, "wb") as fh:
        pickle.dump(dict(calls), fh)


def _sites(calls: dict) -> list:
    return sorted(calls, key=lambda k: (k[0], k[1], k[2]))


def _replay(path: str) -> None:
    with open(path, "rb") as fh:
        calls = pickle.load(fh)

    def run(rx, site_calls):
        for name, args, kw in site_calls:
            out = getattr(rx, name)(*[(lambda m: m.group(0)) if a == "<FN>" else a for a in args], **kw)
            if name == "finditer":
                list(out)
    for site in _sites(calls):
        rx = re.compile(site[1], site[2])
        run(rx, calls[site])            # warm
        functools.reduce(lambda _, __: run(rx, calls[site]), range(1), None)     # one callgrind dump each


def _report(path: str, out: str, top: int) -> None:
    with open(path, "rb") as fh:
        calls = pickle.load(fh)
    sites = _sites(calls)
    rows = []
    for part in glob.glob(out + ".*"):
        total = next((int(line.split()[1]) for line in open(part) if line.startswith(("summary:", "totals:"))), 0)
        site = sites[int(part.rsplit(".", 1)[1]) - 1]
        rows.append((total, len(calls[site]), site))
    for total, n, site in sorted(rows, key=lambda r: -r[0])[:top]:
        print(f"{total / 1e6:8.2f} M {n:7d} calls {total / max(n, 1):9.0f}/call  {site[0]}  {site[1][:80]!r}")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd in ("record", "record-quotes"):
        _record(sys.argv[2], int(sys.argv[3]), sys.argv[4], "quotes" if cmd == "record-quotes" else "casualties")
    elif cmd == "replay":
        _replay(sys.argv[2])
    else:
        _report(sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 30)

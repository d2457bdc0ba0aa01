"""Which compiled patterns a pass spends its time in: every pattern the library compiles is timed, per call, by
where it was compiled (module:line), over warm passes of the quote or casualty extractor on the pickled bench
corpus (`bench/check_identical.py write REF` pickles it).

    .venv/bin/python bench/regex_costs.py quotes REF/bench1000.corpus.pickle 200 [TOP]
    .venv/bin/python bench/regex_costs.py casualties REF/bench1000.corpus.pickle 200 [TOP]

Wall time with a timer around each call: the proxy's own cost inflates every figure alike, so read the ranking and
the time per call, not the total (the instruction count of a pass is bench/passes_*.py under callgrind). A pattern
with a high time per call on short sentences usually backtracks (session 20: the elided-counts gate, 21 µs a
sentence, fixed with possessive words).
"""
from __future__ import annotations

import functools
import gc
import re
import sys
import time
from collections import defaultdict

from pickled import casualty_input, quote_input

_COST: dict = defaultdict(lambda: [0, 0.0])      # site -> [calls, seconds]
_compile = re.compile
_METHODS = ("search", "match", "fullmatch", "findall", "sub", "subn", "split")


class _Timed:
    """A compiled pattern that adds each call's time to its compile site (finditer: the iteration's time too)."""

    def __init__(self, rx, site):
        self._rx, self._site = rx, site

    def __getattr__(self, name):
        value = getattr(self._rx, name)
        if name in _METHODS:
            cost = _COST[self._site]

            def timed(*args, **kw):
                t = time.perf_counter()
                try:
                    return value(*args, **kw)
                finally:
                    cost[0] += 1
                    cost[1] += time.perf_counter() - t
            return timed
        if name == "finditer":
            cost = _COST[self._site]

            def timed_iter(*args, **kw):
                t = time.perf_counter()
                out = list(value(*args, **kw))
                cost[0] += 1
                cost[1] += time.perf_counter() - t
                return iter(out)
            return timed_iter
        return value

    def __hash__(self):
        return hash(self._rx)

    def __eq__(self, other):
        return self._rx == getattr(other, "_rx", other)


def _timed_compile(pattern, flags=0):
    if isinstance(pattern, _Timed):
        return pattern
    rx = _compile(pattern, flags)
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__", "").startswith(("re", "functools")) and \
            not frame.f_globals.get("__name__", "").startswith("presslens"):
        frame = frame.f_back
    module = frame.f_globals.get("__name__", "?") if frame is not None else "?"
    if not module.startswith("presslens"):
        return rx
    return _Timed(rx, f"{module}:{frame.f_lineno} {rx.pattern[:70]!r}")


def main(argv: list[str]) -> int:
    kind, path, n = argv[0], argv[1], int(argv[2])
    top = int(argv[3]) if len(argv) > 3 else 25
    re.compile = _timed_compile                      # before the library is imported: its patterns are timed
    if kind == "quotes":
        from presslens import extract_quotes as extract
    else:
        from presslens.casualties import extract_casualties as extract
    corpus = quote_input(path, n) if kind == "quotes" else casualty_input(path, n)
    gc.disable()
    extract(corpus)                                  # warm: patterns compiled, caches filled
    _COST.clear()
    t = time.perf_counter()
    functools.reduce(lambda _, __: extract(corpus), range(1), None)
    total = time.perf_counter() - t
    rows = sorted(_COST.items(), key=lambda kv: -kv[1][1])
    timed = sum(c[1] for c in _COST.values())
    print(f"{kind}: one warm pass over {len(corpus.articles)} articles {total:.2f} s, {timed:.2f} s in timed patterns "
          f"({len(_COST)} patterns called)")
    print(f"{'seconds':>8} {'share':>6} {'calls':>8} {'µs/call':>8}  site")
    for site, (calls, secs) in rows[:top]:
        print(f"{secs:8.3f} {secs / total:6.1%} {calls:8d} {secs / calls * 1e6:8.1f}  {site}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

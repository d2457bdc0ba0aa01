"""Session 24 (s24-cspeed): the calls of the changed gates replayed alone, old form against new, under callgrind.

    PYTHONPATH=lib .venv/bin/python bench/gate_replay24.py record REF/bench1000.corpus.pickle 200 /tmp/g.pkl
    PYTHONHASHSEED=0 PYTHONPATH=lib valgrind --tool=callgrind --toggle-collect=functools_reduce \\
        --dump-after=functools_reduce --callgrind-out-file=/tmp/g.out .venv/bin/python bench/gate_replay24.py replay /tmp/g.pkl

Recorded: the strings the three plain-word gates (people._RX_TARGETED, people._RX_MASSACRE, town_fired._RX_FIRED)
were asked about, and the sentences `hedges._hedge` read. Replayed, in order, one `functools.reduce` each: the gates
as patterns (the old form), as `scan.AnyOf`; `_hedge`'s search without a gate (the library's form), and behind the
literals `scan.LiteralGated` reads off its lowered pattern (tried in d2fbabb and reverted: 613 of 747 claim sentences
hold one of them, 'said' or 'report' above all, and the gate cost more than it saved).
"""
from __future__ import annotations

import functools
import gc
import pickle
import re
import sys

from pickled import casualty_input


def _record(path: str, n: int, out: str) -> None:
    from presslens.casualties import extract_casualties, hedges, load_lexicon, people, scan, town_fired
    gates = {id(g.gate): name for name, g in (("targeted", people._RX_TARGETED), ("massacre", people._RX_MASSACRE),
                                             ("fired", town_fired._RX_FIRED))}
    calls: dict[str, list[str]] = {name: [] for name in gates.values()}
    calls["hedge"] = []
    may = scan.Gated._may_match

    def may_match(self, string, table):
        name = gates.get(id(self.gate))
        if name is not None and (table is None or table.text is not string or id(self.gate) not in table._gates):
            calls[name].append(string)
        return may(self, string, table)
    scan.Gated._may_match = may_match
    hedge = hedges._hedge

    def _hedge(sent, lex):
        calls["hedge"].append(sent)
        return hedge(sent, lex)
    hedges._hedge = _hedge
    import presslens.casualties.extract as ex
    ex._hedge = _hedge
    corpus = casualty_input(path, n)
    load_lexicon()
    extract_casualties(corpus)
    for v in calls.values():
        v.clear()
    extract_casualties(corpus)
    with open(out, "wb") as fh:
        pickle.dump(calls, fh)
    print({k: len(v) for k, v in calls.items()})


def _replay(path: str) -> None:
    from presslens.casualties import load_lexicon, people, town_fired
    from presslens.casualties.scan import LiteralGated
    from presslens.fastre import case_free
    calls = pickle.load(open(path, "rb"))
    gc.disable()
    rx = case_free(load_lexicon().hedge_sentence)
    for name, g in (("targeted", people._RX_TARGETED), ("massacre", people._RX_MASSACRE),
                    ("fired", town_fired._RX_FIRED)):
        old, new, strings = re.compile("|".join(g.gate.words)), g.gate, calls[name]
        assert [old.search(s) is not None for s in strings] == [bool(new.search(s)) for s in strings]
        functools.reduce(lambda _, s: old.search(s), strings, None)
        functools.reduce(lambda _, s: new.search(s), strings, None)
    sents = calls["hedge"]
    lits = LiteralGated(rx.lowered).literals

    def gated(s):
        return rx.search(s) if any(map(s.lower().__contains__, lits)) else None
    assert [rx.search(s) is None for s in sents if gated(s) is None] == [True for s in sents if gated(s) is None]
    functools.reduce(lambda _, s: rx.search(s), sents, None)
    functools.reduce(lambda _, s: gated(s), sents, None)

if __name__ == "__main__":
    if sys.argv[1] == "record":
        _record(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        _replay(sys.argv[2])

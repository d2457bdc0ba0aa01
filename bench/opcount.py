"""The bytecode counter behind bench/opcount_quotes.py and bench/opcount_casualties.py: every opcode of one call
counted by `sys.settrace` with `f_trace_opcodes`, per function, own and inclusive (a frame's count includes its
callees'; a recursive function's frames are each counted). Exact and repeatable: the machine's load does not move it;
it does not see the C work of `re` and `str` methods (callgrind does: docs/scale.md, session 25's casualty section).
The `run` callable adds its own few bytecodes to the total (a lambda: 6-8).
"""
from __future__ import annotations

import collections
import sys


def _key(code) -> str:
    i = code.co_filename.find("presslens/")
    where = code.co_filename[i + 10:] if i >= 0 else code.co_filename.rsplit("/", 1)[-1]
    return f"{where}:{code.co_name}"


def count_and_print(run, top: int = 40) -> int:
    """Count the bytecodes of `run()` and print the total, then the `top` functions by own and inclusive counts."""
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
    run()
    sys.settrace(None)
    print(f"total bytecodes {total[0]:,}")
    for title, counts in (("own", own), ("inclusive", incl)):
        print(f"== {title}")
        for code, v in counts.most_common(top):
            print(f"{100 * v / total[0]:6.2f}% {v:10,} calls {calls[code]:7,} {_key(code)}")
    return total[0]

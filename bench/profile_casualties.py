"""Where extract_casualties spends its CPU on the bench corpus: deterministic call counts and a sampling view.

    PYTHONPATH=/work/base11/lib .venv/bin/python bench/profile_casualties.py --out /tmp/base.json
    .venv/bin/python bench/profile_casualties.py --out /tmp/head.json --against /tmp/base.json

One pass under cProfile gives each function's call count (the same on a busy machine as on an idle one: the
figure to compare base and head by); then `--passes` passes under a CPU-time sampler (SIGPROF every millisecond)
count the innermost presslens frame of each sample (its own time and the C calls it makes). `--against` prints the
functions whose calls or samples differ most from an earlier run's JSON. Run base and head alternately: samples
are noisy at the 1% level on a shared machine, counts are not.
"""
from __future__ import annotations

import argparse
import cProfile
import collections
import json
import signal
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def _calls(run) -> dict[str, int]:
    prof = cProfile.Profile()
    prof.runcall(run)
    prof.create_stats()
    out: collections.Counter = collections.Counter()
    for (path, _, name), (_, calls, *_) in prof.stats.items():
        if "/presslens/" in path:
            out[name] += calls
        out["(all Python calls)"] += calls
    return dict(out)


def _samples(run, passes: int) -> dict[str, int]:
    seen: collections.Counter = collections.Counter()

    def tick(_sig, frame):
        seen["(all samples)"] += 1
        while frame is not None and "/presslens/" not in frame.f_code.co_filename:
            frame = frame.f_back
        if frame is not None:
            seen[frame.f_code.co_name] += 1

    signal.signal(signal.SIGPROF, tick)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    try:
        for _ in range(passes):
            run()
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    return dict(seen)


def _diff(now: dict, then: dict, top: int) -> list[str]:
    keys = sorted(set(now) | set(then), key=lambda k: -abs(now.get(k, 0) - then.get(k, 0)))
    return [f"  {then.get(k, 0):>8} -> {now.get(k, 0):>8}  {k}" for k in keys[:top]]


def main(argv: list[str] | None = None) -> int:
    from common import write_corpus

    from presslens import load_corpus
    from presslens.casualties import extract_casualties, load_lexicon

    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("n", nargs="?", type=int, default=1000)
    p.add_argument("--passes", type=int, default=3, help="passes under the sampler (default 3)")
    p.add_argument("--out", type=Path, help="write the counts and samples as JSON")
    p.add_argument("--against", type=Path, help="an earlier run's JSON: print the largest differences")
    p.add_argument("--top", type=int, default=20)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = load_corpus(write_corpus(Path(tmp) / "corpus", args.n), workers=1, progress=False)
    load_lexicon()
    extract_casualties(corpus)   # warm: patterns compiled on first use are not what is compared
    result = {"calls": _calls(lambda: extract_casualties(corpus)),
              "samples": _samples(lambda: extract_casualties(corpus), args.passes)}
    print(f"{result['calls']['(all Python calls)']:,} Python calls in one pass; "
          f"{result['samples'].get('(all samples)', 0):,} samples in {args.passes} passes")
    if args.out:
        args.out.write_text(json.dumps(result, indent=1, sort_keys=True), encoding="utf-8")
    if args.against:
        then = json.loads(args.against.read_text(encoding="utf-8"))
        for part in ("calls", "samples"):
            print(f"{part}, earlier -> now (largest differences):")
            print("\n".join(_diff(result[part], then[part], args.top)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

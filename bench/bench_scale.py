"""Scale benchmark: N distinct synthetic articles as JSONL shards, then each stage as its own command.

    .venv/bin/python bench/bench_scale.py 10000 [--engine local|dask] [--workers N] [--stages corpus,quotes,casualties,run]
        [--repeat K] [--keep DIR]

Stages (each a fresh process, like a user at the shell):
  corpus      presslens corpus DIR --out TMP/corpus
  quotes      presslens quotes DIR --format parquet --out TMP/quotes.parquet
  casualties  presslens casualties DIR --format parquet --out TMP/claims.parquet
  run         presslens run --corpus DIR (tables built from scratch + the four notebooks to HTML)

For each: wall seconds, CPU seconds of the whole process tree (every worker and notebook kernel),
articles per wall second and per CPU second, and peak resident memory summed over the process tree
(sampled every 0.2 s with psutil). The machine is shared: CPU seconds are the steadier figure; the load
average before each stage is printed with it. `run` also prints the size of each report.

`drv s` is the CPU seconds of the command's own process (the driver: reading, duplicate texts, wire
groups, Parquet), `busy` the CPU seconds of its busiest other process (a pool or Dask worker).
`--workers N` is passed to the command (processes of the local pool or of the Dask LocalCluster);
`--repeat K` runs each stage K times, so that two configurations can be run back to back under the
same load (`--workers 1` then `--workers 2`, several times) and compared run by run. `idle s` is the
wall time the stage needs on an otherwise idle machine with this many cores, from CPU seconds alone
(a load-independent figure): the longest of the driver's CPU, the busiest worker's CPU and the tree's
CPU divided by the cores; throughput ratios under load are compared on it.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).parent))
from sampling import run_sampled, tree  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
STAGES = ("corpus", "quotes", "casualties", "run")


def measure(cmd: list[str], *, env: dict | None = None) -> dict:
    """Run cmd; -> wall s, CPU s (tree), peak RSS of the tree (MB), exit code."""
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak, cpu = [0], {}

    def one(root: psutil.Process, now: float) -> None:
        rss = 0
        for p in tree(root):
            try:
                rss += p.memory_info().rss
                t = p.cpu_times()
                cpu[p.pid] = t.user + t.system
            except psutil.Error:
                pass
        peak[0] = max(peak[0], rss)

    run = run_sampled(cmd, env, every=0.2, on_sample=one)
    wall, root, err = run.wall, run.pid, run.stderr
    # CPU: descendants that were waited for are in RUSAGE_CHILDREN; sampled per-pid times catch the rest
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    waited = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    others = [t for pid, t in cpu.items() if pid != root]
    return {"wall_s": round(wall, 1), "cpu_s": round(max(waited, sum(cpu.values())), 1), "peak_mb": round(peak[0] / 2 ** 20),
            "driver_cpu_s": round(cpu.get(root, 0.0), 1), "busiest_other_cpu_s": round(max(others, default=0.0), 1),
            "idle_s": round(max(cpu.get(root, 0.0), max(others, default=0.0), max(waited, sum(cpu.values())) / (os.cpu_count() or 1)), 1),
            "others_cpu_s": sorted((round(t, 1) for t in others), reverse=True),
            "rc": run.returncode, "load": round(load, 1), "stderr": err[-2000:] if run.returncode else ""}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int)
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--stages", default=",".join(STAGES))
    parser.add_argument("--workers", type=int, default=None, help="processes (local pool or Dask LocalCluster workers)")
    parser.add_argument("--repeat", type=int, default=1, help="run each stage this many times")
    parser.add_argument("--keep", default=None, help="write the corpus and outputs here and keep them")
    parser.add_argument("--json", action="store_true", help="one JSON line per stage as well")
    args = parser.parse_args()
    from synth import generate

    tmp = Path(args.keep or tempfile.mkdtemp(prefix="presslens-scale-"))
    corpus = tmp / f"corpus{args.n}"
    if not corpus.exists():
        generate(args.n, corpus)
    size = sum(f.stat().st_size for f in corpus.glob("*.jsonl"))
    print(f"{args.n} articles in {len(list(corpus.glob('*.jsonl')))} JSONL shards ({size / 2**20:.1f} MB), "
          f"engine {args.engine}, workers {args.workers or 'default'}, {os.cpu_count()} cores")
    engine = ([] if args.engine == "local" else ["--engine", "dask"]) + \
        ([] if args.workers is None else ["--workers", str(args.workers)])
    pl = str(BIN / "presslens")
    env = dict(os.environ)
    commands = {
        "corpus": [pl, "corpus", str(corpus), "--out", str(tmp / "corpus-tables"), *engine],
        "quotes": [pl, "quotes", str(corpus), "--format", "parquet", "--out", str(tmp / "quotes.parquet"), *engine],
        "casualties": [pl, "casualties", str(corpus), "--format", "parquet", "--out", str(tmp / "claims.parquet"), *engine],
        "run": [str(sys.executable), "-c",
                "import sys; from presslens.run import run_all; "
                f"sys.exit(run_all(corpus={str(corpus)!r}, outputs_dir={str(tmp / 'outputs')!r}, force=True"
                + (", engine='dask'" if args.engine == "dask" else "") + "))"],
    }
    print(f"{'stage':<11} {'wall s':>7} {'CPU s':>7} {'art/s':>7} {'art/CPU-s':>9} {'peak MB':>8} {'load':>5} {'drv s':>6} {'busy':>6} {'idle s':>6} {'art/idle-s':>10}")
    for stage in [s for s in args.stages.split(",") for _ in range(args.repeat)]:
        if stage == "run":
            shutil.rmtree(tmp / "outputs", ignore_errors=True)
        r = measure(commands[stage], env=env)
        print(f"{stage:<11} {r['wall_s']:>7} {r['cpu_s']:>7} {args.n / r['wall_s']:>7.0f} "
              f"{args.n / max(r['cpu_s'], 0.01):>9.0f} {r['peak_mb']:>8} {r['load']:>5} {r['driver_cpu_s']:>6} {r['busiest_other_cpu_s']:>6} {r['idle_s']:>6} {args.n / max(r['idle_s'], 0.01):>10.0f}" + ("" if r["rc"] == 0 else f"  FAILED rc={r['rc']}"),
              flush=True)
        if r["rc"]:
            print(r["stderr"], file=sys.stderr)
        if args.json:
            print(json.dumps({"stage": stage, "n": args.n, "engine": args.engine, "workers": args.workers, **r}))
        if stage == "run":
            for f in sorted((tmp / "outputs" / "reports").glob("*.html")):
                print(f"  report {f.name}: {f.stat().st_size / 2**20:.1f} MB")
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Time line of `presslens run`: which process uses the CPU when (the run's critical path).

    .venv/bin/python bench/timeline.py CORPUS [--out DIR] [--json FILE] [--step 5] [--lib DIR]

Runs run-all as bench/bench_scale.py's `run` stage does (tables built from scratch, four notebooks to HTML)
and samples every process of its tree every 0.25 s (psutil): its role (`driver`, `build` pool worker,
`nb-worker` (the notebook process: papermill and the HTML export), `kernel NN` (the notebook's kernel, named
from the PRESSLENS_TABLES_DIR it inherits), `coverage` (the registry check's child)), when it started and
ended and its CPU seconds. Prints one line per process and a table of CPU seconds per role in `--step`
second buckets: where the tree uses less than the cores, the run waits on one process.

On a shared machine the wall seconds stretch with the load; the order of the phases and each one's CPU
seconds do not. `serial CPU s` sums, over the samples, the CPU of the busiest role while the tree as a
whole used less than 1.3 cores' worth of CPU: a rough measure of the run's one-core stretches.
`--lib DIR` puts DIR first on PYTHONPATH (e.g. /work/main/lib: main's library, notebooks included, since the
kernels inherit the environment).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).parent))
from sampling import run_sampled, tree  # noqa: E402

STEP = 0.25


def _role(p: psutil.Process, root: int, first_kernel_parents: set[int]) -> str:
    try:
        if p.pid == root:
            return "driver"
        cmd = p.cmdline()
        if any("ipykernel" in c for c in cmd):
            tables = p.environ().get("PRESSLENS_TABLES_DIR", "")
            return "kernel " + (Path(tables).name.split("_")[0] if tables else "?")
        if p.pid in first_kernel_parents:
            return "nb-worker"
        return "child"
    except psutil.Error:
        return "gone"


def sample(cmd: list[str], env: dict) -> dict:
    procs: dict[int, dict] = {}
    samples: list[tuple[float, dict[int, float]]] = []
    nb_workers: set[int] = set()

    def one(root: psutil.Process, now: float) -> None:
        cpu = {}
        for p in tree(root):
            try:
                t = p.cpu_times()
                cpu[p.pid] = t.user + t.system
                info = procs.get(p.pid)
                if info is None:
                    info = procs[p.pid] = {"pid": p.pid, "ppid": p.ppid(), "start": now, "role": None}
                info["end"] = now
                info["cpu"] = cpu[p.pid]
                if info["role"] in (None, "child") or info["role"].endswith("?"):
                    if any("ipykernel" in c for c in p.cmdline()):
                        nb_workers.add(p.ppid())
                    info["role"] = _role(p, root.pid, nb_workers)
            except psutil.Error:
                pass
        samples.append((now, cpu))

    run = run_sampled(cmd, env, every=STEP, on_sample=one)
    wall = run.wall
    # roles decided late: a notebook worker is known once its first kernel appears; the build pool and the
    # coverage child are the driver's other children (the build pool's before the first kernel starts)
    first_kernel = min((i["start"] for i in procs.values() if i["role"].startswith("kernel")), default=wall)
    for info in procs.values():
        if info["pid"] in nb_workers:
            info["role"] = "nb-worker"
        elif info["role"] == "child" and info["ppid"] == run.pid:
            info["role"] = "build" if info["start"] < first_kernel - 0.5 and info["cpu"] > 1 else \
                ("coverage" if info["start"] >= first_kernel - 5 else "child")
    return {"wall": wall, "rc": run.returncode, "stderr": run.stderr, "procs": procs, "samples": samples}


def report(run: dict, step: float) -> str:
    procs, samples = run["procs"], run["samples"]
    lines = [f"wall {run['wall']:.1f} s, rc {run['rc']}, CPU {sum(i.get('cpu', 0) for i in procs.values()):.1f} s",
             f"{'pid':>7} {'role':<10} {'start':>7} {'end':>7} {'CPU s':>7}"]
    for info in sorted(procs.values(), key=lambda i: i["start"]):
        if info.get("cpu", 0) >= 0.2:
            lines.append(f"{info['pid']:>7} {info['role']:<10} {info['start']:>7.1f} {info['end']:>7.1f} {info['cpu']:>7.1f}")
    roles = sorted({i["role"] for i in procs.values()})
    buckets: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    prev: dict[int, float] = {}
    serial = 0.0
    last_t = 0.0
    for t, cpu in samples:
        used = defaultdict(float)
        for pid, c in cpu.items():
            d = c - prev.get(pid, 0.0)
            prev[pid] = c
            role = procs[pid]["role"] if pid in procs else "?"
            role = "kernel" if role.startswith("kernel") and False else role
            used[role] += d
            buckets[int(t // step)][role] += d
        total = sum(used.values())
        if t > last_t and total < 1.3 * (t - last_t):
            serial += max(used.values(), default=0.0)
        last_t = t
    shown = [r for r in roles if sum(b.get(r, 0) for b in buckets.values()) >= 0.5]
    lines.append("")
    lines.append(f"CPU seconds per {step:g} s of wall, by role")
    lines.append(f"{'t':>6} " + " ".join(f"{r[:10]:>10}" for r in shown) + f" {'total':>6}")
    for b in sorted(buckets):
        row = buckets[b]
        lines.append(f"{b * step:>6.0f} " + " ".join(f"{row.get(r, 0):>10.1f}" for r in shown) + f" {sum(row.values()):>6.1f}")
    lines.append("")
    lines.append("CPU s by role: " + ", ".join(f"{r} {sum(i.get('cpu', 0) for i in procs.values() if i['role'] == r):.1f}"
                                             for r in roles))
    lines.append(f"serial CPU s (the busiest role while the tree used < 1.3 cores): {serial:.1f}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("--out", default=None, help="outputs folder (default: a temporary one, removed)")
    parser.add_argument("--json", default=None, help="write the samples here")
    parser.add_argument("--step", type=float, default=5.0)
    parser.add_argument("--lib", default=None, help="put this library folder first on PYTHONPATH")
    args = parser.parse_args()
    import shutil
    import tempfile
    out = Path(args.out or tempfile.mkdtemp(prefix="presslens-timeline-"))
    shutil.rmtree(out / "outputs", ignore_errors=True)
    env = dict(os.environ)
    if args.lib:
        env["PYTHONPATH"] = os.pathsep.join([str(Path(args.lib).resolve()), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    cmd = [sys.executable, "-c", "import sys; from presslens.run import run_all; "
           f"sys.exit(run_all(corpus={str(Path(args.corpus).resolve())!r}, outputs_dir={str(out / 'outputs')!r}, force=True))"]
    print(f"load {os.getloadavg()[0]:.1f} at the start", flush=True)
    run = sample(cmd, env)
    print(report(run, args.step))
    print(f"load {os.getloadavg()[0]:.1f} at the end")
    if run["rc"]:
        print(run["stderr"][-3000:], file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps({k: v for k, v in run.items()}, default=str))
    if not args.out:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()

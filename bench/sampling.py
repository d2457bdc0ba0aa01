"""Run a command while a thread samples its process tree (shared by bench/timeline.py and bench/bench_scale.py).

    run = run_sampled(cmd, env, every=0.25, on_sample=lambda root, now: ...)
    run.wall, run.returncode, run.stderr, run.pid

`on_sample(root, now)` is called every `every` seconds until the command ends, with the command's
`psutil.Process` and the seconds since it started; it reads what it needs (CPU times, memory, command lines)
and keeps it. Processes that vanish between listing and reading are the callback's to skip (psutil.Error).
"""
from __future__ import annotations

import subprocess
import threading
import time
from dataclasses import dataclass
from typing import Callable

import psutil


@dataclass
class Sampled:
    wall: float
    returncode: int
    stderr: str
    pid: int


def tree(proc: psutil.Process) -> list[psutil.Process]:
    """The process and all its descendants; [] once it is gone."""
    try:
        return [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return []


def run_sampled(cmd: list[str], env: dict | None, *, every: float,
                on_sample: Callable[[psutil.Process, float], None]) -> Sampled:
    """Run cmd (stdout discarded, stderr kept), calling on_sample every `every` s while it runs."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True)
    root = psutil.Process(proc.pid)
    done = threading.Event()

    def loop() -> None:
        while not done.is_set():
            on_sample(root, time.perf_counter() - t0)
            done.wait(every)

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    err = proc.stderr.read()
    proc.wait()
    done.set()
    thread.join()
    return Sampled(wall=time.perf_counter() - t0, returncode=proc.returncode, stderr=err, pid=proc.pid)

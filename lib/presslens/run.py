"""Run-all: build the tables once, execute every notebook with papermill, render standalone HTML.  [issue #5]"""
from __future__ import annotations


def run_all(*, corpus=None, actors=None, params=(), params_file=None, notebooks=None,
            show_code=False, jobs=None, force=False) -> int:
    """Build tables and reports; return the process exit code (non-zero when a notebook failed)."""
    raise NotImplementedError("notebook runner: issue #5")

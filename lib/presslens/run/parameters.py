"""Notebook parameters: values parsed as YAML, paths resolved, names checked against the notebooks'."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from .. import config
from .tables import _as_date


#: the notebook parameters every notebook of the suite takes (literals in its `parameters` cell)
COMMON_PARAMETERS = ("corpus", "actors", "outlets", "date_from", "date_to", "data_dir")
#: parameters that name files: resolved against the caller's working directory before injection
PATH_PARAMETERS = ("corpus", "actors", "data_dir")


# --------------------------------------------------------------------------------------------- parameters

def parse_value(text: str) -> Any:
    """A `-p NAME VALUE` value, read as YAML: '["News18"]' -> list, 3 -> int, 2021-09-01 -> '2021-09-01'."""
    return _plain(yaml.safe_load(text)) if text.strip() else text


def _plain(value: Any) -> Any:
    """YAML values papermill can write as Python literals: dates become ISO strings."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def resolve_parameters(*, corpus=None, actors=None, params: Iterable[Sequence[str]] = (), params_file=None,
                       data_dir=None, base: str | os.PathLike | None = None) -> dict[str, Any]:
    """Merge notebook parameters: -f file < -p NAME VALUE < --corpus/--actors; paths made absolute."""
    merged: dict[str, Any] = {}
    if params_file:
        loaded = yaml.safe_load(Path(params_file).read_text(encoding="utf-8")) or {}
        if not isinstance(loaded, dict):
            raise ValueError(f"{params_file}: expected a YAML mapping of parameter: value")
        merged.update(_plain(loaded))
    for name, value in params or ():
        merged[name] = parse_value(value)
    if corpus is not None:
        merged["corpus"] = str(corpus)
    if actors is not None:
        merged["actors"] = str(actors)
    merged.setdefault("corpus", str(config.SEEDS_DIR))
    merged.setdefault("actors", None)
    merged.setdefault("data_dir", str(data_dir or config.DATA_DIR))
    root = Path(base or os.getcwd())
    for name in PATH_PARAMETERS:
        value = merged.get(name)
        if isinstance(value, str) and not (name == "actors" and value.lower() == "none"):
            merged[name] = str((root / Path(value).expanduser()).resolve())
    if isinstance(merged.get("outlets"), str):
        merged["outlets"] = [merged["outlets"]]
    for name in ("date_from", "date_to"):
        if merged.get(name) is not None:
            merged[name] = _as_date(merged[name]).isoformat()
    return merged


def _check_parameter_names(notebooks: Sequence[Path], parameters: Mapping[str, Any]) -> None:
    import papermill as pm
    known: set[str] = set(COMMON_PARAMETERS)
    for nb in notebooks:
        known |= set(pm.inspect_notebook(str(nb)))
    unknown = sorted(set(parameters) - known)
    if unknown:
        raise ValueError(f"unknown notebook parameter(s) {', '.join(unknown)}; "
                         f"the notebooks take: {', '.join(sorted(known))}")

"""Actor registries: who belongs to which side of a conflict (data files, one per conflict).  [issue #3]"""
from __future__ import annotations

from pathlib import Path


class Actors:
    """A loaded registry: side labels, named actors with aliases/side/role. Owned by the quotes issue (#3)."""


def load_actors(path: str | Path) -> Actors:
    """Registry YAML -> Actors. Accepts the shipped format and the dev2 multi-conflict format."""
    raise NotImplementedError("actor registry: issue #3")

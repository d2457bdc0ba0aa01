"""The armed group of a registry that does not say which side is the rebels': the one side whose description names a
non-state force (``sides`` calls it).
"""
from __future__ import annotations

import re

from .lexicon import Lexicon


# ----------------------------------------------------------------------------------------------------------
# The armed group of a registry that does not say which side is the rebels'
# ----------------------------------------------------------------------------------------------------------

def rebel_side_from_descriptions(sides: dict[str, str], lex: Lexicon) -> str | None:
    """The one side whose registry description names a non-state force ('leaders, commanders, militants';
    'fighters, its media'), for a conflict whose registry gives no `rebel_side`: then 'militants', 'fighters'
    and 'insurgents' among the victims are that side's.  None when no side or more than one qualifies.

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> rebel_side_from_descriptions({"sudan_gov": "the Sudanese state: army and police",
    ...                               "rsf": "the Rapid Support Forces: commanders and fighters"}, load_lexicon())
    'rsf'
    >>> rebel_side_from_descriptions({"a": "rebels", "b": "militants and fighters"}, load_lexicon()) is None
    True
    """
    hits = [side for side, desc in sides.items()
            if any(lex.roles.get(w) == "nonstate" for w in re.findall(r"[a-z]+", (desc or "").lower()))]
    return hits[0] if len(hits) == 1 else None

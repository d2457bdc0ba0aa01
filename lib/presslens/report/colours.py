"""The suite's colours as the notebooks name them (presslens.charts owns the palette), the claim categories' order."""

from __future__ import annotations

import pandas as pd

from ..charts import BELLIGERENT_COLORS, SIDE_COLORS, side_color


#: one palette for the suite: presslens.charts owns it (issue #6); these names are kept for the notebooks
SIDE_COLOURS = SIDE_COLORS
BELLIGERENT_COLOURS = tuple(BELLIGERENT_COLORS)
CATEGORY_ORDER = ("killed", "wounded", "captured", "surrendered", "displaced", "casualties")
KIND_COLOURS = {"direct": "#333333", "indirect": "#9a9a9a", "mixed": "#cfcfcf"}


def side_colour(side: str | None, actors=None) -> str:
    """A side label -> its colour (presslens.charts.side_color): fixed for the guideline labels; another
    conflict's belligerents take BELLIGERENT_COLORS in the order its registry lists them.

    >>> side_colour("taliban"), side_colour(None)
    ('#b2182b', '#bdbdbd')
    """
    if side is None or (not isinstance(side, str) and pd.isna(side)) or side == "":
        side = "unknown"
    return side_color(str(side), actors=actors)

"""Display helpers for the notebooks 01-03: small summary tables, side-coloured charts, escaped evidence.

Every helper takes the library's tables and returns a DataFrame, a matplotlib Figure or an HTML block, so a
notebook step stays one line. Article text is never handed to a renderer unescaped:

- DataFrames display through `DataFrame._repr_html_`, which escapes cell text (`<script>` -> `&lt;script&gt;`);
- a pandas `Styler` does NOT escape by default: use `.format(escape="html")` (see `styled`);
- `IPython.display.Markdown` passes raw HTML through: never put article text in it;
- the HTML this module builds (`searchable_table`, `highlight`) escapes every value with `html.escape`.
"""

from __future__ import annotations

from .colours import (  # noqa: F401
    SIDE_COLOURS,
    BELLIGERENT_COLOURS,
    CATEGORY_ORDER,
    KIND_COLOURS,
    side_colour,
)
from . import frames  # noqa: F401  (its names are private: import them from the module)
from .escaping import (  # noqa: F401
    styled,
    highlight,
    evidence,
    HTMLBlock,
)
from .figures import (  # noqa: F401
    describe_figure,
    SVG_MAX_BYTES,
    figure_html,
)
from .tables import (  # noqa: F401
    LABELS,
    PERCENT_COLUMNS,
    DASH,
    label,
    cell,
    table_dir,
    max_rows,
    Table,
    present,
    searchable_table,
    _install_display,
    header,
)
from .corpus_overview import (  # noqa: F401
    outlet_overview,
    articles_table,
    DATE_BARS,
    DATE_OUTLETS,
    chart_articles_by_date,
    chart_words,
    wire_groups,
    ingest_problems,
    removed_summary,
    removed_lines,
)
from .casualty_tallies import (  # noqa: F401
    article_links,
    claims_table,
    claims_by_claimant,
    chart_claims_timeline,
    tally_totals,
    chart_tally,
    tally_clusters,
    tally_incidents,
    vague_mapping,
)
from .quote_attribution import (  # noqa: F401
    voice_by_side,
    chart_voice_by_side,
    side_by_outlet,
    chart_side_by_outlet,
    top_speakers,
    anonymous_sources,
    quote_table,
)
from .source_bias import (  # noqa: F401
    with_article,
    label_lexicon,
    MEASURE_NAMES,
    measures_view,
    spans_inside,
    sides_in,
    removed_not_in_text,
)

import pandas as pd

# notebooks import this module for display: show headlines and evidence whole, and tables up to 200 rows
pd.set_option("display.max_colwidth", 240)
pd.set_option("display.max_rows", 200)


_install_display()

# ---
# jupyter:
#   kernelspec:
#     display_name: Python (presslens)
#     language: python
#     name: presslens
# ---

# %% [markdown]
# # Quote attribution
#
# **Who is given a voice, and in whose words?** Every attributed statement in the corpus, direct
# (in quotation marks), indirect (in the writer's words) or mixed, with its speaker resolved to a name and
# a side: how often each side speaks, in which outlets, who the most-quoted people are, and how much rests
# on unnamed sources.

# %% tags=["parameters"]
# Parameters: `corpus` (a folder or file of articles), `actors` (actor registry YAML; `None` = the shipped
# one), `outlets` (a list of outlet names; `None` = all), `date_from` / `date_to` (`YYYY-MM-DD`; `None` =
# open), `data_dir` (where the cached tables live; `None` = `outputs/data/`).
corpus = "../seeds"
actors = None
outlets = None
date_from = None
date_to = None
data_dir = None

# %%
import presslens.report as report
import presslens.run
from presslens import findings, queries

# %%
# The tables (built once and cached; presslens run builds them before the notebooks start), read through
# presslens.queries: counts and top rows, never the whole quote table.
tables = presslens.run.build_tables(corpus, actors=actors, data_dir=data_dir).filter(outlets=outlets, date_from=date_from, date_to=date_to)
report.header(tables)

# %%
# Every statement points at its evidence: its span lies inside its article, and its side is a label of the registry.
assert queries.spans_inside(tables, "quotes"), "a statement's span falls outside its article"
assert tables.actors is None or queries.values(tables, "quotes", "speaker_side") <= set(tables.actors.labels)
assert queries.values(tables, "quotes", "kind") <= {"direct", "indirect", "mixed"}
n_quotes, n_anonymous = queries.count(tables, "quotes"), queries.count(tables, "quotes", "anonymous")

# %% [markdown]
# ## Key findings

# %% tags=["findings"]
key = findings.quotes(tables)
key

# %%
by_side = queries.voice_by_side(tables)
if key.items:
    assert key["statements"].value == n_quotes == by_side["statements"].sum()
    assert key["anonymous"].value == n_anonymous == by_side["anonymous"].sum()
    assert key["top_side"].value == by_side["statements"].max()
    assert 3 <= len(key) <= 6

# %% [markdown]
# ## Who speaks
#
# Statements by speaker side, split into direct, indirect and mixed, with distinct and anonymous speakers.

# %%
report.present(by_side, "by-side", caption="Statements by speaker side")

# %%
assert by_side["statements"].sum() == n_quotes

# %% [markdown]
# The same as a chart: one colour per side, solid for direct quotes, lighter for indirect and mixed.

# %%
report.chart_voice_by_side(None, table=by_side, actors=tables.actors)

# %% [markdown]
# ## Voices by outlet
#
# Whose voice each outlet carries: statements per outlet and speaker side.

# %%
by_outlet = queries.side_by_outlet(tables)
report.present(by_outlet, "side-by-outlet", caption="Statements per outlet (rows) and speaker side (columns)")

# %%
report.chart_side_by_outlet(None, table=by_outlet, actors=tables.actors)

# %% [markdown]
# ## Most-quoted speakers
#
# The most-quoted speakers, with their side, role, kinds of statement and the outlets that quote them.

# %%
speakers = queries.top_speakers(tables, n=15)
report.present(speakers, "speakers", caption="The 15 most-quoted speakers")

# %%
assert speakers["statements"].sum() <= n_quotes
assert (speakers["statements"] == speakers["direct"] + speakers["indirect"] + speakers["mixed"]).all()

# %% [markdown]
# ## Unnamed sources
#
# Statements from unnamed sources ("sources", "officials", "a senior leader"), by outlet.

# %%
anonymous = queries.anonymous_sources(tables)
report.present(anonymous, "anonymous", caption="Statements from unnamed sources",
               columns=["outlet", "speaker", "speaker_side", "kind", "cue", "text"])

# %%
assert len(anonymous) == n_anonymous

# %% [markdown]
# ## Every statement
#
# Every statement with its article and its evidence highlighted in context.

# %%
# the rows the report embeds (config.TABLE_MAX_ROWS) with their articles' texts; DuckDB writes the whole table as CSV
shown = queries.frame(tables, "quotes", limit=report.max_rows())
report.quote_table(shown, queries.articles_for(tables, shown["article_id"]), download=queries.table(tables, "quotes"),
                   total=n_quotes)

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
from presslens import findings

# %%
# Load the tables (built once and cached; presslens run builds them before the notebooks start).
tables = presslens.run.build_tables(corpus, actors=actors, data_dir=data_dir).filter(outlets=outlets, date_from=date_from, date_to=date_to)
report.header(tables)

# %%
# Every statement points at its evidence: its span lies inside its article, and its side is a label of the registry.
quotes = tables.quotes
assert report.spans_inside(quotes, tables.corpus), "a statement's span falls outside its article"
assert tables.actors is None or report.sides_in(quotes, ["speaker_side"]) <= set(tables.actors.labels)
assert set(quotes["kind"].dropna()) <= {"direct", "indirect", "mixed"}

# %% [markdown]
# ## Key findings

# %% tags=["findings"]
key = findings.quotes(tables)
key

# %%
if key.items:
    assert key["statements"].value == len(quotes)
    assert key["anonymous"].value == int(quotes["anonymous"].fillna(False).sum())
    assert key["top_side"].value == report.voice_by_side(quotes)["statements"].max()
    assert 3 <= len(key) <= 6

# %% [markdown]
# ## Who speaks
#
# Statements by speaker side, split into direct, indirect and mixed, with distinct and anonymous speakers.

# %%
by_side = report.voice_by_side(quotes)
report.present(by_side, "by-side", caption="Statements by speaker side")

# %%
assert by_side["statements"].sum() == len(quotes)

# %% [markdown]
# The same as a chart: one colour per side, solid for direct quotes, lighter for indirect and mixed.

# %%
report.chart_voice_by_side(quotes, actors=tables.actors)

# %% [markdown]
# ## Voices by outlet
#
# Whose voice each outlet carries: statements per outlet and speaker side.

# %%
report.present(report.side_by_outlet(quotes, tables.corpus), "side-by-outlet",
               caption="Statements per outlet (rows) and speaker side (columns)")

# %%
report.chart_side_by_outlet(quotes, tables.corpus, actors=tables.actors)

# %% [markdown]
# ## Most-quoted speakers
#
# The most-quoted speakers, with their side, role, kinds of statement and the outlets that quote them.

# %%
speakers = report.top_speakers(quotes, tables.corpus, n=15)
report.present(speakers, "speakers", caption="The 15 most-quoted speakers")

# %%
assert speakers["statements"].sum() <= len(quotes)
assert (speakers["statements"] == speakers["direct"] + speakers["indirect"] + speakers["mixed"]).all()

# %% [markdown]
# ## Unnamed sources
#
# Statements from unnamed sources ("sources", "officials", "a senior leader"), by outlet.

# %%
anonymous = report.anonymous_sources(quotes, tables.corpus)
report.present(anonymous, "anonymous", caption="Statements from unnamed sources",
               columns=["outlet", "speaker", "speaker_side", "kind", "cue", "text"])

# %%
assert len(anonymous) == int(quotes["anonymous"].fillna(False).sum())

# %% [markdown]
# ## Every statement
#
# Every statement with its article and its evidence highlighted in context.

# %%
report.quote_table(quotes, tables.corpus)

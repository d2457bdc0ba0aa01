# ---
# jupyter:
#   kernelspec:
#     display_name: Python (presslens)
#     language: python
#     name: presslens
# ---

# %% [markdown]
# # Casualty tallies
#
# **Who claims how many were killed, wounded, captured or displaced, on which side, and how firmly?** Every
# casualty claim with its evidence, the claims counted by claimant and victim side, and tallies per side and
# category with a low and a high total in which the same claim carried by several outlets counts once.
#
# Parameters: `corpus` (a folder or file of articles), `actors` (actor registry YAML; `None` = the shipped
# one), `outlets` (a list of outlet names; `None` = all), `date_from` / `date_to` (`YYYY-MM-DD`; `None` =
# open), `data_dir` (where the cached tables live; `None` = `outputs/data/`).

# %% tags=["parameters"]
corpus = "../seeds"
actors = None
outlets = None
date_from = None
date_to = None
data_dir = None

# %%
import presslens
import presslens.report as report
import presslens.run

# %% [markdown]
# Load the tables (built once and cached; `presslens run` builds them before the notebooks start).

# %%
tables = presslens.run.build_tables(corpus, actors=actors, data_dir=data_dir).filter(outlets=outlets, date_from=date_from, date_to=date_to)
tables

# %% [markdown]
# Every claim points at its evidence, and a range never runs backwards.

# %%
claims = tables.claims
assert report.spans_inside(claims, tables.corpus), "a claim's span falls outside its article"
assert (claims["low"].isna() | claims["high"].isna() | (claims["low"] <= claims["high"])).all()

# %% [markdown]
# Every claim with its number as stated, victims, claimant and hedge, and the evidence highlighted in context; type to filter.

# %%
report.claims_table(claims, tables.corpus)

# %% [markdown]
# Who claims whose losses: claims by claimant side (rows; "own voice" is the article itself) and victim side.

# %%
by_claimant = report.claims_by_claimant(claims)
by_claimant

# %%
assert by_claimant.empty or by_claimant.loc["total", "total"] == len(claims)

# %% [markdown]
# When the claimed events happened (filled dots: the date the article gives; hollow: the article's own date).

# %%
report.chart_claims_timeline(claims, tables.corpus, actors=tables.actors)

# %% [markdown]
# The tally: claims repeated across outlets counted once, and low and high totals per victim side and category.

# %%
tally = presslens.tally(claims, tables.corpus)
report.tally_totals(tally)

# %%
totals = report.tally_totals(tally)
assert (totals["low"].isna() | totals["high"].isna() | (totals["low"] <= totals["high"])).all()
assert totals["n_claims"].sum() == len(claims), "every claim is in exactly one side-and-category total"

# %% [markdown]
# The same as a chart: solid to the low total, light to the high one, one colour per victim side.

# %%
report.chart_tally(tally, actors=tables.actors)

# %% [markdown]
# Each total broken down by who claims it: what one side claims about the other side's losses, and the reverse.

# %%
tally

# %% [markdown]
# The clusters behind the tally: claims repeated by several outlets or in wire copy, counted once.

# %%
clusters = report.tally_clusters(claims, tables.corpus)
clusters

# %%
assert clusters.empty or clusters["n_claims"].sum() == len(claims)

# %% [markdown]
# How vague words ("dozens", "hundreds") became numbers in the tally: the conservative ACLED reading, configurable.

# %%
report.vague_mapping(tally)

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
import presslens
import presslens.report as report
import presslens.run
from presslens import findings, queries

# %%
# The tables (built once and cached; presslens run builds them before the notebooks start): the claims, and of the
# corpus only what the tally reads (presslens.queries.tally_corpus: dates, outlets, wire spans, claim sentences).
tables = presslens.run.build_tables(corpus, actors=actors, data_dir=data_dir).filter(outlets=outlets, date_from=date_from, date_to=date_to)
report.header(tables)

# %%
# Every claim points at its evidence, and its low figure is never above its high one.
claims = tables.claims
slim = queries.tally_corpus(tables, claims)
made = {}  # the incidents and repeat clusters the tally is made of, shown below (not computed again)
tally = presslens.tally(claims, slim, found=made)
assert queries.spans_inside(tables, "claims"), "a claim's span falls outside its article"
assert (claims["low"].isna() | claims["high"].isna() | (claims["low"] <= claims["high"])).all()

# %% [markdown]
# ## Key findings

# %% tags=["findings"]
key = findings.casualties(tables, tally)
key

# %%
assert key.items == [] or key["claims"].value == len(claims)
assert key.items == [] or key["hedged"].value == int(claims["hedged"].fillna(False).sum())
for f in key:
    if f.key.startswith("killed_"):
        total = report.tally_totals(tally).query("category == 'killed'").set_index("victim_side")["low"]
        assert f.value == total[f.key.removeprefix("killed_")], f.text

# %% [markdown]
# ## The tally
#
# Low and high totals per victim side and category, counted as casualty monitors count: by incident (one victim
# side and category, one day and, when stated, one place; a claim dated only by its article joins the incident
# of the two days before), then summed. A claim repeated across outlets or in wire copy counts once; within an
# incident, figures of different claimants are alternatives, not addends (low = the smallest claimant's figure,
# high = the largest). Running totals ("since October") are a floor, not an addend; displacement is a stock (the
# largest figure). "Open-ended" means a claim has no upper bound ("more than 600"). Method and limits:
# docs/methodology.md, "The casualty tally".

# %%
totals = report.tally_totals(tally)
report.present(totals, "tally", caption="Tally by victim side and category",
               columns=["victim_side", "category", "low", "high", "open_high", "n_incidents", "n_claims", "n_outlets",
                        "vague_words"])

# %%
assert (totals["low"].isna() | totals["high"].isna() | (totals["low"] <= totals["high"])).all()
assert totals["n_claims"].sum() == len(claims), "every claim is in exactly one side-and-category total"

# %% [markdown]
# ## Incidents
#
# The incidents each total adds up, largest first, with each claimant's own figure kept visible.

# %%
incidents = report.tally_incidents(claims, slim, incidents=made["incidents"])
report.present(incidents, "incidents", caption="Incidents behind the tally",
               columns=["victim_side", "category", "date", "dated_by", "place", "kind", "number", "figures",
                        "n_claims", "n_outlets", "outlets", "text"])

# %%
# each total is its incidents' lows added up (where every incident is an event and the category is not a stock)
for (side, category), group in incidents.groupby(["victim_side", "category"]):
    total = totals[(totals["victim_side"] == side) & (totals["category"] == category)]["low"].iloc[0]
    if group["kind"].eq("event").all() and category != "displaced" and group["low"].notna().any():
        assert total == group["low"].sum(), (side, category, total)

# %% [markdown]
# The tally as a chart: solid to the low total, light to the high one, one colour per victim side.

# %%
report.chart_tally(tally, actors=tables.actors)

# %% [markdown]
# Each total broken down by who claims it: what one side claims about the other side's losses, and the reverse.

# %%
report.present(tally, "tally-by-claimant", caption="Tally by victim side, category and claimant side",
               columns=["victim_side", "category", "claimant_side", "claimant", "low", "high", "open_high",
                        "n_incidents", "n_claims", "n_outlets"])

# %% [markdown]
# ## Who claims whose losses
#
# Claims by claimant side (rows; "own voice" is the article itself) and victim side (columns).

# %%
by_claimant = report.claims_by_claimant(claims)
report.present(by_claimant, "claims-by-claimant", caption="Claims by claimant side and victim side")

# %%
assert by_claimant.empty or by_claimant.loc["total", "total"] == len(claims)

# %% [markdown]
# ## When
#
# When the claimed events happened (filled dots: the date the claim gives; hollow: the article's own date).

# %%
report.chart_claims_timeline(claims, slim, actors=tables.actors)

# %% [markdown]
# ## Repeated claims
#
# The clusters behind the tally: claims repeated by several outlets or in wire copy, counted once.

# %%
clusters = report.tally_clusters(claims, slim, clusters=made["clusters"])
report.present(clusters, "clusters", caption="Clusters of repeated claims",
               columns=["category", "victim_side", "number", "claimant", "claimant_side", "hedged", "n_claims",
                        "n_outlets", "outlets", "first_date", "text"])

# %%
assert clusters.empty or clusters["n_claims"].sum() == len(claims)

# %% [markdown]
# ## Vague numbers
#
# How vague words ("dozens", "hundreds") became numbers in the tally: the conservative ACLED reading, configurable.

# %%
report.present(report.vague_mapping(tally), "vague-words", caption="Vague words and how the tally reads them")

# %% [markdown]
# ## Every claim
#
# Every claim with its article, its number as stated, victims, claimant and hedge, and the evidence highlighted.

# %%
# the rows the report embeds (config.TABLE_MAX_ROWS) with their articles' texts; DuckDB writes the whole table as CSV
shown = claims.head(report.max_rows())
report.claims_table(claims, queries.articles_for(tables, shown["article_id"]), download=queries.table(tables, "claims"))

# ---
# jupyter:
#   kernelspec:
#     display_name: Python (presslens)
#     language: python
#     name: presslens
# ---

# %% [markdown]
# # Corpus overview
#
# **What is in this corpus?** Which outlets, which dates, how long the articles are, how much of them is
# shared wire copy, what the loader warned about, and which lines it removed as boilerplate.
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
import presslens.report as report
import presslens.run

# %% [markdown]
# Load the corpus tables (built once and cached; `presslens run` builds them before the notebooks start).

# %%
tables = presslens.run.build_tables(corpus, actors=actors, data_dir=data_dir).filter(outlets=outlets, date_from=date_from, date_to=date_to)
tables

# %%
assert len(tables.corpus.articles) > 0, "no articles inside this corpus and filter"

# %% [markdown]
# Each outlet's articles, words, date range and wire copy (`wire_share`: paragraphs shared with another article).

# %%
outlets_table = report.outlet_overview(tables.corpus)
outlets_table

# %%
assert outlets_table["articles"].sum() == len(tables.corpus.articles)
assert outlets_table["wire_share"].dropna().between(0, 1).all()

# %% [markdown]
# When the articles were published, by outlet.

# %%
report.chart_articles_by_date(tables.corpus)

# %% [markdown]
# Every article, with where its outlet and date came from (`manifest`, `header`, `byline`, `text` or `unknown`).

# %%
articles = report.articles_table(tables.corpus)
articles

# %%
assert articles["article_id"].is_unique
assert set(articles["outlet_source"]) <= {"manifest", "inferred", "unknown"}

# %% [markdown]
# How long each article is, and how much of it is copy shared with another outlet.

# %%
report.chart_words(tables.corpus)

# %% [markdown]
# Paragraphs that appear, the same or nearly so, in more than one article of the corpus (wire copy).

# %%
report.wire_groups(tables.corpus)

# %%
whole = report.wire_groups(tables.unfiltered.corpus)
assert (whole["articles"].str.count(",") >= 1).all(), "a wire group must span at least two articles"

# %% [markdown]
# Files the loader warned about or rejected, with the reason.

# %%
report.ingest_problems(tables.corpus)

# %% [markdown]
# Lines removed as boilerplate (ads, polls, link lines, page furniture), by outlet and kind.

# %%
report.removed_summary(tables.corpus)

# %% [markdown]
# The removed lines themselves: the audit trail of the cleaning.

# %%
removed = report.removed_lines(tables.corpus)
removed

# %%
assert report.removed_not_in_text(tables.corpus), "a line reported as removed is still in the clean text"

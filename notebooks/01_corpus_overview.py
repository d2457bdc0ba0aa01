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
# Load the corpus tables (built once and cached; presslens run builds them before the notebooks start).
tables = presslens.run.build_tables(corpus, actors=actors, data_dir=data_dir).filter(outlets=outlets, date_from=date_from, date_to=date_to)
report.header(tables)

# %%
if tables.corpus.articles.empty:  # a filter that matches nothing: say so, and let every table below be empty
    print(f"No articles match this corpus and filter ({tables.describe()}).")

# %% [markdown]
# ## Key findings

# %% tags=["findings"]
key = findings.corpus(tables)
key

# %%
if key.items:
    assert key["articles"].value == len(tables.corpus.articles)
    assert key["wire"].value == int(tables.corpus.paragraphs["wire_group"].notna().sum())
    assert key["length"].value == int(tables.corpus.articles["n_words"].median())
    assert 3 <= len(key) <= 6

# %% [markdown]
# ## Outlets
#
# Each outlet's articles, words, date range and wire copy (wire share: paragraphs shared with another article).

# %%
outlets_table = report.outlet_overview(tables.corpus)
report.present(outlets_table, "outlets", caption="Articles, words and wire copy per outlet")

# %%
assert outlets_table["articles"].sum() == len(tables.corpus.articles)
assert outlets_table["wire_share"].dropna().between(0, 1).all()

# %% [markdown]
# ## Dates
#
# When the articles were published, by outlet.

# %%
report.chart_articles_by_date(tables.corpus)

# %% [markdown]
# ## Articles
#
# Every article, with where its outlet and date came from (manifest, header, byline, text or unknown).

# %%
articles = report.articles_table(tables.corpus)
report.present(articles, "articles", caption="Every article",
               columns=["published", "outlet", "headline", "n_words", "wire", "outlet_source", "date_source"])

# %%
assert articles["article_id"].is_unique
assert set(articles["outlet_source"]) <= {"manifest", "inferred", "unknown"}

# %% [markdown]
# ## Length
#
# How long the articles are, and how much of them is copy shared with another outlet.

# %%
report.chart_words(tables.corpus)

# %% [markdown]
# ## Wire copy
#
# Paragraphs that appear, the same or nearly so, in more than one article of the corpus.

# %%
report.present(report.wire_groups(tables.corpus), "wire-groups", caption="Paragraphs shared between articles",
               columns=["paragraphs", "outlets", "text", "articles"])

# %%
whole = report.wire_groups(tables.unfiltered.corpus)
assert (whole["articles"].str.count(",") >= 1).all(), "a wire group must span at least two articles"

# %% [markdown]
# ## Loader warnings
#
# Files the loader warned about or rejected, with the reason.

# %%
report.present(report.ingest_problems(tables.corpus), "ingest-problems", caption="Files flagged on loading")

# %% [markdown]
# ## Removed boilerplate
#
# Lines removed as boilerplate (ads, polls, link lines, page furniture), by outlet and kind.

# %%
report.present(report.removed_summary(tables.corpus), "removed-by-kind", caption="Removed lines by outlet and kind")

# %% [markdown]
# The removed lines themselves: the audit trail of the cleaning.

# %%
removed = report.removed_lines(tables.corpus)
report.present(removed, "removed-lines", caption="Every removed line and the rule that removed it",
               columns=["outlet", "line", "kind", "rule", "line_no"])

# %%
assert report.removed_not_in_text(tables.corpus), "a line reported as removed is still in the clean text"

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
from presslens import findings, queries

# %%
# The corpus tables (built once and cached; presslens run builds them before the notebooks start), read through
# presslens.queries: counts and top rows, never the whole corpus.
tables = presslens.run.build_tables(corpus, actors=actors, data_dir=data_dir).filter(outlets=outlets, date_from=date_from, date_to=date_to)
report.header(tables)

# %%
if not queries.count(tables, "articles"):  # a filter that matches nothing: say so, and let every table below be empty
    print(f"No articles match this corpus and filter ({tables.describe()}).")

# %% [markdown]
# ## Key findings

# %% tags=["findings"]
key = findings.corpus(tables)
key

# %%
if key.items:
    lengths = queries.article_lengths(tables)
    assert key["articles"].value == len(lengths)
    assert key["wire"].value == queries.scalar(tables, "SELECT count(*) FROM paragraphs WHERE wire_group IS NOT NULL")
    assert key["length"].value == int(lengths["n_words"].median())
    assert 3 <= len(key) <= 6

# %% [markdown]
# ## Outlets
#
# Each outlet's articles, words, date range and wire copy (wire share: paragraphs shared with another article).

# %%
outlets_table = queries.outlets(tables)
report.present(outlets_table, "outlets", caption="Articles, words and wire copy per outlet")

# %%
assert outlets_table["articles"].sum() == queries.count(tables, "articles")
assert outlets_table["wire_share"].dropna().between(0, 1).all()

# %% [markdown]
# ## Dates
#
# When the articles were published, by outlet.

# %%
report.chart_articles_by_date(counts=queries.articles_by_date(tables))

# %% [markdown]
# ## Articles
#
# Every article, with where its outlet and date came from (manifest, header, byline, text or unknown).

# %%
articles = queries.articles_table(tables)
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
report.chart_words(lengths=queries.article_lengths(tables))

# %% [markdown]
# ## Wire copy
#
# Paragraphs that appear, the same or nearly so, in more than one article of the corpus.

# %%
report.present(queries.wire_groups(tables), "wire-groups", caption="Paragraphs shared between articles",
               columns=["paragraphs", "outlets", "text", "articles"])

# %%
assert queries.wire_groups_single(tables) == 0, "a wire group must span at least two articles"

# %% [markdown]
# ## Loader warnings
#
# Files the loader warned about or rejected, with the reason.

# %%
report.present(queries.ingest_problems(tables), "ingest-problems", caption="Files flagged on loading")

# %% [markdown]
# ## Removed boilerplate
#
# Lines removed as boilerplate (ads, polls, link lines, page furniture), by outlet and kind.

# %%
report.present(queries.removed_summary(tables), "removed-by-kind", caption="Removed lines by outlet and kind")

# %% [markdown]
# The removed lines themselves: the audit trail of the cleaning.

# %%
removed = queries.removed_lines(tables)
report.present(removed, "removed-lines", caption="Every removed line and the rule that removed it",
               columns=["outlet", "line", "kind", "rule", "line_no"])

# %%
assert queries.removed_in_text(tables) == 0, "a line reported as removed is still in the clean text"

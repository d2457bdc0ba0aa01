# ---
# jupyter:
#   kernelspec:
#     display_name: Python (presslens)
#     language: python
#     name: presslens
# ---

# %% [markdown]
# # Source bias
#
# **How do outlets covering the same war differ in whom they let speak, how they name each side, how
# firmly they vouch for what they report, and how much of their copy is their own?** One profile per
# outlet: voice by side, casualty claims carried, attribution verbs, verification phrases, the labels used
# for each side in the outlet's own voice and inside quotes, wire copy, non-news content and tone. Every
# rate stands beside its count and a bootstrap interval over articles; `docs/methodology.md` defines each
# measure and its limits.
#
# Parameters: `corpus` (a folder or file of articles), `actors` (actor registry YAML; `None` = the shipped
# one), `outlets` (a list of outlet names; `None` = all), `date_from` / `date_to` (`YYYY-MM-DD`; `None` =
# open), `data_dir` (where the cached tables live; `None` = `outputs/data/`), `labels` (the conflict's label
# lexicon: a name under `lib/presslens/data/lexicons/labels/` or a YAML path; `None` = the one the actor
# registry names, else one built from the registry's sides and organisations with generic descriptors).

# %% tags=["parameters"]
corpus = "../seeds"
actors = None
outlets = None
date_from = None
date_to = None
data_dir = None
labels = None

# %%
import presslens.run
from presslens import bias, charts

# %% [markdown]
# Load the tables (built once and cached; `presslens run` builds them before the notebooks start).

# %%
tables = presslens.run.build_tables(corpus, actors=actors, data_dir=data_dir).filter(outlets=outlets, date_from=date_from, date_to=date_to)

# %% [markdown]
# The label lexicon of this conflict: the sides, and the words that count as naming each of them.

# %%
lexicon = bias.load_lexicons(labels, actors=tables.actors)
print(lexicon.conflict)
{side: [lab.label for lab in lexicon.labels if lab.side == side] for side in lexicon.side_names}

# %% [markdown]
# Every name used for a side, with its evidence span and its voice: `quoted` inside a statement or quotation marks, else the outlet's own.

# %%
named = bias.find_labels(tables.corpus, tables.quotes, lexicons=lexicon)
named.head(20)

# %%
texts = tables.corpus.articles.set_index("article_id")["text"]
assert all(texts[r.article_id][r.start:r.end] == r.text for r in named.itertuples()), "a label's span does not hold its text"
assert set(named["voice"]) <= {"article", "quoted"} and set(named["side"]) <= set(lexicon.side_names)

# %% [markdown]
# Every measure per outlet, in one tidy table: the count `n`, its base `den`, the `rate`, a 95% bootstrap interval over articles (`lo`, `hi`; seeded), and `low_count` where the base is below the minimum.

# %%
table = bias.measures(tables.corpus, tables.quotes, tables.claims, lexicons=lexicon)
table.head(20)

# %%
rated = table.dropna(subset=["lo", "hi"])
assert ((rated["lo"] <= rated["rate"] + 1e-9) & (rated["rate"] <= rated["hi"] + 1e-9)).all(), "an interval misses its own rate"
counted = table[table["unit"].isin(["statements", "claims", "paragraphs", "lines"])]
assert (counted["n"] <= counted["den"]).all(), "a count exceeds its base"

# %% [markdown]
# The headline rates per outlet, each with its count; `*` marks a base below the minimum count.

# %%
bias.summary(table)

# %% [markdown]
# Who is given a voice: the share of statements by speaker side in each outlet.

# %%
charts.voice_bars(table, lexicons=lexicon, actors=tables.actors)

# %%
voice = table[table["measure"] == "voice"]
assert voice.empty or (voice.groupby("outlet")["n"].sum() == voice.groupby("outlet")["den"].first()).all(), "voice shares do not add up"

# %% [markdown]
# Whose word the casualty figures rest on: claims carried by claimant side (`article` = the outlet's own voice).

# %%
charts.claims_bars(table, lexicons=lexicon, actors=tables.actors)

# %%
claimant = table[table["measure"] == "claims_claimant"]
assert claimant.empty or int(claimant.groupby("outlet")["den"].first().sum()) == len(tables.claims)

# %% [markdown]
# How each side is named, in the outlet's own voice and inside quotes (uses per 1,000 words; cell text = count).

# %%
charts.label_heatmap(table, lexicons=lexicon, actors=tables.actors)

# %% [markdown]
# The descriptive labels (proper names left out) counted by outlet and voice.

# %%
use = bias.label_use(named, tables.corpus, descriptors_only=True)
use

# %%
assert use.empty or int(use.to_numpy().sum()) == int((named["kind"] != "name").sum())

# %% [markdown]
# Labels that occur only inside quotes: the words the outlets leave to their sources and never use themselves.

# %%
left_to_sources = bias.quoted_only(named)
left_to_sources

# %%
assert (named.merge(left_to_sources[["side", "label"]].drop_duplicates())["voice"] == "quoted").all()

# %% [markdown]
# How firmly outlets vouch for what they carry: verification phrases, distancing cues by speaker side, hedged claims.

# %%
charts.rate_dots(table, lexicons=lexicon, actors=tables.actors)

# %% [markdown]
# The verification phrases themselves, with their voice.

# %%
bias.find_verification(tables.corpus, tables.quotes, lexicons=lexicon)

# %% [markdown]
# Wire copy: paragraphs shared with another outlet's article, and the wire services each article credits.

# %%
bias.wire_credits(tables.corpus, lexicons=lexicon).merge(tables.corpus.articles[["article_id", "outlet"]])

# %%
shared = bias.wire_paragraphs(tables.corpus).query("shared")
assert shared.groupby("wire_group")["article_id"].nunique().ge(2).all(), "a shared wire group with one article"

# %% [markdown]
# Non-news content removed from each article (polls, promotion, page furniture ...), in lines by kind.

# %%
removed = bias.classify_removed(tables.corpus, lexicons=lexicon)
removed.merge(tables.corpus.articles[["article_id", "outlet"]]).groupby(["outlet", "kind"]).size().unstack(fill_value=0)

# %% [markdown]
# Tone: the mean VADER compound score of the outlet's own sentences that mention each side (quoted words blanked out).

# %%
charts.tone_dots(table, lexicons=lexicon, actors=tables.actors)

# %%
tone = table[table["measure"] == "tone"]
assert tone["rate"].dropna().between(-1, 1).all()

# %% [markdown]
# The full per-outlet profile, one row per outlet with `_n`, `_rate`, `_lo`, `_hi` for every measure, for export.

# %%
profile = bias.outlet_profile(tables.corpus, tables.quotes, tables.claims, lexicons=lexicon)
profile

# %%
assert profile["n_articles"].sum() == len(tables.corpus.articles)

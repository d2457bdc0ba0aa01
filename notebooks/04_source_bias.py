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

# %% tags=["parameters"]
# Parameters: `corpus` (a folder or file of articles), `actors` (actor registry YAML; `None` = the shipped
# one), `outlets` (a list of outlet names; `None` = all), `date_from` / `date_to` (`YYYY-MM-DD`; `None` =
# open), `data_dir` (where the cached tables live; `None` = `outputs/data/`), `labels` (the conflict's label
# lexicon: a name under `lib/presslens/data/lexicons/labels/` or a YAML path; `None` = the one the actor
# registry names, else one built from the registry's sides and organisations with generic descriptors).
corpus = "../seeds"
actors = None
outlets = None
date_from = None
date_to = None
data_dir = None
labels = None

# %%
import presslens.report as report
import presslens.run
from presslens import bias, charts, findings, queries

# %%
# Load the tables (built once and cached; presslens run builds them before the notebooks start), and the
# label lexicon of this conflict.
tables = presslens.run.build_tables(corpus, actors=actors, data_dir=data_dir).filter(outlets=outlets, date_from=date_from, date_to=date_to)
lexicon = bias.load_lexicons(labels, actors=tables.actors)
report.header(tables, label_lexicon=lexicon.conflict)

# %%
# The texts are scanned once (labels, verification phrases, tone) into counts per article, a few Parquet parts at
# a time (queries.bias_parts: the texts and sentences are never all in memory); the quote and claim tables are
# read without their texts (presslens.queries); only the non-zero counts are kept (bias.Counts). `scanned` is the
# corpus without its texts and sentences: what the tables below read.
scanned = queries.bias_corpus(tables, texts=False)
quotes = queries.frame(tables, "quotes", queries.BIAS_QUOTE_COLUMNS)
claims = queries.frame(tables, "claims", queries.BIAS_CLAIM_COLUMNS)
found = {}
counts = bias.scan_counts(queries.bias_parts(tables), quotes, claims, lexicons=lexicon,
                          wire=bias.wire_paragraphs(scanned), found=found)

# %%
# Every measure per outlet, in one tidy table: the count, its base, the rate, a 95% bootstrap interval over
# articles (seeded), and a flag where the base is below the minimum.
table = bias.measures(scanned, counts=counts)
rated = table.dropna(subset=["lo", "hi"])
assert ((rated["lo"] <= rated["rate"] + 1e-9) & (rated["rate"] <= rated["hi"] + 1e-9)).all(), "an interval misses its own rate"
counted = table[table["unit"].isin(["statements", "claims", "paragraphs", "lines"])]
assert (counted["n"] <= counted["den"]).all(), "a count exceeds its base"

# %% [markdown]
# ## Key findings

# %% tags=["findings"]
key = findings.bias(table, lexicons=lexicon)
key

# %%
for f in key:
    if f.key in {"voice", "hedged", "anonymous", "wire"}:
        rows = table[(table["rate"] == f.value) & (table["den"] == f.base)]
        assert len(rows), f"{f.key}: no row of the measures table holds {f.value} of {f.base}"
if key.items:
    assert key["small_bases"].value == table[table["low_count"].astype(bool)]["outlet"].nunique()
    assert 3 <= len(key) <= 6

# %% [markdown]
# ## Headline rates
#
# The headline rates per outlet, each with its count; `*` marks a base below the minimum count.

# %%
report.present(bias.summary(table), "summary", caption="Headline rates per outlet")

# %% [markdown]
# ## Who is given a voice
#
# The share of statements by speaker side in each outlet.

# %%
charts.voice_bars(table, lexicons=lexicon, actors=tables.actors)

# %%
voice = table[table["measure"] == "voice"]
assert voice.empty or (voice.groupby("outlet")["n"].sum() == voice.groupby("outlet")["den"].first()).all(), "voice shares do not add up"

# %% [markdown]
# ## Whose word the figures rest on
#
# Casualty claims carried, by claimant side (article = the outlet's own voice).

# %%
charts.claims_bars(table, lexicons=lexicon, actors=tables.actors)

# %%
claimant = table[table["measure"] == "claims_claimant"]
assert claimant.empty or int(claimant.groupby("outlet")["den"].first().sum()) == len(claims)

# %% [markdown]
# ## How each side is named
#
# The label lexicon of this conflict: the sides, and the words that count as naming each of them.

# %%
report.present(report.label_lexicon(lexicon), "lexicon", caption=f"Label lexicon: {lexicon.conflict}")

# %% [markdown]
# Label use in the outlet's own voice and inside quotes (uses per 1,000 words; cell text = count).

# %%
charts.label_heatmap(table, lexicons=lexicon, actors=tables.actors)

# %% [markdown]
# Every name used for a side, with its voice: quoted (inside a statement or quotation marks), else the outlet's own.

# %%
named = found["labels"]  # bias.find_labels, made by the scan above
report.present(report.with_article(named.head(report.max_rows()), scanned), "labels-found", caption="Every label found",
               columns=["outlet", "published", "headline", "side", "label", "kind", "voice", "text"], download=named,
               total=len(named))

# %%
assert queries.spans_hold(tables, named), "a label's span does not hold its text"
assert set(named["voice"]) <= {"article", "quoted"} and set(named["side"]) <= set(lexicon.side_names)

# %% [markdown]
# The descriptive labels (proper names left out) counted by outlet and voice.

# %%
use = bias.label_use(named, scanned, descriptors_only=True)
report.present(use, "label-use", caption="Descriptive labels by outlet and voice (counts)")

# %%
assert use.empty or int(use.to_numpy().sum()) == int((named["kind"] != "name").sum())

# %% [markdown]
# Labels that occur only inside quotes: the words the outlets leave to their sources and never use themselves.

# %%
left_to_sources = bias.quoted_only(named)
report.present(report.with_article(left_to_sources, scanned), "quoted-only",
               caption="Labels used only inside quotes", columns=["outlet", "headline", "side", "label", "text", "quote_kind"])

# %%
assert (named.merge(left_to_sources[["side", "label"]].drop_duplicates())["voice"] == "quoted").all()

# %% [markdown]
# ## Hedging and distancing
#
# How firmly outlets vouch for what they carry: verification phrases, distancing cues by speaker side, hedged claims.

# %%
charts.rate_dots(table, lexicons=lexicon, actors=tables.actors)

# %% [markdown]
# The verification phrases themselves, with their voice.

# %%
verification = found["verification"]  # bias.find_verification, made by the scan above
report.present(report.with_article(verification.head(report.max_rows()), scanned), "verification",
               caption="Verification phrases", columns=["outlet", "published", "headline", "kind", "voice", "text"],
               download=verification, total=len(verification))

# %% [markdown]
# ## Wire copy and non-news content
#
# Paragraphs shared with another outlet's article, and the wire services each article credits.

# %%
credits = bias.wire_credits(scanned, lexicons=lexicon)
report.present(report.with_article(credits, scanned), "wire-credits", caption="Wire services credited per article",
               columns=["outlet", "published", "headline", "wire_credited", "n_wires"])

# %%
shared = bias.wire_paragraphs(scanned).query("shared")
assert shared.groupby("wire_group")["article_id"].nunique().ge(2).all(), "a shared wire group with one article"

# %% [markdown]
# Non-news content removed from each outlet's articles (polls, promotion, page furniture ...), in lines by kind.

# %%
removed = bias.classify_removed(scanned, lexicons=lexicon)
nonnews = removed.merge(scanned.articles[["article_id", "outlet"]]).groupby(["outlet", "kind"]).size().unstack(fill_value=0)
report.present(nonnews, "nonnews", caption="Non-news lines removed, by outlet and kind")

# %% [markdown]
# ## Tone
#
# The mean VADER compound score of the outlet's own sentences that mention each side (quoted words blanked out).

# %%
charts.tone_dots(table, lexicons=lexicon, actors=tables.actors)

# %%
tone = table[table["measure"] == "tone"]
assert tone["rate"].dropna().between(-1, 1).all()

# %% [markdown]
# ## Every measure
#
# Every measure per outlet with its count, base, rate and interval, and the full per-outlet profile for export.

# %%
report.present(report.measures_view(table), "measures", caption="Every measure per outlet", download=table)

# %%
profile = bias.outlet_profile(scanned, quotes, claims, lexicons=lexicon, table=table)
report.present(profile, "profile", caption="Per-outlet profile (a few columns; the CSV has every measure)",
               columns=["outlet", "n_articles", "n_words", "n_statements", "n_claims", "distinct_speakers",
                        "anonymous_anonymous_rate", "hedged_claims_hedged_rate"],
               percent=["anonymous_anonymous_rate", "hedged_claims_hedged_rate"])

# %%
assert profile["n_articles"].sum() == len(scanned.articles)

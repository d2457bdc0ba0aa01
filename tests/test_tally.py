"""The tally on hand-made claim tables: wire repeats collapse, rival claimants stay alternatives, vague mapping."""
from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from presslens.casualties import CLAIM_COLUMNS, load_vague_numbers
from presslens.tally import cluster_claims, format_tally, incidents, tally
from presslens.tables import make_table


def claim(cid, article, category, low, high, side, claimant, cside, *, vague=None, start=0):
    return {"claim_id": cid, "article_id": article, "category": category, "low": low, "high": high, "vague": vague,
            "victim_side": side, "victim_type": "fighters", "claimant": claimant, "claimant_side": cside,
            "quote_id": None, "hedged": False, "hedge_cue": None, "event_date": None, "place": None,
            "text": "x", "start": start, "end": start + 1}


CORPUS = SimpleNamespace(
    articles=pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["Wire", "Daily", "Post"],
                           "published": pd.to_datetime(["2021-09-01", "2021-09-02", "2021-09-20"])}),
    paragraphs=pd.DataFrame({"article_id": ["a", "b", "c"], "start": [0, 0, 0], "end": [100, 100, 100],
                             "wire_group": ["w1", "w1", None]}),
)


def test_wire_duplicates_collapse_with_outlets():
    claims = make_table([claim("a1", "a", "killed", 34, 34, "taliban", "Mohammadi", "resistance"),
                         claim("b1", "b", "killed", 34, 34, "taliban", None, None)], CLAIM_COLUMNS)
    clusters = cluster_claims(claims, CORPUS)
    assert len(clusters) == 1
    row = clusters.iloc[0]
    assert (row["n_claims"], row["outlets"], row["claimant"]) == (2, ["Daily", "Wire"], "Mohammadi")


def test_same_claimant_repeat_within_days_collapses_but_not_weeks_later():
    claims = make_table([claim("a1", "a", "killed", 300, 300, "bslf", "Army", "gov", start=500),
                         claim("b1", "b", "killed", 300, 300, "bslf", "Army", "gov", start=500),
                         claim("c1", "c", "killed", 300, 300, "bslf", "Army", "gov", start=500)], CLAIM_COLUMNS)
    assert sorted(cluster_claims(claims, CORPUS)["n_claims"].tolist()) == [1, 2]


def test_conflicting_claimants_are_alternatives_not_addends():
    claims = make_table([claim("a1", "a", "killed", 300, 300, "bslf", "Army", "gov", start=500),
                         claim("b1", "b", "killed", None, 20, "bslf", "BSLF", "bslf", start=500)], CLAIM_COLUMNS)
    summary = tally(claims, CORPUS)
    row = summary[(summary.victim_side == "bslf") & (summary.claimant_side == "all")].iloc[0]
    assert (row["low"], row["high"], row["n_clusters"]) == (0, 300, 2)  # never 320
    by_side = summary[summary.claimant_side != "all"].set_index("claimant_side")
    assert by_side.loc["gov", "high"] == 300 and by_side.loc["bslf", "high"] == 20


def test_vague_words_map_only_through_the_table_and_are_reported():
    claims = make_table([claim("a1", "a", "killed", None, None, "mlhs", "Army", "gov", vague="dozens", start=500),
                         claim("c1", "c", "casualties", None, None, "mlhs", "Army", "gov", vague="heavy", start=500)],
                        CLAIM_COLUMNS)
    summary = tally(claims, CORPUS)
    killed = summary[(summary.category == "killed") & (summary.claimant_side == "all")].iloc[0]
    assert load_vague_numbers()["dozens"] == (12, None)
    assert (killed["low"], killed["high"], killed["open_high"]) == (12, 12, True)
    assert killed["vague_mapping"] == "dozens=12+"
    heavy = summary[(summary.category == "casualties") & (summary.claimant_side == "all")].iloc[0]
    assert pd.isna(heavy["low"]) and heavy["vague_mapping"] == "heavy=not counted"
    text = format_tally(summary)
    assert "dozens=12+" in text and "hundreds=100+" in text


def test_empty_claims():
    assert len(tally(make_table([], CLAIM_COLUMNS), CORPUS)) == 0
    assert format_tally(tally(make_table([], CLAIM_COLUMNS), CORPUS)) == "no casualty claims"


# ---------------------------------------------------------------------------- incidents (as casualty monitors count)

def dated(cid, article, category, low, high, side, claimant, cside, *, day=None, place=None, text="x", start=0):
    row = claim(cid, article, category, low, high, side, claimant, cside, start=start)
    row.update(event_date=pd.Timestamp(day) if day else None, place=place, text=text)
    return row


def test_incidents_on_different_days_add_up_and_rival_figures_of_one_day_do_not():
    claims = make_table([dated("a1", "a", "killed", 40, 40, "rebels", "Army", "gov", day="2021-08-20", start=500),
                         dated("a2", "a", "killed", 3, 3, "rebels", "Front", "rebels", day="2021-08-20", start=600),
                         dated("a3", "a", "killed", 12, 12, "rebels", "Army", "gov", day="2021-08-25", start=700)],
                        CLAIM_COLUMNS)
    inc = incidents(claims, CORPUS)
    assert [(r.low, r.high) for r in inc.itertuples()] == [(3, 40), (12, 12)]
    summary = tally(claims, CORPUS)
    total = summary[summary.claimant_side == "all"].iloc[0]
    assert (total["low"], total["high"], total["n_incidents"]) == (15, 52, 2)
    by_side = summary[summary.claimant_side != "all"].set_index("claimant_side")
    assert (by_side.loc["gov", "low"], by_side.loc["rebels", "low"]) == (52, 3)


def test_a_claim_dated_only_by_its_article_joins_the_incident_of_the_days_before():
    # "b" is published 2021-09-02: its undated 30 joins the 1 September incident; "c" (20 September) does not
    claims = make_table([dated("a1", "a", "killed", 25, 25, "rebels", "Army", "gov", day="2021-09-01", start=500),
                         dated("b1", "b", "killed", 30, 30, "rebels", "Army", "gov", start=500),
                         dated("c1", "c", "killed", 7, 7, "rebels", "Army", "gov", start=500)], CLAIM_COLUMNS)
    inc = incidents(claims, CORPUS)
    assert inc["n_clusters"].tolist() == [2, 1]
    assert inc["dated_by"].tolist() == ["event", "article"]
    total = tally(claims, CORPUS).iloc[0]
    assert (total["low"], total["high"]) == (37, 37)   # max(25, 30) + 7, never 62


def test_the_same_day_in_two_named_places_is_two_incidents():
    claims = make_table([dated("a1", "a", "killed", 5, 5, "civilian", None, None, day="2021-09-01", place="Kodra",
                               start=500),
                         dated("a2", "a", "killed", 8, 8, "civilian", None, None, day="2021-09-01", place="Milet",
                               start=600)], CLAIM_COLUMNS)
    assert len(incidents(claims, CORPUS)) == 2
    assert tally(claims, CORPUS).iloc[0]["low"] == 13


def test_a_running_total_is_a_floor_not_an_addend():
    sentence = "More than 1,600 militants have been killed since the start of the offensive, the army said."
    claims = make_table([dated("a1", "a", "killed", 1601, None, "rebels", "Army", "gov", day="2021-09-01",
                               text="More than 1,600 militants have been killed", start=0),
                         dated("a2", "a", "killed", 20, 20, "rebels", "Army", "gov", day="2021-09-01",
                               text="20 militants were killed", start=200)], CLAIM_COLUMNS)
    corpus = SimpleNamespace(articles=CORPUS.articles, paragraphs=CORPUS.paragraphs,
                             sentences=pd.DataFrame({"article_id": ["a", "a"], "start": [0, 200], "end": [90, 230],
                                                     "text": [sentence, "20 militants were killed on Friday."]}))
    inc = incidents(claims, corpus)
    assert sorted(inc["kind"]) == ["event", "running total"]
    total = tally(claims, corpus).iloc[0]
    assert total["low"] == 1601 and total["open_high"]


def test_displacement_is_a_stock_the_largest_incident_not_the_sum():
    claims = make_table([dated("a1", "a", "displaced", 1000, 1000, "civilian", "UNHCR", "un", day="2021-09-01",
                               start=500),
                         dated("a2", "a", "displaced", 3000, 3000, "civilian", "UNHCR", "un", day="2021-09-20",
                               start=600)], CLAIM_COLUMNS)
    total = tally(claims, CORPUS).iloc[0]
    assert (total["low"], total["high"], total["n_incidents"]) == (3000, 3000, 2)


def test_without_sides_each_claimant_keeps_its_own_figure():
    # no registry: the army's 40 rebels and the rebels' own 3 dead, both victim side and claimant side unknown
    claims = make_table([dated("a1", "a", "killed", 40, 40, "unknown", "Col. Idris Haddad", "unknown",
                               day="2021-09-01", start=500),
                         dated("a2", "a", "killed", 3, 3, "unknown", "Front commander Musa Kiro", "unknown",
                               day="2021-09-01", start=600)], CLAIM_COLUMNS)
    summary = tally(claims, CORPUS)
    total = summary[summary.claimant_side == "all"].iloc[0]
    assert (total["low"], total["high"]) == (3, 40)
    own = summary[summary.claimant_side != "all"].set_index("claimant")
    assert own.loc["Col. Idris Haddad", "low"] == 40 and own.loc["Front commander Musa Kiro", "low"] == 3
    text = format_tally(summary)
    assert "Col. Idris Haddad" in text and "Musa Kiro" in text


def test_seed_taliban_dead_are_summed_over_incidents(seed_corpus):
    from presslens import extract_casualties
    from presslens.actors import DEFAULT_ACTORS, load_actors

    claims = extract_casualties(seed_corpus, actors=load_actors(DEFAULT_ACTORS))
    mine = claims[(claims.victim_side == "taliban") & (claims.category == "killed")]
    inc = incidents(mine, seed_corpus)
    assert len(inc) >= 3
    total = tally(mine, seed_corpus).iloc[0]
    assert total["low"] == inc["low"].sum() > mine["low"].max()


@pytest.mark.parametrize("sentence, vague, floor", [
    ("Several hundred villagers were killed when the militia stormed Kailahun, the mission said.", "several hundred", 300),
    ("A few thousand families have fled the fighting around Bouaké since Monday.", "few thousand", 2000),
    ("Many thousands were displaced by the shelling of Huambo.", "many thousands", 2000),
    ("A few dozen soldiers were wounded in the ambush near Cuito.", "few dozen", 24),
])
def test_a_vague_word_with_a_scale_keeps_the_scale(sentence, vague, floor):
    """'several hundred' is not 'several' (3): the scale word stays in the vague word and in its number."""
    from presslens.casualties.rules import claims_in
    found = claims_in(sentence)
    assert [c[3] for c in found] == [vague], found
    assert load_vague_numbers()[vague] == (floor, None)

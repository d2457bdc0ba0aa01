"""The tally on hand-made claim tables: wire repeats collapse, rival claimants stay alternatives, vague mapping."""
from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from presslens.casualties import CLAIM_COLUMNS, load_vague_numbers
from presslens.tally import cluster_claims, format_tally, tally
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

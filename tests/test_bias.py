"""presslens.bias: each measure on hand-made articles with known answers, the seed facts, another conflict."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from presslens import bias
from bias_fixtures import claim, claims_table, make_corpus, quote, quotes_table

FIXTURES = Path(__file__).parent / "fixtures" / "bias"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
WJ, N18, ITV, ST = "001_47344bc17277bd2f.txt", "002_a5fe94a3654cb24b.txt", "003_4acce67ee90cc6c6.txt", \
    "004_d06ad1535363767f.txt"


def one(text: str, outlet: str = "Daily Test", **kw):
    return make_corpus([dict(article_id="a1", outlet=outlet, text=text, **kw)])


def labels_of(text: str, **kw) -> list[tuple[str, str, str]]:
    found = bias.find_labels(one(text), **kw)
    return [(r.side, r.label, r.voice) for r in found.itertuples()]


# ----------------------------------------------------------------------------------------------- labels

@pytest.mark.parametrize("text, expected", [
    # own voice, descriptors and names
    ("The insurgents took the city.", [("taliban", "insurgents", "article")]),
    ("Fighting went on against the militant group on Monday.", [("taliban", "the militant group", "article")]),
    ("Hardliners and Islamists rule the regime.",
     [("taliban", "hardliners", "article"), ("taliban", "Islamists", "article"), ("taliban", "regime", "article")]),
    # word boundaries and case
    ("The REBELS retreated; the rebellious mood faded.", [("resistance", "rebels", "article")]),
    ("Terrorism is not terrorists.", [("taliban", "terrorists", "article")]),
    ("The nrf said nothing.", []),  # acronyms are case-sensitive
    # heads: forces/fighters count for the side named next to them
    ("Taliban forces advanced.", [("taliban", "forces", "article")]),
    ("NRFA forces held the pass.", [("resistance", "forces", "article")]),
    ("Resistance fighters held the pass.", [("resistance", "resistance", "article")]),
    ("Special forces landed and fighters melted away.", []),
    ("Anti-Taliban forces regrouped.", [("resistance", "anti-Taliban forces", "article")]),
    ("Leaders of the opposition forces met.", [("resistance", "opposition forces", "article")]),
    ("Fighters from the NRF attacked.", [("resistance", "fighters", "article")]),
    # so-called only where it modifies a side's name
    ("the so-called National Resistance Front (NRF)",
     [("resistance", "National Resistance Front", "article"), ("resistance", "so-called", "article"),
      ("resistance", "National Resistance Front", "article")]),
    ("so-called experts on the resistance", [("resistance", "resistance", "article")]),
    # the act of resisting is not the side
    ("the most prominent example of resistance to Taliban rule", [("taliban", "Taliban", "article")]),
    # quotation marks make it quoted, without a quote table
    ('He said "the Taliban terrorists attacked" at night.',
     [("taliban", "Taliban", "quoted"), ("taliban", "terrorists", "quoted")]),
    ("“Last night the terrorists attacked,” he said, “but failed.”", [("taliban", "terrorists", "quoted")]),
])
def test_labels_on_news_sentences(text, expected):
    assert labels_of(text) == expected


def test_label_inside_a_quote_rows_span_is_quoted_even_without_marks():
    c = one("Karimi said the rebels had fled. The rebels denied it.")
    q = quotes_table([quote(c, "a1", "the rebels had fled", speaker="Bilal Karimi", side="taliban",
                            kind="indirect")])
    found = bias.find_labels(c, q)
    assert found["voice"].tolist() == ["quoted", "article"]
    assert found["quote_id"].iloc[0] == q["quote_id"].iloc[0] and found["quote_kind"].iloc[0] == "indirect"


def test_label_spans_point_at_the_text():
    c = one("Taliban fighters met so-called rebels.\nThe regime fell.")
    text = c.articles["text"].iloc[0]
    for r in bias.find_labels(c).itertuples():
        assert text[r.start:r.end] == r.text


def test_quote_mark_spans_handle_mismatched_and_open_quotes():
    text = "A “fog of war\" and ‘elders’ wasn’t it.\n“Open quote runs on\nnext"
    spans = [text[a:b] for a, b in bias.quote_mark_spans(text)]
    assert spans == ["fog of war", "elders", "Open quote runs on"]


# ---------------------------------------------------------------------------------- verification, wire

@pytest.mark.parametrize("text, kinds", [
    ("It was not possible to confirm the report.", ["not_verified"]),
    ("The claims could not be independently verified.", ["not_verified"]),
    ("Unconfirmed reports suggested the town fell.", ["unconfirmed"]),
    ("This was disputed by the NRF.", ["disputed"]),
    ("The town reportedly fell.", ["vague_report"]),
    ("The minister confirmed the report.", []),
    # the phrases are hedges.yaml's cues, so the casualty hedges count here too
    ("The group has not been able to verify the toll.", ["not_verified"]),
    ("Neither account could be independently verified.", ["not_verified"]),  # negated cue after a negator
    ("The toll could be verified by the UN on Monday.", []),  # ... and not without one
    ("The footage couldn’t be verified.", ["not_verified"]),  # either apostrophe
    ("Unconfirmed reports suggested the town fell.", ["unconfirmed"]),  # overlapping cues count once
])
def test_verification_phrases(text, kinds):
    assert bias.find_verification(one(text))["kind"].tolist() == kinds


def test_verification_phrases_are_the_hedges_list_and_bias_only_cues_stay_out_of_casualties():
    from presslens import casualties
    from presslens.config import load_yaml
    hedges = load_yaml(bias.HEDGES)["hedges"]
    assert "verification" not in load_yaml(bias.BASE_LEXICON)
    counted = [h for h in hedges if h.get("verification")]
    assert len(bias.load_lexicons().verification) == len({(h["cue"], h["verification"]) for h in counted})
    lex = casualties.load_lexicon()
    for h in hedges:
        in_casualties = any(p.fullmatch(h["cue"]) for p in (lex.hedge_sentence, lex.hedge_back, lex.hedge_before))
        assert in_casualties == (h.get("scope", "sentence") != "none"), h["cue"]


def test_verification_rate_per_thousand_words_with_counts():
    c = make_corpus([dict(article_id="a1", outlet="X", text="It was not possible to confirm the report. " * 1 + "word " * 92),
                     dict(article_id="a2", outlet="X", text="word " * 100)])
    t = bias.measures(c, n_boot=200)
    row = t[(t["measure"] == "verification") & (t["item"] == "all")].iloc[0]
    assert (row["n"], row["den"]) == (1, 200) and row["rate"] == pytest.approx(5.0)
    assert row["lo"] <= row["rate"] <= row["hi"]


def test_wire_share_counts_only_paragraphs_shared_with_another_outlet():
    c = make_corpus([dict(article_id="a1", outlet="X", text="Shared one.\nOwn."),
                     dict(article_id="a2", outlet="Y", text="Shared one.\nOther."),
                     dict(article_id="a3", outlet="X", text="Own.\nSame outlet copy.")],
                    wire_groups={("a1", 0): "W1", ("a2", 0): "W1", ("a1", 1): "W2", ("a3", 0): "W2"})
    wp = bias.wire_paragraphs(c)
    assert wp.loc[wp["shared"], ["article_id", "para_idx"]].values.tolist() == [["a1", 0], ["a2", 0]]
    t = bias.measures(c, n_boot=0)
    share = t[t["measure"] == "wire"].set_index("outlet")
    assert share.loc["X", "n"] == 1 and share.loc["X", "den"] == 4 and share.loc["Y", "rate"] == 0.5


def test_wire_credits_are_the_corpus_wire_column():
    text = "PANJSHIR (REUTERS) - The Taliban said, according to AFP.\nFighters on a hill. PHOTO: AFP"
    c = make_corpus([dict(article_id="a1", outlet="X", text=text, wire="Reuters"),
                     dict(article_id="a2", outlet="X", text="Kabul fell, according to Reuters.", wire=None)])
    credits = bias.wire_credits(c)
    assert credits["wire_credited"].tolist() == ["Reuters", ""] and credits["n_wires"].tolist() == [1, 0]


# ------------------------------------------------------------------------------------------ non-news

def test_removed_lines_keep_the_corpus_kind_and_unknown_where_it_gives_none():
    c = make_corpus([dict(article_id="a1", outlet="X", text="One.\nTwo.")], removed=[
        dict(article_id="a1", line="Did Joe Biden abandon the Afghan people? Yes No", rule="r", kind="poll"),
        dict(article_id="a1", line="READ MORE: Taliban stop planes", rule="r", kind="link"),
        dict(article_id="a1", line="Advertisement", rule="r", kind="advertising"),
        dict(article_id="a1", line="Take our poll: Yes No", rule="r", kind=None),  # not re-derived from the line
        dict(article_id="a1", line="Sponsored", rule="r", kind=" ")])
    assert bias.classify_removed(c)["kind"].tolist() == ["poll", "link", "advertising", "unknown", "unknown"]
    t = bias.measures(c, n_boot=0).query("measure == 'nonnews'").set_index("item")
    assert t.loc["all", "n"] == 5 and t.loc["all", "den"] == 7 and t.loc["poll", "rate"] == pytest.approx(1 / 7)
    assert t.loc["unknown", "n"] == 2


# ---------------------------------------------------------------------------- voice, cues, claims

@pytest.fixture
def two_outlets():
    c = make_corpus([
        dict(article_id="a1", outlet="Daily", text="Karimi said the rebels fled. Sources said the town fell."),
        dict(article_id="a2", outlet="Daily", text="Dashti claimed the Taliban retreated."),
        dict(article_id="b1", outlet="Weekly", text="Officials told reporters it was calm.")])
    q = quotes_table([
        quote(c, "a1", "the rebels fled", speaker="Bilal Karimi", side="taliban", kind="indirect"),
        quote(c, "a1", "the town fell", speaker="sources", side="unknown", kind="indirect", anonymous=True),
        quote(c, "a2", "the Taliban retreated", speaker="Fahim Dashti", side="resistance", kind="indirect",
              cue="claimed", cue_type="distancing"),
        quote(c, "b1", "it was calm", speaker="officials", side="unknown", kind="indirect", cue="told",
              anonymous=True)])
    cl = claims_table([claim("a1", claimant_side="taliban", victim_side="resistance", hedged=True),
                       claim("a2", claimant_side=None, victim_side="civilian", hedged=False)])
    return c, q, cl


def test_voice_anonymity_and_cues_per_outlet(two_outlets):
    c, q, cl = two_outlets
    t = bias.measures(c, q, cl, n_boot=100).set_index(["outlet", "measure", "side", "item"])
    assert t.loc[("Daily", "voice", "taliban", pd.NA), "n"] == 1
    daily = t.xs("Daily")
    assert daily.loc[("voice", "taliban", pd.NA), "rate"] == pytest.approx(1 / 3)
    assert daily.loc[("anonymous", pd.NA, "anonymous"), ["n", "den"]].tolist() == [1, 3]
    assert daily.loc[("cue_type", "resistance", "distancing"), ["n", "den", "rate"]].tolist() == [1, 1, 1.0]
    assert daily.loc[("cue_type", "taliban", "unknown"), "n"] == 1  # no cue_type in the quote row: not re-derived
    assert ("cue_type", "taliban", "neutral") not in daily.index
    assert daily.loc[("claims_claimant", "article", pd.NA), "n"] == 1  # no claimant = own voice
    assert daily.loc[("hedged_claims", pd.NA, "hedged"), "rate"] == 0.5
    assert t.xs("Weekly").loc[("anonymous", pd.NA, "anonymous"), "rate"] == 1.0


def test_outlet_profile_has_counts_beside_rates_and_flags(two_outlets):
    c, q, cl = two_outlets
    prof = bias.outlet_profile(c, q, cl, n_boot=100).set_index("outlet")
    assert prof.loc["Daily", ["n_articles", "n_statements", "n_claims", "distinct_speakers"]].tolist() == [2, 3, 2, 2]
    assert prof.loc["Daily", "anonymous_anonymous_n"] == 1 and prof.loc["Daily", "anonymous_anonymous_rate"] == 1 / 3
    assert {"voice_taliban_n", "voice_taliban_rate", "voice_taliban_lo", "voice_taliban_hi"} <= set(prof.columns)
    assert prof["low_statements"].all()  # 3 and 1 statements < 10
    assert np.isnan(prof.loc["Weekly", "voice_unknown_lo"])  # one article: no interval over articles
    assert not bias.outlet_profile(c, q, cl, min_counts={"statements": 1})["low_statements"].any()


def test_article_profile_one_row_per_article(two_outlets):
    c, q, cl = two_outlets
    prof = bias.article_profile(c, q, cl)
    assert prof["article_id"].tolist() == ["a1", "a2", "b1"] and prof["outlet"].tolist() == ["Daily", "Daily", "Weekly"]
    assert not any(col.endswith(("_lo", "_hi")) for col in prof.columns)
    assert prof.set_index("article_id").loc["a2", "cue_type_resistance_distancing_rate"] == 1.0


def test_bootstrap_is_seeded_and_brackets_the_rate():
    c = make_corpus([dict(article_id=f"a{i}", outlet="X", text=("The insurgents came. " * i) + "word " * 50)
                     for i in range(1, 7)])
    a = bias.measures(c, n_boot=300, seed=7)
    b = bias.measures(c, n_boot=300, seed=7)
    pd.testing.assert_frame_equal(a, b)
    row = a[(a["measure"] == "label_article") & (a["item"] == "insurgents")].iloc[0]
    assert row["n"] == 21 and row["lo"] < row["rate"] < row["hi"]


def test_tone_scores_own_voice_sentences_per_side():
    c = one('The brutal terrorists killed innocent people. "We love the rebels," he said. Rebels are brave heroes.')
    tone = bias.tone_sentences(c, bias.find_labels(c))
    assert tone["side"].tolist() == ["taliban", "resistance"]
    assert tone["compound"].iloc[0] < -0.5 < 0.5 < tone["compound"].iloc[1]


def test_works_without_quotes_or_claims():
    prof = bias.outlet_profile(one("The insurgents came."), None, None)
    assert prof["n_statements"].tolist() == [0] and "voice_taliban_n" not in prof.columns


# ---------------------------------------------------------------------------------- another conflict

def test_another_conflict_with_its_own_lexicon_file():
    lex = bias.load_lexicons(FIXTURES / "labels-marsh-war.yaml")
    assert lex.conflict == "marsh-war" and lex.side_names == ["crown", "fen"]
    c = make_corpus([
        dict(article_id="m1", outlet="Calvara Herald", text="The bandits of the so-called Fen Liberation Army "
             "ambushed Calvaran army soldiers. Partisan politics aside, the FLA fighters withdrew."),
        dict(article_id="m2", outlet="Fen Voice", text='Partisans drove off the occupiers. '
             'The junta said "the separatists will be crushed".')])
    found = bias.find_labels(c, lexicons=lex)
    got = [(r.article_id, r.side, r.label, r.voice) for r in found.itertuples()]
    assert got == [
        ("m1", "fen", "bandits", "article"), ("m1", "fen", "Fen Liberation Army", "article"),
        ("m1", "fen", "so-called", "article"), ("m1", "crown", "soldiers", "article"),
        ("m1", "fen", "fighters", "article"),
        ("m2", "fen", "partisans", "article"), ("m2", "crown", "occupiers", "article"),
        ("m2", "crown", "junta", "article"), ("m2", "fen", "separatists", "quoted")]
    t = bias.measures(c, lexicons=lex, n_boot=0)
    assert set(t.loc[t["measure"] == "label_article", "side"]) == {"crown", "fen"}
    assert not (t["side"] == "taliban").any()


def test_shipped_registry_names_the_panjshir_lexicon():
    from presslens.actors import DEFAULT_ACTORS, load_actors

    assert bias.load_lexicons(actors=load_actors(DEFAULT_ACTORS)).conflict == "panjshir-2021"


def test_registry_names_its_label_file_relative_to_itself(tmp_path):
    (tmp_path / "labels").mkdir()
    (tmp_path / "labels" / "marsh.yaml").write_text((FIXTURES / "labels-marsh-war.yaml").read_text(encoding="utf-8"),
                                                    encoding="utf-8")
    (tmp_path / "actors.yaml").write_text("name: marsh\nsides: {crown: x, fen: y}\nlabels: labels/marsh.yaml\n",
                                          encoding="utf-8")
    from presslens.actors import load_actors

    assert bias.load_lexicons(actors=load_actors(tmp_path / "actors.yaml")).conflict == "marsh-war"


REGISTRY_ONLY = """\
name: delta-war
sides: {delta_gov: "the state", urc: "the Ulm River Coalition"}
government_side: delta_gov
rebel_side: urc
keywords: {urc: [Ulm River Coalition, URC, coalition], delta_gov: [government forces]}
actors:
  - {name: Delta Army, aliases: [army], side: delta_gov, kind: org}
  - {name: Mara Voss, side: urc, role: spokeswoman, kind: person}
"""


def test_lexicon_built_from_a_registry_without_a_label_file(tmp_path):
    """No label file for the conflict: its organisations and keywords with a capital are its names,
    the generic descriptors go to the government and rebel sides, and no Panjshir side appears."""
    from presslens.actors import load_actors

    (tmp_path / "actors.yaml").write_text(REGISTRY_ONLY, encoding="utf-8")
    lex = bias.load_lexicons(actors=load_actors(tmp_path / "actors.yaml"))
    assert lex.side_names == ["delta_gov", "urc"]
    names = {(lab.side, lab.label) for lab in lex.labels if lab.kind == "name"}
    assert names == {("urc", "Ulm River Coalition"), ("urc", "URC"), ("delta_gov", "Delta Army")}  # not 'army', not a person
    got = labels_of("The regime shelled the town; URC rebels and Delta Army troops clashed. "
                    "Separatists of the Ulm River Coalition held out.", lexicons=lex)
    # "Delta Army troops": after a proper name the head noun is the label (methodology, rule 4)
    assert got == [("delta_gov", "regime", "article"), ("urc", "URC", "article"), ("urc", "rebels", "article"),
                   ("delta_gov", "troops", "article"), ("urc", "separatists", "article"),
                   ("urc", "Ulm River Coalition", "article")]


def test_lexicon_of_a_registry_of_several_conflicts_keeps_descriptors_generic():
    from presslens.actors import load_actors

    lex = bias.load_lexicons(actors=load_actors(Path(__file__).resolve().parents[1] / "eval/dev2/actors.yaml"))
    descriptor_sides = {lab.side for lab in lex.labels if lab.kind == "descriptor"}
    assert descriptor_sides == {"government", "rebel"}
    assert ("jezeran_front", "Jezeran Defence Front") in {(lab.side, lab.label) for lab in lex.labels}


def test_missing_lexicon_names_the_file_and_the_shipped_ones():
    with pytest.raises(FileNotFoundError, match="panjshir-2021"):
        bias.load_lexicons("no-such-war")


# ------------------------------------------------------------------------------------- the seed facts

@pytest.fixture(scope="module")
def seeds():
    import presslens
    try:
        return presslens.load_corpus(SEEDS)
    except NotImplementedError:
        pytest.skip("corpus (#2) not landed")


def outlet_of(corpus, article_id):
    return corpus.articles.set_index("article_id").loc[article_id, "outlet"]


def test_seed_western_journal_poll_is_the_only_poll(seeds):
    removed = bias.classify_removed(seeds)
    assert set(removed.loc[removed["kind"] == "poll", "article_id"]) == {WJ}
    t = bias.measures(seeds, n_boot=0)
    polls = t[(t["measure"] == "nonnews") & (t["item"] == "poll") & (t["n"] > 0)]
    assert polls["outlet"].tolist() == ["The Western Journal"]


def test_seed_terrorists_only_inside_a_quote(seeds):
    found = bias.find_labels(seeds)
    terror = found[found["label"] == "terrorists"]
    assert len(terror) >= 1 and set(terror["article_id"]) == {WJ} and set(terror["voice"]) == {"quoted"}


def test_seed_terrorists_quoted_with_the_quote_table_too(seeds):
    import presslens
    try:
        quotes = presslens.extract_quotes(seeds)
    except NotImplementedError:
        pytest.skip("quotes (#3) not landed")
    terror = bias.find_labels(seeds, quotes).query("label == 'terrorists'")
    assert set(terror["voice"]) == {"quoted"}


def test_seed_news18_own_voice_labels(seeds):
    found = bias.find_labels(seeds)
    own = found[(found["article_id"] == N18) & (found["voice"] == "article")]
    assert {("taliban", "insurgents"), ("taliban", "the militant group"), ("resistance", "so-called")} <= \
        set(zip(own["side"], own["label"]))
    so_called = own[own["label"] == "so-called"]
    text = seeds.articles.set_index("article_id").loc[N18, "text"]
    assert text[so_called["start"].iloc[0]:].startswith("so-called National Resistance Front")


def test_seed_western_journal_calls_the_taliban_the_regime(seeds):
    found = bias.find_labels(seeds)
    regime = found[(found["label"] == "regime") & (found["voice"] == "article")]
    assert set(regime["article_id"]) == {WJ} and set(regime["side"]) == {"taliban"}


def test_seed_news18_and_straits_times_share_wire_paragraphs(seeds):
    wp = bias.wire_paragraphs(seeds)
    shared = wp[wp["shared"]]
    groups = shared.groupby("wire_group")["article_id"].apply(set)
    assert any({N18, ST} <= ids for ids in groups)
    t = bias.measures(seeds, n_boot=0).query("measure == 'wire'").set_index("outlet")
    assert t.loc["News18", "n"] > 0 and t.loc["The Straits Times", "n"] > 0


def test_seed_news18_anonymous_sources_counted(seeds):
    """Hand-made rows for the three "sources" statements of News18 until the quote extractor is scored."""
    def row(content, kind="indirect"):
        return quote(seeds, N18, content, speaker="sources", side="unknown", kind=kind, cue="told", anonymous=True)
    q = quotes_table([
        row("The Panjshir Resistance Force have offered a peace settlement"),
        row("now, the Resistance Force wants ‘elders’ to take charge", kind="mixed"),
        row("Special Forces have been airdropped to fight the Resistance"),
        quote(seeds, N18, "Fighting was underway in Bazarak", speaker="Bilal Karimi", side="taliban",
              kind="indirect")])
    prof = bias.outlet_profile(seeds, q, None).set_index("outlet")
    assert prof.loc["News18", "anonymous_anonymous_n"] == 3
    assert prof.loc["News18", "anonymous_anonymous_rate"] == 0.75


def test_seed_news18_anonymous_sources_with_the_extractor(seeds):
    import presslens
    try:
        quotes = presslens.extract_quotes(seeds)
    except NotImplementedError:
        pytest.skip("quotes (#3) not landed")
    prof = bias.outlet_profile(seeds, quotes, None).set_index("outlet")
    n18 = quotes[(quotes["article_id"] == N18) & quotes["anonymous"].fillna(False)]
    assert (n18["speaker"].str.casefold() == "sources").sum() >= 3
    assert prof.loc["News18", "anonymous_anonymous_n"] >= 3


# ------------------------------------------------------------------------------------- robustness

def test_empty_corpus_and_empty_articles_do_not_raise():
    empty = make_corpus([])
    assert bias.find_labels(empty).empty and bias.outlet_profile(empty, None, None).empty
    c = make_corpus([dict(article_id="e1", outlet=None, text=""), dict(article_id="e2", outlet="", text="\n\n")])
    prof = bias.outlet_profile(c, quotes_table([]), claims_table([]))
    assert prof["outlet"].tolist() == ["unknown"] and prof["n_articles"].tolist() == [2]


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Taliban rebels so-called forces NRF “”\"‘’'\n.-")), max_size=200))
def test_arbitrary_text_gives_spans_inside_the_article(text):
    c = one(text)
    for r in bias.find_labels(c).itertuples():
        assert 0 <= r.start < r.end <= len(text) and text[r.start:r.end] == r.text
    for a, b in bias.quote_mark_spans(text):
        assert 0 <= a <= b <= len(text)
    bias.measures(c, n_boot=10)


# ----------------------------------------------------------------------------------------------- scanning speed

def test_required_literal_is_one_every_match_contains():
    assert bias.lexicon._required_literal(bias.lexicon._compile("(?:the )?militant (?:group|movement)")) == "militant"
    assert bias.lexicon._required_literal(bias.lexicon._compile("hard-?liners?")) == "liner"
    assert bias.lexicon._required_literal(bias.lexicon._compile({"pattern": "NRFA?", "case": True})) == "NRF"
    assert bias.lexicon._required_literal(bias.lexicon._compile("(?:M23|RSF)")) == ""   # alternatives only: always scanned


@pytest.mark.parametrize("text", [
    "Al-Shabaab militants attacked a base near Baidoa, officials in Mogadishu said.",
    "MILITANTS of the JİHADIST wing (dotted capital I) and the ſtate's hard-liners were named.",
    "The claim could not be independently verified; the RSF's account could not be confirmed.",
    "Nrf and nrfa in lower case are not the case-sensitive acronym NRF, which appears here once.",
    "Rebel fighters of the M23 held Goma; no insurgent was seen and no TERRORIST GROUP claimed it.",
])
def test_literal_prefilter_never_drops_a_match(text, monkeypatch):
    """_hits with the substring prefilter finds exactly what scanning every pattern finds, odd case folds included."""
    lex = bias.load_lexicons()
    pats = [p for lab in lex.labels for p in lab.patterns] + list(lex.ignore) + [p for _, p, _ in lex.verification]
    pats += [bias.lexicon._compile(e) for e in ("jihadists?", "states?", {"pattern": "NRFA?", "case": True}, "kelvin")]
    fast = [[m.span() for m in bias.lexicon._hits(p, text)] for p in pats]
    from presslens.bias import lexicon   # _hits calls the _may_match of its own module

    monkeypatch.setattr(lexicon, "_may_match", lambda pat, text: True)
    assert fast == [[m.span() for m in bias.lexicon._hits(p, text)] for p in pats]
    assert any(fast)   # each text holds at least one lexicon word


def test_literal_prefilter_skips_patterns_whose_literal_is_absent():
    pat = bias.lexicon._compile("unverified claims?")
    assert not bias.lexicon._may_match(pat, "Rebels said the town had fallen.")
    assert bias.lexicon._may_match(pat, "UNVERIFIED CLAIMS spread online.")

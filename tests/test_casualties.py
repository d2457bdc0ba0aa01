"""Casualty claims: one parametrised case per number form, category cue and exclusion, each with its exact row."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presslens import casualties as C
from presslens.actors import DEFAULT_ACTORS, load_actors
from presslens.casualties import CLAIM_COLUMNS, extract_article, extract_casualties, parse_number

#: the repo's evaluation sets (eval/README.md)
EVAL = Path(__file__).resolve().parents[1] / "eval"
#: the shipped registry (Panjshir 2021), as the CLI loads it by default
PANJSHIR = load_actors(DEFAULT_ACTORS)


def rows(text: str, **kw) -> list[tuple]:
    """(category, low, high, vague, victim_side) for every claim in `text`, with the shipped registry."""
    kw.setdefault("actors", PANJSHIR)
    return [(r["category"], r["low"], r["high"], r["vague"], r["victim_side"])
            for r in extract_article("t.txt", text, **kw)]


@pytest.mark.parametrize("text, expected", [
    # digits, separators, words, millions
    ("Resistance leaders said 34 Taliban fighters were killed.", [("killed", 34, 34, None, "taliban")]),
    ("More than 12,500 people have fled the town.", [("displaced", 12501, None, None, "civilian")]),
    ("More than 4 500 people have fled the town.", [("displaced", 4501, None, None, "civilian")]),
    ("Thirty-four civilians were also killed on Tuesday.", [("killed", 34, 34, None, "civilian")]),
    ("He said a dozen Taliban fighters had surrendered.", [("surrendered", 12, 12, None, "taliban")]),
    ("The agency said about 3.5 million Afghans have been displaced.", [("displaced", 3500000, 3500000, None, "civilian")]),
    # ranges
    ("Resistance leaders said seven or eight Taliban soldiers were killed.", [("killed", 7, 8, None, "taliban")]),
    ("The rebels said they had killed 7-8 soldiers in an ambush.", [("killed", 7, 8, None, "unknown")]),
    ("He estimates that between 60 and 80 Taliban fighters have been killed.", [("killed", 60, 80, None, "taliban")]),
    # bounds
    ("At least seven Taliban fighters were killed.", [("killed", 7, None, None, "taliban")]),
    ("More than 600 civilians were killed.", [("killed", 601, None, None, "civilian")]),
    ("Residents said more than a dozen villagers were injured.", [("wounded", 13, None, None, "civilian")]),
    ("Nearly 5,000 people have been displaced.", [("displaced", 5000, 5000, None, "civilian")]),
    ("Up to 410 civilians were killed.", [("killed", None, 410, None, "civilian")]),
    ("As many as 410 civilians were killed.", [("killed", None, 410, None, "civilian")]),
    ("The group said it had lost no more than 20 martyrs.", [("killed", None, 20, None, "unknown")]),
    ("The monitor puts the number of civilians killed at well over 3,000.", [("killed", 3001, None, None, "civilian")]),
    # zero
    ("The army said there were no civilian casualties.", [("casualties", 0, 0, None, "civilian")]),
    # named people and sums
    ("The NRF said Fahim Dashti and a commander, Gen Abdul Wudod Zara, had been killed.", [("killed", 2, 2, None, "resistance")]),
    ("A prominent Taliban general and 13 bodyguards had also died.", [("killed", 14, 14, None, "taliban")]),
    ("He said two officers and nine soldiers were among the dead.", [("killed", 11, 11, None, "unknown")]),
    ("A colonel and his four bodyguards had been killed.", [("killed", 5, 5, None, "unknown")]),
    # current events next to words that once marked earlier wars only
    ("Ten soldiers were killed despite the peace deal.", [("killed", 10, 10, None, "unknown")]),
    ("Four civilians were killed at the time of the attack.", [("killed", 4, 4, None, "civilian")]),
    ("Three children and their mother were killed in the strike.", [("killed", 4, 4, None, "civilian")]),
    ("Rebels said they shot down a helicopter, killing all eight crew members.", [("killed", 8, 8, None, "unknown")]),
    # vague amounts
    ("Mr Massoud said hundreds of Taliban fighters had surrendered.", [("surrendered", None, None, "hundreds", "taliban")]),
    ("The army said it neutralised dozens of terrorists.", [("killed", None, None, "dozens", "unknown")]),
    ("The Taliban said opposition forces had suffered numerous casualties, with large numbers of prisoners.",
     [("casualties", None, None, "numerous", "resistance"), ("captured", None, None, "large numbers", "resistance")]),
    ("They retreated with heavy casualties.", [("casualties", None, None, "heavy", "unknown")]),
    ("Many people have fled from local villages.", [("displaced", None, None, "many", "civilian")]),
    ("The clinic is treating a small number of wounded.", [("wounded", None, None, "small number", "unknown")]),
    # categories and grammar
    ("Emergency said four dead and five wounded had been delivered to its hospital.",
     [("killed", 4, 4, None, "unknown"), ("wounded", 5, 5, None, "unknown")]),
    ("The JDF claims it is holding eleven prisoners.", [("captured", 11, 11, None, "unknown")]),
    ("The commander said they had taken two soldiers prisoner.", [("captured", 2, 2, None, "unknown")]),
    ("The death toll from the strike rose to 14 on Monday.", [("killed", 14, 14, None, "unknown")]),
    ("Five of the soldiers wounded in the ambush have died in hospital.", [("killed", 5, 5, None, "unknown")]),
    ("Seven of the wounded were still in a serious condition.", [("wounded", 7, 7, None, "unknown")]),
    ("23 soldiers have been treated for wounds, six of them with severe injuries.",
     [("wounded", 23, 23, None, "unknown"), ("wounded", 6, 6, None, "unknown")]),
    # subsets are their own records
    # the `people` rule (docs/annotation.md): no civilian place named, so only the children are civilian
    ("A hospital spokeswoman said nine people had been killed, including two children, and 31 wounded.",
     [("killed", 9, 9, None, "unknown"), ("killed", 2, 2, None, "civilian"), ("wounded", 31, 31, None, "unknown")]),
])
def test_number_forms_and_cues(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "Panjshir is home to between 150,000 and 200,000 people.",                      # population
    "The rebels are believed to field some 6,000 fighters.",                        # troop strength
    "Commanders say there are several thousand members of local militias.",          # troop strength
    "The town lies about 30 km (19 miles) west of the front line.",                 # distance
    "After 20 years of war, the country is exhausted.",                              # duration
    "Yes: 99% (634 Votes) No: 1% (8 Votes)",                                        # poll counts
    "He died in the war of the 1990s, one of some 9,000 people killed at the time.",  # earlier war
    "The 1996-2001 conflict killed an estimated 60,000 people.",                     # earlier war
    "If 300 had been killed and 52 had surrendered, the group would have collapsed.",  # hypothetical
    "Did the army really kill 300 rebels in a week?",                                # question headline
    "Troops seized 140 rifles and two armoured vehicles.",                           # weapons, not people
    "Private Arroyo, 19, joined the army to pay for school.",                        # age
    "Nearly 1.2 million people needed food aid.",                                    # need, not harm
])
def test_exclusions(text):
    assert rows(text) == []


REGISTRY = """
name: velmaria
sides: {gov: "the Velmarian state: army", jdf: "the Jezeran Defence Front (JDF): fighters"}
government_side: gov
rebel_side: jdf
actors:
  - {name: Jezeran Defence Front, aliases: [JDF], side: jdf, kind: org}
  - {name: Velmarian army, aliases: [army], side: gov, kind: org}
  - {name: Damir Hrastic, side: jdf, kind: person}
  - {name: Open Hands, side: ngo, role: aid group, kind: org}
"""


@pytest.fixture()
def registry(tmp_path):
    path = tmp_path / "velmaria.yaml"
    path.write_text(REGISTRY, encoding="utf-8")
    return load_actors(path)


#: the registry view is chosen by the conflict an article names (Actors.for_article); this sentence names it
NAMED = "Fighting with the Jezeran Defence Front went on. "


def test_vague_word_and_registry_side(registry):
    got = rows(NAMED + "Officials said 40 JDF fighters were killed and hundreds more are wounded.", actors=registry)
    assert got == [("killed", 40, 40, None, "jdf"), ("wounded", None, None, "hundreds", "jdf")]
    assert rows(NAMED + "Officials said 12 soldiers were killed.", actors=registry) == [("killed", 12, 12, None, "gov")]
    # the agent's opponent: whoever the JDF holds or kills belongs to the other side
    assert rows(NAMED + "The JDF claims it is holding eleven prisoners.", actors=registry) == \
        [("captured", 11, 11, None, "gov")]
    # "the other side" from the claimant's side
    assert rows(NAMED + "Damir Hrastic said the other side took heavy losses.", actors=registry) == \
        [("casualties", None, None, "heavy", "gov")]


@pytest.mark.parametrize("text, expected", [
    ("Resistance leaders said 34 Taliban fighters were killed.", [("killed", 34, 34, None, "unknown")]),
    ("Officials said 12 soldiers were killed.", [("killed", 12, 12, None, "unknown")]),
    ("Thirty-four civilians were also killed on Tuesday.", [("killed", 34, 34, None, "civilian")]),
    ("More than 12,500 people have fled the town.", [("displaced", 12501, None, None, "civilian")]),
])
def test_without_registry_sides_are_civilian_or_unknown(text, expected):
    assert rows(text, actors=None) == expected


def test_registry_path_is_accepted(tmp_path):
    path = tmp_path / "velmaria.yaml"
    path.write_text(REGISTRY, encoding="utf-8")
    assert rows(NAMED + "Officials said 40 JDF fighters were killed.", actors=str(path)) == [("killed", 40, 40, None, "jdf")]


def test_claimant_from_quote_table_and_fallback():
    text = "Bismillah Mohammadi spoke.\n\nMohammadi said, claiming 34 Taliban fighters were killed."
    start = text.index("34")
    quotes = [{"quote_id": "q1", "article_id": "t.txt", "speaker": "Bismillah Mohammadi",
               "speaker_side": "resistance", "start": start, "end": len(text) - 1}]
    rec = extract_article("t.txt", text, quotes=quotes)[0]
    assert (rec["claimant"], rec["claimant_side"], rec["quote_id"], rec["hedged"]) == \
        ("Bismillah Mohammadi", "resistance", "q1", True)
    fallback = extract_article("t.txt", text)[0]
    assert fallback["claimant"] == "Bismillah Mohammadi" and fallback["quote_id"] is None
    acc = extract_article("t.txt", "At least seven Taliban fighters were killed, according to two resistance leaders.")[0]
    assert acc["claimant"] == "two resistance leaders"


@pytest.mark.parametrize("text, claimant", [
    ("Israel's military said it had killed about 20 militants in overnight strikes.", "Israel's military"),
    ("Dozens of people were wounded when a shell hit a bus station, officials said.", "officials"),
    ("Hospital officials reported 9 deaths and 31 injuries.", "Hospital officials"),
    ("The attack left 14 dead, according to local media.", "local media"),
    ("Bishop Aurelio Santa of Rio Verde, who has sheltered about 600 displaced people, said the church was full.", None),
    ("Velmarian army says it repelled an assault; rockets kill nine at a market", None),
    ("A spokeswoman for the city hospital said nine people had been killed.", "a spokeswoman for the city hospital"),
])
def test_claimant_from_the_sentence(text, claimant):
    assert extract_article("t.txt", text)[-1]["claimant"] == claimant


def test_quote_table_pronoun_speaker_resolved_to_last_named_body(registry):
    text = ("Fighting with the Jezeran Defence Front went on. The Jezeran Defence Front issued a statement. "
            "It said 12 soldiers were killed.")
    start = text.index("12 soldiers")
    quotes = [{"quote_id": "q1", "speaker": "it", "speaker_side": None, "cue": "said", "text": text[start:-1],
               "start": start, "end": len(text) - 1}]
    rec = extract_article("t.txt", text, quotes=quotes, actors=registry)[0]
    assert (rec["claimant"], rec["claimant_side"], rec["victim_side"]) == ("Jezeran Defence Front", "jdf", "gov")


def test_bulleted_figures_belong_to_the_report_that_introduces_them(registry):
    text = ("Fighting with the Jezeran Defence Front went on.\n"
            "More than 4,000 people have fled, the aid group Open Hands said on Tuesday.\n"
            "The report's other key figures:\n"
            "• 46,200 people displaced since January 3\n")
    recs = extract_article("t.txt", text, actors=registry)
    assert [(r["low"], r["claimant"]) for r in recs] == [(4001, "Open Hands"), (46200, "Open Hands")]


def test_appeal_is_not_a_claim_by_its_speaker():
    text = "A mother begged the rebels to free her son, who was seized with 13 other captured soldiers."
    start = text.index("the rebels")
    quotes = [{"quote_id": "q1", "speaker": "A mother", "cue": "begged", "text": text[start:-1], "start": start,
               "end": len(text) - 1}]
    assert extract_article("t.txt", text, quotes=quotes)[0]["claimant"] is None


@pytest.mark.parametrize("text, hedged", [
    # 'neither' covers every warring side's figures, not the hospital's
    ("Fighting with the Jezeran Defence Front went on. The army said it killed 40 JDF fighters. "
     "Damir Hrastic said the JDF killed 27 soldiers. A hospital said nine civilians were killed. "
     "Neither side's figures could be independently verified.", [True, True, False]),
    # 'X's claims' only X's
    ("Fighting with the Jezeran Defence Front went on. The army said it killed 40 JDF fighters. "
     "Damir Hrastic said the JDF killed 27 soldiers. The JDF's claims could not be verified.", [False, True]),
    # 'X rejected the figures': the other side's
    ("Fighting with the Jezeran Defence Front went on. The army said it killed 40 JDF fighters. "
     "The JDF rejected the figures.", [True]),
    # a denial of the event hedges the claim it shares words with
    ("Fighting with the Jezeran Defence Front went on. Residents said nine civilians were killed when a shell hit "
     "the market. The army denied shelling the market.", [True]),
    ("Fighting with the Jezeran Defence Front went on. Residents said nine civilians were killed when a shell hit "
     "the market. The army denied that civilians had been targeted in the north.", [False]),
])
def test_back_referring_hedges(registry, text, hedged):
    assert [r["hedged"] for r in extract_article("t.txt", text, actors=registry)] == hedged


@pytest.mark.parametrize("text, hedged", [
    ("There are reports that resistance leaders have suffered heavy losses.", [True]),
    # a later zero from another claimant disputes the figure; the zero itself stands
    ("Health workers say 20 civilians were killed in the strike. The army maintains there were no civilian "
     "casualties.", [True, False]),
])
def test_hedge_cues_in_news_grammar(text, hedged):
    assert [r["hedged"] for r in extract_article("t.txt", text)] == hedged


def test_later_sentence_hedges_earlier_claim():
    text = "The group said it had killed 40 soldiers. The claim could not be independently verified."
    assert extract_article("t.txt", text)[0]["hedge_cue"] == "could not be independently verified"


def test_event_date_from_weekday():
    import datetime as dt
    rec = extract_article("t.txt", "Seven Taliban fighters were killed on Monday night.",
                          published=dt.date(2021, 9, 1))[0]
    assert rec["event_date"] == dt.date(2021, 8, 30)


@pytest.mark.parametrize("raw, value", [("1,000", 1000), ("thirty-four", 34), ("3.5 million", 3500000),
                                        ("a dozen", 12), ("4 500", 4500), ("seven", 7), ("1.2 million", 1200000)])
def test_parse_number(raw, value):
    assert parse_number(raw) == value


def test_table_has_exact_columns(seed_corpus):
    claims = extract_casualties(seed_corpus)
    assert list(claims.columns) == list(CLAIM_COLUMNS)
    assert claims["claim_id"].is_unique
    texts = dict(zip(seed_corpus.articles["article_id"], seed_corpus.articles["text"]))
    for r in claims.itertuples():
        assert texts[r.article_id][r.start:r.end] == r.text


def test_quotes_dataframe_path(seed_corpus):
    claims = extract_casualties(seed_corpus)
    row = claims[claims["text"].str.contains("34 Taliban")].iloc[0]
    quotes = pd.DataFrame([{"quote_id": "q9", "article_id": row["article_id"], "speaker": "Bismillah Mohammadi",
                            "speaker_side": "resistance", "start": int(row["start"]) - 5, "end": int(row["end"]) + 5,
                            "speaker_start": 0, "speaker_end": 5}])
    with_q = extract_casualties(seed_corpus, quotes=quotes)
    hit = with_q[with_q["claim_id"] == row["claim_id"]].iloc[0]
    assert (hit["quote_id"], hit["claimant_side"]) == ("q9", "resistance")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(list("abc XYZ0123456789,.-–“”\"'\n") +
                                        ["killed ", "at least ", "seven ", "wounded ", "soldiers ", " and ",
                                         "1,000 ", "between ", "dozens of ", "no casualties", "toll rose to ",
                                         "Fahim Dashti ", "were killed", ", including ", "?", "(", ")"]),
               max_size=80).map("".join))
def test_arbitrary_text_never_raises_and_spans_inside(text):
    for rec in extract_article("p.txt", text):
        assert 0 <= rec["start"] <= rec["end"] <= len(text)
        assert text[rec["start"]:rec["end"]] == rec["text"]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_never_raises(text):
    for rec in extract_article("p.txt", text):
        assert 0 <= rec["start"] <= rec["end"] <= len(text)


def _score(gold, folder, actors=None):
    """Score the claims exactly as `presslens casualties PATH [--actors FILE]` makes them (the quote table from
    extract_quotes, the registry from load_actors, the shipped one by default) with `presslens score`'s scorer."""
    from presslens import extract_quotes, load_corpus
    from presslens.cli import _records_for_json
    from presslens.evaluate import load_jsonl, score_casualties

    corpus = load_corpus(folder)
    registry = load_actors(actors or DEFAULT_ACTORS)
    quotes = extract_quotes(corpus, actors=registry)
    claims = extract_casualties(corpus, quotes=quotes, actors=registry)
    return score_casualties(load_jsonl(gold), _records_for_json(claims))


@pytest.mark.slow
def test_scorer_seed_gold(seeds_dir):
    result = _score(EVAL / "seeds" / "gold" / "casualties.jsonl", seeds_dir)
    assert result["f1"] >= 0.95 and result["sided_f1"] >= 0.90, result
    assert result["claimant_accuracy"] >= 0.85 and result["hedged_accuracy"] >= 0.85, result


@pytest.mark.slow
def test_scorer_dev2_gold():
    dev2 = EVAL / "dev2"
    result = _score(dev2 / "gold" / "casualties.jsonl", dev2 / "texts", actors=dev2 / "actors.yaml")
    assert result["f1"] >= 0.90 and result["sided_f1"] >= 0.90, result
    # claimants come from the quote table (tests/test_quotes.py's extractor): a floor, not the current figure
    assert result["claimant_accuracy"] >= 0.80 and result["hedged_accuracy"] >= 0.80, result


# ---------------------------------------------------------------------------------------------------------------
# General rules of news English found missing on eval/dev3 (other outlets, other wars); each sentence is worded
# differently from the dev3 text that exposed the gap.
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # 'killed and wounded' / 'dead and wounded' together: casualties, not killed
    ("The rebels said 60 soldiers were killed or wounded in the fighting.", [("casualties", 60, 60, None, "unknown")]),
    ("Medics counted 200 dead and injured after the blast.", [("casualties", 200, 200, None, "unknown")]),
    ("Officials said 12 dead and 30 wounded were brought in.",
     [("killed", 12, 12, None, "unknown"), ("wounded", 30, 30, None, "unknown")]),
    # a running total of losses ('bringing ... losses to N'); an abbreviation dot inside a toll sentence
    ("The strikes brought the militia's overall losses this year to 4,100.", [("casualties", 4100, 4100, None, "unknown")]),
    ("The death toll from the Sept. 3 car bomb rose to 27 on Friday.", [("killed", 27, 27, None, "unknown")]),
    # 'prisoners of war' is one noun phrase; the verb after it decides the category
    ("Officials said 12 prisoners of war had died in custody.", [("killed", 12, 12, None, "unknown")]),
    # a harm noun with 'of': the deaths of, the capture of, the arrest of
    ("The monitors recorded the killing of at least 45 civilians in March.", [("killed", 45, None, None, "civilian")]),
    ("The army announced the capture of 30 insurgents near the pass.", [("captured", 30, 30, None, "unknown")]),
    # a figure in straight single quotes
    ("The militia said its men had taken 'more than 50' soldiers prisoner.", [("captured", 51, None, None, "unknown")]),
    # one unnamed person stated on their own
    ("A 19-year-old conscript was killed when his trench was hit.", [("killed", 1, 1, None, "unknown")]),
    ("Three soldiers died and a shepherd was wounded by the mine.",
     [("killed", 3, 3, None, "unknown"), ("wounded", 1, 1, None, "civilian")]),
    # subsets after 'among them', and the next item of the list
    ("Forty villagers, among them six women and eleven children, were killed in the raid.",
     [("killed", 40, 40, None, "civilian"), ("killed", 6, 6, None, "civilian"), ("killed", 11, 11, None, "civilian")]),
    # 'N of them / of whom' with a condition: wounded
    ("Twenty policemen were hurt, four of them seriously.",
     [("wounded", 20, 20, None, "unknown"), ("wounded", 4, 4, None, "unknown")]),
    ("The hospital admitted 35 wounded, nine of whom are in a critical condition.",
     [("wounded", 35, 35, None, "unknown"), ("wounded", 9, 9, None, "unknown")]),
    # 'forced N from their homes', 'forcing N to flee'
    ("The floods of shelling have driven 70,000 people from their homes.", [("displaced", 70000, 70000, None, "civilian")]),
    ("The offensive is forcing about 2,000 people to flee each week.", [("displaced", 2000, 2000, None, "civilian")]),
    # asides between the victims and their verb: dashes, 'both ...', percentages
    ("Some 900 civilians — most of them women — were evacuated to the coast.",
     [("displaced", 900, 900, None, "civilian")]),
    ("About 1,500 people, or 10 per cent of the town, have fled since May.",
     [("displaced", 1500, 1500, None, "civilian")]),
    # captivity, captives, being treated, new arrivals, 'border guards'
    ("About 300 fishermen remain in Marovian captivity.", [("captured", 300, 300, None, "civilian")]),
    ("Twelve truck drivers are still hostages in the north.", [("captured", 12, 12, None, "civilian")]),
    ("Forty soldiers are still being treated for their injuries.", [("wounded", 40, 40, None, "unknown")]),
    ("The camp registered 8,700 new arrivals last week.", [("displaced", 8700, 8700, None, "civilian")]),
    ("Two border guards were abducted at the crossing.", [("captured", 2, 2, None, "unknown")]),
    # South Asian military press releases: embraced martyrdom, sent to hell, eliminated
    ("Four soldiers embraced martyrdom in the exchange of fire, the statement said.", [("killed", 4, 4, None, "unknown")]),
    ("Nine terrorists were sent to hell in the operation.", [("killed", 9, 9, None, "unknown")]),
    ("Security forces eliminated six militants in the raid.", [("killed", 6, 6, None, "unknown")]),
    ("Officials fear at least 15 of the hostages are no longer alive.", [("killed", 15, None, None, "unknown")]),
])
def test_general_rules_from_dev3(text, expected):
    assert rows(text, actors=None) == expected


@pytest.mark.parametrize("text, claimant", [
    # a headline that ends in its source
    ("Nine police killed in checkpoint attack: provincial officials", "provincial officials"),
    # a passive clause or the writer is no speaker
    ("Two shepherds were reported killed near the ridge.", None),
    ("No injuries were reported in the second attack.", None),
    ("But we must be honest: five of our medics were killed last month.", None),
    # belief verbs attribute what follows
    ("Investigators believe at least 40 villagers were killed.", "Investigators"),
])
def test_claimant_rules_from_dev3(text, claimant):
    assert extract_article("t.txt", text)[-1]["claimant"] == claimant


def test_coordinated_clause_speaker_does_not_take_the_claim_before_it():
    text = "Eleven sailors are still held captive, and the navy believes that two of them are dead."
    assert [(r["category"], r["claimant"]) for r in extract_article("t.txt", text)] == \
        [("captured", None), ("killed", "the navy")]


@pytest.mark.parametrize("speaker, expected", [
    ("Their spokesman Abdul Rahim Nuri", "Abdul Rahim Nuri"),
    ("the nom de guerre Abu Omar", "Abu Omar"),
    ("Kandahar Deputy Police Chief Samiullah Wardak", "Samiullah Wardak"),
    ("a spokeswoman for the Red Crescent", "a spokeswoman for the Red Crescent"),
])
def test_quote_speaker_noise_is_stripped(speaker, expected):
    text = "Four guards were killed, the statement said."
    quotes = [{"quote_id": "q1", "speaker": speaker, "cue": "said", "text": text[:27], "start": 0, "end": 27}]
    assert extract_article("t.txt", text, quotes=quotes)[0]["claimant"] == expected


def test_quote_speaker_inside_the_victims_is_not_the_claimant():
    text = "Governor Ali Reza Rahimi said the valley was calm. A farmer was killed by a shell near Dasht, he wrote."
    start = text.index("A farmer")
    quotes = [{"quote_id": "q1", "speaker": "a farmer", "cue": "wrote", "text": text[start:-12], "start": start,
               "end": len(text) - 12, "speaker_start": start, "speaker_end": start + 8}]
    rec = extract_article("t.txt", text, quotes=quotes)[0]
    assert (rec["claimant"], rec["quote_id"]) == ("Ali Reza Rahimi", None)


def test_transcript_turns_name_the_claimant():
    text = ("HOST (Lena Marsh): Welcome back. What did you see?\n\n"
            "JOSEPH OKELLO (district commissioner): Three of our nurses were wounded on Friday.\n\n"
            "HOST: And since then?\n\n"
            "OKELLO: Two more were killed at the clinic gate.\n")
    recs = extract_article("t.txt", text)
    assert [(r["category"], r["low"], r["claimant"]) for r in recs] == \
        [("wounded", 3, "Joseph Okello"), ("killed", 2, "Joseph Okello")]


@pytest.mark.parametrize("text, expected", [
    # aid workers are the aid side's
    ("The agency said 31 humanitarian workers have been killed this year.", [("killed", 31, 31, None, "ngo")]),
    # a mix of soldiers and civilians is nobody's in particular
    ("Some 500 Marovians, soldiers and civilians alike, remain in captivity.",
     [("captured", 500, 500, None, "unknown")]),
    # 'our' doctors are civilians, whoever speaks
    ("The minister said two of our doctors were killed at the checkpoint.", [("killed", 2, 2, None, "civilian")]),
    # a swap counts both sides' prisoners
    ("The warring parties exchanged 260 prisoners on Sunday.", [("captured", 260, 260, None, "both")]),
    # what a whole war did is not only to civilians, even near 'homes'
    ("Five years of fighting have killed 80,000 people and destroyed their homes.",
     [("killed", 80000, 80000, None, "unknown")]),
    # the predicate says who the dead were
    ("About 300 of the dead were children, the report said. Earlier, 900 fighters were killed.",
     [("killed", 300, 300, None, "civilian"), ("killed", 900, 900, None, "unknown")]),
    # a bare 'people' right after civilian claims
    ("Shells hit the bus station, killing 12 civilians. Another 40 people were injured.",
     [("killed", 12, 12, None, "civilian"), ("wounded", 40, 40, None, "civilian")]),
    # a strike on an apartment block
    ("A drone strike on a residential tower killed at least nine.", [("killed", 9, None, None, "civilian")]),
])
def test_victim_side_rules_from_dev3(text, expected):
    assert rows(text, actors=None) == expected


def test_loser_and_subset_sides_from_the_registry(registry):
    # 'X lost N ... killed and wounded': X's own
    assert rows(NAMED + "The army said the JDF had lost 300 fighters killed and wounded.", actors=registry) == \
        [("casualties", 300, 300, None, "jdf")]
    assert rows(NAMED + "Officials said 20 JDF fighters, including three commanders, surrendered.",
                actors=registry) == [("surrendered", 20, 20, None, "jdf"), ("surrendered", 3, 3, None, "jdf")]


@pytest.mark.parametrize("text, hedged", [
    # an 'unverified' cue in the claim's own sentence, or in a clause of its own right after the claim's
    ("The army says 120 rebels have died this month, a figure that cannot be independently verified.", [True]),
    ("Three soldiers wounded in the north; rebels say 15 troops killed; figures cannot be verified",
     [False, True]),
    ("Officials put the number of dead at 300. The figure cannot be independently confirmed.", [True]),
    ("The ministry's toll of 80 has not been verified by any other source.", [True]),
    # distancing: 'were reported killed', belief verbs before the claim, 'if true'
    ("Two journalists were reported killed in the shelling.", [True]),
    ("Police believe at least 12 workers were killed.", [True]),
    ("Twelve villagers are dead, and they want us to believe the roof collapsed by itself.", [False]),
    ("The rebels said 900 soldiers died, a toll that, if true, would be the worst this year.", [True]),
    # a denial of the claim in the same sentence, after it
    ("The ministry said 600 people had been killed, but a government spokesman dismissed the figure.", [True]),
    ("The army said it killed 70 fighters; the rebels called it a lie.", [True]),
    # a denial of responsibility disputes the earlier claims of harm by others
    ("Residents said 14 people were killed in the blast. The militia denied responsibility.", [True]),
    # a denial of the event: the scene set in the sentence before the claim counts; 'deny' too
    ("On Monday shells hit the grain market. Local doctors said 18 civilians were killed. "
     "The garrison denied shelling the market.", [True]),
    ("Doctors said 18 civilians were killed in the market strike. The army continues to deny striking the market.",
     [True]),
    # 'denied the claim' is the one just made, not the denier's own
    ("The army said it killed 40 rebels. A rebel commander said 25 soldiers died. The army denied the claim.",
     [False, True]),
    # 'could not verify the army's claims': the army's, not the police's
    ("The police said 5 officers were wounded. The army said it killed 30 militants. "
     "The paper could not verify the army's claims.", [False, True]),
])
def test_hedge_rules_from_dev3(text, hedged):
    assert [r["hedged"] for r in extract_article("t.txt", text)] == hedged


@pytest.mark.parametrize("text, expected", [
    # people listed one by one after 'were identified as' / 'among the dead were'
    ("The slain policemen were identified as Inspector Tariq Javed, 44, a father of three, Constable Imran Ali "
     "and Constable Waqas Ahmed.", [("killed", 3, 3, None, "unknown")]),
    ("Among the dead were a nurse, her two daughters and an elderly neighbour.", [("killed", 4, 4, None, "unknown")]),
    # names with ranks and ages before a plural verb
    ("Cpl. Dana Ross, 23, and Pvt. Ilya Markov, 19, were killed by the blast.", [("killed", 2, 2, None, "unknown")]),
    # a named person with an apposition that opens with 'his'
    ("They spoke of Captain Yuri Lenko, his closest friend, who was killed in May.", [("killed", 1, 1, None, "unknown")]),
    # 'lost none of their own': a zero
    ("The rebels said they had shot down a helicopter and lost none of their men.",
     [("casualties", 0, 0, None, "unknown")]),
    # an earlier war named by its year
    ("During the 1994 war the agency counted 3,100 dead.", []),
    # a short 'of' phrase with an article before the verb
    ("Three volunteers of a local charity were abducted on the road.", [("captured", 3, 3, None, "ngo")]),
])
def test_named_lists_zeros_and_phrases_from_dev3(text, expected):
    assert rows(text, actors=None) == expected


def test_title_cut_by_the_sentence_splitter_is_mended():
    text = "Officials named the dead. Sgt. First Class (res.) Ari Shem, 38, and Staff Sgt. Tal Or, 21, were killed."
    cuts = [0, text.index("Sgt. First"), text.index("Ari Shem"), text.index("Tal Or"), len(text)]
    spans = [(a, b - 1 if b < len(text) else b) for a, b in zip(cuts, cuts[1:])]  # cut after 'Sgt.', '(res.)'
    recs = extract_article("t.txt", text, sentences=spans)
    assert [(r["category"], r["low"]) for r in recs] == [("killed", 2)]


def test_statement_read_is_the_body_that_issued_it(registry):
    text = ("Fighting with the Jezeran Defence Front went on. The Velmarian army issued a statement on Sunday. "
            "\"Our troops responded and 15 terrorists were killed,\" the statement read.")
    rec = extract_article("t.txt", text, actors=registry)[0]
    assert (rec["low"], rec["claimant"]) == (15, "Velmarian army")


def test_quote_run_on_into_a_sentence_with_its_own_speaker():
    text = 'The ministry said talks were "at a delicate point." Officials fear at least 30 of the hostages are dead.'
    start = text.index("talks")
    quotes = [{"quote_id": "q1", "speaker": "the ministry", "cue": "said", "text": text[start:-1], "start": start,
               "end": len(text) - 1}]
    rec = extract_article("t.txt", text, quotes=quotes)[0]
    assert (rec["low"], rec["claimant"], rec["quote_id"]) == (30, "Officials", None)

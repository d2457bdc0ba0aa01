"""Tests for presslens.quotes: one realistic sentence per construction, properties, and the dev scorers."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens.actors import load_actors
from presslens.evaluate import load_jsonl, score_quotes
from presslens.quotes import QUOTE_COLUMNS, find_quote_spans, quotes_for_article, to_frame

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "eval"    # the repo's evaluation sets (eval/README.md)
PANJSHIR = load_actors(ROOT / "lib/presslens/data/actors/panjshir-2021.yaml")


def rows(text, actors=PANJSHIR):
    return quotes_for_article("t.txt", text, actors=actors)


CASES = [
    # (construction, text, speaker, kind, cue, content)
    ("straight quote, cue after", '"We will not leave," Motaqi said.', "Motaqi", "direct", "said", "We will not leave"),
    ("curly quote, pronoun", "Amir Khan Motaqi spoke on Monday.\n“The Islamic Emirate is home for all Afghans,” he said.",
     "Amir Khan Motaqi", "direct", "said", "The Islamic Emirate is home for all Afghans"),
    ("mismatched pair", 'Bill Roggio was asked.\n"It looks bad“, Roggio said.', "Bill Roggio", "direct", "said", "It looks bad"),
    ("inverted said X, role", '"The odds are long," said Bill Roggio, managing editor of the Long War Journal.',
     "Bill Roggio", "direct", "said", "The odds are long"),
    ("split around the cue", "“Perhaps they wanted to try their luck,” National Resistance Front official Fahim Dashti said in a video. "
     "“By the grace of God, luck wasn’t on their side.”", "Fahim Dashti", "direct", "said",
     "Perhaps they wanted to try their luck By the grace of God, luck wasn’t on their side."),
    ("indirect, title stripped", "Senior Taliban leader Amir Khan Motaqi said the Taliban had made many efforts to negotiate.",
     "Amir Khan Motaqi", "indirect", "said", "the Taliban had made many efforts to negotiate"),
    ("mixed", 'Fahim Dashti said the Taliban "propaganda machine" was trying to spread distracting messages.',
     "Fahim Dashti", "mixed", "said", 'the Taliban "propaganda machine" was trying to spread distracting messages'),
    ("according to", "At least seven Taliban fighters were killed, according to two resistance leaders.",
     "two resistance leaders", "indirect", "according to", "At least seven Taliban fighters were killed"),
    ("told Y", "Reza Halim told Newsline that 52 fighters had surrendered.", "Reza Halim", "indirect", "told",
     "52 fighters had surrendered"),
    ("sources told", "Sources told CNN-News18 that the resistance had offered a settlement.", "sources", "indirect", "told",
     "the resistance had offered a settlement"),
    ("said on Twitter, fronted", "Fighting was underway in Bazarak, Taliban spokesman Bilal Karimi said on Twitter.",
     "Bilal Karimi", "indirect", "said", "Fighting was underway in Bazarak"),
    ("called on", "The Ulema council called on the Taliban to accept a negotiated settlement.", "Ulema council", "indirect",
     "called on", "the Taliban to accept a negotiated settlement"),
    ("warned of", "Amrullah Saleh, who is holed out in Panjshir, warned of a grim situation.", "Amrullah Saleh", "indirect",
     "warned", "of a grim situation"),
    ("organisation, appositive", "Italian aid group Emergency said four wounded had been delivered to its hospital.",
     "Emergency", "indirect", "said", "four wounded had been delivered to its hospital"),
    ("colon attribution", 'Defence Minister Mariam Sangaré, speaking in parliament: "A corridor will open before the end of the month."',
     "Mariam Sangaré", "direct", ":", "A corridor will open before the end of the month."),
    ("guillemets", "« We eat once a day, » explains Mariétou Coulibaly, a mother of five.", "Mariétou Coulibaly", "direct",
     "explains", "We eat once a day"),
    ("one of them", "At least 30 people were killed, according to two residents reached by satellite phone.\n"
     '"The planes came twice," one of them said.', "one of two residents reached by satellite phone", "direct", "said",
     "The planes came twice"),
    ("em-dash credit", '"We are not going to abandon the valley. Not the town, not its people." — Fahim Dashti, resistance '
     "spokesman, speaking to Tolo this evening.", "Fahim Dashti", "direct", "\u2014",
     "We are not going to abandon the valley. Not the town, not its people."),
    ("wrote on X, coordinated verb", "Norway's foreign minister, Anniken Huitfeldt, wrote on X that she was \"appalled\" by the "
     "attack and urged both sides to return to talks.", "Anniken Huitfeldt", "indirect", "urged",
     "both sides to return to talks"),
    ("introduces himself as", 'A man who introduces himself as Abdul Rahman says the prisoners are "guests of the movement".',
     "Abdul Rahman", "mixed", "says", 'the prisoners are "guests of the movement"'),
    ("the rebels -> the registry's rebel body", "The National Resistance Front said 40 Taliban fighters had been killed. "
     "The rebels denied firing at the town.", "National Resistance Front", "indirect", "denied", "firing at the town"),
    ("who-clause subject, recalls", "A town notable who asked not to be named recalls that the valley survived the war of the 1990s.",
     "a town notable", "indirect", "recalls", "the valley survived the war of the 1990s"),
    ("relative clause, sentence subject", "The government has refused to negotiate with the National Resistance Front, "
     'which it calls a "terrorist" organisation.', "government", "mixed", "calls", 'a "terrorist" organisation'),
    ("pronoun for an unnamed person", "One of the fighters, a 19-year-old who did not want to give his name, is being treated "
     "there. He said he had joined the front because his brothers did.", "a 19-year-old who did not want to give his name",
     "indirect", "said", "he had joined the front because his brothers did"),
]


@pytest.mark.parametrize("name,text,speaker,kind,cue,content", CASES, ids=[c[0] for c in CASES])
def test_construction(name, text, speaker, kind, cue, content):
    got = rows(text)
    match = [r for r in got if r["cue"] == cue]
    assert match, got
    r = match[0]
    assert (r["speaker"], r["kind"], r["text"]) == (speaker, kind, content)
    assert text[r["start"]:r["end"]].startswith(content.split()[0])


def test_surname_and_shared_surname():
    text = ("Ahmad Massoud, son of the late commander Ahmad Shah Massoud, leads the front.\n"
            "Massoud said he welcomed proposals from religious scholars.")
    assert rows(text)[0]["speaker"] == "Ahmad Massoud"


def test_role_first_name_later():
    text = ("The Taliban has surrounded the province, a senior leader said on Wednesday.\n"
            "In a speech, senior Taliban leader Amir Khan Motaqi called on the rebels to put down their weapons.")
    got = rows(text)
    assert [r["speaker"] for r in got] == ["Amir Khan Motaqi", "Amir Khan Motaqi"]


def test_sides_from_registry_and_context():
    got = {r["speaker"]: r["speaker_side"] for r in rows(
        "Taliban spokesman Bilal Karimi said the district had fallen.\n"
        "Filippo Grandi, the U.N. high commissioner for refugees, estimates that 3.5 million Afghans are displaced.\n"
        "Analysts warned the resistance is struggling.")}
    assert got == {"Bilal Karimi": "taliban", "Filippo Grandi": "un", "analysts": "expert"}


@pytest.mark.parametrize("text", [
    "‘Odds Long for Panjshir’",                                    # section title, no cue
    "‘Acting’ President Amrullah Saleh leads the valley.",          # scare quotes
    "Did Joe Biden abandon the Afghan people? Yes No",              # poll
    "READ MORE: Taliban say they have entered the capital.",        # link line
])
def test_not_quotes(text):
    assert rows(text) == []


def test_quote_marks():
    assert find_quote_spans('He said "yes”, then ‘no’.') == [(8, 12, True), (20, 23, True)]
    assert find_quote_spans("Valderra’s guerrillas") == []


def test_frame_columns():
    frame = to_frame(rows('"We will not leave," Motaqi said.'))
    assert list(frame.columns) == list(QUOTE_COLUMNS)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
       | st.text(alphabet=st.sampled_from(list("ab said told, .\"“”‘’'«»„\n—:Xy")), max_size=200))
def test_never_raises_and_spans_inside(text):
    for r in quotes_for_article("h.txt", text, actors=PANJSHIR) + quotes_for_article("h.txt", text):
        assert 0 <= r["start"] <= r["end"] <= len(text)
        assert 0 <= r["speaker_start"] <= r["speaker_end"] <= len(text)


def test_empty_article():
    assert quotes_for_article("e.txt", "") == []
    assert to_frame([]).empty


def _score(gold: Path, texts: Path, actors: Path) -> dict:
    from presslens.quotes import extract_quotes

    class _Corpus:   # plain text per line: the scorer only needs article ids and content
        def __init__(self, folder):
            import pandas as pd
            files = sorted(folder.glob("*.txt"))
            self.articles = pd.DataFrame({"article_id": [f.name for f in files],
                                          "text": [f.read_text(encoding="utf-8") for f in files]})
            self.paragraphs = None

    frame = extract_quotes(_Corpus(texts), actors=load_actors(actors))
    pred = json.loads(frame.to_json(orient="records", force_ascii=False))
    return score_quotes(load_jsonl(gold), pred)


@pytest.mark.slow
@pytest.mark.parametrize("name,gold,texts,actors,target_f1,target_speaker", [
    ("seed", "seeds/gold/quotes.jsonl", "../seeds", str(ROOT / "lib/presslens/data/actors/panjshir-2021.yaml"), 0.95, 0.95),
    ("dev2", "dev2/gold/quotes.jsonl", "dev2/texts", "dev2/actors.yaml", 0.90, 0.90),
])
def test_scorer_targets(name, gold, texts, actors, target_f1, target_speaker):
    result = _score(EVAL / gold, (EVAL / texts).resolve(), EVAL / actors)
    assert result["f1"] >= target_f1, result
    assert result["speaker_accuracy"] >= target_speaker, result

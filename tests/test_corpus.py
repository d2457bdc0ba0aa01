"""The corpus tables on the seeds (no manifest), every bad-input case, and the CLI."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from presslens import config, load_corpus
from presslens.corpus import Corpus, decode, paragraph_kind, split_sentences

EVAL = Path(__file__).resolve().parents[1] / "eval"   # the repo's evaluation sets (eval/README.md)

S000, S001, S002, S003, S004 = (
    "000_362068bbac3e72bc.txt", "001_47344bc17277bd2f.txt", "002_a5fe94a3654cb24b.txt",
    "003_4acce67ee90cc6c6.txt", "004_d06ad1535363767f.txt")


def article(corpus, aid):
    return corpus.articles.set_index("article_id").loc[aid]


# --- seeds, no manifest -------------------------------------------------------------------

@pytest.mark.parametrize("aid, outlet, source", [
    (S000, None, "unknown"),
    (S001, "The Western Journal", "inferred"),
    (S002, "News18", "inferred"),
    (S003, "India TV", "inferred"),
    (S004, "The Straits Times", "inferred"),
])
def test_seed_outlets(seed_corpus, aid, outlet, source):
    row = article(seed_corpus, aid)
    assert (None if pd.isna(row["outlet"]) else row["outlet"]) == outlet
    assert row["outlet_source"] == source


@pytest.mark.parametrize("aid, published, source", [
    (S000, "2021-09-01", "header"),
    (S001, "2021-09-01", "header"),
    (S002, "2021-09-06", "header"),
    (S003, "2021-09-06", "byline"),  # its "Updated on" date, not the 2024 page-chrome date
    (S004, "2021-09-05", "text"),
])
def test_seed_dates(seed_corpus, aid, published, source):
    row = article(seed_corpus, aid)
    assert row["published"] == pd.Timestamp(published)
    assert row["date_source"] == source


def test_seed_wire_credits(seed_corpus):
    assert article(seed_corpus, S004)["wire"] == "Reuters"
    assert article(seed_corpus, S002)["wire"] == "Reuters; AFP"
    assert pd.isna(article(seed_corpus, S000)["wire"])


@pytest.mark.parametrize("boilerplate", [
    "Advertisement", "READ MORE:", "You Are At:", "Image Source : AP", "Yes: 99% (634 Votes)",
    "Did Joe Biden abandon the Afghan people to a brutal regime? Yes No", "Completing this poll entitles you",
    "Submit a Correction", "All fields are required", "Join ST's Telegram channel", "Remote video URL",
    "Read all the Breaking News Live on", "Friday, April 19, 2024", "With inputs from Reuters",
])
def test_seed_boilerplate_removed(seed_corpus, boilerplate):
    assert not seed_corpus.articles["text"].str.contains(boilerplate, regex=False).any()
    assert seed_corpus.removed["line"].str.contains(boilerplate, regex=False).any()


@pytest.mark.parametrize("aid, sentence", [
    (S001, "Motaqi said in an audio message to Panjshir residents posted on Twitter, according to Barron’s."),
    (S003, "The NRF said its spokesman Fahim Dashti and a commander, Gen Abdul Wudod Zara, had been killed"),
    (S003, "Afghanistan: Panjshir resistance calls for ceasefire, seeks talks with Taliban"),
    (S004, "It was not possible to confirm that independently."),
    (S001, "Filippo Grandi, the U.N. high commissioner for refugees, estimates"),
])
def test_seed_article_sentences_kept(seed_corpus, aid, sentence):
    assert sentence in seed_corpus.text_of(aid)


def test_removed_lines_are_classified_by_kind(seed_corpus):
    kinds = {aid: set(g) for aid, g in seed_corpus.removed.groupby("article_id")["kind"]}
    assert "poll" in kinds[S001] and "form" in kinds[S001]
    assert {"advertising", "page_furniture", "link", "promotion", "byline"} <= kinds[S003]
    assert S000 not in kinds  # nothing to remove from a clean wire text


def test_wire_groups_shared_by_news18_and_straits_times(seed_corpus):
    p = seed_corpus.paragraphs
    rukhah = p[p["text"].str.contains("police headquarters and district centre of Rukhah")]
    assert set(rukhah["article_id"]) == {S002, S004}
    assert rukhah["wire_group"].notna().all() and rukhah["wire_group"].nunique() == 1
    groups = p.dropna(subset=["wire_group"]).groupby("wire_group")["article_id"].nunique()
    assert (groups >= 2).all()  # a group always spans two articles
    assert p.loc[p["article_id"] == S003, "wire_group"].isna().all()


@pytest.mark.parametrize("needle", ["Gen Abdul Wudod Zara", "Mr Massoud", "U.S.", "Sept 5",
                                    "“Now it is up to you to talk to them,” he said."])
def test_sentence_splitting_keeps_names_and_quotes_intact(seed_corpus, needle):
    assert seed_corpus.sentences["text"].str.contains(needle, regex=False).any()


def test_quotation_is_not_split_across_sentences():
    text = '"The front is ready to stop the war. Keep the conversations going," he said. He left.'
    assert [text[s:e] for s, e in split_sentences(text)] == [
        '"The front is ready to stop the war. Keep the conversations going," he said.', "He left."]


def test_spans_index_into_article_text(seed_corpus):
    texts = dict(zip(seed_corpus.articles["article_id"], seed_corpus.articles["text"]))
    for table in (seed_corpus.paragraphs, seed_corpus.sentences):
        for row in table.itertuples():
            assert texts[row.article_id][row.start:row.end] == row.text


@pytest.mark.parametrize("line, idx, kind", [
    ("Taliban say it has surrounded Afghan resistance fighters, calls for peace", 0, "headline"),
    ("No reason to fight", 8, "subhead"),
    ("• Army toll from Tuesday's convoy ambush rises to 17", 3, "subhead"),
    ("Motaqi said the talks had failed.", 0, "body"),
    ("“300 terrorists neutralised in seven days. The highlands are ours.” — Lantara Army", 5, "body"),
    ("Fighters patrol a hilltop in Darband on Sept 1, 2021. PHOTO: AFP", 1, "caption"),
])
def test_paragraph_kind(line, idx, kind):
    assert paragraph_kind(line, idx) == kind


def test_gold_spans_survive_cleaning(seed_corpus):
    """Every annotated quote and claim of the seed and dev2 gold is still in the cleaned text."""
    dev2 = load_corpus(EVAL / "dev2" / "texts")
    for corpus, gold in ((seed_corpus, EVAL / "seeds" / "gold"), (dev2, EVAL / "dev2" / "gold")):
        texts = dict(zip(corpus.articles["article_id"], corpus.articles["text"]))
        for kind in ("quotes", "casualties"):
            for line in (gold / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines():
                g = json.loads(line)
                text = texts[g["article"]]
                assert g["text"] in text or all(w in text for w in g["text"].split()), (g["article"], g["text"])


def test_manifest_overrides_inference(seeds_dir, tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_text(f"file,outlet,url,published\n{S000},Reuters,https://example.org/a,2021-09-02\n")
    row = article(load_corpus(seeds_dir, manifest=manifest), S000)
    assert (row["outlet"], row["outlet_source"], row["date_source"]) == ("Reuters", "manifest", "manifest")
    assert row["published"] == pd.Timestamp("2021-09-02") and row["url"] == "https://example.org/a"


def test_shipped_seeds_folder_uses_its_manifest():
    corpus = load_corpus(config.SEEDS_DIR)
    assert len(corpus.articles) == 5 and (corpus.ingest_log["status"] == "ok").all()
    assert set(corpus.articles.loc[corpus.articles["outlet_source"] == "manifest", "article_id"]) == {S001, S002, S003, S004}


def test_raw_inputs_never_modified(seeds_dir):
    before = {p.name: p.read_bytes() for p in seeds_dir.iterdir()}
    load_corpus(seeds_dir)
    assert {p.name: p.read_bytes() for p in seeds_dir.iterdir()} == before


def test_parallel_matches_serial(seeds_dir):
    serial, parallel = load_corpus(seeds_dir, workers=1), load_corpus(seeds_dir, workers=2)
    for name in Corpus.TABLES:
        pd.testing.assert_frame_equal(getattr(serial, name), getattr(parallel, name))


def test_tables_built_in_chunks_match_one_chunk(seeds_dir, monkeypatch):
    """Large corpora are turned into tables a chunk at a time (memory); the tables must not change."""
    from presslens.corpus import load as corpus_load  # where _collect reads TABLE_CHUNK

    whole = load_corpus(seeds_dir, workers=1)
    monkeypatch.setattr(corpus_load, "TABLE_CHUNK", 2)
    chunked = load_corpus(seeds_dir, workers=1)
    for name in Corpus.TABLES:
        pd.testing.assert_frame_equal(getattr(whole, name), getattr(chunked, name))


def _first_rule_by_loop(line: str, rules) -> tuple[str, str] | None:
    """The boilerplate contract spelled out: the first line rule, in file order, whose regex matches
    the whole line, whose `needs` (if any) the line contains, and whose `max_words` it does not exceed."""
    for name, kind, pattern, max_words, needs in rules.line_rules:
        if needs and not any(n in line.lower() for n in needs):
            continue
        if max_words is not None and len(line.split()) > max_words:
            continue
        if pattern.fullmatch(line):
            return name, kind
    return None


def test_line_rules_fast_path_agrees_with_the_rule_loop(seeds_dir):
    """classify_lines (one screening regex, literals found once per text) must pick the same rule as
    trying every rule in order, on every line of the seeds and dev2, raw boilerplate included."""
    from presslens.corpus import load_rules
    from presslens.corpus.cleaning import _first_line_rule

    rules = load_rules()
    lines = [line.strip() for folder in (seeds_dir, EVAL / "dev2" / "texts")
             for f in sorted(folder.glob("*.txt")) for line in f.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    matched = 0
    for line in lines:
        present = frozenset(n for n in rules.needs_literals if n in line.lower())
        expected = _first_rule_by_loop(line, rules)
        assert _first_line_rule(line, present, rules) == expected, line
        matched += expected is not None
    assert matched > 50  # boilerplate lines are among those checked


def test_round_trip_through_parquet(seed_corpus, tmp_path):
    seed_corpus.to_dir(tmp_path, csv=True)
    back = Corpus.from_dir(tmp_path)
    for name in Corpus.TABLES:
        pd.testing.assert_frame_equal(getattr(seed_corpus, name), getattr(back, name))
    assert (tmp_path / "articles.csv").exists()


# --- bad input: reported by name, the rest loads --------------------------------------------

GOOD = " date 2024-03-04 Rebels say they hold the bridge\nThe army said on Monday it had retaken the bridge.\n"


@pytest.fixture()
def messy(tmp_path, seeds_dir) -> Path:
    folder = tmp_path / "messy"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("   \n\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "latin.txt").write_bytes("Le président a déclaré que l'armée tenait le pont.\n".encode("cp1252"))
    (folder / "only_ads.txt").write_text("Advertisement\nREAD MORE: Something else\n", encoding="utf-8")
    (folder / "z_copy.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(folder / "does-not-exist.txt", folder / "gone.txt")
    (folder / "feed.jsonl").write_text(
        '{"id": "a1", "text": "Officials said 12 people were killed.", "outlet": "Daily X", "date": "2024-05-01"}\n'
        '{"id": "a2", "text": broken json\n'
        '{"id": "a3", "text": ""}\n'
        '["not", "an", "object"]\n', encoding="utf-8")
    (folder / "notext.csv").write_text("title,author\nA,B\n", encoding="utf-8")
    (folder / "rows.csv").write_text('headline,body,source\nBridge retaken,"The army said it retook the bridge.",Daily Y\n',
                                     encoding="utf-8")
    (folder / "notes.md").write_text("# not an article\n", encoding="utf-8")
    return folder


def _status(corpus, path):
    rows = corpus.ingest_log[corpus.ingest_log["path"] == path]
    assert len(rows) == 1, f"{path} should have exactly one ingest_log row"
    return rows.iloc[0]["status"], rows.iloc[0]["reason"]


@pytest.mark.parametrize("path, status, reason", [
    ("good.txt", "ok", None),
    ("empty.txt", "rejected", "empty file"),
    ("blank.txt", "rejected", "empty file"),
    ("binary.txt", "rejected", "binary file"),
    ("latin.txt", "warning", "not valid UTF-8"),
    ("only_ads.txt", "rejected", "no article text left after cleaning"),
    ("z_copy.txt", "rejected", "identical text to good.txt"),
    ("gone.txt", "rejected", "cannot read file"),
    ("feed.jsonl:2", "rejected", "line 2: invalid JSON"),
    ("feed.jsonl:3", "rejected", "empty or missing text"),
    ("feed.jsonl:4", "rejected", "not an object"),
    ("notext.csv", "rejected", "no text column"),
    ("notes.md", "rejected", "unsupported file type"),
])
def test_bad_input_is_reported_by_name(messy, path, status, reason, capsys):
    corpus = load_corpus(messy)
    got_status, got_reason = _status(corpus, path)
    assert got_status == status
    assert (got_reason is None or pd.isna(got_reason)) if reason is None else reason in got_reason
    if status != "ok":
        assert path.split(":")[0] in capsys.readouterr().err


def test_bad_input_loses_nothing_else(messy):
    corpus = load_corpus(messy)
    ids = set(corpus.articles["article_id"])
    assert {"good.txt", "latin.txt", "feed.jsonl#a1", "rows.csv#2"} <= ids
    assert "z_copy.txt" not in ids
    assert "président" in corpus.text_of("latin.txt")
    jsonl = article(corpus, "feed.jsonl#a1")
    assert (jsonl["outlet"], jsonl["published"]) == ("Daily X", pd.Timestamp("2024-05-01"))
    assert article(corpus, "rows.csv#2")["headline"] == "Bridge retaken"
    # every input file is accounted for
    files = {p.name for p in messy.iterdir()}
    logged = {p.split(":")[0] for p in corpus.ingest_log["path"]}
    assert files <= logged


def test_missing_path_names_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere"):
        load_corpus(tmp_path / "nowhere")


def test_decode_rejects_empty_and_binary():
    from presslens.corpus import InputError

    with pytest.raises(InputError, match="empty"):
        decode(b"  \n")
    with pytest.raises(InputError, match="binary"):
        decode(b"\x00\x01\x02abc")


def test_html_input_uses_trafilatura(tmp_path):
    body = " ".join(["The army said on Monday that it had retaken the bridge after a night of fighting."] * 4)
    (tmp_path / "page.html").write_text(
        f"<html><head><title>Army retakes bridge</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Army retakes bridge</h1><p>{body}</p><p>{body}</p></article>"
        f"<footer>Copyright 2024</footer></body></html>", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.ingest_log.iloc[0]["status"] == "ok"
    text = corpus.text_of("page.html")
    assert "retaken the bridge" in text and "Home | World" not in text


# --- CLI ------------------------------------------------------------------------------------

def _cli(*args):
    return subprocess.run([sys.executable, "-m", "presslens", *args], capture_output=True, text=True, timeout=120)


def test_cli_corpus_jsonl(seeds_dir):
    out = _cli("corpus", str(seeds_dir), "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["article_id"] for r in rows] == [S000, S001, S002, S003, S004]
    assert rows[3]["published"] == "2021-09-06" and rows[1]["outlet"] == "The Western Journal"


def test_cli_corpus_writes_tables_and_summary(seeds_dir, tmp_path):
    out = _cli("corpus", str(seeds_dir), "--out", str(tmp_path), "--csv")
    assert out.returncode == 0, out.stderr
    assert "5 articles" in out.stdout and "The Straits Times" in out.stdout
    assert {f"{t}.parquet" for t in Corpus.TABLES} <= {p.name for p in tmp_path.iterdir()}


def test_cli_missing_path_is_a_clear_error(tmp_path):
    out = _cli("corpus", str(tmp_path / "nope"))
    assert out.returncode == 2 and "nope" in out.stderr


def test_sentence_fast_path_agrees_with_punkt(seed_corpus):
    """The regex fast path must give exactly Punkt's sentences on every seed and dev2 paragraph."""
    from presslens.corpus.sentences import _plain_spans, _punkt

    dev2 = load_corpus(EVAL / "dev2" / "texts")
    checked = 0
    for text in list(seed_corpus.paragraphs["text"]) + list(dev2.paragraphs["text"]):
        fast = _plain_spans(text)
        if fast is not None:
            assert fast == list(_punkt().span_tokenize(text)), text
            checked += 1
    assert checked > 200  # the fast path is actually taken


@pytest.mark.parametrize("text, wire", [
    ("STOLNO, March 3 (Newsline) - The army said on Sunday it had beaten back an assault.", "Newsline"),
    ("PANJSHIR (REUTERS) - The Taliban said on Sunday their forces had entered the capital.", "Reuters"),
    ("CIUDAD VALDERRA, Jan 21 (Meridian Press) — Fighters ambushed a police patrol.", "Meridian Press"),
    ("The group claimed the attack.\n\n– Newsline", "Newsline"),
    ("Fighting continued.\n\nWith inputs from Reuters, Agence Presse-France.", "Reuters; AFP"),
    ("Motaqi called on the rebels to disarm, according to Reuters.", None),
    ("Afghan fighters patrol a hilltop. PHOTO: AFP", None),
])
def test_wire_credits(text, wire):
    from presslens.corpus import find_wires, load_rules

    assert find_wires(text, load_rules()) == wire


def test_own_dateline_is_not_a_wire_credit(tmp_path):
    (tmp_path / "a.txt").write_text("PANJSHIR (REUTERS) - The Taliban said on Sunday they had entered the capital.\n",
                                    encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,outlet,url,published\na.txt,Reuters,,2021-09-05\n", encoding="utf-8")
    assert pd.isna(article(load_corpus(tmp_path), "a.txt")["wire"])

"""Outlets the loader names without outlets.yaml listing them, and the columns of common exports."""
from __future__ import annotations

import json

import pytest

from presslens import load_corpus
from presslens.cli import main
from presslens.corpus import infer_outlet, load_rules, parse_columns

BODY = "Shelling hit the delta town of Pereth overnight, killing four civilians, local officials said.\n\n"


@pytest.mark.parametrize("text,outlet", [
    # a copyright or sign-off line: its owner, without the boilerplate after it
    (BODY + "(c) 2025 Marovia Today. All rights reserved.", "Marovia Today"),
    (BODY + "© 2024 Kessa Tribune | Privacy policy", "Kessa Tribune"),
    (BODY + "Copyright 2023 Northern Wire Daily, all rights reserved", "Northern Wire Daily"),
    (BODY + "Copyright © 2022 The Harbour Gazette", "The Harbour Gazette"),
    # references whose name looks like a medium's
    ("A hospital source told Sirran Voice that 19 bodies had arrived.", "Sirran Voice"),
    ("The strike destroyed the bridge, Delta Daily reported on Monday.", "Delta Daily"),
    ("Kessa Radio's correspondent counted 12 bodies at the morgue.", "Kessa Radio"),
    ("Two residents speaking to Radio Wadi Hamra said the camp was burning.", "Radio Wadi Hamra"),
    ("A commander told The Orlen Post the town had fallen.", "The Orlen Post"),
])
def test_outlet_named_by_the_article(text, outlet):
    assert infer_outlet(text, load_rules()) == outlet


@pytest.mark.parametrize("text", [
    "A spokesman told Reuters that the talks had failed.",        # a wire service is never the outlet
    "The minister told reporters in the capital the war would end.",
    "The general told Parliament that 40 soldiers had died.",
    "Officials told the Associated Press the toll had risen.",
])
def test_no_outlet_from_wires_or_non_media(text):
    assert infer_outlet(text, load_rules()) is None


def test_listed_outlet_still_wins_over_an_unlisted_one():
    text = "Two commanders were killed, sources told CNN-News18, as Valley Times reported."
    assert infer_outlet(text, load_rules()) == "News18"


def test_media_cloud_export_columns(tmp_path):
    (tmp_path / "export.csv").write_text(
        "stories_id,media_name,publish_date,title,url,text\n"
        '1,Sirran Voice,2025-03-02 08:10:00,Shelling hits Pereth,https://example.invalid/1,"' + BODY.strip() + '"\n',
        encoding="utf-8")
    row = load_corpus(tmp_path).articles.iloc[0]
    assert (row["outlet"], str(row["published"])[:10], row["headline"], row["url"]) == (
        "Sirran Voice", "2025-03-02", "Shelling hits Pereth", "https://example.invalid/1")


def test_news_please_json_file(tmp_path):
    (tmp_path / "pereth.json").write_text(json.dumps({
        "source_domain": "kessatribune.example", "date_publish": "2025-03-03 10:00:00",
        "title": "Dam assault repelled", "maintext": BODY.strip(), "url": "https://kessatribune.example/a"}),
        encoding="utf-8")
    row = load_corpus(tmp_path).articles.iloc[0]
    assert row["article_id"] == "pereth.json"
    assert (row["outlet"], str(row["published"])[:10], row["headline"]) == (
        "kessatribune.example", "2025-03-03", "Dam assault repelled")
    assert "killing four civilians" in row["text"]


def test_other_column_names_are_mapped(tmp_path, capsys):
    (tmp_path / "x.csv").write_text('source_name,story_body,when\nDelta Courier,"' + BODY.strip() + '",2025-05-01\n',
                                    encoding="utf-8")
    row = load_corpus(tmp_path, columns=parse_columns("outlet=source_name,text=story_body,published=when")).articles.iloc[0]
    assert (row["outlet"], str(row["published"])[:10]) == ("Delta Courier", "2025-05-01")
    assert main(["corpus", str(tmp_path), "--format", "jsonl", "--columns", "outlet=source_name,text=story_body"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["outlet"] == "Delta Courier"


def test_bad_column_mapping_is_one_line():
    with pytest.raises(SystemExit) as exc:
        main(["corpus", ".", "--format", "jsonl", "--columns", "writer=byline"])
    assert "--columns: 'writer=byline'" in str(exc.value) and "\n" not in str(exc.value)

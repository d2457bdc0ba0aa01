"""eval/dev3 (twelve original articles in styles the seeds and dev2 lack) scored by `presslens score`'s scorer,
exactly as `presslens quotes|casualties eval/dev3/texts --actors eval/dev3/actors.yaml` makes the predictions.

The floors sit a little under the figures reached when they were set (see eval/dev3/README.md), so a change
that loses ground on unfamiliar copy fails here even when the seeds and dev2 still score 1.0."""
from __future__ import annotations

from pathlib import Path

import pytest

from presslens.actors import load_actors

DEV3 = Path(__file__).resolve().parents[1] / "eval" / "dev3"


def _predict(actors: str | None):
    from presslens import extract_quotes, load_corpus
    from presslens.casualties import extract_casualties

    corpus = load_corpus(DEV3 / "texts")
    registry = load_actors(actors) if actors else None
    quotes = extract_quotes(corpus, actors=registry)
    return quotes, extract_casualties(corpus, quotes=quotes, actors=registry)


def _score(kind: str, frame) -> dict:
    from presslens.cli import _records_for_json
    from presslens.evaluate import load_jsonl, score

    return score(kind, load_jsonl(DEV3 / "gold" / f"{kind}.jsonl"), _records_for_json(frame))


def test_dev3_gold_checks_out():
    from presslens.gold import check_gold
    from presslens.registry import validate_registry

    problems, counts = check_gold([DEV3 / "gold"], texts=DEV3 / "texts", actors=DEV3 / "actors.yaml")
    assert problems == [] and counts["quotes"] > 0 and counts["casualties"] > 0, problems[:5]
    assert counts["without_gold"] == [], counts["without_gold"]
    assert set(validate_registry(DEV3 / "actors.yaml")["conflicts"]) == {"korvatia", "tindara", "qandara", "orvane"}


@pytest.mark.slow
def test_dev3_scores_with_registry():
    quotes, claims = _predict(str(DEV3 / "actors.yaml"))
    c = _score("casualties", claims)
    assert c["f1"] >= 0.95 and c["sided_f1"] >= 0.90, c
    assert c["claimant_accuracy"] >= 0.90 and c["hedged_accuracy"] >= 0.92, c
    q = _score("quotes", quotes)
    # floors a little under the figures after the general rules of branch qfix (F1 0.983, speaker 0.982,
    # side 0.940, kind 0.988; eval/dev3/QUOTE_ERRORS.md lists what is left)
    assert q["f1"] >= 0.97 and q["speaker_accuracy"] >= 0.97, q
    assert q["side_accuracy"] >= 0.92 and q["kind_accuracy"] >= 0.97, q


@pytest.mark.slow
def test_dev3_scores_without_registry():
    quotes, claims = _predict(None)
    c = _score("casualties", claims)
    assert c["f1"] >= 0.95 and c["claimant_accuracy"] >= 0.85 and c["hedged_accuracy"] >= 0.92, c
    q = _score("quotes", quotes)
    assert q["f1"] >= 0.97 and q["speaker_accuracy"] >= 0.93, q     # reached: 0.983 / 0.946

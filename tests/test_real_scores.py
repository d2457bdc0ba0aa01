"""eval/real (real news articles from other outlets and wars; eval/real/README.md) scored per conflict.

The texts are not committed: the tests run when eval/real/texts/ holds every file sources.tsv lists (with
its sha256) and skip, saying why, otherwise (CI has no texts). The floor is the first measurement recorded
in eval/real/baseline.json: a change may not lose ground on any figure, overall or in any conflict."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from presslens import evaluate as E

REAL = Path(__file__).resolve().parents[1] / "eval" / "real"
SOURCES, TEXTS, GOLD = REAL / "sources.tsv", REAL / "texts", REAL / "gold"
BASELINE = REAL / "baseline.json"
#: figures compared with the baseline (rates; counts are not floors)
RATES = ("precision", "recall", "f1", "speaker_accuracy", "side_accuracy", "kind_accuracy", "attributed_f1",
         "claimant_accuracy", "hedged_accuracy", "sided_f1")
#: how far one conflict's F1 may fall below its first measurement (a conflict has 19-51 gold records); the whole
#: set's figures may not fall at all. Per conflict only the F1s are floors: an accuracy there is over the matched
#: records, so a newly found record with one wrong field can lower it while everything got better.
CONFLICT_SLACK = 0.05
CONFLICT_RATES = ("f1", "sided_f1", "attributed_f1")


def _check_texts():
    spec = importlib.util.spec_from_file_location("check_texts", REAL / "check_texts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.check(str(SOURCES), str(TEXTS))


@pytest.fixture(scope="module")
def real_scores():
    """{kind: presslens score KIND eval/real/gold/KIND.jsonl PRED --by conflict --meta sources.tsv}."""
    if not SOURCES.exists():
        pytest.skip(f"{SOURCES} is missing: the real-article set is not in this checkout yet")
    missing, mismatched, _, rows = _check_texts()
    if missing:
        pytest.skip(f"{len(missing)} of {len(rows)} texts of eval/real are not in {TEXTS} (not committed; "
                    f"eval/real/README.md says how to re-create them)")
    assert not mismatched, f"texts differ from sources.tsv's sha256: {mismatched}; re-create them exactly"
    for kind in E.KINDS:
        assert (GOLD / f"{kind}.jsonl").exists(), f"{GOLD / f'{kind}.jsonl'} is missing"
    from presslens import extract_quotes, load_actors, load_corpus
    from presslens.casualties import extract_casualties
    from presslens.cli import _records_for_json

    assert (REAL / "actors.yaml").exists(), f"{REAL / 'actors.yaml'} is missing: the set's actor registry"
    corpus, actors = load_corpus(TEXTS), load_actors(REAL / "actors.yaml")
    quotes = extract_quotes(corpus, actors=actors)
    claims = extract_casualties(corpus, quotes=quotes, actors=actors)
    meta = E.read_meta(SOURCES)
    return {kind: E.report(kind, E.load_jsonl(GOLD / f"{kind}.jsonl"), _records_for_json(frame), by="conflict",
                           meta=meta)
            for kind, frame in (("quotes", quotes), ("casualties", claims))}


@pytest.mark.slow
def test_real_scores_per_conflict(real_scores, capsys):
    conflicts = {row["conflict"] for row in E.read_meta(SOURCES).values()}
    for kind, res in real_scores.items():
        table = E.format_groups(kind, res["by_conflict"], "conflict")
        with capsys.disabled():
            print(f"\neval/real {kind}: F1 {res['f1']} (P {res['precision']}, R {res['recall']})\n{table}")
        assert res["gold"] > 0 and 0.0 <= res["f1"] <= 1.0, res
        # every conflict with gold of this kind has its row, and the rows add up to the whole
        assert set(res["by_conflict"]) <= conflicts, set(res["by_conflict"]) - conflicts
        assert sum(g["gold"] for g in res["by_conflict"].values()) == res["gold"]
        assert sum(g["matched"] for g in res["by_conflict"].values()) == res["matched"]
        assert all(f"\n{c} " in f"\n{table}" for c in res["by_conflict"])


@pytest.mark.slow
def test_real_scores_reach_the_first_measurement(real_scores):
    if not BASELINE.exists():
        pytest.skip(f"{BASELINE} is missing: the lead records the first measurement there (eval/real/README.md)")
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    lost = []
    for kind, res in real_scores.items():
        base = baseline.get(kind) or {}
        groups = [("all", base, res)] + [(c, figs, res["by_conflict"].get(c, {}))
                                         for c, figs in (base.get("by_conflict") or {}).items()]
        for group, figs, now in groups:
            slack = 0.0 if group == "all" else CONFLICT_SLACK
            for rate in (RATES if group == "all" else CONFLICT_RATES):
                if rate in figs and now.get(rate, 0.0) < figs[rate] - slack:
                    lost.append(f"{kind} {group} {rate}: {now.get(rate)} < first measurement {figs[rate]}")
    assert baseline.get("quotes") and baseline.get("casualties"), f"{BASELINE}: needs `quotes` and `casualties`"
    assert not lost, "\n".join(lost)

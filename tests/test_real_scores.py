"""The real-article sets scored per conflict: eval/real (eval/real/README.md) and the held-out sets of
eval/real2 (eval/real2/README.md: Panjshir copy of other outlets with the shipped registry; four new wars)
eval/real3 (eval/real3/README.md: more Panjshir copy, five and six more wars) and eval/real4
(eval/real4/README.md: two pools from seventeen more wars) and eval/real5 (eval/real5/README.md: the lead's
held-out pool, ten more wars) and eval/real6 (eval/real6/README.md: short wire items and wars between two
states, twelve more wars) and eval/real7 (eval/real7/README.md: attacks on villages and troops' own
losses, ten more wars) and eval/real8 (eval/real8/README.md: voices and competing tolls, ten more
wars) and eval/real9 (eval/real9/README.md: speakers named by role and competing counts, ten more wars)
and eval/real10 (eval/real10/README.md: the session-10 blind pool, ten more wars), eval/real11
(eval/real11/README.md: the session-11 blind pool, ten more wars) eval/real12 (the session-12 blind pool, ten more) eval/real13 (the session-13 blind pool, ten more), eval/real14 (the session-14 blind pool, ten more) eval/real15 (the
session-15 blind pool, ten more), eval/real16 (the session-16 blind pool, ten more), eval/real17 (the session-17
blind pool, ten more), eval/real18 (the session-18 blind pool, ten more), eval/real19 (the session-19 blind pool,
ten more), eval/real20 (the session-20 blind pool, ten more), eval/real21 (the session-21 blind pool, ten
more), eval/real22 (the session-22 blind pool, ten more), eval/real23 (the session-23 blind pool, ten more) and
eval/real24 (the session-24 blind pool, ten more) and
eval/real25 (the session-25 blind pool, ten more) and eval/real26 (the session-26 blind pool, ten more) and
eval/real27 (the session-27 blind pool, ten more).

The texts are not committed: the tests run when a set's texts/ holds every file its sources.tsv lists (with
its sha256) and skip, saying why, otherwise (CI has no texts). The floor is the first measurement recorded
in the set's baseline.json: a change may not lose ground on any figure, overall or in any conflict (a whole set's
precision may hold one false record more than its first measurement where its F1 and matched records did not fall:
`_precision_kept`)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from presslens import config
from presslens import evaluate as E

EVAL = Path(__file__).resolve().parents[1] / "eval"
#: set folder -> its actor registry (None: the shipped one, as an analyst of that war runs the suite)
SETS = {"real": "actors.yaml", "real2/panjshir": None, "real2/wars": "actors.yaml",
        "real3/panjshir": None, "real3/wars": "actors.yaml", "real3/wars-b": "actors.yaml",
        "real4/a": "actors.yaml", "real4/b": "actors.yaml", "real5": "actors.yaml",
        "real6/wire": "actors.yaml", "real6/states": "actors.yaml",
        "real7/attacks": "actors.yaml", "real7/troops": "actors.yaml",
        "real8/voices": "actors.yaml", "real8/tolls": "actors.yaml",
        "real9/roles": "actors.yaml", "real9/counts": "actors.yaml",
        "real10/roles": "actors.yaml", "real10/counts": "actors.yaml",
        "real11/voices": "actors.yaml", "real11/sides": "actors.yaml",
        "real12/speakers": "actors.yaml", "real12/tolls": "actors.yaml",
        "real13/voices": "actors.yaml", "real13/tolls": "actors.yaml",
        "real14/voices": "actors.yaml", "real14/tolls": "actors.yaml",
        "real15/voices": "actors.yaml", "real15/tolls": "actors.yaml",
        "real16/voices": "actors.yaml", "real16/tolls": "actors.yaml",
        "real17/voices": "actors.yaml", "real17/tolls": "actors.yaml",
        "real18/voices": "actors.yaml", "real18/tolls": "actors.yaml",
        "real19/voices": "actors.yaml", "real19/tolls": "actors.yaml",
        "real20/voices": "actors.yaml", "real20/tolls": "actors.yaml",
        "real21/voices": "actors.yaml", "real21/tolls": "actors.yaml",
        "real22/voices": "actors.yaml", "real22/tolls": "actors.yaml",
        "real23/voices": "actors.yaml", "real23/tolls": "actors.yaml",
        "real24/voices": "actors.yaml", "real24/tolls": "actors.yaml",
        "real25/voices": "actors.yaml", "real25/tolls": "actors.yaml",
        "real26/voices": "actors.yaml", "real26/tolls": "actors.yaml",
        "real27/voices": "actors.yaml", "real27/tolls": "actors.yaml"}
#: figures compared with the baseline (rates; counts are not floors)
RATES = ("precision", "recall", "f1", "speaker_accuracy", "side_accuracy", "kind_accuracy", "attributed_f1",
         "claimant_accuracy", "hedged_accuracy", "sided_f1")
#: how far one conflict's F1 may fall below its first measurement (a conflict has 10-51 gold records), or one
#: record's worth where that is more (`_one_record`): one disputed record in a conflict of 14 moves its F1 by .074; the
#: whole set's figures may not fall at all. Per conflict only the F1s are floors: an accuracy there is over the matched
#: records, so a newly found record with one wrong field can lower it while everything got better.
CONFLICT_SLACK = 0.05
#: a whole set's accuracies (speaker, side, kind, claimant, hedged: over the matched records) are floors as counts of
#: matched records with the field right, not as rates
CONFLICT_RATES = ("f1", "sided_f1", "attributed_f1")


#: F1s over the records right in every field as well (side, speaker): floored as counts over the whole set
FULL_F1 = ("sided_f1", "attributed_f1")
#: floors lowered below the first measurement, each with its reason: (set, kind, group, rate) -> the count of
#: matched records right that the set may now hold
FLOOR_LOWERED: dict[tuple[str, str, str, str], int] = {
    # (empty) session 28 lowered real27/voices' speaker-side floor 55 -> 54 of 80 for `person_before_role` (the
    # scorer paired Amer's run-on row with the next sentence's statement); the session's later merges
    # (state_before_office, people_noun_phrase) raised that set to 59 of 80, so the lowered floor was taken out
}


def _precision_kept(first: dict, now: dict) -> bool:
    """A whole set's precision floor: no lower than the first measurement, or ONE false record more than it had
    (the per-conflict floors' one disputed record, `_one_record`) where the set's F1 and matched records did not
    fall: a rule that finds several true records and one the gold does not hold trades a record of precision for
    recall, and the F1 floor still stops a trade that loses. Session 17: real5's casualties (false records 4 -> 5
    while matched rose 91 -> 97, F1 .839 -> .866) and real4/b's quotes (false 7 -> 8, matched 122 -> 128, F1 .881
    -> .901), both after rules that found true records on the held-out sets too.

    >>> first = {"predicted": 95, "matched": 91, "precision": 0.9579, "f1": 0.8387}
    >>> _precision_kept(first, {"predicted": 102, "matched": 97, "precision": 0.951, "f1": 0.8661})
    True
    >>> _precision_kept(first, {"predicted": 103, "matched": 97, "precision": 0.9417, "f1": 0.8622})   # two more
    False
    >>> _precision_kept(first, {"predicted": 94, "matched": 89, "precision": 0.9468, "f1": 0.8241})    # F1 fell
    False
    """
    if now.get("precision", 0.0) >= first["precision"] - 1e-4:
        return True
    false_first = (first.get("predicted") or 0) - (first.get("matched") or 0)
    false_now = (now.get("predicted") or 0) - (now.get("matched") or 0)
    return ("predicted" in first and false_now <= false_first + 1 and now.get("f1", 0.0) >= first["f1"] - 1e-4
            and now.get("matched", 0) >= first.get("matched", 0))


def _fully_right(figs: dict, rate: str) -> float:
    """How many records a full-match F1 counts as right (F1 = 2 * right / (gold + predicted))."""
    return figs.get(rate, 0.0) * ((figs.get("gold") or 0) + (figs.get("predicted") or 0)) / 2.0


def _one_record(figs: dict) -> float:
    """What one matched record is worth in a group's F1 (F1 = 2 * matched / (gold + predicted))."""
    return 2.0 / max(1, (figs.get("gold") or 0) + (figs.get("predicted") or 0))


def _check_texts(sources: Path, texts: Path):
    spec = importlib.util.spec_from_file_location("check_texts", EVAL / "real" / "check_texts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.check(str(sources), str(texts))


@pytest.fixture(scope="module", params=sorted(SETS))
def real_set(request):
    """(set folder, {kind: presslens score KIND gold/KIND.jsonl PRED --by conflict --meta sources.tsv})."""
    folder = EVAL / request.param
    sources, texts, gold = folder / "sources.tsv", folder / "texts", folder / "gold"
    if not sources.exists():
        pytest.skip(f"{sources} is missing: the real-article set is not in this checkout yet")
    missing, mismatched, _, rows = _check_texts(sources, texts)
    if missing:
        pytest.skip(f"{len(missing)} of {len(rows)} texts of eval/{request.param} are not in {texts} (not "
                    f"committed; eval/real/README.md says how to re-create them)")
    assert not mismatched, f"texts differ from sources.tsv's sha256: {mismatched}; re-create them exactly"
    for kind in E.KINDS:
        assert (gold / f"{kind}.jsonl").exists(), f"{gold / f'{kind}.jsonl'} is missing"
    from presslens import extract_quotes, load_actors, load_corpus
    from presslens.casualties import extract_casualties
    from presslens.cli import _records_for_json

    registry = folder / SETS[request.param] if SETS[request.param] else None
    assert registry is None or registry.exists(), f"{registry} is missing: the set's actor registry"
    corpus, actors = load_corpus(texts), load_actors(registry or config.DEFAULT_ACTORS)
    quotes = extract_quotes(corpus, actors=actors)
    claims = extract_casualties(corpus, quotes=quotes, actors=actors)
    meta = E.read_meta(sources)
    return folder, {kind: E.report(kind, E.load_jsonl(gold / f"{kind}.jsonl"), _records_for_json(frame),
                                   by="conflict", meta=meta)
                    for kind, frame in (("quotes", quotes), ("casualties", claims))}


@pytest.mark.slow
def test_real_scores_per_conflict(real_set, capsys):
    folder, real_scores = real_set
    conflicts = {row["conflict"] for row in E.read_meta(folder / "sources.tsv").values()}
    for kind, res in real_scores.items():
        table = E.format_groups(kind, res["by_conflict"], "conflict")
        with capsys.disabled():
            print(f"\n{folder.relative_to(EVAL.parent)} {kind}: F1 {res['f1']} (P {res['precision']}, R {res['recall']})\n{table}")
        assert res["gold"] > 0 and 0.0 <= res["f1"] <= 1.0, res
        # every conflict with gold of this kind has its row, and the rows add up to the whole
        assert set(res["by_conflict"]) <= conflicts, set(res["by_conflict"]) - conflicts
        assert sum(g["gold"] for g in res["by_conflict"].values()) == res["gold"]
        assert sum(g["matched"] for g in res["by_conflict"].values()) == res["matched"]
        assert all(f"\n{c} " in f"\n{table}" for c in res["by_conflict"])


@pytest.mark.slow
def test_real_scores_reach_the_first_measurement(real_set):
    folder, real_scores = real_set
    baseline_file = folder / "baseline.json"
    if not baseline_file.exists():
        pytest.skip(f"{baseline_file} is missing: the lead records the first measurement there (eval/real/README.md)")
    baseline = json.loads(baseline_file.read_text(encoding="utf-8"))
    lost = []
    for kind, res in real_scores.items():
        base = baseline.get(kind) or {}
        groups = [("all", base, res)] + [(c, figs, res["by_conflict"].get(c, {}))
                                         for c, figs in (base.get("by_conflict") or {}).items()]
        for group, figs, now in groups:
            slack = 0.0 if group == "all" else max(CONFLICT_SLACK, _one_record(figs))
            for rate in (RATES if group == "all" else CONFLICT_RATES):
                if rate not in figs:
                    continue
                if rate.endswith("_accuracy") and "matched" in figs:
                    # over the matched records: the floor is how many records have the field right, as a newly
                    # found record with one wrong field lowers the rate while no record got worse
                    right, first = now.get(rate, 0.0) * now.get("matched", 0), figs[rate] * figs["matched"]
                    first = min(first, FLOOR_LOWERED.get((folder.relative_to(EVAL).as_posix(), kind, group, rate),
                                                         first))
                    if right < first - 0.5:
                        lost.append(f"{kind} {group} {rate}: {right:.0f} matched records right < first measurement "
                                    f"{first:.0f} ({now.get(rate)} of {now.get('matched')} vs {figs[rate]} of {figs['matched']})")
                elif group == "all" and rate in FULL_F1 and "predicted" in figs:
                    # F1 over records right in every field: a newly found record with its side (speaker) left
                    # unknown lowers it while no record got worse; the floor is how many records are fully right
                    # (precision, recall and F1 above still floor the records found)
                    right, first = _fully_right(now, rate), _fully_right(figs, rate)
                    if right < first - 0.5:
                        lost.append(f"{kind} {group} {rate}: {right:.0f} records fully right < first measurement "
                                    f"{first:.0f} ({now.get(rate)} vs {figs[rate]})")
                elif group == "all" and rate == "precision":
                    if not _precision_kept(figs, now):
                        lost.append(f"{kind} {group} precision: {now.get(rate)} < first measurement {figs[rate]} "
                                    f"(false records {now.get('predicted', 0) - now.get('matched', 0)} vs "
                                    f"{figs.get('predicted', 0) - figs.get('matched', 0)}, F1 {now.get('f1')} vs {figs['f1']})")
                elif now.get(rate, 0.0) < figs[rate] - slack - 1e-4:   # both figures are rounded to 4 places
                    lost.append(f"{kind} {group} {rate}: {now.get(rate)} < first measurement {figs[rate]}")
    assert baseline.get("quotes") and baseline.get("casualties"), f"{baseline_file}: needs `quotes` and `casualties`"
    assert not lost, "\n".join(lost)

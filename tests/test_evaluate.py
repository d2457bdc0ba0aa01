"""presslens.evaluate and presslens.gold: `presslens score` and `presslens gold hash|check`.

Small invented records (wars other than the seeds') test each matching rule; the repo's sets are scored
through the CLI; one test proves the figures equal the external kit's score.py on seeds, dev2 and dev3."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from presslens import evaluate as E
from presslens.gold import check_gold

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "eval"
#: (name, texts, registry) of the repo's development sets
SETS = [("seeds", ROOT / "seeds", ROOT / "lib/presslens/data/actors/panjshir-2021.yaml"),
        ("dev2", EVAL / "dev2" / "texts", EVAL / "dev2" / "actors.yaml"),
        ("dev3", EVAL / "dev3" / "texts", EVAL / "dev3" / "actors.yaml")]


def q(article, speaker, text, side="unknown", kind="indirect", **kw):
    return {"article": article, "speaker": speaker, "speaker_side": side, "kind": kind, "cue": "said",
            "text": text, **kw}


def c(article, text, category="killed", low=None, high=None, vague=None, side="civilian", claimant=None,
      hedged=False, **kw):
    return {"article": article, "category": category, "low": low, "high": high, "vague": vague,
            "victim_side": side, "claimant": claimant, "hedged": hedged, "text": text, **kw}


# --- matching rules --------------------------------------------------------------------------------

def test_quote_matches_on_half_the_shorter_text_and_article_id_is_accepted():
    gold = [q("m1", "Min Aung Hlaing", "the army would hold the town of Lashio at any cost", side="tatmadaw")]
    near = {"article_id": "m1", "speaker": "Min Aung Hlaing", "speaker_side": "tatmadaw", "kind": "indirect",
            "text": "the army would hold Lashio"}
    far = {"article_id": "m1", "speaker": "Min Aung Hlaing", "text": "the army would retreat from Muse and Namhkam"}
    assert E.score_quotes(gold, [near])["matched"] == 1          # 5 of 5 words shared
    assert E.score_quotes(gold, [far])["matched"] == 0           # 3 of 9: under half


def test_matching_is_one_to_one_best_first_within_an_article():
    gold = [q("y1", "a Houthi official", "the strike hit a wedding hall in Hodeidah"),
            q("y1", "a Houthi official", "the wedding hall was full")]
    pred = [q("y1", "Houthi official", "the strike hit a wedding hall in Hodeidah"),
            q("y2", "Houthi official", "the wedding hall was full")]     # other article: never matched
    res = E.score_quotes(gold, pred)
    assert (res["matched"], res["predicted"], res["recall"]) == (1, 1, 0.5)


def test_speaker_aliases_titles_and_the_unnamed_head_rule():
    assert E.same_name("Gen. Khalifa Haftar", [], "Khalifa Haftar")
    assert E.same_name("Libyan National Army", ["LNA"], "LNA")
    assert E.same_name("two Tuareg commanders", [], "commanders")       # unnamed gold, lower-case head in it
    assert not E.same_name("two Tuareg commanders", [], "Tuareg")        # capitalised: not the unnamed rule
    assert not E.same_name("Khalifa Haftar", [], "Haftar")               # a bare surname is not the name
    assert E.same_name(None, [], "") and not E.same_name(None, [], "officials")


def test_vague_amounts_compare_without_case_and_leading_article():
    gold = [c("s1", "A large number of villagers were killed", vague="A large number")]
    pred = [c("s1", "a large number of villagers were killed", vague="large number")]
    assert E.score_casualties(gold, pred)["f1"] == 1.0
    pred[0]["vague"] = "dozens"
    assert E.score_casualties(gold, pred)["matched"] == 0


def test_claims_match_on_numbers_then_side_claimant_hedged_are_accuracies():
    gold = [c("g1", "12 Georgian soldiers were killed", low=12, high=12, side="georgia", claimant="the ministry",
              hedged=True)]
    pred = [c("g1", "12 soldiers killed", low=12, high=12, side="russia", claimant="ministry", hedged=False)]
    res = E.score_casualties(gold, pred)
    assert (res["f1"], res["side_accuracy"], res["claimant_accuracy"], res["hedged_accuracy"], res["sided_f1"]) \
        == (1.0, 0.0, 1.0, 0.0, 0.0)
    pred[0]["high"] = None
    assert E.score_casualties(gold, pred)["matched"] == 0


def test_hashed_gold_scores_as_verbatim_gold():
    gold = [q("d1", "Denis Pushilin", "the shelling of Horlivka had stopped", side="dpr"),
            c("d1", "three civilians were killed", low=3, high=3)]
    pred = [q("d1", "Pushilin", "shelling of Horlivka had stopped overnight", side="dpr"),
            c("d1", "three civilians killed", low=3, high=3)]
    hashed = E.hash_gold(gold)
    assert "text" not in hashed[0] and hashed[0]["tokens"] == sorted(E.hashed(gold[0]["text"]))
    assert list(hashed[1]) == [k if k != "text" else "tokens" for k in gold[1]]     # key order kept
    for kind, g, p in (("quotes", 0, 0), ("casualties", 1, 1)):
        assert E.score(kind, [gold[g]], [pred[p]]) == E.score(kind, [hashed[g]], [pred[p]])


# --- breakdowns and misses -------------------------------------------------------------------------

def _toy():
    gold = [q("a1", "Ali Musa", "the convoy reached Goma before dark", side="un"),
            q("a1", "Ali Musa", "more trucks would follow next week", side="un"),
            q("b1", "Corneille Nangaa", "the M23 would not withdraw from Rubaya", side="m23", outlet="Radio Okapi")]
    pred = [q("a1", "Musa", "the convoy reached Goma before dark", side="un"),           # wrong speaker
            q("a1", "Ali Musa", "fighting resumed near Sake", side="un"),                # false positive
            q("b1", "Corneille Nangaa", "the M23 would not withdraw from Rubaya", side="m23")]
    return gold, pred


def test_score_by_article_outlet_conflict_worst_first():
    gold, pred = _toy()
    by_art = E.score_by("quotes", gold, pred, by="article")
    assert list(by_art) == ["a1", "b1"] and by_art["a1"]["matched"] == 1 and by_art["b1"]["f1"] == 1.0
    assert sum(v["matched"] for v in by_art.values()) == E.score_quotes(gold, pred)["matched"]
    by_outlet = E.score_by("quotes", gold, pred, by="outlet", meta={"a1": {"outlet": "Actualite.cd"}})
    assert set(by_outlet) == {"Actualite.cd", "Radio Okapi"}            # gold field first, then meta
    assert set(E.score_by("quotes", gold, pred, by="conflict")) == {"(unknown)"}


def test_misses_name_the_nearest_prediction_false_positives_and_wrong_fields():
    gold, pred = _toy()
    found = E.misses("quotes", gold, pred)
    (missed,), (fp,), (wrong,) = found["missed"], found["false_positives"], found["wrong_fields"]
    assert missed["gold"]["text"] == "more trucks would follow next week" and missed["nearest"] is None
    assert fp["pred"]["text"] == "fighting resumed near Sake"
    assert wrong["fields"] == ["speaker"] and wrong["pred"]["speaker"] == "Musa"
    text = E.format_misses("quotes", found)
    assert "MISSED" in text and "FALSE+" in text and "WRONG   speaker: gold 'Ali Musa' pred 'Musa'" in text


def test_misses_of_a_claim_show_the_differing_numbers():
    gold = [c("l1", "at least 40 migrants were killed", low=40, high=None, claimant="IOM", side="civilian")]
    pred = [c("l1", "40 migrants were killed", low=40, high=40, claimant="IOM", side="civilian")]
    (missed,) = E.misses("casualties", gold, pred)["missed"]
    assert missed["nearest"]["differs"] == ["high"] and missed["nearest"]["overlap"] == 1.0


def test_meta_file_tsv_and_csv(tmp_path):
    tsv = tmp_path / "sources.tsv"
    tsv.write_text("file\turl\toutlet\tcountry\tconflict\nx.txt\thttp://e\tDawn\tPakistan\tindia-pakistan-2025\n")
    assert E.read_meta(tsv)["x.txt"]["conflict"] == "india-pakistan-2025"
    csvf = tmp_path / "meta.csv"
    csvf.write_text("article,outlet\nx.txt,Dawn\n")
    assert E.read_meta(csvf) == {"x.txt": {"article": "x.txt", "outlet": "Dawn"}}
    bad = tmp_path / "bad.csv"
    bad.write_text("name,outlet\nx,Dawn\n")
    with pytest.raises(ValueError, match="bad.csv: needs a header with a `file`"):
        E.read_meta(bad)


# --- the CLI ---------------------------------------------------------------------------------------

def cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "presslens", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd)


def _write(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_cli_score_text_json_by_and_misses(tmp_path):
    gold, pred = _toy()
    g, p = _write(tmp_path / "g.jsonl", gold), _write(tmp_path / "p.jsonl", pred)
    out = cli("score", "quotes", g, p)
    assert out.returncode == 0 and "                f1: 0.6667" in out.stdout
    res = json.loads(cli("score", "quotes", g, p, "--json", "--by", "article", "--misses").stdout)
    assert res["matched"] == 2 and list(res["by_article"]) == ["a1", "b1"]
    assert len(res["misses"]["false_positives"]) == 1
    text = cli("score", "quotes", g, p, "--by", "article", "--misses").stdout
    assert "\na1 " in text and "== a1" in text and "FALSE+" in text


def test_cli_score_bad_file_is_one_line_naming_it(tmp_path):
    g = tmp_path / "g.jsonl"
    g.write_text('{"article": "a"}\n{not json\n')
    out = cli("score", "quotes", g, g)
    assert out.returncode == 2 and out.stderr.strip().count("\n") == 0 and f"{g}:2: not valid JSON" in out.stderr


def test_cli_gold_hash(tmp_path):
    src = _write(tmp_path / "v.jsonl", [c("s1", "Five soldiers were killed", low=5, high=5, side="sdf")])
    out = cli("gold", "hash", src, tmp_path / "h.jsonl")
    assert out.returncode == 0, out.stderr
    (rec,) = E.load_jsonl(tmp_path / "h.jsonl")
    assert rec["tokens"] == sorted(E.hashed("Five soldiers were killed")) and rec["victim_side"] == "sdf"
    again = cli("gold", "hash", tmp_path / "h.jsonl", tmp_path / "h2.jsonl")
    assert again.returncode == 2 and "h.jsonl:1: no verbatim `text`" in again.stderr


# --- gold check ------------------------------------------------------------------------------------

REGISTRY = """generic_sides:
  civilian: non-combatants
  un: United Nations
  unknown: cannot be told
conflicts:
  sahel:
    articles: [m1.txt]
    sides:
      fama: Malian armed forces
      jnim: the JNIM coalition
"""
ARTICLE = ('MOPTI, Mali - Soldiers killed 12 JNIM fighters near Djenné, the army said on Friday. '
           '"We have secured the road," Colonel Souleymane Dembélé said. "Traffic will resume," he added.')


@pytest.fixture
def sahel(tmp_path):
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "m1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "actors.yaml").write_text(REGISTRY, encoding="utf-8")
    (tmp_path / "gold").mkdir()
    return tmp_path


def test_gold_check_passes_good_gold_with_a_split_quote_and_hashed_records(sahel):
    _write(sahel / "gold" / "quotes.jsonl", [
        q("m1.txt", "Souleymane Dembélé", "We have secured the road, Traffic will resume", side="fama", kind="direct"),
        q("m1.txt", "the army", "Soldiers killed 12 JNIM fighters near Djenné", side="fama")])
    _write(sahel / "gold" / "casualties.jsonl", E.hash_gold([c("m1.txt", "killed 12 JNIM fighters", low=12, high=12,
                                                              side="jnim", claimant="the army")]))
    problems, counts = check_gold([sahel / "gold"], texts=sahel / "texts")
    assert problems == [] and (counts["quotes"], counts["casualties"], counts["hashed"]) == (2, 1, 1)


def test_gold_check_names_each_bad_line(sahel):
    gold = _write(sahel / "gold" / "casualties.jsonl", [
        c("m1.txt", "killed 12 JNIM fighters", low=12, high=10, side="jnim"),            # low > high
        c("m1.txt", "killed 12 JNIM fighters", low=12, high=12, side="wagner"),          # side not defined
        c("m1.txt", "killed twelve JNIM fighters", low=12, high=12, side="jnim"),        # not in the article
        c("m1.txt", "killed 12 JNIM fighters", vague="dozens", side="jnim"),             # vague not in text
        c("m2.txt", "killed 12 JNIM fighters", low=12, high=12, side="jnim"),            # no such article
        {"article": "m1.txt", "category": "killed"},                                     # fields missing
    ])
    with open(gold, "a", encoding="utf-8") as f:
        f.write("{oops\n")
    problems, _ = check_gold([gold], texts=sahel / "texts", actors=sahel / "actors.yaml")
    assert [p.split(": ", 1)[0] for p in problems] == [f"{gold}:{n}" for n in (1, 2, 3, 4, 5, 6, 7)]
    assert "low > high" in problems[0] and "'wagner' not defined for conflict 'sahel'" in problems[1]
    assert "text is not in m1.txt" in problems[2] and "vague word 'dozens' not in text" in problems[3]


def test_gold_check_cli_on_the_repo_sets():
    for name, texts, actors in SETS:
        gold = EVAL / name / "gold"
        out = cli("gold", "check", gold, "--texts", texts, "--actors", actors)
        assert out.returncode == 0 and out.stdout.startswith("ok: "), (name, out.stdout[-2000:])


def test_gold_check_cli_fails_with_exit_1(sahel):
    _write(sahel / "gold" / "quotes.jsonl", [q("m1.txt", "the army", "Soldiers killed", side="fama", kind="said")])
    out = cli("gold", "check", sahel / "gold", "--texts", sahel / "texts")
    assert out.returncode == 1 and "quotes.jsonl:1: kind 'said'" in out.stdout and "1 problem(s)" in out.stdout


# --- the same figures as the external kit's score.py -----------------------------------------------

@pytest.fixture(scope="module")
def predictions(tmp_path_factory):
    """Predictions of each repo set as `presslens quotes|casualties TEXTS --actors REGISTRY` prints them."""
    folder = tmp_path_factory.mktemp("pred")
    out = {}
    for name, texts, actors in SETS:
        for kind in E.KINDS:
            path = folder / f"{name}-{kind}.jsonl"
            run = cli(kind, texts, "--actors", actors, "--out", path)
            assert run.returncode == 0, run.stderr
            out[name, kind] = path
    return out


@pytest.mark.slow
@pytest.mark.parametrize("name", [s[0] for s in SETS])
@pytest.mark.parametrize("kind", E.KINDS)
def test_same_figures_as_the_kits_score_py(eval_dir, predictions, tmp_path, name, kind):
    gold = EVAL / name / "gold" / f"{kind}.jsonl"
    hashed = _write(tmp_path / "hashed.jsonl", E.hash_gold(E.load_jsonl(gold)))
    pred = predictions[name, kind]
    for g in (gold, hashed):
        theirs = subprocess.run([sys.executable, str(eval_dir / "score.py"), kind, str(g), str(pred), "--json"],
                                capture_output=True, text=True, check=True)
        ours = cli("score", kind, g, pred, "--json")
        assert ours.returncode == 0, ours.stderr
        assert json.loads(ours.stdout) == json.loads(theirs.stdout), (name, kind, g.name)
    # the kit's text output, line for line
    theirs = subprocess.run([sys.executable, str(eval_dir / "score.py"), kind, str(gold), str(pred)],
                            capture_output=True, text=True, check=True)
    assert cli("score", kind, gold, pred).stdout == theirs.stdout


@pytest.mark.slow
@pytest.mark.parametrize("kind", E.KINDS)
def test_misses_add_up_on_every_repo_set(predictions, kind):
    for name, _, _ in SETS:
        gold, pred = E.load_jsonl(EVAL / name / "gold" / f"{kind}.jsonl"), E.load_jsonl(predictions[name, kind])
        res = E.report(kind, gold, pred, by="article", with_misses=True)
        assert len(res["misses"]["missed"]) == res["gold"] - res["matched"], name
        assert len(res["misses"]["false_positives"]) == res["predicted"] - res["matched"], name
        assert sum(v["matched"] for v in res["by_article"].values()) == res["matched"], name

"""Actor registries: validation (one-line errors), `presslens actors check`, coverage warnings, the bias CLI's
label lexicon, and `presslens actors suggest` on a corpus of a war no registry knows."""
from __future__ import annotations

import importlib.util
import json
import re
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from presslens import config, load_corpus
from presslens.actors import load_actors
from presslens.cli import main
from presslens.registry import RegistryError, coverage, validate_registry

ROOT = Path(__file__).resolve().parents[1]
FIX = Path(__file__).parent / "fixtures"
DRAVONIA = FIX / "dravonia" / "corpus"
DRAVONIA_REG = FIX / "dravonia" / "actors.yaml"


def _suggest_eval():
    spec = importlib.util.spec_from_file_location("suggest_eval", ROOT / "eval" / "suggest_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# --------------------------------------------------------------------------- bad registries: one line each

BAD = [
    # (case, file text, line named, words the message must hold)
    ("yaml_syntax", "sides: {a: x\n", 2, ["YAML syntax error"]),
    ("yaml_indent", "sides:\n  a: x\n actors: []\n", 3, ["YAML syntax error"]),
    ("empty_file", "", 1, ["empty", "presslens actors suggest"]),
    ("empty_mapping", "{}\n", 1, ["empty"]),
    ("nothing_declared", "name: x\nsides: {}\nactors: []\n", 1, ["empty"]),
    ("unknown_top_key", "foo: bar\n", 1, ["foo", "unknown key"]),
    ("unknown_actor_key", "sides: {a: x}\nactors:\n  - name: Ana Lind\n    sid: a\n", 4, ["actors[0].sid", "unknown key"]),
    ("unknown_side", "sides: {a: x, b: y}\nactors:\n  - name: Ana Lind\n    side: c\n", 4, ["actors[0].side", "unknown side 'c'"]),
    ("unknown_keyword_side", "sides: {a: x}\nkeywords:\n  b: [Bee]\n", 3, ["keywords.b", "unknown side 'b'"]),
    ("unknown_government_side", "sides: {a: x}\ngovernment_side: z\n", 2, ["government_side", "unknown side 'z'"]),
    ("duplicate_name", "sides: {a: x, b: y}\nactors:\n  - {name: Ana Lind, side: a}\n  - {name: Ana Lind, side: b}\n", 4,
     ["actors[1].name", "duplicate name"]),
    ("duplicate_alias", "sides: {a: x, b: y}\nactors:\n  - {name: Ana Lind, side: a}\n  - name: Bo Sten\n    aliases: [ana lind]\n"
     "    side: b\n", 5, ["actors[1].aliases[0]", "duplicate name"]),
    ("duplicate_side", "sides:\n  a: x\n  a: y\n", 3, ["given twice"]),
    ("actors_not_a_list", "sides: {a: x}\nactors: {name: Ana Lind}\n", 2, ["actors", "a list"]),
    ("actor_without_name", "sides: {a: x}\nactors:\n  - side: a\n", 3, ["actors[0]", "missing 'name'"]),
    ("bad_kind", "sides: {a: x}\nactors:\n  - {name: Ana Lind, side: a, kind: human}\n", 3, ["actors[0].kind"]),
    ("not_a_mapping", "- a\n- b\n", 1, ["YAML mapping"]),
    ("conflict_unknown_key", "conflicts:\n  w:\n    sides: {a: x}\n    actorz: []\n", 4, ["conflicts.w.actorz", "unknown key"]),
    ("conflict_unknown_side", "conflicts:\n  w:\n    sides: {a: x}\n    actors:\n      - {name: Ana Lind, side: q}\n", 5,
     ["conflicts.w.actors[0].side", "unknown side 'q'"]),
]


@pytest.mark.parametrize("case,text,line,words", BAD, ids=[b[0] for b in BAD])
def test_bad_registry_is_one_line_naming_file_line_and_key(tmp_path, capsys, case, text, line, words):
    path = tmp_path / f"{case}.yaml"
    path.write_text(text, encoding="utf-8")
    assert main(["actors", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert err.startswith(f"presslens: {path}:{line}: "), err
    for word in words:
        assert word in err, err
    with pytest.raises(RegistryError):
        load_actors(path)


def test_bad_registry_stops_the_extractors_with_the_same_line(tmp_path, capsys):
    path = tmp_path / "bad.yaml"
    path.write_text("sides: {a: x}\nactors:\n  - {name: Ana Lind, side: rebelz}\n", encoding="utf-8")
    assert main(["quotes", str(DRAVONIA), "--actors", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"{path}:3: actors[0].side: unknown side 'rebelz'" in err[0]


@pytest.mark.parametrize("path", [config.DEFAULT_ACTORS, ROOT / "eval" / "dev3" / "actors.yaml", DRAVONIA_REG,
                                  FIX / "general" / "actors-general.yaml"], ids=lambda p: p.name)
def test_shipped_and_test_registries_are_valid(path):
    assert validate_registry(path)


def test_dev2_multi_conflict_registry_is_valid(eval_dir):
    data = validate_registry(eval_dir / "dev2" / "actors.yaml")
    assert len(data["conflicts"]) == 5


def test_actors_check_prints_what_it_understood(capsys):
    assert main(["actors", "check", str(DRAVONIA_REG)]) == 0
    out = capsys.readouterr().out
    assert "conflict dravonia-2025" in out
    assert "side dravonian_gov [government side]" in out and "side urc [rebel side]" in out
    assert "keywords urc: Ulm River Coalition, URC, coalition, rebels" in out
    assert "Teodor Halvik: person, commander" in out
    assert "label lexicon: dravonia-2025 (built from the actor registry)" in out


# --------------------------------------------------------------------------- coverage: no silent wrong registry

def test_cli_warns_once_when_the_shipped_registry_does_not_fit(capsys, tmp_path):
    assert main(["quotes", str(DRAVONIA), "--out", str(tmp_path / "q.jsonl")]) == 0
    err = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert len(err) == 1
    assert "panjshir-2021.yaml (the shipped default)" in err[0] and "0%" in err[0]
    assert "presslens actors suggest" in err[0]


@pytest.mark.parametrize("command", ["casualties", "tally", "bias"])
def test_every_table_command_warns(capsys, command):
    main([command, str(DRAVONIA)] + (["--format", "csv"] if command != "tally" else []))
    assert "presslens actors suggest" in capsys.readouterr().err


def test_no_warning_with_a_fitting_registry(capsys, tmp_path):
    assert main(["quotes", str(DRAVONIA), "--actors", str(DRAVONIA_REG), "--out", str(tmp_path / "q.jsonl")]) == 0
    assert "warning" not in capsys.readouterr().err


def test_coverage_shares():
    from presslens.quotes import extract_quotes

    corpus = load_corpus(DRAVONIA)
    fitting = load_actors(DRAVONIA_REG)
    cov = coverage(fitting, corpus, extract_quotes(corpus, actors=fitting))
    assert cov.form_share > 0.8 and cov.speaker_share > 0.5 and not cov.low
    shipped = load_actors(config.DEFAULT_ACTORS)
    cov = coverage(shipped, corpus, extract_quotes(corpus, actors=shipped))
    assert cov.form_share == 0 and cov.low


@pytest.mark.parametrize("corpus_dir, registry", [(DRAVONIA, DRAVONIA_REG), (DRAVONIA, config.DEFAULT_ACTORS),
                                                  (config.SEEDS_DIR, config.DEFAULT_ACTORS)])
def test_coverage_finds_the_forms_a_search_for_each_form_finds(corpus_dir, registry):
    """The registry's names are looked for only where each of their words stands in the text (one set of words per
    chunk): the forms found are those a search for every form in every chunk finds."""
    import re

    from presslens.actors import fold

    actors = load_actors(registry)
    texts = load_corpus(corpus_dir).articles["text"].astype(str).tolist()
    forms = {fold(f) for c in actors.conflicts for f in
             [*(x for a in c.actors for x in (a.name, *a.aliases)), *(w for ws in c.keywords.values() for w in ws)]
             if len(f) > 2}
    for chunks in (texts, ["\n".join(texts)], [t[: len(t) // 3] for t in texts]):
        found = {f for f in forms if any(re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", fold(t)) for t in chunks)}
        cov = coverage(actors, None, registry="r", texts=chunks)
        assert (cov.forms, cov.forms_matched) == (len(forms), len(found))
        assert found or corpus_dir == DRAVONIA and registry == config.DEFAULT_ACTORS
    sizes = []
    for chunks in ([], ["\n".join(texts)]):   # a chunk of texts is not kept in fold's cache (it is for names)
        fold.cache_clear()
        coverage(actors, None, registry="r", texts=chunks)
        sizes.append(fold.cache_info().currsize)
    assert sizes[0] == sizes[1]


def test_index_shows_the_registry_line(tmp_path):
    from presslens.run import write_index

    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "01.json").write_text(json.dumps({
        "notebook": "01", "html": str(reports / "01.html"), "status": "ok", "seconds": 1.0,
        "registry": "registry x.yaml: knows 3/10 named speakers and claimants (30%)"}), encoding="utf-8")
    page = write_index(reports, tmp_path / "index.html").read_text(encoding="utf-8")
    assert "registry x.yaml: knows 3/10 named speakers and claimants (30%)" in page


def test_report_header_names_registry_and_coverage(tmp_path):
    from presslens.run import build_tables

    tables = build_tables(DRAVONIA, actors=None, data_dir=tmp_path)
    text = tables.describe()
    assert "actor registry `panjshir-2021.yaml` (knows 0% of the named speakers" in text
    assert "presslens actors suggest" in text


# --------------------------------------------------------------------------- bias CLI: the registry's labels

def test_bias_cli_uses_the_registry_label_lexicon(tmp_path):
    out = tmp_path / "bias.csv"
    assert main(["bias", str(DRAVONIA), "--actors", str(DRAVONIA_REG), "--format", "csv", "--out", str(out)]) == 0
    cols = [c for c in pd.read_csv(out).columns if c.startswith(("label_", "tone_"))]
    assert any("_urc_" in c for c in cols) and "tone_urc_rate" in cols
    assert not [c for c in cols if "taliban" in c or "resistance" in c]


# --------------------------------------------------------------------------- suggest

@pytest.fixture(scope="module")
def dravonia_draft(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("draft") / "draft.yaml"
    assert main(["actors", "suggest", str(DRAVONIA), "--out", str(out)]) == 0
    return out


def test_suggest_loads_as_is_and_marks_every_guess(dravonia_draft):
    text = dravonia_draft.read_text(encoding="utf-8")
    actors = load_actors(dravonia_draft)
    side_lines = [line for line in text.splitlines() if line.strip().startswith("side:")]
    assert side_lines and all("# check:" in line for line in side_lines)
    assert actors.lookup("Teodor Halvik").side == actors.lookup("URC").side == "urc"
    assert actors.lookup("Ilse Marovic").side == actors.lookup("Pavel Renko").side == "dravonia"
    conflict = actors.conflicts[0]
    assert conflict.government_side == "dravonia" and conflict.rebel_side == "urc"
    assert "mentions:" in text and "example:" in text


def _side_accuracy(pred: pd.Series, true: pd.Series) -> float:
    """Share of rows whose side agrees under the best one-to-one mapping of predicted to true side names."""
    hungarian = _suggest_eval().hungarian
    pairs = list(zip(pred.fillna("unknown"), true.fillna("unknown")))
    s_names, t_names = sorted({p for p, _ in pairs}), sorted({t for _, t in pairs})
    counts = pd.Series(pairs).value_counts()
    matrix = [[int(counts.get((s, t), 0)) for t in t_names] for s in s_names]
    return sum(matrix[i][j] for i, j in hungarian(matrix)) / len(pairs)


def test_suggested_registry_beats_no_registry_on_sides(dravonia_draft, tmp_path):
    from presslens.casualties import extract_casualties
    from presslens.quotes import extract_quotes

    corpus = load_corpus(DRAVONIA)
    tables = {}
    for name, reg in (("truth", load_actors(DRAVONIA_REG)), ("draft", load_actors(dravonia_draft)), ("none", None)):
        q = extract_quotes(corpus, actors=reg)
        tables[name] = (q, extract_casualties(corpus, quotes=q, actors=reg))
    true_q, true_c = tables["truth"]
    for name in ("draft", "none"):
        assert list(tables[name][0]["quote_id"]) == list(true_q["quote_id"])
    q_draft = _side_accuracy(tables["draft"][0]["speaker_side"], true_q["speaker_side"])
    q_none = _side_accuracy(tables["none"][0]["speaker_side"], true_q["speaker_side"])
    assert q_draft > q_none and q_draft >= 0.85
    c_draft = _side_accuracy(tables["draft"][1]["victim_side"], true_c["victim_side"])
    c_none = _side_accuracy(tables["none"][1]["victim_side"], true_c["victim_side"])
    assert c_draft >= c_none


NEW_WAR = {
    "a1.txt": """Estmark army says it repelled Black Reed raid

HALVEN, Estmark - Estmark's army said on Tuesday it had repelled a night raid by the Black Reed Movement on the port of Halven, killing 11 fighters.

"They came by boat and they left by boat," army spokesman Colonel Aron Vell told reporters in the capital.

The Black Reed Movement, a separatist militia that holds the marshes, said three of its fighters had died. Its spokeswoman Lisbet Marr said the army had shelled fishing villages.

Estmarkian Interior Minister Greta Holm said police had arrested 14 suspects in Halven.

Per Ask, an analyst at the Norrvik Institute for Security Studies, said the raid showed the movement could still strike the coast.""",
    "a2.txt": """Black Reed fighters attack convoy in Estmark

Fighters of the Black Reed Movement ambushed an army convoy in eastern Estmark on Friday, the army said, killing four soldiers.

Black Reed commander Tor Lund said his men had destroyed six trucks. "The marshes are ours," Lund said.

Colonel Aron Vell, the army spokesman, said the attackers had been driven off.

Mira Dahl, the U.N. humanitarian coordinator for Estmark, said 2,000 people had fled the fighting.""",
    "a3.txt": """Sarn fighters seize border post in northern Estmark

Sarn fighters seized a border post in northern Estmark on Sunday, the army said. Sarn commander Ivo Brandt said his men had killed nine soldiers and lost two.

Militiamen loyal to Edda Rask, who has led the Sarn since 2019, also attacked a police station near Halven. "We will take the coast," Rask said in a video.

Sarn fighters have fought the Black Reed Movement as well as the army.""",
}


def _suggested_once(tmp_path_factory, name: str, texts: dict[str, str]) -> Path:
    """The draft registry `actors suggest` writes for a corpus of `texts`, made once per session as `name`.yaml."""
    folder = tmp_path_factory.getbasetemp() / name
    if not folder.exists():
        folder.mkdir()
        for fname, text in texts.items():
            (folder / fname).write_text(text, encoding="utf-8")
    out = folder.parent / f"{name}.yaml"
    if not out.exists():
        from presslens.actors_suggest import suggest_registry
        out.write_text(suggest_registry(load_corpus(folder), source=name), encoding="utf-8")
    return out


@pytest.mark.parametrize("name,side,rule", [
    ("Aron Vell", "estmark", "state_word: 'army spokesman' -> the state the articles are about"),
    ("Lisbet Marr", "black_reed_movement", "group_pronoun: 'Its spokeswoman' -> the group last named"),
    ("Tor Lund", "black_reed_movement", "member: 'Black Reed commander'"),
    ("Greta Holm", "estmark", "demonym: 'Estmarkian Interior Minister'"),
    ("Per Ask", "expert", "generic: 'an analyst at'"),
    ("Mira Dahl", "un", "generic: 'the U.N. humanitarian coordinator'"),
    ("Black Reed Movement", "black_reed_movement", "org_name: a group the articles call a militia"),
    ("Ivo Brandt", "sarn", "member_word + member: 'Sarn fighters' make Sarn a group; 'Sarn commander X'"),
    ("Edda Rask", "sarn", "loyal_to: 'Militiamen loyal to X' -> the article's armed group"),
])
def test_suggest_rules_on_a_new_war(tmp_path_factory, name, side, rule):
    actor = load_actors(_suggested_once(tmp_path_factory, "new_war", NEW_WAR)).lookup(name)
    assert actor is not None, f"{name} not listed"
    assert actor.side == side, rule


def test_suggest_meets_the_targets_on_dev3():
    r = _suggest_eval().evaluate(ROOT / "eval" / "dev3" / "gold", ROOT / "eval" / "dev3" / "texts")
    assert r["listed_share"] >= 0.80 and r["side_share"] >= 0.70, r


def test_suggest_meets_the_targets_on_dev2(eval_dir):
    r = _suggest_eval().evaluate(eval_dir / "dev2" / "gold", eval_dir / "dev2" / "texts")
    assert r["listed_share"] >= 0.80 and r["side_share"] >= 0.70, r


def test_hungarian_finds_the_best_one_to_one_mapping():
    hungarian = _suggest_eval().hungarian
    # greedy would take (0, 0) = 5 and leave 1; the best is (0, 1) + (1, 0) = 4 + 4
    assert sorted(hungarian([[5, 4], [4, 0]])) == [(0, 1), (1, 0)]


NEW_WAR_2 = {
    "b1.txt": """Quorland says U.S. drones struck Vask positions

PELLAN, Quorland - Quorland's army said on Monday that U.S. drones had struck Vask positions near Pellan, killing 12 fighters, writes the Pellan Courier.

General Rhett Calder, the head of the U.S. military's Southern Task Force, said the strikes had hit fuel depots.

Quorland's Deputy Defence Minister Ilona Brisk said 40 soldiers had died in the hills since March. Clashes with Vask had cost the army dearly, she said.

Refugees from mostly Lowland Quorland have crossed into Ostmark, aid workers said.""",
    "b2.txt": """Vask fighters clash with army in Quorland

Fighting raged in eastern Quorland on Thursday, the Pellan Courier reports.

Vask said it had destroyed two tanks in combat with the army. Vask targets in the hills were shelled overnight, Quorland said.

"We hold the ridge," Brisk told reporters on Friday. Brisk said nine soldiers had been wounded.

Vask commander Oren Tal said seven civilians had died in the shelling.""",
    "b3.txt": """Observers leave Pellan as talks stall

Nadia do Sarto, the U.N.'s deputy envoy to Quorland, warned that the talks had stalled. The Ostmark Mission in Quorland (OMQ) withdrew 30 observers from Pellan on Sunday.

The European envoy to Quorland, Piet Aalders, met Brisk in the capital.""",
    "b4.txt": """Villagers flee the ridge

Vask fighters shelled the ridge overnight. Four villagers died, according to Lukas Brand, an anti-junta fighter from the ridge.

Tomas Greer, Chairman of the Council of Quorland, said the talks would resume. Sara Lind, a minister in the U.N.-backed government of Quorland, said 12 people were hurt.""",
}


@pytest.mark.parametrize("name,side,rule", [
    ("Pellan Courier", "media", "outlet: 'writes the Pellan Courier', 'the Pellan Courier reports.'"),
    ("Rhett Calder", "us", "country_abbreviation: 'X, the head of the U.S. military's Southern Task Force,'"),
    ("Brisk", "quorland", "surname: 'Brisk said' is the corpus's one Ilona Brisk"),
    ("Quorland", "quorland", "country_actor + place_not_person: a fighting country named 'in Quorland' is an actor"),
    ("Vask", "vask", "fought_with: 'Clashes with Vask', 'Vask targets', 'in combat with'"),
    ("Oren Tal", "vask", "member: 'Vask commander X', Vask being a group"),
    ("Nadia do Sarto", "un", "named_with_role: 'X, the U.N.'s deputy envoy to Quorland,' (named once, no quote)"),
    ("Piet Aalders", None, "named_with_role: 'The European envoy to Quorland, X,'"),
    ("Tomas Greer", "quorland", "named_with_role: 'X, Chairman of the Council of Quorland,'"),
    ("Lukas Brand", "vask", "pro_anti: 'an anti-junta fighter' -> the article's armed group"),
    ("Sara Lind", "quorland", "un_backed: 'a minister in the U.N.-backed government of Quorland' is no U.N. body"),
    ("OMQ", "omq", "acronym_expansion + mission: 'The Ostmark Mission in Quorland (OMQ)' -> the long name, alias OMQ, "
                      "a side of its own (not Quorland's)"),
])
def test_suggest_rules_on_real_copy_families(tmp_path_factory, name, side, rule):
    out = _suggested_once(tmp_path_factory, "new_war_2", NEW_WAR_2)
    actor = load_actors(out).lookup(name)
    assert actor is not None, f"{name} not listed ({rule})"
    assert side is None or actor.side == side, rule
    if name == "OMQ":
        assert actor.name == "Ostmark Mission in Quorland"


@pytest.mark.parametrize("name,expected", [
    ("Ilona Brisk", True), ("Quorland", True), ("the Pellan Courier", True), ("UN", True),
    ("Local watch", True),              # set in quotes as a name
    ("Officials", False), ("Local sources", False),      # a sentence's first word, lower case elsewhere
    ("A source in Pellan", False), ("One fighter in Vask", False),   # indefinite descriptions
])
def test_suggest_eval_counts_names_not_descriptions(name, expected):
    texts = 'Local officials said local sources and the group "Local watch" disagreed. Officials said so.'
    common = frozenset(re.findall(r"\b[a-z][a-z\-]+\b", texts))
    assert _suggest_eval()._named(name, common, texts) is expected


def test_suggest_does_not_depend_on_the_hash_seed(tmp_path):
    """Two runs of `presslens actors suggest` on the same corpus write the same draft, whatever Python's
    string-hash seed (sets of articles were once iterated unsorted: a group's key changed from run to run)."""
    import os
    import subprocess
    import sys

    drafts = []
    for seed in ("1", "2"):
        out = tmp_path / f"draft{seed}.yaml"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "presslens", "actors", "suggest", str(ROOT / "eval" / "dev3" / "texts"),
                        "--out", str(out)], check=True, env=env, capture_output=True)
        drafts.append(out.read_text(encoding="utf-8"))
    assert drafts[0] == drafts[1]
    assert "conflicts:" in drafts[0]

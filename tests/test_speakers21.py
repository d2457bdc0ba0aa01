"""Session 21, speakers on fresh copy (docs/rules.md "Session 21: speakers on fresh copy"): rule
`name_after_complement_end` (mentions.title_complement), a personal name after a job title whose complement holds
a word of no lexicon or a second preposition, read from the run's end back to the complement's last field or body
word. Made-up sentences in the manner of wars no eval set holds (the Aden Emergency, the Chaco War, the Anjouan
secession of 1997, the Zanzibar revolution), positive and negative."""
from __future__ import annotations

import pytest

from presslens.mentions.title_complement import name_after_complement_end, title_complement_name
from presslens.quotes import quotes_for_article


def _rows(text: str) -> list[dict]:
    return quotes_for_article("t.txt", text)


CASES = [
    ("Aden: a secretary of state with a second preposition before the name",
     "Two soldiers were killed in Crater, British Secretary of State for Overseas Affairs Arthur Greaves told "
     "reporters.\n",
     ("Arthur Greaves", "told", "name_after_complement_end")),
    ("Chaco: a complement opening on a word of no lexicon",
     "Bolivian Minister of Frontier Affairs Luis Tejada said that 40 soldiers had died at Boquerón.\n",
     ("Luis Tejada", "said", "name_after_complement_end")),
    ("Anjouan: a chairwoman of a committee with a place and two fields",
     "Chairwoman of the Anjouan Relief and Press Committee Fatima Abdou said six fishermen were missing.\n",
     ("Fatima Abdou", "said", "name_after_complement_end")),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_name_after_complement_end_in_quotes(name, text, expected):
    rows = _rows(text)
    assert expected in [(r["speaker"], r["cue"], r["speaker_by"]) for r in rows], rows


@pytest.mark.parametrize("run,expected", [
    ("British Secretary of State for Overseas Affairs Arthur Greaves", "Arthur Greaves"),
    ("Bolivian Minister of Frontier Affairs Luis Tejada", "Luis Tejada"),
    ("Zanzibar Minister of Native Welfare Office Ali Hamad Juma", "Ali Hamad Juma"),    # a body's word, three names
    ("Minister of Foreign Affairs of Paraguay", None),              # a place after a second 'of', no name
    ("Minister of Overseas Territories Ann Carver", None),          # the complement ends on a word of no lexicon
    ("Minister of Native Welfare Kanu", None),                      # a one-word name
    ("Chief of the Anjouan Defence Staff Office", None),            # a body, no person
    ("Frontier Affairs Luis Tejada", None),                         # no title noun and preposition before it
    ("Minister of Frontier Affairs Luis TEJADA", None),             # an acronym-like last word
])
def test_name_after_complement_end(run, expected):
    assert name_after_complement_end(tuple(run.split())) == expected


def test_older_reader_first():
    # a complement of lexicon words only is read by the older reader from the title on, the label unchanged
    assert title_complement_name("Deputy Chief of General Staff Ojo Bello") == "Ojo Bello"
    rows = _rows("Deputy Chief of General Staff Ojo Bello said two villages near Enugu were shelled.\n")
    assert [(r["speaker"], r["speaker_by"]) for r in rows] == [("Ojo Bello", "title_complement_name")]


# --- rule `hyphenated_rank` (mentions.lexicon) ----------------------------------------------------------------
from presslens.mentions.names import _strip_titles  # noqa: E402


@pytest.mark.parametrize("run,expected", [
    ("Vice-Admiral Hugh Carrow", "Hugh Carrow"),
    ("Major-General Ojo Bello", "Ojo Bello"),
    ("Maj-Gen Salim Al-Harthy", "Salim Al-Harthy"),
    ("Lieutenant-Colonel Juan Ayala", "Juan Ayala"),
    ("Lance-Corporal Tom Reid", "Tom Reid"),
    ("Al-Harthy Ojo Bello", "Al-Harthy Ojo Bello"),         # a hyphenated name is no rank
    ("Jean-Pierre Mbumba", "Jean-Pierre Mbumba"),          # nor a hyphenated given name
    ("Vice-Chancellor Ana Ruiz", "Vice-Chancellor Ana Ruiz"),    # a head of no rank list is left as before
])
def test_hyphenated_rank_stripped(run, expected):
    assert _strip_titles(run) == expected


def test_hyphenated_rank_surname_takes_the_full_name():
    # Aden: the rank printed with a hyphen before the surname alone is the officer named in full before
    text = ("Vice-Admiral Hugh Carrow, commander of the Aden flotilla, said two patrol boats were hit off Crater.\n"
            "Vice-Admiral Carrow said the rebels had used mortars from the hills above Sheikh Othman.\n")
    rows = _rows(text)
    assert [r["speaker"] for r in rows] == ["Hugh Carrow", "Hugh Carrow"], rows


# --- rule `registered_name_suffix` (mentions.registered_name) -------------------------------------------------
from presslens.actors import load_actors  # noqa: E402


def _registry(tmp_path):
    reg = tmp_path / "actors.yaml"
    reg.write_text('sides: {guarani: "Guarani militias", bolivia: "the Bolivian army"}\n'
                   "actors:\n  - {name: Rosa Benítez, side: guarani, role: Guarani elder, kind: person}\n"
                   "  - {name: Luis Tejada, side: bolivia, role: army spokesman, kind: person}\n"
                   "  - {name: Chaco Defence Council, side: bolivia}\n")
    return load_actors(reg)


@pytest.mark.parametrize("text,expected", [
    # Chaco: a people word run together with a registered person's name, the surname alone later
    ("Guarani Rosa Benítez said the soldiers burned the mission at Boquerón.\n"
     '"They came at night," said Benítez.\n',
     [("Rosa Benítez", "guarani", "registered_name_suffix"), ("Rosa Benítez", "guarani", "name")]),
    # a body's acronym before the registered name
    ("CDC Luis Tejada told reporters that 40 soldiers had died at Nanawa.\n",
     [("Luis Tejada", "bolivia", "registered_name_suffix")]),
])
def test_registered_name_suffix_in_quotes(tmp_path, text, expected):
    rows = quotes_for_article("c.txt", text, actors=_registry(tmp_path))
    assert [(r["speaker"], r["speaker_side"], r["speaker_by"]) for r in rows] == expected, rows


@pytest.mark.parametrize("text,speaker", [
    # no registered person at the run's end: the run stays as printed
    ("Guarani Ana Villalba said the soldiers burned the mission at Boquerón.\n", "Guarani Ana Villalba"),
    # a registered body at the end is no person: the rule cuts nothing (the body keeps its adjective as before)
    ("The Bolivian Chaco Defence Council said 40 soldiers had died at Nanawa.\n", "Bolivian Chaco Defence Council"),
])
def test_registered_name_suffix_leaves(tmp_path, text, speaker):
    rows = quotes_for_article("c.txt", text, actors=_registry(tmp_path))
    assert [r["speaker"] for r in rows] == [speaker], rows
    assert all(r["speaker_by"] != "registered_name_suffix" for r in rows), rows


# --- rule `registered_surname` (mentions.registered_name) -----------------------------------------------------
def test_registered_surname_takes_the_full_name(tmp_path):
    # Chaco: the surname alone, the article never printing the full name: the one registered person of that name
    # (the registry is read where the article names its war: Rosa Benítez here)
    text = ("Rosa Benítez said the soldiers burned the mission at Boquerón.\n"
            "Tejada said 40 soldiers had died at Nanawa.\n")
    rows = quotes_for_article("c.txt", text, actors=_registry(tmp_path))
    assert [(r["speaker"], r["speaker_side"], r["speaker_by"]) for r in rows] == [
        ("Rosa Benítez", "guarani", "name"), ("Luis Tejada", "bolivia", "registered_surname")], rows


@pytest.mark.parametrize("text,speaker", [
    # the article prints another full name of that surname: its own form wins
    ("Rosa Benítez met Juan Tejada, a farmer, at Nanawa. Tejada said 40 soldiers had died there.\n", "Juan Tejada"),
    # a surname no registered person has
    ("Rosa Benítez met him at Nanawa. Villalba said 40 soldiers had died there.\n", "Villalba"),
])
def test_registered_surname_leaves(tmp_path, text, speaker):
    rows = quotes_for_article("c.txt", text, actors=_registry(tmp_path))
    assert [r["speaker"] for r in rows] == [speaker], rows
    assert all(r["speaker_by"] != "registered_surname" for r in rows), rows


def test_registered_surname_shared_by_two(tmp_path):
    # two registered persons share the surname: no guess
    reg = tmp_path / "actors.yaml"
    reg.write_text('sides: {bolivia: "the Bolivian army"}\n'
                   "actors:\n  - {name: Luis Tejada, side: bolivia, kind: person}\n"
                   "  - {name: Ana Tejada, side: bolivia, kind: person}\n")
    text = "Luis Tejada and Ana Tejada met at Nanawa on Monday.\nTejada said 40 soldiers had died there.\n"
    rows = quotes_for_article("c.txt", text, actors=load_actors(reg))
    assert all(r["speaker_by"] != "registered_surname" for r in rows), rows

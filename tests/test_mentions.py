"""The mention layer (presslens.mentions): phrases resolved to the article's entities by coreference within
the article, in the styles of wars none of the eval sets covers (Sudan, Ethiopia/Tigray, Nagorno-Karabakh,
Mozambique, Kashmir, the Philippines, Nigeria). Every name is invented for the test."""
from __future__ import annotations

from pathlib import Path

import pytest

from presslens.actors import load_actors
from presslens.mentions.coref import author_before, expansion, named_body_before
from presslens.mentions.layer import ArticleMentions, Entity
from presslens.mentions.rules import apply_rules
from presslens.mentions import MENTION_COLUMNS, extract_mentions, mentions_for_article

REGISTRY = load_actors(Path(__file__).parent / "fixtures/general/actors-general.yaml")


def _resolve(text: str, phrase: str, occurrence: int = -1, actors=None) -> Entity | None:
    """Resolve the `occurrence`-th `phrase` of `text` (the last by default), after the earlier phrases that
    a quote extractor would have resolved first are left aside: the layer alone."""
    starts = [i for i in range(len(text)) if text.startswith(phrase, i)]
    start = starts[occurrence]
    view = actors.for_article("t", text) if actors is not None else None
    return ArticleMentions(text, view).resolve(phrase, start, start + len(phrase))


# (id, text, phrase, (name, kind, anonymous))
CASES = [
    ("full name <- surname",
     "Brigadier Tunde Okafor toured Damboa on Monday. Okafor said the road was open.",
     "Okafor", ("Tunde Okafor", "person", False)),
    ("surname + adverb",
     "Brigadier Tunde Okafor toured Damboa on Monday. Okafor also said the road was open.",
     "Okafor also", ("Tunde Okafor", "person", False)),
    ("role <- a person named with it",
     "The army spokesman, Colonel Jaime Reyes, toured Marawi. The spokesman said the rebels had fled.",
     "The spokesman", ("Jaime Reyes", "person", False)),
    ("possessive role <- the governor named earlier",
     "Governor Valige Tauabo of Cabo Delgado flew to Palma. Aid workers met him there. The province's governor said the town was safe.",
     "The province's governor", ("Valige Tauabo", "person", False)),
    ("pronoun <- person",
     "Halima Yusuf, a nurse in Nyala, reached the clinic at noon. She said 30 wounded had arrived.",
     "She", ("Halima Yusuf", "person", False)),
    ("object pronoun <- person",
     "Gebremedhin Tesfay, a teacher in Adigrat, stayed in the town. According to him, the school was shelled.",
     "him", ("Gebremedhin Tesfay", "person", False)),
    ("acronym <- expansion in brackets",
     "The Sudanese Armed Forces (SAF) shelled Omdurman. SAF said its targets were military.",
     "SAF", ("Sudanese Armed Forces", "org", False)),
    ("acronym <- expansion by initials, named later",
     "The TPLF rejected the offer. The Tigray People's Liberation Front later called it a trap.",
     "TPLF", ("Tigray People's Liberation Front", "org", False)),
    ("the committee <- its full name",
     "The Karabakh Committee for Missing Persons met on Thursday. The committee said 300 people were missing.",
     "The committee", ("Karabakh Committee for Missing Persons", "org", False)),
    ("the directorate <- its full name",
     "The Health Directorate of Blue Nile State runs the clinics. The directorate said 64 had died.",
     "The directorate", ("Health Directorate of Blue Nile State", "org", False)),
    ("document <- its author",
     "Governor Amina Bello posted a message on Facebook on Monday. The message said the curfew was extended.",
     "The message", ("Amina Bello", "person", False)),
    ("document of a body",
     "Aid groups counted the dead in Ed Damazin, and the latest figures of the Health Directorate of Blue Nile State show 64 deaths.",
     "the latest figures of the Health Directorate of Blue Nile State", ("Health Directorate of Blue Nile State", "org", False)),
    ("event phrase without an author stays a phrase, not its day",
     "Fighting resumed near Wad Medani. According to a briefing on Tuesday, the militia withdrew.",
     "a briefing on Tuesday", ("a briefing", "person", True)),
    ("news agency in capitals keeps its case",
     "The bridge was destroyed, the LUSA news agency reported.",
     "the LUSA news agency", ("LUSA", "org", False)),
    ("unnamed speaker stays the phrase",
     "Gunmen attacked Zurmi overnight. A resident who asked not to be named said nine people were killed.",
     "A resident who asked not to be named", ("a resident", "person", True)),
]


@pytest.mark.parametrize("name,text,phrase,expected", CASES, ids=[c[0] for c in CASES])
def test_resolve(name, text, phrase, expected):
    ent = _resolve(text, phrase)
    assert ent is not None
    assert (ent.name, ent.kind, ent.anonymous) == expected
    assert text[ent.start:ent.end] == phrase        # the entity keeps the mention's span


def test_acronym_side_from_the_registry():
    text = "The RSF denied the charge. The Rapid Support Forces said its men had not entered the camp."
    ent = _resolve(text, "The RSF", actors=REGISTRY)
    assert (ent.name, ent.side) == ("Rapid Support Forces", "rsf")


def test_pronoun_without_antecedent_stays_anonymous():
    ent = _resolve("Fighting resumed near Shusha on Monday. He said the troops had withdrawn.", "He")
    assert ent.anonymous and ent.name == "he"


def test_a_day_alone_is_no_speaker():
    assert _resolve("Fighting resumed on Tuesday. According to Tuesday, it rained.", "Tuesday") is None


def test_entities_are_antecedents_of_later_phrases():
    text = "Colonel Ahmed Shuaibu met reporters in Gusau. Shuaibu said 30 bandits were killed. He said two soldiers died."
    layer = ArticleMentions(text, None)
    first = layer.resolve("Shuaibu", text.index("Shuaibu said"), text.index("Shuaibu said") + 7)
    second = layer.resolve("He", text.index("He said"), text.index("He said") + 2)
    assert first.name == second.name == "Ahmed Shuaibu"


@pytest.mark.parametrize("text,short,names,expected", [
    ("The Rapid Support Forces (RSF) took the bridge.", "RSF", [], "Rapid Support Forces"),
    ("Then the Orvanian Defence Forces (ODF) advanced.", "ODF", [], "Orvanian Defence Forces"),
    ("The MNLA fought on.", "MNLA", ["Mozambique National Liberation Army", "Moroccan National Liberation Army"], None),
    ("The army advanced.", "army", [], None),
])
def test_expansion(text, short, names, expected):
    assert expansion(text, short, names) == expected


@pytest.mark.parametrize("text,head,expected", [
    ("The Kashmir Human Rights Forum published a report on Monday. The report says", "report", "The Kashmir Human Rights Forum"),
    ("Aid was cut, in a statement from the Tigray Interim Administration. The statement said", "statement",
     "the Tigray Interim Administration"),
    ("Governor Bello's tweet went viral. The tweet said", "tweet", "Governor Bello"),
    ("Governor Bello's tweet went viral. The message said", "message", None),
])
def test_author_before(text, head, expected):
    found = author_before(text, head, len(text))
    assert (found[0] if found else None) == expected


def test_named_body_before_needs_the_head_in_a_capitalised_name():
    text = "The Mindanao Peace Monitoring Team visited. A monitoring team from the city came too. The team said"
    assert named_body_before(text, "team", len(text)) == "Mindanao Peace Monitoring Team"
    assert named_body_before("A team came. The team said", "team", 20) is None


@pytest.mark.parametrize("phrase,expected", [
    ("him", ("pronoun", "he")),
    ("Okafor also", ("reclassify", "Okafor")),
    ("a briefing on Tuesday", ("reclassify", "a briefing")),
    ("the latest figures of the directorate", ("reclassify", "the directorate")),
    ("the message", ("document", "message")),
    ("the province's governor", ("possessive_role", "governor")),
    ("the REUTERS news agency", ("name", "REUTERS")),
    # negatives: left to the general classifier
    ("Tunde Okafor", None),
    ("the Okafor family", None),
    ("the province's roads", None),
    ("residents", None),
])
def test_phrase_rules(phrase, expected):
    assert apply_rules(phrase) == expected


def test_mention_table_links_a_chain_of_mentions():
    text = ("The Sudanese Armed Forces (SAF) shelled Omdurman on Monday. SAF said its targets were military.\n"
            "Governor Amina Bello posted a message on Facebook. The message said the curfew was extended. "
            "Bello said she would return. The state's governor added that the road was open.")
    rows = mentions_for_article("t.txt", text)
    assert [(r["text"], r["type"], r["entity"]) for r in rows] == [
        ("The Sudanese Armed Forces", "organisation", "Sudanese Armed Forces"),
        ("SAF", "acronym", "Sudanese Armed Forces"),
        ("SAF", "acronym", "Sudanese Armed Forces"),
        ("Governor Amina Bello", "person", "Amina Bello"),
        ("a message", "document", "Amina Bello"),
        ("The message", "document", "Amina Bello"),
        ("Bello", "name", "Amina Bello"),
        ("she", "pronoun", "Amina Bello"),
        ("The state's governor", "role", "Amina Bello"),
    ]
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)


def test_mention_table_leaves_places_and_expletive_it_out():
    rows = mentions_for_article("t.txt", "Fighting spread to Mekelle on Sunday. It was calm by night, residents said.")
    assert [r["text"] for r in rows] == []


def test_extract_mentions_frame(seed_corpus):
    frame = extract_mentions(seed_corpus)
    assert list(frame.columns) == list(MENTION_COLUMNS)
    assert len(frame) > 50 and frame["entity"].notna().all()
    # every mention's span holds its text
    texts = dict(zip(seed_corpus.articles["article_id"], seed_corpus.articles["text"]))
    assert all(texts[a][s:e] == t for a, s, e, t in frame[["article_id", "start", "end", "text"]].itertuples(index=False))


@pytest.mark.parametrize("phrase,expected", [
    ("the Khartoum-based Sudan Doctors Network", ("reclassify", "Sudan Doctors Network")),
    ("Mozambique's Rwanda-backed Joint Task Force", ("reclassify", "Joint Task Force")),
    ("the Eritrea-backed militia", ("reclassify", "the militia")),
    ("a monitoring group", ("descriptor", "monitor")),
    ("the war monitor", ("descriptor", "monitor")),
    ("the U.N. agency", ("descriptor", "un")),
    ("a UN refugee agency", ("descriptor", "un")),
    # negatives
    ("the Saudi-led coalition", None),
    ("an aid agency", None),
    ("the armed group", None),
])
def test_described_body_rules(phrase, expected):
    assert apply_rules(phrase) == expected


@pytest.mark.parametrize("text,phrase,expected", [
    ("Fighting spread to Jolo, a monitoring group said. The Manila-based Mindanao Conflict Observatory counted 14 dead.",
     "a monitoring group", ("Mindanao Conflict Observatory", "org", False)),
    ("The UN Refugee Agency registered 5,000 arrivals in Cox's Bazar. The UN agency said more were coming.",
     "The UN agency", ("UN Refugee Agency", "org", False)),
    # negative: no body of the family named in the article
    ("Gunmen struck Kaura Namoda. The watchdog said 12 people died.", "The watchdog", ("watchdog", "org", True)),
])
def test_descriptor_resolves_to_a_named_body_of_its_family(text, phrase, expected):
    ent = _resolve(text, phrase)
    assert (ent.name, ent.kind, ent.anonymous) == expected


@pytest.mark.parametrize("phrase,expected", [
    ("A source in the city", ("unnamed_place", "A source in the city")),
    ("Survivors and eyewitnesses in Geneina", ("unnamed_place", "Survivors and eyewitnesses in Geneina")),
    ("A resident of Dolo village also", ("unnamed_place", "A resident of Dolo village")),
    # negatives: no place, or a role that the layer resolves to a person
    ("a source close to the talks", None),
    ("a spokesman in Juba", None),
])
def test_placed_source_rule(phrase, expected):
    assert apply_rules(phrase) == expected


def test_placed_source_is_anonymous_and_not_its_place():
    ent = _resolve("Drones struck Dolo village. A resident of Dolo village said nine died.", "A resident of Dolo village")
    assert (ent.name, ent.kind, ent.anonymous) == ("a resident of Dolo village", "person", True)


@pytest.mark.parametrize("text,phrase,expected", [
    # rule `role_then_name`: a spokesperson of a body named in lower case, then the person (no comma)
    ("In a telephone interview with Radio Kassala, spokesperson of the movement Adam Yousif claimed the town.",
     "spokesperson of the movement Adam Yousif", ("Adam Yousif", False)),
    ("Speaking from Goma, spokesman of the rebel alliance Lawrence Kanyuka said the city was calm.",
     "spokesman of the rebel alliance Lawrence Kanyuka", ("Lawrence Kanyuka", False)),
    # negatives: no person after the body; a capitalised body is the body
    ("A spokesman for the rebels said the city was calm.", "A spokesman for the rebels",
     ("a spokesman for the rebels", True)),
])
def test_role_then_name(text, phrase, expected):
    ent = _resolve(text, phrase)
    assert (ent.name, ent.anonymous) == expected

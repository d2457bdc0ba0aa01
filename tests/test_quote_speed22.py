"""Session 22 quote speed (docs/scale.md, "Session 22: quote speed"): each shortcut gives what the code it replaced
gave. Made-up copy of the Zanzibar revolution (1964) and the Paquisha war (1981), wars of no eval set."""
from __future__ import annotations

import pytest

from presslens.actors import Actor, Actors, Conflict, fold
from presslens.countries import capital_of, country_of
from presslens.mentions import registered_name as rn


def _registry() -> Actors:
    return Actors([Conflict("paquisha", sides={"ecuador": "Ecuador", "peru": "Peru"}, actors=[
        Actor("Abeid Karume", "ecuador", kind="person"),
        Actor("Gen. Rafael Hoyos Rubio", "peru", aliases=("Hoyos Rubio",), kind="person"),
        Actor("John Okello", "ecuador", aliases=("Field Marshal Okello",), kind="person"),
        Actor("Okello Brigade", "ecuador", kind="org"),
        Actor("Ana María Peñaherrera", "ecuador", kind="person"),
        Actor("Ahmed Jordan", "peru", kind="person"),
        Actor("Umma Party", "peru"),
    ])])


def _suffix_before(name: str, actors: Actors | None) -> str | None:
    """registered_name_suffix as session 21 wrote it (no gate)."""
    toks = name.split()
    if actors is None or len(toks) < 3:
        return None
    for k in range(1, len(toks) - 1):
        if not toks[k - 1][:1].isupper():
            return None
        tail = " ".join(toks[k:])
        reg = actors.lookup(tail)
        if reg is not None and reg.is_person:
            return tail
    return None


def _surname_before(name: str, actors: Actors | None) -> str | None:
    """registered_surname as session 21 wrote it (the country tests before the index)."""
    if actors is None or " " in name or not name[:1].isupper() or name.isupper():
        return None
    if country_of(name) is not None or capital_of(fold(name)) is not None:
        return None
    found = {id(a): a for a in rn._surname_index(actors).get(fold(name).strip(".,"), ())}
    return next(iter(found.values())).name if len(found) == 1 else None


RUNS = ["Zanzibari Abeid Karume", "Umma Abeid Karume", "Mr Abeid Karume", "Gen. Rafael Hoyos Rubio",
        "Peruvian Gen. Rafael Hoyos Rubio", "Lima Hoyos Rubio", "Comrade Field Marshal Okello",
        "Ugandan John Okello,", "Ugandan John Okello.", "The Okello Brigade", "Stone Town Okello Brigade",
        "Quito Ana María Peñaherrera", "Quito Ana Maria Penaherrera", "Quito ANA MARÍA PEÑAHERRERA",
        "Pemba Abeid Karume —", "Pemba Abeid Karume ,", "Zanzibar Ahmed Jordan", "Zanzibar Umma Party",
        "Abeid Karume and John Okello", "Unguja the Abeid Karume", "Stone Town Sultan Jamshid", "A B C D E F",
        "Pemba Abeid Karume’s", "Pemba Abeid Karume's", "Pemba Karume", "Pemba Rubio"]


@pytest.mark.parametrize("name", RUNS)
def test_registered_name_suffix_as_before(name):
    reg = _registry()
    assert rn.registered_name_suffix(name, reg) == _suffix_before(name, reg)


def test_registered_name_suffix_still_cuts():
    reg = _registry()
    assert rn.registered_name_suffix("Zanzibari Abeid Karume", reg) == "Abeid Karume"
    assert rn.registered_name_suffix("Peruvian Gen. Rafael Hoyos Rubio", reg) == "Gen. Rafael Hoyos Rubio"
    assert rn.registered_name_suffix("Quito Ana Maria Penaherrera", reg) == "Ana Maria Penaherrera"


def test_the_gate_refuses_runs_that_end_on_no_person():
    # the gate's own answer: the last words of the persons' keys, not of the bodies' ('brigade', 'party')
    reg = _registry()
    words = rn._person_last_words(reg)
    assert {"karume", "rubio", "okello", "penaherrera", "jordan"} <= words
    assert "brigade" not in words and "party" not in words
    assert rn.registered_name_suffix("Stone Town Okello Brigade", reg) is None
    assert rn._person_last_words(reg) is words      # kept on the registry view


@pytest.mark.parametrize("name", ["Karume", "Rubio", "Okello", "Okello.", "Peñaherrera", "Penaherrera", "Jordan",
                                  "Lima", "Quito", "Brigade", "Party", "KARUME", "karume", "Hoyos", "Karume,"])
def test_registered_surname_as_before(name):
    reg = _registry()
    assert rn.registered_surname(name, reg) == _surname_before(name, reg)


def test_registered_surname_still_resolves():
    reg = _registry()
    assert rn.registered_surname("Karume", reg) == "Abeid Karume"
    assert rn.registered_surname("Jordan", reg) is None        # a country's name, though a person's surname
    assert rn.registered_surname("Brigade", reg) is None        # a body's last word


# --- quotes.event_subject: the gate of event_noun_speaker -----------------------------------------------------
from presslens.quotes import event_subject as es  # noqa: E402


def _event_before(phrase: str) -> bool:
    """event_noun_speaker as session 21 wrote it (no gate)."""
    head = es.noun_head(phrase)
    if head not in es.EVENT_HEADS:
        return False
    after = phrase.lower().split(head, 1)[-1].split()
    return not (after and after[0].endswith("ed"))


PHRASES = ["he", "it", "Okello", "the Umma Party", "the night's killings", "The KILLINGS in Stone Town",
           "Fresh clashes and looting", "the raid on the police armoury", "Attack survivors", "the ambushes reported",
           "Pemba's bloodshed", "the shelling-ravaged port", "bodies", "Deaths", "the d\u00e9aths", "The ATTACKS",
           "the attack\u2019s aftermath", "UN officials visiting the camp after the raid", "raided", "the raids,",
           "the ri\u00f6ts in Unguja", "Unguja riots", "the K\u0130LL\u0130NGS", "a blast", "gun-battles", "x_attack",
           "the attack_on", "fighting raged", "the fighting", "Zanzibar\u2019s riots", ""]


@pytest.mark.parametrize("phrase", PHRASES)
def test_event_noun_speaker_as_before(phrase):
    assert es.event_noun_speaker(phrase) == _event_before(phrase)


def test_event_noun_speaker_still_refuses_events():
    # Paquisha: subjects headed by an event noun say nothing; people and bodies do
    assert es.event_noun_speaker("the raid on the police armoury") and es.event_noun_speaker("Zanzibar\u2019s riots")
    assert not es.event_noun_speaker("Attack survivors") and not es.event_noun_speaker("the Umma Party")


# --- quotes.spans: quote marks by str.find, spans stripped by str methods -------------------------------------
from presslens.quotes import spans as sp  # noqa: E402

PARAGRAPHS = ['"We hold the airstrip," Okello said, "and the radio station."',
              "Karume's men took the Raha Leo radio station, the ministry said.",
              "No mark at all in this one.", "'Single quotes,' he said. It's over, 'they' said", '"', "''", "",
              "He said ``the sultan has fled'' and left.", 'Open "and never closed',
              'The "Lions" of Stone Town \u201cwill not\u201d yield, he said.']


@pytest.mark.parametrize("para", PARAGRAPHS)
def test_quote_marks_as_before(para, monkeypatch):
    found = sp.find_quote_spans(para)
    if para.isascii():
        assert sp._ascii_marks(para) == [qm.start() for qm in sp._QUOTE_CHARS_ASCII.finditer(para)]
        # the scan as session 21 ran it: the marks from the pattern
        monkeypatch.setattr(sp, "_ascii_marks", lambda s: [qm.start() for qm in sp._QUOTE_CHARS_ASCII.finditer(s)])
        assert sp.find_quote_spans(para) == found


def test_find_quote_spans_values():
    # the spans themselves, read from the marks found by str.find
    assert sp.find_quote_spans('"We hold it," Okello said.') == [(0, 12, True)]
    assert sp.find_quote_spans("Karume's men took it, the ministry said.") == []
    assert sp.find_quote_spans("'Single,' he said") == [(0, 8, True)]


def _strip_before(text, a, b, chars=" \t\n,;:\u2014\u2013-"):
    while a < b and (text[a] in chars):
        a += 1
    while b > a and (text[b - 1] in chars):
        b -= 1
    return a, b


@pytest.mark.parametrize("text", [" ,\u2014 a quote ;:", "", "   ", "abc", ";a;", "\u2014\u2013-", " x ", ",,x,,y,,"])
def test_strip_span_as_before(text):
    for a in range(len(text) + 1):
        for b in range(len(text) + 1):     # reversed spans too: given back as they came
            for chars in (" \t\n,;:\u2014\u2013-", " \t\n,;:\u2014\u2013-.()", " \t\n,"):
                assert sp._strip_span(text, a, b, chars) == _strip_before(text, a, b, chars)

"""The speaker resolution's speed changes give what the code they replace gave (docs/scale.md, "Session 17: quote
speed"): the persons spoken of before, read by `_fullest` only when two fuller names compete
(mentions.kinds.PersonsSpoken), and the speaker phrase's tail cut without closures per statement
(quotes.speakers._trim_tail). Made-up sentences in the styles of no eval set.
"""
from __future__ import annotations

import pytest

from presslens.mentions.kinds import PersonsSpoken
from presslens.mentions.layer import ArticleMentions
from presslens.mentions.names import _fullest, _inventory
from presslens.quotes.spans import Raw
from presslens.quotes.speakers import _trim_tail
from presslens.quotes.subject_span import first_conjunct, subject_before_say, time_after_subject
from presslens.quotes.subject_verb import subject_before_verb

HISTORIES = [
    [],
    [(0, "Amina Bello", "person", "f")],
    [(0, "the ministry", "org", ""), (30, "Tarsland", "org", "")],
    [(0, "Amina Bello", "person", "f"), (40, "the ministry", "org", ""), (90, "Omar Bello", "person", "m"),
     (120, "residents", "plural", ""), (160, "Amina Bello", "person", "f")],
]


@pytest.mark.parametrize("history", HISTORIES, ids=range(len(HISTORIES)))
def test_persons_spoken_reads_as_the_list_it_replaces(history):
    old = [h[1] for h in history if h[2] == "person"]
    assert list(reversed(PersonsSpoken(history))) == list(reversed(old))


def test_persons_spoken_reads_the_history_as_it_stands_when_read():
    """The view holds the history itself: an entity added before `_fullest` reads it is read (as the list, made
    at the same point of `_name`, held it: nothing is added between the two)."""
    history = [(0, "Amina Bello", "person", "f")]
    view = PersonsSpoken(history)
    history.append((50, "Omar Bello", "person", "m"))
    assert list(reversed(view)) == ["Omar Bello", "Amina Bello"]


TEXT = ("Mrs Amina Arroyo, a teacher, and Mr Omar Arroyo, a farmer, fled the village. Omar Arroyo said the shelling "
        "began at dawn. Amina Arroyo said the school burned. Arroyo said they would not return.")


@pytest.mark.parametrize("qualifier", ["", "mr", "mrs", "elder", "younger"])
@pytest.mark.parametrize("spoken", [[], ["Omar Arroyo"], ["Amina Arroyo"], ["Omar Arroyo", "Amina Arroyo"],
                                    ["Amina Arroyo", "Omar Arroyo"]])
def test_fullest_gives_the_same_name_with_the_view_as_with_the_list(qualifier, spoken):
    """Two fuller names compete for 'Arroyo': the order of the persons spoken of decides, read from the view."""
    inv = _inventory(TEXT, None)
    history = [(i * 10, name, "person", "") for i, name in enumerate(spoken)] + [(99, "the army", "org", "")]
    pos = TEXT.rindex("Arroyo said")
    as_list = _fullest("Arroyo", inv, pos, prefer=[h[1] for h in history if h[2] == "person"], qualifier=qualifier)
    as_view = _fullest("Arroyo", inv, pos, prefer=PersonsSpoken(history), qualifier=qualifier)
    assert as_view == as_list
    assert as_view in ("Amina Arroyo", "Omar Arroyo")


def test_the_layer_still_prefers_the_person_spoken_of_last():
    """Through the layer: 'Arroyo said' after both were named and Omar spoke last -> Omar Arroyo."""
    layer = ArticleMentions(TEXT, None)
    at = TEXT.index("Omar Arroyo said")
    layer.resolve("Omar Arroyo", at, at + 11, said=(at + 17, at + 40))
    at = TEXT.rindex("Arroyo said")
    ent = layer.resolve("Arroyo", at, at + 6, said=(at + 12, at + 40))
    assert ent.name == "Omar Arroyo"


def _trim_tail_reference(r: Raw) -> str | None:
    """The loop over closures `_trim_tail` was (session 16), kept to compare with."""
    for rule, cut in (("subject_before_verb", lambda p: subject_before_verb(p, r.cue)),
                      ("time_after_subject", lambda p: time_after_subject(p, r.cue)),
                      ("subject_before_say", subject_before_say),
                      ("first_conjunct_named", lambda p: first_conjunct(p) if " and " in p else None)):
        subject = cut(r.speaker)
        if subject is not None:
            r.speaker, r.sp_end = subject, r.sp_start + len(subject)
            return rule
    return None


PHRASES = [
    ("Kerimov thanked the villagers for their patience", "said"),
    ("The brigade did not say when the convoy left, but", "said"),
    ("Governor Lindqvist on Thursday", "told"),
    ("A border guard earlier this week", "said"),
    ("The envoy to Veloria says", "says"),
    ("Marisol Teixeira and the district police", "said"),
    ("the harbour master and fishermen", "said"),
    ("Bosnia and Herzegovina", "said"),
    ("the privately owned daily", "reported"),
    ("local sources", "said"),
    ("Villagers interviewed by the radio", "said"),
    ("Kerimov", "said"),
    ("According to the harbour master Tuesday", "according to"),
]


@pytest.mark.parametrize("phrase,cue", PHRASES, ids=[p for p, _ in PHRASES])
def test_trim_tail_cuts_as_the_loop_it_replaces(phrase, cue):
    def raw() -> Raw:
        return Raw(speaker=phrase, sp_start=100, sp_end=100 + len(phrase), cue=cue, cue_type="verb", kind="indirect",
                   parts=[(200, 240)], para=0, sent_start=0)
    new, old = raw(), raw()
    assert _trim_tail(new) == _trim_tail_reference(old)
    assert (new.speaker, new.sp_start, new.sp_end) == (old.speaker, old.sp_start, old.sp_end)


def test_trim_tail_names_the_rule_that_cut():
    r = Raw(speaker="Kerimov thanked the villagers", sp_start=0, sp_end=29, cue="said", cue_type="verb",
            kind="indirect", parts=[(40, 60)], para=0, sent_start=0)
    assert _trim_tail(r) == "subject_before_verb" and r.speaker == "Kerimov" and r.sp_end == 7
    r = Raw(speaker="local sources", sp_start=0, sp_end=13, cue="said", cue_type="verb", kind="indirect",
            parts=[(20, 30)], para=0, sent_start=0)
    assert _trim_tail(r) is None and r.speaker == "local sources"


SUBJECT_BEFORE_COMMA = [
    "The mayor of Arvik, Lena Dahl, said the bridge fell at night.",
    "Harbour police, citing two witnesses, said a ferry was struck.",
    "A spokesman for the Veloria Guard, Col. Ines Marr, said the road was open.",
    "The Tarsland relief agency, which runs three camps, said the convoy arrived.",
]


@pytest.mark.parametrize("sentence", SUBJECT_BEFORE_COMMA)
def test_the_subject_left_of_a_cue_is_asked_once(sentence, monkeypatch):
    """A cue after a comma is first tested for an inverted speaker ('..., said X'), which asks for the subject on
    its left; the subject search then takes that answer instead of asking again: one call, the same span."""
    from presslens.mentions.lexicon import _cues
    from presslens.quotes import attribution

    cs = sentence.index(" said ") + 1
    ce = cs + 4
    expected = attribution._subject_left(sentence, 0, cs)
    calls = []

    def counted(m, lo, cue_start):
        calls.append((lo, cue_start))
        return expected if (lo, cue_start) == (0, cs) else None

    monkeypatch.setattr(attribution, "_subject_left", counted)
    item = attribution._cue_item(sentence, 0, len(sentence), cs, ce, _cues()[0]["said"], "said", [])
    assert calls == [(0, cs)]
    assert item is not None and item[4] == expected and expected is not None

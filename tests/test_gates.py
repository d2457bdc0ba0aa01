"""Word gates of the speaker-resolution engine (session 6, s6-qspeed): a pattern or rule is skipped when the
text lacks a word it cannot match without. Each gate must change nothing: these tests run the quote extractor
on the seeds, dev2 and dev3, record every speaker phrase the classifier saw and every text whose side was
looked up, and check the gated engine against the ungated one on all of them (and on the phrases' word
prefixes and suffixes, which are phrases of other shapes)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from presslens import load_corpus
from presslens.actors import Actors, WordGated, fold, load_actors, text_words
from presslens.config import DEFAULT_ACTORS
from presslens.mentions import layer, phrases, rules
from presslens.quotes import clear_caches, extract_quotes

ROOT = Path(__file__).resolve().parents[1]
SETS = {   # tracked texts, each with its registry
    "seeds": (ROOT / "seeds", DEFAULT_ACTORS),
    "dev2": (ROOT / "eval" / "dev2" / "texts", ROOT / "eval" / "dev2" / "actors.yaml"),
    "dev3": (ROOT / "eval" / "dev3" / "texts", ROOT / "eval" / "dev3" / "actors.yaml"),
}
#: the real copy of eval/real when its texts are here (git-ignored: a fresh clone tests the tracked sets only)
if (ROOT / "eval" / "real" / "texts").is_dir():
    SETS["real"] = (ROOT / "eval" / "real" / "texts", ROOT / "eval" / "real" / "actors.yaml")


@pytest.fixture(scope="module")
def seen():
    """(speaker phrases given to the classifier, texts given to the side lookup and the sets' sentences,
    registries) over the sets."""
    phrase_set, side_texts, registries, sentences = set(), set(), [], set()
    original = phrases._classify_phrase
    looked_up = type(load_actors(DEFAULT_ACTORS))._side_from_context

    def record(p, rules=True):
        phrase_set.add(p)
        return original(p, rules)

    def record_side(self, text, *cased):
        side_texts.add(text)
        return looked_up(self, text, *cased)

    mp = pytest.MonkeyPatch()
    mp.setattr(phrases, "_classify_phrase", record)
    mp.setattr(layer, "_classify_phrase", record)
    mp.setattr(type(load_actors(DEFAULT_ACTORS)), "_side_from_context", record_side)
    try:
        for folder, registry in SETS.values():
            clear_caches()
            actors = load_actors(registry)
            registries.append(actors)
            corpus = load_corpus(folder, workers=1, progress=False)
            extract_quotes(corpus, actors=actors)
            sentences.update(s for text in corpus.articles["text"] for s in re.split(r"(?<=[.!?])\s+", text))
    finally:
        mp.undo()
        clear_caches()
    return sorted(phrase_set), sorted(side_texts) + sorted(sentences), registries


def _with_pieces(items: list[str]) -> list[str]:
    """Each phrase and its word prefixes and suffixes ('the ministry's statement' -> 'the ministry's', ...)."""
    out = set(items)
    for p in items:
        words = p.split()
        for k in range(1, len(words)):
            out.add(" ".join(words[:k]))
            out.add(" ".join(words[k:]))
    return sorted(out)


def _classified(items: list[str], gated: bool, mp) -> list:
    mp.setattr(rules, "GATES", gated)
    phrases._classify_phrase.cache_clear()
    out = [(phrases._classify_phrase(p), phrases._classify_phrase(p, rules=False), rules.apply_rules(p))
           for p in items]
    phrases._classify_phrase.cache_clear()
    return out


def test_enough_phrases_seen(seen):
    items, texts, _ = seen
    assert len(items) > 250 and len(texts) > 700


def test_gated_classifier_is_the_ungated_one(seen, monkeypatch):
    items = _with_pieces(seen[0])
    gated, ungated = _classified(items, True, monkeypatch), _classified(items, False, monkeypatch)
    diff = [(p, g, u) for p, g, u in zip(items, gated, ungated) if g != u]
    assert not diff, diff[:5]
    # the gates are not vacuous: some phrases are classified by the gated rules and patterns
    assert any(u[2] is not None and u[2][0] in ("document", "reclassify") for u in ungated)


def test_rule_gates_skip_only_rules_that_cannot_fire(seen):
    """A rule whose gate word the phrase lacks returns None on it (each gate is a necessary condition)."""
    skipped = 0
    for p in _with_pieces(seen[0]):
        words = set(re.findall(r"\w+", p.lower()))
        for rule, gate in rules.RULE_GATES.items():
            if gate.isdisjoint(words):
                skipped += 1
                assert rule(p) is None, (rule.__name__, p)
    assert skipped > 1000


@pytest.mark.parametrize("sentence, rule", [
    ("the latest figures of the provincial health directorate", rules.document_of_author),
    ("a communiqué from the northern command", rules.document_of_author),
    ("their press release", rules.document_alone),
    ("the Kivu Press news agency", rules.news_agency),
    ("a briefing late on Thursday", rules.time_tail),
])
def test_gates_let_their_rules_fire(sentence, rule):
    assert rule(sentence) is not None and rules.apply_rules(sentence) is not None


def test_alternation_words_cover_every_document_word():
    gate = rules.alternation_words(rules.DOCUMENT_WORDS)
    for alt in rules.DOCUMENT_WORDS.split("|"):
        form = re.sub(r"\[(.)[^\]]*\]", r"\1", alt).replace("\\s+", " ").replace("s?", "")
        assert re.fullmatch(rules.DOCUMENT_WORDS, form, re.I) and form.split()[0].lower() in gate


def test_side_patterns_gated_match_as_ungated(seen):
    """Every phrase pattern of every registry (names, side words, generic sides, government and rebel words)
    finds the same matches behind its word gate on every text whose side was looked up."""
    _, texts, registries = seen
    folded = [fold(t) for t in texts]
    tested = skipped = 0
    for actors in registries:
        for view in (actors, Actors(actors.conflicts[:1], generic_sides=actors.generic_sides)):    # and one conflict's view
            pats = [view._names_re, view._gov_re, view._rebel_re] + [rx for _, rx in view._generic + view._side_words]
            pats = [g for g in pats if g is not None]
            assert all(isinstance(g, WordGated) for g in pats)
            for f in folded:
                for g in pats:
                    got, want = g.search(f), g.rx.search(f)
                    assert (got and got.span()) == (want and want.span()), (g.rx.pattern[:60], f)
                    assert [m.span() for m in g.finditer(f)] == [m.span() for m in g.rx.finditer(f)]
                    tested += 1
                    skipped += g.lead is not None and g.lead.isdisjoint(text_words(f))
    assert tested > 10000 and skipped > tested // 4


def test_side_from_context_examples():
    actors = load_actors(DEFAULT_ACTORS)
    assert actors.side_from_context("the U.N. high commissioner for refugees") == "un"
    assert actors.side_from_context("Taliban spokesman Bilal Karimi") == "taliban"
    assert actors.side_from_context("a shopkeeper near the bazaar") == "civilian"
    assert actors.side_from_context("a rights group in Geneva") == "ngo"
    assert actors.side_from_context("a man in a blue coat") is None


def test_text_words_follow_the_text():
    assert text_words("u.n. aid group") == {"u", "n", "aid", "group"}
    assert text_words("kabul") == {"kabul"}


def test_word_gated_search_takes_a_span_as_re_does():
    """`nested_country` (actors.py) searches a side's pattern within a window: the gate must pass pos/endpos on."""
    rx = re.compile(r"(?<![\w@])(?:sudanese|south sudanese)(?![\w])")
    gated = WordGated(rx, {"sudanese", "south sudanese"})
    text = "south sudanese officials and sudanese troops met"
    for pos, endpos in ((0, len(text)), (5, 30), (20, len(text)), (0, 10)):
        want, got = rx.search(text, pos, endpos), gated.search(text, pos, endpos)
        assert (want and want.span()) == (got and got.span())
    assert gated.search("no such words here", 0, 10) is None

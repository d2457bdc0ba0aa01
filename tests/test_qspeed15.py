"""Session 15, quote speed: scans that opened on a look-behind or a repeat open on a character class, and the name
runs of two words or more are walked once per article. Each rewritten pattern is checked against the pattern as it
was written before (kept here as the reference), on made-up text and at windows that start and end anywhere: the
matches, their spans and their groups must be the same.

- `re` skips to the characters a pattern opens on only when it opens on a literal, a class or a branch of literals;
  one that opens on a look-behind (`(?<![\\w])`), a repeat (`\\s+`) or a word boundary is tried at every position.
- `WordGated.spans` (presslens.actor_words): the registry scan of `orgs()` through a copy led by its boundary's class
  (fastre.LedByBoundary), against the gated pattern's `finditer`.
- `spaced_runs` (mentions.names): the runs the inventory, `orgs()` and the acronym index read, found once.
"""
from __future__ import annotations

import re

import pytest
from pattern_windows import found as _found, windows

from presslens.actor_words import _phrase_regex
from presslens.actors import load_actors
from presslens.config import DEFAULT_ACTORS
from presslens.mentions import context, phrases, salience
from presslens.mentions.context import _org_mentions
from presslens.mentions.names import _inventory, _name_runs, spaced_runs
from presslens.quotes import content, inner_clause

#: the patterns as written before this session (the reference each rewrite must equal)
_SENT_END_BEFORE = re.compile(
    r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Lt|Jr|Sr|No|Co))(?<!\bMrs|\bGen|\bCol|\bMaj|\bSgt|\bGov|\bRep|\bSen"
    r"|\bCpt|\bJan|\bFeb|\bMar|\bApr|\bJun|\bJul|\bAug|\bSep|\bOct|\bNov|\bDec)(?<!\bSept)[.!?][\"”’]?\s+|\n+")
_UNNAMED_PERSON_BEFORE = re.compile(
    r"(?<![\w])(?:[Aa]|[Aa]n|[Oo]ne)\s+(?:[\w\-]+\s+){0,2}?(?:" + context._PERSON_HEADS + r")"
    r"(?:\s+who\s+[^,.;\ue000]{3,80}?(?=[,.;]|\s+(?:said|says|told|recalls|recalled|added)\b))?"
    r"(?=[,.;]|\s+(?:who|said|says|told|recalls|recalled|added|is|was)\b)")
_OWN_VERB_BEFORE = re.compile(phrases._RX_OWN_VERB.pattern.replace(r"\s\s*(?=", r"\s+(?=", 1), re.VERBOSE)
_TO_OUTLET_TAIL_BEFORE = re.compile(content._RX_TO_OUTLET_TAIL.pattern.replace(r"\s\s*to", r"\s+to", 1))
_INNER_BEFORE = re.compile(inner_clause._RX_INNER.pattern.replace(
    r"(?P<lead>,[ ]as[ ]|[ ]as[ ]|w(?<!\ww)hat[ ])", r"(?P<lead>,?[ ]as[ ]|\bwhat[ ])", 1), re.VERBOSE)

TEXTS = [
    "Mr. Okafor arrived on Jan. 3. He said the U.S. team left! Did it? “Yes.” Sept. 4 came.\n\nGen. Dao spoke.",
    "A man who lost his home said he would stay. An official, a farmer and one woman who fled told us. Aman said.",
    "One resident said so; a 19-year-old who did not want to give his name said, and one soldier was hurt.",
    "a border guard cited by the state broadcaster said\ta farmer told Radio Ndeke the militia fighting Government troops",
    "confirmed the attack to the weekly \ue000\ue000\ue000\ue000 .  It spoke  to  reporters  to the daily Ponto Norte",
    "Troops fired on marchers, as witnesses have claimed. That is what officials say is true; somewhat rebels said.",
    "The UN said, as it has said before, that aid is stuck, what they claimed on Monday. xwhat rebels say is.",
    "",
]


def _windows(text: str):
    """The whole text and windows that start and end at every seventh position."""
    return windows(text, 7, 11)


@pytest.mark.parametrize("before, after", [
    (_SENT_END_BEFORE, salience._RX_SENT_END),
    (_UNNAMED_PERSON_BEFORE, context._RX_UNNAMED_PERSON),
    (_OWN_VERB_BEFORE, phrases._RX_OWN_VERB),
    (_TO_OUTLET_TAIL_BEFORE, content._RX_TO_OUTLET_TAIL),
    (_INNER_BEFORE, inner_clause._RX_INNER),
], ids=["sent_end", "unnamed_person", "own_verb", "to_outlet_tail", "inner"])
def test_rewritten_pattern_finds_what_it_found(before, after):
    assert before.pattern != after.pattern      # (the reference is the old formula, not the new one)
    hits = 0
    for text in TEXTS:
        for lo, hi in _windows(text):
            assert _found(after, text, lo, hi) == _found(before, text, lo, hi), (text, lo, hi)
            hits += len(_found(before, text, lo, hi)[0])
    assert hits > 0         # the made-up texts hold matches for each pattern


@pytest.mark.parametrize("after", [salience._RX_SENT_END, context._RX_UNNAMED_PERSON, phrases._RX_OWN_VERB,
                                   content._RX_TO_OUTLET_TAIL, content._RX_TO_OUTLET_TAIL_ASCII, inner_clause._RX_INNER])
def test_rewritten_pattern_opens_on_a_class(after):
    """The point of each rewrite: `re` finds a literal prefix or a first-character set to skip to."""
    from re import _compiler, _parser
    parsed = _parser.parse(after.pattern, after.flags)
    assert _compiler._get_literal_prefix(parsed, after.flags)[0] or _compiler._get_charset_prefix(parsed, after.flags)


def test_word_gated_spans_as_finditer():
    g = _phrase_regex(["Aid Group", "U.N.", "UN", "Omega Front", "al-Shabab"])
    texts = [t.lower() for t in TEXTS] + ["the u.n. u.n.aid group, un-backed xun said; al-shabab and omega front" * 30,
                                          "un", "@un un", ""]
    for t in texts:
        assert g.spans(t) == [mt.span() for mt in g.finditer(t)]
    assert g.spans("the aid group and the u.n. aid group") == [(4, 13), (22, 26), (27, 36)]


def test_org_mentions_as_before():
    """`orgs()` through the led scan and the spaced runs: what the registry pattern's finditer over all runs gave."""
    actors = load_actors(DEFAULT_ACTORS)
    text = ("The Islamic Emirate said on Monday. The National Resistance Front of Afghanistan and the UN Assistance "
            "Mission in Afghanistan met; Ahmad Massoud said the Front would hold. " * 3)
    got = _org_mentions(text, actors, runs=spaced_runs(text))
    assert got == _org_mentions(text, actors) and got      # (runs=None: every run walked)


def test_spaced_runs_are_the_runs_of_two_words_or_more():
    text = "Governor Amina Bello met reporters in Kabul, and Bello said. Gen.\u00a0Dao and Ahmad Shah Massoud came."
    assert [mt.span() for mt in spaced_runs(text)] == [
        mt.span() for mt in _name_runs(text) if " " in mt.group(0) or "\u00a0" in mt.group(0)]
    assert len(spaced_runs(text)) >= 2
    assert [(m.name, m.start) for m in _inventory(text, None, runs=spaced_runs(text))] == \
        [(m.name, m.start) for m in _inventory(text, None)]

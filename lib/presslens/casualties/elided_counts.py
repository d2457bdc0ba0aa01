"""Named rule for bare counts whose victims and harm are elided after a count already told: 'At least 30 rebels
were killed in the first raid and 20 in the second', '75 of the rebels were killed in Condemeye and 60 in
Gbeteourameye', 'clashes in Omraneya left 24 dead, 14 in Helwan, and 31 in Dokki', 'There were 19 wounded among
the civilians and 8 among the National Guard members'.

The dev golds (session 19, `eval/sort_missed_claims.py`: guinea-2000-2001, egypt-2013, croatia-1991) hold one
record per bare count, in the category of the count before it; the quantity grammar read none of them (a count
needs a head or a cue of its own), nor did `the second object of one harm` (which needs a head after the count).

The rule is registered in ``rules.RULES`` after `the second object of one harm`; the examples in the docstring are
its tests (doctests), and ``tests/test_casualties_elided_counts.py`` has more, written in the styles of wars in
none of the eval sets.
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import Lexicon
from .numbers import find_quantities

#: a separator, then (after 'another' or 'a further') the start of the next count: ' and 20', ', 14', ', and 31'
_RX_SEP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:another|a\s+further)\s+)?(?=[\w])", re.I)
#: the preposition right after a bare count: the elided victims' place, occasion or group ('20 in the second')
_RX_PREP = re.compile(r"\s+(?P<prep>in|at|on|near|during|among|inside|outside)\s+(?P<obj>[^,.;:]*?)"
                      r"(?=\s*(?:[,.;:]|\band\b|$))", re.I)
_RX_WORDS = re.compile(r"[\w'’-]+")
#: a separator, a word or three, then a preposition: the shape every bare count's list holds (one pass per sentence).
#: A gate only (the rule reads the separators with _RX_SEP), so 'and' needs no word boundary before it: a pattern
#: opening on the literals ',' or 'a' lets `re` skip to those characters, twice as fast as one opening on '\b'; the
#: words are possessive (`++`: a word followed by a space is the whole run, so giving characters back never finds a
#: match), which spares `re` the backtracking into every word: a third fewer steps a sentence (session 20)
_RX_CANDIDATE = re.compile(r"(?:,|and)\s+[\w-]++(?:\s+[\w-]++){0,3}?\s+(?:in|at|on|near|during|among|inside|outside)\s")
#: words that make the stretch or the prepositional phrase a clause of its own, not an elided harm
_CLAUSE = frozenset("""who whom whose which that where when while they he she it we but then after before because as
                       were was are is have has had been be will would said says""".split())
#: the first words of a bound before a count ('at least 20', 'about thirty', 'some 40')
_BOUND_WORDS = frozenset(["at", "about", "some", "nearly", "almost", "more", "over", "around", "roughly", "up"])
#: words in -ing that are no participle
_NOT_PARTICIPLES = frozenset(["morning", "evening", "during", "building", "buildings"])
#: the place or state of another category: '30 in hospital' are wounded, '12 in custody' captured
_OTHER_STATE = frozenset("""hospital hospitals custody detention jail jails prison prisons captivity condition care
                            treatment critical serious""".split())


def _plain(words: list[str], limit: int) -> bool:
    """`words` hold no clause of their own: no verb or clause word, no participle, at most `limit` of them."""
    return len(words) <= limit and not any(
        w in _CLAUSE or len(w) > 4 and w.endswith("ed") or w.endswith("ing") and w not in _NOT_PARTICIPLES
        for w in words)


def _bare_count(norm: str, pos: int, lex: Lexicon) -> tuple | None:
    """The bare count at `pos` and its prepositional phrase -> (quantity, phrase end, the group's words after 'among'
    or None), else None: a counted amount
    (not a vague one, not a year) right before a preposition whose object is a plain phrase, not a number ('3 in
    10') nor another category's state ('30 in hospital')."""
    first = _RX_WORDS.match(norm, pos)
    if first is None or not (first.group()[0].isdigit() or first.group().lower() in lex.num_words or
                             first.group().lower() in _BOUND_WORDS):
        return None                                           # no count next: the cheap test before the grammar
    qs = find_quantities(norm[pos:pos + 40], lex, pos)
    q = qs[0] if qs else None
    if q is None or q.start != pos or q.vague is not None or q.low is None:
        return None
    text = norm[q.start:q.end]
    if re.fullmatch(r"(?:1[89]|20)\d\d", text):
        return None                                           # 'in 2004 and 2005 in'
    m = _RX_PREP.match(norm, q.end)
    if m is None:
        return None
    obj = [w.lower() for w in _RX_WORDS.findall(m.group("obj"))]
    if not obj or obj[0][:1].isdigit() or obj[0] in lex.num_words or not _plain(obj, 8) or \
            not _OTHER_STATE.isdisjoint(obj):
        return None
    return q, m.end(), (obj if m.group("prep").lower() == "among" else None)


def elided_counts(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `elided_counts`: after a count already found (not a subset), a list of bare counts each right before a
    preposition ('and 20 in the second', ', 14 in Helwan, and 31 in Dokki'), the list closed by 'and', with only a
    plain phrase between the count and the list: one record per bare count, in the count's category, its victims'
    words the count's (the head is elided) or the group's after 'among' ('8 among the militiamen'). A clause of its
    own ('and 12 in the convoy were wounded'), a range or a date ('on May 5 and 6 in'), a fraction ('3 in 10') or
    another category's state ('30 in hospital') is not one.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("At least 30 guerrillas were killed in the first raid and 20 in the second, he said.")[1]
    ('killed', 20, 20, None, 'unknown')
    >>> [c[1] for c in claims_in("Fighting left 24 dead in Jaffna, 14 in Point Pedro, and 31 in Chavakachcheri.")]
    [24, 14, 31]
    >>> claims_in("Eight soldiers were killed and 30 in hospital were treated for burns.")
    [('killed', 8, 8, None, 'unknown'), ('wounded', 30, 30, None, 'unknown')]
    >>> [c[1] for c in claims_in("Six villagers were killed on May 5 and 6 in the hills.")]
    [6]
    """
    prevs = [f for f in found if not f.subset and s_start <= f.start < s_start + len(norm)]
    if not prevs or _RX_CANDIDATE.search(norm) is None:
        return []                          # no count before, or no bare count before a preposition: the cheap tests
    out: list[Found] = []
    for prev in sorted(prevs, key=lambda f: f.start):
        end = prev.end - s_start
        sep = _RX_SEP.search(norm, end)
        if sep is None:
            continue
        stretch = [w.lower() for w in _RX_WORDS.findall(norm[end:sep.start()])]
        if any(c in norm[end:sep.start()] for c in ".;:") or not _plain(stretch, 10) or \
                (stretch[-1] if stretch else norm[:end].split()[-1].lower())[:1].isdigit():
            continue                                          # a clause, a range or a date before the list
        if any(end < f.start - s_start < sep.start() for f in found):
            continue                                          # another claim between: the list is not this count's
        items: list[Found] = []
        closed = False
        while sep is not None:
            bare = _bare_count(norm, sep.end(), lex)
            if bare is None:
                break
            q, p_end, group = bare                            # 'among the militiamen': the victims named
            words = [w for w in group if w not in ("the", "a", "an")] if group else list(prev.np_words)
            items.append(Found(prev.category, q.low, q.high, None, q.start + s_start, p_end + s_start,
                               words, words[-1] if group and words else prev.head))
            closed = "and" in norm[sep.start():sep.end()].lower().split()
            sep = _RX_SEP.match(norm, p_end)
        if closed and all(_free(found + out, f.start, f.end) for f in items):
            out += items
    return out


#: (name, gate, find) of the rule (``rules.RULES`` lists the rules of every family by name)
ELIDED_COUNTS_RULES: tuple[tuple, ...] = (
    ("a bare count with its harm elided", (frozenset({"and"}),
                                           frozenset({"in", "at", "on", "near", "during", "among", "inside",
                                                      "outside"})),
     elided_counts),
)

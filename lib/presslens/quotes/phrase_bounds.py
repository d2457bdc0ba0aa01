"""Where a speaker phrase starts and ends when the words before a cue are more than one noun phrase
(session 10, eval/SPEAKER_FAMILIES.md):

- rule `capitalised_modifier_head`: a participle's subject opened by a capitalised modifier is the whole
  noun phrase up to its head noun (`State radio showed ..., saying` -> `State radio`, not `State`;
  `A Borvanian border-police source was quoted as saying` -> the source);
- rule `subject_of_inner_clause`: the words before a cue hold a clause whose own subject speaks:
  a relative clause (`strikes which the ministry said had hit`, `the dead, many of whom doctors said were
  children` -> `the ministry`, `doctors`) or a reported clause (`Reporter X said a caller claimed` -> `a
  caller`; `A witness told the mission the gunmen accused` -> `the gunmen`).

Both are about the phrase, not a word list: the head nouns are the speaker lexicons the mention layer
already uses (roles, bodies, unnamed sources, the side words of data/lexicons/speakers.yaml).
"""
from __future__ import annotations

import re

from ..mentions.lexicon import (COMMON_SPEAKERS, ORG_ANAPHORS, ORG_WORDS, REBEL_ANAPHORS, ROLE_WORDS, TITLES,
                                _NAME_RUN, _SPEAKER_LEX, _find_cues)
from ..mentions.unnamed import _UNNAMED_HEADS
from ..actors import fold as fold_word
from .lead_subject import _VERB


def _heads() -> frozenset[str]:
    """Head nouns of a speaker phrase: roles, bodies, unnamed sources, and the one-word side words."""
    words = set(ROLE_WORDS) | set(ORG_WORDS) | set(COMMON_SPEAKERS) | set(ORG_ANAPHORS) | set(REBEL_ANAPHORS) \
        | set(_UNNAMED_HEADS)
    for phrases in list((_SPEAKER_LEX.get("sides") or {}).values()) + [_SPEAKER_LEX.get(k) or []
                                                                       for k in ("government", "rebel")]:
        words |= {p.lower() for p in phrases if " " not in p and p.islower()}
    words |= {w + "s" for w in list(words) if not w.endswith("s")}
    return frozenset(words - {"some", "many", "others", "local", "aid", "security", "state", "red", "sun", "post",
                              "times", "journal", "sur", "andina", "international", "medical", "news"})


_HEADS = _heads()
#: lower-case words after a leading capitalised run: up to three, the last one a head noun ('State radio',
#: 'GAM fighters', 'A Borvanian border-police source'), or up to two before a title and a name ('Ruvian
#: defence Minister Ana Kord')
_RX_LOWER_TAIL = re.compile(r"(?:\s+[a-z][a-z\-]*){1,3}")
_RX_NAME_AFTER = re.compile(r"\s+(?=[A-Z])" + _NAME_RUN.pattern)
_RX_TITLED_NAME = re.compile(r"(?:\s+[a-z][a-z\-]*){1,2}\s+(?=[A-Z])(" + _NAME_RUN.pattern + r")")


def modifier_head_end(head: str, end: int) -> int:
    """Rule `capitalised_modifier_head`: where the subject noun phrase that a capitalised run opens at
    `head[:end]` ends: past lower-case words up to a speaker head noun, or past a title and a name; `end`
    when none follows.

    >>> h = "State radio showed the general at his desk, "
    >>> h[:modifier_head_end(h, 5)]
    'State radio'
    >>> h = "A Borvanian border-police source was quoted on Monday as "
    >>> h[:modifier_head_end(h, 11)]
    'A Borvanian border-police source'
    >>> h = "Tarvish defence Minister Ana Kord was quoted by agencies as "
    >>> h[:modifier_head_end(h, 7)]
    'Tarvish defence Minister Ana Kord'
    >>> h = "Government spokesman Abel Tesfaye admitted losses, but "
    >>> h[:modifier_head_end(h, 10)]
    'Government spokesman Abel Tesfaye'
    >>> h = "Kord visited the front line, "
    >>> modifier_head_end(h, 4)
    4
    """
    if end >= len(head) or head[end] != " " or not head[end + 1:end + 2].islower() \
            or head.endswith(("'s", "’s"), 0, end):     # "Gaza's health department": the possessive's own rule
        return end
    titled = _RX_TITLED_NAME.match(head, end)
    if titled and titled.group(1).split()[0].lower().strip(".") in TITLES | ROLE_WORDS \
            and not any(w in _TAIL_STOPS or _RX_VERBISH.match(w) for w in head[end:titled.start(1)].split()):
        return titled.end()
    tail = _RX_LOWER_TAIL.match(head, end)
    if tail is None:
        return end
    words = tail.group(0).split()
    best = end
    at = end
    for w in words:
        if w in _TAIL_STOPS or _RX_VERBISH.match(w):
            break
        at = head.index(w, at) + len(w)
        if w in _HEADS:
            best = at
    named = _RX_NAME_AFTER.match(head, best) if best > end and head[best - 1:best].isalpha() else None
    if named and fold_word(head[:best].split()[-1]) in ROLE_WORDS:
        return named.end()      # 'Government spokesman Abel Tesfaye admitted ..., but said': the holder named
    return best


def reported_clause_follows(m: str, cue_end: int, subject_start: int) -> bool:
    """Whether a subject found at `subject_start` opens the clause reported by the cue ending at `cue_end`
    ('X said a caller claimed ...', 'X told the mission the gunmen accused ...'): the outer statement's
    content runs over that clause (rule `subject_of_inner_clause`).

    >>> s = "Reporter Lidia Novak said a male caller claimed it"
    >>> reported_clause_follows(s, 25, 26), reported_clause_follows(s, 8, 26)
    (True, False)
    """
    gap = m[cue_end:subject_start]
    if not gap.strip() or gap.strip() == "that":
        return True
    obj = _RX_TOLD_OBJ.fullmatch(gap)
    return obj is not None and m[cue_end - 4:cue_end] in ("told", "tell")


#: a relative pronoun and the subject of its clause, the phrase's last words: 'which the ministry',
#: 'many of whom doctors', 'that some witnesses'
_RX_RELATIVE_SUBJECT = re.compile(r"""
    (?:^|\s)(?:who|whom|which|that)\s+
    (?P<np>(?:(?:the|a|an|some|many|its|his|her|their|local|other)\s+)?
        (?:[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4}|(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*))$
    """, re.X)
#: a verb form: the relative's own verb, not its subject ('who asked not to be named', 'who lost a son')
_RX_VERBISH = re.compile(r"(?:" + _VERB + r"|is|are|was|were|has|have|had|will|would|can|could|may|might|did|does|"
                         r"says|said|told|tells|lives|works|runs|heads|leads|owns|spoke|knew|got|found|[a-z]+ing)$")
#: words that end a noun phrase's lower-case tail: prepositions, determiners, auxiliaries
_TAIL_STOPS = frozenset(("by", "of", "in", "on", "at", "for", "with", "to", "from", "and", "or", "but", "the", "a",
                         "an", "as", "after", "before", "who", "which", "that", "said", "says", "told"))
#: an object told, between 'told' and the reported clause's subject
_RX_TOLD_OBJ = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?:[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4}|reporters|journalists)\s+")
#: the reported clause's subject after an inner cue: a determiner or a name, at most five words
_RX_INNER_SUBJECT = re.compile(r"\s*(?:that\s+)?((?:(?:the|a|an|some|two|three|local)\s+|[A-Z])[\w.'’\-]*(?:\s+[\w.'’\-]+){0,4})$")
_INNER_CUES = frozenset(("said", "says", "told", "tells", "reported", "claimed", "added"))


def inner_clause_subject(phrase: str) -> tuple[int, int] | None:
    """Rule `subject_of_inner_clause`: the span in `phrase` (the words before a cue, read as its subject)
    of the subject of the clause the cue belongs to, when the words hold a relative or a reported clause;
    None when they do not.

    >>> p = "The raid killed 14 people, many of whom doctors"
    >>> a, b = inner_clause_subject(p); p[a:b]
    'doctors'
    >>> p = "a convoy that some witnesses"
    >>> a, b = inner_clause_subject(p); p[a:b]
    'some witnesses'
    >>> p = "Reporter Lidia Novak said a male caller"
    >>> a, b = inner_clause_subject(p); p[a:b]
    'a male caller'
    >>> p = "A herder told Radio Sahel the gunmen"
    >>> a, b = inner_clause_subject(p); p[a:b]
    'the gunmen'
    >>> inner_clause_subject("a resident who asked") is None, inner_clause_subject("the Relief Office") is None
    (True, True)
    """
    if " " not in phrase:
        return None
    rel = _RX_RELATIVE_SUBJECT.search(phrase) if ("wh" in phrase or "that" in phrase) else None
    if rel is not None and not _RX_VERBISH.search(rel.group("np").split()[-1]) \
            and not _RX_VERBISH.search(rel.group("np").split()[0]):
        return rel.span("np")
    if not any(c in phrase for c in _INNER_CUES):
        return None
    cues = [(a, b) for a, b in _find_cues(phrase) if phrase[a:b].lower() in _INNER_CUES]
    if not cues:
        return None
    a, b = cues[-1]
    if a == 0 or not phrase[:a].strip():
        return None
    at = b
    if phrase[a:b].lower() in ("told", "tells"):
        obj = _RX_TOLD_OBJ.match(phrase, b)
        if obj is None:
            return None
        at = obj.end()
    sub = _RX_INNER_SUBJECT.match(phrase, at)
    if sub is None or _RX_VERBISH.search(sub.group(1).split()[-1]):
        return None
    return sub.span(1)


def one_of_nested(m: str, items: list, is_outlet) -> list:
    """Rule `subject_of_inner_clause`, its statements: of a cue whose reported clause opens with the subject of
    a second cue ('Reporter X said a caller claimed responsibility'), one statement is kept: the outer one, whose
    content is the whole clause; but when the outer speaker is an outlet (`is_outlet`: 'local media reported that
    the council had called on'), the inner one (docs/annotation.md: a wire credit is the speaker only when no one
    else is named). `items`: the sentence's cue items in order (quotes.attribution)."""
    drop = set()
    for k in range(len(items) - 1):
        outer, inner = items[k], items[k + 1]
        if inner[0] is None or inner[6] or outer[4] is None or inner[0] <= outer[2] \
                or not reported_clause_follows(m, outer[2], inner[0]) \
                or m[:outer[4][0]].rstrip().endswith(","):  # '<clause>, reporters have said the LNA claims': a credit
            continue
        drop.add(k if is_outlet(m[outer[4][0]:outer[4][1]]) else k + 1)
    return [it for k, it in enumerate(items) if k not in drop] if drop else items

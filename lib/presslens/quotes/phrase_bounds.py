"""Where a speaker phrase starts and ends when the words before a cue are more than one noun phrase
(session 10, eval/SPEAKER_FAMILIES.md):

- rule `capitalised_modifier_head`: a participle's subject opened by a capitalised modifier is the whole
  noun phrase up to its head noun (`State radio showed ..., saying` -> `State radio`, not `State`;
  `A Borvanian border-police source was quoted as saying` -> the source);
- rule `subject_of_inner_clause`: the words before a cue hold a relative clause whose own subject speaks
  (`strikes which the ministry said had hit`, `the dead, many of whom doctors said were children` -> `the
  ministry`, `doctors`). (Its reported-clause half, `X said a caller claimed` -> one statement of X, was
  dropped in session 10: it lowered pool b's side accuracy.)

Both are about the phrase, not a word list: the head nouns are the speaker lexicons the mention layer
already uses (roles, bodies, unnamed sources, the side words of data/lexicons/speakers.yaml).
"""
from __future__ import annotations

import re

from ..mentions.lexicon import (COMMON_SPEAKERS, ORG_ANAPHORS, ORG_WORDS, REBEL_ANAPHORS, ROLE_WORDS, TITLES,
                                _NAME_RUN, _SPEAKER_LEX)
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


def inner_clause_subject(phrase: str) -> tuple[int, int] | None:
    """Rule `subject_of_inner_clause`: the span in `phrase` (the words before a cue, read as its subject)
    of the subject of the relative clause the cue belongs to; None when the words hold none.

    >>> p = "The raid killed 14 people, many of whom doctors"
    >>> a, b = inner_clause_subject(p); p[a:b]
    'doctors'
    >>> p = "a convoy that some witnesses"
    >>> a, b = inner_clause_subject(p); p[a:b]
    'some witnesses'
    >>> inner_clause_subject("a resident who asked") is None, inner_clause_subject("the Relief Office") is None
    (True, True)
    """
    if " " not in phrase:
        return None
    rel = _RX_RELATIVE_SUBJECT.search(phrase) if ("wh" in phrase or "that" in phrase) else None
    if rel is not None and not _RX_VERBISH.search(rel.group("np").split()[-1]) \
            and not _RX_VERBISH.search(rel.group("np").split()[0]):
        return rel.span("np")
    return None


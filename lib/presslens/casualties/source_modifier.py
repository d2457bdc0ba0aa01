"""Rule `source_modifier_cut` (session 26): an unnamed source's phrase ends at its head noun. The phrase the subject
scan or the quote row hands over may run on into the modifier after the head: a relative clause ('a reliable
gentleman who left the battle ground on Thursday evening') or the past participle of a document's making public ('a
Dutch Army statement issued', 'a previously secret Interior Ministry report published'). No reading wants those words
in a speaker's name (a plain fault of the phrase's bounds): the source is the noun phrase before them, as written
(docs/annotation.md: an unnamed source is the phrase as it stands)."""
from __future__ import annotations

import re

#: the modifier after the head: a relative pronoun and the clause it opens, or a participle of making a document
#: public and whatever follows it (its place, its day, its agent)
_MODIFIER = re.compile(r"""
    \s+(?:
        (?:who|whom|whose|which)\s+\S                                             # 'a gentleman who left ...'
      | (?:issued|published|released|circulated|distributed|obtained|broadcast|made\s+public)(?:\s|$)
    )""", re.X)
#: what the head before the modifier must be: a lower-case word of three letters or more (no function word, no name)
_HEAD_END = re.compile(r"\b[a-z][a-z'’-]{2,}$")
_NOT_HEAD = frozenset("and but the was were has had have who which".split())


def source_modifier_cut(who: str) -> str:
    """An unnamed source's phrase (lower-case, opening on a determiner or a common noun) without the relative clause
    or the participle of issue after its head (rule `source_modifier_cut`); any other phrase stands.

    >>> source_modifier_cut("a reliable gentleman who left the battle ground on Thursday evening")
    'a reliable gentleman'
    >>> source_modifier_cut("a Bolivian Army statement issued")
    'a Bolivian Army statement'
    >>> source_modifier_cut("a previously secret War Ministry report published")
    'a previously secret War Ministry report'

    Left alone: a name (capitalised), a phrase with no such modifier, a participle that is the head's own verb, a
    relative pronoun with nothing after it:

    >>> source_modifier_cut("Mr. Ruiz, who")
    'Mr. Ruiz, who'
    >>> source_modifier_cut("The Commission Which Investigated")
    'The Commission Which Investigated'
    >>> source_modifier_cut("a nurse working at the clinic"), source_modifier_cut("officials")
    ('a nurse working at the clinic', 'officials')
    >>> source_modifier_cut("the statement which")
    'the statement which'
    """
    if not who[:1].islower() or (" wh" not in who and "ed" not in who and " made " not in who and
                                 " broadcast" not in who):
        return who      # (the cheap test: a lower-case phrase holding a word of the modifier)
    m = _MODIFIER.search(who)
    if m is None or m.start() == 0:
        return who
    head = who[:m.start()].rstrip(" ,")
    end = _HEAD_END.search(head)
    if end is None or end.group().lower() in _NOT_HEAD or " " not in head and head.lower() in _NOT_HEAD:
        return who
    return head

"""Rule `speaker_over_own_clause`: 'he'/'she' that opens the sentence after a person's statement is that statement's
speaker, not another person the same sentence names in the speaker's own clause (an apposition, a relative clause)
or in the statement's words (session 27, branch s27-antecedent; docs/rules.md).

English takes the subject of the last report as the antecedent of the next report's pronoun: 'A source in the
police, which is loyal to Prime Minister Ana Vell, said two died. He confirmed ...' is the source speaking again;
'..., said Rui Sam, the envoy of opposition leader Tito Brás. "...," he points out' is Rui Sam. The layer's own
choice, the last person named, is a person the sentence only mentions. The examples are composed (the Ruvian
war), none from an eval text.
"""
from __future__ import annotations

import re

from ..actors import fold
from .lexicon import ORG_WORDS

#: a sentence's end: a stop (maybe before a closing quotation mark) followed by a space or the end, or a line break
_RX_END = re.compile(r"[.!?][\"”’]?(?=\s|$)|\n")
#: a pronoun, never a speaker's own name
_PRONOUNS = frozenset(("he", "she", "it", "they", "we", "i", "you"))


def _person_like(name: str) -> bool:
    """A speaker typed a body whose name reads as a person's: two or three capitalised words, no body's word
    ('Morton Silverstein', not 'Inspector-General of Police' nor 'Omega Front'), as the layer reads one for 'she'.

    >>> _person_like("Morton Silverstein"), _person_like("Inspector-General of Police"), _person_like("Omega Front")
    (True, False, False)
    """
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words) \
        and not any(fold(w) in ORG_WORDS for w in words)


def _clause(text: str, said, span) -> tuple[int, int]:
    """The sentence(s) that hold one statement and its speaker phrase, as [start, end)."""
    lo = min(said[0], span[0])
    hi = max(said[1], span[1])
    dot = text.rfind(". ", 0, lo)
    start = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, lo) + 1)
    end = _RX_END.search(text, hi)
    return start, end.end() if end else len(text)


def speaker_over_own_clause(text: str, said, spans, pos: int, gender: str, candidate: str | None,
                            candidate_at: tuple[int, int] | None, persons, *, reach: int = 300
                            ) -> tuple[str, str, bool] | None:
    """Rule `speaker_over_own_clause`: the antecedent chosen for 'he'/'she' at `pos` (`candidate`, its last mention as
    a person at `candidate_at`, (start, end): `candidate_span`) is a person named inside the sentence of the statement
    just before (`said` as in mentions.pronouns `statement_speaker_first`; `spans`: each statement's speaker phrase as
    (start, end)), other than that statement's speaker; when the speaker is a person of fitting gender (named or not), the pronoun follows that
    sentence within `reach` characters and no person is named between (`persons`: start positions of person
    mentions), the pronoun is the speaker. Returns (speaker, 'person', anonymous) or None (the layer's choice stands).

    >>> t = ("A source in the police, which is loyal to Prime Minister Ana Vell, said two died. "
    ...      "He confirmed more were hurt.")
    >>> said, spans = [(t.index("two"), t.index(". He"), "a source", "person", "", True)], [(0, 14)]
    >>> speaker_over_own_clause(t, said, spans, t.index("He"), "m", "Ana Vell", (t.index("Ana"), t.index(", said")),
    ...                         [t.index("Ana")])
    ('a source', 'person', True)
    >>> t2 = t.replace("He confirmed", "Tito Brás said so. He confirmed")
    >>> speaker_over_own_clause(t2, said, spans, t2.index("He"), "m", "Ana Vell", (t2.index("Ana"), t2.index(", said")),
    ...                         [t2.index("Ana"), t2.index("Tito")]) is None      # a person named since
    True
    >>> t3 = "Ana Vell flew home. A source in the police said two died. He confirmed more were hurt."
    >>> said3, spans3 = [(t3.index("two"), t3.index(". He"), "a source", "person", "", True)], [(20, 34)]
    >>> speaker_over_own_clause(t3, said3, spans3, t3.index("He"), "m", "Ana Vell", (0, 8), [0]) is None  # before
    True
    >>> said_f = [(said[0][0], said[0][1], "Lia Moro", "person", "f", False)]      # the gender does not fit
    >>> speaker_over_own_clause(t, said_f, spans, t.index("He"), "m", "Ana Vell", (42, 50), []) is None
    True
    """
    if not said or candidate is None or candidate_at is None:
        return None
    k = next((i for i in range(len(said) - 1, -1, -1) if said[i][1] <= pos and spans[i][1] <= pos), None)
    if k is None:
        return None
    last, span = said[k], spans[k]
    if not (last[3] == "person" or (last[3] == "org" and _person_like(last[2]))) or not last[2][:1].isalpha() or last[2].lower() in _PRONOUNS \
            or last[2].endswith(candidate) or candidate.endswith(last[2]):
        return None     # (the same person under another form: the layer's choice stands)
    if gender and last[4] and last[4] != gender:
        return None
    start, end = _clause(text, last, span)
    if not (start <= candidate_at[0] and candidate_at[1] <= end) or end > pos or pos - end > reach:
        return None
    if any(end <= p < pos for p in persons):
        return None     # a person named since is the nearer antecedent
    return last[2], "person", last[5]


def candidate_span(inventory, candidate: str | None, pos: int) -> tuple[int, int] | None:
    """The (start, end) of the last person mention before `pos` that names `candidate` (the layer's inventory, in text
    order), or None; a mention whose run of capitals crosses a stop ends past its sentence and so is not inside it."""
    if not candidate:
        return None
    found = None
    for m in inventory:
        if m.start >= pos:
            break
        if m.person and candidate.endswith(m.name):
            found = (m.start, m.end)
    return found

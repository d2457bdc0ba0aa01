"""Rule `title_complement_name` (session 16, docs/rules.md "Session 16: speaker names"): a personal name after a
job title whose complement is a body's or a field's words, the complement dropped from the name.

    Deputy Chief of General Staff Meas Sophea said          -> Meas Sophea      (was 'Staff Meas Sophea')
    Woman Member of Parliament Winfred Kiiza told            -> Winfred Kiiza    (was 'Woman Member')
    Presidential Adviser on the Peace Process Teresita Deles -> Teresita Deles   (was 'Peace Process Teresita Deles')

The older readers (`mentions.names._title_tail`, `_without_title_complement`) skip a complement made of title
domains ('for Human Rights') or of one word of place ('for Syria'); they leave a complement of a body's words
('General Staff', 'Parliament'), the preposition `on`, and the title noun `Member`. This rule reads those: the
title noun (lexicons/speakers.yaml `title_nouns`, and `member`), `of`/`for`/`on`, an optional `the`, one to four
complement words (`title_domains`, `body_function_words`, `title_complements`), then a name of two to four
capitalised words none of which is such a word, an organisation word or a title noun, the last no acronym.
Left alone: a complement with a word of its own ('Envoy for Syria Geir Pedersen': the older reader's), a body
after the complement ('Chief of General Staff Headquarters'), a name of one word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import config
from ..actors import fold
from .lexicon import ORG_WORDS, TITLE_DOMAINS, TITLE_NOUNS, TITLES, _cap

_LEX = config.lexicon("speakers")
#: words of a title's complement: a field ('Peace', 'Human Rights') or a body's function words ('General Staff')
COMPLEMENT_WORDS = (TITLE_DOMAINS | frozenset(fold(w) for w in _LEX.get("body_function_words", ()))
                    | frozenset(fold(w) for w in _LEX.get("title_complements", ())))
#: nouns that end a title before its complement ('Member of Parliament' besides the lexicon's title nouns)
HEAD_NOUNS = TITLE_NOUNS | frozenset(("member",))
_PREPOSITIONS = ("of", "for", "on")
#: a capitalised title noun and its preposition right before a run ('Adviser on the ', 'Member of ')
_RX_TITLE_BEFORE = re.compile(r"\b([A-Z][\w\-]+)\s+(?:of|for|on)\s+(?:the\s+)?$")


def _name_after(toks: list[str], j: int) -> list[str] | None:
    """From toks[j] (after the preposition): an optional `the`, complement words, then the name -> the name."""
    n = len(toks)
    if j < n and toks[j] in ("the", "The"):
        j += 1
    k = j
    while k < n and _cap(toks[k]) and fold(toks[k]).strip(".,") in COMPLEMENT_WORDS:
        k += 1
    rest = toks[k:]
    if k == j or k - j > 4 or not 2 <= len(rest) <= 4 or rest[-1].isupper():
        return None
    if not all(t[:1].isupper() for t in rest) or any(
            (w := fold(t).strip(".,")) in COMPLEMENT_WORDS or w in ORG_WORDS or w in HEAD_NOUNS for t in rest):
        return None
    return rest


@lru_cache(maxsize=1 << 12)
def complement_from_title(run: str, before: str = "") -> str | None:
    """A name run (and the text right before it) -> the personal name after a title's complement read from the
    title on (complement words of the lexicon only), else None.

    >>> complement_from_title("Deputy Chief of General Staff Meas Sophea")
    'Meas Sophea'
    >>> complement_from_title("Kasese Woman Member of Parliament Winfred Kiiza")
    'Winfred Kiiza'
    >>> complement_from_title("Peace Process Teresita Deles", "Presidential Adviser on the ")
    'Teresita Deles'
    >>> complement_from_title("UN Special Envoy for Syria Geir Pedersen") is None     # a word of its own
    True
    >>> complement_from_title("Chief of General Staff Headquarters") is None            # no name after it
    True
    """
    if " of " not in run and " for " not in run and " on " not in run \
            and not before.endswith(("of ", "for ", "on ", "the ")):
        return None     # the gate: no preposition in the run nor right before it
    toks = run.split()
    for i in range(len(toks) - 4, -1, -1):
        if toks[i + 1] in _PREPOSITIONS and _cap(toks[i]) and fold(toks[i]).strip(".,") in HEAD_NOUNS:
            name = _name_after(toks, i + 2)
            if name:
                return " ".join(name)
    m = _RX_TITLE_BEFORE.search(before[-40:]) if before else None
    if m and fold(m.group(1)) in HEAD_NOUNS:
        name = _name_after(toks, 0)
        if name:
            return " ".join(name)
    return None


def title_complement_name(run: str, before: str = "") -> str | None:
    """A name run (and the text right before it) -> the personal name after a title's complement, else None:
    the complement read from the title on (`complement_from_title`), else from the name back
    (`name_after_complement_end`).

    >>> title_complement_name("Deputy Chief of General Staff Meas Sophea")
    'Meas Sophea'
    >>> title_complement_name("Quebec Minister of Native Affairs John Ciaccia")
    'John Ciaccia'
    """
    found = complement_from_title(run, before)
    if found is None and (" of " in run or " for " in run or " on " in run):
        return name_after_complement_end(tuple(run.split()))
    return found


def _name_word(tok: str) -> bool:
    """Whether a token can be a word of a personal name after a title: capitalised, no complement, body or
    title word, no preposition."""
    w = fold(tok).strip(".,")
    return _cap(tok) and w not in COMPLEMENT_WORDS and w not in ORG_WORDS and w not in HEAD_NOUNS \
        and w not in TITLES and w not in _PREPOSITIONS


@lru_cache(maxsize=1 << 10)
def name_after_complement_end(toks: tuple[str, ...]) -> str | None:
    """Rule `name_after_complement_end` (session 21): a title noun and its preposition, a complement of any
    words, then a personal name: the name is read from the run's end back to the complement's last word (a
    field's or a body's word), so that a complement with a word of no lexicon ('Native', 'the South Ossetian')
    or a second preposition ('Secretary of State for Cooperation') does not stay in the name.

    >>> name_after_complement_end(tuple("Quebec Minister of Native Affairs John Ciaccia".split()))
    'John Ciaccia'
    >>> name_after_complement_end(tuple("French Secretary of State for Cooperation Charles Josselin".split()))
    'Charles Josselin'
    >>> name_after_complement_end(tuple("Minister of Foreign Affairs of Sri Lanka".split())) is None   # no name
    True
    >>> name_after_complement_end(tuple("Minister of Native Welfare Kanu".split())) is None            # one word
    True
    """
    n = len(toks)
    j = n
    while j > 0 and _name_word(toks[j - 1]):
        j -= 1
    if not 2 <= n - j <= 4 or j < 3 or toks[-1].isupper():
        return None
    last = fold(toks[j - 1]).strip(".,")
    if last not in COMPLEMENT_WORDS and last not in ORG_WORDS:
        return None     # the complement must end on a field's or a body's word right before the name
    if not any(toks[i + 1] in _PREPOSITIONS and _cap(toks[i]) and fold(toks[i]).strip(".,") in HEAD_NOUNS
               for i in range(j - 2)):
        return None     # no title noun with its preposition before the complement
    return " ".join(toks[j:])

"""Rule `title_kept_single_name` (session 16, docs/rules.md "Session 16: titles in speaker names"): a person the
article names by one word after a title keeps the title as printed, the golds' convention (docs/annotation.md
"Settled in session 16: titles in speaker names").

    King Hussein said ...                  -> King Hussein          (was 'Hussein')
    ..., said Chief Corporal Rahman.        -> Chief Corporal Rahman (was 'Rahman')
    First Lt. Ishak said ...               -> First Lt. Ishak       (was 'Ishak')
    Colonel Amadou Diallo said ...          -> Amadou Diallo         (unchanged: a name of two words drops its title)

The title chain (lexicons/name_titles.yaml `titles`, led by `title_modifiers` only when a title follows them)
stands right before the name, at the name's first titled mention in the article. Left alone: a name of two
words or more, a title with no name after it ('the Major said', 'a police chief said'), a one-word speaker that is
itself a title or an organisation's word, an all-capitals acronym.
"""
from __future__ import annotations

import re

from .. import config
from ..actors import fold
from .lexicon import ORG_WORDS, ROLE_WORDS, TITLES

_LEX = config.lexicon("name_titles")
#: one title as printed, with or without its abbreviation's dot ('Lt.', 'Lt', 'Lieutenant')


def _alternation(words: list[str]) -> str:
    """Titles as printed -> one pattern; an abbreviation (four letters or fewer: 'Lt', 'Capt') with or without its
    dot, a spelled-out title without one ('Governor.' ends a sentence: 'met the Governor. Ali said' names no Ali)."""
    short = sorted((re.escape(w) for w in words if len(w) <= 4), key=len, reverse=True)
    full = sorted((re.escape(w) for w in words if len(w) > 4), key=len, reverse=True)
    return rf"(?:(?:{'|'.join(full)})|(?:{'|'.join(short)})\.?)"


_TITLE = _alternation(_LEX["titles"])
_MODIFIER = _alternation(_LEX["title_modifiers"])
#: a chain of titles: modifiers then one title ('Chief Corporal', 'First Lt.', 'Lt. Col.', 'King')
_CHAIN = rf"(?:{_MODIFIER}[\s\-]+)*{_TITLE}"


#: the title chain that ends right before a name (searched in the few characters before each of its mentions)
_RX_CHAIN_BEFORE = re.compile(rf"(?<![\w.\-])({_CHAIN})[ \u00a0]+$")
#: the chain's last title as printed: any length without a dot, four letters or fewer with one ('Lt.')
_TITLE_WORDS = frozenset(_LEX["titles"])
_SHORT_TITLE_WORDS = frozenset(w for w in _LEX["titles"] if len(w) <= 4)


def _ends_with_title(text: str, at: int) -> bool:
    """Whether the word before the spaces before `at` is a title (with its dot where it is short): a cheap test
    that `_RX_CHAIN_BEFORE` needs to hold, so the pattern runs only where it can match.

    >>> _ends_with_title("said King Hussein", 10), _ends_with_title("First Lt. Ishak", 10)
    (True, True)
    >>> _ends_with_title("the Governor. Ali", 14), _ends_with_title("Mohammed Hussein", 9)
    (False, False)
    """
    k = at
    while k > 0 and text[k - 1] in " \u00a0":
        k -= 1
    dot = k > 0 and text[k - 1] == "."
    end = k - 1 if dot else k
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return text[start:end] in (_SHORT_TITLE_WORDS if dot else _TITLE_WORDS)


def _title_before(name: str, text: str) -> str | None:
    """The title chain printed right before `name` (a whole word) at its first titled mention, or None."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (end == len(text) or not (text[end].isalnum() or text[end] == "-")) and at > 0 and text[at - 1] in " \u00a0":
            mt = _RX_CHAIN_BEFORE.search(text, max(0, at - 48), at) if _ends_with_title(text, at) else None
            if mt is not None:
                return " ".join(mt.group(1).split())
        at = text.find(name, end)
    return None


def titled_single_name(name: str | None, text: str) -> str | None:
    """A one-word personal name and the article -> the name with the title printed before it, or None.

    >>> titled_single_name("Hussein", "AMMAN - King Hussein said on Sunday ... Hussein said.")
    'King Hussein'
    >>> titled_single_name("Rahman", "said Chief Corporal Rahman, the commander.")
    'Chief Corporal Rahman'
    >>> titled_single_name("Ishak", "First Lt. Ishak said the troops were on alert.")
    'First Lt. Ishak'
    >>> titled_single_name("Serafim of Borisna", "Metropolitan Serafim of Borisna, who led the service, said")
    'Metropolitan Serafim of Borisna'
    >>> titled_single_name("Diallo", "Colonel Amadou Diallo said. Diallo added.") is None
    True
    >>> titled_single_name("Major", "the Major said it was over") is None
    True
    >>> titled_single_name("Ali", "He met the Governor. Ali said the road was shut.") is None
    True
    """
    if not name or not name[:1].isupper():
        return None
    head, of, place = name.partition(" of ")     # 'Serafim of Borisna': a one-word name and its see or seat
    if " " in head or head.isupper() or len(head) < 3 or (of and not place[:1].isupper()):
        return None
    name = head
    low = fold(name).strip(".")
    if low in TITLES or low in ROLE_WORDS or low in ORG_WORDS:
        return None
    chain = _title_before(name, text)     # each mention's few characters before it: a cheap test per mention
    return None if chain is None else f"{chain} {name}{of}{place}"

"""Rule `claimant_title_form` (docs/rules.md "Session 17: claimants"): a person's claimant written by the titles
convention the quote table follows (docs/annotation.md "Settled in session 16: titles in speaker names"), with the
mention layer's own name code (mentions.names, mentions.name_titles), not a copy of it:

    Colonel Amadou Diallo  (a later 'Diallo said' taken back to the full run)  -> Amadou Diallo
    Corporal Rahman        (a capitalised title cut from 'Chief Corporal Rahman') -> Chief Corporal Rahman
    Ishak                  (the title cut: 'First Lt. Ishak said')               -> First Lt. Ishak

A name of two words or more drops its titles; a one-word name keeps the title chain printed before it in the
article. Left alone: a phrase with a lower-case word or a possessive ('President of Colombia', "Prime Minister X's
office"), a body whose words follow a title word ('Defence Ministry', 'General Staff'), an all-capitals acronym, a
one-word name the article never prints after a title, and a title before the first word of a longer name
('Prime Minister Israel Katz' gives 'Israel' no title).
"""
from __future__ import annotations

import re

from ..actors import fold
from ..mentions.lexicon import TITLES
from ..mentions.name_titles import titled_single_name
from ..mentions.names import _full_name as _name_without_titles
from ..mentions.names import _strip_titles


def _titled_whole(titled: str, text: str) -> bool:
    """Whether `titled` ('King Hussein') stands in the text as a whole name, not as the head of a longer one
    ('Prime Minister Israel Katz' for 'Prime Minister Israel')."""
    return re.search(re.escape(titled) + r"(?![\w\-])(?!\s+[A-Z][a-z])", text) is not None


def _single(word: str, text: str) -> str | None:
    """A one-word name with the title chain the article prints before it, or None."""
    if len(word) < 3 or word.isupper() or not word[:1].isupper():
        return None
    titled = titled_single_name(word, text)
    return titled if titled is not None and _titled_whole(titled, text) else None


def opens_on_title(name: str) -> bool:
    """Whether a phrase's first word is a title of the mention layer's list (the rule's gate: a set lookup).

    >>> opens_on_title("Colonel Amadou Diallo"), opens_on_title("Lt. Col. Ruiz"), opens_on_title("Amadou Diallo")
    (True, True, False)
    """
    first = name[:name.find(" ")] if " " in name else name
    return fold(first).strip(".") in TITLES


def claimant_title_form(name: str, text: str) -> str:
    """A person claimant by the titles convention (rule `claimant_title_form`), else `name` unchanged.

    >>> claimant_title_form("Colonel Amadou Diallo", "Colonel Amadou Diallo said ... Diallo said.")
    'Amadou Diallo'
    >>> claimant_title_form("Corporal Rahman", "said Chief Corporal Rahman, the commander.")
    'Chief Corporal Rahman'
    >>> claimant_title_form("Ishak", "First Lt. Ishak said the troops were on alert.")
    'First Lt. Ishak'
    >>> claimant_title_form("Defence Ministry", "the Defence Ministry said")
    'Defence Ministry'
    >>> claimant_title_form("Israel", "said Prime Minister Israel Katz. Israel said")
    'Israel'
    >>> claimant_title_form("President of Colombia", "the President of Colombia, Gustavo Petro, said")
    'President of Colombia'
    """
    words = name.split()
    if len(words) == 1:
        return _single(name, text) or name
    if not opens_on_title(name) or not all(w[:1].isupper() for w in words) or \
            "'" in name or "’" in name:
        return name
    bare = _name_without_titles(name)     # two words or more left: the name without its titles
    if bare is not None:
        return bare
    core = _strip_titles(name)
    return (_single(core, text) if " " not in core else None) or name

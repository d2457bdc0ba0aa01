"""Named rule `credit_at_end`: a sentence that ends on an outlet's or a document's credit after a comma or a
quote ('..., writes The Clarion.', '..., reported the Tribune.', '"...," reads part of the statement.',
'"...," read the press release from the mission.'): the words before are the statement and the credit names
who made it, even when those words could pass for a subject ('Shelling hit 22 homes, writes The Clarion').
"""
from __future__ import annotations

import re

#: the lemmas whose credit may stand at the end of the sentence after its statement
CREDIT_LEMMAS = frozenset(("write", "report", "read"))
_DOCUMENTS = (r"(?:statement|(?:press\s+)?release|communiqu[eé]|message|letter|post|report|notice|bulletin|"
              r"declaration|text|note)")
#: what follows the cue up to the stop: a capitalised name (not a day), or a document (and its author)
_RX_CREDIT_TO_END = re.compile(r"""\s+(?:
      (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)
      (?:the\s+)?[A-Z][\w'’.&\-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.&\-]*){0,5}        # 'The Clarion', 'Radio Okapi'
    | (?:part\s+of\s+|parts\s+of\s+)?(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){0,2}?""" + _DOCUMENTS + r"""
      (?:\s+(?:from|of|by|issued\s+by)\s+(?:the\s+)?[\w'’.&\-]+(?:\s+[\w'’.&\-]+){0,5})?   # 'from the mission'
    )[\s.!?]*$""", re.X)
#: a document right after the cue ('reads part of the statement', 'read the press release')
_RX_DOCUMENT_AFTER = re.compile(r"\s+(?:parts?\s+of\s+)?(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){0,2}?" + _DOCUMENTS + r"\b")


def credit_at_end(m: str, ce: int, sb: int, lemma: str) -> bool:
    """Whether the words from the cue's end `ce` to the sentence end `sb` are only a credit (rule `credit_at_end`).

    >>> s = "Shelling hit 22 homes in Luena, writes The Clarion."
    >>> credit_at_end(s, s.index("writes") + 6, len(s), "write")
    True
    >>> s = '"We remain committed," reads part of the statement.'
    >>> credit_at_end(s, s.index("reads") + 5, len(s), "read")
    True
    >>> s = "Kovac, the spokesman, wrote Monday."
    >>> credit_at_end(s, s.index("wrote") + 5, len(s), "write"), credit_at_end(s, 0, 0, "say")
    (False, False)
    """
    return lemma in CREDIT_LEMMAS and _RX_CREDIT_TO_END.match(m, ce, sb) is not None


def document_after(m: str, ce: int, sb: int) -> bool:
    """Whether a document follows the cue word 'read(s)' ('"...," read the press release'): a document's words.

    >>> s = '"Nine rebels died," read the press release from the mission.'
    >>> document_after(s, s.index("read") + 4, len(s)), document_after("he read the names", 7, 17)
    (True, False)
    """
    return _RX_DOCUMENT_AFTER.match(m, ce, sb) is not None

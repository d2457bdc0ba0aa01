"""Rule `place_apposition_head`: a one-word place in apposition to a place noun ('The government of Ethiopia's
largest region, Oromiya, on Saturday accused'; "Lusa's correspondent in the capital, Bissau, said") is not the
speaker: the speaker is the noun phrase the place closes, printed with it ('government of Ethiopia's largest
region, Oromiya'; "Lusa's correspondent in the capital, Bissau"), as the golds write it (docs/rules.md "Session
19: speaker phrases").

The place noun before the comma is the test that tells a place from a person in apposition ('the region, X',
'the capital, X'): 'The group's spokesman, Ali, said' keeps Ali, 'Tholu Rocky, superintendent of police, X, said'
is left (no place noun). Left alone too: a phrase of more than one word, a place after an adverbial opener ('In
the capital, Bissau, Mendes said': the phrase is Mendes), a noun phrase longer than nine words.

The examples are made up in the styles of wars in no eval set (the Shaba invasions, the Casamance conflict).
"""
from __future__ import annotations

import re

#: nouns of places that a one-word name may stand in apposition to
_PLACE_NOUNS = ("region", "province", "capital", "state", "district", "city", "town", "village", "county",
                "prefecture", "governorate", "enclave", "territory", "island", "department", "municipality")
_RX_PLACE_NOUN_END = re.compile(r"\b(?:" + "|".join(_PLACE_NOUNS) + r")\s*,\s*$")
#: where a noun phrase may start before the place noun: a sentence's or a line's start, a dateline's dash
_RX_PHRASE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*|[\u2013\u2014]\s+|--\s+|_\s+)(?=\S)")
#: adverbial openers: the words after them are no subject ('In the capital, Bissau, ...')
_OPENERS = frozenset(("in", "at", "from", "near", "on", "after", "before", "outside", "inside", "across", "around",
                      "but", "and", "meanwhile", "however", "there", "here", "it", "he", "she", "they", "we"))


def place_apposition_head(text: str, sp_start: int, sp_end: int) -> tuple[str, int, int] | None:
    """The noun phrase a one-word place speaker (`text[sp_start:sp_end]`) stands in apposition to, with the place:
    (phrase, start, end), or None.

    >>> t = "KINSHASA (Reuters) \\u2013 The government of Zaire's richest province, Shaba, on Monday accused the rebels."
    >>> a = t.index("Shaba"); place_apposition_head(t, a, a + 5)[0]
    "The government of Zaire's richest province, Shaba"
    >>> t = "The toll was 40. The agency's correspondent in the capital, Ziguinchor, said he saw bodies."
    >>> a = t.index("Ziguinchor"); place_apposition_head(t, a, a + 10)[0]
    "The agency's correspondent in the capital, Ziguinchor"

    A person in apposition to a role, a place after an adverbial opener, no comma after the name:

    >>> t = "The group's spokesman, Ali, said ten died."
    >>> place_apposition_head(t, t.index("Ali"), t.index("Ali") + 3) is None
    True
    >>> t = "In the capital, Ziguinchor, Diatta said ten died."
    >>> place_apposition_head(t, t.index("Diatta"), t.index("Diatta") + 6) is None
    True
    >>> t = "It happened in the region, Shaba. Mulele said ten died."
    >>> place_apposition_head(t, t.index("Shaba"), t.index("Shaba") + 5) is None
    True
    """
    if text[sp_end:sp_end + 1] != "," or text[sp_start - 2:sp_start] != ", ":
        return None
    name = text[sp_start:sp_end]
    if not name[:1].isupper() or " " in name:
        return None
    before = text[max(0, sp_start - 120):sp_start]
    if _RX_PLACE_NOUN_END.search(before) is None:
        return None
    starts = list(_RX_PHRASE_START.finditer(before))
    if not starts:
        return None
    head = before[starts[-1].end():]
    words = head.split()
    if not words or len(words) > 10 or not head[:1].isupper() or words[0].lower() in _OPENERS:
        return None
    start = sp_start - len(before) + starts[-1].end()
    return text[start:sp_end], start, sp_end

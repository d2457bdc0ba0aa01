"""Named rule for a definite description left bare: `the spokesman`, `the network`, `the account` that the
layer could not give to anyone takes the nearest earlier noun phrase of the article with the same head noun,
as English resolves a definite description (`A Tarvian army spokesman said ... The spokesman added` is that
spokesman; `The state broadcaster Radio Kessa reported ... the broadcaster said` is Radio Kessa).

The antecedent is the noun phrase the head word closes: an indefinite one (`a Tarvian army spokesman`,
`an Ostrian journalist`) or one that a proper name follows in apposition (`the television network Skala`
-> `Skala`). A definite one (`the spokesman` again) is passed over for the one before it. The examples
are composed (the Tarvian war), none from an eval text. A proper name that opens its sentence with an indefinite
noun phrase in apposition after it (`The Kessa Press Service, a news agency ...`) is that phrase's holder, and it
also replaces a body the anaphor resolver chose (`the agency` is not a body named inside the apposition).
"""
from __future__ import annotations

import re

#: words that end a noun phrase's premodifiers: a clause or a preposition stands between (no modifier)
_NOT_MODIFIER = frozenset((
    "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "that", "who", "which",
    "said", "says", "was", "is", "were", "are", "had", "has", "have", "been", "be", "as", "than", "when",
    "the", "this", "these", "those", "its", "his", "her", "their", "our", "it", "he", "she", "they", "not"))

#: how far back the antecedent may stand (characters): the same story, a few paragraphs
_WINDOW = 2500

#: a lower-case word that may follow a noun phrase's head (a clause, a preposition, a verb of saying); any other
#: lower-case word after it is the next noun of the phrase ('an army spokesman': 'army' heads nothing)
_AFTER_HEAD = frozenset((
    "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "that", "who", "which", "whose",
    "said", "says", "told", "had", "has", "have", "was", "is", "were", "are", "would", "will", "could", "also",
    "later", "as", "not", "did", "does"))

_RX_NAME_AFTER = re.compile(r"\s+((?:[A-Z][\w’'\-]+)(?:\s+[A-Z][\w’'\-]+){0,3})(?=[\s,.;:])")


#: a proper name opening its sentence, an indefinite noun phrase in apposition after it ('Radio Kessa, a state
#: network'), up to the head; a name inside the sentence is no subject ('fighting near Kirkuk, a spokesman said')
_RX_APPOSED = re.compile(r"(?:^|[.!?]\s+|\n)(?:[Tt]he\s+)?((?:[A-Z][\w’'\-.]*\s+){0,4}[A-Z][\w’'\-]*),\s+"
                         r"(?:an?|An?)\s+(?:[^\s,.;:]+\s+){0,5}$")


def _head_regex(head: str) -> re.Pattern:
    return re.compile(r"\b" + re.escape(head) + r"(?:['’]s)?\b", re.I)


def _indefinite_before(before: str) -> str | None:
    """The words before a head noun -> `a|an` + its premodifiers (up to five words), or None.

    >>> _indefinite_before("fighting went on, a Tarvian army ")
    'a Tarvian army'
    >>> _indefinite_before("He told a crowd of ") is None
    True
    """
    words = before.rstrip().split(" ")[-6:]
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in ("a", "an", "A", "An"):
            mods = words[i + 1:]
            return " ".join(["a" if w in ("a", "A") else "an", *mods]).strip()
        if not w or w.lower().strip("()") in _NOT_MODIFIER or re.search(r"[.,;:!?\"“”]$", w):
            return None
    return None


def definite_antecedent(text: str, head: str, pos: int) -> str | None:
    """A bare definite description's head at `pos` -> the nearest earlier noun phrase of `text` with that head
    (indefinite, or with a proper name in apposition after it), or None.

    >>> t = "A Tarvian army spokesman's comment was brief. The spokesman added that two were hurt."
    >>> definite_antecedent(t, "spokesman", t.index("The spokesman"))
    'a Tarvian army spokesman'
    >>> t = "The state network Radio Kessa reported fighting. Later the network said six died."
    >>> definite_antecedent(t, "network", t.index("the network"))
    'Radio Kessa'
    >>> t = "The Kessa Press Service, a news agency that backs the rebels, said six died. Later the agency said ten."
    >>> definite_antecedent(t, "agency", t.index("the agency"))
    'Kessa Press Service'
    >>> t = "An army spokesman spoke. Later the army said six died."
    >>> definite_antecedent(t, "army", t.index("the army")) is None
    True
    >>> t = "Through a letter to the mayor, the council spoke. The letter said six died."   # nothing to add
    >>> definite_antecedent(t, "letter", t.index("The letter")) is None
    True
    >>> t = "The spokesman of the party spoke. Later the spokesman said six died."
    >>> definite_antecedent(t, "spokesman", t.index("the spokesman said")) is None
    True
    """
    start = max(0, pos - _WINDOW)
    for m in reversed(list(_head_regex(head).finditer(text, start, pos))):
        if _modifies_next(text, m):
            continue        # 'an army spokesman': the word modifies the next noun, it heads no phrase
        name = _RX_NAME_AFTER.match(text, m.end())
        lead = text[max(0, m.start() - 80):m.start()]
        if name and re.search(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w\-]+\s+){0,3}$", lead):
            return name.group(1)
        if "\n" in lead[-60:]:
            lead = lead.rsplit("\n", 1)[1]
        mods = _indefinite_before(lead)
        if mods is not None:
            named = _RX_APPOSED.search(lead)
            if named:       # 'The Kessa Press Service, a news agency': the name in apposition
                return named.group(1)
            if mods in ("a", "an"):
                return None     # 'a letter to the mayor' ... 'the letter': the bare noun again, nothing to add
            return f"{mods} {m.group(0).removesuffix('’s').removesuffix(chr(39) + 's')}".replace("  ", " ")
        if re.search(r"\b(?:[Tt]he)\s+$", lead):
            continue        # the same definite description again: look further back
        return None
    return None


def _modifies_next(text: str, m: re.Match) -> bool:
    """Whether the head word found at `m` is followed by a lower-case word that continues its noun phrase."""
    nxt = re.match(r"\s+([a-z]+)\b", text[m.end():m.end() + 30])
    return bool(nxt) and not m.group(0).endswith(("'s", "’s")) and nxt.group(1) not in _AFTER_HEAD \
        and not nxt.group(1).endswith("ed")


#: phrase kinds whose bare definite description may take an earlier noun phrase
_DEFINITE_KINDS = frozenset(("role", "anaphor", "document"))


_RX_RELATIVE = re.compile(r",?\s+(?:who|whom|whose|which|that)\s")


def definite_taken_up(text: str, kind: str, phrase: str, pos: int, found: tuple | None) -> tuple | None:
    """The layer's (speaker, type, anonymous) for `the HEAD` at `pos`, when the resolvers left it bare (the speaker
    is its own head noun) -> the earlier noun phrase in its place (anonymous unless a name), or None.

    >>> t = "A Tarvian army spokesman said so. The spokesman added more."
    >>> definite_taken_up(t, "role", "The spokesman", t.index("The spokesman"), ("spokesman", "person", True))
    ('a Tarvian army spokesman', 'person', True)
    >>> definite_taken_up(t, "role", "The spokesman who was not named", 34, ("spokesman", "person", True))[0]
    'a Tarvian army spokesman'
    >>> definite_taken_up(t, "role", "The spokesman", 30, ("Col. Ard Vel", "person", False)) is None
    True
    """
    words = _RX_RELATIVE.split(phrase, 1)[0].split()    # 'the spokesman who did not wish to be named'
    if found is None or kind not in _DEFINITE_KINDS or len(words) != 2 or words[0] not in ("the", "The"):
        return None
    bare = found[2] and found[0].lower() == words[1].lower()
    antecedent = definite_antecedent(text, words[1], pos)
    if antecedent is None:
        return None
    if bare:
        return antecedent, found[1], antecedent[:1].islower()
    if kind == "anaphor" and antecedent[:1].isupper() and antecedent != found[0]:
        return antecedent, found[1], False
    return None

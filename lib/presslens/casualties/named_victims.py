"""Named rules for named victims that the named-people rules of ``rules`` (the named dead with a companion, in a
headline, 'the death of X', after the harm, as an object) do not reach: a named person's death said as a possessive
('Kovac's death', session 4b), a person named again by the surname alone ('Nasrallah was killed on Friday', session
5), the victims named one by one after 'identified as' / 'named as' (session 8) and a named person harmed by any harm
phrase of the lexicon ('Juan Ruiz was stabbed to death', session 24).

Each rule is registered in ``rules.RULES`` (a name, a cheap gate of words, a function; ``rules.RULES`` lists the
rules of every family by name, in the order they run); the examples in the docstrings are their tests (doctests), and
``tests/test_casualties_named_victims.py`` has more, with sides, written in the styles of wars in none of the eval
sets.

    >>> [name for name, _, _ in NAMED_VICTIMS_RULES][2:]
    ['the victims named one by one', 'a name harmed by a lexicon phrase']
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import Lexicon
from .named import _NAME, _NAME_PAIR, HARM_DEGREE
from .scan import class_opened, trie_alt


# ----------------------------------------------------------------------------------------------------------
# One person: a role as the subject of a harm, a named person's death as a possessive
# ----------------------------------------------------------------------------------------------------------

#: "Dashti's death", "Kovac’s killing": a named person's death as a possessive (not 'the army's killing of')
_RX_POSSESSIVE_DEATH = re.compile(r"""
    (?<![Tt]he\s)(?<![\w'’-])(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,3})['’]s\s+
    (?:(?:reported|confirmed|sudden|tragic)\s+)?(?P<noun>death|killing|assassination|murder)\b
    (?!\s+(?:of|toll|tolls|squads?|rate|sentence|penalty|threats?)\b)
""", re.X)


def possessive_death(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """A named person's death said as a possessive ('Reports about Kovac's death appeared on ...', 'Lukic's
    assassination was confirmed'): one killed; not an agent's killing of others ('Serbia's killing of ...') nor a
    toll ('Chechnya's death toll').

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("News of Dragan Kovac's death reached Tuzla on Monday.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("Grozny's death toll rose again.")
    []
    """
    out: list[Found] = []
    for m in _RX_POSSESSIVE_DEATH.finditer(norm):
        a, b = m.start() + s_start, m.end() + s_start
        if _free(found + out, a, b):
            out.append(Found("killed", 1, 1, None, a, b, [w.lower() for w in m.group("name").split()], None,
                             named=True))
    return out


# ----------------------------------------------------------------------------------------------------------
# A person named again by the surname alone: 'Nasrallah was killed on Friday'
# ----------------------------------------------------------------------------------------------------------

_RX_SURNAME_CUE = re.compile(r"\s(?:was|been)\s+(?:(?:also|reportedly|later|allegedly|fatally)\s+)?"
                             rf"(?:{HARM_DEGREE}\s+)?"    # rule `harm_degree_adverb`: 'Lefroy was badly wounded'
                             r"(?P<cue>killed|shot\s+dead|assassinated|executed|wounded|injured|abducted|kidnapped)\b")
#: the one name right before the cue's auxiliary, at the start of a subject
_RX_SURNAME = re.compile(r"""
    (?:^|(?<=[.;:]\s)|(?<=\bthat\s)|(?<=\band\s)|(?<=,\s)|(?<=\bafter\s)|(?<=\bwhen\s)|(?<=\bbefore\s)|
       (?<=\bsince\s))                                                           # the subject's start
    (?P<name>[A-Z][a-z][\w'’-]+)\s+(?:has\s+|had\s+)?$
""", re.X)
#: (searched from the capitals a name opens on, scan.class_opened: the same Match objects; a pattern that opens on a
#: choice of look-behinds is tried at every position of the window, session 27)
_RX_SURNAME = class_opened(_RX_SURNAME)
_SURNAME_CATEGORY = {"killed": "killed", "shot dead": "killed", "assassinated": "killed", "executed": "killed",
                     "wounded": "wounded", "injured": "wounded", "abducted": "captured", "kidnapped": "captured"}
#: capitalised words that are no one's name
_NOT_SURNAME = frozenset(["nobody", "everyone", "everybody", "somebody", "someone", "anyone", "anybody", "none", "he",
                          "she", "it", "this", "that", "one", "another", "each", "neither", "either", "no", "who",
                          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "nothing"])


def surname_harmed(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `surname_harmed`: a person named again by one name, harmed ('Nasrallah was killed on Friday', 'Ruiz
    had been kidnapped'): one record (docs/annotation.md: every assertion is a record); not a pronoun-like word
    ('Nobody was hurt') nor a group's or place's name before a capture ('Kabul was captured': not a cue here).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Mladenovic was killed on Friday, the militia said.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("Nobody was injured in the blast near Lurgan.")
    []
    """
    out: list[Found] = []
    for c in _RX_SURNAME_CUE.finditer(norm):
        m = _RX_SURNAME.search(norm, max(0, c.start() - 40), c.start() + 1)
        if m is None:
            continue
        name = m.group("name")
        if name.lower() in _NOT_SURNAME or name.lower() in lex.heads or name.lower() in lex.singular:
            continue
        a, b = m.start() + s_start, c.end() + s_start
        if _free(found + out, a, b):
            cue = " ".join(c.group("cue").split())
            out.append(Found(_SURNAME_CATEGORY[cue], 1, 1, None, a, b, [name.lower()], None, named=True))
    return out


# ----------------------------------------------------------------------------------------------------------
# A named person harmed by any harm phrase of the lexicon: 'Juan Ruiz was stabbed to death'
# ----------------------------------------------------------------------------------------------------------

#: the categories a person's own harm can take here (a capture or a flight of one named person is left to the
#: rules that read them: 'Kabul was captured' names a place)
_PERSON_HARMS = ("killed", "wounded")
#: harm words of the lexicon that a name takes as often in their figurative sense ('Nawaz Sharif was badly hurt by
#: the scandal', 'X was eliminated from the race', 'Banco X was liquidated'): left to the grammars of counts
_FIGURATIVE = frozenset({"hurt", "sacrificed", "eliminated", "liquidated"})
_RX_HARM_PHRASE: dict[int, re.Pattern] = {}
#: the name just before the auxiliary, bare or with one apposition (an age, or a phrase opened by a determiner:
#: 'Juan Ruiz, 41,', 'Juan Ruiz, a general with the intelligence service,'); a title may open it
_RX_NAME_BEFORE = re.compile(r"""
    (?:^|(?<=[.;:]\s)|(?<=\bthat\s)|(?<=\band\s)|(?<=,\s)|(?<=\bafter\s)|(?<=\bwhen\s)|(?<=\bbefore\s)|
       (?<=\bsince\s)|(?<=\buntil\s)|(?<=\bwhile\s)|(?<=\bas\s))                 # the subject's start
    (?P<name>{name})
    (?:\s*,\s*(?:(?:aged\s+)?\d{{1,3}}|(?:a|an|the|his|her|its|their)\s[^,;:()"“”]{{1,100}}),)?  # one apposition
    \s+(?:has\s+|had\s+)?$
""".format(name=_NAME), re.X)
_RX_NAME_BEFORE = class_opened(_RX_NAME_BEFORE)     # (the same: from the characters a name opens on)
#: capitalised words that open no person's name here
_NOT_A_NAME = frozenset(["the", "a", "an", "this", "that", "his", "her", "its", "their", "one", "another", "each",
                         "he", "she", "it", "who", "nobody", "no", "none", "neither"])


def _harm_phrase_rx(lex: Lexicon) -> re.Pattern:
    """'was (adverb) <a harm phrase of the lexicon>' for the harms of one person (killed, wounded); cached."""
    if id(lex) not in _RX_HARM_PHRASE:
        phrases = [" ".join(k) for k, cat in lex.passive.items() if cat in _PERSON_HARMS and _FIGURATIVE.isdisjoint(k)
                   and (cat == "killed" or re.search(r"wound|injur|maimed", " ".join(k)))]  # not 'was hospitalized'
        _RX_HARM_PHRASE[id(lex)] = re.compile(  # (scan.trie_alt: the phrases factored by their common prefixes)
            r"\s+(?:(?:again|also|later|reportedly|allegedly|then|[a-z]+ly)\s+){0,2}?"  # lazy: the lexicon's own
            #   phrase first ('mortally wounded' is a death, not 'mortally' + 'wounded')
            rf"(?P<cue>{trie_alt(phrases)})(?![\w'’-])")
    return _RX_HARM_PHRASE[id(lex)]


#: how a name or its apposition ends before the auxiliary: a capitalised word, or a word and a comma
_RX_NAME_END = re.compile(r"(?:\b[A-Z][\w'’-]*|[\w'’-]+,)\s+(?:has\s+|had\s+)?$")
#: the auxiliary the harm phrase follows (the phrase is matched only after one: cheaper than searching it)
#: (written '[wb](?<![\w'’-][wb])...' for '(?<![\w'’-])(?:was|been)...': the same matches, but a pattern that opens on
#: a look-behind is tried at every position, one that opens on a class is skipped to its characters; session 26)
_RX_WAS = re.compile(r"[wb](?<![\w'’-][wb])(?:(?<=w)as|(?<=b)een)(?=\s)")


def _harm_first_words() -> frozenset:
    """The first words of the shipped lexicon's harm phrases of one person: the rule's cheap gate (a sentence
    without one cannot match)."""
    from .lexicon import load_lexicon
    lex = load_lexicon()
    return frozenset(k[0] for k, cat in lex.passive.items() if cat in _PERSON_HARMS and _FIGURATIVE.isdisjoint(k))
    # (a superset of the first words `_harm_phrase_rx` takes: a gate may let more sentences through, never fewer)


def named_harm_phrase(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `named_harm_phrase`: a person's full name (a title may open it, one apposition may follow it) as the
    subject of any harm phrase of the lexicon, not only of the few cues the named-subject grammar lists ('was
    stabbed to death', 'was gunned down', 'was fatally shot', 'was slightly wounded', 'was again wounded'): one
    record per telling (docs/annotation.md: a named person counts one, each assertion a record).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Two days after Tomas Varga, a judge of the district court, was stabbed to death, troops moved in.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("Colonel Amadou Diallo was slightly wounded in the leg.")
    [('wounded', 1, 1, None, 'unknown')]
    >>> claims_in("The Democratic Front was badly wounded by the split.")   # no person's name: a body
    []
    >>> claims_in("Prime Minister Lee Kuan was badly hurt by the scandal.")   # a figurative harm
    []
    """
    out: list[Found] = []
    harm = _harm_phrase_rx(lex)
    for aux in _RX_WAS.finditer(norm):
        c = harm.match(norm, aux.end())
        if c is None or not _RX_NAME_END.search(norm, max(0, aux.start() - 40), aux.start()) or \
                not _NAME_PAIR.search(norm, max(0, aux.start() - 160), aux.start()):
            continue  # the word before the auxiliary ends no name nor apposition ('the soldier was killed')
        m = _RX_NAME_BEFORE.search(norm, max(0, aux.start() - 160), aux.start())
        if m is None:
            continue
        words = m.group("name").split()
        low = [w.lower().strip(".,") for w in words]
        if low[0] in _NOT_A_NAME or low[-1] in lex.heads or low[-1] in lex.singular:
            continue  # 'The Front', 'Rebel Fighters' (a headline's capitals), 'Police Chief': no one's name
        a, b = m.start() + s_start, c.end() + s_start
        if _free(found + out, a, b):
            cat = lex.passive[tuple(c.group("cue").lower().split())]
            out.append(Found(cat, 1, 1, None, a, b, low, None, named=True))
    return out


# ----------------------------------------------------------------------------------------------------------
# The victims named one by one: 'The dead were identified as A, B and C', 'Police named the victim as X'
# ----------------------------------------------------------------------------------------------------------

#: the victims' noun -> the category of the names listed after it
_VICTIM_NOUNS = {"victim": "killed", "victims": "killed", "dead": "killed", "deceased": "killed", "slain": "killed",
                 "injured": "wounded", "wounded": "wounded", "hostages": "captured", "hostage": "captured",
                 "abductees": "captured"}
_RX_NAMED_AS = re.compile(r"""
    (?:\b[Tt]he\s+(?P<noun1>victims?|dead|deceased|slain|injured|wounded|hostages?|abductees)\s+
         (?:(?:was|were|have\s+been|has\s+been|had\s+been|are|is)\s+(?:since\s+|later\s+|now\s+)?)?
         (?:identified|named)
      |\b(?:identified|named)\s+the\s+(?P<noun2>victims?|dead|deceased|slain|injured|wounded|hostages?|abductees))
    \s+as\s+(?P<list>[^.:"“”]{3,400})
""", re.X)
#: where a list of names ends: a clause, a place of origin, an attribution
_LIST_END = re.compile(r"\s+(?:from|of|who|whose|which|when|after|while|according|in|on|at|near)\b|,\s+(?:all|both|"
                       r"said|says|according|police|officials|the\s+[a-z]+\s+(?:said|says|added))\b")
#: an age or a spelled age before a name: '48-year-old', 'one-year-old', 'a 30-year-old'
_AGE_FIRST = re.compile(r"^(?:an?\s+)?[\w-]+-year-old\s+")
_NAME_WORD = re.compile(r"(?:al-|el-|bin|de|del|van|da|dos)?[A-Z][\w'’.-]*")
_KIN = frozenset(["his", "her", "their", "its"])


def _listed_names(lst: str) -> int:
    """The people of a list of names: each item a name (one to four capitalised words, after an age, a rank or a
    kin phrase: 'her brother Arjie', "Laping's two children John"); ages in their own item ('Arjie, 9') are
    skipped; 0 when an item is neither (the list is no list of names)."""
    cut = _LIST_END.search(lst)
    lst = (lst[:cut.start()] if cut else lst).strip(" ,;")
    total = 0
    for item in re.split(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+", lst):
        item = re.sub(r"\(\d{1,3}\)", " ", _AGE_FIRST.sub("", item.strip())).strip()
        if not item or re.fullmatch(r"\d{1,3}", item):
            continue
        words = item.split()
        tail = 0
        while tail < len(words) and _NAME_WORD.fullmatch(words[len(words) - 1 - tail]):
            tail += 1
        head = [w.lower() for w in words[:len(words) - tail]]
        if not 1 <= tail <= 4 or len(head) > 4 or (head and not (head[0] in _KIN or head[0].endswith(("'s", "’s"))
                                                                   or len(words) == tail + len(head) and tail >= 1
                                                                   and all(w.isalpha() for w in head))):
            return 0
        total += 1
    return total


def victims_named_as(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `victims_named_as`: the victims named one by one after 'identified as' or 'named as' ('The victims have
    been identified as A, B and C', 'Police identified the dead as ...', 'The victim was named as 31-year-old X'):
    one claim counting the names, of the category of the victims' noun (`victims`, `the dead` killed; `the
    injured` wounded; `hostages` captured).  A count before the noun ('The two injured have been identified as')
    is the count's claim, and a role ('The officer was identified as') names no victims.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The victims have been identified as Ngozi Mbah, Tamba Koroma and Fatmata Sesay, police said.")
    [('killed', 3, 3, None, 'unknown')]
    >>> claims_in("Police named the victim as 27-year-old Juan Carlos Osorio from Tumaco.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("The officer was identified as Tamba Koroma.")
    []
    """
    out: list[Found] = []
    for m in _RX_NAMED_AS.finditer(norm):
        noun = (m.group("noun1") or m.group("noun2")).lower()
        n = _listed_names(m.group("list"))
        if n == 0 or noun in ("victim", "hostage") and n != 1:
            continue
        cut = _LIST_END.search(m.group("list"))
        a, b = m.start() + s_start, m.start("list") + (cut.start() if cut else len(m.group("list").rstrip(" ,;")))
        b += s_start
        if _free(found + out, a, b):
            out.append(Found(_VICTIM_NOUNS[noun], n, n, None, a, b, [noun], noun, named=True))
    return out


#: (name, gate, find) of each rule, in the order they run (``rules.RULES`` lists them by name)
NAMED_VICTIMS_RULES: tuple[tuple, ...] = (
    ("a named person's death", (frozenset({"death", "killing", "assassination", "murder"}),), possessive_death),
    ("a person named again by the surname", (frozenset({"was", "been"}), frozenset(_SURNAME_CATEGORY) | {"shot"}),
     surname_harmed),
    ("the victims named one by one", (frozenset({"identified", "named"}), frozenset(_VICTIM_NOUNS)),
     victims_named_as),
    ("a name harmed by a lexicon phrase", (frozenset({"was", "been"}), _harm_first_words()),
     named_harm_phrase),
)

"""Coreference aids of the mention layer that look at the whole article: acronyms and their expansions,
documents and their authors, and bodies named in full before a common noun stands for them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..actors import fold
from .lexicon import ORG_WORDS, _LEAD_FUNCTION
from .names import _strip_titles, spaced_runs
from .rules import DOCUMENT_WORDS

_LEADING = _LEAD_FUNCTION | {"the"}
_CONNECTORS = frozenset(("of", "for", "the", "and", "de", "du", "des", "la", "on", "in", "al"))

#: the expansion right before an acronym's brackets: 'the Sudanese Armed Forces (SAF)'
_RX_LONG_BEFORE = re.compile(r"""
    (?P<long>[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|the|and|de|on|in)\s+)*[A-Z][\w'’\-]*)+)   # capitalised words, connectors
    \s*$""", re.X)

#: an acronym as it stands: two to eight capitals, maybe with dots or an ampersand ('TPLF', 'U.N.', 'M23')
_RX_ACRONYM = re.compile(r"[A-Z][A-Z0-9.&\-]{1,9}")

_VERBS = r"(?:issued|released|published|posted|shared|put\s+out|sent|gave|held|circulated|compiled|presented|read\s+out|broadcast|aired)"
#: a document and its author in the article: 'X issued a statement', 'a statement from X', "X's statement"
_RX_AUTHORED = re.compile(r"""
    (?P<author1>(?:[Tt]he\s+)?(?:[A-Z](?:[\w'’\-]|\.(?=\w))*\s+(?:(?:of|for|the|and)\s+)*)*[A-Z][\w'’\-]*
                |[Tt]he\s+(?:[A-Z][\w'’\-]*\s+){0,3}[a-z]+(?:\s+[a-z]+)?)      # 'The Velmarian army', 'the ministry'
        (?:,[^,.]{1,80},)?\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+)*""" + _VERBS + r"""\s+
        (?:an?|the|its|his|her|their)\s+(?:[\w\-]+\s+){0,3}?(?P<head1>""" + DOCUMENT_WORDS + r""")\b
    |(?P<head2>""" + DOCUMENT_WORDS + r""")\s+(?:from|by|issued\s+by|released\s+by|published\s+by|posted\s+by)\s+
        (?P<author2>(?:the\s+)?(?:[A-Z](?:[\w'’\-]|\.(?=\w))*\s+(?:(?:of|for|the|and)\s+)*)*[A-Z][\w'’\-]*)
    |(?P<author3>[A-Z](?:[\w'’\-]|\.(?=\w))*(?:\s+[A-Z](?:[\w'’\-]|\.(?=\w))*)*)['’]s?\s+(?:[\w\-]+\s+){0,2}?(?P<head3>""" + DOCUMENT_WORDS + r""")\b
    |\b(?:said|says|stated|announced|added|reported)\s+                    # rule `document_in_clause`, inverted:
        (?:(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today)\s+)?                 # 'said Thursday the X Ministry in a
        (?P<author4>(?:the\s+)?(?:[A-Z](?:[\w'’\-]|\.(?=\w))*\s+(?:(?:of|for|the|and)\s+)*)*[A-Z][\w'’\-]*)   # communiqué'
        \s+in\s+(?:an?|its|the)\s+(?:[\w\-]+\s+){0,2}?(?P<head4>""" + DOCUMENT_WORDS + r""")\b
    |(?:\A|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?]["”]\s))                           # a sentence's start, then
     In\s+(?:an?|its)\s+(?:[\w\-]+\s+){0,2}?(?P<head5>""" + DOCUMENT_WORDS + r""")\b    # fronted: 'In a press
        (?:\s+[^,.]{0,40})?,\s+                                                  # statement, the ruling X party
        (?P<author5>(?=[^,.;]{0,60}?[A-Z])[^,.;\ue000]{1,80}?)                      # called for'
        (?=\s+(?:has\s+|had\s+|also\s+)?(?:said|says|stated|announced|called|urged|claimed|denied|added|warned|
                                           accused|condemned|confirmed|reported|demanded|vowed)\b)
    """, re.X)


def _placed_body(long: str) -> str:
    """Rule `placed_body`: an expansion joined across 'in' is one name only when a body word ends the part
    before it ('Stabilization Mission in the Central African Republic'); else the words after the last 'in'
    ('Rebels attacked Bangui in the Central African Republic' -> 'Central African Republic').

    >>> _placed_body("Monitoring Mission in the Casamance Region"), _placed_body("Ziguinchor in the Casamance Region")
    ('Monitoring Mission in the Casamance Region', 'Casamance Region')
    """
    head, sep, tail = long.rpartition(" in ")
    if not sep or fold(head.split()[-1]) in ORG_WORDS:
        return long
    return re.sub(r"^the\s+", "", tail)


def _initials(name: str) -> str:
    """Initials of a name's capitalised words ('Tigray People's Liberation Front' -> 'TPLF')."""
    return "".join(w[0] for w in _RX_INITIAL_SPLIT.split(name) if w and w[0].isupper() and fold(w) not in _CONNECTORS)


_RX_INITIAL_SPLIT = re.compile(r"[\s\-]+")
_RX_SENTENCE_CUT = re.compile(r"[.!?]\s+")
_RX_LEAD_THE = re.compile(r"^(?:the|The)\s+")


def initials_index(names) -> dict[str, set[str]]:
    """Names of two or more words by their initials ('RSF' -> {'Rapid Support Forces'}), each name cut to its
    last sentence ('Sunday. The X' -> 'X') and without a leading article."""
    index: dict[str, set[str]] = {}
    for n in names:
        keyed = _keyed_name(n)
        if keyed is not None:
            index.setdefault(keyed[0], set()).add(keyed[1])
    return index


@lru_cache(maxsize=1 << 14)
def _keyed_name(n: str) -> tuple[str, str] | None:
    """(initials, name) of one name of initials_index, or None (memoised: a corpus repeats its names)."""
    n = _RX_LEAD_THE.sub("", _RX_SENTENCE_CUT.split(n)[-1])
    return (_initials(n), n) if len(n.split()) >= 2 else None


def expansion(text: str, short: str, names, *, index: dict[str, set[str]] | None = None) -> str | None:
    """The spelled-out name of acronym `short` in the article: defined in brackets, or the one name among
    `names` (the article's bodies; or their `index` by initials, built once per article) whose initials it is.

    >>> expansion("The Rapid Support Forces (RSF) said ... RSF fighters", "RSF", [])
    'Rapid Support Forces'
    >>> expansion("TPLF said ...", "TPLF", ["Tigray People's Liberation Front", "Addis Ababa"])
    "Tigray People's Liberation Front"
    """
    if not _RX_ACRONYM.fullmatch(short):
        return None
    bare = short.replace(".", "")
    at = text.find("(" + bare + ")")
    mt = _RX_LONG_BEFORE.search(text, max(0, at - 120), at) if at > 0 else None
    if mt is not None:
        words = _placed_body(mt.group("long")).split()
        while len(words) > 2 and fold(words[0]) in _LEADING:
            words.pop(0)        # 'Then the Orvanian Defense Forces (ODF)': the sentence's words, not the name's
        return " ".join(words)
    fits = (index if index is not None else initials_index(names)).get(bare, set())
    return next(iter(fits)) if len(fits) == 1 else None


def author_before(text: str, head: str, pos: int) -> tuple[str, int] | None:
    """The author of the latest document with head word `head` ('statement', 'message') named before `pos`,
    as (author phrase, its position).

    >>> author_before("Governor Amina Bello posted a message on Facebook. The message said ...", "message", 60)
    ('Governor Amina Bello', 0)
    >>> t = "Nine rebels were killed, said on Monday the Ministry of Defence in a communiqué. The communiqué added"
    >>> author_before(t, "communiqué", len(t))
    ('the Ministry of Defence', 40)
    >>> t = "In a press statement, the ruling Fretilin party called for calm. The statement said"
    >>> author_before(t, "statement", len(t))
    ('the ruling Fretilin party', 22)
    """
    stem = fold(head).rstrip("s")
    best = None
    for mt in _RX_AUTHORED.finditer(text, max(0, pos - 2000), pos):
        k = next(i for i in range(1, 6) if mt.group(f"head{i}"))
        if fold(mt.group(f"head{k}")).rstrip("s") != stem:
            continue
        best = (mt.group(f"author{k}"), mt.start(f"author{k}"))
    return best


#: heads that name one official statement, whichever word a sentence uses for it ('a communiqué issued by X ...
#: According to the statement'); any other document head matches only itself (rule `credited_document`)
_STATEMENT_HEADS = frozenset(("statement", "communique", "press release", "release"))
_RX_DOCUMENT_WORD = re.compile(r"\b(?:" + DOCUMENT_WORDS + r")\b", re.I)
#: the same on lower-cased text, case-sensitive: `re` rejects each branch of the word list on its first letter
#: (with re.I it enters each in full)
_RX_DOCUMENT_WORD_LOWER = re.compile(r"\b(?:" + DOCUMENT_WORDS + r")\b")
_NO_DOCUMENTS: frozenset[str] = frozenset()
#: a document that carries a statement in its speaker's clause: 'in a statement', 'in its latest report', 'through a letter'
_RX_IN_DOCUMENT = re.compile(r"\b(?:[Ii]n|[Tt]hrough)\s+(?:an?|the|its|their|his|her|two|three|several)\s+(?:[\w\-]+\s+){0,3}?(?P<doc>"
                             + DOCUMENT_WORDS + r")\b", re.I)


def _document_key(head: str) -> str:
    """A document head as rule `credited_document` compares it: 'statements' and 'communiqué' -> 'statement'."""
    stem = fold(head).rstrip("s").replace("\u00e9", "e")
    stem = re.sub(r"\s+", " ", stem)
    return "statement" if stem in _STATEMENT_HEADS or stem + "s" in _STATEMENT_HEADS else stem


def credited_document(text: str, start: int, end: int, said: tuple[int, int], *, named: bool,
                      lowered: str | None = None) -> frozenset[str]:
    """Rule `credited_document`: the documents (as _document_key) that the credit of one statement names, so that
    'the statement said' later is that speaker's. The credit is the speaker's clause: its sentence from the
    sentence's start to the statement's words (the speaker before them) or from their end to the sentence's end
    (the speaker after them), where a document carries the words ('in a statement', 'in its latest report'); and
    the speaker phrase itself when it resolved to a `named` author ('a communiqué issued by the Information
    Office'; 'A military statement' resolved to an unnamed 'military' names no one).

    `lowered`: the text lower-cased (the mention layer's `ArticleMentions.lowered()`; None: not at hand): a window
    without 'in' or 'through' is not searched, and the document words run case-sensitively on it (fastre).

    >>> t = "In a statement released late on Friday, the security forces said they hit a camp. The statement said"
    >>> a = t.index("the security"); c = t.index("they")
    >>> sorted(credited_document(t, a, a + 19, (c, t.index(". The")), named=False))
    ['statement']
    >>> t = "Nine died, according to a communiqué issued by the Press Office. Families told us that reports lie."
    >>> a = t.index("a comm"); b = t.index(". Fam")
    >>> sorted(credited_document(t, a, b, (0, 9), named=True)), sorted(credited_document(t, a, b, (0, 9), named=False))
    (['statement'], [])
    >>> credited_document(t, b + 2, b + 10, (b + 16, len(t) - 1), named=False)     # 'reports' are the content's
    frozenset()
    >>> t = "According to the forensic reports, 627 were killed."
    >>> credited_document(t, 0, 25, (35, 50), named=False)
    frozenset()
    """
    s0 = text.rfind("\n", 0, min(start, said[0])) + 1
    dot = text.rfind(". ", s0, min(start, said[0]))
    s0 = dot + 2 if dot >= 0 else s0
    if start < said[0]:         # the speaker before the statement: 'In a statement, X said ...'
        spans = [(s0, start), (end, said[0])]
    else:                       # after it: '..., according to a communiqué issued by X.'
        stop = _RX_SENTENCE_END.search(text, end)
        spans = [(said[1], start), (end, stop.end() if stop else len(text))]
    if lowered is None:
        found = {_document_key(mt.group("doc")) for a, b in spans for mt in _RX_IN_DOCUMENT.finditer(text, a, b)}
        if named:
            found.update(_document_key(mt.group(0)) for mt in _RX_DOCUMENT_WORD.finditer(text, start, end))
        return frozenset(found)
    # (the pattern opens on a word boundary, so `re` tries it at every position: most windows hold neither word)
    found = {_document_key(mt.group("doc")) for a, b in spans
             if lowered.find("in", a, b) >= 0 or lowered.find("through", a, b) >= 0
             for mt in _RX_IN_DOCUMENT.finditer(text, a, b)}
    if named:   # (the lower-cased words give the same keys: _document_key folds them)
        found.update(_document_key(mt.group(0)) for mt in _RX_DOCUMENT_WORD_LOWER.finditer(lowered, start, end))
    return frozenset(found) if found else _NO_DOCUMENTS


_RX_SENTENCE_END = re.compile(r"[.!?](?=[\s\"\u201d]|$)|\n")


def named_body_before(text: str, head: str, pos: int) -> str | None:
    """The latest body named before `pos` whose capitalised name holds `head` ('the committee' <- 'Committee
    for Missing Persons'), else None.

    >>> named_body_before("The Karabakh Committee for Missing Persons met. The committee said", "committee", 55)
    'Karabakh Committee for Missing Persons'
    """
    best = None
    # (only a run of two words or more can hold `head` after its first word: `spaced_runs`, the runs with a space or a
    # no-break space, are exactly those, since no token of _NAME_RUN holds a space; the 90% of one-word runs are
    # skipped in C)
    for mt in spaced_runs(text):
        if mt.start() >= pos:
            break
        toks = mt.group(0).split()
        if len(toks) >= 2 and head in map(fold, toks) and head in (fold(t) for t in toks[1:] if t[:1].isupper()):
            # (the first `in` runs in C and needs what the second does: most runs hold no word that folds to `head`)
            best = mt.group(0)
    return _strip_titles(best) if best else None


_RX_PARTICLE = re.compile(r"^(?:al|el|as|ad|ar|ash|an|at|az|ul)[\-\u2013\s]", re.I)


def bare_surname(name: str) -> str:
    """A one-word surname without its Arabic article: 'Al-Mismari' -> 'mismari' (folded)."""
    return _RX_PARTICLE.sub("", fold(name.strip()))


def registry_person_by_surname(actors, surname: str):
    """The one registry person whose last name is `surname`, its article ignored ('Al-Mismari' <-> registry
    'Ahmed Mismari', 'Hashemi' <-> 'al-Hashemi'); None when no person or several share it.

    >>> from presslens.actors import Actor
    >>> class R: actors = [Actor("Ahmed Mismari", "lna"), Actor("Fayez Al-Sarraj", "gna"), Actor("Mismari Brigade", "lna", kind="org")]
    >>> registry_person_by_surname(R, "Al-Mismari").name, registry_person_by_surname(R, "Sarraj").name
    ('Ahmed Mismari', 'Fayez Al-Sarraj')
    >>> registry_person_by_surname(R, "Haftar") is None
    True
    """
    key = bare_surname(surname)
    if not key or " " in key:
        return None
    found = [a for a in _by_surname(actors).get(key, ()) if len(a.name.split()) > 1 or a.name.split()[0] != surname]
    return found[0] if len({a.name for a in found}) == 1 else None


_SURNAMES: dict = {}


def _by_surname(actors) -> dict[str, list]:
    """The registry's people and unknown-kind actors by bare surname (bare_surname of the last word), in
    registry order; built once per registry (a registry is immutable once loaded) instead of a scan per name."""
    entry = _SURNAMES.get(id(actors))
    if entry is None or entry[0] is not actors:
        if len(_SURNAMES) > 64:     # (tests build many registries)
            _SURNAMES.clear()
        index: dict[str, list] = {}
        for a in actors.actors:
            if a.kind != "org" and a.name.split():
                index.setdefault(bare_surname(a.name.split()[-1]), []).append(a)
        entry = _SURNAMES[id(actors)] = (actors, index)
    return entry[1]

"""Rule `role_holder`: a role named as speaker resolves to the person the same article names as its holder.

A definite role ('the governor', 'the army spokesman', 'The Defence Minister', "the region's governor")
stands for the person the article introduces with that role: as a title before the name (`Role Name`:
'Defence Minister Ilse Varga'), in apposition before it (`Role, Name,`: 'The Defence Minister, Ilse Varga,
said'), in apposition after it (`Name, role of body`: 'Tomas Brenner, the army's spokesman,'). The
nearest holder named before the role wins, else the first named after it within the paragraph; when two
different people named before both hold the role as the phrase gives it, or another person is named
since the holder in the role's own paragraph, the role stays as it stands (`AMBIGUOUS`). A person whose own words give another role ('X, the region's spokesman' for 'the
farmer') holds not this one (`holds_other_role`).

    >>> from .names import _inventory
    >>> t = ("Defence Minister Ilse Varga toured the front. The Defence Minister said the line held.")
    >>> role_holder(t, _inventory(t, None), t.index("The Defence"), "The Defence Minister")
    'Ilse Varga'
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..actors import fold
from .lexicon import MODIFIER_TITLES, ORG_WORDS, ROLE_WORDS, TITLE_DOMAINS, TITLE_NOUNS, _ROLE_SYNONYMS

#: returned by role_holder when two people named before hold the role the phrase gives
AMBIGUOUS = "\0ambiguous"

#: role words that name an office or a function (held by one named person), not a kind of person
_OFFICE_HEADS = (frozenset(TITLE_NOUNS) | frozenset(("spokesman", "spokeswoman", "spokesperson", "minister", "leader",
                                                     "official", "commander", "chief", "head", "governor", "mayor",
                                                     "envoy", "commissioner", "prosecutor", "editor", "director"))) \
    - frozenset(("general", "major", "private", "deputy"))
#: role words that tell a kind of person, not an office: no office holder is one ('the farmer', 'the witness')
_PERSON_KINDS = frozenset(("farmer", "resident", "villager", "witness", "survivor", "doctor", "surgeon", "nurse",
                           "paramedic", "teacher", "student", "driver", "vendor", "shopkeeper", "pharmacist",
                           "engineer", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister",
                           "mum", "dad", "grandmother", "grandfather", "widow", "volunteer", "worker", "trader",
                           "fisherman", "herder", "refugee"))
#: spelling variants folded to one form before words are compared
_VARIANTS = {"defense": "defence", "spokeswoman": "spokesman", "spokesperson": "spokesman", "advisor": "adviser",
             "counselor": "counsellor"}
#: words of a role phrase that say nothing of which holder is meant
_EMPTY = frozenset(("the", "a", "an", "of", "for", "and", "'s", "’s", "s"))
_RX_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w\-]*")
_RX_DEFINITE = re.compile(r"^(?:the|The)\s+")
#: a demonym or an adjective of place before a role ('Ruvian', 'Kandiari', 'Congolese', 'Polish')
_RX_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|i|ish|ic)$")


def _norm(word: str) -> str:
    w = fold(word).strip(".'’")
    w = re.sub(r"['’]s$", "", w)
    return _VARIANTS.get(w, w)


@lru_cache(maxsize=1 << 12)
def role_of_phrase(phrase: str) -> tuple[str, frozenset[str]] | None:
    """(head, qualifiers) of a definite role phrase whose every word is a role, title, domain, body word or a
    demonym ('The Defence Minister' -> ('minister', {'defence'}); "the army's spokesman" -> ('spokesman',
    {'army'})); None for a name, an indefinite phrase, a role with a complement ('the head of X') or a kind of
    person ('the farmer').

    >>> head, quals = role_of_phrase("The Assistant High Commissioner"); head, sorted(quals)
    ('commissioner', ['assistant', 'high'])
    >>> role_of_phrase("the army's spokesman")
    ('spokesman', frozenset({'army'}))
    >>> role_of_phrase("the elder Okafor"), role_of_phrase("a spokesman"), role_of_phrase("the farmer")
    (None, None, None)
    """
    p = " ".join(phrase.split()).strip(" ,.")
    if not _RX_DEFINITE.match(p):
        return None
    words = _RX_WORD.findall(_RX_DEFINITE.sub("", p).replace("’", "'").replace("'s ", " 's "))
    if not words or len(words) > 5:
        return None
    head = _norm(words[-1])
    if head not in _OFFICE_HEADS:
        return None
    quals = []
    for w in words[:-1]:
        n = _norm(w)
        if n in _EMPTY:
            continue
        if w[:1].isupper() and not (n in MODIFIER_TITLES or n in TITLE_DOMAINS or n in TITLE_NOUNS or n in ROLE_WORDS
                                    or n in ORG_WORDS or _RX_DEMONYM.match(w) or w.isupper() or n in _EXTRA_TITLE_WORDS):
            return None     # a name among the words ('the elder Okafor', 'the Omega militia's spokesman')
        if not w[:1].isupper() and n not in MODIFIER_TITLES and n not in TITLE_DOMAINS and n not in ROLE_WORDS \
                and n not in ORG_WORDS and n not in _EXTRA_TITLE_WORDS:
            return None     # 'the new minister', 'the same official': a word that tells no office
        if n not in _PLACE_NOUNS:
            quals.append(n)     # "the province's governor" is any governor the article names
    return head, frozenset(quals)


#: nouns of a place whose office a role names: they do not tell one holder from another
_PLACE_NOUNS = frozenset(("region", "regional", "province", "provincial", "district", "state", "country", "city",
                          "town", "county"))
#: title words of offices that the lexicon's lists leave out ('Assistant High Commissioner', 'Sports Minister')
_EXTRA_TITLE_WORDS = frozenset(("assistant", "sports", "youth", "tourism", "transport", "labour", "labor", "army's",
                                "region", "regional", "province", "provincial", "district", "state", "military",
                                "government", "rebel", "rebels", "group", "party", "movement", "front"))

#: the title words right before a name: tokens back from the name while they are capitalised or role words
_RX_TITLE_BEFORE = re.compile(r"((?:(?:[A-Z][\w\-'’.]*|of|for|the|and|[a-z]+['’]s|" + "|".join(sorted(ROLE_WORDS))
                              + r")\s+){1,7})$")
#: a role in apposition before the name: 'The Defence Minister, ' / 'the army's spokesman, '
_RX_APPOS_BEFORE = re.compile(r"(?:^|[.;:!?\n]\s*|\bsaid\s+|,\s+)((?:[Tt]he|[A-Za-z]+['’]s)\s+[^,.;:\n]{2,60}),\s+$")
#: a role in apposition after the name: ', the army's spokesman,' / ', spokesman for the X' / ', who heads'
_RX_APPOS_AFTER = re.compile(r"\s*,\s+((?:(?:the|a|an|his|her|its|their)\s+)?[^,.;:\n]{2,80})")


def holder_roles(text: str, start: int, end: int) -> frozenset[str]:
    """The folded words of the roles the article gives the person named at [start, end): its title
    before the name, an apposition before it, an apposition after it.

    >>> t = "Tomas Brenner, the army's spokesman, said"
    >>> sorted(holder_roles(t, 0, 13))
    ['army', 'spokesman']
    >>> t = "The Defence Minister, Ilse Varga, said"
    >>> sorted(holder_roles(t, 22, 32))
    ['defence', 'minister']
    """
    found: list[str] = []
    before = text[max(0, start - 90):start]
    mt = _RX_APPOS_BEFORE.search(before)
    if mt:
        found += _RX_WORD.findall(mt.group(1))
    else:
        mt = _RX_TITLE_BEFORE.search(before)
        if mt:
            found += _RX_WORD.findall(mt.group(1))
    mt = _RX_APPOS_AFTER.match(text, end, min(len(text), end + 120))
    if mt and any(_norm(w) in ROLE_WORDS or _norm(w) in _OFFICE_HEADS for w in _RX_WORD.findall(mt.group(1))):
        found += _RX_WORD.findall(mt.group(1))
    return frozenset(_norm(w) for w in found) - _EMPTY


def _name_span(text: str, m) -> tuple[int, int]:
    """The span of an inventory mention's name, which its span holds with its title ('Defence Minister Ilse Varga')."""
    at = text.find(m.name, m.start, m.end)
    return (at, at + len(m.name)) if at >= 0 else (m.start, m.end)


def _roles_of(text: str, m) -> frozenset[str]:
    """holder_roles of an inventory mention."""
    return holder_roles(text, *_name_span(text, m))


def _holds(roles: frozenset[str], head: str, quals: frozenset[str]) -> bool:
    """Whether a person's role words hold `head` (or a synonym) with every qualifier of the phrase."""
    heads = {head, *(_VARIANTS.get(s, s) for s in _ROLE_SYNONYMS.get(head, ()))}
    return bool(roles & heads) and quals <= roles


def _same_person(a: str, b: str) -> bool:
    """Two names of one person: the same, or one the other's surname ('Varga' / 'Ilse Varga')."""
    if a == b:
        return True
    short, long = sorted((a.split(), b.split()), key=len)
    return len(short) == 1 and short[0] == long[-1]     # two full names with other first names are two people


def role_holder(text: str, inventory, pos: int, phrase: str, *, within: int = 2500) -> str | None:
    """The name of the person who holds the role `phrase` stands for at `pos` (see the module), AMBIGUOUS
    when two people named before hold it, else None.

    >>> from .names import _inventory
    >>> t = ("Tomas Brenner, the army's spokesman, spoke on Monday. Then the army spokesman said nine were hurt.")
    >>> role_holder(t, _inventory(t, None), t.index("the army spokesman"), "the army spokesman")
    'Tomas Brenner'
    >>> t = ("Interior Minister Ana Pelt met Finance Minister Ruud Hals. The minister said the talks failed.")
    >>> role_holder(t, _inventory(t, None), t.index("The minister"), "The minister") == AMBIGUOUS
    True
    >>> t = "The governor said the dam held. Governor Ama Kotei later toured it.\\n\\nGovernor Edo Basu said"
    >>> role_holder(t, _inventory(t, None), 0, "The governor")
    'Ama Kotei'
    """
    parsed = role_of_phrase(phrase)
    if parsed is None:
        return None
    head, quals = parsed
    before: list[tuple[int, str]] = []
    others: list[tuple[int, str]] = []     # people named in the role's paragraph, before it, with no office
    after = None
    para_start = text.rfind("\n", 0, pos)
    para_end = text.find("\n", pos)
    para_end = len(text) if para_end < 0 else para_end
    for m in inventory:
        if m.late or role_of_phrase("the " + m.name) is not None:
            continue        # a role taken for a name ('Sports Minister') holds nothing
        a, b = _name_span(text, m)
        if b <= pos and pos - b <= within:
            roles = holder_roles(text, a, b)
            if _holds(roles, head, quals):
                before.append((a, m.name))
            elif m.person and a > para_start and not roles & _OFFICE_HEADS:
                others.append((a, m.name))
        elif a >= pos and a <= para_end and (after is None or a < after[0]):
            if _holds(holder_roles(text, a, b), head, quals):
                after = (a, m.name)
    if before:
        at, last = max(before)
        if any(not _same_person(b, last) for _, b in before) \
                or any(o > at and not _same_person(n, last) for o, n in others):
            return AMBIGUOUS    # another holder, or a person named since in the role's paragraph ('her colleague X')
        return last
    return after[1] if after is not None else None


def holds_other_role(text: str, inventory, name: str, phrase: str) -> bool:
    """Whether `phrase` names a kind of person ('the farmer', 'the witness') and the person `name` is given,
    where the article names them, an office ('X, the region's spokesman' is not 'the farmer'); an office
    named by `phrase` ('the official', 'the head') may be any office.

    >>> from .names import _inventory
    >>> t = "Hailu Tesfa, the region's spokesman, spoke. One farmer lost his sons, the farmer said."
    >>> holds_other_role(t, _inventory(t, None), "Hailu Tesfa", "the farmer")
    True
    >>> holds_other_role(t, _inventory(t, None), "Hailu Tesfa", "the spokesman")
    False
    """
    words = _RX_WORD.findall(phrase)
    if not words or _norm(words[-1]) not in _PERSON_KINDS:
        return False        # 'the official', 'the head': any office may be meant
    for m in inventory:
        if m.person and m.name == name and any(r in _OFFICE_HEADS for r in _roles_of(text, m)):
            return True
    return False

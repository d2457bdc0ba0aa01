"""Coreference by salience and by role, general to any article (issue #11, session 4).

Each function is one named resolution step of the mention layer (mentions.layer calls them):

- `subject_body_before`: 'it' is the body that is the subject of its own sentence before it or of the
  nearest sentence before it (a body named inside a quotation or in an object position is not);
- `role_holder_before`: 'the spokesman' is the person the article introduced with that role in their own
  appositive or title, before the nearest person merely named;
- `person_named_after`: a definite role opening a report ('The head of the X militia has ..., saying') is
  the person the next sentences name as a speaker, when no one with that role was named before;
- `possessive_body`: "Ruvia's health department" is a body, not the place that owns it;
- `appositive_name`: "the movement's armed wing, the Omega Brigades," is the body named in apposition.

The patterns read English news copy of any war; the examples are composed, none comes from an eval text.
"""
from __future__ import annotations

import re

from ..actors import fold
from .lexicon import ORG_ANAPHORS, ORG_WORDS, ROLE_WORDS, _NAME_RUN
from .rules import DOCUMENT_WORDS
from .names import _gender as _gender_of

#: a sentence boundary: a stop (not after one capital letter or a title) or a line break. (Written to open on one
#: character class, the stop or the break, with the look-behinds after it: a pattern that opens on a look-behind is
#: tried at every position of the window, this one only at its stops and breaks.)
_RX_SENT_END = re.compile(r"[.!?\n](?:(?<=\n)\n*|(?<![A-Z][.!?])(?<!\b(?:Mr|Ms|Dr|St|Lt|Jr|Sr|No|Co)[.!?])"
                          r"(?<!\b(?:Mrs|Gen|Col|Maj|Sgt|Gov|Rep|Sen|Cpt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[.!?])"
                          r"(?<!\bSept[.!?])[\"”’]?\s+)")
#: words that open a sentence before its subject: a connective, a time or a place adverbial ending in a comma
_RX_LEAD = re.compile(r"(?:(?:But|And|Yet|So|Meanwhile|However|Separately|Later|Earlier|Also|Still|Instead|Moreover|"
                      r"Furthermore|In\s+(?:a|its|their|the)\s+[\w\s\-]{1,40}?|On\s+[\w\s\-]{1,30}?|Late\s+on\s+[\w\s\-]{1,20}?|"
                      r"At\s+[\w\s\-]{1,30}?|For\s+its\s+part|For\s+their\s+part),?\s+)*")
#: a definite body as a subject: "The Ruvian military", "The interior ministry", "Ruvia's health department"
_RX_DEF_BODY = re.compile(r"(?:[Tt]he\s+|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}['’]s\s+)([\w\-'’]+(?:\s+[\w\-'’]+){0,5})")
_BODY_HEADS = frozenset(ORG_WORDS | ORG_ANAPHORS)
#: plural heads: 'it' is never these
_PLURAL_HEADS = frozenset(("forces", "authorities", "rebels", "militants", "insurgents", "guerrillas", "units", "troops",
                           "officials", "sources", "nations"))
#: words that end a subject before any body word could (a verb or a preposition)
_VERBISH = frozenset(("said", "says", "did", "does", "has", "had", "was", "is", "of", "in", "on", "to", "at", "for",
                      "and", "with", "from", "by", "claim", "claims", "told", "denied"))
_QUOTE_OPEN, _QUOTE_CLOSE = "“«", "”»"


def _inside_quote(text: str, para: int, pos: int) -> bool:
    """Whether `pos` stands inside a quotation opened earlier in its paragraph (curly or straight marks)."""
    seg = text[para:pos]
    depth = sum(seg.count(c) for c in _QUOTE_OPEN) - sum(seg.count(c) for c in _QUOTE_CLOSE)
    return depth > 0 or seg.count('"') % 2 == 1


def _sentence_starts(text: str, lo: int, hi: int) -> list[int]:
    """Starts of the sentences that begin in [lo, hi) (lo counts as one)."""
    starts = [lo]
    for mt in _RX_SENT_END.finditer(text, lo, hi):
        if mt.end() < hi:
            starts.append(mt.end())
    return starts


def _subject_at(text: str, s: int, orgs, persons) -> tuple[int, str] | None:
    """The singular body that opens the sentence at `s` (after a connective or adverbial lead) as
    (position, phrase), else None (the subject is a person, a plural, a pronoun or no body)."""
    lead = _RX_LEAD.match(text, s)
    at = lead.end() if lead else s
    if text[at:at + 1] in "“\"«":
        return None
    for p, name, _ in orgs:
        if p == at or (p == at + 4 and text[at:at + 4] in ("The ", "the ")):
            if _plural_surface(name if text.startswith(name, p) else text[p:p + 60]):
                return None     # 'The Ruvian Forces say': they (the registry's fullest name may differ)
            role = _RX_NEXT_WORD.match(text, p + len(name)) if text.startswith(name, p) else None
            if role and fold(role.group(1)) in ROLE_WORDS:
                return None     # 'A Reuters witness saw': a person of the body
            after = text[p + len(name):p + len(name) + 2]
            if after[:2] in ("’s", "'s"):    # "Ruvia's health department": the owner's body, below
                break
            return p, name
    mt = _RX_DEF_BODY.match(text, at)
    if mt:
        words = mt.group(1).split()
        k = next((i for i, w in enumerate(words) if fold(w) in _BODY_HEADS), -1)
        if k >= 0 and words[k][:1].islower() and fold(words[k]) not in _PLURAL_HEADS \
                and all(w[:1].isupper() or fold(w) not in _VERBISH for w in words[:k]):
            end = mt.start(1) + len(" ".join(words[:k + 1]))
            return at, text[at:end]
    if any(p == at for p in persons):
        return None     # a person opens the sentence
    run = _NAME_RUN.match(text, at)
    if run and _RX_WHICH.match(text, run.end()):
        return at, run.group(0)        # 'Ruvia, which sent troops in what it calls ...': 'which' tells no person
    if run and " " not in run.group(0) and run.group(0).isupper() and len(run.group(0)) >= 2 \
            and _RX_LOWER_NEXT.match(text, run.end()):
        return at, run.group(0)        # an acronym subject: 'OCHA said' (not a dateline 'KANDIA, May 4')
    return None


def _plural_surface(surface: str) -> bool:
    """Whether the words naming a body at its mention end in a plural head ('Rapid Support Forces'; the
    first body word of 'Ruvian military released ...' is singular)."""
    words = [fold(w) for w in surface.split()[:5]]
    head = next((w for w in words if w in _BODY_HEADS), words[-1] if words else "")
    return head in _PLURAL_HEADS


_RX_NEXT_WORD = re.compile(r"\s+([a-z][\w\-]*)")
_RX_WHICH = re.compile(r",\s+which\b")
#: a source named after its statement: '..., according to the Ruvia Conflict Monitor. It puts ...'
_RX_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|cited\s+by|reported\s+by|quoted\s+by|by)\s+(?:the\s+)?$")
_RX_LOWER_NEXT = re.compile(r" [a-z]")
#: a speaker's own reporting verb after it in its clause: that sentence's subject is a speaker already resolved
_RX_OWN_CUE = re.compile(r"[^,.;:“”\"«»\n]{0,80}?\b(?:said|says|say|added|adds|told|tells|stated|states|reported|reports|"
                         r"announced|announces|noted|notes|wrote|writes|confirmed|confirms|denied|denies|warned|warns|"
                         r"claimed|claims|insisted|insists|put|puts|according)\b")


def subject_body_before(text: str, pos: int, orgs, persons, *, speakers=(), reach: int = 700) -> tuple[int, str] | None:
    """Rule `subject_body_before`: the antecedent of 'it' at `pos` is the singular body that is the subject
    of its own sentence (before 'it') or of the nearest sentence before, not inside a quotation; a sentence
    whose subject is a person, a plural or no body is passed over; None when none is found within `reach`,
    or when the nearest sentence with a subject has a speaker already resolved (`speakers`: their positions)
    with its own reporting verb ('..., the statement said. "...," it added': the layer's history decides).

    >>> t = ('The Ruvian military issued a statement saying: "Our jets struck two Omega Front sites." '
    ...      'It said more details would follow.')
    >>> subject_body_before(t, t.index("It said"), [(76, "Omega Front", None)], [])
    (0, 'The Ruvian military')
    >>> t = ("The Omega Front did not comment on the Ruvian claim to have hit its depots. It said the strikes "
    ...      "hit homes.")
    >>> subject_body_before(t, t.index("It said"), [(4, "Omega Front", None)], [])
    (4, 'Omega Front')
    >>> t = "Ruvia, which sent troops in May in what it calls a police action, denies it."
    >>> subject_body_before(t, t.index("it calls"), [(0, "Ruvia", None)], [])
    (0, 'Ruvia')
    """
    lo = max(0, pos - reach)
    nl = text.rfind("\n", 0, lo)
    lo = nl + 1 if nl >= 0 else 0
    starts = _sentence_starts(text, lo, pos)
    ends = starts[1:] + [pos]
    for s, e in reversed(list(zip(starts, ends))):
        if s >= pos:
            continue
        if any(s <= p < min(e, pos) and (_RX_OWN_CUE.match(text, p) or _RX_SOURCE_BEFORE.search(text, max(s, p - 25), p))
               for p in speakers):
            return None
        para = text.rfind("\n", 0, s) + 1
        if _inside_quote(text, para, s):
            continue
        found = _subject_at(text, s, orgs, persons)
        if found is not None and found[0] < pos:
            return found
    return None


def role_holder_before(inventory, pos: int, role: str, *, within: int = 1500) -> str | None:
    """Rule `role_holder_before`: 'the spokesman said' -> the latest person named within `within`
    characters before whose own appositive or title holds that role ('Abel Ruiz, a spokesman for the
    front, ...'), else None; a person merely named nearer ('loyal to local leader X') does not hold it.

    >>> from .names import _inventory
    >>> t = ("Abel Ruiz, a spokesman for the front who is loyal to commander Dario Vela, said the road was cut. "
    ...      "The spokesman said two fighters were hurt.")
    >>> role_holder_before(_inventory(t, None), t.index("The spokesman"), "spokesman")
    'Abel Ruiz'
    """
    rx = re.compile(r"\b" + re.escape(role) + r"s?\b")
    best = None
    for m in inventory:
        if m.person and not m.late and m.end <= pos and pos - m.end <= within:
            own = fold(m.descriptor)
            at = own.find(fold(m.name))
            if at >= 0 and rx.search(own[at:]) or (at > 0 and rx.search(own[max(0, at - 30):at])
                                                    and "," not in own[max(0, at - 30):at]):
                best = m
    return best.name if best is not None else None


_RX_DEFINITE_ROLE = re.compile(r"^the\s+(?:[a-z][\w\-]*\s+){0,2}([a-z][\w\-]*)\s+(?:of|for)\s+\S", re.I)


def person_named_after(text: str, inventory, pos: int, phrase: str, *, within: int = 700) -> str | None:
    """Rule `person_named_after`: a definite role with its body ('The head of the Omega militia has broken
    with X, saying'), no holder named before, is the first person named after it within `within` characters
    who opens a sentence and whose own appositive gives no other role; else None.

    >>> from .names import _inventory
    >>> t = ("The head of the Omega militia has broken with its allies, saying the war was lost. "
    ...      "Dario Vela said half of his men had deserted.")
    >>> person_named_after(t, _inventory(t, None), 0, "The head of the Omega militia")
    'Dario Vela'
    >>> t2 = t.replace("Dario Vela said", "Dario Vela, a farmer, said")
    >>> person_named_after(t2, _inventory(t2, None), 0, "The head of the Omega militia") is None
    True
    """
    mt = _RX_DEFINITE_ROLE.match(phrase.strip())
    if mt is None or fold(mt.group(1)) not in ROLE_WORDS:
        return None
    for m in inventory:
        if not m.person or m.late or m.start <= pos + len(phrase):
            continue
        if m.start - pos > within:
            return None
        s = max(text.rfind(". ", 0, m.start) + 2, text.rfind("\n", 0, m.start) + 1)
        if text[s:m.start].strip(" “\"") not in ("",):
            continue
        own = fold(m.descriptor)
        at = own.find(fold(m.name))
        tail = own[at + len(fold(m.name)):] if at >= 0 else ""
        roles = {w for w in re.findall(r"[a-z\-]+", tail) if w in ROLE_WORDS}
        if roles and fold(mt.group(1)) not in roles:
            return None
        return m.name
    return None


_RX_POSSESSIVE_BODY = re.compile(r"^(?:[Tt]he\s+)?((?:[A-Z][\w\-]*\s+(?:(?:of|the|and)\s+)*){0,4}[A-Z][\w\-]*)['’]s\s+((?:[a-z][\w\-]*\s+){0,2}([a-z][\w\-]*))$")


def possessive_body(phrase: str) -> tuple[str, str] | None:
    """Rule `possessive_body`: "Ruvia's health department", "the Omega Front's armed wing" -> (the whole
    phrase without 'the', the owner): a body of the owner, not the owner cut off; None for other phrases.

    >>> possessive_body("Ruvia’s health department")
    ('Ruvia’s health department', 'Ruvia')
    >>> possessive_body("Ruvia's army"), possessive_body("Ruvia's president")
    (("Ruvia's army", 'Ruvia'), None)
    >>> possessive_body("The Republic of Chad's government")
    ("Republic of Chad's government", 'Republic of Chad')
    """
    p = _RX_NOT_OWNER.sub("", phrase.strip())
    mt = _RX_POSSESSIVE_BODY.match(p)
    if mt is None or (fold(mt.group(3)) not in ORG_WORDS and fold(mt.group(3)) != "wing"):
        return None
    return p[mt.start(1):], mt.group(1)


_RX_NOT_OWNER = re.compile(r"^(?:Neighbou?ring|Nearby|Rival|Fellow)\s+")


_RX_APPOSITIVE_NAME = re.compile(r",\s+(?:the\s+)?((?:[A-Z][\w'’\-]*|al-[\w\-]+)(?:\s+(?:[A-Z][\w'’\-]*|al-[\w\-]+|of|for|the)){0,6})\s*[,(]")


def appositive_name(text: str, end: int) -> str | None:
    """Rule `appositive_name`: a body described and then named in apposition ("the movement's armed wing,
    the Omega Brigades, has vowed") -> the name; None without one.

    >>> t = "The movement's armed wing, the Omega Brigades, has vowed to fight on."
    >>> appositive_name(t, t.index(","))
    'Omega Brigades'
    >>> appositive_name("The movement's armed wing, which was formed in 2001, said", 25) is None
    True
    """
    mt = _RX_APPOSITIVE_NAME.match(text, end, end + 90)
    if mt is None:
        return None
    name = mt.group(1).rstrip()
    while name.split()[-1] in ("of", "for", "the"):
        name = name.rsplit(None, 1)[0]
    return name if any(fold(t) in ORG_WORDS for t in name.split()) else None


_RX_BODY_AFTER_OWNER = re.compile(r"((?:\s+[a-z][\w\-]*){1,3})")


def possessive_cut(text: str, end: int) -> int | None:
    """Rule `possessive_cut`: a speaker phrase cut after its owner's possessive ("Ruvia's" of "Ruvia's health
    department condemned ...") -> the end of the body's words in `text`; None when no body word follows.

    >>> t = "Ruvia's health department, which the Front runs, condemned the strike."
    >>> t[:possessive_cut(t, 7)]
    "Ruvia's health department"
    >>> possessive_cut("Ruvia's leaders condemned it.", 7) is None
    True
    """
    mt = _RX_BODY_AFTER_OWNER.match(text, end)
    if mt is None:
        return None
    words = mt.group(1).split()
    k = next((i for i, w in enumerate(words) if fold(w) in _BODY_HEADS and fold(w) not in _PLURAL_HEADS), -1)
    if k < 0 or any(fold(w) in _VERBISH for w in words[:k]):
        return None
    return mt.start(1) + len(mt.group(1)) - len(" ".join(words[k + 1:])) - (1 if words[k + 1:] else 0)


_RX_BRACKETED_ACRONYM = re.compile(r"\s*\((?:[A-Z][A-Za-z0-9.&\-]{1,9})\)(?=\s+(?:[a-z\-]+\s+)?(?:" + DOCUMENT_WORDS + r")$)")


def without_bracketed_acronym(phrase: str) -> str:
    """Rule `bracketed_acronym`: a phrase read without an acronym given in brackets inside it ('an
    Inter-Agency Relief Office (IARO) statement' -> 'an Inter-Agency Relief Office statement'), so that its
    head and its named body are seen; the acronym is found again by the article's expansions. Only before a
    document word: 'the Front (RF) spokesman' keeps its brackets.

    >>> without_bracketed_acronym("an Inter-Agency Relief Office (IARO) statement")
    'an Inter-Agency Relief Office statement'
    >>> without_bracketed_acronym("the Casamance Front (MFDC) spokesman")
    'the Casamance Front (MFDC) spokesman'
    """
    return _RX_BRACKETED_ACRONYM.sub("", phrase) if "(" in phrase else phrase


_RX_PARTICLE = re.compile(r"(?:^|\s)((?:al|el|ad|ash|as|at|az|ar|an)-|(?:bin|ibn|van|von|de|da|dos|di)\s)$")
#: the longest match of _RX_PARTICLE and the newline its '$' may stand before: a search that ends at `at` starts
#: that far before it (the same match; a search from 0 tries the pattern at every position of the phrase)
_PARTICLE_REACH = 1 + 4 + 1


def with_particle(phrase: str, core: str) -> str:
    """Rule `name_particle`: a surname written with a lower-case particle keeps it ('al-Hashimi said' ->
    'al-Hashimi', not 'Hashimi'), so that the full name ('Nuri al-Hashimi') and the registry are found.

    >>> with_particle("al-Hashimi", "Hashimi"), with_particle("Hashimi", "Hashimi")
    ('al-Hashimi', 'Hashimi')
    """
    at = phrase.rfind(core)
    if at <= 0:
        return core
    mt = _RX_PARTICLE.search(phrase, max(0, at - _PARTICLE_REACH), at)
    return mt.group(1) + core if mt else core


def unnamed_speaker_before(text: str, pos: int, last, gender: str, named_at: int, named: str | None = None, *,
                           reach: int = 600) -> str | None:
    """Rule `unnamed_speaker_before`: 'he'/'she' after an unnamed person who spoke last ('"...," the night
    watchman told us. According to his account, ...') is that person, when no person is named after that
    speaker and before `pos` (`named_at`: the position of the latest named antecedent `named`, whose words
    are looked for since), within `reach`
    characters and the same or the previous paragraph; `last` is the layer's last unnamed source
    (end, name, side, type). Else None.

    >>> t = 'Soldiers of Abel Ruiz passed. "They came at night," the night watchman said. By his account, ten died.'
    >>> unnamed_speaker_before(t, t.index("his account"), (t.index(" said"), "night watchman", None, "person"), "m", 12)
    'night watchman'
    >>> unnamed_speaker_before(t, t.index("his account"), (20, "night watchman", None, "person"), "m", 30) is None
    True
    """
    end, name, _, stype = last
    if stype != "person" or end > pos or end <= named_at or pos - end > reach or not name[:1].islower():
        return None     # a body credited without a name ('— Ruvian Army (@RuvianArmy)') is no 'he'
    if named and any(re.search(r"\b" + re.escape(w) + r"\b", text[end:pos]) for w in named.split() if w[:1].isupper()):
        return None     # the named antecedent taken up since by its surname ('Halim gave a lower number')
    if text.count("\n\n", end, pos) > 1 or (text.count("\n", end, pos) > 1 and "\n\n" not in text[end:pos]):
        return None
    g = _gender_of(name)
    if gender and g and g != gender:
        return None
    return name

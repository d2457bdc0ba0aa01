"""Naming a claimant as the registry names it: 'it', 'the group', 'the rebels' -> the body the article named;
'the military' -> the state's one army body; a longer phrase ending in a registry name; the claimant's side."""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..fastre import _re_findall, _re_sub
from ..mentions.lexicon import TITLES
from .lexicon import Lexicon
from ..countries import country_of
from .sides import SideWords, _role_of


#: speakers the quote table (or the sentence) leaves unresolved: pronouns and bare group nouns
_GENERIC_SPEAKER = re.compile(r"^(?:the\s+)?(?:[a-z]+\s+)?(?:it|they|he|she|group|organi[sz]ation|movement|rebels|guerrillas|"
                              r"separatists|militants|insurgents|fighters|monitor|agency|charity|network|front|"
                              r"ministry|report|statement)$", re.I)


#: nouns of one kind of body: resolved only to a body whose name says so ('the ministry' is not the rebel group)
_OWN_KIND_WORDS = frozenset({"ministry"})
_GROUP_WORDS = {"group", "organisation", "organization", "charity", "network", "movement", "front"}
_REBEL_WORDS = {"rebels", "guerrillas", "separatists", "militants", "insurgents", "fighters", "movement", "front"}


_BODY_ROLE = re.compile(r"\b(?:group|agency|organi[sz]ation|network|ministry|army|police|front|movement|monitor|"
                        r"office|charity|council|government|forces|party|radio|newspaper|hospital|clinic|body)\b", re.I)


def _is_body(actor: Any) -> bool:
    """An organisation or body (not a person): the registry's `kind`, else its role words, else its name."""
    if actor.kind:
        return actor.kind != "person"
    return bool(_BODY_ROLE.search(actor.role or "")) or not actor.is_person


def _resolve_generic(name: str, before: list[str], sw: SideWords, after: Iterable[str] = ()) -> str:
    """'it', 'the group', 'rebels' -> the organisation the article last named (registry actors only)."""
    if sw.view is None or not _GENERIC_SPEAKER.match(name.strip()) or sw.view.lookup(name) is not None:
        return name
    word = name.strip().lower().split()[-1]
    if word in ("he", "she"):
        return name
    # 'the ministry': the last-named body whose name says ministry, before any other body
    if word not in ("it", "they", "report"):
        for sent in [*reversed(before[-6:]), *after]:
            for clause in reversed(re.split(r"[,;(]", sent)):
                actor = sw.view.find(clause)
                if actor is not None and _is_body(actor) and \
                        any(word in n.lower().split() for n in (actor.name, *actor.aliases)):
                    return actor.name
    if word in _OWN_KIND_WORDS:
        return name     # rule `own_kind_only`: 'the ministry' is a ministry or stays as written, never another body
    # the organisation named last before; for a headline, the first one named after it
    for sent in [*reversed(before[-6:]), *after]:
        for clause in reversed(re.split(r"[,;(]", sent)):
            actor = sw.view.find(clause)
            if actor is None or not _is_body(actor):
                continue
            if word in _REBEL_WORDS and sw.nonstate and actor.side != sw.nonstate:
                continue
            if word in _GROUP_WORDS and sw.state and actor.side == sw.state:
                continue  # "the group" is not the state's army or ministry
            return actor.name
    if word in _REBEL_WORDS and sw.nonstate:  # "the rebels": the conflict's one rebel body, when there is one
        bodies = {a.name for a in sw.view.actors if a.side == sw.nonstate and _is_body(a)}
        if len(bodies) == 1:
            return bodies.pop()
    return name


def _registry_tail(name: str, sw: SideWords) -> Any:
    """The registry actor that ends a longer speaker phrase: 'Its spokesman Sher Zaman Kohdamani', 'the nom de
    guerre Abu Khalid', 'District Police Officer Asad Mehmood'; a one-word alias ('army') only after lower-case
    words ('our own army'), so 'Russian army' is not another state's 'army'."""
    words = name.split()
    for k in range(1, len(words)):
        tail, head = " ".join(words[k:]), words[:k]
        if len(words) - k < 2 and any(w[:1].isupper() for w in head) and not _place_owns(head, tail, sw):
            continue
        if any(w.lower() in ("for", "of", "at", "from", "with", "to") for w in head):
            return members_body(head, tail, sw)  # 'a spokeswoman for Borisna General Hospital' is not the hospital
        actor = sw.view.lookup(tail)
        if actor is not None:
            return actor
    return None


#: the body's own members or units before 'of' (rule `members_of_body`): plural members ('militants of', 'doctors of'),
#: a unit ('Mechanised Battalion of'); a singular person ('a member of', 'a spokesman of') and the body's people who
#: only speak for it ('officials of', 'sources in', 'residents of') are the unnamed source's phrase, kept as written
_MEMBERS_OF = re.compile(r"""
    ^(?:(?:the|its|their|\d+(?:st|nd|rd|th)?)\s+)?       # an optional determiner or unit number ('11', '3rd')
    (?:[A-Za-z\-]+\s+)?                                  # one qualifier ('Mechanised', 'armed')
    (?:militants|fighters|rebels|guerrillas|insurgents|combatants|troops|soldiers|doctors|medics|volunteers
       |battalion|brigade|division|regiment|unit|wing)
    \s+of$                                                # 'of' (an article after it is the tail's)
    """, re.I | re.X)


def members_body(head: list[str], tail: str, sw: SideWords) -> Any:
    """Rule `members_of_body`: a claimant phrase naming a registry body's members or unit ('Militants of the Movement
    for X', 'doctors of the Alliance Y', 'Mechanised Battalion of the Ghana Armed Forces') is the body (the golds' form
    in 3 wars); None for anything else before 'of' ('a spokeswoman for', 'officials of', 'residents of') or a tail
    that is no registry body (a place, a person).

    >>> from presslens.actors import Actors, _conflict
    >>> reg = Actors([_conflict("x", {"sides": {"reb": "the rebels"}, "actors": [
    ...     {"name": "Front for the Liberation of Kesh", "side": "reb", "kind": "org"}]})])
    >>> members_body("Fighters of".split(), "the Front for the Liberation of Kesh", SideWords(view=reg)).name
    'Front for the Liberation of Kesh'
    >>> members_body("officials of".split(), "the Front for the Liberation of Kesh", SideWords(view=reg)) is None
    True
    """
    if head[-1].lower() != "of" or not _MEMBERS_OF.match(" ".join(head)):
        return None
    actor = sw.view.lookup(tail[4:] if tail[:4].lower() == "the " else tail)
    return actor if actor is not None and _is_body(actor) else None


def _place_owns(head: list[str], tail: str, sw: SideWords) -> bool:
    """Rule `place_owns_name`: a place's possessive before a registry name written with its capital ("Angola's UNITA",
    "Yemen's Houthis"): the name alone; a common noun ('army') stays guarded ("Russia's army" is not another's)."""
    if not (tail[:1].isupper() and all(w.endswith(("'s", "’s")) for w in head)):
        return False
    actor = sw.view.lookup(tail)
    return actor is not None and any(tail == form for form in (actor.name, *actor.aliases))


_DESC_STOP = frozenset("the a an of for and its their in on at to by from with s".split())
#: heads of people's phrases ('a military official'): the rule below names bodies only
_PERSON_HEADS = frozenset("official officials source sources spokesman spokeswoman spokesperson resident residents "
                          "witness witnesses officer officers commander doctor doctors".split())


def described_body(name: str, sw: SideWords) -> Any:
    """Rule `described_body`: an unnamed body described by what it does ("the military's media wing") is the one
    registry body whose role holds the phrase's first and last words (its owner and head noun) and all its other words
    but one; None otherwise.

    >>> from presslens.actors import Actors, _conflict
    >>> reg = Actors([_conflict("chad", {"sides": {"gov": "the Chadian state"}, "actors": [
    ...     {"name": "Direction de la Communication", "side": "gov", "kind": "org",
    ...      "role": "the army's press office"}]})])
    >>> described_body("the army's press office", SideWords(view=reg)).name
    'Direction de la Communication'
    >>> described_body("the police press office", SideWords(view=reg)) is None
    True
    """
    if sw.view is None or not name or (name[:1].isupper() and not re.match(r"(?:The|A|An)\s", name)):
        return None
    words = [w for w in re.findall(r"[a-z]+", _re_sub(r"['’]s?\b", " ", name.lower())) if w not in _DESC_STOP]
    if len(words) < 2 or words[-1] in _PERSON_HEADS:
        return None
    found = {}
    for actor in sw.view.actors:
        if not actor.role or actor.is_person:    # (a person whose role names a body is no body)
            continue
        role = set(re.findall(r"[a-z]+", _re_sub(r"['’]s?\b", " ", actor.role.lower())))
        if words[0] in role and words[-1] in role and len(role.intersection(words)) >= len(words) - 1:
            found[actor.name] = actor
    return next(iter(found.values())) if len(found) == 1 else None


#: the state's army named by a common noun alone: 'the military', 'army', 'the armed forces', or by its document ('a
#: military statement'); a person of it ('military sources', 'an army official', 'the army spokesman') is an unnamed
#: source, kept as written (rule `unnamed_source_as_written`)
_ARMY_NOUN = re.compile(r"^(?:the\s+|an?\s+)?(?:military|army|armed\s+forces)(?:\s+(?:statement|communiqu[eé]))?$", re.I)
_ARMY_WORDS = ("army", "armed forces", "military", "defence forces", "defense forces")


def state_army(name: str, sw: SideWords) -> Any:
    """Rule `state_army`: 'the military' (or 'a military statement', whose author the mention layer leaves as
    'military') is the registry's one army body of the article's state side; None when there is not exactly one."""
    if sw.view is None or not sw.state or not _ARMY_NOUN.match(name.strip()):
        return None
    bodies = {a.name: a for a in sw.view.actors if a.side == sw.state and _is_body(a)
              and any(w in n.lower() for n in (a.name, *a.aliases) for w in _ARMY_WORDS)
              and not re.search(r"\d|\b(?:division|brigade|battalion|command|regiment)\b", a.name, re.I)}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


#: rule `cut_at_sentence_end`: a claimant phrase run over the end of a sentence or a dateline's credit ('West Kingston.
#: Police', 'CNN) -- A militant group'): a word of four letters or more closed by a period (no initial, no title's
#: abbreviation: 'Gen.', 'Capt.'), or a dash after a credit's bracket, before a capital
_SENTENCE_END_IN = re.compile(r"\b(?P<word>[A-Za-z][a-z]{3,})\.\s+(?=[A-Z])|\)\s*--?\s+(?=[A-Z])|\s--\s+(?=[A-Z])")


def cut_at_sentence_end(name: str) -> str:
    """Rule `cut_at_sentence_end`: the part of a claimant phrase after the last sentence end or credit dash inside it.

    >>> cut_at_sentence_end("Port Loko. Police"), cut_at_sentence_end("AP) -- A rebel group")
    ('Police', 'A rebel group')
    >>> cut_at_sentence_end("Gen. Koroma"), cut_at_sentence_end("U.S. officials"), cut_at_sentence_end("Capt. A. Kanu")
    ('Gen. Koroma', 'U.S. officials', 'Capt. A. Kanu')
    """
    if ". " not in name and "--" not in name:
        return name
    cut = 0
    for m in _SENTENCE_END_IN.finditer(name):
        if m.group("word") is None or m.group("word").lower() not in TITLES:
            cut = m.end()
    return name[cut:]


def _canonical(name: str | None, sw: SideWords) -> str | None:
    """A claimant as the registry names it ('army' -> "Lantara's army"), else as written, leading article lower."""
    if not name:
        return name
    name = cut_at_sentence_end(name)
    if sw.view is not None:
        actor = sw.view.lookup(name)
        if actor is None:
            actor = _registry_tail(name, sw) or state_army(name, sw) or described_body(name, sw)
        if actor is not None:
            return actor.name
    if "(" in name:
        name = _re_sub(r"\s*\([^)]*$", "", name)  # an unclosed "(AMS"
    if name[:1] not in ("T", "A"):
        return name     # (the pattern below cannot match: a cheap test before it)
    return _re_sub(r"^(The|A|An)\s+(?=[a-z])", lambda m: m.group(1).lower() + " ", name)


def alias_as_written(written: str, named: str, sw: SideWords, lowered_text: str, text: str = "") -> str | None:
    """Rule `alias_as_written`: a claimant phrase that is one of a registry actor's aliases, in an article that never
    writes the actor's registry name, stays as the article writes it (the golds name a claimant as in statements, and
    a statement's speaker is named as its article names it: `Interior Ministry`, not the registry's `Ministry of
    Internal Affairs of Kyrgyzstan`); None where `_canonical`'s registry name stands (the article writes it, or the
    phrase is no alias but a longer phrase, a role or a common noun the registry resolved). `lowered_text`: the
    article in lower case; `text`: the article (a phrase that reached here in lower case takes its case back:
    `as_in_article`).

    >>> from presslens.actors import Actors, _conflict
    >>> reg = Actors([_conflict("x", {"sides": {"gov": "the Ruritanian state"}, "actors": [
    ...     {"name": "Ruritanian Ministry of Internal Affairs", "side": "gov", "kind": "org",
    ...      "aliases": ["Interior Ministry"]}]})])
    >>> sw = SideWords(view=reg)
    >>> alias_as_written("Interior Ministry", "Ruritanian Ministry of Internal Affairs", sw,
    ...                  "four guards died, the interior ministry said.")
    'Interior Ministry'

    Not where the article names the actor by its registry name, nor a phrase that is no alias:

    >>> alias_as_written("Interior Ministry", "Ruritanian Ministry of Internal Affairs", sw,
    ...                  "the ruritanian ministry of internal affairs said four guards died.") is None
    True
    >>> alias_as_written("its ministry spokesman", "Ruritanian Ministry of Internal Affairs", sw, "") is None
    True
    """
    if sw.view is None or named == written or named.lower() in lowered_text:
        return None
    form = cut_at_sentence_end(written)
    if sw.view.lookup(form) is None:
        return None
    if form[:1].islower():
        form = as_in_article(form, text, lowered_text)
    return _re_sub(r"^(The|A|An)\s+", lambda m: m.group(1).lower() + " ", form) if form[:1] in ("T", "A") else form


def as_in_article(form: str, text: str, lowered_text: str) -> str:
    """A phrase that reached the claimant in lower case (read from a lowered sentence) in the article's own case, from
    its first place in the article: `iran's health ministry` -> `Iran's health ministry`; a phrase that opens on its
    article (`the interior ministry`), or that the article does not hold as written, stays as it is.

    >>> t = "Iran's health ministry reported 606 deaths."
    >>> as_in_article("iran's health ministry", t, t.lower())
    "Iran's health ministry"
    >>> as_in_article("the health ministry", "The health ministry said so.", "the health ministry said so.")
    'the health ministry'
    """
    if form.startswith(("the ", "a ", "an ")) or len(text) != len(lowered_text):
        return form
    at = lowered_text.find(form.lower())
    return text[at:at + len(form)] if at >= 0 else form


def _claimant_side(name: str, sw: SideWords, lex: Lexicon) -> str | None:
    """A claimant's side: the registry's answer for the name or descriptor, else what its role words say."""
    side = sw.side_of_speaker(name)
    if side:
        return side
    words = _re_findall(r"[\w'’-]+", name.lower())
    side = sw.side_of_words(words)
    if side:  # a registry keyword in the claimant's name: 'The KDF', "Baku's defence ministry"
        return side
    role = _role_of(words, lex)
    if role == "civilian":
        return "civilian"
    if role == "state" and sw.state:
        return sw.state
    if role == "nonstate" and sw.nonstate:
        return sw.nonstate
    return None


_RUN_OPENERS = frozenset({"The", "A", "An", "And", "But"})


def _near_spelling(a: str, b: str) -> bool:
    """Two spellings of one name: the same length and first letter, and two letters or fewer apart, or the same
    letters in another order ('Gonzalez'/'Gonzales', 'Samoyoa'/'Samoaya', 'Wiley'/'Wylie')."""
    return a != b and len(a) == len(b) and a[0] == b[0] and (sum(x != y for x, y in zip(a, b)) <= 2
                                                             or sorted(a) == sorted(b))


def article_spelling(name: str, text: str) -> str | None:
    """Rule `article_spelling`: a person named by a surname the article writes once or never, where it writes another
    spelling of it more often, is named as the article names him most: the fullest name written with that spelling
    (a typo's `Samoyoa` -> `Salvador Samoaya`; the registry's `Pablo Gonzalez` -> the article's `General Gonzales`).
    None where nothing changes: a body (`Radio Guinee`), a country's name (`Guinea`), a short or lower-case last word.

    >>> t = 'said Marek Kowalczyk. "No," Kowalczyk added. Later Kowalcyzk said 12 died.'
    >>> article_spelling("Kowalcyzk", t)
    'Marek Kowalczyk'
    >>> article_spelling("Radio Guinee", "Radio Guinee. Guinea, Guinea and Guinea.") is None
    True
    >>> article_spelling("Marek Kowalczyk", t) is None
    True
    """
    last = name.rsplit(None, 1)[-1]
    if len(last) < 5 or not last[:1].isupper() or not last[1:].islower() or text.count(last) > 1 \
            or _BODY_ROLE.search(name):
        return None     # (the cheap tests first: a surname written once or never, no body's word)
    counts: dict[str, int] = {}
    for w in _re_findall(r"\b" + last[0] + r"\w{" + str(len(last) - 1) + r"}\b", text):
        counts[w] = counts.get(w, 0) + 1
    best = max((w for w in counts if _near_spelling(last, w)), key=counts.__getitem__, default=None)
    if best is None or counts[best] <= text.count(last) or country_of(best):
        return None
    runs = _re_findall(r"((?:(?:[A-Z][\w'’-]+|[A-Z][a-z]{0,2}\.) )*)" + re.escape(best) + r"\b", text)
    words = max(runs, key=len).split()
    while words and words[0] in _RUN_OPENERS:
        words = words[1:]
    return " ".join([*words, best])

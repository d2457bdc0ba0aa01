"""Antecedents in the article around a position: the organisations named before it, the latest fitting
speaker or person, an unnamed person described since, the counted group of 'one of them', a person named with
a role, and the words around a mention that tell its side and role.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..actors import Actors, fold, name_key
from ..tables import trie_pattern
from ..fastre import _re_sub, _rx, ascii_twin
from .lexicon import ORG_WORDS, ROLE_WORDS, _GENERIC_ORG_HEADS, _ROLE_MODIFIERS, _first_cue
from .phrase_start import noun_phrase_start
from .names import _fullest, _gender, _name_runs, _strip_titles, _tokens



_RX_ROLE = re.compile(r"(?<![a-z\-])(?:(" + trie_pattern(_ROLE_MODIFIERS) + r")\s+)?(" + trie_pattern(ROLE_WORDS) + r")(?![a-z\-])")


@lru_cache(maxsize=1 << 14)
def _role_of(descriptor: str) -> str | None:
    """The first role word of a descriptor, with a modifier that makes it a title of its own
    ('the U.N. high commissioner for refugees' -> 'high commissioner'), else None (memoised on the descriptor,
    as Actors.side_from_context is)."""
    mt = _RX_ROLE.search(fold(descriptor))
    if mt is None:
        return None
    return mt.group(1) + " " + mt.group(2) if mt.group(1) else mt.group(2)


def _speaker_tail(text: str, start: int, end: int) -> str:
    """The speaker's mention and the words after it up to its cue or the sentence's end: what tells the side
    ('Bill Roggio, managing editor of ...'), not the statement ('... told Reuters', '... from religious scholars')."""
    tail = text[end:min(len(text), end + 80)]
    cut = (_RX_TAIL_STOP_ASCII if tail.isascii() else _RX_TAIL_STOP).search(tail)
    if cut:
        tail = tail[:cut.start()]
    at = _first_cue(tail) if tail.strip() else -1
    if at >= 0:
        tail = tail[:at]
    return text[start:end] + tail


#: (the full stop's look-behind stands after it, '\.(?<!\b[A-Z]\.)'; the cue words grouped by first letter, each
#: group opening on its letter with the word's boundary as a look-behind after it, 's(?<!\ws)', and the quote marks
#: written one by one: every arm opens on a literal, so `re` skips ahead to the candidates instead of trying the
#: pattern at every position; the same matches as '[\"“”«»]|\b(?:said|says|say|told|...|according)\b')
_RX_TAIL_STOP = re.compile(r"\.(?<!\b[A-Z]\.)(?:\s|$)|,\s+which\b|\n|\"|“|”|«|»"
                           r"|s(?<!\ws)(?:aid|ays|ay|tated)\b|t(?<!\wt)(?:old|ells)\b"
                           r"|a(?<!\wa)(?:dded|dds|nnounced|ccording)\b|w(?<!\ww)(?:rote|rites|arned)\b"
                           r"|c(?<!\wc)(?:laimed|laims|alled|onfirmed)\b|i(?<!\wi)nsisted\b|d(?<!\wd)enied\b"
                           r"|u(?<!\wu)rged\b|n(?<!\wn)oted\b|r(?<!\wr)eported\b")
#: the same for an ASCII tail (fastre.ascii_twin): its \b and \s tested without Unicode look-ups
_RX_TAIL_STOP_ASCII = re.compile(ascii_twin(_RX_TAIL_STOP.pattern), re.ASCII)






def _rebel_side(actors: Actors) -> str | None:
    return actors.conflicts[0].rebel_side if len(actors.conflicts) == 1 else None


def _org_mentions(text: str, actors: Actors | None, *, runs: list | None = None) -> list[tuple[int, str, str | None]]:
    """Organisations named in an article as (position, fullest name, registry side): registry bodies, and
    capitalised runs that end in an organisation word ('Sarqan Conflict Monitor', 'Humanitas Andina'). `runs`: the
    article's name runs of two words or more (mentions.names.spaced_runs) when the caller has them, else None."""
    out = []
    if actors is not None and actors._names_re is not None:
        folded = fold(text)
        if len(folded) == len(text):
            fullest: dict = {}      # (form, actor's id) -> its fullest name: each looked up in the text once
            for start, end in actors._names_re.spans(folded):   # (its finditer's matches, opening on a class)
                actor = actors._by_key.get(name_key(folded[start:end]))
                if actor is not None and not actor.is_person:
                    # (keyed on the registry's own object: a frozen dataclass hashes all its fields at each look-up)
                    key = (text[start:end], id(actor))
                    found = fullest.get(key)
                    if found is None:
                        found = fullest[key] = _fullest_org(key[0], text, actor)
                    out.append((start, found, actor.side))
    registry_starts = {o[0] for o in out}
    for mt in (_name_runs(text) if runs is None else runs):
        run = mt.group(0)
        if " " not in run and "\u00a0" not in run:
            continue        # one word (a run's words part at spaces and no-break spaces only)
        if ". " in run and noun_phrase_start(run):
            continue        # rule `noun_phrase_start`: 'West Kingston. Police' runs over a sentence's stop
        toks = run.split()
        if len(toks) >= 2 and (fold(toks[-1]) in ORG_WORDS or any(fold(w) in ORG_WORDS for w in heads_of_complement(toks))) and mt.start() not in registry_starts:
            name = _strip_titles(mt.group(0))
            if len(name.split()) >= 2:
                actor = actors.lookup(name) if actors is not None else None
                out.append((mt.start(), name, actor.side if actor is not None else None))
    out.sort()
    return out


def heads_of_complement(words: list[str]) -> list[str]:
    """Rule `body_head_of_complement`: the words of a name that stand before its complement, the organisation word
    of a body named head first ('Ministry' of 'Angolan Ministry of National Defence', 'Commission' of 'Commission
    for Human Rights'); a capitalised run is a body when one of them is an organisation word (`_org_mentions`),
    and 'the Ministry' later is that body (mentions.layer).

    >>> heads_of_complement("Angolan Ministry of National Defence".split()), heads_of_complement("Ministry of Health".split())
    (['Ministry'], ['Ministry'])
    """
    return [words[i] for i in range(len(words) - 2) if words[i + 1] in ("of", "for")]


def _fullest_org(form: str, text: str, actor) -> str:
    """The longest of a registry body's name and aliases that the article uses (else the form found)."""
    best = form
    for f in (actor.name, *actor.aliases):
        if len(f) > len(best) and f in text:
            best = f
    return _re_sub(r"^(?:the|The)\s+", "", best)


def _org_before(orgs, pos: int, *, side: str | None = None, not_side: str | None = None, head: str = "",
                with_pos: bool = False):
    """The latest organisation named before `pos` (of `side`, not of `not_side`; whose name holds `head`
    unless the head is generic: 'the group' is not the army), as its name or (position, name)."""
    best = None
    for p, name, s in orgs:
        if p >= pos:
            break
        if (side is not None and s != side) or (not_side is not None and s == not_side):
            continue
        if head and head not in _GENERIC_ORG_HEADS and head not in fold(name):
            continue
        best = (p, name)
    if best is None:
        return None
    return best if with_pos else best[1]


def _part_of(name: str, longer: str) -> bool:
    """Whether `name` is a shorter part of the name `longer` ('UN' of "UN's monitoring mission in X")."""
    a, b = _tokens(name), _tokens(longer)
    return len(a) < len(b) and set(a) <= set(b)


def _last_pos(history, inventory, name: str | None, pos: int) -> int:
    """Position of the latest mention of `name` before `pos` (speaker history or name inventory), else -1."""
    if not name:
        return -1
    best = -1
    for hpos, hname, _, _ in history:
        if hname == name and hpos < pos:
            best = max(best, hpos)
    for mnt in inventory:       # (in text order: the mentions from `pos` on are not read)
        if mnt.start >= pos:
            break
        if name.endswith(mnt.name):     # (the name itself included)
            best = max(best, mnt.start)
    return best


_PERSON_HEADS = (r"\d+-year-old|man|woman|boy|girl|notable|source|resident|villager|witness|survivor|farmer|shopkeeper|"
                 r"mother|father|teacher|nurse|doctor|surgeon|medic|soldier|fighter|officer|official|driver|student|refugee|"
                 r"gentleman|lady|traveller|traveler|passenger|merchant|trader|missionary|priest|eyewitness|correspondent")
#: (session 25: the person nouns of old copy a `he` takes up: 'a reliable gentleman who left the battle ground ... He')
#: (written to open on one character class, its first letter, with the word boundary's look-behind after it: a pattern
#: that opens on a look-behind is tried at every position of the window; the three articles in the order they had)
_RX_UNNAMED_PERSON = re.compile(r"[AaOo](?<![\w][AaOo])(?:(?<=[Aa])|(?<=[Aa])n|(?<=[Oo])ne)\s+(?:[\w\-]+\s+){0,2}?(?:" + _PERSON_HEADS + r")"
                                r"(?:\s+who\s+[^,.;\ue000]{3,80}?(?=[,.;]|\s+(?:said|says|told|recalls|recalled|added)\b))?(?=[,.;]|\s+(?:who|said|says|told|recalls|recalled|added|is|was)\b)")


_RX_SUBJECT_LEAD = re.compile(r"(?:(?:[Tt]he|[Ii]ts|[A-Z][\w\-]*['’]s|[a-z][\w\-]*)\s+){0,4}")


_RX_ORG_SUBJECT = re.compile(r"(?:(?:But|And|Meanwhile|However),?\s+)?((?:[Tt]he)\s+(?:[\w'’\-]+\s+){0,2}?"
                             r"(government|army|military|ministry|police|authorities|council|group|movement|agency|"
                             r"organisation|organization|company|court|committee|junta|regime|administration))\b"
                             r"(?![^.]*?\b(?:said|says|told)\b[^.]*?\bit\b)")


def _sentence_start(text: str, pos: int) -> int:
    """Start of the sentence holding `pos` (after the last '. ' or line break before it)."""
    dot = text.rfind(". ", 0, pos)
    return max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, pos) + 1)


def _is_subject(text: str, pos: int) -> bool:
    """Whether the mention at `pos` opens its sentence ('The FRS did not ...', 'The rights group X said ...')."""
    lead = _RX_SUBJECT_LEAD.match(text, _sentence_start(text, pos), pos)
    return lead is not None and lead.end() == pos


def _prev_para_start(text: str, pos: int) -> int:
    """Start of the paragraph before the one holding `pos` (blank lines skipped)."""
    k = text.rfind("\n", 0, pos)
    while k > 0 and text[k - 1] == "\n":
        k -= 1
    return text.rfind("\n", 0, max(0, k)) + 1


#: a name of two to four capitalised words that opens its sentence (or follows an inverted cue), then its comma
_RX_NAME_COMMA = re.compile(r"(?:^|[.!?\u201d\"]\s+|\n|\b(?:said|says|told|according\s+to)\s+)"
                            r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,3},\s*$")


def appositive_of_name(text: str, start: int, end: int) -> bool:
    """Rule `appositive_of_name`: an indefinite role between a name's comma and another comma ('Tomás Ferreira,
    a retired army officer, noted ...') describes that named person; it is no unnamed person of its own.

    >>> t = "Tomás Ferreira, a retired army officer, noted it. In Huambo, a farmer said more."
    >>> appositive_of_name(t, t.index("a retired"), t.index(", noted")), appositive_of_name(t, t.index("a farmer"), t.index(" said"))
    (True, False)
    >>> t = "One of those held at Cuito Cuanavale, a 19-year-old, is in hospital."
    >>> appositive_of_name(t, t.index("a 19"), t.index(", is"))
    False
    """
    return text[end:end + 1] == "," and _RX_NAME_COMMA.search(text[_sentence_start(text, start):start]) is not None


def _unnamed_person_before(text: str, pos: int, gender: str, *, after: int) -> str | None:
    """An indefinite person ('a 19-year-old who did not want to give his name') described after `after` and
    before `pos`, in the same or the previous paragraph, as the antecedent of he/she; else None."""
    lo = max(after + 1, _prev_para_start(text, pos), pos - 600)
    best = None
    for mt in _RX_UNNAMED_PERSON.finditer(text, lo, pos):
        phrase = mt.group(0)
        if appositive_of_name(text, mt.start(), mt.end()):
            continue
        g = _gender(phrase)
        if gender and g and g != gender:
            continue
        best = phrase
    if best is None:
        return None
    return best[0].lower() + best[1:]


_RX_PLURAL_GROUP = re.compile(r"\b(?:two|three|four|five|six|several|some|a\s+few|\d+)\s+((?:[a-z\-]+\s+){0,2}?[a-z]+s)\b"
                              r"((?:\s+(?:reached|interviewed|contacted|who|in|at|from|of)\b[^,.;]{0,60})?)")


def _group_before(text: str, pos: int) -> str | None:
    """'one of them' -> 'one of two residents reached by phone': the last counted group named in the same or
    the previous paragraph before `pos`."""
    lo = max(_prev_para_start(text, pos), pos - 600)
    best = None
    for mt in _RX_PLURAL_GROUP.finditer(text, lo, pos):
        if fold(mt.group(1).split()[-1]) in {"years", "days", "hours", "weeks", "months", "times", "miles", "kms"}:
            continue
        best = mt
    return ("one of " + best.group(0).strip()) if best else None


def _last_of(history, inventory, pos: int, want: str, gender: str, head: str = "") -> str | None:
    """The latest speaker (or person mention) before `pos` of the wanted type and gender."""
    best = None
    for hpos, name, stype, g in history:
        if hpos >= pos:
            continue
        if want == "person" and stype != "person":
            continue
        if want == "org" and stype == "person" and head != "statement":
            continue
        if head and head not in ("statement", "group", "movement", "organisation", "organization") and head not in fold(name):
            continue
        if gender and g and g != gender:
            continue
        best = (hpos, name)
    if want == "person":
        latest = None       # the latest fitting person mention; its fullest name is computed once
        for mnt in inventory:   # (in text order: a mention that starts at `pos` or later cannot end by it)
            if mnt.start >= pos:
                break
            if mnt.person and not mnt.late and mnt.end <= pos and (not gender or mnt.gender in ("", gender)):
                if (best is None or mnt.start > best[0]) and (latest is None or mnt.start > latest.start):
                    latest = mnt
        if latest is not None:
            best = (latest.start, _fullest(latest.name, inventory, latest.start, prefer=[]))
    return best[1] if best else None





def _role_lookup(inventory, pos: int, role: str, *, back: bool, within: int = 0) -> str | None:
    """A person mentioned with `role` in their descriptor: the latest before `pos`, or the first after."""
    rx = _rx(r"\b" + re.escape(role) + r"s?\b")
    # (the place first: a mention's descriptor is made, folded and searched only where its place lets it be the
    # answer; the last such mention before `pos` is the first of the reversed list, the first after it the first)
    if back:
        for m in reversed(inventory):
            if m.end <= pos and m.person and not m.late and rx.search(fold(m.descriptor)):
                return m.name
        return None
    for m in inventory:
        if m.start > pos and (not within or m.start - pos <= within) and m.person and not m.late \
                and rx.search(fold(m.descriptor)):
            return m.name
    return None


@lru_cache(maxsize=1)
def _generic_actors() -> Actors:
    return Actors([])

"""Named rule for a source singled out of a group named before: 'Police sources told reporters ... One of
the sources said ... He said: "..."': the one source speaks for the group's side, and is the 'he' after it.
"""
from __future__ import annotations

import re

#: 'one of the sources', 'another of those officials', 'one of them'
_RX_ONE_OF = re.compile(r"(?i)^(?:one|another)\s+of\s+(?:the|those|these|them)\b\s*(?P<head>[a-z][\w\-]*)?$")


def singled_out(phrase: str) -> bool:
    """Whether a speaker phrase singles one person out of a group ('one of the sources').

    >>> singled_out("One of the sources"), singled_out("one of them"), singled_out("one source")
    (True, True, False)
    """
    return _RX_ONE_OF.match(phrase.strip()) is not None


def member_of_group(phrase: str, group: str) -> bool:
    """Rule `member_of_group`: 'one of the sources' takes up the unnamed group named before with the same
    head ('Kurdish security sources'); the member has the group's side.

    >>> member_of_group("One of the sources", "Kurdish security sources"), member_of_group("one of them", "two villagers")
    (True, True)
    >>> member_of_group("One of the officials", "Kurdish security sources")
    False
    """
    mt = _RX_ONE_OF.match(phrase.strip())
    if mt is None:
        return False
    head = (mt.group("head") or "").lower()
    words = group.lower().split()
    return not head or (bool(words) and words[-1] == head)


#: 'the source', 'The official': a definite singular head, nothing else
_RX_THE_ONE = re.compile(r"^[Tt]he\s+(?P<head>[a-z]+)$")


def one_of_plural_source(phrase: str, group: str) -> bool:
    """Rule `one_of_plural_source`: 'the source' after the unnamed plural group before it ('military sources said
    ... the source, who ..., said') is one of that group: it keeps its own words as speaker and takes the group's side.

    >>> one_of_plural_source("the source", "military sources"), one_of_plural_source("The witness", "two witnesses")
    (True, True)
    >>> one_of_plural_source("the official", "military sources"), one_of_plural_source("the source", "a military source")
    (False, False)
    >>> one_of_plural_source("the army source", "military sources")
    False
    """
    mt = _RX_THE_ONE.match(phrase.strip())
    if mt is None:
        return False
    head, last = mt.group("head"), group.rsplit(None, 1)[-1].lower() if group.strip() else ""
    return last in (head + "s", head + "es")


def side_of_source_before(phrase: str, kind: str, speaker: str, last, *, taken_up: bool, unnamed: bool,
                          placed) -> tuple[str | None, str] | None:
    """(side, rule) a phrase takes from the unnamed source resolved last (`last`: the layer's `_unnamed_last`, (end,
    speaker, side, type)), or None: the source it took up (`same_unnamed_source`), one of a plural group
    (`one_of_plural_source`, `member_of_group`), or a pronoun resolved to it not by `placed_antecedent` (rule
    `pronoun_of_unnamed`: 'the source, who ..., said ... he said').

    >>> last = (40, "military sources", "army", "plural")
    >>> side_of_source_before("the source", "unnamed", "source", last, taken_up=False, unnamed=True, placed=None)
    ('army', 'one_of_plural_source')
    >>> side_of_source_before("he", "pronoun", "military sources", last, taken_up=False, unnamed=True, placed=None)
    ('army', 'pronoun_of_unnamed')
    >>> side_of_source_before("he", "pronoun", "a witness", last, taken_up=False, unnamed=True, placed=None) is None
    True
    """
    if last is None:
        return None
    if taken_up:
        return last[2], "same_unnamed_source"
    if unnamed and kind == "unnamed":
        if last[3] == "plural" and one_of_plural_source(phrase, last[1]):
            return last[2], "one_of_plural_source"      # 'military sources said ... the source said'
        return (last[2], "member_of_group") if member_of_group(phrase, last[1]) else None
    if kind == "pronoun" and unnamed and not placed and last[1] == speaker and last[2]:
        return last[2], "pronoun_of_unnamed"
    return None


#: plural heads of unnamed sources that two coordinated phrases may share a cue with
_PLURAL_SOURCES = r"(?:sources|officials|NGOs|ngos|groups|organisations|organizations|residents|witnesses|activists|doctors|medics|authorities|agencies|diplomats|analysts)"
_RX_COORDINATED = re.compile(r"^(?P<first>(?:[\w\-’'.]+\s+){0,3}?" + _PLURAL_SOURCES + r")\s+and\s+(?:[\w\-’'.]+\s+){0,3}?"
                             + _PLURAL_SOURCES + r"$")


def first_of_coordinated(phrase: str) -> str | None:
    """Rule `first_of_coordinated`: two unnamed sources under one cue ('according to local NGOs and UN
    sources') -> the first (docs/annotation.md: 'X and Y' speak as X); None when the phrase is not two
    such sources.

    >>> first_of_coordinated("local NGOs and UN sources"), first_of_coordinated("Aceh residents and activists")
    ('local NGOs', 'Aceh residents')
    >>> first_of_coordinated("Bosnia and Herzegovina") is None, first_of_coordinated("local sources") is None
    (True, True)
    """
    mt = _RX_COORDINATED.match(phrase.strip())
    return mt.group("first") if mt else None


#: 'the KLA spokesman', 'The Polisario Front commander': a definite role with a capitalised body before it
_RX_BODY_ROLE = re.compile(r"^[Tt]he\s+(?P<body>(?:[A-Z][\w\-’'.]*\s+){1,3})(?P<role>[a-z\-]+)$")


def body_role_person(core: str, inventory, pos: int, role_words) -> str | None:
    """Rule `body_role_person`: 'The KLA spokesman said' -> the person the article named before with that
    body and role ('KLA spokesman Adem Demaci said ...'); None when none was named.

    >>> from presslens.mentions.names import _inventory
    >>> t = "KLA spokesman Adem Demaci confirmed it. The KLA spokesman said more."
    >>> body_role_person("The KLA spokesman", _inventory(t, None), t.index("The KLA"), {"spokesman"})
    'Adem Demaci'
    >>> body_role_person("The Serb spokesman", _inventory(t, None), t.index("The KLA"), {"spokesman"}) is None
    True
    """
    mt = _RX_BODY_ROLE.match(core.strip())
    if mt is None or mt.group("role") not in role_words:
        return None
    body, role = mt.group("body").split()[0].lower(), mt.group("role")
    hits = [m for m in inventory if m.person and not m.late and m.end <= pos and pos - m.end < 2000
            and role in m.descriptor.lower() and body in m.descriptor.lower()]
    return hits[-1].name if hits else None

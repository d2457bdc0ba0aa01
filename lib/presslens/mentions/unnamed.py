"""Named rule for an unnamed source placed by where it is ('a source in the city', 'one activist in
Kadugli', 'a resident of Dolo village'): the place is part of who speaks, and the place's name is no
speaker of its own.
"""
from __future__ import annotations

import re

from .lexicon import ROLE_WORDS

#: the people a placed source may be (singular and plural)
_SOURCE_HEADS = (r"sources?|activists?|residents?|survivors?|eyewitness(?:es)?|witness(?:es)?|villagers?|"
                 r"doctors?|medics?|nurses?|farmers?|locals?|traders?|elders?|journalists?")

_RX_PLACED_SOURCE = re.compile(r"""
    ^(?P<who>
       (?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any)\s+)?      # a count or an article
       (?:[a-z][\w\-]*\s+){0,2}?                                              # up to two lower-case modifiers
       (?:""" + _SOURCE_HEADS + r""")
       (?:\s+and\s+(?:[a-z][\w\-]*\s+)?(?:""" + _SOURCE_HEADS + r"""))?       # 'survivors and eyewitnesses'
     )
    \s+(?P<prep>in|of|from)\s+
    (?P<place>
       the\s+(?:city|town|village|area|camp|district|region|province|capital)   # a place by its common noun
      |[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}                                 # a capitalised place name
       (?:\s+(?:village|town|city|camp|district|township|province|region|
                (?:police|army|military|security)\s+(?:command|headquarters|station)))?
    )
    (?:\s+(?:also|too|meanwhile|however|likewise))?$                          # an adverb before the cue
    """, re.X)


def placed_source(p: str) -> tuple[str, str] | None:
    """An unnamed source with the place it speaks from: ('unnamed_place', the phrase without adverb).

    >>> placed_source("A source in the city"), placed_source("One activist in Kadugli")
    (('unnamed_place', 'A source in the city'), ('unnamed_place', 'One activist in Kadugli'))
    >>> placed_source("A resident of Dolo village also")
    ('unnamed_place', 'A resident of Dolo village')
    >>> placed_source("a source close to the talks") is None, placed_source("a spokesman in Juba") is None
    (True, True)
    """
    mt = _RX_PLACED_SOURCE.match(p[:1].lower() + p[1:])     # 'Survivors in X' as 'survivors in X'
    if mt is None:
        return None
    who = p[:1] + mt.group("who")[1:]
    return "unnamed_place", f"{who} {mt.group('prep')} {mt.group('place')}"


def placed_source_name(core: str) -> str:
    """The speaker written for a placed source: the phrase, its first word in lower case unless a name.

    >>> placed_source_name("A source in the city"), placed_source_name("Survivors and eyewitnesses in Geneina")
    ('a source in the city', 'survivors and eyewitnesses in Geneina')
    """
    return core[:1].lower() + core[1:]


#: 'who identified himself as X' right after an unnamed speaker phrase (the phrase was cut before 'who'), and
#: its participle and passive forms ('..., identifying himself only as X', 'a woman identified only as X', 'a
#: farmer who gave only his first name, X', 'a nurse who asked to be identified only as X')
_RX_SELF_NAMED_AFTER = re.compile(r"""
    ,?\s+
    (?:who\s+(?:(?:identified|introduced|described|called|named|gave)\s+(?:himself|herself|his\s+name|her\s+name)
              |(?:asked|wished|wanted|agreed)\s+to\s+be\s+(?:identified|named|called|known)
              |gave\s+(?:only\s+)?(?:his|her)\s+(?:first\s+)?name)                      # 'who ...'
      |(?:identifying|introducing|describing|calling)\s+(?:himself|herself)             # '..., identifying himself'
      |(?:giving|gave)\s+(?:only\s+)?(?:his|her)\s+(?:first\s+)?name                    # '..., giving only her name'
      |(?:identified|named|known)(?=\s+only\b)                                          # 'a woman identified only as'
    )
    (?:\s+only)?(?:\s+by\s+(?:his|her)\s+(?:first\s+|given\s+)?name)?
    (?:\s+as|,)\s+
    (?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})         # the name given
    """, re.X)

#: an unnamed person named in apposition right after the phrase: 'another victim, Dominique Ndiaye, who ...'
_RX_NAMED_APPOSITIVE = re.compile(r",\s+(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})(?=,|\s+who\b)")
#: the people such an appositive names (an indefinite phrase with one of these heads)
_RX_INDEFINITE_PERSON = re.compile(r"^(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w\-]+\s+){0,2}?(?:victim|survivor|resident|"
                                   r"witness|eyewitness|villager|man|woman|farmer|trader|driver|mother|father|"
                                   r"teacher|student|refugee|nurse|doctor|passenger|fisherman|herder)$")
#: the participle or passive that may end the phrase itself ('a woman identified only')
_RX_NAMED_IN_PHRASE = re.compile(r"\s+(?:identified|named|known|identifying)\s+only$")


def self_named_after(text: str, end: int, phrase: str = "") -> str | None:
    """The name an unnamed speaker gives for himself, or is given in apposition, right after the phrase that
    ends at `end` (rule `self_named_after`; `phrase`: the speaker phrase, which may hold the participle).

    >>> t = "Nine died, said a resident of the area who identified himself as Gatluak Deng. He said more fled."
    >>> self_named_after(t, t.index(" who")), self_named_after(t, t.index(". He"))
    ('Gatluak Deng', None)
    >>> t = '"They came at dawn," said one survivor, identifying himself only as Tomás. He said more fled.'
    >>> self_named_after(t, t.index(", identifying"))
    'Tomás'
    >>> t = "The bus was stopped, said a market woman identified only as Esperança."
    >>> self_named_after(t, t.index(" as E"), "a market woman identified only")
    'Esperança'
    >>> t = "According to another victim, Joseph Kollie, who lost a hand, the men came at night."
    >>> self_named_after(t, t.index(", Joseph"), "another victim")
    'Joseph Kollie'
    >>> self_named_after("Pay rose, said a trader, Monrovia, on Friday.", 18, "a trader") is None
    True
    """
    cut = _RX_NAMED_IN_PHRASE.search(phrase) if phrase.endswith(" only") else None
    if cut:
        end -= len(phrase) - cut.start()
    mt = _RX_SELF_NAMED_AFTER.match(text, end, end + 120)
    if mt:
        return mt.group("name")
    if phrase and text[end:end + 1] == "," and _RX_INDEFINITE_PERSON.match(phrase.strip()):
        mt = _RX_NAMED_APPOSITIVE.match(text, end, end + 80)
        return mt.group("name") if mt else None
    return None


_RX_DEFINITE = re.compile(r"(?i)^the\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<head>[a-z][\w\-]*)$")


def same_unnamed_source(phrase: str, earlier: str) -> bool:
    """Whether a definite unnamed phrase ('The sources', 'the official') takes up the unnamed source
    introduced earlier with the same head noun ('local sources', 'a military official').

    >>> same_unnamed_source("The sources", "local sources"), same_unnamed_source("the official", "a senior RSF official")
    (True, True)
    >>> same_unnamed_source("the witnesses", "a military official"), same_unnamed_source("The army", "the army")
    (False, False)
    >>> same_unnamed_source("the aid worker", "an aid worker")
    True
    """
    mt = _RX_DEFINITE.match(phrase.strip())
    if mt is None:
        return False
    head, before = mt.group("head").lower(), fold_head(earlier)
    if head == before:
        return before in _UNNAMED_HEADS
    return other_head_same_source(phrase, head, earlier, before)


def source_by_head(phrase: str, last, by_head: dict) -> tuple | None:
    """The unnamed source a definite phrase takes up: the last one (`last`, as the layer's `_unnamed_last`) by
    `same_unnamed_source`, else (rule `same_source_past_others`: 'an army spokesman said ... other media sources
    said ... the spokesman said') the last with the phrase's head (`by_head`, the layer's `_unnamed_by_head`);
    None when neither.

    >>> spokesman, radio = (10, "an army spokesman", "army", "person"), (50, "other media sources", "media", "plural")
    >>> source_by_head("the spokesman", radio, {"spokesman": spokesman})[1]
    'an army spokesman'
    >>> source_by_head("the official", radio, {"spokesman": spokesman}) is None
    True
    """
    if same_unnamed_source(phrase, last[1]):
        return last
    earlier = by_head.get(fold_head(phrase)) if by_head and phrase[:1] in "Tt" else None
    return earlier if earlier is not None and same_unnamed_source(phrase, earlier[1]) else None


def later_source_unplaced(kind: str, stype: str, speaker: str, placed) -> bool:
    """Rule `later_source_unplaced`: a later singular unnamed source that is not the placed role (`placed`: the
    layer's `_placed`, (end, speaker, side)) ends the role's hold on he/she ('the spokesman said ... An army source
    said ... He said': the source).

    >>> later_source_unplaced("unnamed", "person", "an army source", (10, "spokesman", None))
    True
    >>> later_source_unplaced("unnamed", "plural", "residents", (10, "spokesman", None))
    False
    """
    return kind == "unnamed" and stype == "person" and placed is not None and speaker != placed[1]


def other_head_same_source(phrase: str, head: str, earlier: str, before: str) -> bool:
    """Rule `other_head_same_source`: a definite phrase with another head takes up an unnamed person source
    when it is the generic 'the man'/'the woman', or a role with the same group's name ('a KLA fighter' ...
    'The man, who ..., said' ... 'The KLA member claimed').

    >>> other_head_same_source("The man", "man", "a KLA fighter", "fighter")
    True
    >>> other_head_same_source("The KLA member", "member", "a KLA fighter", "fighter")
    True
    >>> other_head_same_source("The Serb commander", "commander", "a KLA fighter", "fighter")
    False
    """
    if before not in ROLE_WORDS:
        return False
    if head in ("man", "woman"):
        return True
    names = {w for w in phrase.split()[1:-1] if w[:1].isupper()}
    return head in ROLE_WORDS and bool(names & set(earlier.split()))


def unnamed_number(phrase: str) -> str:
    """Rule `head_number`: an unnamed speaker is one person or a group by its head noun, not by the last word
    of a complement ('a spokesman for one of the largest rebel groups' is one person, who is 'he' later).

    >>> unnamed_number("a spokesman for one of the largest rebel groups"), unnamed_number("sources in the army")
    ('person', 'plural')
    >>> unnamed_number("one of the residents"), unnamed_number("local residents"), unnamed_number("the witness")
    ('person', 'plural', 'person')
    """
    head = fold_head(phrase)
    return "plural" if head.endswith("s") and not head.endswith(("ss", "us")) else "person"


def fold_head(phrase: str) -> str:
    """The head noun of a phrase, lower-cased: its last word before a preposition ('a military official' ->
    'official', "A member of Kalehe's militia" -> 'member')."""
    words = _RX_POST_HEAD.split(phrase, 1)[0].split()
    return words[-1].lower() if words else ""


_RX_POST_HEAD = re.compile(r"\s+(?:of|for|in|at|from|with|who|whose|which)\s")


#: heads of unnamed speakers an article takes up with 'the' (a body's head, 'the army', is resolved otherwise)
_UNNAMED_HEADS = frozenset(("source", "sources", "official", "officials", "officer", "activist", "activists",
                            "resident", "residents", "witness", "witnesses", "medic", "medics", "doctor", "doctors",
                            "commander", "fighter", "fighters", "spokesman", "spokeswoman", "spokesperson",
                            "member", "members", "worker", "workers",     # 'an aid worker' ... 'the aid worker'
                            "diplomat", "diplomats"))


#: a group taken up by its head alone: 'diplomats', 'the diplomats here', 'the officials themselves'
_RX_GROUP_LATER = re.compile(r"(?i)^(?:the\s+)?(?P<head>[a-z]+s)(?:\s+(?:here|there|themselves|too|also))?$")


def same_group_later(phrase: str, earlier: str) -> bool:
    """Rule `same_group_later`: a plural group of unnamed sources taken up by its head alone, bare or with
    'the' ('diplomats said', 'the diplomats here said', 'the officials themselves acknowledged'), is the group
    the article named in full before with that head ('Western diplomats', 'Serb officials'); `earlier` is the
    last unnamed speaker with the phrase's head, whatever stood between.

    >>> same_group_later("diplomats", "Western diplomats"), same_group_later("the officials themselves", "Serb officials")
    (True, True)
    >>> same_group_later("The diplomats here", "western diplomats")
    True
    >>> same_group_later("officials", "officials"), same_group_later("diplomats", "Western officials")
    (False, False)
    >>> same_group_later("the official", "a senior official"), same_group_later("the rebels", "Tamil rebels")
    (False, False)
    """
    head = group_head(phrase)
    return head is not None and len(earlier.split()) > 1 and fold_head(earlier) == head


#: a qualifier right after a group's head: 'Officials at the headquarters of X', 'diplomats in Kabul'
_RX_QUALIFIER = r"(?:at|in|of|from|for|with|on|inside|near|close\s+to)\s+\S"
_RX_QUALIFIED_PHRASE = re.compile(r"(?i)^(?:the\s+)?[a-z]+s\s+" + _RX_QUALIFIER)
_RX_QUALIFIED_AFTER = re.compile(r"\s*" + _RX_QUALIFIER)


_RX_PLACED_GROUP = re.compile(r"(?i)^[a-z]+s\s+(?:of|in|from|near)\s+(?:the\s+)?(?:area|region|village|town|city|camp|district)$")


def placed_group(earlier: str) -> bool:
    """Guard of rule `same_group_later` (`placed_group_kept_out`): a group placed by a bare place noun ('residents
    of the area', 'villagers in the district') is not taken up by its head later ('the residents, who ..., said'):
    the later phrase names the speakers by its own words.

    >>> placed_group("residents of the area"), placed_group("residents of Kabul"), placed_group("Western diplomats")
    (True, False, False)
    """
    return " " in earlier and _RX_PLACED_GROUP.match(earlier) is not None


def qualified_group(phrase: str, text: str, end: int) -> bool:
    """Guard of rule `same_group_later`: a group's head with a qualifier of its own, in the speaker phrase or
    right after it ('Officials at the headquarters of the federal forces said', 'diplomats in the capital
    said'), names a group of its own, not the one the article named in full before with that head.

    >>> qualified_group("Officials at the army's headquarters", "", 0), qualified_group("diplomats", "diplomats in Aden said", 9)
    (True, True)
    >>> qualified_group("Diplomats", "Diplomats said", 9), qualified_group("The officials themselves", "", 0)
    (False, False)
    """
    return _RX_QUALIFIED_PHRASE.match(phrase.strip()) is not None or _RX_QUALIFIED_AFTER.match(text, end) is not None


def group_head(phrase: str) -> str | None:
    """The head of a group of unnamed sources named by its head alone, lower-cased, or None.

    >>> group_head("The officials themselves"), group_head("diplomats here"), group_head("Serb officials")
    ('officials', 'diplomats', None)
    """
    mt = _RX_GROUP_LATER.match(phrase.strip())
    head = mt.group("head").lower() if mt else None
    return head if head in _UNNAMED_HEADS else None

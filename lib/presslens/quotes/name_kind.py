"""Rule `name_with_kind`: a body's own name printed with what kind of body it is, in lower case, before or after
it ('the UNITA rebel group', 'the Asia Plus independent news agency', 'the medical charity Doctors Without
Borders', 'the rights group Amnesty International'): the speaker is the name; the golds drop the kind (session 19,
docs/rules.md "Session 19: speakers").

The kind is one to three words of a closed list (`_KIND_WORDS`: 'rebel', 'militant', 'independent news',
'medical', 'human rights' ...) and a body noun (`_HEADS`: 'group', 'agency', 'charity', 'organisation',
'movement', 'militia'). Left alone: a kind word the list lacks ('the U.N. refugee agency': the agency is the UN's,
not the UN; "the United Nations' humanitarian agency"), an owner's possessive ("Savimbi's rebel movement"), a body noun with no kind word ('the Islamic State group': the golds keep the name so), a demonym or
an adjective for the name ('the Kurdish rebel group', 'an Eritrean rebel group': no body named), a phrase with no
name ('a rebel group'), a name with an 'of' complement before the kind ('government of X').

The examples are made up in the styles of wars in no eval set (the Shaba invasions, the Casamance conflict, the
Cabinda insurgency).
"""
from __future__ import annotations

import re

#: lower-case words that say what kind of body a name is (one to three of them before the body noun)
_KIND_WORDS = ("rebel", "rebels", "militant", "guerrilla", "guerilla", "separatist", "insurgent", "armed",
               "paramilitary", "islamist", "jihadist", "extremist", "opposition", "independent", "private",
               "state", "official", "news", "medical", "aid", "relief", "humanitarian", "human", "rights",
               "monitoring", "charity", "advocacy", "secessionist", "breakaway", "dissident")
#: the body noun that closes (or, before the name, opens) the kind
_HEADS = ("group", "agency", "charity", "organisation", "organization", "movement", "militia")
_KIND = r"(?:(?:" + "|".join(_KIND_WORDS) + r")\s+){1,3}"
_HEAD = r"(?:" + "|".join(_HEADS) + r")"
#: `kind_gate`'s test as one search: one of `_HEADS` anywhere in the phrase (a substring, as `in` finds it)
_RX_ANY_HEAD = re.compile("|".join(_HEADS))
#: a name: capitalised words or an acronym, with the lower-case joints of bodies' names ('Doctors Without Borders',
#: 'Movement for Democracy in Liberia')
_NAME = r"[A-Z][\w.&'\u2019\-]*(?:\s+(?:(?:of|for|and|the|de|du|des|in)\s+)?[A-Z][\w.&'\u2019\-]*){0,5}"
_RX_KIND_AFTER = re.compile(rf"^(?:[Tt]he\s+)?(?P<name>{_NAME})\s+{_KIND}{_HEAD}$")
_RX_KIND_BEFORE = re.compile(rf"^(?:[Tt]he\s+)?(?:{_KIND})?{_HEAD}\s+(?P<name>{_NAME})$")
#: a last word that is a demonym or an adjective, not a name ('Kurdish', 'Eritrean', 'Islamic', 'Congolese')
_RX_ADJECTIVE = re.compile(r"(?:an|ian|ese|ish|ic|ist|i)$")


def name_with_kind(phrase: str) -> str | None:
    """A speaker phrase that prints a body's name with its kind -> the name, or None.

    >>> name_with_kind("the FLNC rebel group"), name_with_kind("Kinshasa Press independent news agency")
    ('FLNC', 'Kinshasa Press')
    >>> name_with_kind("the medical charity Doctors Without Borders"), name_with_kind("rights group Amnesty International")
    ('Doctors Without Borders', 'Amnesty International')
    >>> name_with_kind("the U.N. refugee agency"), name_with_kind("the Islamic State group")
    (None, None)
    >>> name_with_kind("the Katangese rebel group"), name_with_kind("a rebel group"), name_with_kind("MFDC")
    (None, None, None)
    >>> name_with_kind("Holden Roberto's rebel movement"), name_with_kind("the United Nations' humanitarian agency")
    (None, None)
    """
    if " " not in phrase:
        return None
    mt = _RX_KIND_AFTER.match(phrase) or _RX_KIND_BEFORE.match(phrase)
    if mt is None:
        return None
    name = mt.group("name")
    last = name.rsplit(None, 1)[-1]
    if last.endswith(("'s", "\u2019s", "'", "\u2019")) or (not last.isupper() and _RX_ADJECTIVE.search(last)):
        return None     # "Savimbi's rebel movement": an owner; 'the Katangese rebel group': a demonym
    return name


def kind_gate(name: str) -> bool:
    """The cheap test before `name_with_kind`'s patterns: one of the body nouns is in the phrase (each pattern
    needs one).

    >>> kind_gate("UNITA rebel group"), kind_gate("Jonas Savimbi")
    (True, False)
    """
    return _RX_ANY_HEAD.search(name) is not None     # (was `any(head in name for head in _HEADS)`: 8 frames a call)

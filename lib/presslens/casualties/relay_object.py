"""Rule `relayed_object`: the source a relay quotes is the claimant of what it is quoted as reporting, its object
read whole. `X quoted Y as V-ing that ...` and `X, quoting Y, said ...` make Y the speaker of the content, whatever
the outlet or report X (docs/annotation.md, the wire-credit row: the relay is the speaker only when no one else is
named), and whatever Y's length: an apposition (`the station's news director, Jones P. Madeira, himself a hostage`)
gives its name, a relative clause after Y's head (`a young Hungarian whose relatives are doctors`) is no part of it,
and the participle of reporting may be any (`as reiterating`, `as claiming`, `as telling`), not `saying` alone.
`inner_source` reads the short object of `as saying`; this rule reads the objects that pattern leaves."""
from __future__ import annotations

import re

#: the participles of reporting after `quoted Y as`
_REPORTING = (r"(?:saying|stating|reiterating|repeating|telling|claiming|confirming|announcing|adding|reporting|"
              r"insisting|estimating|asserting|acknowledging|admitting|describing|putting)")
_QUOTED_AS = re.compile(r"""
    \bquoted\s+(?P<obj>(?:[^.;:"“”()]|\.(?=\s[A-Z])){2,160}?)\s+as\s+""" + _REPORTING + r"""\b   # 'quoted Y(, an apposition,) as V-ing'
  | ,\s*quoting\s+(?P<mid>[^,;:"“”()]{2,80}?),\s*                                # ', quoting Y,' medial ...
    (?:said|says|reported|reports|stated|states|added|claimed|claims|told)\b       # ... before the report's verb
""", re.X)
#: a relative clause after the head: its pronoun and what follows
_RELATIVE_TAIL = re.compile(r"\s+(?:who|whose|whom|which|that)\b.*$", re.S)
#: a personal name of two capitalised words or more ('Jones P. Madeira'), no determiner before it
_NAME = re.compile(r"^(?!(?:The|An?|His|Her|Its|Their)\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+$")


def _object_head(obj: str) -> str:
    """Y's source phrase: the name an apposition gives, else the phrase before the first comma; a relative clause
    after its head cut.

    >>> _object_head("the garrison's radio officer, Tomas Ibarra Diaz, himself wounded")
    'Tomas Ibarra Diaz'
    >>> _object_head("a young nurse whose brother is a soldier in the fort")
    'a young nurse'
    >>> _object_head("Brigadier Ana Ruiz")
    'Brigadier Ana Ruiz'
    """
    parts = [p.strip() for p in obj.split(",")]
    head = next((p for p in parts[1:] if _NAME.match(p)), parts[0])
    return _RELATIVE_TAIL.sub("", head).strip()


def relayed_object(sent: str, at: int) -> tuple[str, int] | None:
    """(the source a relay quotes, the offset after its cue) for a claim at `at` after the relay (rule
    `relayed_object`), else None: the last relay of the sentence before the claim.

    >>> s = "Radio Asuncion quoted the fort's doctor, Luis Vera, himself wounded, as saying that 30 men died."
    >>> relayed_object(s, s.index("30"))
    ('Luis Vera', 78)
    >>> s = "A paper in Lima quoted War Minister Jorge Salas as reiterating that four rebel chiefs were killed."
    >>> relayed_object(s, s.index("four"))[0]
    'War Minister Jorge Salas'
    >>> s = "It quoted the fort's radio officer, Luis M. Vera, as telling reporters that 12 men died."
    >>> relayed_object(s, s.index("12"))[0]
    'Luis M. Vera'
    >>> s = "It quoted a young Bolivian whose uncle is a nurse at the fort as saying that 250 men died there."
    >>> relayed_object(s, s.index("250"))[0]
    'a young Bolivian'
    >>> s = "A report from Asuncion, quoting army chief Gen Luis Vera, said nine soldiers were killed at the ford."
    >>> relayed_object(s, s.index("nine"))[0]
    'army chief Gen Luis Vera'

    Not a claim before the relay, nor a quoting with no report after it:

    >>> s = "Nine soldiers died, the army said, and Radio Lima quoted a nurse as confirming it."
    >>> relayed_object(s, s.index("Nine")) is None
    True
    >>> s = "The paper, quoting no one, ran a list of 40 dead."
    >>> relayed_object(s, s.index("40")) is None
    True
    """
    if "quot" not in sent:
        return None
    found = None
    for m in _QUOTED_AS.finditer(sent):
        if m.end() > at:
            break
        found = (_object_head(m.group("obj") or m.group("mid")), m.end())
    return found if found and found[0] else None

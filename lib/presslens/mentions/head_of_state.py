"""Rule `head_of_state_not_role`: a definite role that is no head's office ('the official', 'the head of the National
Guard', 'the journalist') is not the last person spoken of when the article gives that person a head of state's or
government's office (a president, a prime minister, a king, a secretary-general) that the role does not name
(session 27, branch s27-antecedent; docs/rules.md). 'President Ana Vell flew to the front ... the official said' is
an official of her government, not the president: the layer's fallback to the last person spoken of
(mentions.kinds `_last_holding`) leaves the role unnamed instead. The examples are composed (the Ruvian war).
"""
from __future__ import annotations

from ..actors import fold
from .role_holders import _roles_of

#: the offices of a head of state or government, as holder_roles gives their words
_HEAD_OFFICES = frozenset(("president", "prime", "premier", "king", "queen", "emperor", "sultan", "emir", "chancellor",
                           "secretary-general"))


def head_of_state_not_role(text: str, inventory, name: str | None, phrase: str) -> bool:
    """Whether the person `name` holds, where the article names them, a head's office that the role `phrase` does
    not name (rule `head_of_state_not_role`).

    >>> from .names import _inventory
    >>> t = "President Ana Vell flew to Kessa on Monday. Nine died, the head of the National Guard said."
    >>> head_of_state_not_role(t, _inventory(t, None), "Ana Vell", "the head of the National Guard")
    True
    >>> head_of_state_not_role(t, _inventory(t, None), "Ana Vell", "the president")
    False
    >>> t2 = "Health Minister Rui Sam visited Kessa. Nine died, the official said."
    >>> head_of_state_not_role(t2, _inventory(t2, None), "Rui Sam", "the official")
    False
    """
    if not name:
        return False
    words = set(fold(phrase).replace("-", " ").split()) | {fold(phrase).replace(" ", "")}
    for m in inventory:
        if m.person and m.name == name:
            heads = _roles_of(text, m) & _HEAD_OFFICES
            if heads and not any(h in words or h.replace("-", "") in words for h in heads):
                return True
    return False

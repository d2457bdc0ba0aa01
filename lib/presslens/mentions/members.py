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

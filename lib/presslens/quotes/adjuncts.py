"""Named rule for a cue followed only by an adjunct ('"...," Major X said late on Sunday', '"...," X told a
news conference', '..., the official said on condition of anonymity'): the adjunct is no content, and the
statement is the quote or clause before the speaker.
"""
from __future__ import annotations

import re

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)"
_WHEN = (r"(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?" + _DAY + r"(?:\s+(?:morning|afternoon|evening|night))?"
         r"|(?:late|early|earlier|later)\s+(?:on\s+)?(?:in\s+the\s+)?(?:day|morning|afternoon|evening|night|week)")

#: what may follow a cue without being its content, alone or one after another
_RX_ADJUNCT_TAIL = re.compile(r"""
    ^(?:[\s,]*(?:
        """ + _WHEN + r"""                                                    # 'late on Sunday', 'on Monday'
      | on\s+condition\s+of\s+anonymity|speaking\s+on\s+condition\s+of\s+anonymity
      | (?:to\s+|at\s+)?(?:a|the)\s+(?:news|press)\s+(?:conference|briefing)(?:\s+in\s+[A-Z][\w\-]+)?   # the event
      | in\s+(?:a|the)\s+(?:[\w\-]+\s+){0,2}?(?:note|statement|briefing)(?:\s+(?:for|to)\s+(?:reporters|journalists))?
            (?:\s+in\s+[A-Z][\w\-]+)?                                        # 'in a briefing note for reporters in Geneva'
      | (?:the\s+)?(?:[A-Z][\w\-]*\s+)?(?:news\s+agency|agency|TV\s+channel|television|radio|newspaper|reporters|journalists)
    ))+[\s,.]*$""", re.X)


def adjunct_only(after: str) -> bool:
    """Whether the words after a cue are adjuncts only (time, anonymity, the event, the outlet told).

    >>> adjunct_only("late on Sunday"), adjunct_only("a news conference"), adjunct_only("on condition of anonymity")
    (True, True, True)
    >>> adjunct_only("in a briefing note for reporters in Geneva"), adjunct_only("news agency on Monday")
    (True, True)
    >>> adjunct_only("the militia had withdrawn on Sunday"), adjunct_only("that 12 died")
    (False, False)
    """
    return bool(after) and _RX_ADJUNCT_TAIL.match(after) is not None

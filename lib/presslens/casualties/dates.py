"""The event date and place of a claim, from its sentence and the article's date."""
from __future__ import annotations

import datetime as dt
import re

from .lexicon import _WEEKDAYS
from .scan import class_opened
from .sides import SideWords


_WEEKDAY = re.compile(r"\b(?:on\s+|last\s+)?(" + "|".join(_WEEKDAYS) + r")\b")
_TODAY = re.compile(r"\b(today|this morning|tonight)\b")


def _event_date(sent_low: str, published: dt.date | None) -> dt.date | None:
    if published is None:
        return None
    m = _WEEKDAY.search(sent_low) if "day" in sent_low else None
    if m:
        target = _WEEKDAYS.index(m.group(1))
        delta = (published.weekday() - target) % 7
        return published - dt.timedelta(days=delta)
    if ("yesterday" in sent_low or "last night" in sent_low) and re.search(r"\b(yesterday|last night)\b", sent_low):
        return published - dt.timedelta(days=1)
    m = re.search(r"\b(two|three|four|five|\d) days ago\b", sent_low) if "ago" in sent_low else None
    if m:
        n = {"two": 2, "three": 3, "four": 4, "five": 5}.get(m.group(1)) or int(m.group(1))
        return published - dt.timedelta(days=n)
    if ("today" in sent_low or "tonight" in sent_low or "this morning" in sent_low) and _TODAY.search(sent_low):
        return published
    return None


_PLACE = re.compile(r"\b(?:in|near|at|around|outside|inside|into|of)\s+(?:the\s+)?(?:village|town|city|district|"
                    r"province|valley|region|capital)?\s*(?:of\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_PLACE = class_opened(_PLACE)  # (scan.class_opened: the same matches, searched from the characters a match can open on)
_NOT_PLACE = {"The", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
              "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
              "December", "Telegram", "Twitter", "X", "A", "An", "His", "Her", "Our", "Its", "I", "He",
              "She", "They", "We", "Tuesday's", "Sunday's", "Monday's", "Reuters", "AFP"}


def _place(sent: str, sw: SideWords) -> str | None:
    for m in _PLACE.finditer(sent):
        p = m.group("place")
        first = p.split()[0]
        if first in _NOT_PLACE or sw.is_name(p):
            continue
        return p
    return None

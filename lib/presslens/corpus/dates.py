"""An article's date: the ` date` header, else a byline, else a dateline in the text."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd


# ---------------------------------------------------------------------------------------------
# Dates.

MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], 1) for m in names}
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
DATE_PATTERNS = (
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(_MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b", re.I),
    re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(?P<y>\d{4})\b", re.I),
    re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b"),
)
HEADER = re.compile(r"^\s?date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
BYLINE_DATE = re.compile(r"\b(?P<key>published|posted|first published|updated|last updated)\b(?:\s+on)?\s*:?\s*", re.I)
#: "on Sunday (Sept 5)" and "STOLNO, March 3 (Newsline) -": a month and day without a year
DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{1,60}(?:,\s*[A-Z][a-z]+)?,\s*" + _MON + r"\s+(?P<d>\d{1,2})\s*\(", re.M | re.I)
WEEKDAY_DATE = re.compile(r"(?=[mtwfs])\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*\(\s*" + _MON + r"\s+(?P<d>\d{1,2})\s*\)", re.I)


def _to_date(match: re.Match) -> date | None:
    g = match.groupdict()
    month = MONTHS.get(g["mon"].lower().rstrip(".")) if g.get("mon") else int(g["m"])
    try:
        return date(int(g["y"]), month, int(g["d"]))
    except (TypeError, ValueError):
        return None


def parse_date(value) -> date | None:
    """A date from a metadata value or a phrase ('2021-09-06', 'September 06, 2021', '5 Sept 2021', '06.03.2024')."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, date):
        return value
    text = str(value)
    for pattern in DATE_PATTERNS:
        m = pattern.search(text)
        if m and (d := _to_date(m)):
            return d
    return None


def _first_date(text: str) -> tuple[int, date] | None:
    found = [(m.start(), d) for p in DATE_PATTERNS for m in p.finditer(text) if (d := _to_date(m))]
    return min(found, key=lambda x: x[0]) if found else None


def find_date(header: date | None, bylines: list[str], body: str) -> tuple[date | None, str]:
    """(published, date_source): header line > byline (published, then updated, then a dated byline) > dateline in the text."""
    if header:
        return header, "header"
    for key in ("publish", "posted", "updat"):
        for line in bylines:
            for m in BYLINE_DATE.finditer(line):
                if m.group("key").lower().startswith(key) and (d := _first_date(line[m.end():m.end() + 60])):
                    if d[0] == 0:
                        return d[1], "byline"
    for line in bylines:
        if d := _first_date(line):
            return d[1], "byline"
    for pattern in (DATELINE, WEEKDAY_DATE):  # a month and day; the year is the latest the text gives
        m = pattern.search(body)
        if m and (years := [d.year for p in DATE_PATTERNS for y in p.finditer(body) if (d := _to_date(y))]):
            try:
                return date(max(years), MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("d"))), "text"
            except ValueError:
                pass
    return None, "unknown"

"""Rule `relative_clause_head`: a speaker phrase that is a relative clause ('who appeared on television Saturday
... and', 'who returned from the front') is never the speaker: the cue is the relative clause's own verb (or one
coordinated with it), and the speaker is the head the clause hangs on, printed just before its comma ('the
whereabouts of Hun Sen, who appeared on television ... and accused'; 'an Austrian traveler, Helmut Wolf, who
returned from Timisoara Wednesday said'): a name, or a determiner and its noun ('the governor, who ...').

Left alone: a relative with no comma before it (the head is inside the phrase: 'those who fled said', 'a man who
lives nearby'), a head that is no noun phrase (a clause's end, a number), 'Who' with a capital (a question or the
World Health Organization's acronym in another case).

The examples are made up in the styles of wars in no eval set (the Shaba invasions, the Casamance conflict).
"""
from __future__ import annotations

import re

#: the head just before the relative's comma: a name of one to four capitalised words (with the lower-case joints
#: of names), or a determiner and one to four words ending in a lower-case noun ('the provincial governor')
_RX_HEAD = re.compile(r"""
    (?:^|(?<=[\s(\u201c"]))
    (?P<head>
        [A-Z][\w'\u2019.\-]+(?:\s+(?:[A-Z][\w'\u2019.\-]*|al-[A-Z][\w'\u2019\-]*|bin|ibn|de|da|dos|van|von)){0,3}
      | (?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w'\u2019.\-]+\s+){0,3}[a-z][a-z\-]+
    )
    \s*,\s*$""", re.X)
#: capitalised words that open a sentence or an adverbial, not a name ('In Kolwezi, which ...': no head)
_OPENERS = frozenset(("But", "And", "In", "On", "At", "After", "Before", "Meanwhile", "However", "From", "Near",
                      "It", "He", "She", "They", "We", "This", "That", "There", "Here", "Today", "Yesterday"))


def relative_clause_head(text: str, sp_start: int, phrase: str) -> tuple[str, int, int] | None:
    """The head a relative-clause speaker phrase `phrase` (at `sp_start` in `text`) hangs on: (head, start, end),
    or None when the phrase is no relative clause or no head stands before its comma.

    >>> t = "Nobody knew the whereabouts of Nguza Karl-i-Bond, who appeared on radio Sunday and accused Kinshasa."
    >>> relative_clause_head(t, t.index("who"), "who appeared on radio Sunday and")
    ('Nguza Karl-i-Bond', 31, 48)
    >>> t = "But a Belgian engineer, Paul Maes, who returned from Kolwezi Tuesday said the town had fallen."
    >>> relative_clause_head(t, t.index("who"), "who returned from Kolwezi Tuesday")
    ('Paul Maes', 24, 33)
    >>> t = "Fighting went on, the provincial governor, who toured the front, told reporters."
    >>> relative_clause_head(t, t.index("who"), "who toured the front")[0]
    'the provincial governor'

    No comma before the relative, no relative at all, or no noun phrase before the comma:

    >>> t = "Villagers who fled the shelling said ten were killed."
    >>> relative_clause_head(t, t.index("who"), "who fled the shelling") is None
    True
    >>> relative_clause_head("Paul Maes, the engineer said", 11, "the engineer") is None
    True
    >>> t = "Ten were killed, who witnesses said were civilians."
    >>> relative_clause_head(t, t.index("who"), "who witnesses") is None
    True
    >>> t = "In Kolwezi, which the rebels held, a priest said ten were killed."
    >>> relative_clause_head(t, t.index("which"), "which the rebels held, a priest") is None
    True
    """
    if phrase[:4] != "who " and phrase[:6] != "which ":
        return None
    before = text[max(0, sp_start - 80):sp_start]
    if "," not in before[-3:]:
        return None
    mt = _RX_HEAD.search(before)
    if mt is None:
        return None
    head = mt.group("head")
    if head.split()[0] in _OPENERS or head.endswith("ed"):
        return None     # 'In Kolwezi, which ...' leaves no head; 'the rebels killed, who' is a clause
    start = sp_start - len(before) + mt.start("head")
    return head, start, start + len(head)


#: the opening of an aside after the subject: a dash (spaced hyphens, en or em dash), or a comma and a relative
_RX_ASIDE_OPEN = re.compile(r"\s(?:-{1,2}|\u2013|\u2014)\s|\u2014|,\s+(?:who|which)\s")
#: a dash that closes the aside before the cue
_RX_DASH = re.compile(r"\s(?:-{1,2}|\u2013|\u2014)\s|\u2014")


def aside_head(text: str, sent_start: int, sp_start: int, sp_end: int, content_at: int) -> tuple[str, int, int] | None:
    """Rule `aside_head`: a speaker phrase at [`sp_start`, `sp_end`) inside an aside between the subject and its
    verb, between dashes ('Gulen — who promotes a mystical form of Islam with ... — said'; 'Mr Shehu - considered the
    right-hand man to President Berisha - insisted') or in a relative clause that a comma closes before the verb
    ('Nasser, who arrived in Addis Ababa, Ethiopia, after traveling overland, was quoted'), is never the speaker:
    the aside describes the subject, printed just before it opens -> (head, start, end), else None. Only for a
    statement whose words (at `content_at`) follow the aside: a cue inside the aside is the aside's own ('The
    ministry says the toll rose – on Friday it said "21,400" – and'); and not where the aside names its head ('A
    press officer, who would only identify herself by her surname, Wang, confirmed').

    >>> t = "But Mr Kalonji - considered the right-hand man to President Mobutu - insisted that all was calm."
    >>> aside_head(t, 0, t.index("President"), t.index(" - insisted"), t.index("all was"))
    ('Mr Kalonji', 4, 14)
    >>> t = "Tshombe — who leads a secession backed by mining money from Brussels — said it was possible."
    >>> aside_head(t, 0, t.index("who"), t.index(" backed"), t.index("it was"))[0]
    'Tshombe'
    >>> t = "Tshombe, who flew in from Ndola, Zambia, late on Friday, was quoted as saying the gendarmes held."
    >>> aside_head(t, 0, t.index("Zambia"), t.index(", late"), t.index("the gendarmes"))[0]
    'Tshombe'

    An aside closed before the phrase, a cue inside the aside, or no aside at all, leaves the phrase:

    >>> t = "In Kolwezi, which the rebels held, a priest said ten were killed."
    >>> aside_head(t, 0, t.index("a priest"), t.index(" said"), t.index("ten")) is None
    True
    >>> t = "The coup, which toppled the cabinet, was led by Mr Kalonji, who said he wanted order."
    >>> aside_head(t, 0, t.index("Mr Kalonji"), t.index(", who"), t.index("he wanted")) is None
    True
    >>> t = "The ministry says the toll rose – on Friday it said 900 had died – and the army denies it."
    >>> aside_head(t, 0, t.index("it said"), t.index(" said 900"), t.index("900")) is None
    True
    >>> t = "KINSHASA — A priest said ten were killed."
    >>> aside_head(t, 0, t.index("A priest"), t.index(" said"), t.index("ten")) is None
    True
    """
    before = text[sent_start:sp_start]
    opens = list(_RX_ASIDE_OPEN.finditer(before))
    if not opens:
        return None
    last = opens[-1]
    dashed = "," not in last.group(0)
    if dashed:      # an odd count of dashes before: the aside is open; a dash closes it after the phrase
        close = _RX_DASH.search(text, sp_end, sp_end + 160)
        if len(_RX_DASH.findall(before)) % 2 == 0 or close is None or "." in text[sp_end:close.start()] \
                or close.end() > content_at:
            return None
    else:       # a relative still open at the phrase: no comma inside it but the one just before the phrase
        inside = before[last.end():]
        if text[sp_end:sp_end + 1] != "," or content_at < sp_end or "," in inside.rstrip()[:-1] \
                or "name" in inside or "self" in inside:
            return None
    mt = _RX_HEAD.search(before[:last.start()].rstrip() + ",")
    if mt is None:
        return None
    head, start = mt.group("head"), sent_start + mt.start("head")
    if head.split()[0] in _OPENERS and " " in head and head.split()[1][:1].isupper():
        cut = head.index(" ") + 1       # 'But Mr Kalonji' -> 'Mr Kalonji'
        head, start = head[cut:], start + cut
    if head.split()[0] in _OPENERS or head.endswith("ed"):
        return None
    return head, start, start + len(head)

"""Sources told around a sentence rather than in it: a bulleted list's introduction, an embedded post's credit
line, a transcript's speaker labels, a sentence that adds to the one before, the sentence after naming the source
('This was announced by X'), a body's claims named by their owner ("the army's figures")."""
from __future__ import annotations

import re
from itertools import chain

from .scan import FirstBranchNeeds, OpenedPattern
from .source_phrase import _clean_claimant


_BULLETS = "•·▪◦*-–"


def _list_intro(sentences: list[tuple[int, int]], sent_texts: list[str], si: int, text: str) -> int | None:
    """Index of the line that introduces a bulleted list ('The report's other key figures:'), else None."""
    for k in range(si - 1, max(-1, si - 30), -1):
        line = sent_texts[k].strip()
        if line[:1] in _BULLETS:
            continue
        return k if line.endswith(":") else None


#: rule `post_credit`: an embedded post's credit line: "— Lantara Army (@LantaraArmy), August 9, 2024"
_POST_CREDIT = re.compile(r"[—–]\s*(?P<who>[A-Z][^\n(—–]{1,60}?)\s*\(@\w+\)")



#: a transcript turn: 'AHMED ADAM BUSHARA (Humanitarian Aid Commission): ...', 'BUSHARA: ...'
_TURN = re.compile(r"^(?P<label>[A-Z][A-Z.'’ -]{1,40}?)\s*(?:\((?P<role>[^)\n]{1,60})\))?:\s", re.M)
#: labels (and label roles) of the programme's own people: their words are the outlet's voice
_OWN_VOICE = re.compile(r"\b(?:presenter|host|anchor|reporter|correspondent|interviewer|moderator|narrator|"
                        r"newsreader|reporting)\b", re.I)


def _label_colon(text: str) -> bool:
    """Whether some colon of the text could close a speaker label (_TURN): the last character before it, spaces
    aside, is a capital, '.', an apostrophe, a hyphen or ')'. A cheap test before _TURN, which is tried at every
    line of the article; most articles have few colons and none after a capital.

    >>> _label_colon("PRESENTER: Good evening."), _label_colon("He said: no."), _label_colon("No colon")
    (True, False, False)
    """
    i = text.find(":")
    while i >= 0:
        j = i - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        if j >= 0 and (text[j].isupper() or text[j] in ".'’-)"):
            return True
        i = text.find(":", i + 1)
    return False


def _transcript_turns(text: str) -> list[tuple[int, str | None]]:
    """(offset, speaker) of each speaker-labelled turn when the text is a transcript (two labels or more, one of
    them the programme's presenter, host or interviewer); None for the programme's own presenters and reporters."""
    if not _label_colon(text):
        return []
    turns: list[tuple[int, str | None]] = []
    for m in _TURN.finditer(text):
        label = m.group("label").strip()
        if _OWN_VOICE.search(label) or _OWN_VOICE.search(m.group("role") or ""):
            turns.append((m.start(), None))
            continue
        name = " ".join(w.capitalize() for w in label.split())
        # 'OKELLO:' after 'JOSEPH OKELLO (district commissioner):' is the same speaker
        name = next((who for _, who in reversed(turns) if who and who != name and who.endswith(" " + name)), name)
        turns.append((m.start(), name))
    # a transcript has a presenter, host or interviewer; 'LIVE:', 'CLAIM:' and 'VERDICT:' lines alone do not make one
    return turns if len(turns) >= 2 and any(who is None for _, who in turns) else []


#: rule `speaker_line_turns`: a parliamentary record's turn, its speaker alone on a line with an honorific and no
#: colon ('Sir H. GREENWOOD', 'Mr. Blaker', 'Lieut.-Colonel ALLEN'), the turn's words in the paragraph below
_LINE_LABEL = re.compile(r"""
    ^[ \t]*(?P<label>
      (?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Earl|Viscount|Rev|Hon|Shri|Smt|Captain|Major|Colonel
         |Lieut\.?-Colonel|Lieutenant-Colonel|Brigadier|General|Commander|Admiral)\.?   # the honorific
      (?:[ \t]+(?:[A-Z]\.|[A-Z][A-Za-z'’-]+)){1,4}                                     # initials and name words
    )[ \t]*\n[ \t]*\n?(?=[ \t]*\S)                                                   # alone on its line, text below
    """, re.M | re.X)
#: a line that opens on one of `_LINE_LABEL`'s honorifics (s23-cspeed2): the pattern opens on `^`, so `re` had no
#: first character to scan for and tried it at every position of the article (~330,000 instructions an article);
#: this one opens on '\n', which `re` finds by a fast scan
_HONORIFIC_LINE = re.compile(r"\n[ \t]*(?:Mr|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Earl|Viscount|Rev|Hon|Shri|Smt|Captain|"
                             r"Major|Colonel|Lieut|Brigadier|General|Commander|Admiral)")


def _line_labels(text: str):
    r"""`_LINE_LABEL.finditer(text)`'s very matches, tried only at the text's start and at the lines that open on an
    honorific (s23-cspeed2). Proof: every match opens on `^` (the text's start or just after a '\n'), then spaces
    or tabs and an honorific, so at a line that does not open so it fails; `match(text, at)` reads `^` against the
    whole text, as `finditer` does; and a line start inside the last match is skipped, as `finditer` skips it.

    >>> [m.group("label") for m in _line_labels("Mr. Okoro\n\nasked.\n\n  Sir J. MBEKI\n\nFour died.\n")]
    ['Mr. Okoro', 'Sir J. MBEKI']
    """
    end = 0
    for at in chain((0,), (h.start() + 1 for h in _HONORIFIC_LINE.finditer(text))):
        if at >= end and (m := _LINE_LABEL.match(text, at)):
            end = m.end()
            yield m


def _line_label_turns(text: str) -> list[tuple[int, str]]:
    r"""Rule `speaker_line_turns`: (offset, speaker) of each turn of a parliamentary record whose speakers stand alone
    on their lines ('Sir H. GREENWOOD' above the answer); [] unless two labels or more (one name line is a byline).

    >>> t = "Mr. Okoro\n\nasked how many died.\n\nSir J. MBEKI\n\nFour constables were killed.\n"
    >>> _line_label_turns(t)
    [(0, 'Mr. Okoro'), (33, 'J. Mbeki')]
    >>> _line_label_turns("By Mr. Okoro\n\nFour constables were killed.\n")
    []
    """
    if "\n" not in text:
        return []
    turns = []
    for m in _line_labels(text):
        words = m.group("label").split()
        if words[0] in ("Sir", "Dame"):   # a knight's title: the record's name is the man's ('H. Greenwood')
            words = words[1:]
        turns.append((m.start(), " ".join("-".join(p.capitalize() for p in w.split("-")) if w.isupper() and
                                          len(w) > 2 else w for w in words)))
    return turns if len(turns) >= 2 else []


_CLAIM_NOUNS = r"(?:claims?|figures?|accounts?|tolls?|numbers?|reports?|toll|footage|video|statement|names)"
_OWNER = re.compile(r"(?P<owner>(?:the\s+)?[\w'’ -]{2,40}?)['’]s?\s+(?:\w+\s+){0,2}" + _CLAIM_NOUNS + r"\b"
                    r"|" + _CLAIM_NOUNS + r"\s+(?:by|of|from)\s+(?P<owner2>(?:the\s+)?[\w'’ -]{2,40}?)(?=\s+(?:could|"
                    r"were|was|have|has|had|cannot)\b|[.,;]|$)", re.I)
#: (its first branch needs an apostrophe: without one, only the second is tried; scan.FirstBranchNeeds, same matches)
_OWNER = FirstBranchNeeds(_OWNER, ("'", "’"))
#: (without an apostrophe, its second branch alone opens a match, on a claim noun's first letter: searched from the
#: characters re.I matches to them, `_OWNER_OPENERS` (every such character of Unicode: tests/test_casualty_speed27b),
#: as scan.OpenedPattern: the same Match objects)
_OWNER_OPENERS = "[ACFNRSTVacfnrstvſ]"
_OWNER._rest = OpenedPattern(_OWNER._rest, _OWNER_OPENERS, cased_class=True)


#: rule `continued_report`: a sentence that adds to the one before ('In addition, 93 people were injured') is
#: the same source's report when it names no source of its own
_CONTINUED = re.compile(r"^\s*(?:In\s+addition|Additionally|Also|Furthermore|Moreover|Besides)\s*,?\s+", re.I)
#: rule `source_next`: 'It is reported in the study of X', 'This was announced by X' after an unattributed claim
_SOURCE_NEXT = re.compile(r"^\s*(?:It|This|That|These\s+figures|The\s+figures?|The\s+data)\s+(?:is|was|were|has\s+been|"
                          r"have\s+been)\s+(?:reported|stated|announced|said|disclosed|confirmed|published)\s+"
                          r"(?:in|by)\s+(?P<who>[^,;.]{3,140})")
_DOC_OF = re.compile(r"^(?:(?:the|a|an|its|their)\s+)?(?:[a-z]+\s+){0,2}?(?:study|report|statement|data|figures|"
                     r"findings|survey|investigation|review|update|bulletin)\s+(?:of|by|from)\s+")
_SOURCE_END = re.compile(r"\s+(?:within|during|after|before|on|at|which|that|who|when|as|in|citing|published)\b.*$")


def source_next(next_sent: str) -> str | None:
    """The source a sentence names for the claim before it (rule `source_next`): 'It is reported in the study of
    the X' -> 'the X'; None when the sentence does not open so.

    >>> source_next("It is reported in the bulletin of the Humanitarian Law Centre in Belgrade, which ...")
    'the Humanitarian Law Centre'
    >>> source_next("This was announced by the Polisario Front on Monday.")
    'the Polisario Front'
    >>> source_next("It is not clear who fired first.")
    """
    m = _SOURCE_NEXT.match(next_sent)
    if not m:
        return None
    who = _SOURCE_END.sub("", _DOC_OF.sub("", m.group("who").strip()))
    return _clean_claimant(who) or None

"""Time and channel adverbials between a cue and its content or subject ('on Tuesday', 'in a statement on
Telegram', 'by phone'), auxiliaries before a cue, and sentence-opening adverbs.
"""
from __future__ import annotations

import re

from ..fastre import _CaseFreePattern


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TIME = (r"(?:(?:late|early)\s+(?=on\s))?(?:(?:on|last|this|late|early|earlier|later|by)\s+)?(?:" + _DAYS + r"(?:\s*\([^)]*\))?(?:\s+(?:morning|afternoon|evening|night))?"
         r"|" + _MONTHS + r"\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+" + _MONTHS + r"(?:\s+\d{4})?"
         r"|yesterday|today|tonight|last\s+(?:week|night|month|year)|this\s+(?:week|morning|evening|month)"
         r"|earlier|later|previously|also|again|now|repeatedly|once|already|publicly|separately|further"
         r"|on\s+(?:the\s+)?(?:weekend|same\s+day))")
_CHANNEL = (r"(?:(?:in|on|via|through|during)\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w\-]+\s+){0,3}"
            r"(?:statement|post|posting|video|message|interview|tweet|speech|briefing|press\s+conference|news\s+conference|"
            r"email|e-mail|report|update|broadcast|(?:phone\s+|telephone\s+|video\s+)?call|address|letter|communique|communiqué|audio|recording|podcast|comments?|remarks?|"
            r"televised\s+address)"
            r"(?:\s+(?:on|to|with|posted\s+on|published\s+on|read\s+on|broadcast\s+on|from)\s+(?:the\s+|its\s+|state\s+)?"
            r"(?:[A-Z@][\w@.'’\-]*|television|radio|social\s+media|telegram)(?:\s+(?:[A-Z][\w'’\-]*|residents|page|channel|account|television|radio|broadcaster))*)*"
            r"|on\s+(?:the\s+)?(?:Twitter|X|Facebook|Telegram|Instagram|YouTube|WhatsApp|TikTok|social\s+media|state\s+television|"
            r"national\s+radio|national\s+television|television|radio|its\s+website|the\s+group's\s+\w+\s+page|[A-Z][\w]+'s\s+\w+\s+page)"
            r"(?:,\s+formerly\s+(?:known\s+as\s+)?Twitter,?)?"
            r"|by\s+(?:tele)?phone|by\s+satellite\s+phone|to\s+(?:reporters|journalists|the\s+press)"
            r"|in\s+(?:Kabul|[A-Z][\w]+)(?=\s*,|\s+that\b)|at\s+a\s+(?:news|press)\s+conference(?:\s+in\s+[A-Z]\w+)?"
            # an event where it was said, without the capitalised tail that the lower-cased copy cannot tell
            r"|at\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:briefing|news\s+conference|press\s+conference|rally|meeting|"
            r"ceremony|gathering|session|hearing|funeral))")
_ADVERBIAL = _CaseFreePattern(r"^(?:[\s,]*(?:" + _TIME + r"|" + _CHANNEL + r")(?![\w\-]))+")     # not 'again' of 'against'
#: a word or phrase between a subject and its cue ('has', 'also', 'on Monday', 'in a statement')
_AUX_WORD = (r"(?:has|have|had|also|later|earlier|previously|now|again|then|reportedly|repeatedly|long|"
             r"would|will|already|publicly|once|initially|separately|further|originally|only|just|even|"
             r"last\s+(?:week|night|month)|(?:late\s+|early\s+)?" + _DAYS + r"|on\s+" + _DAYS + r"|yesterday|today|"
             r"in\s+(?:recent|the\s+past|the\s+last)\s+(?:hours|days|weeks|months)|"
             r"in\s+a\s+statement|in\s+(?:an?\s+)?(?:post|video|interview|tweet)(?:\s+on\s+\w+)?)")
#: one or more of them at the end of a string, each after whitespace: '(?:\s+WORD)+\s*$' written with its first
#: whitespace apart, '\s\s*WORD(?:\s+WORD)*\s*$' (the same matches, tried in the same order), so that the pattern
#: opens on a class and `re` skips from one whitespace to the next instead of trying it at every position
_AUX_TAIL = re.compile(r"\s\s*" + _AUX_WORD + r"(?:\s+" + _AUX_WORD + r")*\s*$", re.I)
#: _AUX_TAIL's case-sensitive copy for lower-cased text (as fastre._CaseFreePattern runs its patterns)
_AUX_TAIL_LOWERED = re.compile(_AUX_TAIL.pattern.lower())


def strip_aux_tail(s: str) -> str:
    """`_AUX_TAIL.sub("", s)`: the words between a subject and its cue taken off the end ('X has also'), the
    pattern run case-sensitively on the lower-cased text (`re.I` enters every branch of its word list). It
    matches once at most (it ends at the end of `s`).

    >>> strip_aux_tail("The ministry has also"), strip_aux_tail("The army on Monday"), strip_aux_tail("Hassan")
    ('The ministry', 'The army', 'Hassan')
    """
    if _CaseFreePattern._odd(s):
        return _AUX_TAIL.sub("", s)
    mt = _AUX_TAIL_LOWERED.search(s.lower())
    return s if mt is None else s[:mt.start()] + s[mt.end():]


_AUX_LAST = frozenset(("has have had long also later earlier previously now again then reportedly repeatedly would will "
                       "already publicly once initially separately further originally only just even week night month yesterday "
                       "today statement post video interview tweet monday tuesday wednesday thursday friday saturday sunday "
                       "hours days weeks months").split())


def _may_end_in_aux(pre: str) -> bool:
    """A cheap necessary condition for _AUX_TAIL to match at the end of `pre`."""
    toks = pre.rsplit(None, 3)
    if not toks:
        return False
    if toks[-1].lower() in _AUX_LAST:
        return True
    return len(toks) >= 3 and toks[-2].lower() == "on" and toks[-3].lower() in ("post", "video", "interview", "tweet")


_LEAD_ADV = re.compile(r"^(?:(?:But|And|Yet|So|However|Meanwhile|Earlier|Later|Still|Separately|Instead|Also|Now|"
                       r"In\s+\w+|On\s+\w+(?:\s*\([^)]*\))?|Last\s+\w+|This\s+\w+|Although|Though|While|Whereas|"
                       r"As|Since|When|After|Before|Then|Yesterday|Today)\b,?\s+)+")
_STOP_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|to|be|been|being|"
                          r"was|were|is|are|so|not|no|of|for|with|by|from|as|which|what|who|whom|where|when|"
                          r"would|could|should|might|must|can|may|will|did|do|does|than|if)|['’]s|so-)\s*$", re.I)
#: a comma segment that is only a sentence adverb or a fronted prepositional phrase ('Separately', 'Elsewhere',
#: 'In another interview with X in Y'): when the subject after it is set off by commas too, the subject is the next
#: segment (rule `lead_adverb_segment`)
_RX_ADVERB_SEGMENT = re.compile(r"(?:[A-Z][a-z]+ly|Meanwhile|Elsewhere|Moreover|Furthermore|However|Earlier|Later|"
                                r"Still|Instead|Also|Likewise|Overall|Nonetheless|Yesterday|Today|"
                                r"(?:In|On|At|During|After|Before|Amid|Following|Despite)\s+(?:an?|the|another|its|his|her|their)\s+[^,]+|"
                                r"In\s+a\s+separate\s+\w+|On\s+\w+|Earlier\s+\w+|Later\s+\w+)")

"""Each statement's content: where it starts after its cue, where it ends (the next cue, a wire credit, a document
opening the next sentence), the outlet it was told to, and the statement record's text and kind.

Split from `quotes.attribution` (session 11); `attribution._records` calls `_content_end`, `_content` and
`_statement` for each item of a sentence.
"""
from __future__ import annotations

import re

from ..actors import fold
from ..fastre import _re_match, ascii_twin
from .according_lead import lead_without_clause
from .adjuncts import adjunct_after_fronted, adjunct_only, verbless_adjunct
from .adverbials import _ADVERBIAL
from .nominal import cited_aside
from .relative import relative_content_end
from .clause import OUTLET_NOUNS, _RX_TOLD_OBJECT
from .cues import (_ONE_WORD_OBJECTS, _ONE_WORD_OBJECT_CUES, _RX_ANONYMITY, _RX_COMMA_OR_END, _RX_COMMA_PARTICIPLE,
                   _RX_COMMA_THAT)
from .spans import MASK, _content_spans

#: an item: [clause_start, cue_start, cue_end, cue, speaker_span, after_start, participle, surface(, content span)]
Item = list


#: a document opening the sentence: 'The statement', 'The group's latest report'
_RX_LEAD_DOCUMENT = re.compile(r"(?:The|A|An|Its|Their)\s+(?:[\w'’\-]+\s+){0,2}?(?:statement|report|communiqu[eé]|message|"
                               r"letter|video|post|declaration)\b")


def _tail_join_start(s: str) -> int:
    r"""Where `re.search(r"(?:,|\s+and)?\s*$", s)` starts (it always matches), without trying the pattern at every
    position (speed, session 24): at the spaces before a closing 'and', else at a closing comma, else where the
    trailing whitespace starts (`\s` and `str.isspace` are the same characters).

    >>> [_tail_join_start(s) for s in ("X said A and", "X said A, ", "X said A  ", "and", "X band ", "")]
    [8, 8, 8, 3, 6, 0]
    """
    q = len(s.rstrip())
    if q > 3 and s.startswith("and", q - 3) and s[q - 4].isspace():
        return len(s[:q - 3].rstrip())
    return q - 1 if q and s[q - 1] == "," else q


def _content_end(m: str, sb: int, items: list[Item], k: int, credits) -> int:
    """Where item k's content ends: at the next item's clause (or before its participle or credit), at a
    dropped credit, else at the sentence's end."""
    ce = items[k][2]
    nxt_start = sb
    for c in credits:       # '..., said X, according to Reuters': the credit is not content
        if ce < c < nxt_start:
            nxt_start = c
    if k + 1 < len(items):
        nx = items[k + 1]
        nxt_start = nx[0] if nx[0] is not None and nx[0] > ce else nx[1]
        if nx[3].lemma == "according_to" or nx[6]:
            nxt_start = ce + _tail_join_start(m[ce:nx[1]])
        if m[max(0, nxt_start - 5):nxt_start].lower() == "what ":
            nxt_start -= 5      # rule `what_outside_content`: '... killed during what he described as X': 'what' opens the label
    return nxt_start


#: the outlet or audience a statement was made to: 'to VOA by phone', 'to reporters', 'to the BBC in an interview'
_RX_TO_OUTLET = re.compile(r"""
    \s+to\s+(?:the\s+)?(?:[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3}|reporters|journalists|press   # to whom
                        |(?:state|local|national)\s+(?:TV|television|radio|media))
    (?:\s+(?:by\s+(?:tele)?phone|in\s+an\s+interview|on\s+\w+))*                                 # how, when
    (?=\s*,?\s+that\b|\s*:|\s*,\s*\ue000)                                                       # then the content
    """, re.X)


#: an outlet's quoted name as the object of 'told': 'told "Ponto Norte" that', 'told the weekly "Ponto Norte" that'
_RX_QUOTED_OBJECT = re.compile(r"\s*(?:the\s+)?(?:[\w\-]+\s+){0,2}?\ue000{3,60}(?=\s*,?\s+that\b)")
#: the outlet a statement was given to, at the end of its content: '... the attack to the weekly "Ponto Norte".'
_RX_TO_OUTLET_TAIL = re.compile(r"\s\s*to\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?" + OUTLET_NOUNS +
                                r"(?:\s+\ue000{3,60}|\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})?[\s.]*$")
#: the same for an ASCII paragraph (fastre.ascii_twin): the pattern opens on \s, tested at every position
_RX_TO_OUTLET_TAIL_ASCII = re.compile(ascii_twin(_RX_TO_OUTLET_TAIL.pattern), re.ASCII)


def _after_start(m: str, it: Item, nxt_start: int, m_low: str | None = None) -> int:
    """Where content after the cue may start: past adverbials ('on Tuesday', 'in a statement') and the
    object of 'told' ('told reporters by phone'). `m_low`: `m` lower-cased (quotes.reading.ParagraphReading.m_low),
    else None."""
    clause_start, cs, ce, cue, sp, after, participle, surface = it[:8]
    pos = after
    adv = _ADVERBIAL.match_len(m, pos, nxt_start, m_low)
    if adv is not None:
        pos += adv
    elif cue.lemma != "according_to":
        to = _RX_TO_OUTLET.match(m, pos, nxt_start)
        if to:      # 'confirmed to VOA by phone that ...': the outlet spoken to is not the content
            pos = to.end()
    if cue.frame == "told" or cue.lemma == "tell":
        obj = _RX_TOLD_OBJECT.match(m[pos:nxt_start])
        if obj and obj.group(0).strip():
            pos += obj.end()
        else:
            quoted = _RX_QUOTED_OBJECT.match(m, pos, nxt_start)
            if quoted:      # 'told "Ponto Norte" that ...': the outlet's quoted name is the object
                pos = quoted.end()
        adv = _ADVERBIAL.match_len(m, pos, nxt_start, m_low)
        if adv is not None:
            pos += adv
    if cue.lemma == "according_to":
        pos = sp[1]
    return pos


def _content(para: str, base: int, m: str, sa: int, items: list[Item], k: int, nxt_start: int, quotes,
             m_low: str | None = None):
    """Item k's content spans and kind: after the cue, or fronted ('CONTENT, X said', '"Q," X said'). `m_low`: `m`
    lower-cased (quotes.reading.ParagraphReading.m_low), else None."""
    it = items[k]
    clause_start, cs, ce, cue, sp, after, participle, surface = it[:8]
    if len(it) > 8:     # a passive's content: the subject before its auxiliary
        return _content_spans(para, base, m, it[8][0], it[8][1], quotes)
    pos = _after_start(m, it, nxt_start, m_low)
    lead_txt = m[sa:(clause_start if clause_start is not None else cs)].strip(" ,")
    rest = m[pos:nxt_start]
    if rest[:1] == "," and clause_start is not None and ("citing" in rest or "quoting" in rest):
        aside = cited_aside(rest)   # quotes.nominal: 'said, citing hospital records, that 31 died'
        if aside:
            pos += aside
            rest = m[pos:nxt_start]
    after_txt = rest.strip(" ,.")
    inverted = clause_start is None and cue.lemma != "according_to"
    if inverted or _RX_COMMA_PARTICIPLE.match(rest) \
            or (k == 0 and not participle and lead_txt
                and (adjunct_only(after_txt) or adjunct_only(m[after:nxt_start].strip(" ,."))
                     or (lead_txt[:1] == MASK or m[sa:cs if clause_start is None else clause_start].rstrip().endswith(","))
                     and (adjunct_after_fronted(lead_txt, after_txt, lead_txt[:1] == MASK, cue.lemma)   # quotes.adjuncts
                          or cue.frame in ("clause", "told") and len(lead_txt.split()) >= 5
                          and verbless_adjunct(after_txt)))):
        pos = nxt_start
    elif cue.lemma != "according_to" and k == 0 and not participle and lead_txt:
        if _RX_COMMA_OR_END.match(rest) and not _re_match(r"\s*,\s*(?:that|\ue000)", rest) \
                and len(after_txt.split()) <= len(lead_txt.split()):
            pos = nxt_start
        elif _re_match(r"(?:from|in|at|on|by|via|during|after|before|outside|inside|near|with|while|to|amid|despite|"
                       r"without|as|when|of|cited|quoted|carried)\b", after_txt) \
                and (len(after_txt.split()) <= 8 or " that " not in after_txt) and MASK not in after_txt \
                and lead_txt.strip(MASK + " ,.") == "":
            # '"Q," she said, to a standing ovation' / '... she wrote on X after Monday's raids ...'
            pos = nxt_start
    elif _RX_COMMA_THAT.match(rest) and cue.lemma != "according_to":
        pos += len(_re_match(r"\s*,\s*", rest).group(0))
    end = nxt_start
    if m.find("to ", pos, nxt_start) >= 0:     # (no copy of the content to test it)
        tail = (_RX_TO_OUTLET_TAIL_ASCII if m.isascii() else _RX_TO_OUTLET_TAIL).search(m, pos, nxt_start)
        if tail:        # 'confirmed the attack to the weekly "Ponto Norte"': the outlet is not the content
            end = tail.start()
    if k + 1 == len(items):     # quotes.relative: 'X, who said A, returned': A only (a next cue bounds it already)
        end = relative_content_end(m, sa, sp, cs, pos, end)
    parts, kind = _content_spans(para, base, m, pos, end, quotes)
    if parts and kind == "indirect" and k == 0 and cue.lemma != "according_to" \
            and m.startswith(("which ", "who "), parts[0][0] - base):
        parts = []      # rule `relative_not_content`: '"...," X said on National Radio, which ...': the quote before
    lead_end = clause_start if clause_start is not None else cs
    if cue.lemma == "according_to":
        lead_end = cs
    if not parts and k == 0 and not participle:
        parts, kind = _content_spans(para, base, m, sa, lead_end, quotes)
    elif k == 0 and not participle and kind != "direct" and cue.lemma == "according_to" and m[sa:lead_end].strip(" ,") \
            and not lead_without_clause(m[sa:lead_end].strip(" ,")):     # 'And, according to X, ...' (quotes.according_lead)
        parts, kind = _content_spans(para, base, m, sa, lead_end, quotes)
    elif parts and kind == "direct" and k == 0:
        lead, lead_kind = _content_spans(para, base, m, sa, lead_end, quotes)
        if lead and lead_kind == "direct":
            parts = lead + parts
    return parts, kind


def _statement(para: str, base: int, m: str, it: Item, sp, parts, kind: str, nxt_start: int, quotes):
    """The content parts if they make a statement, else None: not an anonymity condition, not an act
    ('declared a state of emergency'), not one word unless a one-word object ('denied this')."""
    clause_start, cs, ce, cue, _, after, participle, surface = it[:8]
    first = para[parts[0][0] - base:parts[0][1] - base]
    if kind == "indirect" and _RX_ANONYMITY.match(first):
        return None     # 'asking that his name not be used', 'asking not to be named': a condition, not a statement
    if cue.lemma == "declare" and kind == "indirect" and not _re_match(r"\s*,?\s*that\b", m[after:nxt_start]) \
            and (len(first.split()) < 10 or declared_act(first)):
        return None     # 'declared autonomy in 2022', 'declared a state of emergency': an act, not a statement
    if cue.lemma == "call" and kind == "mixed" and "what " in (m[sp[0]:sp[0] + 5].lower(), m[max(0, sp[0] - 5):sp[0]].lower()):
        # 'What the army calls a "clearance operation" has displaced ...': the label ends the statement
        q = next(((qa, qb) for qa, qb, closed in quotes if closed and qa >= parts[0][0] - base), None)
        if q is not None and base + q[1] + 1 < parts[-1][1]:
            parts = [(parts[0][0], base + q[1] + 1)]
    if _one_word_at_most(para, base, parts) \
            and not (kind == "indirect" and cue.lemma in _ONE_WORD_OBJECT_CUES
                     and fold(first.strip(" .,;")) in _ONE_WORD_OBJECTS):
        return None     # one word is no statement, but 'X claimed responsibility', 'Y denied this' are
    return parts


#: what a declaration that is an act declares, however long the sentence runs on
_RX_DECLARED_ACT = re.compile(r"\s*(?:an?\s+|the\s+)?(?:(?:immediate|nationwide|national|full|[\w\-]+-hour)\s+)?"
                              r"(?:state\s+of\s+(?:emergency|siege|war|alert)|curfew|independence|martial\s+law|emergency\s+rule)\b",
                              re.I)


def declared_act(content: str) -> bool:
    """Rule `declared_act`: the object of 'declared' is an act, not a statement, at any length ('Police have declared
    an immediate curfew in the town following the gunfight which broke out ...', 'declared a state of emergency,
    gagging the press, ...', 'declared independence Tuesday night, climaxing years of tension'); four wars of the
    dev golds, none a record. 'declared victory' and 'declared that ...' stay statements.

    >>> declared_act("an immediate curfew in the town following the gunfight"), declared_act("independence on Tuesday")
    (True, True)
    >>> declared_act("victory over the rebels in the valley on Friday"), declared_act("the ceasefire void")
    (False, False)
    """
    return _RX_DECLARED_ACT.match(content) is not None


def _one_word_at_most(para: str, base: int, parts) -> bool:
    """Whether the content parts (article offsets; the paragraph starts at `base`) hold fewer than two words
    together (counted part by part, stopping at two: the first part mostly holds them).

    >>> _one_word_at_most("He denied this.", 0, [(3, 9)]), _one_word_at_most("He denied this.", 0, [(3, 9), (10, 14)])
    (True, False)
    """
    n = 0
    for a, b in parts:
        n += len(para[a - base:b - base].split(None, 2))
        if n >= 2:
            return False
    return True

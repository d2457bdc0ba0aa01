"""Quote marks, masked paragraphs, sentences, content spans, prose paragraphs, and quotes continued over
paragraphs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..actors import fold
from ..fastre import _re_finditer
from ..mentions.lexicon import ROLE_WORDS, _LEAD_FUNCTION
from ..mentions.names import _full_name
from .tex_quotes import has_pair_marks, inner, single_marks, widen_closers


MASK = "\ue000"
_DOUBLE_OPEN = "\u201e\u00ab"          # „ «  open only
_DOUBLE_CLOSE = "\u00bb"               # »    closes only
_DOUBLE_AMBIG = "\"\u201c\u201d"       # " “ ”
_SINGLE_OPEN = "\u2018\u201a'"         # ‘ ‚ '
_SINGLE_CLOSE = "\u2019\u2018'"        # ’ ‘ '
_QUOTE_CHARS = re.compile("[" + re.escape(_DOUBLE_OPEN + _DOUBLE_CLOSE + _DOUBLE_AMBIG + _SINGLE_OPEN + _SINGLE_CLOSE) + "]")
#: the class's distinct characters, one string (`_ascii_marks` finds each by `str.find`)
_QUOTE_MARKS = "".join(sorted(set(_DOUBLE_OPEN + _DOUBLE_CLOSE + _DOUBLE_AMBIG + _SINGLE_OPEN + _SINGLE_CLOSE)))
#: the marks an ASCII paragraph can hold: a class of two ASCII characters is one bitmap test per character
_QUOTE_CHARS_ASCII = re.compile("[" + re.escape("".join(sorted({c for c in _QUOTE_CHARS.pattern if c.isascii()} & set("\"'")))) + "]")
_OPEN_BEFORE = " \t\n([{\u2014\u2013-/:;,\u00a0" + _DOUBLE_OPEN + _DOUBLE_AMBIG


# ------------------------------------------------------------------------------------------------
# quote marks
# ------------------------------------------------------------------------------------------------
def find_quote_spans(s: str) -> list[tuple[int, int, bool]]:
    """Quoted spans in one paragraph as (open_mark, close_mark, closed); an unclosed quote runs to the end.

    >>> find_quote_spans('He said "yes”, then ‘no’.')
    [(8, 12, True), (20, 23, True)]
    >>> find_quote_spans("``Go,'' he said.")
    [(0, 6, True)]
    """
    if has_pair_marks(s):       # rule `tex_quote_marks`: ``...'' (quotes.tex_quotes)
        return widen_closers(s, _scan_quote_marks(single_marks(s)))
    return _scan_quote_marks(s)


def _scan_quote_marks(s: str) -> list[tuple[int, int, bool]]:
    """find_quote_spans's scan of one paragraph's single-character marks."""
    spans: list[tuple[int, int, bool]] = []
    n = len(s)
    open_at, open_kind, open_char = -1, "", ""
    for i in (_ascii_marks(s) if s.isascii() else _ascii_marks(s, _QUOTE_MARKS)):  # only quote marks change the state
        c = s[i]
        prev = s[i - 1] if i else " "
        nxt = s[i + 1] if i + 1 < n else " "
        if open_at < 0:
            if c in _DOUBLE_OPEN or (c in _DOUBLE_AMBIG and (prev in _OPEN_BEFORE or not prev.strip()) and nxt.strip()):
                open_at, open_kind, open_char = i, "d", c
            elif c in _SINGLE_OPEN and (prev in _OPEN_BEFORE or not prev.strip()) and (nxt.isalnum() or nxt in "[("):
                open_at, open_kind, open_char = i, "s", c
        elif open_kind == "d":
            if c in _DOUBLE_CLOSE or c in _DOUBLE_AMBIG:
                can_close = bool(prev.strip()) or not nxt.strip() or nxt in ",.;:!?)"
                can_open = (prev in _OPEN_BEFORE or not prev.strip()) and nxt.strip() and nxt not in ",.;:!?)"
                if open_char == "\u201e" and c == "\u201c":
                    can_close = True
                if can_close and not (can_open and not prev.strip()):
                    spans.append((open_at, i, True))
                    open_at = -1
                elif can_open:   # a new quote opens while one is left open: close the old one here
                    spans.append((open_at, i, True))
                    open_at, open_kind, open_char = i, "d", c
        else:  # single
            if c in _SINGLE_CLOSE and prev.strip() and not nxt.isalnum():
                spans.append((open_at, i, True))
                open_at = -1
            elif c in _DOUBLE_AMBIG + _DOUBLE_OPEN and (prev in _OPEN_BEFORE or not prev.strip()):
                open_at, open_kind, open_char = i, "d", c   # the single was an apostrophe
    if open_at >= 0 and open_kind == "d":
        spans.append((open_at, n, False))
    return spans


def _ascii_marks(s: str, marks: str = "\"'") -> list[int]:
    """Where an ASCII paragraph holds a quote mark (`"` or `'`), in order: the positions `_QUOTE_CHARS_ASCII.finditer`
    gives, found by `str.find` (C's byte search, not the pattern's class tested at every character; speed, session 22).
    With `marks` _QUOTE_MARKS, the positions `_QUOTE_CHARS.finditer` gives in any paragraph (session 23: each of the
    class's distinct characters found by `str.find`, the positions of all of them in order).

    >>> s = "It's " + '"over," he said'
    >>> _ascii_marks(s) == [qm.start() for qm in _QUOTE_CHARS_ASCII.finditer(s)], _ascii_marks("no marks")
    (True, [])
    >>> s = "«Non», dit-il. „Ja“ – ‘it’s’ ‚so‘ "
    >>> _ascii_marks(s, _QUOTE_MARKS) == [qm.start() for qm in _QUOTE_CHARS.finditer(s)] != []
    True
    """
    out = []
    for mark in marks:
        i = s.find(mark)
        while i >= 0:
            out.append(i)
            i = s.find(mark, i + 1)
    out.sort()
    return out


def _unmasked(spans, n: int) -> list[tuple[int, int]]:
    """The ranges (a, b) of a paragraph of length `n` that `_mask(s, spans)` leaves as they are, in order: what lies
    outside the quotes (each edge a quote mark or an end of the paragraph).

    >>> s = 'He said "yes", then "no'
    >>> m = _mask(s, find_quote_spans(s))
    >>> [(a, b) for a, b in _unmasked(find_quote_spans(s), len(s))], [m[a:b] for a, b in _unmasked(find_quote_spans(s), len(s))]
    ([(0, 8), (13, 20)], ['He said ', ', then '])
    """
    out, at = [], 0
    for a, b, _ in spans:
        a, b = max(a, at), min(b + 1, n)
        if b <= a:
            continue
        if a > at:
            out.append((at, a))
        at = b
    if at < n:
        out.append((at, n))
    return out


def _mask(s: str, spans) -> str:
    """`s` with every quoted span (marks included) replaced by MASK characters, same length."""
    if not spans:
        return s
    out, at = [], 0
    for a, b, _ in spans:
        a, b = max(a, at), min(b + 1, len(s))
        if b <= a:
            continue
        out.append(s[at:a])
        out.append(MASK * (b - a))
        at = b
    out.append(s[at:])
    return "".join(out)


# ------------------------------------------------------------------------------------------------
# sentences of a masked paragraph
# ------------------------------------------------------------------------------------------------
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Brig|Adm|Cmdr|Sgt|Cpl|Pte|Prof|Sen|Rep|Gov|St|Jr|Sr|No|vs|etc|"
                     r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|(?<!on )[A-Z])\.)$")


#: a sentence's end: stop marks (written as one class, then more, so that `re` skips to the candidates), a
#: closing bracket, and a space before a capital, digit, quote or mask
_RX_SENTENCE_END = re.compile(r"[.!?][.!?]*[)\]]?(?=\s+[A-Z0-9\ue000\"“‘«„(\u00c0-\u00de])")
#: speed (session 23): the same pattern for a paragraph with no '!' and no '?', where its first character can only be
#: '.': a literal first character is found by `re`'s fast scan for one character, a class is tested at every character
_RX_SENTENCE_END_DOT = re.compile(r"\.[.!?]*[)\]]?(?=\s+[A-Z0-9\ue000\"“‘«„(\u00c0-\u00de])")
assert _RX_SENTENCE_END_DOT.pattern[2:] == _RX_SENTENCE_END.pattern[5:]    # (the same pattern after the first item)


def _sentences(m: str, para: str | None = None) -> list[tuple[int, int]]:
    """Sentence spans of a masked paragraph (quotes masked, so a quote never splits); with the paragraph's text,
    a quote that closes its sentence with a stop ends it too (rules `quote_closes_sentence`, `colon_quote_closes`)."""
    ends = []
    rx = _RX_SENTENCE_END if "!" in m or "?" in m else _RX_SENTENCE_END_DOT     # (the same matches: speed)
    for mt in rx.finditer(m):     # (a lone '.' is a match of one character: no copy of it is made)
        end = mt.end()
        if not (end - mt.start() == 1 and m[end - 1] == "." and _ABBREV.search(m[max(0, end - 6):end])):
            ends.append(end)
    if para is not None and MASK in m:
        ends = sorted(set(ends).union(quote_closes_sentence(m, para)))
    out, start, n = [], 0, len(m)
    for end in ends:        # (each span kept as it is made, when it holds more than spaces: one list, not two)
        if end <= start:
            continue
        if m[start:end].strip():
            out.append((start, end))
        start = end
        while start < n and m[start].isspace():
            start += 1
    if start < n and m[start:n].strip():
        out.append((start, n))
    return out


#: the end of a run of masks (a quote) before a space and a capitalised word
_RX_MASK_THEN_CAPITAL = re.compile(MASK + r"(?=\s+[A-Z])")
#: speed (session 23): the same ends found run by run: a match of _RX_MASK_THEN_CAPITAL is a mask followed by a space,
#: so the last mask of its run, and it ends where the run ends; each run is one greedy match of `MASK+` (re's fast
#: count), then one test of the space and capital after it, instead of the look-ahead tried at every mask of the run
_RX_MASK_RUN = re.compile(MASK + "+")
_RX_SPACE_CAPITAL = re.compile(r"\s+[A-Z]")


def _mask_then_capital_ends(m: str) -> list[int]:
    """The ends of `_RX_MASK_THEN_CAPITAL.finditer(m)`'s matches, in order, by mask runs.

    >>> m = "He said \ue000\ue000\ue000 Then \ue000\ue000, and \ue000 then \ue000\ue000  Now"
    >>> _mask_then_capital_ends(m) == [mt.end() for mt in _RX_MASK_THEN_CAPITAL.finditer(m)] == [11, 34]
    True
    """
    return [run.end() for run in _RX_MASK_RUN.finditer(m) if _RX_SPACE_CAPITAL.match(m, run.end())]


def quote_closes_sentence(m: str, para: str) -> list[int]:
    """Rule `quote_closes_sentence`: where a quote inside a sentence closes it, its stop inside the marks ('... tried
    to cross into the valley "for reasons unclear to us." The soldiers fled'): the sentence ends after the closing
    mark when prose stands before the quote in the sentence and a capitalised word follows (a quote that opens its
    sentence is left to the quote-only rules).

    >>> p = 'He said the patrol turned back "for reasons unclear to us." The soldiers fled.'
    >>> m = p[:31] + MASK * 28 + p[59:]
    >>> [p[e:] for e in quote_closes_sentence(m, p)]
    [' The soldiers fled.']
    >>> p = '"We held." The soldiers fled.'
    >>> quote_closes_sentence(MASK * 10 + p[10:], p)
    []
    """
    out = []
    for end in _mask_then_capital_ends(m):
        if para[end - 2:end - 1] not in (".", "!", "?") or para[end - 1] not in "\"”’»":
            continue
        start = m.rfind(MASK * 2, 0, end - 1)
        while start > 0 and m[start - 1] == MASK:
            start -= 1
        before = m[:start].rstrip()
        if not before or before[-1] in ".!?":
            continue        # the quote opens its sentence: left to the quote-only rules
        if before[-1] == ":":
            if colon_quote_closes(before):
                out.append(end)
            continue
        if not before[-1].isalnum():
            continue        # not a quote inside prose
        out.append(end)
    return out


def colon_quote_closes(before: str) -> bool:
    """Rule `colon_quote_closes`: a quote announced by a colon and closed with a stop ends its sentence, so the
    announcing clause and the quote are one sentence and the prose after is the next ('The Minister issued the
    following communique: "Bombers raided the port." The raid began at ten.'); `before`: the sentence's text up to
    the colon (masked). Not when the colon ends a heading or a list's lead-in run into the text with no clause
    (fewer than two words before it, or a quote before the colon in the same clause).

    >>> colon_quote_closes("The Minister issued the following communique:")
    True
    >>> colon_quote_closes("Communique:")
    False

    An abbreviation's stop ends no sentence here either, as in `_sentences` ('dated Sept. 9:' is a clause):

    >>> colon_quote_closes("The Legation has received the following dispatch from Admiral Seymour, dated Sept. 9:")
    True
    """
    stop = before.rfind(". ")
    while stop > 0 and _ABBREV.search(before[max(0, stop - 5):stop + 1]):
        stop = before.rfind(". ", 0, stop)      # 'Sept. 9', 'Gen. Savov': not the clause's start
    seg = before[max(stop, before.rfind(MASK)) + 1:]
    return len(seg.split()) >= 2


#: a fronted time adverbial of a gerund: 'On receiving ...', 'After hearing ...', 'Upon reading ...'
_RX_GERUND_ADVERBIAL = re.compile(r"(?:On|Upon|After|Before|While|When)\s+[a-z]+ing\b")


def gerund_adverbial(phrase: str) -> bool:
    """Rule `gerund_adverbial` (the colon credit's refusal): a phrase before a colon that opens with a fronted
    gerund adverbial is no speaker ('On receiving the bodies, the major signed the list which bore the words: "..."':
    an inscription, not a statement); the caller tests the capital first.

    >>> gerund_adverbial("On receiving the bodies"), gerund_adverbial("The Minister for Air")
    (True, False)
    """
    return _RX_GERUND_ADVERBIAL.match(phrase) is not None


# ------------------------------------------------------------------------------------------------
# records before resolution
# ------------------------------------------------------------------------------------------------
@dataclass(slots=True)
class Raw:
    cue: str
    cue_type: str
    kind: str
    parts: list[tuple[int, int]]           # content spans (article offsets)
    speaker: str                            # raw speaker phrase
    sp_start: int
    sp_end: int
    para: int
    sent_start: int
    rule: str = ""                          # the pattern that found it (column `found_by`; presslens.provenance)


def _strip_span(text: str, a: int, b: int, chars: str = " \t\n,;:—–-") -> tuple[int, int]:
    while a < b and (text[a] in chars):
        a += 1
    while b > a and (text[b - 1] in chars):
        b -= 1
    return a, b


_RX_TRAILING_CONJ = re.compile(r"[\s,;]+(?:and|but|or|while|whereas|although|though)$")


_RX_THAT = re.compile(r"(?:(?:only|simply|merely|just|briefly)\s+)?that\s")



def _content_spans(para: str, base: int, m: str, a: int, b: int, quotes) -> tuple[list[tuple[int, int]], str]:
    """Content of masked range [a, b) of a paragraph: spans without quote marks, and the kind."""
    a, b = _strip_span(m, a, b, " \t\n,;:—–-.()")
    seg = m[a:b]
    th = _RX_THAT.match(seg)
    if th:
        a += th.end()
        a, b = _strip_span(m, a, b, " \t\n,;:")
        seg = m[a:b]
    if not seg.strip():
        return [], ""
    inside = [(qa, qb, closed) for qa, qb, closed in quotes if qa >= a and qa < b]
    if inside and not seg.strip(MASK + " ,.;:—–-()"):      # only quotes and punctuation
        parts = []
        for qa, qb, closed in inside:
            ca, cb = _strip_span(para, *(inner(para, qa, qb, closed) if para[qa] in "`'" else   # a pair (quotes.tex_quotes)
                                         (qa + 1, qb if closed else len(para))), " \t\n,")
            if cb > ca:
                parts.append((base + ca, base + cb))
        return parts, "direct"
    kind = "mixed" if inside else "indirect"
    conj = _RX_TRAILING_CONJ.search(seg) if seg.endswith(("and", "but", "or", "while", "whereas", "though")) else None
    if conj:                # 'A said X, while B said Y': the conjunction opens the next clause
        b = a + conj.start()
    # a trailing closing mark of a quote that ends the range belongs to the content
    return [(base + a, base + b)], kind



# ------------------------------------------------------------------------------------------------
# article
# ------------------------------------------------------------------------------------------------
_DATE_PREFIX = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s+")


_DATELINE = re.compile(r"[A-Z][A-Z.'\- ]{2,}(?:,\s*[A-Z][\w.' ]{1,30})?\s*(?:\([A-Za-z/ .]{1,20}\))?\s*[—–-]{1,2}\s+(?=[A-Z\"“‘])")


def _default_paragraphs(text: str) -> list[tuple[int, int, str]]:
    """Paragraph spans of plain text: one per non-empty line."""
    return [(mt.start(), mt.end(), "body") for mt in _re_finditer(r"[^\n]+", text) if mt.group(0).strip()]


_BULLETS = "\u2022\u25aa\u25e6\u2023\u25cf\u25a0"      # • ▪ ◦ ‣ ● ■
_RX_NOT_PROSE = re.compile(r"(READ MORE|MOST READ|RELATED|WATCH|LISTEN|ALSO READ|Advertisement)\b", re.I)
_RX_DASH_CREDIT = re.compile(r"^[\"“„«‘].{10,}[\"”“»’]\s*[—–]\s*[A-Z@]")


#: a sentence's end inside a paragraph: a stop (and a closing mark) before a capitalised word or an opening mark
_RX_INNER_STOP = re.compile(r"[.!?][\"”’]?\s+[\"“‘A-Z]")


def unstopped_prose(t: str, kind: str) -> bool:
    """Rule `unstopped_prose`: a body paragraph that does not end on a stop is still prose when it is long or
    holds a sentence's end (copy cut off by the page, or a last sentence whose stop was lost: '... the war,"
    Petrov added'); a short line without a stop is a title, a caption's credit or a link.

    >>> unstopped_prose('"Grozny is ours," said Ivan Petrov. "The war is over," Petrov added', "body")
    True
    >>> unstopped_prose("Fighting rages in Grozny as talks stall", "body"), unstopped_prose("A. B. C", "headline")
    (False, False)
    """
    if kind != "body":
        return False
    return len(t.split()) >= 25 or _RX_INNER_STOP.search(t) is not None


def _is_prose(para: str, kind: str) -> bool:
    t = para.strip()
    if not t:
        return False
    if t[-1] not in "\"”’»“" and t.rstrip("\"”’»“)] \t\u00a0")[-1:] not in (".", "!", "?", "…") \
            and not _RX_DASH_CREDIT.match(t) and not unstopped_prose(t, kind):
        return False   # headlines, section titles, captions' credits, link lines
    if _RX_NOT_PROSE.match(t):
        return False
    if t[0] in _BULLETS:
        return False   # a bullet of a summary box ('These are the latest developments:'): a headline

    if kind in ("headline", "subhead") and (len(t.split()) < 12 or not t.rstrip("\"”’»").endswith(".")):
        return False
    return True



#: what may follow a statement's last part at its paragraph's end: a stop and closing marks
_TAIL_MARKS = " \t.,;!?\"”’'»"


def _join_continuations(text: str, paragraphs, raws: list[Raw]) -> list[Raw]:
    """Merge a quote-only paragraph (or unclosed quote) into the direct quote before or after it."""
    out: list[Raw] = []
    for r in raws:
        out.append(r)
    # quote-only paragraphs without attribution directly after a direct record of the paragraph before
    by_para = {}
    for r in out:
        by_para.setdefault(r.para, []).append(r)
    for pidx, (a, b, kind) in enumerate(paragraphs):
        if pidx in by_para:
            continue
        para = text[a:b]
        lead = para.lstrip(" \t.,")[:1]
        if not lead or lead not in _DOUBLE_OPEN + _DOUBLE_AMBIG + _SINGLE_OPEN:
            continue        # a quote-only paragraph opens on a quote mark
        spans = find_quote_spans(para)
        if not spans and lead in ("\u2018", "\u201c", "\u00ab"):
            spans = [(para.index(lead), len(para), False)]     # an opening mark never closed: the paragraph quotes on
        if not spans:
            continue
        m = _mask(para, spans)
        if m.strip(" \t" + MASK + ".,") != "":
            continue
        parts = []
        for qa, qb, closed in spans:
            ca, cb = _strip_span(para, *(inner(para, qa, qb, closed) if para[qa] in "`'" else   # a pair (quotes.tex_quotes)
                                         (qa + 1, qb if closed else len(para))), " \t\n,")
            if cb > ca:
                parts.append((a + ca, a + cb))
        prev = by_para.get(pidx - 1)
        nxt = by_para.get(pidx + 1)
        unclosed = not spans[-1][2]
        if unclosed and nxt and nxt[0].kind == "direct" and text[paragraphs[pidx + 1][0]:paragraphs[pidx + 1][1]].lstrip()[:1] in "\"“„«‘'":
            nxt[0].parts = parts + nxt[0].parts
            by_para[pidx] = []
        elif prev and prev[-1].kind == "direct":
            prev[-1].parts = prev[-1].parts + parts
            by_para[pidx] = [prev[-1]]      # a quote continued over several paragraphs stays one
        elif kind == "body" and prev and prev[-1].parts and parts and text[parts[-1][1] - 1] in ".!?" \
                and text[prev[-1].parts[-1][1]:paragraphs[pidx - 1][1]].strip(_TAIL_MARKS) == "":
            # rule `quote_after_statement`: a quote-only paragraph of whole sentences right after a paragraph that
            # ends on a statement ('X called for a ceasefire, saying A.' / '"B."'): the same speaker's words (a
            # quoted subhead or a quotation cut off by the page is none)
            p = prev[-1]
            r = Raw(p.cue, p.cue_type, "direct", parts, p.speaker, p.sp_start, p.sp_end, pidx, a, "quote_after_statement")
            out.append(r)
            by_para[pidx] = [r]
        elif pidx + 1 < len(paragraphs) and not nxt and kind == "body" and not unclosed \
                and para[spans[-1][0] + 1:spans[-1][1]].rstrip()[-1:] in (".", "!", "?"):
            named = named_next(text, paragraphs[pidx + 1][0], paragraphs[pidx + 1][1])
            if named:       # '"We had nowhere to run."' / 'Halima Yusuf, 34, fled ...': the speaker named next
                r = Raw("", "neutral", "direct", parts, text[named[0]:named[1]], named[0], named[1], pidx, a, "named_next")
                out.append(r)
                by_para[pidx] = [r]
    return out


#: a person introduced at the start of a sentence by a name and an age or role: 'Halima Yusuf, 34, fled ...',
#: 'Tesfaye Gebru, a teacher from Adigrat, ...'
_RX_NAMED_NEXT = re.compile(r"""
    (?P<name>[A-Z][\w'’\-]+(?:\s+(?:(?:al|el|bin|ibn|de|da|van)[\s\-])?[A-Z][\w'’\-]+){1,3})   # two to four names
    ,\s+(?:\d{1,3}\b                                           # ', 34,'
         |(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?P<role>[a-z][\w\-]+)\b)  # ', a teacher from ...'
    """, re.X)


def named_next(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a person's name that opens the sentence at `start` with an age or a role after it (the
    speaker of a quote just before), else None.

    >>> named_next("Halima Yusuf, 34, fled her village.", 0, 35)
    (0, 12)
    >>> named_next("South Sudan, a country of 11 million, ...", 0, 30) is None
    True
    """
    mt = _RX_NAMED_NEXT.match(text, start, end)
    if mt is None or (mt.group("role") and fold(mt.group("role")) not in ROLE_WORDS):
        return None
    if _full_name(mt.group("name")) is None or fold(mt.group("name").split()[0]) in _LEAD_FUNCTION:
        return None
    return mt.start("name"), mt.end("name")

"""Tokens and quantities: digits, number words, ranges, bounds and vague amounts, with their offsets."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple
from functools import lru_cache

from ..fastre import _re_fullmatch, _re_match, _re_sub
from .led import led
from .lexicon import _QUOTE_CHARS, Lexicon, load_lexicon


#: a number ('1,000', '3.5'), a word ('al-Mansour', "Kesić's") or any other non-space character; written to open
#: on one character class (`\S`, the branch then chosen by a look-behind at it) so that `re` skips the spaces
#: in C: `\d+(?:[.,]\d+)*|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\S` opened on a choice, tried at every position
#: (s23-cspeed2: the word's branch first and the repeats possessive, the same tokens: the two look-behinds exclude
#: each other (a letter is no digit), so their order decides nothing, and most tokens are words; each repeat is
#: followed by a repeat that may match nothing or by the pattern's end, so its longest run always matches and a
#: possessive one gives it without the back-tracking marks: 80.7 -> 68.2 M a pass, 919 sentences)
_TOKEN = re.compile(r"\S(?:(?<=[^\W\d_])[^\W\d_]*+(?:[-'’][^\W\d_]+)*+|(?<=\d)\d*+(?:[.,]\d+)*+|)", re.U)
#: `_TOKEN` for an ASCII sentence (most are): the same tokens, by classes of ASCII characters that `re` tests without
#: a Unicode category lookup (ASCII's spaces are \t-\r, \x1c-\x1f and ' '; its letters A-Z, a-z; its digits 0-9)
_TOKEN_ASCII = re.compile(r"[^\t-\r\x1c-\x20](?:(?<=[A-Za-z])[A-Za-z]*+(?:[-'][A-Za-z]+)*+|(?<=[0-9])[0-9]*+(?:[.,][0-9]+)*+|)")


class Tok(NamedTuple):
    """A token: its text, lower-cased text and offsets. (A named tuple, built by `tuple.__new__` without a Python
    `__init__`: a sentence's ~30 tokens cost a third less than as a dataclass; the fields read the same.)"""
    text: str
    low: str
    start: int
    end: int


_TUPLE_NEW = tuple.__new__


def _tokens(s: str, offset: int = 0) -> list[Tok]:
    low = s.lower()
    if len(low) != len(s) or "\u03a3" in s:   # 'İ' lower-cases longer, 'Σ' by its context: token by token
        return [Tok(m.group(), m.group().lower(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(s)]
    new = _TUPLE_NEW
    scan = (_TOKEN_ASCII if s.isascii() else _TOKEN).finditer
    return [new(Tok, (s[a:b], low[a:b], a + offset, b + offset)) for a, b in map(_SPAN, scan(s))]


_SPAN = re.Match.span


_QUOTE_OUTSIDE_WORD = re.compile(rf"(?<![^\W\d_])[{_QUOTE_CHARS}]|[{_QUOTE_CHARS}](?![^\W\d_])")


#: straight single quotes used as quotation marks: a pair around a short phrase ("claims capture of 'hundreds'")
_SINGLE_QUOTED = re.compile(r"(?<![\w'])'(?=[^\s'])([^'\n]{1,60}?)(?<=[^\s'])'(?![\w'])")


#: a word or two in square brackets: an editor's insertion into a quotation
_BRACKETED = re.compile(r"\[([A-Za-z][a-z' -]{0,24})\]")  # not an acronym: '[SNA]'

_ANY_QUOTE = re.compile("[" + re.escape(_QUOTE_CHARS) + "]")


@lru_cache(maxsize=1 << 12)
def _normalise(s: str) -> str:
    """Quote marks -> spaces (same length, so offsets hold); apostrophes inside words are kept (memoised: a
    sentence is normalised for its claims, then for each claim's record)."""
    if "'" in s:
        s = _SINGLE_QUOTED.sub(lambda m: " " + m.group(1) + " ", s)
    if "[" in s:  # rule `editor_brackets`: a word the editor put in a quotation, '[Several] others died'
        s = _BRACKETED.sub(lambda m: " " + m.group(1) + " ", s)
    if _ANY_QUOTE.search(s) is None:
        return s
    return _QUOTE_OUTSIDE_WORD.sub(" ", s)


def _tok_index(toks: list[Tok], pos: int) -> int:
    """Index of the first token starting at or after `pos`."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _dotted_initials(toks: list[Tok], j: int) -> int | None:
    """Rule `dotted_initials_modifier`: initials written with dots between a count and its victims ('two U.S.
    servicemen', 'One U.S. Marine', '11 U.N. soldiers') are one modifier, as 'US' is: the tokens 'U . S .' -> the
    index after the last dot; None unless two capital letters or more each stand before a dot.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Fighting near the airstrip left two U.S. servicemen dead and 23 wounded.")
    [('killed', 2, 2, None, 'unknown'), ('wounded', 23, 23, None, 'unknown')]
    >>> claims_in("Three U.N. observers were abducted on the road to Kindu.")  # the UN's: `generic_body_named`
    [('captured', 3, 3, None, 'un')]
    """
    n, k = len(toks), j
    while k + 1 < n and len(toks[k].text) == 1 and "A" <= toks[k].text <= "Z" and toks[k + 1].text == ".":
        k += 2
    return k if k - j >= 4 else None


def _match_phrase(toks: list[Tok], i: int, table: Mapping[tuple, str]) -> tuple[int, str] | None:
    """Longest phrase of `table` starting at token i -> (length, category)."""
    if i < 0:       # (a negative index slices otherwise: the plain loop)
        for ln in (4, 3, 2, 1):
            if i + ln <= len(toks):
                key = tuple(t.low for t in toks[i:i + ln])
                if key in table:
                    return ln, table[key]
        return None
    lows = tuple(t.low for t in toks[i:i + 4])      # the four words once; each length is a prefix of them
    for ln in range(len(lows), 0, -1):
        key = lows if ln == len(lows) else lows[:ln]
        if key in table:
            return ln, table[key]
    return None


# --------------------------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------------------------

def parse_number(text: str, lex: Lexicon | None = None) -> int | None:
    """'1,000' -> 1000, 'thirty-four' -> 34, '3.5 million' -> 3500000, 'a dozen' -> 12, '4 500' -> 4500.

    >>> parse_number("thirty-four"), parse_number("3.5 million"), parse_number("4 500"), parse_number("two dozen")
    (34, 3500000, 4500, 24)
    """
    lex = lex or load_lexicon()
    hit = _PARSED.get(text)     # memoised per text and lexicon: a corpus repeats its numbers ('two', '10')
    if hit is not None and hit[0] is lex:
        return hit[1]
    if len(_PARSED) > 1 << 12:
        _PARSED.clear()
    n = _PARSED[text] = (lex, _parse_number(text, lex))
    return n[1]


_PARSED: dict[str, tuple] = {}


def count_word(word: str, lex: Lexicon) -> int | None:
    """One word of a count as the word rules capture it: '1,200' -> 1200, 'twelve' -> 12 (the lexicon's number
    words), else None (for a whole amount, 'three dozen', 'thirty-four': ``parse_number``).

    >>> lex = load_lexicon()
    >>> count_word("1,200", lex), count_word("Twelve", lex), count_word("12,", lex), count_word("many", lex)
    (1200, 12, 12, None)
    """
    low = word.lower().strip(",")
    if low[:1].isdigit():
        return int(low.replace(",", "")) if _re_fullmatch(r"\d+|\d{1,3}(?:,\d{3})+", low) else None
    return lex.numbers.get(low)


def _parse_number(text: str, lex: Lexicon) -> int | None:
    s = _re_sub(r"\s+", " ", text.strip().lower())
    if s in lex.numbers:
        return lex.numbers[s]
    mult = 1
    m = _re_match(r"^(.*?)\s*(hundred|thousand|million|billion|bn|m|dozen)$", s)
    if m and m.group(1):
        s, mult = m.group(1).strip(), {"hundred": 100, "thousand": 1000, "million": 10**6, "m": 10**6,
                                       "billion": 10**9, "bn": 10**9, "dozen": 12}[m.group(2)]
    if _re_fullmatch(r"[\d,.\u00a0\u202f ]+", s):
        digits = _re_sub(r"[,\u00a0\u202f ]", "", s)
        try:
            return int(round(float(digits) * mult))
        except ValueError:
            return None
    total = 0
    for part in re.split(r"[- ]", s):
        if part in lex.numbers:
            total += lex.numbers[part]
        elif part:
            return None
    return total * mult


@dataclass
class Qty:
    start: int
    end: int
    low: int | None
    high: int | None
    vague: str | None
    tok_start: int = 0
    tok_end: int = 0
    bare_number: int | None = None


def _bounds(kind: str | None, n: int) -> tuple[int | None, int | None]:
    if kind == "lower":
        return n, None
    if kind == "lower_exclusive":
        return n + 1, None
    if kind == "upper":
        return None, n
    if kind == "upper_exclusive":
        return None, max(n - 1, 0)
    return n, n


#: verbs whose particle is 'over': 'handed over 90 prisoners', 'turned over 12 bodies'
_PHRASAL_OVER = re.compile(r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|took|taken|taking|pulled|won|"
                           r"swapped|traded)\s+$", re.I)

#: verbs of a figure's change: 'rose from 21 to 29', 'had surged from 80,000'
CHANGE_VERBS = frozenset(["rose", "risen", "rising", "rises", "climbed", "climbing", "climbs", "increased",
                          "increasing", "increases", "jumped", "jumping", "surged", "surging", "grew", "grown",
                          "growing", "soared", "soaring", "went", "gone", "up", "doubled", "tripled", "fell",
                          "dropped", "revised", "raised", "raising", "rise", "climb", "increase", "jump"])


def _change_from_to(sent: str, start: int, r1_end: int, r2_start: int) -> bool:
    """Rule `toll_from_to`: 'N to M' after 'from' and a verb of change ('the toll rose from 21 to 29', 'had
    surged from 80,000 to 120,000') is two figures, the earlier and the new, not a range.

    >>> lex = load_lexicon()
    >>> [(q.low, q.high) for q in find_quantities("the toll rose from 21 to 29", lex)]
    [(21, 21), (29, 29)]
    >>> [(q.low, q.high) for q in find_quantities("from 20 to 30 people were killed", lex)]
    [(20, 30)]
    >>> [(q.low, q.high) for q in find_quantities("the increase in the number killed from seven to 13", lex)]
    [(7, 7), (13, 13)]
    >>> [(q.low, q.high) for q in find_quantities("the number killed ranged from 20 to 30", lex)]
    [(20, 30)]
    """
    if not _re_match(r"\s*to\b", sent[r1_end:r2_start]):
        return False
    before = sent[max(0, start - 40):start].lower().split()
    if len(before) >= 2 and before[-1] == "from" and before[-2] in CHANGE_VERBS:
        return True
    # ... or after a toll named before, 'the increase in the number killed in the battle from seven to 13'
    return bool(before) and before[-1] == "from" and before[-2:-1] != ["was"] and before[-2:-1] != ["is"] and \
        _TOLL_BEFORE.search(sent, max(0, start - 120), start) \
        is not None and _RANGED.search(sent, max(0, start - 120), start) is None


_TOLL_BEFORE = re.compile(r"\b(?:[Tt]he\s+(?:death\s+)?toll|[Tt]he\s+number|[Ii]ncrease|[Rr]ise)\b")
_RANGED = re.compile(r"\b(?:rang\w*|var\w*|between|estimat\w*)\b")


_SOME_NOT = frozenset(["of", "were", "was", "are", "is", "have", "had", "who", "say", "said", "reports", "time",
                       "days", "weeks", "months", "years", "hours", "other", "more"])


def _some_before_noun(sent: str, at: int) -> bool:
    """Rule `some_people`: 'some' is a vague amount only before the victims' own words ('some rebel leaders were
    executed'), not as a pronoun ('some were killed', 'some of the wounded'), of time ('some days') or 'some other'.

    >>> _some_before_noun("some rebel leaders were executed", 4), _some_before_noun("some of them fled", 4)
    (True, False)
    """
    m = _re_match(r"\s+([A-Za-z][\w'’-]*)", sent[at:at + 24])
    return m is not None and m.group(1).lower() not in _SOME_NOT


#: verbs of exceeding: before the count they govern they bound it as `more than` does ('the toll may have exceeded
#: 100' is 101 or more); `top` and `tops` only after a word that makes them verbs ('Deaths Said to Top 700', not
#: 'the top 10 commanders')
EXCEEDING_VERBS = frozenset(["exceed", "exceeds", "exceeded", "exceeding", "surpass", "surpasses", "surpassed",
                             "surpassing", "topped", "topping", "top", "tops"])
_TOP_AFTER = frozenset(["to", "will", "would", "could", "may", "might", "can", "should", "must", "did", "does",
                        "not", "never", "now", "already", "toll", "deaths", "casualties", "losses"])
_NEGATIONS = frozenset(["not", "never", "n't", "didn't", "doesn't", "don't", "won't", "wouldn't", "cannot",
                        "couldn't", "hasn't", "haven't", "hadn't"])


def _exceeding_bound(sent: str, at: int) -> str | None:
    """Rule `exceeding_verb_bound`: a count right after a verb of exceeding is a bound of general English, as after
    `more than` (`lower_exclusive`: N+1 or more); after a negated one it is a ceiling (`upper`: 'casualties did not
    exceed 85' is 85 at most); else None.

    >>> lex = load_lexicon()
    >>> [(q.low, q.high) for q in find_quantities("the toll may actually have exceeded 100", lex)]
    [(101, None)]
    >>> [(q.low, q.high) for q in find_quantities("Deaths Said to Top 700", lex)]
    [(701, None)]
    >>> [(q.low, q.high) for q in find_quantities("casualties 'did not exceed 85, of whom 20 died", lex)]
    [(None, 85), (20, 20)]
    >>> [(q.low, q.high) for q in find_quantities("they killed the top 10 commanders", lex)]
    [(10, 10)]
    """
    before = sent[max(0, at - 40):at].lower().split()
    if not before or before[-1] not in EXCEEDING_VERBS:
        return None
    prior = [w.strip("'‘’\"“”") for w in before[-3:-1]]
    if before[-1] in ("top", "tops") and (not prior or prior[-1] not in _TOP_AFTER):
        return None
    return "upper" if not _NEGATIONS.isdisjoint(prior) else "lower_exclusive"


def find_quantities(sent: str, lex: Lexicon, offset: int = 0) -> list[Qty]:
    """Every number, range, bound or vague amount in a (normalised) sentence, with absolute offsets.

    >>> lex = load_lexicon()
    >>> [(q.low, q.high, q.vague) for q in find_quantities("more than two dozen, a few, an unknown number", lex)]
    [(25, None, None), (None, None, 'few'), (None, None, 'unknown number')]
    """
    out = []
    # (searched from the characters before a count, led.Led: Match objects on " " + the lower-cased sentence,
    # m.start() the count's start in `sent`, every other offset one more)
    for m in led(lex.qty).finditer(sent):
        start, end = m.start(), m.end() - 1
        bound = lex.bounds.get(_re_sub(r"\s+", " ", m.group("bound").lower())) if m.group("bound") else None
        if m.group("vague"):
            v = _re_sub(r"\s+", " ", m.group("vague").lower())
            v = v[2:] if v.startswith("a ") else v[3:] if v.startswith("an ") else v  # "an unknown number"
            if v == "some" and not _some_before_noun(sent, end):
                continue
            out.append(Qty(start + offset, end + offset, None, None, v))
            continue
        if m.group("b1") or m.group("r1"):
            a = parse_number(m.group("b1") or m.group("r1"), lex)
            b = parse_number(m.group("b2") or m.group("r2"), lex)
            raw = m.group("r1") or ""
            if a is None or b is None:
                continue
            if m.group("r1") and _re_fullmatch(r"(1[89]|20)\d\d", raw):
                if m.group("r2").isalpha():  # rule `dateline_year_then_count`: 'Apr. 30, 1965 - One U.S. Marine
                    out.append(Qty(m.start("r2") - 1 + offset, m.end("r2") - 1 + offset, b, b, None))  # ...': no span
                continue  # a span of years
            if a > b:  # "20 to 3" is not a range
                continue
            if m.group("r1") and _change_from_to(sent, start, m.end("r1") - 1, m.start("r2") - 1):  # 'the toll rose
                out.append(Qty(m.start("r1") - 1 + offset, m.end("r1") - 1 + offset, a, a, None))  # from 21 to 29':
                out.append(Qty(m.start("r2") - 1 + offset, m.end("r2") - 1 + offset, b, b, None))  # two figures
                continue
            out.append(Qty(start + offset, end + offset, a, b, None))
            continue
        raw = m.group("n")
        n = parse_number(raw, lex)
        if n is None:
            continue
        if bound is not None and m.group("bound").lower() == "over" and _PHRASAL_OVER.search(sent, 0, start):
            bound = None  # rule `handed_over`: 'handed over 90 prisoners' is 90 (the verb's particle, no bound)
        if bound is None and start and sent[start - 1] == " ":
            bound = _exceeding_bound(sent, start)   # rule `exceeding_verb_bound`: 'exceeded 100' is 101+
        if bound is None and out and _hundred_and(sent, out[-1], start + offset, raw, n, offset):
            last = out[-1]
            last.end = end + offset
            last.low, last.high = (None if v is None else v + n for v in (last.low, last.high))
            continue  # rule `hundred_and_units`: 'three hundred and forty-three' is 343, one count
        q = Qty(start + offset, end + offset, *_bounds(bound, n), None)
        if _re_fullmatch(r"(1[89]|20)\d\d", raw.strip()):
            q.bare_number = -1  # a year unless a victim word follows
        out.append(q)
    return out


def _hundred_and(sent: str, prev: Qty, start: int, raw: str, n: int, offset: int) -> bool:
    """Rule `hundred_and_units`: a spelled number under a hundred right after '<spelled> hundred and' (or
    'thousand and') ends the same count, as British and older copy writes it.

    >>> lex = load_lexicon()
    >>> [(q.low, q.high) for q in find_quantities("Three hundred and forty-three others were captured", lex)]
    [(343, 343)]
    >>> [(q.low, q.high) for q in find_quantities("more than two hundred and fifty", lex)]
    [(251, None)]
    >>> [(q.low, q.high) for q in find_quantities("two hundred men and fifty women", lex)]
    [(200, 200), (50, 50)]
    """
    if n >= 100 or not raw[:1].isalpha() or prev.vague is not None or \
            None not in (prev.low, prev.high) and prev.low != prev.high:  # a range: 'between 100 and two hundred'
        return False
    return sent[prev.start - offset:start - offset].lower().endswith((" hundred and ", " thousand and "))

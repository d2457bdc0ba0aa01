"""Speed machinery for the claim and claimant rules: the same matches, found with less work.

- `opening_class(pattern)`: the characters a match of `pattern` can open on, as a character class;
- `class_opened(pattern)`: `pattern` searched only from the characters of that class (the same Match objects):
  `re` tries a pattern that opens on an optional group, an alternation of classes or a look-around at every
  position of the text; a pattern that opens on one character class is skipped to the candidates in C;
- `trie_alt(words)`: a word list as an alternation factored by common prefixes (the quantity pattern's bounds,
  numbers and vague words): `re` tries the branches of a plain alternation one by one at every word;
- `lower_words(text)`: the text lower-cased with punctuation as spaces (same offsets), for the sentences' word sets;
- `SentenceTable`: what the rules of one sentence ask of it (its words, its lower-cased text, its gates' results),
  computed once for all of them: built by the rule loop (`claims._sentence_claims`) and passed down as an argument
  (no module state: the table a rule reads is the one it was given).

None of these changes a rule: each gives what the plain pattern or code gives (tests/test_casualty_scan.py).
"""
from __future__ import annotations

import os
import re
import sys
from re import _constants as _c
from re import _parser

import numpy as np

#: (rule `word_split` of extract_article: `[^\w\s]|_` -> ' ') written to open on a class of literal characters, so
#: that `re` skips letters, digits and spaces without testing their Unicode category; the look-behinds keep the
#: pattern's meaning for the rest (a Unicode letter or digit, a Unicode space)
_NOT_WORD = re.compile(r"[^0-9A-Za-z \t\n\r\f\v](?<![^\W_])(?<!\s)")


def _bmp_table() -> np.ndarray:
    """Code point -> the code point `lower_words` puts there, for every character of the Basic Multilingual Plane
    (a space for each character `_NOT_WORD` replaces, the character itself otherwise): built by `_NOT_WORD` itself,
    so the table and the pattern cannot disagree (~10 ms, once at import)."""
    every = "".join(map(chr, range(0x10000)))
    codes = np.arange(0x10000, dtype=np.uint32)
    replaced = np.frombuffer(_NOT_WORD.sub(" ", every).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return np.where(replaced != codes, np.uint32(32), codes).astype(np.uint32)


_BMP_WORDS = _bmp_table()


def lower_words(text: str) -> str:
    """`text` lower-cased, every character that is neither a word character nor a space (and '_') as a space: the
    same offsets as `text`, so `lower_words(text)[a:b].split()` are the words of the sentence at [a, b).

    The characters go through the table `_BMP_WORDS` in one numpy `take` (about half the time of `_NOT_WORD.sub`,
    whose every match of a punctuation mark is a replacement); a text with a character outside the Basic
    Multilingual Plane or a lone surrogate takes `_NOT_WORD.sub` (the same string).

    >>> lower_words("Rebels' toll: 34 (al-Qaeda_x)")
    'rebels  toll  34  al qaeda x '
    """
    low = text.lower()
    try:
        codes = np.frombuffer(low.encode("utf-32-le"), dtype=np.uint32)
        return _BMP_WORDS.take(codes).tobytes().decode("utf-32-le")
    except (UnicodeEncodeError, IndexError):    # a lone surrogate; a character past U+FFFF (the table's end)
        return _NOT_WORD.sub(" ", low)


def lower_words_plain(text: str) -> str:
    """`lower_words` by `_NOT_WORD.sub` alone (its reference in tests/test_casualty_engine.py)."""
    return _NOT_WORD.sub(" ", text.lower())


def trie_alt(words) -> str:
    """`lexicon._alt(words)` (longest first; a space matches any run of spaces) factored by common prefixes:
    the same matches, since the branches after a common prefix open on different characters and a word's end is
    tried after every longer word through it. Words that are not lower-case ASCII get `_alt`'s plain form (under
    re.I two branches could open on the same character).

    >>> trie_alt(["at least", "at most", "a", "about"])
    'a(?:bout|t\\\\s+(?:least|most)|)'
    """
    words = set(words)
    if not all(w.isascii() and w == w.lower() for w in words):
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    def branch(seqs: list[list[str]]) -> str:
        ends = any(not seq for seq in seqs)
        heads: dict[str, list[list[str]]] = {}
        for seq in seqs:
            if seq:
                heads.setdefault(seq[0], []).append(seq[1:])
        alts = [head + branch(rest) for head, rest in heads.items()] + ([""] if ends and heads else [])
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")" if alts else ""
    return branch([[r"\s+" if ch == " " else re.escape(ch) for ch in w] for w in sorted(words)])


# ---------------------------------------------------------------------------------------------------------------
# Patterns that open on a character class
# ---------------------------------------------------------------------------------------------------------------

_ANY_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = "0123456789"


def has_digit(text: str) -> bool:
    """`re.search(r"\\d", text) is not None` (session 23; `claims`' digit test): the ten ASCII digits by `in`
    (a fast scan each), then, in a text that is not ASCII only, `\\d` for the other decimal digits (an ASCII text
    holds no other). `\\d` tests each character's Unicode category in turn (~16,000 instructions a sentence).

    >>> has_digit("41 died"), has_digit("forty died"), has_digit("٤١ قتيلا"), has_digit("José died")
    (True, False, True, False)
    """
    return any(map(text.__contains__, _ASCII_DIGITS)) or not text.isascii() and _ANY_DIGIT.search(text) is not None


def first_of(text: str, literals: tuple[str, ...], pos: int = 0) -> int:
    """The first position at or after `pos` where one of `literals` opens in `text`, or -1 when none is in it
    (session 23). For a pattern each of whose matches OPENS on one of `literals`, `rx.search(text, first_of(...))`
    and `rx.finditer(text, first_of(...))` give its very matches (none can open before the first literal; `\\b` and
    look-behinds read the characters before the search's start all the same), and -1 means no match: a pattern
    that opens on `\\b` or a choice gave `re` no first character to scan for, and it was tried at every position.

    >>> first_of("Relief came late. Her son was shot", ("was", "been")), first_of("no harm", ("was", "been"))
    (26, -1)
    """
    at = -1
    for lit in literals:
        i = text.find(lit, pos)
        if i >= 0 and (at < 0 or i < at):
            at = i
    return at


def first_of_rare(text: str, literals: tuple[str, ...]) -> int:
    """`first_of(text, literals)` for words that are seldom in the text (s23-cspeed2): one `in` test per word, run
    inside `any(map(...))` (no Python loop), refuses a text that holds none of them before the `find`s. The result is
    `first_of`'s: a literal that `in` does not find, `find` would not find either. Counted on the 200 bench articles'
    calls: where most texts hold none of the words ('aid' of the aid workers, 'attack' of an event, 'believe'),
    each call cost one `find` per word, ~1,300 instructions each, most of it the method call's, not the scan's.

    >>> first_of_rare("Relief came late. Her son was shot", ("was", "been")), first_of_rare("no harm", ("was", "been"))
    (26, -1)
    """
    return first_of(text, literals) if any(map(text.__contains__, literals)) else -1


class _NoClass(Exception):
    """The pattern can open on a character no finite class names (., a negated class, a back-reference, ...)."""


_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
               _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}


def _char(code: int) -> str:
    return "\\" + chr(code) if not chr(code).isalnum() else chr(code)


def _item_class(op, av) -> list[str]:
    """The class items of one character-consuming item."""
    if op is _c.LITERAL:
        return [_char(av)]
    if op is _c.IN:
        out = []
        for iop, iav in av:
            if iop is _c.LITERAL:
                out.append(_char(iav))
            elif iop is _c.RANGE:
                out.append(_char(iav[0]) + "-" + _char(iav[1]))
            elif iop is _c.CATEGORY and iav in _CATEGORIES:
                out.append(_CATEGORIES[iav])
            else:       # NEGATE, a locale category
                raise _NoClass
        return out
    raise _NoClass


def _first(items, out: list[str]) -> bool:
    """Adds the class items a match of the sequence `items` can open on to `out`; True when it can match empty."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue        # an assertion only narrows where a match opens: the class stays a superset
        if op is _c.SUBPATTERN or op is getattr(_c, "ATOMIC_GROUP", None):
            sub = av[-1] if op is _c.SUBPATTERN else av
            if op is _c.SUBPATTERN and (av[1] & (re.I | re.L) or av[2]):
                raise _NoClass      # (?i:...) and other scoped flags: not followed here
            if not _first(sub.data, out):
                return False
            continue
        if op is _c.BRANCH:
            empty = False
            for alt in av[1]:
                empty |= _first(alt.data, out)
            if not empty:
                return False
            continue
        if op in _REPEATS:
            lo, _hi, sub = av
            if not _first(sub.data, out) and lo > 0:
                return False
            continue
        out.extend(_item_class(op, av))
        return False
    return True


def opening_class(pattern: re.Pattern) -> str | None:
    """The character class of the characters a match of `pattern` can open on (a superset), or None when there is
    none to give: a case-insensitive pattern, a match that can be empty or open on any character.

    >>> opening_class(re.compile(r"(?:^|[.;]\\s+)?(?P<who>[Hh]e|\\bthe\\s)"))
    '[\\\\.\\\\;Hht]'
    >>> opening_class(re.compile(r"a?")), opening_class(re.compile(r"x", re.I))
    (None, None)
    """
    if pattern.flags & (re.I | re.L) or not isinstance(pattern.pattern, str):
        return None
    out: list[str] = []
    try:
        if _first(_parser.parse(pattern.pattern, pattern.flags).data, out):
            return None
    except (_NoClass, re.error, RecursionError):
        return None
    return "[" + "".join(dict.fromkeys(out)) + "]"


class OpenedPattern:
    """`pattern` searched only from the positions where its opening class (`opening_class`) matches: `search` and
    `finditer` give the very Match objects `pattern`'s own give (each found by `pattern.match` at the position
    the scan found); every other attribute is `pattern`'s."""

    __slots__ = ("rx", "_scan")

    def __init__(self, rx: re.Pattern, cls: str, *, cased_class: bool = False):
        self.rx = rx
        inner = rx.pattern + ("\n" if rx.flags & re.X else "")    # (a trailing comment ends at the line)
        # the class, then the pattern at the class's character inside a look-ahead in a look-behind: a position
        # where the pattern matches (assertions see the whole string, as they do for `pattern` itself)
        flags = rx.flags & ~re.U
        if cased_class and flags & re.I:    # `cls` spells every case fold itself: re.I scoped to the pattern, so
            flags &= ~re.I                  # `re` scans for the class's characters (it scans no re.I class of letters)
            inner = f"(?i:{inner})"
        self._scan = re.compile(f"{cls}(?<=(?=(?:{inner})){cls})", flags)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        m = self._scan.search(string, pos, endpos)
        return None if m is None else self.rx.match(string, m.start(), endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        scan, match = self._scan.search, self.rx.match
        while True:
            m = scan(string, pos, endpos)
            if m is None:
                return
            m = match(string, m.start(), endpos)
            yield m
            pos = m.end()       # (never an empty match: a pattern that can match empty has no opening class)

    def __getattr__(self, name: str):
        return getattr(self.rx, name)

    def __repr__(self) -> str:
        return f"OpenedPattern({self.rx!r})"


def class_opened(pattern: re.Pattern) -> re.Pattern | OpenedPattern:
    """`pattern` as an `OpenedPattern` (the same matches, searched from its opening class's characters only:
    `re` tries a pattern that opens on an optional group, a choice or an assertion at every position), or
    `pattern` itself when it has no opening class.

    >>> rx = class_opened(re.compile(r"(?P<who>\\b[A-Z]\\w+|he)\\s+said"))
    >>> m = rx.search("Then the rebels' leader Ali said so")
    >>> m.span(), m.group("who")
    ((24, 32), 'Ali')
    >>> [m.group() for m in rx.finditer("Ali said, he said, Then she said")]
    ['Ali said', 'he said', 'he said']
    """
    cls = opening_class(pattern)
    return pattern if cls is None else OpenedPattern(pattern, cls)


class FirstBranchNeeds:
    """`pattern` whose first top-level branch cannot match a text that holds none of the strings `needs` (it needs
    one of them literally): for such a text, `pattern` with that branch switched off ('(?!)' before it: it fails at
    once, its groups stay, unmatched), so the branch's own scan is not tried at every position. The same Match
    objects as `pattern`'s; every other attribute is `pattern`'s.

    >>> rx = FirstBranchNeeds(re.compile(r"(?P<a>\\w{1,9}?)'s report|reports? by (?P<b>\\w+)"), ("'",))
    >>> [m.groupdict() for m in rx.finditer("reports by UNHCR; the army's report")]
    [{'a': None, 'b': 'UNHCR'}, {'a': 'army', 'b': None}]
    >>> rx.search("reports by UNHCR").span()
    (0, 16)

    A pattern of one branch needs one of `needs` as a whole: without them it does not match at all.
    """

    __slots__ = ("rx", "needs", "_rest")

    def __init__(self, rx: re.Pattern, needs: tuple[str, ...]):
        self.rx, self.needs = rx, needs
        self._rest = re.compile("(?!)" + rx.pattern, rx.flags & ~re.U)

    def _for(self, string: str) -> re.Pattern:
        return self.rx if any(n in string for n in self.needs) else self._rest

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self._for(string).search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return self._for(string).finditer(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self._for(string).match(string, pos, endpos)

    def __getattr__(self, name: str):
        return getattr(self.rx, name)


# ---------------------------------------------------------------------------------------------------------------
# Literals a match needs (a cheap test before a pattern that seldom matches)
# ---------------------------------------------------------------------------------------------------------------

_MAX_STRINGS = 64       # a run of fixed items with more spellings than this is given up
_DIGITS = frozenset("0123456789")


def _spellings(op, av) -> set[str] | None:
    """The strings one fixed item matches: a literal, or a class of literals and short ranges; else None."""
    if op is _c.LITERAL:
        return {chr(av)}
    if op is _c.IN:
        out: set[str] = set()
        for iop, iav in av:
            if iop is _c.LITERAL:
                out.add(chr(iav))
            elif iop is _c.RANGE and iav[1] - iav[0] < 16:
                out.update(chr(c) for c in range(iav[0], iav[1] + 1))
            else:           # NEGATE, a category (\d, \w ...), a long range
                return None
        return out
    return None


def _exact(items) -> set[str] | None:
    """Every string a sequence of fixed items matches (few), else None."""
    strings = {""}
    for op, av in items:
        if op is _c.AT:
            continue
        if op is _c.SUBPATTERN and not (av[1] & re.I) and not av[2]:
            more = _exact(av[-1].data)
        elif op is _c.BRANCH:
            alts = [_exact(alt.data) for alt in av[1]]
            more = None if any(a is None for a in alts) else set().union(*alts)
        else:
            more = _spellings(op, av)
        if more is None or len(strings) * len(more) > _MAX_STRINGS:
            return None
        strings = {a + b for a in strings for b in more}
    return strings


def _pick(candidates: list[set[str]]) -> set[str] | None:
    """The best of several requirements: one whose every string holds a digit (years, counts: rarer in prose than
    words), else the one with the longest shortest string."""
    if not candidates:
        return None
    digits = [c for c in candidates if all(not _DIGITS.isdisjoint(s) for s in c)]
    return max(digits or candidates, key=lambda c: min(map(len, c)))


def _required(items) -> list[set[str]]:
    """Requirements of a sequence: sets of strings of which every match holds one (each set on its own)."""
    found: list[set[str]] = []
    run = {""}

    def close() -> None:
        nonlocal run
        if "" not in run:
            found.append(run)
        run = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue        # (zero width: the strings either side stay adjacent)
        more = _exact([(op, av)]) if op in (_c.SUBPATTERN, _c.BRANCH) else _spellings(op, av)
        if more is not None and "" not in more and len(run) * len(more) <= _MAX_STRINGS:
            run = {a + b for a in run for b in more}
            continue
        close()
        if more is not None and "" not in more:
            run = more
        elif op is _c.SUBPATTERN and not (av[1] & re.I) and not av[2]:
            found.extend(_required(av[-1].data))
        elif op is _c.BRANCH:
            picks = [_pick(_required(alt.data)) for alt in av[1]]
            if all(p is not None for p in picks):
                found.append(set().union(*picks))
        elif op in _REPEATS and av[0] >= 1:
            found.extend(_required(av[2].data))
    close()
    return found


def required_literals(pattern: re.Pattern) -> list[set[str]] | None:
    """For each top-level alternative of `pattern`, a set of strings of which every match of that alternative holds
    one (a match of the pattern holds a string of one of the sets); None when some alternative needs none that
    this reading finds, or for a case-insensitive pattern.

    >>> [sorted(s) for s in required_literals(re.compile(r"\\b(1[89]|20)\\d0s\\b|\\bended (a|the) war\\b"))]
    [['18', '19', '20'], ['ended a war', 'ended the war']]
    >>> required_literals(re.compile(r"\\w+ war|peace")), required_literals(re.compile("x", re.I))
    ([{' war'}, {'peace'}], None)
    """
    if pattern.flags & (re.I | re.L) or not isinstance(pattern.pattern, str):
        return None
    try:
        data = _parser.parse(pattern.pattern, pattern.flags).data
    except (re.error, RecursionError):
        return None
    rest = [(op, av) for op, av in data if op not in _ZERO_WIDTH]    # ('\\b(a)|\\b(b)' is parsed as '\\b(?:a|b)')
    alts = [alt.data for alt in rest[0][1][1]] if len(rest) == 1 and rest[0][0] is _c.BRANCH else [data]
    picks = [_pick(_required(alt)) for alt in alts]
    return None if any(p is None for p in picks) else picks


def _shortest(strings: set[str]) -> set[str]:
    """A requirement as few strings as it can: their common prefix when it is 4+ characters long ('ended a war',
    'ended the war' -> 'ended '; each holds it), else the strings themselves."""
    prefix = os.path.commonprefix(sorted(strings))
    return {prefix} if len(prefix) >= 4 else strings


# ---------------------------------------------------------------------------------------------------------------
# The sentence's table: what the rules of one sentence read, computed once
# ---------------------------------------------------------------------------------------------------------------

class SentenceTable:
    """The sentence being read, and what every rule may ask of it, computed once per sentence instead of once per
    rule: its lower-case words (`words`, a set: ``'killed' in table.words`` before any pattern), its lower-cased
    text (`low`, same offsets) and whether a gate pattern occurs in it (`holds`: a gate several rules share, like
    `named._NAME_PAIR`, is searched once).

    `_sentence_claims` builds the table of each sentence it reads with the words it already has, and passes it down:
    to `_named_people` and to `apply_rules`, which gives it to the rules registered with ``reads_table=True`` (a
    fifth argument, `table`). A rule that reads it passes it on to its `Gated` patterns (``rx.finditer_in(table)``,
    or ``rx.finditer(norm, table=table)``), which read their gate from it when they search the table's own string
    (`text`, the very string object); a rule that cuts or rewrites the sentence searches a string of its own, and
    the pattern searches the gate itself.

    >>> t = SentenceTable("Ali Musa was killed.")
    >>> sorted(t.words), t.low, t.holds(re.compile(r"[A-Z]\\w+ [A-Z]"))
    (['ali', 'killed', 'musa', 'was'], 'ali musa was killed.', True)
    """

    __slots__ = ("text", "words", "_low", "_gates")

    def __init__(self, text: str, words: set[str] | frozenset[str] | None = None):
        self.text = text
        self.words = words if words is not None else frozenset(lower_words(text).split())
        self._low: str | None = None
        self._gates: dict[int, bool] = {}      # id(gate pattern) -> found (gates are module-level: ids stay theirs)

    @property
    def low(self) -> str:
        """The text lower-cased (the same offsets for all but a few letters: 'İ'; callers that need offsets test
        `len(low) == len(text)` as `numbers._tokens` does)."""
        if self._low is None:
            self._low = self.text.lower()
        return self._low

    def holds(self, gate: re.Pattern) -> bool:
        """`gate.search(text) is not None`, searched once per sentence and gate."""
        hit = self._gates.get(id(gate))
        if hit is None:
            hit = self._gates[id(gate)] = gate.search(self.text) is not None
        return hit


_PLAIN_WORDS = re.compile(r"[A-Za-z ]+(?:\|[A-Za-z ]+)*")
_ANY_OF: dict[re.Pattern, "AnyOf"] = {}


class AnyOf:
    """A gate pattern that is a plain alternation of words (`fire|shot|full of`: letters and spaces, no flags but
    the default) answered by substring tests (session 24): `search(string)` is truthy exactly where the pattern's
    `search` finds a match, since such a pattern matches at a position iff one of its words is spelled there, so
    somewhere iff one of them is a substring. `re` finds no single first character for an alternation and tried it
    at every position that opens one of its words (~47,000 instructions a sentence for twenty words); one `in` a
    word runs in C (`any(map(...))`). `AnyOf.of(pattern)` gives the one `AnyOf` of a plain pattern (the same object
    for the same pattern, so that `SentenceTable.holds` still shares its result), else None.

    >>> g = AnyOf.of(re.compile("fire|shot|full of"))
    >>> bool(g.search("they opened fire")), g.search("a bus full  of men"), g is AnyOf.of(re.compile("fire|shot|full of"))
    (True, None, True)
    >>> AnyOf.of(re.compile("fire|shot", re.I)), AnyOf.of(re.compile(r"fire|shot\b")), AnyOf.of(re.compile("fire|"))
    (None, None, None)
    """

    __slots__ = ("words",)

    def __init__(self, words: tuple[str, ...]):
        self.words = words

    @classmethod
    def of(cls, pattern) -> "AnyOf | None":
        if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str) or \
                pattern.flags != re.UNICODE or not _PLAIN_WORDS.fullmatch(pattern.pattern):
            return None
        gate = _ANY_OF.get(pattern)
        if gate is None:
            gate = _ANY_OF[pattern] = cls(tuple(pattern.pattern.split("|")))
        return gate

    def search(self, string: str) -> bool | None:
        return True if any(map(string.__contains__, self.words)) else None


class Gated:
    """`rx` searched only in a string where `gate` (a cheap pattern that every match of `rx` holds a match of) is
    found: the same Match objects as `rx`'s; every other attribute is `rx`'s. Given the sentence's table (keyword
    `table`, a `SentenceTable` of the very string searched), the gate is read from the table: a gate that several
    patterns share is searched once per sentence.

    >>> rx = Gated(re.compile(r"[A-Z]\\w+ [A-Z]\\w+ (?:was|were) killed"), re.compile(r"[A-Z]\\w+ [A-Z]"))
    >>> rx.search("Ali Musa was killed").group(), rx.search("he was killed"), list(rx.finditer("no names"))
    ('Ali Musa was killed', None, [])
    >>> table = SentenceTable("Omar Said was killed")
    >>> rx.search(table.text, table=table).group(), table.holds(rx.gate)
    ('Omar Said was killed', True)
    """

    __slots__ = ("rx", "gate")

    def __init__(self, rx, gate: re.Pattern | None):
        # a gate of plain words is tested by `in` (AnyOf: the same truth; session 24)
        self.rx, self.gate = rx, AnyOf.of(gate) or gate

    def _may_match(self, string: str, table: SentenceTable | None) -> bool:
        if table is not None and table.text is string:
            return table.holds(self.gate)
        return self.gate.search(string) is not None

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize, *,
               table: SentenceTable | None = None) -> re.Match | None:
        return self.rx.search(string, pos, endpos) if self._may_match(string, table) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize, *, table: SentenceTable | None = None):
        return self.rx.finditer(string, pos, endpos) if self._may_match(string, table) else iter(())

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize, *,
              table: SentenceTable | None = None) -> re.Match | None:
        return self.rx.match(string, pos, endpos) if self._may_match(string, table) else None

    def finditer_in(self, table: SentenceTable):
        """`finditer(table.text, table=table)`: the table's sentence searched, the gate read from the table (one
        positional call: the rules' path, where a keyword argument cost more than the gate it saves)."""
        return self.rx.finditer(table.text) if table.holds(self.gate) else iter(())

    def __getattr__(self, name: str):
        return getattr(self.rx, name)


class LiteralGated(Gated):
    """`pattern` searched only in a string that holds one of the literals its matches need (`required_literals`;
    a literal that holds another is left out): a string without any gives no match, at the cost of a few substring
    tests. The same Match objects as `pattern`'s (or as those of `rx`, its `class_opened` form); every other
    attribute is `pattern`'s. A `Gated` whose gate is the literals.

    >>> rx = LiteralGated(re.compile(r"\\b(?:19|20)\\d\\d war|\\bsoviet\\b|in the 19\\d\\d"))
    >>> rx.literals
    ('19', '20', 'soviet')
    >>> rx.search("the soviet army") is not None, rx.search("no war here"), rx.search("the 1994 war").group()
    (True, None, '1994 war')
    """

    __slots__ = ("literals",)

    def __init__(self, pattern: re.Pattern, rx=None):
        super().__init__(rx if rx is not None else pattern, None)
        needs = required_literals(pattern)
        every = sorted({lit for n in needs for lit in _shortest(n)}) if needs is not None else None
        self.literals = None if every is None else \
            tuple(lit for lit in every if not any(o != lit and o in lit for o in every))

    def _may_match(self, string: str, table: SentenceTable | None = None) -> bool:
        return self.literals is None or any(map(string.__contains__, self.literals))

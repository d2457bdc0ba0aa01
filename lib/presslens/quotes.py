"""Attributed statements (direct, indirect, mixed) with speaker, side and evidence span.

The unit of work is one article: `quotes_for_article(article_id, text, paragraphs)` is a pure function
of the article's clean text and its paragraph spans, so a corpus can be split over processes.

    >>> rows = quotes_for_article("a.txt", '"We will not leave," Motaqi said.')
    >>> rows[0]["speaker"], rows[0]["kind"], rows[0]["text"]
    ('Motaqi', 'direct', 'We will not leave')

Method (pure Python + regex, no model): quoted spans are found with a mark-pairing state machine
(straight, curly, mismatched, single, „ “, « »), masked, and the masked paragraph is split into
sentences; each reporting cue (data/lexicons/cues.yaml) is tied to a speaker on its left
(`X said ...`), its right (`"...," said X`, `according to X`) or, for participles (`adding`) and
coordinated verbs (`X wrote A and urged B`), to the clause's speaker; colon and em-dash credits
(`X: "..."`, `"..." — X, role`) are their own cues. The content is the quote(s) or the clause around
the cue. Speakers are then resolved within the article: he/she to the last fitting speaker or person,
or to an unnamed person described since ("a 19-year-old who ... He said"); it/the group/the statement
to the last body named as a speaker or as a sentence's subject; "the rebels" to the registry's rebel
body named earlier; "one of them" to the counted group named before ("one of two residents ...");
relative clauses ("which it calls") to their subject; "a man who introduces himself as X" to X;
surnames to the fullest name given (Mr/Mrs and gender kept apart), indefinite roles to a name given
later ("a senior leader" -> "senior Taliban leader Amir Khan Motaqi", "The leader of the ... group" -> the head
named next); sides come from the actor registry or from the speaker's own words (its mention, its
appositive, its sentence's words before the name, never the statement: actors.Actors.side_from_context).
Names keep their particles (al-, bin, Abu) and lose honorifics and titles (U, Daw, 'UN Secretary-General').

Speed: patterns are compiled once (cue lexicon as a character trie, see tables.trie_pattern); word lists
that are matched in any case (cues, adverbials) run case-sensitively on the lower-cased text
(_CaseFreePattern); patterns that scan a paragraph or an article open on one character class, so that
`re` skips to the candidates (a pattern that opens on a choice, a repeat or a look-behind is tried at every
position); names, tokens, folds and speaker phrases are memoised on the strings themselves, and
per-article work (name runs, lower-case word checks) is computed once per article; `clear_caches()`
forgets the memos.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

import pandas as pd

from . import config
from .actors import Actors, fold, name_key
from .tables import trie_pattern

QUOTE_COLUMNS = {
    "quote_id": "string", "article_id": "string", "speaker": "string", "speaker_id": "string",
    "speaker_side": "string", "speaker_role": "string", "kind": "string", "cue": "string",
    "cue_type": "string", "text": "string", "start": "Int64", "end": "Int64",
    "speaker_start": "Int64", "speaker_end": "Int64", "anonymous": "boolean",
}

_PATTERNS: dict = {}


def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    """Compiled `pattern`, from a plain dict: `re`'s own cache lookup costs more than most of our matches."""
    try:
        return _PATTERNS[pattern, flags]
    except KeyError:
        rx = _PATTERNS[pattern, flags] = re.compile(pattern, flags)
        return rx


def _re_match(pattern, string, flags=0):
    return _rx(pattern, flags).match(string)


def _re_fullmatch(pattern, string, flags=0):
    return _rx(pattern, flags).fullmatch(string)


def _re_search(pattern, string, flags=0):
    return _rx(pattern, flags).search(string)


def _re_sub(pattern, repl, string, count=0, flags=0):
    return _rx(pattern, flags).sub(repl, string, count)


def _re_split(pattern, string, maxsplit=0, flags=0):
    return _rx(pattern, flags).split(string, maxsplit)


def _re_findall(pattern, string, flags=0):
    return _rx(pattern, flags).findall(string)


def _re_finditer(pattern, string, flags=0):
    return _rx(pattern, flags).finditer(string)


MASK = "\ue000"
_DOUBLE_OPEN = "\u201e\u00ab"          # „ «  open only
_DOUBLE_CLOSE = "\u00bb"               # »    closes only
_DOUBLE_AMBIG = "\"\u201c\u201d"       # " “ ”
_SINGLE_OPEN = "\u2018\u201a'"         # ‘ ‚ '
_SINGLE_CLOSE = "\u2019\u2018'"        # ’ ‘ '
_QUOTE_CHARS = re.compile("[" + re.escape(_DOUBLE_OPEN + _DOUBLE_CLOSE + _DOUBLE_AMBIG + _SINGLE_OPEN + _SINGLE_CLOSE) + "]")
_OPEN_BEFORE = " \t\n([{\u2014\u2013-/:;,\u00a0" + _DOUBLE_OPEN + _DOUBLE_AMBIG


# ------------------------------------------------------------------------------------------------
# lexicons
# ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Cue:
    form: str
    lemma: str
    type: str
    frame: str


class _CaseFreePattern:
    """A case-insensitive pattern, run as a case-sensitive copy on the lower-cased text (same offsets: use the
    matches' positions, not their text).

    With re.I, `re` enters every branch of a word list (the cue lexicon, the adverbials) in full; without it,
    a branch is rejected on its first letter, twice as fast. A text with a letter that re.I folds to a Latin
    one but str.lower() leaves (ı ſ) or lengthens (İ) goes to the case-insensitive pattern itself.
    """

    def __init__(self, pattern: str):
        # lower-casing the pattern must only lower-case letters (ranges are A-Z at most): no \S \W \D \B escapes
        assert not re.search(r"\\[A-Z]", pattern), pattern
        self.insensitive = re.compile(pattern, re.I)
        self.lowered = re.compile(pattern.lower())

    @staticmethod
    def _odd(s: str) -> bool:
        return "\u0130" in s or "\u0131" in s or "\u017f" in s      # İ ı ſ (str.find beats a character class here)

    def match(self, s: str) -> re.Match | None:
        return self.insensitive.match(s) if self._odd(s) else self.lowered.match(s.lower())

    def finditer(self, s: str):
        return self.insensitive.finditer(s) if self._odd(s) else self.lowered.finditer(s.lower())


@lru_cache(maxsize=1)
def _cues() -> tuple[dict[str, Cue], _CaseFreePattern]:
    """The cue forms, and the pattern that finds them (whole words, any case)."""
    lex = config.lexicon("cues")
    forms: dict[str, Cue] = {}
    for lemma, spec in lex["verbs"].items():
        for form in spec["forms"]:
            forms[form] = Cue(form, lemma, spec["type"], spec.get("frame", "clause"))
    spec = lex["according_to"]
    for form in spec["forms"]:
        forms[form] = Cue(form, "according_to", spec["type"], "according")
    pattern = r"(?<![\w\-])" + trie_pattern({f.lower() for f in forms}, space=r"\s+") + r"(?![\w\-])"
    return forms, _CaseFreePattern(pattern)


def _find_cues(s: str) -> list[tuple[int, int]]:
    """(start, end) of each cue form in `s`."""
    return [mt.span() for mt in _cues()[1].finditer(s)]




TITLES = {"mr", "mrs", "ms", "miss", "dr", "gen", "general", "lt", "lieutenant", "col", "colonel", "colonel-major",
          "maj", "major", "brig", "brigadier", "capt", "captain", "sgt", "sergeant", "cpl", "corporal", "private",
          "pte", "admiral", "commander", "cmdr", "president", "vice-president", "prime", "minister", "defence",
          "defense", "foreign", "interior", "senior", "former", "acting", "deputy", "chief", "spokesman",
          "spokeswoman", "spokesperson", "senator", "sen", "rep", "secretary", "secretary-general", "ambassador",
          "governor", "mayor", "sheikh", "prof", "professor", "judge", "justice", "king", "queen", "prince",
          "the", "security", "army", "police", "sir", "dame", "lord", "field", "marshal", "air", "vice", "rear",
          "leader", "official", "commander-in-chief", "late", "historian", "bishop", "archbishop", "dr", "doctor",
          "neighbouring", "neighboring", "italian", "analyst", "researcher", "acting'", "gen.", "dr.", "mr.", "mrs.", "ms.", "lt.", "col.",
          "maj.", "capt.", "sgt.", "prof.", "st.", "u", "daw"}
ROLE_WORDS = {"spokesman", "spokeswoman", "spokesperson", "minister", "leader", "commander", "official", "editor",
              "analyst", "coordinator", "director", "mayor", "president", "governor", "general", "colonel",
              "officer", "chief", "head", "secretary", "ambassador", "envoy", "adviser", "advisor", "mother",
              "father", "son", "daughter", "wife", "husband", "brother", "sister", "mum", "dad", "resident",
              "fellow", "researcher", "professor", "bishop", "cleric", "correspondent", "doctor", "surgeon",
              "nurse", "paramedic", "notable", "soldier", "fighter", "captain", "major", "private", "corporal",
              "sergeant", "lieutenant", "brigadier", "deputy", "diplomat", "historian", "expert", "activist",
              "witness", "villager", "farmer", "driver", "teacher", "student", "member", "representative",
              "commissioner", "metropolitan", "imam", "priest", "volunteer", "worker", "engineer", "lawyer", "journalist",
              "pharmacist", "vendor", "shopkeeper", "survivor", "grandmother", "grandfather", "widow",
              "director-general", "chairman", "chairwoman"}
_SPEAKER_LEX = config.lexicon("speakers")
TITLES |= {fold(t).strip(".") for t in _SPEAKER_LEX.get("titles", ())}
#: titles that are a body's modifier when no title or name follows ('Air Force', 'Security Council')
MODIFIER_TITLES = frozenset(fold(t) for t in _SPEAKER_LEX.get("modifier_titles", ()))
#: nouns that end a capitalised job title before a name, and the words of such a title's complement
TITLE_NOUNS = frozenset(fold(t) for t in _SPEAKER_LEX.get("title_nouns", ()))
TITLE_DOMAINS = frozenset(fold(t) for t in _SPEAKER_LEX.get("title_domains", ()))
#: capitalised function words that open a sentence and so a capitalised run ('As Jan Nowak told ...')
_LEAD_FUNCTION = frozenset(("as and but or while whereas when after before if since though although yet so then "
                            "meanwhile however unlike like until because with without for in on at by from to of "
                            "under despite during asked speaking also even only").split())
FEMALE = {"mrs", "ms", "miss", "spokeswoman", "mother", "mum", "wife", "daughter", "sister", "woman", "she",
          "dame", "queen", "grandmother", "widow"}
MALE = {"mr", "spokesman", "father", "dad", "husband", "son", "brother", "man", "he", "sir", "king",
        "grandfather", "boy"}
ORG_WORDS = {"army", "ministry", "government", "front", "movement", "council", "brigades", "office", "police",
             "hospital", "network", "monitor", "group", "agency", "forces", "league", "party", "committee",
             "taliban", "emirate", "union", "organisation", "organization", "institute", "forum", "press",
             "news", "reuters", "afp", "bbc", "cnn", "media", "radio", "television", "department", "commission",
             "alliance", "coalition", "brigade", "battalion", "militia", "authority", "authorities", "court",
             "red", "cross", "nations", "un", "u.n.", "unhcr", "church", "embassy", "administration", "state",
             "republic", "kingdom", "federation", "company", "bank", "foundation", "fund", "program",
             "programme", "centre", "center", "staff", "command", "navy", "corps", "guard", "unit", "units",
             "medical", "watch", "international", "mission", "andina", "sur", "journal", "times", "post", "herald", "sun", "ledger"}
COMMON_SPEAKERS = {"sources", "analysts", "officials", "residents", "relatives", "witnesses", "experts", "doctors",
                   "medics", "observers", "critics", "reports", "rebels", "villagers", "diplomats", "activists",
                   "survivors", "families", "authorities", "others", "some", "many", "local", "aid", "security"}
PRONOUNS = {"he": "person", "she": "person", "it": "org", "they": "plural", "we": "plural", "i": "person"}
ORG_ANAPHORS = {"group", "movement", "organisation", "organization", "ministry", "agency", "army", "rebels",
                "militants", "guerrillas", "insurgents", "council", "front", "government", "statement",
                "office", "charity", "brigades", "police", "military"}
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TIME = (r"(?:(?:on|last|this|late|early|earlier|later|by)\s+)?(?:" + _DAYS + r"(?:\s*\([^)]*\))?(?:\s+(?:morning|afternoon|evening|night))?"
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
            r"|in\s+(?:Kabul|[A-Z][\w]+)(?=\s*,|\s+that\b)|at\s+a\s+(?:news|press)\s+conference(?:\s+in\s+[A-Z]\w+)?)")
_ADVERBIAL = _CaseFreePattern(r"^(?:[\s,]*(?:" + _TIME + r"|" + _CHANNEL + r")(?![\w\-]))+")     # not 'again' of 'against'
_AUX_TAIL = re.compile(r"(?:\s+(?:has|have|had|also|later|earlier|previously|now|again|then|reportedly|repeatedly|"
                       r"would|will|already|publicly|once|initially|separately|further|originally|"
                       r"last\s+(?:week|night|month)|" + _DAYS + r"|on\s+" + _DAYS + r"|yesterday|today|"
                       r"in\s+a\s+statement|in\s+(?:an?\s+)?(?:post|video|interview|tweet)(?:\s+on\s+\w+)?))+\s*$", re.I)
_AUX_LAST = frozenset(("has have had also later earlier previously now again then reportedly repeatedly would will "
                       "already publicly once initially separately further originally week night month yesterday "
                       "today statement post video interview tweet monday tuesday wednesday thursday friday saturday sunday").split())


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
#: a capitalised word or an @handle; written with one leading character class so that `re` skips straight to
#: the capitals of an article (a pattern that opens on a choice is tried at every position)
_NAME_TOKEN = r"(?:[A-Z\u00c0-\u00de@](?:(?<=@)\w+|(?<!@)[\w\u00c0-\u024f'’.\-]*))"
#: a later token of a name may start with a particle ('Ahmed al-Mansouri'); a run never starts with one
_NAME_TOKEN_NEXT = r"(?:" + _NAME_TOKEN + r"|(?:al|el|as|ad|ar|ash|an|at|az|ul)-[A-Z\u00c0-\u00de][\w\u00c0-\u024f'’\-]*)"
_RX_PARTICLE_TOKEN = re.compile(r"(?:al|el|as|ad|ar|ash|an|at|az|ul)-[A-Z\u00c0-\u00de]|(?:bin|ibn|bint|de|da|van|von|der)$")


def _cap(tok: str) -> bool:
    """Whether a token belongs to a name: capitalised, or a particle ('al-Mansouri', 'bin')."""
    return tok[:1].isupper() or bool(_RX_PARTICLE_TOKEN.match(tok))
_CONNECT = r"(?:of|for|de|del|la|le|du|des|al|al-|el|bin|ibn|van|von|der|da|dos|das|pour|y|and|the|ul|ag)"
_NAME_RUN = re.compile(_NAME_TOKEN + r"(?:(?:[ \u00a0]+" + _CONNECT + r")*[ \u00a0]+" + _NAME_TOKEN_NEXT + r")*")


# ------------------------------------------------------------------------------------------------
# quote marks
# ------------------------------------------------------------------------------------------------
def find_quote_spans(s: str) -> list[tuple[int, int, bool]]:
    """Quoted spans in one paragraph as (open_mark, close_mark, closed); an unclosed quote runs to the end.

    >>> find_quote_spans('He said "yes”, then ‘no’.')
    [(8, 12, True), (20, 23, True)]
    """
    spans: list[tuple[int, int, bool]] = []
    n = len(s)
    open_at, open_kind, open_char = -1, "", ""
    for qm in _QUOTE_CHARS.finditer(s):     # only quote marks change the state
        i = qm.start()
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
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Pte|Prof|Sen|Rep|Gov|St|Jr|Sr|No|vs|etc|"
                     r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|(?<!on )[A-Z])\.)$")


#: a sentence's end: stop marks (written as one class, then more, so that `re` skips to the candidates), a
#: closing bracket, and a space before a capital, digit, quote or mask
_RX_SENTENCE_END = re.compile(r"[.!?][.!?]*[)\]]?(?=\s+[A-Z0-9\ue000\"“‘«„(\u00c0-\u00de])")


def _sentences(m: str) -> list[tuple[int, int]]:
    """Sentence spans of a masked paragraph (quotes masked, so a quote never splits)."""
    out, start = [], 0
    for mt in _RX_SENTENCE_END.finditer(m):
        end = mt.end()
        if _ABBREV.search(m[max(0, end - 6):end]) and mt.group(0) == ".":
            continue
        out.append((start, end))
        start = end
        while start < len(m) and m[start].isspace():
            start += 1
    if start < len(m):
        out.append((start, len(m)))
    return [(a, b) for a, b in out if m[a:b].strip()]


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
            ca, cb = _strip_span(para, qa + 1, qb if closed else len(para), " \t\n,")
            if cb > ca:
                parts.append((base + ca, base + cb))
        return parts, "direct"
    kind = "mixed" if inside else "indirect"
    conj = _RX_TRAILING_CONJ.search(seg) if seg.endswith(("and", "but", "or", "while", "whereas", "though")) else None
    if conj:                # 'A said X, while B said Y': the conjunction opens the next clause
        b = a + conj.start()
    # a trailing closing mark of a quote that ends the range belongs to the content
    return [(base + a, base + b)], kind


_STOP_WORDS = frozenset(("the a an his her its their our my your this that these those to be been being was were is are "
                         "so not no of for with by from as which what who whom where when would could should might must "
                         "can may will did do does than if").split())


#: the last word of a string, cut to one letter longer than any stop word (searched that far from the end)
_LAST_WORD_MAX = max(map(len, _STOP_WORDS)) + 1
_RX_LAST_WORD = re.compile(r"\w{0,%d}\Z" % _LAST_WORD_MAX)


def _ends_with_stop(s: str) -> bool:
    """Whether `s` (right-stripped) ends in a function word, a possessive or 'so-' (what _STOP_BEFORE
    matches at the end), without trying the pattern at every position."""
    if s.endswith(("'s", "’s", "'S", "’S", "so-", "So-", "SO-")):
        return True
    return _RX_LAST_WORD.search(s, max(0, len(s) - _LAST_WORD_MAX)).group(0).lower() in _STOP_WORDS


def _tail_cut(s: str, n: int) -> int:
    """Where to start searching `s` for a pattern anchored at its end: a whitespace at least `n` characters
    from the end (so word boundaries stay as in the whole string), else 0. Python's `re` tries a `...$`
    pattern at every position; on long clauses that is the hot spot of cue attribution."""
    if len(s) <= n:
        return 0
    k = s.find(" ", len(s) - n)
    return k if k > 0 else 0


_RX_TRAILING_NAME = re.compile(r"(?:\b(?:he|she|it|they|we|I)|" + _NAME_RUN.pattern + r")$")
_RX_LEAD_NAME = re.compile(r"(?:(?:the|The)\s+)?" + _NAME_RUN.pattern)
_RX_TOLD_OBJECT = re.compile(r"\s*(?:(?:the|a|an|state|local|this|his|her|their)\s+)?(?:(?<=the\s)(?:[a-z\-]+\s+){0,2}?[a-z\-]+(?=\s+(?:that|in|on|at|during|via)\s|\s*:)|" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r")*|reporters|journalists|television|radio|newspaper|(?:state\s+|local\s+)?media|news\s+agencies|deputies|parliament|lawmakers|residents|the\s+press|this\s+newspaper)(?:\s+(?:by\s+(?:tele)?phone|in\s+an\s+interview))?")


_RX_ACRONYM_TAIL = re.compile(r"(?<=[\w.'’])\s*\([A-Z][A-Za-z.&\-]{1,11}\)$")
#: an -ly adverb between a subject and its cue ('strongly condemned'), not a noun or adjective in -ly
_RX_LY_TAIL = re.compile(r"\s+(?!(?:family|ally|assembly|daily|weekly|monthly|quarterly|yearly|rally|supply|anomaly|"
                         r"bully|fly|belly|lily|jelly|folly|holly|italy|only|early|elderly|friendly|likely|deadly)\b)"
                         r"[a-z]{2,}ly(?:\s+(?:and|but)\s+[a-z]{2,}ly)?$")
#: a subordinator or a verb-governed preposition before the subject of a cue: the subject starts after it
_RX_SUBORDINATE = re.compile(r"^(?:.*\s)?(?:(?:hours|days|weeks|minutes|months|shortly|soon|just|moments|long|even)\s+)?"
                             r"(?:after|before|because|since|until|when|whereas|where|although|though|once|unless)\s+"
                             r"(?=(?:the|a|an|its|his|her|their|[A-Z])\b|[A-Z]|(?:[a-z][\w\-]*s)\s*$)")
_RX_WHO_CLAUSE = re.compile(r"\s+(?:who|whose)\s+(?=(?:asked|declined|did|does|spoke|requested|would|was|is|has|had|gave|works|lives|lost|fled)\b)")


_RX_LEAD_CONJ = re.compile(r"(?:(?:and|but|or|while|whereas|though|although|yet)\s+)+", re.I)
_RX_THAT_SUBJECT = re.compile(r"^(.*\S)\s+that\s+(\S.*)$")
#: where a clause's segments part: `,\s*|;\s*|:\s+|\ue000+[,.]?\s*|\s+[—–-]\s+`, written to open on one character
#: class (the branch is chosen by the character just read) so that `re` skips to the candidates
_RX_SEGMENT_CUT = re.compile(r"[,;:\ue000\s](?:(?<=[,;])\s*|(?<=:)\s+|(?<=\ue000)\ue000*[,.]?\s*|(?<=\s)\s*[—–-]\s+)")
_RX_COORD_ONLY = re.compile(r"(?:and|but|or|then|and\s+then|while)", re.I)
_RX_PREPOSITION = re.compile(r"(?:with|of|in|for|on|at|by|from|to|amid|after|before|about|into|under|over)\b", re.I)
_RX_FINITE_VERB = re.compile(r"\b(is|are|was|were|been|will|would|had|has|have|did|does|could|should|can|not)\b")


def _subject_left(m: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """Span (paragraph offsets) of the subject noun phrase before a cue, or None."""
    pre = m[lo:cue_start]
    if _may_end_in_aux(pre):
        tail = _tail_cut(pre, 100)
        pre_stripped = pre[:tail] + _AUX_TAIL.sub("", pre[tail:])
    else:
        pre_stripped = pre
    pre_stripped = pre_stripped.rstrip()
    if pre_stripped.endswith(")"):      # 'the Armed Forces Media Directorate (AFMD) said': the short name in brackets
        ac = _RX_ACRONYM_TAIL.search(pre_stripped, _tail_cut(pre_stripped, 20))
        if ac:
            pre_stripped = pre_stripped[:ac.start()]
    if pre_stripped.endswith("ly"):     # 'X strongly condemned', 'X has repeatedly denied': the adverb is not the subject's
        ly = _RX_LY_TAIL.search(pre_stripped, _tail_cut(pre_stripped, 40))
        if ly:
            pre_stripped = pre_stripped[:ly.start()]
            if _may_end_in_aux(pre_stripped):
                tail = _tail_cut(pre_stripped, 100)
                pre_stripped = pre_stripped[:tail] + _AUX_TAIL.sub("", pre_stripped[tail:])
            pre_stripped = pre_stripped.rstrip()
    if not pre_stripped or pre_stripped.endswith(MASK) or _ends_with_stop(pre_stripped):
        return None
    end = lo + len(pre_stripped)
    # segments separated by commas or dashes; skip appositives from the right
    cuts = [lo] + [lo + mt.end() for mt in _RX_SEGMENT_CUT.finditer(pre_stripped)]
    segs = list(zip(cuts, cuts[1:] + [end]))
    if pre_stripped.endswith((",", "—", "–", ")")):
        # "X, who ..., said" / "X, a spokesman for Y, said": the subject is the first non-appositive segment
        k = len(segs) - 1
        while k > 0:
            sa, sb = segs[k]
            t = m[sa:sb].strip(" ,—–-()")
            if t.startswith(("and ", "but ")) and k < len(segs) - 1 and not _RX_FINITE_VERB.search(t):
                break       # '..., and a ministry spokesman, asked about it, said': a new clause's subject
            if not t or _re_match(r"(who|which|whose|whom|where|a|an|the|his|her|its|their|one|some|\d|[a-z])", t) \
                    or _re_match(r"[A-Z][\w\-]*['’]s\s+[a-z]", t):       # 'Israel's closest ally': a descriptor
                k -= 1
                continue
            break
        sa, sb = segs[k]
    else:
        sa, sb = segs[-1]
    t = m[sa:sb]
    lead = _LEAD_ADV.match(t)
    if lead and lead.end() < len(t.rstrip(" ,")):
        sa += lead.end()
    sa, sb = _strip_span(m, sa, sb, " \t\n,;:—–-()")
    if sb <= sa:
        return None
    phrase = m[sa:sb]
    words = phrase.split()
    if MASK in phrase or len(words) > 14:
        return None
    if _RX_COORD_ONLY.fullmatch(phrase):
        return (sa, sa)    # coordinated cue: the speaker of the clause before
    adv = _ADVERBIAL.match(phrase)
    if adv and adv.end() < len(phrase) and phrase[adv.end():].strip():
        sa += adv.end()
        sa, sb = _strip_span(m, sa, sb, " \t\n,;:")
        phrase = m[sa:sb]
    conj = _RX_LEAD_CONJ.match(phrase)
    if conj and conj.end() < len(phrase):       # 'and while resistance fighters insist'
        sa += conj.end()
        phrase = m[sa:sb]
    if "that" in phrase:
        th = _RX_THAT_SUBJECT.match(phrase)
        if th and _find_cues(th.group(1)):   # 'outlets reported that an Ulema council ... had called on'
            sa += th.start(2)
            phrase = m[sa:sb]
    if _RX_PREPOSITION.match(phrase):
        return None
    sub = _RX_SUBORDINATE.search(phrase) if " " in phrase else None
    if sub:     # 'The raid came hours after the military announced': the subject is the clause's own
        sa += sub.end()
        phrase = m[sa:sb]
    head = _RX_WHO_CLAUSE.split(phrase, 1)[0] if "who" in phrase else phrase    # 'a resident who asked not to be named said': the verbs are the relative's
    if _RX_FINITE_VERB.search(head) and not _re_match(r"(?:[A-Z]\S*\s+){1,4}$", phrase + " "):
        # a clause, not a noun phrase; keep only a trailing name or pronoun
        mt = _RX_TRAILING_NAME.search(phrase)
        if not mt:
            return None
        sa = sa + mt.start()
    return sa, sb


def _np_right(m: str, pos: int, hi: int) -> tuple[int, int] | None:
    """Noun phrase starting at `pos` (inverted `said X, role` / `according to X`), paragraph offsets."""
    mt = _re_match(r"\s*", m[pos:hi])
    a = pos + mt.end()
    seg = m[a:hi]
    stop = _re_search(r",|\.(?=\s|$)|;|\s[—–]\s|\bwho\b|\bwhich\b|\bthat\b|\bas\b|\bin\s+a\b|\bon\s+(?:Twitter|Facebook|X|Telegram)\b|"
                     r"\bin\s+(?:an?\s+)?(?:statement|interview|post)|\bafter\b|\bwhen\b|\bwhile\b|" + MASK + r"|$", seg)
    b = a + (stop.start() if stop else len(seg))
    a, b = _strip_span(m, a, b)
    if b <= a or len(m[a:b].split()) > 10:
        return None
    return a, b


_RX_PARTICLE_AFTER = re.compile(r"\s+(?:to|for|up|off|out|by|in)\b")
#: cues whose object alone is a statement: 'claimed responsibility', 'denied it', 'rejected this'
_ONE_WORD_OBJECT_CUES = frozenset(("claim", "deny", "reject", "dismiss", "confirm", "condemn", "admit", "acknowledge"))
_ONE_WORD_OBJECTS = frozenset(("responsibility", "this", "it", "that", "them", "everything", "nothing", "wrongdoing"))
#: a catenative verb before a cue: 'X continue to deny', 'Y went on to say', 'Z was quick to blame'
_RX_CATENATIVE = re.compile(r"\s(?:continue[sd]?|continuing|went\s+on|goes\s+on|go\s+on|(?:was|were|is|are)\s+quick|"
                            r"rushed|hastened)\s+to\s+$")
_RX_NOUN_DET_BEFORE = re.compile(r"(?<![\w\-])(?:many|some|several|few|such|other|conflicting|rival|competing|numerous|"
                                 r"multiple|initial|earlier|latest|recent|similar|all|both|media|news|press|trade|"
                                 r"exchange|exchanged|traded)\s+$", re.I)
_RX_REPORT_FROM = re.compile(r"\s+from\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:of\s+)?[A-Z][\w'’\-]*)*\s*(?:[,.;:)]|$)")
_RX_NOUN_CUE_AFTER = re.compile(r"\s+(?:of|on\s+the|is|are|was|were|could|would|have|has|had|suggested|said|say|claimed|by)\b")
_RX_TO_BE_AFTER = re.compile(r"\s+to\s+(?:be|have)\b")
_RX_CALL_OBJECT = re.compile(r"\s+(?:(?:the|it|this|them|him|her|a|an|his|their)\b|\ue000)")
_RX_INVERTED_NP = re.compile(r"\s+(?:[A-Z]|the\b|a\b|an\b|one\b|two\b|his\b|her\b)")


_RX_ANONYMITY = re.compile(r"(?:that\s+)?(?:not\s+to\s+be\s+(?:named|identified|quoted)|(?:his|her|their)\s+(?:full\s+)?(?:names?|identity)\s+(?:not|be\s+withheld|to\s+be\s+withheld)|for\s+anonymity)", re.I)
_RX_CAP_BEFORE = re.compile(r"[A-Z][\w.'’\-]*\s+$")
_RX_QUOTED_AS = re.compile(r"\bquoted\b[^.\ue000]{0,80}?\bas\s*$")
_RX_COORD = re.compile(r"(?:,\s*)?\s\band\s+(?:then\s+|also\s+|later\s+)?$")
_RX_COMMA_PARTICIPLE = re.compile(r"\s*,\s*[a-z]+ing\b")
_RX_COMMA_OR_END = re.compile(r"\s*(?:,|$)")
_RX_COMMA_THAT = re.compile(r"\s*,\s*(?:that\b|\ue000)")


def _analyse_paragraph(para: str, base: int, pidx: int, out: list[Raw]) -> None:
    forms = _cues()[0]
    para_cues = _find_cues(para)     # one pass per paragraph; sentences take their share
    if not para_cues and "reports" not in para and " that" not in para \
            and not (_QUOTE_CHARS.search(para) and (":" in para or "\u2014" in para or "\u2013" in para or "-" in para)):
        return      # no cue, no colon or dash credit, no nominal report: nothing to attribute
    quotes = find_quote_spans(para)
    m = _mask(para, quotes)
    if quotes:
        para_cues = [(cs, ce) for cs, ce in para_cues if m[cs] != MASK]
    sents = _sentences(m)
    for sa, sb in sents:
        sent = m[sa:sb]
        recs: list[Raw] = []
        if sent.strip(" \t.,;:!?" + MASK) == "" and MASK in sent and out and out[-1].para == pidx and out[-1].kind == "direct":
            # '"A," he said. "B."': a quote-only sentence continues the direct quote before it
            parts, kind = _content_spans(para, base, m, sa, sb, quotes)
            if kind == "direct":
                out[-1].parts = out[-1].parts + parts
            continue
        # colon / dash attribution: 'X, speaking in ...: "Q"'  /  '"Q" — X, role'
        has_mask = MASK in sent
        mc = _re_match(r"^([^:\ue000]{2,160}?):\s*(\ue000+)[.\s]*$", sent) if has_mask and ":" in sent else None
        if mc and _find_cues(mc.group(1)):
            mc = None       # 'X told the Sun: "..."': the verb is the cue
        # (the quote's run of masks is possessive: giving masks back cannot reach a dash, only waste time)
        md = _re_match(r"^(\ue000++)[.,\s]*([—–]|-{1,2})\s*([^\ue000]+)$", sent) if sent[:1] == MASK else None
        if mc or md:
            if mc:
                sp = (sa + mc.start(1), sa + mc.end(1))
                qpos, qend = sa + mc.start(2), sb
                cue = ":"
                np = sp
                cut = _re_search(r",\s*(?:speaking|writing|addressing)\b", m[np[0]:np[1]]) \
                    or _re_search(r"(?<=[a-z\u00e0-\u024f])(?=,\s)", m[np[0]:np[1]])   # 'Name, army spokesman: "..."'
                if cut:
                    np = (np[0], np[0] + cut.start())
            else:
                qpos, qend = sa + md.start(1), sa + md.end(1)
                cue = "\u2014"
                np = _np_right(m, sa + md.start(3), sb)
            if np:
                parts, kind = _content_spans(para, base, m, qpos, qend, quotes)
                if parts and kind == "direct":
                    recs.append(Raw(cue, "neutral", "direct", parts, para[np[0]:np[1]], base + np[0], base + np[1],
                                    pidx, base + sa))
            out.extend(recs)
            continue
        cues = []
        for cs, ce in para_cues:
            if cs < sa or ce > sb:
                continue
            surface = para[cs:ce]
            cue = forms.get(" ".join(surface.lower().split()))
            if cue is None:
                continue
            if surface[:1].isupper() and _RX_CAP_BEFORE.search(m, max(sa, cs - 30), cs):
                continue        # 'the United States': a capitalised cue word after a name is part of it
            cues.append((cs, ce, cue, surface))
        special = "reports" in sent and _re_search(r"\b(?:[Tt]here\s+(?:are|were|have\s+been)\s+(?:unconfirmed\s+)?reports)\s+(?:that\s+)?", sent)
        nominal = " that" in sent and ("tatement" in sent or "laim" in sent or "eport" in sent) and _re_search(r"\b((?:[A-Z][\w\-]+\s+){1,3})(statements?|claims?|reports?)\s+that\s+", sent)
        items = []   # (clause_start, cue_start, cue_end, cue, speaker_span, after_start, participle)
        for cs, ce, cue, surface in cues:
            subj_end = cs       # where the cue's subject ends: before a catenative verb ('X continue to deny')
            if m.startswith("to ", cs - 3):
                cat = _RX_CATENATIVE.search(m, max(sa, cs - 30), cs)
                if cat:
                    subj_end = cat.start() + 1
            if subj_end == cs and _ends_with_stop(m[max(sa, cs - 12):cs].rstrip()) and cue.lemma != "according_to" \
                    and not (cue.form == "saying" and _RX_QUOTED_AS.search(m, sa, cs)):
                prev_word = _re_search(r"(\S+)\s*$", m[sa:cs])
                if not (prev_word and prev_word.group(1).lower() in ("that",) and cue.form.endswith("ing")):
                    continue
            if cue.lemma in ("report", "put") and _RX_PARTICLE_AFTER.match(m, ce, sb) \
                    and not (cue.lemma == "report" and m.startswith(" in", ce) and _ADVERBIAL.match(m[ce:sb])):
                continue        # 'reported to the police', not 'reported in its morning update'
            if cue.form == "asked" and m[max(sa, cs - 2):cs].strip() == ",":
                continue        # 'X, asked about the estimate, said': a passive aside, not a question put
            if cue.lemma == "report" and _RX_REPORT_FROM.match(m, ce, sb):
                continue        # 'X reported from Kabul.', 'X, reporting from Aden, said': a credit, not a statement
            if cue.form in ("claim", "claims", "reports", "report", "calls", "say") and _RX_NOUN_CUE_AFTER.match(m, ce, sb):
                continue
            if cue.form in ("claims", "reports", "calls") and _RX_NOUN_DET_BEFORE.search(m, max(sa, cs - 16), cs):
                continue        # 'many reports', 'conflicting claims': a noun, not a cue
            if _RX_TO_BE_AFTER.match(m, ce, sb) and (cue.lemma != "claim" or _re_search(r"\b(?:is|are|was|were|been|be)\s*$", m[sa:cs])):
                continue   # 'is said to be' (hedge, not a statement)
            if cue.lemma == "call" and not _RX_CALL_OBJECT.match(m, ce, sb):
                continue
            if cue.lemma == "call" and _re_search(r"\bso-$", m[max(sa, cs - 3):cs]):
                continue
            if cue.lemma == "put" and not _re_search(r"\bat\b", m[ce:sb]):
                continue
            participle = cue.form.endswith("ing") and cue.lemma != "according_to"
            if cue.lemma == "according_to":
                np = _np_right(m, ce, sb)
                if not np:
                    continue
                items.append([None, cs, ce, cue, np, np[1], False, surface])
                continue
            # inverted: '"...," said X' / '..., said X, a spokesman'
            before = m[sa:cs].rstrip()
            if not participle and (before.endswith(",") or before.endswith(MASK)) and _RX_INVERTED_NP.match(m, ce, sb):
                before_cue = before.rstrip(",").rstrip()
                if before_cue.endswith(MASK) or not _subject_left(m, sa, cs):
                    np = _np_right(m, ce, sb)
                    if np:
                        items.append([None, cs, ce, cue, np, np[1], False, surface])
                        continue
            if participle:
                mw = _re_search(r"\bwith\s+((?:\w+\s+){0,3}\w+)\s*$", m[sa:cs])
                sp = (sa + mw.start(1), sa + mw.end(1)) if mw else None
                items.append([cs if mw is None else sa + mw.start(), cs, ce, cue, sp, ce, True, surface])
                continue
            co = _RX_COORD.search(m, max(sa, cs - 24), cs) if items else None
            if co and not items[-1][6]:
                # 'X said A and urged B': a verb coordinated with the cue before takes its speaker
                items.append([co.start(), cs, ce, cue, None, ce, True, surface])
                continue
            sp = _subject_left(m, sa, subj_end)
            if sp is None:
                continue
            if sp[0] == sp[1]:     # 'X said A, and called on B': same speaker as the clause before
                items.append([sp[0], cs, ce, cue, None, ce, True, surface])
                continue
            items.append([sp[0], cs, ce, cue, sp, ce, False, surface])
        if special and not any(it[1] >= sa + special.start() and it[1] < sa + special.end() for it in items):
            ss = sa + special.start()
            items.append([ss, ss, sa + special.end(), Cue("there are reports", "report", "distancing", "clause"),
                          (ss, sa + special.end()), sa + special.end(), False, special.group(0).strip()])
            items[-1][4] = (sa + special.group(0).find("reports") + special.start(), sa + special.group(0).find("reports") + special.start() + 7)
        if nominal and not items:
            ns = sa + nominal.start(1)
            items.append([ns, sa + nominal.start(2), sa + nominal.end(2), Cue(nominal.group(2), "statement", "neutral", "clause"),
                          (ns, sa + nominal.end(1) - 1), sa + nominal.end(2), False, nominal.group(2)])
        items.sort(key=lambda it: it[1])
        # drop a wire credit when the sentence names the speaker otherwise
        credits = []        # where a dropped credit starts: the statement before it ends there
        if len(items) > 1:
            credits = [it[1] for it in items if it[3].lemma == "according_to"
                       and any(o[3].lemma != "according_to" and o[4] for o in items)]
            if credits:
                items = [it for it in items if it[1] not in credits or it[3].lemma != "according_to"]
        last_sp = None
        for k, it in enumerate(items):
            clause_start, cs, ce, cue, sp, after, participle, surface = it
            if participle and sp is None:
                sp = last_sp
            if participle and sp is None:
                head = m[sa:cs]
                lead = _LEAD_ADV.match(head)
                off = lead.end() if lead else 0
                nm = _RX_LEAD_NAME.match(head[off:])
                if nm:
                    sp = (sa + off, sa + off + nm.end())
            nxt_start = sb
            for c in credits:       # '..., said X, according to Reuters': the credit is not content
                if ce < c < nxt_start:
                    nxt_start = c
            if k + 1 < len(items):
                nx = items[k + 1]
                nxt_start = nx[0] if nx[0] is not None and nx[0] > ce else nx[1]
                if nx[3].lemma == "according_to" or nx[6]:
                    mm = _re_search(r"(?:,|\s+and)?\s*$", m[ce:nx[1]])
                    nxt_start = nx[1]
                    if mm:
                        nxt_start = ce + mm.start()
            # after-content: skip adverbials and the object of 'told'
            pos = after
            rest = m[pos:nxt_start]
            adv = _ADVERBIAL.match(rest)
            if adv:
                pos += adv.end()
            if cue.frame == "told" or cue.lemma == "tell":
                obj = _RX_TOLD_OBJECT.match(m[pos:nxt_start])
                if obj and obj.group(0).strip():
                    pos += obj.end()
                adv = _ADVERBIAL.match(m[pos:nxt_start])
                if adv:
                    pos += adv.end()
            if cue.lemma == "according_to":
                pos = sp[1]
            lead_txt = m[sa:(clause_start if clause_start is not None else cs)].strip(" ,")
            rest = m[pos:nxt_start]
            after_txt = rest.strip(" ,.")
            inverted = clause_start is None and cue.lemma != "according_to"
            if inverted or _RX_COMMA_PARTICIPLE.match(rest):
                pos = nxt_start
            elif cue.lemma != "according_to" and k == 0 and not participle and lead_txt:
                if _RX_COMMA_OR_END.match(rest) and not _re_match(r"\s*,\s*(?:that|\ue000)", rest) \
                        and len(after_txt.split()) <= len(lead_txt.split()):
                    pos = nxt_start
                elif _re_match(r"(?:from|in|at|on|by|via|during|after|before|outside|inside|near|with|while|to|amid|despite|"
                               r"without|as|when)\b", after_txt) \
                        and (len(after_txt.split()) <= 8 or " that " not in after_txt) and MASK not in after_txt \
                        and lead_txt.strip(MASK + " ,.") == "":
                    # '"Q," she said, to a standing ovation' / '... she wrote on X after Monday's raids ...'
                    pos = nxt_start
            elif _RX_COMMA_THAT.match(rest) and cue.lemma != "according_to":
                pos += len(_re_match(r"\s*,\s*", rest).group(0))
            parts, kind = _content_spans(para, base, m, pos, nxt_start, quotes)
            # fronted content: 'CONTENT, X said' / '"Q," X said'
            lead_end = clause_start if clause_start is not None else cs
            if cue.lemma == "according_to":
                lead_end = cs
            if not parts and k == 0 and not participle:
                parts, kind = _content_spans(para, base, m, sa, lead_end, quotes)
            elif k == 0 and not participle and kind != "direct" and cue.lemma == "according_to" and m[sa:lead_end].strip(" ,"):
                parts, kind = _content_spans(para, base, m, sa, lead_end, quotes)
            elif parts and kind == "direct" and k == 0:
                lead, lead_kind = _content_spans(para, base, m, sa, lead_end, quotes)
                if lead and lead_kind == "direct":
                    parts = lead + parts
            if not parts or sp is None:
                continue
            first = para[parts[0][0] - base:parts[0][1] - base]
            if kind == "indirect" and _RX_ANONYMITY.match(first):
                continue        # 'asking that his name not be used', 'asking not to be named': a condition, not a statement
            if cue.lemma == "declare" and kind == "indirect" and not _re_match(r"\s*,?\s*that\b", m[after:nxt_start]) \
                    and len(first.split()) < 10:
                continue        # 'declared autonomy in 2022', 'declared a state of emergency': an act, not a statement
            if cue.lemma == "call" and kind == "mixed" and m[sp[0]:sp[0] + 5].lower() == "what ":
                # 'What the army calls a "clearance operation" has displaced ...': the label ends the statement
                q = next(((qa, qb) for qa, qb, closed in quotes if closed and qa >= parts[0][0] - base), None)
                if q is not None and base + q[1] + 1 < parts[-1][1]:
                    parts = [(parts[0][0], base + q[1] + 1)]
            if sum(len(para[a - base:b - base].split()) for a, b in parts) < 2 \
                    and not (kind == "indirect" and cue.lemma in _ONE_WORD_OBJECT_CUES
                             and fold(first.strip(" .,;")) in _ONE_WORD_OBJECTS):
                continue        # one word is no statement, but 'X claimed responsibility', 'Y denied this' are

            if cue.frame != "told" and cue.lemma == "according_to" and kind == "direct":
                kind = "direct"
            last_sp = sp
            recs.append(Raw(" ".join(surface.split()), cue.type, kind, parts, para[sp[0]:sp[1]],
                            base + sp[0], base + sp[1], pidx, base + sa))
        out.extend(recs)


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


def _is_prose(para: str, kind: str) -> bool:
    t = para.strip()
    if not t:
        return False
    if t[-1] not in "\"”’»“" and t.rstrip("\"”’»“)] \t\u00a0")[-1:] not in (".", "!", "?", "…") \
            and not _RX_DASH_CREDIT.match(t):
        return False   # headlines, section titles, captions' credits, link lines
    if _RX_NOT_PROSE.match(t):
        return False
    if t[0] in _BULLETS:
        return False   # a bullet of a summary box ('These are the latest developments:'): a headline

    if kind in ("headline", "subhead") and (len(t.split()) < 12 or not t.rstrip("\"”’»").endswith(".")):
        return False
    return True


def quotes_for_article(article_id: str, text: str, paragraphs=None, *, actors: Actors | None = None) -> list[dict]:
    """One article's text (+ paragraph spans (start, end, kind)) -> list of quote rows (QUOTE_COLUMNS)."""
    text = text or ""
    if paragraphs is None:
        paragraphs = _default_paragraphs(text)
    raws: list[Raw] = []
    for pidx, (a, b, kind) in enumerate(paragraphs):
        a, b = max(0, int(a)), min(len(text), int(b))
        if b <= a:
            continue
        mt = _DATE_PREFIX.match(text[a:b])
        if mt:
            a += mt.end()
            kind = "body" if text[a:b].rstrip().endswith(".") else "headline"
        mt = _DATELINE.match(text, a, b) if text[a:a + 1].isupper() else None
        if mt:          # 'RAFAH, Gaza Strip (AP) — ': the dateline is not the lead's content
            a = mt.end()
        para = text[a:b]
        if not _is_prose(para, kind):
            continue
        try:
            _analyse_paragraph(para, a, pidx, raws)
        except RecursionError:  # pragma: no cover - pathological input
            continue
    raws = _join_continuations(text, paragraphs, raws)
    view = actors.for_article(article_id, text) if actors is not None else None
    return _resolve(article_id, text, raws, view)


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
        if not spans:
            continue
        m = _mask(para, spans)
        if m.strip(" \t" + MASK + ".,") != "":
            continue
        parts = []
        for qa, qb, closed in spans:
            ca, cb = _strip_span(para, qa + 1, qb if closed else len(para), " \t\n,")
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
            by_para[pidx] = []
    # quote-only sentences inside a paragraph after an attributed direct quote
    return out


def extract_quotes(corpus, *, actors: Actors | None = None) -> pd.DataFrame:
    """Corpus -> one row per attributed statement (QUOTE_COLUMNS).

    `corpus` has `articles` (article_id, text) and optionally `paragraphs` (article_id, start, end, kind).
    """
    articles = corpus.articles
    paras_by_article: dict[str, list] = {}
    paragraphs = getattr(corpus, "paragraphs", None)
    if paragraphs is not None and len(paragraphs):
        kinds = paragraphs["kind"].tolist() if "kind" in paragraphs.columns else ["body"] * len(paragraphs)
        for aid, a, b, kind in zip(paragraphs["article_id"].tolist(), paragraphs["start"].tolist(),
                                   paragraphs["end"].tolist(), kinds):      # plain lists: Arrow-backed iteration is slow
            paras_by_article.setdefault(aid, []).append((int(a), int(b), str(kind)))
    rows: list[dict] = []
    for aid, text in zip(articles["article_id"].tolist(), articles["text"].tolist()):
        text = text if isinstance(text, str) else ""
        paras = paras_by_article.get(aid)
        if paras is not None:
            paras.sort()
        rows.extend(quotes_for_article(str(aid), text, paras, actors=actors))
    return to_frame(rows)


def clear_caches() -> None:
    """Forget every memoised name, token and side (for benchmarks on repeated articles, and tests)."""
    for fn in (_strip_titles, _full_name, _tokens, _gender, fold, name_key, _phrase_head, _classify_phrase):
        fn.cache_clear()


def to_frame(rows: list[dict]) -> pd.DataFrame:
    """Quote rows -> DataFrame with exactly QUOTE_COLUMNS and their dtypes.

    Each row is read once (the rows of a large corpus are spread over memory) and each column is built
    typed: a frame of objects cast with `astype` took twice as long on a small corpus.
    """
    columns = zip(*map(itemgetter(*QUOTE_COLUMNS), rows)) if rows else [()] * len(QUOTE_COLUMNS)
    return pd.DataFrame({col: pd.array(list(values), dtype=dtype)
                         for (col, dtype), values in zip(QUOTE_COLUMNS.items(), columns)})


# ------------------------------------------------------------------------------------------------
# speakers: names, coreference, sides
# ------------------------------------------------------------------------------------------------
@dataclass(slots=True)
class Mention:
    start: int
    end: int
    name: str           # title-stripped name
    gender_context: str  # the words that tell the gender (title, role, appositive)
    person: bool
    late: bool
    descriptor: str
    tokens: tuple[str, ...]     # the name's folded words (_tokens), which _fullest compares

    @property
    def gender(self) -> str:
        """"f" | "m" | "" (computed on use, memoised by _gender: most mentions are never asked)."""
        return _gender(self.gender_context)


_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "june", "july", "august", "september", "october", "november", "december"}
_QUOTE_STRIP = "\"'‘’“”„«»"
_RX_LEAD_THE = re.compile(r"^(?:The|the|Neighbouring|Neighboring)\s+")
_RX_PAREN_TAIL = re.compile(r"\s*\([^)]*\)?$")
_RX_POSS_TAIL = re.compile(r"['’]s$")
_RX_ASCII_WORDS = re.compile(r"[a-z]+")
_RX_TOKENS = re.compile(r"[\w'\-]+")
_RX_APPOS = re.compile(r",\s*((?:[^,.;]|(?<=\b[A-Z])\.){2,80})")     # keeps 'the U.N. high commissioner' whole
_RX_ROLE_APPOS = re.compile(r",\s*(?:\d{1,3}\b|(?:the|a|an|his|her|its|their)\s+(?:[\w\-'’]+\s+){0,3}(?:" + "|".join(sorted(ROLE_WORDS)) + r")\b)")
_RX_CUE_AFTER = re.compile(r"\s+(?:said|says|told|added|wrote|claimed|insisted|warned|denied|urged|called)\b")
#: a fronted participle or adverbial before the name ('Speaking to the BBC, X said') tells nothing of X's side
_RX_LEAD_PHRASE = re.compile(r"^.*?(?:^|[.\n]\s*)(?:Speaking|Talking|Writing|Asked|Interviewed|Responding|Quoted|"
                             r"In\s+an?\s+interview|Told)\b[^,.]*,\s*", re.I | re.S)
_RX_LATE = re.compile(r"\blate\b[\w\s\-]{0,30}$|\b(?:son|daughter|widow)\s+of\b[\w\s\-]{0,40}$")


def _title_tail(toks: list[str]) -> list[str] | None:
    """The personal name after a capitalised job title ending in a title noun, with the title's 'for'/'of'
    complement skipped: 'District Police Officer Asad Khan' -> Asad Khan, 'UN High Commissioner for Human
    Rights Jan Nowak' -> Jan Nowak; None when no name of two or more words follows."""
    n = len(toks)
    for i in range(n - 3, -1, -1):
        if _cap(toks[i]) and fold(toks[i]).strip(".,") in TITLE_NOUNS:
            break
    else:
        return None
    j = i + 1
    if fold(toks[j]) in ("for", "of"):
        j += 1
        k = j
        while k < n and fold(toks[k]) in TITLE_DOMAINS:
            k += 1
        j = k if k > j else j + 1       # 'for Syria Geir Pedersen': one word of place
    rest = toks[j:]
    if len(rest) < 2 or len(rest) > 4 or not all(_cap(t) for t in rest) \
            or any(fold(t) in ORG_WORDS or fold(t).strip(".") in TITLE_NOUNS for t in rest) or rest[-1].isupper():
        return None
    return rest


@lru_cache(maxsize=1 << 14)
def _strip_titles(name: str) -> str:
    """Name run without titles, quote marks, bracketed tail or possessive: 'Gen. Abdul Wudod Zara' -> 'Abdul Wudod Zara'."""
    orig = name
    toks = [t.strip("\"'‘’“”„«»") for t in name.split()]
    toks = [t for t in toks if t]
    while len(toks) > 1 and fold(toks[0]) in _LEAD_FUNCTION:
        toks.pop(0)         # 'As Jan Nowak, the envoy, told ...': a sentence's first word, not the name's
    while len(toks) > 1 and (fold(toks[0]).strip(".") in TITLES or fold(toks[0]) in TITLES or fold(toks[0]) in _CALENDAR
                             or (len(toks) > 2 and fold(toks[1]).strip(".") in TITLES and fold(toks[1]) not in ("the", "security", "army", "police"))):
        if len(toks) == 2 and fold(toks[0]).strip(".") in MODIFIER_TITLES and fold(toks[1]).strip(".") not in TITLES:
            break           # 'Air Force', 'Security Council': a modifier is a title only before a title or a name
        toks.pop(0)
    if len(toks) >= 4:
        tail = _title_tail(toks)
        if tail:
            toks = tail
    if len(toks) >= 3 and toks[0].endswith(("'s", "’s")) and not any(fold(t) in ORG_WORDS for t in toks[1:]) \
            and all(_cap(t) for t in toks[1:]) and not toks[-1].isupper():
        toks = toks[1:]     # "Reuters' / Gulfline's Jan Nowak": the outlet's possessive is not the name
    name = " ".join(toks)
    if toks and fold(toks[-1]) in ORG_WORDS:
        name = _RX_LEAD_THE.sub("", " ".join(t.strip(_QUOTE_STRIP) for t in orig.split()))
    name = _RX_PAREN_TAIL.sub("", name)
    if " of " in name and len(name.split(" of ")[0].split()) >= 2 \
            and not any(fold(t) in ORG_WORDS for t in name.split(" of ")[0].split()):
        # 'Jan Egeland of the Norwegian Refugee Council' -> the person; 'National Council of Kanessa' stays whole
        name = name.split(" of ")[0]
    return _RX_POSS_TAIL.sub("", name).strip(" ,.")


@lru_cache(maxsize=1 << 14)
def _gender(words: str) -> str:
    """"f", "m" or "" from the gendered words of `words` (Mrs, spokesman, mother ...; memoised: phrases repeat)."""
    ws = set(_RX_ASCII_WORDS.findall(fold(words)))
    f, mm = bool(ws & FEMALE), bool(ws & MALE)
    return "f" if f and not mm else "m" if mm and not f else ""


_RUNS_MEMO: list = [None, []]     # (article text, its capitalised runs) for the article being resolved


def _name_runs(text: str) -> list[re.Match]:
    """Capitalised name runs of the article at hand (shared by the person and organisation inventories)."""
    if _RUNS_MEMO[0] is not text:
        _RUNS_MEMO[0], _RUNS_MEMO[1] = text, list(_NAME_RUN.finditer(text))
    return _RUNS_MEMO[1]


@lru_cache(maxsize=1 << 14)
def _full_name(run: str) -> str | None:
    """A capitalised run of two or more words without its titles, if it can be a person's full name
    (no organisation word, a capitalised last word that is not an acronym or 'Mr'), else None."""
    name = _strip_titles(run)
    toks = name.split()
    if len(toks) < 2 or any(fold(t) in ORG_WORDS for t in toks) or not _cap(toks[-1]):
        return None
    if toks[-1].isupper() or fold(toks[-1]) in {"mr", "mrs"}:
        return None
    return name


def _inventory(text: str, actors: Actors | None) -> list[Mention]:
    """People named in an article (two or more capitalised words, titles stripped), with the evidence that
    they are people, their gender context, 'late'/'son of' marks and a descriptor."""
    out = []
    for mt in _name_runs(text):
        raw = mt.group(0)
        if " " not in raw and "\u00a0" not in raw:
            continue      # one capitalised word: a sentence start or a surname, never a full name
        name = _full_name(raw)
        if name is None:
            continue
        before = text[max(0, mt.start() - 60):mt.start()]
        after = text[mt.end():mt.end() + 90]
        appos = _RX_APPOS.match(after)
        if appos and appos.group(1).split(None, 1)[0].lower() in _cues()[0]:
            appos = None    # 'X, said the strike ... both sides': a verb phrase, not an appositive
        lead_title = raw.split()[0]
        pre_words = fold(before).split()[-3:]
        evidence = (fold(lead_title).strip(".") in TITLES and lead_title != name.split()[0]) or \
            any(w.strip(",") in ROLE_WORDS for w in pre_words) or \
            bool(_RX_ROLE_APPOS.match(after)) or bool(_RX_CUE_AFTER.match(after))
        reg = actors.lookup(name) if actors is not None else None
        if reg is not None:
            evidence = evidence or reg.is_person
        own = before[-40:]
        own = own[max(own.rfind("\n"), own.rfind(". ")) + 1:]       # the name's own sentence
        lead = _RX_LEAD_PHRASE.match(own) if "," in own else None     # (it ends in a comma)
        desc = own[lead.end() if lead else 0:] + " " + raw + " " + (appos.group(1) if appos else "")
        fb = fold(before)
        late = ("late" in fb or " of" in fb) and bool(_RX_LATE.search(fb))
        near = before[-25:]
        near = near[max(near.rfind("\n"), near.rfind(". "), near.rfind("\u2019 "), near.rfind("\" ")) + 1:]   # this sentence only
        out.append(Mention(mt.start(), mt.end(), name, near + " " + raw + " " + (appos.group(1) if appos else ""),
                           bool(evidence), late, desc, _tokens(name)))
    return out


@lru_cache(maxsize=1 << 14)
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(_RX_TOKENS.findall(fold(name)))


def _fullest(name: str, inventory: list[Mention], pos: int, *, prefer: list[str], qualifier: str = "") -> str:
    """The fullest name in the article ending with `name`'s tokens (a surname -> 'Ahmad Massoud')."""
    toks = _tokens(name)
    if not toks:
        return name
    cands: dict[str, list[Mention]] = {}
    n = len(toks)
    for mnt in inventory:
        mt = mnt.tokens
        if toks[-1] not in mt:      # each test below needs it: a quick way past the other names
            continue
        if len(mt) > n and mt[-len(toks):] == toks:
            cands.setdefault(mnt.name, []).append(mnt)
        elif mt == toks:
            cands.setdefault(mnt.name, []).append(mnt)
        elif len(toks) == 1 and len(mt) >= 3 and toks[0] in mt[1:-1]:
            cands.setdefault(mnt.name, []).append(mnt)
    if not cands:
        return name
    longest = {n: ms for n, ms in cands.items() if len(_tokens(n)) >= len(toks)}
    if len(longest) == 1:
        return max(longest, key=len)
    gq = _gender(qualifier)
    for p in reversed(prefer):
        if p in longest:
            if gq and all(x.gender not in (gq, "") for x in longest[p]):
                continue    # 'Mr Arroyo' is not the Mrs Arroyo quoted before
            if qualifier not in ("elder", "younger"):
                return p
    live = {n: ms for n, ms in longest.items() if not all(x.late for x in ms)} or longest
    order = sorted(live, key=lambda n: min(x.start for x in live[n]))
    if qualifier == "elder":
        return order[0]
    before = [(max(x.start for x in live[n] if x.start <= pos), n) for n in live if any(x.start <= pos for x in live[n])]
    if qualifier == "younger" and before:
        return max(before)[1]
    if gq:
        fitting = [(s, n) for s, n in before if any(x.gender in (gq, "") for x in live[n])]
        strict = [(s, n) for s, n in before if any(x.gender == gq for x in live[n])]
        if strict:
            return max(strict)[1]
        if fitting:
            return max(fitting)[1]
    if before:
        return max(before)[1]
    return order[0]


_ROLE_FOR_ORG = re.compile(r"^(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}(?:spokesman|spokeswoman|spokesperson|statement|representative)"
                           r"\s+(?:for|of)\s+(?:the\s+)?(.+)$", re.I)


_RX_ISSUED_BY = re.compile(r"^(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:statement|report|post|message|video|communiqu[eé]|"
                           r"tally|figures|count|data|toll)\s+(?:from|by|issued\s+by|released\s+by|published\s+by|of)\s+"
                           r"(?:the\s+)?(.+)$", re.I)
_DETERMINERS = {"one", "two", "three", "four", "five", "several", "some", "many", "most", "few", "both", "each"}
_RX_SELF_NAMED = re.compile(r"\b(?:introduc\w+|identif\w+|describ\w+|call\w+|nam\w+)\s+(?:himself|herself|themselves)\s+(?:only\s+)?as\s+(" + _NAME_RUN.pattern + r")"
                            r"|\b(?:uses|used|gave|gives|goes\s+by)\s+(?:the\s+name|the\s+nom\s+de\s+guerre|his\s+name\s+as|her\s+name\s+as)\s+(" + _NAME_RUN.pattern + r")")
_RX_RELATIVE = re.compile(r"^(?:.*?[\s,])?(?:which|that|who|whom|where|what)\s+((?:he|she|it|they|we)|the\s+[\w\-]+(?:\s+[\w\-]+)?)$", re.I)
_RX_OMITTED_RELATIVE = re.compile(r"^(?:the\s+|a\s+|an\s+)?(?:[a-z][\w\-]*\s+){1,4}(?:it|they|he|she|we)$")
_RX_CAP_ORG = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+((?:[A-Z][\w\-]+\s+)+[a-z][\w\-]+)(?:\s+(?:of|for|in)\s+.*)?$")


#: a person's own records or body stands for the person ('according to her records', 'his office said')
_RX_POSS_PERSON = re.compile(r"(?:his|her)\s+(?:own\s+)?(?:records|group|office|count|counts|figures|organisation|"
                             r"organization|team|data|tally|estimate|estimates|foundation|charity|staff|database|list)$")
#: a possessive determiner before a body's common noun: 'our own army', "the group's media office"
_RX_POSS_DET = re.compile(r"^(?:(?:our|its|their)\s+(?:own\s+)?|(?:the\s+)?(?:group|movement|organisation|organization|militia|"
                          r"army|military|government|ministry|front|rebels|militants|agency|party)['’]s\s+)(?=[a-z])", re.I)
_RX_NEIGHBOURING = re.compile(r"^(?:Neighbouring|Neighboring)\s+")


def _classify(phrase: str, text: str = "") -> tuple[str, str]:
    """Speaker phrase -> (kind, core): kind in pronoun | anaphor | role | name | unnamed."""
    p, first = _phrase_head(phrase)
    if first and text and _occurs_lower(text, first.lower()):
        p = first.lower() + p[len(first):]
    return _classify_phrase(p)


@lru_cache(maxsize=1 << 13)
def _phrase_head(phrase: str) -> tuple[str, str]:
    """A speaker phrase normalised (spaces, 'Neighbouring', a capitalised common noun lower-cased), and its
    capitalised first word if only the article can tell whether it is a common noun, else ''."""
    p = " ".join(phrase.split()).strip(" ,.")
    p = _RX_NEIGHBOURING.sub("", p)
    words = p.split()
    first = words[0] if words else ""
    first_folded = fold(first)
    titled = first_folded.strip(".") in TITLES and len(words) > 1 and words[1][:1].isupper()
    if titled:
        return p, ""        # 'Colonel Radomir Kesić': a title before a name, not a common noun
    if first[:1].isupper() and not first.isupper() and (first_folded in COMMON_SPEAKERS or first_folded.rstrip("s") in ROLE_WORDS
                                                        or first_folded in _DETERMINERS):
        return first.lower() + p[len(first):], ""
    if first[:1].isupper() and len(first) > 2:
        return p, first     # lower-cased if the article uses it in lower case ('Residents' / 'residents')
    return p, ""


@lru_cache(maxsize=1 << 13)
def _classify_phrase(p: str) -> tuple[str, str]:
    """_classify once the article has told whether the first word is a common noun (memoised: a corpus
    repeats its speaker phrases, 'he', 'the ministry', 'Taliban spokesman Zabihullah Mujahid')."""
    text = ""
    p = _re_sub(r"^(?:and|but|while|as|though|although)\s+", "", p, flags=re.I)
    lp = p.lower()
    named = ("self" in lp or "name" in lp or "nom " in lp) and _RX_SELF_NAMED.search(p)
    if named:       # 'a man who introduces himself as X' / 'who uses the name X'
        return "name", _strip_titles(named.group(1) or named.group(2))
    rel = ("which" in lp or "that" in lp or "who" in lp or "where" in lp or "what" in lp) and _RX_RELATIVE.match(p)
    if rel:         # 'the MLHS, which it calls ...' / 'the villages where the army said ...'
        return _classify(rel.group(1), text)
    if lp.endswith(("it", "they", "he", "she", "we")) and _RX_OMITTED_RELATIVE.match(p):
        return "none", p    # 'the heaviest toll it has claimed': a relative clause, not a statement
    low = fold(p)
    if low in PRONOUNS:
        return "pronoun", low
    if low.startswith(("his ", "her ")) and _RX_POSS_PERSON.match(low):
        return "pronoun", "he" if low[1] == "i" else "she"     # 'according to her records' -> her
    if low.startswith(("our ", "its ", "their ", "the ")) and (" own " in low or "'s " in low or "’s " in p):
        pd = _RX_POSS_DET.match(p)
        if pd and fold(p.split()[-1]) in ORG_WORDS:     # 'our own army', "the group's media office" -> the body's own name
            return _classify_phrase("the " + p[pd.end():])
    if low.startswith(("one of them", "one of those", "one of the two")):
        return "unnamed", p
    org = _RX_CAP_ORG.match(p)
    if org and fold(org.group(1).split()[-1]) in ORG_WORDS:     # 'The Ulema council', 'an Ulema council of ...'
        return "name", org.group(1)
    mt = _re_match(r"^the\s+(?:([\w\-]+)\s+)?([\w\-]+)$", low)
    if mt and mt.group(2) in ORG_ANAPHORS and not any(t[:1].isupper() for t in p.split()[1:]):
        return "anaphor", mt.group(2)
    mt = _re_match(r"^the\s+(?:(younger|elder|older|senior)\s+)?([\w\-]+(?:\s+[\w\-]+)?)$", p, re.I)
    if mt and not mt.group(2)[:1].isupper() and mt.group(2).split()[-1].lower() in ROLE_WORDS:
        return "role", p
    mt = _re_match(r"^the\s+(younger|elder|older)\s+(.+)$", p, re.I)
    if mt:
        return "qualified", p
    fr = _RX_ISSUED_BY.match(p)
    if fr and _cap(fr.group(1).split()[0]):
        return _classify_phrase(fr.group(1))
    ro = _ROLE_FOR_ORG.match(p)
    if ro and p[:1].isupper() and len(words := p.split()) >= 4 and (tail := _title_tail(words)):
        return "name", " ".join(tail)       # 'EU High Representative for Foreign Affairs Jan Nowak'
    if ro and ro.group(1)[:1].isupper():
        return "name", _strip_titles(ro.group(1))
    if _re_match(r"^(?:[\w'’\-]+\s+){0,3}(?:statement|video|post|report)$", low) and "'s" not in low and "’s" not in p:
        return "anaphor", "statement"
    pm = _re_match(r"^(?:the\s+)?(.+?)['’]s\s+(?:statement|video|post|report|message)$", p, re.I)
    if pm:
        owner = pm.group(1)
        if _re_match(r"(?:the\s+)?(?:[\w\-]+\s+)?([\w\-]+)$", owner, re.I) and fold(owner).split()[-1] in ORG_ANAPHORS and not any(t[:1].isupper() for t in owner.split()[1:]):
            return "anaphor", fold(owner).split()[-1]
        return _classify(owner)
    head = _re_split(r"\s+(?:of|for|at|in|from|with|who|reached|interviewed)\s+", p, maxsplit=1)[0]
    hw = head.split()
    if len(hw) >= 2 and hw[0].lower() == "the" and hw[-1].lower() in ROLE_WORDS and not any(t[:1].isupper() for t in hw[1:]):
        return "role", head
    if hw and (not _cap(hw[-1]) or hw[-1].isdigit()):
        return "unnamed", p
    lead = _NAME_RUN.match(p)
    if lead and len(lead.group(0).split()) >= 2 and p[lead.end():lead.end() + 4] == " of " \
            and not any(fold(t) in ORG_WORDS for t in lead.group(0).split()):
        return "name", _strip_titles(lead.group(0))     # 'Jan Eriksen of the aid group Nordhjelp'
    # 'The Health Ministry in Gaza': the name is the head's, not the place's
    runs = list(_NAME_RUN.finditer(_re_split(r"\s+(?:in|at|from|who|reached|interviewed)\s+", p, maxsplit=1)[0])) \
        or list(_NAME_RUN.finditer(p))
    if not runs:
        return "unnamed", p
    return "name", _strip_titles(runs[-1].group(0))


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


_OCCURS_MEMO: list = [None, {}]     # (article text, {word: bool}) for the article being resolved


def _occurs_lower(text: str, word: str) -> bool:
    """Memoised `_find_lower` for the article at hand (one article at a time: no cross-article cache)."""
    if _OCCURS_MEMO[0] is not text:
        _OCCURS_MEMO[0], _OCCURS_MEMO[1] = text, {}
    memo = _OCCURS_MEMO[1]
    if word not in memo:
        memo[word] = _find_lower(text, word)
    return memo[word]


def _find_lower(text: str, word: str) -> bool:
    r"""Whether lower-case `word` stands in `text` as a whole word, not at its very start and not right after
    another word and a space (after a comma, bracket, quote mark or line break): the old per-article regex
    `(?<![\w.] )(?<!^)\bWORD\b`, with str.find instead of a pattern compiled per word and article."""
    n, k = len(text), len(word)
    p = text.find(word)
    while p >= 0:
        ok = p > 0 and not _is_word_char(text[p - 1])
        if ok and p >= 2 and text[p - 1] == " " and (_is_word_char(text[p - 2]) or text[p - 2] == "."):
            ok = False
        if ok:
            after = text[p + k] if p + k < n else ""
            ok = (not after or not _is_word_char(after)) if _is_word_char(word[-1]) else bool(after) and _is_word_char(after)
        if ok:
            return True
        p = text.find(word, p + 1)
    return False


_RX_ACRONYM_POSS = re.compile(r"[A-Z][A-Z.]+['’]s\s+[a-z]")


def _unnamed_out(p: str) -> str:
    p = _re_sub(r"^(?:the|The)\s+", "", p.strip(" ,."))
    p = _re_sub(r"^[A-Z][\w\-]+['’]s\s+(?=[A-Z])", "", p)      # 'Yemen's Houthi rebels' -> 'Houthi rebels'
    p = _re_split(r",|\s*\(", p)[0]
    named_owner = p[:2].isupper() and _RX_ACRONYM_POSS.match(p)
    if named_owner:     # "UN's monitoring mission in Ruvia": a named body's unit keeps its place
        p = _re_split(r"\s+(?:who|which|that|holed|based|near|from|against|with|on|reached|interviewed|speaking)\b"
                      r"|\s+(?:in|at)\s+(?![A-Z])", p)[0]
    else:
        p = _re_split(r"\s+(?:who|which|that|holed|based|in|at|near|from|against|with|on|reached|interviewed|speaking)\b", p)[0]
    if p[:1].isupper() and not named_owner:
        first = p.split()[0]
        if first.lower() in {"a", "an", "one", "two", "three", "some", "several", "many", "local", "senior",
                             "residents", "relatives", "doctors", "sources", "officials", "analysts", "witnesses"} \
                or (len(p.split()) > 1 and not _cap(p.split()[1])) or len(p.split()) == 1:
            p = p[0].lower() + p[1:]
    return p


def _resolve(article_id: str, text: str, raws: list[Raw], actors: Actors | None) -> list[dict]:
    generic = actors if actors is not None else _generic_actors()
    inventory = _inventory(text, actors)
    by_name: dict[str, list[Mention]] = {}
    for mnt in inventory:
        by_name.setdefault(mnt.name, []).append(mnt)
    org_cache: list = []

    def orgs() -> list[tuple[int, str, str | None]]:
        if not org_cache:
            org_cache.append(_org_mentions(text, actors))
        return org_cache[0]

    raws = sorted(raws, key=lambda r: (r.parts[0][0] if r.parts else r.sp_start))
    history: list[tuple[int, str, str, str]] = []   # (pos, speaker, type person|org|plural, gender)
    rows = []
    for r in raws:
        kind, core = _classify(r.speaker, text)
        if kind == "none":
            continue
        speaker, stype, gender, unnamed = core, "", "", False
        pos = r.sp_start
        if kind == "pronoun":
            want = PRONOUNS[core]
            gq = "f" if core == "she" else "m" if core == "he" else ""
            if r.parts and r.parts[0][0] < pos:
                pos = r.parts[0][0]     # 'A man was killed ..., he wrote': the antecedent precedes the statement
            speaker = _last_of(history, inventory, pos, want, gq)
            if speaker is None and want == "person":
                # 'Olena Shevchenko, a volunteer in Kharkiv, said ... she said': a speaker whose name has no
                # organisation word was a person
                speaker = next((h[1] for h in reversed(history) if h[0] < pos and h[2] == "org" and len(h[1].split()) >= 2
                                and all(_cap(t) for t in h[1].split()) and not any(fold(t) in ORG_WORDS for t in h[1].split())
                                and not (actors is not None and actors.lookup(h[1]) is not None)), None)
            if want == "person" and core != "i":
                # an unnamed person described since ('a 19-year-old who ...  He said') is the nearer antecedent
                ante = _unnamed_person_before(text, pos, gq, after=_last_pos(history, inventory, speaker, pos))
                if ante:
                    speaker = ante
            subj = _RX_ORG_SUBJECT.match(text, _sentence_start(text, pos), pos) if core == "it" else None
            if subj:            # 'The government ..., which it calls ...': the sentence's own subject
                head = subj.group(2).lower()
                named = _NAME_RUN.match(text, subj.end() + 1, pos) if text[subj.end():subj.end() + 1] == " " else None
                if named:       # 'The human rights group Vigilancia Sur ...'
                    speaker = _strip_titles(named.group(0))
                else:
                    speaker = (_last_of(history, inventory, pos, "org", "", head=head)
                               or _org_before(orgs(), pos, head=head) or None)
                if speaker is None:
                    speaker = _re_sub(r"^[Tt]he\s+", "", subj.group(1))
                    want = "unnamed"
            elif want == "org":   # 'it': the body named last as a speaker, or as the subject of a later sentence
                named = _org_before(orgs(), pos, with_pos=True)
                if named and (speaker is None or (named[0] > _last_pos(history, inventory, speaker, pos)
                                                  and _is_subject(text, named[0]) and not _part_of(named[1], speaker))):
                    speaker = named[1]
            speaker = speaker or core
            stype = "org" if want == "unnamed" else want
            unnamed = speaker == core or speaker[:1].islower()
        elif kind == "anaphor":
            speaker = _last_of(history, inventory, pos, "org", "", head=core)
            gov = actors.conflicts[0].government_side if actors is not None and len(actors.conflicts) == 1 else None
            if speaker is not None and gov and core in _GENERIC_ORG_HEADS and core != "statement" \
                    and actors.side_of(speaker) == gov:
                speaker = None      # 'the group' is not the army or the ministry
            if speaker is None and core in REBEL_ANAPHORS and actors is not None:
                speaker = _org_before(orgs(), pos, side=_rebel_side(actors))
            if speaker is None and core not in REBEL_ANAPHORS:
                speaker = _org_before(orgs(), pos, head=core, not_side=gov if core in _GENERIC_ORG_HEADS else None)
            speaker = speaker or ("the " + core)
            stype = "org"
            unnamed = speaker.startswith("the ")
            if unnamed:     # the phrase with its modifiers: 'health ministry', 'media office'
                speaker = _RX_POSS_DET.sub("", _unnamed_out(r.speaker)) or core
                if not speaker.endswith(core) or len(speaker.split()) > 3 \
                        or any(w in _STOP_WORDS for w in fold(speaker).split()):
                    speaker = core
        elif kind in ("role", "qualified"):
            q = _re_match(r"^the\s+(younger|elder|older)\s+(.+)$", core, re.I)
            if q and q.group(2)[:1].isupper():
                speaker = _fullest(q.group(2), inventory, pos, prefer=[], qualifier="elder" if q.group(1).lower() != "younger" else "younger")
            else:
                role = fold(core).split()[-1]
                near = [mn for mn in inventory if mn.person and not mn.late and mn.end <= pos and pos - mn.end < 250]
                speaker = ((near[-1].name if near else None) or _role_lookup(inventory, pos, role, back=True)
                           or _role_lookup(inventory, pos, role, back=False)
                           or next((_role_lookup(inventory, pos, alt, back=False, within=400) for alt in _ROLE_SYNONYMS.get(role, ())
                                    if _role_lookup(inventory, pos, alt, back=False, within=400)), None)
                           or _last_of(history, inventory, pos, "person", _gender(role)) or _unnamed_out(core))
                if speaker[:1].isupper():
                    speaker = _fullest(speaker, inventory, pos, prefer=[])
            stype = "person"
            unnamed = not speaker[:1].isupper()
        elif kind == "name":
            reg = actors.lookup(core) if actors is not None else None
            if reg is None and actors is not None and len(core.split()) == 1:
                reg = None
            prefer = [h[1] for h in history if h[2] == "person"]
            qual = _gender(r.speaker)
            qual = "f" if qual == "f" else "mr" if qual == "m" else ""
            full = _fullest(core, inventory, pos, prefer=prefer, qualifier={"f": "mrs", "mr": "mr"}.get(qual, ""))
            speaker = full
            if len(full.split()) == 1 and reg is None and fold(full) in ORG_WORDS:
                # 'the Brigades' -> the body's full name given earlier ('Eastern Dawn Brigades')
                longer = [n for _, n, _ in orgs() if len(n.split()) > 1 and n.split()[-1] == full]
                if longer:
                    speaker = full = longer[0]
            stype = "person" if any(m.person for m in by_name.get(full, ())) or (reg is not None and reg.is_person) else "org"
            if stype == "org" and len(full.split()) >= 2 and not any(fold(t) in ORG_WORDS for t in full.split()) and full == core and qual:
                stype = "person"
        else:
            low = fold(core)
            ind = _re_match(r"^(?:a|an|one)\s+(?:[\w\-]+\s+){0,3}?([\w\-]+)(?:\s+(?:for|of|at|in|with)\b.*)?$", low)
            found = None
            if ind and "not" not in low and "anonymity" not in low and "named" not in low:
                role = ind.group(1)
                if role in ROLE_WORDS or role in ("leader", "mum"):
                    found = _role_lookup(inventory, pos, "mother" if role == "mum" else role, back=False)
            if found is None and low.startswith(("one of them", "one of those", "one of the two")):
                found = _group_before(text, pos)
                speaker = found or _unnamed_out(core)
                found = None
            else:
                speaker = found or _unnamed_out(core)
            unnamed = found is None
            stype = "person" if found else ("plural" if low.endswith("s") else "person")
        reg = actors.lookup(speaker) if (actors is not None and not unnamed) else None
        if reg is None and actors is not None and not unnamed and stype == "org":
            reg = actors.find(speaker) if len(speaker.split()) > 1 else None
            if reg is not None and fold(reg.name) not in fold(speaker) and not any(fold(a) == fold(speaker) for a in reg.aliases):
                reg = None
        descriptor = r.speaker + " " + (by_name[speaker][0].descriptor if speaker in by_name else "") + " " + _speaker_tail(text, r.sp_start, r.sp_end)
        if reg is not None:
            side = reg.side
        elif unnamed:   # the head phrase first: 'doctors' at '... General Hospital', 'he' -> 'one of two residents'
            side = (generic.side_from_context(speaker) or generic.side_from_context(r.speaker)
                    or generic.side_from_context(descriptor))
        else:
            side = (generic.side_from_context(r.speaker) or (speaker != r.speaker and generic.side_from_context(speaker))
                    or generic.side_from_context(descriptor))
        if reg is None and unnamed and fold(speaker) in ("sources", "reports", "local sources", "unconfirmed reports", "others"):
            side = None
        role = _role_of(descriptor)
        if unnamed and speaker[:1].isupper() and any(fold(w) in ORG_WORDS for w in speaker.split()[1:]):
            # "The UN's monitoring mission in X says ... It says ...": a body described, not named, is still
            # the antecedent of 'it'
            history.append((r.sp_start, speaker, "org", ""))
        if not unnamed:
            g = next((m.gender for m in by_name.get(speaker, ()) if m.gender), "")
            history.append((r.sp_start, speaker, stype or "org", g or (("f" if kind == "pronoun" and core == "she" else "m" if kind == "pronoun" and core == "he" else ""))))
        if not r.parts:
            continue
        parts = r.parts
        content = " ".join(text[a:b] for a, b in parts)
        rows.append({
            "quote_id": f"{article_id}#q{len(rows):03d}", "article_id": article_id,
            "speaker": speaker, "speaker_id": (reg.name if reg is not None else None),
            "speaker_side": side or "unknown", "speaker_role": role, "kind": r.kind, "cue": r.cue,
            "cue_type": r.cue_type, "text": content, "start": parts[0][0], "end": parts[-1][1],
            "speaker_start": r.sp_start, "speaker_end": r.sp_end, "anonymous": bool(unnamed),
        })
    return rows


_ROLE_MODIFIERS = {"high", "managing", "prime", "foreign", "defence", "defense", "interior", "deputy", "executive",
                   "country", "humanitarian", "press", "military", "regional", "special"}


_RX_ROLE = re.compile(r"(?<![a-z\-])(?:(" + trie_pattern(_ROLE_MODIFIERS) + r")\s+)?(" + trie_pattern(ROLE_WORDS) + r")(?![a-z\-])")


def _role_of(descriptor: str) -> str | None:
    """The first role word of a descriptor, with a modifier that makes it a title of its own
    ('the U.N. high commissioner for refugees' -> 'high commissioner'), else None."""
    mt = _RX_ROLE.search(fold(descriptor))
    if mt is None:
        return None
    return mt.group(1) + " " + mt.group(2) if mt.group(1) else mt.group(2)


def _speaker_tail(text: str, start: int, end: int) -> str:
    """The speaker's mention and the words after it up to its cue or the sentence's end: what tells the side
    ('Bill Roggio, managing editor of ...'), not the statement ('... told Reuters', '... from religious scholars')."""
    tail = text[end:min(len(text), end + 80)]
    cut = _RX_TAIL_STOP.search(tail)
    if cut:
        tail = tail[:cut.start()]
    cues = _find_cues(tail) if tail.strip() else []
    if cues:
        tail = tail[:cues[0][0]]
    return text[start:end] + tail


_RX_TAIL_STOP = re.compile(r"(?<!\b[A-Z])\.(?:\s|$)|,\s+which\b|\n|[\"“”«»]|\b(?:said|says|say|told|tells|added|adds|wrote|writes|claimed|claims|insisted|"
                           r"warned|denied|urged|called|stated|noted|reported|announced|confirmed|according)\b")


REBEL_ANAPHORS = {"rebels", "militants", "guerrillas", "insurgents", "separatists"}
_RX_ORG_RUN = re.compile(r"(?:[A-Z][\w'’\-]*|[A-Z]{2,})(?:\s+(?:of|for|de|du|la|pour|the)?\s*[A-Z\u00c0-\u00de][\w'’\-]*)*")
_GENERIC_ORG_HEADS = {"group", "organisation", "organization", "charity", "agency", "movement", "statement"}


def _rebel_side(actors: Actors) -> str | None:
    return actors.conflicts[0].rebel_side if len(actors.conflicts) == 1 else None


def _org_mentions(text: str, actors: Actors | None) -> list[tuple[int, str, str | None]]:
    """Organisations named in an article as (position, fullest name, registry side): registry bodies, and
    capitalised runs that end in an organisation word ('Sarqan Conflict Monitor', 'Humanitas Andina')."""
    out = []
    if actors is not None and actors._names_re is not None:
        folded = fold(text)
        if len(folded) == len(text):
            fullest: dict = {}      # (form, actor) -> its fullest name: each looked up in the text once
            for mt in actors._names_re.finditer(folded):
                actor = actors._by_key.get(name_key(mt.group(0)))
                if actor is not None and not actor.is_person:
                    key = (text[mt.start():mt.end()], actor)
                    if key not in fullest:
                        fullest[key] = _fullest_org(key[0], text, actor)
                    out.append((mt.start(), fullest[key], actor.side))
    registry_starts = {o[0] for o in out}
    for mt in _name_runs(text):
        toks = mt.group(0).split()
        if len(toks) >= 2 and fold(toks[-1]) in ORG_WORDS and mt.start() not in registry_starts:
            name = _strip_titles(mt.group(0))
            if len(name.split()) >= 2:
                actor = actors.lookup(name) if actors is not None else None
                out.append((mt.start(), name, actor.side if actor is not None else None))
    out.sort()
    return out


def _fullest_org(form: str, text: str, actor) -> str:
    """The longest of a registry body's name and aliases that the article uses (else the form found)."""
    best = form
    for f in (actor.name, *actor.aliases):
        if len(f) > len(best) and f in text:
            best = f
    return _re_sub(r"^(?:the|The)\s+", "", best)


def _org_before(orgs, pos: int, *, side: str | None = None, not_side: str | None = None, head: str = "",
                with_pos: bool = False):
    """The latest organisation named before `pos` (of `side`, not of `not_side`; whose name holds `head`
    unless the head is generic: 'the group' is not the army), as its name or (position, name)."""
    best = None
    for p, name, s in orgs:
        if p >= pos:
            break
        if (side is not None and s != side) or (not_side is not None and s == not_side):
            continue
        if head and head not in _GENERIC_ORG_HEADS and head not in fold(name):
            continue
        best = (p, name)
    if best is None:
        return None
    return best if with_pos else best[1]


def _part_of(name: str, longer: str) -> bool:
    """Whether `name` is a shorter part of the name `longer` ('UN' of "UN's monitoring mission in X")."""
    a, b = _tokens(name), _tokens(longer)
    return len(a) < len(b) and set(a) <= set(b)


def _last_pos(history, inventory, name: str | None, pos: int) -> int:
    """Position of the latest mention of `name` before `pos` (speaker history or name inventory), else -1."""
    if not name:
        return -1
    best = -1
    for hpos, hname, _, _ in history:
        if hname == name and hpos < pos:
            best = max(best, hpos)
    for mnt in inventory:
        if mnt.start < pos and (mnt.name == name or name.endswith(mnt.name)):
            best = max(best, mnt.start)
    return best


_PERSON_HEADS = (r"\d+-year-old|man|woman|boy|girl|notable|source|resident|villager|witness|survivor|farmer|shopkeeper|"
                 r"mother|father|teacher|nurse|doctor|surgeon|medic|soldier|fighter|officer|official|driver|student|refugee")
_RX_UNNAMED_PERSON = re.compile(r"(?<![\w])(?:[Aa]|[Aa]n|[Oo]ne)\s+(?:[\w\-]+\s+){0,2}?(?:" + _PERSON_HEADS + r")"
                                r"(?:\s+who\s+[^,.;\ue000]{3,80}?(?=[,.;]|\s+(?:said|says|told|recalls|recalled|added)\b))?(?=[,.;]|\s+(?:who|said|says|told|recalls|recalled|added|is|was)\b)")


_RX_SUBJECT_LEAD = re.compile(r"(?:(?:[Tt]he|[Ii]ts|[A-Z][\w\-]*['’]s|[a-z][\w\-]*)\s+){0,4}")


_RX_ORG_SUBJECT = re.compile(r"(?:(?:But|And|Meanwhile|However),?\s+)?((?:[Tt]he)\s+(?:[\w'’\-]+\s+){0,2}?"
                             r"(government|army|military|ministry|police|authorities|council|group|movement|agency|"
                             r"organisation|organization|company|court|committee|junta|regime|administration))\b"
                             r"(?![^.]*?\b(?:said|says|told)\b[^.]*?\bit\b)")


def _sentence_start(text: str, pos: int) -> int:
    """Start of the sentence holding `pos` (after the last '. ' or line break before it)."""
    dot = text.rfind(". ", 0, pos)
    return max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, pos) + 1)


def _is_subject(text: str, pos: int) -> bool:
    """Whether the mention at `pos` opens its sentence ('The FRS did not ...', 'The rights group X said ...')."""
    lead = _RX_SUBJECT_LEAD.match(text, _sentence_start(text, pos), pos)
    return lead is not None and lead.end() == pos


def _prev_para_start(text: str, pos: int) -> int:
    """Start of the paragraph before the one holding `pos` (blank lines skipped)."""
    k = text.rfind("\n", 0, pos)
    while k > 0 and text[k - 1] == "\n":
        k -= 1
    return text.rfind("\n", 0, max(0, k)) + 1


def _unnamed_person_before(text: str, pos: int, gender: str, *, after: int) -> str | None:
    """An indefinite person ('a 19-year-old who did not want to give his name') described after `after` and
    before `pos`, in the same or the previous paragraph, as the antecedent of he/she; else None."""
    lo = max(after + 1, _prev_para_start(text, pos), pos - 600)
    best = None
    for mt in _RX_UNNAMED_PERSON.finditer(text, lo, pos):
        phrase = mt.group(0)
        g = _gender(phrase)
        if gender and g and g != gender:
            continue
        best = phrase
    if best is None:
        return None
    return best[0].lower() + best[1:]


_RX_PLURAL_GROUP = re.compile(r"\b(?:two|three|four|five|six|several|some|a\s+few|\d+)\s+((?:[a-z\-]+\s+){0,2}?[a-z]+s)\b"
                              r"((?:\s+(?:reached|interviewed|contacted|who|in|at|from|of)\b[^,.;]{0,60})?)")


def _group_before(text: str, pos: int) -> str | None:
    """'one of them' -> 'one of two residents reached by phone': the last counted group named in the same or
    the previous paragraph before `pos`."""
    lo = max(_prev_para_start(text, pos), pos - 600)
    best = None
    for mt in _RX_PLURAL_GROUP.finditer(text, lo, pos):
        if fold(mt.group(1).split()[-1]) in {"years", "days", "hours", "weeks", "months", "times", "miles", "kms"}:
            continue
        best = mt
    return ("one of " + best.group(0).strip()) if best else None


def _last_of(history, inventory, pos: int, want: str, gender: str, head: str = "") -> str | None:
    """The latest speaker (or person mention) before `pos` of the wanted type and gender."""
    best = None
    for hpos, name, stype, g in history:
        if hpos >= pos:
            continue
        if want == "person" and stype != "person":
            continue
        if want == "org" and stype == "person" and head != "statement":
            continue
        if head and head not in ("statement", "group", "movement", "organisation", "organization") and head not in fold(name):
            continue
        if gender and g and g != gender:
            continue
        best = (hpos, name)
    if want == "person":
        latest = None       # the latest fitting person mention; its fullest name is computed once
        for mnt in inventory:
            if mnt.person and not mnt.late and mnt.end <= pos and (not gender or mnt.gender in ("", gender)):
                if (best is None or mnt.start > best[0]) and (latest is None or mnt.start > latest.start):
                    latest = mnt
        if latest is not None:
            best = (latest.start, _fullest(latest.name, inventory, latest.start, prefer=[]))
    return best[1] if best else None


_ROLE_SYNONYMS = {"leader": ("head", "chief", "commander"), "head": ("leader", "chief"), "chief": ("head", "leader"),
                  "spokesman": ("spokesperson", "spokeswoman"), "spokesperson": ("spokesman", "spokeswoman")}


def _role_lookup(inventory, pos: int, role: str, *, back: bool, within: int = 0) -> str | None:
    """A person mentioned with `role` in their descriptor: the latest before `pos`, or the first after."""
    rx = _rx(r"\b" + re.escape(role) + r"s?\b")
    hits = [m for m in inventory if m.person and not m.late and rx.search(fold(m.descriptor))]
    if back:
        before = [m for m in hits if m.end <= pos]
        return before[-1].name if before else None
    after = [m for m in hits if m.start > pos and (not within or m.start - pos <= within)]
    return after[0].name if after else None


@lru_cache(maxsize=1)
def _generic_actors() -> Actors:
    return Actors([])

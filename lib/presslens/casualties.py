"""Casualty claims (killed, wounded, captured, surrendered, displaced) and their de-duplicated tally.

The extractor reads one article at a time (a pure function of its text, sentences and date, so corpora can be
spread over processes): it finds every quantity in a sentence (digits, number words, ranges, bounds, vague
words, named people) and keeps it when news grammar ties it to a category cue ("34 fighters were killed",
"killed 27 soldiers", "65 wounded", "the toll rose to 14").  The rules are grammatical; the words are data
files in ``data/lexicons/`` (``casualties.yaml``, ``hedges.yaml``, ``vague_numbers.csv``).

    >>> from presslens.actors import DEFAULT_ACTORS, load_actors
    >>> rows = extract_article("a.txt", "Rebels said 34 Taliban fighters were killed and 65 wounded.",
    ...                        actors=load_actors(DEFAULT_ACTORS))
    >>> [(r["category"], r["low"], r["high"], r["victim_side"]) for r in rows]
    [('killed', 34, 34, 'taliban'), ('wounded', 65, 65, 'taliban')]

Victims' and claimants' sides come from the actor registry (``presslens.actors.Actors``: ``for_article``,
``find``, ``side_of``, ``side_from_context``); without one, victims are ``civilian`` when the words say so and
``unknown`` otherwise.
"""
from __future__ import annotations

import bisect
import csv
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from . import config
from .tables import make_table

CLAIM_COLUMNS = {
    "claim_id": "string", "article_id": "string", "category": "string", "low": "Int64", "high": "Int64",
    "vague": "string", "victim_side": "string", "victim_type": "string", "claimant": "string",
    "claimant_side": "string", "quote_id": "string", "hedged": "boolean", "hedge_cue": "string",
    "event_date": "datetime64[s]", "place": "string", "text": "string", "start": "Int64", "end": "Int64",
}

_QUOTE_CHARS = "\"“”„‟«»‹›‘’‚‛"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
           "dec"]
_AUX = {"were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "will", "would", "may", "might",
        "could", "also", "reportedly", "allegedly", "apparently", "now", "all", "still", "already", "later",
        "then", "subsequently", "each", "both", "themselves", "ever", "so", "far", "confirmed", "feared",
        "believed", "said", "to", "thought", "reported", "who", "that", "later", "eventually", "either",
        "not", "just", "only", "since", "had", "most", "mostly", "presumed", "in", "total", "say", "says",
        "being", "remain", "remains", "remained"}
_BLOCK = {"said", "says", "say", "told", "according", "when", "after", "while", "but", "because", "which",
          "and", "as", "if", "than", "claimed", "added", "adding", "insisted", "denied", "before", "where",
          "whose", "although", "though", "including", "while"}
_FUNCTION = {"in", "on", "at", "to", "by", "from", "and", "with", "for", "as", "near", "during", "since", "after",
             "before", "when", "while", "but", "or", "into", "across", "around", "inside", "outside", "over",
             "under", "between", "against", "were", "was", "are", "is", "have", "has", "had", "been", "be",
             "being", "who", "that", "which", "this", "there", "it", "they", "he", "she", "we", "i", "you",
             "will", "would", "may", "might", "could", "can", "also", "reportedly", "allegedly", "more", "last",
             "so", "far", "a", "an", "the", "among", "along", "amid", "through", "without", "about", "of",
             "overnight", "yesterday", "today", "tonight", "now", "then", "still", "said", "says", "say", "told",
             "according", "not", "alone", "too", "each", "all", "both"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_REPORT_VERBS = {"said", "says", "say", "told", "tells", "claimed", "claims", "claim", "added", "estimated",
                 "estimates", "reported", "reports", "wrote", "writes", "stated", "announced", "insisted",
                 "confirmed", "warned", "noted", "tweeted", "posted", "put", "puts", "showed", "shows"}
_TITLES = {"gen", "gen.", "general", "col", "colonel", "lt", "lieutenant", "maj", "major", "capt", "captain",
           "sgt", "sergeant", "cpl", "corporal", "private", "pte", "brig", "brigadier", "mr", "mrs", "ms", "dr",
           "commander", "president", "minister", "spokesman", "spokeswoman", "mullah", "sheikh"}


# --------------------------------------------------------------------------------------------------------------
# Lexicons
# --------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Lexicon:
    """The casualty lexicon compiled for matching (built once per process from the data files)."""
    raw: Mapping[str, Any]
    qty: re.Pattern
    zero: re.Pattern
    vague_adj: re.Pattern
    active: Mapping[tuple, str]
    passive: Mapping[tuple, str]
    nouns: Mapping[str, str]
    heads: frozenset
    singular: frozenset
    modifiers: frozenset
    non_person: frozenset
    earlier_war: re.Pattern
    roles: Mapping[str, str]
    hedges: tuple
    numbers: Mapping[str, int]
    bounds: Mapping[str, str]
    split_active: Mapping[str, Mapping[str, str]]
    toll_links: frozenset
    toll_casualties: frozenset
    noun_of: Mapping[str, str]
    civilian_context: frozenset
    mixed_context: frozenset
    gate: frozenset
    back_words: frozenset
    num_words: frozenset
    adj_words: frozenset
    hedge_sentence: re.Pattern
    hedge_before: re.Pattern
    hedge_back: re.Pattern
    back_kinds: Mapping[str, str]
    negator: re.Pattern  # hedges.yaml `negators`: 'Neither account could be verified'


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None, hedges_path: str | None = None) -> Lexicon:
    """data/lexicons/casualties.yaml + hedges.yaml -> a compiled Lexicon."""
    raw = config.load_yaml(path or config.LEXICONS / "casualties.yaml")
    hedge_raw = config.load_yaml(hedges_path or config.LEXICONS / "hedges.yaml")
    units, tens, mult = raw["units"], raw["tens"], raw["multipliers"]
    numbers = {**units, **tens, **raw["special_numbers"]}
    word = (rf"(?:(?:{_alt(tens)})(?:[- ](?:{_alt([u for u in units if units[u] < 10 and units[u] > 0])}))?"
            rf"|{_alt(units)})")
    digits = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:\.\d+)?)"
    mult_re = rf"(?:\s*(?:{_alt([m for m in mult if len(m) > 2])})|(?:m|bn)(?![a-z]))"
    num = (rf"(?:{_alt(raw['special_numbers'])}|{digits}{mult_re}?|{word}(?:\s+(?:{_alt(['hundred', 'thousand', 'million'])}))?)"
           r"(?![\w])(?![-–][a-z])(?![:/]\d)(?!\.\d)(?!%)")
    bounds = {b: kind for kind, items in raw["bounds"].items() for b in items}
    qty = re.compile(
        rf"(?<![\w:/.,$£€-])(?:(?P<bound>{_alt(bounds)})\s+)?"
        rf"(?:between\s+(?P<b1>{num})\s+and\s+(?P<b2>{num})"
        rf"|(?P<r1>{num})\s*(?:-|–|\bto\b|\bor\b)\s*(?P<r2>{num})"
        rf"|(?P<n>{num})"
        rf"|(?P<vague>{_alt(raw['vague_quantifiers'])})(?![\w-]))", re.I)
    zero = re.compile(r"\bno\s+(?:(?:civilian|military|further|other|new|serious|major|reported|confirmed)\s+)?"
                      r"(?P<noun>casualties|deaths|dead|fatalities|injuries|losses|one\s+was\s+killed)\b", re.I)
    vague_adj = re.compile(rf"\b(?P<adj>{_alt(raw['vague_adjectives'])})\s+(?:(?:civilian|military|human|"
                           rf"enemy|battlefield)\s+)?(?P<noun>losses|casualties|deaths|fatalities)\b", re.I)
    active, passive, nouns = {}, {}, {}
    for cat, kinds in raw["categories"].items():
        for w in kinds.get("active", []):
            active[tuple(w.split())] = cat
        for w in kinds.get("passive", []):
            passive[tuple(w.split())] = cat
        for w in kinds.get("nouns", []):
            nouns.setdefault(w, cat)
    roles = {w: role for role, items in raw["roles"].items() for w in items}
    hedges = tuple((h["cue"], h["kind"], h.get("scope", "sentence")) for h in hedge_raw["hedges"])
    back_kinds = {h["cue"]: ("negated" if h.get("negated") else h["kind"]) for h in hedge_raw["hedges"]
                  if h.get("scope") == "back"}
    cue_words = {k[-1] for table in (active, passive) for k in table} | set(nouns) | \
        {w.split()[-1] for w in raw["toll_words"]} | set(raw["split_active"])
    # a cheap gate: sentences without any category word cannot hold a claim (a set test on the sentence's words)
    gate = frozenset(w.lower() for w in cue_words) | {"none"}  # "lost none of their own"
    hedge_sentence = re.compile(r"\b(?P<cue>" + _alt(c for c, k, sc in hedges if sc == "sentence") + r")\b", re.I)
    hedge_back = re.compile(r"\b(?P<cue>" + _alt(c for c, k, sc in hedges if sc == "back") + r")\b", re.I)
    hedge_before = re.compile(r"\b(?P<cue>" + (_alt(c for c, k, sc in hedges if sc == "before") or "(?!)") + r")\b",
                              re.I)
    return Lexicon(
        raw=raw, qty=qty, zero=zero, vague_adj=vague_adj, active=active, passive=passive, nouns=nouns,
        heads=frozenset(raw["victim_heads"]), singular=frozenset(raw["singular_persons"]),
        modifiers=frozenset(raw["victim_modifiers"]),
        non_person=frozenset(raw["non_person_units"]) | frozenset(_MONTHS) | frozenset(_WEEKDAYS),
        # matched on lower-cased sentences: no re.I, which would slow the scan
        earlier_war=re.compile("|".join(f"(?:{p})" for p in raw["earlier_war_patterns"])), roles=roles,
        hedges=hedges, numbers=numbers, bounds=bounds, split_active=raw["split_active"],
        toll_links=frozenset(raw["toll_links"]), toll_casualties=frozenset(raw.get("toll_casualties", [])),
        noun_of={w: cat for cat, items in raw.get("noun_of", {}).items() for w in items}, civilian_context=frozenset(raw["civilian_context"]),
        mixed_context=frozenset(raw["mixed_context"]), gate=gate, hedge_sentence=hedge_sentence,
        hedge_before=hedge_before,
        hedge_back=hedge_back, back_kinds=back_kinds,
        negator=re.compile(r"\b(?:" + _alt(hedge_raw.get("negators", [])) + r")\b", re.I),
        back_words=frozenset(c.split()[-1].lower() for c, k, sc in hedges if sc == "back"),
        num_words=frozenset(w for phrase in (*units, *tens, *mult, *raw["special_numbers"], *raw["vague_quantifiers"])
                            for w in phrase.lower().split() if w not in ("a", "of")),
        adj_words=frozenset(phrase.lower().split()[0] for phrase in raw["vague_adjectives"]))


@lru_cache(maxsize=4)
def load_vague_numbers(path: str | None = None) -> dict[str, tuple[int | None, int | None]]:
    """vague_numbers.csv -> {word: (low, high)}: the one place vague words become numbers (ACLED: dozens=12)."""
    p = Path(path) if path else config.LEXICONS / "vague_numbers.csv"
    out = {}
    with open(p, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            out[row["vague"].strip().lower()] = (int(row["low"]) if row["low"].strip() else None,
                                                 int(row["high"]) if row["high"].strip() else None)
    return out


# --------------------------------------------------------------------------------------------------------------
# Sides: what the actor registry (presslens.actors.Actors) says about the article's conflict
# --------------------------------------------------------------------------------------------------------------

@dataclass
class SideWords:
    """The registry view of one article's conflict, asked through the Actors API, plus which side is the state.

    Without a registry every lookup answers None, so victims fall back to `civilian` (from the words) or
    `unknown`."""
    view: Any = None
    state: str | None = None
    nonstate: str | None = None
    belligerents: frozenset = frozenset()
    opposite: dict[str, str] = field(default_factory=dict)
    skip: frozenset = frozenset()  # role and function words: they say what kind of force, never which one
    _cache: dict = field(default_factory=dict)

    def _word(self, word: str) -> str | None:
        if word not in self._cache:
            side = self.view.side_from_context(word) if self.view is not None else None
            self._cache[word] = side if side in self.belligerents else None
        return self._cache[word]

    def side_of_words(self, words: list[str], *, person_sides: bool = False) -> str | None:
        """The belligerent side that a registry name, alias or keyword in `words` points to, else None.

        With `person_sides`, a named actor's generic side (a civilian resident, an aid worker) also counts."""
        if self.view is None or not words:
            return None
        actor = self.view.find(" ".join(words))
        if actor is not None and (actor.side in self.belligerents or (person_sides and actor.side in
                                                                        ("civilian", "ngo", "media", "un"))):
            return actor.side
        for w in words:
            if w in self.skip or not w[:1].isalpha():
                continue
            side = self._word(w)
            if side:
                return side
        return None

    def side_of_speaker(self, name: str) -> str | None:
        """A claimant's side from the registry (name, alias, descriptor), else None."""
        if self.view is None or not name:
            return None
        side = self.view.side_of(name)
        return side if side and side != "unknown" else None

    def is_name(self, phrase: str) -> bool:
        return self.view is not None and self.view.find(phrase) is not None


def _registry(actors: Any) -> Any:
    """An Actors object from an Actors object, a registry YAML path, or None."""
    if actors is None or hasattr(actors, "for_article"):
        return actors
    if isinstance(actors, (str, Path)):
        from .actors import load_actors
        return load_actors(actors)
    raise TypeError(f"actors: expected a presslens.actors.Actors (load_actors(path)) or a YAML path, "
                    f"got {type(actors).__name__}")


def side_words_for(text: str, article_id: str | None, actors: Any, lex: Lexicon) -> SideWords:
    """The side vocabulary for one article: the registry's view of the article's conflict."""
    skip = frozenset(lex.roles) | frozenset(lex.heads) | frozenset(_FUNCTION) | frozenset(lex.nouns)
    reg = _registry(actors)
    if reg is None:
        return SideWords(skip=skip)
    view = reg.for_article(article_id, text)
    conflicts = getattr(view, "conflicts", [])
    belligerents = frozenset(s for c in conflicts for s in c.sides)
    sw = SideWords(view=view, belligerents=belligerents, skip=skip)
    if len(conflicts) == 1:
        sw.state, sw.nonstate = conflicts[0].government_side, conflicts[0].rebel_side
        if sw.state and sw.nonstate:
            sw.opposite = {sw.state: sw.nonstate, sw.nonstate: sw.state}
    return sw


# --------------------------------------------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\S", re.U)


@dataclass(slots=True)
class Tok:
    text: str
    low: str
    start: int
    end: int


def _tokens(s: str, offset: int = 0) -> list[Tok]:
    return [Tok(m.group(), m.group().lower(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(s)]


_QUOTE_OUTSIDE_WORD = re.compile(rf"(?<![^\W\d_])[{_QUOTE_CHARS}]|[{_QUOTE_CHARS}](?![^\W\d_])")


#: straight single quotes used as quotation marks: a pair around a short phrase ("claims capture of 'hundreds'")
_SINGLE_QUOTED = re.compile(r"(?<![\w'])'(?=[^\s'])([^'\n]{1,60}?)(?<=[^\s'])'(?![\w'])")


def _normalise(s: str) -> str:
    """Quote marks -> spaces (same length, so offsets hold); apostrophes inside words are kept."""
    if "'" in s:
        s = _SINGLE_QUOTED.sub(lambda m: " " + m.group(1) + " ", s)
    if not any(c in s for c in _QUOTE_CHARS):
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


def _match_phrase(toks: list[Tok], i: int, table: Mapping[tuple, str]) -> tuple[int, str] | None:
    """Longest phrase of `table` starting at token i -> (length, category)."""
    for ln in (4, 3, 2, 1):
        if i + ln <= len(toks):
            key = tuple(t.low for t in toks[i:i + ln])
            if key in table:
                return ln, table[key]
    return None


# --------------------------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------------------------

def parse_number(text: str, lex: Lexicon | None = None) -> int | None:
    """'1,000' -> 1000, 'thirty-four' -> 34, '3.5 million' -> 3500000, 'a dozen' -> 12, '4 500' -> 4500.

    >>> parse_number("thirty-four"), parse_number("3.5 million"), parse_number("4 500")
    (34, 3500000, 4500)
    """
    lex = lex or load_lexicon()
    s = re.sub(r"\s+", " ", text.strip().lower())
    if s in lex.numbers:
        return lex.numbers[s]
    mult = 1
    m = re.match(r"^(.*?)\s*(hundred|thousand|million|billion|bn|m)$", s)
    if m and m.group(1):
        s, mult = m.group(1).strip(), {"hundred": 100, "thousand": 1000, "million": 10**6, "m": 10**6,
                                       "billion": 10**9, "bn": 10**9}[m.group(2)]
    if re.fullmatch(r"[\d,.\u00a0\u202f ]+", s):
        digits = re.sub(r"[,\u00a0\u202f ]", "", s)
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


def find_quantities(sent: str, lex: Lexicon, offset: int = 0) -> list[Qty]:
    """Every number, range, bound or vague amount in a (normalised) sentence, with absolute offsets."""
    out = []
    for m in lex.qty.finditer(sent):
        bound = lex.bounds.get(re.sub(r"\s+", " ", m.group("bound").lower())) if m.group("bound") else None
        if m.group("vague"):
            v = re.sub(r"\s+", " ", m.group("vague").lower())
            v = v[2:] if v.startswith("a ") else v
            out.append(Qty(m.start() + offset, m.end() + offset, None, None, v))
            continue
        if m.group("b1") or m.group("r1"):
            a = parse_number(m.group("b1") or m.group("r1"), lex)
            b = parse_number(m.group("b2") or m.group("r2"), lex)
            raw = m.group("r1") or ""
            if a is None or b is None:
                continue
            if m.group("r1") and re.fullmatch(r"(1[89]|20)\d\d", raw):
                continue  # a span of years
            if a > b:  # "20 to 3" is not a range
                continue
            out.append(Qty(m.start() + offset, m.end() + offset, a, b, None))
            continue
        raw = m.group("n")
        n = parse_number(raw, lex)
        if n is None:
            continue
        q = Qty(m.start() + offset, m.end() + offset, *_bounds(bound, n), None)
        if re.fullmatch(r"(1[89]|20)\d\d", raw.strip()):
            q.bare_number = -1  # a year unless a victim word follows
        out.append(q)
    return out


# --------------------------------------------------------------------------------------------------------------
# Per-sentence extraction
# --------------------------------------------------------------------------------------------------------------

@dataclass
class Found:
    category: str
    low: int | None
    high: int | None
    vague: str | None
    start: int
    end: int
    np_words: list[str]
    head: str | None
    subset: bool = False
    named: bool = False
    victim_hint: str | None = None
    partitive: bool = False           # "seven of the wounded", "About 170 of the dead"
    agent_end: int | None = None      # start of an active verb before the count ("the JDF captured 11 soldiers")
    toll: bool = False                # "the toll rose to 11"
    loser_end: int | None = None      # start of 'lost' before the count ("Drevlia had lost 1,240 troops")


def _np(toks: list[Tok], i: int, lex: Lexicon) -> tuple[int, list[str], str | None, bool, str | None] | None:
    """The victims' phrase after a quantity, from token i -> (end index, words, head, ok, category noun).

    Returns None when the quantity counts something else ("140 rifles", "30 km", "two tanks")."""
    words: list[str] = []
    head, cat = None, None
    j = i
    n = len(toks)
    # "14 of them", "five of the wounded", "seven or eight of its fighters"
    if j < n and toks[j].low == "of":
        k = j + 1
        if k < n and toks[k].low in {"them", "us", "whom"}:
            return k + 1, ["them"], "them", True, None
        if k < n and toks[k].low in {"the", "its", "their", "our", "his", "her", "those", "these"}:
            det = toks[k].low
            k += 1
            if k < n and (toks[k].low[0].isdigit() or toks[k].low in lex.numbers):
                return None  # "seven of the 19 soldiers": the inner number is the count
            words.append(det)
            j = k
        elif k < n and (toks[k].low in lex.heads or toks[k].low in lex.modifiers or toks[k].low in lex.nouns
                        or toks[k].text[:1].isupper() or any(toks[m].low in lex.heads or toks[m].low in lex.nouns
                                                             for m in range(k + 1, min(n, k + 3)))):
            j = k
        else:
            return i, [], None, True, None
    elif j < n and toks[j].low in {"more", "other", "others", "further", "additional"}:
        words.append(toks[j].low)
        j += 1
    start_j = j
    limit = min(n, j + 5)
    while j < limit:
        t = toks[j]
        w = t.low
        if w in lex.non_person:
            return None if j == start_j else (j, words, head, head is not None, cat)
        if w in lex.nouns and w not in ("loss",):
            if lex.nouns[w] in ("killed", "wounded", "displaced") and w in ("dead", "wounded", "injured",
                                                                                "displaced"):
                # "65 wounded", "46,200 people displaced", "six dead": adjective use, a category cue
                cat = cat or lex.nouns[w]
                if head is None and (j + 1 >= n or toks[j + 1].low not in lex.heads):
                    words.append(w)
                    head = w
                    both, end = _combined(toks, j + 1, cat, lex)  # "200 dead and wounded"
                    return end, words, head, True, both
                words.append(w)
                j += 1
                continue
            cat = lex.nouns[w]
            words.append(w)
            head = w
            if j + 2 < n and toks[j + 1].low == "of" and toks[j + 2].low == "war":  # "prisoners of war"
                words += ["of", "war"]
                return j + 3, words, head, True, cat
            return j + 1, words, head, True, cat
        if w in lex.heads or (t.text[:1].isupper() and re.fullmatch(r"[A-Z][a-z]+(?:ans|ians|is|ese)", t.text)):
            words.append(w)
            head = w
            j += 1
            if j < limit and (toks[j].low in lex.heads or toks[j].low in lex.nouns) and \
                    toks[j].low not in ("wounded", "injured", "dead", "displaced"):
                continue  # "civilian deaths", "community leaders"
            # "fighters of the Bukit Sembilan Liberation Front (BSLF)", "soldiers and police officers"
            if j + 1 < n and toks[j].low == "of" and toks[j + 1].low == "the" and j + 2 < n and toks[j + 2].text[:1].isupper():
                k = j + 2
                while k < n and (toks[k].text[:1].isupper() or toks[k].low in {"of", "de", "la", "del"}):
                    words.append(toks[k].low)
                    k += 1
                if k + 2 < n and toks[k].text == "(" and toks[k + 2].text == ")":
                    words.append(toks[k + 1].low)
                    k += 3
                j = k
            elif j + 1 < n and toks[j].low == "and" and toks[j + 1].low not in ("a", "an", "his", "its", "their") \
                    and not toks[j + 1].low[0].isdigit() and toks[j + 1].low not in lex.numbers:
                k = j + 1
                while k < min(n, j + 4) and toks[k].low not in lex.heads and (toks[k].low in lex.modifiers or toks[k].text[:1].isupper()):
                    k += 1
                if k < n and toks[k].low in lex.heads:
                    while k + 1 < n and toks[k + 1].low in lex.heads:
                        k += 1
                    words += [t.low for t in toks[j + 1:k + 1]]
                    j = k + 1
            return j, words, head, True, cat
        if w in lex.active or (w,) in lex.passive or (w,) in lex.active:
            if w in ("captured", "wounded", "injured", "displaced", "detained", "seized") and j + 1 < n and \
                    (toks[j + 1].low in lex.heads):
                cat = cat or lex.passive.get((w,))
                words.append(w)
                j += 1
                continue
            return j, words, head, True, cat
        if w in _FUNCTION or not w[0].isalnum():
            return j, words, head, True, cat
        if w in lex.modifiers or t.text[:1].isupper() or "-" in w:
            words.append(w)
            j += 1
            continue
        # an unknown lower-case word: a modifier only if a victim word follows soon
        if any(toks[k].low in lex.heads for k in range(j + 1, min(n, j + 3))):
            words.append(w)
            j += 1
            continue
        return None
    if head is None and words and all(w in lex.modifiers or w[:1].isalpha() for w in words) and j > start_j:
        # capitalised words only ("nine at Borisna" is caught by _FUNCTION; "11 Valderran" is rare): keep bare
        return j, words, head, True, cat
    return j, words, head, True, cat


def _earlier_war(sent: str, lex: Lexicon) -> bool:
    return lex.earlier_war.search(sent) is not None


def _is_hypothetical(toks: list[Tok], qi: int, lex: Lexicon) -> bool:
    cues = lex.raw.get("hypothetical_cues", [])
    for k in range(max(0, qi - 12), qi):
        if toks[k].text in {",", ";", ":"} and k < qi - 1:
            continue
        if toks[k].low in ("if", "unless") or (k + 1 < len(toks) and f"{toks[k].low} {toks[k + 1].low}" in cues
                                                and toks[k].low in ("would", "could", "were")):
            return True
    return False


def _population_context(toks: list[Tok], qi: int) -> bool:
    prev = " ".join(t.low for t in toks[max(0, qi - 3):qi])
    return bool(re.search(r"\b(home to|population of|city of|town of|village of|inhabitants of|trading town of|"
                          r"a town of|a village of|a city of|an estimated population)$", prev))


def _sentence_claims(sent: str, s_start: int, lex: Lexicon, words: Iterable[str] | None = None) -> list[Found]:
    """Casualty quantities in one sentence (absolute offsets); category, numbers and the victims' words.

    `words` (the sentence's lower-case words, when the caller has them) lets sentences without any number, vague
    word, 'no' or named victim return before the full parse."""
    norm = _normalise(sent)
    if not norm.strip() or norm.rstrip().endswith("?"):
        return []
    words = set(words) if words is not None else set(re.findall(r"[a-z]+", norm.lower()))
    has_num = _DIGIT.search(norm) is not None or not lex.num_words.isdisjoint(words)
    has_zero = "no" in words or "none" in words
    has_adj = not lex.adj_words.isdisjoint(words)
    has_named = _NAMED_GATE.search(norm) is not None
    has_single = ("a" in words or "an" in words or "another" in words) and ("was" in words or "been" in words) \
        and not lex.singular.isdisjoint(words)
    if not (has_num or has_zero or has_adj or has_named or has_single):
        return []
    low_sent = norm.lower()
    if _earlier_war(low_sent, lex):
        return []
    qtys = find_quantities(norm, lex, s_start) if has_num else []
    if not qtys and not has_named and not has_zero and not has_adj and not has_single:
        return []
    toks = _tokens(norm, s_start)
    if not toks:
        return []
    found: list[Found] = []
    consumed: set[int] = set()
    # zero claims and vague adjectives ("no civilian casualties", "heavy losses") first
    for m in (lex.zero.finditer(norm) if has_zero else ()):
        noun = m.group("noun").lower()
        cat = {"deaths": "killed", "dead": "killed", "fatalities": "killed", "injuries": "wounded"}.get(
            noun.split()[0], "casualties")
        if noun.startswith("one"):
            cat = "killed"
        words = m.group(0).lower().split()[1:]
        found.append(Found(cat, 0, 0, None, m.start() + s_start, m.end() + s_start, words, noun))
    for m in (_LOST_NONE.finditer(norm) if "none" in words else ()):  # "lost none of their own"
        found.append(Found("casualties", 0, 0, None, m.start() + s_start, m.end() + s_start, [], "losses"))
    for m in (lex.vague_adj.finditer(norm) if has_adj else ()):
        a, b = m.start() + s_start, m.end() + s_start
        if any(q.start <= a < q.end or a <= q.start < b for q in qtys if q.vague):
            continue
        cat = lex.nouns.get(m.group("noun").lower(), "casualties")
        adj = re.sub(r"\s+", " ", m.group("adj").lower())
        found.append(Found(cat, None, None, adj, a, b, [m.group("noun").lower()], m.group("noun").lower()))
    n_pre = len(found)
    pos_sorted = sorted(qtys, key=lambda q: q.start)
    for idx, q in enumerate(pos_sorted):
        if idx in consumed:
            continue
        qi = _tok_index(toks, q.start)
        qe = _tok_index(toks, q.end)
        if qi >= len(toks):
            continue
        if any(f.start <= q.start < f.end for f in found[:n_pre]):
            continue
        prev_low = toks[qi - 1].low if qi > 0 else ""
        if prev_low in ("$", "£", "€", "aged", "age", "no.", "number", "page", "route", "the") and prev_low != "the":
            continue
        if qi > 0 and toks[qi - 1].low in _MONTHS:
            continue
        if _population_context(toks, qi) or _is_hypothetical(toks, qi, lex):
            continue
        if q.low == 1 and q.high == 1 and q.vague is None and qe < len(toks) and toks[qe].low == "of":
            continue  # "one of the fighters who surrendered"
        npr = _np(toks, qe, lex)
        if npr is None:
            continue
        np_end, words, head, _, noun_cat = npr
        if q.bare_number == -1 and head is None:
            continue  # a year
        cat, end_tok, subset = None, np_end, False
        low, high, vague = q.low, q.high, q.vague
        # sums: "two officers and nine soldiers", "a prominent Taliban general and 13 bodyguards"
        j = np_end
        while j + 1 < len(toks) and toks[j].low == "and":
            nxt = next((k for k, q2 in enumerate(pos_sorted) if k > idx and _tok_index(toks, q2.start) in
                        (j + 1, j + 2) and q2.vague is None), None)
            if nxt is None:
                break
            q2 = pos_sorted[nxt]
            n2 = _np(toks, _tok_index(toks, q2.end), lex)
            if not n2 or n2[2] is None or head is None:
                break
            # only a sum when a passive cue follows both
            look = _right_cue(toks, n2[0], lex)
            if not look:
                break
            consumed.add(nxt)
            low = None if low is None or q2.low is None else low + q2.low
            high = None if high is None or q2.high is None else high + q2.high
            words += n2[1]
            j = n2[0]
            np_end = j
        # "three children and their mother": one more person after the counted ones
        if q.vague is None and head is not None and np_end + 2 < len(toks) and toks[np_end].low == "and" and \
                toks[np_end + 1].low in ("his", "her", "their", "its", "a", "an") and toks[np_end + 2].low in lex.singular:
            low = None if low is None else low + 1
            high = None if high is None else high + 1
            words += [toks[np_end + 1].low, toks[np_end + 2].low]
            np_end += 3
        singles = _singular_before(toks, qi, lex)
        if singles and q.vague is None:
            low = None if low is None else low + singles
            high = None if high is None else high + singles
            words = [t.low for t in toks[_singular_start(toks, qi, lex):qi]] + words
        # 1. an active verb right before: "killed 27 soldiers", "captured 19", "neutralised dozens of ..."
        left = _left_active(toks, qi, lex)
        if left:
            cat = left
            if q.vague and not words and noun_cat is None and head is None:
                pass
        # 1b. a harm noun and 'of' right before: "the deaths of at least 1,870 civilians", "capture of 'hundreds'"
        noun_of = None
        if cat is None and qi > 1 and toks[qi - 1].low == "of" and toks[qi - 2].low in lex.noun_of:
            cat = noun_of = lex.noun_of[toks[qi - 2].low]
        # 2. "taken 14 soldiers prisoner"
        if cat is None and qi > 0 and toks[qi - 1].low in lex.split_active and np_end < len(toks):
            for key, follow in lex.split_active[toks[qi - 1].low].items():  # "forced 8 million from their homes"
                key_words = tuple(key.split())
                if tuple(t.low for t in toks[np_end:np_end + len(key_words)]) == key_words:
                    cat, end_tok = follow, np_end + len(key_words)
                    break
        # 3. a passive cue after the victims: "were killed", "had surrendered", "have fled"
        if cat is None:
            rc = _right_cue(toks, np_end, lex)
            if rc:
                cat, end_tok = rc
        # 4. the victims' phrase is itself the cue: "65 wounded", "11 prisoners", "numerous casualties"
        if cat is None and noun_cat:
            cat = noun_cat
        # 5. a toll: "the death toll rose to 14", "number of civilians killed at about 2,400"
        is_toll = False
        if cat is None:
            cat = _toll(toks, qi, lex)
            is_toll = cat is not None
            if cat:
                back = [t.low for t in toks[max(0, qi - 24):qi]]
                if "number" in back:
                    words = back[len(back) - 1 - back[::-1].index("number") + 2:]
                elif "toll" in back:
                    ti = len(back) - 1 - back[::-1].index("toll")
                    words = back[max(0, ti - 2):ti]
                start_toll = True
        is_subset = qi > 0 and toks[qi - 1].low in ("including", "among") or \
            (qi > 1 and toks[qi - 2].low in ("including",) and toks[qi - 1].low not in (",",)) or \
            (qi > 1 and toks[qi - 2].low == "among" and toks[qi - 1].low in ("them", "whom"))
        # the next item of a subset list: "among them nine women and five children"
        listed = next((f for f in reversed(found) if f.subset), None) if qi > 0 and \
            toks[qi - 1].low in ("and", ",") else None
        if listed is not None and not (listed.end <= toks[qi - 1].start and
                                       not text_between(toks, listed.end, toks[qi - 1].start).strip(" ,")):
            listed = None
        if listed is not None and q.vague is None and head is not None and cat is None:
            is_subset = True
        if cat is None and is_subset and head is not None and q.vague is None:
            before = [f for f in found if f.start < q.start and not f.subset]
            after = _right_cue(toks, _skip_to_comma(toks, np_end), lex)
            if listed is not None:
                cat = listed.category
            elif before:
                cat = before[-1].category
            elif after:
                cat = after[0]
        # "11 soldiers were wounded, three of them critically", "three of whom were in critical condition"
        if cat is None and head == "them" and _CONDITION.match(" ".join(t.low for t in toks[np_end:np_end + 6])):
            cat = "wounded"
        if cat is None:
            continue
        if head is None and words == [] and q.vague in ("many", "several", "numerous") and not left and noun_cat is None:
            # "many" alone before a verb is too loose unless the cue follows directly
            pass
        if is_subset:
            subset = True
        start = q.start
        if singles:
            start = toks[_singular_start(toks, qi, lex)].start
        if left:
            start = min(start, toks[_left_start(toks, qi, lex)].start)
        if noun_of:
            start = min(start, toks[qi - 2].start)
        end = toks[min(end_tok, len(toks)) - 1].end if end_tok > 0 else q.end
        end = max(end, q.end)
        found.append(Found(cat, low, high, vague, start, end, words, head, subset=subset,
                           partitive=qe < len(toks) and toks[qe].low == "of",
                           agent_end=toks[qi - 1].start if left else None, toll=is_toll,
                           loser_end=toks[qi - 1].start if qi > 0 and toks[qi - 1].low in _LOST else None))
    if has_named:
        found.extend(_named_people(toks, lex, found, norm, s_start))
    if has_single:
        found.extend(_single_person(norm, s_start, lex, found))
    found.sort(key=lambda f: f.start)
    return found


_LOST_NONE = re.compile(r"\b(?:lost|losing|suffered)\s+none(?:\s+of\s+(?:its|their|our|his|her)\s+"
                        r"(?:own|men|fighters|soldiers|troops))?\b", re.I)


_SINGLE_PATTERNS: dict[int, re.Pattern] = {}


def _single_pattern(lex: Lexicon) -> re.Pattern:
    """'a/an/another [up to three modifiers] <singular person> was/has been [adverb] <passive cue>'."""
    if id(lex) not in _SINGLE_PATTERNS:
        cues = [c for c in (" ".join(k) for k in lex.passive)
                if c not in ("dead", "die", "dies", "dying") and not c.startswith("among ")]
        _SINGLE_PATTERNS[id(lex)] = re.compile(
            r"(?<![\w'’-])(?P<det>[Aa]n?|[Aa]nother)\s+(?P<mods>(?:[\w'’-]+\s+){0,3}?)(?P<noun>" +
            _alt(lex.singular) + r")\s+(?:was|has\s+been|had\s+been)\s+(?:(?:also|later|reportedly|\w+ly)\s+)?"
            r"(?P<cue>" + _alt(cues) + r")\b")
    return _SINGLE_PATTERNS[id(lex)]


def _single_person(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """One unnamed person harmed, stated on its own: 'A 64-year-old man was killed', 'a passerby was injured',
    'Another soldier was lightly hurt' -> 1 (a person inside a larger count, 'including a captain', is not)."""
    out = []
    for m in _single_pattern(lex).finditer(norm):
        a, b = m.start() + s_start, m.end() + s_start
        if any(f.start <= a < f.end or a <= f.start < b for f in found):
            continue
        mods = m.group("mods").lower().split()
        if any(w in _FUNCTION or w in _BLOCK for w in mods) or re.search(r"\b(?:of|one)\s*$", norm[:m.start()]):
            continue  # "one of a ...": not a noun phrase of its own
        cat = lex.passive.get(tuple(m.group("cue").lower().split()))
        if not cat:
            continue
        noun = m.group("noun").lower()
        out.append(Found(cat, 1, 1, None, a, b, [*mods, noun], noun))
    return out


#: a condition after 'N of them': only the wounded are in it
_CONDITION = re.compile(r"^(?:(?:were|was|are|is|remain|remained|still|now|reported|said to be|listed)\s+)*"
                        r"(?:(?:in\s+(?:a\s+)?(?:critical|serious|grave|stable|life-threatening)\s+condition)|"
                        r"critically|seriously|gravely|badly|severely)\b")


def text_between(toks: list[Tok], a: int, b: int) -> str:
    """The tokens' text between two absolute offsets, joined by spaces."""
    return " ".join(t.text for t in toks if a <= t.start and t.end <= b)


def _skip_to_comma(toks: list[Tok], j: int) -> int:
    """After a subset ('including four children'), the index past the closing comma, if any."""
    for k in range(j, min(len(toks), j + 8)):
        if toks[k].text == ",":
            return k + 1
        if toks[k].text in {".", ";"}:
            break
    return j


def _left_start(toks: list[Tok], qi: int, lex: Lexicon) -> int:
    k = qi - 1
    while k > 0 and toks[k].low in {"had", "have", "has"}:
        k -= 1
    return max(k, 0)


def _left_active(toks: list[Tok], qi: int, lex: Lexicon) -> str | None:
    """Category of an active verb right before the quantity ("killed at least 40", "captured 19")."""
    k = qi - 1
    if k > 0 and toks[k].low in ("all", "some", "another"):  # "killing all eight crew members"
        k -= 1
    if k < 0:
        return None
    for ln in (2, 1):
        if k - ln + 1 >= 0:
            key = tuple(t.low for t in toks[k - ln + 1:k + 1])
            if key in lex.active:
                return lex.active[key]
    return None


def _right_cue(toks: list[Tok], j: int, lex: Lexicon) -> tuple[str, int] | None:
    """A passive/intransitive cue after the victims, skipping auxiliaries and one comma-enclosed aside."""
    n = len(toks)
    k = j
    # one aside: ", including four children,", ", Private A and Corporal B,", ", who commanded the patrol,"
    # ... or a dash-enclosed one: "an estimated 48,000 people — about 9,600 households — fled"
    if k < n and toks[k].text in (",", "—", "–", "("):
        closer = {",": ",", "—": "—", "–": "–", "(": ")"}[toks[k].text]
        close = next((m for m in range(k + 1, min(n, k + 14)) if toks[m].text == closer), None)
        first = toks[k + 1] if k + 1 < n else None
        inner = [t.low for t in toks[k + 1:close]] if close else []
        if close and first is not None and (toks[k].text != "," or first.low in _ASIDE_OPENERS or
                                            first.text[:1].isupper() or _PERCENT_ASIDE.match(" ".join(inner)) or
                                            all(w in lex.roles or w in _ROLE_ASIDE for w in inner)):
            k = close + 1
        else:
            return None
    steps = 0
    saw_aux = False
    pp = 0
    while k < n and steps < 12:
        hit = _match_phrase(toks, k, lex.passive)
        if hit:
            ln, cat = hit
            if not saw_aux and cat != "killed" and toks[k].low in ("wounded", "injured", "captured") and \
                    k + ln < n and toks[k + ln].low in ("in", "during", "near", "at", "on", "by"):
                # "soldiers wounded in the ambush ... have died": the finite verb decides
                later = _right_cue(toks, k + ln, lex) if False else None
                for m in range(k + ln, min(n, k + ln + 10)):
                    if toks[m].low in ("have", "has", "had", "were", "was") and m + 1 < n:
                        h2 = _match_phrase(toks, m + 1, lex.passive)
                        if h2:
                            return h2[1], m + 1 + h2[0]
                    if toks[m].text in {",", ";", "."}:
                        break
                del later
            return _combined(toks, k + ln, cat, lex)
        t = toks[k]
        w = t.low
        if w in _BLOCK or t.text in {",", ";", ":", "(", ")", "—", "–"} or w[:1].isdigit() or \
                (w in lex.numbers and w not in ("a",)):
            return None
        if w in ("from", "of", "in", "at", "near", "on") and pp == 0 and not saw_aux:
            pp = 1  # a short prepositional phrase: "leaders from the village of X were detained"
        elif w in _AUX or w.endswith("ly"):
            saw_aux = saw_aux or w in {"were", "was", "are", "is", "have", "has", "had", "been"}
        elif pp and (t.text[:1].isupper() or w in ("the", "village", "town", "city", "of", "de", "del", "la",
                                                    "region", "district", "province", "area")):
            pass
        elif pp and (pp == 2 and w.isalpha() or w in ("a", "an", "its", "their") and _aux_cue_ahead(toks, k + 1, lex)):
            pp = 2  # "two staff members of an international NGO were killed"
        else:
            return None
        k += 1
        steps += 1
    return None


_ABBREVIATIONS = frozenset(["no", "st", "mt", "jr", "sr", "inc", "co", "vs", "res", "govt"])


def _abbreviation_dot(toks: list[Tok], k: int) -> bool:
    """A '.' token that closes an abbreviation ('Oct.', 'Lt.', 'U.N.'), not a sentence."""
    if toks[k].text != "." or k == 0:
        return False
    prev = toks[k - 1]
    return prev.low in _MONTHS or prev.low in _TITLES or prev.low in _ABBREVIATIONS or \
        re.fullmatch(r"[A-Z]", prev.text) is not None


#: words that open a comma-enclosed aside between the victims and their verb
_ASIDE_OPENERS = frozenset(["including", "among", "who", "mostly", "most", "many", "mainly", "both", "all", "or",
                            "some", "nearly", "almost", "about", "roughly"])
#: ", soldiers and civilians alike,"
_ROLE_ASIDE = frozenset(["and", "or", "alike", "both", "as", "well", "military", "civilian", "men", "mostly"])
#: ", 80 per cent of the population,"
_PERCENT_ASIDE = re.compile(r"^(?:or\s+|about\s+|nearly\s+|some\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent)\b")


def _aux_cue_ahead(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A finite auxiliary and a passive cue within the next four plain words: the end of a short 'of' phrase."""
    for m in range(k, min(len(toks) - 1, k + 4)):
        t = toks[m]
        if t.low in ("were", "was", "had", "have", "has") and _match_phrase(toks, m + 1, lex.passive) or \
                t.low in ("were", "was", "had", "have", "has") and m + 2 < len(toks) and \
                toks[m + 1].low == "been" and _match_phrase(toks, m + 2, lex.passive):
            return True
        if not t.low.isalpha() or t.low in _BLOCK:
            return False
    return False


def _combined(toks: list[Tok], j: int, cat: str, lex: Lexicon) -> tuple[str, int]:
    """'killed and wounded', 'dead or injured': a count of both is a count of casualties (GUIDELINES: no finer
    category). `j` is the index after the first cue -> (category, end index)."""
    if cat in ("killed", "wounded") and j + 1 < len(toks) and toks[j].low in ("and", "or"):
        hit = _match_phrase(toks, j + 1, lex.passive)
        if hit and hit[1] in ("killed", "wounded") and hit[1] != cat:
            return "casualties", j + 1 + hit[0]
    return cat, j


def _toll(toks: list[Tok], qi: int, lex: Lexicon) -> str | None:
    """'toll ... rose to 14', 'bringing the death toll to 17'; 'number of X killed at 2,400'."""
    if qi == 0:
        return None
    prev = toks[qi - 1].low
    prev2 = f"{toks[qi - 2].low} {prev}" if qi > 1 else prev
    if prev not in lex.toll_links and prev2 not in lex.toll_links:
        return None
    window = toks[max(0, qi - 24):qi - 1]
    words = [t.low for t in window]
    if "toll" in words or "count" in words and "death" in words:
        at = len(words) - 1 - words[::-1].index("toll") if "toll" in words else 0
        if any(t.text in {".", ";"} and not _abbreviation_dot(toks, max(0, qi - 24) + at + m)
               for m, t in enumerate(window[at:])):
            return None
        return "killed"
    # "bringing its total losses since the invasion to 287,650", "put their casualties at 50"
    at = max((m for m, w in enumerate(words) if w in lex.toll_casualties), default=None)
    if at is not None and len(words) - at <= 12 and not any(
            t.text in {".", ";", ","} and not _abbreviation_dot(toks, max(0, qi - 24) + at + m)
            for m, t in enumerate(window[at:])):
        return "casualties"
    if prev == "at" and "number" in words:
        i = len(words) - 1 - words[::-1].index("number")
        for k in range(qi - 1 - (len(words) - i), qi - 1):
            hit = _match_phrase(toks, k, lex.passive)
            if hit:
                return hit[1]
    return None


def _singular_start(toks: list[Tok], qi: int, lex: Lexicon) -> int:
    k = qi - 1
    if k >= 0 and toks[k].low in ("his", "its", "their"):
        k -= 1
    if k >= 0 and toks[k].low == "and":
        k -= 1
        while k >= 0 and toks[k].low not in ("a", "an") and qi - k < 8:
            k -= 1
    return max(k, 0)


def _singular_before(toks: list[Tok], qi: int, lex: Lexicon) -> int:
    """'a colonel and his four bodyguards' -> 1 (the colonel); 'A lieutenant and 11 soldiers' -> 1."""
    k = qi - 1
    if k >= 0 and toks[k].low in ("his", "its", "their", "her"):
        k -= 1
    if k < 0 or toks[k].low != "and":
        return 0
    k -= 1
    if k >= 0 and toks[k].low in lex.singular:
        m = k - 1
        while m >= 0 and qi - m < 8 and toks[m].low not in ("a", "an", "one"):
            if toks[m].low in _FUNCTION or toks[m].text in {",", ";"}:
                return 0
            m -= 1
        if m >= 0 and toks[m].low in ("a", "an", "one"):
            return 1
    return 0


_NAME = r"(?:(?:Gen|Gen\.|General|Col|Colonel|Lt|Lieutenant|Maj|Major|Capt|Captain|Sgt|Sergeant|Cpl|Corporal|Private|Brig|Brigadier|Commander|Dr|Mullah)\.?\s+)?[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+|de\s+|del\s+)?[A-Z][\w'’-]+){1,3}"


_DIGIT = re.compile(r"\d")
_NAMED_GATE = re.compile(r"\b(killed|died|dead|captured|prisoner|wounded|injured|among them|one of|among|martyred|slain)\b")


_RX_NAME = re.compile(_NAME)
#: "X and Y were killed / were among the dead"; "X, who was killed in the attack"
_RX_NAMED_VICTIMS = re.compile(
    r"(?P<subj>(?:(?:the|its|his|their|a|an)\s+[a-z]+\s+)?" + _NAME +
    r"(?:,\s*(?:who|a|an|the|his|her|their|its)[^,]{0,60},?|\s*,?\s+and\s+(?:(?:the|its|his|a|an)\s+[a-z]+,?\s+)?"
    + _NAME + r"|\s*,\s*(?:a|an|the|his)\s+[a-z]+,\s+" + _NAME + r",?)*)"
    r"\s*,?\s+(?:who\s+)?(?:had\s+|have\s+|has\s+)?(?:also\s+)?(?:been\s+|was\s+|were\s+)?"
    r"(?P<cue>killed|died|among the dead|captured|taken prisoner|wounded|injured)\b")


def _named_people(toks: list[Tok], lex: Lexicon, found: list[Found], sent: str, text_start: int) -> list[Found]:
    """Named victims counted one each: 'Fahim Dashti and Gen Abdul Wudod Zara had been killed' -> 2."""
    out = []
    if not toks:
        return out
    names_re = _RX_NAME
    group_words = {"the", "a", "an"}

    def count_names(segment: str) -> int:
        segment = re.sub(r",\s*(who|which)\b[^,]*,", ",", segment)
        parts = [p for p in re.split(r",?\s+\band\b\s+", segment) if p.strip()]
        n = 0
        for p in parts:
            ms = [m for m in names_re.finditer(p) if m.group().split()[0].lower() not in group_words]
            if not ms:
                return 0
            n += 1
        return n

    covered = [(f.start - text_start, f.end - text_start) for f in found]
    for m in _RX_NAMED_VICTIMS.finditer(sent):
        a, b = m.start(), m.end()
        if any(ca <= m.start("cue") < cb for ca, cb in covered):
            continue
        subj = m.group("subj")
        # drop a leading role ("its spokesman Fahim Dashti")
        n = count_names(subj)
        if n == 0:
            continue
        before = sent[max(0, a - 12):a].lower()
        if re.search(r"\d\s*$", before):
            continue
        cue = m.group("cue")
        cat = {"died": "killed", "among the dead": "killed", "taken prisoner": "captured",
               "injured": "wounded"}.get(cue, cue)
        hint = "own" if re.search(r"\b(its|our|their)\s+[a-z]+\s*$", sent[max(0, a - 30):a]) else None
        words = [w.lower().strip(",.") for w in subj.split()]
        out.append(Found(cat, n, n, None, a + text_start, b + text_start, words, None, named=True,
                         victim_hint=hint))
    # "The dead included X and Y"; "among them a local commander, Daniel Sembiring"; "Among the dead were a
    # teacher, her husband and their two sons"; "The martyred soldiers were identified as A, 27, B and C"
    for m in re.finditer(r"(?P<cue>[Tt]he dead (?:included|include)|among them|(?:[Aa]mong the dead|[Tt]he dead|"
                         r"[Tt]he (?:martyred|slain|killed|dead) [a-z]+) (?:were|are)(?: (?:identified|named) as)?)\s+"
                         r"(?P<list>[^;]{0,240})", sent):
        lst = m.group("list")
        # keep names, and role phrases that name a person in apposition
        lst = re.sub(r"\b(the|a|an|his|her|its)\s+[\w'’ -]*?(commander|deputy|leader|chief|head|spokesman)\b[^,]*,\s*", "", lst)
        end = m.end()
        if m.group("cue") == "among them" or m.group("cue").lower().startswith("the dead incl"):
            n = count_names(lst.rstrip(" ,"))
        else:  # one by one, with ranks, ages and appositions: "Captain Hamza Rauf, 27, a resident of X, ..."
            n = _count_listed(lst, lex)
            cut = _LIST_CUT.search(m.group("list"))
            end = m.start("list") + (cut.start() if cut else len(m.group("list").rstrip(" .")))
        if n == 0:
            continue
        cat = "killed"
        if m.group("cue") == "among them":
            prev = [f for f in found if f.start - text_start < m.start()]
            if not prev:
                continue
            cat = prev[-1].category
        words = [w.lower().strip(",.") for w in (m.group("list").split() if m.group("cue") == "among them" or
                                                  m.group("cue").lower().startswith("the dead incl") else
                                                  m.group("cue").split())]
        out.append(Found(cat, n, n, None, m.start() + text_start, end + text_start, words, None, named=True,
                         subset=m.group("cue") == "among them"))
    # "Sgt. Maj. (res.) Eitan Levi, 41, and Staff Sgt. (res.) Omer Dahan, 22, were killed"
    for m in re.finditer(r"(?:^|[:;]\s+)(?P<subj>[A-Z][^;:]{3,200}?),?\s+(?:had\s+been|have\s+been|were)\s+(?:also\s+)?"
                         r"(?P<cue>killed|captured|taken prisoner|wounded|injured)\b", sent):
        if any(ca <= m.start("cue") < cb for ca, cb in covered) or \
                any(o.start - text_start <= m.start("cue") < o.end - text_start for o in out):
            continue
        n = _count_listed(m.group("subj"), lex, names_only=True)
        if n >= 2:
            cue = m.group("cue")
            cat = {"taken prisoner": "captured", "injured": "wounded"}.get(cue, cue)
            out.append(Found(cat, n, n, None, m.start("subj") + text_start, m.end() + text_start,
                             [w.lower().strip(",.") for w in m.group("subj").split()], None, named=True))
    # "Private Kevin Arroyo, 19, was one of 14 troops seized"
    for m in re.finditer(_NAME + r"(?:,\s*\d+,)?\s+(?:was|is)\s+(?:one of|among)\s+(?:the\s+)?", sent):
        after = m.end() + text_start
        nxt = next((f for f in found if after <= f.start <= after + 3 and not f.named), None)
        if nxt:
            out.append(Found(nxt.category, 1, 1, None, m.start() + text_start, nxt.end, list(nxt.np_words), nxt.head,
                             named=True))
    return out


_LIST_CUT = re.compile(r",?\s+(?:aged|according to|who|which|when|after|as|in|on|at|near|during)\b|,\s+(?:said|says|"
                       r"the [a-z]+ said)\b")
_TITLE_WORDS = frozenset("sgt sergeant maj major lt lieutenant capt captain col colonel gen general brig brigadier adm "
                         "admiral cmdr commander cpl corporal pte pvt private spc staff first second class master chief "
                         "warrant officer lance naik havildar subedar sepoy rifleman trooper gunner res dr mr mrs ms "
                         "sheikh mullah".split())


def _count_listed(lst: str, lex: Lexicon, *, names_only: bool = False) -> int:
    """People listed one by one: names (with ranks, ages and appositions) count one each; with `names_only` False
    also 'a teacher' or 'her husband' (1) and 'their two sons' (2). 0 when an item is none of these."""
    cut = _LIST_CUT.search(lst)
    lst = (lst[:cut.start()] if cut else lst).strip(" ,.")
    lst = re.sub(r"\(\w{1,5}\.?\)", " ", lst)
    total = 0
    for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", lst):
        words = item.strip(" .").split()
        if not words:
            continue
        if re.fullmatch(r"\d{1,3}", item.strip()):
            continue  # an age: "Eitan Levi, 41, and ..."
        if words[0].lower() in ("a", "an", "the") and any(w in ("of", "from") for w in words):
            continue  # an apposition: "a resident of Chak Sultan"
        bare = [w for w in words if w.lower().strip(".") not in _TITLE_WORDS]
        if 1 <= len(bare) <= 4 and all(re.fullmatch(r"(?:al-|bin|de|del|van)?[A-Z][\w'’-]*", w) or w in ("bin", "al")
                                       for w in bare) and (len(bare) >= 2 or len(words) > len(bare)):
            total += 1
            continue
        if names_only:
            return 0
        low = [w.lower() for w in words]
        if low[0] in ("a", "an", "one", "his", "her", "their", "its") and low[-1] in lex.singular and len(low) <= 4:
            total += 1
            continue
        k = 1 if low[0] in ("his", "her", "their", "its") else 0
        n = parse_number(low[k], lex) if k < len(low) else None
        if n and low[-1] in lex.heads and len(low) - k <= 4:
            total += n
            continue
        return 0
    return total


# --------------------------------------------------------------------------------------------------------------
# Victim side, claimant, hedges, dates, places
# --------------------------------------------------------------------------------------------------------------

def _role_of(words: Iterable[str], lex: Lexicon) -> str | None:
    role = None
    for w in words:
        r = lex.roles.get(w)
        if r:
            role = r  # the head (last word) decides
    return role


#: "seven of the wounded", "About 170 of the dead", "two of the captives": the category they point back to
_ANAPHOR_HEADS = {"wounded": "wounded", "injured": "wounded", "dead": "killed", "captives": "captured",
                  "prisoners": "captured", "hostages": "captured", "detainees": "captured", "casualties": "casualties"}
_OTHER_SIDE = re.compile(r"\b(?:the other side|the enemy|enemy|the opposing side|their opponents)\b")
_PRONOUN_AGENT = re.compile(r"\b(?:it|they|we|i)\s+(?:\w+\s+){0,3}$")


def _agent_side(agent: str | None, sw: SideWords, claimant_side: str | None) -> str | None:
    """The side of whoever did the harm, from the words before an active verb: 'the JDF had captured' -> JDF;
    'it is holding' (the claimant speaking of itself) -> the claimant's side."""
    if not agent:
        return None
    clause = re.split(r"[,;:]|\b(?:said|says|that|and|but|when|while|after)\b", agent)[-1].strip()
    words = [w for w in re.findall(r"[\w'’-]+", clause) if w not in _AUX]
    if any(w in ("by", "on", "at", "in", "of", "against") for w in words[-4:]):
        return None  # "an assault by gunmen on an army checkpoint killed": the army is not the agent
    side = sw.side_of_words(words[-3:])
    if side:
        return side
    if _PRONOUN_AGENT.search(" " + clause) and claimant_side in sw.opposite:
        return claimant_side
    return None


_REPORT_SPLIT = re.compile(r"\b(?:said|says|say|told|claimed|claims|added|insisted|reported|that|according to)\b")
_BOTH_SIDES = re.compile(r"\b(both sides|each side|either side)\b")
_SUFFERED = re.compile(r"([\w'’ -]{0,40}?)\b(?:had |have |has )?(?:suffered|sustained|took|taken|retreated with)\b")
_INFLICTED_ON = re.compile(r"\binflicted\b.*?\bon (?:the )?([\w'’ -]{1,40})")
_WEEKDAY = re.compile(r"\b(?:on\s+|last\s+)?(" + "|".join(_WEEKDAYS) + r")\b")
_TODAY = re.compile(r"\b(today|this morning|tonight)\b")


def _side_of_sufferer(subj: list[str], vtype: str, *, prior: list, claimant_side: str | None, sw, lex: Lexicon):
    """(victim_side, victim_type) of the words naming who suffered the losses, or None when they do not tell."""
    side = sw.side_of_words(subj)
    if side:
        return side, vtype
    if subj and subj[-1] in ("they", "it") and prior and prior[-1]["victim_side"] not in ("unknown", "civilian"):
        return prior[-1]["victim_side"], prior[-1]["victim_type"]
    if _OTHER_SIDE.search(" ".join(subj)) and claimant_side in sw.opposite:
        return sw.opposite[claimant_side], "fighters"
    role = _role_of(subj, lex)
    if role == "state" and sw.state:
        return sw.state, vtype
    if role == "nonstate" and sw.nonstate:
        return sw.nonstate, vtype
    return None


_LOST = frozenset(["lost", "lose", "loses", "losing"])
#: aid workers as victims belong to the aid side (GUIDELINES: `ngo`)
_AID_STAFF = re.compile(r"\b(?:aid|humanitarian|relief|ngo|charity)\s+(?:convoy\s+)?(?:workers?|staff|employees|"
                        r"volunteers|personnel)\b|\b(?:staff(?:\s+members)?|workers|volunteers|employees)\s+of\s+"
                        r"(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:ngo|aid|charity|humanitarian|relief)\b")
#: a swap counts both sides' prisoners
_SWAP = re.compile(r"\b(?:swap|swaps|swapped|exchange|exchanges|exchanged)\b")
#: what a whole war did: its toll of 'people' mixes combatants and civilians
_WAR_AGENT = re.compile(r"\b(?:war|conflict|fighting|clashes|violence|insurgency)\b")
#: "14,000 of the dead were women and children": the predicate says who they were
_PREDICATE = re.compile(r"^\W*(?:were|was|are|included|include)\s+(?:mostly\s+|mainly\s+|all\s+|largely\s+)?"
                        r"(?P<who>[a-z]+)")
_MILITARY_WORDS = frozenset(["military", "soldiers", "troops", "fighters", "combatants", "servicemen", "militants",
                             "army"])


def _victim(f: Found, sent_low: str, prev_sent_low: str, sw: SideWords, lex: Lexicon, claimant_side: str | None,
            prior: list[dict], sent_words: list[str], agent: str | None = None, *, claimant: str | None = None,
            claim_low: str = "", after_low: str = "", loser: str | None = None) -> tuple[str, str]:
    """(victim_side, victim_type) from the victims' words, the sentence and the registry.

    `claim_low`: the claim's own text; `after_low`: the sentence after it; `loser`: the words before 'lost'."""
    words = [w for w in f.np_words if w not in ("the", "its", "their", "our", "his", "her", "of")]
    same = [p for p in prior if p["_sent"] == getattr(f, "start_sent", None) and p.get("claimant") == claimant]
    vtype = "unknown"
    heads = set(words)
    if heads & {"commander", "commanders", "general", "generals", "colonel", "leaders"}:
        vtype = "commanders"
    role = _role_of(words, lex)
    if f.named and role is None and any(w in _TITLES for w in words):
        role = "state"
    if role == "civilian":
        vtype = "civilians"
    elif role in ("state", "nonstate"):
        vtype = "fighters" if vtype == "unknown" else vtype
    if f.category == "casualties" and " side" in sent_low and _BOTH_SIDES.search(sent_low):
        return "both", vtype
    if f.victim_hint == "own" and claimant_side and claimant_side not in ("unknown",):
        return claimant_side, vtype
    explicit = sw.side_of_words(words, person_sides=f.named)
    if _AID_STAFF.search(claim_low) and not explicit:
        return "ngo", "aid workers"
    if role != "civilian" and ("our" in f.np_words or "its" in f.np_words and claimant_side):
        if claimant_side and claimant_side not in ("unknown", None):
            return claimant_side, vtype
    if explicit and not (role == "civilian" and explicit not in ("civilian",)):
        return explicit, vtype
    claim_words = re.findall(r"[a-z]+", claim_low) if not explicit and not f.named else []
    if claim_words and (role == "civilian" or any(lex.roles.get(w) == "civilian" for w in claim_words)) and \
            not _MILITARY_WORDS.isdisjoint(claim_words):
        return "unknown", vtype  # "8,000 Korvatians, both military and civilian", "two soldiers and a civilian"
    if loser is not None:  # "Drevlia had lost 1,240 troops": the loser's own
        clause = re.split(r"[,;:]|\b(?:said|says|that|and|but)\b", loser)[-1]
        side = sw.side_of_words([w for w in re.findall(r"[\w'’-]+", clause) if w not in _AUX][-3:])
        if side:
            return side, vtype
        if re.search(r"\b(?:it|they|we)\s+(?:\w+\s+){0,2}$", " " + clause) and claimant_side in sw.opposite:
            return claimant_side, vtype
    if f.subset and role is None and same:  # "12 militants, including two commanders": the parent's side
        parent = next((p for p in reversed(same) if p["victim_side"] != "unknown"), None)
        if parent:
            return parent["victim_side"], parent["victim_type"]
    if f.head == "them" and same and same[-1]["victim_side"] != "unknown":  # "61 injured ..., 14 of them"
        return same[-1]["victim_side"], same[-1]["victim_type"]
    if f.partitive and role is None:
        pm = _PREDICATE.match(after_low)
        if pm and lex.roles.get(pm.group("who")) == "civilian":
            return "civilian", "civilians"  # "14,000 of the dead were women, children and elderly men"
    if f.category == "captured" and role is None and _SWAP.search(sent_low) and \
            f.head in (None, "prisoners", "prisoner", "pows", "captives", "detainees"):
        return "both", vtype  # "the two sides swapped 190 prisoners of war"
    if role is None and f.head in (None, "people") and agent and _WAR_AGENT.search(agent):
        return "unknown", vtype  # "the war has killed tens of thousands of people"
    if f.partitive and f.head in _ANAPHOR_HEADS and role is None:
        cat = _ANAPHOR_HEADS[f.head]
        prev = next((p for p in reversed(prior) if p["category"] == cat and p["victim_side"] != "unknown"), None)
        if prev:
            return prev["victim_side"], prev["victim_type"]
    if claimant_side in sw.opposite and _OTHER_SIDE.search(" ".join(f.np_words)):
        return sw.opposite[claimant_side], "fighters"
    if role is None and f.agent_end is not None:
        side = _agent_side(agent, sw, claimant_side)
        if side in sw.opposite:
            return sw.opposite[side], vtype
    if f.head and f.head[:1].isalpha() and re.fullmatch(r"[a-z]+(?:ans|ians|is|ese)", f.head) and \
            f.head not in lex.heads and f.head not in lex.roles:
        return "civilian", "civilians"  # "Fourteen Velmarians are dead", "3.5 million Afghans"
    if role == "civilian":
        return "civilian", vtype
    if role == "state" and sw.state:
        return sw.state, vtype
    if role == "nonstate" and sw.nonstate:
        return sw.nonstate, vtype
    if f.category == "displaced":
        return "civilian", "civilians"
    if f.category == "casualties" and f.low == 0 and not words[1:] and claimant_side and claimant_side != "unknown":
        # "there were no casualties (among our troops)": the claimant's own side
        if "civilian" not in f.np_words:
            return claimant_side, vtype
    if "civilian" in f.np_words:
        return "civilian", "civilians"
    if f.category == "casualties" or (f.head in (None, "losses", "casualties")):
        # "opposition forces had suffered numerous casualties", "inflicted losses on the separatists"
        suffered = _SUFFERED.search(sent_low) if any(w in sent_low for w in ("suffered", "sustained", "took",
                                                                               "taken", "retreated")) else None
        inflicted_on = _INFLICTED_ON.search(sent_low) if "inflicted" in sent_low else None
        for m in (suffered, inflicted_on):
            # "the taliban said [opposition forces] had suffered", "inflicted losses on [the separatists]"
            found = m and _side_of_sufferer(_REPORT_SPLIT.split(m.group(1))[-1].split(), vtype, prior=prior,
                                            claimant_side=claimant_side, sw=sw, lex=lex)
            if found:
                return found
        if "inflicted" in sent_low and claimant_side in sw.opposite:
            return sw.opposite[claimant_side], vtype
    if words and words[-1] in ("them",) or f.head == "them":
        # resolve "14 of them" to the last force named before it
        pos = sent_low.rfind(" of them")
        ctx = (prev_sent_low + " " + sent_low[:pos if pos > 0 else len(sent_low)]).split()
        for w_i in range(len(ctx) - 1, -1, -1):
            w = ctx[w_i].strip(",.;:!?()" + _QUOTE_CHARS)
            side = sw.side_of_words([w])
            if side:
                return side, vtype
            r = lex.roles.get(w)
            if r == "civilian" or w == "people":
                return "civilian", "civilians"
            if r == "state" and sw.state:
                return sw.state, "fighters"
            if r == "nonstate" and sw.nonstate:
                return sw.nonstate, "fighters"
            if r in ("state", "nonstate"):
                return "unknown", "fighters"
    if f.subset or f.head is None or f.head in ("wounded", "injured", "dead", "prisoners", "captives", "martyrs", "losses",
                                                "casualties", "deaths", "people", "men", "them", "bodies") or \
            f.head in lex.singular:
        if f.head in ("people", None, "dead", "wounded", "injured", "deaths", "bodies") or f.subset or \
                f.head in lex.singular:
            civ = any(w in lex.civilian_context for w in sent_words) or "air strike" in sent_low
            mixed = any(w in lex.mixed_context for w in sent_words)
            if same and same[-1]["victim_side"] != "unknown" and f.head in (None, "wounded", "injured", "dead", "prisoners",
                                                                           "bodies") \
                    and same[-1]["category"] != "displaced":
                return same[-1]["victim_side"], same[-1]["victim_type"]
            if civ and not mixed and not (same and same[-1]["category"] == "displaced"):
                return "civilian", "civilians"
            # no words of their own: the civilians of the claims just before ('Another 58 people were injured.')
            known = [p for p in prior if p["victim_side"] != "unknown"]
            if f.head in (None, "dead", "wounded", "injured", "people", "bodies") and known and not mixed and \
                    (f.head not in ("people", "bodies") or getattr(f, "start_sent", 0) - known[-1]["_sent"] <= 2) and \
                    not any(p["victim_side"] != "unknown" for p in same):
                if known[-1]["victim_side"] == "civilian":
                    return "civilian", "civilians"
        if same and f.head in ("prisoners", "captives", "martyrs") and same[-1]["victim_side"] != "unknown":
            return same[-1]["victim_side"], same[-1]["victim_type"]
        if f.head in ("martyrs",) and claimant_side:
            return claimant_side, "fighters"
    if role in ("state", "nonstate"):
        return "unknown", vtype
    return "unknown", vtype


def _hedge(sent: str, lex: Lexicon) -> str | None:
    """The first distancing cue in the claim's own sentence ('claiming', 'reportedly'), else None."""
    m = lex.hedge_sentence.search(sent)
    return re.sub(r"\s+", " ", m.group("cue").lower()) if m else None


def _hedge_before(text: str, a: int, claim_start: int, lex: Lexicon) -> str | None:
    """A belief cue before the claim in its sentence: 'Officials believe at least 20 are dead'."""
    m = lex.hedge_before.search(text, a, claim_start)
    return re.sub(r"\s+", " ", m.group("cue").lower()) if m else None


def _same_sentence_unverified(text: str, a: int, b: int, f: Found, found: list[Found], lex: Lexicon,
                              hit: tuple[str, str] | None) -> str | None:
    """'It says 300 militants have been killed, figures that cannot be independently verified': an 'unverified'
    cue in the claim's own clause (between semicolons) hedges it; a cue in a clause of its own hedges the clause
    before ('7 children among those killed; figures can't be verified'). `hit`: the sentence's first back cue."""
    if hit and hit[1] == "denial":
        # '... "more than 21,400" had been killed, and an official dismisses the figure as propaganda'
        for m in lex.hedge_back.finditer(text, f.end, b):
            cue = re.sub(r"\s+", " ", m.group("cue").lower())
            if lex.back_kinds.get(cue) == "denial" and re.match(
                    r"\s+(?:the|this|that|these|those)\s+(?:\w+\s+)?" + _CLAIM_NOUNS + r"\b|\s+it\b",
                    text[m.end():b], re.I):
                return cue
        return None
    if not hit or hit[1] != "unverified":
        return None
    cue_at = a + text[a:b].lower().find(hit[0])
    bounds = [a] + [m.end() + a for m in re.finditer(";", text[a:b])] + [b + 1]
    spans = list(zip(bounds, bounds[1:]))
    ci = next(k for k, (x, y) in enumerate(spans) if x <= cue_at < y)
    fi = next(k for k, (x, y) in enumerate(spans) if x <= f.start < y)
    if fi == ci:
        return hit[0]
    own = any(spans[ci][0] <= g.start < spans[ci][1] for g in found)
    return hit[0] if not own and fi == ci - 1 else None


def _back_hedge(sent: str, lex: Lexicon) -> tuple[str, str] | None:
    """A cue that refers back to earlier claims -> (cue, kind): 'could not be verified' (unverified), 'denied'
    (denial); 'could be verified' only after a negator ('Neither account could be independently verified')."""
    for m in lex.hedge_back.finditer(sent):
        cue = re.sub(r"\s+", " ", m.group("cue").lower())
        kind = lex.back_kinds.get(cue, "unverified")
        if kind == "negated":
            if not lex.negator.search(sent[:m.start()]):
                continue
            kind = "unverified"
        return cue, kind
    return None


_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?(?P<who>[^,.;:()]{2,80})")
_SAID_AFTER = re.compile(r"(?:,|\.|”|\"|')\s*(?P<who>(?:the\s+)?[\w'’. -]{2,70}?)\s+(?:said|says|told|added|"
                         r"claimed|wrote|reported|estimated|estimates)\b")
_SUBJ_SAID = re.compile(r"(?:^|[.;]\s+|\bthat\s+)?(?P<who>\b(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*|\b(?:the|a|an)\s+"
                        r"[\w'’ -]{2,60}?|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s*(?:,[^,]{1,80},\s*)?\s+(?:had\s+|also\s+)?"
                        r"(?P<verb>said|says|told|claimed|claims|estimated|estimates|reported|wrote|stated|announced|"
                        r"insisted|confirmed|added|put|puts|tweeted|posted|report|say|believes|believe|fears|fear|"
                        r"(?<=statement )read)"
                        r"\b(?!['’])")


#: a capitalised title before a name: 'Shahpur Kohna District Police Officer Asad Mehmood'
_CAP_TITLE = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){0,4}(?i:officer|minister|commander|spokesman|spokeswoman|"
                        r"spokesperson|governor|secretary|director|chief|mayor|inspector|superintendent|commissioner|"
                        r"coordinator|envoy|ambassador)\s+(?:(?:for|of)\s+(?:[A-Z][\w'’-]*\s+){1,3})?(?=[A-Z][a-z])")
#: words before a speaker that are not part of the name: 'Its spokesman X', 'the nom de guerre X', 'As X'
_LEAD_NOISE = re.compile(r"^(?:(?:[Aa]s|[Aa]nd|[Bb]ut|[Ww]hile)\s+(?=[A-Z])|(?:the\s+)?nom\s+de\s+guerre\s+|"
                         r"(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)(?:\s+own)?\s+(?:[a-z-]+\s+){0,2}?"
                         r"(?:spokesman|spokeswoman|spokesperson|commander|leader|chief|head|adviser|advisor)\s+"
                         r"(?=[A-Z])|[Oo]ur\s+own\s+(?=[a-z]))")


def _strip_speaker_noise(who: str) -> str:
    """A quote table's speaker without words that are not its name ('Its spokesman', 'the nom de guerre', a
    capitalised title); unnamed role phrases ('a spokeswoman for X') are kept whole."""
    if not who or (re.match(r"^(?:[Aa]n?|[Tt]he)\s", who) and not re.match(r"^the\s+nom\s+de\s+guerre\s", who, re.I)):
        return who
    return _CAP_TITLE.sub("", _LEAD_NOISE.sub("", who)) or who


def _clean_claimant(who: str) -> str:
    who = re.sub(r"\s+", " ", who).strip(" ,.;:'\"“”‘’")
    who = _LEAD_NOISE.sub("", who)
    who = _CAP_TITLE.sub("", who)
    who = re.sub(r"^(the|an|a)\s+(charity|aid group|aid agency|human rights group|rights group|group|agency|"
                 r"organisation|organization|movement|ngo)\s+", "", who, flags=re.I)
    who = re.sub(r"^(?:the\s+)?(?:[a-z-]+\s+)*(spokesman|spokeswoman|official|minister|commander|leader|director|"
                 r"coordinator|chief|head)\s+(?=[A-Z])", "", who)
    who = re.sub(r"^(?:(?:Gen|Gen\.|General|Col|Colonel|Brigadier General|Brig|Major|Maj|Lt|Captain|Capt|Dr|Mr|Mrs|"
                 r"Ms|Defence Minister|Defense Minister|President|Colonel-Major)\.?\s+)+", "", who)
    return who.strip()


#: cues whose content is an appeal or a question, not an assertion of fact: a figure inside it is not claimed
_APPEAL_CUES = re.compile(r"^(?:begged|begs|beg|urged|urges|urge|asked|asks|appealed|appeals|called on|calls on|"
                          r"implored|pleaded|pleads|demanded|demands|vowed|vows|pledged|pledges|wondered)\b", re.I)
#: a quote 'text' that opens with a subordinator is the cue's adverbial ("wrote on X after Monday's raids ...")
_ADVERBIAL = re.compile(r"^\W*(?:after|before|when|while|during|in which)\b", re.I)
#: speakers the quote table (or the sentence) leaves unresolved: pronouns and bare group nouns
_GENERIC_SPEAKER = re.compile(r"^(?:the\s+)?(?:[a-z]+\s+)?(?:it|they|he|she|group|organi[sz]ation|movement|rebels|guerrillas|"
                              r"separatists|militants|insurgents|fighters|monitor|agency|charity|network|front|"
                              r"ministry|report|statement)$", re.I)
_BULLETS = "•·▪◦*-–"


def _list_intro(sentences: list[tuple[int, int]], sent_texts: list[str], si: int, text: str) -> int | None:
    """Index of the line that introduces a bulleted list ('The report's other key figures:'), else None."""
    for k in range(si - 1, max(-1, si - 30), -1):
        line = sent_texts[k].strip()
        if line[:1] in _BULLETS:
            continue
        return k if line.endswith(":") else None
    return None


_GROUP_WORDS = {"group", "organisation", "organization", "charity", "network", "movement", "front"}
_REBEL_WORDS = {"rebels", "guerrillas", "separatists", "militants", "insurgents", "fighters", "movement", "front"}
#: a trailing attribution: "..., while rockets killed nine civilians, local authorities said."
_TRAILING_CUE = re.compile(r",\s*(?P<who>(?:the\s+|a\s+|an\s+)?[\w'’. -]{2,60}?)\s+(?:said|say|says|reported|reports|"
                           r"told [\w'’. ]{2,30}?)\s*[.”\"']*\s*$")
#: an embedded post's credit line: "— Lantara Army (@LantaraArmy), August 9, 2024"
_POST_CREDIT = re.compile(r"[—–]\s*(?P<who>[A-Z][^\n(—–]{1,60}?)\s*\(@\w+\)")


def _speaker_inside(q: Mapping, f: Found, text: str = "") -> bool:
    """True when the quote row's speaker is the claim's own victims: its span lies inside the claim, or its name
    is the claim's subject ('A 64-year-old man was killed ..., he wrote' -> speaker 'a 64-year-old man')."""
    ss, se = q.get("speaker_start"), q.get("speaker_end")
    if ss is not None and se is not None and f.start <= ss and se <= f.end:
        return True
    name = (q.get("speaker") or "").strip().lower()
    return bool(name) and name[:2] in ("a ", "an") and text[f.start:f.end].lower().startswith(name)


def _usable_quote(q: Mapping) -> bool:
    """False for quote rows that cannot carry a claim: appeals, and 'quotes' that are the cue's adverbial."""
    return not (_APPEAL_CUES.match(str(q.get("cue") or "")) or _ADVERBIAL.match(str(q.get("text") or "")))


_BODY_ROLE = re.compile(r"\b(?:group|agency|organi[sz]ation|network|ministry|army|police|front|movement|monitor|"
                        r"office|charity|council|government|forces|party|radio|newspaper|hospital|clinic|body)\b", re.I)


def _is_body(actor: Any) -> bool:
    """An organisation or body (not a person): the registry's `kind`, else its role words, else its name."""
    if actor.kind:
        return actor.kind != "person"
    return bool(_BODY_ROLE.search(actor.role or "")) or not actor.is_person


def _resolve_generic(name: str, before: list[str], sw: SideWords, after: Iterable[str] = ()) -> str:
    """'it', 'the group', 'rebels' -> the organisation the article last named (registry actors only)."""
    if sw.view is None or not _GENERIC_SPEAKER.match(name.strip()) or sw.view.lookup(name) is not None:
        return name
    word = name.strip().lower().split()[-1]
    if word in ("he", "she"):
        return name
    # 'the ministry': the last-named body whose name says ministry, before any other body
    if word not in ("it", "they", "report"):
        for sent in [*reversed(before[-6:]), *after]:
            for clause in reversed(re.split(r"[,;(]", sent)):
                actor = sw.view.find(clause)
                if actor is not None and _is_body(actor) and \
                        any(word in n.lower().split() for n in (actor.name, *actor.aliases)):
                    return actor.name
    # the organisation named last before; for a headline, the first one named after it
    for sent in [*reversed(before[-6:]), *after]:
        for clause in reversed(re.split(r"[,;(]", sent)):
            actor = sw.view.find(clause)
            if actor is None or not _is_body(actor):
                continue
            if word in _REBEL_WORDS and sw.nonstate and actor.side != sw.nonstate:
                continue
            if word in _GROUP_WORDS and sw.state and actor.side == sw.state:
                continue  # "the group" is not the state's army or ministry
            return actor.name
    if word in _REBEL_WORDS and sw.nonstate:  # "the rebels": the conflict's one rebel body, when there is one
        bodies = {a.name for a in sw.view.actors if a.side == sw.nonstate and _is_body(a)}
        if len(bodies) == 1:
            return bodies.pop()
    return name


def _registry_tail(name: str, sw: SideWords) -> Any:
    """The registry actor that ends a longer speaker phrase: 'Its spokesman Sher Zaman Kohdamani', 'the nom de
    guerre Abu Khalid', 'District Police Officer Asad Mehmood'; a one-word alias ('army') only after lower-case
    words ('our own army'), so 'Russian army' is not another state's 'army'."""
    words = name.split()
    for k in range(1, len(words)):
        tail, head = " ".join(words[k:]), words[:k]
        if len(words) - k < 2 and any(w[:1].isupper() for w in head):
            continue
        if any(w.lower() in ("for", "of", "at", "from", "with", "to") for w in head):
            return None  # 'a spokeswoman for Borisna General Hospital' is not the hospital
        actor = sw.view.lookup(tail)
        if actor is not None:
            return actor
    return None


def _canonical(name: str | None, sw: SideWords) -> str | None:
    """A claimant as the registry names it ('army' -> "Lantara's army"), else as written, leading article lower."""
    if not name:
        return name
    if sw.view is not None:
        actor = sw.view.lookup(name)
        if actor is None:
            actor = _registry_tail(name, sw)
        if actor is not None:
            return actor.name
    name = re.sub(r"\s*\([^)]*$", "", name)  # an unclosed "(AMS"
    return re.sub(r"^(The|A|An)\s+(?=[a-z])", lambda m: m.group(1).lower() + " ", name)


_HEAD_SUBJ = re.compile(r"(?:^\s*|:\s+)(?P<who>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})\s+(?:claims|claim|says|say|"
                        r"estimate|estimates|reports|report)\b(?!['’])")
_LEAD_SUBJ = re.compile(r"\s*(?P<who>(?:[A-Z][\w'’.-]*|[a-z][\w'’.-]*)(?:\s+[\w'’.-]+){0,4}?)\s+(?:said|says|say|"
                        r"reported|reports|claimed|claims|told|estimated|estimates|announced|believe|believes|fear|"
                        r"fears)\b")
_ROLE_FOR = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,3}(?:for|of|at|from)\s+(?:the\s+)?$")
_RELATIVE = re.compile(r",\s*(?:who|which)\b[^,]*,")


_CUE_WORDS = re.compile(r"\b(?:said|says|told|according)\b")
_WORD_SPLIT = re.compile(r"[^\w\s]|_")


def _claimant_fallback(sent: str, people: list[str], last_speaker) -> tuple[str | None, bool]:
    """Claimant from the sentence: 'according to X', 'X said', pronoun -> the last named speaker."""
    sent = sent.lstrip("\u2022\u25aa\u25e6\u2023\u25cf\u25a0 ")     # a summary bullet is no word of the sentence
    m = _ACCORDING.search(sent)
    if m:
        who = m.group("who")
        who = re.split(r"\s+(?:who|which|that)\b", who)[0]
        caps = re.search(r"((?:[A-Z][\w'’-]+\s+){1,5}[A-Z][\w'’-]+|[A-Z]{2,})\s*$", who.strip())
        if caps and not re.match(r"^(two|three|several|local|our|some)\b", who.strip(), re.I):
            who = caps.group(1)
        return _clean_claimant(who) or None, True
    m = _HEAD_SOURCE.search(sent)  # a headline's source after a colon: "... kills 23, wounds dozens: doctors"
    if m and not re.search(r"\d\s*:\s*$", sent[:m.start() + 1]):
        return _clean_claimant(m.group("who")), True
    m = _HEAD_SUBJ.search(sent)  # "Lantara: army claims 300 rebels killed", "Rights groups estimate that ..."
    if m and m.group("who").lower() not in ("he", "she", "they", "it", "we", "i", "the", "a", "an") and \
            _could_speak(m.group("who")):
        return _clean_claimant(m.group("who")), True
    m = _LEAD_SUBJ.match(sent)  # "Israel's military said ...", "Hospital officials reported ..."
    if m and m.group("who").lower() not in ("he", "she", "they", "it", "we", "i", "a", "an", "the") and _could_speak(m.group("who")):
        who = _clean_claimant(m.group("who"))
        return _full_name(who, people) or who, True
    best = None
    for m in _SUBJ_SAID.finditer(sent):
        if _could_speak(m.group("who")) and m.group("who").lower() not in ("a", "an", "the"):   # 'An estimated 48,000'

            best = m
        break
    if best:
        who = best.group("who").strip()
        if who.lower() in ("he", "she", "they", "it"):
            return last_speaker(), True
        role = _ROLE_FOR.search(sent[:best.start("who")])
        if role:  # "A spokeswoman for Borisna General Hospital said": the phrase itself
            return role.group(0)[0].lower() + role.group(0)[1:] + who, True
        who = _clean_claimant(who)
        full = _full_name(who, people)
        return full or who or None, True
    m = re.search(r"\bsaid\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*)", sent)
    if m:
        who = _clean_claimant(m.group("who"))
        return _full_name(who, people) or who, True
    m = _TRAILING_CUE.search(sent)  # "..., officials said."
    if m and m.group("who").strip().lower() not in ("he", "she", "they", "it", "we", "i") and \
            _could_speak(m.group("who")):
        return _clean_claimant(m.group("who")), True
    return None, False


#: a headline ending in its source: "Seven soldiers martyred in ambush: AFMD", "... wounds dozens: doctors"
_HEAD_SOURCE = re.compile(r"^[^.:]{10,}:\s*(?P<who>[A-Za-z][\w'’.-]*(?:\s+[\w'’.-]+){0,3})\s*$")
_NOT_SPEAKER_END = frozenset("were was are is been be being have has had must can could should would will may might "
                             "do does did".split())
_FIRST_PERSON = frozenset("i we our us my me".split())


def _could_speak(who: str) -> bool:
    """False for a 'subject' that is a passive clause or the writer ('Three civilians were reported killed',
    'No casualties were reported', 'But I must say clearly: ...')."""
    words = who.strip().split()
    if not words:
        return False
    low = [w.lower().strip(",.;:") for w in words]
    return low[-1] not in _NOT_SPEAKER_END and _FIRST_PERSON.isdisjoint(low) and low[0] != "no"


def _full_name(who: str, people: list[str]) -> str | None:
    """'Mohammadi' -> 'Bismillah Mohammadi' when the article named the person in full earlier."""
    if not who or " " in who.strip():
        return None
    for p in reversed(people):
        if p.split()[-1] == who and p != who:
            return p
    return None


_PERSON = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:al-|bin\s+|Ag\s+)?[A-Z][a-zA-Z'’-]+){1,3}")


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
    if ("to" in sent_low or "morning" in sent_low) and _TODAY.search(sent_low):
        return published
    return None


_PLACE = re.compile(r"\b(?:in|near|at|around|outside|inside|into|of)\s+(?:the\s+)?(?:village|town|city|district|"
                    r"province|valley|region|capital)?\s*(?:of\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
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


# --------------------------------------------------------------------------------------------------------------
# Articles
# --------------------------------------------------------------------------------------------------------------

_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """A light splitter (paragraphs, then sentence ends) for use without the corpus tables."""
    spans = []
    for pm in re.finditer(r"[^\n]+", text):
        p_start = pm.start()
        para = pm.group()
        last = 0
        for m in re.finditer(r"(?<=[.!?…])[\"”’»']?\s+(?=[\"“‘«„A-Z0-9])", para):
            prev_word = re.search(r"(\S+)$", para[last:m.start()])
            if prev_word and re.fullmatch(r"(?:[A-Z][a-z]{0,3}\.|[A-Z]\.|U\.S\.|U\.N\.|a\.m\.|p\.m\.|No\.|St\.)",
                                          prev_word.group(1)):
                continue
            spans.append((p_start + last, p_start + m.start()))
            last = m.end()
        if last < len(para):
            spans.append((p_start + last, p_start + len(para)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


#: a sentence that ends in a title ('... and Staff Sgt.', 'Sgt. Maj. (res.)') was cut before the name
_ENDS_IN_TITLE = re.compile(r"(?:\b(?:Sgt|Lt|Gen|Col|Maj|Capt|Cpl|Pte|Pvt|Brig|Adm|Cmdr|Cdr|Dr|Gov|Sen|Rep|Prof|Rev|Mr|"
                            r"Mrs|Ms|St|Spc|Sr|Jr)\.|\(\w{1,5}\.\))\s*$")


def _rejoin_titles(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans with a title abbreviation at a cut mended: 'Staff Sgt.' + '(res.) Omer Dahan ... killed'."""
    out: list[tuple[int, int]] = []
    for a, b in sentences:
        if out and text[out[-1][1] - 1:out[-1][1]] in (".", ")") and \
                _ENDS_IN_TITLE.search(text[max(out[-1][0], out[-1][1] - 12):out[-1][1]]) and \
                "\n" not in text[out[-1][1]:a]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def extract_article(article_id: str, text: str, *, sentences: list[tuple[int, int]] | None = None,
                    published: dt.date | None = None, quotes: list[Mapping] | None = None,
                    actors: Any = None, lex: Lexicon | None = None) -> list[dict]:
    """One article's text (+ sentence spans, date, quote rows) -> claim records (CLAIM_COLUMNS minus claim_id)."""
    lex = lex or load_lexicon()
    if not text:
        return []
    if sentences is None:
        sentences = split_sentences(text)
    sentences = _rejoin_titles(text, sentences)
    if published is None:
        m = _DATE_PREFIX.match(text)
        if m:
            try:
                published = dt.date.fromisoformat(m.group(1))
            except ValueError:
                published = None
    sw = side_words_for(text, article_id, actors, lex)
    quotes = sorted(quotes or [], key=lambda q: (q.get("start") or 0))
    words_text = _WORD_SPLIT.sub(" ", text.lower())  # same offsets; punctuation -> spaces
    person_spans: tuple[list[int], list[str]] | None = None
    records: list[dict] = []
    sent_texts: list[str] = []
    speakers: dict[int, str | None] = {}  # sentence index -> its claimant, for the sentences that had claims
    turns = _transcript_turns(text)

    def people_before(pos: int) -> list[str]:
        nonlocal person_spans
        if person_spans is None:  # (ends, names) of the person names, in text order
            found = [(m.end(), m.group()) for m in _PERSON.finditer(text)]
            person_spans = ([end for end, _ in found], [name for _, name in found])
        ends, names = person_spans
        return names[:bisect.bisect_right(ends, pos)]

    def last_speaker(si: int):
        """The speaker a pronoun ('he said') points back to: the nearest earlier sentence that names one."""
        def find() -> str | None:
            for k in range(si - 1, -1, -1):
                if k in speakers and speakers[k]:
                    return speakers[k]
                if _CUE_WORDS.search(sent_texts[k]):
                    who, has_cue = _claimant_fallback(sent_texts[k], people_before(sentences[k][1]), lambda: None)
                    if who and has_cue:
                        return who
            return None
        return find

    for si, (a, b) in enumerate(sentences):
        sent = text[a:b]
        dm = _DATE_PREFIX.match(sent)
        if dm:  # ' date YYYY-MM-DD Headline': the rest is article text
            a += dm.end()
            sent = text[a:b]
        sent_texts.append(sent)
        words = words_text[a:b].split()
        found = _sentence_claims(sent, a, lex, words) if not lex.gate.isdisjoint(words) else []
        if not found:
            if records and not lex.back_words.isdisjoint(words):
                back = _back_hedge(sent, lex)
                if back:
                    _hedge_back(records, si, sent, back, sw, sent_texts, lex.passive, text=text)
            continue
        prev_low = sent_texts[-2].lower() if len(sent_texts) > 1 else ""
        people = people_before(b)

        def following(si=si) -> list[str]:
            return [text[x:y] for x, y in sentences[si + 1:si + 4]]
        sent_low = _normalise(sent).lower()
        sent_words = re.findall(r"[a-z][a-z'’-]*", sent_low)
        claimant, has_cue = sent_claimant, sent_has_cue = _claimant_fallback(sent, people, last_speaker(si))
        hedge_cue = _hedge(sent, lex)
        sent_back = _back_hedge(sent, lex) if not lex.back_words.isdisjoint(words) else None
        sent_records = []
        trailing = _TRAILING_CUE.search(sent)
        if not has_cue and sent.lstrip()[:1] in _BULLETS:
            intro = _list_intro(sentences, sent_texts, si, text)
            if intro is not None:
                who, cue = _claimant_fallback(sent_texts[intro], people, last_speaker(intro))
                if not cue:
                    m = _OWNER.search(sent_texts[intro])  # "The report's other key figures:"
                    who = (m.group("owner") or m.group("owner2")) if m else None
                if who:
                    who = _resolve_generic(who, sent_texts[:intro], sw)
                    sent_claimant, sent_has_cue = claimant, has_cue = who, True
        if not has_cue:
            post = _POST_CREDIT.search(text, b, text.find("\n", b) if "\n" in text[b:] else len(text))
            if post:
                sent_claimant, sent_has_cue = post.group("who").strip(), True
        if not sent_has_cue and turns:  # a transcript: the speaker label of the turn the sentence is in
            label = next((who for at, who in reversed(turns) if at <= a), None)
            if label:
                sent_claimant, sent_has_cue = _full_name(label, people) or label, True
        clauses = [(m.start() + a, m.end() + a) for m in re.finditer(r"[^;]+", sent)] if ";" in sent else []
        # "N are still held, and the navy believes that ...": the speaker of a later coordinated clause
        # does not take the claims before it
        joint = _LATER_SPEAKER.search(sent)
        if joint and not clauses and any(f.start < a + joint.start() for f in found) and \
                any(f.start >= a + joint.start() for f in found):
            clauses = [(a, a + joint.start()), (a + joint.start(), b)]
        for f in found:
            claimant, has_cue = sent_claimant, sent_has_cue
            for ca, cb in clauses:  # "X says it repelled the assault; rockets kill nine": clause by clause
                if ca <= f.start < cb:
                    claimant, has_cue = _claimant_fallback(text[ca:cb], people, last_speaker(si))
            q = next((q for q in quotes if q.get("start") is not None and q.get("end") is not None
                      and q["start"] <= f.start < q["end"] + 1), None)
            if q is not None and not _usable_quote(q):
                q, appeal = None, True
            else:
                appeal = False
            f_claimant, f_side, quote_id = claimant, None, None
            if q is not None and _speaker_inside(q, f, text):
                q = None  # the quote table took the victims for the speaker ('A 64-year-old man ..., he wrote')
            if q is not None and q["start"] < a and has_cue and claimant and _LEAD_SUBJ.match(sent):
                q = None  # a quote run on from an earlier sentence into one with a speaker of its own
            if q is not None:
                speaker = _strip_speaker_noise(q.get("speaker") or "")
                f_claimant = _resolve_generic(speaker or claimant or "", sent_texts[:-1], sw, following()) or None
                ss, se = q.get("speaker_start"), q.get("speaker_end")
                span = text[ss:se] if ss is not None and se is not None else ""
                role = _ROLE_FOR.match(span[:len(span) - len(f_claimant)]) if f_claimant and \
                    f_claimant[:1].isupper() and span.endswith(f_claimant) else None
                if role:  # "A spokeswoman for Borisna General Hospital said": the unnamed speaker's phrase
                    f_claimant = span[0].lower() + span[1:]
                f_side = q.get("speaker_side") if f_claimant in (q.get("speaker"), speaker) else None
                quote_id = q.get("quote_id")
                # "X said ... killing 40 of them, while rockets killed nine civilians, local authorities said."
                if trailing and trailing.start() > f.end - a and \
                        re.search(r"(?:,\s*while|;|,\s*whereas)\b", text[max(q["start"], a):f.start]):
                    f_claimant, f_side, quote_id = _clean_claimant(trailing.group("who")), None, None
            elif appeal or (not has_cue and quotes) or any(r.start() < f.start - a < r.end()
                                                           for r in _RELATIVE.finditer(sent)):
                f_claimant = None  # the article's voice: "X, who has sheltered 600 displaced people, said ..."
            elif f_claimant:
                f_claimant = _resolve_generic(f_claimant, sent_texts[:-1], sw, following())
            f_claimant = _canonical(f_claimant, sw)
            if f_side is None and f_claimant:
                f_side = _claimant_side(f_claimant, sw, lex)
            f.start_sent = si  # type: ignore[attr-defined]
            agent = text[a:f.agent_end].lower() if f.agent_end is not None else None
            loser = text[a:f.loser_end].lower() if f.loser_end is not None else None
            vside, vtype = _victim(f, sent_low, prev_low, sw, lex, f_side, records + sent_records, sent_words,
                                   agent, claimant=f_claimant, claim_low=_normalise(text[f.start:f.end]).lower(),
                                   after_low=_normalise(text[f.end:b]).lower()[:80], loser=loser)
            f_hedge = hedge_cue or _hedge_before(text, a, f.start, lex) or (_same_sentence_unverified(
                text, a, b, f, found, lex, sent_back) if sent_back else None)
            rec = {
                "article_id": article_id, "category": f.category, "low": f.low, "high": f.high,
                "vague": f.vague, "victim_side": vside, "victim_type": vtype, "claimant": f_claimant,
                "claimant_side": f_side, "quote_id": quote_id, "hedged": f_hedge is not None,
                "hedge_cue": f_hedge, "event_date": _event_date(sent_low, published),
                "place": _place(sent, sw), "text": text[f.start:f.end], "start": f.start, "end": f.end,
                "_sent": si, "_toll": f.toll,
            }
            sent_records.append(rec)
        for rec in sent_records:  # "The toll rose to 11 when two officers died": the toll counts the same side
            if rec["_toll"] and rec["victim_side"] == "unknown":
                other = next((r for r in sent_records if r is not rec and r["victim_side"] != "unknown"
                              and r["category"] == rec["category"]), None)
                if other:
                    rec["victim_side"], rec["victim_type"] = other["victim_side"], other["victim_type"]
        for rec in sent_records:  # "The army maintains there were no civilian casualties": a zero disputes others
            if rec["low"] == 0 and rec["high"] == 0 and rec["victim_side"] != "unknown":
                for old in records:
                    if not old["hedged"] and si - old["_sent"] <= 3 and old["victim_side"] == rec["victim_side"] \
                            and (old["low"] or old["vague"]) and old["claimant"] != rec["claimant"]:
                        old["hedged"], old["hedge_cue"] = True, "disputed"
        records.extend(sent_records)
        speakers[si] = sent_claimant if sent_has_cue else None
    for rec in records:
        rec.pop("_sent", None)
        rec.pop("_toll", None)
    return records


#: ", and the navy believes that ...": a coordinated clause with a speaker of its own
_LATER_SPEAKER = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+"
                            r"(?:said|says|believes|believe|claimed|claims|estimated|estimates|reported|reports|"
                            r"told|fears|fear)\b)")


#: a transcript turn: 'AHMED ADAM BUSHARA (Humanitarian Aid Commission): ...', 'BUSHARA: ...'
_TURN = re.compile(r"^(?P<label>[A-Z][A-Z.'’ -]{1,40}?)\s*(?:\((?P<role>[^)\n]{1,60})\))?:\s", re.M)
#: labels (and label roles) of the programme's own people: their words are the outlet's voice
_OWN_VOICE = re.compile(r"\b(?:presenter|host|anchor|reporter|correspondent|interviewer|moderator|narrator|"
                        r"newsreader|reporting)\b", re.I)


def _transcript_turns(text: str) -> list[tuple[int, str | None]]:
    """(offset, speaker) of each speaker-labelled turn when the text is a transcript (two labels or more, one of
    them the programme's presenter, host or interviewer); None for the programme's own presenters and reporters."""
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


_CLAIM_NOUNS = r"(?:claims?|figures?|accounts?|tolls?|numbers?|reports?|toll|footage|video|statement|names)"
_OWNER = re.compile(r"(?P<owner>(?:the\s+)?[\w'’ -]{2,40}?)['’]s?\s+(?:\w+\s+){0,2}" + _CLAIM_NOUNS + r"\b"
                    r"|" + _CLAIM_NOUNS + r"\s+(?:by|of|from)\s+(?P<owner2>(?:the\s+)?[\w'’ -]{2,40}?)(?=\s+(?:could|"
                    r"were|was|have|has|had|cannot)\b|[.,;]|$)", re.I)
_STOP = frozenset("that this these those there their they them with from have been were was said says which would "
                  "could about after before into over than then when where while what whom also only".split())


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOP}


#: a denial of having done it at all: every earlier claim of harm by others is disputed
_RESPONSIBILITY = re.compile(r"^\s*(?:any\s+)?(?:responsibility|involvement|any\s+role)\b|"
                             r"^\s*(?:carrying\s+out\s+|having\s+carried\s+out\s+)?(?:the|any)\s+"
                             r"(?:attack|strike|shelling|bombing|raid)\s*(?:[.,;]|$)", re.I)


def _same_body(name: str | None, phrase: str) -> bool:
    """'army' and 'the army', 'ODF' and 'The ODF': the same speaker by its words (no registry to ask)."""
    key = lambda x: [w for w in re.findall(r"[a-z0-9]+", (x or "").lower()) if w not in ("the", "a", "an", "s")]
    a, b = key(name), key(phrase)
    return bool(a) and bool(b) and (a == b[-len(a):] or b == a[-len(b):])


def _hedge_back(records: list[dict], si: int, sent: str, hit: tuple[str, str], sw: SideWords,
                sent_texts: list[str], cue_cats: Mapping[tuple, str], *, text: str | None = None) -> None:
    """A later sentence hedges the earlier claims it refers to (GUIDELINES: 'a later sentence that refers back'):

    - 'Neither side's figures / Neither account could be verified': every claim made by a warring side;
    - 'The group's claims could not be verified', 'It was not possible to verify claims by X': X's claims;
    - 'X rejected the figures': the claims of X's opponents; 'X denied striking the market': claims of harm
      whose sentence (or paragraph) shares the event's words (market), not X's own; 'X denied responsibility':
      every earlier claim of harm not X's own;
    - 'could not verify the army's claims': the claims the army made, else those of the army's side;
    - otherwise ('The claim could not be verified', 'has not been able to verify the footage'): the claims of
      the latest sentence that made any, within two sentences.
    """
    cue, kind = hit
    low = sent.lower()
    cue_at = low.find(cue)
    open_recs = [r for r in records if not r["hedged"]]
    if not open_recs:
        return

    def belligerent(r):
        side = r.get("claimant_side")
        if sw.belligerents:
            return side in sw.belligerents
        return r.get("claimant") is not None and r["victim_side"] != "civilian"

    def side_of(phrase):
        phrase = phrase.strip()
        if not phrase:
            return None
        resolved = _resolve_generic(phrase, sent_texts[:si], sw)
        return sw.side_of_speaker(resolved) or sw.side_of_words(re.findall(r"[\w'’-]+", phrase.lower()))

    targets: list[dict] = []
    if kind == "denial":
        subject = re.split(r"[,;:]", sent[:max(cue_at, 0)])[-1]
        s_side = side_of(subject)
        obj = sent[cue_at + len(cue):]

        def not_theirs(r):
            """Not the denier's own claim: by side with a registry, by name without one."""
            if s_side is not None:
                return r.get("claimant_side") != s_side
            return not _same_body(r.get("claimant"), subject)
        last = max((r["_sent"] for r in open_recs), default=None)
        if re.match(r"\s+(?:the|this|that)\s+(?:\w+\s+)?(?:claim|figure|account|report|toll|number)\b", obj, re.I) \
                and last is not None and si - last <= 2:
            # 'denied the claim': the one just made
            targets = [r for r in open_recs if r["_sent"] == last and not_theirs(r)]
        elif re.match(r"\s+(?:the|these|those|its|their)\s+(?:\w+\s+)?" + _CLAIM_NOUNS + r"\b", obj, re.I):
            targets = [r for r in open_recs if belligerent(r) and not_theirs(r)]
        elif _RESPONSIBILITY.match(obj):
            targets = [r for r in open_recs if r["category"] != "displaced" and not_theirs(r)
                       and not (r["low"] == 0 and r["high"] == 0)]
        else:
            words = _content(obj) - sw.skip  # the event's words, not the victims' ("civilians")
            # ... or the harm itself: "denied that any of its soldiers had been captured"
            cats = {c for w in re.findall(r"[a-z]+", obj.lower()) for c in (cue_cats.get((w,)),) if c}

            def about_event(r):
                """Event words shared with the claim's sentence, or with the sentence before it when that one
                sets the scene ('On 2 December the camp was shelled. ... 31 people were killed') or holds the same
                claimant's figures: one word suffices nearby (three sentences), two farther back."""
                shared = words & _content(sent_texts[r["_sent"]])
                k = r["_sent"] - 1
                if k >= 0 and r["category"] != "displaced":
                    prev = [p for p in records if p["_sent"] == k]
                    if not prev or any(p.get("claimant") == r.get("claimant") for p in prev):
                        shared |= words & _content(sent_texts[k])
                return len(shared) >= (1 if si - r["_sent"] <= 3 else 2)
            targets = [r for r in open_recs if (si - r["_sent"] <= 3 or r["category"] != "displaced")
                       and not (r["low"] == 0 and r["high"] == 0)  # 'no casualties' is no claim of harm to dispute
                       and (about_event(r) or (si - r["_sent"] <= 3 and r["category"] in cats))
                       and (s_side is None or r.get("claimant_side") != s_side)]
    elif re.search(r"\b(?:neither|both|none|all)\b", low):
        targets = [r for r in open_recs if belligerent(r)]
    else:
        m = _OWNER.search(sent)
        owner = (m.group("owner") or m.group("owner2")) if m else None
        owner = re.split(r"\b(?:verify|confirm|check)\b", owner)[-1] if owner else None
        o_side = side_of(owner) if owner and owner.strip().lower() not in ("the", "its", "their") else None
        o_actor = sw.view.lookup(owner) if sw.view is not None and owner else None
        own = [r for r in open_recs if r.get("claimant") and (
            sw.view.lookup(r["claimant"]) is o_actor if o_actor is not None else
            sw.view is None and owner and _same_body(r["claimant"], owner))]
        if own:  # "could not verify the army's claims": the army's, not every claim of its side
            targets = own
        elif o_side:
            targets = [r for r in open_recs if r.get("claimant_side") == o_side]
        else:
            last = max((r["_sent"] for r in records), default=None)
            if last is not None and si - last <= 2:
                targets = [r for r in open_recs if r["_sent"] == last]
    for r in targets:
        r["hedged"], r["hedge_cue"] = True, cue


def _claimant_side(name: str, sw: SideWords, lex: Lexicon) -> str | None:
    """A claimant's side: the registry's answer for the name or descriptor, else what its role words say."""
    side = sw.side_of_speaker(name)
    if side:
        return side
    words = re.findall(r"[\w'’-]+", name.lower())
    role = _role_of(words, lex)
    if role == "civilian":
        return "civilian"
    if role == "state" and sw.state:
        return sw.state
    if role == "nonstate" and sw.nonstate:
        return sw.nonstate
    return None


def _quotes_by_article(quotes: pd.DataFrame | None) -> dict[str, list[dict]]:
    if quotes is None or len(quotes) == 0:
        return {}
    cols = [c for c in ("quote_id", "article_id", "speaker", "speaker_side", "cue", "text", "start", "end",
                        "speaker_start", "speaker_end")
            if c in quotes.columns]
    def plain(column: pd.Series) -> list:
        values, missing = column.tolist(), column.isna()
        return [None if m else v for v, m in zip(values, missing.tolist())] if missing.any() else values

    out: dict[str, list[dict]] = {}
    columns = [plain(quotes[c]) for c in cols]  # whole columns, missing values as None: no per-row pandas
    for values in zip(*columns):
        rec = dict(zip(cols, values))
        out.setdefault(rec.get("article_id"), []).append(rec)
    return out


def extract_casualties(corpus, *, quotes=None, actors=None) -> pd.DataFrame:
    """Corpus (+ quote table, actor registry) -> one row per casualty claim (CLAIM_COLUMNS)."""
    lex = load_lexicon()
    articles = corpus.articles
    sents = getattr(corpus, "sentences", None)
    by_article: dict[str, list[tuple[int, int]]] = {}
    if sents is not None and len(sents):
        for aid, a, b in zip(sents["article_id"].tolist(), sents["start"].tolist(), sents["end"].tolist()):
            by_article.setdefault(aid, []).append((int(a), int(b)))
    qmap = _quotes_by_article(quotes)
    records: list[dict] = []
    has_pub = "published" in articles.columns
    for i, row in enumerate(articles.itertuples(index=False)):
        aid = getattr(row, "article_id")
        text = getattr(row, "text") or ""
        pub = getattr(row, "published") if has_pub else None
        pub = None if pub is None or pd.isna(pub) else pd.Timestamp(pub).date()
        recs = extract_article(aid, text, sentences=sorted(by_article.get(aid, [])) or None, published=pub,
                               quotes=qmap.get(aid), actors=actors, lex=lex)
        for k, rec in enumerate(recs):
            rec["claim_id"] = f"{aid}#c{k:03d}"
        records.extend(recs)
    frame = make_table(records, CLAIM_COLUMNS)
    return frame


# --------------------------------------------------------------------------------------------------------------
# The tally
# --------------------------------------------------------------------------------------------------------------

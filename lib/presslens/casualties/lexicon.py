"""The casualty lexicon: data files (casualties.yaml, hedges.yaml, vague_numbers.csv) compiled once, and the
shared word sets the rules read."""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import config
from .scan import LiteralGated, class_opened, trie_alt


_QUOTE_CHARS = "\"“”„‟«»‹›‘’‚‛"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
           "dec"]
_AUX = {"were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "will", "would", "may", "might",
        "could", "also", "reportedly", "allegedly", "apparently", "now", "all", "still", "already", "later",
        "then", "subsequently", "each", "both", "themselves", "ever", "so", "far", "confirmed", "feared",
        "believed", "said", "to", "thought", "reported", "who", "that", "later", "eventually", "either", "got",
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
    #: cue phrases gated by a frequent place noun together with their verb ('left the area' -> ('left', 'area')), or
    #: by a frequent word together with their last word ('put down their arms' -> ('put', 'arms'))
    gate_pairs: Mapping[str, frozenset]
    #: `gate` and the paired phrases' first words: a sentence with none of them is not tested further (one set test)
    gate_any: frozenset
    back_words: frozenset
    #: `gate_any` and `back_words` together: a sentence with none of them is neither parsed nor read for a back hedge
    gate_or_back: frozenset
    num_words: frozenset
    adj_words: frozenset
    hedge_sentence: re.Pattern
    hedge_before: re.Pattern
    hedge_back: re.Pattern
    back_kinds: Mapping[str, str]
    negator: re.Pattern  # hedges.yaml `negators`: 'Neither account could be verified'

    def admits(self, words: list[str]) -> bool:
        """The sentence's lower-case words hold a gate word, or a paired phrase's verb and its place: a sentence
        that does not cannot hold a cue (the cheap test before any parse).

        >>> lex = load_lexicon()
        >>> lex.admits("some 200 people left the area".split()), lex.admits("the area was calm".split())
        (True, False)
        """
        if not self.gate.isdisjoint(words):
            return True
        return any(lead in words and not places.isdisjoint(words) for lead, places in self.gate_pairs.items())


def _alt(words: Iterable[str]) -> str:
    """`words` as an alternation, longest first, a space matching any run of spaces; a list of lower-case ASCII
    words factored by common prefixes (`scan.trie_alt`: the same matches, but `re` rejects a branch on its first
    character instead of trying every word in turn at every word of the text).

    >>> _alt(["killed", "kidnapped", "shot dead"]), _alt(["Killed", "shot"])
    ('(?:ki(?:dnapped|lled)|shot\\\\s+dead)', 'Killed|shot')
    """
    return trie_alt(words)


def _alt_plain(words: Iterable[str]) -> str:
    """`_alt` without the factoring: every word a branch of its own (the reference of tests/test_casualty_speed12.py)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


_COMMON = frozenset("among the their his her its to of with for down up out have has had no those in on at by".split() +
                    # frequent nouns of war copy: a phrase holding one is gated by its rarer word ('handed', 'fell')
                    "weapons arms condition hospital hospitals homes combat battle action".split() +
                    # frequent verbs of cue phrases: 'left their homes' is gated by 'homes', 'received medical care'
                    # by 'medical'
                    "left received took sought needed required".split())


#: frequent nouns of places (session 11: 'left the area', 'left the town'): one alone gates a sixth of war copy's
#: sentences, so a phrase whose gate word is one of them is gated by its first word too (`Lexicon.gate_pairs`)
_PLACES = frozenset("area town city village region".split())
#: frequent words of general English that a harm phrase's gate word can be (session 21: 'put' for 'put down their
#: arms' alone admitted a sixth of the bench's read sentences, 'stable' for 'in stable condition'): such a word gates
#: its phrase together with the phrase's last word ('put' with 'arms' or 'weapons', 'stable' with 'condition')
_FREQUENT = frozenset("put gave turned suffered sustained serious stable grave".split())


def _gate_word(phrase: tuple) -> str:
    """The word of a cue phrase that a sentence must hold: its longest uncommon one, the last of equals.

    >>> _gate_word(("gunned", "down")), _gate_word(("among", "the", "dead")), _gate_word(("killed",))
    ('gunned', 'dead', 'killed')
    """
    words = [w for w in phrase if w not in _COMMON] or list(phrase)
    return max(reversed(words), key=len)


def _paired_frequent(phrase: tuple, gate_word: str) -> bool:
    """Whether a cue phrase's gate word is a frequent word (`_FREQUENT`) that gates it only with the phrase's last
    word (`Lexicon.gate_pairs`): the phrase cannot match in a sentence without both, so the pair admits every
    sentence the phrase can match in, and no sentence that holds the frequent word alone.

    >>> _paired_frequent(("put", "down", "their", "arms"), "put")
    True
    >>> _paired_frequent(("in", "stable", "condition"), "stable")
    True
    >>> _paired_frequent(("gunned", "down"), "gunned"), _paired_frequent(("put",), "put")
    (False, False)
    """
    return gate_word in _FREQUENT and len(phrase) > 1 and phrase[-1] != gate_word


def _quantity_pattern(num: str, bounds: str, vague: str, *, guard: bool = True) -> str:
    """The quantity pattern: a bound ('more than'), then 'between N and M', a range 'N-M', a number or a vague
    amount. With `guard` the range and the number are tried only where a number opens (`(?=num)`): the same
    matches (neither can match where no number does), but a word that opens no number is read once for it, not
    twice (~20% of the pattern's time)."""
    numbers = rf"(?P<r1>{num})\s*(?:-|–|\bto\b|\bor\b)\s*(?P<r2>{num})|(?P<n>{num})"
    return (rf"(?<![\w:/.,$£€-])(?:(?P<bound>{bounds})\s+)?"
            rf"(?:between\s+(?P<b1>{num})\s+and\s+(?P<b2>{num})"
            + (rf"|(?={num})(?:{numbers})" if guard else rf"|{numbers}") +
            rf"|(?P<vague>{vague})(?![\w-]))")


def _earlier_war_pattern(patterns: list[str]) -> LiteralGated:
    """The earlier-war patterns as one, searched from the characters a match can open on (scan.class_opened) and
    only in a sentence that holds a literal they need (scan.LiteralGated: a year's digits, 'soviet', 'ended the
    war' ...): the same matches; most sentences hold none."""
    rx = re.compile("|".join(f"(?:{p})" for p in patterns))
    return LiteralGated(rx, class_opened(rx))


def _gates(active: Mapping[tuple, str], passive: Mapping[tuple, str], nouns: Mapping[str, str],
           raw: Mapping[str, Any]) -> tuple[frozenset, dict[str, frozenset]]:
    """The words one of which a sentence must hold to be read for claims, and the paired phrases' gates (a first
    word -> the places it is gated with: 'left' -> {'area', 'town', ...})."""
    # a phrase's longest uncommon word (the last of equals) gates it: 'gunned' for 'gunned down', not 'down'
    single = {k[0] for table in (active, passive) for k in table if len(k) == 1} | set(nouns)
    # a phrase with a word that already gates ('found dead', 'shot and killed') needs no gate word of its own
    gated = {k: _gate_word(k) for table in (active, passive) for k in table if single.isdisjoint(k)}
    # ... unless that word is a frequent place noun: then the phrase's first word and its place ('left', 'area')
    gate_pairs: dict[str, frozenset] = {}
    for k, w in gated.items():
        if w in _PLACES and len(k) > 1 and k[0] != w:
            gate_pairs[k[0]] = gate_pairs.get(k[0], frozenset()) | {w}
        elif _paired_frequent(k, w):    # ... or a frequent word: it and the phrase's last word ('put', 'arms')
            gate_pairs[w] = gate_pairs.get(w, frozenset()) | {k[-1]}
    cue_words = {w for k, w in gated.items() if not (w in _PLACES and len(k) > 1 and k[0] != w)
                 and not _paired_frequent(k, w)} | single | \
        {w.split()[-1] for w in raw["toll_words"]} | \
        {k for k, follow in raw["split_active"].items()  # 'left ... homeless': 'homeless' gates it
         if not all(single & set(f.split()) for f in follow)} | \
        {w for items in raw.get("noun_of", {}).values() for w in items}  # 'the neutralisation of 203 fighters'
    # a cheap gate: sentences without any category word cannot hold a claim (a set test on the sentence's words)
    gate = frozenset(w.lower() for w in cue_words) | {"none", "victims", "deceased"} | \
        {"lost", "loses", "lose", "losing"} | \
        {"shot"}  # "lost none of their own", "among the victims", "we lost 15 soldiers"; "three were shot"
    return gate, gate_pairs


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None, hedges_path: str | None = None) -> Lexicon:
    """data/lexicons/casualties.yaml + hedges.yaml -> a compiled Lexicon."""
    raw = config.load_yaml(path or config.LEXICONS / "casualties.yaml")
    hedge_raw = config.load_yaml(hedges_path or config.LEXICONS / "hedges.yaml")
    units, tens, mult = raw["units"], raw["tens"], raw["multipliers"]
    numbers = {**units, **tens, **raw["special_numbers"]}
    # the quantity pattern's word lists factored by common prefixes (scan.trie_alt: the same matches)
    word = (rf"(?:(?:{trie_alt(tens)})(?:[- ](?:{trie_alt([u for u in units if units[u] < 10 and units[u] > 0])}))?"
            rf"|{trie_alt(units)})")
    digits = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:\.\d+)?)"
    mult_re = rf"(?:\s*(?:{trie_alt([m for m in mult if len(m) > 2])})|(?:m|bn)(?![a-z]))"
    num = (rf"(?:{trie_alt(raw['special_numbers'])}|{digits}{mult_re}?|{word}(?:\s+(?:{trie_alt(['hundred', 'thousand', 'million', 'dozen'])}))?)"
           r"(?![\w])(?![-–][a-z])(?![:/]\d)(?!\.\d)(?!%)")
    bounds = {b: kind for kind, items in raw["bounds"].items() for b in items}
    qty = re.compile(_quantity_pattern(num, trie_alt(bounds), trie_alt(raw['vague_quantifiers'])), re.I)
    zero = re.compile(r"\bno\s+(?:(?P<name>[\w'’.-]+)\s+)??"  # a side's or a people's name: 'no Israeli casualties'
                      # (a capitalised word: claims._zero_and_vague tests the case, as the pattern runs lower-cased)
                      r"(?:(?:civilian|military|further|other|new|serious|major|reported|confirmed)\s+)?"
                      r"(?P<noun>casualties|deaths|dead|fatalities|injuries|losses|"
                      r"one\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:killed|hurt|injured|wounded))\b",
                      re.I)  # 'no one has been hurt': 0 (not 'one ... hurt': 1)
    # (one modifier of the losses' kind, or two joined: 'significant material and human losses')
    kind = r"(?:civilian|military|human|enemy|battlefield|material)"
    vague_adj = re.compile(rf"\b(?P<adj>{_alt(raw['vague_adjectives'])})\s+(?:{kind}\s+(?:(?:and|or)\s+{kind}\s+)?)?"
                           rf"(?P<noun>losses|casualties|deaths|fatalities|(?:death\s+)?toll)\b", re.I)
    active, passive, nouns = {}, {}, {}
    for cat, kinds in raw["categories"].items():
        for w in kinds.get("active", []):
            active[tuple(w.split())] = cat
        for w in kinds.get("passive", []):
            passive[tuple(w.split())] = cat
        for w in kinds.get("nouns", []):
            nouns.setdefault(w, cat)
    from .inflections import lemma_cues, person_plurals  # `lemmas:` verbs of harm in all their forms
    for cat, (act, pas) in lemma_cues(raw.get("lemmas", {})).items():
        for w in act:
            active.setdefault(tuple(w.split()), cat)
        for w in pas:
            passive.setdefault(tuple(w.split()), cat)
    roles = {w: role for role, items in raw["roles"].items() for w in items}
    hedges = tuple((h["cue"], h["kind"], h.get("scope", "sentence")) for h in hedge_raw["hedges"])
    back_kinds = {h["cue"]: ("negated" if h.get("negated") else h["kind"]) for h in hedge_raw["hedges"]
                  if h.get("scope") == "back"}
    gate, gate_pairs = _gates(active, passive, nouns, raw)
    back_words = frozenset(c.split()[-1].lower() for c, k, sc in hedges if sc == "back")
    hedge_sentence = re.compile(r"\b(?P<cue>" + _alt(c for c, k, sc in hedges if sc == "sentence") + r")\b", re.I)
    hedge_back = re.compile(r"\b(?P<cue>" + _alt(c for c, k, sc in hedges if sc == "back") + r")\b", re.I)
    hedge_before = re.compile(r"\b(?P<cue>" + (_alt(c for c, k, sc in hedges if sc == "before") or "(?!)") + r")\b",
                              re.I)
    return Lexicon(
        raw=raw, qty=qty, zero=zero, vague_adj=vague_adj, active=active, passive=passive, nouns=nouns,
        heads=frozenset(raw["victim_heads"]) | person_plurals(raw["singular_persons"],
                                                          leave=frozenset(raw.get("plural_heads_left", []))),
        singular=frozenset(raw["singular_persons"]),
        modifiers=frozenset(raw["victim_modifiers"]),
        non_person=frozenset(raw["non_person_units"]) | frozenset(_MONTHS) | frozenset(_WEEKDAYS),
        # matched on lower-cased sentences: no re.I, which would slow the scan
        earlier_war=_earlier_war_pattern(raw["earlier_war_patterns"]),
        roles=roles,
        hedges=hedges, numbers=numbers, bounds=bounds, split_active=raw["split_active"],
        toll_links=frozenset(raw["toll_links"]), toll_casualties=frozenset(raw.get("toll_casualties", [])),
        noun_of={w: cat for cat, items in raw.get("noun_of", {}).items() for w in items}, civilian_context=frozenset(raw["civilian_context"]),
        mixed_context=frozenset(raw["mixed_context"]), gate=gate, gate_pairs=gate_pairs,
        gate_any=gate | frozenset(gate_pairs),
        hedge_sentence=hedge_sentence,
        hedge_before=hedge_before,
        hedge_back=hedge_back, back_kinds=back_kinds,
        negator=re.compile(r"\b(?:" + _alt(hedge_raw.get("negators", [])) + r")\b", re.I),
        back_words=back_words, gate_or_back=gate | frozenset(gate_pairs) | back_words,
        num_words=frozenset(w for phrase in (*units, *tens, *mult, *raw["special_numbers"])
                            for w in phrase.lower().split() if w not in ("a", "of")) |
        frozenset(phrase.lower().split()[-1] for phrase in raw["vague_quantifiers"]),  # a vague phrase's last word
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

"""Word lists of the mention layer: titles, role words, organisation words, pronouns, gendered words, the
cue lexicon (data/lexicons/cues.yaml) and the capitalised-name-run pattern.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import config
from ..actors import fold
from ..tables import trie_pattern
from ..fastre import LedByBoundary, _CaseFreePattern


@dataclass(frozen=True)
class Cue:
    form: str
    lemma: str
    type: str
    frame: str



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


@lru_cache(maxsize=1)
def _cue_scan() -> LedByBoundary:
    """The cue pattern's lower-cased copy led by its boundary class (fastre.LedByBoundary): `re` skips from one
    space or stop to the next instead of trying the look-behind at every letter."""
    lowered = _cues()[1].lowered.pattern
    head = r"(?<![\w\-])"
    assert lowered.startswith(head)
    return LedByBoundary(r"\w\-", lowered[len(head):])


def _find_cues(s: str, low: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of each cue form in `s` (`low`: `s.lower()` when the caller has it, else None)."""
    if _CaseFreePattern._odd(s):
        return [mt.span() for mt in _cues()[1].finditer(s)]
    return _cue_scan().spans(s.lower() if low is None else low)


def _find_cues_between(s: str, low: str | None, ranges) -> list[tuple[int, int]]:
    """`_find_cues(s, low)`, only the cues that start inside `ranges` ((a, b), ascending, disjoint), the rest of `s`
    not searched: a paragraph's cues outside its quotes, the quotes being masked off before any cue is read
    (quotes.attribution). Exact for ranges whose edges are quote marks or the ends of `s` (a cue form is letters and
    spaces: no cue crosses a quote mark, and a quote mark is a boundary as the start and end of `s` are;
    fastre.LedByBoundary.spans_between).

    >>> s = 'He said "they told us" and she told me'
    >>> _find_cues_between(s, s.lower(), [(0, 8), (22, len(s))]) == [c for c in _find_cues(s) if not 8 <= c[0] < 22]
    True
    """
    if _CaseFreePattern._odd(s):
        return [sp for sp in _find_cues(s, low) if any(a <= sp[0] < b for a, b in ranges)]
    return _cue_scan().spans_between(s.lower() if low is None else low, ranges)


def _first_cue(s: str) -> int:
    """Where the first cue form of `s` starts (`_find_cues(s)[0][0]`), else -1: the search stops there."""
    if _CaseFreePattern._odd(s):
        mt = _cues()[1].search(s)
        return mt.start() if mt else -1
    scan = _cue_scan()
    mt = (scan.ascii if s.isascii() else scan.rx).search(" " + s.lower())
    return mt.start() if mt else -1




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
              "director-general", "chairman", "chairwoman", "administrator", "ombudsman", "prosecutor", "mp", "lawmaker", "legislator", "senator"}
_SPEAKER_LEX = config.lexicon("speakers")
TITLES |= {fold(t).strip(".") for t in _SPEAKER_LEX.get("titles", ())}


def hyphenated_ranks(prefixes, heads) -> set[str]:
    """Rule `hyphenated_rank` (session 21): the ranks printed as one hyphenated word, prefix and head ('Vice-Admiral
    Wallace Beakley', 'Major-General Michel Aoun', 'Maj-Gen Asif'), folded: titles stripped before a name as
    'Vice Admiral' is, so that 'Vice-Admiral Beakley said' is the Wallace Beakley named before.

    >>> sorted(hyphenated_ranks(["vice", "maj"], ["admiral", "gen"]))
    ['maj-admiral', 'maj-gen', 'vice-admiral', 'vice-gen']
    >>> "vice-admiral" in TITLES and "major-general" in TITLES and "lance-corporal" in TITLES
    True
    """
    return {f"{fold(a)}-{fold(b)}" for a in prefixes for b in heads if fold(a) != fold(b)}


TITLES |= hyphenated_ranks(_SPEAKER_LEX.get("rank_prefixes", ()), _SPEAKER_LEX.get("rank_heads", ()))
#: titles that are a body's modifier when no title or name follows ('Air Force', 'Security Council')
MODIFIER_TITLES = frozenset(fold(t) for t in _SPEAKER_LEX.get("modifier_titles", ()))
#: nouns that end a capitalised job title before a name, and the words of such a title's complement
TITLE_NOUNS = frozenset(fold(t) for t in _SPEAKER_LEX.get("title_nouns", ()))
TITLE_DOMAINS = frozenset(fold(t) for t in _SPEAKER_LEX.get("title_domains", ()))
#: capitalised function words that open a sentence and so a capitalised run ('As Jan Nowak told ...')
_LEAD_FUNCTION = frozenset(("as and but or while whereas when after before if since though although yet so then "
                            "meanwhile however unlike like until because with without for in on at by from to of "
                            "under despite during asked speaking also even only so-called self-styled self-proclaimed").split())
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
             "medical", "watch", "international", "mission", "directorate", "observatory", "bureau", "society",
             "tribunal", "presidency", "junta", "crescent", "andina", "sur", "journal", "times", "post", "herald", "sun", "ledger"}
COMMON_SPEAKERS = {"sources", "analysts", "officials", "residents", "relatives", "witnesses", "experts", "doctors",
                   "medics", "observers", "critics", "reports", "rebels", "villagers", "diplomats", "activists",
                   "survivors", "families", "authorities", "others", "some", "many", "local", "aid", "security"}
PRONOUNS = {"he": "person", "she": "person", "it": "org", "they": "plural", "we": "plural", "i": "person"}
ORG_ANAPHORS = {"group", "movement", "organisation", "organization", "ministry", "agency", "army", "rebels",
                "militants", "guerrillas", "insurgents", "council", "front", "government", "statement",
                "office", "charity", "brigades", "police", "military",
                # bodies a later sentence calls by their common noun ('the committee' <- its full name)
                "committee", "commission", "directorate", "authority", "mission", "bureau", "department",
                "observatory", "monitor", "network", "coalition", "alliance", "union", "society", "institute",
                "foundation", "board", "tribunal", "federation", "presidency", "embassy", "command", "junta"}


#: a capitalised word or an @handle; written with one leading character class so that `re` skips straight to
#: the capitals of an article (a pattern that opens on a choice is tried at every position)
_NAME_TOKEN = r"(?:[A-Z\u00c0-\u00de@](?:(?<=@)\w+|(?<!@)[\w\u00c0-\u024f'’.\-\u2013]*))"   # 'Al–Sarraj': an en-dash as a hyphen
#: a later token of a name may start with a particle ('Ahmed al-Mansouri'); a run never starts with one
_NAME_TOKEN_NEXT = r"(?:" + _NAME_TOKEN + r"|(?:al|el|as|ad|ar|ash|an|at|az|ul)-[A-Z\u00c0-\u00de][\w\u00c0-\u024f'’\-]*)"
_RX_PARTICLE_TOKEN = re.compile(r"(?:al|el|as|ad|ar|ash|an|at|az|ul)-[A-Z\u00c0-\u00de]|(?:bin|ben|ibn|bint|de|da|van|von|der)$")


def _cap(tok: str) -> bool:
    """Whether a token belongs to a name: capitalised, or a particle ('al-Mansouri', 'bin')."""
    return tok[:1].isupper() or bool(_RX_PARTICLE_TOKEN.match(tok))
_CONNECT = r"(?:of|for|de|del|la|le|du|des|al|al-|el|bin|ben|ibn|van|von|der|da|do|dos|das|pour|y|and|the|ul|ag)"
_NAME_RUN = re.compile(_NAME_TOKEN + r"(?:(?:[ \u00a0]+" + _CONNECT + r")*[ \u00a0]+" + _NAME_TOKEN_NEXT + r")*")



_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "june", "july", "august", "september", "october", "november", "december"}
_QUOTE_STRIP = "\"'‘’“”„«»"


_ROLE_MODIFIERS = {"high", "managing", "prime", "foreign", "defence", "defense", "interior", "deputy", "executive",
                   "country", "humanitarian", "press", "military", "regional", "special"}



REBEL_ANAPHORS = {"rebels", "militants", "guerrillas", "insurgents", "separatists"}
_RX_ORG_RUN = re.compile(r"(?:[A-Z][\w'’\-]*|[A-Z]{2,})(?:\s+(?:of|for|de|du|la|pour|the)?\s*[A-Z\u00c0-\u00de][\w'’\-]*)*")
_GENERIC_ORG_HEADS = {"group", "organisation", "organization", "charity", "agency", "movement", "statement"}


_ROLE_SYNONYMS = {"leader": ("head", "chief", "commander"), "head": ("leader", "chief"), "chief": ("head", "leader"),
                  "spokesman": ("spokesperson", "spokeswoman"), "spokesperson": ("spokesman", "spokeswoman")}

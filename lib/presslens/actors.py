"""Actor registries: who belongs to which side of a conflict (data files, one per conflict).

A registry is YAML. The shipped format holds one conflict::

    name: panjshir-2021
    sides: {taliban: "...", resistance: "..."}      # the belligerent labels of this conflict
    government_side: taliban                        # optional: side of "army", "ministry", "officials" ...
    rebel_side: resistance                          # optional: side of "rebels", "fighters", "militia" ...
    keywords: {taliban: [Taliban, Islamic Emirate]} # optional: words that mark a side
    labels: panjshir-2021                           # optional: label lexicon (presslens.bias.lexicons_for)
    actors:
      - {name: Fahim Dashti, aliases: [Fahim Dashty], side: resistance, role: spokesman}

A multi-conflict file (dev2's ``actors.yaml``) nests the same under ``conflicts: {key: {...}}``, with
``generic_sides`` beside it and an optional ``articles`` list per conflict.

    >>> actors = load_actors(DEFAULT_ACTORS)
    >>> actors.side_of("Fahim Dashty")
    'resistance'
    >>> actors.side_of("Taliban spokesman Bilal Karimi")
    'taliban'
    >>> actors.side_from_context("the U.N. high commissioner for refugees")
    'un'

Name folding and word-gated patterns are in presslens.actor_words, countries and demonyms in presslens.countries
(both re-exported here).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from . import config
# split out in session 11 and re-exported here, where tests, notebooks and the rest of the library import them
from .actor_words import _LEAD_TITLES, LeadIndex, WordGated, _phrase_regex, fold, name_key, text_words  # noqa: F401
from .countries import _countries_of, countries, country_forms, country_of, demonyms  # noqa: F401

GENERIC_SIDES = ("civilian", "un", "ngo", "foreign_gov", "expert", "media", "religious", "former_gov", "both", "unknown")
#: a body's name from its place complement on: 'Islamic State [of Iraq and the Levant]', 'Mission [in Somalia]'
_RX_PLACE_COMPLEMENT = re.compile(r"\s(?:of|in)\s.*$")
#: capitalised words of an organisation's name that say nothing about which side it is on
_NAME_STOP = {"the", "of", "for", "and", "de", "du", "la", "pour", "army", "ministry", "government", "defence",
              "defense", "front", "movement", "liberation", "national", "police", "forces", "force", "eastern",
              "western", "northern", "southern", "upper", "lower", "military-led", "interior", "foreign",
              "armed", "republic", "people's", "popular", "democratic", "revolutionary", "islamic", "council",
              "high", "office", "information", "brigades", "group", "state", "federal", "royal", "united"}


@dataclass(frozen=True)
class Actor:
    """One named actor of a registry."""
    name: str
    side: str
    aliases: tuple[str, ...] = ()
    role: str = ""
    kind: str = ""          # person | org | "" (unknown)
    conflict: str = ""

    @property
    def is_person(self) -> bool:
        if self.kind:
            return self.kind == "person"
        return len(self.name.split()) >= 2 and not re.search(
            r"\b(army|ministry|government|front|movement|council|brigades|office|police|hospital|network|"
            r"monitor|group|agency|forces|league|party|committee|mission|union|coalition|command|directorate|"
            r"authority|authorities|administration|service|organi[sz]ation|nations|court|battalion|brigade|regiment|"
            r"division|alliance|military|navy|media|news|television|radio)\b",
            fold(self.name))


@dataclass
class Conflict:
    """One conflict of a registry: its belligerent sides, keywords and actors."""
    key: str
    sides: dict[str, str] = field(default_factory=dict)
    actors: list[Actor] = field(default_factory=list)
    keywords: dict[str, list[str]] = field(default_factory=dict)
    articles: tuple[str, ...] = ()
    government_side: str | None = None
    rebel_side: str | None = None
    labels: str | None = None  # the conflict's label lexicon (presslens.bias): a shipped name or a path
    countries: dict[str, tuple[str, ...]] = field(default_factory=dict)  # side -> the country it is the state of
    countries_declared: tuple[str, ...] = ()  # the sides `countries:` gives (the others' read from descriptions)

    @property
    def between_states(self) -> bool:
        """Whether two of the conflict's sides are states (a war between states: no government/rebel pair)."""
        return len(self.countries) >= 2


@lru_cache(maxsize=1)
def _speaker_lexicon() -> dict:
    return config.lexicon("speakers")


#: 'Ministry of'/'Ministry for' before a generic word: the word is the ministry's brief, not an NGO or outlet
_RX_MINISTRY_OF = re.compile(r"\bministry\s+(?:of|for)\s+(?:[\w'\-]+\s+){0,3}$")



class Actors:
    """A loaded registry: side labels, named actors with aliases/side/role, for one or several conflicts.

    Stable API (used by quotes and casualties):

    - ``lookup(name) -> Actor | None``: the actor whose name or alias *is* `name` (titles and 'the' ignored).
    - ``find(text) -> Actor | None``: the actor whose name or alias occurs *in* `text` (longest first).
    - ``side_of(name_or_phrase) -> str | None``: the side of a name, alias, group word or descriptor
      ('Taliban spokesman X', 'resistance leaders', 'army'), else None.
    - ``side_from_context(text) -> str | None``: the side told by the words around a mention
      (registry names and keywords, then generic cue words: 'aid group', 'analyst', 'U.N.' ...).
    - ``for_article(article_id, text) -> Actors``: the view restricted to the conflict an article belongs to.
    - ``labels``: every side label the registry knows (belligerents + generic).
    """

    def __init__(self, conflicts: list[Conflict], *, generic_sides: dict[str, str] | None = None, name: str = ""):
        self.name = name
        self.conflicts = conflicts
        self.generic_sides = dict(generic_sides or {k: "" for k in GENERIC_SIDES})
        self.actors: list[Actor] = [a for c in conflicts for a in c.actors]
        self._by_key: dict[str, Actor] = {}
        for actor in self.actors:
            for form in (actor.name, *actor.aliases):
                self._by_key.setdefault(name_key(form), actor)
        self._names_re = _phrase_regex(k for k in self._by_key if len(k) > 1)
        self._side_words: list[tuple[str, re.Pattern]] = []     # every side word (the two lists below)
        self._strong_words: list[tuple[str, re.Pattern]] = []   # keywords, countries, a body's whole name
        self._token_words: list[tuple[str, re.Pattern]] = []    # single words of a body's name ('Security')
        self._theatre_words: set[str] = set()   # folded such words that also name the war's theatre ('Aceh')
        self._country_words: set[str] = set()   # folded country names and adjectives among the side words
        self._keyword_phrases: list[tuple[str, re.Pattern]] = []  # keywords of several words ('Southern troops')
        self._phrase_cache: dict[str, str | None] = {}
        for conflict in conflicts:
            words: dict[str, set[str]] = {side: set(ws) | demonyms(ws) for side, ws in conflict.keywords.items()}
            self._country_words.update(fold(w) for ws in conflict.keywords.values() for w in demonyms(ws) | countries(ws))
            for side, names in conflict.countries.items():  # rule `country_forms`: a state's country names its side
                words.setdefault(side, set()).update(f for n in names
                                                     for f in country_forms(n, capital=conflict.between_states))
                self._country_words.update(fold(f) for n in names for f in country_forms(n))
            tokens: dict[str, set[str]] = {}
            for actor in conflict.actors:
                if actor.side in conflict.sides and not actor.is_person:
                    bag = words.setdefault(actor.side, set())
                    for form in (actor.name, *actor.aliases):
                        if form.lower() == "army":
                            continue
                        bag.add(form)
                        # rule `place_complement_not_side`: 'Islamic State of Iraq', 'Mission in Somalia': the
                        # words after 'of'/'in' name a place, not the body, and tell no side ('Iraq's army')
                        for tok in re.findall(r"[\w'’\-]+", _RX_PLACE_COMPLEMENT.sub("", form) if " " in form else form):
                            tok = re.sub(r"['’]s$", "", tok)
                            if tok[:1].isupper() and fold(tok) not in _NAME_STOP and len(tok) >= 3:
                                (bag if tok == form or country_of(tok) else tokens.setdefault(actor.side, set())).add(tok)
            for side, toks in tokens.items():   # rule `theatre_word_no_badge` (_named_side)
                self._theatre_words.update(fold(t) for t in _theatre_words(conflict, side, toks))
            for side, bag in words.items():
                bag |= countries(bag | tokens.get(side, set()))
                rx = _phrase_regex(bag)
                if rx:
                    self._side_words.append((side, rx))
                    self._strong_words.append((side, rx))
                rx = _phrase_regex(tokens.get(side, set()) - bag)
                if rx:      # rule `name_word_weaker` (_side_from_context)
                    self._side_words.append((side, rx))
                    self._token_words.append((side, rx))
                rx = _phrase_regex(w for w in conflict.keywords.get(side, ()) if " " in w.strip())
                if rx:
                    self._keyword_phrases.append((side, rx))
        lex = _speaker_lexicon()
        self._generic = [(side, _phrase_regex(ws)) for side, ws in lex["sides"].items()]
        self._gov_re = _phrase_regex(lex["government"])
        self._rebel_re = _phrase_regex(lex["rebel"])
        #: the lists of side patterns `_side_from_context` asks in a row, indexed by their lead words (LeadIndex):
        #: a lookup asks only the patterns whose lead words its text holds
        self._generic_index = LeadIndex((side, rx) for side, rx in self._generic if rx and side not in ("civilian",))
        self._strong_index = LeadIndex(self._strong_words)
        self._token_index = LeadIndex(self._token_words)
        self._views: dict[str, Actors] = {}
        self._side_cache: dict[str, str | None] = {}
        self._side_cache_cased: dict[str, str | None] = {}
        self._forms: list | None = None   # text -> side; the registry is immutable once loaded

    def clear_caches(self) -> None:
        """Forget memoised sides (this registry and its per-article views)."""
        self._side_cache.clear()
        self._side_cache_cased.clear()
        for view in self._views.values():
            if view is not self:
                view.clear_caches()

    def __repr__(self) -> str:
        return f"Actors({self.name!r}, {len(self.conflicts)} conflict(s), {len(self.actors)} actors)"

    def __len__(self) -> int:
        return len(self.actors)

    @property
    def labels(self) -> list[str]:
        belligerents = [s for c in self.conflicts for s in c.sides]
        return belligerents + [s for s in self.generic_sides if s not in belligerents]

    # -- names ---------------------------------------------------------------------------------
    def lookup(self, name: str) -> Actor | None:
        """The actor whose name or alias is `name` (case, accents, 'the' and titles ignored), else None."""
        key = name_key(name)
        if key in self._by_key:
            return self._by_key[key]
        stripped = _LEAD_TITLES.sub("", key)
        return self._by_key.get(stripped)

    def find(self, text: str) -> Actor | None:
        """The actor whose name or alias occurs in `text` (the longest match), else None."""
        if not self._names_re or not text:
            return None
        best = None
        for m in self._names_re.finditer(fold(text)):
            if best is None or len(m.group(0)) > len(best.group(0)):
                best = m
        return self._by_key.get(name_key(best.group(0))) if best else None

    # -- sides ---------------------------------------------------------------------------------
    def side_of(self, name_or_phrase: str) -> str | None:
        """Side of a name, alias, group word or descriptor, else None.

        >>> load_actors(DEFAULT_ACTORS).side_of("resistance leaders")
        'resistance'
        """
        actor = self.lookup(name_or_phrase)
        if actor:
            return actor.side
        return self.side_from_context(name_or_phrase)

    def side_of_keyword_phrase(self, text: str) -> str | None:
        """The side whose registry keyword of several words occurs in `text` ('400 Southern troops' where a side's
        keyword is 'Southern troops' and neither word alone is one), else None.

        >>> Actors([_conflict("heglig", {"sides": {"sudan": "", "south": ""}, "keywords": {"sudan": ["Khartoum"],
        ...     "south": ["Southern troops", "SPLA"]}})]).side_of_keyword_phrase("southern troops")
        'south'
        """
        if not self._keyword_phrases or " " not in text:
            return None
        if text not in self._phrase_cache:
            if len(self._phrase_cache) > 1 << 14:
                self._phrase_cache.clear()
            folded = fold(text)
            self._phrase_cache[text] = next((side for side, rx in self._keyword_phrases if rx.search(folded)), None)
        return self._phrase_cache[text]

    def side_from_context(self, text: str, *, cased: bool = False) -> str | None:
        """Side told by the words around a mention (registry names/keywords, then generic words), else None.
        `cased`: `text` stands as the article writes it, so a lower-case word is a common word (rule
        `name_word_weaker`); otherwise a text all in lower case may have been lower-cased by the caller."""
        if not text:
            return None
        cache = self._side_cache_cased if cased else self._side_cache
        try:
            return cache[text]
        except KeyError:
            pass
        if len(cache) > 1 << 15:
            cache.clear()
        side = cache[text] = self._side_from_context(text, cased)
        return side

    def _side_from_context(self, text: str, cased: bool = False) -> str | None:
        actor = self.find(text)
        if actor and actor.side:
            return actor.side
        folded = fold(text)
        for _, side, rx in self._generic_index.among(text_words(folded)):     # (no civilian, no empty list)
            m = rx.rx.search(folded)    # (its lead words are in the text: `rx.search`'s gate would pass)
            if m and side in ("ngo", "media", "expert") and _RX_MINISTRY_OF.search(folded, 0, m.start()):
                continue    # rule `ministry_complement`: 'Ministry of Emergency Situations' is no NGO ('Emergency')
            if m:
                if side == "foreign_gov":   # a belligerent's own foreign ministry is that belligerent
                    own = next((s for s, srx in self._side_words if srx.search(folded)), None)
                    if own is not None:
                        return own
                return side
        named = self._named_side(text, folded, cased)
        if named is not None:
            return named
        if len(self.conflicts) == 1:
            conflict = self.conflicts[0]
            if conflict.government_side and self._gov_re and self._gov_re.search(folded):
                return conflict.government_side
            if conflict.rebel_side and self._rebel_re and self._rebel_re.search(folded):
                return conflict.rebel_side
        for side, rx in self._generic:
            if side == "civilian" and rx and rx.search(folded):
                return side
        return None

    def registry_side(self, text: str, *, cased: bool = True) -> str | None:
        """The side the registry's own words in `text` tell (an actor's name or alias, a keyword, a country, a
        word of a body's name), without generic words or the government/rebel convention; else None.

        >>> A = Actors([_conflict("ruvia", {"sides": {"gov": "", "rf": ""}, "government_side": "gov",
        ...     "keywords": {"gov": ["Ruvian army"], "rf": ["Ruvian Front", "Tarsk"]}})])
        >>> A.registry_side("sources in Tarsk"), A.registry_side("an official source"), A.side_from_context("an official source")
        ('rf', None, 'gov')
        """
        if not text:
            return None
        actor = self.find(text)
        if actor and actor.side:
            return actor.side
        return self._named_side(text, fold(text), cased)

    def _named_side(self, text: str, folded: str, cased: bool = False) -> str | None:
        """The side of the first registry keyword, country or body name in folded `text`, then of a word of a
        body's name standing capitalised in `text`; else None."""
        words = text_words(folded)      # only the patterns whose lead words the text holds (LeadIndex)
        for k, side, rx in self._strong_index.among(words):
            m = rx.rx.search(folded)    # (the gate of `rx.search` passed in `among`)
            if m:  # rule `nested_country`: 'South Sudanese officials' is South Sudan's, not Sudan's ('Sudanese')
                for other, orx in self._strong_words[k + 1:]:
                    om = orx.search(folded, max(0, m.start() - 40), m.end() + 40) if other != side else None
                    if om and om.start() <= m.start() and om.end() >= m.end() and om.end() - om.start() > m.end() - m.start():
                        return other
                return self._rebels_of_country(side, m.group(0), folded) or side
        cased = len(folded) == len(text) and (cased or not text.islower())  # a caller's lower-cased text: no case
        for _, side, rx in self._token_index.among(words):
            # rule `name_word_weaker`: one word of a body's name ('Security' of 'Joint Security Mission') tells
            # its side only where no keyword or country does, and only capitalised ('a security guard' is none)
            for m in rx.rx.finditer(folded):     # (the gate of `rx.finditer` passed in `among`)
                if cased and not text[m.start()].isupper():
                    continue
                if m.group(0) in self._theatre_words and self._gov_re and self._gov_re.search(folded):
                    continue    # rule `theatre_word_no_badge`: 'Aceh military spokesman' is the state's officer
                return side
        return None

    def _rebels_of_country(self, side: str, word: str, folded: str) -> str | None:
        """Rule `demonym_rebels`: in a civil war the country's name or adjective is no state's badge: 'Ruvian
        rebels', 'Ruvia's insurgents' are the registry's rebel side, not the state whose keywords name Ruvia
        (between two states, 'Ruvian fighters' are Ruvia's: no change); None when the rule does not apply.

        >>> A = Actors([_conflict("ruvia", {"sides": {"gov": "", "rf": ""}, "government_side": "gov",
        ...     "rebel_side": "rf", "keywords": {"gov": ["Ruvian army"], "rf": ["Ruvian Front"]}})])
        >>> A.side_from_context("Ruvian rebels"), A.side_from_context("Ruvian officials"), A.side_from_context("Ruvian army")
        ('rf', 'gov', 'gov')
        """
        if len(self.conflicts) != 1 or not self._rebel_re:
            return None
        conflict = self.conflicts[0]
        if conflict.between_states or side != conflict.government_side or not conflict.rebel_side \
                or not (word in self._country_words or country_of(word)):
            return None
        if self._rebel_re.search(folded) and not (self._gov_re and self._gov_re.search(folded)):
            return conflict.rebel_side
        return None

    # -- conflicts -----------------------------------------------------------------------------
    def _conflict_forms(self) -> list[tuple[Conflict, frozenset[str]]]:
        """Per conflict, the folded names, aliases and keywords that mark an article as about it (built once)."""
        if self._forms is None:
            self._forms = []
            for conflict in self.conflicts:
                forms = {fold(f) for a in conflict.actors for f in (a.name, *a.aliases) if len(f) > 3}
                forms |= {fold(w) for ws in conflict.keywords.values() for w in ws if len(w) > 3}
                forms |= {fold(w) for ns in conflict.countries.values() for n in ns
                          for w in country_forms(n, capital=conflict.between_states) if len(w) > 3}
                self._forms.append((conflict, frozenset(forms)))
        return self._forms

    def for_article(self, article_id: str | None = None, text: str | None = None, *,
                    lowered: str | None = None) -> Actors:
        """The registry view for one article: the conflict that lists it, else the one its text names most.

        With no conflict named at all, the view keeps only the generic labels (no belligerents), so a
        registry for one war does not colour articles about another. `lowered`: `text.lower()` when the
        caller has made it (quotes.reading.ArticleReading), else None.
        """
        if len(self.conflicts) == 0:
            return self
        chosen = None
        if article_id:
            for conflict in self.conflicts:
                if article_id in conflict.articles:
                    chosen = conflict
                    break
        if chosen is None and text:
            best, best_hits = None, 0
            for conflict, forms in self._conflict_forms():
                if len(self.conflicts) == 1:
                    hits = int(_names_any(forms, text, lowered))    # one conflict: named at all?
                else:
                    hits = sum(fold(text).count(f) for f in forms)
                if hits > best_hits:
                    best, best_hits = conflict, hits
            chosen = best
        key = chosen.key if chosen else ""
        if key not in self._views:
            self._views[key] = Actors([chosen] if chosen else [], generic_sides=self.generic_sides, name=key)
        return self._views[key]


def _theatre_words(conflict: Conflict, side: str, tokens: set[str]) -> set[str]:
    """Rule `theatre_word_no_badge`: the single words of a body's name that also name the war's own theatre: they
    stand in the conflict's key or in another side's description ('Free Aceh Movement' in a war over Aceh, whose
    state side is 'the military and its Aceh commands'). Such a word tells no side in a phrase with a state word:
    'Aceh military spokesman' is the state's officer, not the movement's; 'the local force of Aceh' stays the
    movement's. The body's whole name and the registry's keywords still tell its side.

    >>> c = _conflict("ruvia-north", {"sides": {"gov": "the Ruvian state and its North Ruvia command",
    ...     "nlf": "the North Ruvia Liberation Front"}, "actors": [{"name": "North Ruvia Liberation Front",
    ...     "side": "nlf"}]})
    >>> sorted(_theatre_words(c, "nlf", {"North", "Ruvia", "Liberation", "Front"}))
    ['North', 'Ruvia']
    """
    others = " ".join([conflict.key.replace("-", " ").replace("_", " ")]
                      + [str(d) for s, d in conflict.sides.items() if s != side])
    folded = fold(others)
    return {t for t in tokens if re.search(rf"(?<!\w){re.escape(fold(t))}(?!\w)", folded)}


def _names_any(forms, text: str, lowered: str | None = None) -> bool:
    """Whether folded `text` contains any of the folded `forms`. The lower-cased text (`lowered`, when the caller
    has it) is tried first: a form found there is in the folded text too (folding only decomposes, drops accents
    and straightens apostrophes, and a folded form has none of these), and folding a whole article costs more than
    the search."""
    lowered = text.lower() if lowered is None else lowered
    return any(f in lowered for f in forms) or any(f in fold(text) for f in forms)


def _conflict(key: str, raw: dict) -> Conflict:
    sides = dict(raw.get("sides") or {})
    actors = []
    for item in raw.get("actors") or []:
        if not isinstance(item, dict) or not item.get("name"):
            continue
        actors.append(Actor(name=str(item["name"]), side=str(item.get("side") or "unknown"),
                            aliases=tuple(str(a) for a in item.get("aliases") or ()),
                            role=str(item.get("role") or ""), kind=str(item.get("kind") or ""), conflict=key))
    gov, rebel = raw.get("government_side"), raw.get("rebel_side")
    if gov is None:
        gov = next((s for s in sides if "gov" in s or re.search(r"\bstate\b|\bgovernment\b", str(sides[s]).split(":")[0])), None)
    if rebel is None:
        others = [s for s in sides if s != gov]
        rebel = others[0] if len(others) == 1 else None
    keywords = {str(k): [str(w) for w in v or ()] for k, v in (raw.get("keywords") or {}).items()}
    countries, declared = _countries_of(sides, raw.get("countries"))
    return Conflict(key=key, sides=sides, actors=actors, keywords=keywords,
                    articles=tuple(raw.get("articles") or ()), government_side=gov, rebel_side=rebel,
                    labels=str(raw["labels"]) if raw.get("labels") else None, countries=countries,
                    countries_declared=declared)


def load_actors(path: str | Path) -> Actors:
    """Registry YAML -> Actors. Accepts the shipped format and the dev2 multi-conflict format.

    >>> load_actors(DEFAULT_ACTORS)
    Actors('panjshir-2021', 1 conflict(s), 15 actors)
    """
    from .registry import validate_registry

    path = Path(path)
    raw = validate_registry(path)   # RegistryError (one line: file, line, key) if the file is not a registry
    generic = raw.get("generic_sides")
    if "conflicts" in raw:
        conflicts = [_conflict(str(k), v or {}) for k, v in (raw["conflicts"] or {}).items()]
    else:
        conflicts = [_conflict(str(raw.get("name") or path.stem), raw)]
    # a `labels:` path is relative to the registry file
    conflicts = [replace(c, labels=str(path.parent / c.labels)) if c.labels and (path.parent / c.labels).is_file() else c
                 for c in conflicts]
    return Actors(conflicts, generic_sides=generic, name=str(raw.get("name") or path.stem))


DEFAULT_ACTORS = config.DEFAULT_ACTORS

"""What the actor registry (presslens.actors.Actors) says about one article's conflict: SideWords."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .lexicon import _FUNCTION, Lexicon


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
    nonstate_names: dict = field(default_factory=dict)  # several non-state sides: side -> where first named
    _keywords: dict | None = None  # folded one-word keyword -> the sides that list it (rule `keyword_first`)
    _surnames: dict | None = None  # folded surname of a registry person -> the sides (rule `surname_side`)
    _un_words: frozenset | None = None  # folded words of the registry's `un` bodies' names (rule `peacekeepers_un`)
    states: dict = field(default_factory=dict)  # a war between states: side -> its countries (actors.Conflict)
    role_keywords: frozenset = frozenset()  # role words the registry lists as one side's keyword ('terrorists')
    by_role_keyword: bool = False  # the last `side_of_words` answer came from one of `role_keywords`

    def _word(self, word: str) -> str | None:
        if word not in self._cache:
            side = keyword_first(word, self) if self.view is not None else None
            if side is None:
                side = self.view.side_from_context(word) if self.view is not None else None
            self._cache[word] = side if side in self.belligerents else None
        return self._cache[word]

    def side_of_words(self, words: list[str], *, person_sides: bool = False) -> str | None:
        """The belligerent side that a registry name, alias or keyword in `words` points to, else None.

        With `person_sides`, a named actor's generic side (a civilian resident, an aid worker) also counts."""
        self.by_role_keyword = False
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
        if len(words) > 1:  # a keyword of several words: 'Southern troops'
            side = self.view.side_of_keyword_phrase(" ".join(words))
            if side in self.belligerents:
                return side
        if self.role_keywords:  # last: a role word the registry keys to one side (rule `registry_role_keywords`)
            for w in words:
                if w in self.role_keywords:
                    side = self._word(w)
                    if side:
                        self.by_role_keyword = True   # (read by victims._side_stated for column `side_by`)
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


def keyword_first(word: str, sw: SideWords) -> str | None:
    """Rule `keyword_first`: a one-word registry keyword (or the demonym of one) of exactly one belligerent side names
    that side, before a word of another side's actor names ('Sendero' is Shining Path's keyword, although a police
    unit's name, 'Sendero Task Force', holds the word too).

    >>> from presslens.actors import Actors, _conflict
    >>> reg = Actors([_conflict("peru", {"sides": {"gov": "the Peruvian state and its police",
    ...     "sendero": "the Shining Path"}, "keywords": {"gov": ["Peruvian army"], "sendero": ["Sendero"]},
    ...     "actors": [{"name": "Sendero Task Force", "side": "gov", "kind": "org"}]})])
    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Police said around thirty Sendero members were killed in the clash near Ayacucho.", reg)
    [('killed', 30, 30, None, 'sendero')]
    """
    table = sw._keywords
    if table is None:
        from ..actors import country_forms, demonyms, fold
        table = {}
        for conflict in getattr(sw.view, "conflicts", []):
            for side, kws in conflict.keywords.items():
                for kw in (*kws, *demonyms(kws)):
                    if " " not in kw.strip():
                        table.setdefault(fold(kw.strip()), set()).add(side)
            for side, names in conflict.countries.items():  # rule `country_forms`: 'Tajik', 'Dushanbe'
                for kw in (f for n in names for f in country_forms(n, capital=conflict.between_states)):
                    if " " not in kw.strip():
                        table.setdefault(fold(kw.strip()), set()).add(side)
        sw._keywords = table
    sides = table.get(word)
    return next(iter(sides)) if sides and len(sides) == 1 else None


def _registry(actors: Any) -> Any:
    """An Actors object from an Actors object, a registry YAML path, or None."""
    if actors is None or hasattr(actors, "for_article"):
        return actors
    if isinstance(actors, (str, Path)):
        from ..actors import load_actors
        return load_actors(actors)
    raise TypeError(f"actors: expected a presslens.actors.Actors (load_actors(path)) or a YAML path, "
                    f"got {type(actors).__name__}")


_SKIP: dict[int, tuple[Lexicon, frozenset]] = {}


def _skip_words(lex: Lexicon) -> frozenset:
    """The words that never name a side (roles, victims' heads, function words, harm nouns): once per lexicon."""
    hit = _SKIP.get(id(lex))
    if hit is None or hit[0] is not lex:
        hit = _SKIP[id(lex)] = (lex, frozenset(lex.roles) | frozenset(lex.heads) | frozenset(_FUNCTION) |
                                frozenset(lex.nouns))
    return hit[1]


def side_words_for(text: str, article_id: str | None, actors: Any, lex: Lexicon) -> SideWords:
    """The side vocabulary for one article: the registry's view of the article's conflict."""
    skip = _skip_words(lex)
    reg = _registry(actors)
    if reg is None:
        return SideWords(skip=skip)
    view = reg.for_article(article_id, text)
    conflicts = getattr(view, "conflicts", [])
    belligerents = frozenset(s for c in conflicts for s in c.sides)
    sw = SideWords(view=view, belligerents=belligerents, skip=skip, role_keywords=registry_role_keywords(conflicts, skip))
    if len(conflicts) == 1:
        sw.state, sw.nonstate = conflicts[0].government_side, conflicts[0].rebel_side
        if sw.nonstate is None:  # 'militants' are the one side the registry describes as a non-state force
            from .rebel_side import rebel_side_from_descriptions
            sw.nonstate = rebel_side_from_descriptions(conflicts[0].sides, lex)
        from .sides_generic import nonstate_named
        sw.nonstate = nonstate_named(conflicts[0], text, lex, sw.nonstate, sw)  # several non-state sides: the named one
        if sw.state and sw.nonstate:
            sw.opposite = {sw.state: sw.nonstate, sw.nonstate: sw.state}
        if conflicts[0].between_states:  # two states at war: each is the other's foe, unless the registry pairs it
            sw.states = dict(conflicts[0].countries)  # with a rebel side ('enemy' in Kyiv's 2014 copy: separatists)
            if len(sw.states) == 2:
                a, b = sw.states
                sw.opposite.setdefault(a, b)
                sw.opposite.setdefault(b, a)
    return sw


def registry_role_keywords(conflicts: list, skip: frozenset) -> frozenset:
    """Rule `registry_role_keywords`: the role words (skipped as naming no side: 'terrorists', 'militiamen') that the
    registry lists as a one-word keyword of exactly one side of the article's war. `SideWords.side_of_words` reads
    them last, when no other word and no keyword phrase of the victims names a side: then the registry, not the
    government/rebel reading of the role, decides ('terrorists' keyed to Jaish-e-Mohammed while `rebel_side` is
    another side).

    >>> from presslens.actors import _conflict
    >>> c = _conflict("kashmir", {"sides": {"india": "the Indian state", "jem": "Jaish-e-Mohammed"},
    ...     "keywords": {"jem": ["JeM", "terrorists"], "india": ["Indian troops"]}})
    >>> sorted(registry_role_keywords([c], frozenset({"terrorists", "troops", "the"})))
    ['terrorists']
    """
    from ..actors import fold
    keyed: dict[str, set] = {}
    for conflict in conflicts:
        for side, kws in conflict.keywords.items():
            for kw in kws:
                kw = kw.strip()
                if " " not in kw and (word := fold(kw)) in skip:     # (folded once)
                    keyed.setdefault(word, set()).add(side)
    return frozenset(w for w, sides in keyed.items() if len(sides) == 1)


#: one fighter of an armed group, in a word that is also an adjective ('multiple militant fatalities'): a role only
#: as the victims' head ('one terrorist was eliminated', 'killed a senior militant')
_NONSTATE_SINGULAR = frozenset(["militant", "insurgent", "terrorist", "jihadist", "jihadi", "islamist", "extremist"])


def _role_of(words: Iterable[str], lex: Lexicon) -> str | None:
    """The kind of force the victims' words name ('civilian', 'state', 'nonstate'); the head (last) decides, and a
    two-word role counts as one ('members of the security forces' -> state).

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> _role_of(["one", "terrorist"], load_lexicon()), _role_of(["militant", "fatalities"], load_lexicon())
    ('nonstate', None)
    """
    role, prev = None, None
    for w in words:
        r = lex.roles.get(w)
        if prev is not None:
            r = lex.roles.get(f"{prev} {w}") or r
        if r:
            role = r
        prev = w
    if role is None and prev in _NONSTATE_SINGULAR:
        return "nonstate"
    return role

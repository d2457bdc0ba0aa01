"""The mention layer of one article: each speaker or source phrase resolved to an entity of the article.

`ArticleMentions(text, actors)` holds what the article names (people with their titles and descriptors,
organisations with their registry sides) and the entities resolved so far, in text order; `resolve` turns
one phrase at a span into an `Entity` with its canonical name (the fullest form the article gives), side,
role and whether it is anonymous. Coreference is by kind of phrase:

- pronoun (`he`, `she`, `it`, `her records`): the last fitting entity or person named before;
- anaphor (`the ministry`, `the group`, `the statement`): the last body with that head named before;
- role (`the governor`, `the elder Mr Okafor`): the person named with that role nearby;
- name (surname, acronym, short form): the fullest name the article gives;
- unnamed (`a resident`, `one of them`): a person named later with that role, or the phrase itself.

The resolvers by kind are `mentions.kinds.KindResolvers`, which `ArticleMentions` inherits; the dispatch, the
registry and the entity bookkeeping are here.

    >>> layer = ArticleMentions("Governor Amina Bello visited. Bello said it was calm.", None)
    >>> e = layer.resolve("Bello", 30, 35)
    >>> e.name, e.kind, e.anonymous
    ('Amina Bello', 'person', False)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..actors import Actors, fold
from ..fastre import _CaseFreePattern, _re_sub
from ..provenance import NO_RULE
from .context import _generic_actors, _org_mentions, _role_lookup, _role_of, _sentence_start, _speaker_tail
from .lexicon import ORG_WORDS, ROLE_WORDS, _cap
from .definite import definite_taken_up
from .descriptors import described_body, family_side, held_by
from .outlets import outlet_of_noun
from .members import first_of_coordinated, side_of_source_before, singled_out
from .broadcast import broadcast_taken_up
from .unnamed import fold_head, group_head, later_source_unplaced, placed_group, placed_source_name, qualified_group, \
    same_group_later, same_unnamed_source, self_named_after, source_by_head
from .coref import (_document_key, author_before, credited_document, expansion, initials_index,
                    registry_person_by_surname)
from .headlines import runs_outside_headlines
from .names import Mention, _first_gender, _fullest, _gender, _inventory, _strip_titles, spaced_runs
from .rules import time_tail
from .pronouns import adjective_body_before, modifies_next_noun
from .viewpoint import viewpoint_side
from .role_holders import AMBIGUOUS, role_holder, role_of_phrase
from .speaker_sides import (SIDELESS_SOURCES, both_sides_speakers, civilian_apposition,
                            first_conjunct_side, foreign_state_speaker, hospital_staff_civilian,
                            plain_person_civilian, rebel_word_speaker, sources_of_body,
                            spokesman_of_principal)
from .abroad import phrase_side_kept, state_of_phrase
from .side_description import side_in_description
from .travellers import civilian_by_head
from .state_media import state_media_taken_up
from .state_named import state_of_named_country
from .outlet_medium import MEDIUM_ENDS, outlet_taken_by_head
from .press import press_office_named
from .people_phrase import DECIDED as PEOPLE_DECIDED
from .phrases import _RX_POSS_DET, _classify, _classify_phrase, _phrase_head, _unnamed_out, participle_cut
from .kinds import KindResolvers
from .salience import appositive_name, possessive_body, possessive_cut, with_particle, without_bracketed_acronym


#: phrase kinds that may be a role whose holder the article names (rule `role_holder`)
_ROLE_KINDS = frozenset(("name", "role", "qualified", "possessive_role"))
_RX_BRACKETED = re.compile(r"\s?\(([A-Z][A-Za-z0-9.&\-]{1,9})(?:\)|$)")     # a phrase may end before ')'


@dataclass(slots=True)
class Entity:
    """One phrase resolved: canonical `name`, `kind` (person | org | plural), registry id, side, role,
    `anonymous`, and the phrase's span (`start`, `end`)."""
    name: str
    kind: str
    registry_id: str | None
    side: str | None
    role: str | None
    anonymous: bool
    start: int
    end: int
    by: str = ""            # the rule that named it (quotes' column `speaker_by`; presslens.provenance)
    side_by: str = ""       # the rule that gave its side (quotes' column `side_by`; `none`: no side)


def _set_side(ent: Entity, side: str | None, rule: str) -> None:
    """Give `ent` the side `side` by rule `rule` (kept in `side_by` when the side changes)."""
    if side != ent.side:
        ent.side, ent.side_by = side, (rule if side else NO_RULE)


class ArticleMentions(KindResolvers):
    """What one article names, and the entities its phrases resolved to (in the order `resolve` saw them)."""

    def __init__(self, text: str, actors: Actors | None, *, lowered: str | None = None):
        """`lowered`: `text.lower()` when the caller has made it (quotes.reading.ArticleReading), else None."""
        self.text = text
        self.actors = actors
        self.generic = actors if actors is not None else _generic_actors()
        self._spaced = runs_outside_headlines(text, spaced_runs(text))  # runs of 2+ words, shared; no headline's
        self.inventory: list[Mention] = _inventory(text, actors, runs=self._spaced)
        self.by_name: dict[str, list[Mention]] = {}
        for mnt in self.inventory:
            self.by_name.setdefault(mnt.name, []).append(mnt)
        self._orgs: list | None = None
        self._expansions: dict[str, str | None] = {}
        self._initials: dict[str, set[str]] | None = None
        #: entities resolved so far: (position, name, type person|org|plural, gender)
        self.history: list[tuple[int, str, str, str]] = []
        #: the side each named entity was first given
        self._sides: dict[str, str] = {}
        #: the last placed unnamed source resolved: (end, name, side)
        self._placed: tuple[int, str, str | None] | None = None
        #: the last unnamed source resolved: (end, name, side, type)
        self._unnamed_last: tuple[int, str, str | None, str] | None = None
        #: the last unnamed source resolved per head noun, as `_unnamed_last` (rule `same_group_later`)
        self._unnamed_by_head: dict[str, tuple[int, str, str | None, str]] = {}
        #: statements resolved so far: (content start, content end, speaker, kind, gender, anonymous); `_said_at`: spans
        self._said: list[tuple[int, int, str, str, str, bool]] = []; self._said_at: list[tuple[int, int]] = []
        #: sides given by rule `viewpoint_side`, by entity name (a later mention keeps it)
        self._viewpoint: dict[str, str] = {}
        self._kept_sides: dict[str, tuple[str, str]] = {}  # a side by own words, kept for later mentions
        #: capitalised runs of the article, found on first use (rule `press_office_named`)
        self._runs: list[tuple[int, str]] | None = None
        #: where the statement being resolved starts (its speaker's words stop there)
        self._content_at: int | None = None
        #: every statement resolved, for rule `credited_document`: [end, documents its credit names (None until
        #: asked: `_credited_docs`), speaker, anonymous, start, content span]
        self._credited: list[list] = []
        #: the rule that named the author of the document being resolved, if one did (`speaker_by`)
        self._document_by: str | None = None
        #: the article lower-cased, made on first use (`lowered`); "" until then
        self._lowered: str | None = "" if lowered is None else None if _CaseFreePattern._odd(text) else lowered
        #: each speaker phrase classified in this article (`_classified`): an article repeats its speakers
        self._classes: dict[str, tuple[str, str]] = {}
        #: (phrase, core) -> (core with its particle, the name the registry knows in full) (`_registry_whole`)
        self._wholes: dict[tuple[str, str], tuple[str, str]] = {}

    def expansion(self, short: str) -> str | None:
        """The article's spelled-out name for acronym `short` (coref.expansion), memoised per article."""
        if short not in self._expansions:
            if self._initials is None:
                self._initials = initials_index(mt.group(0) for mt in self._spaced if " " in mt.group(0))
            self._expansions[short] = expansion(self.text, short, (), index=self._initials)
        return self._expansions[short]

    def lowered(self) -> str | None:
        """The article lower-cased at the same offsets, for searches that run case-sensitively on it (made once
        per article); None when lower-casing would move offsets or a letter folds otherwise under re.I (İ ı ſ:
        fastre._CaseFreePattern)."""
        if self._lowered == "":
            self._lowered = None if _CaseFreePattern._odd(self.text) else self.text.lower()
        return self._lowered

    def _classified(self, phrase: str) -> tuple[str, str]:
        """`_classify(phrase, text)` (mentions.phrases) memoised per article: its answer depends on the phrase
        and the article only ('Residents' is a common noun where the article also writes 'residents')."""
        found = self._classes.get(phrase)
        if found is None:
            found = self._classes[phrase] = _classify(phrase, self.text)
        return found

    def orgs(self) -> list[tuple[int, str, str | None]]:
        """Organisations named in the article (position, fullest name, registry side), found on first use."""
        if self._orgs is None:
            self._orgs = _org_mentions(self.text, self.actors, runs=self._spaced)
        return self._orgs

    # --------------------------------------------------------------------------------------------
    def resolve(self, phrase: str, start: int, end: int, *, before: int | None = None,
                said: tuple[int, int] | None = None) -> Entity | None:
        """The entity of `phrase` at [start, end) (`before`: where the statement starts, if earlier; a
        pronoun's antecedent precedes it; `said`: the statement's content span, kept for later pronouns);
        None when the phrase is no speaker ('the toll it has claimed')."""
        self._content_at = said[0] if said is not None else None
        ent = self._resolve(phrase, start, end, before)
        if ent is not None and ent.kind == "org" and ent.registry_id is None and not ent.anonymous \
                and " " not in ent.name and ent.name[:1].isupper() and not ent.name.isupper() \
                and (not phrase.rstrip().endswith(ent.name) or modifies_next_noun(self.text, end)):
            found = adjective_body_before(self._said, ent.name, start)
            if found is not None:   # 'the Ruvian claim' <- 'The Ruvian military said' (mentions.pronouns)
                ent.name, ent.anonymous, ent.by = *found, "adjective_body_before"
        if ent is not None and said is not None:
            self._said_by(ent, phrase, said, (start, end))
            # 'In a statement, the security forces said ...': 'the statement' later is theirs. The documents are
            # read only when a later phrase is a document ('the statement said'), so they are found then
            self._credited.append([end, None, ent.name, ent.anonymous, start, said])
            if ent.registry_id is None and self.actors is not None and self.actors.conflicts:
                self._viewpoint_of(ent, phrase, said)
        return ent

    def _viewpoint_of(self, ent: Entity, phrase: str, said: tuple[int, int]) -> None:
        """Rule `viewpoint_side` (mentions.viewpoint): a state speaker whose words name no side takes the side
        its statement does not blame; a later mention of the same named entity keeps it."""
        conflict = self.actors.conflicts[0] if len(self.actors.conflicts) == 1 else None
        if conflict is None or (ent.side is not None and ent.side != conflict.government_side
                                and ent.side not in ("unknown",)):
            return
        side = viewpoint_side(phrase if ent.anonymous or phrase[:1].islower() else ent.name,
                              self.text[said[0]:said[1]], self.actors)
        if side is None:
            side = self._viewpoint.get(ent.name)
        if side is not None:
            _set_side(ent, side, "viewpoint_side")
            self._viewpoint.setdefault(ent.name, side)
            last = self._unnamed_last
            if last is not None and last[1] == ent.name:    # 'the official' who takes it up keeps it
                self._unnamed_last = (last[0], last[1], side, last[3])

    def _said_by(self, ent: Entity, phrase: str, said: tuple[int, int], span: tuple[int, int]) -> None:
        """Keep the statement `said`, its speaker's gender and phrase `span` (mentions.pronouns, own_clause)."""
        self._said_at.append(span)
        g = _first_gender(self.by_name.get(ent.name, ())) or _gender(phrase)
        self._said.append((said[0], said[1], ent.name, ent.kind, g, ent.anonymous))

    def _resolve(self, phrase: str, start: int, end: int, before: int | None) -> Entity | None:
        """resolve() without keeping the statement."""
        mixed = self._coordinated_sides(phrase) if " and " in phrase else False
        first = first_of_coordinated(phrase) if " and " in phrase else None
        if first:       # 'local NGOs and UN sources' -> 'local NGOs' (mentions.members)
            phrase, end = first, start + len(first)
        phrase = without_bracketed_acronym(phrase)      # 'an X Office (XO) statement' (mentions.salience)
        kind, core = self._classified(phrase) if not (first and first[:1].islower()) else ("unnamed", first)
        by = "people_noun_phrase" if kind == "unnamed" and core in PEOPLE_DECIDED else kind  # kind; a rule below may take over
        office = press_office_named(phrase, self._press_runs(), start) if "media" in phrase or "press" in phrase \
            or "information" in phrase or "public" in phrase else None
        if office:      # "the military's media wing" -> the press body the article names (mentions.press)
            kind, core, by = "name", office, "press_office_named"
        if kind == "name":
            core = self._registry_whole(phrase, core, end)
        outlet = outlet_of_noun(phrase, self.history, self._sides, self.text, start) \
            if kind == "unnamed" or (kind == "anaphor" and core == "agency") else None
        if outlet:      # 'X reports ... the news site says' -> X; 'the newspaper X ... the newspaper' (mentions.outlets)
            kind, (core, by) = "name", outlet
        if kind == "none":
            return None
        cut = possessive_cut(self.text, end) if phrase.endswith(("'s", "’s")) else None
        if cut:         # "Ruvia's" cut from "Ruvia's health department" (mentions.salience)
            phrase, end = self.text[start:cut], cut
        owned = possessive_body(phrase) if ("'s " in phrase or "’s " in phrase) and kind != "pronoun" else None
        named_as = appositive_name(self.text, end) if owned else None
        if named_as or (owned and (cut or kind == "name")):
            # "Ruvia's health department" is a body, not 'Ruvia' (mentions.salience); named in apposition: that name
            kind, core, by = "name", named_as or owned[0], "appositive_name" if named_as else "possessive_body"
        named = self_named_after(self.text, end, phrase) if kind in ("unnamed", "unnamed_place") else None
        if named:       # '..., said a resident who identified himself as X' (mentions.unnamed)
            kind, core, by = "name", named, "self_named_after"
        placed = self._placed_antecedent(core, start, before) if kind == "pronoun" else None
        taken = None if placed else self._unnamed_taken_up(kind, phrase, start)
        held = None if placed or taken else \
            self._role_held(kind, phrase, start) if kind in _ROLE_KINDS and not named else None
        aired = None if placed or taken or held else self._broadcast(kind, phrase, start)
        self._document_by = None
        found = placed or taken or held or aired or self._dispatch_definite(kind, core, phrase, start, before)
        if found is None:
            return None
        by = "placed_antecedent" if placed else "unnamed_taken_up" if taken else "role_holder" if held else \
            "broadcast_taken_up" if aired else self._document_by or by
        if named and found[1] != "person":      # the name a person gave: a person ('Tomás' is no body)
            found = (found[0], "person", found[2])
        speaker, stype, unnamed = found
        last = self._unnamed_last
        taken_up = unnamed and kind in ("unnamed", "role") and last is not None and same_unnamed_source(phrase, last[1])
        if taken_up:    # 'local sources told X ... The sources pointed out' (mentions.unnamed)
            speaker, stype, by = last[1], last[3], "same_unnamed_source"
        earlier = self._group_later(speaker, phrase, end) if unnamed and kind in ("unnamed", "role") else None
        if earlier is not None:     # 'Western diplomats said ... one diplomat said ... diplomats said'
            last, taken_up, speaker, stype, by = earlier, True, earlier[1], earlier[3], "same_group_later"
        ent = self._entity(phrase, start, end, kind, core, speaker, stype, unnamed)
        ent.by = "participle_after_head" if by == "unnamed" and unnamed and participle_cut(phrase, speaker) else by
        taken_side = side_of_source_before(phrase, kind, speaker, last, taken_up=taken_up, unnamed=unnamed, placed=placed)
        if taken_side is not None:  # 'One of the sources' has the side of 'security sources' (mentions.members)
            _set_side(ent, ent.side or taken_side[0], taken_side[1])
        if unnamed and kind in ("unnamed", "role", "unnamed_place"):
            self._unnamed_last = (end, speaker, ent.side, stype)
            self._remember_group(speaker, phrase, end)
        if kind == "unnamed_place" and stype == "person":
            self._placed = (end, speaker, ent.side)
        elif unnamed and kind in ("unnamed", "role") and ((stype == "person" and fold_head(speaker) in ROLE_WORDS)
                                                          or singled_out(speaker)):
            self._placed = (end, speaker, ent.side)     # 'a military official said ... He pointed out'
        elif placed:
            _set_side(ent, ent.side or self._placed[2], "placed_antecedent")
        elif not unnamed or later_source_unplaced(kind, stype, speaker, self._placed):
            self._placed = None     # (rule `later_source_unplaced`, mentions.unnamed)
        if kind == "descriptor" and ent.side is None and not unnamed:
            _set_side(ent, family_side(core), "family_side")    # 'a news report' -> an outlet: media
            self._sides.setdefault(speaker, ent.side)
        if mixed is not False and ent.registry_id is None:
            _set_side(ent, mixed, "coordinated_sides")
        if office and ent.registry_id is None and ent.side == "media":
            _set_side(ent, self.generic.side_from_context(office), "press_office_named")  # a press office is no outlet (mentions.press)
            if self._sides.get(ent.name) == "media":
                self._sides.pop(ent.name)
        return ent

    def _press_runs(self) -> list[tuple[int, str]]:
        """Capitalised runs of two words or more (position, name without titles) for rule `press_office_named`."""
        if self._runs is None:
            self._runs = [(mt.start(), _strip_titles(mt.group(0))) for mt in self._spaced if " " in mt.group(0)]
        return self._runs

    def _coordinated_sides(self, phrase: str):
        """Rule `coordinated_sides`: speakers coordinated under one cue whose words tell different sides, one
        of them a warring side: two warring sides -> 'both' ('Ruvia and Tarsland blamed each other'); a warring
        side and another -> None, unknown ('civilian and military sources', 'security sources and medics');
        False when the rule does not apply (one side told, or none warring)."""
        actors = self.actors
        if actors is None or not actors.conflicts:
            return False
        warring = {s for c in actors.conflicts for s in c.sides}
        parts = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", phrase) if p.strip()]
        each = [actors.side_from_context(p) for p in parts]
        sides = set(each) - {None}
        if len(parts) < 2 or len(sides) < 2:
            return False
        if len(sides & warring) >= 2 and sides <= warring:
            return "both"
        # 'the army and survivors' speak as the army (mentions.speaker_sides); two groups of unnamed sources
        # ('security sources and medics', rule `first_of_coordinated`'s shape) pool one account: mixed
        first = first_conjunct_side(parts, each) if first_of_coordinated(phrase) is None else None
        if first is not None:
            return first
        return None if sides & warring else False

    def _registry_whole(self, phrase: str, core: str, end: int) -> str:
        """A name's core as the phrase gives it in full: the expansion of an acronym in the phrase's brackets
        that holds the core ('Mission in Y (MY)'), the whole phrase when the registry knows it ('The Ruvia Defence
        Force' is not 'Defence Force'; 'AU Mission in Y' is not 'AU Mission'), a surname with its particle ('al-Hashimi'; rule `name_particle`)."""
        found = self._wholes.get((phrase, core))
        if found is None:   # (the same phrase again in the article: the same answer, bar the brackets after it)
            particled = with_particle(phrase, core)
            found = self._wholes[(phrase, core)] = (particled, self._registry_form(phrase, particled))
        core, whole = found
        acr = _RX_BRACKETED.search(phrase) if "(" in phrase else _RX_BRACKETED.match(self.text, end, end + 14)
        if acr:             # 'The X Mission in Y (XMY)': the name the brackets spell out (coref.expansion)
            exp = expansion(self.text, acr.group(1), (), index={})     # the brackets are there: no index needed
            if exp and core in exp and len(exp) > len(core):
                return exp
        return whole

    def _registry_form(self, phrase: str, core: str) -> str:
        """`_registry_whole` without the brackets: the whole phrase when the registry knows it as a body other
        than the core's, else the core (an answer of the phrase and the core only, kept per article)."""
        if self.actors is None or phrase.count(" ") - core.count(" ") > 2 or core not in phrase:
            return core     # only a determiner and a word more ('The Ruvia Defence Force')
        whole = _re_sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", phrase.strip(" ,."))
        if whole != core and len(whole) > len(core) and all(_cap(w) or w in ("of", "in", "for") for w in whole.split()):
            reg = self.actors.lookup(whole)
            if reg is not None and not reg.is_person and reg is not self.actors.lookup(core):
                return whole
        return core

    def _role_held(self, kind: str, phrase: str, pos: int):
        """Rule `role_holder` (mentions.role_holders): 'The Defence Minister said' -> the person the article
        names as that role's holder; two holders named before: the role as it stands; None: no holder named."""
        if phrase[:4] not in ("the ", "The "):
            return None
        holder = role_holder(self.text, self.inventory, pos, phrase)
        if holder == AMBIGUOUS:
            return _unnamed_out(phrase), "person", True
        if holder is None:      # 'The Iraqi Official said', no holder named: a role, not a name
            return self._role("the " + phrase[4:].lower(), pos, phrase) \
                if kind == "name" and role_of_phrase(phrase) is not None else None
        return _fullest(holder, self.inventory, pos, prefer=[]), "person", False

    def _group_later(self, speaker: str, phrase: str, end: int):
        """The last unnamed group named in full with the head of `speaker` ('diplomats' -> 'Western diplomats'),
        as `_unnamed_last`, by rule `same_group_later` (mentions.unnamed), or None; never for a group qualified
        by its own words ('Officials at the army's headquarters')."""
        earlier = self._unnamed_by_head.get(group_head(speaker) or "") if self._unnamed_by_head else None
        if earlier is not None and earlier[1] != speaker and same_group_later(speaker, earlier[1]) \
                and not qualified_group(phrase, self.text, end) and not placed_group(earlier[1]):
            return earlier
        return None

    def _remember_group(self, speaker: str, phrase: str, end: int) -> None:
        """Keep the last unnamed speaker resolved per head noun, fuller forms only ('Western diplomats', not
        'diplomats') or a group qualified by its own words ('Officials at X'), for rule `same_group_later`."""
        if " " in speaker.strip() or qualified_group(phrase, self.text, end):
            self._unnamed_by_head[fold_head(speaker)] = self._unnamed_last

    def _broadcast(self, kind: str, phrase: str, pos: int):
        """'according to Radio Kabul ... The Kabul broadcast said' -> (the station or the speaker heard over a
        radio, its type, whether unnamed) by rule `broadcast_taken_up` (mentions.broadcast), or None."""
        if kind != "unnamed" or ("broadcast" not in phrase and "radio" not in phrase):
            return None
        name = broadcast_taken_up(phrase, self.history, self.text, pos)
        if name is None:
            return None
        stype = next((h[2] for h in reversed(self.history) if h[1] == name), "org")
        return name, stype, name[:1].islower()

    def _unnamed_taken_up(self, kind: str, phrase: str, pos: int):
        """'a military official said "Colonel X ... was killed" ... the official said': a definite role that
        takes up the unnamed source before it (mentions.unnamed) is that source, unless a person named
        with that role stands between ('the official' is then that person)."""
        last = self._unnamed_last
        if kind == "pronoun" and phrase.lower() == "they" and last is not None and last[0] <= pos \
                and "." not in self.text[last[0]:pos]:
            return last[1], last[3], True   # 'police said, in an attack they blamed on X': same sentence
        if kind != "role" or last is None or (last := source_by_head(phrase, last, self._unnamed_by_head)) is None:
            return None     # (rule `same_source_past_others`, mentions.unnamed)
        head = fold_head(phrase)
        if any(last[0] <= m.start < pos and head in fold(m.descriptor) for m in self.inventory if m.person):
            return None
        return last[1], last[3], True

    def _dispatch_definite(self, kind: str, core: str, phrase: str, pos: int, before: int | None):
        """`_dispatch`, then a bare definite description's earlier noun phrase (rule `definite_antecedent`)."""
        found = self._dispatch(kind, core, phrase, pos, before)
        described = definite_taken_up(self.text, kind, phrase, pos, found)
        if described is not None:   # 'a Tarvian army spokesman said ... The spokesman added' (mentions.definite)
            self._document_by = "definite_antecedent"
        return described or found

    def _placed_antecedent(self, core: str, pos: int, before: int | None):
        """'A resident of X village said ... He said': he/she after a placed unnamed source (mentions.unnamed)
        with no person named between is that source."""
        if self._placed is None or core not in ("he", "she"):
            return None
        pos = before if before is not None and before < pos else pos
        since = self._placed[0]
        if since > pos or any(since <= m.start < pos for m in self.inventory if m.person):
            return None
        return self._placed[1], "person", True

    def _dispatch(self, kind: str, core: str, phrase: str, pos: int, before: int | None = None):
        """(speaker, type, anonymous) of a classified phrase at `pos`, or None (no speaker)."""
        if kind == "pronoun":
            return self._pronoun(core, before if before is not None and before < pos else pos)
        if kind == "anaphor":
            return self._anaphor(core, phrase, pos)
        if kind in ("role", "qualified"):
            return self._role(core, pos, phrase)
        if kind == "name":
            return self._name(core, phrase, pos)
        if kind == "document":
            return self._document(core, phrase, pos)
        if kind == "possessive_role":
            return self._possessive_role(core, phrase, pos)
        if kind == "descriptor":    # 'a monitoring group', 'the U.N. agency' (mentions.descriptors)
            runs = [(mt.start(), _strip_titles(mt.group(0)), None) for mt in self._spaced if " " in mt.group(0)]
            found = described_body(sorted(self.orgs() + runs, key=lambda o: (o[0], o[2] is None)), pos, core)
            return (found, "org", False) if found else (_RX_POSS_DET.sub("", _unnamed_out(phrase)), "org", True)
        if kind == "unnamed_place":     # 'a source in the city' (mentions.unnamed)
            return placed_source_name(core), "plural" if core.endswith("s") else "person", True
        if kind == "none":
            return None
        return self._unnamed(core, pos)

    def _plain(self, phrase: str, pos: int):
        """The phrase classified without the named rules (a rule's referent was not found)."""
        p = _phrase_head(phrase)[0]
        timed = time_tail(p)
        if timed is not None:       # 'a briefing on Tuesday' -> 'a briefing'
            if timed[0] == "none":
                return None
            p = timed[1]
        kind, core = _classify_phrase(p, rules=False)
        return self._dispatch(kind, core, phrase, pos)

    def _document(self, head: str, phrase: str, pos: int):
        """'The message said', 'a briefing': the author the article gave the document ('Governor X posted a
        message'); else the phrase as it stands ('the statement' -> the last body that spoke)."""
        found = author_before(self.text, head, pos + len(phrase))     # 'X posted a message': its own clause too
        if found is not None:
            kind, core = _classify(found[0], self.text)
            if kind not in ("document", "none", "unnamed"):
                return self._dispatch(kind, core, found[0], found[1] + len(found[0]))
        credited = self._credited_author(head, pos)
        if credited is not None:    # rule `credited_document`
            self._document_by = "credited_document"
            return credited
        return self._plain(phrase, pos)

    def _credited_author(self, head: str, pos: int) -> tuple[str, str, bool] | None:
        """Rule `credited_document` (mentions.coref): 'the statement said' with no author clause found -> the
        speaker of the latest statement before `pos` (within 2,000 characters) whose credit named that document
        ('In a statement released late on Friday, the security forces said ...'); None when none did."""
        key = _document_key(head)
        for entry in reversed(self._credited):
            end, docs, speaker, anonymous = entry[:4]
            if end <= pos and pos - end < 2000 and key in (docs if docs is not None else self._credited_docs(entry)):
                return speaker, "org", anonymous    # typed as the document: 'it added' takes it up, as after _anaphor
        return None

    def _credited_docs(self, entry: list) -> frozenset[str]:
        """The documents the credit of the statement `entry` (of `_credited`) names (coref.credited_document),
        found on first use and kept in the entry: most articles never write 'the statement said'."""
        end, _, _, anonymous, start, said = entry
        docs = entry[1] = credited_document(self.text, start, end, said, named=not anonymous, lowered=self.lowered())
        return docs

    def _possessive_role(self, role: str, phrase: str, pos: int):
        """"The province's governor": the person the article named with that role, before or soon after."""
        found = _role_lookup(self.inventory, pos, role, back=True) \
            or _role_lookup(self.inventory, pos, role, back=False, within=400)
        if found:
            return _fullest(found, self.inventory, pos, prefer=[]), "person", False
        return self._plain(phrase, pos)

    def _role_in_own_words(self, reg, side, why, phrase, speaker, kind, unnamed, end) -> tuple:
        """(side, rule) of a speaker not in the registry whose words around it tell a role the side its words gave
        misreads: a rebel's (rule `rebel_word_speaker`), a hospital's (rule `hospital_staff_civilian`;
        mentions.speaker_sides); a named speaker keeps such a side on its later mentions ('Samoaya said', 'he added'),
        and so does an unnamed one on a pronoun that takes it up (rule `pronoun_keeps_side`); first, a state's
        broadcaster (rule `state_media_of_side`: 'state radio', "Iran's news agency", then 'the agency')."""
        if reg is not None or not side or why != "side_from_context":
            return side, why
        text, actors = self.text, self.actors
        side, why = state_media_taken_up(side, why, speaker, kind, self._kept_sides, actors)
        if why != "side_from_context":
            return side, why
        words = (speaker if unnamed else text[end:end + 100]).lower()
        if kind in ("unnamed", "name") and ("rebel" in words or "guerrill" in words or "insurgent" in words):
            rebel = rebel_word_speaker(side, speaker, "" if unnamed else text[end:end + 100], actors)
            side, why = rebel, (why if rebel == side else "rebel_word_speaker")     # 'a rebel commander'
        words = (phrase + text[end:end + 80]).lower() if unnamed else words         # 'staff at the hospital'
        if why == "side_from_context" and kind in ("unnamed", "name") and (
                "hospital" in words or "clinic" in words or "morgue" in words or "mortuary" in words):
            civ = hospital_staff_civilian(side, phrase + text[end:end + 80] if unnamed else speaker,
                                          "" if unnamed else text[end:end + 100], actors)
            side, why = civ, (why if civ == side else "hospital_staff_civilian")
        if why in ("rebel_word_speaker", "hospital_staff_civilian") and kind != "pronoun":
            self._kept_sides[speaker] = (side, why)
        elif why == "side_from_context" and (not unnamed or kind == "pronoun") and speaker in self._kept_sides:
            # a named speaker's later mention, or a pronoun taking up the unnamed phrase ('a spokesman for one of
            # the rebel groups said ... he said'); a bare repeat of an unnamed phrase may be another group
            side, why = self._kept_sides[speaker]
        return side, why

    def _principal_side(self, reg, side, why, speaker: str, start: int, *, unnamed: bool, kind: str) -> tuple:
        """(side, rule) of a spokesman tied to no body and given no side by rule `spokesman_of_principal`
        (mentions.speaker_sides): the principal is sought in this sentence and the one before ('his spokesman');
        else of a speaker the registry's description of one side names (rule `side_in_description`)."""
        if reg is not None or side:
            return side, why
        if "spokes" in (speaker + self.text[max(0, start - 20):start]).lower():
            lo = _sentence_start(self.text, max(0, _sentence_start(self.text, start) - 2))
            found = spokesman_of_principal(speaker, self.text[lo:start], self.actors, named=not unnamed and kind == "name")
            if found:
                return found, "spokesman_of_principal"
        return (side_in_description(speaker, self.actors) if kind != "pronoun" else None), "side_in_description"

    def _entity(self, phrase, start, end, kind, core, speaker, stype, unnamed) -> Entity:
        """The entity's registry entry, side and role; the entity joins the history (antecedents of later
        pronouns and anaphors)."""
        actors, text = self.actors, self.text
        reg = actors.lookup(speaker) if (actors is not None and not unnamed) else None
        if reg is None and actors is not None and not unnamed and stype == "org":
            reg = actors.find(speaker) if len(speaker.split()) > 1 else None
            if reg is not None and fold(reg.name) not in fold(speaker) and not any(fold(a) == fold(speaker) for a in reg.aliases):
                reg = None
        if reg is None and actors is not None and not unnamed and " " not in speaker and speaker[:1].isupper():
            reg = registry_person_by_surname(actors, speaker)   # 'Al-Mismari' <- registry 'Ahmed Mismari' (coref)
        tail = _speaker_tail(text, start, end)
        if self._content_at is not None and end <= self._content_at < start + len(tail):
            tail = tail[:self._content_at - start]     # 'According to X, <content>, Reuters': the content tells no side
        descriptor = phrase + " " + (self.by_name[speaker][0].descriptor if speaker in self.by_name else "") + " " + tail
        generic = self.generic
        why = "registry" if reg is not None else "side_from_context"    # (the rule that gives the side: `side_by`)
        if reg is not None:
            side = reg.side
        elif unnamed:   # the head phrase first: 'doctors' at '... General Hospital', 'he' -> 'one of two residents'
            side = (generic.side_from_context(speaker, cased=True) or generic.side_from_context(phrase, cased=True)
                    or generic.side_from_context(descriptor, cased=True))
        else:
            own = core if kind == "pronoun" else phrase     # 'Ruvia, which ... in what it calls': Ruvia's side
            side = (generic.side_from_context(own, cased=True)
                    or (speaker != own and generic.side_from_context(speaker, cased=True)))
            if not side:    # 'X, a displaced Y resident': a civilian though Y is a side's word (mentions.speaker_sides)
                side = civilian_apposition(generic.side_from_context(descriptor, cased=True), speaker, descriptor, actors)
                why = "civilian_apposition" if side == "civilian" else why
        if reg is None and unnamed and fold(speaker) in SIDELESS_SOURCES:
            side, why = sources_of_body(speaker, phrase, actors), "sources_of_body"   # 'sources in the X' (mentions.speaker_sides)
        elif reg is None and unnamed and actors is not None:
            side, why = phrase_side_kept(side, why, speaker, phrase, actors, self._kept_sides)   # (mentions.abroad)
            if side and why == "side_from_context":    # 'Tehran residents': civilians though Tehran is a side's word
                side, why = civilian_by_head(side, why, speaker, text[end:end + 40], actors)    # (same; travellers)
        elif reg is None and not side and kind == "name":
            side, why = foreign_state_speaker(speaker, actors), "foreign_state_speaker"       # 'Norway said' (same)
            if not side:    # 'China has put the toll at 22', 'Kenya said', 'the Egyptians conceded' (state_named)
                side, why = state_of_named_country(speaker, phrase, actors)
        if reg is None and (not side or why == "side_from_context") and kind in ("unnamed", "name"):
            side, why = state_of_phrase(side, why, phrase, speaker, actors, self._kept_sides, tail)  # (mentions.abroad)
        if reg is None and side and why == "side_from_context":     # (the rules' own condition, asked before the call)
            side, why = self._role_in_own_words(reg, side, why, phrase, speaker, kind, unnamed, end)    # 'a rebel commander'
        after = ""      # the words after an unnamed speaker: 'military sources on both sides said'
        if reg is None and unnamed and kind == "unnamed":
            after = (phrase[phrase.find(speaker) + len(speaker):] if speaker in phrase else "") + text[end:end + 40]
        if after and ("both" in after or " two " in after or "both" in speaker):
            both = both_sides_speakers(side, speaker, after, actors)    # 'sources on both sides' (same)
            side, why = both, (why if both == side else "both_sides_speakers")
        if reg is None and unnamed and not side and kind in ("unnamed", "pronoun"):
            side, why = plain_person_civilian(speaker), "plain_person_civilian"     # 'one man said', then 'he' (same)
        if reg is None and ((not side and "ress" in speaker) or speaker[-2:] in MEDIUM_ENDS):
            side, why = outlet_taken_by_head(side, why, speaker, actors)     # 'the local press', 'Bulgarian TV'
        if reg is None and not side:    # (the rule's own condition, asked before the call)
            side, why = self._principal_side(reg, side, why, speaker, start, unnamed=unnamed, kind=kind)
        window = text[start:end + 60] if reg is None else ""
        holder = held_by(window) if ("-controlled" in window or "-held" in window or "-run" in window) else None
        if holder and generic.side_from_context(holder):    # 'the ministry in Houthi-controlled X' (descriptors)
            side, why = generic.side_from_context(holder), "held_by"
        if not unnamed:     # rule `first_mention_side`: an entity keeps the side its first mention showed ('a resident ... X', then 'he')
            side, why = side or self._sides.get(speaker), why if side else "first_mention_side"
            if side:
                self._sides.setdefault(speaker, side)
        role = _role_of(descriptor)
        if unnamed and speaker[:1].isupper() and any(fold(w) in ORG_WORDS for w in speaker.split()[1:]):
            # "The UN's monitoring mission in X says ... It says ...": a body described, not named, is still 'it' next
            self.history.append((start, speaker, "org", ""))
        elif unnamed and kind == "unnamed" and speaker[:2].lower() in ("a ", "an") and fold_head(speaker) in ORG_WORDS:
            # rule `unnamed_body_it`: 'A local rights group said ... It said': an indefinite body is 'it' next
            self.history.append((start, speaker, "org", ""))
        if not unnamed:
            g = _first_gender(self.by_name.get(speaker, ()))
            g = g or ("f" if kind == "pronoun" and core == "she" else "m" if kind == "pronoun" and core == "he" else "")
            self.history.append((start, speaker, stype or "org", g))
        return Entity(speaker, stype or "org", reg.name if reg is not None else None, side or None, role,
                      bool(unnamed), start, end, kind, why if side else NO_RULE)

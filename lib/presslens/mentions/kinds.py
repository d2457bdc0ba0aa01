"""The mention layer's resolvers by kind of phrase: pronouns, anaphors, roles, names and unnamed phrases.

`ArticleMentions` (mentions/layer.py) inherits these from `KindResolvers`; each method reads the layer's text,
inventory and entities (`self.text`, `self.inventory`, `self.entities` ...) and returns (speaker, type,
anonymous). Split from layer.py in session 11: the dispatch and the entity bookkeeping stay there.
"""
from __future__ import annotations

import re

from ..actors import fold
from ..fastre import _STOP_WORDS, _re_match, _re_sub
from .context import (_RX_ORG_SUBJECT, _group_before, _is_subject, _last_of, _last_pos, _org_before, _part_of,
                      _rebel_side, _role_lookup, _sentence_start, _unnamed_person_before, heads_of_complement)
from .lexicon import (ORG_ANAPHORS, ORG_WORDS, PRONOUNS, REBEL_ANAPHORS, ROLE_WORDS, _GENERIC_ORG_HEADS, _NAME_RUN,
                      _ROLE_SYNONYMS, _cap)
from .descriptors import without_creed, without_provenance
from .members import body_role_person
from .state_nouns import not_the_state, state_body
from .coref import named_body_before
from .indefinite_document import author_in_aside, indefinite_document
from .unnamed import unnamed_number
from .owners import owner_not_in_mention
from .registered_name import registered_name_suffix, registered_surname
from .names import _fullest, _gender, _strip_titles, aged_name, particle_surname
from .pronouns import (group_issued_document, last_body_continues, last_speaker_continues, statement_speaker_first, surname_speaker_since, they_plural_before,
                       they_coordinated_subject, they_subject_before)
from .role_holders import holds_other_role
from .titled_antecedent import titled_surname_before
from .own_clause import candidate_span, speaker_over_own_clause
from .head_of_state import head_of_state_not_role
from .relative_it import relative_it_subject
from .press import addressee
from .phrases import _RX_POSS_DET, _classify, _unnamed_out
from .salience import person_named_after, role_holder_before, subject_body_before, unnamed_speaker_before


def _head(name: str) -> str:
    """The last word of a phrase, folded, without its stop: what two phrases of one group share ('the diplomats')."""
    words = fold(name).rstrip(" .,;:").split()
    return words[-1] if words else ""


class PersonsSpoken:
    """The names of the persons among an article's entities so far (`ArticleMentions.history`), as `_fullest` reads
    its `prefer`: last first, through `reversed()`; made on that read only (most names have one fuller form, and
    `_fullest` then never reads them), not by a list of the whole history per name resolved.

    >>> history = [(0, "Amina Bello", "person", "f"), (40, "the ministry", "org", ""), (90, "Omar Bello", "person", "m")]
    >>> list(reversed(PersonsSpoken(history)))
    ['Omar Bello', 'Amina Bello']
    """
    __slots__ = ("history",)

    def __init__(self, history: list[tuple[int, str, str, str]]):
        self.history = history

    def __reversed__(self):
        return (h[1] for h in reversed(self.history) if h[2] == "person")


class KindResolvers:
    """Resolvers of `ArticleMentions` by kind of phrase (a mixin: the layer holds the state they read)."""

    # --------------------------------------------------------------------------------------------
    def _pronoun(self, core: str, pos: int) -> tuple[str, str, bool]:
        """he/she/I: the last fitting person (or an unnamed person described since); it: the body named last
        as a speaker or as a later sentence's subject, or the sentence's own subject ('which it calls'), or the
        body that spoke in the sentence just before (`last_body_continues`); they: as `_pronoun_chosen` chose,
        unless the sentence just before opens on a plural group of another head (rule `they_subject_before` or
        `they_coordinated_subject`), which takes a 'they' no antecedent was found for, and wins over an earlier
        speaker when its sentence issued a document ('The council, the army and the ministry published a joint
        statement. They said': `group_issued_document`), not otherwise ('X leaders said ... Greek troops entered
        Famagusta. They said' stays X leaders); the same group named again keeps its earlier fuller form
        ('Western diplomats said ... the diplomats said. They added')."""
        own = self._relative_it(pos) if core == "it" else None
        if own is not None:     # rule `relative_it_subject` (mentions.relative_it)
            return own
        chosen = self._pronoun_chosen(core, pos)
        if core == "it" and self._document_by is None:     # rule `last_body_continues` (mentions.pronouns)
            found = last_body_continues(self._said, self.text, pos)
            if found is not None and _head(found[0]) != _head(chosen[0]):
                self._document_by = "last_body_continues"
                return found[0], "org", found[1]
        if core != "they" or self._document_by is not None:
            return chosen
        found = self._they_group(pos, before=True)
        if found is not None and _head(found[0]) != _head(chosen[0]) \
                and (chosen[0] == core or group_issued_document(self.text, self._they_at, pos)):
            return found
        self._document_by = None
        return chosen

    def _pronoun_chosen(self, core: str, pos: int) -> tuple[str, str, bool]:
        """The antecedent of a pronoun by agreement, salience and the rules of mentions.pronouns (`_pronoun`)."""
        text, history, inventory, actors = self.text, self.history, self.inventory, self.actors
        want = PRONOUNS[core]
        gq = "f" if core == "she" else "m" if core == "he" else ""
        if core == "they":      # rule `they_subject_before`: its own sentence's group first ('X did not comment, but they')
            found = self._they_group(pos, before=False)
            if found is not None:
                return found
        speaker = _last_of(history, inventory, pos, want, gq)
        if speaker is None and want == "person":
            # 'Olena Shevchenko, a volunteer in Kharkiv, said ... she said': a speaker whose name has no
            # organisation word was a person
            speaker = next((h[1] for h in reversed(history) if h[0] < pos and h[2] == "org" and len(h[1].split()) >= 2
                            and all(_cap(t) for t in h[1].split()) and not any(fold(t) in ORG_WORDS for t in h[1].split())
                            and not (actors is not None and actors.lookup(h[1]) is not None)), None)
        if speaker is None and want == "person":
            speaker = self._surname_speaker(pos)
        titled_after = None     # where the antecedent chosen so far was named, for rule `titled_surname_before`
        if want == "person" and core != "i":
            # an unnamed person described since ('a 19-year-old who ...  He said') is the nearer antecedent
            at = _last_pos(history, inventory, speaker, pos)
            ante = _unnamed_person_before(text, pos, gq, after=at)
            if ante:
                speaker = ante
            elif core in ("he", "she"):     # rule `unnamed_speaker_before` (mentions.salience)
                last = self._unnamed_last
                ante = unnamed_speaker_before(text, pos, last, gq, at, speaker) if last is not None else None
                speaker = ante or speaker
                titled_after = None if ante else at
        if core in ("he", "she"):
            # rule `titled_surname_before` (mentions.titled_antecedent): 'General Varga cabled ... He claimed'
            titled = titled_surname_before(text, pos, gq, after=titled_after, named=lambda: self._living_persons()
                                           + [h[0] for h in history], known=lambda: self._known_words(pos)) \
                if titled_after is not None else None
            if titled is not None:
                self._document_by = "titled_surname_before"
                return titled[0], "person", False
            found = last_speaker_continues(self._said, pos, gq, self._living_persons(), actors=actors)
            if found is not None:
                return found
            found = speaker_over_own_clause(text, self._said, self._said_at, pos, gq, speaker,     # mentions.own_clause
                                            candidate_span(inventory, speaker, pos), self._living_persons())
            if found is not None:
                self._document_by = "speaker_over_own_clause"
                return found
        if core in ("he", "she", "they") and (speaker or core == "they"):
            # 'they' with no antecedent yet still takes plural people or a plural source before it
            # (rule `they_without_antecedent`)
            found = self._agreeing(core, speaker or "", pos, gq)
            if found is not None:   # rules of mentions.pronouns
                return found
        subj = _RX_ORG_SUBJECT.match(text, _sentence_start(text, pos), pos) if core == "it" else None
        salient = self._salient_body(pos) if core == "it" and not subj else None
        if salient is not None:     # rule `subject_body_before` (mentions.salience)
            return salient
        if subj:            # 'The government ..., which it calls ...': the sentence's own subject
            speaker, want = self._own_subject(subj, pos, want)
        elif want == "org":   # 'it': the body named last as a speaker, or as the subject of a later sentence
            named = _org_before(self.orgs(), pos, with_pos=True)
            if named and (speaker is None or (named[0] > _last_pos(history, inventory, speaker, pos)
                                              and _is_subject(text, named[0]) and not _part_of(named[1], speaker))):
                speaker = named[1]
        speaker = speaker or core
        stype = "org" if want == "unnamed" else want
        return speaker, stype, speaker == core or speaker[:1].islower()

    def _relative_it(self, pos: int) -> tuple[str, str, bool] | None:
        """Rule `relative_it_subject`: 'what it said' is its own sentence's subject, resolved as that phrase is (a body
        or a state, never a person), or None."""
        at = pos if self.text.startswith("it", pos) else self.text.find(" it ", pos, pos + 150) + 1
        found = relative_it_subject(self.text, at) if at > 0 else None     # (`pos` may be its statement's start)
        if found is None:
            return None
        kind, core = self._classified(found[0])
        got = self._dispatch(kind, core, found[0], found[1]) if kind not in ("pronoun", "none", "document") else None
        if got is None or (got[1] == "person" and kind != "unnamed"):
            return None
        self._document_by = "relative_it_subject"
        return got[0], "org", got[2]

    def _they_group(self, pos: int, *, before: bool) -> tuple[str, str, bool] | None:
        """Rule `they_subject_before` (mentions.pronouns): 'they' at `pos` is the plural group that is the subject of
        its own sentence ('Baghdad officials showed reporters the damage, where they said') or, `before`, of the
        sentence before; that group resolved as a phrase of its own, or None."""
        group = they_subject_before(self.text, pos, before=before)
        if group is None:   # rule `they_coordinated_subject`: 'X, Y and Z published ... They said'
            group = they_coordinated_subject(self.text, pos, before=before)
            if group is None:
                return None
            self._they_at = group[1]
            self._document_by = "they_coordinated_subject"
            return group[0], "org", group[0][:1].islower()
        self._they_at = group[1]
        kind, gcore = self._classified(group[0])
        found = self._dispatch(kind, gcore, group[0], group[1]) if kind not in ("pronoun", "none") else None
        if found is not None:
            self._document_by = "they_subject_before"     # (the layer's slot for a rule that named the speaker)
        return found

    def _agreeing(self, core: str, speaker: str, pos: int, gq: str) -> tuple[str, str, bool] | None:
        """The pronoun rules of mentions.pronouns over the antecedent `speaker` chosen so far: the speaker of
        the statement that named it (`statement_speaker_first`), a surname speaker since
        (`surname_speaker_since`), 'they' as plural people named just before (`they_plural_before`), the
        unnamed plural source that spoke last, or a body, never one named person; None when the choice stands."""
        at = _last_pos(self.history, self.inventory, speaker, pos)
        if core == "they":
            people = they_plural_before(self.text, pos, at)
            if people:
                return people, "plural", True
            last = self._unnamed_last
            if last is not None and last[3] == "plural" and at < last[0] <= pos:
                return last[1], "plural", True      # 'Security officials said ... They described it'
            if any(h[1] == speaker and h[2] == "person" for h in self.history):
                body = next((h for h in reversed(self.history) if h[0] < pos and h[2] != "person"), None)
                return (body[1], body[2], False) if body is not None else None
            return None
        if speaker[:1].isupper() and self._said:
            first = statement_speaker_first(self._said, at, pos, gq, speaker)
            if first is not None:
                return first
        named = surname_speaker_since(self.history, pos, at, self.actors) if speaker[:1].isupper() else None
        return (named, "person", False) if named else None

    def _known_words(self, pos: int) -> set[str]:
        """The folded words of the persons named in full before `pos` and of the speakers so far (`titled_surname_before`
        leaves a titled surname that is one of them to the layer's own rules)."""
        known = {w for m in self.inventory if m.start < pos and m.person for w in m.tokens}
        return known.union(*(fold(h[1]).split() for h in self.history if h[0] < pos))

    def _living_persons(self) -> list[int]:
        """Where the article names a person not marked late (read only), made on the first 'he' or 'she' and kept:
        the inventory is the article's, fixed."""
        found = getattr(self, "_living_starts", None)
        if found is None:
            found = self._living_starts = [m.start for m in self.inventory if m.person and not m.late]
        return found

    def _salient_body(self, pos: int) -> tuple[str, str, bool] | None:
        """'It said': the body that is the subject of the nearest sentence (its own first) before `pos`,
        resolved as that phrase is; None when no sentence near has a body as its subject."""
        persons = [m.start for m in self.inventory if m.person]
        found = subject_body_before(self.text, pos, self.orgs(), persons, speakers=[h[0] for h in self.history])
        if found is None:
            return None
        at, phrase = found
        kind, core = _classify(phrase, self.text)
        if kind == "unnamed":       # a body described, not named: the phrase, as its own mention reads
            return _RX_POSS_DET.sub("", _unnamed_out(phrase)), "org", True
        if kind in ("pronoun", "none", "document"):
            return None
        got = self._dispatch(kind, core, phrase, at)
        if got is None or got[1] == "person":
            return None
        return got[0], "org", got[2]

    def _surname_speaker(self, pos: int) -> str | None:
        """'Okafor said ... He added': the latest speaker named by one capitalised word that is no body's
        (no organisation word, not an acronym, not a registry body), when no person is known before."""
        for h in reversed(self.history):
            name = h[1]
            if h[0] < pos and h[2] == "org" and " " not in name and name.isalpha() and name[:1].isupper() \
                    and not name.isupper() \
                    and fold(name) not in ORG_WORDS and fold(name) not in ORG_ANAPHORS \
                    and not (self.actors is not None and self.actors.lookup(name) is not None
                             and not aged_name(self.text, name)):    # 'said Samir, 60,': a person the registry lists
                return name
        return None

    def _own_subject(self, subj, pos: int, want: str) -> tuple[str | None, str]:
        """The body that opens the sentence of 'it' ('The human rights group Vigilancia Sur ...')."""
        text = self.text
        head = subj.group(2).lower()
        named = _NAME_RUN.match(text, subj.end() + 1, pos) if text[subj.end():subj.end() + 1] == " " else None
        if named:
            speaker = _strip_titles(named.group(0))
        else:
            speaker = (_last_of(self.history, self.inventory, pos, "org", "", head=head)
                       or _org_before(self.orgs(), pos, head=head) or None)
        if speaker is None:
            return _re_sub(r"^[Tt]he\s+", "", subj.group(1)), "unnamed"
        return speaker, want

    def _anaphor(self, core: str, phrase: str, pos: int) -> tuple[str, str, bool]:
        """'the ministry', 'the group', 'the statement': the last body with that head named before (the
        government's bodies are not 'the group'); else the phrase with its modifiers ('health ministry'). An
        indefinite document ('A terse statement said', 'Another report') takes up no one (rule `indefinite_document`)."""
        own = indefinite_document(phrase) if core == "statement" else None
        if own is not None:
            aside = author_in_aside(self.text, pos + len(phrase))   # 'A statement, released by the GAF, said'
            kind, acore = self._classified(aside[0]) if aside else ("none", "")
            if kind not in ("none", "pronoun", "document"):
                found = self._dispatch(kind, acore, aside[0], aside[1] + len(aside[0]))
                if found is not None:
                    return found
            self._document_by = "indefinite_document"
            return own, "org", True
        actors = self.actors
        speaker = _last_of(self.history, self.inventory, pos, "org", "", head=core)
        gov = actors.conflicts[0].government_side if actors is not None and len(actors.conflicts) == 1 else None
        if speaker is not None and gov and core in _GENERIC_ORG_HEADS and core != "statement" \
                and actors.side_of(speaker) == gov:
            speaker = None      # 'the group' is not the army or the ministry
        if speaker is None and core in REBEL_ANAPHORS and actors is not None:
            speaker = _org_before(self.orgs(), pos, side=_rebel_side(actors))
        if speaker is None and core not in REBEL_ANAPHORS:
            speaker = _org_before(self.orgs(), pos, head=core, not_side=gov if core in _GENERIC_ORG_HEADS else None)
        if speaker is None and core not in REBEL_ANAPHORS and core not in _GENERIC_ORG_HEADS:
            speaker = named_body_before(self.text, core, pos)       # 'the committee' <- 'Committee for Missing Persons'
        if not_the_state(core, speaker, actors):     # rule `state_noun_not_rebel_name` (mentions.state_nouns)
            gov_side = state_body(actors)
            speaker = _org_before(self.orgs(), pos, head=core, side=gov_side) if gov_side else None
        speaker = speaker or ("the " + core)
        unnamed = speaker.startswith("the ")
        if unnamed:     # the phrase with its modifiers: 'health ministry', 'media office'
            speaker = _RX_POSS_DET.sub("", _unnamed_out(phrase)) or core
            if not speaker.endswith(core) or len(speaker.split()) > 3 \
                    or any(w in _STOP_WORDS for w in fold(speaker).split()):
                speaker = core
        return speaker, "org", unnamed

    def _role(self, core: str, pos: int, phrase: str = "") -> tuple[str, str, bool]:
        """'the spokesman', 'the elder Okafor': a person named nearby, or with that role before or after."""
        inventory = self.inventory
        acronym = core.split()[1] if len(core.split()) == 3 and core.split()[1].replace(".", "").isupper() else None
        if acronym:         # rule `acronym_role`: 'the UN official' is a person of that body named before
            return acronym_role(inventory, pos, acronym, core)
        q = _re_match(r"^the\s+(younger|elder|older)\s+(.+)$", core, re.I)
        if q and q.group(2)[:1].isupper():
            speaker = _fullest(q.group(2), inventory, pos, prefer=[],
                               qualifier="elder" if q.group(1).lower() != "younger" else "younger")
        else:
            role = fold(core).split()[-1]
            near = [mn for mn in inventory if mn.person and not mn.late and mn.end <= pos and pos - mn.end < 250]
            near = [mn for mn in near[-1:] if not holds_other_role(self.text, inventory, mn.name, core)]
            speaker = (role_holder_before(inventory, pos, role)      # rule `role_holder_before` (mentions.salience)
                       or (near[-1].name if near else None) or _role_lookup(inventory, pos, role, back=True)
                       or _role_lookup(inventory, pos, role, back=False)
                       or next((_role_lookup(inventory, pos, alt, back=False, within=400) for alt in _ROLE_SYNONYMS.get(role, ())
                                if _role_lookup(inventory, pos, alt, back=False, within=400)), None)
                       or person_named_after(self.text, inventory, pos, phrase)     # rule `person_named_after`
                       or self._last_holding(core, pos, _gender(role)) or _unnamed_out(core))
            if speaker[:1].isupper():
                speaker = _fullest(speaker, inventory, pos, prefer=[])
        return speaker, "person", not speaker[:1].isupper()

    def _last_holding(self, core: str, pos: int, gender: str) -> str | None:
        """The last person spoken of before `pos`, unless the article gives them another office than the
        role `core` ('the farmer' is not 'X, the region's spokesman'; mentions.role_holders)."""
        last = _last_of(self.history, self.inventory, pos, "person", gender)
        return None if last and (holds_other_role(self.text, self.inventory, last, core)
                                 or head_of_state_not_role(self.text, self.inventory, last, core)) else last

    def _name(self, core: str, phrase: str, pos: int) -> tuple[str, str, bool]:
        """A name: its fullest form in the article (Mr/Mrs kept apart); a body's one-word short form ('the
        Brigades') -> its full name given earlier."""
        actors = self.actors
        reg = actors.lookup(core) if actors is not None else None
        if reg is None and actors is not None and core.count(" ") >= 2:
            tail = registered_name_suffix(core, actors)     # 'Mohawk Susan Oak' (mentions.registered_name)
            if tail is not None:
                core, reg, self._document_by = tail, actors.lookup(tail), "registered_name_suffix"
        prefer = PersonsSpoken(self.history)    # read only when two fuller names compete (names._fullest)
        qual = _gender(phrase)
        qual = "f" if qual == "f" else "mr" if qual == "m" else ""
        full = _fullest(core, self.inventory, pos, prefer=prefer, qualifier={"f": "mrs", "mr": "mr"}.get(qual, ""))
        if full != core and particle_surname(core, full):
            self._document_by = "particle_surname"      # 'Da Costa said' <- 'Amaro Da Costa' (mentions.names)
        full = without_provenance(full)     # 'Iran-aligned Houthi movement' -> 'Houthi movement'
        if full != core:                    # 'mostly Buddhist Myanmar' named the country before 'Myanmar said'
            full = without_creed(full, self.text, self.text.find(full))
        if len(full.split()) == 1 and reg is None and fold(full) in ORG_WORDS:
            longer = [n for _, n, _ in self.orgs() if len(n.split()) > 1 and (n.split()[-1] == full or full in heads_of_complement(n.split()))
                      and fold(n.split()[0]) not in ("a", "an")]      # 'A Taliban statement' names no longer body
            if longer:
                full = longer[0]
        if " " not in full and full[1:2].isupper():     # an acronym: the name the article spells out
            full = self.expansion(full) or full
        if reg is None and actors is not None and " " not in full:
            whole = registered_surname(full, actors)     # 'Prigozhin said', no fuller form printed (mentions.registered_name)
            if whole is not None:
                full, reg, self._document_by = whole, actors.lookup(whole), "registered_surname"
        owned = owner_not_in_mention(full, phrase, known=reg is not None and not reg.is_person) if "s " in full else None
        if owned is not None:       # 'The ONLF' is not "Ethiopia's Ogaden National ..." (rule `owner_not_in_mention`)
            full, self._document_by = owned, "owner_not_in_mention"
        stype = "person" if any(m.person for m in self.by_name.get(full, ())) or (reg is not None and reg.is_person) else "org"
        if stype == "org" and not any(fold(t) in ORG_WORDS for t in full.split()) and full == core and qual \
                and not full.isupper():
            stype = "person"        # 'Mr Okafor', 'Mrs Adeyemi Bello': a title tells a person
        return full, stype, False

    def _unnamed(self, core: str, pos: int) -> tuple[str, str, bool]:
        """'a spokesman for X' -> the person named later with that role; 'one of them' -> 'one of two
        residents ...'; else the phrase itself, anonymous."""
        named = body_role_person(core, self.inventory, pos, ROLE_WORDS)
        if named:       # 'The KLA spokesman said' <- 'KLA spokesman Adem Demaci' (mentions.members)
            return _fullest(named, self.inventory, pos, prefer=[]), "person", False
        words = core.split()
        if len(words) == 3 and words[0].lower() in ("a", "an") and words[1].replace(".", "").isupper() \
                and len(words[1].replace(".", "")) >= 2 and fold(words[2]) in ROLE_WORDS:
            found = acronym_role(self.inventory, pos, words[1], core, forward=True)    # 'a U.S. official said ...'
            if not found[2]:
                return found
        low = fold(core)
        ind = _re_match(r"^(?:a|an|one)\s+(?:[\w\-]+\s+){0,3}?([\w\-]+)(?:\s+(?:for|of|at|in|with)\b.*)?$", low)
        found = None
        if ind and "not" not in low and "anonymity" not in low and "named" not in low:
            role = ind.group(1)
            if role in ROLE_WORDS or role in ("leader", "mum"):
                found = _role_lookup(self.inventory, pos, "mother" if role == "mum" else role, back=False)
                if found is not None and addressee(self.text, self.inventory, found, pos):
                    found = None    # 'an army officer told The Gulf Times': the one told is no holder of the role
        if found is None and low.startswith(("one of them", "one of those", "one of the two")):
            speaker = _group_before(self.text, pos) or _unnamed_out(core)
        else:
            speaker = found or _unnamed_out(core)
        stype = "person" if found else unnamed_number(low)
        return speaker, stype, found is None


def acronym_role(inventory, pos: int, acronym: str, core: str, *, forward: bool = False) -> tuple[str, str, bool]:
    """Rule `acronym_role`: 'the UN official' / 'the AU envoy' -> the last person named before within a few
    paragraphs whose descriptor holds that body's acronym ('Ana Ruiz, UN resident coordinator in Colombia');
    `forward`: 'a U.S. official said ...' -> the first such person named after it; else the role as it
    stands, unnamed.

    >>> from .names import _inventory
    >>> t = "Ana Ruiz, UN resident coordinator in Colombia, spoke. Later the UN official said more."
    >>> acronym_role(_inventory(t, None), t.index("the UN"), "UN", "the UN official")
    ('Ana Ruiz', 'person', False)
    >>> acronym_role(_inventory(t, None), t.index("the UN"), "OSCE", "the OSCE monitor")
    ('OSCE monitor', 'person', True)
    """
    key = fold(acronym).replace(".", "")
    if forward:
        hits = [mn for mn in inventory if mn.person and not mn.late and mn.start > pos and mn.start - pos < 800
                and key in fold(mn.descriptor).replace(".", "").split()][:1]
    else:
        hits = [mn for mn in inventory if mn.person and not mn.late and mn.end <= pos and pos - mn.end < 800
                and key in fold(mn.descriptor).replace(".", "").split()]
    if hits:
        return _fullest(hits[-1].name, inventory, pos, prefer=[]), "person", False
    return core.split(None, 1)[1], "person", True

"""Every named speaker, claimant and organisation of a corpus, with its side votes (`collect`).

`collect` runs the steps below in order; each step is one rule of the module docstring of
`presslens.actors_suggest` and adds entities or aliases to one `Entities` table.
"""
from __future__ import annotations

import re
from collections import defaultdict

import pandas as pd

from ..actors import fold, name_key
from .names import (_APPOSITION_RES, _EXPANSION_RE, _OUTLET_NAME_RE, Entity, _alias_like, _clean_name, _is_named,
                    _lexicon, _org_matches, _person, _role_words, _surname, _words_re)
from .scan import Scan
from .votes import _votes_for_mention


class Entities(dict):
    """Canonical name key -> Entity; `get_or_add` cleans a name and files it under its key."""

    def get_or_add(self, name: str) -> Entity:
        name = _clean_name(name)
        key = name_key(name)
        if key not in self:
            self[key] = Entity(name=name, kind="person" if _person(name) else "org")
        return self[key]


def _speaker_of(row, texts: dict[str, str], scan: Scan):
    """A quote row's speaker; a body the extractor writes in lower case (`Lantara's army`, `Korvatian
    officials`) is read from its span when the span names an anchor."""
    speaker = row.speaker
    if not _is_named(speaker) and pd.notna(row.speaker_start) and pd.notna(row.speaker_end):
        span = re.sub(r"^(?:the|The)\s+", "", texts.get(row.article_id, "")[int(row.speaker_start):int(row.speaker_end)])
        if span[:1].isupper() and len(span.split()) >= 2 and scan.anchors_in(span):
            speaker = span
    return speaker


def add_speakers(ents: Entities, quotes: pd.DataFrame, scan: Scan) -> None:
    """Named speakers of the quote table, with their roles, the forms the text uses and the extractor's side."""
    texts = scan.texts
    for row in quotes.itertuples(index=False):
        speaker = _speaker_of(row, texts, scan)
        if not _is_named(speaker) or (getattr(row, "anonymous", False) is True and speaker == row.speaker):
            continue
        ent = ents.get_or_add(speaker)
        ent.statements += 1
        ent.articles.add(row.article_id)
        if isinstance(row.speaker_role, str) and row.speaker_role:
            ent.roles[row.speaker_role] += 1
        start, end = row.speaker_start, row.speaker_end
        if pd.notna(start) and pd.notna(end):
            seen = _clean_name(texts.get(row.article_id, "")[int(start):int(end)])
            if _alias_like(seen, ent.name):
                ent.aliases.add(seen)
        if not ent.example:
            ent.example = f"{row.article_id}:{row.start}-{row.end}"
        # the extractor's generic side (not 'civilian': 'son of', 'father of' say nothing of a leader's side)
        if isinstance(row.speaker_side, str) and row.speaker_side not in ("unknown", "both", "civilian", ""):
            ent.vote(row.speaker_side, 0.4, f"the quote extractor's side from the words around '{speaker}'")


def add_claimants(ents: Entities, claims: pd.DataFrame | None) -> None:
    """Named claimants of the casualty table."""
    if claims is None or not len(claims):
        return
    for row in claims.itertuples(index=False):
        if _is_named(row.claimant):
            ent = ents.get_or_add(row.claimant)
            ent.statements += 1
            ent.articles.add(row.article_id)


def add_organisations(ents: Entities, scan: Scan) -> None:
    """Organisations named in the text, speakers or not (`Ulm River Coalition`, with its acronym)."""
    for aid, text in scan.texts.items():
        for m, name, _acro in _org_matches(text):
            if len(name.split()) < 2 or name.split()[0] in ("In", "On", "At", "But", "And", "After", "When"):
                continue
            ent = ents.get_or_add(name)
            ent.kind = "org"
            ent.articles.add(aid)
            if m.group(2) and m.group(2) != name:
                ent.aliases.add(m.group(2))
            if not ent.example:
                ent.example = f"{aid}:{m.start()}-{m.end()}"


def add_acronym_expansions(ents: Entities, scan: Scan) -> None:
    """Rule `acronym_expansion`: a body spelt out before its acronym (`Haut-Saro Mission in Kessa (HSMK)`,
    `Council of National Unity (CNU)`) is listed under the long name, with the acronym as alias."""
    for aid, text in scan.texts.items():
        for m in _EXPANSION_RE.finditer(text):
            name, acro = re.sub(r"^(?:The|A|An)\s+", "", m.group(1)), m.group(2)
            initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’\-]*", name))
            if len(name.split()) < 2 or not initials.startswith(acro[0]) or _person(name) and len(acro) < 3:
                continue
            ent = ents.get_or_add(name)
            ent.kind = "org"
            ent.articles.add(aid)
            ent.aliases.add(acro)


_MORE_ROLES = {"envoy", "rapporteur", "secretary", "chairman", "chairwoman", "director", "head", "chief",
               "coordinator", "representative", "ambassador", "mayor", "governor", "adviser", "advisor"}


def add_named_with_role(ents: Entities, scan: Scan) -> None:
    """Rule `named_with_role`: a person named with a role in apposition, quoted or not (`Ilse Marovic, the
    U.N.'s deputy envoy,`; `U.N. envoy to Drevlia, Pavel Renko, said`; `Ms Anja Holt`)."""
    roles = _role_words() | _MORE_ROLES
    for aid, text in scan.texts.items():
        for m in (m for rx in _APPOSITION_RES for m in rx.finditer(text)):
            name = m.group(1) or m.group(4) or m.group(5)
            words = {fold(w).strip(".") for w in re.findall(r"[\w.\-]+", m.group(2) or m.group(3) or "")}
            if (words & roles or m.group(5)) and _person(name) and not scan.anchors_in(name):
                ent = ents.get_or_add(name)
                ent.articles.add(aid)
                ent.cited = True


def add_outlets(ents: Entities, scan: Scan) -> None:
    """Rule `outlet`: a news medium named as one (`writes the Halven Herald`, `Radio Sarn reports.`)."""
    for aid, text in scan.texts.items():
        for m in _OUTLET_NAME_RE.finditer(text):
            name = re.sub(r"^(?:The|the)\s+", "", (m.group(1) or m.group(2)).strip())
            if _is_named(name) and (len(name.split()) >= 2 or not scan.anchors_in(name)):
                ent = ents.get_or_add(name)
                ent.kind = "org"
                ent.articles.add(aid)
                ent.cited = True


def add_anchors(ents: Entities, scan: Scan) -> None:
    """Armed groups and missions are actors of their own side; so is a country that fights (rule
    `country_actor`: the claimant 'Korvatia')."""
    for anchor in scan.anchors.values():
        if anchor.kind in ("group", "mission"):
            ent = ents.get_or_add(anchor.name)
            ent.kind = "org"
            ent.aliases |= {f for f in anchor.forms if f != anchor.name}
    for anchor in scan.anchors.values():
        if anchor.kind == "country" and anchor.military and not _person(anchor.name):
            ent = ents.get_or_add(anchor.name)
            ent.kind = "org"
            ent.aliases |= {f for f in anchor.forms if f != anchor.name and f != anchor.demonym}


def alias_surnames(ents: Entities, scan: Scan) -> None:
    """Rule `surname`: a bare surname is the one person of the corpus with that last name ('Halvik' or
    'Al-Halvik' after 'Teodor Halvik')."""
    persons: dict[str, list] = defaultdict(list)
    for ent in ents.values():
        if ent.kind == "person" and len(ent.name.split()) >= 2:
            persons[_surname(ent.name.split()[-1])].append(ent)
    anchor_forms = {fold(f) for a in scan.anchors.values() for f in a.forms if f}
    for key, ent in list(ents.items()):
        words = ent.name.split()
        if len(words) != 1 or ents.get(key) is not ent or fold(ent.name) in anchor_forms:   # `Buddhist Korvatia`
            continue
        full = persons.get(_surname(words[0]), [])
        if len(full) == 1 and full[0] is not ent:
            full[0].aliases.add(ent.name)


def merge_aliases(ents: Entities) -> None:
    """An entity named by another's alias is that entity: the speaker 'DTM' is the 'Displacement Tracking
    Matrix (DTM)' the text names in full (longest names first)."""
    for key, ent in sorted(ents.items(), key=lambda kv: -len(kv[1].name)):
        if ents.get(key) is not ent:      # already merged into a longer name
            continue
        for alias in sorted(ent.aliases):
            other = ents.get(name_key(alias))
            if other is not None and other is not ent and name_key(alias) != key:
                ent.statements += other.statements
                ent.articles |= other.articles
                ent.roles.update(other.roles)
                ent.votes.update(other.votes)
                for side, ev in other.evidence.items():
                    ent.evidence.setdefault(side, ev)
                ent.aliases |= other.aliases - {ent.name}
                ent.example = ent.example or other.example
                del ents[name_key(alias)]


def count_mentions(ents: Entities, scan: Scan) -> None:
    """Mentions (full name or alias) in every article, one scan per article, and the side votes of each
    mention's words; the longest form wins where two overlap ('Ulm River Coalition' over 'URC')."""
    lex_res = [(side, _words_re(words)) for side, words in _lexicon()["sides"].items() if side != "both"]
    owner: dict[str, Entity] = {}
    for ent in ents.values():
        for form in (ent.name, *ent.aliases):
            owner.setdefault(form, ent)
    if not owner:
        return
    rx = re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(f) for f in sorted(owner, key=len, reverse=True)) + r")(?![\w])")
    for aid, text in scan.texts.items():
        for m in rx.finditer(text):
            ent = owner[m.group(0)]
            ent.mentions += 1
            ent.articles.add(aid)
            _votes_for_mention(ent, aid, text, m.start(), m.end(), scan, lex_res)
            if not ent.example:
                ent.example = f"{aid}:{m.start()}-{m.end()}"


def collect(corpus, quotes: pd.DataFrame, claims: pd.DataFrame | None, scan: Scan) -> dict[str, Entity]:
    """Named speakers, claimants and organisations -> Entity per canonical name, with side votes."""
    ents = Entities()
    add_speakers(ents, quotes, scan)
    add_claimants(ents, claims)
    add_organisations(ents, scan)
    add_acronym_expansions(ents, scan)
    add_named_with_role(ents, scan)
    add_outlets(ents, scan)
    add_anchors(ents, scan)
    alias_surnames(ents, scan)
    merge_aliases(ents)
    count_mentions(ents, scan)
    return ents

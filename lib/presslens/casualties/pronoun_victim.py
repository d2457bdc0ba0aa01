"""Rule `pronoun_victim`: a victim told as `he` or `she` is the person named last before the pronoun, and has that
person's side.

A story names a person and then says what happened to him with a pronoun: 'State radio said Leo des Vignes, a junior
government minister taken hostage Friday ..., died of a heart attack Wednesday in a hospital. He had been shot in
the heel.'; 'Muramoto was covering the dispersal operations ... when he was shot'; '... the killing of Muhammad
Khoiri (also known as "Jipo"), a suspected terrorist and paramilitary trainer. He died in a shootout with police'.
The claim's own words are the pronoun alone, so no rule of the victims' words can give a side. The antecedent is the
last person named before the pronoun in its sentence, else in the sentence before: a registry person (by the full
name, an alias or the surname) has the registry's side, a person described by an apposition ('X, a junior
government minister') has the side its words name, else its role word's. Asked last, after every other victim
rule. Session 28 (docs/rules.md, "Session 28: victim sides left `unknown`").
"""
from __future__ import annotations

import re

from .sides import _role_of
from .sides_generic import nonstate_near

#: a person's name as written: capitalised words, with the particles of names between them ('Leo des Vignes'),
#: an aside in brackets after it ('Muhammad Khoiri (also known as "Jipo")'), then an apposition opened by an
#: article and closed by a comma, a full stop or the text's end ('a junior government minister taken hostage')
_RX_APPOSITION = re.compile(r"""
    (?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|des|del|da|al|el|bin|ibn|van|von|le|la))*)
    \s*(?:\([^()]{0,80}\))?
    ,\s+(?:a|an|the)\s+(?P<descr>[^,.;:()]{3,80})
    """, re.X)
_WORDS = re.compile(r"[a-z][\w'’-]*")


def _registry_people(sw) -> list[tuple[str, str]]:
    """(name as written, side) of the registry's persons of the article's view: names, aliases and surnames."""
    people = []
    for conflict in getattr(sw.view, "conflicts", []):
        for actor in conflict.actors:
            if actor.is_person:
                for name in (actor.name, *actor.aliases):
                    people.append((name, actor.side))
                    if len(name.split()) > 1:
                        people.append((name.split()[-1], actor.side))
    return people


def _side_of_description(words: list[str], c, end: int) -> str | None:
    """The side an apposition's words name ('a KFL commander'), else its role word's (civilian; the state's or the
    one non-state side's, not between two states)."""
    sw = c.sw
    side = sw.side_of_words(words)
    if side in sw.belligerents:
        return side
    role = _role_of(words, c.lex)
    if role == "civilian":
        return "civilian"
    if role == "state" and sw.state and not sw.states:
        return sw.state
    if role == "nonstate" and sw.nonstate and not sw.states:
        return nonstate_near(sw, end, words)
    return None


def _antecedent(text: str, c) -> tuple[int, str, str | None] | None:
    """The last person named in `text` -> (where, the name, the side or None)."""
    found: list[tuple[int, str, str | None]] = []
    sides = ("civilian", "ngo", "media", "un")
    for name, side in _registry_people(c.sw):
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
            found.append((m.start(), name, side if side in c.sw.belligerents or side in sides else None))
    for m in _RX_APPOSITION.finditer(text):
        if not any(m.start("name") <= at < m.end("name") for at, _, _ in found):
            found.append((m.start(), m.group("name"),
                          _side_of_description(_WORDS.findall(m.group("descr").lower()), c, c.f.end)))
    return max(found, key=lambda t: t[0]) if found else None


def pronoun_victim(c) -> tuple[str, str] | None:
    """Rule `pronoun_victim`: a victim told as `he` or `she` ('He had been shot in the heel') takes the side of the
    person named last before the pronoun in its sentence, else in the sentence before: a registry person's side, or
    the side an apposition's words name ('X, a junior government minister'); none when a count of one other victim
    is told between (the pronoun may be that victim). `c`: the victims module's claim view.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.extract import extract_article
    >>> reg = Actors([_conflict("varnessa", {"sides": {"varn_gov": "the Varnessan state, its police and army",
    ...     "kfl": "the Kessel Freedom League, an armed separatist group"}, "government_side": "varn_gov",
    ...     "rebel_side": "kfl", "articles": ["example.txt"], "keywords": {"kfl": ["KFL"]}})])
    >>> text = ("Radio Varn said Arvo Tamm, a deputy minister held by the rebels for a week, died in hospital on "
    ...         "Monday. He had been shot in the leg.")
    >>> [(r["victim_side"], r["side_by"]) for r in extract_article("example.txt", text, actors=reg)
    ...  if r["text"].startswith("He")]
    [('varn_gov', 'pronoun_victim')]
    """
    if not c.claim_low.startswith(("he ", "she ")) or not c.story or c.sw.view is None:
        return None
    sent = c.story[-1]
    at = sent.lower().find(c.claim_low)
    texts = ([sent[:at]] if at > 0 else []) + ([c.story[-2]] if len(c.story) > 1 else [])
    for i, text in enumerate(texts):
        person = _antecedent(text, c)
        if person is None:
            continue
        _, name, side = person
        surname = name.split()[-1].lower()
        this_sent = getattr(c.f, "start_sent", None)
        others = [p for p in c.prior if p.get("low") == 1 and surname not in (p.get("text") or "").lower()
                  and p.get("_sent") in ((this_sent,) if i == 0 and at > 0 else (this_sent, (this_sent or 0) - 1))]
        if side is None or others:
            return None     # a person of no side, or another single victim told since: the pronoun may be that one
        return side, "civilians" if side == "civilian" else c.vtype
    return None

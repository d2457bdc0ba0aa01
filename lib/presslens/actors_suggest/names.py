"""Lexicon patterns, name helpers and the two records of a draft registry (Entity, Anchor)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .. import config
from ..actors import fold, name_key

# --------------------------------------------------------------------------- lexicon

#: nouns that make a state body when a country or demonym stands before them
_STATE_HEADS = (r"army|military|government|ministry|defen[cs]e\s+ministry|foreign\s+ministry|interior\s+ministry|"
                r"armed\s+forces|forces|troops|soldiers|navy|air\s+force|general\s+staff|president|prime\s+minister|"
                r"police|authorities|officials|state|missile|missiles|drones?|strikes?|border\s+guards?|"
                r"defen[cs]e\s+forces|security\s+forces|parliament|embassy|foreign\s+minister|defen[cs]e\s+minister|"
                r"leader|leadership|regime|occupation|invasion|offensive|artillery|shelling|jets?|warplanes?|"
                r"health\s+ministry|emergency\s+service|national\s+guard|general|generals|commanders?|"
                r"spokes(?:man|woman|person)|officers?|units?|brigades?|battalions?")
_EVENT_HEADS = re.compile(r"^(missiles?|drones?|strikes?|occupation|invasion|offensive|artillery|shelling|jets?|warplanes?)$")
_MILITARY_HEADS = re.compile(r"^(army|military|armed forces|forces|troops|soldiers|navy|air force|general staff|missiles?|"
                             r"drones?|strikes?|border guards?|defen[cs]e|occupation|invasion|offensive|artillery|"
                             r"shelling|jets?|warplanes?|security forces|national guard|generals?|commanders?|"
                             r"officers?|units?|brigades?|battalions?|regime|defen[cs]e ministry|defen[cs]e minister)")
#: last words of an organisation's name
_ORG_HEADS = (r"Forces|Force|Front|Brigades?|Coalition|Movement|Army|Ministry|Service|Council|Directorate|Department|"
              r"Network|Room|Cent(?:re|er)|Institute|Organi[sz]ation|Commission|Committee|Office|Staff|Matrix|Mission|"
              r"Agency|Party|Union|League|Alliance|Shield|Guard|Corps|Battalion|Regiment|Militia|Group|Monitor|"
              r"Observatory|Hospital|Authority|Programme|Program|Fund|Federation|Legion|Division")
_CAP = r"[A-Z][\w'’\-]*"
_ORG_RE = re.compile(rf"\b((?:{_CAP}|al-{_CAP}|el-{_CAP})(?:\s+(?:of|for|the|de|du|des|al|and|pour|la|le)?\s*(?:{_CAP}|al-{_CAP})){{0,6}}"
                     rf"\s+(?:{_ORG_HEADS}))\b(?:\s*\(([A-Z][A-Za-z]{{1,7}})\))?")
#: an organisation whose name starts with its head word, as in French, Spanish or Arabic names:
#: `Mouvement pour la Libération du Haut-Saro (MLHS)`, `Ejército de Liberación Nacional`, `Jabhat al-Nusra`
_ORG_LEAD_RE = re.compile(r"\b((?:Mouvement|Alliance|Front|Armée|Conseil|Comité|Coordination|Movimiento|Frente|Ejército|"
                          r"Fuerzas|Partido|Harakat|Jabhat|Jaysh|Liwa|Ansar|Hayat|Katibat)\s+(?:[\w'’\-]+\s+){0,4}"
                          r"(?:du|de\s+la|de\s+l['’]|des|de|del|pour\s+la|pour\s+le|pour|por\s+la|por|para\s+la|para|al-|el-)\s*"
                          r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)(?:\s*\(([A-Z][A-Za-z]{1,7})\))?")


def _org_matches(text: str):
    """(match, name, acronym) of every organisation name in `text`: head word last (`Amber Shield Forces`)
    or first (`Mouvement pour la Libération du Haut-Saro`)."""
    for rx in (_ORG_RE, _ORG_LEAD_RE):
        for m in rx.finditer(text):
            yield m, re.sub(r"^(?:The|A|An)\s+", "", m.group(1)), m.group(2)


_ACRO_RE = re.compile(r"\b((?:[A-Z][\w'’\-]+\s+){1,6}[A-Z][\w'’\-]+)\s*\(([A-Z]{2,7})\)")
_POSSESSIVE_RE = re.compile(rf"\b({_CAP}(?:[ \-]{_CAP}){{0,2}})['’]s\s+((?:[a-z\-]+\s+){{0,2}}?)({_STATE_HEADS})\b")
_DEMONYM_RE = re.compile(rf"\b([A-Z][a-z]+(?:ian|an|ese|ish|i|ic))(?:-(?:installed|backed|led|held|run))?\s+"
                         rf"((?:[a-z\-]+\s+){{0,2}}?)({_STATE_HEADS})\b")
#: countries the press names by an abbreviation before a state word (rule `country_abbreviation`):
#: `U.S. forces`, `the UK defence ministry`, `UAE warplanes`
_COUNTRY_ABBREV = {"US": "US", "U.S.": "US", "UK": "UK", "U.K.": "UK", "UAE": "UAE"}
_ABBREV_RE = re.compile(r"(?<![\w.])(U\.S\.|US|U\.K\.|UK|UAE)['’]?s?\s+((?:[a-z\-]+\s+){0,2}?)(" + _STATE_HEADS + r")\b")
_PRO_ANTI_RE = re.compile(r"\b(pro|anti)-([A-Z][\w\-]+|(?:government|regime|coup|junta|military)\b)")
_BODY_PRONOUN_RE = re.compile(r"\bthe (?:agency|organi[sz]ation|mission|body)['’]s\b", re.I)
_GROUP_PRONOUN_RE = re.compile(r"\b(?:its|the group's|the group’s|the movement's|the militia's|their)\b", re.I)
_NOT_COUNTRY = {"the", "a", "an", "it", "its", "this", "that", "monday", "tuesday", "wednesday", "thursday", "friday",
                "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "un", "u.n", "european", "western", "eastern",
                "northern", "southern", "international", "islamic", "christian", "muslim", "arab", "african", "asian",
                "central", "military", "national", "federal", "regional", "provincial", "local", "special", "civilian",
                "senior", "english", "wednesday", "former", "acting", "interim", "new", "old"}


def _lexicon() -> dict:
    return config.lexicon("speakers")


def _words_re(words) -> re.Pattern:
    items = sorted({fold(w) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<![\w@])(?:" + "|".join(re.escape(w) for w in items) + r")(?![\w])")


def slug(name: str) -> str:
    """'Amber Shield Forces' -> 'amber_shield_forces'; 'Korvatia' -> 'korvatia'."""
    return re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_") or "side"


# --------------------------------------------------------------------------- what the corpus says

@dataclass
class Entity:
    """One named speaker, claimant or organisation seen in the corpus."""
    name: str
    kind: str                                  # person | org
    mentions: int = 0
    articles: set = field(default_factory=set)
    roles: Counter = field(default_factory=Counter)
    aliases: set = field(default_factory=set)
    example: str = ""
    votes: Counter = field(default_factory=Counter)           # side key -> weight
    evidence: dict = field(default_factory=dict)              # side key -> first evidence text
    statements: int = 0
    cited: bool = False                        # named with a role or as a medium: listed even if named once

    def vote(self, side: str, weight: float, evidence: str) -> None:
        self.votes[side] += weight
        self.evidence.setdefault(side, evidence)


@dataclass
class Anchor:
    """A country or armed group a side is named after."""
    key: str
    name: str
    kind: str                                  # country | group
    forms: set = field(default_factory=set)    # names, demonyms, acronyms
    demonym: str = ""
    military: int = 0                          # cues that it fights (army, troops, strikes, fighters)
    diplomatic: int = 0                        # cues that it only speaks (foreign ministry, embassy)
    mentions: int = 0
    articles: set = field(default_factory=set)




_NAME_WORD = r"(?:[A-Z][\w'’\-–]+|[A-Z]\.)"
_EXPANSION_RE = re.compile(rf"\b((?:{_NAME_WORD})(?:\s+(?:of|in|for|on|and|the|de|al)?\s*{_NAME_WORD}){{1,7}})\s*\(([A-Z]{{2,8}})\)")
_PERSON_NAME = rf"({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|do|da|de|dos|bin|van|von|al-\w+)){{1,3}})"
_APPOSITIONS = (
    rf"\b{_PERSON_NAME},\s+(?:(?:a|an|the)\s+|(?=[A-Z][a-z]+\s+of\s))((?:[\w'’.\-]+\s+){{0,4}}[\w'’.\-]+)",  # X, the UN's envoy
    rf"\b(?:[a-z]+\s+)?([a-z]+)(?:\s+(?:to|for|of|in)\s+[A-Z][\w\-]+)?,\s+(?:[a-z]+\s+)?{_PERSON_NAME}\b",    # envoy to Libya, X
    rf"\b(?:Ms|Mr|Mrs|Secretary\s+of\s+State|Foreign\s+Minister)\.?\s+{_PERSON_NAME}",                         # Ms X
)
#: one regex per construction (the others disabled, so groups keep their numbers): one's match hides no other's
_APPOSITION_RES = [re.compile("|".join(alt if i == j else "(?!)" + alt for j, alt in enumerate(_APPOSITIONS)))
                   for i in range(len(_APPOSITIONS))]
_OUTLET_NAME_RE = re.compile(r"\b(?:writes|wrote)\s+((?:the\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})\s*[.;]"
                             r"|((?:[A-Z][\w'’\-]+\s+){1,3}?)(?:news\s+)?(?:website|newspaper|news\s+agency|reports\s*[.;])")


# --------------------------------------------------------------------------- entities of a corpus

_BAD_NAME = re.compile(r"(?i)^(the|a|an|he|she|they|it|we|i|you|his|her|its|their|this|that|officials?|"
                       r"sources?|residents?|witnesses|police|army|military|government|ministry|statement|partners)$")


def _is_named(name) -> bool:
    return (isinstance(name, str) and len(name) > 1 and name[:1].isupper() and not _BAD_NAME.match(name)
            and not re.match(r"(?i)^(a|an|the|some|two|three|several|many)\s", name))


def _role_words() -> frozenset:
    lex = _lexicon()
    words = {*lex["titles"], *lex["modifier_titles"], *lex["title_nouns"], "analyst", "expert", "researcher",
             "professor", "dr", "mr", "mrs", "ms", "resident", "spokesman", "spokeswoman", "correspondent",
             "reporter", "historian", "fellow", "doctor", "nurse", "volunteer", "medic", "sergeant", "private",
             "corporal", "lieutenant", "captain", "colonel", "general", "major", "brigadier", "interior", "health"}
    return frozenset(fold(w) for w in words)


def _clean_name(name: str) -> str:
    """A speaker's name without the role words the extractor left in front: 'Analyst Jonas Brekke' -> 'Jonas Brekke';
    without a backer in front (`Vessan-backed Sarn Front` -> 'Sarn Front') or a medium behind (`Halven Today news
    website` -> 'Halven Today')."""
    name = re.sub(r"\s*\([^)]*\)?\s*$", "", name).strip()     # 'Front (MLHS' -> 'Front'
    name = re.sub(r"^.*\b[A-Z][a-z]{3,}\.\s+(?=[A-Z])", "", name)   # 'Friday. Halvik': a sentence's end is no part
    name = re.sub(r"^[A-Z][\w]+-(?:aligned|backed|led|allied|funded|supported|linked)\s+(?=[A-Z])", "", name)
    name = re.sub(r"\s+(?:news\s+)?(?:website|web\s?site|portal|newspaper|news\s+agency|channel)$", "", name) or name
    words = name.split()
    roles = _role_words()
    while len(words) > 2 and fold(words[0]).rstrip(".") in roles:
        words = words[1:]
    return " ".join(words)


def _alias_like(form: str, name: str) -> bool:
    """Whether a form the text uses for `name` is another complete name (not the name with a role around it)."""
    if not form or name_key(form) == name_key(name) or fold(name) in fold(form) or "(" in form or ")" in form:
        return False
    words = form.split()
    if len(words) == 1 and (fold(form) in ("it", "its", "he", "she", "they", "we", "the") or _BAD_NAME.match(form)):
        return False
    return len(words) >= 1 and all(w[:1].isupper() or w in ("al", "de", "bin", "of", "for", "the") for w in words) \
        and not (len(words) == 1 and _person(name))    # a bare surname is never an alias


def _surname(word: str) -> str:
    """'Al-Halvik' -> 'halvik'; 'Halvik' -> 'halvik'."""
    return re.sub(r"^(?:al|el)[\-–]", "", fold(word))


def _person(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and not any(w.isupper() and len(w) > 1 and not re.fullmatch(r"[A-Z]\.", w) for w in words) and not re.search(rf"\b({_ORG_HEADS})\b", name) and all(w[:1].isupper() or w in ("al", "de", "bin", "ibn", "van", "von", "da", "do", "dos")
                                                                                    or w.startswith(("al-", "el-")) for w in words)

"""A draft actor registry from a corpus: `presslens actors suggest PATH`.

The extractors run without a registry; every named speaker, claimant and organisation they find
becomes an actor (canonical name, aliases seen, mentions, articles, roles, one example span), and
each is put on a side by the articles' own cues, one named rule per family of cues (`RULES`):

- ``possessive``: `Korvatia's General Staff`, `the group's media office` (the group last named);
- ``demonym``: `Drevlian defence ministry spokesman`, `Tindaran army`;
- ``member``: `URC commander Teodor Halvik`, `spokesman for Liwa al-Sahil's armed wing`,
  `Halvik, a commander of the Ulm River Coalition`;
- ``pro_anti``: `pro-Drevlian militia` (that side), `anti-government fighters` (the armed group);
- ``state_word``: `army spokesman`, `interior minister`, `regional governor` -> the state the
  article is about (the country it names most with state words);
- ``armed_word``: `rebel commander`, `militants` -> the armed group the article names most;
- ``generic``: `U.N. coordinator`, `aid group`, `analyst`, `resident`, `correspondent` -> the generic
  sides un, ngo, expert, civilian, media, religious, foreign_gov, former_gov.

Sides are the countries and armed groups the cues point to, named after the country or group that
leads them; an organisation whose name holds a country (`Korvatian air force`) joins that country,
and a country named only through its diplomats is `foreign_gov`. Articles about different wars
(no shared country or group) become separate `conflicts:`. Every guess carries a `# check:` comment
with its evidence, and the file loads as it is with `--actors`.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pandas as pd

from . import config
from .actors import fold, name_key

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
_PRO_ANTI_RE = re.compile(r"\b(pro|anti)-([A-Z][\w\-]+)")
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


def _demonym_stem(word: str) -> str:
    return fold(word)[:5]


class _Scan:
    """Countries, groups and the per-article state and group of a corpus."""

    def __init__(self, corpus, *, people: set[str] = frozenset()):
        self.people = {p.split()[-1] for p in people if len(p.split()) >= 2}
        self.texts = dict(zip(corpus.articles["article_id"], corpus.articles["text"].astype(str)))
        self.anchors: dict[str, Anchor] = {}
        self.home: dict[str, str | None] = {}
        self.group: dict[str, str | None] = {}
        lex = _lexicon()
        self.rebel_re = _words_re(lex["rebel"])
        self._find_countries()
        self._find_groups()
        self._per_article()

    # countries: `X's army`, `Xian troops`, joined by a shared stem (Korvatia / Korvatian)
    def _find_countries(self) -> None:
        names: Counter = Counter()
        demonyms: Counter = Counter()
        military: Counter = Counter()
        diplomatic: Counter = Counter()
        for text in self.texts.values():
            for m in _POSSESSIVE_RE.finditer(text):
                word, head = m.group(1), fold(m.group(3))
                if fold(word) in _NOT_COUNTRY or word.isupper() or re.search(_ORG_HEADS + "$", word) or word in self.people:
                    continue
                names[word] += 1
                military[_demonym_stem(word)] += bool(_MILITARY_HEADS.match(head))
                diplomatic[_demonym_stem(word)] += head.startswith(("foreign", "embassy"))
            for m in _DEMONYM_RE.finditer(text):
                word, head = m.group(1), fold(m.group(3))
                if fold(word) in _NOT_COUNTRY:
                    continue
                if _EVENT_HEADS.match(head):   # `Sembilan offensive`: a place can have an offensive, not an army
                    military[_demonym_stem(word)] += 1
                    continue
                demonyms[word] += 1
                military[_demonym_stem(word)] += bool(_MILITARY_HEADS.match(head))
                diplomatic[_demonym_stem(word)] += head.startswith(("foreign", "embassy"))
        lowered = {w for t in self.texts.values() for w in re.findall(r"\b[a-z][a-z']+\b", t)}
        trimmed: Counter = Counter()
        for word, n in names.items():   # `Neighbouring Norvenia`, `Why Sarqan`: a sentence's first word is not a name
            parts = word.split()
            while len(parts) > 1 and parts[0].lower() in lowered:
                parts = parts[1:]
            trimmed[" ".join(parts)] += n
        names = trimmed
        by_stem: dict[str, Anchor] = {}
        for word, _ in names.most_common():
            stem = _demonym_stem(word)
            if stem not in by_stem:
                by_stem[stem] = Anchor(key=slug(word), name=word, kind="country", forms={word})
        for word, _ in demonyms.most_common():
            stem = _demonym_stem(word)
            anchor = by_stem.get(stem)
            if anchor is None:
                # a demonym whose country is never named with a state word: find the country in the text
                country = self._country_for(word)
                anchor = by_stem[stem] = Anchor(key=slug(country or word), name=country or word, kind="country",
                                                forms={country} if country else set())
            anchor.forms.add(word)
            anchor.demonym = anchor.demonym or word
        for stem, anchor in by_stem.items():
            anchor.military, anchor.diplomatic = military[stem], diplomatic[stem]
            self.anchors[anchor.key] = anchor

    def _country_for(self, demonym: str) -> str | None:
        stem = demonym[:5]
        rx = re.compile(rf"\b({re.escape(stem)}[a-z]*)\b")
        counts = Counter(m.group(1) for t in self.texts.values() for m in rx.finditer(t)
                         if m.group(1) not in (demonym, demonym + "s")
                         and not m.group(1).endswith(("ian", "ians", "ese", "ish", "an", "ans", "i", "is"))
                         or m.group(1).endswith("stan"))
        return counts.most_common(1)[0][0] if counts else None

    # armed groups: organisations the articles call rebels, militants, paramilitary ... or that fight
    def _find_groups(self) -> None:
        seen: Counter = Counter()
        acronym: dict[str, str] = {}
        cue: Counter = Counter()
        for text in self.texts.values():
            for m in _ACRO_RE.finditer(text):
                long = re.sub(r"^(?:The|the|A|An)\s+", "", m.group(1))
                acronym.setdefault(long, m.group(2))
            for m, name, acro in _org_matches(text):
                if acro:
                    acronym.setdefault(name, acro)
                seen[name] += 1
                window = fold(text[max(0, m.start() - 60):m.end() + 60])
                if self.rebel_re.search(window) or re.search(r"armed (?:group|wing)|claimed responsibility", window):
                    cue[name] += 1
        # names with an armed-group cue and no country inside them
        for name, n in seen.items():
            if not cue[name] or self._country_in(name) or len(name.split()) < 2:
                continue
            if re.search(r"(?i)\b(battalion|regiment|division|corps|guard|brigade)$", name):   # a unit of an army
                continue
            if re.search(r"(?i)\b(ministry|department|directorate|office|council|hospital|network|institute|"
                         r"cent(?:re|er)|organi[sz]ation|commission|committee|mission|agency|matrix|room|monitor|"
                         r"observatory|programme|fund|staff|service|authority|police|union)\b", name):
                continue
            if re.search(r"(?i)\b(u\.?n\.?|united nations|red cross|red crescent)\b", name):
                continue
            key = slug(acronym.get(name) or name)
            anchor = self.anchors.setdefault(key, Anchor(key=key, name=name, kind="group", forms={name}))
            if name in acronym:
                anchor.forms.add(acronym[name])
            anchor.military += cue[name]
        # a group named by one word before its members (rule `member_word`): `Hamas fighters`, `M23 rebels`,
        # `al-Shabab militants`, seen at least twice, not a country, a person or a sentence's first word
        lowered = {w for t in self.texts.values() for w in re.findall(r"\b[a-z][a-z']+\b", t)}
        members: Counter = Counter()
        for text in self.texts.values():
            for m in re.finditer(r"\b((?:al-|el-)?[A-Z][\w\-]+)\s+(?:fighters|militants|rebels|gunmen|insurgents|"
                                 r"militiamen|guerrillas|commanders?|spokes(?:man|woman|person))\b", text):
                members[m.group(1)] += 1
        for word, n in members.items():
            if n < 2 or word.lower() in lowered or word in self.people or self._country_in(word) or fold(word) in _NOT_COUNTRY:
                continue
            if any(word in f.split() for a in self.anchors.values() for f in a.forms):   # `Black Reed fighters`
                continue
            key = slug(word)
            anchor = self.anchors.setdefault(key, Anchor(key=key, name=word, kind="group", forms={word}))
            anchor.military += n
        # a group named without an organisation head but with an armed wing or spokesman: `Liwa al-Sahil's armed wing`
        for text in self.texts.values():
            for m in re.finditer(rf"\b((?:{_CAP}|al-{_CAP})(?:[ \-](?:{_CAP}|al-{_CAP})){{0,3}})['’]s\s+(?:armed|military)\s+wing", text):
                name = re.sub(r"^(?:The)\s+", "", m.group(1))
                if self._country_in(name):
                    continue
                key = slug(name)
                anchor = self.anchors.setdefault(key, Anchor(key=key, name=name, kind="group", forms={name}))
                anchor.military += 1

        # a group's short name before a member word: `Black Reed commander`, `Amber Shield fighters`
        for anchor in [a for a in self.anchors.values() if a.kind == "group"]:
            words = anchor.name.split()
            short = " ".join(words[:-1])
            if len(words) >= 2 and re.fullmatch(_ORG_HEADS, words[-1]) and len(short) >= 4 and short[:1].isupper():
                rx = re.compile(rf"\b{re.escape(short)}\s+(?:fighters|commanders?|spokes(?:man|woman|person)|militants|"
                                rf"rebels|leaders?|forces|positions|members|gunmen|units|official|officials)\b")
                if any(rx.search(t) for t in self.texts.values()):
                    anchor.forms.add(short)

    def _country_in(self, name: str) -> str | None:
        folded = fold(name)
        for anchor in self.anchors.values():
            if anchor.kind == "country" and any(re.search(rf"(?<!\w){re.escape(fold(f))}(?!\w)", folded)
                                                for f in anchor.forms if f):
                return anchor.key
        return None

    def _per_article(self) -> None:
        self.form_re = {}
        for anchor in self.anchors.values():
            forms = sorted((f for f in anchor.forms if f), key=len, reverse=True)
            if forms:
                self.form_re[anchor.key] = re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(f) for f in forms) +
                                                      r")(?:['’]s)?(?![\w])")
        located: dict[str, dict] = {}
        for aid, text in self.texts.items():
            counts = Counter()
            for key, rx in self.form_re.items():
                n = len(rx.findall(text))
                if n:
                    counts[key] = n
                    self.anchors[key].mentions += n
                    self.anchors[key].articles.add(aid)
            countries = [(self._located(key, text), n, key) for key, n in counts.items()
                         if self.anchors[key].kind == "country"]
            groups = [(n, k) for k, n in counts.items() if self.anchors[k].kind == "group"]
            self.home[aid] = max(countries)[2] if countries else None
            located[aid] = {k: loc for loc, _n, k in countries}
        # an article that places itself nowhere: the state that other articles place the war in
        total = Counter()
        for locs in located.values():
            total.update(locs)
        for aid, locs in located.items():
            if locs and not any(locs.values()):
                self.home[aid] = max(locs, key=lambda k: (total[k], self.anchors[k].mentions))
            self.group[aid] = max(groups)[1] if groups else None

    def _located(self, key: str, text: str) -> int:
        """How often an article places itself in a country: `in Korvatia`, `the central Korvatian city of`,
        `Qandara's restive northwest` (rule `home`): the war's country, not the one that attacks it."""
        anchor = self.anchors[key]
        forms = "|".join(re.escape(f) for f in sorted(anchor.forms, key=len, reverse=True) if f)
        names = "|".join(re.escape(f) for f in sorted(anchor.forms, key=len, reverse=True) if f and f != anchor.demonym)
        if not forms:
            return 0
        place = (r"(?:city|town|village|region|capital|province|district|port|border|borders|coast|north|south|east|west|"
                 r"northeast|northwest|southeast|southwest|countryside|soil|territory|frontline|front line)")
        alts = [rf"\b(?:{forms})(?:['’]s)?\s+(?:[a-z]+\s+){{0,2}}?{place}\b"]
        if names:   # `in Korvatia` (a country's name, not its adjective: `in Drevlian captivity`), a dateline
            alts += [rf"\b(?:in|across|inside|throughout)\s+(?:{names})\b(?![\-\w]|['’]s\s+(?:army|forces|troops))",
                     rf"^[A-Z][A-Z \-]+,\s+(?:{names})\b"]
        rx = re.compile("|".join(alts), re.M)
        return len(rx.findall(text))

    def anchors_in(self, text: str) -> list[tuple[int, str, str]]:
        """(position, anchor key, matched form) of every anchor named in `text`."""
        out = []
        for key, rx in self.form_re.items():
            out += [(m.start(), key, m.group(0)) for m in rx.finditer(text)]
        return sorted(out)


# --------------------------------------------------------------------------- rules: cues -> side votes

_STATE_WORD = re.compile(r"(?<![\w\-])(army|military|government|minister|ministry|brigade|battalion|regiment|division|defen[cs]e|interior|police|governor|"
                         r"president|prime minister|general staff|mayor|authorities|armed forces|air force|officer|"
                         r"brig\.?|gen\.?|gov\.?|col\.?|maj\.?|lt\.?|colonel|general|major|lieutenant|captain|sergeant|"
                         r"soldiers?|troops|commissioner|emergency service|state|official|officials)(?![\w])", re.I)


_PLACE_BEFORE = re.compile(r"\b(?:in|into|to|from|near|across|inside|toward|towards|against|on|over|at)\s+(?:the\s+)?$", re.I)


def _generic_side(phrase: str, lex_res: list[tuple[str, re.Pattern]]) -> str | None:
    folded = fold(phrase)
    for side, rx in lex_res:
        if rx.search(folded):
            return side
    return None


_ABBREV = {"dr", "lt", "col", "gen", "maj", "brig", "sgt", "capt", "mr", "mrs", "ms", "st", "no", "cpl", "pvt", "adm",
           "gov", "sen", "rep", "cmdr", "insp", "supt", "prof", "u.n", "u.s"}
_BOUNDARY = re.compile(r"[.?!][\"”’]?\s+|\n|[\"“”]\s*|:\s|\(|\)|;|\s[-–—]\s")


def _only_titles(segment: str) -> bool:
    words = [fold(w).strip(".") for w in segment.split()]
    return all(w in _ABBREV or w in _role_words() or w in ("the", "a", "an") for w in words)


def _windows(text: str, start: int, end: int) -> tuple[str, str]:
    """The mention's role phrase: the words before it back to the clause start (the segment before a comma
    too when only titles are left: `The ministry's director-general, Dr. X`), and an appositive after it
    (`X, a spokesman for the URC,`; `X of the Kessa Institute`)."""
    left = text[max(0, start - 160):start]
    cut = 0
    for m in _BOUNDARY.finditer(left):
        if m.group(0).startswith("."):
            tok = re.search(r"([\w.]+)$", left[:m.start()])
            if tok and fold(tok.group(1)) in _ABBREV:
                continue
        cut = m.end()
    left = left[cut:]
    parts = left.split(",")
    seg = parts[-1]
    if len(parts) > 1 and _only_titles(seg):
        seg = parts[-2] + "," + seg
    left = seg
    right = text[end:end + 120]
    if re.match(r"\s*,", right):                     # `X, a spokesman for the URC, said`
        right = right[right.index(",") + 1:]
        stop = re.search(r"[,.;:!?\n(]|\bsaid\b|\btold\b|\"|“", right)
    elif re.match(r"\s+(?:of|for|from|at|with)\s|,?\s+reporting\b", right):  # `Jonas Brekke of the Kessa Institute`
        stop = re.search(r"[.;:!?\n(]|\bsaid\b|\btold\b|\bsays\b|\"|“", right)
    else:
        return left, ""
    if stop:
        right = right[:stop.start()]
    return left, right


def _votes_for_mention(ent: Entity, aid: str, text: str, start: int, end: int, scan: _Scan, lex_res) -> None:
    """Apply the rules to one mention of `ent` in article `aid`."""
    left, right = _windows(text, start, end)
    where = " ".join((left + "[" + text[start:end] + "]" + right).split())
    name_forms = ent.name
    # member / possessive / demonym: a country or group named in the role phrase; the nearest wins
    near = []
    for pos, key, form in scan.anchors_in(left):
        if not _PLACE_BEFORE.search(left[:pos]):
            near.append((len(left) - pos, key, form))
    for pos, key, form in scan.anchors_in(right):
        if not _PLACE_BEFORE.search(right[:pos]):
            near.append((pos + 3, key, form))
    own = {k for _, k, f in scan.anchors_in(name_forms)}
    if ent.kind == "org" and _org_side(ent, aid, scan, lex_res):
        return
    near = [n for n in near if n[1] not in own or ent.kind == "person"]
    if near:
        dist, key, form = min(near)
        weight = 2.0 if dist < 40 else 1.0
        ent.vote(key, weight, f"'{where}' ({form})")
    # pro-X / anti-X in the role phrase
    for m in _PRO_ANTI_RE.finditer(left + " " + right):
        target = [k for _, k, _f in scan.anchors_in(m.group(2))]
        if m.group(1) == "pro" and target:
            ent.vote(target[0], 1.5, f"'{where}' (pro-{m.group(2)})")
        elif m.group(1) == "anti" and scan.group.get(aid) and (target and scan.anchors[target[0]].kind == "country"
                                                              or fold(m.group(2)) in ("government", "regime")):
            ent.vote(scan.group[aid], 1.0, f"'{where}' (anti-{m.group(2)})")
    # fighters loyal to X, forces led by X (rule `loyal_to`): X leads an armed group
    before_name = text[max(0, start - 60):start]
    if re.search(r"\b(?:fighters|militiamen|militias?|forces|troops|men|gunmen|rebels|insurgents)\s+(?:loyal\s+to|led\s+by|"
                 r"commanded\s+by|under)\s+(?:the\s+)?$", before_name, re.I):
        key = scan.group.get(aid) or scan.home.get(aid)
        if key:
            ent.vote(key, 2.0, f"'{' '.join(before_name.split())} [{text[start:end]}]' (armed followers: "
                               f"{scan.anchors[key].name}, the article's armed group)")
    # the group's / its spokesman: the group last named before the mention
    if _GROUP_PRONOUN_RE.search(left[-40:]):
        before = scan.anchors_in(text[max(0, start - 600):start])
        groups = [k for _, k, _f in before if scan.anchors[k].kind == "group"]
        if groups:
            ent.vote(groups[-1], 1.5, f"'{where}' (its = {scan.anchors[groups[-1]].name})")
    # the agency's representative: a U.N. body named just before (rule `body_pronoun`)
    if _BODY_PRONOUN_RE.search(left[-40:] + " " + right[:40]):
        before = text[max(0, start - 600):start]
        if _UN_NAME.search(before):
            ent.vote("un", 1.5, f"'{where}' (the agency = {_UN_NAME.findall(before)[-1]})")
    phrase = left + " " + right
    # generic sides: UN, aid group, analyst, resident, correspondent ...
    generic = _generic_side(phrase, lex_res)
    # state words -> the state the article is about; armed-group words -> the group it names most
    state = _STATE_WORD.search(left[-60:] + " " + right[:60])
    if generic and generic != "civilian":
        ent.vote(generic, 1.6, f"'{where}'")
    if state and scan.home.get(aid) and not near and generic not in ("un", "ngo", "foreign_gov", "expert", "media"):
        ent.vote(scan.home[aid], 1.2, f"'{where}' ({state.group(0)}; the article's state is {scan.anchors[scan.home[aid]].name})")
    elif scan.rebel_re.search(fold(phrase)) and scan.group.get(aid) and not near:
        ent.vote(scan.group[aid], 1.0, f"'{where}' (the article's armed group is {scan.anchors[scan.group[aid]].name})")
    if generic == "civilian" and not state:
        ent.vote("civilian", 1.0, f"'{where}'")


_UN_NAME = re.compile(r"\b(?:U\.?N\.?|United Nations|International Organi[sz]ation for Migration|IOM|UNHCR|UNICEF|OCHA|WFP|WHO)\b")
_STATE_BODY = re.compile(r"(?i)\b(ministry|department|directorate|general staff|armed forces|army|police|air force|navy|"
                         r"emergency service|commission|government|cabinet|presidency|parliament|defen[cs]e forces|"
                         r"authorities)\b")


def _org_side(ent: Entity, aid: str, scan: "_Scan", lex_res) -> bool:
    """An organisation's side from its own name (rule `org_name`): a UN body; an armed group or a country in
    the name (`ASF media office`, `Korvatian air force`); a state body (`Counter-Terrorism Department`) of
    the article's state; a generic word (`Institute`, `aid group`). True when the name decided."""
    name = ent.name
    if _UN_NAME.search(name):
        ent.vote("un", 3.0, f"its name: {name}")
        return True
    own = [k for form in (name, *sorted(ent.aliases)) for _, k, _f in scan.anchors_in(form)]
    groups = [k for k in own if scan.anchors[k].kind == "group"]
    if groups:
        ent.vote(groups[0], 3.0, f"its name: {name}")
        return True
    generic = _generic_side(name, lex_res)
    if _STATE_BODY.search(name) and generic not in ("expert", "un"):
        key = own[0] if own else scan.home.get(aid)
        if key:
            ent.vote(key, 3.0 if own else 1.5, f"its name: {name}" + ("" if own else
                     f" (a state body; the article's state is {scan.anchors[key].name})"))
            return True
    if generic and generic != "civilian":
        ent.vote(generic, 3.0, f"its name: {name}")
        return True
    if own:
        ent.vote(own[0], 3.0, f"its name: {name}")
        return True
    return False


#: the rules, named, in the order they are tried on a mention (see the module docstring)
RULES = ("possessive", "demonym", "member", "pro_anti", "group_pronoun", "generic", "state_word", "armed_word")


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
    """A speaker's name without the role words the extractor left in front: 'Analyst Jonas Brekke' -> 'Jonas Brekke'."""
    name = re.sub(r"\s*\([^)]*\)?\s*$", "", name).strip()     # 'Front (MLHS' -> 'Front'
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


def _person(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and not any(w.isupper() and len(w) > 1 for w in words) and not re.search(rf"\b({_ORG_HEADS})\b", name) and all(w[:1].isupper() or w in ("al", "de", "bin", "ibn", "van", "von", "da")
                                                                                    or w.startswith(("al-", "el-")) for w in words)


def collect(corpus, quotes: pd.DataFrame, claims: pd.DataFrame | None, scan: _Scan) -> dict[str, Entity]:
    """Named speakers, claimants and organisations -> Entity per canonical name, with side votes."""
    lex = _lexicon()
    lex_res = [(side, _words_re(words)) for side, words in lex["sides"].items() if side != "both"]
    ents: dict[str, Entity] = {}

    def entity(name: str) -> Entity:
        name = _clean_name(name)
        key = name_key(name)
        if key not in ents:
            ents[key] = Entity(name=name, kind="person" if _person(name) else "org")
        return ents[key]

    texts = scan.texts
    for row in quotes.itertuples(index=False):
        speaker = row.speaker
        if not _is_named(speaker) and pd.notna(row.speaker_start) and pd.notna(row.speaker_end):
            # a body the extractor writes in lower case: `Lantara's army`, `Korvatian officials`
            span = re.sub(r"^(?:the|The)\s+", "", texts.get(row.article_id, "")[int(row.speaker_start):int(row.speaker_end)])
            if span[:1].isupper() and len(span.split()) >= 2 and scan.anchors_in(span):
                speaker = span
        if not _is_named(speaker) or (getattr(row, "anonymous", False) is True and speaker == row.speaker):
            continue
        ent = entity(speaker)
        ent.statements += 1
        ent.articles.add(row.article_id)
        if isinstance(row.speaker_role, str) and row.speaker_role:
            ent.roles[row.speaker_role] += 1
        text = texts.get(row.article_id, "")
        start, end = row.speaker_start, row.speaker_end
        if pd.notna(start) and pd.notna(end):
            seen = _clean_name(text[int(start):int(end)])
            if _alias_like(seen, ent.name):
                ent.aliases.add(seen)
        if not ent.example:
            ent.example = f"{row.article_id}:{row.start}-{row.end}"
        # the extractor's generic side (not 'civilian': 'son of', 'father of' say nothing of a leader's side)
        if isinstance(row.speaker_side, str) and row.speaker_side not in ("unknown", "both", "civilian", ""):
            ent.vote(row.speaker_side, 0.4, f"the quote extractor's side from the words around '{speaker}'")
    if claims is not None and len(claims):
        for row in claims.itertuples(index=False):
            if _is_named(row.claimant):
                ent = entity(row.claimant)
                ent.statements += 1
                ent.articles.add(row.article_id)
    # organisations named in the text (speakers or not)
    for aid, text in texts.items():
        for m, name, _acro in _org_matches(text):
            if len(name.split()) < 2 or name.split()[0] in ("In", "On", "At", "But", "And", "After", "When"):
                continue
            ent = entity(name)
            ent.kind = "org"
            ent.articles.add(aid)
            if m.group(2) and m.group(2) != name:
                ent.aliases.add(m.group(2))
            if not ent.example:
                ent.example = f"{aid}:{m.start()}-{m.end()}"
    # group anchors are actors of their own side
    for anchor in scan.anchors.values():
        if anchor.kind == "group":
            ent = entity(anchor.name)
            ent.kind = "org"
            ent.aliases |= {f for f in anchor.forms if f != anchor.name}
    # an entity named by another's alias is that entity: the speaker 'DTM' is the
    # 'Displacement Tracking Matrix (DTM)' the text names in full
    for key, ent in sorted(ents.items(), key=lambda kv: -len(kv[1].name)):
        if ents.get(key) is not ent:      # already merged into a longer name
            continue
        for alias in list(ent.aliases):
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
    # count mentions (full name or alias) in every article, one scan per article, and vote on each
    # mention's role phrase; the longest form wins where two overlap ('Ulm River Coalition' over 'URC')
    owner: dict[str, Entity] = {}
    for ent in ents.values():
        for form in (ent.name, *ent.aliases):
            owner.setdefault(form, ent)
    if owner:
        rx = re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(f) for f in sorted(owner, key=len, reverse=True)) + r")(?![\w])")
        for aid, text in texts.items():
            for m in rx.finditer(text):
                ent = owner[m.group(0)]
                ent.mentions += 1
                ent.articles.add(aid)
                _votes_for_mention(ent, aid, text, m.start(), m.end(), scan, lex_res)
                if not ent.example:
                    ent.example = f"{aid}:{m.start()}-{m.end()}"
    return ents


# --------------------------------------------------------------------------- sides and conflicts

def _side_of(ent: Entity, scan: _Scan, foreign: set[str]) -> tuple[str, str]:
    """The winning side key of an entity and the evidence for it."""
    if not ent.votes:
        return "unknown", "no cue in the articles"
    side, _ = ent.votes.most_common(1)[0]
    evidence = ent.evidence.get(side, "")
    if side in foreign:
        return "foreign_gov", f"{scan.anchors[side].name} is named only through its diplomats: {evidence}"
    return side, evidence


def _conflicts(scan: _Scan, foreign: set[str]) -> list[set[str]]:
    """Groups of articles about the same war: articles sharing a belligerent state or group."""
    parent = {aid: aid for aid in scan.texts}

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    by_anchor: dict[str, list[str]] = defaultdict(list)
    for aid in scan.texts:
        for key in (scan.home.get(aid), scan.group.get(aid)):
            if key and key not in foreign:
                by_anchor[key].append(aid)
    for aids in by_anchor.values():
        for other in aids[1:]:
            parent[find(other)] = find(aids[0])
    groups: dict[str, set[str]] = defaultdict(set)
    for aid in scan.texts:
        groups[find(aid)].add(aid)
    return sorted(groups.values(), key=lambda g: (-len(g), min(g)))


def _q(text: str) -> str:
    return json.dumps(str(text), ensure_ascii=False)


def _comment(text: str) -> str:
    return " ".join(str(text).split())[:220]


def suggest_registry(corpus, *, source: str = "", quotes: pd.DataFrame | None = None,
                     claims: pd.DataFrame | None = None) -> str:
    """Corpus -> the text of a draft registry YAML (loads with `load_actors`; every guess has `# check:`)."""
    from .casualties import extract_casualties
    from .quotes import extract_quotes

    if quotes is None:
        quotes = extract_quotes(corpus, actors=None)
    if claims is None:
        claims = extract_casualties(corpus, quotes=quotes, actors=None)
    scan = _Scan(corpus, people={s for s in quotes["speaker"].dropna().unique() if _is_named(s) and _person(s)})
    ents = collect(corpus, quotes, claims, scan)
    homes = {k for k in scan.home.values() if k}
    foreign = {k for k, a in scan.anchors.items()
               if a.kind == "country" and k not in homes and a.military == 0}
    groups = _conflicts(scan, foreign)
    keep = [e for e in ents.values() if e.statements or e.mentions >= 2]
    sided = [(e, *_side_of(e, scan, foreign)) for e in keep]
    # an actor belongs to the conflict of most of its articles
    conflict_of_article = {aid: i for i, g in enumerate(groups) for aid in g}
    per_conflict: dict[int, list] = defaultdict(list)
    for ent, side, evidence in sided:
        votes = Counter(conflict_of_article[a] for a in ent.articles if a in conflict_of_article)
        per_conflict[votes.most_common(1)[0][0] if votes else 0].append((ent, side, evidence))
    lines = [f"# Draft actor registry from `presslens actors suggest {source}`.",
             "# Every side below is a guess from the articles' own words: confirm or fix each `# check:` line,",
             "# then run `presslens actors check FILE` and pass the file with --actors. Format: docs/registry.md.",
             "# seen: what the corpus shows (mentions, articles, roles, an example span article:start-end)."]
    several = len([i for i in range(len(groups)) if per_conflict.get(i)]) > 1
    from pathlib import Path
    parts = [p for p in Path(source or "draft").parts if p not in ("/", ".", "..")]
    named = [p for p in parts if p.lower() not in ("corpus", "texts", "articles", "data", "input", "inputs")]
    source_name = slug(named[-1] if named else "draft")
    indent = "    " if several else ""
    if several:
        lines += [f"name: {source_name}-draft", "conflicts:"]
    else:
        lines += [f"name: {source_name}-draft"]
    used_keys: set[str] = set()
    for i, aids in enumerate(groups):
        members = per_conflict.get(i)
        if not members:
            continue
        sides_used = Counter(side for _, side, _ in members for _ in range(1))
        belligerents = [k for k in scan.anchors if k in sides_used and k not in foreign]
        home_votes = Counter(scan.home[a] for a in aids if scan.home.get(a))
        group_votes = Counter(scan.group[a] for a in aids if scan.group.get(a))
        gov = next((k for k, _ in home_votes.most_common() if k in belligerents), None)
        rebel = next((k for k, _ in group_votes.most_common() if k in belligerents and k != gov), None)
        # a belligerent of this war named in its articles but with no actor of its own still gets a side
        for key in (gov, rebel):
            if key and key not in belligerents:
                belligerents.append(key)
        name = slug("-".join(scan.anchors[k].name for k in ([gov] if gov else []) + ([rebel] if rebel else [])) or f"war{i + 1}")
        key = name
        while key in used_keys:
            key += "_"
        used_keys.add(key)
        out = []
        if several:
            out.append(f"  {key}:")
            out.append(f"{indent}articles: [{', '.join(_q(a) for a in sorted(aids))}]")
        out.append(f"{indent}sides:" if belligerents else f"{indent}sides: {{}}")
        for k in belligerents:
            a = scan.anchors[k]
            what = "the state of " + a.name if a.kind == "country" else "the armed group " + a.name
            out.append(f"{indent}  {k}: {_q(what)}   # check: named after {a.name}, {a.mentions} mentions in "
                       f"{len(a.articles)} articles")
        if gov:
            out.append(f"{indent}government_side: {gov}   # check: the state most articles are about "
                       f"('army', 'ministry', 'officials' go to it)")
        if rebel:
            out.append(f"{indent}rebel_side: {rebel}   # check: the armed group most articles name "
                       f"('rebels', 'militants', 'fighters' go to it)")
        kw = [(k, sorted(f for f in scan.anchors[k].forms if f)) for k in belligerents]
        kw = [(k, forms) for k, forms in kw if forms]
        if kw:
            out.append(f"{indent}keywords:")
            for k, forms in kw:
                out.append(f"{indent}  {k}: [{', '.join(_q(f) for f in forms)}]")
        out.append(f"{indent}actors:")
        taken: set[str] = set()
        members.sort(key=lambda x: (-(x[0].statements + x[0].mentions), x[0].name))
        for ent, side, evidence in members:
            if side not in belligerents and side not in (
                    "civilian", "un", "ngo", "foreign_gov", "expert", "media", "religious", "former_gov", "unknown"):
                side = "unknown"
            forms = [ent.name, *sorted(a for a in ent.aliases if name_key(a) != name_key(ent.name))]
            forms = [f for f in forms if name_key(f) not in taken]
            if not forms or forms[0] != ent.name:
                continue
            taken |= {name_key(f) for f in forms}
            roles = [r for r, _ in ent.roles.most_common(3)]
            out.append(f"{indent}  - name: {_q(ent.name)}")
            if len(forms) > 1:
                out.append(f"{indent}    aliases: [{', '.join(_q(f) for f in forms[1:])}]")
            out.append(f"{indent}    side: {side}   # check: {_comment(evidence)}")
            if roles:
                out.append(f"{indent}    role: {_q(roles[0])}")
            out.append(f"{indent}    kind: {ent.kind}")
            seen = [f"mentions: {ent.mentions}", f"articles: {len(ent.articles)}"]
            if roles:
                seen.append(f"roles: [{', '.join(_q(r) for r in roles)}]")
            if ent.example:
                seen.append(f"example: {_q(ent.example)}")
            out.append(f"{indent}    seen: {{{', '.join(seen)}}}")
        lines += out
    return "\n".join(lines) + "\n"

"""The countries and armed groups a corpus names, and each article's state and group (`Scan`)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..actors import fold
from .names import (
    _ABBREV_RE, _ACRO_RE, Anchor, _CAP, _COUNTRY_ABBREV, _DEMONYM_RE, _EVENT_HEADS, _EXPANSION_RE,
    _lexicon, _MILITARY_HEADS, _NOT_COUNTRY, _ORG_HEADS, _org_matches, _POSSESSIVE_RE, slug,
    _words_re)


def _demonym_stem(word: str) -> str:
    return fold(word)[:5]


class Scan:
    """Countries, groups and the per-article state and group of a corpus."""

    def __init__(self, corpus, *, people: set[str] = frozenset()):
        self.texts = dict(zip(corpus.articles["article_id"], corpus.articles["text"].astype(str)))
        # a speaker's last word is not a country (`Halvik's men`), unless the texts use it as a place
        # (rule `place_not_person`): `in mostly Buddhist Korvatia` read as a person must not hide `in Korvatia`
        self.people = {w for w in (p.split()[-1] for p in people if len(p.split()) >= 2) if not self._a_place(w)}
        self.anchors: dict[str, Anchor] = {}
        self.home: dict[str, str | None] = {}
        self.group: dict[str, str | None] = {}
        lex = _lexicon()
        self.rebel_re = _words_re(lex["rebel"])
        self._find_countries()
        self._find_groups()
        self._per_article()

    def _a_place(self, word: str) -> bool:
        """Whether the texts put something *in* or *across* `word` (a place, not a person): `in Korvatia`."""
        rx = re.compile(rf"\b(?:in|across|inside|throughout)\s+{re.escape(word)}\b(?!['’]s)(?!\s+[A-Z])")
        return any(rx.search(t) for t in self.texts.values())

    # countries: `X's army`, `Xian troops`, joined by a shared stem (Korvatia / Korvatian)
    def _find_countries(self) -> None:
        names: Counter = Counter()
        demonyms: Counter = Counter()
        military: Counter = Counter()
        diplomatic: Counter = Counter()
        abbrevs: dict[str, set] = defaultdict(set)
        for text in self.texts.values():
            for m in _POSSESSIVE_RE.finditer(text):
                word, head = m.group(1), fold(m.group(3))
                if fold(word) in _NOT_COUNTRY or word.isupper() or re.search(_ORG_HEADS + "$", word) or word in self.people:
                    continue
                names[word] += 1
                military[_demonym_stem(word)] += bool(_MILITARY_HEADS.match(head))
                diplomatic[_demonym_stem(word)] += head.startswith(("foreign", "embassy"))
            for m in _ABBREV_RE.finditer(text):
                word, head = _COUNTRY_ABBREV[m.group(1)], fold(m.group(3))
                names[word] += 1
                abbrevs[word].add(m.group(1))
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
                by_stem[stem] = Anchor(key=slug(word), name=word, kind="country", forms={word} | abbrevs.get(word, set()))
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
        """The armed groups and missions of the corpus, each by its named rule, in this order (anchors keep it)."""
        acronym = self._groups_with_cue()
        self._groups_by_member_word()
        self._groups_by_armed_wing()
        self._missions(acronym)
        self._group_short_forms()

    def _groups_with_cue(self) -> dict[str, str]:
        """Organisations named near an armed-group cue, with no country in their name; returns name -> acronym."""
        seen: Counter = Counter()
        acronym: dict[str, str] = {}
        cue: Counter = Counter()
        for text in self.texts.values():
            for m in (*_ACRO_RE.finditer(text), *_EXPANSION_RE.finditer(text)):
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
        return acronym

    def _groups_by_member_word(self) -> None:
        """Rules `member_word` and `fought_with`: a one-word group before its members or fought, seen twice."""
        # one word before its members (rule `member_word`): `Hamas fighters`, `M23 rebels`, `al-Shabab militants`,
        # seen at least twice, not a country, a person or a sentence's first word
        lowered = {w for t in self.texts.values() for w in re.findall(r"\b[a-z][a-z']+\b", t)}
        members: Counter = Counter()
        for text in self.texts.values():
            for m in re.finditer(r"\b((?:al-|el-)?[A-Z][\w\-]+)\s+(?:fighters|militants|rebels|gunmen|insurgents|"
                                 r"militiamen|guerrillas|commanders?|spokes(?:man|woman|person))\b", text):
                members[m.group(1)] += 1
            # a group named as the enemy in a fight (rule `fought_with`): `clashes with Hamas`, `Sarn targets`
            for m in re.finditer(r"\b(?:clash(?:es|ed)?|combat|fighting|battles?|war|escalation|offensive)\s+(?:with|against)\s+"
                                 r"((?:al-|el-)?[A-Z][\w\-]+)\b(?!\s+[A-Z])|\b((?:al-|el-)?[A-Z][\w\-]+)\s+(?:targets|positions|"
                                 r"command\s+cent(?:re|er)s?|hideouts|strongholds|clashed\s+with)\b", text):
                members[m.group(1) or m.group(2)] += 1
        for word, n in members.items():
            if n < 2 or word.lower() in lowered or word in self.people or self._country_in(word) or fold(word) in _NOT_COUNTRY:
                continue
            if any(word in f.split() for a in self.anchors.values() for f in a.forms):   # `Black Reed fighters`
                continue
            key = slug(word)
            anchor = self.anchors.setdefault(key, Anchor(key=key, name=word, kind="group", forms={word}))
            anchor.military += n

    def _groups_by_armed_wing(self) -> None:
        """A group named without an organisation head but with an armed wing: `Liwa al-Sahil's armed wing`."""
        # a group named without an organisation head but with an armed wing or spokesman: `Liwa al-Sahil's armed wing`
        for text in self.texts.values():
            for m in re.finditer(rf"\b((?:{_CAP}|al-{_CAP})(?:[ \-](?:{_CAP}|al-{_CAP})){{0,3}})['’]s\s+(?:armed|military)\s+wing", text):
                name = re.sub(r"^(?:The)\s+", "", m.group(1))
                if self._country_in(name):
                    continue
                key = slug(name)
                anchor = self.anchors.setdefault(key, Anchor(key=key, name=name, kind="group", forms={name}))
                anchor.military += 1

    def _missions(self, acronym: dict[str, str]) -> None:
        """Rule `mission`: a foreign mission or force named after the country it is sent to, a side of its own."""
        # a foreign mission or force named after the country it is sent to (rule `mission`): `Ostmark Mission in
        # Quorland (OMQ)`, `Multinational Force for Kessa (MFK)`: a side of its own, not the country's
        for long, acro in acronym.items():
            country = re.search(r"\b(?:Mission|Force|Forces|Operation)\s+(?:in|to|for|of)\s+(.+)$", long)
            if country and self._country_in(country.group(1)) and not self._country_in(long[:country.start(1)]):
                key = slug(acro)
                anchor = self.anchors.setdefault(key, Anchor(key=key, name=long, kind="mission", forms={long, acro}))
                anchor.military += 1

    def _group_short_forms(self) -> None:
        """A group's short name before a member word (`Black Reed commander`) becomes one of its forms."""
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
            self.group[aid] = max(groups)[1] if groups else None
            located[aid] = {k: loc for loc, _n, k in countries}
        # an article that places itself nowhere: the state that other articles place the war in
        total = Counter()
        for locs in located.values():
            total.update(locs)
        for aid, locs in located.items():
            if locs and not any(locs.values()):
                self.home[aid] = max(locs, key=lambda k: (total[k], self.anchors[k].mentions))

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

"""Agreement and salience rules for pronoun speakers (issue #11, session 6; eval/real/SPEAKER_ERRORS.md family D).

Each function is one named rule that the mention layer (mentions.layer `_pronoun`) asks after its own choice
of antecedent:

- `statement_speaker_first`: 'he'/'she' opening a statement after one whose content names other people is the
  speaker of that statement, not a person named inside it ('X said President Y had failed ... She said');
- `surname_speaker_since`: 'he' after a speaker named by a surname alone ('according to al-Amin, who added
  ... "...," he said') is that speaker, when he spoke after the last person named in full;
- `they_plural_before`: 'they' is never one named person: it is the plural people a sentence just before
  names ('I spoke to drivers who came from X. They say ...') or the latest body or plural speaker.
- `last_speaker_continues`: 'he'/'she' right after a named person's statement, no person named between, is
  that statement's speaker (session 11; docs/rules.md "Antecedents").

The examples are composed in the styles of wars in no eval set (Angola, Algeria, Western Sahara, Colombia,
Northern Ireland); none comes from an eval text.
"""
from __future__ import annotations

import re

from ..actors import fold
from .lexicon import ORG_ANAPHORS, ORG_WORDS
from .rules import DOCUMENT_WORDS


def statement_speaker_first(said, at: int, pos: int, gender: str, candidate: str | None):
    """Rule `statement_speaker_first`: the antecedent chosen for 'he'/'she' at `pos` was named at `at` inside
    the content of the statement just before (`said`: the layer's statements so far as (content start,
    content end, speaker, kind, gender, anonymous), in text order); a pronoun that opens the next statement
    continues that statement's speaker when it is a person of fitting gender. Returns (speaker, 'person',
    anonymous) or None.

    >>> said = [(30, 90, "Amina Lobo", "person", "", False)]
    >>> statement_speaker_first(said, 45, 120, "f", "Rui Neto")
    ('Amina Lobo', 'person', False)
    >>> statement_speaker_first(said, 10, 120, "f", "Rui Neto") is None      # named before the statement
    True
    >>> statement_speaker_first([(30, 90, "Rui Neto", "person", "m", False)], 45, 120, "f", "Ana Sousa") is None
    True
    """
    if at < 0 or not said:
        return None
    last = None
    for entry in reversed(said):
        if entry[1] <= pos:
            last = entry
            break
    if last is None or not (last[0] <= at < last[1]) or last[2] == candidate or last[3] != "person":
        return None
    if gender and last[4] and last[4] != gender:
        return None
    return last[2], "person", last[5]


def last_speaker_continues(said, pos: int, gender: str, persons, *, actors=None, reach: int = 300):
    """Rule `last_speaker_continues`: 'he'/'she' at `pos` (or the start of its statement, for '"...," he
    said') continues the speaker of the statement just before (`said` as in `statement_speaker_first`) when
    that speaker is a named person of fitting gender (or a surname alone, as `surname_speaker_since` tells
    one: 'Kabbah said'), that statement ended at most `reach` characters before, and no person is named in
    between (`persons`: start positions of person mentions). Returns (speaker, 'person', False) or None;
    the layer's own choice stands on None.

    >>> said = [(30, 90, "Amina Lobo", "person", "f", False)]
    >>> last_speaker_continues(said, 100, "f", [])
    ('Amina Lobo', 'person', False)
    >>> last_speaker_continues(said, 100, "f", [95]) is None, last_speaker_continues(said, 100, "m", []) is None
    (True, True)
    >>> last_speaker_continues([(30, 90, "a witness", "person", "", True)], 100, "", []) is None
    True
    >>> last_speaker_continues([(30, 90, "Okafor", "org", "", False)], 100, "m", [])[0]
    'Okafor'
    >>> last_speaker_continues([(30, 90, "Omega Front", "org", "", False)], 100, "m", []) is None
    True
    """
    last = next((entry for entry in reversed(said) if entry[1] <= pos), None)
    if last is None or last[5] or not last[2][:1].isupper() or pos - last[1] > reach:
        return None
    if last[3] != "person" and surname_speaker_since([(last[0], last[2], "org", "")], pos, -1, actors) != last[2]:
        return None
    if gender and last[4] and last[4] != gender:
        return None
    if any(last[1] <= p < pos for p in persons):
        return None     # a person named since is the nearer antecedent
    return last[2], "person", False


_RX_PARTICLE = re.compile(r"^(?:al|el|ad|ash|as|at|az|ar|an)-", re.I)


def surname_speaker_since(history, pos: int, after: int, actors=None) -> str | None:
    """Rule `surname_speaker_since`: the latest speaker before `pos` named by one capitalised word, maybe with
    an Arabic article ('Okafor', 'al-Amin'), that spoke after `after` (where the antecedent chosen so far was
    named) and is no body (no organisation word, no acronym, no registry body, no word the registry gives a
    side: a country); else None.

    >>> h = [(10, "Rui Neto", "person", "m"), (200, "al-Amin", "org", "")]
    >>> surname_speaker_since(h, 260, 10), surname_speaker_since(h, 260, 220)
    ('al-Amin', None)
    >>> surname_speaker_since([(10, "Rui Neto", "person", "m"), (200, "Polisario", "org", "")], 260, 10) is None
    False
    >>> surname_speaker_since([(200, "UNITA", "org", ""), (220, "Army", "org", "")], 260, 10) is None
    True
    """
    for hpos, name, stype, _ in reversed(history):
        if hpos >= pos:
            continue
        if hpos <= after:
            return None
        if stype == "person":
            return None         # a person spoke since: the layer's own choice stands
        core = _RX_PARTICLE.sub("", name)
        if " " in name or not core.isalpha() or not core[:1].isupper() or core.isupper() \
                or fold(core) in ORG_WORDS or fold(core) in ORG_ANAPHORS:
            continue
        reg = actors.lookup(name) if actors is not None else None
        if reg is not None and reg.kind == "org":
            continue            # a registry body
        if reg is None and actors is not None and actors.side_from_context(name):
            continue            # a country or a side's own word ('China said ...'), no surname
        return name
    return None


#: plural nouns of people who speak as a group
_PEOPLE = (r"residents|relatives|families|villagers|witnesses|eyewitnesses|survivors|drivers|farmers|traders|"
           r"shopkeepers|fishermen|herders|elders|refugees|parents|neighbou?rs|passengers|teachers|students|nurses|"
           r"doctors|medics|paramedics|workers|volunteers|locals|women|men|mothers|fathers|monks|priests")
_RX_PEOPLE = re.compile(r"(?i)(?<![\w\-])(?:(?:the|some|several|many|two|three|four|five|a\s+few|other)\s+)?"
                        r"(?:(?:local|displaced|fellow|other)\s+)?(?:" + _PEOPLE + r")(?![\w\-])"
                        r"(?:\s+(?:who|from|of|in|at)\s+[^,.;:“”\"«»\n]{3,60}?(?=[,.;]|$))?")
#: a sentence boundary before `pos`
_RX_STOP = re.compile(r"[.!?][\"”’]?\s+|\n+")


def they_plural_before(text: str, pos: int, after: int) -> str | None:
    """Rule `they_plural_before`: 'they' at `pos` opening its sentence is the plural people the sentence just
    before names (as subject or object: 'Relatives told us ...', 'I also spoke to drivers who came from X'),
    when that sentence stands after `after` (where the speaker chosen so far spoke or was named); else None.

    >>> t = "The governor spoke at noon. I also spoke to drivers who came from Huambo yesterday. They say the road is cut."
    >>> they_plural_before(t, t.index("They say"), 0)
    'drivers who came from Huambo yesterday'
    >>> they_plural_before(t, t.index("They say"), t.index("drivers")) is None
    True
    """
    head = text.rfind("\n", 0, pos) + 1
    stops = [mt.end() for mt in _RX_STOP.finditer(text, max(0, pos - 400), pos)]
    if not stops or text[stops[-1]:pos].strip(" “\"") != "":
        return None     # 'they' does not open its sentence
    start = stops[-2] if len(stops) > 1 else max(head, pos - 400)
    if start <= after:
        return None
    mt = _RX_PEOPLE.search(text, start, stops[-1])     # the first people named: the subject, or the only ones
    if mt is None:
        return None
    phrase = re.sub(r"^(?:the|some|several|many|other)\s+", "", mt.group(0).strip(), flags=re.I)
    return phrase[:1].lower() + phrase[1:]


def adjective_body_before(said, word: str, pos: int) -> tuple[str, bool] | None:
    """Rule `adjective_body_before`: a speaker named by one capitalised modifier ('the Ruvian claim', 'a Front
    statement' read as 'Ruvian') is the body an earlier statement's speaker named with that word and a body word
    ('The Ruvian military said ...'); `said` as in `statement_speaker_first`. Returns (name, anonymous) or None.

    >>> said = [(0, 40, "ruvian military", "org", "", True), (50, 90, "Omega Front", "org", "", False)]
    >>> adjective_body_before(said, "Ruvian", 120), adjective_body_before(said, "Omega", 120)
    (('ruvian military', True), ('Omega Front', False))
    >>> adjective_body_before(said, "Tarsian", 120) is None
    True
    """
    key = fold(word)
    for start, _, name, kind, _, anon in reversed(said):
        if start >= pos:
            continue
        words = [fold(w) for w in name.split()]     # (a body described, 'the Ruvian military', may be typed a person)
        for k, w in enumerate(words[:-1]):
            if w == key and (words[k + 1] in ORG_WORDS or words[k + 1] in ORG_ANAPHORS):
                return name, anon
    return None


#: the lower-case noun of a statement that a capitalised modifier may stand before ('a Houthi claim', 'the
#: Ruvian statement'): a document's word (mentions.rules.DOCUMENT_WORDS) or a claim
_RX_STATEMENT_NOUN = re.compile(r"\s+(?:claims?|" + DOCUMENT_WORDS + r")\b")


def modifies_next_noun(text: str, end: int) -> bool:
    """Whether the word printed right after `end` is a statement's noun that the word before modifies: rule
    `adjective_body_before` reads a speaker phrase that is a name alone as a modifier only then ('a Houthi claim',
    not 'Pakistan claimed' nor 'Vietnam earlier said', where the name is the speaker itself; session 19).

    >>> t = "It followed a Ruvian claim to have downed a jet. Tarsia claimed the jet was its own."
    >>> modifies_next_noun(t, t.index(" claim ")), modifies_next_noun(t, t.index(" claimed"))
    (True, False)
    """
    return text[end:end + 1] == " " and _RX_STATEMENT_NOUN.match(text, end) is not None


#: plural heads of a group that may speak as 'they': officials and sources, armed forces, a nation's people
_GROUP_HEADS = (r"officials|diplomats|sources|authorities|leaders|officers|commanders|spokesmen|ministers|forces|"
                r"troops|soldiers|rebels|guerrillas|guerillas|insurgents|militants|fighters|separatists|police|"
                r"investigators|doctors|medics|residents|villagers|witnesses|survivors|refugees|observers|monitors")
#: the finite verbs of general English a plural subject takes that the forms in '-ed', '-en', '-s' miss: the
#: irregular pasts ('Officials said', 'the commanders sought') and the plural's present of the verbs of saying
#: ('Western diplomats say', 'the rebels claim'); session 23 (the group's verb had been read only in '-ed'/'-s')
_PLURAL_VERBS = (r"(?:said|sought|saw|found|thought|felt|began|brought|stood|spoke|wrote|chose|became|ran|struck|"
                 r"fled|hit|put|set|cut|knew|got|heard|lost|won|rose|fell|drew|grew|spent|built|paid|meant|"
                 r"say|claim|insist|deny|report|warn|estimate|believe|allege|accuse|argue|maintain|admit|"
                 r"acknowledge|fear|want|blame|tell|put|add|note)")
#: a sentence's plural subject: capitalised modifiers (or 'the' and up to two words) before a group head, or 'the'
#: and a nation's plural ('the French', 'the Israelis'); then its finite verb
_RX_PLURAL_SUBJECT = re.compile(r"""
    (?P<np>(?:[Tt]he\s+)?(?:[A-Z][\w\-’'.]*\s+){1,3}(?:[a-z][\w\-]*\s+)?(?:""" + _GROUP_HEADS + r""")  # 'U.S. military officials'
          |[Tt]he\s+(?:[a-z][\w\-]*\s+){0,2}(?:""" + _GROUP_HEADS + r""")               # 'the local officials'
          |[Tt]he\s+(?:French|British|English|Dutch|Swiss|Irish|Spanish|Chinese|Japanese|Portuguese   # 'the French'
                     |[A-Z][a-z]+(?:ians|ans|ese|is|ers)))
    \s+(?:(?:have|has|had|were|was)\s+(?:not\s+|never\s+|also\s+|long\s+)?)?          # auxiliaries
       (?:[a-z]+ed|[a-z]+en|[a-z]+s|showed|told|took|made|gave|met|led|went|held|fought|kept|sent|left|came  # its verb
          |""" + _PLURAL_VERBS + r"""                                                # a past or a plural's present
          |(?:did|do|does)\s+(?:not\s+)?[a-z]+)\b                                  # 'did not comment'
    """, re.X)
#: an initial's dot ('U.S.', 'U.N.'), which ends no sentence
_RX_INITIAL_DOT = re.compile(r"(?:^|(?<=[\s.]))[A-Z]\.$")
#: a fronted clause or adverb before a sentence's subject: 'Despite ..., ', 'On Sunday, ', 'But '
_RX_FRONTED = re.compile(r"(?:(?:But|And|Yet|Still|Meanwhile|However|Earlier|Later)\s+|[A-Z][^,.;:\n]{0,200},\s+)")


def _subject_opening(text: str, pos: int, before: bool, rx: re.Pattern[str],
                     trigger: str | None = None) -> tuple[str, int] | None:
    """The phrase `np` of `rx` matched at the start of the sentence that holds `pos` (up to `pos`) or, `before`, of the
    sentence just before it (up to its end), after a fronted adjunct or not; None when neither opens on it. A sentence
    without `trigger` (a literal `rx` needs) is not tried. The scan of they_subject_before and they_coordinated_subject.

    >>> _subject_opening("The storm hit. They said so.", 15, True, re.compile(r"(?P<np>The \\w+) hit"))
    ('The storm', 0)
    """
    stops = [mt.end() for mt in _RX_STOP.finditer(text, max(0, pos - 600), pos)
             if not _RX_INITIAL_DOT.search(text, max(0, mt.start() - 2), mt.start() + 1)]     # not 'U.S. officials'
    own = stops[-1] if stops else max(text.rfind("\n", 0, pos) + 1, pos - 600)
    starts = [own] + ([stops[-2] if len(stops) > 1 else max(0, pos - 600)] if stops and before else [])
    for k, start in enumerate(starts):
        stop = pos if k == 0 else own
        if stop - start < 8 or (trigger is not None and trigger not in text[start:stop]):
            continue
        lead = _RX_FRONTED.match(text, start, stop)
        for a in ((start, lead.end()) if lead else (start,)):
            mt = rx.match(text, a, stop)
            if mt is not None:
                return mt.group("np"), mt.start("np")
    return None


def they_subject_before(text: str, pos: int, *, before: bool = True) -> tuple[str, int] | None:
    """Rule `they_subject_before`: 'they' at `pos` that no speaker or people fit is the plural group that is the subject
    of its own sentence before it ('Baghdad officials showed reporters the damage, where they said'), or of the
    sentence just before ('... the French have never taken the Casbah. Last week they announced'), as (phrase,
    position); None when neither sentence opens on such a group. `before=False`: its own sentence only (the layer
    asks that first, over any earlier antecedent: 'U.S. officials did not comment, but they claimed').

    >>> t = "Lisbon officials showed reporters the ruins of the market, where they said 40 died."
    >>> they_subject_before(t, t.index("they"))
    ('Lisbon officials', 0)
    >>> t = "Despite months of raids, the Dutch have never held the hills. Last week they announced a truce."
    >>> they_subject_before(t, t.index("they"))
    ('the Dutch', 25)
    >>> t = "The storm hit the coast. Last week they announced a truce."
    >>> they_subject_before(t, t.index("they")) is None
    True
    """
    return _subject_opening(text, pos, before, _RX_PLURAL_SUBJECT)


#: words that open a fronted adjunct, never a subject's conjunct ('On Sunday, the army and police ...')
_NOT_ADJUNCT = (r"(?!(?:[Oo]n|[Ii]n|[Aa]t|[Aa]fter|[Bb]efore|[Dd]espite|[Dd]uring|[Ss]ince|[Ll]ast|[Ee]arlier|[Ll]ater|"
                r"[Bb]ut|[Yy]et|[Mm]eanwhile|[Hh]owever|[Ff]or|[Ff]rom|[Ww]ith|[Bb]y|[Ff]ollowing|[Uu]nder|[Oo]ver|"
                r"[Ww]hile|[Ww]hen|[Aa]s|[Aa]ccording|[Tt]hen|[Ii]f|[Aa]lthough|[Tt]hough)\b)")
#: one conjunct of a coordinated subject: a determiner or none, then one to five words (no comma, no 'and', no
#: pronoun first) with an 'of' complement allowed ('the Interior Ministry of Karakalpakstan')
_CONJUNCT = r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?!(?:he|she|it|they|we|I|He|She|It|They|We)\b)" + _NOT_ADJUNCT + r"[\w\-’'.]+(?:\s+(?!and\b|or\b)[\w\-’'.]+){0,4}"
#: a coordinated subject: conjuncts joined by commas and a last 'and', then the group's finite verb
_RX_COORDINATED_SUBJECT = re.compile(r"""
    (?P<np>""" + _CONJUNCT + r"""(?:,\s+""" + _CONJUNCT + r""")*,?\s+and\s+""" + _CONJUNCT + r""")
    \s+(?:(?:have|had|were)\s+(?:not\s+|also\s+)?)?                                   # a plural's auxiliary
       (?:[a-z]+ed|""" + _PLURAL_VERBS + r"""|laid|held|met|made|took|gave|sent|went|fought|kept|left|came|told)\b
    """, re.X)


def they_coordinated_subject(text: str, pos: int, *, before: bool = True) -> tuple[str, int] | None:
    """Rule `they_coordinated_subject`: 'they' at `pos` is the coordinated subject (two or more noun phrases joined by
    'and') that opens its own sentence before it or, `before`, the sentence just before ('The council, the army and
    the Interior Ministry published a joint statement. They said ...'), as (phrase, position); None when neither
    sentence opens on a coordination before its verb. A plural pronoun takes a plural subject, and 'X and Y' is
    plural whatever its conjuncts are (they_subject_before reads only a plural noun's group).

    >>> t = "The council, the army and the Interior Ministry of Ruvia published a joint statement. They said six died."
    >>> they_coordinated_subject(t, t.index("They"))
    ('The council, the army and the Interior Ministry of Ruvia', 0)
    >>> t = "On Sunday, the Red Cross and local elders met the rebels, and they said the road was open."
    >>> they_coordinated_subject(t, t.index("they"), before=False)
    ('the Red Cross and local elders', 11)
    >>> t = "The army killed two rebels and wounded three. They said the raid was over."
    >>> they_coordinated_subject(t, t.index("They")) is None       # 'and' between two verbs: no coordinated subject
    True
    >>> t = "Aid arrived by truck and by boat. They said the road was open."
    >>> they_coordinated_subject(t, t.index("They")) is None       # no plural's verb after the conjuncts
    True
    """
    return _subject_opening(text, pos, before, _RX_COORDINATED_SUBJECT, trigger=" and ")   # (no 'and', no coordination)


#: what may stand before a pronoun that opens its sentence: a conjunction or a linking adverb
_RX_OPENER = re.compile(r"(?:(?:But|And|Yet|However|Meanwhile|Also|Later|Earlier),?\s+)?$")


def last_body_continues(said, text: str, pos: int, *, reach: int = 300) -> tuple[str, bool] | None:
    """Rule `last_body_continues`: 'It' opening its sentence at `pos` continues the speaker of the statement just
    before (`said` as in `statement_speaker_first`) when that speaker is a body, a medium or a document (no person,
    no plural, no pronoun) and that statement ended at most `reach` characters before: the pronoun that
    opens the next sentence takes the subject that spoke last, as 'he' does after a person
    (`last_speaker_continues`). Returns (speaker, anonymous) or None.

    >>> t = 'Ruvian radio reported that two soldiers died in the raid. It said the town was calm.'
    >>> said = [(t.index("two"), t.index(". It"), "Ruvian radio", "org", "", False)]
    >>> last_body_continues(said, t, t.index("It said"))
    ('Ruvian radio', False)
    >>> t2 = 'Ruvian radio reported that two soldiers died. The town was calm on Sunday and it said so.'
    >>> last_body_continues(said, t2, t2.index("it said")) is None          # 'it' does not open its sentence
    True
    >>> last_body_continues([(0, 57, "Ana Sousa", "person", "f", False)], t, t.index("It said")) is None
    True
    >>> last_body_continues([(said[0][0], said[0][1], "ruvian radio", "person", "", True)], t, t.index("It said"))
    ('ruvian radio', True)
    >>> last_body_continues([(said[0][0], said[0][1], "ruvian media", "org", "", True)], t, t.index("It said")) is None
    True
    >>> t3 = 'The Front did not comment on the Ruvian claim to have hit its depots. It said the strikes hit homes.'
    >>> said3 = [(t3.index("to have"), t3.index(". It"), "ruvian military", "org", "", True)]
    >>> last_body_continues(said3, t3, t3.index("It said")) is None        # the claim's speaker is not the subject
    True
    """
    last = next((entry for entry in reversed(said) if entry[1] <= pos), None)
    if last is None or pos - last[1] > reach or last[3] == "plural" \
            or fold(last[2]) in ("it", "they", "he", "she", "we", "i"):
        return None
    head = fold(last[2]).rstrip(" .").split()[-1:]
    if last[5] and head and (head[0] == "media" or head[0].endswith("s")):
        return None     # a plural noun's phrase ('state media', 'security sources'): 'they' continues it, not 'it'
    if last[3] == "person" and not (last[5] and head and (head[0] in ORG_WORDS or head[0] in ORG_ANAPHORS)):
        return None     # a person ('he' continues one); an unnamed body typed a person stays ('state television')
    stops = [mt.end() for mt in _RX_STOP.finditer(text, max(last[1], pos - reach), pos)
             if not _RX_INITIAL_DOT.search(text, max(0, mt.start() - 2), mt.start() + 1)]
    if len(stops) != 1 or _RX_OPENER.match(text, stops[0], pos) is None \
            or _RX_OPENER.match(text, stops[0], pos).end() != pos:
        return None     # 'it' opens the very next sentence, no sentence between
    starts = [mt.end() for mt in _RX_STOP.finditer(text, max(0, last[0] - reach), last[0])]
    opening = text[starts[-1] if starts else max(0, last[0] - reach):last[0]] + " " + text[last[1]:stops[0]]
    if fold(last[2]).rstrip(" .") not in fold(opening):
        return None     # the speaker is not printed in that sentence: no subject of it ('X did not comment on the
                        # Ruvian claim that ... It said': 'it' is X)
    return last[2], last[5]


#: a statement's noun (mentions.rules.DOCUMENT_WORDS) or an appeal, after a determiner: what a group issued
_RX_ISSUED = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:" + DOCUMENT_WORDS + r"|appeal|declaration)\b",
                        re.I)


def group_issued_document(text: str, at: int, pos: int) -> bool:
    """Whether the sentence that opens at `at` on a plural group (before 'they' at `pos`) has it issue a document:
    'They said' right after 'X, Y and Z published a joint statement' reports that statement, so the group is its
    speaker even when another speaker spoke earlier (the precedence of `they_subject_before` and
    `they_coordinated_subject` in mentions.kinds `_pronoun`).

    >>> t = "The council and the army published a joint statement on Sunday. They said six died."
    >>> group_issued_document(t, 0, t.index("They")), group_issued_document(t, 0, t.index(" a joint"))
    (True, False)
    >>> t = "Greek troops entered Famagusta at dawn. They said nine died."
    >>> group_issued_document(t, 0, t.index("They"))
    False
    """
    end = _RX_STOP.search(text, at, pos)
    return _RX_ISSUED.search(text, at, end.start() if end else pos) is not None

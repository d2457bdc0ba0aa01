"""Named rules for attributions made by a noun or a clause without a cue verb of the speaker's own:
'despite claims by X that ...' (`statement_noun_by_agent`), and 'X issued a statement rejecting ...'
(`issued_statement_subject`).
"""
from __future__ import annotations

import re

from ..fastre import _CaseFreePattern
from ..mentions.lexicon import COMMON_SPEAKERS, ROLE_WORDS, Cue
from ..mentions.unnamed import _UNNAMED_HEADS
from .cues import _object_of_cue

#: a statement noun, its agent after 'by', then 'that' and the content (not 'calls by X to evacuate': an
#: order or appeal to act is not annotated as a statement in every set)
_RX_NOUN_BY_AGENT = re.compile(r"""
    (?P<prep>\b(?:despite|after|amid|following|over|against|rejecting|denying|dismissing|to)\s+)?  # what governs the noun
    (?P<noun>\b(?:claims?|allegations?|assertions?|accusations?|warnings?|reports?))
    \s+(?:by|from)\s+(?:from\s+)?                                             # 'claims by X', 'a warning from X'
    (?P<agent>(?:the\s+)?[\w.'’\-]+(?:\s+(?!that\b)[\w.'’\-]+){0,5}?)     # the agent: at most six words
    \s+(?P<link>that)\s+(?=\S)
    """, re.X | re.I)
#: the nouns' stems: a sentence without one (lower-cased) is not searched (ı, ſ and İ, which re.I folds to Latin
#: letters, open the gate: `_CaseFreePattern._odd`)
_NOUN_GATE = ("claim", "allegation", "assertion", "accusation", "warning", "report")
_NOUN_LEMMAS = {"claim": ("claim", "distancing"), "allegation": ("allege", "distancing"), "assertion": ("assert", "neutral"),
                "accusation": ("accuse", "distancing"), "warning": ("warn", "assertive"), "report": ("report", "neutral")}


def statement_noun_by_agent(m: str, sa: int, sb: int, sentence=None) -> list[list]:
    """Rule `statement_noun_by_agent`: a statement noun with its agent ('despite claims by Belgrade that the
    offensive was over', 'amid reports by monitors that ...') -> items (quotes.attribution's layout) whose
    speaker is the agent and whose content follows 'that'; the clause before ends where the noun's phrase
    starts. `sentence`: the sentence's reading (quotes.reading.SentenceReading: its lower-cased text), else None.

    >>> s = "The KLA said it would fight on despite claims by Belgrade that the offensive was over."
    >>> [(s[it[4][0]:it[4][1]], s[it[5]:]) for it in statement_noun_by_agent(s, 0, len(s))]
    [('Belgrade', 'the offensive was over.')]
    >>> statement_noun_by_agent("Belgrade dismissed claims by the KLA that the town fell.", 0, 55)
    []
    >>> statement_noun_by_agent("He agreed to talks after calls by church leaders to end the fighting.", 0, 69)
    []
    >>> s = "The offensive drew a warning from the Red Cross that Luanda's suburbs were becoming battlefields."
    >>> [(s[it[4][0]:it[4][1]], s[it[5]:]) for it in statement_noun_by_agent(s, 0, len(s))]
    [('the Red Cross', "Luanda's suburbs were becoming battlefields.")]
    """
    out = []
    low = sentence.low if sentence is not None else m[sa:sb].lower()
    if not any(w in low for w in _NOUN_GATE) and not _CaseFreePattern._odd(m[sa:sb]):
        return out      # no statement noun in the sentence: the pattern (tried at every position) cannot match
    for mt in _RX_NOUN_BY_AGENT.finditer(m, sa, sb):
        if not mt.group("prep") and _object_of_cue(m, sa, mt.start("noun")):
            continue        # 'X dismissed claims by Y that ...': the object of X's statement
        noun = mt.group("noun").lower().rstrip("s")
        lemma, ctype = _NOUN_LEMMAS[noun]
        start = mt.start("prep") if mt.group("prep") else mt.start("noun")
        after = mt.end()
        out.append([start, mt.start("noun"), mt.end("noun"), Cue(mt.group("noun"), lemma, ctype, "clause"),
                    (mt.start("agent"), mt.end("agent")), after, False, mt.group("noun")])
    return out


#: a subject that issued a document, then the participle that gives its content
_RX_ISSUED = re.compile(r"""
    \s+(?:later\s+|also\s+|then\s+|quickly\s+|swiftly\s+)?
    (?:issued|released|published|put\s+out|posted|sent\s+out)\s+
    (?:a|an|its|their|his|her)\s+(?:[\w\-]+\s+){0,2}?
    (?:statement|communiqu[eé]|response|message|letter|declaration)\s*,?\s*$
    """, re.X | re.I)


def issued_statement_subject(head: str) -> int | None:
    """Rule `issued_statement_subject`: where the subject ends in `head` (a sentence's words before a
    participle cue) when the subject issued a document whose content the participle gives ('The rebels
    later issued a statement rejecting ...' -> 'The rebels'); else None.

    >>> h = "The Tamil Tigers later issued a statement "
    >>> h[:issued_statement_subject(h)]
    'The Tamil Tigers'
    >>> issued_statement_subject("The army said it would retreat, ") is None
    True
    """
    if "statement" not in head and not _RX_ISSUED.search(head):
        return None
    mt = _RX_ISSUED.search(head)
    return mt.start() if mt else None


#: a subordinate clause right before a participle: its subject, its past verb, its words to the comma
_RX_SUBORDINATE_SUBJECT = re.compile(r"""
    \b(?:after|when|as|since|before|because|once)\s+
    (?P<np>(?:the\s+)?(?:[\w\-]+\s+){0,3}?[\w\-]+)\s+             # its subject: at most five words
    (?:had\s+|have\s+|has\s+)?(?:[a-z]+ed|issued|gave|made|held|met|sent|took|wrote|spoke)\b  # its past verb
    [^,\ue000]*,\s*$                                                # its words to the comma before the participle
    """, re.X)


#: 'The head of the X army Y', 'A senior commander': a determiner, up to two modifiers, a role noun and its body,
#: then the sentence's verb (an auxiliary, an adverb or a past form)
_RX_ROLE_SUBJECT = re.compile(r"""
    (?:The|A|An)\s+(?:[\w'\-]+\s+){0,2}?(?P<role>[a-z]+)
    (?:\s+(?:of|for)\s+(?:the\s+)?[^,;:()]{1,60}?)?
    (?=\s+(?:has|have|had|was|were|is|are|again|also|on\s+\w+day|[a-z]+ed)\b)
    """, re.X)


def role_subject(head: str) -> tuple[int, int] | None:
    """Rule `role_subject_of_participle`: a sentence opened by a role or unnamed-source noun phrase ('The head of
    the Chechen militia has again broken with Moscow, saying ...', 'A local source confirmed it, adding ...') is
    the participle's speaker, not a bare determiner; the
    mention layer takes the role from there (a person named later, the body's side). None when the phrase's
    head is no role word ('The statement comes ..., saying' is left to the other rules).

    >>> h = "The head of the Chechen militia has again broken with Moscow, "
    >>> a, b = role_subject(h); h[a:b]
    'The head of the Chechen militia'
    >>> h = "A local humanitarian source corroborated the account, "
    >>> a, b = role_subject(h); h[a:b]
    'A local humanitarian source'
    >>> role_subject("The statement comes a week after the talks, ") is None
    True
    """
    mt = _RX_ROLE_SUBJECT.match(head)
    if mt is None or not (mt.group("role") in ROLE_WORDS or mt.group("role") in _UNNAMED_HEADS
                          or mt.group("role") in COMMON_SPEAKERS):
        return None
    return mt.start(), mt.end()


def subordinate_subject(head: str) -> tuple[int, int] | None:
    """Rule `participle_of_subordinate`: the subject of a subordinate clause that ends right before a
    participle cue ('The talks resumed a week after regional leaders issued an ultimatum in Luanda, saying
    ...' -> 'regional leaders'), when the sentence's own subject is not a speaker; None otherwise.

    >>> h = "The statement comes a week after regional leaders issued an ultimatum at a summit in Luanda, "
    >>> a, b = subordinate_subject(h); h[a:b]
    'regional leaders'
    >>> subordinate_subject("The army said 40 were killed, ") is None
    True
    """
    if "," not in head:
        return None
    mt = _RX_SUBORDINATE_SUBJECT.search(head)
    if mt is None:
        return None
    np = mt.group("np")
    if np.split()[0].lower() in ("it", "there", "this", "that", "a", "an") and len(np.split()) == 1:
        return None
    return mt.start("np"), mt.end("np")


#: after a reporting cue (and its time adjunct): the source it cites
_RX_CITING = re.compile(r"""
    (?:\s+(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}      # the outlet after an inverted cue ('reports Tanjug')
      |\s+(?:the\s+)?(?:[a-z\-]+\s+)?(?:news\s+agency|agency|newspaper|daily|broadcaster|channel)   # 'reported news agency ANI'
       (?:\s+[A-Z][\w.'’\-]*){0,3})?
    (?:\s+on\s+[\w.]+(?:\s+\d{1,2})?|\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?  # 'on Oct. 15'
    \s*,?\s+(?P<verb>citing|quoting|referring\s+to)\s+(?=\S)
    """, re.X)


def citing_source(m: str, ce: int, sb: int) -> tuple[int, int] | None:
    """Rule `citing_source`: the span of the word 'citing' / 'quoting' / 'referring to' right after a reporting
    cue ('..., Tanjug reports on Oct. 15 citing the Interior Ministry'; '..., the agency said, citing
    witnesses'): when an outlet reports so, the source cited is the speaker of the report's content (a wire
    credit is no speaker: eval/real2/wars/README.md, "Wire credits"); None when the cue cites no one.

    >>> s = "Nine died, Tanjug reports on Oct. 15 citing the Interior Ministry."
    >>> a, b = citing_source(s, s.index(" on Oct"), len(s)); s[a:b]
    'citing'
    >>> s = "Nine died, reported news agency Lusa, citing sources in the army."
    >>> a, b = citing_source(s, s.index(" news"), len(s)); s[a:b]
    'citing'
    """
    if "cit" not in m[ce:ce + 40] and "quot" not in m[ce:ce + 40] and "refer" not in m[ce:ce + 40]:
        return None
    mt = _RX_CITING.match(m, ce, sb)
    return mt.span("verb") if mt else None


#: head nouns of a cited source that is not named: 'citing witnesses', 'quoting security sources'
_SOURCE_HEADS = frozenset(("witnesses", "witness", "sources", "source", "officials", "official", "residents", "resident",
                           "medics", "doctors", "police", "authorities", "statement", "report", "reports", "figures",
                           "data", "spokesman", "spokeswoman", "spokesperson", "survivors", "relatives", "activists"))


def cited_is_source(np: str, verb: str) -> bool:
    """Whether the phrase after 'citing'/'quoting' is a source that speaks (a name, or witnesses, officials,
    a statement ...), not a reason ('citing security concerns'); after 'referring to' only an outlet is (a
    wire credit), never what the speaker talked about ('referring to a district').

    >>> cited_is_source("the Serbian Interior Ministry", "citing"), cited_is_source("witnesses", "citing")
    (True, True)
    >>> cited_is_source("security concerns", "citing"), cited_is_source("a district in Baghlan", "referring to")
    (False, False)
    >>> cited_is_source("sources in the army", "citing")
    True
    """
    if verb.startswith("refer"):
        return False
    if press_office(np):        # 'citing the military's media affairs wing' (rule `press_office_cited`)
        return True
    words = np.split()
    head = _RX_HEAD_END.split(np, 1)[0].split()       # 'sources in the army': the head before its modifier
    return any(w[:1].isupper() for w in words) or (bool(words) and words[-1].lower() in _SOURCE_HEADS) \
        or (bool(head) and head[-1].lower() in _SOURCE_HEADS)


#: where a cited source's head ends: before a prepositional modifier ('sources in the army', 'officials close to X')
_RX_HEAD_END = re.compile(r"\s+(?:in|at|of|from|with|close\s+to|near|inside|within|on)\s+")


#: a source cited between the cue and its content: ', citing hospital records, that ...'
_RX_CITED_ASIDE = re.compile(r"\s*,\s*(?:citing|quoting)\s+[^,;\ue000]{2,80}?,\s*(?:that\s+)?(?=\S)")


def cited_aside(rest: str) -> int:
    """Rule `cited_aside`: the length of a source cited between a cue and its content ('said, citing hospital
    records, that 31 civilians had died'), 0 when there is none: the content starts after it.

    >>> rest = ", citing hospital records, that 31 civilians had died."
    >>> rest[cited_aside(rest):]
    '31 civilians had died.'
    >>> cited_aside(", citing security concerns.")
    0
    """
    mt = _RX_CITED_ASIDE.match(rest)
    return mt.end() if mt else 0


#: where a passive's agent ends: before a place, time or audience adjunct ('by two members of X in Pidie on Tuesday')
_RX_AGENT_ADJUNCT = re.compile(r"\s+(?:in\s+(?:the\s+)?[A-Z]|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                               r"Sunday|[A-Z][a-z]+\s+\d)|at\s+(?:a|the)\s+(?:news|press)\s+conference|to\s+(?:the\s+)?[A-Z]|"
                               r"(?:late|early)\s+on\b|yesterday\b|today\b)")
_RX_AGENT_OPENS = re.compile(r"\s*(?:(?:the|a|an|two|three|four|several|some|local|senior)\s|[A-Z])")


def passive_agent(m: str, pos: int, sb: int) -> tuple[int, int] | None:
    """Rule `passive_agent_adjunct`: the agent of a passive report that runs long, up to a place, time or audience
    adjunct ('The deaths were reported by two members of the rebel wing of the Free Aceh Movement in Pidie on
    Tuesday' -> 'two members of the rebel wing of the Free Aceh Movement'); None without such an adjunct, or when
    the words are no noun phrase naming a body (a comma, more than 16 words, no capitalised word).

    >>> s = "The deaths were reported by two members of the rebel wing of the Free Aceh Movement (GAM) in Pidie on Tuesday."
    >>> a, b = passive_agent(s, s.index("two"), len(s)); s[a:b]
    'two members of the rebel wing of the Free Aceh Movement (GAM)'
    >>> passive_agent("It was confirmed by the Red Cross.", 20, 34) is None
    True
    """
    mt = _RX_AGENT_ADJUNCT.search(m, pos, sb)
    if mt is None or not _RX_AGENT_OPENS.match(m, pos, mt.start()):
        return None
    a = pos + len(m[pos:mt.start()]) - len(m[pos:mt.start()].lstrip())
    phrase = m[a:mt.start()]
    if "," in phrase or len(phrase.split()) > 16 or not any(w[:1].isupper() for w in phrase.split()):
        return None
    return a, mt.start()


#: a body's own press or media office: 'the military's media affairs wing', 'the army's press service', 'the
#: ministry's public relations department' (a source that speaks for the body, not a news outlet)
_RX_PRESS_OFFICE = re.compile(r"""\b(?:media|press|information|public\s+relations|public\s+affairs)\s+
    (?:affairs\s+|relations\s+)?(?:wing|office|cell|cent(?:re|er)|department|directorate|unit|branch|service|section)\b""",
                              re.X | re.I)


def press_office(np: str) -> bool:
    """Rule `press_office_cited`: whether a source cited by an outlet is a body's own press or media office ('Dawn
    reported citing the military's media affairs wing'): it speaks for the body, so the cited words are the
    body's statement, not an outlet's credit to another outlet.

    >>> press_office("the military's media affairs wing"), press_office("the army's press service")
    (True, True)
    >>> press_office("the Lusa news agency"), press_office("state media")
    (False, False)
    """
    return _RX_PRESS_OFFICE.search(np) is not None


#: after a cited source: a comma, then the content ('The agency said, quoting sources, 43 soldiers died')
_RX_CONTENT_AFTER_CITED = re.compile(r"\s*,\s*(?=\S)")


def content_after_cited(m: str, np_end: int, sb: int) -> int | None:
    """Rule `cited_then_content`: where the content starts when an outlet's cue is followed by its source and then
    the content ('The news agency further said, quoting sources, 43 soldiers were dead or wounded'): after the
    comma that closes the source; None when the source ends the sentence (the content stood before it).

    >>> s = "The agency said, quoting sources, 43 soldiers were dead or wounded."
    >>> s[content_after_cited(s, s.index(", 43"), len(s)):]
    '43 soldiers were dead or wounded.'
    >>> content_after_cited("Nine died, Lusa said, quoting sources.", 36, 37) is None
    True
    """
    mt = _RX_CONTENT_AFTER_CITED.match(m, np_end, sb)
    if mt is None or len(m[mt.end():sb].split()) < 3:
        return None
    return mt.end()


#: after 'according to': a document, its author after 'from'/'by'/'of', then where the document was read or put out
_RX_DOCUMENT_FROM = re.compile(r"""\s*
    (?P<np>(?:a|an|the)\s+(?:[\w\-]+\s+)?(?:statement|communiqu[eé]|report|message|letter|declaration|bulletin|notice)
      \s+(?:from|by|of|issued\s+by|released\s+by)\s+(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+(?:of\s+|for\s+|and\s+)?(?:the\s+)?[A-Z][\w'’.\-]*){0,6})
    (?=\s+(?:read|issued|released|published|posted|broadcast|carried|aired|shared|sent|made)\b|\s+(?:on|late|early)\s|\s*[,.;]|\s*$)
    """, re.X)


def document_from_author(m: str, pos: int, hi: int) -> tuple[int, int] | None:
    """Rule `document_from_author`: the source after 'according to' when it is a document and its author, followed by
    where or how it was put out ('according to a statement from the Ministry of Defence read out on public
    television' -> 'a statement from the Ministry of Defence'); None otherwise (the phrase is left to the usual
    noun phrase, which a long tail makes too long to be a speaker).

    >>> s = "Eleven soldiers died, according to a statement from the Ministry of Defence read out on public television."
    >>> a, b = document_from_author(s, s.index(" a statement"), len(s)); s[a:b]
    'a statement from the Ministry of Defence'
    >>> document_from_author("Nine died, according to residents of the town.", 23, 46) is None
    True
    """
    mt = _RX_DOCUMENT_FROM.match(m, pos, hi)
    return mt.span("np") if mt else None


#: a statement noun whose agent is its modifier, after a preposition: 'despite government warnings that ...',
#: 'after Argentine claims that ...', 'amid army assurances that ...'
_RX_NOUN_OF_MODIFIER = re.compile(r"""
    (?P<prep>\b(?:despite|after|amid|following|over|against)\s+)
    (?P<agent>(?:[\w\-]+\s+(?:and\s+)?){0,3}?                                      # 'state and federal'
      (?:government|army|military|police|rebel|militia|ministry|[A-Z][\w.\-]+)s?)     # a body or a capitalised name
    \s+(?P<noun>warnings?|claims?|allegations?|accusations?|assurances?)
    \s+(?P<link>that)\s+(?=\S)
    """, re.X)
_NOUN_LEMMAS["assurance"] = ("assure", "assertive")


def statement_noun_of_modifier(m: str, sa: int, sb: int) -> list[list]:
    """Rule `statement_noun_of_modifier`: a statement noun whose modifier names who made it, after a preposition
    ('despite state and federal government warnings that the militias would not be tolerated', 'after Argentine
    claims that the garrison had surrendered') -> items (quotes.attribution's layout): the modifier speaks, the
    content follows 'that'.

    >>> s = "Militias spread in Cabinda despite government warnings that they would be disarmed."
    >>> [(s[it[4][0]:it[4][1]], s[it[5]:]) for it in statement_noun_of_modifier(s, 0, len(s))]
    [('government', 'they would be disarmed.')]
    >>> statement_noun_of_modifier("The town fell despite repeated warnings that it would.", 0, 53)
    []
    """
    out = []
    for mt in _RX_NOUN_OF_MODIFIER.finditer(m, sa, sb):
        noun = mt.group("noun").lower().rstrip("s")
        lemma, ctype = _NOUN_LEMMAS[noun]
        out.append([mt.start("prep"), mt.start("noun"), mt.end("noun"), Cue(mt.group("noun"), lemma, ctype, "clause"),
                    (mt.start("agent"), mt.end("agent")), mt.end(), False, mt.group("noun")])
    return out

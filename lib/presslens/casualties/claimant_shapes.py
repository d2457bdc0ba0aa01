"""Claimant rules on the shape of a source phrase (docs/rules.md, "Session 15: claimants"): a title-case headline that
ends on its source before the verb ('Civilian Toll in Panama 220, U.S. Says'), and an unnamed source without the
participle or time words it drags along ('doctors treating the wounded', 'authoritative reports circulating here last
night'), and no claimant where the phrase found is no speaker's ('Three civilians were', 'One civilian killed', 'the
government an'). A nationality's document as the claimant ('an Argentine report') is rule `demonym_document`, in
``mentions.state_document`` with the quote rows' `state_document`."""
from __future__ import annotations

import re

#: rule `title_credit_end`: a title-case headline that ends on its source before the verb, after a comma
_TITLE_CREDIT = re.compile(r",\s+(?P<who>(?:[A-Z][\w'’.&-]*\s+){0,3}?[A-Z][\w'’.&-]*)\s+(?:Says|Say|Reports|Report|"
                           r"Claims|Claim)\s*$")
#: (the cheap test: one of its verbs among the sentence's last characters)
_TITLE_CREDIT_GATE = re.compile(r" (?:Say|Report|Claim)s?\s*$")


def title_credit_end(sent: str) -> str | None:
    """The source a title-case headline ends on before its verb (rule `title_credit_end`), else None.

    >>> title_credit_end("Civilian Toll in Chaco Put at 300, Bolivia Says")
    'Bolivia'
    >>> title_credit_end("Many Federal Troops Killed by Rebels, Biafran Radio Reports")
    'Biafran Radio'

    Not a sentence of prose, nor a verb inside the headline:

    >>> title_credit_end("Three soldiers died, the army says") is None
    True
    >>> title_credit_end("Army Says 14 Rebels Killed In Dhofar Raid") is None
    True

    A headline in two parts: the credit is the second part's, not the whole line's:

    >>> title_credit_end("40 Reported Dead in Raids : Port Shelled by Gunboats, Paraguay Says") is None
    True
    """
    if not _TITLE_CREDIT_GATE.search(sent, max(0, len(sent) - 12)):
        return None
    m = _TITLE_CREDIT.search(sent)
    if m is None or ":" in sent[:m.start()]:
        return None     # a headline in two parts ('17 Reported Killed ... : City Attacked, Iran Says'): the credit's part only
    return m.group("who")


#: rule `inverted_credit_end`: a sentence (or headline) that ends on its credit with the verb before a determiner's
#: noun phrase ('..., said the president on his Twitter account', '..., stated a Government communique issued
#: tonight', '..., announces the president'); `credit_at_end` takes the capitalised names
_INVERTED_CREDIT = re.compile(r"""
    ,\s*["“]?\s*                                          # the comma (a quotation closing on it, '...,“said')
    (?:said|says|stated|states|announced|announces|added|adds|reported|reports|confirmed|confirms|declared
      |declares|wrote|writes|claimed|claims)\s+              # the reporting verb before its subject
    (?P<who>(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+?)  # a determiner's noun phrase, the shortest
    (?:\s+(?:on|in|at|to|from|via|issued|released|published)\b[^,;:()]{0,60}?)?   # where or how it said it
    \s*[.”"']*\s*$""", re.X)
#: (the cheap test: one of its verbs after a comma)
_INVERTED_GATE = re.compile(r",\s*[\"“]?\s*(?:said|says|stated|states|announc|added|adds|report|confirm|declar|wr[io]te"
                            r"|claim)")
#: heads that are no speaker's: 'claims the lives'
_NOT_CREDIT_HEAD = frozenset("lives life toll tolls".split())


def inverted_credit_end(sent: str) -> str | None:
    """The determiner's noun phrase a sentence ends on after its reporting verb (rule `inverted_credit_end`), else
    None.

    >>> inverted_credit_end("A total of 40 rebels have been killed since May, stated a Government communique issued tonight.")
    'a Government communique'
    >>> inverted_credit_end("Nine soldiers died in the ambush, said the governor on his radio programme.")
    'the governor'
    >>> inverted_credit_end("Three guerrillas killed in the north, announces the president")
    'the president'

    Not a credit in the middle, a subject before its verb, nor a harm's object:

    >>> inverted_credit_end("Nine soldiers died, said the governor, who visited the camp.") is None
    True
    >>> inverted_credit_end("Nine soldiers died, the governor said.") is None
    True
    >>> inverted_credit_end("The fighting went on for a week, claimed the lives.") is None
    True
    """
    if not _INVERTED_GATE.search(sent):
        return None
    m = _INVERTED_CREDIT.search(sent)
    if m is None or m.group("who").rsplit(None, 1)[-1].lower() in _NOT_CREDIT_HEAD:
        return None
    return m.group("who")


#: rule `headline_source`: a headline that opens on its source before a colon, as headlines cut `said` ('Red Cross:
#: Hundreds killed in riots', 'Afghan official: More than 100 Taliban killed', 'Sulu sultan spokesman: 10 men
#: killed'): a short phrase headed by a noun of those who speak (a place before the colon, 'Libya:', 'Kabul:', is a
#: dateline, and so are a country's name and a document's label, 'Casualty Report:')
_HEAD_COLON = re.compile(r"""
    ^\s*(?P<who>(?:[A-Za-z][\w'’.-]*\s+){0,4}?             # up to four words before the head
    (?i:spokes(?:man|woman|person)|officials?|sources?|police|army|military|ministry|minister|commander|governor
       |doctors|medics|witnesses|monitors?|Red\s+Cross|Red\s+Crescent|rebels|militants|residents))
    \s*:\s+(?=\S)""", re.X)


def headline_source(sent: str) -> str | None:
    """The source a headline names before its colon (rule `headline_source`), else None.

    >>> headline_source("Red Cross: Hundreds killed in Kenya riots so far")
    'Red Cross'
    >>> headline_source("Aden police spokesman: 12 men killed in Crater")
    'Aden police spokesman'

    Not a place or a document's label before the colon:

    >>> headline_source("Nagaland: 8 Assam Rifles Personnel Killed in Militants Ambush") is None
    True
    >>> headline_source("Casualty Report: First 8 Days") is None
    True
    """
    if ":" not in sent[:60]:
        return None
    m = _HEAD_COLON.match(sent)
    return m.group("who") if m else None


def headline_source_below(who: str, quotes: list, text: str, after: int, *, within: int = 1500) -> str | None:
    """The speaker of the first quote row below a headline (within `within` characters) whose speaker phrase holds
    the headline source's head word: a headline cuts the source the lead names ('Afghan official:' -> the row of 'an
    Afghan official said', its speaker as the quote table resolved it); None where no row has it.

    >>> t = "Aden police spokesman: 12 men killed\\nTwelve men were killed, police spokesman Ali Nasser said."
    >>> rows = [{"start": 37, "speaker": "Ali Nasser", "speaker_start": t.index("police spokesman Ali"),
    ...          "speaker_end": t.index(" said")}]
    >>> headline_source_below("Aden police spokesman", rows, t, 36)
    'Ali Nasser'
    >>> headline_source_below("Red Cross", rows, t, 36) is None
    True
    """
    head = who.split()[-1].lower()
    for q in quotes:
        ss, se = q.get("speaker_start"), q.get("speaker_end")
        if q.get("start") is None or q["start"] < after or ss is None or se is None:
            continue
        if q["start"] > after + within:
            break
        if head in re.findall(r"[\w'’-]+", text[ss:se].lower()) and q.get("speaker"):
            return q["speaker"]
    return None


#: rule `unnamed_source_tail`: what an unnamed source's phrase drags along after its head: a participle after a
#: plural head ('doctors treating ...', 'reports circulating ...'), then trailing place or time words ('here last
#: night', 'last year', 'yesterday')
_PARTICIPLE_AFTER_PLURAL = re.compile(r"^(?P<head>.*?\b[a-z][\w'’-]{2,}s)\s+(?P<ing>[a-z]{2,}ing)\b")
_NOT_PARTICIPLE = frozenset("morning evening building briefing meeting hearing spring string thing something "
                            "nothing anything everything ceiling wedding during".split())
_TIME_TAIL = re.compile(r"(?:\s+(?:here|there|last\s+(?:night|year|week|month)|yesterday|today|this\s+(?:week|month|"
                        r"year)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))+$")
_NOT_HEAD = frozenset("its his this was has is as does says".split())


def unnamed_source_tail(who: str) -> str:
    """An unnamed source (a lower-case phrase) without the participle clause or the time words after its head (rule
    `unnamed_source_tail`); a name, or a phrase without them, stands.

    >>> unnamed_source_tail("doctors treating wounded Ranger soldiers")
    'doctors'
    >>> unnamed_source_tail("authoritative reports circulating here last night")
    'authoritative reports'
    >>> unnamed_source_tail("an official report last year")
    'an official report'

    Left alone: a name, a participle before its head, a noun in -ing, a head that is no plural noun:

    >>> unnamed_source_tail("Doctors Treating Trauma"), unnamed_source_tail("the ruling party")
    ('Doctors Treating Trauma', 'the ruling party')
    >>> unnamed_source_tail("officials speaking on condition of anonymity"), unnamed_source_tail("residents' morning")
    ('officials', "residents' morning")
    >>> unnamed_source_tail("a nurse working at the clinic"), unnamed_source_tail("officials in the morning")
    ('a nurse working at the clinic', 'officials in the morning')
    """
    if not who[:1].islower() or " " not in who:
        return who
    m = _PARTICIPLE_AFTER_PLURAL.match(who) if "ing" in who else None
    if m and m.group("ing") not in _NOT_PARTICIPLE and m.group("head").rsplit(None, 1)[-1] not in _NOT_HEAD:
        who = m.group("head")
    return _TIME_TAIL.sub("", who) or who


#: rule `no_speaker_phrase`: a phrase that holds a clause's verb ('Three civilians were', 'It is unofficially', 'a third
#: victim was kidnapped but ...'), a count of the harmed ('the families of the 656 dead', 'One civilian
#: killed') or ends on a function word ('the government an', '... after he') is a piece of the sentence, no speaker
_NO_SPEAKER = re.compile(r"""
    \b(?:[Ww]as|[Ww]ere|[Ii]s|[Aa]re|been|being)\b                  # a clause's verb
  | \b\d[\d,.]*\s+[a-z]                                             # a count of people ('656 dead', '400 soldiers')
  | ^(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d[\d,]*)\s+(?:[a-z]+\s+)?
      (?:killed|dead|died|injured|wounded)\b                           # a counted harm ('One civilian killed')
  | \s(?:and|or|but|an|a|the|he|she|they|it|after|when|that|to|of|with)$   # a function word at the end
    """, re.X)


def no_speaker_phrase(who: str) -> bool:
    """Whether a claimant phrase of two words or more is a piece of its sentence, no speaker (rule
    `no_speaker_phrase`).

    >>> [no_speaker_phrase(w) for w in ("Three civilians were", "One civilian killed", "the government an",
    ...                                 "the nation's condolences to the families of the 656 dead and")]
    [True, True, True, True]

    Names, bodies and unnamed sources stand, with a number inside a name too:

    >>> [no_speaker_phrase(w) for w in ("the 9th Infantry Division", "M23 rebels", "a nurse at the hospital",
    ...                                 "Task Force 88", "relatives of the dead", "families of those killed")]
    [False, False, False, False, False, False]
    """
    return " " in who and _NO_SPEAKER.search(who) is not None


#: rule `claimant_edge_words`: words at a source phrase's edge that no speaker's name or noun phrase can hold (a plain
#: fault of the phrase's bounds): the verb of its own cue ('denied the militants', 'Military disputes'), a time
#: adverbial before the subject ('on Tuesday India'), an adverb glued on by a dash ('Guram Donadze–also')
_EDGE_VERB = (r"said|says|told|tells|denied|denies|rejected|rejects|disputed|disputes|dismissed|dismisses|claimed|"
              r"added|insisted|insists|announced")     # (no noun's homograph: 'reports', 'claims', 'states')
_EDGE_WORDS = re.compile(r"""
    ^(?:""" + _EDGE_VERB + r""")\s+(?=\S)                                  # 'denied the militants'
  | ^(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?=[A-Z])
                                                                          # 'on Tuesday India'
  | (?<=\w)\s+(?:""" + _EDGE_VERB + r""")$                                # 'Military disputes'
  | (?<=\w)[–—-](?:also|too|however|meanwhile|reportedly|earlier|later|then)$   # 'Guram Donadze–also'
""", re.X)
#: (the cheap test: one of the words among the phrase's first or last)
_EDGE_GATE = re.compile(r"^(?:" + _EDGE_VERB + r"|on|late|early)\s|\s(?:" + _EDGE_VERB + r")$|[–—-][a-z]+$")


def claimant_edge_words(who: str) -> str:
    """A source phrase without the words at its edges no speaker's name can hold (rule `claimant_edge_words`): its
    own cue verb, a time adverbial before the subject, an adverb glued on by a dash.

    >>> claimant_edge_words("denied the guerrillas"), claimant_edge_words("Navy disputes")
    ('the guerrillas', 'Navy')
    >>> claimant_edge_words("on Friday Paraguay"), claimant_edge_words("Juan Ayala–also")
    ('Paraguay', 'Juan Ayala')

    Names and noun phrases stay whole, an outlet named for a day too:

    >>> claimant_edge_words("Independent on Sunday"), claimant_edge_words("Saidu Kamara")
    ('Independent on Sunday', 'Saidu Kamara')
    >>> claimant_edge_words("Sunday Times"), claimant_edge_words("Anglo-Egyptian"), claimant_edge_words("says")
    ('Sunday Times', 'Anglo-Egyptian', 'says')
    """
    if not _EDGE_GATE.search(who):
        return who
    return _EDGE_WORDS.sub("", who).strip() or who


_OPENS_ON_VERB = re.compile(r"(?:" + _EDGE_VERB + r")\s+\S")


def opens_on_cue_verb(who: str) -> bool:
    """Whether a speaker phrase opens on a verb of its cue ('said independent evaluations'): the words after the verb
    are its object, the speaker is the subject before it (rule `claimant_edge_words`).

    >>> opens_on_cue_verb("said independent evaluations"), opens_on_cue_verb("Saidu Kamara")
    (True, False)
    """
    return _OPENS_ON_VERB.match(who) is not None


#: rule `document_author`: a source phrase that names a document by its author (docs/annotation.md: a document's
#: author makes its claims): a possessive author ("the army's statement"), a body's capitalised name before the
#: document noun ('an earlier Public Health Ministry announcement'), an author after `of`/`by`/`from` ('a publication
#: of the Center'). A nationality or a country before the noun stays the document ('an Argentine report', 'the U.S.
#: report'), as does a lone 'Government' ('a Government communique'): the golds keep them as written
_DOC_NOUN = (r"(?:statement|report|announcement|communiqu[eé]|bulletin|release|publication|update|briefing|"
             r"message|letter|tally|count|figures|data|estimates?|records)")
#: `_DOC_NOUN`'s words: each branch of `_DOC_AUTHOR` holds one as a word of its own (after a space, before the end
#: or a space), so a phrase none of whose words is one cannot match (session 22: the cheap test before the pattern,
#: which backtracked through the possessive branch on every phrase, ~15,000 instructions a call)
_DOC_WORDS = frozenset("statement report announcement communique communiqué bulletin release publication update "
                       "briefing message letter tally count figures data estimate estimates records".split())
_BODY_HEAD = (r"(?:Ministry|Army|Police|Command|Council|Office|Department|Directorate|Agency|Cent(?:er|re)|"
              r"Commission|Committee|Service|Front|Movement|Forces|Headquarters|Mission|Authority|Administration|"
              r"Bureau|Institute|Observatory|Society|Organi[sz]ation)")
_CAP = r"[A-Z][\w'’&.-]*"
_DOC_AUTHOR = re.compile(r"""
    ^(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?                                      # 'an earlier'
     (?P<body>(?:""" + _CAP + r"""\s+){0,4}""" + _BODY_HEAD + r""")\s+       # 'Public Health Ministry'
     """ + _DOC_NOUN + r"""$
  | ^(?P<owner>(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*|(?:[Tt]he\s+)?(?:""" + _CAP + r"""\s+){0,4}""" + _CAP + r""")
     ['’]s?\s+(?:[a-z]+\s+)?""" + _DOC_NOUN + r"""$                          # "the army's statement"
  | ^(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?""" + _DOC_NOUN + r"""\s+(?:of|by|from)\s+  # 'a publication of'
     (?P<after>(?:the\s+)?(?:""" + _CAP + r"""\s+){0,5}""" + _CAP + r""")$   # 'the Center'
""", re.X)


def document_author(who: str) -> str | None:
    """The author of the document a source phrase names (rule `document_author`), else None.

    >>> document_author("an earlier Health Ministry announcement"), document_author("the navy’s statement")
    ('Health Ministry', 'the navy')
    >>> document_author("a publication of the Institute"), document_author("The navy's statement")
    ('the Institute', 'The navy')

    A nationality, a country or a lone 'Government' before the noun: the document stays as written.

    >>> [document_author(w) for w in ("an Argentine report", "the U.S. report", "a Government communique")]
    [None, None, None]
    >>> [document_author(w) for w in ("press reports", "the report", "a statement", "official figures")]
    [None, None, None, None]
    """
    if " " not in who or _DOC_WORDS.isdisjoint(who.split()):
        return None
    m = _DOC_AUTHOR.match(who.strip())
    if m is None:
        return None
    return m.group("body") or m.group("owner") or m.group("after")


#: rule `report_in_later_conjunct`: a coordinated clause after a comma, opening on its conjunction, (an adverbial
#: of time or place set off by commas,) its own subject and a reporting verb
_CONJUNCT_REPORT = re.compile(r"""
    (?:,\s+(?:and|but)|,?\s+(?:though|although|whereas|while))\s+   # ', and' / ', but': a new main clause;
                                                              # 'though': a clause of its own
    (?:(?:on|in|at|by|late|early|later)\s+[^,;]{1,40}?(?:,\s+\d{4})?,\s+)?  # 'on April 24, 1961,'
    (?:the\s+|a\s+|an\s+)?[A-Za-z][\w'’.-]*(?:\s+[\w'’.-]+){0,11}?\s+  # its subject
    (?:later\s+|also\s+|then\s+|publicly\s+)?                  # an adverb before the verb
    (?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)   # not a passive ('were reported')
    (?:said|says|reported|reports|told|acknowledged|admitted|confirmed|announced|stated|added|claimed|claims|
       estimated|estimates|insisted|declared|noted|denied|denies)\b""", re.X)
#: where the pattern is tried: at each of its conjunctions in the sentence (a `find`, not a search at every position;
#: the search cost 88 µs a sentence on the bench corpus)
_CONJUNCTIONS = (", and ", ", but ", " though ", " although ", " whereas ", " while ")


def report_in_later_conjunct(sent: str) -> int | None:
    """Where a coordinated main clause with a reporting verb of its own opens (rule `report_in_later_conjunct`), else
    None: a reporting verb reports its own clause, not the conjunct before it, so a count there is not its
    subject's claim.

    >>> s = "The guerrillas took 300 prisoners, and on May 2, 1962, the president acknowledged his role in the raid."
    >>> s[report_in_later_conjunct(s):][:9]
    ', and on '
    >>> s = "Two guards died in the blast, but the ministry said the gate held."
    >>> s[report_in_later_conjunct(s):][:9]
    ', but the'

    A credit after the count with no conjunction, or a conjunction that coordinates the counts, is no new clause:

    >>> report_in_later_conjunct("Two guards died and five were hurt, the ministry said.") is None
    True
    >>> report_in_later_conjunct("Two guards died, and five were hurt.") is None
    True
    >>> report_in_later_conjunct("A bus was riddled by shots, but no casualties were reported.") is None
    True
    """
    first = None
    for word in _CONJUNCTIONS:
        at = sent.find(word)
        while at >= 0 and (first is None or at < first):
            if _CONJUNCT_REPORT.match(sent, at):
                first = at
                break
            at = sent.find(word, at + 1)
    return first


#: rule `identifying_source`: the subject that opens a sentence and identifies the dead or lists their names
_IDENTIFIER = re.compile(r"""
    ^\s*(?P<who>(?:[A-Z][\w'’.-]*|[Tt]he\s+[a-z][\w'’-]*)(?:\s+[\w'’.-]+){0,4}?)\s+   # 'The tribal committee'
    (?:(?:has|have|had|later|also|on\s+\w+day)\s+)*                                  # 'has', 'later'
    (?:identified\s+(?:the|all|them|those)\b[^.;:]{0,60}?\s+as\b                      # 'identified the dead as'
     |(?:listed|read\s+out|released|published)\s+the\s+names\s+of\b)                  # 'listed the names of'
    """, re.X)


def identifying_source(sent: str) -> str | None:
    """The subject of a sentence that identifies the victims or lists their names (rule `identifying_source`), else
    None: naming the dead is reporting them, as `said` is, so the subject is the source of the counts it names.

    >>> identifying_source("The district council has identified the dead as Musa Kamau, 40, and Ali Odhiambo, 22.")
    'The district council'
    >>> identifying_source("Officials had listed the names of 30 people killed and 93 wounded by afternoon.")
    'Officials'

    Not a passive, nor a subject inside the sentence, nor a verb of naming that reports no one:

    >>> identifying_source("The dead were identified as Musa Kamau and Ali Odhiambo.") is None
    True
    >>> identifying_source("Nine soldiers died, and the army identified them as conscripts.") is None
    True
    >>> identifying_source("The unit named the four men who died.") is None
    True
    """
    if "identified" not in sent and "names of" not in sent:
        return None
    m = _IDENTIFIER.match(sent)
    return m.group("who") if m else None

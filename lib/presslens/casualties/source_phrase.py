"""Finding the source phrase of one sentence (who the sentence says makes its claim): 'according to X', 'X said',
'X, citing Y', a headline's source after a colon, a trailing ', officials said'; the phrase cleaned of titles, lead
words and what its subject drags along. The phrase is named afterwards (claimant_names.py)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..fastre import _re_sub
from ..mentions.rules import DOCUMENT_WORDS
from .scan import FirstBranchNeeds, class_opened, trie_alt
from .sides import SideWords
from .claimant_shapes import title_credit_end
from ..quotes.noun_cue import noun_phrase_source


_ACCORDING = re.compile(r"\b[Aa]ccording to\s+(?:the\s+)?(?P<who>[^,.;:()]{2,80})")
#: rule `per_source`: 'per UN data', 'as per the Red Cross' (a capital after 'per': not 'per day'), read as 'according to'
_PER_SOURCE = re.compile(r"\bper\s+(?=(?:the\s+)?[A-Z])(?:the\s+)?(?P<who>[^,.;:()]{2,80})")
#: after a cue verb: 'claimed the lives of 34', 'claiming 12 lives' is the harm, not a claim
_NOT_LIVES = r"(?!\s+(?:the\s+)?(?:[\w,.-]+\s+){0,3}?lives\b)"
_SUBJ_SAID = re.compile(r"(?:^|[.;]\s+|\bthat\s+)?(?P<who>\b(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*|\b(?:the|a|an)\s+"
                        r"[\w'’ -]{2,60}?|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s*(?:,[^,]{1,80},\s*)?\s+(?:had\s+|also\s+)?"
                        r"(?P<verb>" + trie_alt(
                            "said says told claimed claims estimated estimates reported wrote stated announced "
                            "insisted confirmed added put puts tweeted posted report say believes believe fears fear "
                            # session 21 (the census of reporting verbs): the past of verbs that report in every sense
                            "reiterated acknowledged admitted conceded asserted noted explained stressed recalled "
                            "testified affirmed declared recounted argued warned disclosed".split()) +
                        r"|(?<=statement )read)\b(?!['’])" + _NOT_LIVES)
#: (session 22: the verbs as a trie, scan.trie_alt, where they were a list of 41 branches tried in turn after each
#: word of the subject. The same matches: every verb is followed by `\b`, so at one position at most one verb can
#: match (of two verbs that both end on a word's end from the same start, one would be a prefix of the other ending
#: where the longer goes on with a letter), and the order of the branches decides nothing)
#: _SUBJ_SAID's verbs as plain words: a sentence without any of them cannot match (a cheap test before the pattern)
#: (as a trie, scan.trie_alt: whether any of the words is in the sentence does not hang on the branches' order)
_SUBJ_VERBS = re.compile(trie_alt(
    "said says told claim estimate report wrote stated announced insisted confirmed added put tweeted posted say believe "
    "fear read reiterated acknowledged admitted conceded asserted noted explained stressed recalled testified affirmed "
    "declared recounted argued warned disclosed".split()))
#: _SUBJ_SAID searched from the characters a match can open on (scan.class_opened: the same matches; `re` tried
#: _SUBJ_SAID at every position of the sentence)
_SUBJ_SAID_FIRST = class_opened(_SUBJ_SAID)


#: a capitalised title before a name: 'Shahpur Kohna District Police Officer Asad Mehmood'
_CAP_TITLE = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){0,4}(?i:officer|minister|commander|spokesman|spokeswoman|"
                        r"spokesperson|governor|secretary|director|chief|mayor|inspector|superintendent|commissioner|"
                        r"coordinator|envoy|ambassador)\s+(?:(?:for|of)\s+(?:[A-Z][\w'’-]*\s+){1,3})?(?=[A-Z][a-z])")
#: words before a speaker that are not part of the name: 'Its spokesman X', 'the nom de guerre X', 'As X'
_LEAD_NOISE = re.compile(r"^(?:(?:[Aa]s|[Aa]nd|[Bb]ut|[Ww]hile)\s+(?=[A-Z])|(?:the\s+)?nom\s+de\s+guerre\s+|"
                         r"(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)(?:\s+own)?\s+(?:[a-z-]+\s+){0,2}?"
                         r"(?:spokesman|spokeswoman|spokesperson|commander|leader|chief|head|adviser|advisor)\s+"
                         r"(?=[A-Z])|[Oo]ur\s+own\s+(?=[a-z]))")



#: words a source phrase drags along after its subject (rule `claimant_tail`): an adverb or time word before the verb
#: ('both sides regularly claiming', 'X late Monday reported'), a body's data ('UN figures', 'ministry data')
_CLAIMANT_TAIL = re.compile(r"(?:\s+(?:regularly|repeatedly|also|too|reportedly|previously|earlier|later|late|early|"
                            r"separately|initially|officially|publicly|meanwhile|still|however|then|now|again)"
                            r"|\s+(?:figures|data|statistics|estimates|tallies|tally|numbers|count|records))+$")
#: (the words _CLAIMANT_TAIL strips: a cheap test before claimant_tail on a lead subject)
_TAIL_WORDS = frozenset("regularly repeatedly also too reportedly previously earlier later late early separately "
                        "initially officially publicly meanwhile still however then now again figures data statistics "
                        "estimates tallies tally numbers count records".split())
#: lower-case role words before a person's name: 'Nagorno-Karabakh human rights ombudsman Artak Beglaryan'
_ROLE_BEFORE_NAME = re.compile(r"^(?:[\w'’-]+\s+){0,5}?(?:ombudsman|administrator|governor|mayor|prosecutor|envoy|"
                               r"representative|adviser|advisor|secretary|officer|researcher|activist|monitor|"
                               r"coordinator|president|general)\s+(?=(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+$)")


def claimant_tail(who: str) -> str:
    """A source phrase without what its subject drags along (rule `claimant_tail`): a trailing adverb or time word,
    a body's data noun, lower-case role words before a full name.

    >>> claimant_tail("both sides regularly"), claimant_tail("UN figures"), claimant_tail("the OSCE mission late")
    ('both sides', 'UN', 'the OSCE mission')
    >>> claimant_tail("Chechen human rights ombudsman Lema Khasuev")
    'Lema Khasuev'
    """
    who = _CLAIMANT_TAIL.sub("", who)
    return _ROLE_BEFORE_NAME.sub("", who) or who


#: a connective that opens a sentence: not its subject ('Separately, the network said ...', 'In addition, ...')
_LEAD_CONNECTIVE = re.compile(r"^\s*(?:Separately|Meanwhile|However|Moreover|Furthermore|Additionally|In\s+addition|"
                              r"Also|Elsewhere|Besides|Earlier|Later|Previously|Overall|In\s+total|Altogether)\s*,\s*")


def _clean_claimant(who: str) -> str:
    who = _re_sub(r"\s+", " ", who).strip(" ,.;:'\"“”‘’")
    who = _LEAD_NOISE.sub("", who)
    who = _CAP_TITLE.sub("", who)
    who = _re_sub(r"^(the|an|a)\s+(charity|aid group|aid agency|human rights group|rights group|group|agency|"
                 r"organisation|organization|movement|ngo)\s+", "", who, flags=re.I)
    who = _re_sub(r"^(?:the\s+)?(?:[a-z-]+\s+)*(spokesman|spokeswoman|official|minister|commander|leader|director|"
                 r"coordinator|chief|head)\s+(?=[A-Z])", "", who)
    who = _re_sub(r"^(?:(?:Gen|Gen\.|General|Col|Colonel|Brigadier General|Brig|Major|Maj|Lt|Captain|Capt|Dr|Mr|Mrs|"
                 r"Ms|Defence Minister|Defense Minister|President|Colonel-Major)\.?\s+)+", "", who)
    return who.strip()



_RX_DOCUMENT = re.compile(r"\b(?:" + DOCUMENT_WORDS + r")\b", re.I)


#: rule `trailing_cue_when`: a day or time after a trailing cue ('..., residents said on Friday.')
_WHEN_AFTER = re.compile(r"\s+(?:late\s+|early\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                         r"Sunday|today|yesterday|overnight)(?:\s+(?:night|morning|evening|afternoon))?(?=[.”\"'\s]*$)")
#: rule `trailing_cue`: a trailing attribution: "..., while rockets killed nine civilians, local authorities said."
_TRAILING_CUE = re.compile(r",\s*(?P<who>(?:the\s+|a\s+|an\s+)?[\w'’. -]{2,60}?)\s+(?:said|say|says|reported|reports|"
                           r"told [\w'’. ]{2,30}?)\s*[.”\"']*\s*$")
_TRAILING_CUE = FirstBranchNeeds(_TRAILING_CUE, ("said", "say", "report", "told"))    # (it needs one of its verbs)


_HEAD_SUBJ = re.compile(r"(?:^\s*|:\s+)(?P<who>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})\s+(?:claims|claim|says|say|"
                        r"estimate|estimates|reports|report)\b(?!['’])" + _NOT_LIVES)
#: (its verbs as a trie, scan.trie_alt: the same matches, fewer branches tried after each word of the subject)
_LEAD_SUBJ = re.compile(r"\s*(?P<who>(?:[A-Z][\w'’.-]*|[a-z][\w'’.-]*)(?:\s+[\w'’.-]+){0,4}?)\s+(?:" + trie_alt(
    "said says say reported reports claimed claims told estimated estimates announced believe believes fear fears "
    "allege alleges alleged inform informs informed mentioned noted "
    # session 21 (the census of reporting verbs): the past of verbs that report in every sense, as in _SUBJ_SAID
    "reiterated acknowledged admitted conceded asserted explained stressed recalled testified affirmed declared "
    "recounted argued warned disclosed".split()) + r")\b" + _NOT_LIVES)
#: rule `title_case_head`: a headline in title case opens on its source ('Ministry Says 14 Killed In Border Raid')
_HEAD_TITLE = re.compile(r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}?[A-Z][\w'’.-]*)\s+(?:Says|Say|Claims|Claim|Reports|Report|"
                         r"Estimates|Confirms)\s+(?=[\dA-Z])")
#: rule `credit_at_end`: a sentence that ends on its source after the verb ('..., says the Red Cross', '..., writes El
#: Comercio'): the whole sentence is that source's unless its opening names a speaker
_CREDIT_END = re.compile(r",\s+(?:says|said|writes|wrote|reports|reported)\s+(?P<who>(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+"
                         r"(?:(?:for|of|on|and|the|de|del)\s+){0,2}){0,6}[A-Z][\w'’.&-]*)\s*[.”\"']*\s*$")
#: (the words either rule needs: a cheap test before them)
_TITLE_GATE = re.compile(r" (?:Say|Claim|Report|Estimate|Confirm)")
_CREDIT_GATE = re.compile(r", (?:says|said|writes|wrote|reports|reported) ")
#: rule `dateline_not_subject`: a wire dateline before the sentence's subject ('LUANDA, Angola (AP) — ')
_DATELINE = re.compile(r"\s*[A-Z][A-Z.'’ ]{1,30}[A-Z.],\s+(?:[A-Z][\w.'’]*\s*){1,4}(?:\([^)\n]{1,80}\)\s*)?"
                       r"(?:--|[—–-])\s+")
#: (its skipped words possessive, `[a-z-]++`: each is followed by `\s+`, so a word cut short never leads to a match;
#: searched from its opening class `[AaTt]`, as it opens on `\b` and a choice: the same matches; session 20)
_ROLE_FOR = class_opened(re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]++\s+){0,3}(?:for|of|at|from)\s+(?:the\s+)?$"))
_RELATIVE = re.compile(r",\s*(?:who|which)\b[^,]*,")


_CUE_WORDS = re.compile(r"\b(?:said|says|told|according)\b")


def _claimant_fallback(sent: str, people: list[str], last_speaker) -> tuple[str | None, bool]:
    """Claimant from the sentence: 'according to X', 'X said', pronoun -> the last named speaker."""
    sent = sent.lstrip("\u2022\u25aa\u25e6\u2023\u25cf\u25a0 ")     # a summary bullet is no word of the sentence
    sent = _LEAD_CONNECTIVE.sub("", sent)   # 'Separately, the network said': the connective is not the subject
    if "conference" in sent or "briefing" in sent or "interview" in sent:
        sent = _OCCASION.sub(" ", sent)      # 'X, in a press conference on Monday, said': the occasion is no subject
    if "day " in sent:
        sent = _WHEN_BEFORE_VERB.sub("", sent)   # 'X late Monday reported': the time is no part of the subject
    m = _DATELINE.match(sent) if sent[1:2].isupper() or sent[:1] == " " else None
    if m:   # rule `dateline_not_subject`
        sent = sent[m.end():]
    m = _APPEARED_ON.search(sent) if "appeared" in sent else None
    if m:  # 'Reports about X's death appeared on a resistance Twitter account': where they appeared
        return _clean_claimant(m.group("who")), True
    m = _CITING.search(sent) if "citing" in sent else None
    if m:  # 'Trend reports ..., citing the Prosecutor's Office': the cited source makes the claim
        return _clean_claimant(m.group("who")) or None, True
    m = _ACCORDING.search(sent) if "ccording to" in sent else _PER_SOURCE.search(sent) if " per " in sent else None
    if m:
        who = m.group("who")
        who = re.split(r"\s+(?:who|which|that)\b", who)[0]
        caps = re.search(r"((?:[A-Z][\w'’-]+\s+){1,5}[A-Z][\w'’-]+|[A-Z]{2,})\s*$", who.strip())
        if caps and not re.match(r"^(two|three|several|local|our|some)\b", who.strip(), re.I) \
                and not _RX_DOCUMENT.search(who.strip()[:caps.start()]):  # 'the latest figures of X': the layer's
            who = caps.group(1)
        who = document_body(who) or who     # 'according to a ministry statement' -> 'the ministry'
        return _clean_claimant(claimant_tail(who)) or None, True     # 'according to UN figures' -> 'UN'
    m = _HEAD_SOURCE.match(sent)  # (it opens on '^': one attempt) a headline's source after a colon: "... kills 23, wounds dozens: doctors"
    if m and not re.search(r"\d\s*:\s*$", sent[:m.start() + 1]) and \
            m.group("who").split()[0].lower() not in _NOT_SPEAKER_END:  # '– most of them villagers – have been killed'
        return _clean_claimant(m.group("who")), True
    # "Lantara: army claims 300 rebels killed", "Rights groups estimate that ..." (without a colon only the
    # sentence's start can match: one attempt there, not one at every position)
    m = _HEAD_SUBJ.search(sent) if ":" in sent else _HEAD_SUBJ.match(sent)
    if m and m.group("who").lower() not in ("he", "she", "they", "it", "we", "i", "the", "a", "an") and \
            _could_speak(m.group("who")):
        noun = noun_phrase_source(m.group("who"), sent[m.end("who"):m.end()].strip())   # 'Most estimates ran ...'
        return _clean_claimant(noun or m.group("who")), True
    m = _LEAD_SUBJ.match(sent)  # "Israel's military said ...", "Hospital officials reported ..."
    if m and m.group("who").lower() not in ("he", "she", "they", "it", "we", "i", "a", "an", "the") and _could_speak(m.group("who")):
        who = m.group("who")
        if who[who.rfind(" ") + 1:] in _TAIL_WORDS and " " in claimant_tail(who):   # 'X authorities also said'
            who = claimant_tail(who)    # (a surname with its adverb, 'Okafor also', goes to the mention layer whole)
        who = _clean_claimant(who)
        return _full_name(who, people) or who, True
    who = (_title_case_head(sent) if _TITLE_GATE.search(sent, 0, 80) else None) or \
        (_credit_at_end(sent) if _CREDIT_GATE.search(sent, max(0, len(sent) - 120)) else None) or \
        title_credit_end(sent)      # rule `title_credit_end` (session 15): '..., U.S. Says' (its own cheap test)
    if who:
        return who, True
    best = None
    # (its first match only; session 22: 'said', the verb of most sentences that get here, tested first by `in`:
    # `_SUBJ_VERBS`, a search whose first letters are most of the alphabet's, cost ~50,000 instructions a sentence)
    for m in (_SUBJ_SAID_FIRST.finditer(sent) if "said" in sent or _SUBJ_VERBS.search(sent) else ()):
        if _could_speak(m.group("who")) and m.group("who").lower() not in ("a", "an", "the") \
                and not object_not_subject(sent, m.start("who"), m.group("who")):   # 'An estimated 48,000'; 'in an attack claimed by'
            best = m
        break
    if best:
        who = best.group("who").strip()
        if who.lower() in ("he", "she", "they", "it"):
            return last_speaker(), True
        role = _ROLE_FOR.search(sent[:best.start("who")])
        if role:  # "A spokeswoman for Borisna General Hospital said": the phrase itself
            return role.group(0)[0].lower() + role.group(0)[1:] + who, True
        who = _clean_claimant(who)
        full = _full_name(who, people)
        return full or who or None, True
    m = "said" in sent and re.search(r"\bsaid\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*)", sent)
    if m:
        who = _clean_claimant(m.group("who"))
        return _full_name(who, people) or who, True
    if "day" in sent[-30:] or "overnight" in sent[-30:]:
        sent = _WHEN_AFTER.sub("", sent)    # rule `trailing_cue_when`: '..., residents said on Friday.'
    m = _TRAILING_CUE.search(sent)  # "..., officials said."
    if m and m.group("who").strip().lower() not in ("he", "she", "they", "it", "we", "i") and \
            _could_speak(m.group("who")):
        return _clean_claimant(m.group("who")), True
    return None, False


#: rule `inner_source`: a source cited inside the sentence's own report makes the claims after it: 'X quoted Y as
#: saying that', '..., the group said, with medical workers reporting that ...'; rule `relayed_source`, the same for
#: a source an outlet relays: 'X quoted Y saying', 'X reported/cited Y as saying', and the passive 'Y was quoted (by
#: X) as saying' (its subject, from the clause's start: the sentence's, a comma's or a conjunction's)
_INNER_SOURCE = re.compile(r"""
    \bquoted\s+(?P<who>(?:an?\s+|the\s+)?[\w'’ -]{2,60}?)\s+(?:as\s+)?saying\b            # 'quoted Y (as) saying'
  | \b(?:cited|reported)\s+(?P<who4>(?:an?\s+|the\s+)?[\w'’ -]{2,60}?)\s+as\s+saying\b     # 'reported Y as saying'
  | (?:^\s*|,\s*(?:(?:and|but|while|whereas)\s+)?|\b(?:and|but|while|whereas)\s+)           # the clause's start
    (?P<who3>[\w'’.-][\w'’ .-]{1,90}?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+   # its subject
    (?:quoted|reported)\s+(?:by\s+[^,;:]{2,60}?\s+)?as\s+saying\b          # 'was quoted / were reported (by X) as saying'
  | \bwith\s+(?P<who2>(?:the\s+)?[\w'’][\w'’ -]{1,40}?)\s+(?:reporting|saying|estimating|claiming)\s+that\b
    """, re.X)
_INNER_GATE = re.compile(r"as saying|quot(?:ed|ing)|ing that")
#: rule `relayed_after` (session 15): a relay that closes the sentence names the source of the claims before it:
#: '..., Lusa quoted Angop as saying.', '..., Reuters reported, quoting Dr. X, director of the mortuary.'
_RELAY_AFTER = re.compile(r"""
    (?:(?<=[,”"])\s*(?P<who3>[A-Z][\w'’ .-]{1,60}?)\s+(?:was|were)\s+quoted\s+by\s+    # rule `relayed_person_after`:
       [^,;]{2,60}?\s+as\s+saying                                                        # 'Y was quoted by X as saying.'
     | \bquoted\s+(?P<who>(?:an?\s+|the\s+)?[\w'’ .-]{2,60}?)\s+as\s+saying             # 'quoted Y as saying.'
     | ,\s*quoting\s+(?P<who2>[^,;]{2,60}?)                                                # ', quoting Y
       (?:,\s*(?!\s|(?:and|but|while|which|who|as|after)\b)[^,;]{2,80}?)?)                    # (, a role).'
    \s*[.”"']*\s*$""", re.X)


def inner_source(sent: str, at: int | None = None) -> tuple[str, int, str] | None:
    """(source, offset after its cue, rule) of the last source cited inside the sentence whose cue ends before `at`
    (the whole sentence without it) (rules `inner_source`, `relayed_source`), else None.

    >>> inner_source("Radio Tamazuj quoted a local chief as saying that 30 herders were killed.")
    ('a local chief', 44, 'inner_source')
    >>> inner_source("The toll is higher, the group said, with nurses reporting that 50 bodies were found.")
    ('nurses', 62, 'inner_source')
    >>> inner_source("He travelled with his brother saying nothing.")
    >>> inner_source("Radio Lome reported the prefecture as saying 9 died.")
    ('the prefecture', 44, 'relayed_source')
    >>> s = "Officials were quoted as saying 5 died, but a nurse was quoted as saying 2 died."
    >>> inner_source(s, s.index("5"))[0], inner_source(s, s.index("2"))[0]
    ('Officials', 'a nurse')
    >>> inner_source("Interior Minister Ana Sousa was quoted by local radio as saying 12 guards died.")
    ('Interior Minister Ana Sousa', 63, 'relayed_source')
    >>> s = "The KDP said 51 died, but UN sources were reported as saying that 14 died."
    >>> inner_source(s, s.index("14"))[0]
    'UN sources'

    A relay that closes the sentence (rule `relayed_after`), for the claims before it; none mid-sentence:

    >>> s = "Nine guards were killed at Nanawa, Radio Asuncion quoted the garrison commander as saying."
    >>> inner_source(s, s.index("Nine"))[0]
    'the garrison commander'
    >>> s = "At least 40 of the dead were children, Reuters reported, quoting Dr. Ana Ruiz, head of the morgue."
    >>> inner_source(s, s.index("40"))[0]
    'Dr. Ana Ruiz'
    >>> s = "Two guards died at Boqueron, Lt. Rojas was quoted by Radio Asuncion as saying."
    >>> inner_source(s, s.index("Two"))
    ('Lt. Rojas', 78, 'relayed_person_after')
    >>> s = "Nine guards were killed, Radio Asuncion said, quoting no source, and the army denied it."
    >>> inner_source(s, s.index("Nine")) is None
    True
    """
    if "as saying" not in sent and "quot" not in sent and "ing that" not in sent:
        return None     # (`_INNER_GATE`'s three literals as `in` tests, session 22: the same truth; the search, once
    found = None        #   per claim, tried its branches at every 'a', 'q' and 'i' of the sentence)
    for m in _INNER_SOURCE.finditer(sent):
        if at is not None and m.end() > at:
            break
        relayed = m.group("who3") or m.group("who4")
        who = relayed or m.group("who") or m.group("who2")
        found = (who.strip(), m.end(), "relayed_source" if relayed else "inner_source")
    if found is None and at is not None:
        m = _RELAY_AFTER.search(sent, at)
        if m:   # rule `relayed_after`: the relay closes the sentence, after the claim
            found = ((m.group("who3") or m.group("who") or m.group("who2")).strip(), len(sent),
                     "relayed_person_after" if m.group("who3") else "relayed_after")
    return found


#: rule `document_of_body`: a document named by its body's common noun ('a ministry statement', 'an army communique')
_DOC_OF_BODY = re.compile(r"^(?:an?|the|its|their)\s+(?P<body>(?:[a-z][\w-]*\s+)?(?:ministry|military|army|police|"
                          r"government|hospital|agency|council|office|command|administration|presidency|navy|militia|"
                          r"rebel|group|movement|front|prefecture|governorate))\s+(?:statement|communiqu[eé]|report|"
                          r"bulletin|update|release|tally)$", re.I)


def document_body(who: str) -> str | None:
    """The body whose document a phrase names (rule `document_of_body`), else None.

    >>> document_body("a ministry statement"), document_body("an army communique"), document_body("a new statement")
    ('the ministry', 'the army', None)
    """
    m = _DOC_OF_BODY.match(who.strip()) if " " in who else None
    return "the " + m.group("body").lower() if m else None


def relayed_person(who: str, earlier: Callable[[], str | None]) -> str | None:
    """Rule `relayed_person_after`: the person a relay quotes where the relay names him by an object pronoun ('...,
    the agency quoted him as saying'): the speaker named before (`earlier()`); None for any other source (the passive
    '..., Y was quoted by X as saying' is read in `inner_source`: Y, not the relay X).

    >>> relayed_person("him", lambda: "a police officer"), relayed_person("the commander", lambda: "X")
    ('a police officer', None)
    """
    return (earlier() or None) if who.lower() in ("him", "her", "them") else None


def _title_case_head(sent: str) -> str | None:
    """The source a title-case headline opens on (rule `title_case_head`), else None.

    >>> _title_case_head("Polisario Says 14 Moroccan Soldiers Killed In Mahbes Raid")
    'Polisario'
    """
    m = _HEAD_TITLE.match(sent)
    if m and _could_speak(m.group("who")):
        return _clean_claimant(m.group("who"))
    return None


def _credit_at_end(sent: str) -> str | None:
    """The source a sentence ends on after its verb (rule `credit_at_end`), else None.

    >>> _credit_at_end("Nine villagers were shot dead near Ayacucho overnight, says the Red Cross.")
    'the Red Cross'
    >>> _credit_at_end("Nine villagers were shot dead near Ayacucho, police said.")
    """
    m = _CREDIT_END.search(sent) if ", " in sent else None
    return (_clean_claimant(m.group("who")) or None) if m else None


#: a headline ending in its source: "Seven soldiers martyred in ambush: AFMD", "... wounds dozens: doctors",
#: "... killed 40 in village – Ethiopia officials"
_HEAD_SOURCE = re.compile(r"^[^.:]{10,}(?::|\s[–—]|\s-(?=\s))\s*(?P<who>[A-Za-z][\w'’.-]*(?:\s+[\w'’.-]+){0,3})\s*$")
_HEAD_SOURCE = FirstBranchNeeds(_HEAD_SOURCE, (":", "–", "—", "-"))    # (it needs one: scan.FirstBranchNeeds)
#: rule `occasion_not_subject`: 'in a press conference on Monday', 'at a briefing in Goma', 'during an interview'
_OCCASION = re.compile(r"\s+(?:in|at|during)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:press\s+conference|"
                       r"news\s+conference|conference|briefing|interview)(?:\s+(?:on|in|with)\s+[\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?,?"
                       r"(?=\s+(?:said|says|told|added|stated|announced|claimed)\b)")
#: rule `occasion_not_subject` too: a day between the subject and its verb ('X late Monday reported')
_WHEN_BEFORE_VERB = re.compile(r"\s+(?:late|early)?\s*(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                               r"Sunday)(?:\s+(?:night|morning|evening|afternoon))?(?=\s+(?:said|says|told|reported|"
                               r"announced|stated|claimed|added)\b)")
#: rule `appeared_on`: 'Reports about X appeared on a resistance Twitter account': the account is the source
_APPEARED_ON = re.compile(r"\b(?:[Rr]eports?|[Nn]ews|[Ww]ord|[Cc]laims?|[Pp]osts?)\b[^.;]{0,60}?\b(?:also\s+)?appeared\s+"
                          r"(?:on|in)\s+(?P<who>(?:an?|the)\s+[\w'’ -]{2,50}?(?:account|channel|page|website|feed|"
                          r"outlets?|media))\b")


#: rule `cited_source`: "..., Trend reports, citing the General Prosecutor's Office": the cited source
_CITING = re.compile(r"\bciting\s+(?:(?:a|an)\s+(?:[a-z]+\s+){0,2}?(?:statement|report)\s+(?:by|from)\s+)?"
                     r"(?P<who>(?:the\s+)?[^,.;:()]{2,80}?)\s*(?=[,.;:(]|$)")
_NOT_SPEAKER_END = frozenset("were was are is been be being have has had must can could should would will may might "
                             "do does did".split())
_FIRST_PERSON = frozenset("i we our us my me".split())


def _could_speak(who: str) -> bool:
    """False for a 'subject' that is a passive clause or the writer ('Three civilians were reported killed',
    'No casualties were reported', 'But I must say clearly: ...'), or a relative clause's subject (rule
    `relative_not_source`).

    >>> _could_speak("the court which his decree"), _could_speak("the district commissioner")
    (False, True)
    >>> _could_speak("Which")
    True"""
    words = who.strip().split()
    if not words:
        return False
    low = [w.lower().strip(",.;:") for w in words]
    if len(low) > 1 and not _OBJECT_RELATIVE.isdisjoint(low[1:]):
        return False    # rule `relative_not_source`: 'the court which his decree', 'in what rebels'
    return low[-1] not in _NOT_SPEAKER_END and _FIRST_PERSON.isdisjoint(low) and low[0] != "no"


#: rule `relative_not_source`: a phrase that runs over an object relative's pronoun ('suspending the court which his
#: decree said ...', 'a commander ... in what rebels claimed was ...') holds the relative clause's subject: its verb
#: tells the relative clause, not the sentence's claims
_OBJECT_RELATIVE = frozenset("which what whom".split())


#: rule `object_not_subject`: a preposition or a copula before a common noun phrase makes it an object or a
#: predicate, never the subject of the verb after it ('in an attack claimed by', 'at a roadblock in the worst reported
#: attack', 'It is the first such report of', 'adding to a death toll the UN puts at')
_GOVERNED = re.compile(r"\b(?:at|in|on|by|for|from|with|into|to|after|before|during|against|near|over|under|since|"
                       r"through|is|was|are|were|be|been)\s+$", re.I)
_COMMON_NP = re.compile(r"(?:an?|the)\s")


def object_not_subject(sent: str, at: int, who: str = "") -> bool:
    """Whether the common noun phrase `who` at `at` (opening on 'a', 'an' or 'the', no capitalised word in it) is
    governed by a preposition or a copula before it (rule `object_not_subject`); a role's 'for/of/at/from' before a
    body ('A spokeswoman for the hospital said') is the speaker's own phrase, and a phrase with a name in it ('by the
    nom de guerre Abu Khalid said') is never refused.

    >>> s = "Gunmen killed six guards in an attack claimed by the front."
    >>> object_not_subject(s, s.index("an attack"), "an attack"), object_not_subject("Nine died, the army said.", 12)
    (True, False)
    >>> s = "a man who goes by the nom de guerre Abu Hafs said"
    >>> object_not_subject(s, s.index("the nom"), "the nom de guerre Abu Hafs")
    False
    >>> s = "A spokeswoman for the hospital said nine died."
    >>> object_not_subject(s, s.index("the hospital"))
    False
    """
    if not _COMMON_NP.match(sent, at) or any(w[:1].isupper() for w in who.split()):
        return False
    before = sent[max(0, at - 40):at]
    return _GOVERNED.search(before) is not None and _ROLE_FOR.search(sent[:at]) is None


def _full_name(who: str, people: list[str]) -> str | None:
    """'Mohammadi' -> 'Bismillah Mohammadi' when the article named the person in full earlier."""
    if not who or " " in who.strip():
        return None
    for p in reversed(people):
        if p.split()[-1] == who and p != who:
            return p
    return None


def first_name_later(who: str, text: str, before: int, sw: SideWords) -> str | None:
    """Rule `first_name_later`: where the custom is to name a person again by the first name ('Tesfaye, the local
    administrator, told ...'), the two-word name it opens, named before in apposition ('said Sewnet Wubalem, the
    district administrator'); None for a registry name or when no such name was given.

    >>> first_name_later("Tesfaye", "said Tesfaye Alemu, the administrator. Tesfaye told us", 40, SideWords())
    'Tesfaye Alemu'
    """
    if not re.fullmatch(r"[A-Z][a-z'’-]+", who) or (sw.view is not None and sw.view.lookup(who) is not None):
        return None
    names = re.findall(r"\b" + who + r" ([A-Z][a-z'’-]+),", text[:before])
    return f"{who} {names[-1]}" if names else None


#: (r"\b[A-Z]..." written as "[A-Z](?<!\w[A-Z])...": a pattern that opens on a character class is skipped to it)
#: (written out: '(?:\s+X){1,3}' as nested choices that end in an empty branch, the same matches without the
#: repeat's bookkeeping at each capital letter of the article; the first word and its spaces possessive, `[a-z]++\s++`:
#: what follows them opens on none of `[a-z]` and `\s`, so giving back characters can never match; session 20)
_PERSON = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]++\s++(?:al-|bin\s+|Ag\s+|)[A-Z][a-zA-Z'’-]+(?:\s+(?:al-|bin\s+|Ag\s+|)"
                     r"[A-Z][a-zA-Z'’-]+(?:\s+(?:al-|bin\s+|Ag\s+|)[A-Z][a-zA-Z'’-]+|)|)")


#: ", and the navy believes that ...": a coordinated clause with a speaker of its own
_LATER_SPEAKER = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+"
                            r"(?:said|says|believes|believe|claimed|claims|estimated|estimates|reported|reports|"
                            r"told|fears|fear)\b)")

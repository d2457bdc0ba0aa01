"""Claimants: who makes each claim. A claim inside a quote row takes the row's speaker (resolved on the
article's mention layer by presslens.quotes); otherwise the sentence's source phrase ('according to X', 'X said',
a transcript label) is resolved on the same layer (presslens.mentions: pronouns, surnames, acronyms, documents
and roles to the article's entity), then named as the registry names it."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..fastre import _re_findall, _re_sub
from ..mentions.layer import ArticleMentions
from ..mentions.rules import DOCUMENT_WORDS
from .found import Found
from .lexicon import Lexicon
from .scan import FirstBranchNeeds, class_opened
from .sides import SideWords, _role_of


_ACCORDING = re.compile(r"\b[Aa]ccording to\s+(?:the\s+)?(?P<who>[^,.;:()]{2,80})")
_SAID_AFTER = re.compile(r"(?:,|\.|”|\"|')\s*(?P<who>(?:the\s+)?[\w'’. -]{2,70}?)\s+(?:said|says|told|added|"
                         r"claimed|wrote|reported|estimated|estimates)\b")
#: after a cue verb: 'claimed the lives of 34', 'claiming 12 lives' is the harm, not a claim
_NOT_LIVES = r"(?!\s+(?:the\s+)?(?:[\w,.-]+\s+){0,3}?lives\b)"
_SUBJ_SAID = re.compile(r"(?:^|[.;]\s+|\bthat\s+)?(?P<who>\b(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*|\b(?:the|a|an)\s+"
                        r"[\w'’ -]{2,60}?|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s*(?:,[^,]{1,80},\s*)?\s+(?:had\s+|also\s+)?"
                        r"(?P<verb>said|says|told|claimed|claims|estimated|estimates|reported|wrote|stated|announced|"
                        r"insisted|confirmed|added|put|puts|tweeted|posted|report|say|believes|believe|fears|fear|"
                        r"(?<=statement )read)"
                        r"\b(?!['’])" + _NOT_LIVES)
#: _SUBJ_SAID's verbs as plain words: a sentence without any of them cannot match (a cheap test before the pattern)
_SUBJ_VERBS = re.compile(r"said|says|told|claim|estimate|report|wrote|stated|announced|insisted|confirmed|added|put|"
                         r"tweeted|posted|say|believe|fear|read")
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


def _strip_speaker_noise(who: str) -> str:
    """A quote table's speaker without words that are not its name ('Its spokesman', 'the nom de guerre', a
    capitalised title); unnamed role phrases ('a spokeswoman for X') are kept whole."""
    if not who or (re.match(r"^(?:[Aa]n?|[Tt]he)\s", who) and not re.match(r"^the\s+nom\s+de\s+guerre\s", who, re.I)):
        return who
    return _CAP_TITLE.sub("", _LEAD_NOISE.sub("", who)) or who


#: words a source phrase drags along after its subject (rule `claimant_tail`): an adverb or time word before the verb
#: ('both sides regularly claiming', 'X late Monday reported'), a body's data ('UN figures', 'ministry data')
_CLAIMANT_TAIL = re.compile(r"(?:\s+(?:regularly|repeatedly|also|too|reportedly|previously|earlier|later|late|early|"
                            r"separately|initially|officially|publicly|meanwhile|still|however|then|now|again)"
                            r"|\s+(?:figures|data|statistics|estimates|tallies|tally|numbers|count|records))+$")
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


#: cues whose content is an appeal or a question, not an assertion of fact: a figure inside it is not claimed
_APPEAL_CUES = re.compile(r"^(?:begged|begs|beg|urged|urges|urge|asked|asks|appealed|appeals|called on|calls on|"
                          r"implored|pleaded|pleads|demanded|demands|vowed|vows|pledged|pledges|wondered)\b", re.I)
#: a quote 'text' that opens with a subordinator is the cue's adverbial ("wrote on X after Monday's raids ...")
_ADVERBIAL = re.compile(r"^\W*(?:after|before|when|while|during|in which)\b", re.I)
#: speakers the quote table (or the sentence) leaves unresolved: pronouns and bare group nouns
_GENERIC_SPEAKER = re.compile(r"^(?:the\s+)?(?:[a-z]+\s+)?(?:it|they|he|she|group|organi[sz]ation|movement|rebels|guerrillas|"
                              r"separatists|militants|insurgents|fighters|monitor|agency|charity|network|front|"
                              r"ministry|report|statement)$", re.I)
_BULLETS = "•·▪◦*-–"


def _list_intro(sentences: list[tuple[int, int]], sent_texts: list[str], si: int, text: str) -> int | None:
    """Index of the line that introduces a bulleted list ('The report's other key figures:'), else None."""
    for k in range(si - 1, max(-1, si - 30), -1):
        line = sent_texts[k].strip()
        if line[:1] in _BULLETS:
            continue
        return k if line.endswith(":") else None
    return None


_GROUP_WORDS = {"group", "organisation", "organization", "charity", "network", "movement", "front"}
_REBEL_WORDS = {"rebels", "guerrillas", "separatists", "militants", "insurgents", "fighters", "movement", "front"}
#: a trailing attribution: "..., while rockets killed nine civilians, local authorities said."
_TRAILING_CUE = re.compile(r",\s*(?P<who>(?:the\s+|a\s+|an\s+)?[\w'’. -]{2,60}?)\s+(?:said|say|says|reported|reports|"
                           r"told [\w'’. ]{2,30}?)\s*[.”\"']*\s*$")
_TRAILING_CUE = FirstBranchNeeds(_TRAILING_CUE, ("said", "say", "report", "told"))    # (it needs one of its verbs)
#: an embedded post's credit line: "— Lantara Army (@LantaraArmy), August 9, 2024"
_POST_CREDIT = re.compile(r"[—–]\s*(?P<who>[A-Z][^\n(—–]{1,60}?)\s*\(@\w+\)")


def _speaker_inside(q: Mapping, f: Found, text: str = "") -> bool:
    """True when the quote row's speaker is the claim's own victims: its span lies inside the claim, or its name
    is the claim's subject ('A 64-year-old man was killed ..., he wrote' -> speaker 'a 64-year-old man')."""
    ss, se = q.get("speaker_start"), q.get("speaker_end")
    if ss is not None and se is not None and f.start <= ss and se <= f.end:
        return True
    name = (q.get("speaker") or "").strip().lower()
    return bool(name) and name[:2] in ("a ", "an") and text[f.start:f.end].lower().startswith(name)


def _usable_quote(q: Mapping) -> bool:
    """False for quote rows that cannot carry a claim: appeals, and 'quotes' that are the cue's adverbial."""
    return not (_APPEAL_CUES.match(str(q.get("cue") or "")) or _ADVERBIAL.match(str(q.get("text") or ""))
                or harm_not_claim(q))


#: rule `harm_not_claim`: 'the campaign has claimed the lives of 8,500': `claimed` is the harm, not a speech cue
_LIVES_CONTENT = re.compile(r"^\s*(?:the\s+)?(?:[\w'’,.-]+\s+){0,3}?lives\b", re.I)


def harm_not_claim(q: Mapping) -> bool:
    """A quote row whose cue is `claim` and whose content is 'the lives of N': the harm verb, not a claim.

    >>> harm_not_claim({"cue": "claimed", "text": "the lives of more than 900 people"})
    True
    >>> harm_not_claim({"cue": "claimed", "text": "900 people had been killed"})
    False
    """
    return str(q.get("cue") or "").lower().startswith("claim") and _LIVES_CONTENT.match(str(q.get("text") or "")) \
        is not None


_BODY_ROLE = re.compile(r"\b(?:group|agency|organi[sz]ation|network|ministry|army|police|front|movement|monitor|"
                        r"office|charity|council|government|forces|party|radio|newspaper|hospital|clinic|body)\b", re.I)


def _is_body(actor: Any) -> bool:
    """An organisation or body (not a person): the registry's `kind`, else its role words, else its name."""
    if actor.kind:
        return actor.kind != "person"
    return bool(_BODY_ROLE.search(actor.role or "")) or not actor.is_person


def _resolve_generic(name: str, before: list[str], sw: SideWords, after: Iterable[str] = ()) -> str:
    """'it', 'the group', 'rebels' -> the organisation the article last named (registry actors only)."""
    if sw.view is None or not _GENERIC_SPEAKER.match(name.strip()) or sw.view.lookup(name) is not None:
        return name
    word = name.strip().lower().split()[-1]
    if word in ("he", "she"):
        return name
    # 'the ministry': the last-named body whose name says ministry, before any other body
    if word not in ("it", "they", "report"):
        for sent in [*reversed(before[-6:]), *after]:
            for clause in reversed(re.split(r"[,;(]", sent)):
                actor = sw.view.find(clause)
                if actor is not None and _is_body(actor) and \
                        any(word in n.lower().split() for n in (actor.name, *actor.aliases)):
                    return actor.name
    # the organisation named last before; for a headline, the first one named after it
    for sent in [*reversed(before[-6:]), *after]:
        for clause in reversed(re.split(r"[,;(]", sent)):
            actor = sw.view.find(clause)
            if actor is None or not _is_body(actor):
                continue
            if word in _REBEL_WORDS and sw.nonstate and actor.side != sw.nonstate:
                continue
            if word in _GROUP_WORDS and sw.state and actor.side == sw.state:
                continue  # "the group" is not the state's army or ministry
            return actor.name
    if word in _REBEL_WORDS and sw.nonstate:  # "the rebels": the conflict's one rebel body, when there is one
        bodies = {a.name for a in sw.view.actors if a.side == sw.nonstate and _is_body(a)}
        if len(bodies) == 1:
            return bodies.pop()
    return name


def _registry_tail(name: str, sw: SideWords) -> Any:
    """The registry actor that ends a longer speaker phrase: 'Its spokesman Sher Zaman Kohdamani', 'the nom de
    guerre Abu Khalid', 'District Police Officer Asad Mehmood'; a one-word alias ('army') only after lower-case
    words ('our own army'), so 'Russian army' is not another state's 'army'."""
    words = name.split()
    for k in range(1, len(words)):
        tail, head = " ".join(words[k:]), words[:k]
        if len(words) - k < 2 and any(w[:1].isupper() for w in head):
            continue
        if any(w.lower() in ("for", "of", "at", "from", "with", "to") for w in head):
            return None  # 'a spokeswoman for Borisna General Hospital' is not the hospital
        actor = sw.view.lookup(tail)
        if actor is not None:
            return actor
    return None


#: the state's army named by a common noun alone: 'the military', 'army', 'the armed forces'
_ARMY_NOUN = re.compile(r"^(?:the\s+|an?\s+)?(?:military|army|armed\s+forces)(?:\s+(?:statement|spokesman|spokesperson|"
                        r"source|sources|communiqu[eé]|official|officials))?$", re.I)
_ARMY_WORDS = ("army", "armed forces", "military", "defence forces", "defense forces")


def state_army(name: str, sw: SideWords) -> Any:
    """Rule `state_army`: 'the military' (or 'a military statement', whose author the mention layer leaves as
    'military') is the registry's one army body of the article's state side; None when there is not exactly one."""
    if sw.view is None or not sw.state or not _ARMY_NOUN.match(name.strip()):
        return None
    bodies = {a.name: a for a in sw.view.actors if a.side == sw.state and _is_body(a)
              and any(w in n.lower() for n in (a.name, *a.aliases) for w in _ARMY_WORDS)
              and not re.search(r"\d|\b(?:division|brigade|battalion|command|regiment)\b", a.name, re.I)}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _canonical(name: str | None, sw: SideWords) -> str | None:
    """A claimant as the registry names it ('army' -> "Lantara's army"), else as written, leading article lower."""
    if not name:
        return name
    if sw.view is not None:
        actor = sw.view.lookup(name)
        if actor is None:
            actor = _registry_tail(name, sw) or state_army(name, sw)
        if actor is not None:
            return actor.name
    if "(" in name:
        name = _re_sub(r"\s*\([^)]*$", "", name)  # an unclosed "(AMS"
    if name[:1] not in ("T", "A"):
        return name     # (the pattern below cannot match: a cheap test before it)
    return _re_sub(r"^(The|A|An)\s+(?=[a-z])", lambda m: m.group(1).lower() + " ", name)


_HEAD_SUBJ = re.compile(r"(?:^\s*|:\s+)(?P<who>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})\s+(?:claims|claim|says|say|"
                        r"estimate|estimates|reports|report)\b(?!['’])" + _NOT_LIVES)
_LEAD_SUBJ = re.compile(r"\s*(?P<who>(?:[A-Z][\w'’.-]*|[a-z][\w'’.-]*)(?:\s+[\w'’.-]+){0,4}?)\s+(?:said|says|say|"
                        r"reported|reports|claimed|claims|told|estimated|estimates|announced|believe|believes|fear|"
                        r"fears|allege|alleges|alleged|inform|informs|informed)\b" + _NOT_LIVES)
_ROLE_FOR = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,3}(?:for|of|at|from)\s+(?:the\s+)?$")
_RELATIVE = re.compile(r",\s*(?:who|which)\b[^,]*,")


_CUE_WORDS = re.compile(r"\b(?:said|says|told|according)\b")
_WORD_SPLIT = re.compile(r"[^\w\s]|_")


def _claimant_fallback(sent: str, people: list[str], last_speaker) -> tuple[str | None, bool]:
    """Claimant from the sentence: 'according to X', 'X said', pronoun -> the last named speaker."""
    sent = sent.lstrip("\u2022\u25aa\u25e6\u2023\u25cf\u25a0 ")     # a summary bullet is no word of the sentence
    sent = _LEAD_CONNECTIVE.sub("", sent)   # 'Separately, the network said': the connective is not the subject
    if "conference" in sent or "briefing" in sent or "interview" in sent:
        sent = _OCCASION.sub(" ", sent)      # 'X, in a press conference on Monday, said': the occasion is no subject
    if "day " in sent:
        sent = _WHEN_BEFORE_VERB.sub("", sent)   # 'X late Monday reported': the time is no part of the subject
    m = _APPEARED_ON.search(sent) if "appeared" in sent else None
    if m:  # 'Reports about X's death appeared on a resistance Twitter account': where they appeared
        return _clean_claimant(m.group("who")), True
    m = _CITING.search(sent) if "citing" in sent else None
    if m:  # 'Trend reports ..., citing the Prosecutor's Office': the cited source makes the claim
        return _clean_claimant(m.group("who")) or None, True
    m = _ACCORDING.search(sent) if "ccording to" in sent else None
    if m:
        who = m.group("who")
        who = re.split(r"\s+(?:who|which|that)\b", who)[0]
        caps = re.search(r"((?:[A-Z][\w'’-]+\s+){1,5}[A-Z][\w'’-]+|[A-Z]{2,})\s*$", who.strip())
        if caps and not re.match(r"^(two|three|several|local|our|some)\b", who.strip(), re.I) \
                and not _RX_DOCUMENT.search(who.strip()[:caps.start()]):  # 'the latest figures of X': the layer's
            who = caps.group(1)
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
        return _clean_claimant(m.group("who")), True
    m = _LEAD_SUBJ.match(sent)  # "Israel's military said ...", "Hospital officials reported ..."
    if m and m.group("who").lower() not in ("he", "she", "they", "it", "we", "i", "a", "an", "the") and _could_speak(m.group("who")):
        who = _clean_claimant(m.group("who"))
        return _full_name(who, people) or who, True
    best = None
    for m in (_SUBJ_SAID_FIRST.finditer(sent) if _SUBJ_VERBS.search(sent) else ()):   # (its first match only)
        if _could_speak(m.group("who")) and m.group("who").lower() not in ("a", "an", "the"):   # 'An estimated 48,000'

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
    m = _TRAILING_CUE.search(sent)  # "..., officials said."
    if m and m.group("who").strip().lower() not in ("he", "she", "they", "it", "we", "i") and \
            _could_speak(m.group("who")):
        return _clean_claimant(m.group("who")), True
    return None, False


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
#: rule `document_author`: 'the tweet says' after a sentence naming the account it came from
_ACCOUNT = re.compile(r"\b(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:Twitter|Telegram|Facebook|X|Instagram|YouTube)\s+"
                      r"(?:account|channel|page|feed)\b")
_POSTED_DOC = re.compile(r"^(?:the|a|an|its|their|this)?\s*(?:tweet|post|message|video)$", re.I)


#: rule `cited_source`: "..., Trend reports, citing the General Prosecutor's Office": the cited source
_CITING = re.compile(r"\bciting\s+(?:(?:a|an)\s+(?:[a-z]+\s+){0,2}?(?:statement|report)\s+(?:by|from)\s+)?"
                     r"(?P<who>(?:the\s+)?[^,.;:()]{2,80}?)\s*(?=[,.;:(]|$)")
_NOT_SPEAKER_END = frozenset("were was are is been be being have has had must can could should would will may might "
                             "do does did".split())
_FIRST_PERSON = frozenset("i we our us my me".split())


def _could_speak(who: str) -> bool:
    """False for a 'subject' that is a passive clause or the writer ('Three civilians were reported killed',
    'No casualties were reported', 'But I must say clearly: ...')."""
    words = who.strip().split()
    if not words:
        return False
    low = [w.lower().strip(",.;:") for w in words]
    return low[-1] not in _NOT_SPEAKER_END and _FIRST_PERSON.isdisjoint(low) and low[0] != "no"


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
#: repeat's bookkeeping at each capital letter of the article)
_PERSON = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+\s+(?:al-|bin\s+|Ag\s+|)[A-Z][a-zA-Z'’-]+(?:\s+(?:al-|bin\s+|Ag\s+|)"
                     r"[A-Z][a-zA-Z'’-]+(?:\s+(?:al-|bin\s+|Ag\s+|)[A-Z][a-zA-Z'’-]+|)|)")


#: ", and the navy believes that ...": a coordinated clause with a speaker of its own
_LATER_SPEAKER = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+"
                            r"(?:said|says|believes|believe|claimed|claims|estimated|estimates|reported|reports|"
                            r"told|fears|fear)\b)")


#: a transcript turn: 'AHMED ADAM BUSHARA (Humanitarian Aid Commission): ...', 'BUSHARA: ...'
_TURN = re.compile(r"^(?P<label>[A-Z][A-Z.'’ -]{1,40}?)\s*(?:\((?P<role>[^)\n]{1,60})\))?:\s", re.M)
#: labels (and label roles) of the programme's own people: their words are the outlet's voice
_OWN_VOICE = re.compile(r"\b(?:presenter|host|anchor|reporter|correspondent|interviewer|moderator|narrator|"
                        r"newsreader|reporting)\b", re.I)


def _transcript_turns(text: str) -> list[tuple[int, str | None]]:
    """(offset, speaker) of each speaker-labelled turn when the text is a transcript (two labels or more, one of
    them the programme's presenter, host or interviewer); None for the programme's own presenters and reporters."""
    turns: list[tuple[int, str | None]] = []
    for m in _TURN.finditer(text):
        label = m.group("label").strip()
        if _OWN_VOICE.search(label) or _OWN_VOICE.search(m.group("role") or ""):
            turns.append((m.start(), None))
            continue
        name = " ".join(w.capitalize() for w in label.split())
        # 'OKELLO:' after 'JOSEPH OKELLO (district commissioner):' is the same speaker
        name = next((who for _, who in reversed(turns) if who and who != name and who.endswith(" " + name)), name)
        turns.append((m.start(), name))
    # a transcript has a presenter, host or interviewer; 'LIVE:', 'CLAIM:' and 'VERDICT:' lines alone do not make one
    return turns if len(turns) >= 2 and any(who is None for _, who in turns) else []


def _claimant_side(name: str, sw: SideWords, lex: Lexicon) -> str | None:
    """A claimant's side: the registry's answer for the name or descriptor, else what its role words say."""
    side = sw.side_of_speaker(name)
    if side:
        return side
    words = _re_findall(r"[\w'’-]+", name.lower())
    side = sw.side_of_words(words)
    if side:  # a registry keyword in the claimant's name: 'The KDF', "Baku's defence ministry"
        return side
    role = _role_of(words, lex)
    if role == "civilian":
        return "civilian"
    if role == "state" and sw.state:
        return sw.state
    if role == "nonstate" and sw.nonstate:
        return sw.nonstate
    return None


_CLAIM_NOUNS = r"(?:claims?|figures?|accounts?|tolls?|numbers?|reports?|toll|footage|video|statement|names)"
_OWNER = re.compile(r"(?P<owner>(?:the\s+)?[\w'’ -]{2,40}?)['’]s?\s+(?:\w+\s+){0,2}" + _CLAIM_NOUNS + r"\b"
                    r"|" + _CLAIM_NOUNS + r"\s+(?:by|of|from)\s+(?P<owner2>(?:the\s+)?[\w'’ -]{2,40}?)(?=\s+(?:could|"
                    r"were|was|have|has|had|cannot)\b|[.,;]|$)", re.I)
#: (its first branch needs an apostrophe: without one, only the second is tried; scan.FirstBranchNeeds, same matches)
_OWNER = FirstBranchNeeds(_OWNER, ("'", "’"))


#: the cheap pre-check before the mention layer: source phrases the layer resolves better than the sentence's
#: words (pronouns, a surname or acronym alone, a name with an adverb, documents and events, roles, bodies' common
#: nouns); sending every phrase to the layer gave the same figures on every set and cost 9% of the extraction
_ON_LAYER = re.compile(r"^(?:he|she|him|her|they|them|it)$|^[A-Z][A-Z&.\-]+$"
                       r"|^[A-Z][\w'’\-]*(?:\s+(?:also|too|meanwhile|however|likewise|instead|still|[a-z]+ly))?$"
                       r"|\b(?:statement|report|message|tweet|post|video|briefing|figures|data|communiqu[eé]|letter)\b"
                       r"|['’]s\s+[a-z]+$|^the\s+(?:committee|commission|directorate|authority|mission|bureau|"
                       r"department|observatory|union|society|institute|foundation|board|tribunal|federation|command)$",
                       re.I)
#: a speaker a quote row left unresolved: a pronoun
_UNRESOLVED = re.compile(r"^(?:he|she|it|they|him|her|them)$", re.I)
#: a document or occasion before the source's own subject: 'In a separate statement it', 'In the video, he'
_DOC_LEAD = re.compile(r"^(?:[Ii]n|[Oo]n|[Aa]t)\s+(?:an?|the|its|his|her|their)\s+(?:[a-z]+\s+){0,2}?"
                       r"(?:statement|video|post|message|interview|briefing|communiqu[eé]|speech|address)\s*,?\s+"
                       r"(?=(?:it|he|she|they)$)")
_RX_DOCUMENT = re.compile(r"\b(?:" + DOCUMENT_WORDS + r")\b", re.I)


#: rule `continued_report`: a sentence that adds to the one before ('In addition, 93 people were injured') is
#: the same source's report when it names no source of its own
_CONTINUED = re.compile(r"^\s*(?:In\s+addition|Additionally|Also|Furthermore|Moreover|Besides)\s*,?\s+", re.I)
#: rule `source_next`: 'It is reported in the study of X', 'This was announced by X' after an unattributed claim
_SOURCE_NEXT = re.compile(r"^\s*(?:It|This|That|These\s+figures|The\s+figures?|The\s+data)\s+(?:is|was|were|has\s+been|"
                          r"have\s+been)\s+(?:reported|stated|announced|said|disclosed|confirmed|published)\s+"
                          r"(?:in|by)\s+(?P<who>[^,;.]{3,140})")
_DOC_OF = re.compile(r"^(?:(?:the|a|an|its|their)\s+)?(?:[a-z]+\s+){0,2}?(?:study|report|statement|data|figures|"
                     r"findings|survey|investigation|review|update|bulletin)\s+(?:of|by|from)\s+")
_SOURCE_END = re.compile(r"\s+(?:within|during|after|before|on|at|which|that|who|when|as|in|citing|published)\b.*$")


def source_next(next_sent: str) -> str | None:
    """The source a sentence names for the claim before it (rule `source_next`): 'It is reported in the study of
    the X' -> 'the X'; None when the sentence does not open so.

    >>> source_next("It is reported in the bulletin of the Humanitarian Law Centre in Belgrade, which ...")
    'the Humanitarian Law Centre'
    >>> source_next("This was announced by the Polisario Front on Monday.")
    'the Polisario Front'
    >>> source_next("It is not clear who fired first.")
    """
    m = _SOURCE_NEXT.match(next_sent)
    if not m:
        return None
    who = _SOURCE_END.sub("", _DOC_OF.sub("", m.group("who").strip()))
    return _clean_claimant(who) or None


class ArticleVoices:
    """Who speaks where in one article, for the claimant of each claim: the sentences read so far and their
    claimants, the person names, transcript turns and quote rows (sorted by start)."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], quotes: list[Mapping], sw: SideWords):
        self.text, self.sentences, self.quotes, self.sw = text, sentences, quotes, sw
        self.sent_texts: list[str] = []
        self.speakers: dict[int, str | None] = {}  # sentence index -> its claimant, for the sentences with claims
        self.turns = _transcript_turns(text)
        self._person_spans: tuple[list[int], list[str]] | None = None
        self._layer: ArticleMentions | None = None

    def entity_name(self, who: str, a: int, b: int) -> str | None:
        """A source phrase of the sentence at [a, b) resolved on the article's mention layer: its entity's
        canonical name ('he' -> the person, 'SAF' -> 'Sudanese Armed Forces', 'the message' -> its author,
        'Okafor also' -> 'Tunde Okafor'); the phrase itself when the layer finds no named entity; None when the
        phrase names no one (a day alone)."""
        if self._layer is None:
            self._layer = ArticleMentions(self.text, self.sw.view)
        at = self.text.find(who, a, b)
        at = at if at >= 0 else a
        ent = self._layer.resolve(who, at, at + len(who))
        if ent is None:
            return None
        return who if ent.anonymous else ent.name       # an unnamed source stays as written (the registry's turn next)

    def people_before(self, pos: int) -> list[str]:
        """The person names that end before `pos`, in text order."""
        if self._person_spans is None:  # (ends, names) of the person names, in text order
            found = [(m.end(), m.group()) for m in _PERSON.finditer(self.text)]
            self._person_spans = ([end for end, _ in found], [name for _, name in found])
        ends, names = self._person_spans
        return names[:bisect.bisect_right(ends, pos)]

    def last_speaker(self, si: int):
        """The speaker a pronoun ('he said') points back to: the nearest earlier sentence that names one."""
        def find() -> str | None:
            for k in range(si - 1, -1, -1):
                if k in self.speakers and self.speakers[k]:
                    return self.speakers[k]
                if _CUE_WORDS.search(self.sent_texts[k]):
                    who, has_cue = _claimant_fallback(self.sent_texts[k], self.people_before(self.sentences[k][1]),
                                                      lambda: None)
                    if who and has_cue:
                        return who
            return None
        return find

    def following(self, si: int) -> list[str]:
        """The three sentences after sentence si (a headline's speaker is named below it)."""
        return [self.text[x:y] for x, y in self.sentences[si + 1:si + 4]]

    def sentence_claimant(self, si: int, sent: str, a: int, b: int, people: list[str]) -> tuple[str | None, bool]:
        """The claimant of sentence si and whether a cue names it: the sentence's own cue, a bulleted list's
        introduction, an embedded post's credit line, a transcript's speaker label."""
        sw, text = self.sw, self.text
        sent_claimant, sent_has_cue = _claimant_fallback(sent, people, self.last_speaker(si))
        if not sent_has_cue and sent.lstrip()[:1] in _BULLETS:
            intro = _list_intro(self.sentences, self.sent_texts, si, text)
            if intro is not None:
                who, cue = _claimant_fallback(self.sent_texts[intro], people, self.last_speaker(intro))
                if not cue:
                    m = _OWNER.search(self.sent_texts[intro])  # "The report's other key figures:"
                    who = (m.group("owner") or m.group("owner2")) if m else None
                if who:
                    who = _resolve_generic(who, self.sent_texts[:intro], sw)
                    sent_claimant, sent_has_cue = who, True
        if not sent_has_cue:
            post = _POST_CREDIT.search(text, b, text.find("\n", b) if "\n" in text[b:] else len(text))
            if post:
                sent_claimant, sent_has_cue = post.group("who").strip(), True
        if not sent_has_cue and _CONTINUED.match(sent) and self.speakers.get(si - 1) and \
                "\n" not in text[self.sentences[si - 1][1]:a]:   # in the same paragraph
            sent_claimant, sent_has_cue = self.speakers[si - 1], True   # rule `continued_report`
        if not sent_has_cue and si + 1 < len(self.sentences):
            who = source_next(text[self.sentences[si + 1][0]:self.sentences[si + 1][1]])
            if who:
                sent_claimant, sent_has_cue = who, True
        if not sent_has_cue and self.turns:  # a transcript: the speaker label of the turn the sentence is in
            label = next((who for at, who in reversed(self.turns) if at <= a), None)
            if label:
                sent_claimant, sent_has_cue = _full_name(label, people) or label, True
        return sent_claimant, sent_has_cue

    def claim_claimant(self, f: Found, si: int, sent: str, a: int, b: int, *, claimant: str | None, has_cue: bool,
                       clauses: list[tuple[int, int]], people: list[str], lex: Lexicon,
                       ) -> tuple[str | None, str | None, str | None]:
        """(claimant, claimant side, quote_id) of one claim: its clause's cue, else the quote row around it."""
        text, sw = self.text, self.sw
        for ca, cb in clauses:  # "X says it repelled the assault; rockets kill nine": clause by clause
            if ca <= f.start < cb:
                claimant, has_cue = _claimant_fallback(text[ca:cb], people, self.last_speaker(si))
        q = next((q for q in self.quotes if q.get("start") is not None and q.get("end") is not None
                  and q["start"] <= f.start < q["end"] + 1), None)
        if q is not None and not _usable_quote(q):
            q, appeal = None, True
        else:
            appeal = False
        f_claimant, f_side, quote_id = claimant, None, None
        if q is not None and _speaker_inside(q, f, text):
            q = None  # the quote table took the victims for the speaker ('A 64-year-old man ..., he wrote')
        if q is not None and q["start"] < a and has_cue and claimant and _LEAD_SUBJ.match(sent):
            q = None  # a quote run on from an earlier sentence into one with a speaker of its own
        if q is not None:
            f_claimant, f_side, quote_id = self._quote_claimant(q, f, si, sent, a, claimant)
        elif appeal or (not has_cue and self.quotes) or any(r.start() < f.start - a < r.end()
                                                            for r in _RELATIVE.finditer(sent)):
            f_claimant = None  # the article's voice: "X, who has sheltered 600 displaced people, said ..."
        elif f_claimant:
            phrase = _DOC_LEAD.sub("", f_claimant)  # 'In a separate statement it' -> 'it'
            # on the article's mention layer when the phrase needs it (the cheap pre-check `_ON_LAYER`: a pronoun,
            # a surname or acronym alone, a document, a role, a body's common noun); a full name or a registry name
            # stands as written (its canonical name comes from the registry below)
            layered = _ON_LAYER.search(phrase) is not None
            f_claimant = self.entity_name(phrase, a, b) if layered else phrase
            if f_claimant and f_claimant == phrase:  # left as written: a headline's source named below it
                f_claimant = _resolve_generic(f_claimant, self.sent_texts[:-1], sw, self.following(si))
        f_claimant = _canonical(f_claimant, sw)
        if f_side is None and f_claimant:
            f_side = _claimant_side(f_claimant, sw, lex)
        return f_claimant, f_side, quote_id

    def _quote_claimant(self, q: Mapping, f: Found, si: int, sent: str, a: int,
                        claimant: str | None) -> tuple[str | None, str | None, str | None]:
        """(claimant, side, quote_id) from the quote row that holds the claim."""
        text, sw = self.text, self.sw
        speaker = _strip_speaker_noise(q.get("speaker") or "")
        if speaker.lower() in ("a", "an", "the"):
            speaker = claimant or ""     # a determiner cut from its noun ('A local source corroborated'): the sentence's
        if speaker and _LEAD_CONNECTIVE.match(speaker + ","):
            speaker = claimant or ""     # 'Separately' taken for the speaker: the sentence's own source phrase
        elif speaker:
            speaker = claimant_tail(speaker)    # 'both sides regularly', 'UN figures'
            speaker = first_name_later(speaker, text, a, sw) or speaker     # 'Sewnet' -> 'Sewnet Wubalem'
        ss, se = q.get("speaker_start"), q.get("speaker_end")
        if speaker and _UNRESOLVED.match(speaker) and ss is not None and se is not None:
            speaker = self.entity_name(text[ss:se], ss, se) or speaker  # the quote row left a pronoun: the layer's
        if speaker and _UNRESOLVED.match(speaker):  # rule `pronoun_unnamed_source`: 'He said: ...' after 'One of
            speaker = self.last_speaker(si)() or speaker  # the sources said ...': the unnamed source before
        if speaker and _POSTED_DOC.match(speaker.strip()):   # 'the tweet says' -> the account named just before
            for prev in reversed(self.sent_texts[-3:]):
                acc = _ACCOUNT.search(prev)
                if acc:
                    speaker = acc.group(0)
                    break
        f_claimant = _resolve_generic(speaker or claimant or "", self.sent_texts[:-1], sw, self.following(si)) or None
        span = text[ss:se] if ss is not None and se is not None else ""
        role = _ROLE_FOR.match(span[:len(span) - len(f_claimant)]) if f_claimant and \
            f_claimant[:1].isupper() and span.endswith(f_claimant) else None
        if role and _RX_DOCUMENT.search(role.group(0)):
            role = None     # 'the latest figures of the X': the body's data, so the body claims
        if role:  # "A spokeswoman for Borisna General Hospital said": the unnamed speaker's phrase
            f_claimant = span[0].lower() + span[1:]
        f_side = q.get("speaker_side") if f_claimant in (q.get("speaker"), speaker) else None
        quote_id = q.get("quote_id")
        # "X said ... killing 40 of them, while rockets killed nine civilians, local authorities said."
        trailing = _TRAILING_CUE.search(sent)
        if trailing and trailing.start() > f.end - a and \
                re.search(r"(?:,\s*while|;|,\s*whereas)\b", text[max(q["start"], a):f.start]):
            f_claimant, f_side, quote_id = _clean_claimant(trailing.group("who")), None, None
        return f_claimant, f_side, quote_id


def claim_clauses(sent: str, a: int, b: int, found: list[Found]) -> list[tuple[int, int]]:
    """The clauses of a sentence whose claims have claimants of their own: split at semicolons, or before a
    coordinated clause with its own speaker ("N are still held, and the navy believes that ...")."""
    clauses = [(m.start() + a, m.end() + a) for m in re.finditer(r"[^;]+", sent)] if ";" in sent else []
    joint = _LATER_SPEAKER.search(sent)
    if joint and not clauses and any(f.start < a + joint.start() for f in found) and \
            any(f.start >= a + joint.start() for f in found):
        clauses = [(a, a + joint.start()), (a + joint.start(), b)]
    return clauses

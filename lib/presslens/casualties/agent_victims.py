"""Rule `agent_not_its_victim` (session 28, docs/rules.md "Session 28: victim sides given wrongly: the doer's side
given to its victims"): the people a side kills, wounds, captures or arrests are not that side's own. A count that
is the object of an active verb of harm ('some soldiers killed five', 'Turkish authorities detained one of the
military's top generals', 'A military patrol encountered an armed band ... and killed 12', 'The Dutch, since they
took over the airfields, have killed nearly 100 of such irregulars') and was given the side of that verb's subject
is given the subject's foe instead (the war's other side; `unknown` where the registry pairs none). Run by
``extract`` as the article's last post-pass, so that it also corrects the sides the earlier passes copied."""
from __future__ import annotations

import re

from .lexicon import Lexicon
from .sides import _role_of

#: the stems of the active verbs of harm (the gate: one of them in the words right before the count)
_STEMS = ("kill", "wound", "injur", "captur", "detain", "arrest", "shot", "shoot", "slaughter", "massacr", "execut",
          "murder", "abduct", "kidnap", "seiz", "hurt", "eliminat")
#: an active verb of harm closing the words before the count, with the count's determiners after it
_VERB_BEFORE = re.compile(r"""
    (?P<verb>\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es|e)|captur(?:ed|ing|es|e)|
       detain(?:ed|ing|s)?|arrest(?:ed|ing|s)?|shot|shoot(?:ing|s)?|slaughter(?:ed|ing|s)?|massacr(?:ed|ing|es|e)|
       execut(?:ed|ing|es|e)|murder(?:ed|ing|s)?|abduct(?:ed|ing|s)?|kidnapp?(?:ed|ing|s)?|seiz(?:ed|ing|es|e)|
       hurt(?:ing|s)?|eliminat(?:ed|ing|es|e)))         # the verb
    \s+(?:(?:at\ least|nearly|about|some|more\ than|over|up\ to|around|another|only|all|almost|the|a|an|one|of)
    \s+)*$                                              # the count's determiners, up to the count
    """, re.VERBOSE)
#: the words before a verb that make it passive or not a verb of this clause: 'were killed', 'the number killed',
#: 'accused of killing'
_NOT_ACTIVE = frozenset(["the", "a", "this", "for", "of", "by", "in", "from", "with", "on", "was", "were", "been",
                         "being", "be", "is", "are", "get", "got", "gets", "number", "toll", "those", "people", "men",
                         "who", "which", "that"])
#: where a clause (and its subject) starts: a report's content, a clause of time or reason, a semicolon
_CLAUSE_START = re.compile(r"[;:]|\b(?:that|said|says|say|alleged|alleges|claimed|claims|claim|told|reported|denies|"
                           r"denied|deny|confirms|confirmed|admits|admitted|accuses|accused|when|while|"
                           r"after|before|because|as|since|where|who|which|but)\b")
#: words that end a subject noun phrase: prepositions, auxiliaries, verbs of the clause
_NP_STOP = frozenset(["of", "in", "on", "at", "from", "near", "with", "by", "for", "into", "across", "along", "inside",
                      "outside", "against", "during", "has", "have", "had", "was", "were", "is", "are", "will", "would",
                      "could", "also", "then", "and", "fired", "struck", "hit", "fought", "took", "overran", "blew",
                      "threw", "set", "drove", "ran", "broke", "made", "led", "held", "began", "came", "went", "sent",
                      "opened", "stormed", "overrun", "say", "says", "said", "claim", "claims", "blame", "blames",
                      "accuse", "accuses", "deny", "denies", "attack", "attacks", "raid", "raids", "launch",
                      "launches"])
_PREPOSITIONS = frozenset(["of", "in", "on", "at", "from", "near", "with", "by", "for", "into", "across", "along",
                           "inside", "outside", "against", "during"])
#: words that open a clause before its subject: 'So the French fired on us', 'Also Saturday, ...'
_OPENERS = frozenset(["so", "then", "and", "also", "later", "earlier", "meanwhile", "today", "yesterday", "now"])
_NUMBER_WORDS = frozenset(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
                           "hundreds", "scores", "several"])
_PRONOUNS = frozenset(["they", "we", "it", "he", "she", "i", "you", "its", "their", "our", "his", "her", "them"])


_PIECES = re.compile(r"[,(—–]|\s-{1,2}\s")
#: words a subject may open on before its number: 'About 200 leftist rebels'
_QUANTIFIERS = frozenset(["about", "some", "around", "nearly", "almost", "over", "more", "than", "at", "least", "up",
                          "to", "the", "a", "an"])


def _verbal(w: str) -> bool:
    """A word that ends a subject as a verb of its clause: an auxiliary, a listed verb, a past form in -ed."""
    return w in _NP_STOP and w not in _PREPOSITIONS or (w.endswith("ed") and len(w) > 4)


def _subject_words(clause: str) -> tuple[list[str], list[str]]:
    """The noun phrase that opens a clause, cut at its first preposition, auxiliary or verb, and the words after it.

    >>> _subject_words("the indigenous people of biafra")[0], _subject_words("so the french fired on us and ")[0]
    (['the', 'indigenous', 'people'], ['the', 'french'])
    >>> _subject_words("rebels in northern kanessa "), _subject_words("killed an israeli soldier and")[0]
    ((['rebels'], ['in', 'northern', 'kanessa']), [])
    """
    words = re.findall(r"[a-z0-9][\w'’-]*", clause)
    while words and words[0] in _OPENERS:
        words = words[1:]
    out: list[str] = []
    for w in words:
        if w in _NP_STOP or _verbal(w) or \
                (w[0].isdigit() or w in _NUMBER_WORDS) and not all(x in _QUANTIFIERS for x in out):
            break
        out.append(w)
    return out[:5], words[len(out):]


def _clause_of(head: str) -> tuple[str, int | None]:
    """The last clause of `head` and where the word that opens it starts (None: the sentence's start)."""
    last = None
    for last in _CLAUSE_START.finditer(head):
        pass
    return (head[last.end():], last.start()) if last else (head, None)


def _opening_subject(clause: str, *, aside: bool = False) -> list[str]:
    """The subject of a clause whose verb comes last: the last of its comma pieces (a dateline, an adverbial phrase
    before it) that opens on a noun phrase with words after it (`aside`: the subject stands alone before an aside)."""
    for piece in reversed(_PIECES.split(clause)[:-1]):
        words, rest = _subject_words(piece)
        if words and (rest or aside):
            return words
    return []


def _agent_words(before: str) -> list[str] | None:
    """The subject of the active verb that closes `before` (lower case): the noun phrase right before the verb
    ('some soldiers killed'), else, for a participle after a comma or a verb after `and` or an aside, the noun phrase
    that opens the verb's clause ('The Dutch, since ..., have killed'; 'A military patrol encountered ... and killed').
    None when the verb is passive, a participle with no comma before it ('an exchange of fire killing one soldier')
    or its subject a pronoun.

    >>> _agent_words("the indigenous people of biafra, ipob, has alleged some soldiers killed ")
    ['some', 'soldiers']
    >>> _agent_words("a military patrol encountered an armed band on mount tabor and killed ")
    ['a', 'military', 'patrol']
    >>> _agent_words("the dutch, since they took over the airfields, have killed "), _agent_words("two were killed ")
    (['the', 'dutch'], None)
    >>> _agent_words("salvador, el salvador — about 200 leftist rebels attacked an army post saturday, killing ")
    ['about', '200', 'leftist', 'rebels']
    """
    m = _VERB_BEFORE.search(before)
    if not m:
        return None
    head = before[:m.start("verb")]
    last = re.findall(r"[a-z][\w'’-]*|,", head[-30:])
    if not last or last[-1] in _NOT_ACTIVE or (m.group("verb").endswith("ing") and last[-1] not in (",", "and")):
        return None
    clause, opened = _clause_of(head)
    near = re.split(r"\band\b", _PIECES.split(clause)[-1])[-1]   # 'and troops captured': the words after `and`
    own = [w for w in re.findall(r"[a-z][\w'’-]*", near) if w not in ("have", "has", "had", "also", "then")]
    if own and own[-1] in _PRONOUNS:
        return None     # 'a claim it had killed'
    if own:   # 'some soldiers killed': the noun phrase that opens the words before it, with no more than a phrase of
        words, rest = _subject_words(near)   # place after it ('rebels in Kanessa killed')
        if rest and (rest[0] not in _PREPOSITIONS or any(map(_verbal, rest))):
            return None
    else:   # ', killing', '... and killed': the clause's opening noun phrase
        words = _opening_subject(clause + ",")
        if (not words or words[0] in _PRONOUNS) and opened is not None and head[:opened].rstrip().endswith(","):
            before_aside = _clause_of(head[:opened].rstrip(" ,"))[0]    # 'The Dutch, since ..., have killed'
            words = _opening_subject(before_aside + ",", aside=True)
    if not words or words[-1] in _PRONOUNS or words[0] in _PRONOUNS:
        return None
    return words


def _agent_side(words: list[str], sw, lex: Lexicon) -> str | None:
    """The one side a subject names: the registry's words (one side only), else its role's (not between two states)."""
    sides = {s for w in words if (s := sw.side_of_words([w]))}
    if len(sides) == 1:
        return sides.pop()
    if sides:
        return None
    role = _role_of(words[-2:], lex) if words[-1] in lex.roles or " ".join(words[-2:]) in lex.roles else None
    if role == "state" and sw.state and not sw.states:
        return sw.state
    if role == "nonstate" and sw.nonstate:
        return sw.nonstate
    return None


def _own_side(count_words: str, sw, lex: Lexicon) -> bool:
    """The count's own words name a side or a force's role ('12 rebels', '15 Morlandian soldiers')."""
    words = re.findall(r"[a-z][\w'’-]*", count_words)
    return bool(words) and (sw.side_of_words(words) is not None or _role_of(words, lex) in ("state", "nonstate"))


def agent_not_its_victim(records: list[dict], text: str, spans: list[tuple[int, int]], sw, lex: Lexicon) -> None:
    """Rule `agent_not_its_victim`: a record given the side of the subject of the active verb of harm whose object its
    count is takes that subject's foe (`unknown` where the registry pairs none): 'the French fired on us and killed
    three of our soldiers and wounded two self defense troops' (the Viet Minh's), 'some soldiers killed five' (the
    separatists').

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("dhofar", {"sides": {"oman": "the Sultanate of Oman and its army",
    ...     "pflo": "the Popular Front for the Liberation of Oman"}, "keywords": {"oman": ["Omani"],
    ...     "pflo": ["PFLO"]}, "government_side": "oman", "rebel_side": "pflo", "articles": ["example.txt"]})])
    >>> claims_in("An Omani patrol met an armed band near Salalah and killed 12.", reg)[0][-1]
    'pflo'
    """
    if not sw.belligerents or not records:
        return
    for rec in records:
        side = rec["victim_side"]
        if side not in sw.belligerents or rec["start"] is None:
            continue
        start, claim = rec["start"], (rec.get("text") or "").lower()
        window = text[max(0, start - 40):start].lower() + " " + claim[:24]
        if not any(s in window for s in _STEMS):
            continue
        a = next((x for x, y in reversed(spans) if x <= start), 0)
        m = re.match(r"[^\d]*?(?=\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|"
                     r"scores|several|many|some|at least|nearly|about|more|over|up to|another|the)\b)", claim)
        before = text[a:start].lower() + " " + (claim[:m.end()] if m else "")
        words = _agent_words(before.rstrip() + " ")
        if not words or _agent_side(words, sw, lex) != side:
            continue
        if _VERB_BEFORE.search(before.rstrip() + " ").group("verb").endswith("ing") and \
                _own_side(claim[m.end() if m else 0:], sw, lex):
            continue    # 'attacked a post, killing 12 rebels': the attack's toll, and its own words say whose
        rec["victim_side"] = sw.opposite.get(side, "unknown")

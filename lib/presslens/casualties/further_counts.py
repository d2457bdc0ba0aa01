"""Named rules for further counts harmed by one verb already told: a side's own losses said with 'lost' ('We lost 15
soldiers and four CJTF'), the further counts of a list after one harm verb ('killed 15 soldiers and four
militiamen'), companions counted after the harm ('killed along with 22 other fighters'), people counted as the object
of one verb and harmed by the next ('seized five farmers ... and killed them') and the second object of one harm
after 'and' ('killed 19 people in the city and 23 people in the town').

Each rule is registered in ``rules.RULES`` (a name, a cheap gate of words, a function; ``rules.RULES`` lists the
rules of every family by name, in the order they run); the examples in the docstrings are their tests (doctests), and
``tests/test_casualties_further_counts.py`` has more, with sides, written in the styles of wars in none of the eval
sets.

    >>> [name for name, _, _ in FURTHER_COUNTS_RULES]  # doctest: +NORMALIZE_WHITESPACE
    ['a side lost N people', 'a side lost heavily', 'further counts after a harm verb',
     'companions counted after the harm', 'people counted, then harmed as them', 'the second object of one harm']
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import Lexicon, _AUX, _BLOCK, _alt
from .listed_kinds import _kind
from .numbers import Tok, _tok_index, _tokens, count_word, find_quantities
from .one_by_role_subject import _is_person
from .phrases import _np
from .ranks import OFFICERS_AND_MEN, officers_and_men


#: a force's acronym as the victims' head: 'four CJTF', 'two KLA' (a count of the force's members)
_RX_ACRONYM_HEAD = re.compile(r"\s*(?P<words>)(?P<head>[A-Z]{2,6})\b(?:\s*\([a-z]+\))?")
#: 'of their men', 'of its personnel': the loser's own, after the count
_RX_OWN_OF = re.compile(r"\s*of\s+(?:their|its|our|his|her)\s+(?P<words>(?:[\w'’-]+\s+){0,1}?)(?P<head>[\w'’-]+)\b")
_RX_FIRST = re.compile(r"[\w'’-]+")
_RX_WORD = re.compile(r"\s+([\w'’-]+)\b")
#: the separator before the next counted item of a list: ', ', ' and ', ', and '
_RX_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=\S)")


def _counted(norm: str, pos: int, s_start: int, lex: Lexicon, category: str, *, acronym: bool) -> Found | None:
    """One counted victims' phrase at `pos` ('15 soldiers', 'more than 20,000 men', '40 of their personnel', 'four
    CJTF' when `acronym`) -> a Found of `category`, else None."""
    from .rules import _head_item  # the victims' phrase grammar of 'counted subsets' (rules imports this module)
    qs = find_quantities(norm[pos:pos + 60], lex, pos)
    q = qs[0] if qs else None
    if q is None or q.start != pos or q.vague is not None:
        return None
    item = _RX_OWN_OF.match(norm, q.end)
    if item is None or item.group("head").lower() not in lex.heads:
        item = _head_item(norm, q.end, lex, q.low == 1)
    if item is None and acronym:
        item = _RX_ACRONYM_HEAD.match(norm, q.end)
    if item is None or item.group("head").lower() == "them":
        return None
    words = item.group("words").lower().split() + [item.group("head").lower()]
    end = item.end()
    more = _RX_WORD.match(norm, end)
    while more and (more.group(1).lower() in lex.heads or more.group(1).isupper()) and len(words) < 4:
        # 'four militia fighters', 'four civilian JTF'
        words.append(more.group(1).lower())
        end = more.end()
        more = _RX_WORD.match(norm, end)
    return Found(category, q.low, q.high, None, q.start + s_start, end + s_start, words, words[-1])


def _list_after(norm: str, end: int, s_start: int, lex: Lexicon, category: str, found: list[Found]) -> list[Found]:
    """The further counted items of a list whose first item ends at `end` (relative): ', four militiamen', ' and
    four CJTF' -> one Found each (none overlapping `found`)."""
    out: list[Found] = []
    while True:
        nxt = _RX_NEXT.match(norm, end)
        first = _RX_FIRST.match(norm, nxt.end()) if nxt else None
        if first is None or not (first.group()[0].isdigit() or first.group().lower() in lex.num_words):
            return out  # no count next: the cheap test before the number grammar
        f = _counted(norm, nxt.end(), s_start, lex, category, acronym=True) if nxt else None
        if f is None or not _free(found + out, f.start, f.end):
            return out
        out.append(f)
        end = f.end - s_start


#: 'lost', 'has lost', 'lose': a side's own losses when people are counted after it
_RX_LOST = re.compile(r"\b(?:lost|loses|lose|losing)\s+")


def side_lost_people(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """A side's own dead said with `lost` and a count of its people ('We lost 15 soldiers and four CJTF', 'the
    rebels lost 40 of their men'): killed, one record per counted item, the loser's side (``victims``'s loser
    grammar); not things lost ('lost 11 checkpoints') nor a harm said after ('lost 40 men killed': the grammar's).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("“We lost nine soldiers and two KLA in the ambush near Decani,” an officer said.")
    [('killed', 9, 9, None, 'unknown'), ('killed', 2, 2, None, 'unknown')]
    >>> claims_in("The rebels lost 40 of their men, another 35 of them were wounded.")
    [('killed', 40, 40, None, 'unknown'), ('wounded', 35, 35, None, 'unknown')]
    >>> claims_in("The brigade lost 11 checkpoints and two villages.")
    []
    """
    out: list[Found] = []
    for m in _RX_LOST.finditer(norm):
        f = _counted(norm, m.end(), s_start, lex, "killed", acronym=False)
        if f is None or not _free(found + out, m.start() + s_start, f.end):
            continue
        f.start, f.loser_end = m.start() + s_start, m.start() + s_start
        items = [f, *(item for item in _list_after(norm, f.end - s_start, s_start, lex, "killed", found + out + [f])
                      if not _rank_and_file_of(f, item, norm[f.end - s_start:item.start - s_start]))]
        for item in items:
            item.loser_end = f.loser_end
        out += items
    return out


#: `lost`, then an adverb of its degree: 'the Boers lost heavily'; not of a vote, a market or a want ('suffered
#: heavily' is left: `suffered` is no gate word of the sentence gate)
_RX_LOST_HEAVILY = re.compile(r"""
    \blost\s+(?:very\s+|most\s+|so\s+)?(?P<adv>heavily|severely)\b
    (?!\s+(?:from|at\s+the\s+polls|in\s+the\s+(?:elections?|polls?|vote|markets?)|on\s+the\s+(?:markets?|exchange)))
""", re.X | re.I)


def side_lost_heavily(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `lost_heavily`: a side's losses told by a verb of loss and an adverb of degree, an idiom of general
    English that old copy uses where later copy writes 'heavy losses' ('the Boers lost heavily', 'the Filipinos lost
    heavily'): casualties, the adverb its vague amount, the loser before it (``victims``'s loser grammar).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Scouts report that the Boers lost heavily, though they removed their wounded.")
    [('casualties', None, None, 'heavily', 'unknown')]
    >>> claims_in("The governing party lost heavily at the polls."), claims_in("The town lost heavily from the drought.")
    ([], [])
    """
    out: list[Found] = []
    for m in _RX_LOST_HEAVILY.finditer(norm):
        a, b = m.start() + s_start, m.end() + s_start
        if _free(found + out, a, b):
            f = Found("casualties", None, None, m.group("adv").lower(), a, b, [], None)
            f.loser_end = a
            out.append(f)
    return out


def counts_after_harm_verb(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """The further counts of a list after one active harm verb ('killed 15 soldiers and four militia fighters',
    'kill 15 soldiers, four policemen'): each its own record in the verb's category, with the same agent (its
    foe is their side) -- not a subset of the first.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Rebels killed 12 soldiers and three policemen near Grozny.")
    [('killed', 12, 12, None, 'unknown'), ('killed', 3, 3, None, 'unknown')]
    >>> claims_in("Rebels killed 12 soldiers, two days after the truce.")
    [('killed', 12, 12, None, 'unknown')]
    """
    out: list[Found] = []
    for f in found:
        if f.agent_end is None or f.subset or f.vague is not None:
            continue
        for item in _list_after(norm, f.end - s_start, s_start, lex, f.category, found + out):
            if _rank_and_file_of(f, item, norm[f.end - s_start:item.start - s_start]):
                continue   # 'captured five officers and 300 men': one sum, the first count's (ranks.py)
            item.agent_end = f.agent_end
            out.append(item)
    return out


def _rank_and_file_of(f: Found, item: Found, between: str) -> bool:
    """Rule `officers_and_men` after an active verb: `item` ('300 men'), right after `f` ('five officers') and
    'and', is its force's rank and file: added to `f`'s count (which then ends where `item` ends), True; else False."""
    if between.strip() != "and" or not officers_and_men([f.head or "", item.head or ""]) or \
            f.low is None or item.low is None:
        return False
    f.low, f.high = f.low + item.low, (None if f.high is None or item.high is None else f.high + item.high)
    f.end, f.np_words, f.head, f.rule = item.end, [*f.np_words, *item.np_words], item.head, OFFICERS_AND_MEN
    return True


_ACTIVE = frozenset({"killed", "kill", "kills", "killing", "wounded", "wounding", "injured", "injuring", "captured",
                     "capturing", "abducted", "kidnapped", "arrested", "detained", "neutralised", "neutralized",
                     "executed", "eliminated", "massacred", "murdered", "beheaded", "slew"})


# ----------------------------------------------------------------------------------------------------------
# Companions counted after the harm: 'the commander was killed along with 22 other fighters'
# ----------------------------------------------------------------------------------------------------------

#: the harm, then its companions: 'killed along with', 'killed together with' (session 5); session 15 (eval/
#: RECALL_FAMILIES.md, "Session 15: claim recall") adds 'as well as', 'besides' and ', as was/were', a short place or
#: occasion between ('killed in the operation, besides'), and a comma before the link ('wounded, along with')
_RX_ALONG_WITH = re.compile(r"""
    \b(?P<cue>killed|died|dead|wounded|injured|hurt|abducted|kidnapped|captured|arrested|detained)
    (?:\s+(?:in|during|on|at|near)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?     # 'in the operation', 'on Sunday'
    (?:\s*,)?\s+
    (?P<link>(?:along|together)\s+with|as\s+well\s+as|besides|(?<=,\s)as\s+(?:was|were|did))\s+
""", re.I | re.X)
#: the links of _RX_ALONG_WITH as literals: a sentence without one skips the pattern
_RX_LINK_CHEAP = re.compile(r"(?:along|together) with|as well as|besides|, as (?:was|were|did)\b", re.I)
_ALONG_CATEGORY = {"killed": "killed", "died": "killed", "dead": "killed", "wounded": "wounded",
                   "injured": "wounded", "hurt": "wounded", "abducted": "captured", "kidnapped": "captured",
                   "captured": "captured", "arrested": "captured", "detained": "captured"}
#: one companion told by an indefinite article: 'a federal police officer', 'an army medic' (up to five words after it)
_RX_ONE_COMPANION = re.compile(r"(?:an?|one)\s+(?P<words>[\w'’.-]+(?:\s+[\w'’.-]+){0,4})", re.I)
#: words that end a companion's phrase: a preposition, a clause word, a verb
_COMPANION_STOP = frozenset("and or in at on of from who which that when near during after before with by to was were "
                            "had has have is are".split())
#: a negation just before the harm: 'were not hurt', 'no one was killed', 'without being wounded'
_RX_NOT_BEFORE = re.compile(r"\b(?:not|never|no|none|nobody|without|n['’]t)\b(?:\s+[\w'’-]+){0,5}\s*$", re.I)
#: a clause of the companions' own after them: 'who fled', 'that were freed'
_RX_OWN_CLAUSE = re.compile(r"\s*,?\s*(?:who|whom|whose|which|that)\b", re.I)
#: what may join a second companion to the first: 'and', ', and'
_RX_COMPANION_AND = re.compile(r"\s*,?\s+and\s+")


def _companion(norm: str, pos: int, lex: Lexicon) -> tuple[int, int | None, int, list[str], str] | None:
    """The companion at `pos`: (low, high, end, words, head) of a count of people ('24 policemen') or of one person by an
    indefinite article and a person word ('a federal police officer'); None for anything else ('a tank', 'his wife',
    'dozens of homes')."""
    qtys = [q for q in find_quantities(norm[pos:pos + 40], lex, pos) if q.start == pos]
    if qtys:
        q = qtys[0]
        if q.vague is not None:
            return None
        toks = _tokens(norm[q.end:q.end + 80], q.end)
        np = _np(toks, 0, lex) if toks else None
        if not np or np[2] is None or np[2] == "them":
            return None
        return q.low, q.high, (toks[np[0] - 1].end if np[0] > 0 else q.end), np[1], np[2]
    m = _RX_ONE_COMPANION.match(norm, pos)
    if not m:
        return None
    words = []
    for w in re.finditer(r"[\w'’.-]+", m.group("words")):
        low = w.group().lower().rstrip(".")
        if low in _COMPANION_STOP:
            break
        words.append((low, m.start("words") + w.end() - (len(w.group()) - len(w.group().rstrip(".")))))
        if norm[m.start("words") + w.end():m.start("words") + w.end() + 1] in (",", ";", ":"):
            break
    heads = [i for i, (w, _) in enumerate(words) if (w in lex.singular or w in lex.heads)
             and w not in ("people", "others", "bodies")]
    if not heads:
        return None
    last = heads[-1]
    return 1, 1, words[last][1], [w for w, _ in words[:last + 1]], words[last][0]


def companions_after_harm(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `companions_after_harm`: the people told after a harm by 'along with' / 'together with' / 'as well as' /
    'besides' / ', as was' are harmed as the person before it ('the commander was killed together with 22 other
    fighters': 22; 'two children killed along with five adults': 5; '259 guerrillas were killed as well as 24
    policemen and two soldiers': 24 and 2); the person before is a claim of its own. Two companions joined by 'and'
    are two records when their kinds differ (the police beside soldiers, a civilian beside either:
    docs/annotation.md, coordinated counts), else one sum.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The FNLA commander was killed together with 14 other fighters near Huambo.")  # (1: recall12's)
    [('killed', 1, 1, None, 'unknown'), ('killed', 14, 14, None, 'unknown')]
    >>> claims_in("Four children died along with three adults when the shell hit the house.")
    [('killed', 4, 4, None, 'civilian'), ('killed', 3, 3, None, 'unknown')]
    >>> claims_in("Police said 31 rebels were killed in the fighting, besides three gendarmes.")
    [('killed', 31, 31, None, 'unknown'), ('killed', 3, 3, None, 'unknown')]
    >>> claims_in("A guard was wounded, along with a police officer and a soldier.")   # the police, the army: two
    [('wounded', 1, 1, None, 'unknown'), ('wounded', 1, 1, None, 'unknown'), ('wounded', 1, 1, None, 'unknown')]
    >>> claims_in("Nine soldiers were killed, along with two tanks and a truck.")   # no people after the link
    [('killed', 9, 9, None, 'unknown')]
    >>> claims_in("Nine soldiers were killed, as was the case in 2016.")
    [('killed', 9, 9, None, 'unknown')]
    """
    out: list[Found] = []
    if _RX_LINK_CHEAP.search(norm) is None:
        return out  # (a cheap test: the pattern's links as literals)
    for m in _RX_ALONG_WITH.finditer(norm):
        if _RX_NOT_BEFORE.search(norm[max(0, m.start() - 30):m.start()]):
            continue  # 'none of the crew was hurt, along with ...': no harm to carry over
        first = _companion(norm, m.end(), lex)
        if first is None:
            continue
        items = [(m.end(), first)]
        join = _RX_COMPANION_AND.match(norm, first[2])
        second = _companion(norm, join.end(), lex) if join else None
        if second is not None:
            items.append((join.end(), second))
        if _RX_OWN_CLAUSE.match(norm, items[-1][1][2]):
            continue  # 'besides 2,000 residents who fled': the companions' own clause tells what befell them
        cat = _ALONG_CATEGORY[m.group("cue").lower()]
        if len(items) == 2 and _kind(first[4], first[3], lex) == _kind(second[4], second[3], lex) and \
                first[1] is not None and second[1] is not None and first[0] == first[1] and second[0] == second[1]:
            n = first[0] + second[0]   # ranks of one kind: one sum ('two officers and nine soldiers')
            items = [(m.end(), (n, n, second[2], first[3] + second[3], second[4]))]
        for start, (low, high, end, words, head) in items:
            a, b = start + s_start, end + s_start
            if _free(found + out, a, b):
                out.append(Found(cat, low, high, None, a, b, words, head))
    return out


# ----------------------------------------------------------------------------------------------------------
# People counted, then harmed as 'them': 'gunmen seized five farmers ... and killed them'
# ----------------------------------------------------------------------------------------------------------

_THEM_CUES = {"killed": "killed", "shot dead": "killed", "executed": "killed", "beheaded": "killed",
              "murdered": "killed", "hacked to death": "killed", "stabbed to death": "killed",
              "burned to death": "killed", "abducted": "captured", "kidnapped": "captured"}
_THEM_PATTERNS: dict[int, re.Pattern] = {}
_HYPOTHETICAL = re.compile(r"\b(?:[Ii]f|[Uu]nless|would|could|threatened\s+to|vowed\s+to)\b")


def _them_pattern(lex: Lexicon) -> re.Pattern:
    if id(lex) not in _THEM_PATTERNS:
        numbers = [w for w in lex.numbers if " " not in w and w not in ("a", "an", "one", "zero")]
        _THEM_PATTERNS[id(lex)] = re.compile(
            r"(?<![\w,.-])(?P<count>\d{1,3}(?:,\d{3})*|(?i:" + _alt(numbers) + r"))\s+"
            r"(?P<mods>(?:[a-z][\w'’-]*\s+){0,2}?)(?P<head>[a-z]+s|[a-z]*men|people)\b"
            r"(?P<mid>[^.;:!?\"“”]{0,100}?)\s+and\s+(?:then\s+|later\s+|subsequently\s+)?"
            r"(?:(?P<cue>" + _alt(_THEM_CUES) + r")\s+(?:them|all\s+of\s+them)|(?P<shot>shot)\s+them\s+dead)\b")
    return _THEM_PATTERNS[id(lex)]


def counted_then_harmed(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `counted_then_harmed`: people counted as the object of one verb and harmed by the next, which points
    back at them ('The rebels seized five farmers at gunpoint and killed them', 'forced seven passengers off the
    bus and then shot them dead'): one claim of the count, of the second verb's category (a count already claimed,
    'captured 12 soldiers and killed them', stays its first verb's).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Guerrillas stopped the truck near Puerto Asís, forced seven passengers out and then killed them.")
    [('killed', 7, 7, None, 'civilian')]
    >>> claims_in("Separatists marched 12 teachers into the forest and shot them dead, residents said.")
    [('killed', 12, 12, None, 'civilian')]
    >>> claims_in("The army moved 300 villagers to the camp and fed them.")
    []
    >>> claims_in("Rebels stopped two buses at a roadblock, forced nine travellers out and killed them.")
    [('killed', 9, 9, None, 'civilian')]
    """
    out: list[Found] = []
    pattern, pos = _them_pattern(lex), 0
    while (m := pattern.search(norm, pos)) is not None:
        pos = m.start() + 1  # (matches may overlap: 'stopped two cars ..., forced seven travellers ...')
        n = count_word(m.group("count"), lex)
        head = m.group("head").lower()
        if not n or not (head in lex.heads or _is_person(head[:-1] if head.endswith("s") else head, lex)):
            continue
        if any(w in m.group("mid") for w in (" and ", " but ", " who ", " which ")) or re.search(r"\d", m.group("mid")):
            continue  # another clause or count between them
        if _HYPOTHETICAL.search(norm, max(0, m.start() - 80), m.start()):
            continue  # 'if the rebels seized 20 hostages and killed them'
        a, b = m.start() + s_start, m.end() + s_start
        if _free(found + out, a, m.end("head") + s_start):
            out.append(Found(_THEM_CUES[(m.group("cue") or "shot dead").lower()], n, n, None, a, b,
                             [*m.group("mods").lower().split(), head], head))
    return out


# ----------------------------------------------------------------------------------------------------------
# The second object of one harm: 'killed 19 people in the city and 23 people in the town'
# ----------------------------------------------------------------------------------------------------------

#: words that open a clause of their own in the stretch between the two objects: the second is not the verb's
_CLAUSE = frozenset(["who", "whom", "whose", "which", "that", "where", "when", "while", "they", "he", "she", "it",
                     "we", "but", "then", "after", "before", "because", "as"])
#: finite verbs and auxiliaries of a clause of their own ('killed 19 people and 23 were wounded': the grammar's)
_FINITE = frozenset(["were", "was", "are", "is", "have", "has", "had", "been", "be", "will", "would"])


def _harm_first(f: Found, norm: str, s_start: int, lex: Lexicon) -> bool:
    """The claim's span opens with its own cue: an active harm verb or a harm noun before 'of' ('killed 19
    people', 'the death of 12 civilians'): the cue governs the objects after it."""
    words = norm[f.start - s_start:f.end - s_start].lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    if not words:
        return False
    return (words[0],) in lex.active or tuple(words[:2]) in lex.active or \
        words[0] in lex.noun_of and words[1:2] == ["of"]


def _plain_stretch(toks: list[Tok], a: int, b: int, claims: list[Found]) -> bool:
    """The tokens from index a to b (the 'and') outside other claims hold no clause of their own: no verb, no
    clause word, no report, at most ten words ('in the city', ', including six children, outside X,')."""
    rest = [t for t in toks[a:b] if not any(f.start <= t.start < f.end for f in claims)]
    if len(rest) > 10:
        return False
    for t in rest:
        w = t.low
        if t.text in (".", ";", ":") or w in _CLAUSE or w in _FINITE or w in _BLOCK and w != "including" or \
                len(w) > 4 and w.endswith("ed") or w.endswith("ing") and w not in ("including", "morning", "evening"):
            return False
    return True


def _second_head(toks: list[Tok], qe: int, lex: Lexicon) -> tuple[int, list[str], str] | None:
    """The victims' phrase of the second object -> (end index, words, head): a phrase of the grammar's
    (`phrases._np`) with a head, or a capitalised plural after the count ('and four Filipinos': a people the
    lists do not hold, the verb's object beside a counted one)."""
    npr = _np(toks, qe, lex)
    if npr is not None and npr[2] is not None:
        return npr[0], npr[1], npr[2]
    if qe < len(toks) and toks[qe].text[:1].isupper() and toks[qe].low.endswith("s") and len(toks[qe].low) > 4 and \
            (qe + 1 == len(toks) or not toks[qe + 1].text[:1].isupper()):
        return qe + 1, [toks[qe].low], toks[qe].low
    return None


_AMOUNT_WORDS: dict[int, frozenset] = {}
#: 'and' or 'and another' before the second object; the word after it is tested against the amount words
_RX_AND = re.compile(r"\band\s+(?:another\s+)?(?=([\w-]+))")


def _amount_words(lex: Lexicon) -> frozenset:
    """Words an amount can open with: numbers, and the first word of each vague amount ('dozens', 'scores')."""
    if id(lex) not in _AMOUNT_WORDS:
        _AMOUNT_WORDS[id(lex)] = lex.num_words | frozenset(
            p.lower().split()[0] for p in lex.raw["vague_quantifiers"]) - {"a", "an", "the", "of"}
    return _AMOUNT_WORDS[id(lex)]


def second_object(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `second_object` (family F7): a count, a vague amount or one person after 'and' (', and', 'and
    another') with no cue of its own, when the claim before it in the same clause opens with its cue (an active
    harm verb, a harm noun + 'of') and only a prepositional phrase or a subset lies between them: the same cue's
    second object, in its category.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The shelling killed 19 people in Kilinochchi and 23 people in Mullaitivu, the bishop said.")
    [('killed', 19, 19, None, 'unknown'), ('killed', 23, 23, None, 'unknown')]
    >>> claims_in("Troops killed 20 farmers and dozens of villagers.")
    [('killed', 20, 20, None, 'civilian'), ('killed', None, None, 'dozens', 'civilian')]
    >>> claims_in("Raiders are still holding 11 foreigners and four Tamils.")
    [('captured', 11, 11, None, 'unknown'), ('captured', 4, 4, None, 'unknown')]
    >>> claims_in("The mine killed 19 people near the bridge and 23 others were wounded.")  # a clause of its own
    [('killed', 19, 19, None, 'unknown'), ('wounded', 23, 23, None, 'unknown')]
    >>> claims_in("The mine killed 19 people on a road that 23 engineers had cleared.")
    [('killed', 19, 19, None, 'unknown')]
    """
    if not any(not f.subset and _harm_first(f, norm, s_start, lex) for f in found):
        return []   # (the cheap tests first: a claim that opens with its cue, then an amount right after 'and')
    amounts = _amount_words(lex)
    ands = [m for m in _RX_AND.finditer(norm) if m.group(1)[:1].isdigit() or m.group(1).lower() in amounts]
    if not ands:
        return []
    toks: list[Tok] | None = None
    out: list[Found] = []
    for m in ands:
        at = m.start() + s_start
        claims = [f for f in found if f.end <= at]
        prev = next((f for f in reversed(claims) if not f.subset), None)
        if prev is None or not _harm_first(prev, norm, s_start, lex):
            continue
        qs = find_quantities(norm[m.end():m.end() + 60], lex, m.end() + s_start)
        q = qs[0] if qs and qs[0].start == m.end() + s_start else None
        if q is None or not _free(found + out, q.start, q.end):
            continue
        toks = toks or _tokens(norm, s_start)
        k, qe = _tok_index(toks, at), _tok_index(toks, q.end)
        if not _plain_stretch(toks, _tok_index(toks, prev.end), k, claims):
            continue
        phrase = _second_head(toks, qe, lex)
        if phrase is None:
            continue
        end, words, head = phrase
        if end < len(toks) and toks[end].low in _AUX and toks[end].low not in ("in", "to"):
            continue  # 'and 23 others were ...': the clause has its own verb (the grammar's, or nothing said)
        out.append(Found(prev.category, q.low, q.high, q.vague, q.start, toks[end - 1].end, words, head))
    return out


#: (name, gate, find) of each rule, in the order they run (``rules.RULES`` lists them by name)
FURTHER_COUNTS_RULES: tuple[tuple, ...] = (
    ("a side lost N people", (frozenset({"lost", "loses", "lose", "losing"}),), side_lost_people),
    ("a side lost heavily", (frozenset({"lost"}), frozenset({"heavily", "severely"})), side_lost_heavily),
    ("further counts after a harm verb", (_ACTIVE,), counts_after_harm_verb),
    ("companions counted after the harm", (frozenset(_ALONG_CATEGORY),
                                           frozenset({"along", "together", "well", "besides", "as"})),
     companions_after_harm),
    ("people counted, then harmed as them", (frozenset({"them"}), frozenset(w.split()[0] for w in _THEM_CUES)),
     counted_then_harmed),
    ("the second object of one harm", (frozenset({"and"}),), second_object),
)

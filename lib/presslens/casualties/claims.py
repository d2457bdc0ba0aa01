"""The claim rules of one sentence: which quantities are casualty claims and of what category."""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from operator import itemgetter

from ..fastre import _CaseFreePattern, case_free
from ..provenance import tag
from .found import Found, free
from .lexicon import _BLOCK, _FUNCTION, _MONTHS, Lexicon, _alt
from .named import _NAMED_GATE, _named_people
from .numbers import Qty, Tok, _normalise, _tok_index, _tokens, find_quantities
from .led import led
from .listed_kinds import coordinated_kinds, count_before_including, one_before_count, replace_sums, single_after_count
from .rules import apply_rules, rules_for
from .scan import SentenceTable, class_opened, first_of, has_digit
from .amounting import AMOUNTING_VERB, amounting_subject
from .counted_events import events_counted, no_count_of_events
from .toll_counters import TOLL_COUNTING_NOUN, toll_counting_noun
from .phrases import (_CONDITION, _left_active, _left_start, _lives_of, _np, _right_cue, _singular_before,
                      _singular_start, _skip_to_comma, _toll, text_between)


#: (what `_named_people` gets for its emptiness test in a sentence that was not tokenised: it has tokens)
_ANY_TOKENS = (None,)
_NAMED_GATE_FIRST = class_opened(_NAMED_GATE)  # (scan.class_opened: the same matches, searched from the characters a match can open on)


def _gate_first_words(rx: re.Pattern) -> frozenset[str] | None:
    """The first words of the alternatives of a pattern of lower-case words `\\b(w1|w2 w3|...)\\b`: a sentence whose
    words hold none of them has no match (each alternative opens on a whole word); None for another shape."""
    m = re.fullmatch(r"\\b\((?P<alts>[a-z |]+)\)\\b", rx.pattern)
    if m is None or not all(alt.split() and alt == " ".join(alt.split()) for alt in m.group("alts").split("|")):
        return None
    return frozenset(alt.split()[0] for alt in m.group("alts").split("|"))


#: the words one of which a sentence must hold for `_NAMED_GATE` to match (its search then decides)
_NAMED_GATE_WORDS = _gate_first_words(_NAMED_GATE)
_LOST = frozenset(["lost", "lose", "loses", "losing"])
#: victims already harmed: a displacement noun ('evacuation of') before them moves the wounded or the dead, no displaced
_HARMED_WORDS = frozenset(["wounded", "injured", "sick", "dead", "bodies", "casualties", "remains"])


#: 'since the start of', 'since the end of the', 'since': an earlier time as the start of a period that runs to now
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:the\s+)?(?:start|beginning|outbreak|onset|end|fall)\s+of\s+(?:[\w'’-]+\s+){0,4}"
                           r"|(?:the\s+)?(?:early\s+|late\s+|mid-?)?)$")


def _earlier_war(sent: str, lex: Lexicon) -> bool:
    """A sentence about an earlier war ('the 1994 war left 35,000 dead'), not a running total of this one
    (rule `since_war_began`: 'had died since the start of the civil war in 2011') nor a comparison with the past
    (rule `since_earlier_time`: 'the first such attack since the 1970s', 'the deadliest since World War II').

    >>> from presslens.casualties import load_lexicon
    >>> lex = load_lexicon()
    >>> _earlier_war("during the 1994 war 35,000 died.", lex), _earlier_war("in the 1990s, 200 died.", lex)
    (True, True)
    >>> _earlier_war("41 people were killed, the first sign of rebel activity in the region since the 1970s.", lex)
    False
    >>> _earlier_war("12 died in the deadliest attack since world war ii.", lex)
    False
    >>> _earlier_war("the group is the largest since a 2016 deal ended a war that killed 70,000 people.", lex)
    True
    """
    m = lex.earlier_war.search(sent)
    if m is None:
        return False
    return not ("since" in sent and all(_SINCE_BEFORE.search(sent, max(0, m.start() - 60), m.start())
                                        for m in lex.earlier_war.finditer(sent)))


def _is_hypothetical(toks: list[Tok], qi: int, lex: Lexicon) -> bool:
    lo = max(0, qi - 12)
    if _HYPOTHETICAL_WORDS.isdisjoint(map(_LOW, toks[lo:qi])):
        return False    # (the loop below answers True only at one of these words: the window's words tested in C)
    cues = lex.raw.get("hypothetical_cues", [])
    for k in range(lo, qi):
        if toks[k].text in {",", ";", ":"} and k < qi - 1:
            continue
        if toks[k].low in ("if", "unless") or (toks[k].low in ("would", "could", "were") and k + 1 < len(toks)
                                                and f"{toks[k].low} {toks[k + 1].low}" in cues):
            return True
    return False


_HYPOTHETICAL_WORDS, _LOW = frozenset(["if", "unless", "would", "could", "were"]), itemgetter(1)   # (Tok.low)


def _population_context(toks: list[Tok], qi: int) -> bool:
    if qi == 0 or toks[qi - 1].low not in ("to", "of", "population"):
        return False    # (each phrase below ends in one of these words: a cheap test before the pattern)
    prev = " ".join(t.low for t in toks[max(0, qi - 3):qi])
    return _POPULATION.search(prev) is not None


_POPULATION = re.compile(r"\b(home to|population of|city of|town of|village of|inhabitants of|trading town of|"
                         r"a town of|a village of|a city of|an estimated population)$")


def _sentence_claims(sent: str, s_start: int, lex: Lexicon, words: Iterable[str] | None = None) -> list[Found]:
    """Casualty quantities in one sentence (absolute offsets); category, numbers and the victims' words.

    `words` (the sentence's lower-case words, when the caller has them) lets sentences without any number, vague
    word, 'no' or named victim return before the full parse."""
    norm = _normalise(sent)
    if not norm.strip() or norm.rstrip().endswith("?"):
        return []
    # (the rules' shared table of this sentence, scan.SentenceTable: the caller's words, else its own; passed down
    # to the named people and the rules that read it)
    table = SentenceTable(norm, set(words) if words is not None else None)
    words = table.words if words is not None else set(re.findall(r"[a-z]+", norm.lower()))
    has_num = has_digit(norm) or not lex.num_words.isdisjoint(words)
    has_zero = "no" in words or "none" in words
    has_adj = not lex.adj_words.isdisjoint(words)
    has_named = (_NAMED_GATE_WORDS is None or not _NAMED_GATE_WORDS.isdisjoint(words)) and \
        _NAMED_GATE_FIRST.search(norm) is not None
    has_single = ("a" in words or "an" in words or "another" in words) and \
        ("was" in words or "been" in words or "died" in words or "succumbed" in words or "were" in words) \
        and not lex.singular.isdisjoint(words)
    rules = rules_for(words)
    if not (has_num or has_zero or has_adj or has_named or has_single or rules):
        return []
    low_sent = norm.lower()
    if _earlier_war(low_sent, lex):
        return []
    qtys = find_quantities(norm, lex, s_start) if has_num else []
    if not qtys and not has_named and not has_zero and not has_adj and not has_single and not rules:
        return []
    # the tokens are read only by the counts' grammar (the named people only ask whether there are any: a sentence
    # that holds a non-space character always has tokens, and `norm.strip()` was tested above): a sentence of zero
    # or vague claims, named people and rules alone is not tokenised
    toks = _tokens(norm, s_start) if qtys else None
    if toks is not None and not toks:
        return []
    # (each claim's `rule`, column `found_by`, is the first step below that found it: presslens.provenance)
    found = _zero_and_vague(norm, s_start, lex, words, qtys, has_zero=has_zero, has_adj=has_adj)
    for f in found:
        f.rule = "zero or vague amount"
    n_pre = len(found)
    consumed: set[int] = set()
    pos_sorted = sorted(qtys, key=lambda q: q.start)
    for idx in range(len(pos_sorted)):
        if idx in consumed:
            continue
        f = _quantity_claim(toks, idx, pos_sorted, found, n_pre, consumed, lex)
        if f is not None:
            f.rule = f.rule or "counted quantity"
            found.append(f)
    if (len(qtys) > 1 or qtys and ("a" in words or "an" in words)) and \
            ("and" in words or "among" in words or ", " in norm):  # "five children and three adults
        # were killed"; a headline's list: "2 soldiers, 4 rebels killed"
        found = replace_sums(found, tag(coordinated_kinds(norm, s_start, lex, found, qtys), coordinated_kinds))
    if "including" in words or "among" in words:  # "Nine villagers including two fighters were killed"
        found.extend(tag(count_before_including(norm, s_start, lex, found, qtys), count_before_including)
                     if qtys else [])
    if found and ("with" in words or "and" in words):  # "A commander along with seven soldiers were killed"
        found = tag(one_before_count(norm, s_start, lex, found), one_before_count)
    if found and "and" in words and ("a" in words or "an" in words):  # "killing 10 soldiers and a civilian"
        found = tag(single_after_count(norm, s_start, lex, found), single_after_count)
    if has_named:
        found.extend(_named_people(toks or _ANY_TOKENS, lex, found, norm, s_start, table))
    if has_single:
        found.extend(tag(_single_person(norm, s_start, lex, found), "single person"))
    if rules:
        found.extend(apply_rules(rules, norm, s_start, lex, found, table))
    found.sort(key=lambda f: f.start)
    return found


_ZERO_NOUNS = {"deaths": "killed", "dead": "killed", "fatalities": "killed", "injuries": "wounded"}
#: the harm nouns that `Lexicon.vague_adj` and `_vague_predicate_pattern` each need as a whole word ('heavy losses',
#: 'a high death toll', 'casualties were light'): the exact gate of both searches on the sentence's word set
_HARM_NOUNS = frozenset(["losses", "casualties", "deaths", "fatalities", "toll"])


def _zero_and_vague(norm: str, s_start: int, lex: Lexicon, words: set[str], qtys: list[Qty], *, has_zero: bool,
                    has_adj: bool) -> list[Found]:
    """Zero claims and vague adjectives, found before the numbers: "no civilian casualties", "lost none of their
    own", "heavy losses", "a high death toll"."""
    found: list[Found] = []
    for m in (case_free(lex.zero).finditer(norm) if has_zero else ()):  # (on the lower-cased text: lower-cased groups)
        if m.group("name") and not norm[m.start("name")].isupper():
            continue  # 'no more deaths' is no zero: only a capitalised name stands before the noun
        noun = m.group("noun").lower()
        cat = _ZERO_NOUNS.get(noun.split()[0], "casualties")
        if noun.startswith("one"):
            cat = "killed" if noun.endswith("killed") else "wounded"
        words = m.group(0).lower().split()[1:]  # type: ignore[assignment]  # the 'none' test below reads the last
        found.append(Found(cat, 0, 0, None, m.start() + s_start, m.end() + s_start, words, noun))
    for m in (_LOST_NONE.finditer(norm) if "none" in words else ()):  # "lost none of their own"
        found.append(Found("casualties", 0, 0, None, m.start() + s_start, m.end() + s_start, [], "losses"))
    if has_zero:
        found.extend(_zero_subject(norm, s_start, lex, found))
    # (both vague patterns end on a harm noun, a whole word: a sentence without one is not searched, unless it
    # holds a letter that re.I matches to another, İ ı ſ: `_HARM_NOUNS`)
    has_adj = has_adj and (not _HARM_NOUNS.isdisjoint(words) or _CaseFreePattern._odd(norm))
    for m in (led(lex.vague_adj).finditer(norm) if has_adj else ()):   # (led.Led: lower-cased groups, m.end() + 1)
        a, b = m.start() + s_start, m.end() - 1 + s_start
        if any(q.start <= a < q.end or a <= q.start < b for q in qtys if q.vague):
            continue
        noun = m.group("noun").lower()
        cat = "killed" if noun.endswith("toll") else lex.nouns.get(noun, "casualties")  # "a high death toll"
        adj = re.sub(r"\s+", " ", m.group("adj").lower())
        found.append(Found(cat, None, None, adj, a, b, [m.group("noun").lower()], m.group("noun").lower()))
    if has_adj:
        found.extend(_vague_predicate(norm, s_start, lex, found))
    return found


_VAGUE_PREDICATES: dict[int, re.Pattern] = {}
_VAGUE_NOUNS = ("losses", "casualties", "death", "fatalities", "toll")   # (the words its matches open on)
#: words before the harm noun that make it no claim's subject: 'the risk of casualties is high'
_NOT_A_SUBJECT = frozenset(["of", "no", "for", "about", "over", "risk", "fear", "fears", "chance"])


def _vague_predicate_pattern(lex: Lexicon) -> re.Pattern:
    """'<losses/casualties/deaths/toll> (on both sides) <copula> (adverb) <vague adjective>'."""
    if id(lex) not in _VAGUE_PREDICATES:
        adjs = [a for a in lex.raw["vague_adjectives"] if " " not in a and a not in ("mass", "untold")]
        _VAGUE_PREDICATES[id(lex)] = re.compile(
            r"\b(?P<noun>losses|casualties|deaths|fatalities|(?:death\s+)?toll)\s+"
            r"(?:(?:on|among|in)\s+(?:both|either|each|the|our|their|its)\s+[\w-]+\s+)?"
            r"(?:were|are|was|is|have\s+been|has\s+been|had\s+been|remain|remained|remains)\s+"
            r"(?:(?:very|relatively|extremely|quite|reportedly|also|still|said\s+to\s+be|described\s+as)\s+)?(?:['‘’]{1,2})?"
            r"(?P<adj>" + _alt(adjs) + r")\b(?!\s+(?:than|enough|on\s+the\s+agenda))", re.I)
    return _VAGUE_PREDICATES[id(lex)]


def _vague_predicate(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `vague_predicate`: a vague adjective said of the harm noun as its predicate, not before it ('ONLF
    casualties were light', 'The casualties are high on both sides') is the same vague claim as 'light casualties'.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Contra casualties were light, the Sandinista communique said.")
    [('casualties', None, None, 'light', 'unknown')]
    >>> claims_in("The risk of casualties is high in the old quarter.")
    []
    """
    out: list[Found] = []
    # (session 23: every match opens on a harm noun; in an ASCII text, where IGNORECASE is lower-casing, the search
    # starts at the first one, scan.first_of; `re` had no first character to scan for, ~83,000 instructions a call)
    at = first_of(norm.lower(), _VAGUE_NOUNS) if norm.isascii() else 0
    for m in led(_vague_predicate_pattern(lex)).finditer(norm, at) if at >= 0 else ():   # (led.Led: m.end() + 1)
        a, b = m.start() + s_start, m.end() - 1 + s_start
        before = norm[max(0, m.start() - 30):m.start()].lower().split()
        if before and before[-1] in _NOT_A_SUBJECT or not free(found, a, b):
            continue
        noun = re.sub(r"\s+", " ", m.group("noun").lower())
        cat = "killed" if noun.endswith("toll") else lex.nouns.get(noun, "casualties")
        out.append(Found(cat, None, None, m.group("adj").lower(), a, b, [noun], noun))
    return out


_ZERO_SUBJECTS: dict[int, re.Pattern] = {}
#: the categories a zero subject's cue can carry (a town is 'evacuated', no zero of people)
_ZERO_CATEGORIES = frozenset(["killed", "wounded", "captured"])


def _zero_subject_pattern(lex: Lexicon) -> re.Pattern:
    """'no <modifiers> <victims> <aux> <cue> (or <cue>)', 'none (of them/of the <victims>) <aux> <cue>'."""
    if id(lex) not in _ZERO_SUBJECTS:
        cues = _alt(" ".join(k) for k, cat in lex.passive.items() if cat in _ZERO_CATEGORIES)
        heads = _alt(lex.heads)
        _ZERO_SUBJECTS[id(lex)] = re.compile(
            r"(?<![\w'’-])(?:[Nn]o\s+(?P<mods>(?:[\w'’-]+\s+){0,3}?)(?P<head>" + heads + r")|(?P<none>[Nn]one)"
            r"(?:\s+of\s+(?:them|us|whom|(?:the|our|their|its|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:" + heads + r"|[A-Z][a-z]+s)"  # or a people: 'Americans'
            r"(?P<post>(?:\s+[\w'’-]+){0,6}?)))?)"  # a postmodifier: 'none of the soldiers shown in the film'
            r"\s+(?:was|were|are|is|had\s+been|have\s+been|has\s+been)\s+(?:(?:also|reportedly|reported|\w+ly)\s+)?"
            r"(?P<cue>" + cues + r")(?:\s+(?:or|and|nor)\s+(?:\w+ly\s+)?(?P<cue2>" + cues + r"))?(?![\w-])")
    return _ZERO_SUBJECTS[id(lex)]


#: words a postmodifier of 'none of the <victims>' never holds: a clause's subject, a report, a conjunction
_NOT_POSTMODIFIER = frozenset(["he", "she", "they", "we", "it", "i", "you", "who", "whom", "which", "that", "whose",
                               "and", "or", "but", "nor", "were", "was", "are", "is", "had", "have", "has", "been"])


def _postmodifier(words: list[str]) -> bool:
    """The words between 'none of the <victims>' and the auxiliary can be the victims' postmodifier (a participle
    or a place: 'shown surrendering in the film', 'in Rwanda'): no pronoun, clause word, conjunction, auxiliary or
    word of report ('none of the soldiers said they were hurt' is not a zero).

    >>> _postmodifier(["shown", "surrendering", "in", "the", "film"]), _postmodifier(["said", "they"])
    (True, False)
    """
    return not any(w in _NOT_POSTMODIFIER or w in _BLOCK for w in words)


def _zero_subject(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `zero_subject`: zero as the determiner or the pronoun of the victims before their own passive cue, one
    record per cue ('no UCK soldiers were killed or wounded' -> killed 0 and wounded 0; 'none were among the dead').

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The Sandinista command said no Contra fighters were killed or wounded near Jinotega.")
    [('killed', 0, 0, None, 'unknown'), ('wounded', 0, 0, None, 'unknown')]
    >>> claims_in("Several Transnistrian guards were hurt at the bridge, but none were among the dead.")[1:]
    [('killed', 0, 0, None, 'unknown')]
    >>> claims_in("None of the estimated 300 Britons in the capital was reported hurt, the embassy said.")
    [('wounded', 0, 0, None, 'unknown')]
    >>> claims_in("No sooner had the convoy left than it was attacked.")
    []
    """
    out: list[Found] = []
    for m in _zero_subject_pattern(lex).finditer(norm):
        a, b = m.start() + s_start, m.end() + s_start
        mods = (m.group("mods") or "").lower().split()
        post = (m.group("post") or "").lower().split()
        if any(w in _FUNCTION or w in _BLOCK for w in mods) or not _postmodifier(post) or not free(found, a, b):
            continue
        head = (m.group("head") or "").lower() or None
        cats = [lex.passive.get(tuple(m.group(g).lower().split())) for g in ("cue", "cue2") if m.group(g)]
        for cat in dict.fromkeys(c for c in cats if c):
            out.append(Found(cat, 0, 0, None, a, b, [*mods, head] if head else [], head))
    return out


#: 'the first of the N advisers ... to die': one person, the first of a known pool (the pool is no count of victims)
_ORDINALS_OF = frozenset(["first", "second", "third"])
#: words before a number that make it no count ('aged 60', 'route 9'; 'how many were wounded': a question, no amount)
_NOT_A_COUNT_BEFORE = frozenset(["$", "£", "€", "aged", "age", "no.", "number", "page", "route", "how"])


def _not_a_count(toks: list[Tok], q: Qty, qi: int, qe: int, found: list[Found], n_pre: int, lex: Lexicon) -> bool:
    """A quantity that counts no victims: inside a zero or vague claim, a price, an age, a date, a population,
    a hypothetical ("if 50 were killed"), "one of the fighters who surrendered"."""
    if qi >= len(toks) or any(f.start <= q.start < f.end for f in found[:n_pre]):
        return True
    if qi > 0 and (toks[qi - 1].low in _NOT_A_COUNT_BEFORE or toks[qi - 1].low in _MONTHS or  # rule
                   qi > 1 and toks[qi - 1].low == "of" and toks[qi - 2].low in lex.singular):  # `age_of_person`: 'a
        return True   # child of 10' (an age), 'the chief of 50 men' (a command): no count of victims
    if qi > 2 and toks[qi - 1].low == "the" and toks[qi - 2].low == "of" and toks[qi - 3].low in _ORDINALS_OF:
        return True  # rule `ordinal_of_the_pool`: 'the first of the 55 advisers in X to die' counts the pool
    if _population_context(toks, qi) and not _refugees_hosted(toks, qe) or _is_hypothetical(toks, qi, lex) or \
            no_count_of_events(toks, q, qi, qe, lex):  # rule `counted_harm_events`' limits: 'the 1986 killings'
        return True
    # 'one of the fighters who surrendered' is no count; 'apprehended one of the attackers' is (rule `one_of_object`)
    return q.low == 1 and q.high == 1 and q.vague is None and qe < len(toks) and toks[qe].low == "of" and \
        not _left_active(toks, qi, lex) and not _one_of_subject(toks, qi, qe, lex)


_ONE_OF_FINITE = frozenset(["was", "has", "had", "is", "died", "succumbed"])


def _one_of_subject(toks: list[Tok], qi: int, qe: int, lex: Lexicon) -> bool:
    """Rule `one_of_subject`: 'One of our soldiers died', 'one of the hostages was killed': 'one of' a group as the
    subject of a finite harm verb (an auxiliary or `died`) is a count of one; in a relative clause ('one of the
    fighters who surrendered') or before a reduced one ('one of the soldiers killed was a captain') it is not."""
    if qi > 0 and toks[qi - 1].low not in (",", ";", ":", '"', "“", "‘", "'", "and", "but", "said", "says") and \
            toks[qi - 1].text[:1] != toks[qi - 1].text[:1].upper():
        return False  # inside a phrase ('as one of the ...', 'to one of the ...')
    npr = _np(toks, qe, lex)
    if npr is None or npr[2] is None or npr[0] >= len(toks) or toks[npr[0]].low not in _ONE_OF_FINITE:
        return False
    return _right_cue(toks, npr[0], lex) is not None


_HOSTED = frozenset(["refugees", "displaced", "idps", "evacuees"])


def _refugees_hosted(toks: list[Tok], qe: int) -> bool:
    """Rule `refugees_hosted`: a place 'home to 90,000 refugees' hosts displaced people, a claim (not a population)."""
    return any(t.low in _HOSTED for t in toks[qe:qe + 4])


#: heads that are the harm itself ('64 dead', '12 wounded', '30 casualties'): a count so headed sums no next count
_HARM_HEADS = frozenset(["killed", "wounded", "casualties"])


def _sum_following(toks: list[Tok], idx: int, pos_sorted: list[Qty], np_end: int, words: list[str],
                   head: str | None, consumed: set[int], lex: Lexicon) -> tuple[int | None, int | None, int]:
    """Sums: "two officers and nine soldiers were killed", "a prominent general and 13 bodyguards" -> (low, high,
    end of the last phrase); the quantities added in are marked consumed and their words appended. A first count
    whose head is its harm ('64 dead', rule `harm_head_not_summed`) is a claim of its own, never a part of a sum.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The raid left at least 64 dead and 81 people detained.")
    [('killed', 64, None, None, 'unknown'), ('captured', 81, 81, None, 'unknown')]
    """
    q = pos_sorted[idx]
    low, high = q.low, q.high
    j = np_end
    if j + 1 < len(toks) and toks[j].low == "and" and _left_active(toks, _tok_index(toks, q.start), lex):
        return low, high, np_end  # 'killed 12 bandits and three soldiers were wounded': the verb's object, no sum
    if head is not None and lex.nouns.get(head) in _HARM_HEADS:
        return low, high, np_end  # rule `harm_head_not_summed`: '64 dead and 81 people detained' are two counts
    while j + 1 < len(toks) and toks[j].low == "and":
        nxt = next((k for k, q2 in enumerate(pos_sorted) if k > idx and _tok_index(toks, q2.start) in
                    (j + 1, j + 2) and q2.vague is None), None)
        if nxt is None:
            break
        q2 = pos_sorted[nxt]
        n2 = _np(toks, _tok_index(toks, q2.end), lex)
        if not n2 or n2[2] is None or head is None:
            break
        # only a sum when a passive cue follows both
        look = _right_cue(toks, n2[0], lex)
        if not look:
            break
        consumed.add(nxt)
        low = None if low is None or q2.low is None else low + q2.low
        high = None if high is None or q2.high is None else high + q2.high
        words += n2[1]
        j = n2[0]
        np_end = j
    return low, high, np_end


_AMONG_GROUPS = {"dead": "killed", "killed": "killed", "wounded": "wounded", "injured": "wounded"}


def _among_group(toks: list[Tok], qi: int) -> str | None:
    """Rule `among_the_dead_were`: a count after 'Among the dead were a family of' (or 'a group of'; 'wounded',
    'injured') is of that group's category, whatever its own clause says after ('who had fled the south').

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Among the dead were a family of six, including two children, who had fled from Gorazde.")[0]
    ('killed', 6, 6, None, 'civilian')

    (The side: a family's members are civilians, victims rule `family_victims`, session 14.)
    """
    k = qi - 1
    if not (k >= 2 and toks[k].low == "of" and toks[k - 2].low in ("a", "an")):  # 'a family of', 'a group of'
        return None  # (a plain count after 'Among the dead were' is the list rules')
    k -= 3
    if k < 3 or toks[k].low not in ("were", "are", "was", "is"):
        return None
    return _AMONG_GROUPS.get(toks[k - 1].low) if toks[k - 2].low in ("the", "those") and \
        toks[k - 3].low == "among" else None


def _category(toks: list[Tok], qi: int, np_end: int, end_tok: int, noun_cat: str | None, words: list[str],
              lex: Lexicon, left_at: int) -> tuple[str | None, int, str | None, str | None, str, list[str]]:
    """The category cue of a quantity at token qi whose victims' phrase ends at np_end, tried in order:
    1. an active verb right before ("killed 27 soldiers", "neutralised dozens of ..."); 1b. a harm noun and 'of'
    ("the deaths of at least 1,870 civilians"); 2. a split verb ("taken 14 soldiers prisoner"); 3. a passive cue
    after the victims ("were killed", "have fled"); 4. the phrase itself ("65 wounded", "11 prisoners");
    5. a toll ("the death toll rose to 14")
    -> (category, end index (`end_tok` without a cue after), active cue, noun cue, toll ('' none, 'toll', or
    the rule's name), victims' words)."""
    cat = _among_group(toks, qi)  # 'Among the dead were a family of eight'
    left = _left_active(toks, left_at, lex) if cat is None else None  # before the count, or 'an officer and' two
    if left:
        cat = left
    noun_of = None
    # rule `determiner_after_verb` (as phrases._left_active): 'the killing of the 10 soldiers', as 'of 10 soldiers'
    of_at = qi - 2 if qi > 2 and toks[qi - 1].low == "the" else qi - 1
    if cat is None and of_at > 0 and toks[of_at].low == "of" and toks[of_at - 1].low in lex.noun_of:
        cat = noun_of = lex.noun_of[toks[of_at - 1].low]
        if cat == "displaced" and not _HARMED_WORDS.isdisjoint(words):  # 'the evacuation of 12 wounded soldiers'
            cat = noun_of = None                                          # moves the wounded: no displacement
    if cat is None and qi > 3:  # "claimed the lives of N"
        cat = noun_of = _lives_of(toks, qi)
    if cat is None and qi > 0 and toks[qi - 1].low in lex.split_active and np_end < len(toks):
        for key, follow in lex.split_active[toks[qi - 1].low].items():  # "forced 8 million from their homes"
            key_words = tuple(key.split())
            if tuple(t.low for t in toks[np_end:np_end + len(key_words)]) == key_words:
                cat, end_tok = follow, np_end + len(key_words)
                break
    if cat is None:
        rc = _right_cue(toks, np_end, lex)
        if rc:
            cat, end_tok = rc
    if cat is None and noun_cat:
        cat = noun_cat
    is_toll = ""
    if cat is None:
        cat = _toll(toks, qi, lex)
        is_toll = "toll" if cat is not None else ""
        counted = toll_counting_noun(toks, qi, lex) if cat is None else None
        if counted:  # rule `toll_counting_noun`: 'the estimate of soldiers killed had risen to 3,000'
            (cat, words), is_toll = counted, TOLL_COUNTING_NOUN
        elif cat and (subject := amounting_subject(toks, qi, words)) is not None:
            words, is_toll = subject, AMOUNTING_VERB  # 'the Dutch killed numbered 300'
        elif cat:
            back = [t.low for t in toks[max(0, qi - 24):qi]]
            if "number" in back:
                words = back[len(back) - 1 - back[::-1].index("number") + 2:]
            elif "toll" in back:
                ti = len(back) - 1 - back[::-1].index("toll")
                words = back[max(0, ti - 2):ti]
            elif "number" in [t.low for t in toks[qi + 1:qi + 4]]:  # 'brought to nine the number of soldiers
                ahead = [t.low for t in toks[qi + 1:qi + 12]]          # killed': the victims after 'number of'
                words = list(itertools.takewhile(lambda w: (w,) not in lex.passive and w.isalpha(),
                                                 ahead[ahead.index("number") + 2:]))
    return cat, end_tok, left, noun_of, is_toll, words


def _subset_of(toks: list[Tok], q: Qty, qi: int, np_end: int, head: str | None, cat: str | None,
               found: list[Found], lex: Lexicon) -> tuple[bool, str | None]:
    """A subset of a larger count ("including two commanders", "among them nine women and five children") ->
    (is a subset, the category: its own, else the listed item's, the group's before it, or the cue after it)."""
    is_subset = qi > 0 and toks[qi - 1].low in ("including", "among") or \
        (qi > 1 and toks[qi - 2].low in ("including",) and toks[qi - 1].low not in (",",)) or \
        (qi > 1 and toks[qi - 2].low == "among" and toks[qi - 1].low in ("them", "whom"))
    if is_subset and qi > 1 and toks[qi - 1].low == "among" and (toks[qi - 2].low in ("were", "was", "are", "is")
                                                                 or toks[qi - 2].low in lex.heads):
        is_subset = False  # 'Two children were among 17 people killed', '12 soldiers among 20 dead': the whole
    # the next item of a subset list: "among them nine women and five children"
    listed = next((f for f in reversed(found) if f.subset), None) if qi > 0 and \
        toks[qi - 1].low in ("and", ",") else None
    if listed is not None and not (listed.end <= toks[qi - 1].start and
                                   not text_between(toks, listed.end, toks[qi - 1].start).strip(" ,")):
        listed = None
    if listed is not None and q.vague is None and head is not None and cat is None:
        is_subset = True
    if cat is None and is_subset and head is not None and q.vague is None:
        before = [f for f in found if f.start < q.start and not f.subset]
        after = _right_cue(toks, _skip_to_comma(toks, np_end), lex)
        if listed is not None:
            cat = listed.category
        elif before:
            cat = before[-1].category
        elif after:
            cat = after[0]
    return is_subset, cat


def _quantity_claim(toks: list[Tok], idx: int, pos_sorted: list[Qty], found: list[Found], n_pre: int,
                    consumed: set[int], lex: Lexicon) -> Found | None:
    """The claim a quantity makes, if any: its victims' phrase, sums and singles added, its category cue."""
    q = pos_sorted[idx]
    qi = _tok_index(toks, q.start)
    qe = _tok_index(toks, q.end)
    if _not_a_count(toks, q, qi, qe, found, n_pre, lex):
        return None
    npr = _np(toks, qe, lex)
    if npr is None:
        return None
    np_end, words, head, _, noun_cat = npr
    if q.bare_number == -1 and head is None:
        return None  # a year
    end_tok = np_end
    low, high, np_end = _sum_following(toks, idx, pos_sorted, np_end, words, head, consumed, lex)
    # "three children and their mother": one more person after the counted ones
    in_subset = qi > 1 and (toks[qi - 1].low == "including" or toks[qi - 2].low in ("among", "including")) and \
        toks[min(np_end + 1, len(toks) - 1)].low in ("a", "an")  # a subset's parts: "and a boy" is one of its own
    if q.vague is None and head is not None and np_end + 2 < len(toks) and toks[np_end].low == "and" and \
            not in_subset and \
            toks[np_end + 1].low in ("his", "her", "their", "its", "a", "an") and toks[np_end + 2].low in lex.singular:
        low = None if low is None else low + 1
        high = None if high is None else high + 1
        words += [toks[np_end + 1].low, toks[np_end + 2].low]
        np_end += 3
    singles = _singular_before(toks, qi, lex)  # "a colonel and his four bodyguards"
    if singles and q.vague is None:
        low = None if low is None else low + singles
        high = None if high is None else high + singles
        words = [t.low for t in toks[_singular_start(toks, qi, lex):qi]] + words
    left_at = _singular_start(toks, qi, lex) if singles and q.vague is None else qi
    cat, end_tok, left, noun_of, is_toll, words = _category(toks, qi, np_end, end_tok, noun_cat, words, lex, left_at)
    is_subset, cat = _subset_of(toks, q, qi, np_end, head, cat, found, lex)
    # "11 soldiers were wounded, three of them critically", "three of whom were in critical condition"
    if cat is None and head == "them" and _CONDITION.match(" ".join(t.low for t in toks[np_end:np_end + 6])):
        cat = "wounded"
    if cat is None:
        return None
    start = q.start
    if singles:
        start = toks[_singular_start(toks, qi, lex)].start
    if left:
        start = min(start, toks[_left_start(toks, left_at, lex)].start)
    if noun_of:
        start = min(start, toks[qi - 3 if toks[qi - 1].low == "the" else qi - 2].start)
    end = toks[min(end_tok, len(toks)) - 1].end if end_tok > 0 else q.end
    end = max(end, q.end)
    return Found(cat, low, high, q.vague, start, end, words, head, subset=is_subset,
                 partitive=qe < len(toks) and toks[qe].low == "of",
                 agent_end=toks[left_at - 1].start if left else None, toll=bool(is_toll),
                 rule=is_toll if is_toll in (TOLL_COUNTING_NOUN, AMOUNTING_VERB) else events_counted(toks, qe),
                 loser_end=toks[qi - 1].start if qi > 0 and toks[qi - 1].low in _LOST else None)


_LOST_NONE = re.compile(r"\b(?:lost|losing|suffered)\s+none(?:\s+of\s+(?:its|their|our|his|her)\s+"
                        r"(?:own|men|fighters|soldiers|troops))?\b", re.I)


_SINGLE_PATTERNS: dict[int, re.Pattern] = {}


#: 'a female doctor was among the dead': one person among a group of harmed
_AMONG = frozenset(["among the dead", "among those killed", "among the wounded", "among the injured"])


def _single_pattern(lex: Lexicon) -> re.Pattern:
    """'a/an/another [up to three modifiers] <singular person> was/has been [adverb] <passive cue>'."""
    if id(lex) not in _SINGLE_PATTERNS:
        cues = [c for c in (" ".join(k) for k in lex.passive)
                if c not in ("dead", "die", "dies", "dying") and (not c.startswith("among ") or c in _AMONG)]
        _SINGLE_PATTERNS[id(lex)] = re.compile(
            r"(?P<det>[Aa](?<![\w'’-][Aa])(?:n?|nother))\s+(?P<mods>(?:[\w'’-]+\s+){0,3}?)(?P<noun>" +
            _alt(lex.singular) + r")(?P<comp>\s+and\s+(?:his|her|their)\s+(?:" + _alt(lex.singular) + r"))?"
            r"\s+(?:(?P<aux>was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|later|reportedly|\w+ly)\s+)?"
            r"(?P<cue>" + _alt(cues) + r")|(?:(?:also|later|reportedly)\s+)?(?P<died>died|succumbed))\b")
    return _SINGLE_PATTERNS[id(lex)]


def _single_person(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """One unnamed person harmed, stated on its own: 'A 64-year-old man was killed', 'a passerby was injured',
    'Another soldier was lightly hurt' -> 1 (a person inside a larger count, 'including a captain', is not)."""
    out = []
    for m in _single_pattern(lex).finditer(norm):
        a, b = m.start() + s_start, m.end() + s_start
        if any(f.start <= a < f.end or a <= f.start < b for f in found):
            continue
        mods = m.group("mods").lower().split()
        if any(w in _FUNCTION or w in _BLOCK for w in mods) or re.search(r"\b(?:of|one)\s*$", norm[:m.start()]):
            continue  # "one of a ...": not a noun phrase of its own
        cat = "killed" if m.group("died") else lex.passive.get(tuple(m.group("cue").lower().split()))
        if not cat:
            continue
        noun = m.group("noun").lower()
        n = 2 if m.group("comp") else 1  # 'A man and his son were shot dead': two
        aux = (m.group("aux") or "").split()[:1]
        if aux and (aux[0] in ("were", "have") and n == 1 or aux[0] in ("was", "has") and n == 2):
            continue  # 'a man ... were' without a companion, 'a man and his son was': not this construction
        out.append(Found(cat, n, n, None, a, b, [*mods, noun], noun))
    return out

"""The words around a quantity: the victims' noun phrase after it, the cue before it, tolls (the cue after the
noun phrase: casualties.cue_phrases)."""
from __future__ import annotations

import re

from .amounting import amounting_verb
from .cue_phrases import _combined, _right_cue  # the cue after the noun phrase (split out in session 11)
from .lexicon import _FUNCTION, _MONTHS, _TITLES, Lexicon
from .named import numeral_opens_no_name
from .numbers import CHANGE_VERBS, Tok, _dotted_initials, _match_phrase


_NP_AFTER_OF = frozenset({"them", "us", "whom"})
_NP_DETERMINERS = frozenset({"the", "its", "their", "our", "his", "her", "those", "these"})
_GO = object()  # a helper's answer: the phrase goes on (no final answer yet)


def _np_of(toks: list[Tok], i: int, words: list[str], lex: Lexicon) -> tuple[object, int]:
    """'14 of them', 'five of the wounded', 'seven or eight of its fighters': the lead 'of' after a quantity at
    token i -> (a final answer for _np, or _GO with the index where the victims' words start)."""
    n = len(toks)
    k = i + 1
    if k < n and toks[k].low in _NP_AFTER_OF:
        return (k + 1, ["them"], "them", True, None), i
    if k < n and toks[k].low in _NP_DETERMINERS:
        det = toks[k].low
        k += 1
        if k < n and (toks[k].low[0].isdigit() or toks[k].low in lex.numbers):
            return None, i  # "seven of the 19 soldiers": the inner number is the count
        words.append(det)
        return _GO, k
    if k < n and (toks[k].low in lex.heads or toks[k].low in lex.modifiers or toks[k].low in lex.nouns
                  or toks[k].text[:1].isupper() or any(toks[m].low in lex.heads or toks[m].low in lex.nouns
                                                       for m in range(k + 1, min(n, k + 3)))):
        return _GO, k
    return (i, [], None, True, None), i


#: a force's kind before its name: 'the paramilitary Rapid Support Forces', 'the rebel M23'
_FORCE_MODS = frozenset(["paramilitary", "rebel", "armed", "militant", "allied", "opposition", "separatist", "jihadist",
                         "islamist", "insurgent", "government", "pro-government", "state-backed", "militia"])
#: a capitalised name that is a force's: its last word, or an acronym
_FORCE_NAME = re.compile(r"^(?:[A-Z0-9-]{2,8}|Forces|Army|Front|Movement|Brigades?|Militias?|Group|Guards?|Corps|"
                         r"Battalions?|Division|Regiment|Units?|Party)$")


def _force_from(toks: list[Tok], j: int) -> int | None:
    """After a victim head, 'from/of (the) (paramilitary) <Force Name> (ACR)' (rule `force_after_head`: the
    victims' own force, named after them) -> the index after it; None when what follows is no force's name
    (a place: 'residents from the Darfur region')."""
    n, k = len(toks), j + 1
    if k < n and toks[k].low == "the":
        k += 1
    mods = 0
    while k < n and toks[k].low in _FORCE_MODS and mods < 2:
        k, mods = k + 1, mods + 1
    start = k
    while k < n and toks[k].text[:1].isupper() and k - start < 5:
        k += 1
    if k == start or not (_FORCE_NAME.match(toks[k - 1].text) or mods):
        return None
    if k + 2 < n and toks[k].text == "(" and toks[k + 2].text == ")":
        k += 3
    return k


def _np_head_tail(toks: list[Tok], j: int, words: list[str], lex: Lexicon) -> int:
    """After a victim head at j - 1, the words that still belong to it: "fighters of the Bukit Sembilan Liberation
    Front (BSLF)", "soldiers and police officers" -> the index after them (words extended in place)."""
    n = len(toks)
    force_from = _force_from(toks, j) if j + 1 < n and toks[j].low in ("from", "of") else None
    if force_from is not None:  # "fighters from the paramilitary Rapid Support Forces (RSF)", "militants from RSF"
        words += [t.low for t in toks[j + 1:force_from] if t.low not in ("the", "(", ")")]
        return _unit_after_name(toks, force_from, words) if toks[force_from - 1].text == ")" else force_from
    if j + 1 < n and toks[j].low == "of" and toks[j + 1].low == "the" and j + 2 < n and toks[j + 2].text[:1].isupper():
        k = j + 2
        while k < n and (toks[k].text[:1].isupper() or toks[k].low in {"of", "de", "la", "del"}):
            words.append(toks[k].low)
            k += 1
        if k < n and toks[k].low in _UNITS:  # "servicemen of the Azerbaijani army"
            words.append(toks[k].low)
            k += 1
        if k + 2 < n and toks[k].text == "(" and toks[k + 2].text == ")":
            words.append(toks[k + 1].low)
            k = _unit_after_name(toks, k + 3, words)
        return k
    unit = _of_unit(toks, j, lex)
    if unit:
        words += [t.low for t in toks[j + 1:unit]]
        return unit
    if j + 1 < n and toks[j].low == "and" and toks[j + 1].low not in ("a", "an", "his", "its", "their") \
            and not toks[j + 1].low[0].isdigit() and toks[j + 1].low not in lex.numbers:
        k = j + 1
        while k < min(n, j + 4) and toks[k].low not in lex.heads and (toks[k].low in lex.modifiers or
                                                                      toks[k].text[:1].isupper()):
            k += 1
        if k < n and toks[k].low in lex.heads:
            while k + 1 < n and toks[k + 1].low in lex.heads:
                k += 1
            words += [t.low for t in toks[j + 1:k + 1]]
            return k + 1
    return j


def _unit_after_name(toks: list[Tok], k: int, words: list[str]) -> int:
    """After a force's name and acronym, its unit in lower case ('the X Front (XF) national guard', '(XF) armed
    wing'): up to two lower-case words and a unit word -> the index after them (words extended), else k. Part of
    the victims' postmodifier (session 11's family F1, with `postmodifier_then_died`).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Seven members of the Lakeland Patriotic Front (LPF) national guard were killed in clashes.")
    [('killed', 7, 7, None, 'unknown')]
    """
    unit = next((m for m in range(k, min(len(toks), k + 3)) if toks[m].low in _UNITS), None)
    if unit is None or not all(t.text.islower() and t.text.isalpha() for t in toks[k:unit]):
        return k
    words += [t.low for t in toks[k:unit + 1]]
    return unit + 1


_UNITS = frozenset(["army", "militia", "militias", "forces", "police", "group", "brigade", "battalion", "regiment",
                    "navy", "guard", "movement", "front", "rebels", "insurgents", "separatists", "gendarmerie",
                    "military", "unit", "units", "division", "corps", "faction", "organisation", "organization",
                    "family", "families", "household", "clan", "tribe", "community"])


def _of_unit(toks: list[Tok], j: int, lex: Lexicon) -> int | None:
    """Victims named by the body they belong to, in lower case or with a demonym: 'members of the militia',
    'servicemen of the Azerbaijani army', 'members of the same family' -> the index after the body's word.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Nine members of the militia were killed in the clash.")
    [('killed', 9, 9, None, 'unknown')]
    """
    n = len(toks)
    if j + 1 >= n or toks[j].low != "of":
        return None
    k = j + 1
    if toks[k].low in ("the", "its", "their", "a", "an"):
        k += 1
    for m in range(k, min(n, k + 4)):
        w = toks[m].low
        if w in _UNITS:
            return m + 1
        if not (w in lex.modifiers or toks[m].text[:1].isupper() or w in ("armed", "rebel", "islamist", "jihadist",
                                                                          "paramilitary", "regular", "special",
                                                                          "same", "one", "a", "an", "single")):
            return None
    return None


def _np_noun(toks: list[Tok], j: int, words: list[str], head: str | None, cat: str | None,
             lex: Lexicon) -> tuple | None:
    """A category noun at j ('casualties', 'prisoners of war', the adjectives in '65 wounded', 'six dead') -> the
    final answer for _np, or None when an adjective goes on to its head ('wounded soldiers')."""
    n = len(toks)
    w = toks[j].low
    if lex.nouns[w] in ("killed", "wounded", "displaced") and w in ("dead", "wounded", "injured", "displaced"):
        # "65 wounded", "46,200 people displaced", "six dead": adjective use, a category cue
        cat = cat or lex.nouns[w]
        words.append(w)
        if head is None and (j + 1 >= n or toks[j + 1].low not in lex.heads):
            both, end = _combined(toks, j + 1, cat, lex)  # "200 dead and wounded"
            return end, words, w, True, both
        return None
    cat = lex.nouns[w]
    words.append(w)
    if j + 2 < n and toks[j + 1].low == "of" and toks[j + 2].low == "war":  # "prisoners of war"
        words += ["of", "war"]
        return j + 3, words, w, True, cat
    return j + 1, words, w, True, cat


#: words that make the capitalised word after them a people's name: 'two ethnic Uighurs', '100,000 minority Uzbeks'
_ETHNIC = frozenset(["ethnic", "minority"])


def _people_by_ethnicity(toks: list[Tok], j: int, start_j: int) -> bool:
    """Token j is a capitalised plural right after 'ethnic'/'minority' inside the victims' phrase: a people named
    by its ethnicity is the phrase's head whatever its ending ('Uighurs', 'Uzbeks', 'Hutus'; session 12, F23)."""
    t = toks[j]
    return j > start_j and toks[j - 1].low in _ETHNIC and t.text[:1].isupper() and t.text[-1:] == "s" and \
        t.text[1:].islower()


def _np(toks: list[Tok], i: int, lex: Lexicon) -> tuple[int, list[str], str | None, bool, str | None] | None:
    """The victims' phrase after a quantity, from token i -> (end index, words, head, ok, category noun).

    Returns None when the quantity counts something else ("140 rifles", "30 km", "two tanks")."""
    words: list[str] = []
    head, cat = None, None
    j = i
    n = len(toks)
    if j < n and toks[j].low == "of":
        answer, j = _np_of(toks, i, words, lex)
        if answer is not _GO:
            return answer  # type: ignore[return-value]
    elif j < n and toks[j].low in {"more", "other", "others", "further", "additional"}:
        words.append(toks[j].low)
        j += 1
        if toks[j - 1].low == "others" and j < n and toks[j].text[:1].islower() and toks[j].low not in lex.heads \
                and toks[j].low not in lex.nouns and toks[j].low not in lex.modifiers:
            return j, words, None, True, None  # 'wounding several others north of X': 'others' is the phrase
    start_j = j
    limit = min(n, j + 5)
    while j < limit:
        t = toks[j]
        w = t.low
        if len(t.text) == 1 and (initials := _dotted_initials(toks, j)):  # 'two U.S. servicemen': one modifier
            words.append("".join(x.low for x in toks[j:initials]))
            j, limit = initials, min(n, limit + initials - j - 1)  # (the right side read with the old j)
            continue
        if (t.text[:1].isupper() or t.text == "(") and head is None and \
                (named := _name_before_head(toks, j, lex)) is not None:  # 'Eight Assam Rifles personnel'
            words += [x.low for x in toks[j:named] if x.text not in ("(", ")")]
            j, limit = named, min(n, named + 2)
            continue
        if w in lex.non_person:
            return None if j == start_j or head is None and cat is None else (j, words, head, head is not None, cat)
        if w in lex.nouns and w not in ("loss",):
            answer = _np_noun(toks, j, words, head, cat, lex)
            if answer is not None:
                return answer
            cat = cat or lex.nouns[w]
            j += 1
            continue
        if w in lex.heads or (t.text[:1].isupper() and re.fullmatch(r"[A-Z][a-z]+(?:ans|ians|is|ese)", t.text)) or \
                (w in lex.singular and i > 0 and toks[i - 1].low in ("one", "1")) or \
                _people_by_ethnicity(toks, j, start_j):  # "one (Azerbaijani) policeman", "two ethnic Uighurs"
            words.append(w)
            head = w
            j += 1
            if j + 3 < n and toks[j].text == "(" and toks[j + 2].text == ")" and toks[j + 1].text[:1].isupper() and \
                    toks[j + 3].low in lex.heads:  # 'three National Police (PN) officers'
                words.append(toks[j + 1].low)
                j += 3
                limit = min(n, limit + 3)
            if j < limit and (toks[j].low in lex.heads or toks[j].low in lex.nouns) and \
                    toks[j].low not in ("wounded", "injured", "dead", "displaced"):
                continue  # "civilian deaths", "community leaders"
            return _np_head_tail(toks, j, words, lex), words, head, True, cat
        if w in lex.active or (w,) in lex.passive or (w,) in lex.active:
            if w in ("captured", "wounded", "injured", "displaced", "detained", "seized", "slain", "fallen", "abducted",
                     "kidnapped") and j + 1 < n and \
                    (toks[j + 1].low in lex.heads):
                cat = cat or lex.passive.get((w,))
                words.append(w)
                j += 1
                continue
            return j, words, head, True, cat
        if w in _FUNCTION or not w[0].isalnum():
            return j, words, head, True, cat
        # a modifier; an unknown lower-case word only if a victim word follows soon
        if w in lex.modifiers or t.text[:1].isupper() or "-" in w or \
                any(toks[k].low in lex.heads for k in range(j + 1, min(n, j + 3))):
            words.append(w)
            j += 1
            continue
        if (j == start_j or _people_plural_before(toks, start_j, j)) and _match_phrase(toks, j, lex.passive):
            return j, words, head, True, cat  # 'another 30 fight for their lives': the cue; 'Two Kanaks shot dead'
        if _plural_before_cue(toks, j, lex):  # 'Twelve herders were killed': a plural the heads list lacks
            words.append(w)
            return j + 1, words, w, True, cat
        return None
    return j, words, head, True, cat


def _people_plural_before(toks: list[Tok], start_j: int, j: int) -> bool:
    """A capitalised word after a numeral word, before token j: a people's plural that no list holds ('Two Kanaks
    shot dead'), the victims' head before a cue of several words (rule `numeral_opens_no_name`, named.py)."""
    return j > start_j > 0 and numeral_opens_no_name(toks[start_j - 1].text) and toks[j - 1].text[:1].isupper()


def _name_before_head(toks: list[Tok], j: int, lex: Lexicon) -> int | None:
    """Rule `unit_name_before_head`: a body's proper name between a count and the victims' head is the victims'
    modifier, whatever its words mean in lower case ('Eight Assam Rifles personnel', 'three Federal Security
    Service (FSB) personnel', 'ten NSCN (K) militants', '27 IS members'): a run of capitalised words and
    parenthesised acronyms, then a head of people -> the head's index; None when no head follows the run
    ('40 Rifles Seized', '12 Border Posts').

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Seven Rapid Intervention Battalion (BIR) soldiers were killed near Bamenda.")
    [('killed', 7, 7, None, 'unknown')]
    >>> claims_in("Four ELN Domingo Laín Front guerrillas got killed in the raid.")
    [('killed', 4, 4, None, 'unknown')]
    >>> claims_in("Soldiers Seize 40 Rifles In Cauca Raid")
    []
    """
    n, k = len(toks), j
    while k < min(n, j + 8):
        t = toks[k]
        if t.text == "(" and k + 2 < n and toks[k + 2].text == ")" and toks[k + 1].text[:1].isupper():
            k += 3
        elif t.text[:1].isupper() and t.text.isalpha():
            if t.low in lex.heads:  # 'Personnel' in a title-case headline; a head first is the plain phrase's
                return k if k > j else None
            if not t.text.isupper() and (t.low in _FUNCTION or t.low in lex.active or (t.low,) in lex.passive):
                return None  # 'Killed', 'In': a title-case headline's verb or preposition, no name ('IS' is one)
            k += 1
        else:
            break
    return k if k > j and k < n and toks[k].low in lex.heads else None


def _plural_before_cue(toks: list[Tok], j: int, lex: Lexicon) -> bool:
    """Rule `plural_before_cue`: an unlisted plural noun ('herders', 'loggers', '-men') right before a passive cue
    of harm to people ('were killed', 'were abducted') is the victims' head: news English has more kinds of victims
    than any list. Things ('rockets', 'trucks') are in `non_person_units`; a cue of displacement or surrender does
    not count (towns are 'evacuated', weapons 'surrendered')."""
    w = toks[j].low
    if len(w) < 4 or not w.isalpha() or not (w.endswith("men") or w.endswith("s") and not w.endswith("ss")):
        return False
    rc = _right_cue(toks, j + 1, lex)
    return rc is not None and (rc[0] in ("killed", "wounded") or rc[0] == "captured" and not _PEOPLE_ONLY.isdisjoint(
        t.low for t in toks[j + 1:rc[1]]))  # towns are 'captured' too, only people 'abducted'


#: cues of capture said only of people
_PEOPLE_ONLY = frozenset(["abducted", "kidnapped", "arrested", "detained", "hostage", "prisoner", "apprehended",
                          "nabbed", "custody", "captive"])


#: a condition after 'N of them': only the wounded are in it
_CONDITION = re.compile(r"^(?:(?:were|was|are|is|remain|remained|still|now|reported|said to be|listed)\s+)*"
                        r"(?:(?:in\s+(?:a\s+)?(?:critical|serious|grave|stable|life-threatening)\s+condition)|"
                        r"critically|seriously|gravely|badly|severely)\b")


def text_between(toks: list[Tok], a: int, b: int) -> str:
    """The tokens' text between two absolute offsets, joined by spaces."""
    return " ".join(t.text for t in toks if a <= t.start and t.end <= b)


def _skip_to_comma(toks: list[Tok], j: int) -> int:
    """After a subset ('including four children'), the index past the closing comma, if any."""
    for k in range(j, min(len(toks), j + 8)):
        if toks[k].text == ",":
            return k + 1
        if toks[k].text in {".", ";"}:
            break
    return j


def _left_start(toks: list[Tok], qi: int, lex: Lexicon) -> int:
    k = qi - 1
    while k > 0 and toks[k].low in {"had", "have", "has"}:
        k -= 1
    if k > 0 and (toks[k - 1].low, toks[k].low) in lex.active:  # "shot dead 11", "gunned down 14"
        k -= 1
    return max(k, 0)


#: determiners between a harm verb and its count: 'executed the 12 captives', 'killed their three hostages'
_DETERMINERS = frozenset(["the", "their", "its", "his", "her", "our", "those", "these"])


def _left_active(toks: list[Tok], qi: int, lex: Lexicon) -> str | None:
    """Category of an active verb right before the quantity ("killed at least 40", "captured 19")."""
    k = qi - 1
    if k > 0 and toks[k].low in ("all", "some", "another"):  # "killing all eight crew members"
        k -= 1
    elif k > 0 and toks[k].low in _DETERMINERS:
        k -= 1  # rule `verb_over_noun`: 'executed the 12 captives' is killed (the verb's), not captured (the noun's);
        #         rule `determiner_after_verb`: 'killing the two marines', 'capturing the eight' (any victims' head)
    if k > 2 and toks[k].text == ")" and toks[k - 2].text == "(":  # rule `gloss_before_count`: 'neutralised (killed) 4'
        k -= 3
    if k < 0:
        return None
    for ln in (2, 1):
        if k - ln + 1 >= 0:
            key = tuple(t.low for t in toks[k - ln + 1:k + 1])
            if key in lex.active:
                return _counted_together(toks, k - ln + 1, qi, lex.active[key], lex)
    return None


_TOGETHER = frozenset(["killed", "wounded"])


def _counted_together(toks: list[Tok], v: int, qi: int, cat: str, lex: Lexicon) -> str:
    """Rule `verbs_counted_together`: two harm verbs sharing one exact count ('killed and wounded 15 soldiers',
    'kills and wounds 15', 'killing or injuring 40 people') count the killed and the wounded together:
    `casualties` (docs/annotation.md), as the passive 'were killed and wounded' already is. A vague amount
    ('killing and injuring dozens') is said of each verb and keeps the last verb's category."""
    if v >= 2 and toks[v - 1].low == "or" and alternative_harm_verbs(lex.active.get((toks[v - 2].low,)), cat):
        return "casualties"
    if cat not in _TOGETHER or v < 2 or toks[v - 1].low not in ("and", "or") or \
            not any(t.text[:1].isdigit() or t.low in lex.numbers for t in toks[qi:qi + 4]):  # 'more than a dozen'
        return cat
    first = lex.active.get((toks[v - 2].low,))
    return "casualties" if first in _TOGETHER and first != cat else cat


#: the harms two verbs joined by `or` may share one count of (docs/annotation.md: no finer category)
_ALTERNATIVES = frozenset(["killed", "wounded", "captured"])


def alternative_harm_verbs(first: str | None, last: str) -> bool:
    """Rule `alternative_harm_verbs` (session 25): two harm verbs of different categories joined by `or` before one
    count ('killing or injuring thousands', 'killing or capturing many of the enemy') say that each of the people
    counted was harmed one way or the other: one count of `casualties`, exact or vague, the captured among them as
    the passive `were killed or taken prisoner` already reads (`harms_joined`). `and` keeps the older reading
    (`verbs_counted_together`: a vague amount is said of each verb).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The Turkish fire raked the column, killing or wounding hundreds of Cretans.")
    [('casualties', None, None, 'hundreds', 'unknown')]
    >>> claims_in("The cavalry swept the ridge, killing or capturing 300 tribesmen.")
    [('casualties', 300, 300, None, 'unknown')]
    >>> claims_in("The raiders burned the mission, killing and wounding dozens.")   # `and`: the last verb's
    [('wounded', None, None, 'dozens', 'unknown')]
    >>> alternative_harm_verbs("killed", "killed"), alternative_harm_verbs(None, "captured")
    (False, False)
    """
    return first in _ALTERNATIVES and last in _ALTERNATIVES and first != last


_ABBREVIATIONS = frozenset(["no", "st", "mt", "jr", "sr", "inc", "co", "vs", "res", "govt"])


def _abbreviation_dot(toks: list[Tok], k: int) -> bool:
    """A '.' token that closes an abbreviation ('Oct.', 'Lt.', 'U.N.'), not a sentence."""
    if toks[k].text != "." or k == 0:
        return False
    prev = toks[k - 1]
    return prev.low in _MONTHS or prev.low in _TITLES or prev.low in _ABBREVIATIONS or \
        re.fullmatch(r"[A-Z]", prev.text) is not None


_LIVES_VERBS = frozenset(["claimed", "claiming", "claim", "claims", "took", "taking", "take", "takes", "cost",
                          "costing", "costs"])


def _lives_of(toks: list[Tok], qi: int) -> str | None:
    """'claimed the lives of N', 'cost the lives of N' (not 'saved the lives of N') -> 'killed'.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The shelling claimed the lives of at least 12 civilians.")
    [('killed', 12, None, None, 'civilian')]
    >>> claims_in("Medics saved the lives of 30 people.")
    []
    >>> claims_in("Shells fell on the market, claiming lives of four civilians.")
    [('killed', 4, 4, None, 'civilian')]
    """
    if qi >= 4 and toks[qi - 1].low == "of" and toks[qi - 2].low == "lives" and toks[qi - 3].low == "the" and \
            toks[qi - 4].low in _LIVES_VERBS:
        return "killed"
    if toks[qi - 1].low == "of" and toks[qi - 2].low == "lives" and toks[qi - 3].low in _LIVES_VERBS:
        return "killed"  # 'claiming lives of five civilians' (no article)
    return None


def _toll(toks: list[Tok], qi: int, lex: Lexicon) -> str | None:
    """'toll ... rose to 14', 'bringing the death toll to 17'; 'number of X killed at 2,400'."""
    if qi == 0:
        return None
    prev = toks[qi - 1].low
    prev2 = f"{toks[qi - 2].low} {prev}" if qi > 1 else prev
    if (amounted := amounting_verb(toks, qi, lex)) is not None:  # 'The Dutch killed in Indonesia numbered 300'
        return amounted
    if prev not in lex.toll_links and prev2 not in lex.toll_links and \
            not (prev == "from" and qi > 1 and toks[qi - 2].low in CHANGE_VERBS) and \
            not (prev == "from" and qi + 2 < len(toks) and toks[qi + 1].low == "to" and  # 'the increase in the number
                 (toks[qi + 2].low[:1].isdigit() or toks[qi + 2].low in lex.numbers)):  # killed ... from 7 to 13'
        return None
    window = toks[max(0, qi - 24):qi - 1]
    words = [t.low for t in window]
    # 'the toll', 'the death count', 'the total number of dead ... to 532'
    if "toll" in words or "count" in words and "death" in words or \
            ("number" in words or "total" in words) and ("dead" in words or "deaths" in words or "fatalities" in words):
        key = "toll" if "toll" in words else "number" if "number" in words else "total" if "total" in words else None
        at = len(words) - 1 - words[::-1].index(key) if key else 0
        if any(t.text in {".", ";"} and not _abbreviation_dot(toks, max(0, qi - 24) + at + m)
               for m, t in enumerate(window[at:])):
            return None
        return "killed"
    # "bringing its total losses since the invasion to 287,650", "put their casualties at 50"
    at = max((m for m, w in enumerate(words) if w in lex.toll_casualties), default=None)
    if at is not None and len(words) - at <= 12 and not any(
            t.text in {".", ";", ","} and not _abbreviation_dot(toks, max(0, qi - 24) + at + m)
            for m, t in enumerate(window[at:])):
        return "casualties"
    if "number" in words:  # 'the number of X killed at 2,400', 'the number of Maoists killed ... has risen to 138'
        i = len(words) - 1 - words[::-1].index("number")
        for k in range(qi - 1 - (len(words) - i), qi - 1):
            if toks[k].text in {".", ";"} and not _abbreviation_dot(toks, k):
                return None
            hit = _match_phrase(toks, k, lex.passive)
            if hit:
                return hit[1]
    return _number_after(toks, qi, lex)


def _number_after(toks: list[Tok], qi: int, lex: Lexicon) -> str | None:
    """Rule `number_after_count`: a toll stated before its subject, 'brought to seven the number of UN troops
    killed', 'raising to 40 the number of people detained', 'bringing to 23 the number killed this month': the cue
    after 'the number (of)'; the count may carry a bound ('brought to at least 38 the number of villagers killed',
    session 22)."""
    n = len(toks)
    at = next((k for k in range(qi + 1, min(n - 1, qi + 6)) if toks[k].low == "number" and  # (+2: a bound's words)
               (toks[k + 1].low == "of" or _match_phrase(toks, k + 1, lex.passive))), None)
    if at is None or toks[qi - 1].low != "to":
        return None
    for k in range(at + 1, min(n, at + 12)):
        if toks[k].text in {".", ";", ","}:
            return None
        hit = _match_phrase(toks, k, lex.passive)
        if hit:
            return hit[1]
    return None


def _singular_start(toks: list[Tok], qi: int, lex: Lexicon) -> int:
    k = qi - 1
    if k >= 0 and toks[k].low in ("his", "its", "their"):
        k -= 1
    if k >= 0 and toks[k].low == "and":
        k -= 1
        while k >= 0 and toks[k].low not in ("a", "an") and qi - k < 8:
            k -= 1
    return max(k, 0)


def _singular_before(toks: list[Tok], qi: int, lex: Lexicon) -> int:
    """'a colonel and his four bodyguards' -> 1 (the colonel); 'A lieutenant and 11 soldiers' -> 1."""
    k = qi - 1
    if k >= 0 and toks[k].low in ("his", "its", "their", "her"):
        k -= 1
    if k < 0 or toks[k].low != "and":
        return 0
    k -= 1
    if k >= 0 and (toks[k].low in lex.singular or "-" in toks[k].low and toks[k].low.rsplit("-", 1)[1] in lex.singular):
        m = k - 1  # ('A lance-corporal and three privates': a hyphenated rank is its last word's person)
        while m >= 0 and qi - m < 8 and toks[m].low not in ("a", "an", "one"):
            if toks[m].low in _FUNCTION or toks[m].text in {",", ";"}:
                return 0
            m -= 1
        if m >= 0 and toks[m].low in ("a", "an", "one"):
            return 1
    return 0

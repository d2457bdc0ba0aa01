"""The cue after the victims' noun phrase: the verb or noun that says what happened to them ('were killed',
'wounded', 'dead'), reached across a reduced relative clause, an aside or a second person; and harms named
together ('killed or wounded'). Split from casualties.phrases in session 11 (which re-exports `_right_cue`)."""
from __future__ import annotations

import re

from .lexicon import _AUX, _BLOCK, Lexicon
from .numbers import Tok, _dotted_initials, _match_phrase


def _right_cue(toks: list[Tok], j: int, lex: Lexicon) -> tuple[str, int] | None:
    """A passive/intransitive cue after the victims, skipping auxiliaries and one comma-enclosed aside."""
    n = len(toks)
    k = j
    # one aside: ", including four children,", ", Private A and Corporal B,", ", who commanded the patrol,"
    # ... or a dash-enclosed one: "an estimated 48,000 people — about 9,600 households — fled"
    if k < n and toks[k].text in (",", "—", "–", "(", "-", "--"):
        closer = {",": ",", "—": "—", "–": "–", "(": ")", "-": "-", "--": "--"}[toks[k].text]
        close = next((m for m in range(k + 1, min(n, k + 14)) if toks[m].text == closer), None)
        if close and closer == "," and close + 5 < n and len(toks[close + 1].text) == 1 and \
                (state := _dotted_initials(toks, close + 1)) and state < n and toks[state].text == ",":
            close = state  # rule `dotted_initials_modifier`: a home state in the aside, ', Pvt. X of Malone, N.Y.,'
        first = toks[k + 1] if k + 1 < n else None
        inner = [t.low for t in toks[k + 1:close]] if close else []
        if close and first is not None and (toks[k].text != "," or first.low in _ASIDE_OPENERS or
                                            first.text[:1].isupper() or _PERCENT_ASIDE.match(" ".join(inner)) or
                                            all(w in lex.roles or w in _ROLE_ASIDE for w in inner)):
            k = close + 1
        else:
            return None
    k = _reduced_relative_end(toks, k, lex) or k
    steps = 0
    saw_aux = False
    saw_be = False  # a form of 'be' among the auxiliaries: a passive may follow (rule `perfect_count_is_the_agent`)
    pp = 0
    while k < n and steps < 12:
        hit = _match_phrase(toks, k, lex.passive) or (_care_cue(toks, k) if toks[k].low in _CARE_VERBS else None)
        if hit:
            ln, cat = hit
            if (ln == 1 and phrasal_particle_after(toks, k + 1)) or (not saw_be and _object_after(toks, k + ln, lex)):
                return None  # rule `phrasal_particle_after` ('were held up'); rule `count_is_the_agent` ('two gunmen
                #   shot dead a senior officer'), after a bare 'have' too: `perfect_count_is_the_agent`
            if not saw_aux and cat != "killed" and toks[k].low in ("wounded", "injured", "captured") and \
                    k + ln < n and toks[k + ln].low in ("in", "during", "near", "at", "on", "by"):
                # "soldiers wounded in the ambush ... have died": the finite verb decides
                for m in range(k + ln, min(n, k + ln + 10)):
                    if toks[m].low in ("have", "has", "had", "were", "was") and m + 1 < n:
                        h2 = _match_phrase(toks, m + 1, lex.passive)
                        if h2:
                            return h2[1], m + 1 + h2[0]
                    if toks[m].text in {",", ";", "."}:
                        break
            return _combined(toks, k + ln, cat, lex)
        t = toks[k]
        w = t.low
        if w == "said" and k + 1 < n and toks[k + 1].low == "to":  # "are said to have been killed"
            k, steps = k + 1, steps + 1
            continue
        one = _one_more_person(toks, k, lex) if w == "and" and not saw_aux else 0
        if one:  # "12 civilians and a police officer were killed": the count's cue is after the person
            k, steps = k + one, steps + one
            continue
        if w in _BLOCK or t.text in {",", ";", ":", "(", ")", "—", "–"} or w[:1].isdigit() or \
                (w in lex.numbers and w not in ("a",) and not (pp == 1 and w == "one")):  # 'from one family'
            return None
        if (w in _LOYAL and toks[k + 1].low in ("to", "with") if k + 1 < n else False) and pp == 0 and not saw_aux or \
                w in _POSTED and pp == 0 and not saw_aux and k + 1 < n and toks[k + 1].low in _POSTED_AT:
            k, steps, pp = k + 2, steps + 2, 1  # rule `loyal_to`: 'members of a militia loyal to X surrendered'
            continue
        if w in ("there", "here") and k == j and k + 1 < n and toks[k + 1].low in ("were", "was", "had", "have"):
            pass  # '13 persons there were also seriously injured': the place adverb after the victims
        elif w in ("from", "of", "in", "at", "near", "on") and pp == 0 and not saw_aux:
            pp = 1  # a short prepositional phrase: "leaders from the village of X were detained"
        elif w in _AUX or w.endswith("ly"):
            saw_aux = saw_aux or w in {"were", "was", "are", "is", "have", "has", "had", "been"}
            saw_be = saw_be or w in {"were", "was", "are", "is", "been", "being"}
        elif pp and (t.text[:1].isupper() or w in ("the", "village", "town", "city", "of", "de", "del", "la", "one",
                                                    "same", "family", "clan", "household", "tribe",
                                                    "region", "district", "province", "area")):
            pass
        elif pp and (pp == 2 and w.isalpha() or w in ("a", "an", "its", "their") and _aux_cue_ahead(toks, k + 1, lex)
                     or w.isalpha() and (_aux_cue_ahead(toks, k, lex) or _aux_cue_ahead(toks, k + 3, lex))
                     or pp == 1 and w.isalpha() and k > 0 and toks[k - 1].low == "the" and
                     _match_phrase(toks, k + 1, lex.passive) is not None):  # "loyal to the warlord surrendered"
            pp = 2  # "two staff members of an international NGO were killed"; "from the nearby village were"
        else:
            return None
        k += 1
        steps += 1
    return None


#: the verbs of wounds suffered or treated (rule `care_of_wounds`)
#: particles that make a one-word cue a phrasal verb of another sense: 'held up' (robbed, delayed), 'held out'
#: (resisted), 'held back'; a harm phrasal verb with its particle is an entry of its own ('rounded up', 'gunned down')
_PARTICLES = frozenset(["up", "out", "back"])


def phrasal_particle_after(toks: list[Tok], k: int) -> bool:
    """Rule `phrasal_particle_after`: the word after a one-word passive cue is a particle that makes the cue another
    verb ('three officials were held up and threatened', 'the two rebels held out for an hour'): no cue there.

    >>> from presslens.casualties.numbers import Tok
    >>> toks = [Tok(w, w.lower(), i * 10, i * 10 + len(w)) for i, w in enumerate("were held up".split())]
    >>> phrasal_particle_after(toks, 2), phrasal_particle_after(toks, 1), phrasal_particle_after(toks, 3)
    (True, False, False)
    """
    return k < len(toks) and toks[k].low in _PARTICLES


_CARE_VERBS = frozenset(["suffered", "sustained", "suffering", "sustaining", "treated", "receiving", "received",
                         "undergoing", "underwent", "with", "in"])
#: the words of the dead before a wound phrase: the wounds are how they died
_DEAD_WORDS = frozenset(["dead", "slain", "killed", "bodies", "corpses"])
#: the states of the wounded in hospital: '(in) serious condition'
_CONDITIONS = frozenset(["critical", "serious", "stable", "non-critical", "grave", "severe", "life-threatening",
                         "fair", "satisfactory"])
#: the nouns of harm to the body that the care is for
_WOUND_NOUNS = frozenset(["wounds", "injuries", "wound", "injury", "burns"])
#: the words that name the care itself after a verb of receiving: '(medical) treatment'
_TREATMENT = frozenset(["treatment", "care"])


def _wound_phrase(toks: list[Tok], k: int) -> int | None:
    """The wound noun phrase at k, up to three plain modifiers before its noun ('minor injuries', 'gunshot and
    shrapnel wounds', 'a gunshot wound') -> the index after the noun; None when no wound noun ends it."""
    for m in range(k, min(len(toks), k + 4)):
        w = toks[m].low
        if w in _WOUND_NOUNS:
            return m + 1
        if not (w.isalpha() or "-" in w) or w in _BLOCK - {"and"} or w in _FUNCTION_STOP:
            return None
    return None


#: words that end a wound phrase's modifiers: the sentence goes on with something else
_FUNCTION_STOP = frozenset(["for", "to", "in", "at", "on", "by", "from", "with", "of", "the", "were", "was", "had"])


def _care_cue(toks: list[Tok], k: int) -> tuple[int, str] | None:
    """Rule `care_of_wounds`: the victims' wounds told by what they suffered or the care they got, with words the
    lexicon's fixed phrases lack: a wound noun with modifiers ('suffered minor injuries', 'were being treated for
    critical wounds', 'had received treatment for gunshot and shrapnel wounds') or treatment without its object
    ('60 others were still receiving treatment'), a wound after 'with' ('one man with a gunshot wound was brought
    in') or a state of the wounded ('the other 63 in non-critical condition') -> (length, 'wounded'); None for
    care of anything else ('treated for shock', 'received treatment for malaria', 'were treated well').

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Five were seriously injured and 10 others suffered minor injuries, the governor said.")
    [('wounded', 5, 5, None, 'unknown'), ('wounded', 10, 10, None, 'unknown')]
    >>> claims_in("At the district hospital, 30 herders were being treated for deep machete wounds.")
    [('wounded', 30, 30, None, 'unknown')]
    >>> claims_in("Four of the miners died and 60 others were still receiving treatment on Monday.")
    [('killed', 4, 4, None, 'civilian'), ('wounded', 60, 60, None, 'civilian')]
    >>> claims_in("She said one man with a gunshot wound was brought in on Monday.")
    [('wounded', 1, 1, None, 'unknown')]
    >>> claims_in("Thirty of the wounded were fighting for their lives, with the other 63 in non-critical condition.")
    [('wounded', 30, 30, None, 'unknown'), ('wounded', 63, 63, None, 'unknown')]
    >>> claims_in("Villagers found three dead men with bullet wounds.")  # the dead, not the wounded
    [('killed', 3, 3, None, 'unknown')]
    >>> claims_in("About 40 villagers were treated for cholera at the camp.")
    []
    >>> claims_in("The 12 recruits were treated well by their officers.")
    []
    """
    n, w = len(toks), toks[k].low
    if w == "in":           # 'the other 63 in non-critical condition'
        m = k + 2 if k + 1 < n and toks[k + 1].low == "a" else k + 1
        ok = m + 1 < n and toks[m].low in _CONDITIONS and toks[m + 1].low == "condition"
        return (m + 2 - k, "wounded") if ok else None
    if w == "with" and not _DEAD_WORDS.isdisjoint(t.low for t in toks[max(0, k - 3):k]):
        return None         # 'three dead men with bullet wounds': the dead, wounded before they died
    if w in ("suffered", "sustained", "suffering", "sustaining", "with"):   # 'one man with a gunshot wound'
        end = _wound_phrase(toks, k + 1)
        return (end - k, "wounded") if end else None
    m = k + 1
    if w != "treated":      # 'receiving (medical) treatment', 'underwent treatment'
        if m < n and toks[m].low == "medical":
            m += 1
        if m >= n or toks[m].low not in _TREATMENT:
            return None
        m += 1
        if m >= n or toks[m].low != "for":
            return m - k, "wounded"     # 'were still receiving treatment' (in hospital, after the attack)
    if m >= n or toks[m].low != "for":
        return None             # 'treated well', 'treated in hospital' (the lexicon's phrase)
    end = _wound_phrase(toks, m + 1)
    return (end - k, "wounded") if end else None


#: a finite auxiliary that can close a reduced relative clause before the victims' passive cue
_FINITE_AUX = frozenset(["were", "was", "are", "is", "have", "has", "had"])


#: words that open a clause of their own inside the stretch: its cue is not the victims'
_CLAUSE_WORDS = frozenset(["who", "whom", "which", "that", "whose", "where", "what", "they", "he", "she", "we", "it"])


def _reduced_relative_end(toks: list[Tok], j: int, lex: Lexicon) -> int | None:
    """Rule `reduced_relative_before_cue`: a participle clause or a prepositional phrase after the victims' head, up to
    the finite auxiliary of their own passive cue ('400 refugees returning from exile in Uganda were killed', 'Five men suspected of being
    members of the Sons of the Valley (SOV) were shot dead'), or after the victims' first verb phrase and 'and' ('Two
    suspects opened fire and were eventually killed') -> the auxiliary's index; None when the word at j opens
    no participle, or the stretch holds a comma, a count, a clause of its own ('who', 'which', a pronoun) or a report
    verb, or ends in no auxiliary + passive cue (or 'died') within 14 words.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Some 40 herders returning from the wells near Salalah were killed, the mayor said.")
    [('killed', 40, 40, None, 'unknown')]
    >>> claims_in("Six men suspected of being members of the Sons of the Valley (SOV) were captured on Friday.")
    [('captured', 6, 6, None, 'unknown')]
    >>> claims_in("Ten gendarmes with two mobile squadrons of the national guard were wounded in the ambush.")
    [('wounded', 10, 10, None, 'unknown')]
    >>> claims_in("Two raiders opened fire and were eventually shot dead.")  # a first verb phrase, then theirs
    [('killed', 2, 2, None, 'unknown')]
    >>> claims_in("Twelve soldiers escorting the convoy that was ambushed were killed.")  # a clause of its own: no cue
    []

    Rule `postmodifier_then_died` (session 11): the stretch may end in the victims' own intransitive 'died' or
    'perished', with no auxiliary:

    >>> claims_in("At least 30 members of the chief's household guard died defending the compound.")
    [('killed', 30, None, None, 'unknown')]
    >>> claims_in("Two rangers posted at the park's northern gate perished in the attack.")
    [('killed', 2, 2, None, 'unknown')]
    >>> claims_in("Two rangers guarding the hunter who died were questioned.")  # a clause of its own: no cue
    []
    """
    n = len(toks)
    if j >= n or not toks[j].text.islower() or toks[j].low in _BLOCK:
        return None
    if toks[j].low not in _POSTMOD_PREPOSITIONS and (not toks[j].low.endswith(("ing", "ed")) or len(toks[j].low) < 5 or
                                                   toks[j].low in lex.active or _match_phrase(toks, j, lex.passive)):
        return None
    for k in range(j + 1, min(n - 1, j + 15)):
        t = toks[k]
        if t.low == "and" and toks[k + 1].low in _FINITE_AUX:  # a coordinated verb phrase: 'Two
            continue                                  # gunmen opened fire and were killed' (rule `cue_in_second_verb`)
        if t.low in _DIED and k > j + 1:  # rule `postmodifier_then_died`: 'At least 46 members of the king's
            return k                        # guards died', 'two marines stationed at the island's base died'
        if t.low in _FINITE_AUX and k > j + 1:
            m = k + 1
            while m < n and (toks[m].low in _AFTER_AUX or toks[m].low.endswith("ly")) and m < k + 4:
                m += 1
            return k if m < n and _match_phrase(toks, m, lex.passive) else None
        if t.low in lex.numbers or t.low[:1].isdigit():  # 'with two battalions of ...': a count of things only
            if any(x.low in lex.heads or x.low in lex.singular for x in toks[k + 1:k + 4]):
                return None
            continue
        if t.text in ("(", ")") or t.text.isalpha() and not (t.low in _BLOCK or t.low in _CLAUSE_WORDS or
                                                              t.low in _REPORT_WORDS):
            continue
        if "’" in t.text or "'" in t.text:  # 'the ministry’s'
            continue
        return None
    return None


#: intransitive verbs of death that end a victims' postmodifier with no auxiliary (rule `postmodifier_then_died`)
_DIED = frozenset(["died", "perished"])


#: prepositions that open a long postmodifier of the victims: 'ten servicemen with two battalions of the ... were killed'
_POSTMOD_PREPOSITIONS = frozenset(["with", "from", "of", "in", "at", "near", "on", "inside", "belonging"])


_AFTER_AUX = frozenset(["been", "being", "also", "later", "reportedly", "allegedly", "all", "since", "eventually",
                        "presumed", "believed", "feared", "then", "subsequently"])


#: report verbs that end a victims' stretch: the cue after them is said of something else
_REPORT_WORDS = frozenset(["said", "says", "told", "reported", "according", "claimed", "added", "stated"])


_OBJECT_OPENERS = frozenset(["a", "an", "the", "his", "her", "their", "its"])


def _object_after(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Rule `count_is_the_agent`: a bare participle right after the count with people as its object ('two gunmen
    shot dead a senior officer', 'three gunmen killed two policemen') is the past tense of an active verb, not a
    passive cue: the count is the agent (a headline's 'Two soldiers killed in ambush' has no object). Rule
    `perfect_count_is_the_agent` (session 20): so after a bare 'have/has/had', an active perfect; a passive needs
    a form of 'be' (`_right_cue`'s `saw_be`).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Twenty guerrillas have killed a police officer near Salalah.")   # not 'killed 20'
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("Twenty guerrillas have been killed near Salalah.")
    [('killed', 20, 20, None, 'unknown')]
    """
    if k < len(toks) and not (toks[k].low in _OBJECT_OPENERS or toks[k].text[:1].isdigit() or
                              toks[k].low in lex.numbers and toks[k].low != "one"):
        k = amount_opens_object(toks, k, lex)
    if k >= len(toks):
        return False
    return any(t.low in lex.heads or t.low in lex.singular for t in toks[k + 1:k + 5])


def amount_opens_object(toks: list[Tok], k: int, lex: Lexicon) -> int:
    """Rule `amount_opens_object` (session 23): an object after a bare or perfect verb may open with a bound or a
    vague amount ('three gunmen killed at least two people', 'the feud between the two men has killed thousands of
    people'), as with a number: the count before the verb is its agent (rule `count_is_the_agent`). -> the index of
    the object's last opening word (its number or vague word), or len(toks) where no amount opens there.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Three gunmen killed at least two policemen near Tarkwa.")   # not 'killed 3'
    [('killed', 2, None, None, 'unknown')]
    >>> claims_in("The quarrel between the two chiefs has killed hundreds of villagers.")   # not 'killed 2'
    [('killed', None, None, 'hundreds', 'civilian')]
    """
    n = len(toks)
    if k >= n:
        return n
    if id(lex) not in _BOUND_WORDS:  # the lexicon's bounds by their first word, longest first, built once
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for b in sorted((tuple(b.split()) for b in lex.bounds), key=len, reverse=True):
            by_first.setdefault(b[0], []).append(b)
        _BOUND_WORDS[id(lex)] = by_first
    for phrase in _BOUND_WORDS[id(lex)].get(toks[k].low, ()):  # 'at least', 'more than'
        if tuple(t.low for t in toks[k:k + len(phrase)]) == phrase:
            m = k + len(phrase)  # then a number, or the 'a' of 'a dozen'
            number = m < n and (toks[m].text[:1].isdigit() or toks[m].low in lex.numbers or toks[m].low == "a")
            return m if number else n
    return k if toks[k].low in _VAGUE_OPENERS else n


_BOUND_WORDS: dict[int, dict[str, list[tuple[str, ...]]]] = {}
#: vague amounts that open an object by themselves ('killed thousands of people', 'wounded dozens of soldiers')
_VAGUE_OPENERS = frozenset(["hundreds", "thousands", "dozens", "scores", "many", "several", "numerous"])


#: a post-head phrase of allegiance before the cue: 'fighters loyal to the warlord', 'men linked to the cartel'
_LOYAL = frozenset(["loyal", "linked", "affiliated", "allied", "belonging", "attached", "close", "aligned"])


#: ... or of posting (rule `posted_with`: 'Two soldiers serving with the interior ministry were wounded', 'three
#: gendarmes stationed in Man were killed')
_POSTED = frozenset(["serving", "stationed", "based", "deployed", "posted", "assigned"])


_POSTED_AT = frozenset(["with", "in", "at", "on", "near", "to"])


def _one_more_person(toks: list[Tok], k: int, lex: Lexicon) -> int:
    """'and a police officer', 'and one soldier', 'and their driver' after a count: the tokens to skip (0: none).
    The person is a claim of its own (`one_before_count`, `one_by_role`); the count's cue comes after it."""
    n = len(toks)
    if k + 2 >= n or toks[k + 1].low not in ("a", "an", "one", "their", "his", "her", "its"):
        return 0
    for m in range(k + 2, min(n, k + 5)):
        w = toks[m].low
        if w in lex.singular:
            return m + 1 - k
        if not w.isalpha() or w in _BLOCK or w in _AUX:
            return 0
    return 0


#: words that open a comma-enclosed aside between the victims and their verb
_ASIDE_OPENERS = frozenset(["including", "among", "who", "mostly", "most", "many", "mainly", "both", "all", "or",
                            "some", "nearly", "almost", "about", "roughly"])


#: ", soldiers and civilians alike,"
_ROLE_ASIDE = frozenset(["and", "or", "alike", "both", "as", "well", "military", "civilian", "men", "mostly"])


#: ", 80 per cent of the population,"
_PERCENT_ASIDE = re.compile(r"^(?:or\s+|about\s+|nearly\s+|some\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent)\b")


def _aux_cue_ahead(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A finite auxiliary and a passive cue within the next four plain words: the end of a short 'of' phrase."""
    for m in range(k, min(len(toks) - 1, k + 4)):
        t = toks[m]
        if t.low in ("were", "was", "had", "have", "has") and _match_phrase(toks, m + 1, lex.passive) or \
                t.low in ("were", "was", "had", "have", "has") and m + 2 < len(toks) and \
                toks[m + 1].low == "been" and _match_phrase(toks, m + 2, lex.passive):
            return True
        if not t.low.isalpha() or t.low in _BLOCK:
            return False
    return False


def _combined(toks: list[Tok], j: int, cat: str, lex: Lexicon) -> tuple[str, int]:
    """'killed and wounded', 'dead or injured': a count of both is a count of casualties (GUIDELINES: no finer
    category). `j` is the index after the first cue -> (category, end index)."""
    if cat in ("killed", "wounded") and j + 1 < len(toks) and toks[j].low in ("and", "or"):
        hit = _match_phrase(toks, j + 1, lex.passive)
        if hit and hit[1] in ("killed", "wounded") and hit[1] != cat:
            return "casualties", j + 1 + hit[0]
    if cat in _HARMS and j + 1 < len(toks) and toks[j].text in ("and", "or", ","):
        return _harms_joined(toks, j, cat, lex)
    return cat, j


#: the categories of harm that a list of cues can join: a count said of several is a count of `casualties`
_HARMS = frozenset(["killed", "wounded", "captured"])


#: words between a list's joiner and its next cue: 'or (have been) (seriously) injured'
_JOIN_FILL = frozenset(["have", "has", "had", "been", "were", "was", "are", "either", "also", "even"])


def _harms_joined(toks: list[Tok], j: int, cat: str, lex: Lexicon) -> tuple[str, int]:
    """Rule `harms_joined`: one count with a list of harm cues of different categories, with an adverb or an
    auxiliary before a cue ('were either dead or seriously injured', 'have been killed, captured or have
    repented', 'were killed or taken prisoner') is one count of `casualties` (docs/annotation.md: no finer
    category); a count or a noun after the joiner ends the list ('killed and three wounded' are two claims).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Some 30 guerrillas were either killed or badly wounded in the bombing, the army said.")
    [('casualties', 30, 30, None, 'unknown')]
    >>> claims_in("More than 60 UNITA fighters have been killed, captured or have surrendered since March.")
    [('casualties', 61, None, None, 'unknown')]
    """
    n, k, end, joined = len(toks), j, j, False
    while k + 1 < n and toks[k].text in ("and", "or", ","):
        m = k + 1
        while m < n and m - k <= 3 and (toks[m].low in _JOIN_FILL or toks[m].low.endswith("ly")):
            m += 1
        hit = _match_phrase(toks, m, lex.passive) if m < n else None
        if not hit or hit[1] not in _HARMS:
            break
        joined = joined or hit[1] != cat
        k = end = m + hit[0]
    return ("casualties", end) if joined else (cat, j)

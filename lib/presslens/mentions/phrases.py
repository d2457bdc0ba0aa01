"""A speaker or source phrase classified: pronoun, anaphor ('the ministry'), role ('the governor'), name,
or unnamed ('a resident'), with its core ('Taliban spokesman Zabihullah Mujahid' -> name, 'Zabihullah Mujahid').
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..actors import fold
from ..fastre import _re_match, _re_split, _re_sub
from .lexicon import COMMON_SPEAKERS, ORG_ANAPHORS, ORG_WORDS, PRONOUNS, ROLE_WORDS, TITLES, _NAME_RUN, _cap
from .names import _strip_titles, _title_tail
from .people_phrase import decided, opening_people_noun, people_head_participle, people_name_phrase
from .participle_tail import (_NOT_BEFORE_VERB, participle_after_head,
                              participle_cut)    # (participle_cut: for mentions.layer)
from . import rules as _rules
from .rules import apply_rules


_ROLE_FOR_ORG = re.compile(r"^(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}(?:spokesman|spokeswoman|spokesperson|statement|representative)"
                           r"\s+(?:for|of)\s+(?:the\s+)?(.+)$", re.I)


#: rule `body_spokesperson_unnamed`: an indefinite spokesperson of a body is an unnamed source, its body kept in
#: the phrase ('a spokesperson for the Ministry of Defence', 'an Assam Rifles spokesman'), not the body itself
_RX_INDEFINITE_SPOKESPERSON = re.compile(r"^(?:an?)\s+(?:[\w\-]+\s+){0,2}?(?:spokes(?:man|woman|person)|representative)\s+(?:for|of)\s", re.I)
#: words for an armed group that no group's name holds: a later 'the outfit' is 'the group'
_GROUP_WORDS = frozenset(("outfit", "faction"))
_UNNAMED_ROLE_HEADS = frozenset(("spokesman", "spokeswoman", "spokesperson", "official", "officer", "source", "representative"))


#: a spokesperson of a body named in lower case, then the person without a comma (rule `role_then_name`):
#: 'spokesperson of the front Getachew Reda' -> Getachew Reda (the body's words are no part of the name)
_RX_LOWER_BODY_THEN_NAME = re.compile(r"^(?:[a-z][\w\-]*\s+){1,4}((?:[A-Z][\w'’\-]+\s+){1,3}[A-Z][\w'’\-]+)$")


_RX_ISSUED_BY = re.compile(r"^(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:statement|report|post|message|video|communiqu[eé]|"
                           r"tally|figures|count|data|toll)\s+(?:from|by|issued\s+by|released\s+by|published\s+by|of)\s+"
                           r"(?:the\s+)?(.+)$", re.I)
_DETERMINERS = {"one", "two", "three", "four", "five", "several", "some", "many", "most", "few", "both", "each",
                "more", "other"}     # session 28 (rule `people_noun_phrase`): "More radical Shi'ites claimed"
_RX_SELF_NAMED = re.compile(r"\b(?:introduc\w+|identif\w+|describ\w+|call\w+|nam\w+)\s+(?:himself|herself|themselves)\s+(?:only\s+)?as\s+(" + _NAME_RUN.pattern + r")"
                            r"|\b(?:uses|used|gave|gives|goes\s+by)\s+(?:the\s+name|the\s+nom\s+de\s+guerre|his\s+name\s+as|her\s+name\s+as)\s+(" + _NAME_RUN.pattern + r")")
_RX_RELATIVE = re.compile(r"^(?:.*?[\s,])?(?:which|that|who|whom|where|what)\s+((?:he|she|it|they|we)|the\s+[\w\-]+(?:\s+[\w\-]+)?)$", re.I)
_RX_OMITTED_RELATIVE = re.compile(r"^(?:the\s+|a\s+|an\s+)?(?:[a-z][\w\-]*\s+){1,4}(?:it|they|he|she|we)$")
_RX_CAP_ORG = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+((?:[A-Z][\w\-]+\s+)+[a-z][\w\-]+)(?:\s+(?:of|for|in)\s+.*)?$")


#: a person's own records or body stands for the person ('according to her records', 'his office said')
_RX_POSS_PERSON = re.compile(r"(?:his|her)\s+(?:own\s+)?(?:records|group|office|count|counts|figures|organisation|"
                             r"account|accounts|estimation|assessment|version|testimony|recollection|words|"
                             r"organization|team|data|tally|estimate|estimates|foundation|charity|staff|database|list)$")
#: a possessive determiner before a body's common noun: 'our own army', "the group's media office"
_RX_POSS_DET = re.compile(r"^(?:(?:our|its|their)\s+(?:own\s+)?|(?:the\s+)?(?:group|movement|organisation|organization|militia|"
                          r"army|military|government|ministry|front|rebels|militants|agency|party)['’]s\s+)(?=[a-z])", re.I)
_RX_NEIGHBOURING = re.compile(r"^(?:Neighbouring|Neighboring)\s+")


def _classify(phrase: str, text: str = "") -> tuple[str, str]:
    """Speaker phrase -> (kind, core): kind in pronoun | anaphor | role | name | unnamed."""
    p, first = _phrase_head(phrase)
    if first and text and _occurs_lower(text, first.lower()):
        p = first.lower() + p[len(first):]
    return _classify_phrase(p)


@lru_cache(maxsize=1 << 13)
def _phrase_head(phrase: str) -> tuple[str, str]:
    """A speaker phrase normalised (spaces, 'Neighbouring', a capitalised common noun lower-cased), and its
    capitalised first word if only the article can tell whether it is a common noun, else ''."""
    p = " ".join(phrase.split()).strip(" ,.")
    p = _RX_NEIGHBOURING.sub("", p)
    words = p.split()
    first = words[0] if words else ""
    first_folded = fold(first)
    titled = first_folded.strip(".") in TITLES and len(words) > 1 and words[1][:1].isupper()
    if titled or _office_then_name(p):
        return p, ""        # 'Colonel Radomir Kesić', 'Director-General of Police Kofi Mensah': a title before a name
    if first[:1].isupper() and not first.isupper() and (first_folded in COMMON_SPEAKERS or first_folded.rstrip("s") in ROLE_WORDS
                                                        or first_folded in _DETERMINERS):
        return first.lower() + p[len(first):], ""
    if first[:1].isupper() and not first.isupper() and opening_people_noun(words):      # rule `people_noun_phrase`: 'Civilians who fled'
        return decided(first.lower() + p[len(first):]), ""
    if first[:1].isupper() and len(first) > 2 and not first.isupper():
        return p, first     # lower-cased if the article uses it in lower case ('Residents' / 'residents')
    return p, ""


#: `_classify_phrase`'s patterns compiled once (were `fastre._re_*` calls by pattern text: two Python calls each)
_RX_C_CONJ = re.compile(r"^(?:and|but|while|as|though|although)\s+", re.I)
_RX_C_THE_WORD = re.compile(r"^the\s+(?:([\w\-]+)\s+)?([\w\-]+)$")
_RX_C_THE_ROLE = re.compile(r"^the\s+(?:(younger|elder|older|senior)\s+)?([\w\-]+(?:\s+[\w\-]+)?)$", re.I)
_RX_C_QUALIFIED = re.compile(r"^the\s+(younger|elder|older)\s+(.+)$", re.I)
_RX_C_DOCUMENT = re.compile(r"^(?:[\w'’\-]+\s+){0,3}(?:statement|video|post|report)$")
_RX_C_OWNED_DOCUMENT = re.compile(r"^(?:the\s+)?(.+?)['’]s\s+(?:statement|video|post|report|message)$", re.I)
_RX_C_OWNER = re.compile(r"(?:the\s+)?(?:[\w\-]+\s+)?([\w\-]+)$", re.I)
_RX_C_PLACE_CUT = re.compile(r"\s+(?:in|at|from|who|reached|interviewed)\s+")
_RX_C_HEAD_CUT = re.compile(r"\s+(?:of|for|at|in|from|with|who|reached|interviewed|(?:loyal|close|allied|linked|affiliated)\s+(?:to|with))\s+")

#: a definite role whose modifier is a body's acronym: 'the UN official', 'the OSCE monitor', 'the U.N. envoy'
_RX_ACRONYM_ROLE = re.compile(r"^the\s+(?:[A-Z]{2,6}|(?:[A-Z]\.){2,5})\s+[a-z\-]+$")


@lru_cache(maxsize=1 << 13)
def _classify_phrase(p: str, rules: bool = True) -> tuple[str, str]:
    """_classify once the article has told whether the first word is a common noun (memoised: a corpus
    repeats its speaker phrases, 'he', 'the ministry', 'Taliban spokesman Zabihullah Mujahid'); the named
    rules of mentions.rules first (`rules=False`: without them)."""
    if p[:1] in "aAbBwWtT" or not _rules.GATES:      # gate: the conjunctions' first letters
        p = _RX_C_CONJ.sub("", p)
    ruled = apply_rules(p) if rules else None
    if ruled is not None:
        return _classify_phrase(ruled[1]) if ruled[0] == "reclassify" else ruled
    found = _phrase_by_clause_or_pronoun(p)
    if found is not None:
        return found
    low = fold(p)
    found = _phrase_by_gated_shape(p, low, *_gates(p, low))
    if found is not None:
        return found
    return _phrase_by_head(p)


#: 'which', 'that', 'who', 'where' or 'what' as a substring: the gate of _RX_RELATIVE in `_phrase_by_clause_or_pronoun`
_RX_RELATIVE_WORD = re.compile("which|that|who|where|what")


def _phrase_by_clause_or_pronoun(p: str) -> tuple[str, str] | None:
    """`_classify_phrase`'s first stage: a self-naming or relative clause, a pronoun, a body's own name, else None."""
    lp = p.lower()
    named = ("self" in lp or "name" in lp or "nom " in lp) and _RX_SELF_NAMED.search(p)
    if named:       # 'a man who introduces himself as X' / 'who uses the name X'
        return "name", _strip_titles(named.group(1) or named.group(2))
    rel = _RX_RELATIVE_WORD.search(lp) is not None and _RX_RELATIVE.match(p)     # (the five words' gate: one search)
    if rel:         # 'the MLHS, which it calls ...' / 'the villages where the army said ...'
        return _classify(rel.group(1), "")
    if lp.endswith(("it", "they", "he", "she", "we")) and _RX_OMITTED_RELATIVE.match(p):
        return "none", p    # 'the heaviest toll it has claimed': a relative clause, not a statement
    low = fold(p)
    if low in PRONOUNS:
        return "pronoun", low
    if low.startswith(("his ", "her ")) and _RX_POSS_PERSON.match(low):
        return "pronoun", "he" if low[1] == "i" else "she"     # 'according to her records' -> her
    if low.startswith(("our ", "its ", "their ", "the ")) and (" own " in low or "'s " in low or "’s " in p):
        pd = _RX_POSS_DET.match(p)
        if pd and fold(p.split()[-1]) in ORG_WORDS:     # 'our own army', "the group's media office" -> the body's own name
            return _classify_phrase("the " + p[pd.end():])
    if low.startswith(("one of them", "one of those", "one of the two")):
        return "unnamed", p
    org = _RX_CAP_ORG.match(p)
    if org and fold(org.group(1).split()[-1]) in ORG_WORDS:     # 'The Ulema council', 'an Ulema council of ...'
        return "name", org.group(1)
    return None


def _phrase_by_gated_shape(p: str, low: str, the: bool, article: bool, spokes: bool,
                           documented: bool) -> tuple[str, str] | None:
    """`_classify_phrase`'s second stage, behind `_gates`: 'the' + anaphor or role, a role for a body, a statement."""
    mt = the and _RX_C_THE_WORD.match(low)
    if mt and mt.group(2) in _GROUP_WORDS and not any(t[:1].isupper() for t in p.split()[1:]):
        return "anaphor", "group"       # rule `group_word_anaphor`: 'the outfit', 'the banned faction' -> 'the group'
    if mt and mt.group(2) in ORG_ANAPHORS and not any(t[:1].isupper() for t in p.split()[1:]):
        return "anaphor", mt.group(2)
    mt = the and _RX_C_THE_ROLE.match(p)
    if mt and not mt.group(2)[:1].isupper() and mt.group(2).split()[-1].lower() in ROLE_WORDS:
        return "role", p
    if the and _RX_ACRONYM_ROLE.match(p) and p.split()[-1].lower() in ROLE_WORDS:
        return "role", p        # 'the UN official', 'the AU envoy' (rule `acronym_role`, mentions.kinds._role)
    mt = the and _RX_C_QUALIFIED.match(p)
    if mt:
        return "qualified", p
    fr = article and _RX_ISSUED_BY.match(p)
    if fr and _cap(fr.group(1).split()[0]):
        return _classify_phrase(fr.group(1))
    ro = spokes and _ROLE_FOR_ORG.match(p)
    if ro and p[:1].isupper() and len(words := p.split()) >= 4 and (tail := _title_tail(words)):
        return "name", " ".join(tail)       # 'EU High Representative for Foreign Affairs Jan Nowak'
    if ro and ro.group(1)[:1].isupper() and not (p[:2].lower() in ("a ", "an") and _RX_INDEFINITE_SPOKESPERSON.match(p)):
        return "name", _strip_titles(ro.group(1))
    person = ro and _RX_LOWER_BODY_THEN_NAME.match(ro.group(1))
    if person:      # 'spokesperson of the front Getachew Reda' (rule `role_then_name`)
        return "name", _strip_titles(person.group(1))
    if documented and _RX_C_DOCUMENT.match(low) and "'s" not in low and "’s" not in p:
        return "anaphor", "statement"
    pm = documented and _RX_C_OWNED_DOCUMENT.match(p)
    if pm:
        owner = pm.group(1)
        if _RX_C_OWNER.match(owner) and fold(owner).split()[-1] in ORG_ANAPHORS and not any(t[:1].isupper() for t in owner.split()[1:]):
            return "anaphor", fold(owner).split()[-1]
        return _classify(owner)
    return None


def _phrase_by_head(p: str) -> tuple[str, str]:
    """`_classify_phrase`'s last stage: the head before its complement says role, unnamed, or the name it holds."""
    # the head before its complement; 'a resident loyal to the KLA' is a resident (an allegiance, not a name)
    head = _RX_C_HEAD_CUT.split(p, 1)[0]
    hw = head.split()
    if len(hw) >= 2 and hw[0].lower() == "the" and hw[-1].lower() in ROLE_WORDS and not any(t[:1].isupper() for t in hw[1:]):
        return "role", head
    if len(hw) >= 3 and hw[0].lower() in ("a", "an") and _cap(hw[-1]) and hw[-1].lower() in _UNNAMED_ROLE_HEADS:
        # rule `body_spokesperson_unnamed`: 'An Assam Rifles Spokesman said' (a headline's capitals): no name
        return "unnamed", p[:1].lower() + p[1:len(head) - len(hw[-1])] + hw[-1].lower() + p[len(head):]
    if len(hw) > 1 and hw[0][:1].islower() and hw[-1][:1].isupper() and (people_name_phrase(hw)
                                                                          or people_head_participle(hw)):
        return "unnamed", decided(p)    # rule `people_noun_phrase`: 'pro-government Ivorians', 'travelers fleeing Iraq'
    if hw and (not _cap(hw[-1]) or hw[-1].isdigit()):
        return "unnamed", p
    lead = _NAME_RUN.match(p)
    if lead and len(lead.group(0).split()) >= 2 and p[lead.end():lead.end() + 4] == " of " \
            and not any(fold(t) in ORG_WORDS for t in lead.group(0).split()):
        return "name", _strip_titles(lead.group(0))     # 'Jan Eriksen of the aid group Nordhjelp'
    # 'The Health Ministry in Gaza': the name is the head's, not the place's
    runs = list(_NAME_RUN.finditer(_RX_C_PLACE_CUT.split(p, 1)[0])) \
        or list(_NAME_RUN.finditer(p))
    if not runs:
        return "unnamed", p
    return "name", _strip_titles(runs[-1].group(0))


def _gates(p: str, low: str) -> tuple[bool, bool, bool, bool]:
    """Word gates of `_classify_phrase`'s patterns, for phrase `p` and its fold `low`: (opens on 'the', opens on
    'a', 'an' or 'the', holds 'spokes-', 'statement' or 'representative', ends on a document word). A pattern is
    tried only when its gate holds: it cannot match without it ('The' or 'THE' of `p` folds to 'the' too), so
    the classification is the one without gates (mentions.rules.GATES = False opens them all: tests)."""
    if not _rules.GATES:
        return True, True, True, True
    return (low.startswith("the"), p[:1] in "aAtT", "spokes" in low or "statement" in low or "representative" in low,
            low.rstrip("\n").endswith(("statement", "video", "post", "report", "message")))


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


_OCCURS_MEMO: list = [None, {}]     # (article text, {word: bool}) for the article being resolved


def _occurs_lower(text: str, word: str) -> bool:
    """Memoised `_find_lower` for the article at hand (one article at a time: no cross-article cache)."""
    if _OCCURS_MEMO[0] is not text:
        _OCCURS_MEMO[0], _OCCURS_MEMO[1] = text, {}
    memo = _OCCURS_MEMO[1]
    if word not in memo:
        memo[word] = _find_lower(text, word)
    return memo[word]


def _find_lower(text: str, word: str) -> bool:
    r"""Whether lower-case `word` stands in `text` as a whole word, not at its very start and not right after
    another word and a space (after a comma, bracket, quote mark or line break): the old per-article regex
    `(?<![\w.] )(?<!^)\bWORD\b`, with str.find instead of a pattern compiled per word and article."""
    n, k = len(text), len(word)
    p = text.find(word)
    while p >= 0:
        ok = p > 0 and not _is_word_char(text[p - 1])
        if ok and p >= 2 and text[p - 1] == " " and (_is_word_char(text[p - 2]) or text[p - 2] == "."):
            ok = False
        if ok:
            after = text[p + k] if p + k < n else ""
            ok = (not after or not _is_word_char(after)) if _is_word_char(word[-1]) else bool(after) and _is_word_char(after)
        if ok:
            return True
        p = text.find(word, p + 1)
    return False


_RX_ACRONYM_POSS = re.compile(r"[A-Z][A-Z.]+['’]s\s+[a-z]")


#: words of feeling or plight before an unnamed group ('Outraged U.N. officials', 'Displaced Darfuri villagers'): a
#: sentence-initial capital on them is the sentence's, not a name's, so the phrase is lower-cased as the guide asks
#: (docs/annotation.md: an unnamed speaker is 'the phrase itself, lower-case as it stands')
STATE_ADJECTIVES = frozenset({
    "angry", "anxious", "bitter", "defiant", "desperate", "distraught", "exhausted", "fearful", "frightened",
    "frustrated", "furious", "grieving", "jubilant", "outraged", "panicked", "shaken", "shocked", "stunned",
    "terrified", "weary", "worried", "displaced", "fleeing", "stranded", "surviving", "wounded", "injured"})



def _office_then_name(p: str) -> bool:
    """Rule `office_then_name`: a title of office and the name of its holder opening a sentence ('Director-General
    of Police Kofi Mensah said', 'Secretary-General of the Commission Amina Diallo said'): the title is capitalised
    as a title, not as the sentence's first word, so the phrase keeps its capital and its holder's name.

    >>> _office_then_name("Director-General of Police Kofi Mensah"), _office_then_name("Members of Parliament")
    (True, False)
    >>> _office_then_name("Head of the family")
    False
    """
    words = p.split()
    return len(words) >= 4 and fold(words[0]).strip(".") in TITLES and words[1] in ("of", "for") and \
        _cap(words[-1]) and _cap(words[-2])

#: rule `unnamed_verb_cut`: where an unnamed phrase runs past its head into a verb of its own
_RX_OWN_VERB = re.compile(r"""
    \s\s*(?=                   # (\s\s* for \s+: a pattern that opens on a repeat is tried at every position)
        (?:quoted|cited|interviewed|contacted|reached)\s+by\b       # a participle and its agent: 'quoted by the agency'
      | (?:told|tells|said|says|added|adds)\s                      # its own reporting verb: 'a witness told HRW the rebels'
      | [a-z]{3,}ing\s+(?:the\s+)?[A-Z][\w\-]*\b    # a participle and a named object: 'fighting Government troops'
    )""", re.VERBOSE)
#: (the words before which a word is no verb: `_NOT_BEFORE_VERB`, kept in mentions.participle_tail)
#: -ing words that stand before a noun as its adjective ('warring factions', 'ruling Party')
_ING_ADJECTIVES = frozenset(("ruling", "leading", "governing", "neighbouring", "neighboring", "opposing", "remaining",
                             "warring", "outgoing", "incoming", "ongoing", "founding", "visiting", "serving",
                             "acting", "presiding", "commanding", "reigning", "existing", "following", "building"))


def unnamed_verb_cut(p: str) -> str:
    """Rule `unnamed_verb_cut`: an unnamed phrase cut before a verb that follows its head: a participle with its
    agent ('quoted by'), a participle whose object is another party named ('fighting Government troops': its side
    words are not the speaker's), or the phrase's own reporting verb (the outer speaker keeps the statement:
    docs/annotation.md, nested reports). A verb right after a determiner or preposition, an -ing adjective, or a
    participle with a common object ('a combatant sporting a red bandana': the phrase as it stands) is left.

    >>> unnamed_verb_cut("a border guard cited by the state broadcaster")
    'a border guard'
    >>> unnamed_verb_cut("a farmer told Radio Ndeke the militia")
    'a farmer'
    >>> unnamed_verb_cut("a spokesman for the separatist movement battling Federal forces")
    'a spokesman for the separatist movement'
    >>> unnamed_verb_cut("an official of the ruling Unity Party"), unnamed_verb_cut("residents fleeing the town")
    ('an official of the ruling Unity Party', 'residents fleeing the town')
    """
    for m in _RX_OWN_VERB.finditer(p):
        before = p[:m.start()].split()
        verb = p[m.end():].split()[0]
        if len(before) < 1 or before[-1].lower() in _NOT_BEFORE_VERB or not before[-1].isalpha() \
                or verb.lower() in _ING_ADJECTIVES:
            continue
        return p[:m.start()]
    return p


#: `,|\s*\(` (a comma, or a bracket after any spaces) written to open on one class (speed, session 24): at a comma
#: the comma, at a bracket the bracket, at a space the spaces up to a bracket; `re` skips to the class's characters
#: instead of trying `\s*\(` at every position (the same matches, tests/test_quote_speed24.py)
_RX_COMMA_OR_BRACKET = re.compile(r"[,\s(](?:(?<=,)|(?<=\()|(?<=\s)\s*\()")


def _unnamed_out(p: str) -> str:
    p = _re_sub(r"^(?:the|The)\s+", "", p.strip(" ,."))
    p = _re_sub(r"^[A-Z][\w\-]+['’]s\s+(?=[A-Z])", "", p)      # 'Yemen's Houthi rebels' -> 'Houthi rebels'
    cut = _RX_COMMA_OR_BRACKET.search(p)      # (`re.split(r",|\s*\(", p)[0]`: the text before the first cut)
    p = p[:cut.start()] if cut is not None else p
    named_owner = p[:2].isupper() and _RX_ACRONYM_POSS.match(p)
    if named_owner:     # "UN's monitoring mission in Ruvia": a named body's unit keeps its place
        p = _re_split(r"\s+(?:who|which|that|holed|based|near|from|against|with|on|reached|interviewed|speaking)\b"
                      r"|\s+(?:in|at)\s+(?![A-Z])", p)[0]
    else:
        p = _re_split(r"\s+(?:who|which|that|holed|based|in|at|near|from|against|with|on|reached|interviewed|speaking)\b", p)[0]
    p = participle_after_head(unnamed_verb_cut(p))
    if p[:1].isupper() and not named_owner and not _re_match(r"[A-Z][A-Z.&\-]+\b", p):     # 'REUTERS news agency' stays
        first = p.split()[0]
        if first.lower() in {"a", "an", "one", "two", "three", "some", "several", "many", "local", "senior",
                             "residents", "relatives", "doctors", "sources", "officials", "analysts", "witnesses"} \
                or first.lower() in STATE_ADJECTIVES \
                or (len(p.split()) > 1 and not _cap(p.split()[1])) or len(p.split()) == 1:
            p = p[0].lower() + p[1:]
    return p

"""The speaker phrase of a cue: the subject noun phrase on its left (`X said`), or the noun phrase on its
right (`said X, role`, `according to X`).
"""
from __future__ import annotations

import re

from ..fastre import _ends_with_stop, _re_match, _re_search, _tail_cut
from ..mentions.lexicon import ROLE_WORDS, _NAME_RUN, _NAME_TOKEN, _find_cues
from .adverbials import _ADVERBIAL, _LEAD_ADV, _RX_ADVERB_SEGMENT, _may_end_in_aux, strip_aux_tail
from .event_subject import event_noun_speaker
from .appositive import appositive_chain, bare_role_appositive, unclosed_appositive
from .fronted_segment import fronted_adjunct_subject, fronted_modifier_subject
from .lead_subject import subject_of_coordinated_verb
from .phrase_bounds import inner_clause_subject
from .relative import relative_after_aux
from .relative_credit import relative_after_credit
from .spans import MASK, _strip_span


_RX_TRAILING_NAME = re.compile(r"(?:\b(?:he|she|it|they|we|I)|" + _NAME_RUN.pattern + r")$")
_RX_LEAD_NAME = re.compile(r"(?:(?:the|The)\s+)?" + _NAME_RUN.pattern)
_RX_TOLD_OBJECT = re.compile(r"\s*(?:(?:the|a|an|state|local|this|his|her|their)\s+)?(?:(?<=the\s)(?:[a-z\-]+\s+){0,2}?[a-z\-]+(?=\s+(?:that|in|on|at|during|via|by)\s|\s*:|\s*[.,;]|\s*$)|" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r")*(?:\s+(?:news\s+agency|agency|newspaper|daily|television|radio|channel|website))?|reporters|journalists|television|radio|newspaper|(?:state\s+|local\s+)?media|news\s+agencies|deputies|parliament|lawmakers|residents|the\s+press|this\s+newspaper)(?:\s+(?:by\s+(?:tele)?phone|in\s+an\s+interview))?")


_RX_ACRONYM_TAIL = re.compile(r"(?<=[\w.'’])\s*\([A-Z][A-Za-z.&\-]{1,11}\)$")
#: an -ly adverb between a subject and its cue ('strongly condemned'), not a noun or adjective in -ly
_RX_LY_TAIL = re.compile(r"\s+(?!(?:family|ally|assembly|daily|weekly|monthly|quarterly|yearly|rally|supply|anomaly|"
                         r"bully|fly|belly|lily|jelly|folly|holly|italy|only|early|elderly|friendly|likely|deadly)\b)"
                         r"[a-z]{2,}ly(?:\s+(?:and|but)\s+[a-z]{2,}ly)?$")
#: a subordinator or a verb-governed preposition before the subject of a cue: the subject starts after it
_RX_SUBORDINATE = re.compile(r"^(?:.*\s)?(?:(?:hours|days|weeks|minutes|months|shortly|soon|just|moments|long|even)\s+)?"
                             r"(?:after|before|because|since|until|when|whereas|where|although|though|once|unless)\s+"
                             r"(?=(?:the|a|an|its|his|her|their|[A-Z])\b|[A-Z]|(?:[a-z][\w\-]*s)\s*$)")
#: the subordinators _RX_SUBORDINATE needs one of (written out: the pattern is searched only in a phrase holding one)
_SUBORDINATORS = ("after", "before", "because", "since", "until", "when", "where", "though", "once", "unless")
#: any of _SUBORDINATORS as a substring (one search instead of ten `in` tests from Python)
_RX_HAS_SUBORDINATOR = re.compile("|".join(_SUBORDINATORS))
_RX_WHO_CLAUSE = re.compile(r"\s+(?:who|whose)\s+(?=(?:asked|declined|did|does|spoke|requested|would|was|is|has|had|gave|works|lives|lost|fled)\b)")


_RX_LEAD_CONJ = re.compile(r"(?:(?:and|but|or|while|whereas|though|although|yet)\s+)+", re.I)
_RX_THAT_SUBJECT = re.compile(r"^(.*\S)\s+that\s+(\S.*)$")
#: where a clause's segments part (not the comma of '1,000'): `,\s*|;\s*|:\s+|\ue000+[,.]?\s*|\s+[—–-]\s+`, written to open on one character
#: class (the branch is chosen by the character just read) so that `re` skips to the candidates
_RX_SEGMENT_CUT = re.compile(r"[,;:\ue000\s](?:(?<=;)\s*|(?<=,)(?!\d)\s*|(?<=:)\s+|(?<=\ue000)\ue000*[,.]?\s*|(?<=\s)\s*[—–-]\s+)")
#: the same cuts in a clause without a dash (a space opens only the dash's cut)
_RX_SEGMENT_CUT_NO_DASH = re.compile(r"[,;:\ue000](?:(?<=;)\s*|(?<=,)(?!\d)\s*|(?<=:)\s+|(?<=\ue000)\ue000*[,.]?\s*)")
#: a comma segment that opens on an auxiliary or modal: the predicate of a clause, not an appositive
_RX_PREDICATE_SEGMENT = re.compile(r"(?:may|might|could|would|will|can|must|has|have|had|was|were|is|are)\s+"
                                   r"(?:already\s+|also\s+|now\s+|not\s+)?(?:been|be|have|[a-z]+ed)\b")
#: a prepositional phrase whose noun a relative clause without 'that' qualifies, its subject last
#: ('in an attack they blamed on X', 'for a strike officials attributed to Y')
_RX_OBJECT_RELATIVE = re.compile(r"(?:in|on|for|after|over)\s+(?:an?|the|this|that)\s+(?:[a-z\-]+\s+){0,2}?"
                                 r"(?:attack|strike|raid|bombing|blast|killing|killings|incident|assault|shelling)\s+"
                                 r"(?P<subject>they|he|she|officials|police|authorities)$")
_RX_COORD_ONLY = re.compile(r"(?:and|but|or|then|and\s+then|while)", re.I)
_RX_PREPOSITION = re.compile(r"(?:with|of|in|for|on|at|by|from|to|amid|after|before|about|into|under|over)\b", re.I)
#: a finite verb or 'not' standing as a word: `\b(is|are|was|were|been|will|would|had|has|have|did|does|could|should|can|not)\b`,
#: written (speed, session 24) with the words grouped by their first letter and the opening boundary as a look-behind
#: after that letter ('i(?<!\wi)s'), so that the pattern opens on a set of letters and `re` skips to them instead of
#: testing the boundary at every position; only whether it is found is read (tests/test_quote_speed24.py)
_RX_FINITE_VERB = re.compile(r"(?:i(?<!\wi)s|a(?<!\wa)re|w(?<!\ww)(?:as|ere|ill|ould)|b(?<!\wb)een|h(?<!\wh)(?:ad|as|ave)|"
                             r"d(?<!\wd)(?:id|oes)|c(?<!\wc)(?:ould|an)|s(?<!\ws)hould|n(?<!\wn)ot)\b")


def _before_cue(pre: str) -> str:
    """The words before a cue without what stands between a subject and its cue: auxiliaries and time words
    ('has also', 'on Monday'), a bracketed short name ('(AFMD)'), an -ly adverb ('strongly')."""
    if _may_end_in_aux(pre):
        tail = _tail_cut(pre, 100)
        pre_stripped = pre[:tail] + strip_aux_tail(pre[tail:])
    else:
        pre_stripped = pre
    pre_stripped = pre_stripped.rstrip()
    if pre_stripped.endswith(")"):      # 'the Armed Forces Media Directorate (AFMD) said': the short name in brackets
        ac = _RX_ACRONYM_TAIL.search(pre_stripped, _tail_cut(pre_stripped, 20))
        if ac:
            pre_stripped = pre_stripped[:ac.start()]
    if pre_stripped.endswith("ly"):     # 'X strongly condemned', 'X has repeatedly denied': the adverb is not the subject's
        ly = _RX_LY_TAIL.search(pre_stripped, _tail_cut(pre_stripped, 40))
        if ly:
            pre_stripped = pre_stripped[:ly.start()]
            if _may_end_in_aux(pre_stripped):
                tail = _tail_cut(pre_stripped, 100)
                pre_stripped = pre_stripped[:tail] + strip_aux_tail(pre_stripped[tail:])
            pre_stripped = pre_stripped.rstrip()
    return pre_stripped


#: a label cue: the verb of 'what X called Y', 'what X described as Y' (the form at the cue's start)
_RX_LABEL_CUE = re.compile(r"(?:call(?:s|ed)?|describe[sd]|characteri[sz]e[sd]|term(?:s|ed)|dub(?:s|bed)|brand(?:s|ed)|"
                           r"label(?:s|led|ed))\b")
#: 'what X' ending the words before a label cue: X is a noun phrase of up to five words with no auxiliary or
#: function word ('in what officials', 'in what the newly-elected Ecuadorian president', 'what Xinhua')
_RX_WHAT_SUBJECT = re.compile(r"\b[Ww]hat\s+(?P<subject>(?:(?!(?:is|are|was|were|be|been|being|has|have|had|it|that|this|"
                              r"which|who|to|of|in|on|at|by|for|with|and|or|not)\b)[\w.'’\-]+\s+){0,4}"
                              r"(?!(?:is|are|was|were|be|been|being|has|have|had|that|this|which|who|to|of|and|or|not)\b)"
                              r"[\w.'’\-]+)$")


def what_label_subject(m: str, lo: int, pre_stripped: str, cue_start: int) -> tuple[int, int] | None:
    """Rule `what_label_subject`: the speaker of a label cue in a free relative, 'what X called Y' / 'what X
    described as Y': X, the noun phrase right after 'what' (`pre_stripped`: the words from paragraph offset `lo`
    to the cue, auxiliaries stripped), else None. A pronoun is taken as well ('what they called').

    >>> s = "One soldier died in what officials called a massive offensive."
    >>> sp = what_label_subject(s, 0, s[:s.index(" called")], s.index("called")); s[sp[0]:sp[1]]
    'officials'
    >>> s = "Nine died in what the newly-elected president described as an armed conflict."
    >>> sp = what_label_subject(s, 0, s[:s.index(" described")], s.index("described")); s[sp[0]:sp[1]]
    'the newly-elected president'
    >>> s = "Nine died in what has been described as an armed conflict."
    >>> what_label_subject(s, 0, "Nine died in what", s.index("described")) is None
    True
    >>> s = "He rejected what officials said about the raid."
    >>> what_label_subject(s, 0, s[:s.index(" said")], s.index("said")) is None
    True
    """
    if "hat " not in pre_stripped[-60:] or not _RX_LABEL_CUE.match(m, cue_start):
        return None     # cheap literal tests first
    w = _RX_WHAT_SUBJECT.search(pre_stripped, max(0, len(pre_stripped) - 60))
    return (lo + w.start("subject"), lo + w.end("subject")) if w else None


def _subject_left(m: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """Span (paragraph offsets) of the subject noun phrase before a cue, or None."""
    pre_stripped = _before_cue(m[lo:cue_start])
    if not pre_stripped or pre_stripped.endswith(MASK):
        return None
    label = what_label_subject(m, lo, pre_stripped, cue_start)
    if label is not None:
        return label
    if _ends_with_stop(pre_stripped):
        # quotes.relative: 'FARC, which has said', 'X, who had recently threatened': the antecedent speaks
        return relative_after_aux(m, lo, pre_stripped) if pre_stripped.endswith(("which", "who")) else None
    span = _subject_segment(m, lo, pre_stripped)
    if span is None:
        return None
    sa, sb = span
    t = m[sa:sb]
    lead = _LEAD_ADV.match(t)
    if lead and lead.end() < len(t.rstrip(" ,")):
        sa += lead.end()
    sa, sb = _strip_span(m, sa, sb, " \t\n,;:—–-()")
    if sb <= sa:
        return None
    phrase = m[sa:sb]
    if MASK in phrase or len(phrase.split()) > 14:
        return None
    if _RX_COORD_ONLY.fullmatch(phrase):
        return (sa, sa)    # coordinated cue: the speaker of the clause before
    adv = _ADVERBIAL.match(phrase)
    if adv and adv.end() < len(phrase) and phrase[adv.end():].strip():
        sa += adv.end()
        sa, sb = _strip_span(m, sa, sb, " \t\n,;:")
        phrase = m[sa:sb]
    conj = _RX_LEAD_CONJ.match(phrase)
    if conj and conj.end() < len(phrase):       # 'and while resistance fighters insist'
        sa += conj.end()
        phrase = m[sa:sb]
    span = _clause_subject(m, sa, sb)
    if span is None:
        return None
    sa, sb = span
    phrase = m[sa:sb]
    if phrase.endswith((" and", " but")):
        coord = subject_of_coordinated_verb(phrase)
        if coord:   # 'X appeared on state television and ordered' (quotes.lead_subject): X orders
            return sa + coord[0], sa + coord[1]
    head = _RX_WHO_CLAUSE.split(phrase, 1)[0] if "who" in phrase else phrase    # 'a resident who asked not to be named said': the verbs are the relative's
    if _RX_FINITE_VERB.search(head) and not _re_match(r"(?:[A-Z]\S*\s+){1,4}$", phrase + " "):
        # a clause, not a noun phrase; keep only a trailing name or pronoun
        mt = _RX_TRAILING_NAME.search(phrase)
        if not mt:
            return None
        sa = sa + mt.start()
    if phrase.count("-") >= 4:
        slug = _RX_SLUG.match(m, sa, sb)
        if slug:    # rule `slug_before_subject`: 'Sudan-claims-400-killed-in-battle South Sudan's army said'
            sa = slug.end()
    if event_noun_speaker(m[sa:sb]):
        return None     # 'the three crimes reported carry ...': an event says nothing (quotes.event_subject)
    return sa, sb


def _subject_segment(m: str, lo: int, pre_stripped: str) -> tuple[int, int] | None:
    """The comma or dash segment of the words before a cue (`pre_stripped`, from paragraph offset `lo`) that
    holds the subject, appositives skipped from the right; None when the last segment is a clause's predicate."""
    end = lo + len(pre_stripped)
    cut_rx = _RX_SEGMENT_CUT if ("-" in pre_stripped or "\u2014" in pre_stripped or "\u2013" in pre_stripped) \
        else _RX_SEGMENT_CUT_NO_DASH        # (no dash: no space can open a cut, and `re` skips the spaces)
    cuts = [lo] + [lo + mt.end() for mt in cut_rx.finditer(pre_stripped)]
    segs = list(zip(cuts, cuts[1:] + [end]))
    closed = pre_stripped.endswith((",", "—", "–", ")"))
    if "who" in pre_stripped and (k := relative_after_credit([m[a:b] for a, b in segs], closed)) is not None:
        return segs[k]      # rule `relative_after_credit`: '"...," the spokesman, who ..., said' (quotes.relative_credit)
    if not closed and len(segs) > 1 and _adjunct_segment(m[segs[-1][0]:segs[-1][1]]):
        # rule `adjunct_before_cue`: 'X, the rebel spokesman, in a radio address on Friday said': the adjunct
        # between the appositive and the cue is no subject; the segments before it are read as if it were not there
        segs, closed = segs[:-1], True
    if closed:
        return _closed_subject_segment(m, segs)
    if len(segs) > 1 and unclosed_appositive(m[segs[-2][0]:segs[-2][1]].strip(" ,"), m[segs[-1][0]:segs[-1][1]]):
        return segs[-2]       # 'X, the U.N.'s deputy envoy to Y said' (quotes.appositive): X speaks
    if len(segs) > 2 and appositive_chain([m[a:b].strip(" ,") for a, b in segs]):
        return segs[0]        # 'X, administrator for Y, or district, in Z told' (quotes.appositive)
    return segs[-1]


def _closed_subject_segment(m: str, segs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """"X, who ..., said" / "X, a spokesman for Y, said": the first segment from the right that is no
    appositive; None when the last is a clause's predicate."""
    k = len(segs) - 1
    last = next((m[a:b].strip(" ,—–-()") for a, b in reversed(segs) if m[a:b].strip(" ,—–-()")), "")
    if _RX_PREDICATE_SEGMENT.match(last):
        return None     # '20 people - most of them children - may have died, said X': a clause, then '..., said X'
    while k > 0:
        sa, sb = segs[k]
        t = m[sa:sb].strip(" ,—–-()")
        if t.startswith(("and ", "but ")) and k < len(segs) - 1 and not _RX_FINITE_VERB.search(t):
            break       # '..., and a ministry spokesman, asked about it, said': a new clause's subject
        if not t or _re_match(r"(who|which|whose|whom|where|a|an|the|his|her|its|their|one|some|\d|[a-z])", t) \
                or _re_match(r"[A-Z][\w\-]*['’]s\s+[a-z]", t) \
                or title_appositive(t) or bare_role_appositive(t):
            # 'Israel's closest ally', 'Chairman of the X', 'UN resident coordinator in X': a descriptor
            k -= 1
            continue
        break
    if k == 0 and len(segs) > 1 and _RX_ADVERB_SEGMENT.fullmatch(m[segs[0][0]:segs[0][1]].strip(" ,")):
        k = 1       # 'Separately, the X Network, a medical group, said' (rule `lead_adverb_segment`)
    elif k == 0 and len(segs) > 1 and fronted_adjunct_subject(m[segs[0][0]:segs[0][1]].strip(" ,"),
                                                              m[segs[1][0]:segs[1][1]].strip(" ,")):
        k = 1       # 'In a statement issued on Friday, the X Front, which ..., condemned' (quotes.fronted)
    elif k == 0 and len(segs) > 1 and (j := fronted_modifier_subject([m[a:b].strip(" ,") for a, b in segs])):
        k = j       # 'Yet, the government, at both levels, admitted' (quotes.fronted_segment)
    return segs[k]


def _clause_subject(m: str, sa: int, sb: int) -> tuple[int, int] | None:
    """The subject's span in a phrase before a cue [sa, sb) that holds a clause of its own: after 'X reported
    that', a relative clause's subject, a prepositional phrase's relative, after a subordinator; None when a
    preposition opens the phrase with no subject in it."""
    phrase = m[sa:sb]
    if "that" in phrase:
        th = _RX_THAT_SUBJECT.match(phrase)
        if th and _find_cues(th.group(1)):   # 'outlets reported that an Ulema council ... had called on'
            sa += th.start(2)
            phrase = m[sa:sb]
    inner = inner_clause_subject(phrase) if " " in phrase else None
    if inner:       # 'many of whom doctors said': the relative clause's subject (quotes.phrase_bounds)
        sa, sb = sa + inner[0], sa + inner[1]
        phrase = m[sa:sb]
    if _RX_PREPOSITION.match(phrase):
        rel = _RX_OBJECT_RELATIVE.match(phrase)
        if rel is None:
            return None
        sa += rel.start("subject")      # 'police said, in an attack they blamed on X': 'they' blames
        phrase = m[sa:sb]
    sub = _RX_SUBORDINATE.search(phrase) if " " in phrase and _RX_HAS_SUBORDINATOR.search(phrase) else None
    if sub and not event_noun_speaker(phrase[sub.end():]):
        # 'The raid came hours after the military announced': the subject is the clause's own; 'officials
        # visiting the camp after the attack said': 'after' governs a noun of harm, a preposition (event_noun_speaker)
        sa += sub.end()
    return sa, sb


#: a web page's slug or a caption's file name glued before the subject: a word of five or more parts joined by hyphens
_RX_SLUG = re.compile(r"(?:\S+\s+)*?[\w'’]+(?:-[\w'’]+){4,}\s+(?=\S)")


def _adjunct_segment(segment: str) -> bool:
    """Whether a comma segment right before a cue is only a time or channel adjunct (rule `adjunct_before_cue`).

    >>> _adjunct_segment(" in a radio address on Friday"), _adjunct_segment(" at a news conference in Grozny")
    (True, True)
    >>> _adjunct_segment(" the rebel spokesman"), _adjunct_segment(" in Grozny the commander")
    (False, False)
    """
    t = segment.strip(" ,")
    adv = _ADVERBIAL.match(t) if t[:1].islower() else None
    return adv is not None and adv.end() >= len(t)


#: a capitalised title that governs a body: 'Chairman of', 'Deputy Head of', 'Special Envoy for'
_RX_TITLE_OF = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}([A-Z][a-z]+)\s+(?:of|for|to|at)\s+(?:the\s+)?[A-Z]")


def title_appositive(segment: str) -> bool:
    """Whether a comma segment after a subject is a capitalised title of a body (an appositive, not the
    speaker): 'Tshisekedi, Commander of the Armed Forces, said' -> the person speaks.

    >>> title_appositive("Chairman of the Sovereignty Council"), title_appositive("Deputy Head of Mission")
    (True, True)
    >>> title_appositive("Bank of Kinshasa"), title_appositive("the Red Cross")
    (False, False)
    """
    mt = _RX_TITLE_OF.match(segment)
    return mt is not None and mt.group(1).lower() in ROLE_WORDS


def _np_right(m: str, pos: int, hi: int) -> tuple[int, int] | None:
    """Noun phrase starting at `pos` (inverted `said X, role` / `according to X`), paragraph offsets."""
    mt = _re_match(r"\s*", m[pos:hi])
    a = pos + mt.end()
    seg = m[a:hi]
    stop = _re_search(r",|\.(?=\s|$)|;|\s[—–]\s|\bwho\b|\bcited\s+by\b|\bwhich\b|\bthat\b|\bas\b|\bin\s+a\b|\bon\s+(?:Twitter|Facebook|X|Telegram)\b|"
                     r"\bin\s+(?:an?\s+|the\s+)?(?:statement|interview|post)|\bafter\b|\bwhen\b|\bwhile\b|" + MASK + r"|$", seg)
    while stop and stop.group(0) == "." and _RX_TITLE_ABBREV.match(seg, _word_start(seg, stop.start())):
        # rule `title_abbreviation`: 'said Col. Ruiz', 'said Lt. Gen. A. Vidal': the period ends a title, not the phrase
        nxt = _RX_NP_RIGHT_STOP.search(seg, stop.end())
        stop = nxt if nxt else None
    b = a + (stop.start() if stop else len(seg))
    if stop and stop.group(0) == MASK:
        title = _RX_QUOTED_TITLE.search(m, max(a, b - 40), hi)
        if title and title.start(1) == b:       # 'the independent weekly "Ponto Norte"': the quote is a name
            b = title.end(1)
    a, b = _strip_span(m, a, b)
    if b <= a or len(m[a:b].split()) > (16 if _RX_DATA_OF_BODY.search(m, a, b) else 10):
        return None     # a long phrase is no speaker, unless a body's data ('the latest figures of the X of Y')
    return a, b


#: a rank, title or initial written with a period before a name: 'Col.', 'Lt. Gen.', 'Brig.', 'J.' (rule `title_abbreviation`)
_RX_TITLE_ABBREV = re.compile(r"(?:(?:Gen|Lt|Col|Maj|Capt|Cpt|Sgt|Cpl|Pte|Pvt|Brig|Adm|Cmdr|Cdr|Lieut|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|"
                              r"Prof|Rev|Fr|Sheikh|Amb|Insp|Supt|Cmdt)\.|(?:[A-Z]\.)+)(?=\s+[A-Z])")
def _word_start(s: str, i: int) -> int:
    """Where the word ending at `i` starts."""
    while i > 0 and not s[i - 1].isspace():
        i -= 1
    return i


_RX_NP_RIGHT_STOP = re.compile(r",|\.(?=\s|$)|;|\s[—–]\s|\bwho\b|\bwhich\b|\bthat\b|\bas\b|\bwhen\b|\bwhile\b|" + MASK + r"|$")

#: an outlet's or programme's name in quotation marks after its common noun: 'the weekly "Ponto Norte"'
OUTLET_NOUNS = (r"(?:newspaper|weekly|daily|newssheet|news\s+sheet|magazine|paper|agency|channel|station|radio|"
                r"television|broadcaster|website|portal|programme|program|show|outlet|bulletin|tabloid)")
_RX_QUOTED_TITLE = re.compile(r"\b" + OUTLET_NOUNS + r"\s+(\ue000{3,60})(?!\ue000)")

#: a body's data or document named with the body: 'the latest figures of the Health Directorate of ...'
_RX_DATA_OF_BODY = re.compile(r"""
    \b(?:figures|data|tally|toll|count|statistics|records|report|estimates?)   # the data
    \s+(?:of|from|by|compiled\s+by|released\s+by)\s+(?:the\s+)?[A-Z]           # its body, capitalised
    """, re.X)

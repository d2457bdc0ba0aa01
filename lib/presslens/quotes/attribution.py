"""One paragraph's attributed statements before speaker resolution: colon and dash credits, cues tied to
their speakers (left, right, participle, coordinated), nominal reports; each statement's content is `quotes.content`'s.

A cue becomes an `Item`: where its clause starts, the cue's span, the cue, the speaker phrase's span (None:
the clause's speaker), where its content may start, and whether it is a participle or coordinated verb.
"""
from __future__ import annotations

import re
from operator import itemgetter

from ..fastre import _ends_with_stop, _re_match, _re_search
from ..mentions.context import _generic_actors
from ..mentions.lexicon import Cue, _cues, _find_cues, _find_cues_between
from .adverbials import _LEAD_ADV
from .coordinated import conjunction_item
from .owned_statement import owned_statement_in_object
from .relative import relative_speaker
from .relative_object import relative_object_speaker
from .bare_title import CREDIT_LEMMAS, bare_title_credit
from .progressive import progressive_item
from .sequence import ended_by_participle
from .inverted import credit_at_end, name_credit_after_clause, role_credit_after_clause, short_credit_after_clause
from .fronted import subject_after_fronted
from .following_document import author_after_comma
from .fronted_participle import fronted_participle_cue
from .participle_subject import participle_subject
from .lead_subject import subject_of_coordinated_verb
from .relay import listed_outlet, outlet_relays_source
from .quoted_as import QUOTED_AS_FORMS, quoted_as_saying
from .inner_clause import _INNER_PASSIVE_LEMMAS, agent_to_comma, inner_comment_items, inner_passive_item
from .nominal import (cited_is_source, citing_source, content_after_cited, document_from_author,
                      issued_statement_subject, passive_agent, press_office, role_subject, statement_noun_by_agent,
                      statement_noun_of_modifier, subordinate_subject)
from .clause import _RX_LEAD_NAME, _RX_LY_TAIL, _np_right, _subject_left
from .cues import _RX_CAP_BEFORE, _RX_CATENATIVE, _RX_COORD, _RX_INVERTED_NP, _RX_QUOTED_AS, _cue_refused
from .phrase_bounds import modifier_head_end
from .content import _RX_LEAD_DOCUMENT, _content, _content_end, _statement
from .reading import ParagraphReading, SentenceReading
from .participle_lead import function_word_not_speaker
from .spans import (MASK, Raw, _QUOTE_CHARS, _content_spans, _sentences, _unmasked, find_quote_spans, gerund_adverbial,
                    named_next)

#: an item: [clause_start, cue_start, cue_end, cue, speaker_span, after_start, participle, surface(, content span)]
Item = list


class _Tagged(list):
    """An item that knows the pattern that found it (column `found_by`; presslens.provenance): the few
    dispatchers tag what their patterns return; an untagged item is named by its shape (`_item_rule`)."""
    __slots__ = ("rule",)


def _tagged(it: Item | None, rule: str) -> Item | None:
    """`it` tagged with `rule` (None stays None)."""
    if it is None:
        return None
    out = _Tagged(it)
    out.rule = rule
    return out


def _item_rule(it: Item) -> str:
    """The pattern that found an item: its tag, else its shape: `according_to`, a participle (`adding`) or a verb
    coordinated with the cue before (both take the clause's speaker), an inverted credit ('"...," said X'), or the
    subject before the cue ('X said')."""
    if type(it) is _Tagged:
        return it.rule
    if it[3].lemma == "according_to":
        return "according_to"
    if it[6]:
        return "participle" if _is_participle(it[3]) else "coordinated verb"
    if it[4] is not None and it[4][0] >= it[2]:
        return "inverted credit"
    return "subject before the cue"


#: an item's sort key: where its cue starts
_CUE_START = itemgetter(1)
#: a closing quote mark and a capitalised word: a quote whose speaker the next sentence may introduce
_RX_QUOTE_THEN_NAME = re.compile(r"[\"”’»]\s+[A-Z]")


def _analyse_paragraph(para: str, base: int, pidx: int, out: list[Raw], low: str | None = None) -> None:
    """Append the attributed statements of one paragraph (article offset `base`, index `pidx`) to `out` (`low`: the
    paragraph lower-cased at the same offsets, quotes.reading.ArticleReading.paragraph_low, else None)."""
    forms = _cues()[0]
    quotes = find_quote_spans(para)
    # one pass per paragraph, outside its quotes (a cue inside a quote is no cue; sentences take their share)
    para_cues = _find_cues_between(para, low, _unmasked(quotes, len(para))) if quotes else _find_cues(para, low)
    if not para_cues and "reports" not in para and " that" not in para \
            and not (_QUOTE_CHARS.search(para) and (":" in para or "\u2014" in para or "\u2013" in para or "-" in para
                                                or _RX_QUOTE_THEN_NAME.search(para))) \
            and not (quotes and _find_cues(para, low)):
        return      # no cue (not even inside a quote), no colon or dash credit, no nominal report, no person named after a quote
    reading = ParagraphReading(para, low, quotes=quotes)     # quotes.reading: the masked paragraph, lower-cased once
    m = reading.m
    for sa, sb in _sentences(m, para):
        sentence = reading.sentence(sa, sb)     # the sentence's slice and lower-cased text, for every rule below
        sent = sentence.text
        if sentence.masked and sent.strip(" \t.,;:!?" + MASK) == "":
            _quote_only_sentence(para, base, pidx, m, sa, sb, quotes, out)
            continue
        credit = _credit(para, base, pidx, m, sa, sb, quotes, sentence)
        if credit is not None:
            out.extend(credit)
            continue
        items = _cue_items(para, m, sa, sb, para_cues, forms)
        nominal = _nominal_items(m, sa, sb, items, sentence)
        if nominal:     # (each item tagged with its pattern: column `found_by`)
            items += [_tagged(it, it[3].form if it[3].form == "there are reports" else "nominal_items") for it in nominal]
        if " by " in sent or " from " in sent:      # 'despite claims by X that ...' (quotes.nominal)
            items += [_tagged(it, "statement_noun_by_agent") for it in statement_noun_by_agent(m, sa, sb, sentence)]
        if " that " in sent and not items and ("arning" in sent or "laim" in sent or "ssurance" in sent or "llegation" in sent
                                               or "ccusation" in sent):
            items += [_tagged(it, "statement_noun_of_modifier")   # 'despite government warnings that ...' (quotes.nominal)
                      for it in statement_noun_of_modifier(m, sa, sb)]
        if (" as " in sent or "what " in sent) and ("sa" in sent or "lai" in sent or "ll" in sent or "ay" in sent
                                                   or "port" in sent or "ist" in sent or "ain" in sent or "nd" in sent):
            inner = inner_comment_items(m, sa, sb, items, forms)      # ', as X claimed' (quotes.inner_clause)
            if inner is not None:
                kept, new = inner
                items = kept + [_tagged(it, "inner_comment_clause") for it in new]
        if not items and sent[:1] == MASK:
            out.extend(_quote_then_named(para, base, pidx, m, sa, sb, quotes))
            continue
        if len(items) > 1:
            items.sort(key=_CUE_START)
        relayed: list[int] = []
        if len(items) > 1:
            items, relayed = outlet_relays_source(m, sa, sb, items, _relay_outlet)    # quotes.relay
            outer = outer_reporter(m, sa, sb, items)
            items = outer if outer is items else [_tagged(it, "outer_reporter") for it in outer]
        credits, items = _without_wire_credit(items)
        credits += relayed
        out.extend(_records(para, base, pidx, m, sa, sb, items, credits, quotes, reading))
        if items and ("’s " in sent or "'s " in sent) and (owned := owned_statement_in_object(m, sb, items)):
            owned = [_tagged(it, "owned_statement_in_object") for it in owned]     # quotes.owned_statement
            out.extend(_records(para, base, pidx, m, sa, sb, owned, [], quotes, reading))


#: nothing but an adverbial and the stop after a sentence-final cue
_RX_CUE_AT_END = re.compile(r"[\s,]*(?:(?:on|late\s+on|earlier\s+on)\s+\w+|by\s+(?:tele)?phone|in\s+a\s+statement)?[\s.!?]*$")


#: the verbs of an outer report (', Kovac said.'), which an inner clause's own speech verb never is
_OUTER_LEMMAS = frozenset(("say", "tell", "add", "report"))
#: a second clause with a subject of its own: ', while rockets killed nine'
_RX_CLAUSE_BREAK = re.compile(r"[,;]\s+(?:while|whereas|but|and\s+(?:the|a|an)\b)|;")


def outer_reporter(m: str, sa: int, sb: int, items: list[Item]) -> list[Item]:
    """Rule `outer_reporter`: a clause with a cue of its own, then ', X said.' at the end of the sentence
    ('Local residents blamed the militia for the looting, Kovac said.'): X reports the whole clause; the
    inner cue is part of the content, not a statement of its own.

    >>> from presslens.mentions.lexicon import _cues
    >>> s = "Local residents blamed the militia for the looting, Kovac said."
    >>> c = _cues()[0]
    >>> items = [[0, 16, 23, c["blamed"], (0, 15), 23, False, "blamed"], [52, 58, 62, c["said"], (52, 57), 62, False, "said"]]
    >>> [(it[7], s[it[8][0]:it[8][1]]) for it in outer_reporter(s, 0, len(s), items)]
    [('said', 'Local residents blamed the militia for the looting')]
    """
    last = items[-1]
    clause_start, cs, ce, cue, sp = last[:5]
    if last[6] or sp is None or clause_start is None or len(last) > 8 or cue.lemma not in _OUTER_LEMMAS \
            or not _RX_CUE_AT_END.match(m, ce, sb) or MASK in m[sa:sb]:
        return items
    head = m[sa:clause_start].rstrip()
    if not head.endswith(",") or any(it[6] or it[4] is None or it[3].lemma in _OUTER_LEMMAS or len(it) > 8
                                     for it in items[:-1]) \
            or _RX_CLAUSE_BREAK.search(m, items[0][2], clause_start):
        return items
    return [last[:8] + [(sa, sa + len(head) - 1)]]


def _quote_only_sentence(para: str, base: int, pidx: int, m: str, sa: int, sb: int, quotes, out: list[Raw]) -> None:
    """A sentence that is only a quote: it continues the direct quote before it ('"A," he said. "B."'), quotes
    the speaker of the statement before it ('X said the road was cut. "We walked for two days."'), or is
    spoken by the person the next sentence introduces ('"We ran." Halima Yusuf, 34, fled ...')."""
    parts, kind = _content_spans(para, base, m, sa, sb, quotes)
    if kind != "direct" or not parts:
        return
    last = out[-1] if out and out[-1].para == pidx else None
    if last is not None and last.kind != "direct":
        # '"A," X said while acknowledging B. "C."': C continues X's quote, not the participle's clause
        last = next((r for r in reversed(out) if r.para == pidx and r.kind == "direct"
                     and r.sp_start == last.sp_start and r.sent_start == last.sent_start), last)
    if last is not None and last.kind == "direct":
        last.parts = last.parts + parts
    elif last is not None:
        out.append(Raw(last.cue, last.cue_type, "direct", parts, last.speaker, last.sp_start, last.sp_end, pidx, base + sa,
                       "quote_only_sentence"))
    else:
        nxt = sb
        while nxt < len(m) and m[nxt].isspace():
            nxt += 1
        named = named_next(para, nxt, len(para)) if nxt < len(m) else None
        if named:
            out.append(Raw("", "neutral", "direct", parts, para[named[0]:named[1]], base + named[0], base + named[1],
                           pidx, base + sa, "named_next"))


def _quote_then_named(para: str, base: int, pidx: int, m: str, sa: int, sb: int, quotes) -> list[Raw]:
    """A closed quote ending on a stop, then (no cue in the sentence) a person introduced by name and age or
    role: the person's words ('"We had nowhere to run." Halima Yusuf, 34, fled ...')."""
    q = next(((qa, qb) for qa, qb, closed in quotes if qa == sa and closed), None)
    if q is None or para[q[0] + 1:q[1]].rstrip()[-1:] not in (".", "!", "?"):
        return []
    nxt = q[1] + 1
    while nxt < sb and m[nxt].isspace():
        nxt += 1
    named = named_next(para, nxt, sb)
    if named is None:
        return []
    parts, kind = _content_spans(para, base, m, sa, q[1] + 1, quotes)
    if kind != "direct" or not parts:
        return []
    return [Raw("", "neutral", "direct", parts, para[named[0]:named[1]], base + named[0], base + named[1], pidx, base + sa,
                "quote_then_named")]


def _credit(para: str, base: int, pidx: int, m: str, sa: int, sb: int, quotes,
            sentence: SentenceReading | None = None) -> list[Raw] | None:
    """Colon and dash credits: 'X, speaking in ...: "Q"' and '"Q" — X, role'. None when the sentence is
    neither (its cues are looked at instead), else its records (none when the credit has no speaker).
    `sentence`: the sentence's reading (quotes.reading), else None."""
    sent = sentence.text if sentence is not None else m[sa:sb]
    has_mask = sentence.masked if sentence is not None else MASK in sent
    mc = _re_match(r"^([^:\ue000]{2,160}?):\s*(\ue000+)[.\s]*$", sent) if has_mask and ":" in sent else None
    if mc and _find_cues(mc.group(1)):
        mc = None       # 'X told the Sun: "..."': the verb is the cue
    # (the quote's run of masks is possessive: giving masks back cannot reach a dash, only waste time)
    md = _re_match(r"^(\ue000++)[.,\s]*([—–]|-{1,2})\s*([^\ue000]+)$", sent) if sent[:1] == MASK else None
    if not (mc or md):
        return None
    if mc:
        np = (sa + mc.start(1), sa + mc.end(1))
        qpos, qend = sa + mc.start(2), sb
        cue = ":"
        cut = _re_search(r",\s*(?:speaking|writing|addressing)\b", m[np[0]:np[1]]) \
            or _re_search(r"(?<=[a-z\u00e0-\u024f])(?=,\s)", m[np[0]:np[1]])   # 'Name, army spokesman: "..."'
        if cut and not (" following" in m[np[0]:np[1]] and author_after_comma(m[np[0]:np[1]], cut.start())):
            np = (np[0], np[0] + cut.start())   # (not '..., received the following dispatch from Y': Y speaks)
        if m[np[0]:np[0] + 1].isupper() and gerund_adverbial(m[np[0]:np[1]]):
            return []
    else:
        qpos, qend = sa + md.start(1), sa + md.end(1)
        cue = "\u2014"
        np = _np_right(m, sa + md.start(3), sb)
    if np:
        parts, kind = _content_spans(para, base, m, qpos, qend, quotes)
        if parts and kind == "direct":
            return [Raw(cue, "neutral", "direct", parts, para[np[0]:np[1]], base + np[0], base + np[1], pidx, base + sa,
                        "colon credit" if cue == ":" else "dash credit")]
    return []


def _cue_items(para: str, m: str, sa: int, sb: int, para_cues, forms) -> list[Item]:
    """The sentence's cue words that are cues, each tied to its speaker."""
    items: list[Item] = []
    for cs, ce in para_cues:
        if cs < sa or ce > sb:
            continue
        surface = para[cs:ce]
        cue = forms.get(" ".join(surface.lower().split()))
        if cue is None:
            continue
        if surface[:1].isupper() and _RX_CAP_BEFORE.search(m, max(sa, cs - 30), cs):
            continue        # 'the United States': a capitalised cue word after a name is part of it
        passive = _passive_by_agent(m, sa, sb, cs, ce, cue, surface) if not items else None
        if passive:
            items.extend(_tagged(it, "passive_by_agent") for it in passive)
            continue
        if items and cue.lemma in _INNER_PASSIVE_LEMMAS and m.startswith(" by ", ce):
            inner = inner_passive_item(m, sa, sb, cs, ce, cue, surface, items,     # quotes.inner_clause
                                       lambda pos: _np_right(m, pos, sb) or passive_agent(m, pos, sb)
                                       or agent_to_comma(m, pos, sb))
            if inner is not None:   # '..., an accusation which is denied by X': X's statement
                items.append(_tagged(inner, "passive_inside_statement"))
                continue
        it = _cue_item(m, sa, sb, cs, ce, cue, surface, items)
        cited = citing_source(m, ce, sb) if it is not None and it[4] and cue.lemma in ("report", "say", "state") else None
        if cited and cue.lemma != "report" and not _is_outlet(m[it[4][0]:it[4][1]]):
            cited = None    # 'the ministry said, citing hospital records': the ministry speaks; only a wire credits
        if cited:       # '..., X reports citing Y' (quotes.nominal): Y speaks; a wire credit ('referring to Reuters') is none
            new = _cited_item(m, sa, sb, it, cited)
            it = new if new is it else _tagged(new, "citing_source")
        if it is not None:
            items.append(it)
    return items


_RX_OUTLET_HEAD = re.compile(r"\b(?:agency|newspaper|daily|weekly|broadcaster|television|radio|channel|outlet|website|"
                             r"news|press|media)\s*$", re.I)


def _is_outlet(phrase: str) -> bool:
    """Whether a cue's subject is a news outlet or agency ('the agency', 'Tanjug news agency', 'Reuters')."""
    return _RX_OUTLET_HEAD.search(phrase) is not None or _generic_actors().side_from_context(phrase) == "media"


def _relay_outlet(phrase: str) -> bool:
    """An outlet for rule `outlet_relays_source`: by its words or listed in outlets.yaml ('Dawn')."""
    return _is_outlet(phrase) or listed_outlet(phrase)


def _cited_item(m: str, sa: int, sb: int, it: Item, cited: tuple[int, int]) -> Item | None:
    """The item of rule `citing_source`: the cited source speaks the content before the outlet's credit; None
    when the source is itself an outlet (the sentence is the outlet's own, credited to a wire)."""
    np = _np_right(m, cited[1], sb)
    if np is None:
        return it
    if _generic_actors().side_from_context(m[np[0]:np[1]]) == "media" and not press_office(m[np[0]:np[1]]):
        return None     # (quotes.nominal `press_office_cited`: 'citing the military's media wing' is the military's)
    if not cited_is_source(m[np[0]:np[1]], m[cited[0]:cited[1]]):
        return it
    after = content_after_cited(m, np[1], sb) if it[0] is not None and not m[sa:it[1]].rstrip().endswith(",") else None
    if after is not None:   # quotes.nominal `cited_then_content`: 'The agency said, quoting sources, 43 soldiers died'
        return [it[0], it[1], it[2], Cue(m[cited[0]:cited[1]], "cite", "neutral", "clause"), np, after, False,
                m[cited[0]:cited[1]]]
    head = it[1] if m[sa:it[1]].rstrip().endswith(",") else min(it[1], it[4][0])
    return [None, head, head, Cue(m[cited[0]:cited[1]], "cite", "neutral", "clause"), np, np[1], False,
            m[cited[0]:cited[1]]]


#: cues whose passive names the speaker after 'by' ('was reported by X', 'were confirmed by X and by Y')
_PASSIVE_LEMMAS = frozenset(("report", "confirm", "reject", "deny", "claim", "announce", "dismiss", "state",
                             "acknowledge", "condemn", "allege", "estimate", "note", "dispute"))
_RX_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
                             r"(?:also\s+|later\s+|since\s+|quickly\s+|swiftly\s+|strongly\s+|flatly\s+)?$")
_RX_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|these|those|such|his|her|its|their)\s+$", re.I)
_RX_BY = re.compile(r"\s+by\s+(?=\S)")
#: the media a passive report was made in: 'was reported in Western media', 'was reported in the local press'
_RX_IN_MEDIA = re.compile(r"\s+in\s+(?=(?:the\s+)?(?:[A-Z][\w\-]*\s+|local\s+|state\s+|foreign\s+)?(?:media|press|newspapers)\b)")
#: a subject that only points back to the sentence before: 'This', 'That', 'It'
_RX_DEMONSTRATIVE = re.compile(r"\s*(?:This|That|It)\s*")
#: the end of the sentence before, inside a masked paragraph
_RX_SENTENCE_END = re.compile(r"[.!?][\"”’\ue000]?\s+(?=\S)")
_RX_AND_BY = re.compile(r",?\s+and\s+(?:also\s+)?by\s+")


def _passive_by_agent(m: str, sa: int, sb: int, cs: int, ce: int, cue: Cue, surface: str) -> list[Item] | None:
    """A passive cue and its agents, one item each, the subject before the auxiliary being the content.

    >>> s = "The deaths were confirmed by the Red Cross and by local officials."
    >>> from presslens.mentions.lexicon import _cues
    >>> [(s[it[4][0]:it[4][1]], s[it[8][0]:it[8][1]].strip()) for it in _passive_by_agent(s, 0, len(s), 16, 25, _cues()[0]["confirmed"], "confirmed")]
    [('the Red Cross', 'The deaths'), ('local officials', 'The deaths')]
    """
    if cue.lemma not in _PASSIVE_LEMMAS or not cue.form.endswith("ed"):
        return None
    aux = _RX_PASSIVE_AUX.search(m, max(sa, cs - 30), cs)
    by = _RX_BY.match(m, ce, sb) or (_RX_IN_MEDIA.match(m, ce, sb) if cue.lemma == "report" else None)
    if aux is None or by is None or MASK in m[sa:aux.start()] \
            or any(not _RX_DETERMINER_BEFORE.search(m, max(sa, a + sa - 8), a + sa) for a, _ in _find_cues(m[sa:aux.start()])):
        return None     # the subject holds a cue verb: 'X said the attack was reported by Y' is X's
    content = (sa, aux.start())
    if _RX_DEMONSTRATIVE.fullmatch(m, sa, aux.start()):
        content = sentence_before(m, sa) or content     # rule `this_was_reported`
    items: list[Item] = []
    pos = by.end()
    while pos < sb:
        np = _np_right(m, pos, sb)
        if np is None:      # quotes.nominal: 'by two members of X in Pidie on Tuesday': the agent ends at the adjunct
            np = passive_agent(m, pos, sb)
        if np is None:
            break
        more = _RX_AND_BY.search(m, np[0], np[1])
        if more:
            np = (np[0], more.start())
        items.append([None, cs, ce, cue, np, np[1], False, surface, content])
        if not more:
            break
        pos = more.end()
    return items or None


def sentence_before(m: str, sa: int) -> tuple[int, int] | None:
    """Rule `this_was_reported`: the span of the sentence before position `sa` in the paragraph, the content of
    a passive report whose subject only points back to it ('Serb forces could not enter Gorazde. This was
    reported in Western media.'); None at the paragraph's start.

    >>> s = "Serb forces could not enter Gorazde. This was reported in Western media."
    >>> a, b = sentence_before(s, s.index("This")); s[a:b]
    'Serb forces could not enter Gorazde'
    """
    head = m[:sa].rstrip()
    if not head or head[-1] not in ".!?":
        return None
    ends = [mt.end() for mt in _RX_SENTENCE_END.finditer(m, 0, len(head))]
    start = ends[-1] if ends else 0
    return (start, len(head) - 1) if len(head) - 1 > start else None


def _is_participle(cue: Cue) -> bool:
    """Whether a cue form is a participle, a phrasal one included ('adding', 'pointing out', 'calling on').

    >>> from presslens.mentions.lexicon import _cues
    >>> [_is_participle(_cues()[0][f]) for f in ("noting", "pointing out", "pointed out", "said")]
    [True, True, False, False]
    """
    return cue.form.partition(" ")[0].endswith("ing")


def _subject_end(m: str, sa: int, cs: int, cue: Cue) -> int | None:
    """Where the cue's subject ends: before a catenative verb ('X continue to deny'); None when a function
    word stands right before the cue (no subject: 'the claims', 'to say')."""
    subj_end = cs
    if m.startswith("to ", cs - 3):
        cat = _RX_CATENATIVE.search(m, max(sa, cs - 30), cs)
        if cat:
            subj_end = cat.start() + 1
    if subj_end == cs and _ends_with_stop(m[max(sa, cs - 12):cs].rstrip()) and cue.lemma != "according_to" \
            and not (cue.form == "saying" and _RX_QUOTED_AS.search(m, sa, cs)) \
            and not ended_by_participle(m[max(sa, cs - 30):cs], cue.form):     # quotes.sequence: 'concluded by stressing'
        prev_word = m[sa:cs].rsplit(None, 1)[-1:]    # the last word before the cue ('(\S+)\s*$'), if any
        if not (prev_word and prev_word[0].lower() == "that" and _is_participle(cue)):
            return None
    return subj_end


def _quoted_as_item(m: str, sa: int, cs: int, ce: int, cue: Cue, surface: str) -> Item | None:
    """Rule `quoted_as_saying` (quotes.quoted_as): the source an outlet quoted 'as saying' is the cue's speaker; its
    clause starts at the quoting subject (a statement before it, '"Q," the agency quoted X as saying', is fronted)."""
    source = quoted_as_saying(m[sa:cs])
    if source is None:
        return None
    kind, a, b, verb = source
    sp = (sa + a, sa + b) if kind == "source" else _subject_left(m, sa, sa + a)
    if sp is None or sp[1] <= sp[0]:
        return None
    outlet = _subject_left(m, sa, sa + verb) if kind == "source" else None
    return _tagged([outlet[0] if outlet else sp[0], cs, ce, cue, sp, ce, False, surface], "quoted_as_saying")


def _cue_item(m: str, sa: int, sb: int, cs: int, ce: int, cue: Cue, surface: str, items: list[Item]) -> Item | None:
    """One cue tied to its speaker: `according to X`, inverted `"...," said X`, a participle (`adding`),
    a verb coordinated with the cue before (`X said A and urged B`), or the subject on its left."""
    if m.startswith("as ", cs - 3) and cue.form in QUOTED_AS_FORMS:
        quoted = _quoted_as_item(m, sa, cs, ce, cue, surface)     # 'It quoted X as saying', 'X was quoted as saying'
        if quoted is not None:
            return quoted
    if cue.form[-3:] == "ing" and (prog := progressive_item(m, sa, sb, cs, ce, cue, surface)) is not None:
        return _tagged(prog, "progressive_cue")     # quotes.progressive: 'both sides were claiming victories'
    if cue.frame == "clause" and cue.lemma != "believe" and ("which" in m[sa:cs] or "who" in m[sa:cs] or "that" in m[sa:cs]):
        rel_obj = relative_object_speaker(m[sa:cs], m[ce:sb])      # quotes.relative_object: 'which X claims were'
        if rel_obj is not None:
            return _tagged([sa + rel_obj[0], cs, ce, cue, (sa + rel_obj[0], sa + rel_obj[1]), ce, False, surface],
                           "relative_object_speaker")
    subj_end = _subject_end(m, sa, cs, cue)
    if subj_end is None and not _is_participle(cue):    # quotes.relative: '..., according to X, who added that'
        rel = relative_speaker(m, sa, cs, items) if cue.frame == "clause" or "who" in m[cs - 6:cs] else None
        if rel is not None and not _cue_refused(m, sa, sb, cs, ce, cue):
            return _tagged([rel[0], cs, ce, cue, rel[1], ce, False, surface], "relative_speaker")
    if subj_end is None or _cue_refused(m, sa, sb, cs, ce, cue):
        return None
    participle = _is_participle(cue) and cue.lemma != "according_to"
    if cue.lemma == "according_to":
        np = _np_right(m, ce, sb) or document_from_author(m, ce, sb)    # quotes.nominal: 'a statement from X read out on TV'
        return [None, cs, ce, cue, np, np[1], False, surface] if np else None
    # inverted: '"...," said X' / '..., said X, a spokesman'
    before = m[sa:cs].rstrip()
    credit = not participle and (before.endswith(",") or before.endswith(MASK)) \
        and (credit_at_end(m, ce, sb, cue.lemma) or name_credit_after_clause(m, ce, sb, cue.lemma)
             or role_credit_after_clause(m, ce, sb, cue.lemma) or short_credit_after_clause(m, sa, cs, ce, sb, cue.lemma))
    left: tuple[int, int] | None | bool = False     # `_subject_left(m, sa, cs)` once asked here (False: not asked)
    if not participle and (before.endswith(",") or before.endswith(MASK)) and (_RX_INVERTED_NP.match(m, ce, sb) or credit):
        before_cue = before.rstrip(",").rstrip()
        if before_cue.endswith(MASK) or credit or not (left := _subject_left(m, sa, cs)):   # quotes.inverted: ', writes X.'
            np = _np_right(m, ce, sb)
            if np:
                return [None, cs, ce, cue, np, np[1], False, surface]
    if not participle and cue.lemma in CREDIT_LEMMAS and (before.endswith(",") or before.endswith(MASK)) \
            and m[ce:ce + 2].strip()[:1].islower() and (bare := bare_title_credit(m, ce, sb)) is not None:
        return _tagged([None, cs, ce, cue, bare, bare[1], False, surface], "bare_title_credit")   # quotes.bare_title
    if participle:
        mw = _re_search(r"\bwith\s+((?:\w+\s+){0,3}\w+)\s*$", m[sa:cs]) if "with" in m[sa:cs] else None
        sp = (sa + mw.start(1), sa + mw.end(1)) if mw else None
        ly = _RX_LY_TAIL.search(m, sp[0], sp[1]) if sp and m.endswith("ly", sp[0], sp[1]) else None
        if ly and ly.start() > sp[0]:       # 'with both sides regularly claiming': the adverb is not the subject's
            sp = (sp[0], ly.start())
        return [cs if mw is None else sa + mw.start(), cs, ce, cue, sp, ce, True, surface]
    co = _RX_COORD.search(m, max(sa, cs - 24), cs) if items else None
    if co and not items[-1][6]:
        # 'X said A and urged B': a verb coordinated with the cue before takes its speaker
        return [co.start(), cs, ce, cue, None, ce, True, surface]
    sp = left if left is not False and subj_end == cs else _subject_left(m, sa, subj_end)     # (asked once per cue)
    if sp is None:      # quotes.coordinated: 'A happened, but a resident said ...', 'X called for A but has said B'
        return _tagged(conjunction_item(m, sa, cs, ce, cue, surface, items), "conjunction_item")
    if sp[0] == sp[1]:     # 'X said A, and called on B': same speaker as the clause before
        return [sp[0], cs, ce, cue, None, ce, True, surface]
    rel = _RX_DENIED_NOUN.fullmatch(m, sp[0], sp[1]) if cue.lemma in _DENIAL_LEMMAS else None
    if rel:     # rule `denied_noun_relative`: '..., an allegation Kigali has denied': the noun is the content
        return _tagged([sp[0], cs, ce, cue, rel.span("subject"), ce, False, surface, rel.span("noun")],
                       "denied_noun_relative")
    return [sp[0], cs, ce, cue, sp, ce, False, surface]


#: cues of denial whose object a relative clause without 'that' may put before the subject
_DENIAL_LEMMAS = frozenset(("deny", "reject", "dispute", "dismiss", "refute"))
#: 'an allegation Kigali has denied': a statement noun, then the subject of the denial (rule `denied_noun_relative`)
_RX_DENIED_NOUN = re.compile(r"(?P<noun>(?:an?|the|this|that)\s+(?:[a-z\-]+\s+)?(?:allegation|claim|accusation|charge|"
                             r"assertion|report|account)s?)\s+(?P<subject>(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4}"
                             r"(?:(?<=['’]s)\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+)?)")   # "Tajdara's foreign ministry"


def _nominal_items(m: str, sa: int, sb: int, items: list[Item], sentence: SentenceReading | None = None) -> list[Item]:
    """Attributions without a cue verb: 'There are (unconfirmed) reports that ...' (unless a cue of the
    sentence covers it) and, in a sentence without cues, "X's statement/claims/reports that ..." (`sentence`: the
    sentence's reading, quotes.reading, else None)."""
    sent = sentence.text if sentence is not None else m[sa:sb]
    special = "reports" in sent and "here" in sent and _re_search(r"\b(?:[Tt]here\s+(?:are|were|have\s+been)\s+(?:unconfirmed\s+)?reports)\s+(?:that\s+)?", sent)
    new: list[Item] = []
    if special and not any(it[1] >= sa + special.start() and it[1] < sa + special.end() for it in items):
        ss = sa + special.start()
        at = sa + special.group(0).find("reports") + special.start()
        new.append([ss, ss, sa + special.end(), Cue("there are reports", "report", "distancing", "clause"),
                    (at, at + 7), sa + special.end(), False, special.group(0).strip()])
    # (searched only where it is used: a sentence with no cue item; the pattern is tried at every position)
    nominal = not items and not new and " that" in sent and ("tatement" in sent or "laim" in sent or "eport" in sent) \
        and _re_search(r"\b((?:[A-Z][\w\-]+\s+){1,3})(statements?|claims?|reports?)\s+that\s+", sent)
    if nominal:
        ns = sa + nominal.start(1)
        new.append([ns, sa + nominal.start(2), sa + nominal.end(2), Cue(nominal.group(2), "statement", "neutral", "clause"),
                    (ns, sa + nominal.end(1) - 1), sa + nominal.end(2), False, nominal.group(2)])
    return new


def _without_wire_credit(items: list[Item]) -> tuple[list[int], list[Item]]:
    """Drop an `according to` credit when the sentence names the speaker otherwise; returns where the
    dropped credits start (the statement before each ends there) and the items left."""
    credits: list[int] = []
    if len(items) > 1:
        credits = [it[1] for it in items if it[3].lemma == "according_to"
                   and any(o[3].lemma != "according_to" and o[4] and o[4] != it[4] for o in items)]
        if credits:
            items = [it for it in items if it[1] not in credits or it[3].lemma != "according_to"]
    return credits, items


def _participle_subject(head: str, off: int, nm: re.Match, sa: int) -> tuple[int, int] | None:
    """Rule `participle_subject_phrase` (quotes.participle_subject) on a participle's lead name -> the sentence span."""
    found = participle_subject(head[off:], 0, nm.end())
    return (sa + off + found[0], sa + off + found[1]) if found else None


def _records(para: str, base: int, pidx: int, m: str, sa: int, sb: int, items: list[Item], credits, quotes,
             reading: ParagraphReading | None = None) -> list[Raw]:
    """The sentence's items -> records: speaker span (a participle's from the clause before) and content
    (`reading`: the paragraph's, quotes.reading, for its lower-cased masked copy; None: the rules lower-case)."""
    m_low = reading.m_low if reading is not None else None
    recs: list[Raw] = []
    last_sp = None
    for k, it in enumerate(items):
        clause_start, cs, ce, cue, sp, after, participle, surface = it[:8]
        if participle and sp is None:
            sp = last_sp
        opening = None
        if participle and sp is None and k == 0 and not m[sa:cs].strip():
            opening = fronted_participle_cue(m, ce, sb, cue.frame)     # quotes.fronted_participle: 'Saying X, Y ...'
            if opening is not None:
                sp = opening[1]
                it = _tagged(it, "fronted_participle_cue")
        if participle and sp is None:
            head = m[sa:cs]
            fronted = subject_after_fronted(head)      # quotes.fronted: 'Amid clashes, the U.N. ..., warning'
            if fronted:
                sp = (sa + fronted[0], sa + fronted[1])
            coord = subject_of_coordinated_verb(head) if sp is None and head.rstrip().endswith(("and", "but")) else None
            if coord:       # 'A Reuters photographer saw six bodies, ..., and said' (quotes.lead_subject)
                sp = (sa + coord[0], sa + coord[1])
            issued = issued_statement_subject(head) if sp is None else None
            if issued:      # 'X issued a statement rejecting ...' (quotes.nominal)
                sp = _subject_left(m, sa, sa + issued)
            lead = _LEAD_ADV.match(head) if sp is None else None
            off = lead.end() if lead else 0
            nm = _RX_LEAD_NAME.match(head[off:]) if sp is None else None
            if nm and " " not in nm.group(0) and function_word_not_speaker(nm.group(0)):
                nm = None       # rule `function_word_not_speaker`: 'Only hours after declaring ...' (quotes.participle_lead)
            if nm and nm.group(0) in ("The", "A", "An"):
                nm = None       # a determiner alone is no name ('The statement comes ... , saying')
                sub = subordinate_subject(head)     # quotes.nominal
                doc = _RX_LEAD_DOCUMENT.match(head) if sub is None else None
                if sub:         # '... after regional leaders issued X, saying'
                    sp = (sa + sub[0], sa + sub[1])
                elif doc:       # 'The statement also conveyed ..., stressing that': the document speaks
                    sp = (sa + doc.start(), sa + doc.end())
                elif role := role_subject(head[off:]):    # 'The head of the X militia has broken with Y, saying'
                    sp = (sa + off + role[0], sa + off + role[1])
            if nm:          # 'State radio showed ..., saying': the noun phrase to its head (quotes.phrase_bounds)
                sp = (sa + off, sa + off + modifier_head_end(head[off:], nm.end()))
                if sp[1] == sa + off + nm.end() and head[off + nm.end():off + nm.end() + 2][1:].islower():
                    sp = _participle_subject(head, off, nm, sa) or sp   # quotes.participle_subject: 'Young men'
        nxt_start = _content_end(m, sb, items, k, credits)
        if opening is not None:
            nxt_start = min(nxt_start, opening[0])
        parts, kind = _content(para, base, m, sa, items, k, nxt_start, quotes, m_low)
        if not parts or sp is None:
            continue
        parts = _statement(para, base, m, it, sp, parts, kind, nxt_start, quotes)
        if parts is None:
            continue
        last_sp = sp
        recs.append(Raw(" ".join(surface.split()), cue.type, kind, parts, para[sp[0]:sp[1]],
                        base + sp[0], base + sp[1], pidx, base + sa, _item_rule(it)))
    return recs

"""One paragraph's attributed statements before speaker resolution: colon and dash credits, cues tied to
their speakers (left, right, participle, coordinated), nominal reports, and each statement's content.
"""
from __future__ import annotations


from ..actors import fold
from ..fastre import _ends_with_stop, _re_match, _re_search
from ..mentions.lexicon import Cue, _cues, _find_cues
from .adverbials import _ADVERBIAL, _LEAD_ADV
from .clause import _RX_LEAD_NAME, _RX_TOLD_OBJECT, _np_right, _subject_left
from .cues import _ONE_WORD_OBJECTS, _ONE_WORD_OBJECT_CUES, _RX_ANONYMITY, _RX_CALL_OBJECT, _RX_CAP_BEFORE, _RX_CATENATIVE, _RX_COMMA_OR_END, _RX_COMMA_PARTICIPLE, _RX_COMMA_THAT, _RX_COORD, _RX_INVERTED_NP, _RX_NOUN_CUE_AFTER, _RX_NOUN_DET_BEFORE, _RX_PARTICLE_AFTER, _RX_QUOTED_AS, _RX_REPORT_FROM, _RX_TO_BE_AFTER
from .spans import MASK, Raw, _QUOTE_CHARS, _content_spans, _mask, _sentences, find_quote_spans


def _analyse_paragraph(para: str, base: int, pidx: int, out: list[Raw]) -> None:
    forms = _cues()[0]
    para_cues = _find_cues(para)     # one pass per paragraph; sentences take their share
    if not para_cues and "reports" not in para and " that" not in para \
            and not (_QUOTE_CHARS.search(para) and (":" in para or "\u2014" in para or "\u2013" in para or "-" in para)):
        return      # no cue, no colon or dash credit, no nominal report: nothing to attribute
    quotes = find_quote_spans(para)
    m = _mask(para, quotes)
    if quotes:
        para_cues = [(cs, ce) for cs, ce in para_cues if m[cs] != MASK]
    sents = _sentences(m)
    for sa, sb in sents:
        sent = m[sa:sb]
        recs: list[Raw] = []
        if sent.strip(" \t.,;:!?" + MASK) == "" and MASK in sent and out and out[-1].para == pidx and out[-1].kind == "direct":
            # '"A," he said. "B."': a quote-only sentence continues the direct quote before it
            parts, kind = _content_spans(para, base, m, sa, sb, quotes)
            if kind == "direct":
                out[-1].parts = out[-1].parts + parts
            continue
        # colon / dash attribution: 'X, speaking in ...: "Q"'  /  '"Q" — X, role'
        has_mask = MASK in sent
        mc = _re_match(r"^([^:\ue000]{2,160}?):\s*(\ue000+)[.\s]*$", sent) if has_mask and ":" in sent else None
        if mc and _find_cues(mc.group(1)):
            mc = None       # 'X told the Sun: "..."': the verb is the cue
        # (the quote's run of masks is possessive: giving masks back cannot reach a dash, only waste time)
        md = _re_match(r"^(\ue000++)[.,\s]*([—–]|-{1,2})\s*([^\ue000]+)$", sent) if sent[:1] == MASK else None
        if mc or md:
            if mc:
                sp = (sa + mc.start(1), sa + mc.end(1))
                qpos, qend = sa + mc.start(2), sb
                cue = ":"
                np = sp
                cut = _re_search(r",\s*(?:speaking|writing|addressing)\b", m[np[0]:np[1]]) \
                    or _re_search(r"(?<=[a-z\u00e0-\u024f])(?=,\s)", m[np[0]:np[1]])   # 'Name, army spokesman: "..."'
                if cut:
                    np = (np[0], np[0] + cut.start())
            else:
                qpos, qend = sa + md.start(1), sa + md.end(1)
                cue = "\u2014"
                np = _np_right(m, sa + md.start(3), sb)
            if np:
                parts, kind = _content_spans(para, base, m, qpos, qend, quotes)
                if parts and kind == "direct":
                    recs.append(Raw(cue, "neutral", "direct", parts, para[np[0]:np[1]], base + np[0], base + np[1],
                                    pidx, base + sa))
            out.extend(recs)
            continue
        cues = []
        for cs, ce in para_cues:
            if cs < sa or ce > sb:
                continue
            surface = para[cs:ce]
            cue = forms.get(" ".join(surface.lower().split()))
            if cue is None:
                continue
            if surface[:1].isupper() and _RX_CAP_BEFORE.search(m, max(sa, cs - 30), cs):
                continue        # 'the United States': a capitalised cue word after a name is part of it
            cues.append((cs, ce, cue, surface))
        special = "reports" in sent and _re_search(r"\b(?:[Tt]here\s+(?:are|were|have\s+been)\s+(?:unconfirmed\s+)?reports)\s+(?:that\s+)?", sent)
        nominal = " that" in sent and ("tatement" in sent or "laim" in sent or "eport" in sent) and _re_search(r"\b((?:[A-Z][\w\-]+\s+){1,3})(statements?|claims?|reports?)\s+that\s+", sent)
        items = []   # (clause_start, cue_start, cue_end, cue, speaker_span, after_start, participle)
        for cs, ce, cue, surface in cues:
            subj_end = cs       # where the cue's subject ends: before a catenative verb ('X continue to deny')
            if m.startswith("to ", cs - 3):
                cat = _RX_CATENATIVE.search(m, max(sa, cs - 30), cs)
                if cat:
                    subj_end = cat.start() + 1
            if subj_end == cs and _ends_with_stop(m[max(sa, cs - 12):cs].rstrip()) and cue.lemma != "according_to" \
                    and not (cue.form == "saying" and _RX_QUOTED_AS.search(m, sa, cs)):
                prev_word = _re_search(r"(\S+)\s*$", m[sa:cs])
                if not (prev_word and prev_word.group(1).lower() in ("that",) and cue.form.endswith("ing")):
                    continue
            if cue.lemma in ("report", "put") and _RX_PARTICLE_AFTER.match(m, ce, sb) \
                    and not (cue.lemma == "report" and m.startswith(" in", ce) and _ADVERBIAL.match(m[ce:sb])):
                continue        # 'reported to the police', not 'reported in its morning update'
            if cue.form == "asked" and m[max(sa, cs - 2):cs].strip() == ",":
                continue        # 'X, asked about the estimate, said': a passive aside, not a question put
            if cue.lemma == "report" and _RX_REPORT_FROM.match(m, ce, sb):
                continue        # 'X reported from Kabul.', 'X, reporting from Aden, said': a credit, not a statement
            if cue.form in ("claim", "claims", "reports", "report", "calls", "say") and _RX_NOUN_CUE_AFTER.match(m, ce, sb):
                continue
            if cue.form in ("claims", "reports", "calls") and _RX_NOUN_DET_BEFORE.search(m, max(sa, cs - 16), cs):
                continue        # 'many reports', 'conflicting claims': a noun, not a cue
            if _RX_TO_BE_AFTER.match(m, ce, sb) and (cue.lemma != "claim" or _re_search(r"\b(?:is|are|was|were|been|be)\s*$", m[sa:cs])):
                continue   # 'is said to be' (hedge, not a statement)
            if cue.lemma == "call" and not _RX_CALL_OBJECT.match(m, ce, sb):
                continue
            if cue.lemma == "call" and _re_search(r"\bso-$", m[max(sa, cs - 3):cs]):
                continue
            if cue.lemma == "put" and not _re_search(r"\bat\b", m[ce:sb]):
                continue
            participle = cue.form.endswith("ing") and cue.lemma != "according_to"
            if cue.lemma == "according_to":
                np = _np_right(m, ce, sb)
                if not np:
                    continue
                items.append([None, cs, ce, cue, np, np[1], False, surface])
                continue
            # inverted: '"...," said X' / '..., said X, a spokesman'
            before = m[sa:cs].rstrip()
            if not participle and (before.endswith(",") or before.endswith(MASK)) and _RX_INVERTED_NP.match(m, ce, sb):
                before_cue = before.rstrip(",").rstrip()
                if before_cue.endswith(MASK) or not _subject_left(m, sa, cs):
                    np = _np_right(m, ce, sb)
                    if np:
                        items.append([None, cs, ce, cue, np, np[1], False, surface])
                        continue
            if participle:
                mw = _re_search(r"\bwith\s+((?:\w+\s+){0,3}\w+)\s*$", m[sa:cs])
                sp = (sa + mw.start(1), sa + mw.end(1)) if mw else None
                items.append([cs if mw is None else sa + mw.start(), cs, ce, cue, sp, ce, True, surface])
                continue
            co = _RX_COORD.search(m, max(sa, cs - 24), cs) if items else None
            if co and not items[-1][6]:
                # 'X said A and urged B': a verb coordinated with the cue before takes its speaker
                items.append([co.start(), cs, ce, cue, None, ce, True, surface])
                continue
            sp = _subject_left(m, sa, subj_end)
            if sp is None:
                continue
            if sp[0] == sp[1]:     # 'X said A, and called on B': same speaker as the clause before
                items.append([sp[0], cs, ce, cue, None, ce, True, surface])
                continue
            items.append([sp[0], cs, ce, cue, sp, ce, False, surface])
        if special and not any(it[1] >= sa + special.start() and it[1] < sa + special.end() for it in items):
            ss = sa + special.start()
            items.append([ss, ss, sa + special.end(), Cue("there are reports", "report", "distancing", "clause"),
                          (ss, sa + special.end()), sa + special.end(), False, special.group(0).strip()])
            items[-1][4] = (sa + special.group(0).find("reports") + special.start(), sa + special.group(0).find("reports") + special.start() + 7)
        if nominal and not items:
            ns = sa + nominal.start(1)
            items.append([ns, sa + nominal.start(2), sa + nominal.end(2), Cue(nominal.group(2), "statement", "neutral", "clause"),
                          (ns, sa + nominal.end(1) - 1), sa + nominal.end(2), False, nominal.group(2)])
        items.sort(key=lambda it: it[1])
        # drop a wire credit when the sentence names the speaker otherwise
        credits = []        # where a dropped credit starts: the statement before it ends there
        if len(items) > 1:
            credits = [it[1] for it in items if it[3].lemma == "according_to"
                       and any(o[3].lemma != "according_to" and o[4] for o in items)]
            if credits:
                items = [it for it in items if it[1] not in credits or it[3].lemma != "according_to"]
        last_sp = None
        for k, it in enumerate(items):
            clause_start, cs, ce, cue, sp, after, participle, surface = it
            if participle and sp is None:
                sp = last_sp
            if participle and sp is None:
                head = m[sa:cs]
                lead = _LEAD_ADV.match(head)
                off = lead.end() if lead else 0
                nm = _RX_LEAD_NAME.match(head[off:])
                if nm:
                    sp = (sa + off, sa + off + nm.end())
            nxt_start = sb
            for c in credits:       # '..., said X, according to Reuters': the credit is not content
                if ce < c < nxt_start:
                    nxt_start = c
            if k + 1 < len(items):
                nx = items[k + 1]
                nxt_start = nx[0] if nx[0] is not None and nx[0] > ce else nx[1]
                if nx[3].lemma == "according_to" or nx[6]:
                    mm = _re_search(r"(?:,|\s+and)?\s*$", m[ce:nx[1]])
                    nxt_start = nx[1]
                    if mm:
                        nxt_start = ce + mm.start()
            # after-content: skip adverbials and the object of 'told'
            pos = after
            rest = m[pos:nxt_start]
            adv = _ADVERBIAL.match(rest)
            if adv:
                pos += adv.end()
            if cue.frame == "told" or cue.lemma == "tell":
                obj = _RX_TOLD_OBJECT.match(m[pos:nxt_start])
                if obj and obj.group(0).strip():
                    pos += obj.end()
                adv = _ADVERBIAL.match(m[pos:nxt_start])
                if adv:
                    pos += adv.end()
            if cue.lemma == "according_to":
                pos = sp[1]
            lead_txt = m[sa:(clause_start if clause_start is not None else cs)].strip(" ,")
            rest = m[pos:nxt_start]
            after_txt = rest.strip(" ,.")
            inverted = clause_start is None and cue.lemma != "according_to"
            if inverted or _RX_COMMA_PARTICIPLE.match(rest):
                pos = nxt_start
            elif cue.lemma != "according_to" and k == 0 and not participle and lead_txt:
                if _RX_COMMA_OR_END.match(rest) and not _re_match(r"\s*,\s*(?:that|\ue000)", rest) \
                        and len(after_txt.split()) <= len(lead_txt.split()):
                    pos = nxt_start
                elif _re_match(r"(?:from|in|at|on|by|via|during|after|before|outside|inside|near|with|while|to|amid|despite|"
                               r"without|as|when)\b", after_txt) \
                        and (len(after_txt.split()) <= 8 or " that " not in after_txt) and MASK not in after_txt \
                        and lead_txt.strip(MASK + " ,.") == "":
                    # '"Q," she said, to a standing ovation' / '... she wrote on X after Monday's raids ...'
                    pos = nxt_start
            elif _RX_COMMA_THAT.match(rest) and cue.lemma != "according_to":
                pos += len(_re_match(r"\s*,\s*", rest).group(0))
            parts, kind = _content_spans(para, base, m, pos, nxt_start, quotes)
            # fronted content: 'CONTENT, X said' / '"Q," X said'
            lead_end = clause_start if clause_start is not None else cs
            if cue.lemma == "according_to":
                lead_end = cs
            if not parts and k == 0 and not participle:
                parts, kind = _content_spans(para, base, m, sa, lead_end, quotes)
            elif k == 0 and not participle and kind != "direct" and cue.lemma == "according_to" and m[sa:lead_end].strip(" ,"):
                parts, kind = _content_spans(para, base, m, sa, lead_end, quotes)
            elif parts and kind == "direct" and k == 0:
                lead, lead_kind = _content_spans(para, base, m, sa, lead_end, quotes)
                if lead and lead_kind == "direct":
                    parts = lead + parts
            if not parts or sp is None:
                continue
            first = para[parts[0][0] - base:parts[0][1] - base]
            if kind == "indirect" and _RX_ANONYMITY.match(first):
                continue        # 'asking that his name not be used', 'asking not to be named': a condition, not a statement
            if cue.lemma == "declare" and kind == "indirect" and not _re_match(r"\s*,?\s*that\b", m[after:nxt_start]) \
                    and len(first.split()) < 10:
                continue        # 'declared autonomy in 2022', 'declared a state of emergency': an act, not a statement
            if cue.lemma == "call" and kind == "mixed" and m[sp[0]:sp[0] + 5].lower() == "what ":
                # 'What the army calls a "clearance operation" has displaced ...': the label ends the statement
                q = next(((qa, qb) for qa, qb, closed in quotes if closed and qa >= parts[0][0] - base), None)
                if q is not None and base + q[1] + 1 < parts[-1][1]:
                    parts = [(parts[0][0], base + q[1] + 1)]
            if sum(len(para[a - base:b - base].split()) for a, b in parts) < 2 \
                    and not (kind == "indirect" and cue.lemma in _ONE_WORD_OBJECT_CUES
                             and fold(first.strip(" .,;")) in _ONE_WORD_OBJECTS):
                continue        # one word is no statement, but 'X claimed responsibility', 'Y denied this' are

            if cue.frame != "told" and cue.lemma == "according_to" and kind == "direct":
                kind = "direct"
            last_sp = sp
            recs.append(Raw(" ".join(surface.split()), cue.type, kind, parts, para[sp[0]:sp[1]],
                            base + sp[0], base + sp[1], pidx, base + sa))
        out.extend(recs)

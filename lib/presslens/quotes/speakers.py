"""Speaker resolution within the article: each raw statement's speaker phrase becomes an entity of the
article's mention layer (presslens.mentions), and the statement a quote row.
"""
from __future__ import annotations

import re

from ..actors import Actors
from ..mentions.body_on import body_on_named, names_body_on
from ..mentions.body_place import body_place_kept
from ..mentions.complement_kept import complement_kept
from ..mentions.message_from import message_from_place
from .adverb_bounds import adverb_out_of_subject
from ..mentions.layer import ArticleMentions
from ..mentions.lexicon import _cues
from ..mentions.name_titles import titled_single_name
from ..mentions.owners import owner_before_own_name
from ..mentions.phrase_start import noun_phrase_start
from ..provenance import NO_RULE
from .body_named_next import body_named_next
from .appositive import appositive_person, indefinite_named
from .name_kind import kind_gate, name_with_kind
from .named_next import office_named_next
from .quoted_as import cited_as, quoted_person
from .place_apposition import place_apposition_head
from .fronted_segment import fronted_modifier_before
from .following_document import following_document_issuer
from .relative_head import aside_head, relative_clause_head
from .relayed_subject import RELAY_CUES, credit_closes, relayed_subject
from .report_noun import report_participle_tail
from .spans import Raw
from ..mentions.state_document import state_document
from ..mentions.title_complement import complement_from_title, title_complement_name
from .verb_noun_cue import verb_before_noun_cue
from .voice_before import source_of_voice_before
from .subject_span import dateline_lead, first_conjunct, subject_before_say, time_after_subject
from .subject_verb import subject_before_verb
from .clause_boundary import clause_then_subject, pronoun_subject_last


#: quote marks and spaces left at the head of a speaker phrase by a quote whose opening mark is paragraphs back
_STRAY_MARKS = "\u201d\u201c\"\u2019\u2018\u00bb\u00ab\u2033 \t\n"
#: rule `glued_lead`: what a page glues before a subject: a typewriter quote mark of two apostrophes ("'' it
#: added"), a wire's credit in brackets and its dash ('(Reuters) -- Rebels said'), a caption's year glued to the
#: subject's first word ('2014Algerian security forces said')
_RX_GLUED_LEAD = re.compile(r"''\s*|\([A-Z][\w/.&\- ]{0,20}\)\s*(?:[-\u2013\u2014]{1,2}\s*)?|\d{1,4}(?=[A-Z][a-z])")


#: a wire's credit in brackets ('(AP)'): an agency's name, no side word of the dateline
_RX_CREDIT = re.compile(r"\([^)]{1,24}\)")


def _trim_lead(r: Raw, text: str) -> str:
    """Cut what a page glues before the subject off `r.speaker` (stray quote marks, rule `glued_lead`, rule
    `dateline_lead`); -> the dateline cut (for its side words), or ''."""
    lead = len(r.speaker) - len(r.speaker.lstrip(_STRAY_MARKS))
    if 0 < lead < len(r.speaker):   # '... resistance,” he said' after a quote opened paragraphs before
        r.speaker, r.sp_start = r.speaker[lead:], r.sp_start + lead
    glued = _RX_GLUED_LEAD.match(r.speaker) if r.speaker[:1] in "'(0123456789" else None
    if glued and glued.end() < len(r.speaker):  # "'' it added", '(Reuters) -- Rebels said' (rule `glued_lead`)
        r.speaker, r.sp_start = r.speaker[glued.end():], r.sp_start + glued.end()
    lead = dateline_lead(r.speaker, text[max(0, r.sp_start - 40):r.sp_start]) if " " in r.speaker else None
    if not lead:
        return ""
    cut = r.speaker[:lead]          # 'Portugal (AP) _ Three veterans' (quotes.subject_span)
    r.speaker, r.sp_start = r.speaker[lead:], r.sp_start + lead
    return cut


def _trim_clause(r: Raw) -> tuple[str | None, str]:
    """Cut a clause of its own that opens `r.speaker` off it (quotes.clause_boundary: 'Bodies lay in the streets
    and the Red Cross', 'sued the historian after he') -> (the rule that cut (column `speaker_by`) or None, the
    clause cut off when the subject left holds a possessive pronoun, whose antecedent it names, else '')."""
    phrase = r.speaker
    rule, at = "pronoun_subject_last", pronoun_subject_last(phrase)
    if at is None:
        rule, at = "clause_then_subject", clause_then_subject(phrase)
    if at is None:
        return None, ""
    r.speaker, r.sp_start = phrase[at:], r.sp_start + at
    return rule, (phrase[:at] if _RX_POSSESSIVE.search(r.speaker) else "")


#: a possessive pronoun in a subject ('four of its members'): its antecedent is in the clause before
_RX_POSSESSIVE = re.compile(r"\b(?:its|their)\b")


def _side_of_cut(layer: ArticleMentions, ent, dateline: str, clause: str) -> None:
    """An anonymous speaker with no side takes the side of the words cut off its phrase's head, in place: a
    dateline (rule `dateline_lead`: it gives the side it gave before the cut), or the clause before a subject that
    holds 'its' or 'their' (rule `clause_then_subject`: 'The Commission appeared split as four of its members')."""
    side = layer.generic.side_from_context(_RX_CREDIT.sub(" ", dateline)) if dateline else None
    if side:
        ent.side, ent.side_by = side, "dateline_side"
        return
    side = layer.generic.side_from_context(clause) if clause else None
    if side:
        ent.side, ent.side_by = side, "possessive_of_clause_before"


def _trim_tail(r: Raw) -> str | None:
    """Cut the subject's own words after it off `r.speaker` (quotes.subject_verb, quotes.subject_span) -> the rule
    that cut (column `speaker_by`), or None."""
    phrase = r.speaker      # the rules in turn, the first that cuts wins (no closures made per statement)
    rule, subject = "subject_before_verb", subject_before_verb(phrase, r.cue)
    if subject is None:
        rule, subject = "time_after_subject", time_after_subject(phrase, r.cue)
    if subject is None:
        rule, subject = "subject_before_say", subject_before_say(phrase)
    if subject is None and " and " in phrase:
        rule, subject = "first_conjunct_named", first_conjunct(phrase)
    if subject is None and " report" in phrase:
        rule, subject = "report_as_noun", report_participle_tail(phrase)
    if subject is None and ("." in phrase or "he " in phrase[1:]):
        at = noun_phrase_start(phrase)      # 'Actually the Finns' -> 'the Finns' (mentions.phrase_start)
        if at:
            r.speaker, r.sp_start = phrase[at:], r.sp_start + at
            return "noun_phrase_start"
    if subject is None:
        return None
    r.speaker, r.sp_end = subject, r.sp_start + len(subject)    # 'Noriega thanked his supporters, urged ...'
    return rule


def _name_kept(ent, phrase: str, text: str, on_bodies: bool | None) -> tuple[str | None, str | None]:
    """The speaker phrase's words the layer's name left out, kept: a body's place (mentions.body_place), a head and
    its complement (mentions.complement_kept; not where the complement is an outlet: 'reports from <a paper>' are the
    paper's, as 'a report by <a paper>' is), a body named with 'on' (mentions.body_on) -> (name, rule) or
    (None, None)."""
    placed = body_place_kept(ent.name, phrase) if " in " in phrase else None
    if placed is not None:      # 'the United Nations mission in East Timor'
        return placed, "body_place_kept"
    if ent.name[:1].isupper() and ent.side != "media" and " " in phrase and (
            " of " in phrase or " from " in phrase or " by " in phrase or " to " in phrase or " in " in phrase):
        placed = complement_kept(ent.name, phrase)
        if placed is not None and placed != ent.name:   # 'Reports from Skopje say'
            return placed, "complement_kept"
    if " from " in phrase and ent.name[:1].isupper() and ent.side != "media":   # (an outlet's reports: its own)
        placed = message_from_place(ent.name, phrase)
        if placed is not None:  # 'A message from Fez states' (mentions.message_from)
            return placed, "message_from_place"
    if " on " in phrase or (on_bodies and " " in ent.name and ("on " + ent.name) in text):
        placed = body_on_named(ent.name, phrase, text, anonymous=ent.anonymous)
        if placed is not None:  # 'It said' <- 'the State Committee on National Security'
            return placed, "body_on_named"
    return None, None


def _indefinite_named(layer: ArticleMentions, described, r: Raw, named: tuple[str, int, int]):
    """Rule `indefinite_named` (quotes.appositive): the entity of the name in apposition to the indefinite
    description `described` resolved to; the name's entity keeps the description's side when it has none of its own
    ('an elderly woman, Mary Otieno': a civilian). `described` when the name is no named entity."""
    ent = layer.resolve(named[0], named[1], named[2])
    if ent is None or ent.anonymous:
        return described
    if not ent.side and described.side:
        ent.side, ent.side_by = described.side, described.side_by
    ent.by = "indefinite_named"
    r.speaker, r.sp_start, r.sp_end = named
    return ent


def _relayed_subject(layer: ArticleMentions, outlet, r: Raw, text: str, speaker_by: str | None):
    """Rule `relayed_subject_speaks` (quotes.relayed_subject) on a statement whose speaker resolved to `outlet` (an
    outlet or its report, side `media`): when its credit closes the sentence ('..., the AP reported') and the
    sentence's named subject made the statement -> (the subject's entity, the rule's name), `r`'s speaker span moved
    to it; else (outlet, speaker_by), r unchanged."""
    if r.cue not in RELAY_CUES or r.sp_start < r.parts[-1][1] or not credit_closes(text, r.parts[-1][1], r.sp_start):
        return outlet, speaker_by
    a, b = r.parts[0]
    span = relayed_subject(text[a:b], _cues()[0])
    if span is None:
        return outlet, speaker_by
    start, end = a + span[0], a + span[1]
    ent = layer.resolve(text[start:end], start, end)
    if ent is None or ent.anonymous or ent.side == "media" or ent is outlet:
        return outlet, speaker_by
    r.speaker, r.sp_start, r.sp_end = text[start:end], start, end
    return ent, "relayed_subject_speaks"


def _adverb_cut(r: Raw) -> str | None:
    """Rule `adverb_out_of_subject` (quotes.adverb_bounds): `r`'s speaker without a closing adverb
    ('X and Y both said', 'Press reports here said') -> the rule's name, or None."""
    cut = adverb_out_of_subject(r.speaker)
    if cut is None:
        return None
    a, b = cut
    r.speaker, r.sp_start, r.sp_end = r.speaker[a:b], r.sp_start + a, r.sp_start + b
    return "adverb_out_of_subject"


def _phrase_narrowed(r: Raw, text: str) -> str | None:
    """The speaker-phrase rules on a raw statement: narrow `r`'s speaker to the head before a relative clause's comma
    (`relative_clause_head`: 'Hun Sen, who appeared ... and accused'), to the verb's subject before a noun cue
    (`verb_before_noun_cue`: 'X confirmed widespread reports') or to the name after a title's complement
    (`title_complement_name`: 'Adviser on the Peace Process X Y'), or a one-word place to the noun phrase it stands
    in apposition to (`place_apposition_head`); name the subject found after a sentence's opening word
    (`fronted_modifier_subject`); narrow a colon credit's clause that hands on 'the following <document>' to its
    author (`following_document_issuer`) -> the rule's name, or None (r unchanged)."""
    if r.cue == ":" and " following" in r.speaker:
        span = following_document_issuer(r.speaker)     # quotes.following_document
        if span is not None:    # 'The council issued the following statement', '... dispatch from General Y'
            a, b = span
            r.speaker, r.sp_start, r.sp_end = r.speaker[a:b], r.sp_start + a, r.sp_start + b
            return "following_document_issuer"
    if r.speaker[:1] == "w":
        head = relative_clause_head(text, r.sp_start, r.speaker)        # quotes.relative_head
        if head is not None:
            r.speaker, r.sp_start, r.sp_end = head
            return "relative_clause_head"
    window = text[r.sent_start:r.sp_start]
    if " -" in window or "\u2014" in window or "\u2013" in window or ", wh" in window:    # gate: an aside's opening
        head = aside_head(text, r.sent_start, r.sp_start, r.sp_end, r.parts[0][0] if r.parts else -1)
        if head is not None:    # quotes.relative_head: 'Gulen — who promotes ... — said'; 'Nasser, who arrived ...'
            r.speaker, r.sp_start, r.sp_end = head
            return "aside_head"
    if r.speaker[:1].isupper() and text[r.sp_end:r.sp_end + 1] == "," and " " not in r.speaker:
        head = place_apposition_head(text, r.sp_start, r.sp_end)        # quotes.place_apposition
        if head is not None:    # 'The government of X's largest region, Oromiya, accused'
            r.speaker, r.sp_start, r.sp_end = head
            return "place_apposition_head"
    if "ed" in r.speaker:
        vs = verb_before_noun_cue(text, r.sp_start, r.sp_end)      # quotes.verb_noun_cue
        if vs is not None:
            r.speaker, r.sp_start, r.sp_end = vs
            return "verb_before_noun_cue"
    if " on " in r.speaker or " of " in r.speaker or " for " in r.speaker:
        tc = title_complement_name(r.speaker)       # mentions.title_complement
        if tc is not None and r.speaker.endswith(tc):
            late = complement_from_title(r.speaker) is None     # session 21's reader named it
            r.speaker, r.sp_start = tc, r.sp_end - len(tc)
            return "name_after_complement_end" if late else "title_complement_name"
    if text[r.sp_start - 2:r.sp_start] == ", " and text[r.sp_end:r.sp_end + 1] == "," and r.speaker[:1] in "ta" \
            and fronted_modifier_before(text, r.sp_start):
        return "fronted_modifier_subject"       # 'Yet, the government, ..., admitted' (quotes.fronted_segment)
    return None


def _kind_cut(name: str, text: str, placed: str | None, speaker_by: str | None,
              phrase: str = "") -> tuple[str | None, str | None]:
    """Rule `name_with_kind` (quotes.name_kind) on a row's speaker `name`, printed so in `text`: -> (the name cut
    from its kind, 'name_with_kind') ('the UNITA rebel group' -> 'UNITA'), else (placed, speaker_by) unchanged.
    A row of rule `place_apposition_head` speaks as its `phrase` printed with the place, without its 'The'."""
    if speaker_by == "place_apposition_head":
        return (phrase[4:] if phrase[:4] in ("The ", "the ") else phrase), speaker_by
    cut = name_with_kind(name) if kind_gate(name) else None
    if cut is None or name not in text:     # a registry's or the layer's long form that the page never prints
        return placed, speaker_by
    return cut, "name_with_kind"


def _resolve(article_id: str, text: str, raws: list[Raw], actors: Actors | None, *,
             lowered: str | None = None) -> list[dict]:
    """Raw statements of one article -> quote rows, speakers resolved in text order (a statement's
    speaker is an antecedent of later ones). `lowered`: `text.lower()` when the caller has it, else None."""
    if not raws:
        return []       # no statement: the article's mention layer (its people, bodies, coreference) is not built
    layer = ArticleMentions(text, actors, lowered=lowered)
    raws = sorted(raws, key=lambda r: (r.parts[0][0] if r.parts else r.sp_start))
    rows = []
    kinds: list[str] = []       # each row's entity kind (rule `office_named_next`)
    on_bodies = None    # whether the article names a body with 'on' (rule `body_on_named`), found on first use
    for r in raws:
        dateline = _trim_lead(r, text)
        cue_at = text.find(r.cue, r.sp_end, r.sp_end + 200) if r.cue == "saying" else -1
        quoted = quoted_person(text, r.sp_end, cue_at) if cue_at > 0 else None
        cited = cited_as(text[r.parts[0][0]:r.parts[0][1]], speech_only=r.cue == "reported") \
            if r.cue in ("cited", "quoted", "reported") and r.parts and r.kind == "indirect" else None
        if cited is not None:       # 'Reuters cited a state official as confirming ...' (quotes.quoted_as)
            a = r.parts[0][0]
            quoted = (text[a + cited[0]:a + cited[1]], a + cited[0], a + cited[1])
            r.parts = [(a + cited[2], r.parts[0][1])] + r.parts[1:]
        clause = ""         # a clause cut off the phrase's head whose subject the speaker's 'its' or 'their' names
        speaker_by = None   # a rule here that names the speaker before the mention layer (column `speaker_by`)
        if quoted is not None:      # 'Radio X quoted Maj. Y saying ...': Y speaks (quotes.quoted_as)
            r.speaker, r.sp_start, r.sp_end = quoted
            speaker_by = "cited_as" if cited is not None else "quoted_person"
        elif (text[r.sp_end:r.sp_end + 1] in ",." or "(" in r.speaker) and \
                (named := appositive_person(text, r.sp_start, r.sp_end, r.speaker)) is not None:
            r.speaker, r.sp_start, r.sp_end, speaker_by = named     # '"...," Abdi Farah, the group's spokesman,
            #                                                          told'; 'by the X spokesman, Y.' (quotes.appositive)
        named = indefinite_named(text, r.sp_start, r.sp_end, r.speaker) \
            if speaker_by is None and r.speaker[:2].lower() in ("a ", "an", "on") else None
        if speaker_by is None:
            speaker_by = _phrase_narrowed(r, text)
        if speaker_by is None and " " in r.speaker:
            speaker_by, clause = _trim_clause(r)
            speaker_by = speaker_by or _trim_tail(r) or _adverb_cut(r)
        ent = layer.resolve(r.speaker, r.sp_start, r.sp_end, before=r.parts[0][0] if r.parts else None,
                            said=(r.parts[0][0], r.parts[-1][1]) if r.parts else None)
        if ent is None or not r.parts:
            continue
        ent, speaker_by = _relayed_subject(layer, ent, r, text, speaker_by) if ent.side == "media" else (ent, speaker_by)
        if named is not None and ent.anonymous:     # 'an elderly woman, Mary Otieno.' (quotes.appositive)
            ent = _indefinite_named(layer, ent, r, named)
            speaker_by = "indefinite_named" if ent.by == "indefinite_named" else speaker_by
        if quoted is not None and ent.registry_id is None and ent.side == "media":
            ent.side, ent.side_by = None, NO_RULE         # the outlet's words give the person quoted no side
        parts = r.parts
        if " " in ent.name and on_bodies is None:
            on_bodies = names_body_on(text)
        placed, kept_by = _name_kept(ent, r.speaker, text, on_bodies)
        if placed is None and not ent.anonymous and " " in r.speaker and (
                r.speaker[:1] in "TtAa" or " a" in r.speaker or " the " in r.speaker):
            placed = state_document(r.speaker, r.cue)      # 'The Iranian communique said' (mentions.state_document)
            kept_by = "state_document" if placed is not None else None
        if placed is None and ("'s " in ent.name or "\u2019s " in ent.name):
            placed = owner_before_own_name(ent.name)    # "Angola's Angop" -> 'Angop' (mentions.owners)
            kept_by = "owner_before_own_name" if placed is not None else None
        placed, speaker_by = _kind_cut(placed or ent.name, text, placed, kept_by or speaker_by, r.speaker)
        if (dateline or clause) and ent.anonymous and not ent.side:
            _side_of_cut(layer, ent, dateline, clause)
        rows.append({
            "quote_id": f"{article_id}#q{len(rows):03d}", "article_id": article_id,
            "speaker": placed or ent.name, "speaker_id": ent.registry_id,
            "speaker_side": ent.side or "unknown", "speaker_role": ent.role, "kind": r.kind, "cue": r.cue,
            "cue_type": r.cue_type, "text": " ".join([text[a:b] for a, b in parts]), "start": parts[0][0],
            "end": parts[-1][1], "speaker_start": r.sp_start, "speaker_end": r.sp_end, "anonymous": ent.anonymous,
            "found_by": r.rule or "attribution", "speaker_by": speaker_by or ent.by or "mentions",
            "side_by": ent.side_by if ent.side else NO_RULE,
        })
        kinds.append(ent.kind)
    _rows_taken_up(rows, kinds, layer, text)
    return rows


def _rows_taken_up(rows: list[dict], kinds: list[str], layer: ArticleMentions, text: str) -> None:
    """The rules that read an article's rows together, in place: an unnamed row named by the next, a lone source
    that speaks for the voice before, a one-word name's title."""
    if len(rows) > 1 and any(row["anonymous"] for row in rows):    # 'an official said ... X, the governor, said'
        office_named_next(rows, kinds, layer.inventory, text)
        body_named_next(rows, kinds, layer.inventory, text)     # 'a medical group said. / The X Network said'
        source_of_voice_before(rows, text)      # 'Hizbollah sources said ... "...," one source said'
    _titles_kept(rows, kinds, text)


def _titles_kept(rows: list[dict], kinds: list[str], text: str) -> None:
    """Rule `title_kept_single_name` on the article's rows: a one-word name keeps the title printed before it
    ('Rahman' -> 'Chief Corporal Rahman', mentions.name_titles); the rows are changed in place."""
    seen: dict[str | None, str | None] = {}     # one look per distinct speaker: the answer depends on it and the text
    for row, kind in zip(rows, kinds):
        if kind != "plural" and not row["anonymous"]:
            name = row["speaker"]
            titled = seen[name] if name in seen else seen.setdefault(name, titled_single_name(name, text))
            if titled is not None:
                row["speaker"] = titled
                if row["speaker_by"] == "name":     # a pronoun's or a role's row keeps the rule that found it
                    row["speaker_by"] = "title_kept_single_name"

"""Speaker resolution within the article: each raw statement's speaker phrase becomes an entity of the
article's mention layer (presslens.mentions), and the statement a quote row.
"""
from __future__ import annotations

import re

from ..actors import Actors
from ..mentions.body_on import body_on_named, names_body_on
from ..mentions.body_place import body_place_kept
from ..mentions.complement_kept import complement_kept
from ..mentions.layer import ArticleMentions
from ..provenance import NO_RULE
from .appositive import person_after_role, person_before_role
from .quoted_as import cited_as, quoted_person
from .spans import Raw
from .subject_span import dateline_lead, first_conjunct, subject_before_say, time_after_subject
from .subject_verb import subject_before_verb


#: quote marks and spaces left at the head of a speaker phrase by a quote whose opening mark is paragraphs back
_STRAY_MARKS = "\u201d\u201c\"\u2019\u2018\u00bb\u00ab\u2033 \t\n"
#: rule `glued_lead`: what a page glues before a subject: a typewriter quote mark of two apostrophes ("'' it
#: added"), a wire's credit in brackets and its dash ('(Reuters) -- Rebels said'), a caption's year glued to the
#: subject's first word ('2014Algerian security forces said')
_RX_GLUED_LEAD = re.compile(r"''\s*|\([A-Z][\w/.&\- ]{0,20}\)\s*(?:[-\u2013\u2014]{1,2}\s*)?|\d{1,4}(?=[A-Z][a-z])")


def _resolve(article_id: str, text: str, raws: list[Raw], actors: Actors | None, *,
             lowered: str | None = None) -> list[dict]:
    """Raw statements of one article -> quote rows, speakers resolved in text order (a statement's
    speaker is an antecedent of later ones). `lowered`: `text.lower()` when the caller has it, else None."""
    if not raws:
        return []       # no statement: the article's mention layer (its people, bodies, coreference) is not built
    layer = ArticleMentions(text, actors, lowered=lowered)
    raws = sorted(raws, key=lambda r: (r.parts[0][0] if r.parts else r.sp_start))
    rows = []
    on_bodies = None    # whether the article names a body with 'on' (rule `body_on_named`), found on first use
    for r in raws:
        lead = len(r.speaker) - len(r.speaker.lstrip(_STRAY_MARKS))
        if 0 < lead < len(r.speaker):   # '... resistance,” he said' after a quote opened paragraphs before
            r.speaker, r.sp_start = r.speaker[lead:], r.sp_start + lead
        glued = _RX_GLUED_LEAD.match(r.speaker) if r.speaker[:1] in "'(0123456789" else None
        if glued and glued.end() < len(r.speaker):  # "'' it added", '(Reuters) -- Rebels said' (rule `glued_lead`)
            r.speaker, r.sp_start = r.speaker[glued.end():], r.sp_start + glued.end()
        lead = dateline_lead(r.speaker, text[max(0, r.sp_start - 40):r.sp_start]) if " " in r.speaker else None
        if lead:                    # 'Portugal (AP) _ Three veterans' (quotes.subject_span)
            r.speaker, r.sp_start = r.speaker[lead:], r.sp_start + lead
        cue_at = text.find(r.cue, r.sp_end, r.sp_end + 200) if r.cue == "saying" else -1
        quoted = quoted_person(text, r.sp_end, cue_at) if cue_at > 0 else None
        cited = cited_as(text[r.parts[0][0]:r.parts[0][1]]) if r.cue in ("cited", "quoted") and r.parts \
            and r.kind == "indirect" else None
        if cited is not None:       # 'Reuters cited a state official as confirming ...' (quotes.quoted_as)
            a = r.parts[0][0]
            quoted = (text[a + cited[0]:a + cited[1]], a + cited[0], a + cited[1])
            r.parts = [(a + cited[2], r.parts[0][1])] + r.parts[1:]
        speaker_by = None   # a rule here that names the speaker before the mention layer (column `speaker_by`)
        if quoted is not None:      # 'Radio X quoted Maj. Y saying ...': Y speaks (quotes.quoted_as)
            r.speaker, r.sp_start, r.sp_end = quoted
            speaker_by = "cited_as" if cited is not None else "quoted_person"
        elif text[r.sp_end:r.sp_end + 1] == ",":
            named = person_before_role(text, r.sp_start, r.speaker)
            speaker_by = "person_before_role" if named is not None else "person_after_role"
            named = named or person_after_role(text, r.sp_end, r.speaker)
            if named is not None:   # '"...," Abdi Farah, the group's spokesman, told'; 'by the X spokesman, Y.' (quotes.appositive)
                r.speaker, r.sp_start, r.sp_end = named
            else:
                speaker_by = None
        subject = subject_before_verb(r.speaker, r.cue) if speaker_by is None and " " in r.speaker else None
        if subject is not None:     # 'Noriega thanked his supporters, urged ...' (quotes.subject_verb)
            r.speaker, r.sp_end, speaker_by = subject, r.sp_start + len(subject), "subject_before_verb"
        subject = time_after_subject(r.speaker, r.cue) if speaker_by is None and " " in r.speaker else None
        if subject is not None:     # 'Palestine guerillas to-day reported' (quotes.subject_span)
            r.speaker, r.sp_end, speaker_by = subject, r.sp_start + len(subject), "time_after_subject"
        said = subject_before_say(r.speaker) if speaker_by is None and " " in r.speaker else None
        if said is not None:        # 'The Taleban Ambassador to Pakistan says alleged ...' (quotes.subject_span)
            r.speaker, r.sp_end, speaker_by = said, r.sp_start + len(said), "subject_before_say"
        first = first_conjunct(r.speaker) if speaker_by is None and " and " in r.speaker else None
        if first is not None:       # 'Amnesty International and the U.N. Commission ...' (quotes.subject_span)
            r.speaker, r.sp_end, speaker_by = first, r.sp_start + len(first), "first_conjunct_named"
        ent = layer.resolve(r.speaker, r.sp_start, r.sp_end, before=r.parts[0][0] if r.parts else None,
                            said=(r.parts[0][0], r.parts[-1][1]) if r.parts else None)
        if ent is None or not r.parts:
            continue
        if quoted is not None and ent.registry_id is None and ent.side == "media":
            ent.side, ent.side_by = None, NO_RULE         # the outlet's words give the person quoted no side
        parts = r.parts
        placed = body_place_kept(ent.name, r.speaker) if " in " in r.speaker else None
        if placed is not None:      # 'the United Nations mission in East Timor' (mentions.body_place)
            speaker_by = "body_place_kept"
        elif ent.name[:1].isupper() and " " in r.speaker and (" of " in r.speaker or " from " in r.speaker
                                                             or " by " in r.speaker or " to " in r.speaker
                                                             or " in " in r.speaker):
            placed = complement_kept(ent.name, r.speaker)
            if placed == ent.name:
                placed = None       # the layer's name is the phrase's already ('Border Service of ... of Kyrgyzstan')
            elif placed is not None:    # 'Reports from Skopje say' (mentions.complement_kept)
                speaker_by = "complement_kept"
        if placed is None and " " in ent.name and on_bodies is None:
            on_bodies = names_body_on(text)
        if placed is None and (" on " in r.speaker or (on_bodies and " " in ent.name and ("on " + ent.name) in text)):
            placed = body_on_named(ent.name, r.speaker, text, anonymous=ent.anonymous)
            if placed is not None:  # 'It said' <- 'the State Committee on National Security' (mentions.body_on)
                speaker_by = "body_on_named"
        rows.append({
            "quote_id": f"{article_id}#q{len(rows):03d}", "article_id": article_id,
            "speaker": placed or ent.name, "speaker_id": ent.registry_id,
            "speaker_side": ent.side or "unknown", "speaker_role": ent.role, "kind": r.kind, "cue": r.cue,
            "cue_type": r.cue_type, "text": " ".join([text[a:b] for a, b in parts]), "start": parts[0][0],
            "end": parts[-1][1], "speaker_start": r.sp_start, "speaker_end": r.sp_end, "anonymous": ent.anonymous,
            "found_by": r.rule or "attribution", "speaker_by": speaker_by or ent.by or "mentions",
            "side_by": ent.side_by if ent.side else NO_RULE,
        })
    return rows

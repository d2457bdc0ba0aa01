"""Speaker resolution within the article: each raw speaker phrase becomes the fullest name the article
gives, with side, role and whether the speaker is anonymous.
"""
from __future__ import annotations

import re

from ..actors import Actors, fold
from ..fastre import _STOP_WORDS, _re_match, _re_sub
from ..mentions.context import _RX_ORG_SUBJECT, _generic_actors, _group_before, _is_subject, _last_of, _last_pos, _org_before, _org_mentions, _part_of, _rebel_side, _role_lookup, _role_of, _sentence_start, _speaker_tail, _unnamed_person_before
from ..mentions.lexicon import ORG_WORDS, PRONOUNS, REBEL_ANAPHORS, ROLE_WORDS, _GENERIC_ORG_HEADS, _NAME_RUN, _ROLE_SYNONYMS, _cap
from ..mentions.names import Mention, _fullest, _gender, _inventory, _strip_titles
from ..mentions.phrases import _RX_POSS_DET, _classify, _unnamed_out
from .spans import Raw


def _resolve(article_id: str, text: str, raws: list[Raw], actors: Actors | None) -> list[dict]:
    generic = actors if actors is not None else _generic_actors()
    inventory = _inventory(text, actors)
    by_name: dict[str, list[Mention]] = {}
    for mnt in inventory:
        by_name.setdefault(mnt.name, []).append(mnt)
    org_cache: list = []

    def orgs() -> list[tuple[int, str, str | None]]:
        if not org_cache:
            org_cache.append(_org_mentions(text, actors))
        return org_cache[0]

    raws = sorted(raws, key=lambda r: (r.parts[0][0] if r.parts else r.sp_start))
    history: list[tuple[int, str, str, str]] = []   # (pos, speaker, type person|org|plural, gender)
    rows = []
    for r in raws:
        kind, core = _classify(r.speaker, text)
        if kind == "none":
            continue
        speaker, stype, gender, unnamed = core, "", "", False
        pos = r.sp_start
        if kind == "pronoun":
            want = PRONOUNS[core]
            gq = "f" if core == "she" else "m" if core == "he" else ""
            if r.parts and r.parts[0][0] < pos:
                pos = r.parts[0][0]     # 'A man was killed ..., he wrote': the antecedent precedes the statement
            speaker = _last_of(history, inventory, pos, want, gq)
            if speaker is None and want == "person":
                # 'Olena Shevchenko, a volunteer in Kharkiv, said ... she said': a speaker whose name has no
                # organisation word was a person
                speaker = next((h[1] for h in reversed(history) if h[0] < pos and h[2] == "org" and len(h[1].split()) >= 2
                                and all(_cap(t) for t in h[1].split()) and not any(fold(t) in ORG_WORDS for t in h[1].split())
                                and not (actors is not None and actors.lookup(h[1]) is not None)), None)
            if want == "person" and core != "i":
                # an unnamed person described since ('a 19-year-old who ...  He said') is the nearer antecedent
                ante = _unnamed_person_before(text, pos, gq, after=_last_pos(history, inventory, speaker, pos))
                if ante:
                    speaker = ante
            subj = _RX_ORG_SUBJECT.match(text, _sentence_start(text, pos), pos) if core == "it" else None
            if subj:            # 'The government ..., which it calls ...': the sentence's own subject
                head = subj.group(2).lower()
                named = _NAME_RUN.match(text, subj.end() + 1, pos) if text[subj.end():subj.end() + 1] == " " else None
                if named:       # 'The human rights group Vigilancia Sur ...'
                    speaker = _strip_titles(named.group(0))
                else:
                    speaker = (_last_of(history, inventory, pos, "org", "", head=head)
                               or _org_before(orgs(), pos, head=head) or None)
                if speaker is None:
                    speaker = _re_sub(r"^[Tt]he\s+", "", subj.group(1))
                    want = "unnamed"
            elif want == "org":   # 'it': the body named last as a speaker, or as the subject of a later sentence
                named = _org_before(orgs(), pos, with_pos=True)
                if named and (speaker is None or (named[0] > _last_pos(history, inventory, speaker, pos)
                                                  and _is_subject(text, named[0]) and not _part_of(named[1], speaker))):
                    speaker = named[1]
            speaker = speaker or core
            stype = "org" if want == "unnamed" else want
            unnamed = speaker == core or speaker[:1].islower()
        elif kind == "anaphor":
            speaker = _last_of(history, inventory, pos, "org", "", head=core)
            gov = actors.conflicts[0].government_side if actors is not None and len(actors.conflicts) == 1 else None
            if speaker is not None and gov and core in _GENERIC_ORG_HEADS and core != "statement" \
                    and actors.side_of(speaker) == gov:
                speaker = None      # 'the group' is not the army or the ministry
            if speaker is None and core in REBEL_ANAPHORS and actors is not None:
                speaker = _org_before(orgs(), pos, side=_rebel_side(actors))
            if speaker is None and core not in REBEL_ANAPHORS:
                speaker = _org_before(orgs(), pos, head=core, not_side=gov if core in _GENERIC_ORG_HEADS else None)
            speaker = speaker or ("the " + core)
            stype = "org"
            unnamed = speaker.startswith("the ")
            if unnamed:     # the phrase with its modifiers: 'health ministry', 'media office'
                speaker = _RX_POSS_DET.sub("", _unnamed_out(r.speaker)) or core
                if not speaker.endswith(core) or len(speaker.split()) > 3 \
                        or any(w in _STOP_WORDS for w in fold(speaker).split()):
                    speaker = core
        elif kind in ("role", "qualified"):
            q = _re_match(r"^the\s+(younger|elder|older)\s+(.+)$", core, re.I)
            if q and q.group(2)[:1].isupper():
                speaker = _fullest(q.group(2), inventory, pos, prefer=[], qualifier="elder" if q.group(1).lower() != "younger" else "younger")
            else:
                role = fold(core).split()[-1]
                near = [mn for mn in inventory if mn.person and not mn.late and mn.end <= pos and pos - mn.end < 250]
                speaker = ((near[-1].name if near else None) or _role_lookup(inventory, pos, role, back=True)
                           or _role_lookup(inventory, pos, role, back=False)
                           or next((_role_lookup(inventory, pos, alt, back=False, within=400) for alt in _ROLE_SYNONYMS.get(role, ())
                                    if _role_lookup(inventory, pos, alt, back=False, within=400)), None)
                           or _last_of(history, inventory, pos, "person", _gender(role)) or _unnamed_out(core))
                if speaker[:1].isupper():
                    speaker = _fullest(speaker, inventory, pos, prefer=[])
            stype = "person"
            unnamed = not speaker[:1].isupper()
        elif kind == "name":
            reg = actors.lookup(core) if actors is not None else None
            if reg is None and actors is not None and len(core.split()) == 1:
                reg = None
            prefer = [h[1] for h in history if h[2] == "person"]
            qual = _gender(r.speaker)
            qual = "f" if qual == "f" else "mr" if qual == "m" else ""
            full = _fullest(core, inventory, pos, prefer=prefer, qualifier={"f": "mrs", "mr": "mr"}.get(qual, ""))
            speaker = full
            if len(full.split()) == 1 and reg is None and fold(full) in ORG_WORDS:
                # 'the Brigades' -> the body's full name given earlier ('Eastern Dawn Brigades')
                longer = [n for _, n, _ in orgs() if len(n.split()) > 1 and n.split()[-1] == full]
                if longer:
                    speaker = full = longer[0]
            stype = "person" if any(m.person for m in by_name.get(full, ())) or (reg is not None and reg.is_person) else "org"
            if stype == "org" and len(full.split()) >= 2 and not any(fold(t) in ORG_WORDS for t in full.split()) and full == core and qual:
                stype = "person"
        else:
            low = fold(core)
            ind = _re_match(r"^(?:a|an|one)\s+(?:[\w\-]+\s+){0,3}?([\w\-]+)(?:\s+(?:for|of|at|in|with)\b.*)?$", low)
            found = None
            if ind and "not" not in low and "anonymity" not in low and "named" not in low:
                role = ind.group(1)
                if role in ROLE_WORDS or role in ("leader", "mum"):
                    found = _role_lookup(inventory, pos, "mother" if role == "mum" else role, back=False)
            if found is None and low.startswith(("one of them", "one of those", "one of the two")):
                found = _group_before(text, pos)
                speaker = found or _unnamed_out(core)
                found = None
            else:
                speaker = found or _unnamed_out(core)
            unnamed = found is None
            stype = "person" if found else ("plural" if low.endswith("s") else "person")
        reg = actors.lookup(speaker) if (actors is not None and not unnamed) else None
        if reg is None and actors is not None and not unnamed and stype == "org":
            reg = actors.find(speaker) if len(speaker.split()) > 1 else None
            if reg is not None and fold(reg.name) not in fold(speaker) and not any(fold(a) == fold(speaker) for a in reg.aliases):
                reg = None
        descriptor = r.speaker + " " + (by_name[speaker][0].descriptor if speaker in by_name else "") + " " + _speaker_tail(text, r.sp_start, r.sp_end)
        if reg is not None:
            side = reg.side
        elif unnamed:   # the head phrase first: 'doctors' at '... General Hospital', 'he' -> 'one of two residents'
            side = (generic.side_from_context(speaker) or generic.side_from_context(r.speaker)
                    or generic.side_from_context(descriptor))
        else:
            side = (generic.side_from_context(r.speaker) or (speaker != r.speaker and generic.side_from_context(speaker))
                    or generic.side_from_context(descriptor))
        if reg is None and unnamed and fold(speaker) in ("sources", "reports", "local sources", "unconfirmed reports", "others"):
            side = None
        role = _role_of(descriptor)
        if unnamed and speaker[:1].isupper() and any(fold(w) in ORG_WORDS for w in speaker.split()[1:]):
            # "The UN's monitoring mission in X says ... It says ...": a body described, not named, is still
            # the antecedent of 'it'
            history.append((r.sp_start, speaker, "org", ""))
        if not unnamed:
            g = next((m.gender for m in by_name.get(speaker, ()) if m.gender), "")
            history.append((r.sp_start, speaker, stype or "org", g or (("f" if kind == "pronoun" and core == "she" else "m" if kind == "pronoun" and core == "he" else ""))))
        if not r.parts:
            continue
        parts = r.parts
        content = " ".join(text[a:b] for a, b in parts)
        rows.append({
            "quote_id": f"{article_id}#q{len(rows):03d}", "article_id": article_id,
            "speaker": speaker, "speaker_id": (reg.name if reg is not None else None),
            "speaker_side": side or "unknown", "speaker_role": role, "kind": r.kind, "cue": r.cue,
            "cue_type": r.cue_type, "text": content, "start": parts[0][0], "end": parts[-1][1],
            "speaker_start": r.sp_start, "speaker_end": r.sp_end, "anonymous": bool(unnamed),
        })
    return rows

"""Claimants: who makes each claim. A claim inside a quote row takes the row's speaker (resolved on the
article's mention layer by presslens.quotes); otherwise the sentence's source phrase ('according to X', 'X said',
a transcript label) is resolved on the same layer (presslens.mentions: pronouns, surnames, acronyms, documents
and roles to the article's entity), then named as the registry names it."""
from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

from ..fastre import case_free
from ..mentions.layer import ArticleMentions
from ..mentions.state_document import demonym_document
from .claimant_shapes import (claimant_edge_words, document_author, headline_source, headline_source_below,
                              identifying_source, inverted_credit_end, no_speaker_phrase, opens_on_cue_verb,
                              report_in_later_conjunct, unnamed_source_tail)
from .accuser_owner import accuser_owns_count, country_accuser
from .claim_owner import statement_owner
from .credit_aside import credit_before_aside
from .relay_object import relayed_object
from .source_modifier import source_modifier_cut
from .toll_putter import agentless_toll, toll_put_by
from .claimant_names import _canonical, _claimant_side, _resolve_generic, alias_as_written, article_spelling
from .claimant_titles import claimant_title_form, opens_on_title
from .found import Found
from .lexicon import Lexicon
from .quote_continued import continued_quotation
from .quote_rows import (_ACCOUNT, _POSTED_DOC, _speaker_inside, _strip_speaker_noise, _usable_quote,
                         adverbial_then_content, harm_not_claim, presupposed_toll, voice_within_quote)
from .sides import SideWords
from .source_phrase import (_CUE_WORDS, _LATER_SPEAKER, _LEAD_CONNECTIVE, _LEAD_SUBJ, _PERSON, _RELATIVE, _ROLE_FOR,
                            _RX_DOCUMENT, _TRAILING_CUE, _claimant_fallback, _clean_claimant, _full_name,
                            claimant_tail, document_body, first_name_later, inner_source, relayed_person)
from .sources_around import (_BULLETS, _CONTINUED, _OWNER, _POST_CREDIT, _line_label_turns, _list_intro,
                             _transcript_turns, source_next)
# (names other modules and tests import from here)
from .claimant_names import state_army  # noqa: F401
from .source_phrase import _HEAD_SOURCE, _SUBJ_SAID, _SUBJ_SAID_FIRST  # noqa: F401
from .sources_around import _CLAIM_NOUNS  # noqa: F401
__all__ = ["ArticleVoices", "claim_clauses", "harm_not_claim"]


#: the cheap pre-check before the mention layer: source phrases the layer resolves better than the sentence's
#: words (pronouns, a surname or acronym alone, a name with an adverb, documents and events, roles, bodies' common
#: nouns); sending every phrase to the layer gave the same figures on every set and cost 9% of the extraction
_ON_LAYER = re.compile(r"^(?:he|she|him|her|they|them|it)$|^[A-Z][A-Z&.\-]+$"
                       r"|^[A-Z][\w'’\-]*(?:\s+(?:also|too|meanwhile|however|likewise|instead|still|[a-z]+ly))?$"
                       r"|\b(?:statement|report|message|tweet|post|video|briefing|figures|data|communiqu[eé]|letter)\b"
                       r"|['’]s\s+[a-z]+$|^the\s+(?:committee|commission|directorate|authority|mission|bureau|"
                       r"department|observatory|union|society|institute|foundation|board|tribunal|federation|command)$",
                       re.I)
#: a speaker a quote row left unresolved: a pronoun
_UNRESOLVED = re.compile(r"^(?:he|she|it|they|him|her|them)$", re.I)
#: a document or occasion before the source's own subject: 'In a separate statement it', 'In the video, he'
_DOC_LEAD = re.compile(r"^(?:[Ii]n|[Oo]n|[Aa]t)\s+(?:an?|the|its|his|her|their)\s+(?:[a-z]+\s+){0,2}?"
                       r"(?:statement|video|post|message|interview|briefing|communiqu[eé]|speech|address)\s*,?\s+"
                       r"(?=(?:it|he|she|they)$)")



class _PeopleBefore(Sequence):
    """The person names of an article that end before `pos`, in text order, as a read-only list whose names are
    found when it is first read: a claimant is looked up among them only when the source phrase is one word
    (`_full_name`), so most articles never need the scan of their text for names."""

    __slots__ = ("_voices", "_pos", "_names")

    def __init__(self, voices: ArticleVoices, pos: int):
        self._voices, self._pos, self._names = voices, pos, None

    def _list(self) -> list[str]:
        if self._names is None:
            self._names = self._voices._people_list(self._pos)
        return self._names

    def __getitem__(self, k):
        return self._list()[k]

    def __len__(self) -> int:
        return len(self._list())

    def __iter__(self):
        return iter(self._list())

    def __reversed__(self):
        return reversed(self._list())

    def __eq__(self, other) -> bool:
        return self._list() == (other._list() if isinstance(other, _PeopleBefore) else other)

    def __repr__(self) -> str:
        return repr(self._list())


class ArticleVoices:
    """Who speaks where in one article, for the claimant of each claim: the sentences read so far and their
    claimants, the person names, transcript turns and quote rows (sorted by start)."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], quotes: list[Mapping], sw: SideWords):
        self.text, self.sentences, self.quotes, self.sw = text, sentences, quotes, sw
        self.sent_texts: list[str] = []
        self.speakers: dict[int, str | None] = {}  # sentence index -> its claimant, for the sentences with claims
        self._turns: list[tuple[int, str | None]] | None = None    # (`turns`: read on first use)
        self._turns_by = "transcript_turns"                          # (the rule that found them: `claimant_by`)
        self._person_spans: tuple[list[int], list[str]] | None = None
        self._layer: ArticleMentions | None = None
        self._speaker_rule: str | None = None   # (a rule that renamed a quote row's speaker: `claim_by`)
        self._title_forms: dict[str, str] = {}     # claimant -> its form by the titles convention (`title_form`)
        self._lowered: str | None = None           # the text in lower case (`lowered`)
        # the path that named the last sentence's claimant and the last claim's (column `claimant_by`; provenance)
        self.sent_by, self.claim_by = "claimant_fallback", "claimant_fallback"

    @property
    def lowered(self) -> str:
        """The article in lower case (rule `alias_as_written`: whether it writes a registry name), made on first use."""
        if self._lowered is None:
            self._lowered = self.text.lower()
        return self._lowered

    def title_form(self, name: str) -> str:
        """`claimant_title_form` of a claimant in this article, asked once per name (an article's claims repeat their
        claimants: the answer depends only on the name and the article's text)."""
        form = self._title_forms.get(name)
        if form is None:
            form = self._title_forms[name] = claimant_title_form(name, self.text)
        return form

    @property
    def turns(self) -> list[tuple[int, str | None]]:
        """The transcript's speaker turns (`_transcript_turns`), found when first asked: only a sentence with claims
        and no cue of its own asks, so most articles never scan their text for speaker labels."""
        if self._turns is None:
            self._turns = _transcript_turns(self.text)
            if not self._turns:    # a parliamentary record: its speakers alone on their lines
                self._turns, self._turns_by = _line_label_turns(self.text), "speaker_line_turns"
        return self._turns

    def entity_name(self, who: str, a: int, b: int) -> str | None:
        """A source phrase of the sentence at [a, b) resolved on the article's mention layer: its entity's
        canonical name ('he' -> the person, 'SAF' -> 'Sudanese Armed Forces', 'the message' -> its author,
        'Okafor also' -> 'Tunde Okafor'); the phrase itself when the layer finds no named entity; None when the
        phrase names no one (a day alone)."""
        if self._layer is None:
            self._layer = ArticleMentions(self.text, self.sw.view)
        at = self.text.find(who, a, b)
        at = at if at >= 0 else a
        ent = self._layer.resolve(who, at, at + len(who))
        if ent is None:
            return None
        return who if ent.anonymous else ent.name       # an unnamed source stays as written (the registry's turn next)

    def people_before(self, pos: int) -> Sequence[str]:
        """The person names that end before `pos`, in text order (read on first use: `_PeopleBefore`)."""
        return _PeopleBefore(self, pos)

    def _people_list(self, pos: int) -> list[str]:
        if self._person_spans is None:  # (ends, names) of the person names, in text order
            found = [(m.end(), m.group()) for m in _PERSON.finditer(self.text)]
            self._person_spans = ([end for end, _ in found], [name for _, name in found])
        ends, names = self._person_spans
        return names[:bisect.bisect_right(ends, pos)]

    def last_speaker(self, si: int):
        """The speaker a pronoun ('he said') points back to: the nearest earlier sentence that names one."""
        def find() -> str | None:
            for k in range(si - 1, -1, -1):
                if k in self.speakers and self.speakers[k]:
                    return self.speakers[k]
                if _CUE_WORDS.search(self.sent_texts[k]):
                    who, has_cue = _claimant_fallback(self.sent_texts[k], self.people_before(self.sentences[k][1]),
                                                      lambda: None)
                    if who and has_cue:
                        return who
            return None
        return find

    def following(self, si: int) -> list[str]:
        """The three sentences after sentence si (a headline's speaker is named below it)."""
        return [self.text[x:y] for x, y in self.sentences[si + 1:si + 4]]

    def sentence_claimant(self, si: int, sent: str, a: int, b: int, people: list[str]) -> tuple[str | None, bool]:
        """The claimant of sentence si and whether a cue names it: the sentence's own cue, a bulleted list's
        introduction, an embedded post's credit line, a transcript's speaker label."""
        sw, text = self.sw, self.text
        sent_claimant, sent_has_cue = _claimant_fallback(sent, people, self.last_speaker(si))
        self.sent_by = "claimant_fallback"
        if not sent_has_cue and (credit := inverted_credit_end(sent)):   # '..., said the president on his account'
            sent_claimant, sent_has_cue, self.sent_by = credit, True, "inverted_credit_end"
        if not sent_has_cue and (credit := credit_before_aside(sent)):   # '..., X said on Monday — the worst ...'
            sent_claimant, sent_has_cue, self.sent_by = credit, True, "credit_before_aside"
        if not sent_has_cue and (source := headline_source(sent)):      # 'Red Cross: Hundreds killed in ...'
            sent_claimant, sent_has_cue, self.sent_by = source, True, "headline_source"
        if not sent_has_cue and (source := identifying_source(sent)):   # 'X identified the dead as ...'
            sent_claimant, sent_has_cue, self.sent_by = source, True, "identifying_source"
        if not sent_has_cue and sent.lstrip()[:1] in _BULLETS:
            intro = _list_intro(self.sentences, self.sent_texts, si, text)
            if intro is not None:
                who, cue = _claimant_fallback(self.sent_texts[intro], people, self.last_speaker(intro))
                if not cue:
                    m = _OWNER.search(self.sent_texts[intro])  # "The report's other key figures:"
                    who = (m.group("owner") or m.group("owner2")) if m else None
                if who:
                    who = _resolve_generic(who, self.sent_texts[:intro], sw)
                    sent_claimant, sent_has_cue, self.sent_by = who, True, "list_intro"
        if not sent_has_cue:
            post = _POST_CREDIT.search(text, b, text.find("\n", b) if "\n" in text[b:] else len(text))
            if post:
                sent_claimant, sent_has_cue, self.sent_by = post.group("who").strip(), True, "post_credit"
        if not sent_has_cue and _CONTINUED.match(sent) and self.speakers.get(si - 1) and \
                "\n" not in text[self.sentences[si - 1][1]:a]:   # in the same paragraph
            sent_claimant, sent_has_cue, self.sent_by = self.speakers[si - 1], True, "continued_report"
        if not sent_has_cue and si + 1 < len(self.sentences):
            who = source_next(text[self.sentences[si + 1][0]:self.sentences[si + 1][1]])
            if who:
                sent_claimant, sent_has_cue, self.sent_by = who, True, "source_next"
        if not sent_has_cue and self.turns:  # a transcript: the speaker label of the turn the sentence is in
            label = next((who for at, who in reversed(self.turns) if at <= a), None)
            if label:
                sent_claimant, sent_has_cue, self.sent_by = _full_name(label, people) or label, True, self._turns_by
        return sent_claimant, sent_has_cue

    def claim_claimant(self, f: Found, si: int, sent: str, a: int, b: int, *, claimant: str | None, has_cue: bool,
                       clauses: list[tuple[int, int]], people: list[str], lex: Lexicon,
                       ) -> tuple[str | None, str | None, str | None]:
        """(claimant, claimant side, quote_id) of one claim: its clause's cue, else the quote row around it."""
        text, sw = self.text, self.sw
        self.claim_by = self.sent_by
        for ca, cb in clauses:  # "X says it repelled the assault; rockets kill nine": clause by clause
            if ca <= f.start < cb:
                claimant, has_cue = _claimant_fallback(text[ca:cb], people, self.last_speaker(si))
                self.claim_by = "claim_clauses"
                if not has_cue and (source := identifying_source(text[ca:cb])):  # 'X identified them as A; B'
                    claimant, has_cue, self.claim_by = source, True, "identifying_source"
        q = next((q for q in self.quotes if q.get("start") is not None and q.get("end") is not None
                  and q["start"] <= f.start < q["end"] + 1), None)
        continued = False
        rescued = q is not None and not _usable_quote(q, text) and adverbial_then_content(q, f, text)
        if q is not None and ((not _usable_quote(q, text) and not rescued) or presupposed_toll(q, f, text)):
            q, appeal = None, True
        else:
            appeal = False
        inner = self._inner_claimant(sent, f, si, a, b)
        if inner:    # rules `inner_source`, `relayed_source`: the cited source, not the row's speaker (nor the outlet)
            q, claimant, has_cue = None, inner, True
        elif q is not None:
            within = voice_within_quote(text, q["start"], f.start)
            if within:      # rule `voice_within_quote`
                q, claimant, has_cue, self.claim_by = None, within, True, "voice_within_quote"
        owner = _count_owner(sent, a, f, q, has_cue)    # `statement_owner`, `toll_put_by`, `accuser_owns_count`
        if owner:
            q, appeal, claimant, has_cue, self.claim_by = None, False, owner[0], True, owner[1]
        elif q is None and not inner and agentless_toll(sent, a, f):   # rule `toll_set_by`: 'Yemen death toll
            claimant, has_cue, appeal = None, False, True              # estimated at 10,000': no source named
        elif q is None and not has_cue and not appeal and self.quotes:
            q = continued_quotation(text, f.start, self.quotes)     # rule `quotation_continues` (a speech's next
            continued = q is not None                               # paragraph, inside its quotation marks)
        f_claimant, f_side, quote_id = claimant, None, None
        if q is not None and _speaker_inside(q, f, text):
            q = None  # the quote table took the victims for the speaker ('A 64-year-old man ..., he wrote')
        if q is not None and q["start"] < a and has_cue and claimant and _LEAD_SUBJ.match(sent):
            q = None  # a quote run on from an earlier sentence into one with a speaker of its own
        if q is not None:
            f_claimant, f_side, quote_id = self._quote_claimant(q, f, si, sent, a, claimant)
            self.claim_by = "quote_claimant" if quote_id is not None else "trailing_cue"
            if self._speaker_rule:     # `claimant_edge_words`, `document_author`: the row's speaker renamed
                self.claim_by, self._speaker_rule = self._speaker_rule, None
            if rescued and quote_id is not None:    # rule `adverbial_then_content`: 'said during X that ...'
                self.claim_by = "adverbial_then_content"
            if continued and quote_id is not None:
                quote_id, self.claim_by = None, "quotation_continues"  # (the words are in no quote row)
        elif appeal or (not has_cue and self.quotes) or any(r.start() < f.start - a < r.end()
                                                            for r in _RELATIVE.finditer(sent)):
            f_claimant = None  # the article's voice: "X, who has sheltered 600 displaced people, said ..."
        elif f_claimant and self.claim_by == "headline_source" and \
                (below := headline_source_below(f_claimant, self.quotes, text, b)) is not None:
            f_claimant = below      # rule `headline_source`: the lead's row of the same source, as resolved there
        elif f_claimant:
            f_claimant = self._phrase_claimant(f_claimant, si, a, b)
        if f_claimant and no_speaker_phrase(f_claimant):    # rule `no_speaker_phrase`: 'Three civilians were'
            f_claimant, f_side = None, None
        if f_claimant and f_claimant[:1].islower() and " " in f_claimant:   # (the cheap test: an unnamed phrase)
            f_claimant = unnamed_source_tail(f_claimant)    # rule `unnamed_source_tail`: 'doctors treating ...'
            if (cut := source_modifier_cut(f_claimant)) != f_claimant:    # 'a statement issued', 'a man who left'
                f_claimant, self.claim_by = cut, "source_modifier_cut"
        if f_claimant and (edged := claimant_edge_words(f_claimant)) != f_claimant:
            f_claimant, self.claim_by = edged, "claimant_edge_words"     # 'on Tuesday India', 'Military disputes'
        if f_claimant and f_claimant[:1].isupper() and (" " not in f_claimant or opens_on_title(f_claimant)):
            f_claimant = self.title_form(f_claimant)  # rule `claimant_title_form`: the names' titles
        written, f_claimant = f_claimant, _canonical(f_claimant, sw)
        if written and f_claimant and f_claimant != written and \
                (form := alias_as_written(written, f_claimant, sw, self.lowered, self.text)) is not None:
            f_claimant, self.claim_by = form, "alias_as_written"    # 'Interior Ministry': the registry's name is
            #                                                         not in the article
        if f_claimant and f_claimant[:1].isupper() and (spelt := article_spelling(f_claimant, text)):
            f_claimant, self.claim_by = spelt, "article_spelling"   # 'Samoyoa' once, 'Samoaya' thrice
        if f_side is None and f_claimant:
            f_side = _claimant_side(f_claimant, sw, lex)
        return f_claimant, f_side, quote_id

    def _inner_claimant(self, sent: str, f: Found, si: int, a: int, b: int) -> str | None:
        """The source cited or relayed inside sentence si before the claim f (rules `inner_source`, `relayed_source`,
        `relayed_after`, `relayed_person_after`, `relayed_object`), named on the mention layer; sets `claim_by`."""
        inner = inner_source(sent, f.start - a)
        if inner is None and (relay := relayed_object(sent, f.start - a)):
            inner = (relay[0], relay[1], "relayed_object")     # 'quoted Y, an apposition, as reiterating that'
        if not inner:
            return None
        claimant, self.claim_by = inner[0], inner[2]
        person = relayed_person(claimant, self.last_speaker(si))    # 'the agency quoted him as saying'
        if person:
            claimant, self.claim_by = person, "relayed_person_after"
        if inner[2] == "relayed_object" and claimant.startswith(("a ", "an ")):
            return claimant     # an indefinite phrase names a new, unnamed source: as written
        return self.entity_name(claimant, a, b) or claimant  # its entity on the mention layer (a full name)

    def _phrase_claimant(self, who: str, si: int, a: int, b: int) -> str | None:
        """A claim's source phrase of sentence si at [a, b) named: a document's author, then the article's mention
        layer where the phrase needs it, else the phrase as written (a headline's source named below it)."""
        sw, f_claimant = self.sw, who
        phrase = _DOC_LEAD.sub("", f_claimant)  # 'In a separate statement it' -> 'it'
        author = document_author(phrase)    # rule `document_author`: "the army's statement" -> 'the army'
        if author:
            phrase, self.claim_by = author, "document_author"
        # on the article's mention layer when the phrase needs it (the cheap pre-check `_ON_LAYER`: a pronoun,
        # a surname or acronym alone, a document, a role, a body's common noun); a full name or a registry name
        # stands as written (its canonical name comes from the registry below)
        layered = author is not None or case_free(_ON_LAYER).search(phrase) is not None  # (lower-cased: fastre)
        if self.claim_by == "identifying_source":     # its subject on the layer: 'Mendoza', 'the tribal committee'
            layered = True
        if self.claim_by == "inverted_credit_end":    # a role to its holder ('the president'); a document as
            layered = _RX_DOCUMENT.search(phrase) is None     # written ('a Government communique')
        if layered and self.claim_by == "accuser_owns_count" and country_accuser(phrase):
            layered = False     # a country named bare stands as written ('Sudan accused it of ...')
        f_claimant = self.entity_name(phrase, a, b) if layered else phrase
        if f_claimant and f_claimant == phrase:  # left as written: a headline's source named below it
            f_claimant = _resolve_generic(f_claimant, self.sent_texts[:-1], sw, self.following(si))
        return f_claimant

    def _quote_claimant(self, q: Mapping, f: Found, si: int, sent: str, a: int,
                        claimant: str | None) -> tuple[str | None, str | None, str | None]:
        """(claimant, side, quote_id) from the quote row that holds the claim."""
        text, sw = self.text, self.sw
        speaker = _strip_speaker_noise(q.get("speaker") or "")
        speaker = document_body(speaker) or speaker    # 'a military statement said' -> 'the military'
        if claimant and opens_on_cue_verb(speaker):     # 'X, a pastor, said independent evaluations put ...': the
            speaker, self._speaker_rule = claimant, "claimant_edge_words"   # verb's object; the subject before it
        elif (author := document_author(speaker)) is not None:     # 'an earlier Health Ministry announcement'
            speaker, self._speaker_rule = author, "document_author"
        if speaker.lower() in ("a", "an", "the"):
            speaker = claimant or ""     # a determiner cut from its noun ('A local source corroborated'): the sentence's
        if speaker and _LEAD_CONNECTIVE.match(speaker + ","):
            speaker = claimant or ""     # 'Separately' taken for the speaker: the sentence's own source phrase
        elif speaker:
            speaker = claimant_tail(speaker)    # 'both sides regularly', 'UN figures'
            if " " not in speaker and q.get("speaker_start") is not None and q.get("speaker_end") is not None:
                # rule `demonym_document`: 'an Argentine report' said, not 'Argentine' (a one-word speaker only)
                speaker = demonym_document(speaker, text, q["speaker_start"], q["speaker_end"]) or speaker
            speaker = first_name_later(speaker, text, a, sw) or speaker     # 'Sewnet' -> 'Sewnet Wubalem'
        ss, se = q.get("speaker_start"), q.get("speaker_end")
        if speaker and _UNRESOLVED.match(speaker) and ss is not None and se is not None:
            speaker = self.entity_name(text[ss:se], ss, se) or speaker  # the quote row left a pronoun: the layer's
        if speaker and _UNRESOLVED.match(speaker):  # rule `pronoun_unnamed_source`: 'He said: ...' after 'One of
            speaker = self.last_speaker(si)() or speaker  # the sources said ...': the unnamed source before
        if speaker and _POSTED_DOC.match(speaker.strip()):   # 'the tweet says' -> the account named just before
            for prev in reversed(self.sent_texts[-3:]):
                acc = _ACCOUNT.search(prev)
                if acc:
                    speaker = acc.group(0)
                    break
        f_claimant = _resolve_generic(speaker or claimant or "", self.sent_texts[:-1], sw, self.following(si)) or None
        span = text[ss:se] if ss is not None and se is not None else ""
        role = _ROLE_FOR.match(span[:len(span) - len(f_claimant)]) if f_claimant and \
            f_claimant[:1].isupper() and span.endswith(f_claimant) else None
        if role and _RX_DOCUMENT.search(role.group(0)):
            role = None     # 'the latest figures of the X': the body's data, so the body claims
        if role:  # "A spokeswoman for Borisna General Hospital said": the unnamed speaker's phrase
            f_claimant = span[0].lower() + span[1:]
        f_side = q.get("speaker_side") if f_claimant in (q.get("speaker"), speaker) else None
        quote_id = q.get("quote_id")
        # "X said ... killing 40 of them, while rockets killed nine civilians, local authorities said."
        trailing = _TRAILING_CUE.search(sent)
        if trailing and trailing.start() > f.end - a and \
                re.search(r"(?:,\s*while|;|,\s*whereas)\b", text[max(q["start"], a):f.start]):
            f_claimant, f_side, quote_id = _clean_claimant(trailing.group("who")), None, None
        return f_claimant, f_side, quote_id


def _count_owner(sent: str, a: int, f: Found, q: Mapping | None, has_cue: bool) -> tuple[str, str] | None:
    """(who, rule) where the sentence names the count's owner over its cue or quote row: a statement noun's owner
    ('cannot confirm a statement by the minister that 11 were killed'), who puts the toll at it ('a death toll the
    United Nations puts at more than 800'), an accuser ('X said ... after Y accused it of killing 7'); else None."""
    owner = statement_owner(sent, a, f)     # (its own gate: a statement noun's word in the sentence)
    if owner:
        return owner, "statement_owner"
    putter = toll_put_by(sent, a, f)        # (its own gate: a word of `put`)
    if putter and q is not None and set(re.findall(r"[A-Za-z]{3,}", putter[0].lower())) & \
            set(re.findall(r"[A-Za-z]{3,}", (q.get("speaker") or "").lower())) - {"the"}:
        putter = None   # the quote row's speaker is the putter already ('China has put the toll at 22')
    if putter and re.search(r"\b[Pp](?:ut|lac)", sent[putter[1]:f.start - a]):
        return putter[0], "toll_put_by"
    if putter and q is None:    # rule `toll_set_by` (session 27): `set`, `estimate`, `fix`, where no quote row holds
        return putter[0], "toll_set_by"     # the count (a row's speaker, named by the mention layer, stands)
    # rule `accuser_owns_count` (its own gate: an accusing verb's word in the sentence): asked where no cue of the
    # sentence names the claimant, or inside a quote row whose speaker is named before the accuser
    accuser = accuser_owns_count(sent, a, f) if q is not None or not has_cue else None
    if accuser and q is not None and not -1 < (q.get("speaker_end") or -1) <= a + accuser[1]:
        accuser = None      # the row's own speaker is the accuser, or is named after the count
    return (accuser[0], "accuser_owns_count") if accuser else None


def claim_clauses(sent: str, a: int, b: int, found: list[Found]) -> list[tuple[int, int]]:
    """The clauses of a sentence whose claims have claimants of their own: split at semicolons, or before a
    coordinated clause with its own speaker ("N are still held, and the navy believes that ...")."""
    clauses = [(m.start() + a, m.end() + a) for m in re.finditer(r"[^;]+", sent)] if ";" in sent else []
    joint = _LATER_SPEAKER.search(sent)
    if joint and not clauses and any(f.start < a + joint.start() for f in found) and \
            any(f.start >= a + joint.start() for f in found):
        clauses = [(a, a + joint.start()), (a + joint.start(), b)]
    if not clauses and (at := report_in_later_conjunct(sent)) is not None and \
            any(f.start < a + at for f in found) and not _claimant_fallback(sent[:at], [], lambda: None)[1]:
        clauses = [(a, a + at), (a + at, b)]     # rule `report_in_later_conjunct`: 'N died, and X acknowledged ...'
    return clauses

"""Articles and corpora -> claim records: sentence spans, the per-sentence pipeline and the table."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

from ..fastre import _re_findall
from ..provenance import CLAIM_PROVENANCE, NO_RULE, side_pass, side_passes
from ..tables import make_table
from .claim_owner import claim_noun_owner
from .claimant_shapes import claimant_edge_words
from .claimants import ArticleVoices, _canonical, _claimant_side, claim_clauses
from .attack_frame import fighters_among_dead, frame_after, restated_frame, restated_in_words
from .claims import _sentence_claims
from .dates import _event_date, _place
from .found import Found
from .hedges import (_DENIAL_WORDS, _back_hedge, _hedge, _hedge_back, _hedge_before, _same_sentence_unverified,
                     cue_covers, denied_claim)
from .responsibility import only_claim_is_responsibility, responsibility_covers
from .lexicon import Lexicon, load_lexicon
from .numbers import _normalise
from .people import event_of, restated_civilians
from .restated_counts import as_many_restated, victims_restated
from .eyewitness import eyewitness_saw
from .mixed_counts import all_civilians_after, war_toll_not_civilian
from .scan import lower_words
from .side_rules import inside_quotation
from .sides import side_words_for
from .sides_generic import others_of_the_count, restated_side
from .restated_below import restated_below
from .restated_above import restated_above
from .gapped_subject import gapped_subject
from .toll_both_sides import toll_of_both_sides
from .agent_victims import agent_not_its_victim
from .victims import _victim


CLAIM_COLUMNS = {
    "claim_id": "string", "article_id": "string", "category": "string", "low": "Int64", "high": "Int64",
    "vague": "string", "victim_side": "string", "victim_type": "string", "claimant": "string",
    "claimant_side": "string", "quote_id": "string", "hedged": "boolean", "hedge_cue": "string",
    "event_date": "datetime64[s]", "place": "string", "text": "string", "start": "Int64", "end": "Int64",
    **CLAIM_PROVENANCE,     # found_by, side_by, claimant_by: the rules' names (presslens.provenance)
}


_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """A light splitter (paragraphs, then sentence ends) for use without the corpus tables."""
    spans = []
    for pm in re.finditer(r"[^\n]+", text):
        p_start = pm.start()
        para = pm.group()
        last = 0
        for m in re.finditer(r"(?<=[.!?…])[\"”’»']?\s+(?=[\"“‘«„A-Z0-9])", para):
            prev_word = re.search(r"(\S+)$", para[last:m.start()])
            if prev_word and re.fullmatch(r"(?:[A-Z][a-z]{0,3}\.|[A-Z]\.|U\.S\.|U\.N\.|a\.m\.|p\.m\.|No\.|St\.)",
                                          prev_word.group(1)):
                continue
            spans.append((p_start + last, p_start + m.start()))
            last = m.end()
        if last < len(para):
            spans.append((p_start + last, p_start + len(para)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


#: a sentence that ends in a title ('... and Staff Sgt.', 'Sgt. Maj. (res.)') was cut before the name
_ENDS_IN_TITLE = re.compile(r"(?:\b(?:Sgt|Lt|Gen|Col|Maj|Capt|Cpl|Pte|Pvt|Brig|Adm|Cmdr|Cdr|Dr|Gov|Sen|Rep|Prof|Rev|Mr|"
                            r"Mrs|Ms|St|Spc|Sr|Jr)\.|\(\w{1,5}\.\))\s*$")


def _rejoin_titles(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans with a title abbreviation at a cut mended: 'Staff Sgt.' + '(res.) Omer Dahan ... killed'."""
    out: list[tuple[int, int]] = []
    for a, b in sentences:
        if out and text[out[-1][1] - 1:out[-1][1]] in (".", ")") and "\n" not in text[out[-1][1]:a] and \
                _ENDS_IN_TITLE.search(text[max(out[-1][0], out[-1][1] - 12):out[-1][1]]):     # (the cheap tests first)
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _published(text: str, published: dt.date | None) -> dt.date | None:
    """The article's date: the one given, else the text's ' date YYYY-MM-DD' header."""
    if published is None:
        m = _DATE_PREFIX.match(text)
        if m:
            try:
                published = dt.date.fromisoformat(m.group(1))
            except ValueError:
                published = None
    return published


def extract_article(article_id: str, text: str, *, sentences: list[tuple[int, int]] | None = None,
                    published: dt.date | None = None, quotes: list[Mapping] | None = None,
                    actors: Any = None, lex: Lexicon | None = None) -> list[dict]:
    """One article's text (+ sentence spans, date, quote rows) -> claim records (CLAIM_COLUMNS minus claim_id)."""
    lex = lex or load_lexicon()
    if not text:
        return []
    if sentences is None:
        sentences = split_sentences(text)
    sentences = _rejoin_titles(text, sentences)
    published = _published(text, published)
    sw = side_words_for(text, article_id, actors, lex)
    voices = ArticleVoices(text, sentences, sorted(quotes or [], key=lambda q: (q.get("start") or 0)), sw)
    words_text = lower_words(text)  # same offsets; punctuation -> spaces
    records: list[dict] = []
    dated = "date" in text      # (a sentence can open on the date header only in an article that holds 'date')
    for si, (a, b) in enumerate(sentences):
        sent = text[a:b]
        dm = _DATE_PREFIX.match(sent) if dated else None
        if dm:  # ' date YYYY-MM-DD Headline': the rest is article text
            a += dm.end()
            sent = text[a:b]
        voices.sent_texts.append(sent)
        words = words_text[a:b].split()
        if lex.gate_or_back.isdisjoint(words):
            continue    # (three sentences in four hold no gate word nor back hedge: one set test, no call)
        found = _sentence_claims(sent, a, lex, words) if not lex.gate_any.isdisjoint(words) and lex.admits(words) \
            else []
        if not found:
            if records and not lex.back_words.isdisjoint(words):
                back = _back_hedge(sent, lex)
                if back:
                    _hedge_back(records, si, sent, back, sw, voices.sent_texts, lex.passive, text=text)
            continue
        people = voices.people_before(b)
        sent_claimant, sent_has_cue = voices.sentence_claimant(si, sent, a, b, people)
        sent_records = _sentence_records(article_id, si, a, b, found, records, voices, people, lex,
                                         sent_claimant=sent_claimant, sent_has_cue=sent_has_cue,
                                         published=published, words=words)
        if len(sent_records) > 1:   # (both passes give one record the side of another; side_pass: a record whose
            side_pass(sent_records, _toll_sides)                # side a pass changes gets the pass's name)
            side_pass(sent_records, others_of_the_count, words_text[a:b], voices.sw)
        _zero_disputes(sent_records, records, si)
        records.extend(sent_records)
        voices.speakers[si] = sent_claimant if sent_has_cue else None
    side_passes(records, (     # the article's post-passes, in order (side_passes: a side one changes gets its name)
        (war_toll_not_civilian, (text, lex)),
        (eyewitness_saw, (text,)),
        (all_civilians_after, (text,)),
        (frame_after, (voices.sent_texts, lex, voices.sw)),
        (restated_in_words, (voices.sent_texts, lex)),
        (fighters_among_dead, (voices.sent_texts, lex, voices.sw)),
        (restated_civilians, ()),
        (restated_frame, (lex,)),
        (restated_side, (lex, voices.sw, text)),
        (restated_below, (lex, voices.sw, text)),
        (restated_above, (lex, voices.sw, text)),
        (victims_restated, ()),
        (as_many_restated, (text,)),
        (toll_of_both_sides, (voices.sent_texts, lex, voices.sw)),
        (agent_not_its_victim, (text, sentences, voices.sw, lex)),
        (gapped_subject, (text,))))
    for rec in records:
        rec.pop("_sent", None)
        rec.pop("_toll", None)
        rec.pop("_event", None)
        rec.pop("_subset", None)
    return records


def _sentence_records(article_id: str, si: int, a: int, b: int, found: list[Found], records: list[dict],
                      voices: ArticleVoices, people: list[str], lex: Lexicon, *, sent_claimant: str | None,
                      sent_has_cue: bool, published: dt.date | None, words: list[str]) -> list[dict]:
    """The claim records of sentence si (text[a:b]): claimant, victims' side, hedge, date and place of each."""
    text, sw = voices.text, voices.sw
    sent = text[a:b]
    prev_low = voices.sent_texts[-2].lower() if len(voices.sent_texts) > 1 else ""
    sent_low = _normalise(sent).lower()
    sent_words = _re_findall(r"[a-z][a-z'’-]*", sent_low)
    hedge_cue = _hedge(sent, lex)
    sent_back = _back_hedge(sent, lex) if not lex.back_words.isdisjoint(words) else None
    clauses = claim_clauses(sent, a, b, found)
    denials = not _DENIAL_WORDS.isdisjoint(words)
    sent_records: list[dict] = []
    event = event_of(sent_low)
    event_date, place = _event_date(sent_low, published), _place(sent, sw)     # the sentence's: once for its claims
    for f in found:
        f_claimant, f_side, quote_id = voices.claim_claimant(f, si, sent, a, b, claimant=sent_claimant,
                                                             has_cue=sent_has_cue, clauses=clauses, people=people,
                                                             lex=lex)
        claimant_by = voices.claim_by
        denied = denied_claim(sent, a, f) if denials else None
        if denied:  # "he denied the army's claims that 40 ... had been killed": the army's claim, hedged
            owner = denied[0] or (claim_noun_owner(sent, a, f) if "claim" in sent_low else None)  # 'disputed claims'
            edged = claimant_edge_words(owner) if owner else owner   # 'rejected on Tuesday India's claim that'
            f_claimant = _canonical(edged, sw) if edged else None
            f_side = _claimant_side(f_claimant, sw, lex) if f_claimant else None
            quote_id, claimant_by = None, "denied_claim" if edged == owner else "claimant_edge_words"
        elif "claim" in sent_low and (owner := claim_noun_owner(sent, a, f)):  # "Moscow's claims that 6,000 ..."
            f_claimant = _canonical(owner, sw)
            f_side, quote_id, claimant_by = _claimant_side(f_claimant, sw, lex), None, "claim_noun_owner"
        responsibility = responsibility_covers(sent, a, f) if "claim" in sent_low else None
        if responsibility:  # rule `responsibility_claimed`: 'X claimed responsibility for the attack that killed 6'
            f_claimant, f_side, quote_id, claimant_by = None, None, None, "responsibility_claimed"
        f.start_sent = si  # type: ignore[attr-defined]
        agent = text[a:f.agent_end].lower() if f.agent_end is not None else None
        loser = text[a:f.loser_end].lower() if f.loser_end is not None else None
        side_by: list[str] = []     # the rule that decides the side (column `side_by`)
        vside, vtype = _victim(f, sent_low, prev_low, sw, lex, f_side, records + sent_records, sent_words,
                               agent, claimant=f_claimant, claim_low=_normalise(text[f.start:f.own_end or f.end]).lower(),
                               after_low=_normalise(text[f.end:b]).lower()[:80], loser=loser,
                               claim_text=text[f.start:f.own_end or f.end], after_text=text[f.end:b][:40],
                               in_quote=inside_quotation(text, a, f.start), story=voices.sent_texts,
                               next_text=text[b:b + 240], by=side_by)
        claim_hedge = hedge_cue if hedge_cue and cue_covers(sent, a, f) else None
        if claim_hedge and claim_hedge.startswith("claim") and responsibility is not False and \
                only_claim_is_responsibility(sent):
            claim_hedge = None     # rule `responsibility_claimed`: 'claimed' is about who did it, not the count
        f_hedge = (denied and denied[1]) or claim_hedge or \
            _hedge_before(text, a, f.start, lex) or (
            _same_sentence_unverified(text, a, b, f, found, lex, sent_back) if sent_back else None)
        sent_records.append({
            "article_id": article_id, "category": f.category, "low": f.low, "high": f.high,
            "vague": f.vague, "victim_side": vside, "victim_type": vtype, "claimant": f_claimant,
            "claimant_side": f_side, "quote_id": quote_id, "hedged": f_hedge is not None,
            "hedge_cue": f_hedge, "event_date": event_date,
            "place": place, "text": text[f.start:f.end], "start": f.start, "end": f.end,
            "found_by": f.rule or "claims", "side_by": side_by[0] if side_by else NO_RULE,
            "claimant_by": claimant_by if f_claimant else NO_RULE,
            "_sent": si, "_toll": f.toll, "_event": event, "_subset": f.subset,
        })
    return sent_records


def _toll_sides(sent_records: list[dict]) -> None:
    """"The toll rose to 11 when two officers died": a toll without a side counts the same side as the sentence's
    other claim of its category."""
    for rec in sent_records:
        # ... and a toll without victims' words of its own ('bringing the total number of dead to 532') over a side
        # guessed from the rest of the sentence
        if rec["_toll"] and (rec["victim_side"] == "unknown" or rec["victim_type"] == "unknown"):
            other = next((r for r in sent_records if r is not rec and r["victim_side"] != "unknown"
                          and r["category"] == rec["category"] and not r["_subset"]), None)  # not its part
            if other:
                rec["victim_side"], rec["victim_type"] = other["victim_side"], other["victim_type"]


def _zero_disputes(sent_records: list[dict], records: list[dict], si: int) -> None:
    """"The army maintains there were no civilian casualties": a zero disputes another claimant's figures for the
    same side in the three sentences before."""
    for rec in sent_records:
        if rec["low"] == 0 and rec["high"] == 0 and rec["victim_side"] != "unknown":
            for old in records:
                if not old["hedged"] and si - old["_sent"] <= 3 and old["victim_side"] == rec["victim_side"] \
                        and (old["low"] or old["vague"]) and old["claimant"] != rec["claimant"]:
                    old["hedged"], old["hedge_cue"] = True, "disputed"


def _quotes_by_article(quotes: pd.DataFrame | None) -> dict[str, list[dict]]:
    if quotes is None or len(quotes) == 0:
        return {}
    cols = [c for c in ("quote_id", "article_id", "speaker", "speaker_side", "cue", "text", "start", "end",
                        "speaker_start", "speaker_end")
            if c in quotes.columns]
    def plain(column: pd.Series) -> list:
        values, missing = column.tolist(), column.isna()
        return [None if m else v for v, m in zip(values, missing.tolist())] if missing.any() else values

    out: dict[str, list[dict]] = {}
    columns = [plain(quotes[c]) for c in cols]  # whole columns, missing values as None: no per-row pandas
    for values in zip(*columns):
        rec = dict(zip(cols, values))
        out.setdefault(rec.get("article_id"), []).append(rec)
    return out


def extract_casualties(corpus, *, quotes=None, actors=None) -> pd.DataFrame:
    """Corpus (+ quote table, actor registry) -> one row per casualty claim (CLAIM_COLUMNS)."""
    lex = load_lexicon()
    articles = corpus.articles
    sents = getattr(corpus, "sentences", None)
    by_article: dict[str, list[tuple[int, int]]] = {}
    if sents is not None and len(sents):
        for aid, a, b in zip(sents["article_id"].tolist(), sents["start"].tolist(), sents["end"].tolist()):
            by_article.setdefault(aid, []).append((int(a), int(b)))
    qmap = _quotes_by_article(quotes)
    records: list[dict] = []
    has_pub = "published" in articles.columns
    columns = [articles["article_id"].tolist(), articles["text"].tolist(),     # whole columns: no per-row pandas
               articles["published"].tolist() if has_pub else [None] * len(articles)]
    for aid, text, pub in zip(*columns):
        text = text or ""
        pub = None if pub is None or pd.isna(pub) else pd.Timestamp(pub).date()
        recs = extract_article(aid, text, sentences=sorted(by_article.get(aid, [])) or None, published=pub,
                               quotes=qmap.get(aid), actors=actors, lex=lex)
        for k, rec in enumerate(recs):
            rec["claim_id"] = f"{aid}#c{k:03d}"
        records.extend(recs)
    frame = make_table(records, CLAIM_COLUMNS)
    return frame

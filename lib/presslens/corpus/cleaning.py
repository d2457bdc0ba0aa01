"""Cleaning one article: boilerplate lines removed and logged, metadata, paragraphs (and their kind), sentences."""

from __future__ import annotations

import re

import pandas as pd

from .tables import PARAGRAPH_SEP
from .reading import RawDoc
from .rules import Rules, _lines_holding, load_rules
from .sentences import split_sentences
from .dates import HEADER, find_date, parse_date
from .outlets import infer_outlet, outlet_from_chrome
from .wires import find_wires
from .wrapping import rejoin_wrapped


# ---------------------------------------------------------------------------------------------
# Cleaning one article (pure: the same RawDoc and Rules always give the same result).

_TERMINAL = re.compile(r"[.!?:;…][\"'”’“‘»)\]]*\s*$")
_INNER_BOUNDARY = re.compile(r"[.!?][\"'”’“‘»]?\s+[\"'“‘„«]?[A-Z0-9]")
_CAPTION = re.compile(r"(?:\.|\|)\s*(?:PHOTO|Photo|Picture|Image|FILE PHOTO)\s*:\s*[\w .,/&-]{1,60}$")


def _more_words_than(line: str, n: int) -> bool:
    """len(line.split()) > n, without splitting all of a long line."""
    return len(line.split(None, n)) > n


def paragraph_kind(line: str, para_idx: int) -> str:
    """'headline' (first title line), 'subhead' (later title lines, bullets), 'caption' or 'body'.

    A title is short (<= 25 words) and has no sentence punctuation at its end or inside it.
    >>> paragraph_kind("No reason to fight", 8), paragraph_kind("He left. She stayed", 3)
    ('subhead', 'body')
    """
    if _CAPTION.search(line):
        return "caption"
    if line.strip() and not _more_words_than(line, 25) and not _TERMINAL.search(line) and not _INNER_BOUNDARY.search(line):
        return "headline" if para_idx == 0 else "subhead"
    return "body"


_NONE: frozenset[str] = frozenset()


def classify_lines(lines: list[str], rules: Rules) -> dict[int, tuple[str, str]]:
    """Line number -> (rule, kind) for every boilerplate line: the first rule, in file order, that matches.

    The unguarded rules are tried at once (`rules.line_screen`); a rule with `needs` is tried only on
    a line holding one of its literals (one pass over the whole text finds them), and one with
    `max_words` only on a line that short.
    """
    text = "\n".join(lines)
    lowered = text.lower()
    if len(lowered) != len(text):  # lower() lengthened a character ('İ'): offsets from the lowered lines
        lowered = "\n".join(line.lower() for line in lines)
    _, present = _lines_holding(lowered, rules.needs_literals)

    hits: dict[int, tuple[str, str]] = {}
    block = None
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if block is not None:
            name, kind, cont = block
            if cont.fullmatch(line):
                hits[i] = (name, kind)
                continue
            block = None
        for name, kind, start, cont in rules.block_rules:
            if start.fullmatch(line):
                hits[i] = (name, kind)
                block = (name, kind, cont)
                break
        else:
            if rule := _first_line_rule(line, present.get(i, _NONE), rules):
                hits[i] = rule
    return hits


def _first_line_rule(line: str, present: frozenset[str], rules: Rules) -> tuple[str, str] | None:
    """(name, kind) of the first line rule that matches the whole line, or None."""
    screened = rules.line_screen.fullmatch(line)
    first = int(screened.lastgroup[1:]) if screened else len(rules.line_rules)
    for index in rules.guarded_rules if present else rules.guarded_without_needs:  # in file order
        if index > first:
            break
        name, kind, pattern, max_words, needs = rules.line_rules[index]
        if needs and needs.isdisjoint(present):
            continue
        if pattern.fullmatch(line) and (max_words is None or not _more_words_than(line, max_words)):
            return name, kind
    return rules.line_rules[first][:2] if screened else None


def clean_article(doc: RawDoc, rules: Rules) -> dict:
    """One RawDoc -> {'article': row dict, 'paragraphs', 'sentences', 'removed': row tuples}.

    The row tuples hold the columns of PARAGRAPH_COLUMNS, SENTENCE_COLUMNS and REMOVED_COLUMNS in
    order (a tuple is a fifth of a dict's memory, and a corpus has a hundred sentences per article).
    """
    aid = doc.article_id
    lines = doc.text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").split("\n")
    header_date = None
    if lines and (m := HEADER.match(lines[0])):
        header_date = parse_date(m.group(1))
        lines[0] = lines[0][m.end():]
    hits = classify_lines(lines, rules)
    # hard-wrapped runs of lines joined (rule `hard_wrapped_paragraph`); a 'tags' guess inside one is text
    units = rejoin_wrapped(lines, hits.keys(), soft={i for i, (_, kind) in hits.items() if kind == "tags"})
    for i in {i for idx, _ in units if len(idx) > 1 for i in idx}.intersection(hits):
        del hits[i]
    removed = [(aid, i + 1, lines[i].strip(), rule, kind) for i, (rule, kind) in sorted(hits.items())]

    paragraphs, sentences, pieces, offset, n_words = [], [], [], 0, 0
    for _, line in units:
        n_words += len(line.split())
        if pieces:
            offset += len(PARAGRAPH_SEP)
        start, end = offset, offset + len(line)
        para_idx = len(paragraphs)
        paragraphs.append((aid, para_idx, start, end, line, paragraph_kind(line, para_idx), None))
        for sent_idx, (s, e) in enumerate(split_sentences(line)):
            sentences.append((aid, para_idx, sent_idx, start + s, start + e, line[s:e]))
        pieces.append(line)
        offset = end
    body = PARAGRAPH_SEP.join(pieces)

    raw_all = "\n".join(lines)
    meta = doc.meta
    published, date_source = (parse_date(meta.get("published")), "manifest") if meta.get("published") else (None, "")
    bylines = [line for _, _, line, _, kind in removed if kind == "byline"]
    if published is None:
        published, date_source = find_date(header_date, bylines, body)
    outlet = meta.get("outlet")
    outlet_source = "manifest" if outlet else "unknown"
    if not outlet and (outlet := infer_outlet(raw_all, rules) or outlet_from_chrome(bylines)):
        outlet_source = "inferred"
    first = paragraphs[0] if paragraphs else None
    headline = meta.get("headline") or (first[4] if first and first[5] == "headline" else None)
    article = {
        "article_id": aid, "path": doc.path, "outlet": outlet, "outlet_source": outlet_source,
        "published": pd.Timestamp(published) if published else None, "date_source": date_source,
        "headline": headline, "text": body, "n_words": n_words,
        "n_paragraphs": len(paragraphs), "wire": find_wires(raw_all, rules, outlet=outlet), "url": meta.get("url"),
    }
    return {"article": article, "paragraphs": paragraphs, "sentences": sentences, "removed": removed}


def _clean_batch(docs: list[RawDoc]) -> list[dict]:
    rules = load_rules()
    return [clean_article(d, rules) for d in docs]

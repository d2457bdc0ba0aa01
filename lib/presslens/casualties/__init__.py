"""Casualty claims (killed, wounded, captured, surrendered, displaced): one record per claim, with its evidence.

The extractor reads one article at a time (a pure function of its text, sentences and date, so corpora can be
spread over processes): it finds every quantity in a sentence (digits, number words, ranges, bounds, vague
words, named people) and keeps it when news grammar ties it to a category cue ("34 fighters were killed",
"killed 27 soldiers", "65 wounded", "the toll rose to 14").  The rules are grammatical; the words are data
files in ``data/lexicons/`` (``casualties.yaml``, ``hedges.yaml``, ``vague_numbers.csv``).

    >>> from presslens.actors import DEFAULT_ACTORS, load_actors
    >>> rows = extract_article("a.txt", "Rebels said 34 Taliban fighters were killed and 65 wounded.",
    ...                        actors=load_actors(DEFAULT_ACTORS))
    >>> [(r["category"], r["low"], r["high"], r["victim_side"]) for r in rows]
    [('killed', 34, 34, 'taliban'), ('wounded', 65, 65, 'taliban')]

Victims' and claimants' sides come from the actor registry (``presslens.actors.Actors``: ``for_article``,
``find``, ``side_of``, ``side_from_context``); without one, victims are ``civilian`` when the words say so and
``unknown`` otherwise.  The de-duplicated tally is ``presslens.tally``.

Modules, in the order an article passes through them:

| module | what it does |
| --- | --- |
| ``lexicon`` | the data files compiled once (``load_lexicon``, ``load_vague_numbers``) |
| ``numbers`` | tokens, ``parse_number``, ``find_quantities`` |
| ``phrases`` | the victims' phrase after a quantity, the cue before or after it, tolls |
| ``claims`` | the claim rules of one sentence (``Found`` records, from ``found``) |
| ``named`` | named people reported killed, wounded or captured |
| ``rules`` | named rules for the families the quantity grammar misses, and ``RULES``: every family module's rules, in the order they run |
| ``one_by_role`` | one person by a role, in a count or as the object of a harm ('including a policeman', 'killed a soldier') |
| ``one_by_role_subject`` | one person by a role as the subject of their own harm ('The driver was seriously injured') |
| ``one_person`` | one person without a count or a role phrase ('and another wounded', 'a fatality', 'a 15-year-old') |
| ``named_victims`` | named victims the named rules of ``rules`` miss ('X's death', a surname alone, 'identified as') |
| ``count_parts`` | the parts of a count, before or after it ('among the victims were', 'four of them', 'Of the dead') |
| ``further_counts`` | further counts harmed by one verb already told ('lost', lists, companions, 'them', a second object) |
| ``elided_counts`` | bare counts whose victims and harm are elided after a count ('and 20 in the second', '8 among the militia') |
| ``hospital_wounds``, ``headline_tolls`` | taken to hospital with wounds; tolls in a headline's shapes |
| ``wire_rules``, ``shot_rules`` | short wire items' shapes; the 'were shot' convention |
| ``listed_kinds`` | counts of different kinds listed together, one record each (``claims`` calls it) |
| ``mixed_counts``, ``restated_counts`` | a count's civilians by the words around it; counts that restate another |
| ``denials``, ``eyewitness``, ``rebel_side`` | a denial that is no denial; an eyewitness as claimant; the registry's rebels |
| ``sides``, ``victims`` | the registry's view of the conflict; the victims' side and type |
| ``claimants`` | who makes each claim (``ArticleVoices``: the sentence's cue, else the quote row around the claim) |
| ``source_phrase`` | the source phrase of one sentence (`according to X`, `X said`, a headline's source) |
| ``sources_around`` | sources told around a sentence (a list's introduction, a post's credit, transcript labels, the next sentence) |
| ``quote_rows`` | quote rows that carry a claim (appeals, `claimed the lives of`, the victims as speaker) |
| ``claimant_names`` | a claimant named as the registry names it (`the group`, `the military`) and its side |
| ``hedges`` | distancing cues, and later sentences that refer back |
| ``dates`` | event date and place |
| ``extract`` | ``extract_article``, ``extract_casualties`` |
| ``scan`` | speed machinery with the plain patterns' matches (``class_opened``, ``FirstBranchNeeds``, ``trie_alt``, ``lower_words``) |
"""
from __future__ import annotations

from .extract import CLAIM_COLUMNS, extract_article, extract_casualties, split_sentences
from .found import Found
from .lexicon import Lexicon, load_lexicon, load_vague_numbers
from .numbers import Qty, Tok, find_quantities, parse_number
from .sides import SideWords, side_words_for

__all__ = ["CLAIM_COLUMNS", "Found", "Lexicon", "Qty", "SideWords", "Tok", "extract_article", "extract_casualties",
           "find_quantities", "load_lexicon", "load_vague_numbers", "parse_number", "side_words_for",
           "split_sentences"]

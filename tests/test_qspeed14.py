"""Session 14 (quote speed): what the mention layer now does on demand gives what it gave when done eagerly.

- rule `credited_document` (mentions.coref): the documents a statement's credit names ('Through a letter to the
  mayor, X said') were searched for every statement resolved; they are read only when a later phrase is a
  document ('The letter said'), so the layer keeps each statement and searches its credit on that first ask
  (`ArticleMentions._credited_docs`). The rule's answers must not change: made-up articles in the styles of
  wars in none of the eval sets, positive and negative, and the lazy answer against the eager one.
"""
from __future__ import annotations

import pytest

from presslens.mentions.coref import credited_document
from presslens.mentions.layer import ArticleMentions
from presslens.quotes import quotes_for_article

_HOSTAGES = ("Through a letter to the mayor, the Kovan Liberation Council said it would free the hostages.\n\n"
             "A police officer said the hostages were tired.\n\n")
_CURFEW = "Shopkeepers said they would reopen.\n\nThe statement said patrols would continue."


@pytest.mark.parametrize("text, speaker, speaker_by", [
    # the credit names the document: 'the letter' later is the council's
    (_HOSTAGES + "The letter said the handover would take place on Friday.", "Kovan Liberation Council",
     "credited_document"),
    ("In a communique, the Tervan Interior Ministry said the curfew would end.\n\n" + _CURFEW,
     "Tervan Interior Ministry", "credited_document"),
    # negatives: no document in the credit; the document in the statement's content, not its credit; the
    # credit more than 2,000 characters back
    ("The Kovan Liberation Council said it would free the hostages.\n\nA police officer said the hostages were "
     "tired.\n\nThe letter said the handover would take place on Friday.", "letter", "document"),
    ("The Tervan Interior Ministry said the curfew would end, citing a communique from the governor.\n\n" + _CURFEW,
     "Tervan Interior Ministry", "document"),
    (_HOSTAGES + "A police officer said the hostages were hungry after weeks in the hills. " * 30
     + "\n\nThe letter said the handover would take place on Friday.", "letter", "document"),
])
def test_credited_document_answers(text, speaker, speaker_by):
    last = quotes_for_article("a", text)[-1]
    assert (last["speaker"], last["speaker_by"]) == (speaker, speaker_by)


def _statements(text: str) -> list[tuple[str, int, int, tuple[int, int]]]:
    """(phrase, start, end, content span) of each 'X said Y.' sentence of a made-up article."""
    out = []
    pos = 0
    for sent in text.split("\n\n"):
        at = text.index(sent, pos)
        cut = sent.index(" said ")
        head = sent[:cut]
        lead = head.rfind(", ") + 2 if ", " in head else 0
        out.append((head[lead:], at + lead, at + cut, (at + cut + 6, at + len(sent) - 1)))
        pos = at + len(sent)
    return out


def test_documents_found_only_when_asked():
    """Statements resolved with no document phrase after them keep their credit unsearched; a document phrase
    searches the credits within its reach, and the answer is the eager search's."""
    text = _HOSTAGES + "The letter said the handover would take place on Friday."
    layer = ArticleMentions(text, None)
    said = _statements(text)
    for phrase, start, end, span in said[:2]:
        layer.resolve(phrase, start, end, said=span)
    assert [entry[1] for entry in layer._credited] == [None, None]
    phrase, start, end, span = said[2]
    ent = layer.resolve(phrase, start, end, said=span)
    assert (ent.name, ent.by) == ("Kovan Liberation Council", "credited_document")
    eager = [credited_document(text, s, e, sp, named=True) for _, s, e, sp in said[:2]]
    assert [entry[1] for entry in layer._credited[:2]] == eager
    assert eager[0] == frozenset({"letter"}) and eager[1] == frozenset()


def test_lazy_author_matches_eager_search():
    """`_credited_author` over the lazy entries against the rule as it ran before (each statement's documents
    searched when it was resolved, kept only when some were found), for every document head and position."""
    text = ("In a statement released on Sunday, the Velmarian army said it had retaken the port of Dastra.\n\n"
            "Through its latest report, the Dastra Relief Committee said food was short.\n\n"
            "A nurse said the clinic was full.\n\nThe report said 40 families had fled.")
    layer = ArticleMentions(text, None)
    said = _statements(text)
    eager = []
    for phrase, start, end, span in said[:3]:
        ent = layer.resolve(phrase, start, end, said=span)
        docs = credited_document(text, start, end, span, named=not ent.anonymous)
        if docs:
            eager.append((end, docs, ent.name, ent.anonymous))
    assert len(eager) == 2
    for head in ("statement", "report", "letter"):
        for pos in range(0, len(text) + 1, 7):
            want = next(((sp, "org", an) for e, docs, sp, an in reversed(eager)
                         if e <= pos and pos - e < 2000 and head in docs), None)
            assert layer._credited_author(head, pos) == want, (head, pos)


# - `ArticleMentions._registry_whole`: its answer for a (phrase, core) is kept per article (28% of its calls on
#   the bench repeat a phrase of the same article); the brackets after the phrase ('(JMV)') are still read at
#   each mention, so the same phrase answers differently with and without them.

def _fresh_whole(text: str, phrase: str, core: str, end: int, actors=None) -> str:
    return ArticleMentions(text, actors)._registry_whole(phrase, core, end)


def test_registry_whole_kept_per_article_reads_brackets_each_time():
    text = ("The Joint Mission in Velmaria (JMV) said the road was open. The Joint Mission in Velmaria said the "
            "ferry ran. Nuri al-Hashimi said it was calm. al-Hashimi said it was calm.")
    layer = ArticleMentions(text, None)
    asked = [("The Joint Mission in Velmaria", "Joint Mission"), ("al-Hashimi", "Hashimi")]
    got = []
    for phrase, core in asked:
        at = text.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            whole = layer._registry_whole(phrase, core, end)
            assert whole == _fresh_whole(text, phrase, core, end)
            got.append(whole)
            at = text.find(phrase, at + 1)
    # the spelled-out name before '(JMV)' only; the particle kept at both mentions
    assert got == ["Joint Mission in Velmaria", "Joint Mission", "al-Hashimi", "al-Hashimi"]
    assert set(layer._wholes) == set(asked)


def test_registry_whole_kept_with_a_registry(tmp_path):
    """The registry's whole name ('Ruvia Defence Force', not 'Defence Force') at every mention; a person the
    registry knows is no body's whole name (negative)."""
    from presslens.actors import load_actors
    reg = tmp_path / "actors.yaml"
    reg.write_text("sides: {ruvia_gov: 'Ruvian state', rebels: 'rebels'}\nactors:\n"
                   "  - {name: Ruvia Defence Force, aliases: [RDF], side: ruvia_gov, kind: org}\n"
                   "  - {name: Anton Vell, side: rebels, kind: person}\n", encoding="utf-8")
    actors = load_actors(reg)
    text = ("The Ruvia Defence Force said two men died. Rebel leader Anton Vell said so too. "
            "The Ruvia Defence Force said the road was shut. Leader Anton Vell said it was open.")
    layer = ArticleMentions(text, actors)
    for phrase, core, want in [("The Ruvia Defence Force", "Defence Force", "Ruvia Defence Force"),
                               ("Leader Anton Vell", "Vell", "Vell")]:
        at = text.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            assert layer._registry_whole(phrase, core, end) == want == _fresh_whole(text, phrase, core, end, actors)
            at = text.find(phrase, at + 1)

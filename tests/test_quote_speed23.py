"""Session 23 quote speed (docs/scale.md, "Session 23: quote speed"): each shortcut gives what the code it replaced
gave. Made-up copy of the Pastry War (France and Mexico, 1838) and the Agacher Strip war (Burkina Faso and Mali,
1985), wars of no eval set."""
from __future__ import annotations

import re

import pytest

from presslens.actors import Actors, _conflict, country_of, fold
from presslens.mentions import side_description as sd
from presslens.mentions.lexicon import ROLE_WORDS, _cues
from presslens.mentions.speaker_sides import SIDELESS_SOURCES
from presslens.quotes import spans as sp
from presslens.quotes.cues import _cue_refused
from presslens.quotes.noun_cue import PLURAL_NOUN_FORMS, noun_phrase_cue


def _side_in_description_before(speaker: str, actors: Actors | None) -> str | None:
    """side_in_description as session 22 wrote it (every description folded, the pattern built, on every call)."""
    if actors is None or len(actors.conflicts) != 1:
        return None
    words = sd._RX_DETERMINER.sub("", fold(speaker).strip())
    if len(words) < 4 or words in sd._BARE or words in SIDELESS_SOURCES or words in ROLE_WORDS or country_of(words):
        return None
    rx = re.compile(sd._NOT_A_PLACE + r"(?<![\w'’-])" + re.escape(words) + r"(?![\w-])" + sd._NOT_A_MODIFIER)
    sides = [side for side, text in actors.conflicts[0].sides.items() if text and rx.search(fold(str(text)))]
    return sides[0] if len(sides) == 1 else None


_PASTRY = Actors([_conflict("pastry-war", {"sides": {
    "france": "the French expedition: Admiral Baudin's squadron, the Toulon frigates and the royal marines",
    "mexico": "the Mexican state: General Santa Anna, the garrison of Veracruz and the national guard of Jalisco"}})])
_AGACHER = Actors([_conflict("agacher", {"sides": {
    "burkina": "the Burkinabe state: Captain Sankara's government, the people's militias and the Djibo garrison",
    "mali": "the Malian state: President Traoré, the Malian army and its air wing; militias loyal to Bamako",
    "mediators": ""}})])
_BARE_REGISTRY = Actors([_conflict("agacher", {"sides": {"burkina": "", "mali": ""}})])
_TWO_WARS = Actors(_PASTRY.conflicts + _AGACHER.conflicts)

SPEAKERS = ["the Toulon frigates", "Toulon frigates", "the garrison of Veracruz", "the national guard", "guard",
            "Admiral Baudin's squadron", "the royal marines", "marines", "the militias", "militias loyal to Bamako",
            "the people's militias", "Djibo garrison", "the Djibo garrison", "Traoré", "President Traoré",
            "air wing", "its air wing", "the Malian army", "army", "officials", "the government", "Mali", "Bamako",
            "Jalisco", "the national guard of Jalisco", "they", "sources", "a spokesman", "", "  ", "the",
            "the garrison", "squadron", "Captain Sankara's government", "Sankara", "frigates", "Toulon"]


@pytest.mark.parametrize("actors", [_PASTRY, _AGACHER, _BARE_REGISTRY, _TWO_WARS, None],
                         ids=["pastry", "agacher", "no-descriptions", "two-wars", "none"])
def test_side_in_description_as_before(actors):
    for speaker in SPEAKERS:
        assert sd.side_in_description(speaker, actors) == _side_in_description_before(speaker, actors), speaker


def test_side_in_description_values():
    # what the rule takes, and what it must not take, read from the shortcut
    assert sd.side_in_description("the Toulon frigates", _PASTRY) == "france"
    assert sd.side_in_description("the garrison of Veracruz", _PASTRY) == "mexico"
    assert sd.side_in_description("the people's militias", _AGACHER) == "burkina"
    assert sd.side_in_description("militias", _AGACHER) is None         # in two sides' descriptions
    assert sd.side_in_description("Mali", _AGACHER) is None             # a country: the state rules' to say
    assert sd.side_in_description("Toulon", _PASTRY) is None            # a modifier of 'frigates'
    assert sd.side_in_description("the Toulon frigates", _BARE_REGISTRY) is None
    assert sd.side_in_description("the Toulon frigates", _TWO_WARS) is None


def test_folded_descriptions_follow_the_sides():
    # memoised on the sides' items: a registry whose descriptions differ gets its own folds
    a = sd._folded_descriptions({"x": "The Garrison", "y": ""})
    b = sd._folded_descriptions({"x": "The Frigates", "y": None})
    assert a == (("x", "the garrison"),) and b == (("x", "the frigates"),)
    assert sd._folded_descriptions({"x": ["not", "hashable"]}) == (("x", "['not', 'hashable']"),)


CONTEXTS = [("Officials said the four ", " deaths were all marines"), ("The admiral ", " that the fort fell"),
            ("new ", " strengthened fears in Veracruz"), ("Most ", " ran as high as 300"),
            ("following ", " shelling of the fort"), ("Santa Anna ", " the squadron"), ("", ""), ("the ", " ")]


def test_noun_phrase_cue_only_for_gated_forms():
    # every cue form of the lexicon the gate skips is one for which noun_phrase_cue answers False
    skipped = [f for f in _cues()[0] if not (f.endswith("ed") or f.lower() in PLURAL_NOUN_FORMS)]
    assert "said" in skipped and "says" in skipped and "told" in skipped
    for form in skipped + [f.upper() for f in skipped] + ["REPORTS", "Claims"]:
        if form.endswith("ed") or form.lower() in PLURAL_NOUN_FORMS:
            continue
        for before, after in CONTEXTS:
            assert noun_phrase_cue(before, form, after) is False, form


@pytest.mark.parametrize("sentence,form,refused", [
    ("Officials in Veracruz said the four confirmed deaths were all marines.", "confirmed", True),
    ("The French admiral confirmed that the fort had fallen.", "confirmed", False),
    ("As new reports strengthened fears in Ouagadougou, the army moved north.", "reports", True),
    ("Radio Bamako reports that the Djibo garrison withdrew.", "reports", False),
    ("The Malian army said the border posts were quiet.", "said", False),
])
def test_cue_refused_with_the_gate(sentence, form, refused):
    cue = _cues()[0][form]
    cs = sentence.index(" " + form + " ") + 1
    assert _cue_refused(sentence, 0, len(sentence), cs, cs + len(form), cue) is refused


PARAGRAPHS = [
    "«Nous tiendrons Veracruz», a déclaré l'amiral. Les frégates ont ouvert le feu! Le fort est tombé?",
    "„Wir halten“, sagte er. ‚Niemals‘ – ‘it’s over’ said a marine. Then \"silence\" fell.",
    "The squadron opened fire at 9 a.m. on Saturday. The fort's walls fell (by noon.) Then the guns stopped.",
    "Gen. Santa Anna lost a leg... He said so. Mr. Baudin left!! Why? Nobody knows.",
    "Captain Sankara spoke. \ue000\ue000\ue000 Then \ue000\ue000, and \ue000 then \ue000\ue000  Now it ended.",
    "", "no stop at all", "É. Ü? «» ‚‘ ’",
]


@pytest.mark.parametrize("para", PARAGRAPHS)
def test_spans_shortcuts_as_before(para):
    # the marks of any paragraph by str.find, as the class's finditer found them
    assert sp._ascii_marks(para, sp._QUOTE_MARKS) == [qm.start() for qm in sp._QUOTE_CHARS.finditer(para)]
    # the ends after mask runs, as the look-ahead at every mask found them
    assert sp._mask_then_capital_ends(para) == [mt.end() for mt in sp._RX_MASK_THEN_CAPITAL.finditer(para)]
    # the sentence ends: the pattern led by a literal '.' where no '!' or '?' stands gives the class's matches
    spans = [mt.span() for mt in sp._RX_SENTENCE_END.finditer(para)]
    if "!" not in para and "?" not in para:
        assert [mt.span() for mt in sp._RX_SENTENCE_END_DOT.finditer(para)] == spans
    assert sp._sentences(para) == _sentences_before(para)


def _sentences_before(m: str) -> list[tuple[int, int]]:
    """_sentences as session 22 ran it (the class-led pattern on every paragraph), without the paragraph's text."""
    ends = []
    for mt in sp._RX_SENTENCE_END.finditer(m):
        end = mt.end()
        if not (end - mt.start() == 1 and m[end - 1] == "." and sp._ABBREV.search(m[max(0, end - 6):end])):
            ends.append(end)
    out, start, n = [], 0, len(m)
    for end in ends:
        if end <= start:
            continue
        if m[start:end].strip():
            out.append((start, end))
        start = end
        while start < n and m[start].isspace():
            start += 1
    if start < n and m[start:n].strip():
        out.append((start, n))
    return out


def test_quote_spans_of_non_ascii_copy():
    # the spans themselves, read from the marks found by str.find
    assert sp.find_quote_spans("«Nous tiendrons», a dit Baudin.") == [(0, 15, True)]
    assert sp.find_quote_spans("L’amiral a dit qu’il partirait.") == []

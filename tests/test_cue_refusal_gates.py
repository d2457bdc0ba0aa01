"""`quotes.cues._cue_refused` reads one table per cue (docs/scale.md, "Session 19: quote speed"): a cue whose form
and lemma no test of the function names ('said', 'told', 'added') runs only the three tests every cue runs, and
`cue_as_modifier` returns at once for a form that is no participle ('said': neither '-ing' nor '-ed'). These tests
hold the table to the function: every name test written in the function is in the table (so a test added later
under a new form or lemma cannot be skipped for it), the tests outside the table are exactly the three the short
path runs, and on made-up sentences every cue of the lexicon is refused or not exactly as the full list of tests
(the table emptied) refuses it; `cue_as_modifier` is compared with its old formula (kept here).
"""
from __future__ import annotations

import ast
import inspect
import textwrap

import pytest

from presslens.mentions.lexicon import _cues
from presslens.quotes import cues as cues_mod
from presslens.quotes.cues import _GATED_FORMS, _GATED_LEMMAS, _cue_refused


def _function_ifs() -> list[ast.If]:
    tree = ast.parse(textwrap.dedent(inspect.getsource(_cue_refused)))
    body = tree.body[0].body
    return [node for node in body if isinstance(node, ast.If)]


def _attr_of_cue(node: ast.AST) -> str | None:
    """'form' or 'lemma' when `node` is `cue.form` or `cue.lemma`, else None."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "cue" \
            and node.attr in ("form", "lemma"):
        return node.attr
    return None


def _names_of(node: ast.AST) -> set[str]:
    """The strings a comparator stands for: a constant, a tuple of constants, or a module set of cues.py."""
    if isinstance(node, ast.Constant):
        return {node.value}
    if isinstance(node, ast.Tuple):
        return {elt.value for elt in node.elts}
    if isinstance(node, ast.Name):
        return set(getattr(cues_mod, node.id))
    raise AssertionError(ast.dump(node))


def _gated(node: ast.AST) -> bool:
    """Whether an `if` test can hold only for a cue of a form or lemma it names: a name test, a conjunction that
    opens on one, or a disjunction of such."""
    if isinstance(node, ast.Compare) and _attr_of_cue(node.left) and isinstance(node.ops[0], (ast.Eq, ast.In)):
        return True
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.And):
        return _gated(node.values[0])
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
        return all(_gated(v) for v in node.values)
    return False


def test_every_name_test_is_in_the_table():
    found = {"form": set(), "lemma": set()}
    for node in ast.walk(ast.parse(textwrap.dedent(inspect.getsource(_cue_refused)))):
        if isinstance(node, ast.Compare) and _attr_of_cue(node.left):
            for comp in node.comparators:
                found[_attr_of_cue(node.left)] |= _names_of(comp)
    assert found["form"] and found["form"] <= _GATED_FORMS, found["form"] - _GATED_FORMS
    assert found["lemma"] and found["lemma"] <= _GATED_LEMMAS, found["lemma"] - _GATED_LEMMAS


def test_the_ungated_tests_are_the_short_paths_three():
    ifs = _function_ifs()
    first, rest = ifs[0], ifs[1:]
    assert "_GATED_FORMS" in ast.unparse(first.test)       # the short path opens the function
    ungated = [ast.unparse(node.test) for node in rest if not _gated(node.test)]
    assert len(ungated) == 3
    assert "_RX_TO_BE_AFTER" in ungated[0] and "negated_subject" in ungated[1] and "cue_as_modifier" in ungated[2]
    assert "noun_phrase_cue" in ungated[2]      # session 22 (quotes.noun_cue): asked with `cue_as_modifier`
    short = "\n".join(ast.unparse(node) for node in first.body)
    for name in ("_RX_TO_BE_AFTER", "negated_subject", "cue_as_modifier", "noun_phrase_cue"):
        assert name in short


def test_the_table_leaves_the_common_cues_to_the_short_path():
    forms = _cues()[0]
    for form in ("said", "told", "added", "says", "stated"):
        cue = forms.get(form)
        if cue is not None:
            assert cue.form not in _GATED_FORMS and cue.lemma not in _GATED_LEMMAS, form
    for form in ("reported", "claimed", "called", "named", "estimate"):
        cue = forms.get(form)
        assert cue is not None and (cue.form in _GATED_FORMS or cue.lemma in _GATED_LEMMAS), form


#: made-up sentences around a cue ('{}'): the refusals of the common tests and of several named ones, and plain cues
_FRAMES = [
    "The ministry {} that the road to Velmora was cut.",
    "The commander is {} to be hiding near the Tarsk ridge.",
    "No group has {} responsibility for the blast at the market.",
    "Nobody {} anything about the convoy that left Ostrava.",
    "The army issued an evacuation {} from the hill villages.",
    "It was the youngest {} death in the district of Malvo.",
    "Residents {} the police about the looting on Sunday.",
    "Local sources {} to the police that the shelling went on.",
    "Many {} from the valley say the dam was hit.",
    "A commander {} Didier was seen in the square, officials {}.",
    "\"We ran,\" a farmer {} reporters in Korvo on Tuesday.",
    "Police cannot {} the toll, a spokesman {}.",
    "The blast {} nine lives in the town of Rhenn.",
    "Satellite images {} that the depot at Lisk had burned.",
    "The governor {} the militia for the attack on the bridge.",
    "what they {} a fabricated allegation, the statement {}.",
    "He {} out the road to the camp at Derra.",
    "{} by phone, the official said the border was shut.",
]


@pytest.mark.parametrize("frame", _FRAMES)
def test_every_cue_refused_as_the_full_tests_refuse_it(frame, monkeypatch):
    forms = _cues()[0]
    cases = []
    for form, cue in forms.items():
        s = frame.replace("{}", form)
        cs = frame.index("{}")
        cases.append((s, cs, cs + len(form), cue))
    short = [_cue_refused(s, 0, len(s), cs, ce, cue) for s, cs, ce, cue in cases]
    monkeypatch.setattr(cues_mod, "_GATED_FORMS", frozenset(forms) | {c.form for c in forms.values()})
    full = [_cue_refused(s, 0, len(s), cs, ce, cue) for s, cs, ce, cue in cases]
    assert short == full
    assert all(type(v) is bool for v in short)


def test_the_short_path_still_refuses():
    """Negatives of the three tests every cue runs, on a cue the table leaves to the short path ('said')."""
    said = _cues()[0]["said"]
    for s, refused in [("The commander is said to be hiding near Tarsk.", True),
                       ("No one said anything about the convoy.", True),
                       ("The commander said the road was cut.", False),
                       ("The commander said to the crowd that the road was cut.", False)]:
        cs = s.index("said")
        assert _cue_refused(s, 0, len(s), cs, cs + 4, said) is refused, s


def _old_cue_as_modifier(before: str, after: str, cue) -> bool:
    """`cue_as_modifier` as it was: the words before the cue split for every cue, the '-ed' ending tested last."""
    words = before.rsplit(None, 3)[-3:]
    if cue.form.endswith("ing"):
        if cue.lemma == "add" and after.startswith(" to "):
            return True
        if not any(w.lower() in cues_mod._DETERMINERS for w in words):
            return False
        return cues_mod._RX_DET_MODIFIERS.search(before) is not None and cues_mod._RX_CLAUSE_NEXT.match(after) is None \
            and "," not in before[-20:] and cues_mod._RX_DOCUMENT_READS.search(before) is None
    if not words or not (words[-1].endswith("est") or words[-1].lower() in cues_mod._ORDINALS):
        return False
    return cue.form.endswith("ed") and cues_mod._RX_SUPERLATIVE.search(before) is not None


_BEFORES = ["The youngest ", "It was the first ", "the latest ", "was not preceded by an evacuation ", "The army ",
            "with the rebels ", "a statement ", "killing four and ", "", "  ", "the only ", "Their biggest ",
            "said the army, and the ", "an earliest "]
_AFTERS = [" death was a boy", " to a toll", " from the RSF", " that the road was cut", ", adding", "", " case"]


def test_cue_as_modifier_as_before_for_every_cue():
    from presslens.quotes.cues import cue_as_modifier
    for cue in _cues()[0].values():
        for before in _BEFORES:
            for after in _AFTERS:
                assert cue_as_modifier(before, after, cue) is _old_cue_as_modifier(before, after, cue), \
                    (cue.form, before, after)
    said = _cues()[0]["said"]
    assert cue_as_modifier("The youngest ", " death", said) is False      # no participle: never a modifier
    assert cue_as_modifier("The youngest ", " death", _cues()[0]["confirmed"]) is True

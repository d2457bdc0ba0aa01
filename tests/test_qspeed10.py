"""Session 10 (s10-qspeed): an article without any attributed statement does not build its mention layer
(the people, bodies and coreference of `presslens.mentions` serve only to resolve speakers), and one with
statements still does and resolves them as before."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article
from presslens.quotes import speakers


class _Refused:
    def __init__(self, *args, **kwargs):
        raise AssertionError("the mention layer was built for an article without statements")


def test_no_statement_builds_no_layer(monkeypatch):
    monkeypatch.setattr(speakers, "ArticleMentions", _Refused)
    text = ("Heavy rain fell on the Varnesk valley on Tuesday, and the ferry across the Oskel river stopped.\n\n"
            "Minister Tomas Halvard visited the depot in the afternoon.")
    assert quotes_for_article("a.txt", text) == []


def test_statement_still_resolved_through_the_layer(monkeypatch):
    built = []
    real = speakers.ArticleMentions

    def counting(*args, **kwargs):
        built.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(speakers, "ArticleMentions", counting)
    text = ("Minister Tomas Halvard visited the depot on Tuesday.\n\n"
            "\"The road to Varnesk will reopen within a week,\" Halvard said.")
    rows = quotes_for_article("a.txt", text)
    assert built == [1]
    assert [(r["speaker"], r["kind"]) for r in rows] == [("Tomas Halvard", "direct")]


def test_layer_refused_would_fail_with_statements(monkeypatch):
    """The guard above is no accident of the text: an article with a statement does reach the layer."""
    monkeypatch.setattr(speakers, "ArticleMentions", _Refused)
    with pytest.raises(AssertionError):
        quotes_for_article("a.txt", "\"We will hold the bridge,\" said Colonel Ida Marsk.")

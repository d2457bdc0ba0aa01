"""Session 12, quote speed, second pass: the per-article memos of the mention layer (mentions/names.py
`_by_token`, the index `_fullest` reads; `ArticleMentions._classified`) give what the unmemoised code gives,
and neither carries one article's answers into another's; the capitals' index (`countries.capital_of`) gives
what the scan of the country table gave."""
from __future__ import annotations

import pytest

from presslens.actors import fold
from presslens.countries import _country_table, capital_of
from presslens.mentions.layer import ArticleMentions
from presslens.mentions.names import _by_token, _fullest, _inventory
from presslens.mentions.phrases import _classify

ARTICLE_A = "Governor Amina Bello visited the camp on Monday. Bello said it was calm."
ARTICLE_B = "Musa Bello, a trader in the market, spoke first. Bello said prices had doubled."


@pytest.mark.parametrize("text", [ARTICLE_A, ARTICLE_B,
                                  "Ahmed Massoud and Amrullah Saleh met. Saleh said the talks failed."])
def test_by_token_lists_each_mention_holding_the_token_in_order(text):
    inv = _inventory(text, None)
    index = _by_token(inv)
    tokens = {t for m in inv for t in m.tokens}
    assert tokens, "the article names someone"
    for tok in tokens:
        assert index[tok] == [m for m in inv if tok in m.tokens]


def test_fullest_does_not_carry_one_articles_names_into_another():
    inv_a, inv_b = _inventory(ARTICLE_A, None), _inventory(ARTICLE_B, None)
    pos_a, pos_b = ARTICLE_A.index("Bello said"), ARTICLE_B.index("Bello said")
    # alternate the two articles: each call must read its own inventory, not the index built for the other
    assert _fullest("Bello", inv_a, pos_a, prefer=[]) == "Amina Bello"
    assert _fullest("Bello", inv_b, pos_b, prefer=[]) == "Musa Bello"
    assert _fullest("Bello", inv_a, pos_a, prefer=[]) == "Amina Bello"


def test_by_token_rebuilt_when_the_same_list_grows():
    inv = list(_inventory(ARTICLE_A, None))     # (a copy: the test grows it)
    assert "musa" not in _by_token(inv)
    inv.extend(_inventory(ARTICLE_B, None))
    assert [m.name for m in _by_token(inv)["musa"]] == ["Musa Bello"]


@pytest.mark.parametrize("text, kind", [
    ("Smugglers said it was calm. Later, smugglers fled.", "unnamed"),     # the article writes it lower-cased
    ("Smugglers said it was calm.", "name"),                                # it does not: a name
])
def test_classified_is_the_articles_own(text, kind):
    layer = ArticleMentions(text, None)
    assert layer._classified("Smugglers") == _classify("Smugglers", text)
    assert layer._classified("Smugglers")[0] == kind
    assert layer.resolve("Smugglers", 0, 9).anonymous is (kind == "unnamed")


def test_classified_memo_is_per_layer():
    one = ArticleMentions("Smugglers said it was calm. Later, smugglers fled.", None)
    two = ArticleMentions("Smugglers said it was calm.", None)
    assert one.resolve("Smugglers", 0, 9).kind == "plural"
    assert two.resolve("Smugglers", 0, 9).kind == "org"       # not the first article's 'unnamed'
    assert one._classes is not two._classes and set(two._classes) == {"Smugglers"}


def test_capital_index_gives_the_scan_of_the_country_table():
    table = _country_table()
    capitals = {r[2] for r in table.values() if r[2]}
    assert capitals, "the lexicon lists capitals"
    for cap in sorted(capitals):
        folded = fold(cap)
        scan = next(((r[0], r[2]) for r in table.values() if r[2] and fold(r[2]) == folded), None)
        assert capital_of(folded) == scan
    assert capital_of(fold("Ethiopia")) is None      # a country's own name is no capital

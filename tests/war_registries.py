"""One-war registries for end-to-end tests written in the styles of wars in no eval set: a state side and a rebel
side with their keywords, as an analyst's multi-conflict actors.yaml would hold them (article 'a.txt')."""
from __future__ import annotations

from presslens.actors import Actors, _conflict


def state_and_rebels(slug: str, state: tuple[str, str, list[str]], rebels: tuple[str, str, list[str]],
                     article: str = "a.txt") -> Actors:
    """`state` and `rebels` are (label, description, keywords); the state side is the government side.

    >>> reg = state_and_rebels("el-salvador", ("gov", "the Salvadoran state", ["Salvadoran army"]),
    ...                        ("fmln", "the FMLN guerrillas", ["FMLN"]))
    >>> reg.for_article("a.txt").labels[:2]
    ['gov', 'fmln']
    """
    (gov, gov_text, gov_words), (reb, reb_text, reb_words) = state, rebels
    return Actors([_conflict(slug, {
        "articles": [article],
        "sides": {gov: gov_text, reb: reb_text},
        "government_side": gov, "rebel_side": reb,
        "keywords": {gov: list(gov_words), reb: list(reb_words)}})])

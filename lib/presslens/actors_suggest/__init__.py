"""A draft actor registry from a corpus: `presslens actors suggest PATH`.

The extractors run without a registry; every named speaker, claimant and organisation they find
becomes an actor (canonical name, aliases seen, mentions, articles, roles, one example span), and
each is put on a side by the articles' own cues, one named rule per family of cues (`RULES`):

- ``possessive``: `Korvatia's General Staff`, `the group's media office` (the group last named);
- ``demonym``: `Drevlian defence ministry spokesman`, `Tindaran army`;
- ``member``: `URC commander Teodor Halvik`, `spokesman for Liwa al-Sahil's armed wing`,
  `Halvik, a commander of the Ulm River Coalition`;
- ``pro_anti``: `pro-Drevlian militia` (that side), `anti-government fighters` (the armed group);
- ``state_word``: `army spokesman`, `interior minister`, `regional governor` -> the state the
  article is about (the country it names most with state words);
- ``armed_word``: `rebel commander`, `militants` -> the armed group the article names most;
- ``generic``: `U.N. coordinator`, `aid group`, `analyst`, `resident`, `correspondent` -> the generic
  sides un, ngo, expert, civilian, media, religious, foreign_gov, former_gov (``un_backed``: a
  `U.N.-backed government` is no U.N. body);
- ``outlet``: `writes the Halven Herald`, `Radio Sarn reports.`, `Halven Today news website` -> media;
- ``country_abbreviation``: `U.S. forces`, `the UK defence ministry` -> that country;
- ``surname``: `Halvik said` is the corpus's one `Teodor Halvik`; ``country_actor``: a fighting country
  is an actor of its side; ``fought_with``: `clashes with Sarn`, `Sarn targets` make Sarn an armed group;
  ``mission``: `Ostmark Mission in Quorland (OMQ)` is a side of its own;
- listed even when named once: ``acronym_expansion`` (`Council of National Unity (CNU)`) and
  ``named_with_role`` (`Ilse Marovic, the U.N.'s deputy envoy`, `envoy to Drevlia, Pavel Renko`).

Sides are the countries and armed groups the cues point to, named after the country or group that
leads them; an organisation whose name holds a country (`Korvatian air force`) joins that country,
and a country named only through its diplomats is `foreign_gov`. Articles about different wars
(no shared country or group) become separate `conflicts:`. Every guess carries a `# check:` comment
with its evidence, and the file loads as it is with `--actors`.
"""
from __future__ import annotations

from .draft import suggest_registry
from .entities import collect
from .names import Anchor, Entity, slug
from .votes import RULES

__all__ = ["RULES", "Anchor", "Entity", "collect", "slug", "suggest_registry"]

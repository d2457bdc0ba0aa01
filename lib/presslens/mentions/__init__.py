"""The mention layer of an article: people, organisations, outlets, documents, roles and pronouns, each with
its span, linked into entities by coreference within the article; quote speakers and casualty claimants are
resolved on it.

- `ArticleMentions(text, actors).resolve(phrase, start, end)` -> `Entity` (layer.py): one phrase resolved;
- `mentions_for_article(article_id, text)` / `extract_mentions(corpus)` (table.py): every mention, resolved
  in text order;
- rules.py: named rules for phrases that are not names as they stand; coref.py: acronyms, documents' authors,
  bodies named in full; role_holders.py: a definite role as speaker -> the person named as its holder; names.py, phrases.py, context.py: the name inventory, phrase classes, antecedents.
"""
from .layer import ArticleMentions, Entity
from .table import MENTION_COLUMNS, extract_mentions, mentions_for_article

__all__ = ["MENTION_COLUMNS", "ArticleMentions", "Entity", "extract_mentions", "mentions_for_article"]

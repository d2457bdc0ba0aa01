"""presslens: casualty tallies, quote attribution and source bias in news coverage of armed conflict.

    >>> import presslens
    >>> corpus = presslens.load_corpus("seeds/")
    >>> quotes = presslens.extract_quotes(corpus)
"""
from __future__ import annotations

from .actors import Actors, load_actors
from .bias import article_profile, outlet_profile
from .casualties import extract_casualties
from .tally import tally
from .corpus import Corpus, load_corpus
from .quotes import extract_quotes

__version__ = "0.1.0"
__all__ = ["Actors", "Corpus", "article_profile", "extract_casualties", "extract_quotes", "load_actors",
           "load_corpus", "outlet_profile", "tally", "__version__"]

"""Countries of a registry's sides: demonyms, country names and capitals (`country_forms`), and which sides a
registry's descriptions call states (`_countries_of`); split from presslens.actors in session 11, which
re-exports these names."""
from __future__ import annotations

import re
from functools import lru_cache

from . import config
from .actor_words import fold


def demonyms(words) -> set[str]:
    """The adjective forms of the country names among a side's keywords, so that 'Serbian Interior Ministry' and
    'Kenyan troops' find the side whose keywords say Serbia or Kenya (regular English endings only; a form that
    is no word matches nothing).

    >>> {"Kenyan", "Azerbaijani", "Sudanese", "Mozambican"} <= demonyms(["Kenya", "Azerbaijan", "Sudan", "Mozambique"])
    True
    >>> demonyms(["TDF", "Boko Haram"])
    set()
    """
    out = set()
    for w in words:
        if len(w) < 4 or not w.isalpha() or not w[:1].isupper() or w.isupper():
            continue
        out |= {w + "n", w + "i", w + "ese", w + "ian"}
        if w.endswith(("a", "e", "o", "y")):
            out |= {w[:-1] + "an", w[:-1] + "ian", w[:-1] + "ese", w[:-1] + "i"}
        if w.endswith("que"):
            out.add(w[:-3] + "can")  # Mozambique -> Mozambican
        if w.endswith("s"):
            out.add(w[:-1])  # the Philippines -> Philippine
    return out


def countries(words) -> set[str]:
    """Rule `country_of_demonym`: the country names of the demonyms among a side's words, so that 'Ruvia said' and
    "Ruvia's army" find the side whose actors are 'the Ruvian army' (regular English endings only; a form that is
    no word matches nothing).

    >>> {"Israel", "Serbia", "Kenya", "Somalia"} <= countries(["Israeli", "Serbian", "Kenyan", "Somali"])
    True
    >>> countries(["Taliban forces", "UNITA", "Army"])
    set()
    """
    out = set()
    for w in words:
        if len(w) < 5 or not w.isalpha() or not w[:1].isupper() or w.isupper():
            continue
        if w.endswith("an"):
            out.add(w[:-1])                  # Serbian -> Serbia, Kenyan -> Kenya
        elif w.endswith("i"):
            out |= {w[:-1], w[:-1] + "ia"}   # Israeli -> Israel, Somali -> Somalia
    return out


@lru_cache(maxsize=1)
def _country_table() -> dict[str, tuple[str, tuple[str, ...], str]]:
    """Folded country name or demonym -> (country, demonyms, capital), from data/lexicons/countries.yaml."""
    table: dict[str, tuple[str, tuple[str, ...], str]] = {}
    for country, entry in (config.lexicon("countries") or {}).items():
        entry = entry if isinstance(entry, dict) else {"demonyms": entry}
        row = (str(country), tuple(str(d) for d in entry.get("demonyms") or ()), str(entry.get("capital") or ""))
        for form in (row[0], *row[1]):
            table.setdefault(fold(form), row)
    return table


_CAPITALS: list = [None, {}]    # (the country table, its capitals) (rebuilt if the table is reloaded)


def capital_of(name: str) -> tuple[str, str] | None:
    """(country, capital) of the first country in the table whose capital is `name` folded ('addis ababa' ->
    ('Ethiopia', 'Addis Ababa')), else None; the capitals are indexed once per table (not scanned per name).

    >>> capital_of("addis ababa"), capital_of("ethiopia")
    (('Ethiopia', 'Addis Ababa'), None)
    """
    table = _country_table()
    if _CAPITALS[0] is not table:
        index: dict[str, tuple[str, str]] = {}
        for row in table.values():
            if row[2]:
                index.setdefault(fold(row[2]), (row[0], row[2]))
        _CAPITALS[0], _CAPITALS[1] = table, index
    return _CAPITALS[1].get(name)


def country_of(word: str) -> str | None:
    """The country a country name or demonym names ('Kyrgyz' -> 'Kyrgyzstan', 'Thailand' -> 'Thailand'), else None.

    >>> country_of("Kyrgyz"), country_of("South Sudanese"), country_of("Velmarian")
    ('Kyrgyzstan', 'South Sudan', None)
    """
    row = _country_table().get(fold(word or "").strip())
    return row[0] if row else None


@lru_cache(maxsize=1024)
def country_forms(name: str, *, capital: bool = False) -> frozenset[str]:
    """Rule `country_forms`: the words that name a state's side after its country: the name, its demonyms (the
    shipped table's, else the regular ones: `demonyms`) and, with `capital`, its capital (a
    metonym only in a war between states: 'Quito said'). A people's plural ('Peruvians') is not among them: a
    nationality noun names a population (docs/annotation.md), not the state's forces.

    >>> sorted(country_forms("Tajikistan", capital=True))
    ['Dushanbe', 'Tajik', 'Tajikistan', 'Tajikistani']
    >>> {"Velmaria", "Velmarian"} <= country_forms("Velmaria")
    True
    """
    row = _country_table().get(fold(name or "").strip())
    if row is None:
        return frozenset({name, *demonyms([name]), *countries([name])} if name else ())
    forms = {row[0], *(d for d in row[1] if not re.search(r"(?:men|[^s]s)$", d))}
    if capital and row[2]:
        forms.add(row[2])
    return frozenset(forms)



#: a side's description that calls it a country's state: 'the Thai state: ...', 'the Kingdom of Cambodia', "Peru's
#: government"
_RX_STATE_DESC = re.compile(r"^\W*(?:[Tt]he\s+)?(?:(?P<dem>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:['’]s)?\s+(?i:state|"
                            r"government|armed\s+forces|army|republic|kingdom|federation)\b|(?:state|government|kingdom|"
                            r"republic)\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))")


#: a side's description that opens with a country's name: 'Armenia and the breakaway republic of ...'
_RX_COUNTRY_FIRST = re.compile(r"^\W*(?P<name>[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)(?=\s+and\b|\s*[:;,(]|['’]s\s|\W*$)")


#: one capitalised word with a demonym's ending ('Velmarian', 'Sarqani', 'Drevlian'): a country's adjective
_RX_DEMONYM_FORM = re.compile(r"[A-Z][a-z]+(?:an|i|ese)")


def _countries_of(sides: dict, raw) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Side -> its country names, and the sides the registry's `countries:` declares: those it gives, plus the
    countries the other sides' descriptions call their state ('the Kyrgyz state: ...'), kept only when two sides
    are states (a civil war's demonym names both of its sides: 'Syrian rebels')."""
    declared = {str(k): tuple([v] if isinstance(v, str) else (str(x) for x in v or ())) for k, v in (raw or {}).items()}
    found: dict[str, tuple[str, ...]] = dict(declared)
    for side, desc in sides.items():
        if side in declared:
            continue
        m = _RX_STATE_DESC.match(str(desc or ""))
        country = m and country_of(m.group("dem") or m.group("name"))
        if m and not country and m.group("dem") and _RX_DEMONYM_FORM.fullmatch(m.group("dem")):
            country = m.group("dem")  # a country the table does not hold: 'the Velmarian state' (forms derived)
        if not country and (m := _RX_COUNTRY_FIRST.match(str(desc or ""))):  # 'Armenia and the breakaway ...'
            country = country_of(m.group("name"))
            country = country if country and fold(country) == fold(m.group("name")) else None  # a name, not 'Armenian'
        if not country and country_of(side.replace("_", " ")) == side.replace("_", " ").title():
            country = country_of(side.replace("_", " "))  # a side labelled by its country: `peru`, `south_sudan`
        if country:
            found[side] = (country,)
    if len({c for cs in found.values() for c in cs}) < 2:
        return declared, tuple(declared)
    return found, tuple(declared)

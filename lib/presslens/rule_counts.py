"""How often each rule fires: the provenance columns (presslens.provenance) of prediction files, counted per set.

`count_rules({"r8voi": rows, ...})` -> one row per (table, column, rule) with its firings on each set, the total,
the number of sets it fires on and `real_sets` (the sets other than the invented ones, `INVENTED`); the rules
of the catalogue (`catalogue()`: every `Rule` of casualties/rules.py and the named paths of the quantity grammar
and of the quote patterns) that fire on no set are listed with zeros. `presslens rules PRED.jsonl...` prints it.

    >>> rows = [{"found_by": "counted quantity", "side_by": "none", "claimant_by": "claimant_fallback"}] * 2
    >>> t = count_rules({"a": rows}, with_catalogue=False)
    >>> t[t.column == "found_by"][["rule", "a", "total"]].values.tolist()
    [['counted quantity', 2, 2]]
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pandas as pd

from .provenance import CLAIM_PROVENANCE, QUOTE_PROVENANCE

#: the invented sets: a rule that fires only on these fires on no real copy
INVENTED = frozenset(["seeds", "dev2", "dev3"])
#: the grammar paths of casualties/claims.py and named.py that find claims besides the `Rule`s
CLAIM_PATHS = ("zero or vague amount", "counted quantity", "coordinated_kinds", "count_before_including",
               "one_before_count", "single_after_count", "named_subjects", "named_lists", "named_series", "named_one_of", "single person",
               "officers_and_men")
#: the attribution patterns of quotes/attribution.py and quotes/spans.py
QUOTE_PATTERNS = ("subject before the cue", "inverted credit", "according_to", "participle", "coordinated verb",
                  "relative_speaker", "conjunction_item", "denied_noun_relative", "passive_by_agent", "citing_source",
                  "there are reports", "nominal_items", "statement_noun_by_agent", "statement_noun_of_modifier",
                  "outer_reporter", "quote_only_sentence", "named_next", "quote_then_named", "colon credit",
                  "dash credit", "quote_after_statement", "quoted_as_saying", "fronted_participle_cue")


#: what the named paths that are not functions find (the functions' and `Rule`s' own docstrings say theirs)
PATH_DOCS = {
    "counted quantity": "a number or count before its victims and a harm cue (claims._quantity_claim)",
    "zero or vague amount": "'no civilian casualties', 'lost none', 'heavy losses' (claims._zero_and_vague)",
    "single person": "'A 64-year-old man was killed': one unnamed person (claims._single_person)",
    "subject before the cue": "'X said ...': the speaker is the cue's subject (attribution._cue_item)",
    "inverted credit": "'\"...,\" said X', '..., writes X': the speaker after the cue (attribution._cue_item)",
    "according_to": "'according to X', 'as per X' (attribution._cue_item)",
    "participle": "', adding that ...': the clause's speaker (attribution._cue_item, _records)",
    "coordinated verb": "'X said A and urged B': the cue before gives the speaker (attribution._cue_item)",
    "colon credit": "'X, role: \"...\"' (attribution._credit)",
    "dash credit": "'\"...\" — X, role' (attribution._credit)",
    "there are reports": "'There are (unconfirmed) reports that ...' (attribution._nominal_items)",
    "claims": "a claim no named path tagged (casualties.claims)",
    "attribution": "a statement no named pattern tagged (quotes.attribution)",
    "registry": "the speaker is a registry actor: the registry's side (mentions.layer._entity)",
    "none": "no rule: the column stays at its default (unknown side, no claimant)",
    "quote_claimant": "the claim sits in a quote row: the row's speaker (casualties.claimants.ArticleVoices._quote_claimant)",
    "side_of_words": "a registry name or keyword in the claim's own words (casualties.sides.SideWords.side_of_words)",
    "first_mention_side": "an entity keeps the side its first mention showed (mentions.layer._entity)",
    "pronoun": "he/she/it/they: the last fitting entity before (mentions.kinds._pronoun)",
    "anaphor": "'the ministry', 'the group': the last body of that head (mentions.kinds._anaphor)",
    "role": "'the governor': the person named with that role (mentions.kinds._role)",
    "qualified": "a role with a qualifier: as `role` (mentions.kinds._role)",
    "name": "a name, surname or acronym: the fullest name the article gives (mentions.kinds._name)",
    "document": "'the statement': its author (mentions.layer._document)",
    "possessive_role": "'the province's governor' (mentions.layer._possessive_role)",
    "descriptor": "'a monitoring group': the body described (mentions.descriptors)",
    "unnamed_place": "'a source in the city' (mentions.unnamed)",
    "unnamed": "'a resident': a person named later with that role, or the phrase (mentions.kinds._unnamed)",
}


def describe(name: str, table: str = "casualties") -> str:
    """What the rule called `name` finds in `table`'s columns: its `PATH_DOCS` entry, else the first paragraph of
    the docstring of the `Rule` or function of that name (casualties; for quotes: quotes, mentions, actors), else
    ''."""
    if name in PATH_DOCS:
        return PATH_DOCS[name]
    import importlib
    import pkgutil
    from .actors import Actors
    from .casualties.rules import RULES
    doc = next((r.find.__doc__ for r in RULES if r.name == name), None) if table == "casualties" else None
    modules = []
    for pkg in (("casualties",) if table == "casualties" else ("quotes", "mentions")):
        mod = importlib.import_module(f"presslens.{pkg}")
        modules += [importlib.import_module(f"presslens.{pkg}.{i.name}") for i in pkgutil.iter_modules(mod.__path__)]
    if table != "casualties":
        modules.append(Actors)      # (Actors.side_from_context: the words around a speaker)
    for sub in modules if doc is None else ():
        fn = getattr(sub, name, None) or getattr(sub, "_" + name, None)
        if callable(fn) and getattr(fn, "__doc__", None):
            doc = fn.__doc__
            break
    first = " ".join((doc or "").strip().split("\n\n")[0].split())
    return first if len(first) <= 160 else first[:157] + "..."


def catalogue() -> dict[tuple[str, str], list[str]]:
    """(table, column) -> the rule names the source defines for it (those a reader can list without a run)."""
    from .casualties.rules import RULES
    from .casualties.side_rules import STATED_RULES
    from .provenance import rule_name
    return {("casualties", "found_by"): [rule_name(r) for r in RULES] + list(CLAIM_PATHS),
            ("casualties", "side_by"): [rule_name(r) for r in STATED_RULES],
            ("quotes", "found_by"): list(QUOTE_PATTERNS)}


def kind_of(row: dict) -> str | None:
    """'casualties' or 'quotes' by the provenance columns a row holds; None without them."""
    if "claimant_by" in row:
        return "casualties"
    if "speaker_by" in row:
        return "quotes"
    return None


def load(path: str | Path) -> list[dict]:
    """The records of a prediction JSONL file (a clear error naming the file when a line is not JSON)."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for k, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}: line {k} is not JSON ({exc.msg}); pass the JSONL that "
                                     f"`presslens quotes|casualties --format jsonl` prints") from None
    return rows


def count_rules(sets: dict[str, list[dict]], *, with_catalogue: bool = True) -> pd.DataFrame:
    """One row per (table, column, rule): its firings on each set (one column per set, in the order given),
    `total`, `sets` (how many sets it fires on) and `real_sets` (how many of the sets not in `INVENTED`).
    A set given as counts alone (rows of `table`, `column`, `rule`, `count`: `presslens rules --counts`, for a
    pool whose predictions must not be kept) is added as it is."""
    counts: dict[tuple[str, str, str], Counter] = {}
    for label, rows in sets.items():
        for r in rows:
            if "count" in r and "rule" in r and "table" in r:
                counts.setdefault((r["table"], r["column"], r["rule"]), Counter())[label] += int(r["count"])
        for kind, columns in (("casualties", CLAIM_PROVENANCE), ("quotes", QUOTE_PROVENANCE)):
            mine = [r for r in rows if kind_of(r) == kind]
            for column in columns:
                for rule, n in Counter(r.get(column) or "" for r in mine).items():
                    counts.setdefault((kind, column, rule), Counter())[label] += n
    if with_catalogue:
        for (kind, column), names in catalogue().items():
            for name in names:
                counts.setdefault((kind, column, name), Counter())
    labels = list(sets)
    real = [lb for lb in labels if lb not in INVENTED]
    out = [{"table": k, "column": c, "rule": r, **{lb: cnt.get(lb, 0) for lb in labels},
            "total": sum(cnt.values()), "sets": sum(1 for lb in labels if cnt.get(lb)),
            "real_sets": sum(1 for lb in real if cnt.get(lb))}
           for (k, c, r), cnt in counts.items()]
    frame = pd.DataFrame(out, columns=["table", "column", "rule", *labels, "total", "sets", "real_sets"])
    return frame.sort_values(["table", "column", "total", "rule"], ascending=[True, True, False, True],
                             ignore_index=True)


def labelled(paths: list[str]) -> dict[str, list[dict]]:
    """'LABEL=PATH' or 'PATH' (labelled by the file's name up to its first dot) -> {label: records}; the two
    tables of one set ('r8voi.q.jsonl', 'r8voi.c.jsonl') share its label; a file of counts (`--counts`) too."""
    sets: dict[str, list[dict]] = {}
    for arg in paths:
        label, sep, path = arg.partition("=")
        if not sep:
            path, label = arg, Path(arg).name.split(".")[0]
        sets.setdefault(label, []).extend(load(path))
    return sets


def to_markdown(frame: pd.DataFrame) -> str:
    """The table as Markdown, a rule that fires on no real set flagged `**no real set**`."""
    labels = [c for c in frame.columns if c not in ("table", "column", "rule", "total", "sets", "real_sets")]
    # (a rule of the catalogue that fires on no set at all is flagged too)
    head = ["table", "column", "rule", "what it finds", *labels, "total", "flag"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for d in frame.to_dict("records"):
        flag = "**no real set**" if d["real_sets"] == 0 else ""
        what = describe(d["rule"], d["table"]).replace("|", "/")
        cells = [d["table"], d["column"], f"`{d['rule']}`", what, *[str(d[lb]) for lb in labels],
                 str(d["total"]), flag]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def counts_only(frame: pd.DataFrame) -> list[dict]:
    """The table as counts alone, one row per (table, column, rule) that fires, summed over the sets: what may
    leave a validation pool (no article, no text, no span)."""
    return [{"table": d["table"], "column": d["column"], "rule": d["rule"], "count": int(d["total"])}
            for d in frame.to_dict("records") if d["total"]]

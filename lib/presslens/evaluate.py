"""Scoring extracted quotes and casualty claims against gold, and the gold files' helpers.

The matching rules are those of the evaluation kit's `score.py` (docs/annotation.md says what a gold
record is), figure for figure:

- records are matched one-to-one within an article, greedily, best score first;
- a quote matches when the two texts share at least half of the smaller one's tokens (lower-case
  ASCII words, accents folded); a gold record may store only the hashes of its tokens (`tokens`);
- a casualty claim matches on category, low, high and the vague word (case and a leading article
  ignored), the token overlap only ordering the candidates;
- a speaker or claimant is right when it is the gold name or one of its aliases (titles ignored), or,
  for an unnamed gold speaker ('two resistance leaders'), a lower-case prediction whose head word
  stands in that phrase.

Only articles that appear in the gold are scored. Predictions are what `presslens quotes|casualties
PATH --format jsonl` prints; their article id is `article` or `article_id`.

>>> gold = [{"article": "a", "speaker": "Amina Diallo", "speaker_side": "un", "kind": "direct", "text": "We need access now"}]
>>> pred = [{"article_id": "a", "speaker": "Diallo", "speaker_side": "un", "kind": "direct", "text": "we need access"}]
>>> s = score_quotes(gold, pred)
>>> s["f1"], s["speaker_accuracy"]
(1.0, 0.0)
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

#: words dropped from a name before names are compared ('Mr. Ahmad Massoud' = 'Ahmad Massoud')
TITLES = {"mr", "mrs", "ms", "dr", "gen", "general", "lt", "col", "maj",
          "sen", "president", "prime", "minister", "spokesman", "the"}

KINDS = ("quotes", "casualties")
#: figures of each kind, in the order they are printed
FIGURES = {
    "quotes": ("gold", "predicted", "matched", "precision", "recall", "f1", "speaker_accuracy",
               "side_accuracy", "kind_accuracy", "attributed_f1"),
    "casualties": ("gold", "predicted", "matched", "precision", "recall", "f1", "side_accuracy",
                   "claimant_accuracy", "hedged_accuracy", "sided_f1"),
}


# --- reading ---------------------------------------------------------------------------------------

def load_jsonl(path: str | Path) -> list[dict]:
    """JSON Lines file -> records (blank lines skipped); a bad line is a ValueError naming file:line."""
    records = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}:{number}: not valid JSON ({err.msg}); one JSON object per line") from None
            if not isinstance(rec, dict):
                raise ValueError(f"{path}:{number}: a record is a JSON object, not {type(rec).__name__}")
            records.append(rec)
    return records


def article_of(record: dict) -> str | None:
    """A record's article id: `article`, else `article_id` (what `presslens quotes` prints as well)."""
    art = record.get("article")
    return art if art is not None else record.get("article_id")


def _with_article(records: list[dict]) -> list[dict]:
    return [r if "article" in r else {**r, "article": r.get("article_id")} for r in records]


# --- tokens and names ------------------------------------------------------------------------------

def tokens(text: str | None) -> list[str]:
    """Lower-case ASCII tokens, accents folded.

    >>> tokens("Pešut's 14 men")
    ['pesut', 's', '14', 'men']
    """
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.findall(r"[a-z0-9]+", text)


def name_key(name: str | None) -> tuple[str, ...]:
    """Lower-cased name tokens without titles: 'Mr. Ahmad Massoud' -> ('ahmad', 'massoud')."""
    return tuple(t for t in tokens(name) if t not in TITLES)


def same_name(name: str | None, aliases, predicted: str | None) -> bool:
    """Whether `predicted` is the gold `name` or one of its `aliases`; an unnamed gold name (lower-case
    phrase) is also matched by a lower-case prediction whose head word stands in it.

    >>> same_name("two resistance leaders", [], "resistance leaders"), same_name("Ali Musa", [], "Musa")
    (True, False)
    """
    predicted = (predicted or "").strip()
    if not name:
        return not predicted
    if name_key(predicted) in {name_key(n) for n in [name, *(aliases or [])]}:
        return True
    unnamed = name[:1].islower() and predicted[:1].islower()
    head = name_key(predicted)[-1:]
    return bool(unnamed and head and head[0] in tokens(name))


def same_speaker(gold: dict, predicted: str | None) -> bool:
    return same_name(gold["speaker"], gold.get("aliases", []), predicted)


def same_claimant(gold: dict, predicted: str | None) -> bool:
    return same_name(gold.get("claimant"), gold.get("claimant_aliases", []), predicted)


def hashed(text: str | None) -> set[str]:
    """The set of a text's tokens, each as a short hash: what committed gold stores as `tokens`.

    >>> sorted(hashed("Two killed"))
    ['666d5e1c', 'ad782ecd']
    """
    return {hashlib.sha1(t.encode()).hexdigest()[:8] for t in tokens(text)}


def token_set(record: dict) -> set[str]:
    return set(record["tokens"]) if "tokens" in record else hashed(record.get("text", ""))


def overlap(a: dict, b: dict) -> float:
    """Share of the smaller record's tokens that the other record also has."""
    ta, tb = token_set(a), token_set(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def norm_vague(v: str | None) -> str | None:
    """'A large number' and 'large number' are the same vague amount: case and a leading article go."""
    v = re.sub(r"^(?:a|an|the)\s+", "", (v or "").strip().lower())
    return v or None


# --- matching and figures --------------------------------------------------------------------------

def _match_indices(gold: list[dict], pred: list[dict], same, score) -> list[tuple[int, int]]:
    """Greedy one-to-one matching within each article, best score first: (gold index, pred index) pairs."""
    by_article: dict = defaultdict(list)
    for pi, p in enumerate(pred):
        by_article[p.get("article")].append(pi)
    pairs = []
    for gi, g in enumerate(gold):
        for pi in by_article.get(g["article"], ()):
            p = pred[pi]
            if same(g, p):
                s = score(g, p)
                if s > 0:
                    pairs.append((s, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, matched = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matched.append((gi, pi))
    return matched


def prf(n_match: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    p = n_match / n_pred if n_pred else 0.0
    r = n_match / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def _accuracy(pairs, field: str, key=lambda v: v) -> float:
    if not pairs:
        return 0.0
    return round(sum(1 for g, p in pairs if key(g.get(field)) == key(p.get(field))) / len(pairs), 4)


def _quote_rules():
    return (lambda g, p: True), (lambda g, p: (o := overlap(g, p)) >= 0.5 and o)


def _same_claim(g: dict, p: dict) -> bool:
    return (g["category"] == p.get("category") and g.get("low") == p.get("low")
            and g.get("high") == p.get("high") and norm_vague(g.get("vague")) == norm_vague(p.get("vague")))


def _claim_rules():
    return _same_claim, (lambda g, p: overlap(g, p) + 1)


def _prepare(gold: list[dict], pred: list[dict]) -> tuple[list[dict], list[dict]]:
    gold, pred = _with_article(gold), _with_article(pred)
    articles = {g["article"] for g in gold}
    return gold, [p for p in pred if p.get("article") in articles]


def _pairs(kind: str, gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    same, score = _quote_rules() if kind == "quotes" else _claim_rules()
    return _match_indices(gold, pred, same, score)


def _figures(kind: str, gold: list[dict], pred: list[dict], idx: list[tuple[int, int]]) -> dict:
    pairs = [(gold[gi], pred[pi]) for gi, pi in idx]
    precision, recall, f1 = prf(len(pairs), len(gold), len(pred))
    out = {"gold": len(gold), "predicted": len(pred), "matched": len(pairs),
           "precision": precision, "recall": recall, "f1": f1}
    if kind == "quotes":
        speaker_ok = [1 for g, p in pairs if same_speaker(g, p.get("speaker"))]
        out.update({
            "speaker_accuracy": round(len(speaker_ok) / len(pairs), 4) if pairs else 0.0,
            "side_accuracy": _accuracy(pairs, "speaker_side"),
            "kind_accuracy": _accuracy(pairs, "kind"),
            "attributed_f1": prf(len(speaker_ok), len(gold), len(pred))[2],
        })
    else:
        full = [1 for g, p in pairs if g.get("victim_side") == p.get("victim_side")]
        out.update({
            "side_accuracy": _accuracy(pairs, "victim_side"),
            "claimant_accuracy": round(sum(same_claimant(g, p.get("claimant")) for g, p in pairs) / len(pairs), 4)
            if pairs else 0.0,
            "hedged_accuracy": _accuracy(pairs, "hedged", bool),
            "sided_f1": prf(len(full), len(gold), len(pred))[2],
        })
    return out


def score(kind: str, gold: list[dict], pred: list[dict]) -> dict:
    """Gold and predicted records of one kind ('quotes' or 'casualties') -> the kit's figures."""
    if kind not in KINDS:
        raise ValueError(f"kind is one of {KINDS}, not {kind!r}")
    gold, pred = _prepare(gold, pred)
    return _figures(kind, gold, pred, _pairs(kind, gold, pred))


def score_quotes(gold: list[dict], pred: list[dict]) -> dict:
    """Quote records -> precision, recall, F1, speaker/side/kind accuracy on matched rows, attributed F1."""
    return score("quotes", gold, pred)


def score_casualties(gold: list[dict], pred: list[dict]) -> dict:
    """Claim records -> precision, recall, F1, victim-side/claimant/hedged accuracy on matched rows, sided F1."""
    return score("casualties", gold, pred)


# --- breakdowns ------------------------------------------------------------------------------------

def read_meta(path: str | Path) -> dict[str, dict]:
    """A TSV or CSV with a `file` (or `article`) column and others (outlet, conflict ...) -> {article: row}.

    eval/real/sources.tsv is one (columns file url outlet country conflict ...)."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = "\t" if path.suffix.lower() == ".tsv" or "\t" in first else ","
    rows = list(csv.DictReader(text.splitlines(), delimiter=delimiter))
    key = next((k for k in ("file", "article", "article_id") if rows and k in rows[0]), None)
    if key is None:
        raise ValueError(f"{path}: needs a header with a `file` or `article` column (and outlet, conflict)")
    return {row[key]: row for row in rows if row.get(key)}


def group_key(record: dict, by: str, meta: dict[str, dict] | None = None) -> str:
    """The value a gold record is grouped by: its article, or its `outlet`/`conflict` field, else the meta's."""
    art = record["article"]
    if by == "article":
        return art
    value = record.get(by) or (meta or {}).get(art, {}).get(by)
    return value or "(unknown)"


def score_by(kind: str, gold: list[dict], pred: list[dict], *, by: str = "article",
             meta: dict[str, dict] | None = None) -> dict[str, dict]:
    """Figures per group of gold records (article, outlet or conflict), worst F1 first."""
    gold, pred = _prepare(gold, pred)
    groups: dict[str, set] = defaultdict(set)
    for g in gold:
        groups[group_key(g, by, meta)].add(g["article"])
    out = {}
    for key, arts in groups.items():
        out[key] = score(kind, [g for g in gold if g["article"] in arts], [p for p in pred if p["article"] in arts])
    return dict(sorted(out.items(), key=lambda kv: (kv[1]["f1"], kv[0])))


# --- misses: the error families --------------------------------------------------------------------

def _diff(kind: str, g: dict, p: dict) -> list[str]:
    """The fields in which a prediction differs from a gold record (names compared as the scorer does)."""
    if kind == "quotes":
        out = [] if same_speaker(g, p.get("speaker")) else ["speaker"]
        out += [f for f in ("speaker_side", "kind") if g.get(f) != p.get(f)]
        return out
    out = [f for f in ("category", "low", "high") if g.get(f) != p.get(f)]
    if norm_vague(g.get("vague")) != norm_vague(p.get("vague")):
        out.append("vague")
    if g.get("victim_side") != p.get("victim_side"):
        out.append("victim_side")
    if not same_claimant(g, p.get("claimant")):
        out.append("claimant")
    if bool(g.get("hedged")) != bool(p.get("hedged")):
        out.append("hedged")
    return out


_SHOWN = {"quotes": ("speaker", "speaker_side", "kind", "cue"),
          "casualties": ("category", "low", "high", "vague", "victim_side", "claimant", "hedged")}


def _brief(kind: str, rec: dict) -> dict:
    out = {f: rec.get(f) for f in _SHOWN[kind]}
    out["text"] = rec["text"] if "text" in rec else None
    for f in ("quote_id", "claim_id", "start", "end", *_RULES[kind]):
        if f in rec:
            out[f] = rec[f]
    return out


#: a prediction's provenance columns (presslens.provenance), shown beside each wrong or spurious row
_RULES = {"quotes": ("found_by", "speaker_by", "side_by"), "casualties": ("found_by", "side_by", "claimant_by")}


def _rules(kind: str, rec: dict) -> str:
    """' {found_by: X; side_by: Y; ...}' for a prediction that has the provenance columns, else ''."""
    shown = [f"{f}: {rec[f]}" for f in _RULES[kind] if rec.get(f)]
    return f" {{{'; '.join(shown)}}}" if shown else ""


def misses(kind: str, gold: list[dict], pred: list[dict]) -> dict:
    """What the scorer did not count as right, per article: gold records not matched (each with the nearest
    prediction of its article and the fields that differ), predictions not matched (false positives, each
    with the nearest gold record), and matched pairs whose speaker/claimant, side, kind or hedging is wrong."""
    gold, pred = _prepare(gold, pred)
    idx = _pairs(kind, gold, pred)
    g_used = {gi: pi for gi, pi in idx}
    p_used = {pi: gi for gi, pi in idx}
    by_art_p: dict = defaultdict(list)
    by_art_g: dict = defaultdict(list)
    for pi, p in enumerate(pred):
        by_art_p[p["article"]].append(pi)
    for gi, g in enumerate(gold):
        by_art_g[g["article"]].append(gi)

    def nearest(rec, candidates, pool):
        best = max(candidates, key=lambda i: overlap(rec, pool[i]), default=None)
        return best if best is not None and overlap(rec, pool[best]) > 0 else None

    missed, false_pos, wrong = [], [], []
    for gi, g in enumerate(gold):
        if gi in g_used:
            p = pred[g_used[gi]]
            diff = [f for f in _diff(kind, g, p) if f not in ("category", "low", "high", "vague")]
            if diff:
                wrong.append({"article": g["article"], "fields": diff, "overlap": round(overlap(g, p), 2),
                              "gold": _brief(kind, g), "pred": _brief(kind, p)})
            continue
        pi = nearest(g, by_art_p[g["article"]], pred)
        item = {"article": g["article"], "gold": _brief(kind, g), "nearest": None}
        if pi is not None:
            item["nearest"] = {**_brief(kind, pred[pi]), "overlap": round(overlap(g, pred[pi]), 2),
                               "differs": _diff(kind, g, pred[pi]), "matched_elsewhere": pi in p_used}
        missed.append(item)
    for pi, p in enumerate(pred):
        if pi in p_used:
            continue
        gi = nearest(p, by_art_g[p["article"]], gold)
        item = {"article": p["article"], "pred": _brief(kind, p), "nearest_gold": None}
        if gi is not None:
            item["nearest_gold"] = {"overlap": round(overlap(gold[gi], p), 2), "differs": _diff(kind, gold[gi], p),
                                    "matched_elsewhere": gi in g_used}
        false_pos.append(item)
    key = lambda item: item["article"]  # noqa: E731
    return {"missed": sorted(missed, key=key), "false_positives": sorted(false_pos, key=key),
            "wrong_fields": sorted(wrong, key=key)}


# --- text output -----------------------------------------------------------------------------------

def format_figures(result: dict) -> str:
    """The figures one per line, as the kit's score.py prints them."""
    return "\n".join(f"{k:>18}: {v}" for k, v in result.items())


def format_groups(kind: str, groups: dict[str, dict], by: str) -> str:
    """One row per group, worst F1 first."""
    cols = FIGURES[kind]
    heads = {"gold": "gold", "predicted": "pred", "matched": "match", "precision": "P", "recall": "R", "f1": "F1",
             "speaker_accuracy": "speaker", "side_accuracy": "side", "kind_accuracy": "kind",
             "attributed_f1": "attrib F1", "claimant_accuracy": "claimant", "hedged_accuracy": "hedged",
             "sided_f1": "sided F1"}
    width = max([len(by)] + [len(k) for k in groups]) + 2
    lines = [f"{by:<{width}}" + "".join(f"{heads[c]:>10}" for c in cols)]
    for key, res in groups.items():
        cells = [f"{res[c]:>10}" if isinstance(res[c], int) else f"{res[c]:>10.3f}" for c in cols]
        lines.append(f"{key:<{width}}" + "".join(cells))
    return "\n".join(lines)


def _show(rec: dict, limit: int = 110) -> str:
    text = rec.get("text")
    if text is None:
        return "(text hashed)"
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[:limit - 3] + "...")


def _who(kind: str, rec: dict) -> str:
    if kind == "quotes":
        return f"{rec.get('speaker')!r} [{rec.get('speaker_side')}] {rec.get('kind')} cue {rec.get('cue')!r}"
    low, high = rec.get("low"), rec.get("high")
    amount = (rec.get("vague") or (f"{low}" if low == high else f"{low}+" if high is None
                                   else f"up to {high}" if low is None else f"{low}-{high}"))
    return (f"{rec.get('category')} {amount} [{rec.get('victim_side')}] claimant {rec.get('claimant')!r}"
            f"{' hedged' if rec.get('hedged') else ''}")


def format_misses(kind: str, found: dict) -> str:
    """The misses as readable text, grouped by article."""
    lines = [f"misses: {len(found['missed'])} gold not matched, {len(found['false_positives'])} predictions "
             f"not matched, {len(found['wrong_fields'])} matched with a wrong field"]
    arts = sorted({item["article"] for part in found.values() for item in part})
    for art in arts:
        lines.append(f"\n== {art}")
        for item in (i for i in found["missed"] if i["article"] == art):
            g = item["gold"]
            lines.append(f"  MISSED  {_who(kind, g)}: {_show(g)}")
            n = item["nearest"]
            if n is None:
                lines.append("          nearest prediction: none sharing a word")
            else:
                taken = ", matched to another gold record" if n["matched_elsewhere"] else ""
                lines.append(f"          nearest (overlap {n['overlap']}{taken}; differs: {', '.join(n['differs']) or '-'}): "
                             f"{_who(kind, n)}: {_show(n)}{_rules(kind, n)}")
        for item in (i for i in found["false_positives"] if i["article"] == art):
            p = item["pred"]
            ng = item["nearest_gold"]
            near = ("no gold record shares a word" if ng is None else
                    f"nearest gold overlap {ng['overlap']}{', matched elsewhere' if ng['matched_elsewhere'] else ''}; "
                    f"differs: {', '.join(ng['differs']) or '-'}")
            lines.append(f"  FALSE+  {_who(kind, p)}: {_show(p)}{_rules(kind, p)}")
            lines.append(f"          ({near})")
        for item in (i for i in found["wrong_fields"] if i["article"] == art):
            g, p = item["gold"], item["pred"]
            diffs = "; ".join(f"{f}: gold {g.get(f)!r} pred {p.get(f)!r}"
                              for f in item["fields"])
            lines.append(f"  WRONG   {diffs}: {_show(g if g.get('text') else p)}{_rules(kind, p)}")
    return "\n".join(lines)


def report(kind: str, gold: list[dict], pred: list[dict], *, by: str | None = None,
           meta: dict[str, dict] | None = None, with_misses: bool = False) -> dict:
    """Everything `presslens score` prints: the figures, optionally `by_<group>` and `misses`."""
    out = score(kind, gold, pred)
    if by:
        out[f"by_{by}"] = score_by(kind, gold, pred, by=by, meta=meta)
    if with_misses:
        out["misses"] = misses(kind, gold, pred)
    return out


def format_report(kind: str, result: dict) -> str:
    figures = {k: v for k, v in result.items() if k in FIGURES[kind]}
    parts = [format_figures(figures)]
    for key, value in result.items():
        if key.startswith("by_"):
            parts.append(format_groups(kind, value, key[3:]))
    if "misses" in result:
        parts.append(format_misses(kind, result["misses"]))
    return "\n\n".join(parts)


# --- gold helpers ----------------------------------------------------------------------------------

def hash_gold(records: list[dict]) -> list[dict]:
    """Verbatim gold -> committed gold: each `text` replaced (in place, same key order) by `tokens`, the
    sorted hashes of its tokens; every other field kept."""
    out = []
    for rec in records:
        if "text" not in rec:
            raise ValueError("a record without `text`")
        out.append({("tokens" if k == "text" else k): (sorted(hashed(v)) if k == "text" else v)
                    for k, v in rec.items()})
    return out

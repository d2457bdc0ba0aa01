"""Victims of attacks on places: the matched casualty claims whose victims are told only by a generic noun or a bare
count (`people`, `villagers`, `the dead`, `nine`), in a sentence (or after a sentence) that names an attack,
shelling, raid, massacre or fighting at a village, camp, town, city, district or market; sorted into cells by what
the sentence says, with the gold and predicted sides (docs/rules.md, "Session 17: victims of attacks on places").

    .venv/bin/python eval/side_audit.py SETS... --pred /tmp/head --save /tmp/head.rows.jsonl
    .venv/bin/python eval/place_attacks.py /tmp/head.rows.jsonl            # the count table
    .venv/bin/python eval/place_attacks.py /tmp/head.rows.jsonl --rows     # every row, its cell and its sentence

The cells are read from words, not parsed: `fighting in` where the sentence names fighting, clashes, a battle,
violence, unrest or riots, else `attack on`; the place a village or camp (a hamlet, a settlement) or a town, city,
capital, district, neighbourhood, suburb or market; the victims `villagers/residents` or `people/bare count`; the
attacker named (a force's word, an aircraft, an acronym) or not. Only the killed and wounded are read (not the
displaced, the detained); rows whose own words name a force or civilians (`soldiers`, `civilians`, `children`) are
not victims told by a place. Held-out sets are refused.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

EVAL = Path(__file__).resolve().parent
HELD_OUT = ("real5", "real3/wars-b", "real4/b")

_PLACE = re.compile(r"\b(villages?|camps?|towns?|districts?|market|city|cities|neighbou?rhoods?|suburbs?|outskirts|"
                    r"township|hamlets?|settlements?|capital)\b", re.I)
_ATTACK = re.compile(r"\b(attack\w*|shell\w*|bomb\w*|raid\w*|massacre\w*|fight\w*|clash\w*|battle\w*|fired|rocket\w*|"
                     r"mortar\w*|stormed|ambush\w*|assault\w*|strike\w*|violence|overran|torched|burn\w*|gunmen|"
                     r"hacked)\b", re.I)
_FORCE_OR_CIVILIAN = re.compile(r"civilian|children|women|soldier|troop|police|rebel|militant|fighter|guerrilla|"
                                r"militia|army|marine|officer|servicemen|insurgent", re.I)
_FIGHT = re.compile(r"\b(fighting|fought|clash\w*|battle\w*|violence|unrest|riots?|rioting|firefight|gunbattle|"
                    r"skirmish\w*|uprising|carnage)\b", re.I)
_VILLAGE = re.compile(r"\b(villages?|camps?|hamlets?|settlements?)\b", re.I)
#: an attacker named: a force's word, an aircraft, or an acronym (UNITA, RSF, M23)
_ATTACKER = re.compile(r"(?i:\b(?:rebels?|militants?|troops|forces|army|military|gunmen|militia\w*|jets?|warplanes?|"
                       r"bombers?|fighters|insurgents?|terrorists?|guerrillas?|soldiers|raiders|attackers)\b)|"
                       r"\b[A-Z][A-Z0-9]{1,}\b")
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")


def _sentence(text: str, span: str) -> tuple[str, str] | None:
    """The sentence of `text` that holds `span` and the one before it, else None."""
    sents = _SENTENCES.split(text)
    at = next((i for i, s in enumerate(sents) if span in s), None)
    return None if at is None else (sents[at], sents[at - 1] if at else "")


def place_rows(rows: list[dict]) -> list[dict]:
    """The rows (side_audit.py --save) whose victims are told only by a place attacked, each with its cell and
    sentence."""
    texts: dict[Path, str] = {}
    out = []
    for r in rows:
        if r["gold"] not in ("civilian", "unknown") or r["category"] not in ("killed", "wounded") or \
                _FORCE_OR_CIVILIAN.search(r["text"]):
            continue
        if any(r["set"] == h or r["set"].startswith(h + "/") for h in HELD_OUT):
            raise SystemExit(f"{r['set']} is held out: not read")
        path = EVAL / r["set"] / "texts" / r["article"]
        if path not in texts:
            texts[path] = path.read_text(encoding="utf-8") if path.exists() else ""
        found = _sentence(texts[path], r["text"])
        if found is None:
            continue
        sent, prev = found
        if _PLACE.search(sent) and _ATTACK.search(sent):
            context = sent
        elif _PLACE.search(prev) and _ATTACK.search(prev):
            context = f"[before] {prev} || {sent}"
        else:
            continue
        cell = ("fighting in" if _FIGHT.search(context) else "attack on",
                "village/camp" if _VILLAGE.search(context) else "town/city/district/market",
                "villagers/residents" if re.search(r"villagers|residents|inhabitants", r["text"], re.I)
                else "people/bare count",
                "attacker named" if _ATTACKER.search(context.replace("[before]", "")) else "no attacker")
        out.append({**r, "cell": cell, "sentence": context})
    return out


def count_table(rows: list[dict]) -> str:
    """Per cell: the rows gold `civilian` and gold `unknown`, their wars, and how many the code gives right."""
    cells: dict[tuple, dict[str, list]] = defaultdict(lambda: {"civilian": [0, set(), 0], "unknown": [0, set(), 0]})
    for r in rows:
        c = cells[r["cell"]][r["gold"]]
        c[0] += 1
        c[1].add(r["war"])
        c[2] += r["pred"] == r["gold"]
    lines = ["| sentence | place | victims | attacker | gold civilian: rows (wars), code right | "
             "gold unknown: rows (wars), code right |", "| --- | --- | --- | --- | --- | --- |"]
    for key in sorted(cells):
        civ, unk = cells[key]["civilian"], cells[key]["unknown"]
        lines.append(f"| {key[0]} | {key[1]} | {key[2]} | {key[3]} | {civ[0]} ({len(civ[1])}), {civ[2]} | "
                     f"{unk[0]} ({len(unk[1])}), {unk[2]} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rows", type=Path, help="the matched rows written by side_audit.py --save")
    parser.add_argument("--rows", dest="list_rows", action="store_true", help="list every row with its cell")
    args = parser.parse_args()
    rows = place_rows([json.loads(line) for line in args.rows.read_text(encoding="utf-8").splitlines() if line])
    print(count_table(rows))
    if args.list_rows:
        for r in sorted(rows, key=lambda r: (r["cell"], r["gold"], r["war"])):
            print(f"{' / '.join(r['cell'])} | gold {r['gold']} | pred {r['pred']} ({r['rule']}) | {r['war']} | "
                  f"{r['text']} || {r['sentence'][:300]}")


if __name__ == "__main__":
    main()

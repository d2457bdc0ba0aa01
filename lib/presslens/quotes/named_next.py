"""Named rule for a wire lede's unnamed office holder who is named as the next statement's speaker: 'Forty died,
an Ogovian official said. / The raid began at dawn, Tomas Ferro, the district commissioner, told reporters.'
The lede's 'an Ogovian official' is Tomas Ferro: the copy names the official once, in the statement right after,
and gives no other person or statement between (session 14, docs/rules.md "Session 14: speaker coreference").

The rule runs on an article's quote rows once their speakers are resolved (quotes.speakers `_resolve`); it asks
only about rows whose speaker is an anonymous phrase with one office word as its head, so most rows cost one
dictionary look-up.
"""
from __future__ import annotations

import re

#: the office words of one holder whom a wire lede may leave unnamed; not sources, witnesses, residents or
#: diplomats (copy keeps those anonymous on purpose), never a plural ('officials said'), and no spokesperson: the
#: person named next is then often the principal ('a spokesperson for the ministry said ... President X said')
OFFICE_HEADS = frozenset(("official", "head", "director", "chief", "chairman", "chairwoman", "leader", "commander",
                          "governor", "mayor", "minister", "commissioner", "administrator"))

#: an unnamed holder of one office: 'an Ogovian official', 'a top police official', 'the head of the
#: district's prison service', 'the director of a hospital in X'; not 'an official who asked not to be named'
_RX_OFFICE_PHRASE = re.compile(r"""
    ^(?:a|an|the)\s+                                    # an article: indefinite lede, or 'the head of ...'
    (?:[\w\-.’']+\s+){0,3}?                               # up to three modifiers: 'top', 'Yemeni health'
    (?P<head>[a-z]+)                                       # the office word
    (?:\s+(?:of|for|at|in)\s+[^,;:]{1,80})?$              # its complement: 'of a hospital in X'
    """, re.X | re.I)
#: words that tell a source kept anonymous on purpose
_ANONYMOUS_WORDS = ("anonymity", "not to be named", "not be named", "declined to be", "unnamed", "not authori")
#: the most characters between the unnamed holder's statement and the next statement's speaker (two short
#: paragraphs of wire copy)
REACH = 700


def office_holder_phrase(phrase: str) -> bool:
    """Whether a speaker phrase names one unnamed holder of an office (rule `office_named_next`).

    >>> office_holder_phrase("an Ogovian official"), office_holder_phrase("the head of the prison service")
    (True, True)
    >>> office_holder_phrase("officials"), office_holder_phrase("a witness"), office_holder_phrase("a source")
    (False, False, False)
    >>> office_holder_phrase("an official who asked not to be named")
    False
    """
    mt = _RX_OFFICE_PHRASE.match(phrase.strip())
    if mt is None or mt.group("head").lower() not in OFFICE_HEADS:
        return False
    low = phrase.lower()
    return not any(w in low for w in _ANONYMOUS_WORDS)


def kept_anonymous(text: str, row: dict) -> bool:
    """Whether the words right after a speaker phrase say the copy keeps the speaker anonymous on purpose ('A senior
    official, who spoke on condition of anonymity because ..., said'): up to the statement's words when they follow,
    else 150 characters.

    >>> t = "A senior official, who spoke on condition of anonymity, said the army would attack."
    >>> kept_anonymous(t, dict(speaker_end=16, start=60))
    True
    """
    stop = row["start"] if row["start"] > row["speaker_end"] else row["speaker_end"] + 150
    low = text[row["speaker_end"]:min(stop, row["speaker_end"] + 300)].lower()
    return any(w in low for w in _ANONYMOUS_WORDS)


def office_named_next(rows: list[dict], kinds: list[str], inventory, text: str) -> None:
    """Rule `office_named_next`: an anonymous office holder's statement (`office_holder_phrase`) followed, as the
    very next statement, by one whose speaker is a named person takes that person (name, registry id, side), when:
    the next statement's speaker phrase starts within REACH characters of the first statement's end; no person is
    named in between (`inventory`: the mention layer's names; its people are listed on the first candidate); the person spoke before in no row; and the
    first statement's speaker is no phrase the copy keeps anonymous. The first statement is reported speech: the
    lede's summary that the named official's words then expand; a quote in an unnamed official's own words is an
    anonymous credit the copy chose ('"The toll will rise," a senior police official said'). `rows` are one article's quote rows in text
    order, `kinds` their entities' kinds (person | org | plural); changed in place, `speaker_by` names the rule.

    >>> t = "Forty died, an Ogovian official said. The raid began at dawn, Tomas Ferro told reporters."
    >>> rows = [dict(speaker="Ogovian official", speaker_start=12, speaker_end=31, start=0, end=10, anonymous=True, kind="indirect",
    ...              speaker_id=None, speaker_side="unknown", side_by="none", speaker_by="unnamed", speaker_role=None),
    ...         dict(speaker="Tomas Ferro", speaker_start=61, speaker_end=72, start=38, end=59, anonymous=False,
    ...              speaker_id=None, speaker_side="state", side_by="x", speaker_by="name", speaker_role=None)]
    >>> from presslens.mentions.names import _inventory
    >>> office_named_next(rows, ["person", "person"], _inventory(t, None), t)
    >>> rows[0]["speaker"], rows[0]["speaker_by"], rows[0]["speaker_side"]
    ('Tomas Ferro', 'office_named_next', 'state')
    """
    said: set[str] = set()
    person_starts: list[int] | None = None
    for i, row in enumerate(rows[:-1]):
        j = same_unnamed_run(rows, i)       # the holder's own later rows ('He blamed ...') come before the name
        if j == len(rows):
            break
        nxt = rows[j]
        if not row["anonymous"] or row["kind"] == "direct" or nxt["anonymous"] or kinds[j] != "person" or nxt["speaker"] in said:
            said.add(row["speaker"])
            continue
        said.add(row["speaker"])
        end = max(max(r["end"], r["speaker_end"]) for r in rows[i:j])
        at = nxt["speaker_start"]
        if not (end <= at <= end + REACH) or nxt["start"] < end:
            continue
        phrase = text[row["speaker_start"]:row["speaker_end"]]
        if not office_holder_phrase(phrase) or kept_anonymous(text, row) or another_role_after(text, nxt, phrase):
            continue
        if person_starts is None:
            person_starts = [m.start for m in inventory if m.person and not m.late]
        if any(max(row["end"], row["speaker_end"]) <= p < at for p in person_starts):
            continue        # another person named between: the holder may be that one, or neither
        for r in rows[i:j]:
            r.update(speaker=nxt["speaker"], speaker_id=nxt["speaker_id"], speaker_side=nxt["speaker_side"],
                     side_by=nxt["side_by"], speaker_role=nxt["speaker_role"] or r["speaker_role"], anonymous=False,
                     speaker_by="office_named_next")


#: an indefinite appositive after a name: 'Joao Mavungo, a farmer near the border,'
_RX_INDEFINITE_APPOSITIVE = re.compile(r",\s+an?\s+[^,.;:]{1,60}")


def another_role_after(text: str, nxt: dict, phrase: str) -> bool:
    """Whether the named speaker is described right after the name as one of another kind ('Joao Mavungo, a farmer
    near the border, said'): an indefinite appositive without the office word of `phrase` (session 17; 'X, a senior
    official, said' is the lede's official).

    >>> t = "Joao Mavungo, a farmer near the border, said it stopped."
    >>> another_role_after(t, dict(speaker_end=12), "the head of the front")
    True
    >>> t = "Ali Musa, a senior official, said it stopped."
    >>> another_role_after(t, dict(speaker_end=8), "a district official"), another_role_after("Ali Musa said", dict(speaker_end=8), "an official")
    (False, False)
    """
    appos = _RX_INDEFINITE_APPOSITIVE.match(text, nxt["speaker_end"])
    if appos is None:
        return False
    head = _RX_OFFICE_PHRASE.match(phrase.strip())
    return head is None or head.group("head").lower() not in appos.group(0).lower()


def same_unnamed_run(rows: list[dict], i: int) -> int:
    """The index after row `i` and the rows right after it that give the same unnamed speaker reported speech (its
    pronoun's 'He blamed ...', a second statement of the phrase): the next statement of another speaker (session 17,
    rules `office_named_next` and `body_named_next`), or len(rows).

    >>> rows = [dict(speaker="an official", anonymous=True, kind="indirect"),
    ...         dict(speaker="an official", anonymous=True, kind="indirect"), dict(speaker="X Y", anonymous=False)]
    >>> same_unnamed_run(rows, 0), same_unnamed_run(rows, 2)
    (2, 3)
    """
    j = i + 1
    if not rows[i]["anonymous"]:
        return j
    while j < len(rows) and rows[j]["anonymous"] and rows[j]["speaker"] == rows[i]["speaker"] \
            and rows[j]["kind"] != "direct":
        j += 1
    return j

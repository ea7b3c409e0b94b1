"""The last linking pass: a name that is part of one longer name of the text is that actor.

A text names a body in full once and by a shorter part of its name elsewhere
("the Police Federation of Tarvel ... the Police Federation", "the Orvik Public
Housing Preservation Trust ... the Preservation Trust"), and a person by a
surname of two words ("Walid Abu Hatab ... Abu Hatab"). The reader links a part
to the full name only when the full name came first and its index knows the
part; this pass links the rest, once the whole text is read:

- a name of two or more words that stands, word for word, inside exactly one
  longer name of the same kind is a mention of that actor (for people, only the
  last words: a surname);
- two names the same but for case and the form of the apostrophe ("REBECCA
  Lane", "the Chiefs’ Council") are one actor, and so are a town's police in lower case
  and its named force ("Tarvelton police", "the Tarvelton Police Department");
- two names of bodies with the same words in another order, the country said by
  its name, its demonym or a possessive ("the Water Resources Department",
  "the Department of Water Resources"; "the Tarvelian Audit Court", "the Audit
  Court of Tarvel", "Tarvel's audit court"), are one actor.

A part that is a known name of its own (a gazetteer entry: "United Nations" in
"United Nations Security Council"), that another longer name holds too, whose
country differs from the longer name's, or that the longer name only puts an
adjective of names before ("the Bank of Canada", "Royal Bank of Canada"), stays apart.
"""

from __future__ import annotations

from ...models import ActorKind
from ._lexicon import Lexicon
from ._link import Doc, Record
from ._match import NAME_ADJECTIVES

__all__ = ["merge_parts"]

_GROUPS = (ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP)


def _words(name: str) -> tuple[str, ...]:
    return tuple(name.replace("’", "'").split())


def _folded(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _words(name))


def _family(kind: ActorKind) -> str | None:
    if kind in _GROUPS:
        return "group"
    if kind is ActorKind.PERSON:
        return "person"
    return None


def merge_parts(doc: Doc) -> None:
    """Give the mentions of a part of a longer name, or of the same name written
    otherwise, to the actor of that longer name."""
    _merge_same([r for r in doc.records.values() if r.mentions])
    _merge_forces([r for r in doc.records.values() if r.mentions and r.kind in _GROUPS])
    _merge_reordered([r for r in doc.records.values() if r.mentions], doc.lex)
    recs = [r for r in doc.records.values() if r.mentions and _family(r.kind) is not None]
    if len(recs) < 2:
        return
    holders: dict[tuple[str, tuple[str, ...]], list[Record]] = {}
    for rec in recs:
        words = _words(rec.name)
        family = _family(rec.kind)
        assert family is not None
        n = len(words)
        for size in range(2, n):
            starts = (n - size,) if family == "person" else range(n - size + 1)
            for a in starts:
                holders.setdefault((family, words[a : a + size]), []).append(rec)
    for rec in recs:
        words = _words(rec.name)
        if len(words) < 2 or rec.name in doc.lex.phrases:
            continue
        family = _family(rec.kind)
        assert family is not None
        found = {h.id: h for h in holders.get((family, words), ()) if h is not rec and h.mentions}
        if len(found) != 1:
            continue
        (holder,) = found.values()
        if rec.country and holder.country and rec.country != holder.country:
            continue
        held = _words(holder.name)
        if len(held) == len(words) + 1 and held[0] in NAME_ADJECTIVES and held[1:] == words:
            continue  # "the Bank of Canada" is not the "Royal Bank of Canada"
        holder.mentions.extend(rec.mentions)
        rec.mentions = []


def _merge_forces(recs: list[Record]) -> None:
    """ "Tarvelton police" is the "Tarvelton Police Department" the text names too."""
    for rec in recs:
        words = _folded(rec.name)
        if len(words) != 2 or words[1] != "police":
            continue
        found = [h for h in recs if h is not rec and h.mentions and _folded(h.name)[:2] == words]
        if len(found) == 1 and len(_words(found[0].name)) > 2:
            found[0].mentions.extend(rec.mentions)
            rec.mentions = []


def _merge_same(recs: list[Record]) -> None:
    """Merge records whose names differ only in case or the apostrophe's form."""
    first: dict[tuple[str, tuple[str, ...]], Record] = {}
    for rec in recs:
        key = (_family(rec.kind) or rec.kind.value, _folded(rec.name))
        kept = first.get(key)
        if kept is None:
            first[key] = rec
            continue
        if _shouted(kept.name) and not _shouted(rec.name):
            kept, rec = rec, kept  # keep the name in ordinary case
            first[key] = kept
        kept.mentions.extend(rec.mentions)
        rec.mentions = []


#: Words a body's name may gain or lose in another word order.
_GLUE = frozenset({"of", "the", "for", "and", "'s", "s"})


def _content(name: str, lex: Lexicon) -> tuple[str, ...] | None:
    """The sorted words of a body's name, a country word as its code; None for fewer than
    two words besides a country, or a name whose word order is the only one."""
    out: list[str] = []
    country = False
    for word in _words(name):
        bare = word.removesuffix("'s")
        entry = lex.phrases.get(bare)
        if (
            entry is not None
            and entry.country
            and (entry.kind is ActorKind.COUNTRY or entry.form == "demonym")
        ):
            out.append("@" + entry.country)
            country = True
        elif bare.lower() not in _GLUE:
            out.append(bare.lower())
    if len(out) - country < 2:
        return None
    return tuple(sorted(out))


def _merge_reordered(recs: list[Record], lex: Lexicon) -> None:
    """Merge bodies whose names hold the same words in another order."""
    first: dict[tuple[str, ...], Record] = {}
    for rec in recs:
        if rec.kind not in _GROUPS:
            continue
        key = _content(rec.name, lex)
        if key is None:
            continue
        kept = first.get(key)
        if kept is None:
            first[key] = rec
        elif kept is not rec:
            kept.mentions.extend(rec.mentions)
            rec.mentions = []


def _shouted(name: str) -> bool:
    return any(len(w) > 1 and w.isupper() for w in name.split())

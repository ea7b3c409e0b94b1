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
  Lane", "the Chiefs’ Council") are one actor.

A part that is a known name of its own (a gazetteer entry: "United Nations" in
"United Nations Security Council"), that another longer name holds too, or whose
country differs from the longer name's, stays apart.
"""

from __future__ import annotations

from ...models import ActorKind
from ._link import Doc, Record

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
        holder.mentions.extend(rec.mentions)
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


def _shouted(name: str) -> bool:
    return any(len(w) > 1 and w.isupper() for w in name.split())

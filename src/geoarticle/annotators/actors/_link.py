"""Document state: one record per actor, and the indexes that link later mentions to it."""

from __future__ import annotations

import attrs

from ...models import Actor, ActorKind, Mention
from ._codes import actor_code
from ._lexicon import Entry, Lexicon, slug

__all__ = ["Doc", "Record"]

Where = tuple[int, int | None] | None


@attrs.define(slots=True)
class Record:
    """An actor being collected: identity, attributes and mentions so far."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    role: str | None = None
    code: str | None = None
    sector: str = ""
    mentions: list[tuple[Where, int, int, str, bool]] = attrs.field(factory=list)

    def actor(self) -> Actor:
        """The finished, immutable Actor."""
        seen: list[str] = []
        for _, _, _, text, _ in self.mentions:
            if text != self.name and text not in seen:
                seen.append(text)
        code = self.code or actor_code(self.kind, self.country, self.sector)
        return Actor(
            id=self.id,
            name=self.name,
            kind=self.kind,
            aliases=tuple(seen),
            country=self.country,
            role=self.role,
            code=code,
            mentions=tuple(
                Mention(
                    start=s,
                    end=e,
                    text=t,
                    section=None if w is None else w[0],
                    block=None if w is None else w[1],
                    metonym=m,
                )
                for w, s, e, t, m in sorted(self.mentions, key=lambda x: _pos(x[0], x[1]))
            ),
        )


@attrs.define
class Doc:
    """Everything known so far about one text's actors."""

    lex: Lexicon
    records: dict[str, Record] = attrs.field(factory=dict)
    #: Exact surface forms (names, aliases, acronyms) -> actor id.
    surfaces: dict[str, str] = attrs.field(factory=dict)
    #: Last names of people -> actor id.
    surnames: dict[str, str] = attrs.field(factory=dict)
    #: First word of multi-word organisations ("Haqqani") -> actor id.
    heads: dict[str, str] = attrs.field(factory=dict)
    #: Lower-cased title words -> the person who last held them in the text.
    titles: dict[str, str] = attrs.field(factory=dict)

    def record_for(self, entry: Entry) -> Record:
        """The record of a gazetteer entry, created on first use."""
        rec = self.records.get(entry.id)
        if rec is None:
            rec = Record(entry.id, entry.name, entry.kind, entry.country, entry.role, entry.code)
            self.records[entry.id] = rec
            self.remember(rec)
        return rec

    def new(self, name: str, kind: ActorKind, country: str | None = None) -> Record:
        """A new actor found by the rules, with a unique id."""
        prefix = {ActorKind.PERSON: "person", ActorKind.PLACE: "place"}.get(kind, "org")
        base = f"{prefix}:{slug(name)}"
        rid = base
        k = 2
        while rid in self.records:
            rid = f"{base}-{k}"
            k += 1
        rec = Record(rid, name, kind, country)
        self.records[rid] = rec
        self.remember(rec)
        return rec

    def remember(self, rec: Record) -> None:
        """Index the name of ``rec`` for later mentions."""
        self.surfaces.setdefault(rec.name, rec.id)
        words = rec.name.split()
        if rec.kind is ActorKind.PERSON and len(words) >= 2:
            last = words[-1]
            if last in self.lex.person_suffixes and len(words) > 2:
                last = words[-2]
            self.surnames[last] = rec.id
        elif rec.kind in (ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP) and len(words) >= 2:
            if words[0] not in self.lex.common and words[0].lower() not in self.lex.common:
                self.heads.setdefault(words[0], rec.id)
            initials = "".join(w[0] for w in words if w[0].isupper())
            if len(initials) >= 3:
                self.surfaces.setdefault(initials, rec.id)

    def alias(self, rec: Record, surface: str) -> None:
        """Make ``surface`` (an acronym defined in the text) name ``rec``."""
        self.surfaces[surface] = rec.id

    def hold_title(self, rec: Record, title: str) -> None:
        """Remember that ``rec`` holds ``title`` so that "the secretary" finds it."""
        low = title.lower()
        self.titles[low] = rec.id
        words = low.split(" of ")[0].split()
        self.titles[words[-1]] = rec.id
        if words[0] in self.lex.titles:
            self.titles[words[0]] = rec.id

    def lookup(self, surface: str) -> Record | None:
        """The actor a surface form already names, if any."""
        rid = self.surfaces.get(surface)
        if rid is None and " " not in surface:
            rid = self.surnames.get(surface) or self.heads.get(surface)
        return None if rid is None else self.records.get(rid)

    def actors(self, limit: int) -> tuple[Actor, ...]:
        """Actors with at least one mention, in order of first mention, at most ``limit``."""
        recs = [r for r in self.records.values() if r.mentions]
        recs.sort(key=lambda r: _first(r))
        return tuple(r.actor() for r in recs[:limit])


def _first(rec: Record) -> tuple[int, int, int]:
    w, s, _, _, _ = min(rec.mentions, key=lambda m: _pos(m[0], m[1]))
    return _pos(w, s)


def _pos(w: Where, start: int) -> tuple[int, int, int]:
    if w is None:
        return (0, 0, start)
    return (w[0], -1 if w[1] is None else w[1], start)

"""A gazetteer of known actors, from Python, TSV or JSON, merged with ``|``.

A :class:`Gazetteer` is frozen: merging two builds a third, and passing one to
:class:`~geoarticle.annotators.actors.ActorAnnotator` builds a new lexicon from the
built-in one rather than changing it::

    g = Gazetteer.from_tsv("fantasy.tsv") | Gazetteer(entries=[GazetteerEntry("Arnor", "country")])
    Pipeline([ActorAnnotator(gazetteers=(g,)), "geocode", "events"])

A TSV file holds one entry a line: ``name``, ``kind``, ``aliases`` (``|``-separated),
``country`` (ISO3), ``code`` (CAMEO-style), ``role``, ``id``; only the first two are
required, ``-`` or an empty field stands for none, ``#`` starts a comment line, and a
first line of column names (``name`` and ``kind`` among them) gives another order.
A JSON file is a list of such objects (``aliases`` a list), or an object with
``entries`` and, optionally, ``titles`` (``[words, sector]`` pairs).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from ...errors import InvalidArgumentError, ParseError
from ...models import ActorKind
from ._lexicon import slug

__all__ = ["Gazetteer", "GazetteerEntry"]

#: The TSV columns, in their default order.
COLUMNS = ("name", "kind", "aliases", "country", "code", "role", "id")
_PREFIX = {ActorKind.PERSON: "person", ActorKind.PLACE: "place", ActorKind.COUNTRY: "country"}


def _none(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return None if value in ("", "-") else value


def _aliases(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value.split("|") if isinstance(value, str) else value
    return tuple(a.strip() for a in items if a.strip() and a.strip() != "-")


@attrs.frozen
class GazetteerEntry:
    """One known actor: its name, kind, other names and codes.

    ``kind`` takes an :class:`~geoarticle.ActorKind` or its value (``"armed_group"``).
    Without an ``id``, one is made from the kind and name (``org:free-company-of-lindon``;
    ``country:<ISO3>`` for a country with a code).
    """

    #: The actor's canonical name, also matched in text.
    name: str
    kind: ActorKind = attrs.field(converter=ActorKind)
    #: Other names matched in text ("RLC", "the Corps").
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_aliases)
    #: ISO3 code of the actor's country.
    country: str | None = None
    #: CAMEO-style code ("XRLREB").
    code: str | None = None
    #: Role or title, for people ("Steward of Gondor").
    role: str | None = None
    #: The actor's id; made from the kind and name when empty.
    id: str = ""

    def __attrs_post_init__(self) -> None:
        if not self.name.strip():
            raise InvalidArgumentError("a gazetteer entry needs a name")
        if not self.id:
            if self.kind is ActorKind.COUNTRY and self.country:
                made = f"country:{self.country}"
            else:
                made = f"{_PREFIX.get(self.kind, 'org')}:{slug(self.name)}"
            object.__setattr__(self, "id", made)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GazetteerEntry:
        """An entry from a mapping with the field names (``aliases`` a list or ``|``-separated)."""
        unknown = set(data) - set(COLUMNS)
        if unknown:
            raise InvalidArgumentError(f"unknown gazetteer field(s): {', '.join(sorted(unknown))}")
        if "name" not in data or "kind" not in data:
            raise InvalidArgumentError("a gazetteer entry needs a name and a kind")
        fields = {k: _none(v) if isinstance(v, str) and k != "name" else v for k, v in data.items()}
        return cls(**{k: v for k, v in fields.items() if v is not None})


def _entry(value: GazetteerEntry | Mapping[str, Any]) -> GazetteerEntry:
    return value if isinstance(value, GazetteerEntry) else GazetteerEntry.from_dict(value)


def _entries(values: Iterable[GazetteerEntry | Mapping[str, Any]]) -> tuple[GazetteerEntry, ...]:
    return tuple(_entry(v) for v in values)


def _titles(values: Iterable[tuple[str, str] | list[str]]) -> tuple[tuple[str, str], ...]:
    out = []
    for v in values:
        words, sector = v
        out.append((str(words), str(sector)))
    return tuple(out)


@attrs.frozen(cache_hash=True)
class Gazetteer:
    """Known actors (and title words) to add to the built-in lexicon; frozen.

    ``Gazetteer(entries=[GazetteerEntry(...), {"name": ..., "kind": ...}])``,
    :meth:`from_tsv`, :meth:`from_json`, or
    :func:`~geoarticle.annotators.actors.load_petrarch`. ``a | b`` (or
    ``a.merge(b)``) is a new gazetteer in which ``b`` wins: its entries replace
    those of ``a`` with the same id, and its names those of ``a``.
    """

    entries: tuple[GazetteerEntry, ...] = attrs.field(default=(), converter=_entries)
    #: (title words, CAMEO sector code) pairs: "harbour master" -> "GOV".
    titles: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_titles)

    def merge(self, other: Gazetteer) -> Gazetteer:
        """A new gazetteer with the entries of both; ``other`` wins where both have an id."""
        ids = {e.id for e in other.entries}
        words = {w for w, _ in other.titles}
        return Gazetteer(
            entries=(*(e for e in self.entries if e.id not in ids), *other.entries),
            titles=(*(t for t in self.titles if t[0] not in words), *other.titles),
        )

    def __or__(self, other: object) -> Gazetteer:
        if not isinstance(other, Gazetteer):
            return NotImplemented
        return self.merge(other)

    def __add__(self, other: object) -> Gazetteer:
        """The same as ``|`` (kept for gazetteers summed before ``|`` existed)."""
        return self.__or__(other)

    def __len__(self) -> int:
        return len(self.entries)

    def __bool__(self) -> bool:
        return bool(self.entries or self.titles)

    @classmethod
    def from_tsv(cls, path: str | Path) -> Gazetteer:
        """A gazetteer from a tab-separated file (see the module's description of the columns)."""
        text = _read(path)
        columns: tuple[str, ...] = COLUMNS
        entries = []
        first = True
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.rstrip("\r\n").split("\t")
            names = tuple(c.strip().lower() for c in cells)
            if first and {"name", "kind"} <= set(names) and set(names) <= set(COLUMNS):
                columns = names
                first = False
                continue
            first = False
            if len(cells) > len(columns):
                raise ParseError(f"{path}:{n}: {len(cells)} fields, at most {len(columns)}")
            try:
                entries.append(GazetteerEntry.from_dict(dict(zip(columns, cells, strict=False))))
            except (ValueError, TypeError) as exc:
                raise ParseError(f"{path}:{n}: {exc}") from None
        return cls(entries=entries)

    @classmethod
    def from_json(cls, path: str | Path) -> Gazetteer:
        """A gazetteer from a JSON list of entries, or an object of ``entries`` and ``titles``."""
        try:
            data = json.loads(_read(path))
        except ValueError as exc:
            raise ParseError(f"{path} is not valid JSON: {exc}") from None
        if isinstance(data, list):
            data = {"entries": data}
        if not isinstance(data, dict) or not set(data) <= {"entries", "titles"}:
            raise ParseError(f"{path}: expected a list of entries or {{'entries', 'titles'}}")
        try:
            return cls(entries=data.get("entries", ()), titles=data.get("titles", ()))
        except (ValueError, TypeError, AttributeError) as exc:
            raise ParseError(f"{path}: {exc}") from None


def _read(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ParseError(f"cannot read gazetteer {path}: {exc}") from exc

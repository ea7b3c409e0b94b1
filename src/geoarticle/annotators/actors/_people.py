"""Person rules: roles from title anchors, and a country for people the text does not place."""

from __future__ import annotations

import attrs

from ...models import ActorKind
from ._match import Span

__all__ = ["Anchor", "anchor_for", "infer_country"]

_PLACE_PREPS = frozenset({"in", "to", "from", "at", "into", "near"})


@attrs.define(slots=True)
class Anchor:
    """What stands before a name: a role ("U.S. Secretary of State"), its country and sector."""

    end: int
    role: str | None = None
    title: str | None = None
    country: str | None = None
    sector: str = ""
    code: str | None = None


def anchor_for(
    spans: list[Span], k: int, toks: list[str], line: str, starts: list[int], ends: list[int]
) -> Anchor:
    """The anchor that the title or honorific ``spans[k]`` gives the name after it."""
    s = spans[k]
    if s.tag == "hon":
        return Anchor(end=s.j)
    first = s.i
    country = None
    code = None
    sector = s.sector
    if k > 0:
        p = spans[k - 1]
        e = p.entry
        if p.tag == "gaz" and p.j == s.i and e is not None and e.kind is not ActorKind.PERSON:
            first = p.i
            country = e.country
            if e.kind in (ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP) and e.code:
                code = e.code
    title = line[starts[s.i] : ends[s.j - 1]]
    role = line[starts[first] : ends[s.j - 1]]
    return Anchor(end=s.j, role=role, title=title, country=country, sector=sector, code=code)


def infer_country(
    at: int, marks: list[tuple[int, str]], sent: list[int], toks: list[str]
) -> str | None:
    """A country for a person at token ``at`` from the countries named around it.

    Preference: the nearest before it in its sentence; then the nearest after it
    that is not the place of an event ("killed in Afghanistan"); then the last
    one of the sentence before; then any after it.
    """
    here = sent[at]
    before = [(at - i, c) for i, c in marks if i < at and sent[i] == here]
    if before:
        return min(before)[1]
    after = [(i - at, c, i) for i, c in marks if i > at and sent[i] == here]
    strong = [(d, c) for d, c, i in after if i == 0 or toks[i - 1].lower() not in _PLACE_PREPS]
    if strong:
        return min(strong)[1]
    prev = [(i, c) for i, c in marks if sent[i] == here - 1]
    if prev:
        return max(prev)[1]
    if after:
        return min(after)[1]
    return None

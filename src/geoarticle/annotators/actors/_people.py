"""Person rules: roles from title anchors, and a country for people the text does not place."""

from __future__ import annotations

import bisect

import attrs

from ...models import ActorKind
from ._match import Span

__all__ = ["Anchor", "anchor_for", "infer_country"]

#: How many tokens before a name a country word may stand and still be its own.
_OWN_REACH = 3


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
    at: int, end: int, marks: list[tuple[int, str]], sent: list[int], toks: list[str]
) -> str | None:
    """A country for a person at tokens ``at:end`` from a country word of their own phrase.

    "China's Lin Jian", "a Kenyan, Ruth Otieno" (a country within a few words
    before, in the same sentence) or an appositive right after ("Lin Jian,
    China's foreign ministry spokesman,"). A country merely named nearby is not
    borrowed: an unknown name gets no country rather than someone else's.
    ``marks`` (token index, country) is sorted by index.
    """
    here = sent[at]
    lo = bisect.bisect_left(marks, (at - _OWN_REACH, ""))
    hi = bisect.bisect_left(marks, (at, ""))
    before = [(at - i, c) for i, c in marks[lo:hi] if sent[i] == here]
    if before:
        return min(before)[1]
    if end < len(toks) and toks[end] == ",":
        close = next((k for k in range(end + 1, min(len(toks), end + 9)) if toks[k] == ","), None)
        stop = close if close is not None else end + 1
        lo = bisect.bisect_right(marks, (end, "\uffff"))
        own = marks[lo : bisect.bisect_left(marks, (stop, ""), lo)]
        if own:
            return min(own)[1]
    return None

"""Names built on a known place: "Kyiv region", "Russia's Defense Ministry", "Durban high court".

After the scan, a country or place followed by

- a region noun ("region", "district", "airport") names a place with it;
- a possessive and an organisation's name or lower-case body noun ("Russia's
  Defense Ministry", "India's home ministry") names that state's body;
- (a place only) lower-case words and a court or council ("Durban high
  court") names that body.

The new span is a ``name`` with its kind (``hint``) and, for bodies, the
possessor's entry (``owner``), so that the state keeps its mention.
"""

from __future__ import annotations

from ...models import ActorKind
from ._lexicon import Lexicon
from ._match import Span

__all__ = ["place_bodies"]

_POSSESSIVE = frozenset({"'s", "’s"})
_GEO = (ActorKind.COUNTRY, ActorKind.PLACE)
#: Lower-case words that may stand between the place and the body noun.
_MAX_BETWEEN = 3


def _body_end(toks: list[str], k: int, heads: frozenset[str]) -> int | None:
    """End of lower-case words from ``k`` closing on a body noun ("home ministry"), or None."""
    for m in range(k, min(len(toks), k + _MAX_BETWEEN + 1)):
        w = toks[m]
        if not (w.isalpha() and w.islower()):
            return None
        if w in heads:
            return m + 1
    return None


def place_bodies(toks: list[str], spans: list[Span], lex: Lexicon) -> list[Span]:
    """``spans`` with the names built on a known country or place merged in."""
    out: list[Span] = []
    n = len(toks)
    skip_to = -1
    for k, s in enumerate(spans):
        if s.i < skip_to:
            continue
        e = s.entry
        if s.tag != "gaz" or e is None or e.kind not in _GEO or e.form == "demonym" or s.j >= n:
            out.append(s)
            continue
        nxt = toks[s.j]
        if e.kind is ActorKind.PLACE and nxt in lex.region_nouns:
            out.append(Span(s.i, s.j + 1, "name", initial=s.initial, hint=ActorKind.PLACE))
            out[-1].country = e.country
            continue
        end: int | None = None
        if nxt in _POSSESSIVE:
            after = spans[k + 1] if k + 1 < len(spans) else None
            if (
                after is not None
                and after.tag == "name"
                and after.i == s.j + 1
                and toks[after.j - 1] in lex.name_heads
            ):
                end = after.j
            else:
                end = _body_end(toks, s.j + 1, lex.body_heads)
        elif e.kind is ActorKind.PLACE:
            end = _body_end(toks, s.j, lex.place_body_heads)
        if end is None:
            out.append(s)
            continue
        body = Span(s.i, end, "name", initial=s.initial, hint=ActorKind.ORGANIZATION, owner=e)
        body.country = e.country
        body.owner_j = s.j
        out.append(body)
        skip_to = end
    return out

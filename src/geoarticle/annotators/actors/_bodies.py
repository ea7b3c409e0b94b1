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
from ._classify import adjective
from ._lexicon import Lexicon
from ._match import Span
from ._tokens import POSSESSIVE_MARKS

__all__ = ["acronym_names", "place_bodies", "possessive_shops"]

_GEO = (ActorKind.COUNTRY, ActorKind.PLACE)
#: Gazetteer forms of towns: "the Kyiv region" is the land around the city, not the city.
_TOWNS = frozenset({"city", "capital"})
#: Words that never stand inside a body's lower-case name.
_GRAMMAR = frozenset(
    {"to", "in", "at", "of", "for", "by", "with", "on", "and", "or", "the", "a", "an", "from"}
)
#: Last words of an unknown name that make it a region with bodies of its own.
_REGION_ENDINGS = frozenset({"County", "Parish", "District", "Borough", "Township", "City"})
#: Nouns after a body noun that make it a modifier: "a department store", "a court order".
_COMPOUNDS = frozenset(
    {"store", "stores", "order", "orders", "case", "cases", "tax", "estate", "building", "hearing"}
)
#: Lower-case words that may stand between the place and the body noun.
_MAX_BETWEEN = 3


def _body_end(toks: list[str], k: int, heads: frozenset[str]) -> int | None:
    """End of lower-case words from ``k`` closing on a body noun ("home ministry"), or None."""
    for m in range(k, min(len(toks), k + _MAX_BETWEEN + 1)):
        w = toks[m]
        if not (w.isalpha() and w.islower()) or w in _GRAMMAR:
            return None  # "took the City to court": no body's name
        if w in heads:
            after = toks[m + 1] if m + 1 < len(toks) else ""
            return None if after in _COMPOUNDS else m + 1
    return None


def _named_for_place(word: str, lex: Lexicon) -> bool:
    """Whether a body's name opens with a known place ("Manchester Metropolitan
    University", "Oslo City Council"): a name of its own, not a state's body read with its
    possessor ("Russia's Defense Ministry")."""
    entry = lex.phrases.get(word)
    return entry is not None and entry.kind in _GEO and entry.form != "demonym"


def place_bodies(toks: list[str], spans: list[Span], lex: Lexicon) -> list[Span]:
    """``spans`` with the names built on a known country or place merged in."""
    out: list[Span] = []
    n = len(toks)
    skip_to = -1
    for k, s in enumerate(spans):
        if s.i < skip_to:
            continue
        if (
            s.tag == "name"
            and s.hint is None
            and s.j < n
            and toks[s.j] in lex.region_nouns
            and toks[s.j] != "province"
            and not any(t in lex.org_suffixes for t in toks[s.i : s.j])
            and (s.i == 0 or toks[s.i - 1].lower() not in ("a", "an"))  # "an English county"
            and not (s.j - s.i == 1 and adjective(toks[s.i]))  # "Democratic state lawmakers"
        ):
            # "Namibia's Kunene region", "Shevchenko district": an unknown place with its noun
            out.append(Span(s.i, s.j + 1, "name", initial=s.initial, hint=ActorKind.PLACE))
            continue
        if (
            s.tag == "name"
            and s.j < n
            and (s.hint is ActorKind.PLACE or (s.hint is None and toks[s.j - 1] in _REGION_ENDINGS))
        ):
            own = _body_end(toks, s.j, lex.place_body_heads)
            if own is not None:
                # "the Riverside County probation department": a place's own body
                body = Span(s.i, own, "name", initial=s.initial, hint=ActorKind.ORGANIZATION)
                body.country = s.country
                out.append(body)
                skip_to = own
                continue
        e = s.entry
        if s.tag != "gaz" or e is None or e.kind not in _GEO or e.form == "demonym" or s.j >= n:
            out.append(s)
            continue
        nxt = toks[s.j]
        if e.kind is ActorKind.PLACE and nxt == "region" and e.form not in _TOWNS:
            # "the Kashmir region", "the Donbas region": the region itself, one actor with it
            out.append(Span(s.i, s.j + 1, "gaz", e, initial=s.initial))
            continue
        if e.kind is ActorKind.PLACE and nxt in lex.region_nouns:
            out.append(Span(s.i, s.j + 1, "name", initial=s.initial, hint=ActorKind.PLACE))
            out[-1].country = e.country
            continue
        end: int | None = None
        if nxt in POSSESSIVE_MARKS:
            after = spans[k + 1] if k + 1 < len(spans) else None
            if (
                after is not None
                and after.tag == "name"
                and after.i == s.j + 1
                and toks[after.j - 1] in lex.name_heads
            ):
                if _named_for_place(toks[after.i], lex):
                    out.append(s)  # "Britain's Manchester Metropolitan University": a name
                    continue
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


#: Words an acronym skips inside the name it abbreviates.
_SKIPPED = frozenset({"and", "of", "for", "the", "on", "in", "de", "&", ",", "-"})


def _defined_start(toks: list[str], p: int, letters: str) -> int | None:
    """Start of the name before ``toks[p]`` == "(" whose capitals spell ``letters``, or None."""
    idx = len(letters) - 1
    k = p - 1
    words = 0
    while k >= 0 and idx >= 0 and p - k <= 2 * len(letters) + 2:
        t = toks[k]
        if t in _SKIPPED:
            k -= 1
            continue
        caps = [ch for ch in t if ch.isupper()]
        if not caps or not t[0].isupper():
            return None
        # a word gives its capitals, last first ("DonNU": "Donetsk National University")
        for ch in reversed(caps if len(caps) <= idx + 1 else caps[:1]):
            if idx >= 0 and ch == letters[idx]:
                idx -= 1
            else:
                return None
        words += 1
        k -= 1
    if idx >= 0 or words < 2:
        return None
    start = k + 1
    while toks[start] in _SKIPPED:
        start += 1
    return start


def acronym_names(toks: list[str], spans: list[Span], lex: Lexicon) -> list[Span]:
    """``spans`` with every name defined by an acronym after it made one span.

    "Immigration, Refugees and Citizenship Canada (IRCC)", "Spring University
    Myanmar (SUM)": the capitals before the brackets spell the acronym, so
    the words between are one organisation's name (a place's when it ends in
    a place word), whatever the scan made of them.
    """
    if "(" not in toks:
        return spans
    n = len(toks)
    for p, t in enumerate(toks):
        if t != "(" or p + 2 >= n or toks[p + 2] != ")":
            continue
        acr = toks[p + 1]
        letters = "".join(ch for ch in acr if ch.isupper())
        if len(letters) < 2 or not acr[0].isupper() or not acr.isalpha():
            continue
        start = _defined_start(toks, p, letters)
        if start is None:
            continue
        inside = [s for s in spans if s.i < p and s.j > start]
        if len(inside) == 1 and inside[0].i == start and inside[0].j == p:
            continue  # already one name
        if any(s.i < start or s.tag not in ("gaz", "name") for s in inside):
            continue
        kind = ActorKind.PLACE if toks[p - 1] in lex.place_suffixes else ActorKind.ORGANIZATION
        keep = [s for s in spans if not (s.i < p and s.j > start)]
        keep.append(Span(start, p, "name", initial=False, hint=kind))
        spans = sorted(keep, key=lambda sp: sp.i)
    return spans


#: Last words of a shop's or a venue's name that a person's possessive opens
#: ("Aisha's Salon and Spa", "Casey's Bar", "Leonardo's Kimbo Cafe").
_SHOP_WORDS = frozenset(
    {"Bar", "Pub", "Cafe", "Café", "Restaurant", "Bakery", "Salon", "Spa", "Shop", "Store"}
    | {"Inn", "Diner", "Grill", "Kitchen", "Tavern", "Barbers", "Boutique", "Deli", "Pizzeria"}
)


def _common_owner(word: str, lex: Lexicon) -> bool:
    """ "Citizen's Advice Bureau", "Children's Hospital": a common noun in the possessive
    opening a body's name (no given name, no place: "Sweden's Public Health Agency")."""
    return word.lower() in lex.common and word not in lex.given_names and word not in lex.phrases


def possessive_shops(toks: list[str], spans: list[Span], lex: Lexicon) -> list[Span]:
    """``spans`` with a shop named by its owner's possessive made one organisation's name.

    One unknown capitalised word, a possessive, then capitalised words closing on a
    shop's or a venue's word, two such joined by "and" too ("Aisha's Salon and Spa"):
    the owner's name is the first word of the business's, no person of the story. So
    too a common noun's possessive before a body's name ("Citizen's Advice Bureau").
    """
    if POSSESSIVE_MARKS.isdisjoint(toks):
        return spans
    out: list[Span] = []
    n = len(spans)
    k = 0
    while k < n:
        s = spans[k]
        after = spans[k + 1] if k + 1 < n else None
        if (
            s.tag == "name"
            and s.j - s.i == 1
            and s.j + 1 < len(toks)
            and toks[s.j] in POSSESSIVE_MARKS
            and after is not None
            and after.tag == "name"
            and after.i == s.j + 1
        ):
            end, used = after.j, 2
            more = spans[k + 2] if k + 2 < n else None
            if (
                more is not None
                and more.tag == "name"
                and toks[end : end + 1] == ["and"]
                and more.i == end + 1
                and toks[more.j - 1] in _SHOP_WORDS
            ):
                end, used = more.j, 3
            if (
                toks[end - 1] in _SHOP_WORDS
                or (used == 3 and toks[after.j - 1] in _SHOP_WORDS)
                or (
                    used == 2
                    and _common_owner(toks[s.i], lex)
                    and toks[end - 1] in lex.org_suffixes
                )
            ):
                start, initial = s.i, s.initial
                town = out[-1] if out else None
                if (
                    town is not None
                    and town.tag == "gaz"
                    and town.j == s.i
                    and town.entry is not None
                    and town.entry.kind is ActorKind.PLACE
                ):
                    out.pop()  # "Seattle Children's Hospital": the town opens the name
                    start, initial = town.i, town.initial
                out.append(Span(start, end, "name", initial=initial, hint=ActorKind.ORGANIZATION))
                k += used
                continue
        out.append(s)
        k += 1
    return out

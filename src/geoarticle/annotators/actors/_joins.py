"""One name read across several spans: an organisation or place name keeps its full span.

The scanner cuts a capitalised run where a known name starts or ends, so
"Treasury Board Secretariat" arrives as the known "Treasury" and an unknown
"Board Secretariat", and "Ministry of Environment, Forestry and Tourism" as
three names. Here such pieces are put back together when the words say they
make one name:

- a run of touching pieces that ends in an organisation or place noun
  ("Southern Africa Litigation Centre", "Taiwan Taoyuan International Airport");
- "X and Y <noun>" where X is one unknown word ("Social and Economic Research
  Initiative"), an unknown run not opening with a given name ("Kestrelvale Hotels and
  Resorts") or a title-case run of mostly common words ("Global Tourism Resilience
  and Crisis Management Centre"), or where Y is two words or more ending in a common
  abstract noun of doing ("Customs and Border Protection", "Air and Marine Operations");
- a ministry or department "of" several fields ("Ministry of Environment,
  Forestry and Tourism");
- a country's name that is also a given name, before a surname the words around
  show to be a person's ("Chad Hawk, vice president of ...", "Israel Katz said");
- a known body's one-word name that is a common word, before more capitalised common
  words ("Labour Force Survey"): one title-case phrase, a name only when it ends in a
  body's or place's noun;
- a known charity's, firm's or outlet's name before a known country or region, with the
  clause going on after them: its branch there ("Amnesty International UK said", "the
  Sierra Club of Ohio has");
- a place's or an unknown name before "cartel" or "drug cartel" (in lower case): the
  cartel named for it ("the Sinaloa drug cartel"), an armed group;
- a leader's name before "administration" or "government": the government led
  ("the Obama administration"), a state body of the leader's country;
- a body's name going on with "in" or "for (the)" and a field in common words
  ("Centre for Policy Impact in Global Health", "Democratic Party for the People")
  or an unknown name after "the" ("Institute for Research in the Amazon"); a known
  place or an unknown town after "in" is where the body is ("Ministry of Health in
  Gaza"), not part of its name.

A piece that starts a sentence, a person and a lone known country before an
organisation noun (left to the national-body rule: "Syrian Observatory") are
never joined.
"""

from __future__ import annotations

from ...models import ActorKind
from ._lexicon import Lexicon
from ._match import Span
from ._tokens import POSSESSIVE_MARKS

__all__ = ["NAME_COUNTRIES", "join_names"]

#: Countries whose names are also given names or surnames ("James Jordan", "Chad Hawk").
NAME_COUNTRIES = frozenset({"Jordan", "Chad", "Georgia", "Israel", "India", "Kenya", "Lebanon"})

_GEO = (ActorKind.COUNTRY, ActorKind.PLACE)
#: Heads of a body named for what it is "of": "Ministry of X, Y and Z".
_FIELD_HEADS = frozenset({"Ministry", "Department", "Minister", "Secretary", "Committee"})
_JOINABLE = frozenset({"name", "gaz"})


def _piece(s: Span) -> bool:
    """A span that may be part of a longer name: unknown, or a known non-person."""
    if s.tag not in _JOINABLE or s.hint is not None:
        return False
    return s.entry is None or (s.entry.kind is not ActorKind.PERSON and s.entry.form != "demonym")


def _demonym(s: Span) -> bool:
    """A country's adjective inside a longer name ("Quinault Indian Nation")."""
    return s.tag == "gaz" and s.entry is not None and s.entry.form == "demonym"


def _one_word_name(toks: list[str], s: Span, lex: Lexicon) -> bool:
    return s.tag == "name" and s.j - s.i == 1 and toks[s.i] not in lex.given_names


def _noun_kind(word: str, lex: Lexicon) -> ActorKind | None:
    if word in lex.org_suffixes:
        return ActorKind.ORGANIZATION
    if word in lex.place_suffixes:
        return ActorKind.PLACE
    return None


def _piece_kind(toks: list[str], s: Span, lex: Lexicon) -> ActorKind | None:
    """The kind a name ending in span ``s`` has: by its last word ("... Police"), or an
    organisation for a head noun with its field ("Department of Transportation")."""
    kind = _noun_kind(toks[s.j - 1], lex)
    if kind is None and s.tag == "name" and toks[s.i] in lex.name_heads and "of" in toks[s.i : s.j]:
        return ActorKind.ORGANIZATION
    return kind


def _country(run: list[Span]) -> str | None:
    for s in run:
        if s.entry is not None and s.entry.country and s.entry.kind in _GEO:
            return s.entry.country
    return None


def _joined(run: list[Span], kind: ActorKind) -> Span:
    out = Span(run[0].i, run[-1].j, "name", initial=run[0].initial, hint=kind)
    out.country = _country(run)
    return out


def _place_force(toks: list[str], s: Span, lex: Lexicon) -> bool:
    """ "West Mercia police", "Merseyside police": a region's force, written in lower case.

    Only a region's name of two words or more that reads as a place (a compass word
    first, or a place word last: "Thames Valley police"); a country's police is the
    state's, a known town's is as often its place."""
    if s.tag != "name" or s.hint not in (None, ActorKind.PLACE):
        return False  # a known town's police ("Plymouth police") is told apart by no gold
    if s.j - s.i == 1:
        # "arrested by Tarvelton police": an unknown town's force, the one acting
        return s.i > 0 and toks[s.i - 1] == "by" and toks[s.i] not in lex.given_names
    return toks[s.i] in lex.direction_words or toks[s.j - 1] in lex.place_suffixes


#: Lower-case nouns after a name that make it a cartel's ("the Sinaloa cartel").
_CARTEL_WORDS = (["cartel"], ["drug", "cartel"])


def _cartel_end(toks: list[str], s: Span) -> int:
    """Where "Tarvel cartel" or "Tarvel drug cartel" ends, when ``s`` is a place's name or an
    unknown one (a cartel named for its home ground or its founder), else 0."""
    if s.tag == "gaz":
        if s.entry is None or s.entry.kind is not ActorKind.PLACE:
            return 0
    elif s.tag != "name" or s.hint is not None:
        return 0
    for words in _CARTEL_WORDS:
        end = s.j + len(words)
        if toks[s.j : end] == words:
            return end
    return 0


def _touching_run(toks: list[str], spans: list[Span], k: int, lex: Lexicon) -> int:
    """How many spans from ``k`` on make one name ending in an organisation or place noun."""
    n = k
    while (
        n + 1 < len(spans)
        and spans[n + 1].i == spans[n].j
        and not spans[n + 1].initial
        and (_piece(spans[n + 1]) or _demonym(spans[n + 1]))
    ):
        n += 1
    while n > k and _piece_kind(toks, spans[n], lex) is None:
        n -= 1
    size = n - k + 1
    if size < 2 or spans[n].tag != "name":
        return 0
    first = spans[k]
    if size == 2 and first.entry is not None and first.entry.kind is ActorKind.COUNTRY:
        return 0  # "Pakistan Army", "Syrian Observatory": the national-body rule's
    return size


def _field_list(toks: list[str], spans: list[Span], k: int) -> int:
    """ "Ministry of Environment , Forestry and Tourism": how many spans the list covers."""
    s = spans[k]
    if s.tag != "name" or toks[s.i] not in _FIELD_HEADS or "of" not in toks[s.i : s.j]:
        return 0
    n = k
    while n + 1 < len(spans):
        nxt = spans[n + 1]
        gap = toks[spans[n].j : nxt.i]
        if gap not in ([","], ["and"], ["&"], [",", "and"]) or nxt.tag != "name":
            break
        if nxt.j - nxt.i != 1:
            break
        n += 1
        if gap[-1] in ("and", "&"):
            return n - k + 1  # the list is closed by "and"
    return 0


def _and_name(toks: list[str], spans: list[Span], k: int, lex: Lexicon) -> bool:
    """ "Social and Economic Research Initiative": one word, "and", a body's name (not an
    acronym, a name of its own: "the EFF and MK Party" are two)."""
    if k + 1 >= len(spans):
        return False
    s, nxt = spans[k], spans[k + 1]
    # (the shape first, for speed: most spans have no "and" and a name after them)
    return (
        nxt.i == s.j + 1
        and toks[s.j] in ("and", "&")
        and nxt.tag == "name"
        and nxt.hint is None
        and not s.initial
        and (
            _one_word_name(toks, s, lex)
            or _common_words_name(toks, s, lex)
            or _unknown_name(toks, s, lex)
        )
        and not (s.j - s.i == 1 and toks[s.i].isupper() and len(toks[s.i]) > 1)
        and (
            _noun_kind(toks[nxt.j - 1], lex) is ActorKind.ORGANIZATION
            or toks[nxt.j - 1] in _BODY_LAST_WORDS
            or _function_name(toks, nxt, lex)
        )
    )


#: Last words that close a body's name but open none ("Fauna and Flora International";
#: "International Trade Secretary" is a title, "Kenyatta International Airport" a place).
_BODY_LAST_WORDS = frozenset({"International", "Worldwide"})


#: Endings of the abstract nouns that close the name of a body known by what it does
#: ("Customs and Border Protection", "Air and Marine Operations").
_FUNCTION_ENDINGS = ("tion", "tions", "ment", "ments")


def _function_name(toks: list[str], s: Span, lex: Lexicon) -> bool:
    """ "Border Protection", "Drug Administration": two or more capitalised words ending in
    a common abstract noun of doing, the second half of a body's name after "X and"."""
    if s.j - s.i < 2:
        return False
    last = toks[s.j - 1]
    return last.lower() in lex.common and last.endswith(_FUNCTION_ENDINGS)


def _unknown_name(toks: list[str], s: Span, lex: Lexicon) -> bool:
    """ "Kestrelvale Hotels" (of "... and Resorts"): an unknown run that does not open with a
    given name nor end in a body's or place's noun (a name of its own)."""
    return (
        s.tag == "name"
        and s.hint is None
        and toks[s.i] not in lex.given_names
        and _noun_kind(toks[s.j - 1], lex) is None
    )


def _common_words_name(toks: list[str], s: Span, lex: Lexicon) -> bool:
    """ "Global Tourism Resilience" (of "... and Crisis Management Centre"): a title-case
    run of mostly common words, no person's and no body's or place's name of its own."""
    if s.tag != "name" or s.hint is not None or s.j - s.i < 2:
        return False
    words = toks[s.i : s.j]
    if words[0] in lex.given_names or _noun_kind(words[-1], lex) is not None:
        return False
    return 2 * sum(1 for w in words if w.lower() in lex.common) >= len(words)


#: Words by which a body's name goes on with its field ("Centre for Policy in Global Health").
_FIELD_GAPS = (["in"], ["for"], ["for", "the"], ["in", "the"])
_FIELD_WORDS = frozenset({"in", "for"})


def _is_body(toks: list[str], s: Span, lex: Lexicon) -> bool:
    if s.tag == "gaz":
        return s.entry is not None and s.entry.kind is ActorKind.ORGANIZATION
    return (
        s.tag == "name" and s.hint is None and any(t in lex.org_suffixes for t in toks[s.i : s.j])
    )


def _field_tail(toks: list[str], spans: list[Span], k: int, lex: Lexicon) -> bool:
    """ "Centre for Policy Impact" + "in Global Health": the body's name goes on."""
    if k + 1 >= len(spans):
        return False
    s, nxt = spans[k], spans[k + 1]
    if not 1 <= nxt.i - s.j <= 2 or toks[s.j] not in _FIELD_WORDS:
        return False  # (tested first for speed)
    gap = toks[s.j : nxt.i]
    region = nxt.tag == "gaz" and gap[-1] == "the" and toks[nxt.i] in lex.geographic_firms
    if gap not in _FIELD_GAPS or not (nxt.tag == "name" or region) or nxt.hint is not None:
        return False
    if nxt.initial:
        return False
    if not _is_body(toks, s, lex) or nxt.j - nxt.i > 3:
        return False
    tail = toks[nxt.i : nxt.j]
    after = toks[nxt.j] if nxt.j < len(toks) else ""
    if tail[0] in lex.given_names or after[:1].isupper() or after in lex.place_nouns:
        return False  # "in the Mughraqa area": where the body is
    if gap[-1] == "the":
        return True  # "Institute for Research in the Amazon": no town is "the X"
    return all(t.lower() in lex.common for t in tail)


def _known_word_then_name(
    spans: list[Span], k: int, kinds: tuple[ActorKind, ...]
) -> tuple[Span, Span] | None:
    """Span ``k`` and the next one, when ``k`` is a one-word gazetteer name of one of
    ``kinds`` followed at once by an unknown, unhinted name: the pairs the joins below
    may read as one name."""
    if k + 1 >= len(spans):
        return None
    s, nxt = spans[k], spans[k + 1]
    if (
        s.tag != "gaz"
        or s.entry is None
        or s.entry.kind not in kinds
        or s.j - s.i != 1
        or nxt.tag != "name"
        or nxt.hint is not None
        or nxt.i != s.j
    ):
        return None
    return s, nxt


def _given_country(toks: list[str], spans: list[Span], k: int, lex: Lexicon) -> bool:
    """ "Chad" + "Hawk, vice president of ...": a country's name as a person's given name.

    The surname is one unknown word with nothing capitalised after it, and either no
    common word ("Israel Katz") or followed by a comma and a title ("Chad Hawk, the
    vice president"): "Georgia Power said" stays a country and a word.
    """
    pair = _known_word_then_name(spans, k, (ActorKind.COUNTRY,))
    if pair is None:
        return False
    s, nxt = pair
    if toks[s.i] not in NAME_COUNTRIES or nxt.j - nxt.i != 1:
        return False
    surname = toks[nxt.i]
    after = toks[nxt.j : nxt.j + 4]
    if surname in lex.org_suffixes or surname in lex.place_suffixes:
        return False
    if after[:1] and after[0][:1].isupper():
        return False
    if surname.lower() not in lex.common:
        return True
    return after[:1] == [","] and any(w in lex.titles for w in after[1:])


def _common_title(toks: list[str], spans: list[Span], k: int, lex: Lexicon) -> bool:
    """ "Labour" + "Force Survey": a known body's one-word name that is a common word,
    before more capitalised common words, is the start of a longer title-case phrase.

    The whole run is one name, not the body and a second name: an unknown name when it
    ends in a body's or place's noun ("Labour Party Conference"), else a phrase that
    names nobody (a survey, a report).
    """
    pair = _known_word_then_name(spans, k, (ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP))
    if pair is None:
        return False
    s, nxt = pair
    if toks[s.i].lower() not in lex.common or nxt.initial:
        return False
    tail = toks[nxt.i : nxt.j]
    return tail[0] not in lex.given_names and all(t.lower() in lex.common for t in tail)


#: Words after "<body> <country>" that leave the two one name: a speech verb, a clause's
#: verb or a mark ("Amnesty International UK said", "..., Greenpeace East Asia, ..."), not a
#: noun the two modify ("the EU Ukraine summit").
_BRANCH_NEXT = frozenset(
    {",", ".", ";", ":", ")", "(", "said", "says", "told", "has", "have", "is", "was", "will"}
    | {"would", "also", "and", "in", "on", "'s", "’s"}
)
#: Sectors of a known body that may have a national branch named after it (not a state's
#: or an alliance's: "the EU Ukraine summit").
_BRANCH_SECTORS = frozenset({"NGO", "BUS", "MED"})


def _branch(toks: list[str], spans: list[Span], k: int) -> bool:
    """ "Amnesty International" + "UK", "Greenpeace" + "East Asia", "Sierra Club" + "of" +
    "Ohio": a known charity's, firm's or outlet's name followed at once (or after "of") by
    a known country or region is the name of its branch there, when the clause goes on
    after the two (no noun they modify)."""
    if k + 1 >= len(spans):
        return False
    s, nxt = spans[k], spans[k + 1]
    if (
        s.tag != "gaz"
        or nxt.tag != "gaz"
        or not (nxt.i == s.j or (nxt.i == s.j + 1 and toks[s.j] == "of"))
        or s.entry is None
        or nxt.entry is None
        or s.entry.kind is not ActorKind.ORGANIZATION
        or nxt.entry.kind not in _GEO
        or nxt.entry.form == "demonym"
    ):
        return False
    code = s.entry.code or ""
    if not any(sector in code for sector in _BRANCH_SECTORS):
        return False
    after = toks[nxt.j] if nxt.j < len(toks) else "."
    return after in _BRANCH_NEXT or (len(after) > 4 and after.islower() and after.endswith("ly"))


#: Nouns that make a leader's name the name of the government led ("the Obama administration").
_LED_BY = frozenset({"administration", "government", "regime", "cabinet", "junta"})


def _government_of(toks: list[str], s: Span) -> Span | None:
    """ "the Obama administration", "the Modi government": the government a leader heads."""
    if s.j >= len(toks) or toks[s.j] not in _LED_BY or s.hint is not None:
        return None
    known = s.entry is not None and s.entry.kind is ActorKind.PERSON and s.tag == "gaz"
    if not known and not (s.tag == "name" and s.i > 0 and toks[s.i - 1] in ("the", "The")):
        return None
    out = Span(s.i, s.j + 1, "name", initial=s.initial, hint=ActorKind.ORGANIZATION)
    out.country = s.entry.country if s.entry is not None else None
    out.sector = "GOV"
    if known:
        out.owner, out.owner_j = s.entry, s.j  # the leader keeps the mention of his name
    return out


#: Nouns of an office named for the official who heads it ("the Sheriff's Office").
_OFFICE_NOUNS = frozenset({"office", "department"})


def _titled_office(toks: list[str], spans: list[Span], k: int, lex: Lexicon) -> int:
    """How many touching spans from ``k`` on name an official whose office follows
    ("the U.S. Attorney's Office", "Harris County Sheriff's Office"), or 0."""
    n = len(toks)
    m = k
    while m < len(spans):
        s = spans[m]
        if s.tag not in ("gaz", "name", "title") or (m > k and s.i != spans[m - 1].j):
            return 0
        if s.tag == "gaz" and s.entry is not None and s.entry.kind is ActorKind.PERSON:
            return 0
        j = s.j
        if j + 1 < n and toks[j] in POSSESSIVE_MARKS:
            title = toks[j - 1]
            if (
                toks[j + 1].lower() in _OFFICE_NOUNS
                and title[:1].isupper()
                and title.lower() in lex.titles
                and toks[spans[k].i][:1].isupper()
            ):
                return m - k + 1
            return 0
        m += 1
    return 0


#: What may stand between a university's name and its campus town.
_CAMPUS_LINKS = (",", "at")
#: Gazetteer forms of towns (a campus), not of regions or states.
_TOWN_FORMS = frozenset({"city", "capital"})


def _campus(toks: list[str], spans: list[Span], k: int) -> bool:
    """ "University of X, Y" or "University of X at Y", Y a town and the name ending there:
    one university's campus, one name."""
    if k + 1 >= len(spans):
        return False
    s, nxt = spans[k], spans[k + 1]
    if "of" not in toks[s.i : s.j] or nxt.i != s.j + 1 or toks[s.j] not in _CAMPUS_LINKS:
        return False
    e = nxt.entry
    if nxt.tag != "gaz" or e is None or e.kind is not ActorKind.PLACE or e.form not in _TOWN_FORMS:
        return False
    after = toks[nxt.j] if nxt.j < len(toks) else ""
    return not after[:1].isupper()


def join_names(toks: list[str], spans: list[Span], lex: Lexicon) -> list[Span]:
    """``spans`` with the pieces of one longer name joined into one ``name`` span."""
    if not _LED_BY.isdisjoint(toks):
        spans = [_government_of(toks, s) or s for s in spans]
    n = len(spans)
    if n < 1:
        return spans
    offices = not POSSESSIVE_MARKS.isdisjoint(toks)
    out: list[Span] = []
    k = 0
    while k < n:
        s = spans[k]
        cartel = _cartel_end(toks, s)
        if cartel:
            out.append(Span(s.i, cartel, "name", initial=s.initial, hint=ActorKind.ARMED_GROUP))
            out[-1].country = _country([s])
            k += 1
            continue
        if s.j < len(toks) and toks[s.j] == "police" and _place_force(toks, s, lex):
            out.append(Span(s.i, s.j + 1, "name", initial=s.initial, hint=ActorKind.ORGANIZATION))
            out[-1].country = _country([s])
            k += 1
            continue
        if offices:
            size = _titled_office(toks, spans, k, lex)
            if size:
                run = spans[k : k + size]
                end = run[-1].j + 2
                out.append(_joined(run, ActorKind.ORGANIZATION))
                out[-1].j = end
                k += size
                while k < n and spans[k].i < end:
                    k += 1  # the office's noun, read as a name of its own
                continue
        if n < 2:
            out.append(s)
            break
        # both rules need a one-word known name touched by a name (tested here for speed)
        if s.tag == "gaz" and s.j - s.i == 1 and k + 1 < n and spans[k + 1].i == s.j:
            if _given_country(toks, spans, k, lex):
                nxt_j = spans[k + 1].j
                out.append(Span(s.i, nxt_j, "name", initial=s.initial, hint=ActorKind.PERSON))
                k += 2
                continue
            if _common_title(toks, spans, k, lex):
                j = spans[k + 1].j
                named = _noun_kind(toks[j - 1], lex) is not None  # "Labour Party Conference"
                out.append(Span(s.i, j, "name" if named else "skip", initial=s.initial))
                k += 2
                continue
        if toks[s.i] == "University" and _campus(toks, spans, k):
            # "University of California, Berkeley", "University of Texas at Austin"
            out.append(
                Span(s.i, spans[k + 1].j, "name", initial=s.initial, hint=ActorKind.ORGANIZATION)
            )
            k += 2
            continue
        if s.tag == "gaz" and _branch(toks, spans, k):
            out.append(_joined(spans[k : k + 2], ActorKind.ORGANIZATION))
            k += 2
            continue
        if _piece(s):
            size = _touching_run(toks, spans, k, lex)
            if size:
                run = spans[k : k + size]
                kind = _piece_kind(toks, run[-1], lex)
                assert kind is not None
                out.append(_joined(run, kind))
                if toks[run[-1].j - 1] in lex.street_suffixes:
                    out[-1].country = None  # "London Road" may be anywhere
                k += size
                continue
            size = _field_list(toks, spans, k)
            if size:
                out.append(_joined(spans[k : k + size], ActorKind.ORGANIZATION))
                k += size
                continue
            if _and_name(toks, spans, k, lex) or _field_tail(toks, spans, k, lex):
                out.append(_joined(spans[k : k + 2], ActorKind.ORGANIZATION))
                k += 2
                continue
        out.append(s)
        k += 1
    return out

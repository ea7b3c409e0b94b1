"""Matching one line: gazetteer n-grams, titles, honorifics and capitalised name runs."""

from __future__ import annotations

import weakref

import attrs

from ...models import ActorKind
from ._lexicon import Agent, Entry, Lexicon
from ._tokens import POSSESSIVE_MARKS, SENTENCE_OPENERS

__all__ = ["NAME_ADJECTIVES", "Span", "scan_line", "title_at"]

_CONNECTORS = frozenset({"of", "for", "and", "&", "on"})
_AND = frozenset({"and", "&"})
#: Words that open a sentence, never a name's next word after an abbreviation's stop.
_OPENERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we"}
    | {"his", "her", "its", "their", "our", "there", "but", "and", "in", "on", "at", "for"}
)
#: Last words of a venue's name, after which "on" gives its street, no more of the name.
_VENUE_ENDS = frozenset(
    {"Pub", "Bar", "Cafe", "Café", "Restaurant", "Bakery", "Hotel", "Inn", "Shop", "Store"}
)
_GEO = (ActorKind.COUNTRY, ActorKind.PLACE)


@attrs.define(slots=True)
class Span:
    """Tokens ``i`` to ``j`` (exclusive) of a line, and what they look like."""

    i: int
    j: int
    #: ``gaz`` (a known entry), ``title``, ``hon`` (honorific), ``name`` (unknown capitalised
    #: run), ``agent`` (a generic agent noun phrase), ``group`` ("the group", "the programme")
    #: or ``pair`` ("the two countries").
    tag: str
    entry: Entry | None = None
    #: Sector code of a title ("" when it has none).
    sector: str = ""
    #: The run starts a sentence.
    initial: bool = False
    #: The agent noun of an ``agent`` span.
    agent: Agent | None = None
    #: Country given by a modifier of an ``agent`` span ("Afghan", "Pakistan-based").
    country: str | None = None
    #: The determiner before an ``agent`` span ("the", "both"), lower case.
    det: str = ""
    #: The kind a ``name`` span is known to have ("Kyiv region", "Russia's Defense Ministry").
    hint: ActorKind | None = None
    #: The possessor's entry of a ``name`` span ("Russia" of "Russia's Defense Ministry"),
    #: and where the possessor's tokens end.
    owner: Entry | None = None
    owner_j: int = 0


def _body_of(toks: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """Whether the run ``i:j``, opened by an adjective of names, names a body "of"
    somewhere ("Royal Bank of Canada"): a body's word right before its "of"."""
    if toks[i] not in NAME_ADJECTIVES:
        return False  # "Former Bank of England governor X": a modifier, no part of the name
    return any(toks[k] == "of" and toks[k - 1] in lex.org_suffixes for k in range(i + 2, j - 1))


def _head_of(toks: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """Whether the run ``i:j`` opening a sentence is a body's word, "of" or
    "for" and a name ("Bank of Montreal said", "University of Toronto researchers",
    "Ministry of Defence officials"): a name, though its first word is a common one."""
    return (
        j - i >= 3
        and toks[i] in lex.org_suffixes
        and toks[i + 1] in ("of", "for")
        and _is_cap(toks[i + 2])
    )


#: Adjectives that open bodies' names "of" somewhere ("Royal Bank of Canada", "National
#: Bank of Greece", "Central Bank of Nigeria"), unlike modifiers ("Former", "Then").
NAME_ADJECTIVES = frozenset(
    {"Royal", "National", "Federal", "Central", "Imperial", "State", "People's", "Grand"}
)


def _gaz(toks: list[str], i: int, lex: Lexicon, caps: bool) -> tuple[int, Entry] | None:
    t = toks[i]
    longest = lex.first.get(t)
    if not longest:
        return None
    phrases = lex.phrases
    # the longest phrase at i: the n-gram grows while it starts a phrase (for speed)
    size, key = (1, t) if t in phrases else (0, "")
    gram = t
    for m in range(2, min(longest, len(toks) - i) + 1):
        gram += " " + toks[i + m - 1]
        if gram not in lex.stems:
            break
        if gram in phrases:
            size, key = m, gram
    if not size:
        return None
    if caps and size == 1 and t.lower() in lex.common:
        return None  # "NICE", "WHO" in a capitals headline are words
    return size, phrases[key]


#: Words before a verb in capitals ("he IS treating"): it is stressed, no acronym.
_SUBJECTS = frozenset({"he", "she", "it", "they", "we", "you", "i", "that", "this", "there"})


def _shouted(toks: list[str], i: int, lex: Lexicon) -> bool:
    """Whether a word in capitals that is also a common word is shouted or stressed in
    prose: next to another such word, a stop between them at most ("HOW IS THAT",
    "THIS. IS. WAR."), or after a subject pronoun ("he IS treating"); not an acronym
    ("IS fighters", "the WHO said")."""
    prev = toks[i - 1] if i else ""
    if prev in _SUBJECTS:
        return True
    for k, step in ((i - 1, -1), (i + 1, 1)):
        if 0 <= k < len(toks) and toks[k] in (".", "!", "?"):
            k += step
        if 0 <= k < len(toks):
            w = toks[k]
            if len(w) >= 2 and w.isalpha() and w.isupper() and w.lower() in lex.common:
                return True
    return False


def title_at(toks: list[str], i: int, lex: Lexicon) -> tuple[int, str] | None:
    """The longest title at ``toks[i]``: its length in tokens and its sector code."""
    low = toks[i].lower()
    longest = lex.title_first.get(low)
    if not longest:
        return None
    sector = lex.titles.get(low)
    found = None if sector is None else (1, sector)
    # the n-gram grows while it starts a title (for speed)
    gram = low
    for m in range(2, min(longest, len(toks) - i) + 1):
        gram += " " + toks[i + m - 1].lower()
        if gram not in lex.title_stems:
            break
        sector = lex.titles.get(gram)
        if sector is not None:
            found = (m, sector)
    return found


def _is_cap(t: str) -> bool:
    return t[0].isupper()


def _suffix(t: str, lex: Lexicon) -> bool:
    """An organisation or place word ("Department", "Hospital", "Alliance")."""
    return t in lex.org_suffixes or t in lex.place_suffixes


def _names_place(toks: list[str], i: int, lex: Lexicon) -> bool:
    """ "Christian County", "Jewish General Hospital": a word never a name alone (a
    faith, a people) opening a place's name closed by a place word, or a longer
    body's name closed by a body's word."""
    t = toks[i]
    if not (len(t) > 2 and t[1:].islower() and t.isalpha() and i + 1 < len(toks)):
        return False
    if toks[i + 1] in lex.place_suffixes:
        return True
    if not _is_cap(toks[i + 1]):
        return False
    j = _run_end(toks, i, lex)
    return j - i >= 3 and toks[j - 1] in lex.org_suffixes  # "Jewish General Hospital"


def _middle_initial(toks: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """ "Kelly L Clarke": one capital letter with no stop between a given name and a
    capitalised surname."""
    nxt = toks[j + 1] if j + 1 < len(toks) else ""
    return (
        j == i + 1
        and toks[i] in lex.given_names
        and toks[j].isalpha()
        and len(nxt) > 1
        and nxt[0].isupper()
        and nxt[1:].islower()
        and nxt.isalpha()
    )


def _plural_code(t: str) -> bool:
    """ "CEOs", "GPs", "NGOs": an abbreviation in the plural is a common noun, not a name."""
    return len(t) > 2 and t[-1] == "s" and t[:-1].isupper() and t[:-1].isalpha()


def _has_digit(t: str) -> bool:
    """ "RM900", "A350", "COVID-19": a code, an amount or a model, never part of a name."""
    # letters are never digits: most words are answered without a look at each character
    return not t.isalpha() and any(ch.isdigit() for ch in t)


def _bound_particle(t: str, lex: Lexicon) -> bool:
    """ "d'Isère", "al-Balah", "el-Arish": a particle bound to the capitalised word it starts."""
    if "-" not in t and "'" not in t and "’" not in t:
        return False  # most words (tested first for speed)
    for mark in ("-", "'", "’"):
        head, sep, rest = t.partition(mark)
        if sep and rest[:1].isupper() and (head in lex.particles or head == "d"):
            return True
    return False


def _goes_on(toks: list[str], j: int, lex: Lexicon) -> bool:
    """A place-name particle follows ``toks[j - 1]`` and carries the name on ("Serra da Estrela")."""
    if j >= len(toks):
        return False
    u = toks[j]
    if _bound_particle(u, lex):
        return True
    return (
        u in lex.particles
        and u.islower()
        and j + 1 < len(toks)
        and _is_cap(toks[j + 1])
        and toks[j + 1][0].isalpha()
        and toks[j + 1] not in lex.never
    )


def _of_the_name(toks: list[str], j: int, lex: Lexicon) -> bool:
    """ "of the" at ``toks[j]`` and a capitalised word after it that carries a structured
    name on ("University of the West Indies"), not a month or another never-name word."""
    if not (
        j + 2 < len(toks)
        and toks[j + 1] == "the"
        and _is_cap(toks[j + 2])
        and toks[j + 2][0].isalpha()
        and toks[j + 2] not in lex.never
    ):
        return False
    if toks[j - 1] in lex.closing_words or toks[j - 1] in ("Co", "Co."):
        return False  # "Dow Chemical Co of the United States": a firm's name closed
    hit = _gaz(toks, j + 2, lex, False) if toks[j + 2] in lex.first else None
    if hit is not None and hit[1].kind is ActorKind.COUNTRY:
        return False  # "... of the United States": the country named on its own
    # not "Court of the Dnipropetrovsk region": a known place and a noun of its region
    k = j + 2
    while k < len(toks) and _is_cap(toks[k]):
        k += 1
    return not (k < len(toks) and toks[k] in lex.region_nouns)


def _place_word_of(toks: list[str], i: int, lex: Lexicon) -> bool:
    """A place's word known alone as a name ("Gulf"), then "of" and a capitalised word:
    the longer name of another place ("Gulf of Mexico", "Gulf of Thailand")."""
    return (
        toks[i] in lex.place_suffixes
        and toks[i + 1 : i + 2] == ["of"]
        and i + 2 < len(toks)
        and _is_cap(toks[i + 2])
        and toks[i + 2][0].isalpha()
    )


_APOSTROPHES = frozenset({"'", "’"})
_OPEN_QUOTES = {"“": "”", '"': '"', "‘": "’"}


def _nickname(toks: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """ "Renaldo “Peewee” Gilkes": a given name, one quoted word, then a capitalised word."""
    close = _OPEN_QUOTES.get(toks[j])
    return (
        close is not None
        and j == i + 1
        and toks[i] in lex.given_names
        and j + 3 < len(toks)
        and toks[j + 2] == close
        and toks[j + 1].isalpha()
        and _is_cap(toks[j + 3])
        and toks[j + 3].isalpha()
        and toks[j + 3] not in lex.never
    )


def _run_end(toks: list[str], i: int, lex: Lexicon, after_title: bool = False) -> int:
    """End of the capitalised run starting at ``i`` (connectors and particles allowed inside).

    After a title ("leader Yoshihiko Noda") a one-word place inside the run is a
    surname. In a structured name (one with an organisation or place word) a
    hyphen joins two capitals ("Centre for EU-Asia Connectivity"), and "and"
    after a name's head noun ("... Institute and ...") starts the next one
    unless the name goes on past "of" or "for"; no
    connector reaches a day or a month ("Defense Ministry on Sunday").
    """
    n = len(toks)
    j = i + 1
    structured = toks[i] in lex.org_suffixes or toks[i] in lex.place_suffixes
    crossed = False  # past "of", "for" or "on": "University of Science and Technology"
    plural_at = 0  # a plural possessive inside the run, kept if a body's name ends it
    while j < n:
        u = toks[j]
        if _is_cap(u) and u[0].isalpha():
            if (
                (u in lex.never and not _paper_word(toks, j, lex))
                or (len(u) == 1 and u != "&" and not _middle_initial(toks, i, j, lex))
                or _has_digit(u)
                or _plural_code(u)
            ):
                break
            if toks[j - 1] in lex.closing_words:
                break  # "Business Insider Inc Nintendo"
            if toks[j - 1].endswith(".") and u.lower() in _OPENERS:
                break  # "the One S. The company's app": a stop, then a new sentence
            if u in lex.first and not structured:
                hit = _gaz(toks, j, lex, False)
                if (
                    hit is not None
                    and not (
                        j == i + 1
                        and hit[0] == 1
                        and (
                            (toks[i] in lex.given_names and hit[1].form in ("city", "capital"))
                            or (after_title and hit[1].kind is ActorKind.PLACE)
                        )
                    )
                    and not _third_name(toks, i, j, hit, lex)
                    and not (  # "National Treasury": an adjective of names and a body
                        j == i + 1
                        and toks[i] in NAME_ADJECTIVES
                        and hit[1].kind is ActorKind.ORGANIZATION
                    )
                ):
                    break
            if (
                u.lower() in lex.title_first
                and j + 1 < n
                and _is_cap(toks[j + 1])
                and not _suffix(toks[j + 1], lex)
                and title_at(toks, j, lex) is not None
            ):
                break
            structured = structured or u in lex.org_suffixes or u in lex.place_suffixes
            j += 1
            continue
        if _bound_particle(u, lex):
            j += 1  # "Deir al-Balah", "Val d'Isère"
            continue
        if (
            u in lex.particles
            and j + 2 < n
            and toks[j + 1] in lex.particles
            and _is_cap(toks[j + 2])
            and toks[j + 2][0].isalpha()
            and toks[j + 2] not in lex.never
        ):
            j += 3  # "Anna von der Brugge", "Jan van der Berg": two particles
            continue
        if u == "of" and structured and _of_the_name(toks, j, lex):
            crossed = True
            j += 3  # "University of the West Indies", "School of the Art Institute"
            continue
        if j + 1 < n and _is_cap(toks[j + 1]) and toks[j + 1][0].isalpha():
            nxt = toks[j + 1]
            if _nickname(toks, i, j, lex):
                j += 3  # "Renaldo “Peewee” Gilkes": a nickname inside a person's name
                continue
            if u in _APOSTROPHES and toks[j - 1].endswith("s") and not plural_at:
                plural_at = j  # "Citizens' Independent Transportation Trust"
                j += 2
                continue
            if u in lex.particles:
                j += 2
                continue
            if (
                u in _AND
                and j == i + 1
                and j + 2 < n
                and toks[j + 2] in lex.org_suffixes
                and nxt not in lex.first
                and toks[i] not in lex.first
                and toks[i].lower() not in lex.common
                and not toks[i].isupper()  # "the EFF and MK Party": two names
                and nxt.lower() not in lex.common
                and (j + 3 == n or not _is_cap(toks[j + 3]))
            ):
                return j + 3  # "Devon and Cornwall Police": two places, one force
            if (
                u == "of"
                and j - i >= 2
                and _country_after(toks, j + 1, lex)
                and plural_noun(toks[j - 1], lex)
            ):
                j += 2  # "Chartered Professional Accountants of Canada": a body of a state
                continue
            if u == "-" and structured and not _has_digit(nxt):
                j += 2
                continue
            if (
                u in _CONNECTORS
                and structured
                and nxt not in lex.never
                and not (u in _AND and not crossed and toks[j - 1] in lex.name_heads)
                and not (u in _AND and toks[j - 1] in lex.street_suffixes)  # two streets
                and not (u in _AND and nxt.isupper() and len(nxt) > 1)  # "... and QFC"
                and not (u in _AND and nxt == "The")  # "... Magazine and The Intercept"
                and not (u == "on" and toks[j - 1] in _VENUE_ENDS)  # "... Pub on Main St"
            ):
                crossed = crossed or u not in _AND
                j += 2
                continue
        break
    if plural_at and not any(t in lex.org_suffixes for t in toks[plural_at + 1 : j]):
        return plural_at  # "Smiths' House": a family's, not a body's name
    return j


def _country_after(toks: list[str], k: int, lex: Lexicon) -> bool:
    """Whether a country's one-word name stands at ``toks[k]``, closing the run there."""
    entry = lex.phrases.get(toks[k]) if k < len(toks) else None
    return (
        entry is not None
        and entry.kind is ActorKind.COUNTRY
        and entry.form != "demonym"
        and (k + 1 >= len(toks) or not _is_cap(toks[k + 1]))
    )


def _third_name(toks: list[str], i: int, j: int, hit: tuple[int, Entry], lex: Lexicon) -> bool:
    """ "Bong Joon Ho": a town's one-word name ending a run of two unknown capitalised
    words (no common word, no organisation or place word) is the run's last name."""
    if j != i + 2 or hit[0] != 1 or hit[1].form != "city":
        return False
    if j + 1 < len(toks) and _is_cap(toks[j + 1]):
        return False
    return all(
        t.isalpha() and t.lower() not in lex.common and t not in lex.first and not _suffix(t, lex)
        for t in toks[i:j]
    )


def _body_after(toks: list[str], i: int, lex: Lexicon) -> bool:
    """The capitalised run at ``i`` names a body, not a person: see :func:`named_body`.

    Two common words alone ("Retirement System") are no proof: a person's name may be
    made of them too, and the blind dev3 gold lost a major person to that reading."""
    if i >= len(toks) or not _is_cap(toks[i]) or toks[i] in lex.given_names:
        return False
    return named_body(toks, i, _run_end(toks, i, lex), lex)


def named_body(toks: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """``toks[i:j]`` ends in an organisation or place word that a surname cannot be:
    three words or more, or a common word before it ("Retirement System", "Private
    Hospital"); two words may be a person ("Inspector Dwayne Lane")."""
    return _suffix(toks[j - 1], lex) and (j - i >= 3 or toks[j - 2].lower() in lex.common)


def _firm(entry: Entry) -> bool:
    return entry.kind is ActorKind.ORGANIZATION and (entry.code or "").endswith("BUS")


def _brand_model(toks: list[str], i: int, hit: tuple[int, Entry]) -> bool:
    """A known company's name before a model code ("Airbus A350", "Boeing 737")."""
    return hit[0] == 1 and _firm(hit[1]) and i + 1 < len(toks) and _has_digit(toks[i + 1])


def _brand_goes_on(toks: list[str], i: int, hit: tuple[int, Entry], lex: Lexicon) -> bool:
    """A known company's one-word name opens a longer name ("Uber Eats", "Hyundai Elantra")
    with a capitalised word that is no common word, title or known name."""
    size, entry = hit
    if size != 1 or not _firm(entry):
        return False
    if i + 1 >= len(toks):
        return False
    u = toks[i + 1]
    return (
        _is_cap(u)
        and u.isalpha()
        and u not in lex.first
        and u not in lex.never
        and u.lower() not in lex.title_first
        and u not in lex.given_names
        and u.lower() not in lex.common  # "Google Maps": the company and its product
        and not _suffix(u, lex)
    )


def _platform_context(toks: list[str], i: int, lex: Lexicon) -> bool:
    """ "wrote on X", "a post on X": a one-letter platform name."""
    return i >= 2 and toks[i - 1] == "on" and toks[i - 2].lower() in lex.platform_verbs


#: Per lexicon, words that open no span (see :func:`scan_line`): marks, numbers and the
#: lower-case words that start no phrase or title, learnt as lines are read (a pure
#: function of the word and the lexicon, so never a change of result).
_DULL: weakref.WeakKeyDictionary[Lexicon, set[str]] = weakref.WeakKeyDictionary()
#: How many such words are kept per lexicon before the set is started anew.
_DULL_MAX = 100_000


def _dull(lex: Lexicon) -> set[str]:
    dull = _DULL.get(lex)
    if dull is None or len(dull) > _DULL_MAX:
        dull = _DULL[lex] = set()
    return dull


#: Words after "a <Brand>" that make the brand the head of its phrase: a thing, no body.
_AFTER_THING = frozenset({".", ",", "!", "?", "to", "from", "in", "at", "and", "or", "for", "with"})
#: Words before a brand used as a verb ("would Google the words").
_BEFORE_VERB = frozenset({"would", "will", "can", "could", "should", "might", "must", "to"})
#: Words after a brand used as a verb.
_VERB_OBJECTS = frozenset({"the", "a", "an", "it", "his", "her", "their", "my", "your", "them"})


def _brand_as_word(toks: list[str], i: int, hit: tuple[int, Entry]) -> bool:
    """ "call an Uber to the house", "would Google the words": a firm's one-word name as a
    thing one uses (after "a", ending its phrase) or as a verb (after a modal, before its
    object) names no body ("a Google spokesman" does)."""
    if hit[0] != 1 or hit[1].kind is not ActorKind.ORGANIZATION or not i or i + 1 >= len(toks):
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    if prev in ("a", "an"):
        return nxt in _AFTER_THING
    return prev in _BEFORE_VERB and nxt in _VERB_OBJECTS


def _paper_word(toks: list[str], i: int, lex: Lexicon) -> bool:
    """ "Sun Sentinel", "Tarvel Sun Times": "Sun" before another capitalised word (no month,
    no date) is a newspaper's word, no day of the week."""
    return (
        toks[i] == "Sun"
        and i + 1 < len(toks)
        and _is_cap(toks[i + 1])
        and toks[i + 1].isalpha()
        and toks[i + 1] not in lex.never
    )


def _demonym_title(toks: list[str], i: int, hit: tuple[int, Entry]) -> bool:
    """ "told The Orvikian last month": a capital "The" inside a sentence before a one-word
    demonym that no capitalised word follows is a newspaper's title ("The Australian")."""
    return (
        hit[0] == 1
        and hit[1].form == "demonym"
        and i >= 2
        and toks[i - 1] == "The"
        and toks[i - 2] not in SENTENCE_OPENERS
        and not (i + 1 < len(toks) and toks[i + 1][:1].isupper())
    )


#: Verbs that open an instruction ("Install Orvik Tools", "Use Windows apps"): the name
#: after one starts after it, even one closed by a plural ("Capital Economics" stays whole).
_INSTRUCTION_VERBS = frozenset(
    {"use", "make", "open", "run", "get", "add", "launch", "install", "download", "click"}
    | {"set", "create", "try", "check", "see", "find", "keep", "take", "buy", "learn", "read"}
    | {"watch", "join", "edit", "save", "delete", "remove", "enable", "disable", "turn", "start"}
    | {"stop", "visit", "follow", "share", "upload", "update", "upgrade", "connect", "choose"}
    | {"pick", "build", "test", "write", "switch", "move", "drag", "press", "tap", "copy"}
)


#: Head nouns of a political body's name ("Democratic Party", "Muslim League").
_PARTY_HEADS = frozenset(
    {"Party", "League", "Front", "Movement", "Congress", "Alliance", "Union", "Coalition"}
)


def _party_after(toks: list[str], k: int, entry: Entry, lex: Lexicon) -> bool:
    """Whether a country's or place's name (not its adjective) ends before a name of two
    or more capitalised words closed by a party's head noun ("Kurdistan | Democratic
    Party"): the whole is one party's name."""
    if entry.kind not in _GEO or entry.form == "demonym" or k >= len(toks):
        return False
    if not (_is_cap(toks[k]) and toks[k].isalpha()):
        return False
    j = _run_end(toks, k, lex)
    return j - k >= 2 and toks[j - 1] in _PARTY_HEADS


def scan_line(toks: list[str], style: str, lex: Lexicon) -> list[Span]:
    """Candidate spans of one tokenised line, left to right, not overlapping."""
    out: list[Span] = []
    n = len(toks)
    caps = style == "caps"
    headline = style == "headline"
    first = lex.first
    title_first = lex.title_first
    dull = _dull(lex)
    nxt_i = 0  # tokens before this one are read
    # (for speed, the words known to open nothing are skipped by one comprehension)
    for i in [k for k, t in enumerate(toks) if t not in dull]:
        if i < nxt_i:
            continue
        t = toks[i]
        c = t[0]
        if not c.isalpha() or (not c.isupper() and t not in first and t.lower() not in title_first):
            dull.add(t)  # a mark, a number, a lower-case word that starts nothing
            continue
        if caps and not c.isupper() and t not in first:
            continue
        initial = i == 0 or toks[i - 1] in SENTENCE_OPENERS
        after_title = bool(out) and out[-1].tag in ("title", "hon") and out[-1].j == i
        place_head = False  # a known place starts a longer name ("Serra da Estrela")
        if t in first:  # (_gaz finds nothing for another word)
            hit = _gaz(toks, i, lex, caps)
            if (
                hit is not None
                and hit[0] == 1
                and t.isupper()
                and t.lower() in lex.common
                and _shouted(toks, i, lex)
            ):
                hit = None  # "HOW IS THAT", "he IS treating": a word shouted or stressed
            if (
                hit is not None
                and after_title
                and hit[0] == 1
                and hit[1].kind in _GEO
                and hit[1].form != "demonym"
                and i + 1 < n
                and _is_cap(toks[i + 1])
                and toks[i + 1][0].isalpha()
                and toks[i + 1] not in lex.never
            ):
                hit = None  # "Defence Minister Israel Katz": a name after a title
            if (
                hit is not None
                and hit[1].kind is ActorKind.PLACE
                and hit[1].form != "demonym"
                and _goes_on(toks, i + hit[0], lex)
            ):
                hit = None  # "Serra da Estrela", "Deir al-Balah": a longer name than the known one
                place_head = True
            if hit is not None and _party_after(toks, i + hit[0], hit[1], lex):
                j = _run_end(toks, i + hit[0], lex)
                # "Kurdistan Democratic Party", "Pakistan Muslim League": a party's name
                # opening with its country's, not the country and a party of its own
                out.append(Span(i, j, "name", initial=initial, hint=ActorKind.ORGANIZATION))
                nxt_i = j
                continue
            if hit is not None and hit[0] == 1 and _place_word_of(toks, i, lex):
                hit = None  # "Gulf of Mexico": not the Persian Gulf, a longer name
                place_head = True
            if hit is not None and hit[0] == 1 and hit[1].form in ("city", "capital", "state"):
                if i + 1 < n and t in lex.given_names and _is_cap(toks[i + 1]):
                    hit = None  # "Jackson Smith", not the city
                elif i and toks[i - 1] in lex.given_names and not initial:
                    hit = None
                elif (
                    out
                    and out[-1].tag in ("title", "hon")
                    and out[-1].j == i
                    and i + 1 < n
                    and _is_cap(toks[i + 1])
                ):
                    hit = None  # "Governor Bello Yusuf": a name after a title
            if hit is not None and _brand_model(toks, i, hit):
                nxt_i = i + 2  # "the Airbus A350": a model of the maker's, no actor
                continue
            if hit is not None and _brand_goes_on(toks, i, hit, lex):
                j = _run_end(toks, i + 1, lex)
                if not i or toks[i - 1].lower() not in ("a", "an"):
                    # ("a Toyota Starlet": a model of the maker's, no actor)
                    out.append(Span(i, j, "name", initial=initial, hint=ActorKind.ORGANIZATION))
                nxt_i = j
                continue
            if hit is not None and _brand_as_word(toks, i, hit):
                nxt_i = i + 1  # "call an Uber to the house", "would Google the words"
                continue
            if hit is not None and _demonym_title(toks, i, hit):
                out.append(Span(i - 1, i + 1, "name", hint=ActorKind.ORGANIZATION))
                nxt_i = i + 1  # "told The Orvikian": a newspaper's title, no country
                continue
            if hit is not None:
                size, entry = hit
                out.append(Span(i, i + size, "gaz", entry, initial=initial))
                nxt_i = i + size
                continue
        titled = t.lower() in title_first
        if caps or not (c.isupper() or titled):
            continue
        title = title_at(toks, i, lex) if titled else None  # (None for another word)
        if (
            title is not None
            and c.isupper()
            and i + title[0] < n
            and _suffix(toks[i + title[0]], lex)
        ):
            title = None  # "Justice Department", "General Hospital": a name, not a title
        if title is not None and c.isupper() and _body_after(toks, i + title[0], lex):
            title = None  # "Teacher Retirement System": the title word starts a body's name
        if title is not None:
            size, sector = title
            nxt = toks[i + size] if i + size < n else ""
            prev = toks[i - 1].lower() if i else ""
            p = out[-1] if out else None
            the2 = (
                p is not None
                and p.tag == "gaz"
                and p.j == i
                and p.i > 0
                and toks[p.i - 1].lower() == "the"
            )
            if (nxt and _is_cap(nxt) and nxt[0].isalpha()) or prev in ("the", "’s", "'s") or the2:
                out.append(Span(i, i + size, "title", sector=sector, initial=initial))
                nxt_i = i + size
                continue
            if c.isupper():
                nxt_i = i + size  # a title on its own ("Secretary") is not a name
                continue
        if not c.isupper():
            continue
        if (
            t in lex.honorifics
            and i + 1 < n
            and _is_cap(toks[i + 1])
            and not _body_after(toks, i + 1, lex)
        ):
            out.append(Span(i, i + 1, "hon", initial=initial))
            continue
        if len(t) == 1 and t in lex.letters and _platform_context(toks, i, lex):
            out.append(Span(i, i + 1, "gaz", lex.letters[t], initial=initial))
            continue
        if (
            (t in lex.never and not _names_place(toks, i, lex) and not _paper_word(toks, i, lex))
            or (len(t) == 1 and not t.isdigit())
            or _has_digit(t)
            or _plural_code(t)
            or "_" in t
        ):
            continue
        if t == "The" and i + 1 < n and _is_cap(toks[i + 1]):
            continue  # "The Court", "The Metropolitan Correctional Centre": the name follows
        if initial and t.lower() in lex.function_words:
            continue  # "In Whole Foods stores", "In Parliament": the name follows
        if initial and t not in lex.given_names and t.lower() in lex.common:
            j = _run_end(toks, i, lex)
            # kept when it names a body ("Capital Economics", "National Grid Company") or a
            # region's force
            if j - i < 2 or not (
                toks[j - 1] in lex.org_suffixes
                or _body_of(toks, i, j, lex)
                or _head_of(toks, i, j, lex)
                or (plural_noun(toks[j - 1], lex) and t.lower() not in _INSTRUCTION_VERBS)
                or (t in lex.direction_words and toks[j : j + 1] == ["police"])
                or (t.isupper() and toks[j : j + 1] == [","])
            ):  # "West Mercia police"; "SOUTHWEST MIAMI-DADE, FLA.", a dateline
                m = None if j - i < 3 else office_split(toks, i, j, lex, initial)
                nxt_i = i + 1 if m is None else _add_office(out, toks, i, m, lex, initial)
                continue
            out.append(Span(i, j, "name", initial=initial))
            nxt_i = j
            continue
        if headline and t not in lex.given_names:
            continue
        j = _run_end(toks, i, lex, after_title)
        if j == i + 1 and j < n and toks[j] in lex.first:
            hit = _gaz(toks, j, lex, caps)
            if hit is not None and hit[1].kind is ActorKind.PERSON:
                # "Volodymyr Zelenskyy": a first name before a known person's surname
                out.append(Span(i, j + hit[0], "gaz", hit[1], initial=initial))
                nxt_i = j + hit[0]
                continue
        hint = ActorKind.PLACE if place_head and j > i + 1 else None
        m = None if hint is not None or j - i < 2 else _role_cut(toks, i, j, lex)
        if m is not None:
            out.append(Span(i, m, "name", initial=initial))
            nxt_i = m  # the title is read next, and anchors the name after it
            continue
        # (office_split needs three words: tested here for speed)
        m = None if hint is not None or j - i < 3 else office_split(toks, i, j, lex, initial)
        if m is not None:
            nxt_i = _add_office(out, toks, i, m, lex, initial)
            continue
        out.append(Span(i, j, "name", initial=initial, hint=hint))
        nxt_i = j
    return out


def _add_office(
    out: list[Span], toks: list[str], i: int, m: int, lex: Lexicon, initial: bool
) -> int:
    """The office words ``toks[i:m]`` before a person's name, and an honorific at ``m``;
    where the name starts. The words are read like an honorific: they open the name
    but give no role (no title of the lexicon is known in them)."""
    out.append(Span(i, m, "hon", initial=initial))
    if toks[m] in lex.honorifics:
        out.append(Span(m, m + 1, "hon"))
        return m + 1
    return m


def _role_cut(toks: list[str], i: int, j: int, lex: Lexicon) -> int | None:
    """Where a title word inside the run ``toks[i:j]`` ends the name of its holder's body.

    "PAHO Director", "BVI Deputy Governor Ann Lee", "Marine Corps Commandant
    Ray Ortiz": the words before the title are an acronym or the name of a body
    or a place (one ending in an organisation or place word, or a known one), so
    they are the office holder's affiliation, not part of a person's name. A
    given name before the title ("Carole King"), a body word or a possessive
    after it ("Justice Department", "Sheriff's Office") keeps the run whole.
    """
    if toks[i] in lex.given_names:
        return None
    for m in range(i + 1, j):
        t = toks[m]
        if t.lower() not in lex.title_first or not t[0].isupper():
            continue
        title = title_at(toks, m, lex)
        if title is None:
            continue
        end = m + title[0]
        if end < len(toks) and (
            _suffix(toks[end], lex) or _body_after(toks, end, lex) or toks[end] in POSSESSIVE_MARKS
        ):
            return None  # "Justice Department", "the County Sheriff's Office"
        if any(not (w[0].isupper() or w in ("of", "for", "and", "&")) for w in toks[i:m]):
            return None
        head = toks[i:m]
        last = head[-1]
        entry = lex.phrases.get(" ".join(head))
        if (
            (len(head) == 1 and len(last) >= 2 and last.isupper() and last.isalpha())
            or _suffix(last, lex)
            or (entry is not None and entry.kind is not ActorKind.PERSON)
        ):
            return m
        return None
    return None


def office_split(
    toks: list[str], i: int, j: int, lex: Lexicon, initial: bool = False
) -> int | None:
    """Where a person's name starts inside the run ``toks[i:j]`` after the words of an office.

    "Education Kay McConney" (of "Minister of Education Kay McConney"), "Medical
    Officer Dr Ann Best", "District of Maine John Levy", "Defendants Jim Lee": a
    given name or an honorific after a common word, a plural noun or a known place
    opens a name of two or three words with no connector in it, and the words
    before are the office, not part of the name. A run that ends in an organisation
    or place word ("Lady Smith Memorial Hospital") stays one name.
    """
    if j - i < 3 or _suffix(toks[j - 1], lex):
        return None
    given = lex.given_names
    for m in range(i + 1, j - 1):
        t = toks[m]
        hon = t in lex.honorifics
        if not hon and t not in given:
            continue
        rest = j - m - (1 if hon else 0)
        if not 2 <= rest <= 3 or (not hon and rest > 3):
            return None
        if any(not (_is_cap(u) and u[0].isalpha()) for u in toks[m:j]):
            return None  # "of", "&" inside the name: one body's name
        if hon and toks[m + 1] not in given:
            return None
        prev = toks[m - 1]
        if prev in given or prev in lex.particles:
            return None
        low = prev.lower()
        office = (
            low in lex.common
            or low in lex.titles
            or low in lex.member_nouns
            or low.removesuffix("s") in lex.titles
            or plural_noun(prev, lex)
            or (prev in lex.phrases and lex.phrases[prev].kind in _GEO)
            or (initial and m == i + 1)  # "Defendants Jim Lee ..." opening a sentence
        )
        return m if office or hon else None
    return _unknown_pair_split(toks, i, j, lex)


#: Words before a run that make the person it ends in a former holder of its office.
_ONCE = frozenset({"former", "late", "ex"})


def _office_word(word: str, lex: Lexicon) -> bool:
    """ "Education", "DA": a common word, a title or member noun, or an acronym."""
    low = word.lower()
    if low in lex.common or low in lex.titles or low in lex.member_nouns:
        return True
    return 2 <= len(word) <= 5 and word.isupper() and word.isalpha()


def _unknown_pair_split(toks: list[str], i: int, j: int, lex: Lexicon) -> int | None:
    """Where a name of two unknown words ending the run starts, after an office word.

    "Minister of Education Kay McConney", "former Chief Kofi Mensah", "Berea DA
    Phahlane Mokoko confirmed": no given name is known, so the run is cut only when
    the word before the last two reads as an office (see :func:`_office_word`), the
    first of the two is no common word and no known name, and the words around say a
    person: a title or "former" before the run, or a speech verb after it.
    """
    m = j - 2
    first, last = toks[m], toks[j - 1]
    if any(not (_is_cap(u) and u[0].isalpha()) for u in toks[i:j]):
        return None  # "of", "and" inside: one body's name ("Fisheries and Aquatic Resources")
    if first.lower() in lex.common or first in lex.phrases or last in lex.phrases:
        return None
    if _suffix(last, lex) or plural_noun(last, lex):
        return None
    if not _office_word(toks[m - 1], lex):
        return None
    before = [w.lower() for w in toks[max(0, i - 2) : i]]
    after = toks[j] if j < len(toks) else ""
    titled = bool(before) and (
        before[-1] in lex.titles
        or before[-1] in _ONCE
        or (before[-1] == "of" and len(before) == 2 and before[0] in lex.titles)
    )
    return m if titled or after in lex.speech_verbs else None


def plural_noun(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is the plural of a common noun ("Advisers", "Solutions",
    "Economics"), as the names of firms and bodies end and a person's surname rarely
    does; a given name ("Williams" aside) is not, nor a surname like "Das"."""
    low = word.lower()
    if not low.endswith("s") or low.endswith("ss") or word in lex.given_names:
        return False
    stem = low[:-3] + "y" if low.endswith("ies") else low[:-1]
    # a stem of two letters is a particle ("da" of "Das"), no noun
    return len(stem) > 2 and stem in lex.common and low not in lex.common

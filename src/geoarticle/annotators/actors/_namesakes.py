"""Cities that share a name across countries, and which of them an article means.

The lexicon keeps one entry per city name, the most populous ("Valencia" is the
Venezuelan city, "Hyderabad" the Indian one). An article about the Spanish city
names Spain, or calls something Spanish, and never Venezuela: the city it means
is the namesake whose country it names, when exactly one namesake's country is
named and the entry's own country is not.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

import attrs

from ...models import ActorKind
from .._geonames import cities, countries
from ._lexicon import MIN_CITY_POPULATION, Entry, Lexicon

__all__ = ["country_meant", "for_texts"]


@functools.cache
def _namesakes() -> Mapping[str, frozenset[str]]:
    """City name -> the ISO3 codes of the countries with a city of that name
    of at least :data:`MIN_CITY_POPULATION` people (names held in one country left out)."""
    iso2to3 = {str(c["iso"]): str(c["iso3"]) for c in countries().values()}
    by_name: dict[str, set[str]] = {}
    for c in cities().values():
        if int(c.get("population") or 0) < MIN_CITY_POPULATION:
            continue
        iso3 = iso2to3.get(str(c.get("countrycode", "")))
        if iso3:
            by_name.setdefault(str(c["name"]), set()).add(iso3)
    return {name: frozenset(isos) for name, isos in by_name.items() if len(isos) > 1}


#: Lexicon (by id) -> ISO3 -> the phrases naming that country, and the patterns built.
_FORMS: dict[int, tuple[Lexicon, dict[str, list[str]], dict[str, re.Pattern[str]]]] = {}


def _country_form(lex: Lexicon, iso3: str | None) -> re.Pattern[str] | None:
    """One pattern of every phrase of ``lex`` that names the country ``iso3`` or is its
    demonym ("Spain", "Spanish"); the phrases are gathered once per lexicon, each
    country's pattern is built when first asked for (an article asks of a few)."""
    if iso3 is None:
        return None
    cached = _FORMS.get(id(lex))
    if cached is None or cached[0] is not lex:
        phrases: dict[str, list[str]] = {}
        for key, entry in lex.phrases.items():
            if entry.kind is ActorKind.COUNTRY and entry.country and key[:1].isupper():
                phrases.setdefault(entry.country, []).append(key)
        _FORMS.clear()  # one lexicon at a time is in use; keep the table small
        cached = _FORMS[id(lex)] = (lex, phrases, {})
    _, phrases, patterns = cached
    pattern = patterns.get(iso3)
    if pattern is None and iso3 in phrases:
        keys = sorted(phrases[iso3], key=len, reverse=True)
        alternatives = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)
        pattern = patterns[iso3] = re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)")
    return pattern


def _named(pattern: re.Pattern[str] | None, texts: Iterable[str]) -> bool:
    return pattern is not None and any(pattern.search(text) for text in texts)


def country_meant(entry: Entry, lex: Lexicon, texts: Sequence[str]) -> str | None:
    """The country of the city ``entry`` that ``texts`` mean: the entry's own, unless
    the texts never name it but name the country of exactly one of its namesakes."""
    if entry.kind is not ActorKind.PLACE or entry.form != "city" or entry.country is None:
        return entry.country
    others = _namesakes().get(entry.name, frozenset()) - {entry.country}
    if not others:
        return entry.country
    if _named(_country_form(lex, entry.country), texts):
        return entry.country
    named = [iso3 for iso3 in sorted(others) if _named(_country_form(lex, iso3), texts)]
    return named[0] if len(named) == 1 else entry.country


@functools.cache
def _finder() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """One pattern matching any namesake's name, and the names by their first character."""
    names = sorted(_namesakes())
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name)
    return re.compile("|".join(map(re.escape, names)) or "(?!)"), by_first  # (?!): none


def _held(texts: Sequence[str]) -> set[str]:
    """The namesakes' names that ``texts`` hold (as substrings, overlapping ones too).

    For speed, one search for any name finds each position where some name starts
    (most texts hold none); the names that start there are then tested one by one.
    """
    pattern, by_first = _finder()
    held: set[str] = set()
    for text in texts:
        m = pattern.search(text)
        while m is not None:
            at = m.start()
            held.update(n for n in by_first[text[at]] if text.startswith(n, at))
            m = pattern.search(text, at + 1)
    return held


def for_texts(lex: Lexicon, texts: Sequence[str]) -> Lexicon:
    """``lex``, with every city whose name ``texts`` hold placed in the country they mean
    (see :func:`country_meant`); ``lex`` itself when no such city changes country."""
    changed: dict[str, Entry] = {}
    held = _held(texts)
    for name in _namesakes():
        if name not in held:
            continue  # most articles hold none of these names
        entry = lex.phrases.get(name)
        if entry is None:
            continue
        country = country_meant(entry, lex, texts)
        if country == entry.country:
            continue
        for key in (name, name.upper()):
            found = lex.phrases.get(key)
            if found is not None and found.id == entry.id:
                changed[key] = attrs.evolve(found, country=country)
    if not changed:
        return lex
    return attrs.evolve(lex, phrases=_Overlay(changed, lex.phrases))


class _Overlay(Mapping[str, Entry]):
    """A mapping whose few ``changed`` entries stand over those of ``base`` (no copy)."""

    def __init__(self, changed: Mapping[str, Entry], base: Mapping[str, Entry]) -> None:
        self._changed = changed
        self._base = base

    def __getitem__(self, key: str) -> Entry:
        found = self._changed.get(key)
        return self._base[key] if found is None else found

    def __iter__(self) -> Iterator[str]:
        return iter(self._base)

    def __len__(self) -> int:
        return len(self._base)

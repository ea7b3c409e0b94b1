"""Bylines and datelines as written in pages and dumps (shared by both parsers).

``parse_byline`` turns a byline string into authors:

1. dates, times, reading times ("5 min read"), "Updated"/"Published" labels,
   handles, e-mail addresses and URLs are cut out (a URL in parentheses after a
   name becomes that author's ``url``);
2. the text is cut at role markers ("Written by", "Edited by", "Photos by" ...);
   a plain "By"/"Par"/"Por" drops what comes before it ("Tech Industry by X");
3. each part is split at commas, pipes, spaced dashes and conjunctions ("and",
   "&", "et", "und", "y", "avec" ...);
4. each piece is then a name, a role ("Senior Fellow"), a credential ("PhD"),
   an affiliation ("Stimson Center"), a wire agency or a staff byline; roles
   and affiliations attach to the author before them.

``parse_dateline`` reads a wire dateline at the start of a paragraph
(``ISLAMABAD, Oct 24 (Reuters) -``). The word lists live in
``geoarticle/data/bylines/lexicon.json``.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

import attrs

from ..models import Author, AuthorKind, Dateline

__all__ = [
    "byline_start",
    "classify_name",
    "parse_byline",
    "parse_dateline",
    "person_shaped",
    "tidy_name",
]

#: Longest byline read; longer text is cut (bylines are short).
_MAX_BYLINE = 400


@attrs.frozen
class _Lexicon:
    agencies: dict[str, str]
    agencies_folded: dict[str, str]
    staff_words: frozenset[str]
    role_nouns: frozenset[str]
    role_modifiers: frozenset[str]
    credentials: frozenset[str]
    org_nouns: frozenset[str]
    role_markers: dict[str, str | None]
    #: lower-case particles inside a person's name ("Ludwig van Beethoven", "Ana de Souza")
    name_particles: frozenset[str]


@functools.cache
def _lexicon() -> _Lexicon:
    raw: dict[str, Any] = json.loads(
        resources.files("geoarticle")
        .joinpath("data/bylines/lexicon.json")
        .read_text(encoding="utf-8")
    )
    agencies = {str(k): str(v) for k, v in raw["agencies"].items()}
    return _Lexicon(
        agencies=agencies,
        agencies_folded={k.casefold(): v for k, v in agencies.items() if len(k) > 3},
        staff_words=frozenset(raw["staff_words"]),
        role_nouns=frozenset(raw["role_nouns"]),
        role_modifiers=frozenset(raw["role_modifiers"]),
        credentials=frozenset(raw["credentials"]),
        org_nouns=frozenset(raw["org_nouns"]),
        role_markers={str(k): v for k, v in raw["role_markers"].items()},
        name_particles=frozenset(raw["name_particles"]),
    )


_MONTHS = (
    r"(?:jan(?:uary|v(?:ier)?\.?)?|feb(?:ruary|rero)?|f[ée]v(?:rier)?|mar(?:ch|s|zo)?|märz"
    r"|apr(?:il)?|avr(?:il)?|abr(?:il)?|may(?:o)?|mai|june?|juin|juni?o?|july?|juil(?:let)?"
    r"|juli|aug(?:ust)?|ao[uû]t|ago(?:sto)?|sep(?:t(?:ember)?)?|sept(?:iembre|embre)?"
    r"|oct(?:ober|ubre|obre)?|okt(?:ober)?|nov(?:ember|iembre|embre)?|dec(?:ember)?|dic(?:iembre)?"
    r"|d[ée]c(?:embre)?|dez(?:ember)?|enero|set(?:embro)?|outubro|dezembro|janeiro|fevereiro"
    r"|março|maio|junho|julho|novembro)"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?"
_DATE_PATTERNS = (
    # "on Tuesday, Oct. 24, 2019" / "March 25, 2015" / "Mar 27"
    rf"(?:\bon\s+)?(?:\b{_WEEKDAY}\s+)?\b{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?",
    # "22 Dec 2016" (also glued to a name: "Nolan22 Dec 2016"), "1 de diciembre de 2017"
    rf"(?:\b{_WEEKDAY}\s+)?\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?{_MONTHS}\.?(?:,?\s+(?:de\s+)?\d{{4}})?",
    r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?",
    r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b",
    r"\b\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\b\.?)?(?:\s+[A-Z]{2,4}\b)?",
    r"\b\d{1,2}\s*[ap]\.?m\b\.?(?:\s+[A-Z]{2,4}\b)?",
    r"\b\d+\s*(?:-\s*)?(?:min(?:ute)?s?|hrs?|hours?)\b\.?(?:\s+read\b)?",
    r"\b\d+\s*(?:[hmd]|mins?|hours?|days?|weeks?|months?|years?)\s+ago\b",
    r"\b\d+[hmd]\b",
    r"\b(?:yesterday|today|just now)\b",
)
_NOISE = re.compile("|".join(f"(?:{p})" for p in _DATE_PATTERNS), re.I)
_URL = re.compile(r"(?:\(|(?<!\s))\s*(?P<url>(?:https?://|www\.)[^\s()]+)\s*\)?")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE = re.compile(r"(?<!\w)@\w+")
_LABEL_WORDS = (
    r"\b(?:last\s+updated|updated|published|posted|modified|last\s+modified|first\s+published"
    r"|originally\s+published)\b(?:\s+on)?\s*:?"
)
# a label introduces something (a date, a time); one that closes the byline straight after a
# name's word, with no separator, is that name's last word ("By Aa Published")
_LABELS = re.compile(rf"(?<![^\W\d_]\s){_LABEL_WORDS}|{_LABEL_WORDS}(?=\s*\S)", re.I)
_NOISE_WORDS = frozenset(
    [
        "follow",
        "unfollow",
        "profile",
        "share",
        "tweet",
        "email",
        "e-mail",
        "more",
        "read",
        "minute",
        "minutes",
        "min",
        "mins",
        "comments",
        "comment",
        "view",
        "subscribe",
        "contact",
        "bio",
    ]
)
_CONJ = r"(?:and|&|et|und|y|e|with|avec|con|mit|och|og|en|i|ve|и)"
# (?<!\s): a run of white space is tried once, from its start (linear on long runs)
_SPLIT = re.compile(
    rf"(?<!\s)\s*(?:[,;|•·\n]|\s[-–—]+\s|^[-–—]+\s|\s[-–—]+$)\s*|(?<!\s)\s+(?P<conj>{_CONJ})\s+"
)
_PAREN_WITH = re.compile(r"\(\s*(?:avec|with|con|mit|und|and)\s+([^()]*)\)", re.I)
_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = " \t-–—:·•|,;/*"
_DIGIT = re.compile(r"\d")
_SUFFIXES = frozenset({"Jr", "Sr", "Esq", "Bros", "Inc", "Ltd", "Corp"})


@functools.cache
def _marker_re() -> re.Pattern[str]:
    words = sorted(_lexicon().role_markers, key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(
        rf"(?:^|(?<=[\s,|:(]))(?P<m>{alts}|作者|记者|記者)(?=[\s:：,]|$)\s*[:：,]?", re.I
    )


def byline_start(text: str) -> bool:
    """True when ``text`` opens with a byline marker ("By", "Von", "Por", "Written by"), or
    names a writer or reporter in Chinese or Japanese ("作者", "记者", "記者")."""
    if any(m in text for m in ("作者", "记者", "記者")):
        return True
    return _marker_re().match(text.lstrip(" -–—·|*•")) is not None


def tidy_name(name: str) -> str:
    """Whitespace, edge punctuation and ALL-CAPS cleaned from a name."""
    name = _SPACES.sub(" ", name).strip(_EDGE_PUNCT)
    if name.count("(") != name.count(")"):
        name = name.replace("(", "").replace(")", "").strip(_EDGE_PUNCT)
    last = name.rsplit(" ", 1)[-1]
    if last.endswith(".") and len(last) > 4 and last[:-1].isalpha() and last[:-1] not in _SUFFIXES:
        name = name[:-1]  # a sentence stop, not an initial ("F.") or "Jr."
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters) and " " in name:
        name = " ".join(_cap(t) for t in name.split(" "))
    return name


def _cap(token: str) -> str:
    if len(token) <= 2 and token.endswith("."):
        return token
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), token)


def classify_name(name: str) -> AuthorKind:
    """Whether a byline name is a person, a wire agency or a staff byline."""
    lex = _lexicon()
    if name in lex.agencies or name.casefold() in lex.agencies_folded:
        return AuthorKind.AGENCY
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", name)]
    if any(w in lex.staff_words for w in words):
        rest = " ".join(w for w in name.split() if w.casefold() not in lex.staff_words)
        return AuthorKind.AGENCY if rest and _agency_name(rest) else AuthorKind.STAFF
    return AuthorKind.PERSON


def _agency_name(name: str) -> str | None:
    lex = _lexicon()
    return lex.agencies.get(name) or lex.agencies_folded.get(name.casefold())


def _words(segment: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[^\W\d_][\w.'’-]*", segment)]


def _is_role(segment: str) -> bool:
    words = _words(segment)
    if not words:
        return False
    lex = _lexicon()
    last = words[-1].strip(".")
    if last in lex.role_nouns:
        return True
    if words[0] in lex.role_modifiers and any(w in lex.role_nouns for w in words):
        return True
    # "President of the Council", "Director at Example Institute"
    for i, w in enumerate(words[:3]):
        if w in lex.role_nouns and i + 1 < len(words) and words[i + 1] in ("of", "at", "for"):
            return True
    return False


_THE = re.compile(r"^the\s+", re.I)


def _is_org(segment: str) -> bool:
    lex = _lexicon()
    return any(w.strip(".") in lex.org_nouns for w in _words(segment))


def _is_credential(segment: str) -> bool:
    return segment.replace(" ", "") in _lexicon().credentials


#: a capital after three lower-case letters: two words glued ("AuthorJane"), not "McCarthy"
_GLUED = re.compile(r"[^\W\d_A-Z]{3}[A-Z]")
_NOT_IN_NAMES = re.compile(r"[\d:/()@|]")


def person_shaped(name: str) -> bool:
    """True when ``name`` is written as a person's name: two to four words, each opening
    with a capital (or a particle such as "van", "de"), no digits, colons, slashes or
    brackets, no words glued together, no role, staff or organisation noun ("Editor",
    "Desk", "News")."""
    tokens = name.split()
    if not 2 <= len(tokens) <= 4 or _NOT_IN_NAMES.search(name) or _GLUED.search(name):
        return False
    lex = _lexicon()
    if not all(t[0].isupper() or t in lex.name_particles for t in tokens):
        return False
    words = _words(name)
    if any(w in lex.role_nouns or w in lex.staff_words for w in words):
        return False
    return not _is_org(name)


def _name_like(segment: str) -> bool:
    tokens = segment.split()
    if not tokens or len(tokens) > 7 or len(segment) > 80:
        return False
    first = segment[0]
    if not first.isalpha():
        return False
    if first.isascii() and not first.isupper():
        return False
    return not all(t.casefold() in _NOISE_WORDS for t in tokens)


@attrs.define
class _Draft:
    name: str
    role: str | None = None
    affiliation: str | None = None
    url: str | None = None
    kind: AuthorKind = AuthorKind.PERSON
    affiliation_open: bool = False

    def build(self) -> Author:
        return Author(
            name=self.name,
            kind=self.kind,
            role=self.role,
            affiliation=self.affiliation,
            url=self.url,
        )


def _strip_noise(text: str) -> tuple[str, str | None]:
    url = None
    m = _URL.search(text)
    if m:
        url = m["url"]
        if url.startswith("www."):
            url = "http://" + url
    text = _URL.sub(" | ", text)
    text = _EMAIL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = _LABELS.sub(" | ", text)
    text = _NOISE.sub(" | ", text)
    text = _PAREN_WITH.sub(lambda mm: ", " + mm.group(1), text)
    return text, url


def _clean_segment(segment: str) -> str:
    tokens = [
        t
        for t in segment.split()
        if t.casefold().strip(".:") not in _NOISE_WORDS and not _DIGIT.search(t)
    ]
    return tidy_name(" ".join(tokens))


def _chunks(text: str) -> list[tuple[str | None, str]]:
    """(role, text) parts cut at role markers."""
    lex = _lexicon()
    parts: list[tuple[str | None, str]] = []
    role: str | None = None
    pos = 0
    for m in _marker_re().finditer(text):
        marker = _SPACES.sub(" ", m["m"].casefold())
        before = text[pos : m.start()]
        plain = lex.role_markers.get(marker) is None
        single = " " not in marker
        if single and marker != "by" and m.start() > 0 and not _AFTER_SEP.search(text[: m.start()]):
            continue  # "Mark Di Stefano", "Ursula von der Leyen": a particle, not a marker
        if single and plain and pos == 0:
            before = ""  # "Tech Industry by X": what precedes a bare "by" is a label
        if before.strip():
            parts.append((role, before))
        role = lex.role_markers.get(marker)
        pos = m.end()
    parts.append((role, text[pos:]))
    return parts


_AFTER_SEP = re.compile(r"[,|(;]\s*$")


def _split_name_role(name: str) -> tuple[str, str | None]:
    """``"Ben Silverman Games Editor"`` into a name and a trailing role."""
    tokens = name.split()
    if len(tokens) < 3 or not _is_role(name):
        return name, None
    lex = _lexicon()
    for i in range(2, min(4, len(tokens))):
        low = tokens[i].casefold()
        if low in lex.role_modifiers or low in lex.role_nouns:
            return " ".join(tokens[:i]), " ".join(tokens[i:])
    return " ".join(tokens[:2]), " ".join(tokens[2:])


def _add_segment(drafts: list[_Draft], role: str | None, seg: str, conj: bool) -> None:
    prev = drafts[-1] if drafts else None
    agency = _agency_name(seg)
    if agency:
        drafts.append(_Draft(name=agency, kind=AuthorKind.AGENCY, role=role))
        return
    if prev is not None and _is_credential(seg):
        prev.role = seg if prev.role is None else f"{prev.role}, {seg}"
        return
    if prev is not None and prev.affiliation_open and (not conj or _is_org(seg)):
        sep = ", and " if conj else ", "
        prev.affiliation = seg if prev.affiliation is None else prev.affiliation + sep + seg
        return
    if prev is not None and not conj and _is_role(seg):
        seg, _, place = seg.partition(" at ")  # "Senior Fellow at the Stimson Center"
        prev.role = seg if prev.role in (None, role) else f"{prev.role}, {seg}"
        if place:
            prev.affiliation = _THE.sub("", place)
        prev.affiliation_open = True
        return
    if prev is not None and not conj and _is_org(seg) and prev.kind is AuthorKind.PERSON:
        prev.affiliation = seg if prev.affiliation is None else f"{prev.affiliation}, {seg}"
        prev.affiliation_open = True
        return
    if (
        not _name_like(seg)
        or seg.casefold() in _lexicon().role_markers
        or (_is_role(seg) and len(seg.split()) <= 2)
    ):
        return
    name, trailing_role = _split_name_role(seg)
    kind = classify_name(name)
    drafts.append(_Draft(name=name, kind=kind, role=trailing_role or role))


def _add_piece(drafts: list[_Draft], role: str | None, piece: str, conj: bool) -> None:
    m = _LEADING_CONJ.match(piece)
    if m:
        piece, conj = piece[m.end() :], True
    seg = _clean_segment(piece)
    if seg:
        _add_segment(drafts, role, seg, conj)


# lower-case only (but "And"): "Et Aa" and "En Li" are names, "et Marie" is a second author
_LEADING_CONJ = re.compile(rf"\A\s*(?:And|AND|{_CONJ})\s+")
_INVERTED = re.compile(
    r"^(?P<last>[A-Z][\w'’-]+),\s+(?P<first>(?:[A-Z][\w'’.-]*)(?:\s[A-Z][\w'’.-]*){0,2})"
    r"(?P<particle>(?:\s(?:de|van|von|der|den|da|di|du|le|la|del|dos|das|ten|ter)){0,2})$"
)


def _uninvert(text: str) -> str:
    """``"Jong, Michiel de"`` and ``"Kooman, F."`` into name order."""
    m = _INVERTED.match(text.strip())
    if (
        not m
        or m["last"].casefold() in _lexicon().role_markers
        or _agency_name(m["last"])
        or _is_role(m["first"])
        or _is_org(m["first"])
    ):
        return text
    if " " not in m["first"] and not m["particle"] and not m["first"].endswith("."):
        return text  # "Doe, Reuters" or two one-word names: not sure
    return f"{m['first']}{m['particle']} {m['last']}"


def parse_byline(text: str) -> tuple[Author, ...]:
    """Authors named in a byline ("By Jane Doe and John Roe, Senior Fellow ...").

    Never raises; text that names nobody gives ``()``.
    """
    text = _SPACES.sub(" ", text[:_MAX_BYLINE].replace("\n", " | ")).strip()
    if not text:
        return ()
    text, url = _strip_noise(_uninvert(text))
    drafts: list[_Draft] = []
    for role, chunk in _chunks(text):
        pos = 0
        conj = False
        for m in _SPLIT.finditer(chunk):
            _add_piece(drafts, role, chunk[pos : m.start()], conj)
            conj = m["conj"] is not None
            pos = m.end()
        _add_piece(drafts, role, chunk[pos:], conj)
    drafts = [d for d in drafts if d.name]
    if url and len(drafts) == 1:
        drafts[0].url = url
    seen: set[str] = set()
    out: list[Author] = []
    for d in drafts:
        key = d.name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(d.build())
    return tuple(out)


# --- datelines -------------------------------------------------------------------------

_DL_DATE = (
    rf"(?i:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+(?i:{_MONTHS})\.?(?:\s+\d{{4}})?"
)
_CAPS_WORD = r"[A-Z][A-Z.'’-]*[A-Z.]"
_TITLE_WORD = r"[A-Z][a-zà-ÿ.'’-]+"
_TAIL = (
    r"(?:,\s*(?P<region>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}))?"
    rf"(?:,\s*(?P<date>{_DL_DATE}))?"
    r"\s*(?:\((?P<agency>[^()\n]{1,40})\))?"
    r"\s*(?P<sep>—|–|-{1,2}|:)\s+"
)
_DATELINE_CAPS = re.compile(rf"^\s*(?P<place>{_CAPS_WORD}(?:[ /]{_CAPS_WORD}){{0,4}}){_TAIL}")
_DATELINE_TITLE = re.compile(
    rf"^\s*(?P<place>{_TITLE_WORD}(?:[ /]{_TITLE_WORD}){{0,2}})"
    r"(?:,\s*(?P<region>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}))?"
    rf"(?:,\s*(?P<date>{_DL_DATE}))?"
    r"\s*\((?P<agency>[^()\n]{1,40})\)"
    r"\s*(?P<sep>—|–|-{1,2}|:)\s+"
)
_MONTH_ONLY = re.compile(rf"^{_MONTHS}\.?$", re.I)
_PLACE_ONLY_SEPS = ("—", "–", "--", ":")
#: Capitalised openers that end in a dash or colon but are no place.
_NOT_PLACES = frozenset(
    [
        "UPDATE",
        "UPDATED",
        "BREAKING",
        "WARNING",
        "NOTE",
        "CORRECTION",
        "CLARIFICATION",
        "WATCH",
        "READ",
        "LIVE",
        "EXCLUSIVE",
        "ANALYSIS",
        "OPINION",
        "PHOTOS",
        "PHOTO",
        "VIDEO",
        "EDITOR'S",
        "EDITORS",
        "Q",
        "A",
        "FAQ",
        "TL;DR",
        "PS",
        "P.S",
        "NB",
        "N.B",
        "SPOILER",
        "COMMENTARY",
        "INTERVIEW",
        "EDITORIAL",
        "REVIEW",
        "ALERT",
        "URGENT",
        "FLASH",
        "ADVISORY",
    ]
)


def _place_name(place: str) -> str:
    if any(c.islower() for c in place):
        return place
    return " ".join(_cap(t) for t in place.split(" "))


def parse_dateline(text: str) -> tuple[Dateline, int] | None:
    """A dateline at the start of ``text`` and the offset where the story begins, if any.

    ``"ISLAMABAD, Oct 24 (Reuters) - Pakistan ..."`` gives
    ``(Dateline(place="Islamabad", date_text="Oct 24", agency="Reuters"), 30)``.
    An all-capitals place needs a dash, an agency or a date after it; a place in
    ordinary capitals needs an agency in parentheses.
    """
    head = text[:200]
    m = _DATELINE_CAPS.match(head)
    if m and (
        m["place"].rstrip(".") in _NOT_PLACES
        or not (m["agency"] or m["date"] or m["region"] or m["sep"] in _PLACE_ONLY_SEPS)
    ):
        m = None
    if m is None:
        m = _DATELINE_TITLE.match(head)
    if m is None:
        return None
    place, region = m["place"], m["region"]
    if region and _MONTH_ONLY.match(region):
        return None
    agency = m["agency"]
    if agency is not None:
        agency = agency.strip()
        if not agency or len(agency.split()) > 4 or not agency[0].isupper():
            return None
    full = _place_name(place) + (f", {region}" if region else "")
    dl = Dateline(place=full, date_text=m["date"], agency=agency)
    return dl, m.end()

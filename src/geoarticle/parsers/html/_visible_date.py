"""The date a page shows next to its headline, for pages whose metadata gives none.

Candidates are ``<time>`` elements, elements whose ``class``, ``id`` or ``itemprop``
name a date, time or publication, and labels such as "Published on", "Updated",
"Datum" or "Veröffentlicht am" (the date may follow the label element). Candidates in
links, navigation, footers, comments and related-content or teaser areas are skipped.
The rest are tried by distance from the headline (after it first, nearest first) and
the first whose short text states a full date (with a four-digit year) wins. Dates are
found with month names of several European languages (a dotted numeric date,
``28.04.2023``, is read day first); a text that is nothing but a date in another form
is left to python-dateutil.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, cast

from dateutil import parser as du_parser
from lxml import etree
from lxml.html import HtmlElement

from ._hints import in_area

__all__ = ["find_date_text", "visible_date"]

_MONTH_NAMES = (
    ("jan", "january", "januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari"),
    (
        "feb",
        "february",
        "februar",
        "février",
        "fevrier",
        "febrero",
        "febbraio",
        "fevereiro",
        "februari",
    ),
    ("mar", "march", "märz", "maerz", "mars", "marzo", "março", "marco", "maart"),
    ("apr", "april", "avril", "abril", "aprile"),
    ("may", "mai", "mayo", "maggio", "maio", "mei"),
    ("jun", "june", "juni", "juin", "junio", "giugno", "junho"),
    ("jul", "july", "juli", "juillet", "julio", "luglio", "julho"),
    ("aug", "august", "août", "aout", "agosto", "augustus"),
    ("sep", "sept", "september", "septembre", "septiembre", "settembre", "setembro"),
    ("oct", "october", "oktober", "octobre", "octubre", "ottobre", "outubro"),
    ("nov", "november", "novembre", "noviembre", "novembro"),
    ("dec", "december", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro"),
)
_MONTH = {name: i for i, names in enumerate(_MONTH_NAMES, 1) for name in names}
_MONTH_RE = "|".join(sorted(map(re.escape, _MONTH), key=len, reverse=True))
_TIME = r"(?:\D{0,12}?(?<!\d)(?P<hour>[01]?\d|2[0-3])[:h.](?P<minute>[0-5]\d)(?!\d)\s*(?P<ampm>[ap]\.?\s?m\b\.?)?)?"
_DATE = re.compile(
    r"(?<![\d\w])(?:"
    r"(?P<iso>(?:19|20)\d{2}-[01]?\d-[0-3]?\d)"
    r"|(?P<num>[0-3]?\d(?P<sep>[./])[01]?\d(?P=sep)(?:19|20)\d{2})"
    r"|(?P<dmy>[0-3]?\d(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(?:"
    + _MONTH_RE
    + r")\.?,?\s+(?:de\s+)?"
    r"(?:19|20)\d{2})"
    r"|(?P<mdy>(?:" + _MONTH_RE + r")\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2})"
    r")(?!\d)" + _TIME,
    re.I,
)
_WORDS = re.compile(r"[^\W\d_]+")
_CANDIDATE = re.compile(r"date|time|publi|posted|updated|dateline|datum|fecha|data-?pub|meta", re.I)
# the same for lower-cased ASCII text: several times faster than the case-blind search
_CANDIDATE_LOWER = re.compile(_CANDIDATE.pattern)
_LABEL_WORDS = (
    "published|posted|updated|last updated|date|first published|datum|"
    "veröffentlicht|aktualisiert|erschienen|stand|publié|mis à jour|publicado|"
    "actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt"
)
_LABEL = re.compile(r"^\W*(?:" + _LABEL_WORDS + r")\b", re.I)
# the same on the text before its spaces are collapsed (a space of a label stands for any
# run of them): it finds every text whose collapsed form _LABEL finds, without collapsing
# the text of every element of the page first. The leading run of non-word characters is
# taken whole, never given back (``(?=(...))\1``, an atomic group before Python 3.11): a
# label starts with a letter, and giving characters back would retry the labels at every
# character of an element's indentation.
_LABEL_RAW = re.compile(r"^(?=(\W*))\1(?:" + _LABEL_WORDS.replace(" ", r"\s+") + r")\b", re.I)
_AREA_NEGATIVE = re.compile(
    r"comment|related|recirc|sidebar|footer|promo(?!ted)|newsletter|widget|teaser|more-from"
    r"|most-popular|trending|recommend|outbrain|taboola|reply",
    re.I,
)
_AREA_TAGS = frozenset({"a", "footer", "nav", "aside", "button", "select", "option"})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "head", "title", "template"})
_MAX_TEXT = 120


def find_date_text(text: str) -> dt.datetime | None:
    """The first full date (with a four-digit year) stated in a short visible text."""
    m = _DATE.search(text)
    if m is None:
        return None
    try:
        if m["iso"]:
            y, mo, d = (int(p) for p in m["iso"].split("-"))
            day = dt.datetime(y, mo, d)
        elif m["num"]:
            a, b, y = (int(p) for p in m["num"].split(m["sep"]))
            dayfirst = m["sep"] == "." or a > 12
            day = dt.datetime(y, b, a) if dayfirst else dt.datetime(y, a, b)
        else:
            found = m["dmy"] or m["mdy"] or ""
            words = [w for w in _WORDS.findall(found) if w.lower() in _MONTH]
            if not words:
                return None
            numbers = re.findall(r"\d+", found)
            year = int(numbers[-1])
            day_of = int(numbers[0])
            day = dt.datetime(year, _MONTH[words[0].lower()], day_of)
        if m["hour"] is None:
            return day
        hour = int(m["hour"])
        ampm = (m["ampm"] or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        return day.replace(hour=hour, minute=int(m["minute"]))
    except ValueError:
        return None


#: What dateutil fills a date's missing fields from (it would use today's date).
_DEFAULT = dt.datetime(1900, 1, 1)


def _parse(text: str) -> dt.datetime | None:
    """``find_date_text``, or dateutil on the whole text when it is nothing but a date."""
    found = find_date_text(text)
    if found is not None:
        return found
    if not re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text) or len(text) > 40:
        return None
    try:
        value: Any = du_parser.parse(text, default=_DEFAULT)  # never today's fields
    except (ValueError, OverflowError, TypeError, du_parser.ParserError):
        return None
    return value if isinstance(value, dt.datetime) else None


def _text(el: HtmlElement) -> str:
    return " ".join(el.text_content().split())


def _in_bad_area(el: HtmlElement, shared: set[HtmlElement]) -> bool:
    """Whether ``el`` sits in a link, menu, footer or teaser area; the headline's own
    containers (``shared``) never count as one."""
    return in_area(el, _AREA_TAGS, _AREA_NEGATIVE, exempt=shared)


def _says_date(names: str) -> bool:
    if names.isascii():  # (beyond ASCII, case-blind matching is more than lower-casing)
        return _CANDIDATE_LOWER.search(names.lower()) is not None
    return _CANDIDATE.search(names) is not None


_UNNAMED = (None, None, None)


def _candidates(body: HtmlElement) -> list[tuple[HtmlElement, str]]:
    out: list[tuple[HtmlElement, str]] = []
    # whether a class/id/itemprop string names a date, for this page (names recur)
    # (keyed by the three values themselves: joining them for every element costs more)
    memo: dict[tuple[str | None, str | None, str | None], bool] = {}
    for el in body.iter():
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP_TAGS:
            continue
        get = el.get
        key = (get("class"), get("id"), get("itemprop"))
        named = False
        if tag != "time" and key != _UNNAMED:
            known = memo.get(key)
            if known is None:
                names = " ".join(v for v in key if v)
                known = memo[key] = bool(names) and _says_date(names)
            named = known
        if tag == "time" or named:
            text = _text(el)
            if text and len(text) <= _MAX_TEXT:
                out.append((el, text))
            continue
        raw = el.text
        if not raw or raw.isspace() or _LABEL_RAW.match(raw) is None:
            continue
        own = " ".join(raw.split())
        if own and len(own) <= 40 and _LABEL.match(own):
            text = _text(el)
            parent = el.getparent()
            if not _DATE.search(text) and parent is not None:
                text = _text(parent)  # "<strong>Date</strong> 28.04.2023"
            if len(text) <= _MAX_TEXT:
                out.append((el, text))
    return out


def _headline(body: HtmlElement, title: str) -> HtmlElement | None:
    words = set(title.casefold().split())
    first = None
    for h in body.iter("h1"):
        first = first if first is not None else h
        hw = set(_text(h).casefold().split())
        if words and len(words & hw) / max(1, len(words | hw)) >= 0.6:
            return h
    return first


#: the elements' place in document order, counted by libxml2 (each count walks the page
#: before the element, in C)
_DOC_INDEX = etree.XPath("count(preceding::*) + count(ancestor::*)")
#: up to this many elements to place, each is counted alone; more, one walk places all
_FEW_TO_PLACE = 8


def _order(body: HtmlElement, wanted: list[HtmlElement]) -> dict[HtmlElement, int]:
    """The places of ``wanted`` in document order (only their differences matter)."""
    if len(wanted) <= _FEW_TO_PLACE:
        return {el: int(cast(float, _DOC_INDEX(el))) for el in wanted}
    return {el: i for i, el in enumerate(body.iter())}  # keys keep the proxies alive


def visible_date(root: HtmlElement, title: str = "") -> dt.datetime | None:
    """The date shown near the headline (see the module docstring), or None."""
    body = next(root.iter("body"), None)
    if body is None:
        return None
    anchor = _headline(body, title)
    shared = set(anchor.iterancestors()) if anchor is not None else set()
    found = [(el, text) for el, text in _candidates(body) if not _in_bad_area(el, shared)]
    if not found:
        return None
    if anchor is not None and len(found) > 1:
        order = _order(body, [anchor, *(el for el, _ in found)])
        at = order[anchor]

        def key(item: tuple[HtmlElement, str]) -> tuple[int, int]:
            d = order[item[0]] - at
            return (0, d) if d >= 0 else (1, -d)

        found.sort(key=key)
    for _, text in found:
        value = _parse(text)
        if value is not None:
            return value
    return None

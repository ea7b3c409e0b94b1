"""Date expressions in a sentence, resolved to a :class:`FuzzyDate`.

Explicit dates ("October 24", "24 Oct 2017", "in August", "since 2012") and
relative ones ("on Tuesday", "last month", "in the last two weeks", "three days
ago") are resolved against a reference date; without one, expressions that need
it keep their words with precision ``unknown``. A period ("in the last two weeks")
resolves to the finest calendar unit that holds all of it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence

import attrs
from dateutil.relativedelta import relativedelta

from ...models import DatePrecision, FuzzyDate

__all__ = ["DateMention", "Scene", "find_dates", "full_dates", "names_month", "parse_loose_date"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|"
    r"aug(?:ust|\.)?|sep(?:tember|t\.|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "several": 3, "few": 3,
}  # fmt: skip
_NUM = (
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)"
)
_UNIT = r"(?:day|week|month|year)s?"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx, re.IGNORECASE))
    for name, rx in (
        ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
        (
            "mdy",
            rf"\b(?:on\s+)?(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?",
        ),
        (
            "dmy",
            rf"\b(?:on\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<y>\d{{4}})\b)?",
        ),
        (
            "my",
            rf"\b(?:(?:in|since|by|until|during|through|early|late|mid|last|this|next)[\s-]+)?"
            rf"(?P<mon>{_MONTH})(?:\s+(?P<y>\d{{4}}))?\b",
        ),
        (
            "year",
            r"\b(?:in|since|during|by|until|through|early|late|mid)[\s-]+(?P<y>(?:19|20)\d{2})\b",
        ),
        (
            "weekday",
            r"\b(?:(?:on|last|this|next)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        ),
        (
            "period",
            rf"\b(?:in|over|during)\s+the\s+(?:last|past|previous)\s+(?:(?P<n>{_NUM})\s+)?(?P<unit>{_UNIT})\b",
        ),
        ("ago", rf"\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+ago\b"),
        (
            "rel",
            r"\b(?P<which>last|this|next|earlier\s+this|later\s+this)\s+(?P<unit>week|month|year)\b",
        ),
        ("deictic", r"\b(?P<word>yesterday|today|tomorrow|tonight|last\s+night)\b"),
        ("vague", r"\b(?P<word>recently|lately|in\s+recent\s+(?:days|weeks|months))\b"),
    )
)


_MONTH_STEM = re.compile("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_DIGIT = re.compile(r"\d")


def _cues(low: str) -> tuple[bool, bool]:
    """Whether the lower-cased text has a digit, and a month-name stem."""
    return _DIGIT.search(low) is not None, _MONTH_STEM.search(low) is not None


def names_month(text: str) -> bool:
    """Whether a date's words name a month ("on September 9", "in March"), as a relative
    expression ("next week") does not."""
    return any(w[:3] in _MONTHS for w in text.lower().split())


def _any_of(*words: str) -> Callable[[str, tuple[bool, bool]], bool]:
    return lambda low, cues: any(w in low for w in words)


#: For each pattern, a cheap test that the text may hold a match (so most scans are skipped).
_NEEDS: dict[str, Callable[[str, tuple[bool, bool]], bool]] = {
    "iso": lambda low, cues: cues[0] and "-" in low,
    "mdy": lambda low, cues: cues[0] and cues[1],
    "dmy": lambda low, cues: cues[0] and cues[1],
    "my": lambda low, cues: cues[1],
    "year": lambda low, cues: cues[0] and ("19" in low or "20" in low),
    "weekday": _any_of("day"),
    "period": lambda low, cues: (
        "the" in low and ("last" in low or "past" in low or "previous" in low)
    ),
    "ago": _any_of("ago"),
    "rel": _any_of("week", "month", "year"),
    "deictic": _any_of("day", "tomorrow", "night"),
    "vague": _any_of("recent", "lately"),
}

_Scan = tuple[str, re.Pattern[str], Callable[[str, tuple[bool, bool]], bool]]
#: Each pattern with its cheap test, in the order they take text. (No first look over
#: them all: every pattern has its own, and a sentence passes one more often than not.)
_SCANS: tuple[_Scan, ...] = tuple((name, rx, _NEEDS[name]) for name, rx in _PATTERNS)
#: The patterns that give a full date without a reference date ("24 Oct 2017"). They
#: take text first, so they find the same full dates alone as with the others.
_FULL_SCANS = _SCANS[:3]
assert [name for name, _, _ in _FULL_SCANS] == ["iso", "mdy", "dmy"]


@attrs.frozen
class DateMention:
    """A date expression at ``start:end`` of the text it was found in.

    ``stretch`` when it spans a stretch of time up to now, which dates what
    happened in it but not a statement about it ("condemned the attacks of the
    last week"). ``nominal`` when it dates a noun rather than its clause: a possessive
    ("last month's attack", "Tuesday's vote") or a modifier between "the" and a
    noun ("the April 2 raid"), unless a preposition of time or place makes the
    whole phrase the clause's date ("during the Saturday debate", "at
    yesterday's ceremony").
    """

    start: int
    end: int
    date: FuzzyDate
    nominal: bool = False
    #: A stretch of time up to now ("in the last two weeks", "over the past days").
    stretch: bool = False


def _month(text: str) -> int:
    return _MONTHS[text[:3].lower()]


def _num(text: str | None) -> int:
    if text is None:
        return 1
    return int(text) if text.isdigit() else _NUMBERS.get(text.lower(), 1)


def _span(first: dt.date, last: dt.date, text: str) -> FuzzyDate:
    """The finest calendar unit holding ``first`` .. ``last``.

    A span of a month at most that crosses into the next one ("last week" from
    4 August) is dated by the later month, the one nearer the report, as approx.
    """
    if first == last:
        return FuzzyDate(value=first, precision=DatePrecision.DAY, text=text)
    if (first.year, first.month) == (last.year, last.month):
        return FuzzyDate(value=first.replace(day=1), precision=DatePrecision.MONTH, text=text)
    if (last - first).days <= 31:
        return FuzzyDate(
            value=last.replace(day=1), precision=DatePrecision.MONTH, text=text, approx=True
        )
    if first.year == last.year:
        return FuzzyDate(value=dt.date(first.year, 1, 1), precision=DatePrecision.YEAR, text=text)
    return FuzzyDate(value=None, precision=DatePrecision.UNKNOWN, text=text)


def _unknown(text: str) -> FuzzyDate:
    return FuzzyDate(value=None, precision=DatePrecision.UNKNOWN, text=text)


def _guess_year(month: int, day: int, ref: dt.date) -> int:
    """The year that puts month/day nearest before ``ref`` (news reports the recent past)."""
    year = ref.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return year
    return year - 1 if candidate > ref + dt.timedelta(days=60) else year


def _resolve(name: str, m: re.Match[str], ref: dt.date | None) -> FuzzyDate | None:
    text = m.group(0)
    g = m.groupdict()
    if name in ("mdy", "dmy", "my") and not g["mon"][:1].isupper():
        return None  # "to march", "may be"
    if name in ("iso", "mdy", "dmy"):
        month = int(g["m"]) if name == "iso" else _month(g["mon"])
        day = int(g["d"])
        if g.get("y"):
            year = int(g["y"])
        elif ref is not None:
            year = _guess_year(month, day, ref)
        else:
            return _unknown(text)
        try:
            return FuzzyDate(
                value=dt.date(year, month, day), precision=DatePrecision.DAY, text=text
            )
        except ValueError:
            return None
    if name == "my":
        month = _month(g["mon"])
        if g["mon"] == "May" and not g.get("y") and text == "May":
            return None  # a sentence-initial modal verb
        if g.get("y"):
            year = int(g["y"])
        elif ref is not None:
            low = text.lower()
            if low.startswith("last"):
                year = ref.year if month < ref.month else ref.year - 1
            elif low.startswith(("next", "by", "until")):
                year = ref.year if month > ref.month else ref.year + 1
            else:
                year = _guess_year(month, 1, ref)
        else:
            return _unknown(text)
        return FuzzyDate(value=dt.date(year, month, 1), precision=DatePrecision.MONTH, text=text)
    if name == "year":
        return FuzzyDate(value=dt.date(int(g["y"]), 1, 1), precision=DatePrecision.YEAR, text=text)
    if ref is None:
        return _unknown(text)
    if name == "weekday":
        wd = _WEEKDAYS.index(g["wd"].lower())
        back = (ref.weekday() - wd) % 7
        if text.lower().startswith("next"):
            when = ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
        else:
            when = ref - dt.timedelta(days=back or (7 if text.lower().startswith("last") else 0))
        return FuzzyDate(value=when, precision=DatePrecision.DAY, text=text)
    if name == "period":
        n = _num(g.get("n"))
        unit = g["unit"].lower().rstrip("s")
        delta = relativedelta(**{unit + "s": n})  # type: ignore[arg-type]
        last = ref - dt.timedelta(days=1)
        return _span(ref - delta, last, text)
    if name == "ago":
        n = _num(g.get("n"))
        unit = g["unit"].lower().rstrip("s")
        when = ref - relativedelta(**{unit + "s": n})  # type: ignore[arg-type]
        if unit == "day":
            return FuzzyDate(value=when, precision=DatePrecision.DAY, text=text)
        if unit == "year":
            return FuzzyDate(
                value=dt.date(when.year, 1, 1), precision=DatePrecision.YEAR, text=text
            )
        return FuzzyDate(value=when.replace(day=1), precision=DatePrecision.MONTH, text=text)
    if name == "rel":
        which = g["which"].lower().split()[0]
        unit = g["unit"].lower()
        shift = {"last": -1, "next": 1}.get(which, 0)
        if unit == "year":
            return FuzzyDate(
                value=dt.date(ref.year + shift, 1, 1), precision=DatePrecision.YEAR, text=text
            )
        if unit == "month":
            first = ref.replace(day=1) + relativedelta(months=shift)
            return FuzzyDate(value=first, precision=DatePrecision.MONTH, text=text)
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=shift)
        return _span(monday, monday + dt.timedelta(days=6), text)
    if name == "deictic":
        word = g["word"].lower()
        shift = {"yesterday": -1, "tomorrow": 1}.get(word, -1 if word.startswith("last") else 0)
        return FuzzyDate(
            value=ref + dt.timedelta(days=shift), precision=DatePrecision.DAY, text=text
        )
    # "recently", "in recent weeks": the month a little before the reference date
    low = text.lower()
    back, precision = (60, DatePrecision.YEAR) if "month" in low else (10, DatePrecision.MONTH)
    when = ref - dt.timedelta(days=back)
    first = when.replace(day=1) if precision is DatePrecision.MONTH else dt.date(when.year, 1, 1)
    return FuzzyDate(value=first, precision=precision, text=text, approx=True)


#: A possessive date ("Tuesday's"), or a date modifying the noun after it ("the May 3 vote").
_POSSESSIVE = re.compile(r"['’]s\b")
_THE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z]")
#: Prepositions that make a dated noun phrase the date of its clause.
_WHEN_BEFORE = re.compile(
    r"\b(?:during|at|in|on|throughout|amid|over|by)\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE
)


def _nominal(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` dates the noun after it, not its clause."""
    before = text[max(0, start - 24) : start]
    if _POSSESSIVE.match(text, end):
        return _WHEN_BEFORE.search(before) is None
    if _THE_BEFORE.search(before) and _NOUN_AFTER.match(text, end):
        return _WHEN_BEFORE.search(before) is None
    return False


#: What may stand before a sentence's first word.
_OPENING = re.compile(r"(?:^|[.!?:;\"“”‘(\[\n—–-])\s*$")


def _is_title(text: str, start: int) -> bool:
    """Whether a capitalised day word inside a sentence is a name ("NBC's Today show")."""
    return text[start].isupper() and _OPENING.search(text, max(0, start - 8), start) is None


def find_dates(text: str, start: int, end: int, ref: dt.date | None) -> list[DateMention]:
    """Date expressions in ``text[start:end]``, longest first where they overlap."""
    return _find(text, start, end, ref, _SCANS)


def _find(
    text: str,
    start: int,
    end: int,
    ref: dt.date | None,
    scans: Sequence[_Scan],
) -> list[DateMention]:
    found: list[DateMention] = []
    # the spans taken so far: disjoint, so sorted by start they are sorted by end too,
    # and a match overlaps one iff it overlaps the last one starting before its end
    starts: list[int] = []
    ends: list[int] = []
    low = text[start:end].lower()
    cues = _cues(low)
    for name, rx, needs in scans:
        if not needs(low, cues):
            continue  # a pattern whose words are absent: skip its scan
        for m in rx.finditer(text, start, end):
            a, b = m.span()
            k = bisect.bisect_left(starts, b)
            if k and ends[k - 1] > a:
                continue
            if name == "deictic" and _is_title(text, a):
                continue  # "the Today programme", "USA Today"
            date = _resolve(name, m, ref)
            if date is None:
                continue
            starts.insert(k, a)
            ends.insert(k, b)
            found.append(DateMention(a, b, date, _nominal(text, a, b), name == "period"))
    found.sort(key=lambda d: d.start)
    return found


def parse_loose_date(text: str) -> dt.date | None:
    """A full date in free text ("Oct 24, 2017", "24 October 2017"), or None."""
    for d in full_dates(text):
        if d.date.precision is DatePrecision.DAY and d.date.value is not None:
            return d.date.value
    return None


def full_dates(text: str) -> list[DateMention]:
    """The numbered dates of ``text`` ("24 Oct", "Oct 24, 2017", "2017-10-24") without a
    reference date: the full dates :func:`find_dates` finds there, found faster."""
    return _find(text, 0, len(text), None, _FULL_SCANS)


#: The patterns that can state a day: all a :class:`Scene` needs from a sentence.
_DAY_SCANS = tuple(
    scan for scan in _SCANS if scan[0] in {"iso", "mdy", "dmy", "weekday", "ago", "deictic"}
)


def day_dates(text: str, start: int, end: int, ref: dt.date | None) -> list[DateMention]:
    """The date expressions of ``text[start:end]`` that can state a day (numbered dates,
    weekdays, "yesterday", "two days ago"): what a :class:`Scene` reads, found faster."""
    return _find(text, start, end, ref, _DAY_SCANS)


def may_state_day(text: str, start: int, end: int) -> bool:
    """A cheap first look: can ``text[start:end]`` state a day at all (a weekday, "today",
    "last night", "two days ago", a numbered date)? If not, it sets no scene."""
    low = text[start:end].lower()
    if "day" in low or "tomorrow" in low or "night" in low or "hour" in low:
        return True
    digit, month = _cues(low)
    return digit and (month or "-" in low)


#: How many sentences without a stated day a scene lasts. Two, not more: the guide dates an
#: undated event by the publication date, and on the blind sets (dev3, fresh) a longer scene
#: (six sentences) lost more inferred dates than it gained stated ones.
SCENE_SENTENCES = 2
#: How many days before the reference date a stated day may lie and still set the scene.
SCENE_DAYS = 7


#: A verb of reporting right before a day: the day the news was given, not the day the
#: story narrates ("X seized Y on Sunday, police said Tuesday").
_REPORT_BEFORE = re.compile(
    r"\b(?:said|says|announced|reported|stated|confirmed|told\s+\w+(?:\s+\w+)?)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
#: A gathering a possessive day dates ("Wednesday's roundtable"): the story narrates it.
_OCCASION_AFTER = re.compile(
    r"['’]s\s+(?:[A-Z][\w-]*\s+){0,5}(?:meeting|summit|talks|roundtable|conference|session|"
    r"hearing|briefing|debate|forum|rally|vote|address|speech|ceremony|Roundtable|Summit|"
    r"Conference|Meeting|Forum)\b"
)


def _quoted(text: str, start: int, at: int) -> bool:
    """Whether ``at`` lies inside a quotation opened in ``text[start:at]``."""
    before = text[start:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


class Scene:
    """The day a story's narration is at: the day it last stated, for a few sentences.

    News dates an occasion once and narrates it over the next sentences ("The
    leaders met on Saturday. X pressed Y ... Y brushed him off"): an event the
    text leaves undated happened on the day stated last, in its own sentence or
    in the :data:`SENTENCES` before it. A day sets the scene when it lies in the
    :data:`DAYS` before the reference date and is said in the narration (not
    inside a quotation, not the date of a noun such as "Monday's drills").
    """

    __slots__ = ("_age", "_day", "_inferred", "ref")

    #: How many sentences without a stated day a scene lasts.
    SENTENCES = SCENE_SENTENCES
    #: How far before the reference date a stated day may lie.
    DAYS = SCENE_DAYS

    def __init__(self, ref: dt.date | None) -> None:
        self.ref = ref
        self._day: FuzzyDate | None = None
        self._age = 0
        #: ``_day`` as :attr:`day` gives it, made once per stated day.
        self._inferred: FuzzyDate | None = None

    def read(
        self, text: str, start: int, end: int, dates: Sequence[DateMention] | None = None
    ) -> None:
        """Move on past the sentence ``text[start:end]``, taking the day it states
        (``dates``: its date expressions, when already found with the same reference)."""
        if self.ref is None:
            return
        stated = None
        reporting = None
        if dates is None:
            dates = find_dates(text, start, end, self.ref)
        for d in dates:
            value = d.date.value
            if (
                d.date.precision is DatePrecision.DAY
                and value is not None
                and (not d.nominal or _OCCASION_AFTER.match(text, d.end))
                and 0 <= (self.ref - value).days <= self.DAYS
                and not _quoted(text, start, d.start)
            ):
                if _REPORT_BEFORE.search(text, max(start, d.start - 40), d.start):
                    reporting = d.date  # "X found Sunday ..., Y announced Tuesday"
                else:
                    stated = d.date
        stated = stated or reporting
        if stated is not None:
            self._day, self._age, self._inferred = stated, 0, None
        elif self._day is not None:
            self._age += 1
            if self._age > self.SENTENCES:
                self._day = self._inferred = None

    @property
    def day(self) -> FuzzyDate | None:
        """The scene's day, as an inferred (``approx``) date, or None."""
        if self._day is None:
            return None
        if self._inferred is None:
            self._inferred = attrs.evolve(self._day, text="", approx=True)
        return self._inferred

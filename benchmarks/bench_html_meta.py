"""HTML metadata: geoarticle against trafilatura, newspaper4k and htmldate on the readability corpus.

Reads ``../shared/corpora/readability/*/source.html`` (decoded as UTF-8, as the
corpus's own harness does) and scores each system against
``expected-metadata.json``, in one process and one run, with the network cut off
(every socket connect raises), so nothing is downloaded.

Scores (each over the pages whose expected value is given):

* title: equal after whitespace normalisation (``" ".join(s.split())``).
* byline: the expected byline is a raw string (Readability's convention); its
  *name tokens* are its casefolded word tokens, URLs removed, digits stripped from
  tokens, minus the non-name words below. A system matches when (1) every expected
  name token occurs among the tokens of its author output (for geoarticle: names,
  roles and affiliations, since the expected strings carry "MA" or "WebMD Health
  News" as written), and (2) its author *names* contain no non-name token and no
  digit ("By", "Updated", dates, "5 min read", "and" ...). A page whose expected
  byline holds no name at all ("Last Updated: January 7, 2025") is scored on (2)
  alone.
* published: same calendar day as the expected ``publishedTime`` (each date read
  in its own stated zone).
* site name: equal after whitespace normalisation.
* language: same primary subtag, case-insensitive ("en-us" matches "en-US").

Timing: seconds per page for each system, and the share of
``geoarticle.parsers.html.parse_html`` time spent in ``_meta.extract_metadata``
(measured on the same pages, tree loading excluded from the metadata time).

Usage: ``python benchmarks/bench_html_meta.py [--limit N] [--misses SYSTEM]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import socket
import statistics
import sys
import time
import unicodedata
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "readability"

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
_DAYS = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
]
NON_NAME = frozenset(
    [
        "by",
        "par",
        "por",
        "von",
        "written",
        "edited",
        "updated",
        "update",
        "last",
        "published",
        "posted",
        "modified",
        "on",
        "at",
        "am",
        "pm",
        "and",
        "et",
        "avec",
        "und",
        "with",
        "min",
        "mins",
        "minute",
        "minutes",
        "read",
        "reading",
        "ago",
        "follow",
        "author",
        "share",
        "comments",
        "http",
        "https",
        "www",
        *_MONTHS,
        *_DAYS,
    ]
)
#: Words never part of a name; month and day names are left out (June, May are names too):
#: a date in a name is caught by its digits.
JUNK = NON_NAME - frozenset(_MONTHS) - frozenset(_DAYS)
_URL = re.compile(r"(?:https?://|www\.)\S+")


@attrs.define
class Result:
    """What one system said about one page."""

    title: str | None = None
    author_text: str = ""  # everything the system says about authors
    author_names: str = ""  # the names alone
    published: str | None = None  # YYYY-MM-DD
    site: str | None = None
    language: str | None = None
    seconds: float = 0.0


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", _URL.sub(" ", text)).casefold()
    return [t for t in (re.sub(r"\d", "", w) for w in re.findall(r"\w+", text)) if t]


def byline_ok(expected: str, res: Result) -> bool:
    """The byline rule of the module docstring."""
    wanted = {t for t in _tokens(expected) if t not in NON_NAME}
    have = set(_tokens(res.author_text))
    names_raw = re.findall(r"\w+", unicodedata.normalize("NFKC", res.author_names).casefold())
    clean = not any(w in JUNK or re.search(r"\d", w) for w in names_raw)
    return wanted <= have and clean


def _day(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    text = str(value)
    return text[:10] if re.match(r"\d{4}-\d{2}-\d{2}", text) else None


# --- systems -----------------------------------------------------------------------------


def run_geoarticle(html: str) -> Result:
    """geoarticle.parse_html, with the metadata fields read off the Article."""
    from geoarticle.parsers.html import parse_html

    t0 = time.perf_counter()
    art = parse_html(html)
    secs = time.perf_counter() - t0
    text = "; ".join(
        ", ".join(p for p in (a.name, a.role, a.affiliation) if p) for a in art.authors
    )
    return Result(
        title=art.title,
        author_text=text,
        author_names="; ".join(a.name for a in art.authors),
        published=_day(art.published),
        site=art.site_name,
        language=art.language,
        seconds=secs,
    )


def meta_seconds(html: str) -> tuple[float, float, float]:
    """(extract_metadata, parse_html, load + body) seconds for one page.

    ``extract_metadata`` runs on a freshly loaded tree, as inside ``parse_html``; the
    last figure is ``parse_html`` without its metadata steps, so ``parse_html`` minus it
    is what metadata adds.
    """
    from geoarticle.limits import DEFAULT_LIMITS
    from geoarticle.parsers.html import _body, _load, _meta, parse_html

    page = _load.load_html(html, limits=DEFAULT_LIMITS)
    t0 = time.perf_counter()
    _meta.extract_metadata(page.root, url=None)
    t_meta = time.perf_counter() - t0
    t0 = time.perf_counter()
    parse_html(html)
    t_parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    page = _load.load_html(html, limits=DEFAULT_LIMITS)
    _body.extract_body(page.root, url=None, limits=DEFAULT_LIMITS)
    return t_meta, t_parse, time.perf_counter() - t0


def run_trafilatura(html: str) -> Result:
    """trafilatura.extract_metadata (its metadata step alone)."""
    import trafilatura

    t0 = time.perf_counter()
    doc = trafilatura.extract_metadata(html)
    secs = time.perf_counter() - t0
    author = (doc.author or "") if doc else ""
    return Result(
        title=doc.title if doc else None,
        author_text=author,
        author_names=author,
        published=_day(doc.date) if doc else None,
        site=doc.sitename if doc else None,
        language=getattr(doc, "language", None) if doc else None,
        seconds=secs,
    )


def run_newspaper(html: str) -> Result:
    """newspaper4k Article.parse on the given HTML (no download)."""
    from newspaper import Article

    t0 = time.perf_counter()
    art = Article("https://example.invalid/article", fetch_images=False)
    art.download(input_html=html)
    art.parse()
    secs = time.perf_counter() - t0
    names = ", ".join(art.authors)
    return Result(
        title=art.title,
        author_text=names,
        author_names=names,
        published=_day(art.publish_date),
        site=art.meta_site_name or None,
        language=art.meta_lang or None,
        seconds=secs,
    )


def run_htmldate(html: str) -> Result:
    """htmldate.find_date with original_date=True (the publication date)."""
    from htmldate import find_date

    t0 = time.perf_counter()
    found = find_date(html, original_date=True)
    return Result(published=_day(found), seconds=time.perf_counter() - t0)


SYSTEMS: dict[str, Callable[[str], Result]] = {
    "geoarticle": run_geoarticle,
    "trafilatura": run_trafilatura,
    "newspaper4k": run_newspaper,
    "htmldate": run_htmldate,
}
FIELDS = ("title", "byline", "published", "site", "language")
#: What each system extracts at all; other cells print "n/a".
SYSTEM_FIELDS = {
    "geoarticle": FIELDS,
    "trafilatura": ("title", "byline", "published", "site"),
    "newspaper4k": FIELDS,
    "htmldate": ("published",),
}
_SEP_TAIL = re.compile(r"^\s*[|\-–—·•:»]\s*\S")


def _offline() -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise OSError("network disabled by the benchmark")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]


def score(field: str, exp: dict[str, Any], res: Result) -> bool | None:
    """True/False for a scored page, None when the expected value is absent."""
    if field == "title":
        want = _norm(exp.get("title"))
        return None if not want else _norm(res.title) == want
    if field == "byline":
        want = exp.get("byline")
        return None if not want else byline_ok(want, res)
    if field == "published":
        want = _day(exp.get("publishedTime"))
        return None if not want else res.published == want
    if field == "site":
        want = _norm(exp.get("siteName"))
        return None if not want else _norm(res.site) == want
    want = exp.get("lang")
    if not want:
        return None
    got = (res.language or "").split("-")[0].casefold()
    return got == want.split("-")[0].casefold()


def main() -> int:
    """Run every system on the corpus and print one table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages")
    ap.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated systems")
    ap.add_argument("--misses", default="", help="print the misses of this system")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is not present")
        return 0
    _offline()
    warnings.simplefilter("ignore")
    pages = sorted(p for p in CORPUS.iterdir() if (p / "source.html").is_file())
    if args.limit:
        pages = pages[: args.limit]
    systems = [s for s in args.systems.split(",") if s]
    hits = {s: dict.fromkeys(FIELDS, 0) for s in systems}
    totals = dict.fromkeys(FIELDS, 0)
    seconds = dict.fromkeys(systems, 0.0)
    failures = dict.fromkeys(systems, 0)
    timings: list[tuple[float, float, float]] = []
    suffix_only = 0
    for page in pages:
        html = (page / "source.html").read_bytes().decode("utf-8", "replace")
        exp = json.loads((page / "expected-metadata.json").read_text("utf-8"))
        for f in FIELDS:
            totals[f] += score(f, exp, Result()) is not None
        for name in systems:
            try:
                res = SYSTEMS[name](html)
            except Exception as exc:  # a peer failing on a page counts as a miss
                failures[name] += 1
                print(f"  {name} failed on {page.name}: {type(exc).__name__}", file=sys.stderr)
                res = Result()
            seconds[name] += res.seconds
            for f in FIELDS:
                ok = score(f, exp, res)
                hits[name][f] += bool(ok)
                if ok is False and name == "geoarticle" and f == "title":
                    want = _norm(exp.get("title"))
                    got = _norm(res.title)
                    suffix_only += bool(
                        got and want.startswith(got) and _SEP_TAIL.match(want[len(got) :])
                    )
                if ok is False and name == args.misses:
                    print(f"  MISS {f:9} {page.name}: got {_show(f, res)!r}", file=sys.stderr)
        if "geoarticle" in systems:
            timings.append(meta_seconds(html))
    _print_table(systems, hits, totals, seconds, failures, len(pages))
    if "geoarticle" in systems:
        print(
            f"geoarticle title misses that differ only by a trailing site/section part it cuts "
            f"on purpose: {suffix_only}"
        )
    if "geoarticle" in systems and timings:
        _print_share(timings)
    return 0


def _print_share(timings: list[tuple[float, float, float]]) -> None:
    meta, parse, load_body = ([t[i] * 1000 for t in timings] for i in range(3))
    n = len(timings)
    print(
        f"\nmetadata share of parse_html time: {sum(meta) / sum(parse):.1%} "
        f"({sum(meta) / n:.1f} ms of {sum(parse) / n:.1f} ms per page, means)"
    )
    med_meta, med_parse, med_lb = (statistics.median(v) for v in (meta, parse, load_body))
    print(
        f"medians: extract_metadata {med_meta:.2f} ms, parse_html {med_parse:.2f} ms "
        f"({med_meta / med_parse:.1%}); parse_html without metadata (load+body) {med_lb:.2f} ms, "
        f"so metadata adds {(med_parse - med_lb) / med_lb:.1%}"
    )


def _show(field: str, res: Result) -> Any:
    return {
        "title": res.title,
        "byline": res.author_text,
        "published": res.published,
        "site": res.site,
        "language": res.language,
    }[field]


def _print_table(
    systems: list[str],
    hits: dict[str, dict[str, int]],
    totals: dict[str, int],
    seconds: dict[str, float],
    failures: dict[str, int],
    n: int,
) -> None:
    print(f"readability corpus: {n} pages")
    head = f"{'system':12} " + " ".join(f"{f + f' (/{totals[f]})':>17}" for f in FIELDS)
    print(head + f" {'ms/page':>8} {'geo/peer':>9} {'errors':>6}")
    geo = seconds.get("geoarticle")
    for s in systems:
        cells = []
        for f in FIELDS:
            h, t = hits[s][f], totals[f]
            if f not in SYSTEM_FIELDS.get(s, FIELDS):
                cells.append("n/a")
            else:
                cells.append(f"{h:>4} = {h / t:.2f}" if t else "-")
        ms = seconds[s] / max(1, n) * 1000
        ratio = (
            f"{geo / seconds[s]:.2f}"
            if geo is not None and seconds[s] and s != "geoarticle"
            else "-"
        )
        print(
            f"{s:12} "
            + " ".join(f"{c:>17}" for c in cells)
            + f" {ms:8.1f} {ratio:>9} {failures[s]:>6}"
        )


if __name__ == "__main__":
    sys.exit(main())

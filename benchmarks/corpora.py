"""The page corpora of ``../shared/corpora`` and how a body extraction is scored on each.

Shared by ``bench_html_body.py`` (which prints the tables, with peers) and the
quality gate ``tests/parsers/html/test_quality_gate.py`` (which holds floors).
Standard library and lxml only; nothing here imports geoarticle, and nothing of
the corpora is ever copied: pages are read in place.

``trafilatura-eval``
    ``evaldata.json`` maps each URL to ``{file, with, without}``; the page is
    ``html/<file>.gz``. Scored as the trafilatura project scores it: each ``with``
    snippet found in the text is a true positive, each missing one a false
    negative, each ``without`` found a false positive; pooled over all pages.
``readability``
    ``<page>/source.html`` against the text of ``<page>/expected.html``: token F1
    per page (below), averaged; and whether the expected ``<h2>``/``<h3>`` are kept.
``fundus-dev``
    ``<cc>/<Publisher>_<date>.html.gz`` against the publisher parser's output in
    ``<cc>/<Publisher>.json`` (one entry per parser version: the version whose
    title the page holds). The expected text is the summary (standfirst) and the
    sections (headlines and paragraphs).

Token F1: lower-cased word tokens (``\\w+``; each CJK character is a token of its
own) compared as multisets; precision = common / extracted, recall = common /
expected. A paragraph (or headline) is *found* when its token sequence occurs,
contiguous, in the extracted text (or equals one of the extracted headings).
"""

from __future__ import annotations

import collections
import datetime as dt
import gzip
import hashlib
import html
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

import lxml.html

# ../shared beside the checkout, or GEOARTICLE_SHARED (as the quality gate reads it)
SHARED = (
    Path(os.environ.get("GEOARTICLE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    / "corpora"
)

# words; CJK characters one by one (those scripts put no spaces between words)
_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
_TOKEN = re.compile(f"[{_CJK}]|[^\\W{_CJK}]+")


# --- tokens and scores -----------------------------------------------------------------------
def tokens(text: str) -> list[str]:
    """Lower-cased word tokens of ``text`` (NFKC), CJK characters one by one."""
    return [t.lower() for t in _TOKEN.findall(unicodedata.normalize("NFKC", text))]


def token_f1(got: str, want: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of the tokens of ``got`` against those of ``want``."""
    g, w = collections.Counter(tokens(got)), collections.Counter(tokens(want))
    common = sum((g & w).values())
    p = common / sum(g.values()) if g else 0.0
    r = common / sum(w.values()) if w else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def joined(text: str) -> str:
    """The token sequence of ``text`` as one string, for containment and equality tests."""
    return " ".join(tokens(text))


def found_share(parts: Iterable[str], text: str) -> tuple[int, int]:
    """(found, total): how many of ``parts`` occur as contiguous token runs in ``text``."""
    hay = f" {joined(text)} "
    total = found = 0
    for part in parts:
        needle = joined(part)
        if not needle:
            continue
        total += 1
        found += f" {needle} " in hay
    return found, total


def heads_share(expected: Iterable[str], got: Iterable[str]) -> tuple[int, int]:
    """(found, total): expected headlines equal (as token sequences) to an extracted heading."""
    ours = {joined(h) for h in got}
    total = found = 0
    for head in expected:
        needle = joined(head)
        if needle:
            total += 1
            found += needle in ours
    return found, total


def names_f1(got: Iterable[str], want: Iterable[str]) -> float:
    """F1 of two sets of names compared as token sequences (1.0 when both are empty)."""
    g = {joined(n) for n in got} - {""}
    w = {joined(n) for n in want} - {""}
    if not g and not w:
        return 1.0
    common = len(g & w)
    return 2 * common / (len(g) + len(w))


def same_day(got: dt.date | None, instant: dt.datetime | None) -> bool | None:
    """Whether ``got`` is a calendar day the moment ``instant`` falls on somewhere on Earth
    (UTC-12 to UTC+14): a date given without its zone is right when it is such a day.
    ``None`` when the corpus states no date."""
    if instant is None:
        return None
    if got is None:
        return False
    if isinstance(got, dt.datetime):
        got = got.date()  # the day in the zone the page gives
    return got in _days(instant)


def _days(instant: dt.datetime) -> set[dt.date]:
    if instant.tzinfo is None:
        return {instant.date()}
    utc = instant.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return {(utc + dt.timedelta(hours=h)).date() for h in range(-12, 15)}


# --- corpora ---------------------------------------------------------------------------------
class TrafPage(NamedTuple):
    """A trafilatura-eval page and its snippets."""

    name: str
    source: bytes
    with_: list[str]
    without: list[str]


class ReadPage(NamedTuple):
    """A readability corpus page, its expected text and headings."""

    name: str
    source: bytes
    expected: str
    headings: list[str]


class FundusPage(NamedTuple):
    """A fundus-dev page and what its publisher parser extracts."""

    name: str  # "<cc>/<Publisher>_<date>"
    publisher: str
    url: str | None
    source: bytes
    title: str
    authors: list[str]
    published: dt.datetime | None
    summary: list[str]
    headlines: list[str]
    paragraphs: list[str]

    @property
    def expected_body(self) -> str:
        """The sections' headlines and paragraphs (what ``Article.body_text`` should be)."""
        return "\n\n".join(self.headlines + self.paragraphs)

    @property
    def expected_text(self) -> str:
        """The summary (standfirst) and the sections: the article's whole text."""
        return "\n\n".join(self.summary + self.headlines + self.paragraphs)

    @property
    def heldout(self) -> bool:
        """A third of the publishers, chosen by a hash of the name, kept out of tuning."""
        return is_heldout(self.publisher)


def is_heldout(publisher: str) -> bool:
    """True for the publishers (about a third) held out of tuning: a hash of the name."""
    return hashlib.sha256(publisher.encode()).digest()[0] % 3 == 0


def traf_pages(root: Path = SHARED / "trafilatura-eval") -> list[TrafPage]:
    """The trafilatura-eval pages, in URL order."""
    data = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for url, item in sorted(data.items()):
        path = root / "html" / (item["file"] + ".gz")
        if path.is_file():
            pages.append(
                TrafPage(url, gzip.decompress(path.read_bytes()), item["with"], item["without"])
            )
    return pages


def read_pages(root: Path = SHARED / "readability") -> list[ReadPage]:
    """The readability corpus pages, in name order."""
    pages = []
    for d in sorted(p for p in root.iterdir() if (p / "source.html").is_file()):
        expected = lxml.html.fromstring((d / "expected.html").read_text(encoding="utf-8"))
        heads = [" ".join(h.text_content().split()) for h in expected.iter("h2", "h3")]
        pages.append(
            ReadPage(
                d.name,
                (d / "source.html").read_bytes(),
                expected.text_content(),
                [h for h in heads if h],
            )
        )
    return pages


def _instant(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def _version(versions: dict[str, dict[str, object]], page: str, index: int) -> dict[str, object]:
    """The parser version whose title the page holds (else the one in the page's date order)."""
    text = " ".join(html.unescape(page).split())
    for v in versions.values():
        title = " ".join(str(v.get("title") or "").split())
        if title and title[:60] in text:
            return v
    ordered = list(versions.values())
    return ordered[min(index, len(ordered) - 1)]


def fundus_pages(root: Path = SHARED / "fundus-dev") -> list[FundusPage]:
    """The fundus-dev pages, in country and name order."""
    out = []
    for info in sorted(root.glob("*/meta.info")):
        cc = info.parent
        meta = json.loads(info.read_text(encoding="utf-8"))
        by_publisher: dict[str, list[Path]] = collections.defaultdict(list)
        for path in sorted(cc.glob("*.html.gz")):
            by_publisher[path.name.split("_")[0]].append(path)
        for publisher, paths in sorted(by_publisher.items()):
            versions = json.loads((cc / f"{publisher}.json").read_text(encoding="utf-8"))
            for i, path in enumerate(paths):
                source = gzip.decompress(path.read_bytes())
                v = _version(versions, source.decode("utf-8", "replace"), i)
                body = v.get("body") or {}
                assert isinstance(body, dict)
                heads: list[str] = []
                paras: list[str] = []
                for sec in body.get("sections") or []:
                    heads.extend(sec.get("headline") or [])
                    paras.extend(sec.get("paragraphs") or [])
                out.append(
                    FundusPage(
                        name=f"{cc.name}/{path.name.removesuffix('.html.gz')}",
                        publisher=publisher,
                        url=(meta.get(path.name) or {}).get("url"),
                        source=source,
                        title=str(v.get("title") or ""),
                        authors=[str(a) for a in v.get("authors") or []],  # type: ignore[attr-defined]
                        published=_instant(v.get("publishing_date")),
                        summary=list(body.get("summary") or []),
                        headlines=heads,
                        paragraphs=paras,
                    )
                )
    return out


def digest(name: str, root: Path = SHARED) -> str:
    """A SHA-256 over the paths and bytes of a corpus's files: its fingerprint."""
    h = hashlib.sha256()
    for path in sorted(corpus_files(name, root)):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def corpus_files(name: str, root: Path = SHARED) -> Iterator[Path]:
    """The files a corpus's scores depend on."""
    base = root / name
    if name == "trafilatura-eval":
        yield base / "evaldata.json"
        yield from (base / "html").glob("*.gz")
    elif name == "readability":
        for d in base.iterdir():
            if (d / "source.html").is_file():
                yield d / "source.html"
                yield d / "expected.html"
    else:
        yield from base.glob("*/*.html.gz")
        yield from base.glob("*/*.json")
        yield from base.glob("*/meta.info")

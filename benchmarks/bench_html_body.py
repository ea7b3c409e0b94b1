"""Main-content extraction: geoarticle vs trafilatura vs readability-lxml, same pages, one process.

Usage::

    python benchmarks/bench_html_body.py [--limit N] [--corpus traf|readability|both]
                                         [--systems geoarticle,trafilatura,readability]
                                         [--misses N]

Corpora, read in place from ``../shared/corpora`` (skipped with a message when absent):

``trafilatura-eval``
    ``evaldata.json`` maps each URL to ``{file, with, without}``; the page is
    ``html/<file>.gz`` (the stored names are evaldata's ``file`` values plus ``.gz``;
    about half of those are the hex ids the trafilatura project gave its cached
    pages, which is why many look like hashes). Scored exactly as the trafilatura
    project scores it: each ``with`` snippet found in the extracted text is a true
    positive, each one missing a false negative; each ``without`` found is a false
    positive. Precision, recall and F1 are pooled over all snippets of all pages.
    Every system gets the page's raw bytes and decodes them itself.

``readability``
    ``<page>/source.html`` against the text of ``<page>/expected.html``. Body F1 is a
    *token-overlap* F1: lower-cased word tokens (``\\w+``, and each CJK character
    as a token of its own) compared as multisets,
    precision = common / extracted tokens, recall = common / expected tokens, F1 per
    page, then averaged over pages (macro). The structure figure is the share of
    pages whose expected body has ``<h2>``/``<h3>`` headings for which at least 80%
    of those headings (whitespace-normalised, case-folded) are headings of our
    sections (or part of our article title: the heading that repeats the title is left
    out of the sections on purpose).

Times are wall-clock per page including decoding and parsing; the table gives
the median. ``geoarticle`` is ``geoarticle.parsers.html.parse_html`` (body and
metadata, no annotators); the ``load+body`` and ``full parse_html`` rows time only
the loading and body extraction, and the public ``geoarticle.parse_html`` with
its default annotators. trafilatura's default ``extract`` does not read metadata; the
``traf + metadata`` row times it with ``with_metadata=True``, and the last lines give the time
ratios of the same job on both sides (body only; body and metadata).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"
TRAF = SHARED / "trafilatura-eval"
READ = SHARED / "readability"
# words; CJK characters one by one (those scripts put no spaces between words)
_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
_TOKEN = re.compile(f"[{_CJK}]|[^\\W{_CJK}]+")

Extractor = Callable[[bytes], "tuple[str, list[str]]"]


def _geoarticle() -> dict[str, Extractor]:
    import geoarticle
    from geoarticle.limits import DEFAULT_LIMITS
    from geoarticle.parsers.html import _body, _load, parse_html

    def core(page: bytes) -> tuple[str, list[str]]:
        art = parse_html(page)
        # the title is not a section heading by design: it counts as kept (last item)
        return art.body_text, [s.heading for s in art.sections if s.heading] + [art.title]

    def load_body(page: bytes) -> tuple[str, list[str]]:
        loaded = _load.load_html(page, limits=DEFAULT_LIMITS)
        body = _body.extract_body(loaded.root, url=None, limits=DEFAULT_LIMITS)
        # the same text as Article.body_text (scored too: the body-only path is the real one)
        text = "\n\n".join(t for t in (s.text for s in body.sections) if t)
        return text, [s.heading for s in body.sections if s.heading]

    def full(page: bytes) -> tuple[str, list[str]]:
        art = geoarticle.parse_html(page)
        return art.body_text, []

    return {"geoarticle": core, "  load+body": load_body, "  full parse_html": full}


def _trafilatura() -> dict[str, Extractor]:
    import trafilatura

    def run(page: bytes) -> tuple[str, list[str]]:
        return trafilatura.extract(page, include_comments=False) or "", []

    def with_metadata(page: bytes) -> tuple[str, list[str]]:
        return trafilatura.extract(page, include_comments=False, with_metadata=True) or "", []

    # trafilatura's default call extracts the body only; the "+ metadata" row does the job
    # geoarticle's parse_html does (body and metadata), for a like-for-like time ratio
    return {"trafilatura": run, "  traf + metadata": with_metadata}


def _readability() -> dict[str, Extractor]:
    from readability import Document

    def run(page: bytes) -> tuple[str, list[str]]:
        html = Document(page).summary(html_partial=True)
        if not html.strip():
            return "", []
        text = lxml.html.fromstring(html).text_content()
        return " ".join(text.split()), []

    return {"readability-lxml": run}


SYSTEMS = {"geoarticle": _geoarticle, "trafilatura": _trafilatura, "readability": _readability}


def _timed(fn: Extractor, page: bytes) -> tuple[str | None, list[str], float]:
    t0 = time.perf_counter()
    try:
        text, heads = fn(page)
    except Exception as exc:
        return None, [repr(exc)], (time.perf_counter() - t0) * 1000
    return text, heads, (time.perf_counter() - t0) * 1000


def _load_traf(limit: int | None) -> list[tuple[str, bytes, list[str], list[str]]]:
    data = json.loads((TRAF / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for url, item in sorted(data.items()):
        path = TRAF / "html" / (item["file"] + ".gz")
        if not path.is_file():
            continue
        pages.append((url, gzip.decompress(path.read_bytes()), item["with"], item["without"]))
    return pages[:limit] if limit else pages


def _tokens(text: str) -> collections.Counter[str]:
    return collections.Counter(t.lower() for t in _TOKEN.findall(text))


def _f1(
    got: collections.Counter[str], want: collections.Counter[str]
) -> tuple[float, float, float]:
    common = sum((got & want).values())
    p = common / sum(got.values()) if got else 0.0
    r = common / sum(want.values()) if want else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def _load_read(limit: int | None) -> list[tuple[str, bytes, str, list[str]]]:
    pages = []
    for d in sorted(p for p in READ.iterdir() if (p / "source.html").is_file()):
        expected = lxml.html.fromstring((d / "expected.html").read_text(encoding="utf-8"))
        heads = [_norm(h.text_content()) for h in expected.iter("h2", "h3")]
        text = expected.text_content()
        pages.append((d.name, (d / "source.html").read_bytes(), text, [h for h in heads if h]))
    return pages[:limit] if limit else pages


def _row(name: str, p: float, r: float, f: float, ms: float, base_f: float, base_ms: float) -> str:
    return (
        f"{name:<20}{p:>8.3f}{r:>8.3f}{f:>8.3f}{ms:>10.2f}"
        f"{f / base_f if base_f else 0:>9.3f}{ms / base_ms if base_ms else 0:>9.3f}"
    )


_HEAD = f"{'system':<20}{'prec':>8}{'recall':>8}{'F1':>8}{'med ms':>10}{'F1/traf':>9}{'ms/traf':>9}"


def _run_all(
    systems: dict[str, Extractor], pages: list[bytes]
) -> dict[str, list[tuple[str | None, list[str], float]]]:
    """Every system on every page, systems interleaved page by page (so that a change in
    the machine's load hits all of them alike), after one warm-up call each."""
    for fn in systems.values():
        _timed(fn, pages[0])
    out: dict[str, list[tuple[str | None, list[str], float]]] = {n: [] for n in systems}
    for page in pages:
        for name, fn in systems.items():
            out[name].append(_timed(fn, page))
    return out


def bench_traf(systems: dict[str, Extractor], limit: int | None, misses: int) -> None:
    """Score every system on trafilatura-eval and print the table."""
    pages = _load_traf(limit)
    print(f"\ntrafilatura-eval: {len(pages)} pages (pooled snippet precision/recall/F1)")
    runs = _run_all(systems, [p[1] for p in pages])
    results = {}
    for name, outputs in runs.items():
        tp = fn_ = fp = 0
        failed, empty, bad = 0, 0, []
        times = [ms for _, _, ms in outputs]
        for (url, _, with_, without), (text, heads, _) in zip(pages, outputs, strict=True):
            if text is None:
                failed += 1
                bad.append((url, "raised " + heads[0]))
                text = ""
            elif not text.strip():
                empty += 1
            got = sum(s in text for s in with_)
            leak = [s for s in without if s in text]
            tp, fn_, fp = tp + got, fn_ + len(with_) - got, fp + len(leak)
            if got < len(with_) or leak:
                missed = [s for s in with_ if s not in text]
                bad.append((url, f"missed {missed[:3]} leaked {leak[:3]}"))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn_) if tp + fn_ else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        results[name] = (p, r, f, statistics.median(times), failed, empty)
        if misses and name == "geoarticle":
            for url, why in bad[:misses]:
                print(f"  {url}: {why}")
    _print(results)


def bench_read(systems: dict[str, Extractor], limit: int | None, misses: int) -> None:
    """Score every system on the readability corpus and print the table."""
    pages = _load_read(limit)
    with_heads = sum(1 for *_, h in pages if h)
    print(f"\nreadability: {len(pages)} pages (token-overlap F1 per page, averaged)")
    runs = _run_all(systems, [p[1] for p in pages])
    results, structure = {}, {}
    for name, outputs in runs.items():
        times = [ms for _, _, ms in outputs]
        ps, rs, fs, failed, empty, kept, worst = [], [], [], 0, 0, 0, []
        for (page_name, _, expected, exp_heads), (text, heads, _) in zip(
            pages, outputs, strict=True
        ):
            if text is None:
                failed += 1
                text = ""
            elif not text.strip() and expected.strip():
                empty += 1
            p, r, f = _f1(_tokens(text), _tokens(expected))
            ps.append(p)
            rs.append(r)
            fs.append(f)
            worst.append((f, p, r, page_name))
            if exp_heads:
                ours = {_norm(h) for h in heads[:-1]}
                title = _norm(heads[-1]) if heads else ""
                found = sum(h in ours or (len(h) > 8 and h in title) for h in exp_heads)
                kept += found >= 0.8 * len(exp_heads)
        results[name] = (
            statistics.mean(ps),
            statistics.mean(rs),
            statistics.mean(fs),
            statistics.median(times),
            failed,
            empty,
        )
        structure[name] = kept
        if misses and name == "geoarticle":
            for f, p, r, page_name in sorted(worst)[:misses]:
                print(f"  {page_name}: F1 {f:.3f} P {p:.3f} R {r:.3f}")
    _print(results)
    if "geoarticle" in structure and with_heads:
        kept = structure["geoarticle"]
        print(
            f"structure: {kept}/{with_heads} pages with expected <h2>/<h3> keep them "
            f"in geoarticle's sections ({100 * kept / with_heads:.1f}%)"
        )


def _print(results: dict[str, tuple[float, float, float, float, int, int]]) -> None:
    base = results.get("trafilatura")
    base_f, base_ms = (base[2], base[3]) if base else (0.0, 0.0)
    print(_HEAD + f"{'raised':>8}{'empty':>7}")
    for name, (p, r, f, ms, failed, empty) in results.items():
        print(_row(name, p, r, f, ms, base_f, base_ms) + f"{failed:>8}{empty:>7}")
    # the same job on both sides: the body alone, and the body with the metadata
    pairs = (
        ("  load+body", "trafilatura", "body only (decode, parse, extract)"),
        ("geoarticle", "  traf + metadata", "body and metadata"),
    )
    for ours, theirs, job in pairs:
        if ours in results and theirs in results and results[theirs][3]:
            ratio = results[ours][3] / results[theirs][3]
            print(f"like for like, {job}: geoarticle/trafilatura time {ratio:.3f}")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns the process exit code."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="first N pages of each corpus")
    ap.add_argument("--corpus", choices=("traf", "readability", "both"), default="both")
    ap.add_argument("--systems", default="geoarticle,trafilatura,readability")
    ap.add_argument("--misses", type=int, default=0, help="print N of geoarticle's misses")
    args = ap.parse_args(argv)
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} is not present")
        return 0
    systems: dict[str, Extractor] = {}
    for key in args.systems.split(","):
        try:
            systems.update(SYSTEMS[key.strip()]())
        except ImportError as exc:
            print(f"{key}: not installed ({exc}); install the 'bench' extra", file=sys.stderr)
    if args.corpus in ("traf", "both") and TRAF.is_dir():
        bench_traf(systems, args.limit, args.misses)
    if args.corpus in ("readability", "both") and READ.is_dir():
        bench_read(systems, args.limit, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())

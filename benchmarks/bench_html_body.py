"""Main-content extraction: geoarticle vs trafilatura vs readability-lxml, same pages, one process.

Usage::

    python benchmarks/bench_html_body.py [--limit N] [--corpus traf|readability|fundus|all]
                                         [--systems geoarticle,trafilatura,readability]
                                         [--misses N] [--pages]

Corpora, read in place from ``../shared/corpora`` (skipped with a message when absent);
how each is scored is written in ``benchmarks/corpora.py``:

``trafilatura-eval``
    990 pages; pooled snippet precision/recall/F1, as the trafilatura project scores it.
``readability``
    130 pages; token F1 per page against ``expected.html``, averaged; the share of pages
    whose expected ``<h2>``/``<h3>`` headings (80% of them) are our section headings.
``fundus-dev``
    127 news pages of 2023-2026 against their publisher parsers' output: body token F1
    (mean, median, pages below 0.65), paragraphs and headlines found, summary token
    recall, title (same tokens), authors (set F1) and date (the same day). The table is
    printed for all pages, for the publishers tuned on and for the held-out third
    (``corpora.is_heldout``); ``--pages`` prints the per-page table.

geoarticle's text is ``Article.body_text``, preceded by the summary when that is the
standfirst shown on the page (``source_of("summary") == "text"``): the same text a reader
sees, which is what the peers return. Its ``geoarticle`` row is
``geoarticle.parsers.html.parse_html`` (body and metadata, no annotators, as the public
``parse_html(annotate=False)``); ``load+body`` times loading and body extraction only,
``full parse_html`` the public call with its default annotators. ``trafilatura`` is its
default ``extract`` (body only); ``traf + metadata`` is ``bare_extraction(with_metadata=True)``
(body and metadata, no output formatting). The last lines give the time ratios of the same
job on both sides (body only; body and metadata), from the median times per page
(decoding and parsing included), in CPU time of the process (the extractors are
single-threaded; wall-clock time on a shared machine also measures the neighbours' load).
On each page both sides of a pair run in the same state: the body-and-metadata call of
each library first among its calls (``_run_order``), the body-only calls after it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpora


class Out(NamedTuple):
    """What a system extracts from a page (metadata ``None`` when it gives none)."""

    text: str
    headings: list[str] | None = None
    title: str | None = None
    authors: list[str] | None = None
    date: dt.date | None = None
    summary: str | None = None


Extractor = Callable[[bytes, "str | None"], Out]


def _geoarticle() -> dict[str, Extractor]:
    import geoarticle
    from geoarticle.limits import DEFAULT_LIMITS
    from geoarticle.parsers.html import _body, _load, parse_html

    def _text(art: geoarticle.Article) -> str:
        if art.summary and art.source_of("summary") == "text":
            return art.summary + "\n\n" + art.body_text
        return art.body_text

    def core(page: bytes, url: str | None) -> Out:
        art = parse_html(page, url=url)
        return Out(
            _text(art),
            [s.heading for s in art.sections if s.heading],
            art.title,
            [a.name for a in art.authors],
            art.published,
            art.summary,
        )

    def load_body(page: bytes, url: str | None) -> Out:
        loaded = _load.load_html(page, limits=DEFAULT_LIMITS)
        body = _body.extract_body(loaded.root, url=url, limits=DEFAULT_LIMITS)
        text = "\n\n".join(t for t in (s.text for s in body.sections) if t)
        lead = getattr(body, "standfirst", None)
        if lead:
            text = lead + "\n\n" + text
        return Out(text, [s.heading for s in body.sections if s.heading])

    def full(page: bytes, url: str | None) -> Out:
        return Out(_text(geoarticle.parse_html(page, url=url)))

    return {"geoarticle": core, "  load+body": load_body, "  full parse_html": full}


def _trafilatura() -> dict[str, Extractor]:
    import trafilatura

    def run(page: bytes, url: str | None) -> Out:
        return Out(trafilatura.extract(page, url=url, include_comments=False) or "")

    def with_metadata(page: bytes, url: str | None) -> Out:
        doc = trafilatura.bare_extraction(page, url=url, include_comments=False, with_metadata=True)
        if doc is None:
            return Out("", [], "", [], None, "")
        heads = (
            [" ".join(h.itertext()) for h in doc.body.iter("head")] if doc.body is not None else []
        )
        date = None
        if doc.date:
            try:
                date = dt.date.fromisoformat(doc.date[:10])
            except ValueError:
                date = None
        authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
        return Out(doc.text or "", heads, doc.title or "", authors, date, doc.description)

    # the default call extracts the body only; "+ metadata" does the job geoarticle's
    # parse_html does (body and metadata), for a like-for-like time ratio
    return {"trafilatura": run, "  traf + metadata": with_metadata}


def _readability() -> dict[str, Extractor]:
    from readability import Document

    def run(page: bytes, url: str | None) -> Out:
        html = Document(page).summary(html_partial=True)
        if not html.strip():
            return Out("", [])
        root = lxml.html.fromstring(html)
        heads = [" ".join(h.text_content().split()) for h in root.iter("h1", "h2", "h3", "h4")]
        return Out(" ".join(root.text_content().split()), heads)

    return {"readability-lxml": run}


SYSTEMS = {"geoarticle": _geoarticle, "trafilatura": _trafilatura, "readability": _readability}

Run = list["tuple[Out | None, float, str]"]


def _timed(fn: Extractor, page: bytes, url: str | None) -> tuple[Out | None, float, str]:
    # CPU time of this process: the extractors are single-threaded, and on a shared machine
    # wall-clock time measures the neighbours' load as much as the work
    t0 = time.process_time()
    try:
        out = fn(page, url)
    except Exception as exc:
        return None, (time.process_time() - t0) * 1000, repr(exc)
    return out, (time.process_time() - t0) * 1000, ""


# each side of a like-for-like pair (see ``_ratios``) runs first on a page among its own
# library's calls: a call right after another one of its library on the same page finds
# that library's caches (trafilatura's lru_caches, geoarticle's token flags) filled with
# the page's strings and runs some 7 % faster, which is no like for like
_RUN_FIRST = ("geoarticle", "  traf + metadata")


def _run_order(names: Sequence[str]) -> list[str]:
    """``names`` in the order they run on each page: the body-and-metadata call of each
    library before its others (on a page none of its calls has seen yet)."""
    first = [n for n in names if n in _RUN_FIRST]
    return first + [n for n in names if n not in _RUN_FIRST]


def _run_all(
    systems: dict[str, Extractor], pages: Sequence[tuple[bytes, str | None]]
) -> dict[str, Run]:
    """Every system on every page, systems interleaved page by page (so that a change in
    the machine's load hits all of them alike), after one warm-up call each; the results
    keep the order of ``systems``."""
    for fn in systems.values():
        _timed(fn, *pages[0])
    out: dict[str, Run] = {n: [] for n in systems}
    order = _run_order(list(systems))
    for page, url in pages:
        for name in order:
            out[name].append(_timed(systems[name], page, url))
    return out


def _median_ms(run: Run) -> float:
    return statistics.median(ms for _, ms, _ in run)


def _ratios(runs: dict[str, Run]) -> None:
    """The same job on both sides: the body alone, and the body with the metadata."""
    pairs = (
        ("  load+body", "trafilatura", "body only (decode, parse, extract)"),
        ("geoarticle", "  traf + metadata", "body and metadata (bare_extraction)"),
    )
    for ours, theirs, job in pairs:
        if ours in runs and theirs in runs:
            ratio = _median_ms(runs[ours]) / _median_ms(runs[theirs])
            print(f"like for like, {job}: geoarticle/trafilatura time {ratio:.3f}")


_HEAD = f"{'system':<20}{'prec':>8}{'recall':>8}{'F1':>8}{'med ms':>10}{'raised':>8}{'empty':>7}"


def bench_traf(systems: dict[str, Extractor], limit: int | None, misses: int) -> None:
    """Score every system on trafilatura-eval and print the table."""
    pages = corpora.traf_pages()[:limit] if limit else corpora.traf_pages()
    print(f"\ntrafilatura-eval: {len(pages)} pages (pooled snippet precision/recall/F1)")
    runs = _run_all(systems, [(p.source, None) for p in pages])
    print(_HEAD)
    for name, outputs in runs.items():
        tp = fn_ = fp = failed = empty = 0
        bad = []
        for page, (out, _, err) in zip(pages, outputs, strict=True):
            text = out.text if out is not None else ""
            failed += out is None
            empty += out is not None and not text.strip()
            got = sum(s in text for s in page.with_)
            leak = [s for s in page.without if s in text]
            tp, fn_, fp = tp + got, fn_ + len(page.with_) - got, fp + len(leak)
            if got < len(page.with_) or leak or err:
                missed = [s for s in page.with_ if s not in text]
                bad.append(f"{page.name}: {err or ''}missed {missed[:3]} leaked {leak[:3]}")
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn_) if tp + fn_ else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(
            f"{name:<20}{p:>8.3f}{r:>8.3f}{f:>8.3f}{_median_ms(outputs):>10.2f}{failed:>8}{empty:>7}"
        )
        if misses and name == "geoarticle":
            for line in bad[:misses]:
                print("  " + line)
    _ratios(runs)


def bench_read(systems: dict[str, Extractor], limit: int | None, misses: int) -> None:
    """Score every system on the readability corpus and print the table."""
    pages = corpora.read_pages()[:limit] if limit else corpora.read_pages()
    with_heads = sum(1 for p in pages if p.headings)
    print(f"\nreadability: {len(pages)} pages (token-overlap F1 per page, averaged)")
    runs = _run_all(systems, [(p.source, None) for p in pages])
    print(_HEAD + f"{'h2/h3 kept':>12}")
    for name, outputs in runs.items():
        ps, rs, fs, failed, empty, kept, worst = [], [], [], 0, 0, 0, []
        for page, (out, _, _) in zip(pages, outputs, strict=True):
            text = out.text if out is not None else ""
            failed += out is None
            empty += out is not None and not text.strip() and bool(page.expected.strip())
            p, r, f = corpora.token_f1(text, page.expected)
            ps.append(p)
            rs.append(r)
            fs.append(f)
            worst.append((f, p, r, page.name))
            if page.headings and out is not None and out.headings is not None:
                ours = {corpora.joined(h) for h in out.headings}
                title = corpora.joined(out.title or "")
                found = sum(
                    corpora.joined(h) in ours or (len(h) > 8 and corpora.joined(h) in title)
                    for h in page.headings
                )
                kept += found >= 0.8 * len(page.headings)
        print(
            f"{name:<20}{statistics.mean(ps):>8.3f}{statistics.mean(rs):>8.3f}"
            f"{statistics.mean(fs):>8.3f}{_median_ms(outputs):>10.2f}{failed:>8}{empty:>7}"
            f"{f'{kept}/{with_heads}':>12}"
        )
        if misses and name == "geoarticle":
            for f, p, r, page_name in sorted(worst)[:misses]:
                print(f"  {page_name}: F1 {f:.3f} P {p:.3f} R {r:.3f}")
    _ratios(runs)


class FundusScore(NamedTuple):
    """One system's scores on one fundus-dev page (``None``: not measured there)."""

    f1: float
    paras: tuple[int, int]
    heads: tuple[int, int] | None
    summary: float | None
    title: float | None
    authors: float | None
    date: float | None


def score_fundus(page: corpora.FundusPage, out: Out | None) -> FundusScore:
    """The scores of one extraction against the publisher parser's output."""
    if out is None:
        out = Out("")
    summary = None
    if page.summary and out.summary is not None:
        summary = corpora.token_f1(out.summary, " ".join(page.summary))[1]
    title = authors = date = None
    if out.title is not None:
        title = float(corpora.joined(out.title) == corpora.joined(page.title))
    if out.authors is not None:
        authors = corpora.names_f1(out.authors, page.authors)
    if out.title is not None:  # a system that reads metadata
        same = corpora.same_day(out.date, page.published)
        date = None if same is None else float(same)
    return FundusScore(
        corpora.token_f1(out.text, page.expected_text)[2],
        corpora.found_share(page.paragraphs, out.text),
        None if out.headings is None else corpora.heads_share(page.headlines, out.headings),
        summary,
        title,
        authors,
        date,
    )


def _mean(values: Sequence[float | None]) -> str:
    got = [v for v in values if v is not None]
    return f"{statistics.mean(got):.3f}" if got else "-"


def _share(all_pairs: Sequence[tuple[int, int] | None]) -> str:
    pairs = [p for p in all_pairs if p is not None]
    total = sum(t for _, t in pairs)
    return f"{sum(f for f, _ in pairs) / total:.3f}" if total else "-"


_FHEAD = (
    f"{'system':<20}{'F1 mean':>8}{'median':>8}{'<0.65':>6}{'paras':>7}{'heads':>7}"
    f"{'summ':>7}{'title':>7}{'authors':>8}{'date':>7}{'med ms':>9}"
)


def _fundus_table(
    label: str, idx: list[int], scores: dict[str, list[FundusScore]], runs: dict[str, Run]
) -> None:
    print(f"{label} ({len(idx)} pages)")
    if not idx:  # (a --limit may leave a part without pages)
        return
    print(_FHEAD)
    for name, all_scores in scores.items():
        sc = [all_scores[i] for i in idx]
        f1s = [s.f1 for s in sc]
        ms = statistics.median(runs[name][i][1] for i in idx)
        print(
            f"{name:<20}{statistics.mean(f1s):>8.3f}{statistics.median(f1s):>8.3f}"
            f"{sum(f < 0.65 for f in f1s):>6}{_share([s.paras for s in sc]):>7}"
            f"{_share([s.heads for s in sc]):>7}{_mean([s.summary for s in sc]):>7}"
            f"{_mean([s.title for s in sc]):>7}{_mean([s.authors for s in sc]):>8}"
            f"{_mean([s.date for s in sc]):>7}{ms:>9.2f}"
        )


def bench_fundus(systems: dict[str, Extractor], limit: int | None, per_page: bool) -> None:
    """Score every system on fundus-dev and print the tables (all, tuned, held-out)."""
    pages = corpora.fundus_pages()[:limit] if limit else corpora.fundus_pages()
    print(f"\nfundus-dev: {len(pages)} pages of {len({p.publisher for p in pages})} publishers")
    runs = _run_all(systems, [(p.source, p.url) for p in pages])
    scores = {
        name: [score_fundus(p, out) for p, (out, _, _) in zip(pages, run, strict=True)]
        for name, run in runs.items()
    }
    everything = list(range(len(pages)))
    tuned = [i for i, p in enumerate(pages) if not p.heldout]
    held = [i for i, p in enumerate(pages) if p.heldout]
    _fundus_table("all", everything, scores, runs)
    _fundus_table("tuned on", tuned, scores, runs)
    _fundus_table("held out (never looked at)", held, scores, runs)
    ours, theirs = scores.get("geoarticle"), scores.get("trafilatura")
    if ours and theirs:
        lost = [
            pages[i].name
            for i in everything
            if ours[i].f1 < 0.65 and theirs[i].f1 > 0.9 and not pages[i].heldout
        ]
        lost_held = sum(
            ours[i].f1 < 0.65 and theirs[i].f1 > 0.9 for i in everything if pages[i].heldout
        )
        print(
            f"pages geoarticle < 0.65 where trafilatura > 0.9: {len(lost) + lost_held} "
            f"(tuned: {', '.join(lost) or 'none'}; held out: {lost_held})"
        )
    _ratios(runs)
    if per_page and ours:
        print(
            f"\n{'page':<44}{'ho':>3}{'F1':>7}{'traf':>7}{'paras':>8}{'heads':>7}"
            f"{'summ':>6}{'title':>6}{'auth':>6}{'date':>6}"
        )
        for i, p in enumerate(pages):
            if p.heldout:
                continue  # held-out pages are reported in aggregate only
            s = ours[i]
            t = f"{theirs[i].f1:.3f}" if theirs else "-"

            def frac(pair: tuple[int, int] | None) -> str:
                return f"{pair[0]}/{pair[1]}" if pair and pair[1] else "-"

            def num(v: float | None) -> str:
                return "-" if v is None else f"{v:.2f}"

            print(
                f"{p.name:<44}{'':>3}{s.f1:>7.3f}{t:>7}{frac(s.paras):>8}{frac(s.heads):>7}"
                f"{num(s.summary):>6}{num(s.title):>6}{num(s.authors):>6}{num(s.date):>6}"
            )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns the process exit code."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="first N pages of each corpus")
    ap.add_argument(
        "--corpus", choices=("traf", "readability", "fundus", "both", "all"), default="all"
    )
    ap.add_argument("--systems", default="geoarticle,trafilatura,readability")
    ap.add_argument("--misses", type=int, default=0, help="print N of geoarticle's misses")
    ap.add_argument("--pages", action="store_true", help="per-page fundus-dev table (tuned part)")
    args = ap.parse_args(argv)
    if not corpora.SHARED.is_dir():
        print(f"skipped: {corpora.SHARED} is not present")
        return 0
    systems: dict[str, Extractor] = {}
    for key in args.systems.split(","):
        try:
            systems.update(SYSTEMS[key.strip()]())
        except ImportError as exc:
            print(f"{key}: not installed ({exc}); install the 'bench' extra", file=sys.stderr)
    wanted = {"all": ("traf", "readability", "fundus"), "both": ("traf", "readability")}.get(
        args.corpus, (args.corpus,)
    )
    if "traf" in wanted and (corpora.SHARED / "trafilatura-eval").is_dir():
        bench_traf(systems, args.limit, args.misses)
    if "readability" in wanted and (corpora.SHARED / "readability").is_dir():
        bench_read(systems, args.limit, args.misses)
    if "fundus" in wanted and (corpora.SHARED / "fundus-dev").is_dir():
        bench_fundus(systems, args.limit, args.pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())

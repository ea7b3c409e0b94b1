"""Resident memory over 2,000 pages parsed in one process: it must level off after warm-up.

    python benchmarks/bench_memory.py                   # 2,000 pages, then trafilatura on the same
    python benchmarks/bench_memory.py --pages 500 --every 100 --no-peer

Pages are the readability and trafilatura-eval corpora of ../shared, cycled. Each is parsed
with ``parse_html`` (annotation on) and the result serialized, as a crawler would; RSS is
printed after every ``--every`` pages. The growth after warm-up (from the first checkpoint to
the last) is the figure to watch; then the same pages go through ``trafilatura.extract`` in
the same process and its growth is printed the same way, with the time ratio.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import itertools
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"

import geoarticle  # noqa: E402


def _rss_mb() -> float:
    """Resident set size of this process, in MB (Linux /proc)."""
    with open("/proc/self/statm", encoding="ascii") as fh:
        pages = int(fh.read().split()[1])
    import resource

    return pages * resource.getpagesize() / 1e6


def _pages() -> list[bytes]:
    out = [p.read_bytes() for p in sorted((SHARED / "readability").glob("*/source.html"))]
    for p in sorted((SHARED / "trafilatura-eval" / "html").glob("*")):
        data = p.read_bytes()
        out.append(gzip.decompress(data) if p.suffix == ".gz" else data)
    return out


def _run(
    label: str, fn: Callable[[bytes], object], pages: Iterator[bytes], n: int, every: int
) -> tuple[float, list[float]]:
    gc.collect()
    start_rss = _rss_mb()
    print(f"\n{label}: RSS before: {start_rss:.0f} MB")
    print(
        f"{'pages':>6} {'RSS MB':>8} {'since start':>12} {'since 1st checkpoint':>21} {'s/page':>8}"
    )
    marks: list[float] = []
    errors = 0
    start = lap = time.perf_counter()
    for i, page in enumerate(itertools.islice(pages, n), 1):
        try:
            fn(page)
        except geoarticle.GeoArticleError:
            errors += 1
        if i % every == 0:
            rss = _rss_mb()
            marks.append(rss)
            now = time.perf_counter()
            print(
                f"{i:>6} {rss:>8.0f} {rss - start_rss:>+12.0f} {rss - marks[0]:>+21.0f} {(now - lap) / every:>8.3f}",
                flush=True,
            )
            lap = now
    total = time.perf_counter() - start
    print(f"{label}: {n} pages in {total:.0f} s, {errors} GeoArticleError(s)")
    return total, marks


def _geoarticle(page: bytes) -> None:
    article = geoarticle.parse_html(page)
    geoarticle.dumps(article)


def main() -> None:
    """Parse options, run geoarticle then the peer, print the tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--every", type=int, default=500)
    ap.add_argument("--no-peer", action="store_true")
    args = ap.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"skipped: {SHARED} is not present")
    corpus = _pages()
    print(f"{len(corpus)} distinct pages, cycled to {args.pages}")
    ours, marks = _run("geoarticle", _geoarticle, itertools.cycle(corpus), args.pages, args.every)
    if not args.no_peer:
        try:
            from trafilatura import extract
        except ImportError:
            print("trafilatura is not installed: no peer run")
            return
        theirs, peer_marks = _run(
            "trafilatura", lambda p: extract(p), itertools.cycle(corpus), args.pages, args.every
        )
        print(f"\ntime ratio geoarticle/trafilatura: {ours / theirs:.2f}")
        if len(peer_marks) > 1:
            print(f"trafilatura growth after warm-up: {peer_marks[-1] - peer_marks[0]:+.0f} MB")
    if len(marks) > 1:
        print(f"geoarticle growth after warm-up: {marks[-1] - marks[0]:+.0f} MB")


if __name__ == "__main__":
    main()

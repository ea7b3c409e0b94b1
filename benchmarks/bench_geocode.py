"""Benchmark: what the geocode step adds to ``parse_html`` / ``parse_text``.

Times the default pipeline with and without the ``geocode`` step, in one process,
on the bundled example and on the English pages of the shared fundus-dev corpus
(read in place), after one warm-up pass (the gazetteers load once per process;
that one-off load is timed separately). Reports the median of ``--repeat`` runs.

    /work/venv/bin/python benchmarks/bench_geocode.py [--repeat 5] [--pages 12]
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import geoarticle  # noqa: E402
from geoarticle.annotators.geocode import gazetteer  # noqa: E402
from geoarticle.cli.commands import example_text  # noqa: E402

FUNDUS = ROOT.parent / "shared" / "corpora" / "fundus-dev"
ENGLISH = ("us", "uk", "ca", "au", "in", "za", "ie", "nz", "sg", "ng", "ph", "lk")


def _pages(limit: int) -> list[bytes]:
    out: list[bytes] = []
    for country in ENGLISH:
        for path in sorted((FUNDUS / country).glob("*.html.gz")):
            out.append(gzip.decompress(path.read_bytes()))
            if len(out) >= limit:
                return out
    return out


def _time(fn: Callable[[], object], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    """Print the timings with and without the step."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pages", type=int, default=12)
    args = parser.parse_args(argv)
    full = geoarticle.default_pipeline()
    without = full.without("geocode")
    t0 = time.perf_counter()
    gaz = gazetteer()
    print(f"one-off gazetteer load: {time.perf_counter() - t0:.3f} s")
    t0 = time.perf_counter()
    gaz.place("a name no city has", None)
    print(
        f"one-off index of alternate names (first unknown place with no country): "
        f"{time.perf_counter() - t0:.3f} s"
    )
    text = example_text()
    pages = _pages(args.pages)
    cases: list[tuple[str, Callable[[geoarticle.Pipeline], object]]] = [
        ("example (parse_text)", lambda p: geoarticle.parse_text(text, pipeline=p)),
        (
            f"{len(pages)} fundus-dev pages (parse_html)",
            lambda p: [geoarticle.parse_html(b, pipeline=p) for b in pages],
        ),
    ]
    print(f"steps: {full.names}")
    for label, run in cases:
        run(full)  # warm-up: gazetteers, lexicons
        # interleave the two so that drift in the machine hits both alike
        with_s, without_s = [], []
        for _ in range(args.repeat):
            with_s.append(_time(lambda run=run: run(full), 1))
            without_s.append(_time(lambda run=run: run(without), 1))
        a, b = statistics.median(with_s), statistics.median(without_s)
        print(
            f"{label}: with geocode {a * 1000:.1f} ms, without {b * 1000:.1f} ms, "
            f"difference {100 * (a - b) / b:+.2f}% (noise included)"
        )
    # the step alone, on articles annotated without it: the figure that matters
    step = next(s for s in full.steps if s.name == "geocode")
    annotated = [geoarticle.parse_text(text, pipeline=without)] + [
        geoarticle.parse_html(b, pipeline=without) for b in pages
    ]
    parse = _time(
        lambda: (
            geoarticle.parse_text(text, pipeline=without),
            [geoarticle.parse_html(b, pipeline=without) for b in pages],
        ),
        args.repeat,
    )

    def cold() -> None:
        gaz._memo.clear()  # every lookup as on a first sight of the name
        for a in annotated:
            step(a)

    alone = _time(cold, args.repeat * 20)
    print(
        f"geocode step alone (lookups not remembered) over {len(annotated)} articles: {alone * 1000:.3f} ms "
        f"= {100 * alone / parse:.2f}% of parsing and annotating them ({parse * 1000:.1f} ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

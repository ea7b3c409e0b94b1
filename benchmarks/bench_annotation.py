"""CPU time of each annotation step on the gold pages: the text layer, actors, events.

    python benchmarks/bench_annotation.py [--runs N]

The 50 gold articles (``benchmarks/gold/articles.tsv``) are parsed once without
annotation; then, best of ``--runs`` passes over all of them, each part is timed
in CPU seconds (``time.process_time``, steadier than wall time on a shared
machine): the text layer alone (tokens, sentences and passages of every
article), the actor step alone (on a document already built), the event step
alone (after the actors), and both steps as ``bench_understanding.py`` runs them
(text layer included). Printed: milliseconds per pass and per article, and
annotation words per CPU second (words of ``Article.body_text``, as
``bench_understanding.py`` counts them). With ``--peer``: on the fundus-dev gold
pages, the CPU time of ``parse_html`` (parse and annotate) and of
``trafilatura.extract`` on the same page, best of ``--runs`` each, and the median
of the per-page ratios. With ``--gc``: the CPU time the garbage collector takes in
one pass of both steps, per generation (most of what the whole run costs over its
parts: the full collections walk every object the process keeps, the gazetteers
included). Exits quietly when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import geoarticle
from bench_understanding import gold_files, parse, pipeline
from geoarticle.annotators import document as text_layer
from geoarticle.limits import DEFAULT_LIMITS
from geoarticle.models import Article
from geoarticle.pipeline import Pipeline
from gold_articles import SHARED, articles


def _best(run: Callable[[], float], runs: int) -> float:
    run()  # warm caches and lexicons
    return min(run() for _ in range(runs))


def measure(runs: int) -> dict[str, float]:
    """CPU seconds of one pass over the gold articles, per part."""
    ids = set(gold_files("all"))
    cases: list[tuple[Pipeline, Article]] = [
        (pipeline(art), parse(art, annotate=False)) for art in articles() if art.id in ids
    ]
    budget = DEFAULT_LIMITS.max_annotated_chars

    def text() -> float:
        c0 = time.process_time()
        for _, bare in cases:
            text_layer.build(bare, budget)
        return time.process_time() - c0

    def actors() -> float:
        spent = 0.0
        for steps, bare in cases:
            text_layer.document(bare, budget)  # built before the clock starts
            c0 = time.process_time()
            steps.steps[0](bare)
            spent += time.process_time() - c0
        return spent

    def events() -> float:
        spent = 0.0
        for steps, bare in cases:
            with_actors = steps.steps[0](bare)
            c0 = time.process_time()
            steps.steps[1](with_actors)
            spent += time.process_time() - c0
        return spent

    def both() -> float:
        # the document memo holds the article before: each article's document is built anew
        c0 = time.process_time()
        for steps, bare in cases:
            steps(bare)
        return time.process_time() - c0

    out = {
        "text layer": _best(text, runs),
        "actors": _best(actors, runs),
        "events": _best(events, runs),
        "annotation": _best(both, runs),
    }
    out["words"] = sum(len(bare.body_text.split()) for _, bare in cases)
    out["articles"] = len(cases)
    return out


def gc_time(runs: int) -> dict[int, tuple[float, float]]:
    """Generation -> (collections, CPU seconds) per pass of both steps, mean of ``runs``."""
    ids = set(gold_files("all"))
    cases = [(pipeline(art), parse(art, annotate=False)) for art in articles() if art.id in ids]
    for steps, bare in cases:  # warm caches and lexicons
        steps(bare)
    spent = {g: [0, 0.0] for g in range(3)}
    began = [0.0]

    def clock(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            began[0] = time.process_time()
        else:
            spent[info["generation"]][0] += 1
            spent[info["generation"]][1] += time.process_time() - began[0]

    gc.callbacks.append(clock)
    try:
        for _ in range(runs):
            for steps, bare in cases:
                steps(bare)
    finally:
        gc.callbacks.remove(clock)
    return {g: (n / runs, t / runs) for g, (n, t) in spent.items()}


def peer_ratio(runs: int) -> tuple[int, float, float, float]:
    """Pages, median parse_html ms, median trafilatura ms, median per-page ratio (CPU time)."""
    import trafilatura

    ids = set(gold_files("all"))
    ours: list[float] = []
    theirs: list[float] = []
    for art in articles():
        if art.id not in ids or art.corpus != "fundus-dev":
            continue
        page, url = art.source(), art.url()
        html = page.decode("utf-8", "replace")

        def parse_html(page: bytes = page, url: str | None = url) -> float:
            c0 = time.process_time()
            geoarticle.parse_html(page, url=url)
            return time.process_time() - c0

        def extract(html: str = html, url: str | None = url) -> float:
            c0 = time.process_time()
            trafilatura.extract(html, url=url)
            return time.process_time() - c0

        ours.append(_best(parse_html, runs))
        theirs.append(_best(extract, runs))
    ratio = statistics.median(a / b for a, b in zip(ours, theirs, strict=True))
    return len(ours), statistics.median(ours) * 1e3, statistics.median(theirs) * 1e3, ratio


def main() -> int:
    """Command line."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--runs", type=int, default=7, help="passes; the best is kept (default 7)")
    ap.add_argument("--peer", action="store_true", help="parse_html against trafilatura too")
    ap.add_argument("--gc", action="store_true", help="garbage collection time per pass too")
    args = ap.parse_args()
    if not SHARED.is_dir():
        print(f"{SHARED} is absent: nothing to measure")
        return 0
    got = measure(args.runs)
    n = int(got["articles"])
    print(f"{n} gold articles, {int(got['words']):,} words; CPU time, best of {args.runs} passes")
    for part in ("text layer", "actors", "events", "annotation"):
        print(f"{part:11s} {got[part] * 1e3:8.1f} ms  ({got[part] * 1e3 / n:.2f} ms per article)")
    print(f"annotation: {got['words'] / got['annotation']:,.0f} words per CPU second")
    if args.gc:
        for gen, (count, spent) in gc_time(args.runs).items():
            print(
                f"garbage collection, generation {gen}: {count:.1f} per pass,"
                f" {spent * 1e3:.1f} ms per pass"
            )
    if args.peer:
        pages, ours, theirs, ratio = peer_ratio(args.runs)
        print(
            f"fundus-dev gold pages ({pages}), CPU time: parse_html median {ours:.1f} ms,"
            f" trafilatura.extract {theirs:.1f} ms; median ratio {ratio:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Event coding speed and quality, and parse_html (actors + events) against trafilatura.

Run: /work/venv/bin/python benchmarks/bench_events.py [--limit N]

Reads ../shared relative to the repo root (skips with a message when absent):
the readability corpus pages and the seed article. Prints the fixture scorer's
table (hand-made actors, and the real actor recogniser), events and sentences
per second, and median ms/page of geoarticle.parse_html (actors and events on)
against trafilatura.extract on the same pages, in this one process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

import attrs

import geoarticle
from geoarticle.annotators.actors import ActorAnnotator
from geoarticle.annotators.document import build
from geoarticle.annotators.events import find_events
from geoarticle.annotators.events.score import load_fixtures, score_fixtures

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures" / "events"


def _fixture_tables() -> None:
    for title, directory in (
        ("development fixtures", FIXTURES),
        (
            "newer fixtures (heldout/: written after the rules, not in development)",
            FIXTURES / "heldout",
        ),
    ):
        fixtures = load_fixtures(directory)
        print(f"== {title}, hand-made actors")
        print(score_fixtures(fixtures).table())
        print(f"== {title}, real ActorAnnotator (gold actors aligned by mention overlap)")
        print(score_fixtures(fixtures, actors=ActorAnnotator()).table())


def _pages(limit: int) -> list[bytes]:
    corpus = SHARED / "corpora" / "readability"
    pages = sorted(corpus.glob("*/source.html"))[:limit]
    return [p.read_bytes() for p in pages]


def main() -> int:
    """Run the benchmark and print its tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=130, help="readability pages to use")
    args = parser.parse_args()
    _fixture_tables()
    if not SHARED.is_dir():
        print(f"{SHARED} is absent: skipping corpus timings")
        return 0
    try:
        import trafilatura
    except ImportError:
        print("trafilatura is not installed (extra 'bench'): skipping the comparison")
        return 0
    pages = _pages(args.limit)
    seed = (SHARED / "seeds" / "000_6d7372103e3a1b89.txt").read_text("utf-8")
    ref = dt.date(2017, 11, 1)
    actors = ActorAnnotator()
    # warm caches (lexicon, gazetteers) outside the timings
    geoarticle.parse_text(seed, reference_date=ref)
    trafilatura.extract(pages[0].decode("utf-8", "replace")) if pages else None

    ours: list[float] = []
    peer: list[float] = []
    n_events = n_sentences = 0
    event_time = 0.0
    for raw in pages:
        html = raw.decode("utf-8", "replace")
        t0 = time.perf_counter()
        try:
            article = geoarticle.parse_html(raw, reference_date=ref)
        except geoarticle.GeoArticleError:
            continue
        t1 = time.perf_counter()
        trafilatura.extract(html)
        t2 = time.perf_counter()
        ours.append(t1 - t0)
        peer.append(t2 - t1)
        bare = attrs.evolve(article, events=())
        t3 = time.perf_counter()
        evs = find_events(bare, reference_date=ref)
        event_time += time.perf_counter() - t3
        n_events += len(evs)
        n_sentences += sum(len(p.sentences) for p in build(bare, 10**9).passages if p.prose)
    seed_article = actors(geoarticle.parse_text(seed, annotate=False))
    t0 = time.perf_counter()
    reps = 10
    for _ in range(reps):
        seed_events = find_events(seed_article, reference_date=ref)
    seed_ms = (time.perf_counter() - t0) / reps * 1e3
    print("== events over corpora")
    print(f"{'corpus':<24}{'pages':>6}{'sentences':>10}{'events':>8}{'events/s':>10}{'sent/s':>10}")
    if event_time:
        print(
            f"{'readability':<24}{len(ours):>6}{n_sentences:>10}{n_events:>8}"
            f"{n_events / event_time:>10.0f}{n_sentences / event_time:>10.0f}"
        )
    seed_sents = sum(len(p.sentences) for p in build(seed_article, 10**9).passages if p.prose)
    print(
        f"{'seed (x' + str(reps) + ')':<24}{1:>6}{seed_sents:>10}{len(seed_events):>8}"
        f"{len(seed_events) / seed_ms * 1e3:>10.0f}{seed_sents / seed_ms * 1e3:>10.0f}"
    )
    print(f"seed: find_events {seed_ms:.1f} ms per article")
    if ours:
        mo, mp = statistics.median(ours) * 1e3, statistics.median(peer) * 1e3
        print("== parse_html (actors + events) vs trafilatura.extract, same pages, same run")
        print(f"{'tool':<40}{'median ms/page':>16}")
        print(f"{'geoarticle.parse_html (annotated)':<40}{mo:>16.2f}")
        print(f"{'trafilatura.extract':<40}{mp:>16.2f}")
        print(f"{'ratio geoarticle/trafilatura':<40}{mo / mp:>16.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The annotators grow linearly with their input (ratios of times, never absolute times).

Each step runs on invented texts of n and 4n units (sentences with new names and
events, short lines, one huge paragraph); a step that is linear takes about 4x as
long on the larger input, a quadratic one 16x. The bound (10x) leaves room for a
noisy machine while catching quadratic growth, and a ratio over it is measured
again (up to three times, the lowest kept): noise passes, quadratic growth never does.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator

import pytest

import geoarticle
from geoarticle.annotators.actors import ActorAnnotator
from geoarticle.annotators.events import EventAnnotator
from geoarticle.limits import Limits
from geoarticle.models import Article
from geoarticle.pipeline import Pipeline

LIMITS = Limits(max_annotated_chars=10_000_000, max_actors=1_000_000, max_events=1_000_000)
BOUND = 10.0
_SYL = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "za", "be", "do", "fu"]


def _names() -> Iterator[str]:
    """Distinct invented names: Kalo, Kami, ..., then three and four syllables."""
    for size in (2, 3, 4):
        for parts in itertools.product(_SYL, repeat=size):
            yield "".join(parts).capitalize()


def _sentences(n: int) -> list[str]:
    names = _names()
    out = []
    for k in range(n):
        a, b, c, d = next(names), next(names), next(names), next(names)
        day = ("Monday", "Tuesday", "Friday")[k % 3]
        out.append(
            f"Minister {a} {b} of Ruvalia met Governor {c} {d} in Geneva on {day} "
            f"and criticised the {b} Defence Council."
        )
    return out


def _paragraph(n: int) -> str:
    return "Talks\n\n" + " ".join(_sentences(n)) + "\n"


def _lines(n: int) -> str:
    return "Talks\n\n" + "\n\n".join(_sentences(n)) + "\n"


def _short_lines(n: int) -> str:
    names = _names()
    items = (f"- Minister {next(names)} {next(names)} said it would rain." for _ in range(4 * n))
    return "Lists\n\n" + "\n".join(items) + "\n"


def _bare(text: str) -> Article:
    return geoarticle.parse_text(text, pipeline=Pipeline([]), limits=LIMITS)


def _time(fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _ratio(make: Callable[[int], Callable[[], object]], n: int) -> float:
    small, large = make(n), make(4 * n)
    small()  # warm the lexicons and caches
    best = float("inf")
    for _ in range(3):
        best = min(best, _time(large) / max(_time(small), 1e-6))
        if best < BOUND:
            break
    return best


TEXTS: dict[str, Callable[[int], str]] = {
    "one paragraph": _paragraph,
    "many blocks": _lines,
    "short lines": _short_lines,
}


@pytest.mark.parametrize("shape", list(TEXTS))
def test_actor_step_grows_linearly(shape: str) -> None:
    step = ActorAnnotator(limits=LIMITS)

    def make(n: int) -> Callable[[], object]:
        article = _bare(TEXTS[shape](n))
        return lambda: step(article)

    assert _ratio(make, 150) < BOUND


@pytest.mark.parametrize("shape", ["one paragraph", "many blocks"])
def test_event_step_grows_linearly(shape: str) -> None:
    step = EventAnnotator(limits=LIMITS)

    def make(n: int) -> Callable[[], object]:
        article = ActorAnnotator(limits=LIMITS)(_bare(TEXTS[shape](n)))
        return lambda: step(article)

    assert _ratio(make, 150) < BOUND


@pytest.mark.parametrize("shape", list(TEXTS))
def test_text_parser_grows_linearly(shape: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = TEXTS[shape](n)
        return lambda: _bare(text)

    assert _ratio(make, 300) < BOUND


def test_the_inputs_hold_what_they_say() -> None:
    listed = ActorAnnotator(limits=LIMITS)(_bare(_short_lines(20)))
    assert len(listed.actors) >= 40  # read as English, not skipped by the language gate
    article = ActorAnnotator(limits=LIMITS)(_bare(_lines(20)))
    events = EventAnnotator(limits=LIMITS)(article).events
    people = [a for a in article.actors if a.kind.value == "person"]
    assert len(people) >= 30
    assert len(events) >= 10


def test_geocode_step_grows_linearly() -> None:
    from geoarticle.annotators.geocode import GeocodeAnnotator

    step = GeocodeAnnotator()

    def make(n: int) -> Callable[[], object]:
        article = ActorAnnotator(limits=LIMITS)(_bare(_paragraph(n)))
        return lambda: step(article)

    assert _ratio(make, 150) < BOUND

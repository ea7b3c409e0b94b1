"""Hostile input: regex growth at 10/50/100 KB and the time of every robustness case.

    python benchmarks/bench_robustness.py                 # everything, trafilatura as the peer
    python benchmarks/bench_robustness.py --no-regex      # only the robustness cases
    python benchmarks/bench_robustness.py --no-peer --sizes 10000 50000 100000

Part 1 collects every compiled pattern of the package (module globals, class attributes and
the containers in them; ``--re-cache`` adds what ``re`` compiled on the fly), feeds
each the adversarial inputs of ``tests/test_robustness_regex.py`` and prints, for the worst
input, the time at each size, the growth from the smallest to the largest (linear: the
size ratio, 10 for 10 -> 100 KB) and from the last-but-one to the last size (linear: 2).
Patterns whose last growth exceeds ``--max-growth`` times linear (and take over 0.1 s) are
flagged SUPERLINEAR, as is a search that exceeds ``--cap`` seconds (stopped there).

Part 2 (printed first) times each case of ``tests/test_robustness.py`` (the 50 MB page included) through
``parse_html`` / ``parse_text`` with annotation, and the same HTML through trafilatura.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import geoarticle  # noqa: E402
from test_robustness import HTML_CASES, PARA, TEXT_CASES, _page  # noqa: E402
from test_robustness_regex import (  # noqa: E402
    adversarial,
    collect_patterns,
    encode,
    seconds,
)


class _TimeoutError(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _TimeoutError


def _timed(fn: Callable[[], object], cap: float) -> float | None:
    """Seconds ``fn`` took, or None when it ran past ``cap``."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, cap)
    start = time.perf_counter()
    try:
        fn()
    except _TimeoutError:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - start


def _fmt(t: float | None) -> str:
    return "   >cap" if t is None else f"{t:7.4f}"


def regex_growth(
    sizes: list[int], cap: float, max_growth: float, only: str | None, with_cache: bool = False
) -> int:
    """Print the growth table; return the number of superlinear patterns."""
    patterns = collect_patterns(include_cache=with_cache)
    if only:
        patterns = {k: v for k, v in patterns.items() if only in k}
    small, large = sizes[0], sizes[-1]
    print(f"regex growth: {len(patterns)} patterns, worst adversarial input per pattern")
    head = " ".join(f"{s // 1000:>5}KB" for s in sizes)
    print(f"{'pattern':62} {'worst input':26} {head}  growth  last-x  verdict")
    bad = 0
    for where, pattern in patterns.items():
        makers = adversarial(pattern)
        scored = []
        for name, make in makers.items():
            t = _timed(lambda m=make, p=pattern: seconds(p, encode(p, m(small))), cap)
            scored.append((float("inf") if t is None else t, name))
        scored.sort(reverse=True)
        worst_growth, worst_row = -1.0, ("", [0.0])
        for _, name in scored[:3]:
            times: list[float | None] = []
            for size in sizes:
                subject = encode(pattern, makers[name](size))
                t = _timed(lambda s=subject, p=pattern: seconds(p, s, repeat=3), cap)
                times.append(t)
                if t is None:
                    break
            last = times[-1]
            growth = (
                float("inf")
                if last is None or len(times) < len(sizes)
                else last / max(times[0] or 1e-9, 1e-6)
            )
            if growth > worst_growth:
                worst_growth, worst_row = growth, (name, times)
            if growth == float("inf"):
                break  # already past the cap: no need to try the other inputs
        name, times = worst_row
        times = list(times) + [None] * (len(sizes) - len(times))
        # the verdict uses the last two sizes, where re runs in its asymptotic regime (below
        # ~10 KB its times jump in steps as the text outgrows CPU caches)
        prev, last = times[-2], times[-1]
        step = sizes[-1] / sizes[-2]
        tail = None if prev is None or last is None else last / max(prev, 1e-6)
        # under 0.1 s at the largest size, times are too small to call anything catastrophic
        slow = last is None or (tail is not None and tail > max_growth * step and last > 0.1)
        bad += slow
        cells = " ".join(_fmt(t) for t in times)
        growth_txt = "   inf" if worst_growth == float("inf") else f"{worst_growth:6.1f}"
        tail_txt = "   inf" if tail is None else f"{tail:6.1f}"
        verdict = "SUPERLINEAR" if slow else "linear"
        print(
            f"{where[:62]:62} {name[:26]:26} {cells}  {growth_txt}  {tail_txt}  {verdict}",
            flush=True,
        )
    print(
        f"{bad} of {len(patterns)} patterns superlinear (linear: growth {large / small:.0f}x, "
        f"last-x {sizes[-1] / sizes[-2]:.0f}x)"
    )
    return bad


def robustness_cases(peer: bool, cap: float) -> None:
    """Time every robustness case through geoarticle (and trafilatura for HTML)."""
    extract: Callable[..., object] | None = None
    if peer:
        try:
            from trafilatura import extract
        except ImportError:
            print("trafilatura is not installed: no peer column")
    cases: list[tuple[str, str, Callable[[], object]]] = []
    for name, make in HTML_CASES.items():
        cases.append(("html", name, make))
    cases.append(("html", "fifty-megabyte", lambda: _page(PARA * 590_000)))
    for name, make in TEXT_CASES.items():
        cases.append(("text", name, make))
    print(
        f"\n{'case':28} {'input':>10} {'geoarticle s':>13} {'outcome':24} {'peer s':>8} {'ratio':>6}"
    )
    geoarticle.parse_html(_page(PARA))  # warm up: lexicons and gazetteers load once
    total = 0.0
    for kind, name, make in cases:
        source: Any = make()
        parse = geoarticle.parse_html if kind == "html" else geoarticle.parse_text
        outcome = ["ok"]

        def run(src: Any = source, fn: Any = parse, out: list[str] = outcome) -> None:
            try:
                article = fn(src)
                out[0] = f"ok, {len(article.body_text)} chars"
            except geoarticle.GeoArticleError as exc:
                out[0] = type(exc).__name__

        t = _timed(run, cap)
        total += t or cap
        peer_t: float | None = None
        if kind == "html" and extract is not None:
            peer_src = source if isinstance(source, str) else source.decode("utf-8", "replace")

            def run_peer(src: str = peer_src) -> None:
                with contextlib.suppress(Exception):  # the peer's own failures are its business
                    extract(src)  # type: ignore[misc]

            peer_t = _timed(run_peer, cap)
        ratio = f"{t / peer_t:6.2f}" if t and peer_t else "     -"
        peer_txt = _fmt(peer_t) if kind == "html" and extract is not None else "      -"
        size = len(source)
        print(
            f"{kind + ' ' + name:28} {size:>10} {_fmt(t):>13} {outcome[0]:24} {peer_txt:>8} {ratio}",
            flush=True,
        )
    print(f"total geoarticle time: {total:.1f} s")


def main() -> None:
    """Parse options and run both parts."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    ap.add_argument("--cap", type=float, default=10.0, help="seconds before a run is stopped")
    ap.add_argument("--case-cap", type=float, default=120.0, help="seconds per robustness case")
    ap.add_argument(
        "--max-growth", type=float, default=1.6, help="flag last-size growth above this x linear"
    )
    ap.add_argument("--only", help="only patterns whose name contains this")
    ap.add_argument("--no-regex", action="store_true")
    ap.add_argument(
        "--re-cache",
        action="store_true",
        help="also patterns compiled on the fly (re's cache: includes other libraries' ones)",
    )
    ap.add_argument("--no-cases", action="store_true")
    ap.add_argument("--no-peer", action="store_true")
    args = ap.parse_args()
    if not args.no_cases:
        robustness_cases(not args.no_peer, args.case_cap)
    if not args.no_regex:
        print()
        regex_growth(sorted(args.sizes), args.cap, args.max_growth, args.only, args.re_cache)


if __name__ == "__main__":
    main()

"""Coverage-guided fuzzing of the public entry points with atheris.

    python fuzz/harness.py html   fuzz/corpus/html  -max_total_time=600
    python fuzz/harness.py text   fuzz/corpus/text  -max_total_time=600
    python fuzz/harness.py loads  fuzz/corpus/json  -max_total_time=600

``python fuzz/seed_corpus.py`` fills ``fuzz/corpus/`` from our own fixtures first. The contract
checked: each call returns an Article or raises a GeoArticleError; anything else (RecursionError,
MemoryError, an lxml or cattrs error, a hang caught by -timeout) is a crash, and libFuzzer writes
the input to ``crash-*``. Keep every crasher as a regression test in tests/test_robustness.py.
"""

from __future__ import annotations

import contextlib
import sys

import atheris

with atheris.instrument_imports():
    import geoarticle
    from geoarticle.errors import GeoArticleError


def _html(data: bytes) -> None:
    with contextlib.suppress(GeoArticleError):
        geoarticle.parse_html(data)


def _text(data: bytes) -> None:
    text = data.decode("utf-8", errors="surrogateescape")
    try:
        article = geoarticle.parse_text(text)
    except GeoArticleError:
        return
    geoarticle.loads(geoarticle.dumps(article))  # the round trip must hold on what parses


def _loads(data: bytes) -> None:
    try:
        article = geoarticle.loads(data)
    except GeoArticleError:
        return
    assert geoarticle.loads(geoarticle.dumps(article)) == article


TARGETS = {"html": _html, "text": _text, "loads": _loads}


def main() -> None:
    """Run the named target under libFuzzer; remaining arguments go to libFuzzer."""
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(TARGETS)}}} [corpus dir] [libFuzzer options]")
    target = TARGETS[sys.argv.pop(1)]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

"""Coverage-guided fuzzing of the public entry points with atheris.

One command per target (``python fuzz/seed_corpus.py`` fills ``fuzz/corpus/`` first)::

    python fuzz/harness.py html   fuzz/corpus/html -max_total_time=600 -timeout=10 -rss_limit_mb=4096
    python fuzz/harness.py text   fuzz/corpus/text -max_total_time=600 -timeout=10 -rss_limit_mb=4096
    python fuzz/harness.py loads  fuzz/corpus/json -max_total_time=600 -timeout=10 -rss_limit_mb=4096

or ``python fuzz/run.py`` for all of them in turn. ``textparse`` is ``text`` without the
annotators (``annotate=False``): some twenty times the executions per second on the text
parser itself, whose output is also written in every format. The contract checked: each
call returns an Article or raises a GeoArticleError; whatever parses survives the lossless
JSON round trip.
Anything else (RecursionError, MemoryError, an lxml or cattrs error, a hang caught by
``-timeout``) is a crash: libFuzzer writes the input to ``crash-*`` (or ``timeout-*``), and each
one becomes a regression test in ``tests/regressions/``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["geoarticle"]):
    # every module a target runs, imported here: ``geoarticle`` loads its public names on
    # first use, and a module first imported outside this block is not instrumented
    import geoarticle
    import geoarticle.annotators.actors
    import geoarticle.annotators.events
    import geoarticle.api
    import geoarticle.converters
    import geoarticle.parsers.html
    import geoarticle.parsers.text
    import geoarticle.serializers
    import geoarticle.sources
    from geoarticle.errors import GeoArticleError
    from geoarticle.serializers import REGISTRY

    _FORMATS = ("markdown", "html", "text", "jsonld", "ninjs", "events-jsonl")
    for _name in _FORMATS:
        REGISTRY.get(_name)  # imports the format's module


def _round_trip(article: geoarticle.Article) -> None:
    again = geoarticle.loads(geoarticle.dumps(article))
    if again != article:
        raise AssertionError("loads(dumps(article)) differs from article")


def _html(data: bytes) -> None:
    # bytes and str take different decoding paths: the first byte picks one
    source: str | bytes = data[1:]
    if data[:1] == b"s":
        source = data[1:].decode("utf-8", errors="replace")
    try:
        article = geoarticle.parse_html(source)
    except GeoArticleError:
        return
    _round_trip(article)


def _text(data: bytes) -> None:
    text = data.decode("utf-8", errors="surrogateescape")
    try:
        article = geoarticle.parse_text(text)
    except GeoArticleError:
        return
    _round_trip(article)


def _every_format(article: geoarticle.Article) -> None:
    for fmt in _FORMATS:
        try:
            geoarticle.dumps(article, fmt).encode("utf-8")
        except GeoArticleError:
            continue


def _textparse(data: bytes) -> None:
    text = data.decode("utf-8", errors="surrogateescape")
    try:
        article = geoarticle.parse_text(text, annotate=False)
    except GeoArticleError:
        return
    _round_trip(article)
    _every_format(article)
    try:  # what the text format writes must parse again
        geoarticle.parse_text(geoarticle.dumps(article, "text"), annotate=False)
    except GeoArticleError:
        return


def _loads(data: bytes) -> None:
    try:
        article = geoarticle.loads(data)
    except GeoArticleError:
        return
    _round_trip(article)
    _every_format(article)


TARGETS = {"html": _html, "text": _text, "textparse": _textparse, "loads": _loads}


def main() -> None:
    """Run the named target under libFuzzer; remaining arguments go to libFuzzer."""
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(TARGETS)}}} [corpus dir] [libFuzzer options]")
    target = TARGETS[sys.argv.pop(1)]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

"""``parse``, ``example``, ``schema`` and ``formats``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from importlib import resources
from typing import Any

from ..api import dumps, parse_text
from ..errors import (
    FetchError,
    GeoArticleError,
    LimitExceededError,
    MissingDependencyError,
    TruncatedInputError,
    UnknownFormatError,
)
from ..fetch import DEFAULT_TIMEOUT, fetch, is_url
from ..inputs import read_file
from ..limits import DEFAULT_LIMITS, Limits
from ..models import Article
from ..schema import json_schema
from ..serializers import formats, get_format
from ..sources import detect_kind, parse
from .batch import seconds as _seconds
from .summary import summary

logger = logging.getLogger("geoarticle")

#: The command line's own view of an article (see :mod:`geoarticle.cli.summary`):
#: ``parse``'s default on a terminal, not a format of :func:`geoarticle.dumps`.
SUMMARY = "summary"
SUMMARY_DESCRIPTION = (
    "A readable summary for a person (command line only; parse's default on a terminal)."
)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def _add_output_options(p: argparse.ArgumentParser, default: str | None = "json") -> None:
    when = "a summary on a terminal, json when piped" if default is None else default
    p.add_argument(
        "-f",
        "--format",
        default=default,
        help=f"output format: {', '.join((*formats(), SUMMARY))} (default: {when}; "
        "see `geoarticle formats`)",
    )
    p.add_argument("--no-annotate", action="store_true", help="skip actors and events")
    p.add_argument(
        "--reference-date", type=_date, help="date that resolves relative dates (YYYY-MM-DD)"
    )


def configure(sub: Any) -> None:
    """Add this module's subcommands."""
    p = sub.add_parser(
        "parse",
        help="parse an HTML page, a text dump or a URL (FILE, URL or - for stdin)",
        description=(
            "Parse one article and print it: a saved HTML page, a plain-text dump of one, "
            "standard input (-), or the page at an http(s) URL (fetched with the 'fetch' extra: "
            f"pip install 'geoarticle[fetch]'). Formats: {', '.join(formats())}, and {SUMMARY} "
            "(a readable view). The default is the summary when standard output is a "
            "terminal and json when it is piped or redirected; -f json always gives JSON."
        ),
    )
    p.add_argument("file", metavar="INPUT", help="input file, http(s) URL, or - for standard input")
    p.add_argument(
        "--url", help="the page's URL (for relative links and URL dates; default: INPUT's URL)"
    )
    p.add_argument("--kind", choices=("auto", "html", "text"), default="auto", help="input kind")
    p.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"time allowed to fetch a URL, redirects included (default {DEFAULT_TIMEOUT:g})",
    )
    _add_output_options(p, default=None)
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("example", help="parse the bundled example article and print it")
    _add_output_options(p)
    p.set_defaults(func=cmd_example)

    p = sub.add_parser("schema", help="print the JSON Schema of the json format")
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("formats", help="list the output formats, each with a description")
    p.set_defaults(func=cmd_formats)


def _fail(message: str, code: int = 1) -> int:
    print(f"geoarticle: error: {message}", file=sys.stderr)
    return code


def _check_format(name: str) -> None:
    """UnknownFormatError for a name that is neither a format nor the summary, before any work."""
    if name != SUMMARY and name not in formats():
        raise UnknownFormatError("format", name, (*formats(), SUMMARY))


def stdout_is_terminal() -> bool:
    """True when standard output is a terminal (a person reads it, not a program)."""
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):  # replaced by an object without it, or closed
        return False


def _render(article: Article, format: str) -> str:
    if format == SUMMARY:
        return summary(article)
    return dumps(article, format)


def _describe(article: Article) -> str:
    return (
        f"parsed {article.title or '(no title)'!r}: {len(article.sections)} section(s), "
        f"{article.word_count:,} words, {len(article.actors)} actor(s), "
        f"{len(article.events)} event(s), {len(article.warnings)} warning(s)"
    )


def _emit(text: str) -> None:
    if text:  # an empty output (an article without events as events-jsonl) prints nothing
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _read_capped(file: str, limits: Limits) -> bytes:
    """The bytes of ``file`` (``-``: standard input), reading at most the size limit + 1 of
    them, so that a device (``/dev/zero``) or an endless pipe costs no more than the limit;
    a file is read by the input stage (:func:`geoarticle.inputs.read_file`: gzip too)."""
    if file != "-":
        return read_file(file, limits)
    limit = limits.max_input_bytes
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise LimitExceededError(f"input is over the limit of {limit} bytes")
    return data


def cmd_parse(args: argparse.Namespace) -> int:
    """Parse one input (a file, standard input or a URL) and print it in the chosen format."""
    format = args.format
    if format is None:
        format = SUMMARY if stdout_is_terminal() else "json"
    try:
        _check_format(format)
    except UnknownFormatError as exc:
        return _fail(str(exc), 2)
    url = args.url
    name = None if args.file == "-" else args.file
    kind = args.kind
    if is_url(args.file):
        logger.info("fetching %s (timeout %g s)", args.file, args.timeout)
        try:
            page = fetch(args.file, timeout=args.timeout, limits=DEFAULT_LIMITS)
        except MissingDependencyError as exc:
            return _fail(str(exc), 2)
        except FetchError as exc:
            return _fail(str(exc))
        logger.info(
            "fetched %s: HTTP %d, %s, %s bytes",
            page.url,
            page.status,
            page.content_type or "no content type",
            f"{len(page.content):,}",
        )
        data: bytes | str = page.source()
        url = url or page.url
        name = None
        if kind == "auto":
            kind = page.kind
    else:
        try:
            data = _read_capped(args.file, DEFAULT_LIMITS)
        except OSError as exc:
            return _fail(f"cannot read {args.file}: {exc.strerror or exc}")
        except (LimitExceededError, TruncatedInputError) as exc:
            return _fail(f"{args.file}: {exc}")
        logger.info("read %s: %s bytes", args.file, f"{len(data):,}")
    try:
        if kind == "auto":
            kind = detect_kind(data, name=name)
        logger.info(
            "parsing as %s%s",
            "an HTML page" if kind == "html" else "a text dump",
            "" if args.no_annotate else ", then finding actors and events",
        )
        article = parse(
            data,
            url=url,
            kind=kind,
            name=name,
            annotate=not args.no_annotate,
            reference_date=args.reference_date,
        )
        logger.info("%s", _describe(article))
        for warning in article.warnings:
            logger.info("warning: %s", warning)
        logger.info("writing %s", "a summary (-f json for JSON)" if format == SUMMARY else format)
        _emit(_render(article, format))
    except GeoArticleError as exc:
        return _fail(f"{args.file}: {exc}")
    return 0


def example_text() -> str:
    """The bundled example article, a plain-text dump written for geoarticle."""
    return resources.files("geoarticle").joinpath("data/example.txt").read_text(encoding="utf-8")


def cmd_example(args: argparse.Namespace) -> int:
    """Parse the bundled example and print it."""
    try:
        _check_format(args.format)
    except UnknownFormatError as exc:
        return _fail(str(exc), 2)
    try:
        article = parse_text(
            example_text(), annotate=not args.no_annotate, reference_date=args.reference_date
        )
        logger.info("%s", _describe(article))
        _emit(_render(article, args.format))
    except GeoArticleError as exc:
        return _fail(str(exc))
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema."""
    del args
    _emit(json.dumps(json_schema(), indent=2))
    return 0


def cmd_formats(args: argparse.Namespace) -> int:
    """List the output formats, one a line: the name, then what it is."""
    del args
    rows = [(name, get_format(name).description) for name in formats()]
    rows.append((SUMMARY, SUMMARY_DESCRIPTION))
    width = max(len(name) for name, _ in rows)
    for name, description in rows:
        _emit(f"{name:<{width}}  {description}".rstrip())
    return 0

"""``parse``, ``example``, ``schema`` and ``formats``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from importlib import resources
from typing import Any

from ..api import dumps, parse_text
from ..errors import GeoArticleError, LimitExceededError
from ..limits import DEFAULT_LIMITS
from ..schema import json_schema
from ..serializers import formats
from ..sources import parse_source


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def _add_output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-f", "--format", default="json", help="output format (see `geoarticle formats`)"
    )
    p.add_argument("--no-annotate", action="store_true", help="skip actors and events")
    p.add_argument(
        "--reference-date", type=_date, help="date that resolves relative dates (YYYY-MM-DD)"
    )


def configure(sub: Any) -> None:
    """Add this module's subcommands."""
    p = sub.add_parser("parse", help="parse an HTML page or a text dump (FILE or - for stdin)")
    p.add_argument("file", help="input file, or - for standard input")
    p.add_argument("--url", help="the page's URL (for relative links and URL dates)")
    p.add_argument("--kind", choices=("auto", "html", "text"), default="auto", help="input kind")
    _add_output_options(p)
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("example", help="parse the bundled example article and print it")
    _add_output_options(p)
    p.set_defaults(func=cmd_example)

    p = sub.add_parser("schema", help="print the JSON Schema of the json format")
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("formats", help="list the output formats")
    p.set_defaults(func=cmd_formats)


def _fail(message: str) -> int:
    print(f"geoarticle: error: {message}", file=sys.stderr)
    return 1


def _emit(text: str) -> None:
    if text:  # an empty output (an article without events as events-jsonl) prints nothing
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _read_capped(file: str, limit: int) -> bytes:
    """The bytes of ``file`` (``-``: standard input), reading at most ``limit`` + 1 of them,
    so that a device (``/dev/zero``) or an endless pipe costs no more than the limit."""
    if file == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        with open(file, "rb") as fh:
            data = fh.read(limit + 1)
    if len(data) > limit:
        raise LimitExceededError(f"input is over the limit of {limit} bytes")
    return data


def cmd_parse(args: argparse.Namespace) -> int:
    """Parse one input and print it in the chosen format."""
    try:
        data = _read_capped(args.file, DEFAULT_LIMITS.max_input_bytes)
    except OSError as exc:
        return _fail(f"cannot read {args.file}: {exc.strerror or exc}")
    except LimitExceededError as exc:
        return _fail(f"{args.file}: {exc}")
    try:
        article = parse_source(
            data,
            url=args.url,
            kind=args.kind,
            name=None if args.file == "-" else args.file,
            annotate=not args.no_annotate,
            reference_date=args.reference_date,
        )
        _emit(dumps(article, args.format))
    except GeoArticleError as exc:
        return _fail(f"{args.file}: {exc}")
    return 0


def example_text() -> str:
    """The bundled example article, a plain-text dump written for geoarticle."""
    return resources.files("geoarticle").joinpath("data/example.txt").read_text(encoding="utf-8")


def cmd_example(args: argparse.Namespace) -> int:
    """Parse the bundled example and print it."""
    try:
        article = parse_text(
            example_text(), annotate=not args.no_annotate, reference_date=args.reference_date
        )
        _emit(dumps(article, args.format))
    except GeoArticleError as exc:
        return _fail(str(exc))
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema."""
    del args
    _emit(json.dumps(json_schema(), indent=2))
    return 0


def cmd_formats(args: argparse.Namespace) -> int:
    """List output formats."""
    del args
    for name in formats():
        _emit(name)
    return 0

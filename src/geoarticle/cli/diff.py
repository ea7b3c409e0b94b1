"""``geoarticle diff A B``: the structural diff of two articles (JSON, HTML or text files).

Exit codes: 0 the articles are the same, 1 they differ, 2 an input could not be
read or parsed (or the command line is wrong).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..api import loads
from ..diff import diff_articles, differences_to_json, format_differences
from ..errors import GeoArticleError
from ..models import Article
from ..sources import parse

__all__ = ["configure", "load_article", "run"]


def configure(sub: Any) -> None:
    """Add the ``diff`` subcommand."""
    p = sub.add_parser(
        "diff",
        help="structural diff of two articles (JSON, HTML or text files)",
        description=(
            "Compare two articles field by field. JSON files are read as geoarticle JSON; "
            "HTML pages and text dumps are parsed first. Exit 0 when equal, 1 when they "
            "differ, 2 on error."
        ),
    )
    p.add_argument("a", metavar="A", help="the old article (file)")
    p.add_argument("b", metavar="B", help="the new article (file)")
    p.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="FIELD",
        help="field path to skip, e.g. actors.mentions or warnings (repeatable)",
    )
    p.add_argument("--format", choices=("text", "json"), default="text", help="report format")
    p.add_argument(
        "--kind",
        choices=("auto", "json", "html", "text"),
        default="auto",
        help="how to read both inputs (default: by extension and content)",
    )
    p.add_argument(
        "--exact", action="store_true", help="compare strings exactly (whitespace included)"
    )
    p.add_argument(
        "--no-annotate", action="store_true", help="do not find actors and events in HTML/text"
    )
    p.set_defaults(func=run)


def _is_json(path: str, data: bytes) -> bool:
    return Path(path).suffix.lower() == ".json" or data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"


def load_article(path: str, *, kind: str = "auto", annotate: bool = True) -> Article:
    """Read one article from a file: geoarticle JSON, or an HTML page / text dump to parse.

    Raises OSError when the file cannot be read and GeoArticleError when it cannot be parsed.
    """
    data = Path(path).read_bytes()
    if kind == "json" or (kind == "auto" and _is_json(path, data)):
        return loads(data)
    source_kind: Any = kind
    return parse(data, kind=source_kind, annotate=annotate)


def run(args: argparse.Namespace) -> int:
    """Compare the two inputs and print the differences."""
    try:
        old = load_article(args.a, kind=args.kind, annotate=not args.no_annotate)
        new = load_article(args.b, kind=args.kind, annotate=not args.no_annotate)
    except OSError as exc:
        print(f"geoarticle: error: cannot read {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 2
    except GeoArticleError as exc:
        print(f"geoarticle: error: {exc}", file=sys.stderr)
        return 2
    diffs = diff_articles(old, new, ignore=args.ignore, normalize_whitespace=not args.exact)
    if args.format == "json":
        report = {"equal": not diffs, "differences": differences_to_json(diffs)}
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    elif diffs:
        sys.stdout.write(
            format_differences(diffs, old_label=args.a, new_label=args.b, limit=None) + "\n"
        )
    return 1 if diffs else 0

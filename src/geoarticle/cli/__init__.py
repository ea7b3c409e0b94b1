"""The ``geoarticle`` command: ``main(argv) -> exit code``; the only module that prints.

Exit codes: 0 success, 1 the input could not be parsed or compared as equal
(``diff``), 2 usage or environment errors.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from .. import __version__

__all__ = ["main"]

#: Subcommand modules; each has ``configure(subparsers)`` that sets ``func``.
COMMANDS = ("geoarticle.cli.commands", "geoarticle.cli.batch", "geoarticle.cli.diff")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="geoarticle",
        description="Turn geopolitical articles (web pages, text dumps) into structured data.",
    )
    parser.add_argument("--version", action="version", version=f"geoarticle {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).configure(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help/--version
        return int(exc.code or 0)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, stream=sys.stderr)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0

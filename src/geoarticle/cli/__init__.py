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
    parser.add_argument("-v", "--verbose", action="store_true", help=_VERBOSE)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).configure(sub)
    for command in sub.choices.values():  # `geoarticle parse page.html -v` works too
        command.add_argument(
            "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=_VERBOSE
        )
    return parser


_VERBOSE = "say what is done on stderr (and let libraries such as Dask log their INFO lines)"
_HANDLER = "geoarticle-cli"


def configure_logging(verbose: bool) -> logging.Handler:
    """Log to stderr: INFO and up with ``verbose``, else WARNING and up, whatever the logger.

    The level is set on the handler too, so libraries that set their own loggers to INFO
    (Dask's ``distributed`` does, on import) stay quiet unless ``-v`` is given. Calling it
    again replaces the handler of the call before (``main`` may run many times in a process).
    """
    level = logging.INFO if verbose else logging.WARNING
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER]:
        root.removeHandler(old)
    handler = logging.StreamHandler(sys.stderr)
    handler.set_name(_HANDLER)
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help/--version
        return int(exc.code or 0)
    root = logging.getLogger()
    level = root.level
    handler = configure_logging(args.verbose)
    try:
        if not getattr(args, "func", None):
            parser.print_help(sys.stderr)
            return 2
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    finally:  # leave logging as it was (main may be called again, e.g. by tests)
        root.removeHandler(handler)
        root.setLevel(level)

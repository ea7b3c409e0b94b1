"""``geoarticle batch`` (placeholder until the batch work lands)."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def configure(sub: Any) -> None:
    """Add the ``batch`` subcommand."""
    p = sub.add_parser("batch", help="parse many inputs into JSONL (not yet supported)")
    p.add_argument("inputs", nargs="*")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Not yet supported."""
    del args
    print("geoarticle: error: batch is not yet supported", file=sys.stderr)
    return 1

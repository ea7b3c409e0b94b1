"""The four tables of a batch's output: ``geoarticle batch ... --tables DIR``.

A batch writes JSON lines; :func:`write_tables` reads the articles back from an output
written in the ``json`` format and writes them with :func:`geoarticle.write_parquet`
(``articles``, ``actors``, ``mentions`` and ``events`` as Parquet files). Error lines
have no article and are left out. Needs the ``parquet`` extra (pandas and pyarrow).
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

from ..converters import structure_article
from ..errors import MissingDependencyError, StructureError
from ..models import Article
from ..tabular import write_parquet

__all__ = ["iter_articles", "require_parquet", "write_tables"]


def require_parquet(what: str = "--tables") -> None:
    """MissingDependencyError unless pandas and pyarrow can be imported (check before a run)."""
    for module in ("pyarrow", "pandas"):
        try:
            importlib.import_module(module)
        except ImportError:
            raise MissingDependencyError(module, "parquet", what) from None


def iter_articles(output: str | os.PathLike[str]) -> Iterator[Article]:
    """The articles of a batch output written in the ``json`` format, in file order.

    Error lines are passed over. Raises StructureError for a line that is not a
    batch line of the ``json`` format (a file written with another ``--format``).
    """
    with open(output, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                raise StructureError(f"{output}:{lineno}: not a JSON line: {exc}") from None
            if not isinstance(obj, dict) or "error" in obj:
                continue
            if obj.get("format") != "json":
                raise StructureError(
                    f"{output}:{lineno}: a line of format {obj.get('format')!r}; "
                    "tables are read from the json format"
                )
            yield structure_article(obj["output"])


def write_tables(
    output: str | os.PathLike[str], directory: str | os.PathLike[str]
) -> dict[str, Path]:
    """Write the tables of the articles in batch ``output`` into ``directory`` (see
    :func:`geoarticle.write_parquet`); returns the paths by table name."""
    return write_parquet(iter_articles(output), directory)

"""``assert_articles_equal``: structural comparison with a readable diff on failure."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ..diff import diff_articles, format_differences
from ..errors import InvalidArgumentError
from ..models import Article

__all__ = ["assert_articles_equal"]


def assert_articles_equal(
    actual: Article | Mapping[str, Any],
    expected: Article | Mapping[str, Any],
    *,
    ignore: Iterable[str] = (),
    only: Iterable[str] | None = None,
    normalize_whitespace: bool = True,
) -> None:
    """Fail with a structural diff unless ``actual`` and ``expected`` are the same article.

    Strings are compared with whitespace normalised (turn off with
    ``normalize_whitespace=False``); ``ignore`` names fields to skip, as in
    :func:`geoarticle.diff.diff_articles` (``"actors.mentions"``, ``"warnings"``,
    ``"sections.blocks.text"`` ...). ``only`` names the Article fields to compare
    (``only=["title", "sections"]``), skipping every other one; ``ignore`` still
    applies within them. Either side may be an Article or its JSON data.
    The message lists each difference with its path, its place (section, block,
    actor ...) and the ``- expected`` / ``+ actual`` values.
    """
    __tracebackhide__ = True
    if only is not None:
        fields = attrs.fields_dict(Article)
        wanted = set(only)
        unknown = sorted(wanted - set(fields))
        if unknown:
            raise InvalidArgumentError(f"only: not fields of Article: {', '.join(unknown)}")
        ignore = [*ignore, "schema_version", *(name for name in fields if name not in wanted)]
    diffs = diff_articles(
        expected, actual, ignore=ignore, normalize_whitespace=normalize_whitespace
    )
    if diffs:
        count = f"{len(diffs)} difference" + ("" if len(diffs) == 1 else "s")
        report = format_differences(diffs, old_label="expected", new_label="actual")
        raise AssertionError(f"articles differ ({count}):\n{report}")

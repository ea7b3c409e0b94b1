"""Golden files: compare an article with a stored JSON file, or rewrite the file on request.

The file is the article's JSON with sorted keys and one field per line
(``indent=2``), so that a change in the parser shows up in review as a small
diff. Rewriting is asked for with ``GEOARTICLE_UPDATE_GOLDEN=1`` in the
environment, with the pytest option ``--geoarticle-update-golden`` (from the
geoarticle plugin, which keeps it in its run's ``config.stash`` and passes
``update=True``), or with ``update=True``.
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..converters import unstructure_article
from ..diff import diff_articles, format_differences
from ..models import Article

__all__ = ["ENV_VAR", "UPDATED", "golden", "golden_json", "set_update", "update_requested"]

#: Environment variable that turns on rewriting ("1", "true", "yes").
ENV_VAR = "GEOARTICLE_UPDATE_GOLDEN"

#: Golden files written (created or changed) in this process, for reporting (the pytest
#: plugin reports the files of its own run, kept in its ``config.stash``).
UPDATED: list[Path] = []

_update_flag = False  # set only by the deprecated set_update

_HINT = (
    "rerun with --geoarticle-update-golden (pytest) or GEOARTICLE_UPDATE_GOLDEN=1 "
    "to accept the new output"
)


def set_update(flag: bool) -> None:
    """Deprecated: turn rewriting on or off for the whole process.

    Pass ``update=True`` to :func:`golden`, set :data:`ENV_VAR`, or give pytest
    ``--geoarticle-update-golden`` (kept per run, in ``config.stash``).
    """
    warnings.warn(
        "set_update() is deprecated: pass update=True to golden(), set "
        f"{ENV_VAR}=1, or run pytest with --geoarticle-update-golden",
        DeprecationWarning,
        stacklevel=2,
    )
    global _update_flag
    _update_flag = flag


def update_requested() -> bool:
    """True when :data:`ENV_VAR` asks for golden files to be rewritten (or the deprecated
    :func:`set_update` did)."""
    return _update_flag or os.environ.get(ENV_VAR, "").strip().lower() in {"1", "true", "yes"}


def golden_json(article: Article | Mapping[str, Any]) -> str:
    """The stable text of a golden file: sorted keys, one field per line, final newline."""
    data = unstructure_article(article) if isinstance(article, Article) else dict(article)
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def golden(
    path: str | os.PathLike[str],
    article: Article,
    *,
    ignore: Iterable[str] = (),
    normalize_whitespace: bool = True,
    update: bool | None = None,
) -> bool:
    """Compare ``article`` with the golden file at ``path``; AssertionError with a diff if they differ.

    When rewriting is requested (``update``, or :func:`update_requested` when
    None), the file is written instead (only if its text changes) and the call
    passes. Returns True when it wrote the file. A missing file fails with instructions unless rewriting.
    ``ignore`` and ``normalize_whitespace`` are as in
    :func:`~geoarticle.testing.assert_articles_equal`.
    """
    __tracebackhide__ = True
    target = Path(path)
    text = golden_json(article)
    if update is None:
        update = update_requested()
    stored = target.read_text(encoding="utf-8") if target.is_file() else None
    if update:
        if stored != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(text.encode("utf-8"))
            UPDATED.append(target)
            return True
        return False
    if stored is None:
        raise AssertionError(f"golden file {target} does not exist; {_HINT}")
    if stored == text:
        return False
    try:
        expected = json.loads(stored)
    except ValueError as exc:
        raise AssertionError(f"golden file {target} is not valid JSON ({exc}); {_HINT}") from None
    diffs = diff_articles(
        expected,
        article,
        ignore=ignore,
        normalize_whitespace=normalize_whitespace,
    )
    if diffs:
        report = format_differences(diffs, old_label=f"{target} (golden)", new_label="actual")
        raise AssertionError(
            f"article differs from golden file {target} ({len(diffs)} differences):\n"
            f"{report}\n{_HINT}"
        )
    return False

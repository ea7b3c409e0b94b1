"""The geoarticle pytest plugin, registered through the ``pytest11`` entry point.

Inactive until used: it adds the ``--geoarticle-update-golden`` option and two
fixtures, and imports nothing of geoarticle's testing kit until a fixture is
requested (hypothesis is never needed).

* ``make_article``: the :func:`geoarticle.testing.make_article` factory.
* ``geoarticle_golden``: ``geoarticle_golden(article, path=None, **options)``
  compares with a golden file (see :func:`geoarticle.testing.golden`). A relative
  ``path`` is taken from the test file's directory; without one the file is
  ``golden/<test module>/<test name>.json`` next to the test file.
* ``pytest --hypothesis-profile=geoarticle`` (hypothesis's own option) loads the
  settings profile of :mod:`geoarticle.testing.strategies` (no deadline): the plugin
  registers it before hypothesis looks for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

__all__ = [
    "UPDATE_GOLDEN",
    "WRITTEN_GOLDEN",
    "geoarticle_golden",
    "make_article",
    "pytest_addoption",
    "pytest_configure",
    "pytest_terminal_summary",
]

_OPTION = "--geoarticle-update-golden"
#: In ``config.stash``: whether this run rewrites golden files (``--geoarticle-update-golden``).
UPDATE_GOLDEN = pytest.StashKey[bool]()
#: In ``config.stash``: the golden files this run wrote, for the summary.
WRITTEN_GOLDEN = pytest.StashKey[list[Path]]()
_UNSAFE = re.compile(r"[^\w.-]+")


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--geoarticle-update-golden``."""
    group = parser.getgroup("geoarticle")
    group.addoption(
        _OPTION,
        action="store_true",
        default=False,
        help="rewrite geoarticle golden files with the current output instead of comparing",
    )


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Keep the rewriting switch in this run's ``config.stash``; register the ``geoarticle``
    hypothesis profile when ``--hypothesis-profile=geoarticle`` asks for it."""
    if config.getoption("hypothesis_profile", default=None) == "geoarticle":
        from . import strategies  # registers the profile, before hypothesis loads it

        del strategies
    config.stash[UPDATE_GOLDEN] = bool(config.getoption("geoarticle_update_golden", default=False))
    config.stash[WRITTEN_GOLDEN] = []


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """List the golden files this run wrote."""
    del exitstatus
    written = config.stash.get(WRITTEN_GOLDEN, [])
    if written:
        terminalreporter.write_sep("-", f"geoarticle: wrote {len(written)} golden file(s)")
        for path in written:
            terminalreporter.write_line(str(path))


@pytest.fixture
def make_article() -> Callable[..., Any]:
    """The :func:`geoarticle.testing.make_article` factory."""
    from .factories import make_article as factory

    return factory


def _default_path(request: pytest.FixtureRequest) -> Path:
    module = Path(str(request.node.path))
    name = _UNSAFE.sub("_", request.node.name).strip("_")
    return module.parent / "golden" / module.stem / f"{name}.json"


@pytest.fixture
def geoarticle_golden(request: pytest.FixtureRequest) -> Callable[..., None]:
    """``check(article, path=None, **options)``: compare ``article`` with its golden file."""
    from .golden_files import golden

    base = Path(str(request.node.path)).parent
    config = request.config

    def check(article: Any, path: str | Path | None = None, **options: Any) -> None:
        __tracebackhide__ = True
        target = _default_path(request) if path is None else base / Path(path)
        if config.stash.get(UPDATE_GOLDEN, False):
            options.setdefault("update", True)
        if golden(target, article, **options):
            config.stash.setdefault(WRITTEN_GOLDEN, []).append(target)

    return check

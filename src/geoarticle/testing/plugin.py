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
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

__all__ = [
    "geoarticle_golden",
    "make_article",
    "pytest_addoption",
    "pytest_configure",
    "pytest_terminal_summary",
    "pytest_unconfigure",
]

_OPTION = "--geoarticle-update-golden"
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
    """Turn on golden rewriting when the option is given; register the ``geoarticle``
    hypothesis profile when ``--hypothesis-profile=geoarticle`` asks for it."""
    if config.getoption("hypothesis_profile", default=None) == "geoarticle":
        from . import strategies  # registers the profile, before hypothesis loads it

        del strategies
    if config.getoption("geoarticle_update_golden", default=False):
        from .golden_files import set_update

        set_update(True)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Reset the rewriting switch (matters for in-process pytest runs)."""
    if config.getoption("geoarticle_update_golden", default=False):
        from .golden_files import set_update

        set_update(False)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """List the golden files this run wrote."""
    del exitstatus, config
    module = sys.modules.get("geoarticle.testing.golden_files")
    written: list[Path] = list(getattr(module, "UPDATED", ()))
    if written:
        terminalreporter.write_sep("-", f"geoarticle: wrote {len(written)} golden file(s)")
        for path in written:
            terminalreporter.write_line(str(path))
        written_list = getattr(module, "UPDATED", None)
        if isinstance(written_list, list):
            written_list.clear()


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

    def check(article: Any, path: str | Path | None = None, **options: Any) -> None:
        __tracebackhide__ = True
        target = _default_path(request) if path is None else base / Path(path)
        golden(target, article, **options)

    return check

"""Our own fixtures as golden files, checked through the plugin's ``geoarticle_golden`` fixture.

The parsers and annotators are compared as a whole against ``tests/golden/*.json``.
After an intended change in their output, refresh the files and review the diff::

    pytest tests/testing/test_fixture_goldens.py --geoarticle-update-golden
    git diff tests/golden
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

import geoarticle
from geoarticle.cli.commands import example_text

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent.parent / "golden"
#: Fixed so that relative dates resolve the same way on every run.
REFERENCE = dt.date(2024, 10, 1)

Check = Callable[..., None]


def test_bundled_example(geoarticle_golden: Check) -> None:
    article = geoarticle.parse_text(example_text(), reference_date=REFERENCE)
    geoarticle_golden(article, GOLDEN / "example.json")


@pytest.mark.parametrize("name", ["analysis", "wire"])
def test_html_fixture(name: str, geoarticle_golden: Check) -> None:
    page = (FIXTURES / f"{name}.html").read_bytes()
    article = geoarticle.parse_html(
        page, url=f"https://news.example/{name}", reference_date=REFERENCE
    )
    geoarticle_golden(article, GOLDEN / f"{name}.json")

"""Shared test configuration: hypothesis profiles and the location of ../shared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=30, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

ROOT = Path(__file__).resolve().parent.parent
#: The shared corpora, read in place; tests that need them skip when absent.
SHARED = Path(os.environ.get("GEOARTICLE_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seeds" / "000_6d7372103e3a1b89.txt"


@pytest.fixture
def seed_text() -> str:
    """The seed article from ../shared, or skip."""
    if not SEED.is_file():
        pytest.skip("../shared/seeds is not present")
    return SEED.read_text(encoding="utf-8")

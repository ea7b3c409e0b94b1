"""The golden-update switch lives in each pytest run's ``config.stash``, not in the process."""

from __future__ import annotations

from pathlib import Path

import pytest

from geoarticle.testing import golden_files, make_article
from geoarticle.testing.plugin import UPDATE_GOLDEN

pytest_plugins = ["pytester"]

_CHECK_STASH = """
from geoarticle.testing.plugin import UPDATE_GOLDEN

def test_flag(request, make_article, geoarticle_golden):
    assert request.config.stash[UPDATE_GOLDEN] is EXPECTED
    geoarticle_golden(make_article(title="One"), "page.json")
"""


def test_flag_is_per_run(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(golden_files.ENV_VAR, raising=False)
    pytester.makepyfile(test_user=_CHECK_STASH.replace("EXPECTED", "True"))
    result = pytester.runpytest_inprocess("--geoarticle-update-golden")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*geoarticle: wrote 1 golden file(s)*"])
    # the next run in the same process starts with the switch off
    assert not golden_files.update_requested()
    pytester.makepyfile(test_user=_CHECK_STASH.replace("EXPECTED", "False"))
    result = pytester.runpytest_inprocess()
    result.assert_outcomes(passed=1)
    assert "wrote" not in result.stdout.str()


def test_this_run_has_the_switch_off(request: pytest.FixtureRequest) -> None:
    assert request.config.stash.get(UPDATE_GOLDEN, False) is False


def test_set_update_is_deprecated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(golden_files.ENV_VAR, raising=False)
    try:
        with pytest.warns(DeprecationWarning, match="update=True"):
            golden_files.set_update(True)
        assert golden_files.golden(tmp_path / "a.json", make_article()) is True
    finally:
        with pytest.warns(DeprecationWarning, match="deprecated"):
            golden_files.set_update(False)
    assert golden_files.golden(tmp_path / "a.json", make_article()) is False

"""Golden files (``geoarticle.testing.golden``) and the pytest plugin that drives them."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

from geoarticle.testing import golden, golden_json, make_article
from geoarticle.testing.golden_files import ENV_VAR

pytest_plugins = ["pytester"]


def test_golden_text_is_stable(tmp_path: Path) -> None:
    text = golden_json(make_article())
    assert text.endswith("}\n")
    data = json.loads(text)
    assert list(data) == sorted(data)
    assert '\n  "title": "Freedonia and Sylvania reopen Marsh Gate crossing",\n' in text
    assert golden_json(make_article()) == text


def test_missing_file_fails_with_instructions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    with pytest.raises(AssertionError, match=r"does not exist.*--geoarticle-update-golden"):
        golden(tmp_path / "a.json", make_article())


def test_update_writes_then_compares(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    path = tmp_path / "sub" / "a.json"
    article = make_article()
    golden(path, article, update=True)
    assert path.read_text(encoding="utf-8") == golden_json(article)
    golden(path, article)
    golden(path, attrs.evolve(article, title=article.title + "  "))  # whitespace only
    with pytest.raises(AssertionError) as info:
        golden(path, attrs.evolve(article, title="New"))
    message = str(info.value)
    assert "changed  title" in message
    assert "+ 'New'" in message
    assert "GEOARTICLE_UPDATE_GOLDEN=1" in message
    golden(path, attrs.evolve(article, title="New"), ignore=["title"])


def test_environment_variable_turns_on_rewriting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.json"
    monkeypatch.setenv(ENV_VAR, "1")
    golden(path, make_article(title="One"))
    golden(path, make_article(title="Two"))
    assert json.loads(path.read_text(encoding="utf-8"))["title"] == "Two"


def test_broken_golden_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    path = tmp_path / "a.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(AssertionError, match="not valid JSON"):
        golden(path, make_article())


_USER_TEST = """
import attrs

def test_page(make_article, geoarticle_golden):
    article = make_article(title=TITLE)
    geoarticle_golden(article)
    geoarticle_golden(article, "expected/page.json")
"""


def test_plugin_fixtures_and_update_option(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    pytester.makepyfile(test_scraper=_USER_TEST.replace("TITLE", "'Old'"))
    result = pytester.runpytest_inprocess()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*golden file*does not exist*"])

    result = pytester.runpytest_inprocess("--geoarticle-update-golden")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*geoarticle: wrote 2 golden file(s)*"])
    default = pytester.path / "golden" / "test_scraper" / "test_page.json"
    assert json.loads(default.read_text(encoding="utf-8"))["title"] == "Old"
    assert (pytester.path / "expected" / "page.json").is_file()

    pytester.runpytest_inprocess().assert_outcomes(passed=1)

    pytester.makepyfile(test_scraper=_USER_TEST.replace("TITLE", "'New'"))
    result = pytester.runpytest_inprocess()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*changed  title*", "*- 'Old'*", "*+ 'New'*"])


def test_plugin_option_is_listed(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest_inprocess("--help")
    result.stdout.fnmatch_lines(["*geoarticle*", "*--geoarticle-update-golden*"])


def test_lazy_package_names_are_the_functions() -> None:
    import types

    import geoarticle.testing
    import geoarticle.testing.golden_files

    assert not isinstance(geoarticle.testing.golden, types.ModuleType)
    assert geoarticle.testing.golden is geoarticle.testing.golden_files.golden
    with pytest.raises(AttributeError):
        _ = geoarticle.testing.no_such_name  # type: ignore[attr-defined]

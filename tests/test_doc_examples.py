"""The examples of docs/testing.md and docs/batch.md run as written (the tutorial's are
run by tests/test_tutorial.py)."""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from geoarticle import parse_html as _parse_html

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)

pytest_plugins = ["pytester"]


def blocks(page: str) -> list[str]:
    """The ```python blocks of a page under docs/, in order."""
    return _BLOCK.findall((DOCS / page).read_text(encoding="utf-8"))


def _block(page: str, marker: str) -> str:
    found = [b for b in blocks(page) if marker in b]
    assert len(found) == 1, f"{page}: {len(found)} python blocks hold {marker!r}"
    return found[0]


def test_the_scraper_project_of_testing_md_runs_as_written(pytester: pytest.Pytester) -> None:
    """The example project: src/my_scraper, tests/test_extract.py, two saved pages."""
    # what the project uses is loaded here first: pytester's in-process runs unload the
    # modules they import, and a second copy of a model class would not be the same class
    import geoarticle.testing.asserts
    import geoarticle.testing.factories
    import geoarticle.testing.golden_files

    del geoarticle
    for page in (DOCS / "examples" / "testing").iterdir():
        _parse_html(page.read_bytes())
    pytester.makepyfile(my_scraper=_block("testing.md", "def extract("))
    pytester.syspathinsert()
    tests = pytester.mkdir("tests")
    shutil.copytree(DOCS / "examples" / "testing", tests / "fixtures")
    (tests / "test_extract.py").write_text(
        _block("testing.md", "def test_wire_title_and_lead"), encoding="utf-8"
    )
    first = pytester.runpytest_inprocess("tests", "--geoarticle-update-golden", "-p", "no:randomly")
    first.assert_outcomes(passed=3)
    assert sorted(p.name for p in (tests / "golden").iterdir()) == [
        "meridian-analysis.json", "northwind-wire.json",
    ]  # fmt: skip
    pytester.runpytest_inprocess("tests").assert_outcomes(passed=3)


def test_the_factories_example_of_testing_md() -> None:
    code = _block("testing.md", "make_article(\n    sections=sections")
    namespace: dict[str, object] = {}
    exec(compile(code, "testing.md[factories]", "exec"), namespace)
    article = namespace["article"]
    assert article.actors[0].id == "country:freedonia"  # type: ignore[attr-defined]


def test_the_hypothesis_example_of_testing_md_under_hypothesis_defaults() -> None:
    """As a user gets it: hypothesis's default profile (a 200 ms deadline), not ours."""
    code = _block("testing.md", "@given(gs.articles(")
    namespace: dict[str, object] = {"__name__": "users_tests"}
    exec(compile(code, "testing.md[hypothesis]", "exec"), namespace)
    test = namespace["test_my_exporter_keeps_every_paragraph"]
    previous = settings.get_current_profile_name()
    settings.register_profile(
        "hypothesis-defaults-fewer", parent=settings.get_profile("default"), max_examples=15
    )
    settings.load_profile("hypothesis-defaults-fewer")
    try:
        assert settings.default.deadline is not None  # the default deadline is in force...
        test()  # type: ignore[operator]   # ...and the example's own settings lift it
    finally:
        settings.load_profile(previous)


def test_the_geoarticle_profile_is_registered_by_the_strategies() -> None:
    from geoarticle.testing import strategies

    assert settings.get_profile(strategies.PROFILE).deadline is None


def test_the_batch_example_of_batch_md_runs_as_a_script(tmp_path: Path) -> None:
    code = _block("batch.md", "from geoarticle.batch import run, run_to_file")
    assert 'if __name__ == "__main__":' in code
    pages = tmp_path / "saved-pages"
    pages.mkdir()
    (pages / "a.txt").write_text(
        "Harbour talks resume\n\nDelegates from Kenya and Somalia met at the harbour office "
        "on Monday to settle a dispute over fishing quotas.\n",
        encoding="utf-8",
    )
    (pages / "empty.html").write_text("", encoding="utf-8")
    line = {"id": "r1", "text": "Council meets\n\nQatar hosted envoys from Kenya on Monday."}
    with gzip.open(tmp_path / "export.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(line) + "\n")
    (tmp_path / "example.py").write_text(code, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "example.py"], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert "3 records" in proc.stdout
    assert "NotAnArticleError" in proc.stdout
    assert (tmp_path / "out.jsonl").is_file()

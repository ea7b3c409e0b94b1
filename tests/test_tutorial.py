"""docs/tutorial.md: every ```python block runs, in order, in a fresh directory."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TUTORIAL = ROOT / "docs" / "tutorial.md"
PAGES = ROOT / "docs" / "examples" / "articles"
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks() -> list[str]:
    """The Python blocks of the tutorial, in order."""
    return _BLOCK.findall(TUTORIAL.read_text(encoding="utf-8"))


def test_the_tutorial_has_its_steps() -> None:
    code = blocks()
    assert len(code) >= 7
    assert any("write_parquet" in b for b in code)
    assert any('"geojson"' in b for b in code)


def test_the_tutorial_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for extra in ("pandas", "pyarrow", "geojson"):
        pytest.importorskip(extra)
    shutil.copytree(PAGES, tmp_path / "articles")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "__tutorial__"}
    for i, code in enumerate(blocks()):
        try:
            exec(compile(code, f"{TUTORIAL.name}[block {i}]", "exec"), namespace)
        except Exception as exc:  # name the block that failed
            raise AssertionError(f"tutorial block {i} failed: {exc!r}\n{code}") from exc
    assert (tmp_path / "tables" / "events.parquet").is_file()
    assert (tmp_path / "map.geojson").is_file()

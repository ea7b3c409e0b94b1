"""docs/extending.md: every ```python block runs, in order, in one namespace."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "extending.md"
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks() -> list[str]:
    """The Python blocks of the page, in order."""
    return _BLOCK.findall(PAGE.read_text(encoding="utf-8"))


def test_the_page_shows_every_extension_point() -> None:
    code = "\n".join(blocks())
    for needle in (
        "reader=read_kv",  # a custom serializer read back by loads
        "with_render_rule(Paragraph",  # an html render rule override
        'annotators.register("actors"',  # a replacement actors step, at once
        'before="events"',  # a step inserted before events
        "Gazetteer.from_tsv",  # a gazetteer from a TSV
        "load_entry_points()",  # a plugin found by entry point
        '"--pipeline"',  # geoarticle batch with a custom pipeline
        "geoarticle.parse(",  # the one input stage
    ):
        assert needle in code, needle


def test_the_page_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the page puts its plugin on sys.path
    monkeypatch.delitem(sys.modules, "harbour_plugin", raising=False)
    namespace: dict[str, object] = {"__name__": "__extending__"}
    try:
        for i, code in enumerate(blocks()):
            try:
                exec(compile(code, f"{PAGE.name}[block {i}]", "exec"), namespace)
            except Exception as exc:  # name the block that failed
                raise AssertionError(f"extending.md block {i} failed: {exc!r}\n{code}") from exc
    finally:
        sys.modules.pop("harbour_plugin", None)

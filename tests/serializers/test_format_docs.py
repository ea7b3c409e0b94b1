"""docs/formats/ is generated from the serializers and the bundled example, and stays current."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "gen_format_docs", ROOT / "scripts" / "gen_format_docs.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gen_format_docs", module)
    spec.loader.exec_module(module)
    return module


def test_format_pages_are_current() -> None:
    gen = _generator()
    wanted = gen.pages()
    stale = [
        str(p.relative_to(ROOT))
        for p, text in wanted.items()
        if not p.is_file() or p.read_text(encoding="utf-8") != text
    ]
    assert not stale, f"run: python scripts/gen_format_docs.py (stale: {stale})"


def test_every_format_has_a_page() -> None:
    import geoarticle

    pages = {p.stem for p in (ROOT / "docs" / "formats").glob("*.md")}
    assert set(geoarticle.formats()) <= pages

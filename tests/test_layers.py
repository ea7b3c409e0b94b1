"""Imports run one way: models at the bottom; parsers, annotators, serializers independent."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "src" / "geoarticle"

#: Lower number = lower layer. A module may import only from its own layer or below,
#: and the three component families may not import each other.
LAYERS: dict[str, int] = {
    "errors": 0, "_registry": 0, "limits": 0, "inputs": 0,
    "models": 1,
    "types": 2, "converters": 2, "schema": 2,
    "parsers": 3, "annotators": 3, "serializers": 3,
    "pipeline": 4, "api": 4, "sources": 4, "diff": 4, "tabular": 4, "fetch": 4,
    "instance": 4,
    "batch": 5, "testing": 5,
    "cli": 6, "__main__": 6, "__init__": 6,
}  # fmt: skip
FAMILIES = {"parsers", "annotators", "serializers"}


def _top(path: Path) -> str:
    rel = path.relative_to(PKG)
    return rel.parts[0].removesuffix(".py")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    depth = len(path.relative_to(PKG).parts) - 1
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                if node.level - 1 < depth:
                    parts = path.relative_to(PKG).parts[: depth - (node.level - 1)]
                    base = parts[0] if parts else (node.module or "").split(".")[0]
                else:
                    base = (node.module or "").split(".")[0]
                    if not base:
                        found.update(a.name for a in node.names)
                        continue
                found.add(base)
            elif node.module and node.module.startswith("geoarticle."):
                found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("geoarticle."):
                    found.add(alias.name.split(".")[1])
    return found


MODULES = sorted(p for p in PKG.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PKG)))
def test_imports_point_down(path: Path) -> None:
    me = _top(path)
    if me not in LAYERS:
        pytest.fail(f"{me} is not assigned a layer in tests/test_layers.py")
    for dep in _imports(path) - {me}:
        if dep not in LAYERS:
            continue
        assert LAYERS[dep] <= LAYERS[me], (
            f"{me} (layer {LAYERS[me]}) imports {dep} (layer {LAYERS[dep]})"
        )
        assert not (me in FAMILIES and dep in FAMILIES), f"{me} imports {dep}"


def test_lxml_only_in_parsers() -> None:
    for path in MODULES:
        if _top(path) == "parsers":
            continue
        src = path.read_text(encoding="utf-8")
        assert "import lxml" not in src, path
        assert "from lxml" not in src, path

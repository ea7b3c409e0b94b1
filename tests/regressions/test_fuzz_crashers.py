"""Every input the fuzzer (fuzz/harness.py) found crashing, replayed through the same check.

Inputs live in ``inputs/<target>/<what-it-broke>.bin``, byte for byte as libFuzzer wrote them
(HTML inputs keep the harness's leading mode byte: ``s`` parses as str, anything else as bytes).
The contract: an Article that survives the JSON round trip, or a GeoArticleError.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import geoarticle
from geoarticle import Article, GeoArticleError

INPUTS = Path(__file__).resolve().parent / "inputs"
CASES = sorted(INPUTS.glob("*/*.bin"))


def _parse(target: str, data: bytes) -> Article:
    if target == "html":
        source: str | bytes = data[1:]
        if data[:1] == b"s":
            source = data[1:].decode("utf-8", errors="replace")
        return geoarticle.parse_html(source)
    if target == "text":
        return geoarticle.parse_text(data.decode("utf-8", errors="surrogateescape"))
    return geoarticle.loads(data)


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name}/{p.stem}" for p in CASES])
def test_crasher(path: Path) -> None:
    try:
        article = _parse(path.parent.name, path.read_bytes())
    except GeoArticleError:
        return
    assert geoarticle.loads(geoarticle.dumps(article)) == article

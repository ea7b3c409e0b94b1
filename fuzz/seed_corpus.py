"""Fill fuzz/corpus/{html,text,json} from the project's own fixtures (never from ../shared).

HTML seeds start with one mode byte (``b`` parse the bytes, ``s`` parse them as str), as
``fuzz/harness.py`` expects. Besides the fixtures, small versions of the hostile cases of
``tests/test_robustness.py`` and the HTML and text renderings of the text fixtures are added.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import geoarticle

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "corpus"

_PARA = "<p>The envoy said on Tuesday that talks with the ministry would resume in Geneva.</p>"
_SMALL_HOSTILE = (
    "<html><body>" + "<div>" * 300 + _PARA + "</div>" * 300 + "</body></html>",
    "<html><body>" + "<span><b><i>" * 100 + _PARA,
    "<html><body><pre>" + "x = 1\n" * 50 + "</pre></body></html>",
    '<html><frameset><frame src="a.html"></frameset></html>',
    '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
    "<html><body><p>&x; body</p></body></html>",
    '<!DOCTYPE html SYSTEM "http://127.0.0.1:9/evil.dtd"><html><body>' + _PARA + "</body></html>",
    "<html><body>" + _PARA + "<svg><text>label</text></svg><math><mi>x</mi></math></body></html>",
    '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "author": '
    '[{"name": {"x": [1]}}, 7], "datePublished": 12, "@graph": [{"@type": "Person"}]}'
    "</script></head><body>" + _PARA + "</body></html>",
    '<html><head><meta charset="utf-16"><title>T</title></head><body>' + _PARA + "</body></html>",
    "<table><tr><td>" + _PARA + "<td><ul><li>one<li>two</ul></table><blockquote>q</blockquote>",
)


def _put(kind: str, data: bytes) -> None:
    folder = CORPUS / kind
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


def _html(data: bytes) -> None:
    _put("html", b"b" + data)
    _put("html", b"s" + data)


def main() -> None:
    """Copy fixtures into the corpus folders, and add their JSON, HTML and text renderings."""
    fixtures = ROOT / "tests" / "fixtures"
    for path in sorted(fixtures.rglob("*.html")):
        _html(path.read_bytes())
    for page in _SMALL_HOSTILE:
        _html(page.encode("utf-8"))
    texts = [*sorted(fixtures.rglob("*.txt")), ROOT / "src" / "geoarticle" / "data" / "example.txt"]
    for path in texts:
        data = path.read_bytes()
        _put("text", data)
        try:
            article = geoarticle.parse_text(data.decode("utf-8"))
        except geoarticle.GeoArticleError:
            continue
        _put("json", geoarticle.dumps(article, indent=None).encode("utf-8"))
        _html(geoarticle.dumps(article, "html").encode("utf-8"))
        _put("text", geoarticle.dumps(article, "text").encode("utf-8"))
    for path in sorted(fixtures.rglob("*.json")):
        try:
            json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue
        _put("json", path.read_bytes())
    for kind in ("html", "text", "json"):
        print(kind, len(list((CORPUS / kind).iterdir())) if (CORPUS / kind).exists() else 0)


if __name__ == "__main__":
    main()

"""Memo tables belong to one parse: a page parses the same whatever was parsed before it."""

from __future__ import annotations

import subprocess
import sys

from geoarticle import dumps
from geoarticle.parsers.html import _hints, parse_html

# two invented pages whose templates share class names
PAGE_A = """<html><head><title>Harbour reopens</title></head><body>
<nav class="site-nav menu">Home | World</nav>
<div class="post-byline author-name">By Ada Quill</div>
<article class="entry-content"><h1>Harbour reopens</h1>
<p>The harbour of Westmarch reopened on Monday after a week of repairs to its old sea wall.</p>
<p>Fishing boats returned at dawn, and the harbour master said trade would recover soon.</p>
<aside class="related-posts">More: Bridges, Tolls</aside>
</article><footer class="share-buttons">Share</footer></body></html>"""

PAGE_B = """<html><head><title>Council meets</title></head><body>
<div class="menu share-buttons">Share this</div>
<span class="author-name byline">By Tomas Reed</span>
<div class="entry-content post-body"><h1>Council meets</h1>
<p>The council of Eastvale met on Tuesday to discuss the budget for the coming winter season.</p>
<div class="related-posts newsletter-box">Sign up for our newsletter</div>
<p>Members agreed to fund road repairs and to open the library on Sundays from next month.</p>
</div></body></html>"""


def test_a_then_b_is_b_alone() -> None:
    alone = dumps(parse_html(PAGE_B))
    parse_html(PAGE_A)
    after_a = dumps(parse_html(PAGE_B))
    assert after_a == alone
    assert _hints._MEMO.get() is None  # the parse's tables are gone with it


def test_same_as_a_fresh_process() -> None:
    code = (
        "import sys; from geoarticle import dumps; from geoarticle.parsers.html import parse_html;"
        "sys.stdout.write(dumps(parse_html(sys.stdin.read())))"
    )
    fresh = subprocess.run(
        [sys.executable, "-c", code], input=PAGE_B, capture_output=True, text=True, check=True
    ).stdout
    parse_html(PAGE_A)
    assert dumps(parse_html(PAGE_B)) == fresh


def test_hints_outside_a_parse_are_the_same() -> None:
    h = "related-posts newsletter-box entry-content"
    outside = _hints.hint_flags(h)
    with _hints.hint_memo():
        inside = _hints.hint_flags(h)
        assert _hints._MEMO.get() is not None
    assert inside == outside
    assert _hints.weak_names("paywall") == _hints.weak_names("paywall")

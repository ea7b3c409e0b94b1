"""The shortcuts taken for speed give the answers of the plain computations they replace."""

from __future__ import annotations

import re

import lxml.html
import pytest

from geoarticle.parsers import _clutter
from geoarticle.parsers.html import _rules, _split

_WORD = re.compile(r"\w+")

LINES = [
    "Plain words, with commas; and a full stop.",
    "snake_case and kebab-case tokens_like_these",
    "Tabs\tand\nnew lines\x1cand separators\x1fhere",
    "Curly \u2019quotes\u2019 and \u201cdouble\u201d ones \u2014 with a dash\u2026",
    "Umlaute: \u00dcber gr\u00fc\u00dfe, caf\u00e9 \u00e0 la carte",
    "Mixed \u2192 arrows \u00a9 marks \u00b2 and \u2460 numbers",
    "\u65e5\u672c\u8a9e\u306e\u6587\u3002\u53e5\u8aad\u70b9\u3001\u3082",
    "",
    "   ",
    "___",
]


@pytest.mark.parametrize("line", LINES)
def test_line_words_are_the_regex_words(line: str) -> None:
    assert _clutter._words.__wrapped__(line) == frozenset(_WORD.findall(line.lower()))


def test_few_key_words_search_agrees_with_the_pattern() -> None:
    search = _clutter._LEGAL
    assert search.few is not None  # the legal list is short enough to be looked for as text
    for line in [
        "All rights reserved by the invented publisher.",
        "The reservedness of the committee was noted.",
        "A line that says nothing of the sort.",
    ]:
        assert search(line) == (search.pattern.search(line) is not None)


def _collapsed_reference(text: str) -> int:
    return len(" ".join(text.split()))


def test_link_box_prefix_settles_long_boxes_alike() -> None:
    # a long box whose first part is mostly white space: the short prefix does not settle it,
    # the longer one must
    padded = " \n " * 3000 + "word " * 2000
    most = 3000
    short = _rules._collapsed(padded[: most + most // 4])
    long_ = _rules._collapsed(padded[: 2 * most])
    assert short == _collapsed_reference(padded[: most + most // 4])
    assert long_ == _collapsed_reference(padded[: 2 * most])
    assert short <= long_


def test_split_boxes_sort_in_document_order() -> None:
    root = lxml.html.fromstring(
        "<html><body><div id='a'><p>one</p><div id='b'><p>two</p></div></div>"
        "<section id='c'><p>three</p></section><div id='d'></div></body></html>"
    )
    order = list(root.iter())
    boxes = [root.get_element_by_id(i) for i in ("d", "b", "c", "a")]
    got = sorted(boxes, key=lambda el: _split._position(el, root))
    assert got == sorted(boxes, key=order.index)
    loose = lxml.html.fromstring("<div><p>elsewhere</p></div>")
    assert _split._position(loose, root) == ()

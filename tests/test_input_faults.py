"""The single-document cases of "bounded work and honest failure", each with the outcome it has.

Batch faults (concurrent writers, truncated containers, dead or slow workers) are in
``tests/batch/test_faults.py`` and ``tests/batch/test_truncated.py``.
"""

from __future__ import annotations

import json

import pytest

import geoarticle
from geoarticle.errors import StructureError
from geoarticle.models import Article, Paragraph, Section

# -- JSON-LD inside <script>, lone surrogates on the way in ---------------------------


def test_jsonld_is_safe_inside_a_script_element() -> None:
    article = Article(
        title="Talks </script><script>alert(1)</script> & more",
        sections=(Section(blocks=(Paragraph(text="a < b > c & d \u2028 e"),)),),
    )
    text = geoarticle.dumps(article, "jsonld")
    for unsafe in ("<", ">", "&", "\u2028"):
        assert unsafe not in text
    assert json.loads(text)["headline"] == article.title


def test_loads_rejects_lone_surrogates_that_could_not_be_written() -> None:
    doc = '{"schema_version": "1.0", "title": "a\\ud800b", "sections": [{"heading": "\\udfff"}]}'
    with pytest.raises(StructureError) as info:
        geoarticle.loads(doc)
    assert set(info.value.errors) == {
        "title: lone surrogate in a string",
        "sections[0].heading: lone surrogate in a string",
    }
    # a surrogate pair written as two escapes is one character, and fine
    assert geoarticle.loads('{"schema_version": "1.0", "title": "\\ud83d\\ude00"}').title == "😀"

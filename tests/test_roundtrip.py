"""JSON round trips of generated articles (strategies from ``geoarticle.testing``).

``loads(dumps(a)) == a`` for every article, JSON -> Article -> JSON is byte-identical,
and every dump validates against ``geoarticle.json_schema()``.
"""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
from hypothesis import given
from hypothesis import strategies as st

import geoarticle
from geoarticle import Article
from geoarticle.serializers.json import dumps
from geoarticle.testing import make_article
from geoarticle.testing import strategies as gs

_VALIDATOR = jsonschema.Draft202012Validator(geoarticle.json_schema())


@given(gs.articles(), st.sampled_from([None, 2]), st.booleans())
def test_json_round_trip(article: Article, indent: int | None, sort_keys: bool) -> None:
    first = dumps(article, indent=indent, sort_keys=sort_keys)
    back = geoarticle.loads(first)
    assert back == article
    assert dumps(back, indent=indent, sort_keys=sort_keys) == first
    errors = [
        f"{list(e.absolute_path)}: {e.message}" for e in _VALIDATOR.iter_errors(json.loads(first))
    ]
    assert not errors
    for name in ("published", "modified"):
        ours, theirs = getattr(article, name), getattr(back, name)
        assert (ours is None) == (theirs is None)
        if ours is not None:
            assert ours.utcoffset() == theirs.utcoffset()


@given(gs.datetimes(), gs.datetimes(aware=True))
def test_aware_and_naive_datetimes(published: dt.datetime, modified: dt.datetime) -> None:
    article = make_article(published=published, modified=modified)
    back = geoarticle.loads(geoarticle.dumps(article))
    assert back == article
    assert back.published is not None
    assert back.modified is not None
    assert back.published.utcoffset() == published.utcoffset()
    assert back.modified.utcoffset() == modified.utcoffset()

"""Every registered format writes every article, hostile or empty, as text."""

from __future__ import annotations

import importlib

import pytest
from serializer_cases import HOSTILE, full_article, hostile_article

import geoarticle
from geoarticle import Article
from geoarticle.serializers import REGISTRY, get_format

OURS = ("jsonld", "markdown", "html", "ninjs", "events-jsonl")


@pytest.mark.parametrize("name", OURS)
def test_registered_under_its_name(name: str) -> None:
    fmt = get_format(name)
    assert fmt.name == name
    assert fmt.description
    module = importlib.import_module(fmt.dumps.__module__)
    assert module.FORMAT is fmt
    assert name in geoarticle.formats()


@pytest.mark.parametrize("name", OURS)
def test_writes_every_article(name: str) -> None:
    for article in (Article(), full_article(), *(hostile_article(t, t) for t in HOSTILE)):
        out = geoarticle.dumps(article, name)
        assert isinstance(out, str)
        out.encode("utf-8")


def test_registry_names_our_modules() -> None:
    assert set(OURS) <= set(REGISTRY.names())

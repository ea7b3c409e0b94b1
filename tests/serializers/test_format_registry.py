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


def test_bundled_example_in_jsonld_and_ninjs() -> None:
    """The example the docs show expands without loss and validates as ninjs."""
    from test_jsonld_format import _check as check_jsonld
    from test_ninjs_format import SCHEMA_PATH, _validator
    from test_ninjs_format import _check as check_ninjs

    from geoarticle.cli.commands import example_text

    article = geoarticle.parse_text(example_text())
    doc = check_jsonld(article)
    assert len(doc["mentions"]) == len(article.actors)
    assert len(doc.get("about", [])) == len(article.events)
    if SCHEMA_PATH.is_file():
        check_ninjs(article, _validator())
    lines = geoarticle.dumps(article, "events-jsonl").splitlines()
    assert len(lines) == len(article.events)

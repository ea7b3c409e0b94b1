"""Helpers for testing code that parses articles: factories, structural asserts, golden files.

>>> from geoarticle.testing import assert_articles_equal, golden, make_article
>>> assert_articles_equal(parse(page), make_article(title="...", paragraphs=[...]))  # doctest: +SKIP
>>> golden("tests/golden/page.json", parse(page))                                    # doctest: +SKIP

Hypothesis strategies for every model are in :mod:`geoarticle.testing.strategies`
(needs ``pip install geoarticle[test]``); the pytest plugin
(:mod:`geoarticle.testing.plugin`, loaded automatically) adds the fixtures
``make_article`` and ``geoarticle_golden`` and the option ``--geoarticle-update-golden``.
The structural diff itself is :mod:`geoarticle.diff`.
"""

from __future__ import annotations

from .asserts import assert_articles_equal
from .factories import (
    DEFAULT_PARAGRAPHS,
    actor_id,
    find_mentions,
    make_actor,
    make_article,
    make_author,
    make_dateline,
    make_event,
    make_evidence,
    make_figure,
    make_fuzzy_date,
    make_image_credit,
    make_list,
    make_mention,
    make_paragraph,
    make_preformatted,
    make_quote,
    make_related_link,
    make_section,
    make_table,
)
from .golden import golden, golden_json

__all__ = [
    "DEFAULT_PARAGRAPHS",
    "actor_id",
    "assert_articles_equal",
    "find_mentions",
    "golden",
    "golden_json",
    "make_actor",
    "make_article",
    "make_author",
    "make_dateline",
    "make_event",
    "make_evidence",
    "make_figure",
    "make_fuzzy_date",
    "make_image_credit",
    "make_list",
    "make_mention",
    "make_paragraph",
    "make_preformatted",
    "make_quote",
    "make_related_link",
    "make_section",
    "make_table",
]

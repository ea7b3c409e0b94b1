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

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the real imports happen on first use (see __getattr__)
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
    from .golden_files import golden, golden_json

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

#: Where each public name lives; loaded lazily so that the pytest plugin, which
#: every pytest run imports, stays cheap.
_HOMES = {
    "assert_articles_equal": ".asserts",
    "golden": ".golden_files",
    "golden_json": ".golden_files",
}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(_HOMES.get(name, ".factories"), __name__)
    value = getattr(module, name)
    globals()[name] = value
    return value

"""Triggers of courts, prosecutors, boards and donors (invented sentences)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from geoarticle.annotators.events import find_events
from geoarticle.annotators.events.score import attach_actors, build_article
from geoarticle.models import Event

ACTORS: list[dict[str, Any]] = [
    {"name": "Mara Lind", "kind": "person", "role": "district attorney", "aliases": ["Lind"]},
    {"name": "Tom Vale", "kind": "person", "role": "chairman", "aliases": ["Vale"]},
    {"name": "Harbor Trust", "kind": "organization"},
    {"name": "City Museum", "kind": "organization"},
    {"name": "Norland", "kind": "country"},
]


def _code(text: str) -> tuple[Event, ...]:
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    return find_events(article, strict=False)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Lind dropped the charges against Vale on Monday.", "081"),
        ("Vale resigned from Harbor Trust on Monday.", "083"),
        ("Vale stepped down from Harbor Trust on Monday.", "083"),
        ("Harbor Trust made a large donation to City Museum.", "071"),
        ("Lind arraigned Vale on Monday.", "173"),
        ("Vale testified that Harbor Trust had paid its debts.", "010"),
        ("Lind pointed out that the museum was closed.", "010"),
        ("Harbor Trust filed a lawsuit against City Museum on Monday.", "115"),
        ("Vale disagreed with Lind on the budget.", "110"),
    ],
)
def test_institutional_phrasing_is_coded(text: str, code: str) -> None:
    assert code in {e.code for e in _code(text)}

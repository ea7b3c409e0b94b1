"""Leaving (resignations 083, withdrawals 0874, with what is left as the target) and hostage taking (181)."""

from __future__ import annotations

import pytest

from geoarticle import parse_text

_HEAD = (
    "Invented headline\n\nBy A Writer\n\nPublished: 3 March 2025\n\n"
    "The government of Kenya faced protests over taxes in Nairobi on Monday.\n\n"
)


def _coded(text: str) -> list[tuple[str, list[str], list[str]]]:
    article = parse_text(_HEAD + text + "\n")
    names = {a.id: a.name for a in article.actors}
    return [
        (e.code, [names[s] for s in e.sources], [names[t] for t in e.targets])
        for e in article.events
        if e.root != "14"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kenyan Finance Minister John Mbadi resigned on Tuesday.",
            ("083", ["John Mbadi", "Kenya"], []),
        ),
        (
            "John Mbadi resigned from the Kenya Revenue Authority on Tuesday.",
            ("083", ["John Mbadi"], ["Kenya Revenue Authority"]),
        ),
        (
            "John Mbadi's resignation from the Kenya Revenue Authority shocked many.",
            ("083", ["John Mbadi"], ["Kenya Revenue Authority"]),
        ),
        (
            "The United States withdrew from the World Health Organization on Tuesday.",
            ("0874", ["United States"], ["World Health Organization"]),
        ),
    ],
)
def test_what_is_left_is_the_target(text: str, want: tuple[str, list[str], list[str]]) -> None:
    assert want in _coded(text)


def test_a_call_to_resign_is_no_resignation() -> None:
    coded = _coded("Opposition leader Raila Odinga called on John Mbadi to resign.")
    assert [c[0][:2] for c in coded] == ["02"]


def test_a_refusal_to_resign_is_no_resignation() -> None:
    assert not [c for c in _coded("John Mbadi refused to resign on Tuesday.") if c[0] == "083"]


@pytest.mark.parametrize("verb", ["seized", "held", "took"])
def test_hostage_taking_is_181(verb: str) -> None:
    coded = _coded(f"Al-Shabaab {verb} hostages at a Nairobi mall on Sunday.")
    assert [c[0] for c in coded] == ["181"]

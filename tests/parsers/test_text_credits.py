"""Image credit lines: every documented form, and lines that are not credits."""

from __future__ import annotations

import pytest

from geoarticle.models import ImageCredit
from geoarticle.parsers._credits import parse_credit

CASES = [
    (
        "Image 1: U.S. Department of Energy via Flickr",
        "Image 1",
        "U.S. Department of Energy",
        "Flickr",
    ),
    ("Photo: Jane Roe/Agency", "Photo", "Jane Roe", "Agency"),
    ("(Image: Jane Roe via Flickr)", "Image", "Jane Roe", "Flickr"),
    ("Courtesy of the Ministry of Defence", None, "the Ministry of Defence", None),
    ("Photo courtesy of the Coast Guard", "Photo", "the Coast Guard", None),
    ("Credit: Jane Roe", "Credit", "Jane Roe", None),
    ("Source: Ministry of Foreign Affairs", "Source", "Ministry of Foreign Affairs", None),
    ("(Photo by Jane Roe/AFP)", "Photo", "Jane Roe", "AFP"),
    ("Photo by Jane Roe via Getty Images", "Photo", "Jane Roe", "Getty Images"),
    ("AP Photo/Jane Roe", None, "Jane Roe", "AP"),
    ("Ministry of Defence via Flickr", None, "Ministry of Defence", "Flickr"),
    ("Image 3: Wikimedia Commons", "Image 3", "Wikimedia Commons", None),
    ("Photo - Jane Roe", "Photo", "Jane Roe", None),
]


@pytest.mark.parametrize(("line", "label", "credit", "via"), CASES)
def test_credit_forms(line: str, label: str | None, credit: str, via: str | None) -> None:
    found = parse_credit(line)
    assert found == ImageCredit(label=label, credit=credit, via=via)


def test_caption_before_a_trailing_credit() -> None:
    found = parse_credit("Troops at the crossing. (Photo: J. Roe/Wire)")
    assert found is not None
    assert (found.caption, found.label, found.credit, found.via) == (
        "Troops at the crossing.",
        "Photo",
        "J. Roe",
        "Wire",
    )
    found = parse_credit("Troops at the crossing. Photo: J. Roe/Wire")
    assert found is not None
    assert found.caption == "Troops at the crossing."


def test_license_comes_off() -> None:
    found = parse_credit("Image 2: J. Roe via Flickr (CC BY-SA 2.0)")
    assert found == ImageCredit(
        label="Image 2", credit="J. Roe", via="Flickr", license="CC BY-SA 2.0"
    )


@pytest.mark.parametrize(
    "line",
    [
        "",
        "Figure 1: Defence spending by region",
        "Pakistan and the United States",
        "Aid shipments arrived via Djibouti last week, officials said.",
        "Source: the ministry said the talks would resume in May after a long pause and a debate.",
        "x" * 5000,
    ],
)
def test_not_credits(line: str) -> None:
    assert parse_credit(line) is None

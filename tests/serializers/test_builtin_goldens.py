"""html, markdown and text write hand-built articles byte for byte as the files in golden/.

The files pin the block-by-block output of the render-rule tables (``Format.render_rules``).
After an intended change of a writer, rewrite them with
``PYTHONPATH=src python tests/serializers/test_builtin_goldens.py`` and review ``git diff``.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
from serializer_cases import HOSTILE, full_article, hostile_article

import geoarticle
from geoarticle.models import (
    Article,
    Dateline,
    Figure,
    ImageCredit,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    Section,
    Table,
)

GOLDEN = Path(__file__).parent / "golden"

#: (format, options, file suffix)
VARIANTS: list[tuple[str, dict[str, Any], str]] = [
    ("html", {}, "html"),
    ("html", {"jsonld": False}, "nojsonld.html"),
    ("markdown", {}, "md"),
    ("markdown", {"front_matter": False}, "nofront.md"),
    ("text", {}, "txt"),
    ("text", {"marks": True}, "marks.txt"),
]


def edge_article() -> Article:
    """Lists in a row, empty and ragged blocks, a figure-only first section, odd headings."""
    image = ImageCredit(label="Image 1", credit="Ana Bel", alt="A quay at dusk", src="/quay.jpg")
    return Article(
        title="Harbour talks stall",
        dateline=Dateline(place="PORT ALBA", agency="Wire"),
        image_credits=(image, ImageCredit(label="Image 2", via="Flickr")),
        sections=(
            Section(blocks=(Figure(image=0),)),
            Section(
                heading="By the quay",
                level=2,
                blocks=(
                    ListBlock(items=("one", "two")),
                    ListBlock(items=("three",)),
                    ListBlock(items=("four",)),
                    ListBlock(items=("first", "second"), ordered=True),
                    ListBlock(items=("third",), ordered=True),
                    Paragraph(text=""),
                    ListBlock(items=()),
                    ListBlock(items=("after an empty list",)),
                ),
            ),
            Section(
                heading="What comes next",
                level=4,
                blocks=(
                    Table(rows=()),
                    Table(rows=(("a", "b", "c"), ("d",))),
                    Quote(text="First part.\n\nSecond part.", cite=None),
                    Quote(text="  ", cite="Nobody"),
                    Preformatted(text="```\ncode\n```"),
                    Paragraph(text="* not a list _nor emphasis_ | # nor heading"),
                ),
            ),
            Section(heading="Ends with a full stop.", level=2, blocks=()),
        ),
    )


def cases() -> dict[str, Article]:
    """The articles the golden files hold, by file stem."""
    out = {"full": full_article(), "edge": edge_article(), "empty": Article()}
    out.update({f"hostile{i}": hostile_article(t, t) for i, t in enumerate(HOSTILE[:2])})
    return out


@functools.cache
def _outputs() -> dict[str, str]:
    return {
        f"{stem}.{suffix}": geoarticle.dumps(article, name, **options)
        for stem, article in cases().items()
        for name, options, suffix in VARIANTS
    }


@pytest.mark.parametrize("filename", sorted(_outputs()))
def test_byte_identical(filename: str) -> None:
    path = GOLDEN / filename
    assert path.is_file(), f"missing {path}: run python {Path(__file__).name} to write it"
    assert _outputs()[filename] == path.read_text(encoding="utf-8")


def test_no_stray_files() -> None:
    assert {p.name for p in GOLDEN.iterdir()} == set(_outputs())


if __name__ == "__main__":
    GOLDEN.mkdir(exist_ok=True)
    for name, text in _outputs().items():
        with (GOLDEN / name).open("w", encoding="utf-8", newline="") as f:
            f.write(text)

"""Construction validates fields and cross-references, naming the field."""

from __future__ import annotations

import pytest

from geoarticle import (
    Actor,
    ActorKind,
    Article,
    Event,
    Evidence,
    Figure,
    ListBlock,
    Mention,
    ModelError,
    Paragraph,
    Section,
    Table,
)


def test_wrong_type_names_field() -> None:
    with pytest.raises(ModelError, match=r"Paragraph\.text: expected str, got int"):
        Paragraph(text=3)  # type: ignore[arg-type]


def test_lists_become_tuples() -> None:
    block = ListBlock(items=["a", "b"])  # type: ignore[arg-type]
    assert block.items == ("a", "b")
    assert block.text == "a\nb"
    assert Table(rows=[["x", "y"], ["1", "2"]]).text == "x | y\n1 | 2"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"country": "PK"}, r"Actor\.country: 'PK' is not an ISO 3166-1 alpha-3 code"),
        ({"code": "usa"}, r"Actor\.code: 'usa' is not a CAMEO actor code"),
    ],
)
def test_actor_codes(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(ModelError, match=message):
        Actor(id="a", name="A", kind=ActorKind.COUNTRY, **kwargs)


def test_event_code_must_be_cameo() -> None:
    with pytest.raises(ModelError, match=r"Event\.code: '4' is not a CAMEO event code"):
        Event(id="e", code="4")
    assert Event(id="e", code="0421").root == "04"


def test_span_order() -> None:
    with pytest.raises(ModelError, match=r"Mention\.end: 1 is before start 2"):
        Mention(start=2, end=1, text="")


def _article(**kwargs: object) -> Article:
    section = Section(blocks=(Paragraph(text="Pakistan said."),))
    return Article(title="t", sections=(section,), **kwargs)  # type: ignore[arg-type]


def test_mention_outside_block() -> None:
    actor = Actor(
        id="c",
        name="Pakistan",
        kind=ActorKind.COUNTRY,
        mentions=(Mention(start=0, end=99, text="x", section=0, block=0),),
    )
    with pytest.raises(ModelError, match=r"actors\[0\]\.mentions\[0\]\.end: 99 is past the end"):
        _article(actors=(actor,))


def test_mention_in_missing_section() -> None:
    actor = Actor(
        id="c",
        name="P",
        kind=ActorKind.COUNTRY,
        mentions=(Mention(start=0, end=1, text="P", section=3, block=0),),
    )
    with pytest.raises(ModelError, match=r"mentions\[0\]\.section: 3 is out of range"):
        _article(actors=(actor,))


def test_event_unknown_actor() -> None:
    with pytest.raises(ModelError, match=r"events\[0\]\.sources: unknown actor id 'ghost'"):
        _article(events=(Event(id="e", code="01", sources=("ghost",)),))


def test_evidence_outside_block() -> None:
    ev = Evidence(section=0, block=5, start=0, end=1)
    with pytest.raises(ModelError, match=r"evidence\[0\]\.block: 5 is out of range"):
        _article(events=(Event(id="e", code="01", evidence=(ev,)),))


def test_duplicate_actor_ids() -> None:
    a = Actor(id="x", name="X", kind=ActorKind.PLACE)
    with pytest.raises(ModelError, match="duplicate actor id 'x'"):
        _article(actors=(a, a))


def test_figure_points_at_credit() -> None:
    with pytest.raises(ModelError, match=r"blocks\[0\]\.image: 0 is out of range"):
        Article(sections=(Section(blocks=(Figure(image=0),)),))


def test_heading_needs_level() -> None:
    with pytest.raises(ModelError, match=r"Section\.level"):
        Section(heading="H")


def test_body_text_leaves_out_figures_and_title() -> None:
    from geoarticle import ImageCredit

    art = Article(
        title="Title",
        sections=(
            Section(blocks=(Paragraph(text="Lead."), Figure(image=0))),
            Section(heading="Head", level=2, blocks=(Paragraph(text="Body."),)),
        ),
        image_credits=(ImageCredit(label="Image 1", credit="X"),),
    )
    assert art.body_text == "Lead.\n\nHead\n\nBody."
    assert art.word_count == 3

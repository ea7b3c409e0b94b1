"""The structural diff engine (``geoarticle.diff``)."""

from __future__ import annotations

import attrs

from geoarticle import Article
from geoarticle.diff import diff_articles, differences_to_json, format_differences
from geoarticle.testing import make_article, make_list, make_paragraph, make_section


def _base() -> Article:
    return make_article(
        sections=[
            make_section("Freedonia and Sylvania reopened the crossing on Monday."),
            make_section(
                "Talks resumed in Geneva under Jane Roe.",
                make_list("Trade", "Water"),
                heading="Background",
            ),
        ],
        actors=["Freedonia", "Sylvania", "person:Jane Roe"],
    )


def _replace_block(article: Article, si: int, bi: int, block: object) -> Article:
    sections = list(article.sections)
    blocks = list(sections[si].blocks)
    blocks[bi] = block
    sections[si] = attrs.evolve(sections[si], blocks=tuple(blocks))
    return attrs.evolve(article, sections=tuple(sections))


def test_equal_articles_have_no_differences() -> None:
    assert diff_articles(_base(), _base()) == ()
    assert format_differences(()) == "no differences"


def test_changed_block_is_located() -> None:
    new = _replace_block(_base(), 1, 1, make_list("Trade", "Energy"))
    (d,) = diff_articles(_base(), new)
    assert (d.op, d.path, d.old, d.new) == (
        "changed",
        "sections[1].blocks[1].items[1]",
        "Water",
        "Energy",
    )
    assert d.where == 'section 1 "Background", block 1 (list), item 1'


def test_removed_actor_is_one_difference_matched_by_id() -> None:
    old = _base()
    new = attrs.evolve(old, actors=old.actors[1:])
    (d,) = diff_articles(old, new)
    assert (d.op, d.path) == ("removed", 'actors["country:freedonia"]')
    assert d.old["name"] == "Freedonia"
    assert d.where == 'actor "Freedonia" (country)'


def test_inserted_block_does_not_shift_the_rest() -> None:
    old = _base()
    sec = old.sections[1]
    inserted = attrs.evolve(sec, blocks=(make_paragraph("A new opening line."), *sec.blocks))
    new = attrs.evolve(old, sections=(old.sections[0], inserted), actors=())
    diffs = diff_articles(old, new, ignore=["actors"])
    assert [(d.op, d.path) for d in diffs] == [("added", "sections[1].blocks[0]")]


def test_whitespace_is_normalised_unless_exact() -> None:
    new = attrs.evolve(
        _base(), title="  Freedonia and Sylvania\u00a0reopen   Marsh Gate crossing\n"
    )
    assert diff_articles(_base(), new) == ()
    (d,) = diff_articles(_base(), new, normalize_whitespace=False)
    assert d.path == "title"


def test_ignore_patterns() -> None:
    old = _base()
    new = attrs.evolve(
        _replace_block(old, 0, 0, make_paragraph("Freedonia and Sylvania reopened it.")),
        warnings=("late",),
        actors=tuple(attrs.evolve(a, mentions=()) for a in old.actors),
    )
    paths = {d.path for d in diff_articles(old, new)}
    assert "warnings[0]" in paths
    assert any(".mentions" in p for p in paths)
    assert diff_articles(old, new, ignore=["warnings", "actors.mentions", "sections.*.text"]) == ()
    assert [
        d.path
        for d in diff_articles(
            old, new, ignore=["warnings", "actors.*", "sections[0].blocks[0].text"]
        )
    ] == []


def test_type_changes_are_differences() -> None:
    old = {"title": "x", "tags": [1]}
    new = {"title": "x", "tags": [True]}
    (d,) = diff_articles(old, new)
    assert d.path == "tags[0]"


def test_long_strings_show_the_changed_part() -> None:
    text = "word " * 100
    new = _replace_block(_base(), 0, 0, make_paragraph(text + "changed end"))
    old = _replace_block(_base(), 0, 0, make_paragraph(text + "original end"))
    report = format_differences(diff_articles(old, new, ignore=["actors"]))
    assert "…" in report
    assert "changed end" in report
    assert len(report.splitlines()) == 5


def test_json_report() -> None:
    new = attrs.evolve(_base(), title="Another")
    (item,) = differences_to_json(diff_articles(_base(), new))
    assert item == {
        "op": "changed",
        "path": "title",
        "where": "",
        "old": _base().title,
        "new": "Another",
    }


def test_removed_event_is_aligned_despite_positional_ids() -> None:
    from geoarticle.testing import make_event

    old = _base()
    trio = [
        make_event("042", ["country:freedonia"], ["country:sylvania"], id="event:1"),
        make_event("036", ["country:sylvania"], ["country:freedonia"], id="event:2"),
        make_event("051", ["person:jane-roe"], [], id="event:3"),
    ]
    old = attrs.evolve(old, events=trio)
    new = attrs.evolve(old, events=[trio[0], attrs.evolve(trio[2], id="event:2")])
    assert [
        (d.op, d.path, d.old if d.op == "changed" else None) for d in diff_articles(old, new)
    ] == [
        ("removed", "events[1]", None),
        ("changed", "events[2->1].id", "event:3"),
    ]
    assert diff_articles(old, new, ignore=["events.id"])[0].path == "events[1]"


def test_insert_next_to_an_edit_pairs_the_similar_block() -> None:
    texts = [
        "The delegations met at noon in the old customs house.",
        "They agreed to publish river flow data every morning.",
        "A further round is planned for the spring.",
    ]
    old = make_article(paragraphs=texts)
    new = make_article(
        paragraphs=[
            texts[0],
            "Security was tight around the building.",
            "They agreed to publish river flow data every evening.",
            texts[2],
        ]
    )
    diffs = diff_articles(old, new)
    assert [(d.op, d.path) for d in diffs] == [
        ("added", "sections[0].blocks[1]"),
        ("changed", "sections[0].blocks[1->2].text"),
    ]

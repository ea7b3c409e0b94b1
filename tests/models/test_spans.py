"""One span type: Mention and Evidence are Spans, located the same way, a heading included."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings

import geoarticle
from geoarticle import (
    Actor,
    ActorKind,
    Article,
    Event,
    Evidence,
    Mention,
    ModelError,
    Paragraph,
    Section,
    Span,
)
from geoarticle.diff import diff_articles
from geoarticle.models.article import span_sources
from geoarticle.testing import make_evidence
from geoarticle.testing import strategies as gs

HEADING = "Kenya Reopens the Crossing"
BODY = "Kenya and Somalia met in Mogadishu."


def _spans(article: Article) -> list[Span]:
    out: list[Span] = [m for a in article.actors for m in a.mentions]
    out.extend(ev for e in article.events for ev in e.evidence)
    return out


@settings(max_examples=40)
@given(gs.articles(with_metadata=False, with_media=False, with_related=False))
def test_every_span_of_a_generated_article_resolves(article: Article) -> None:
    for span in _spans(article):
        assert span.section is not None
        assert article.span_source(span)[span.start : span.end] == span.text
    # ... and survives the JSON round trip, with every locator as it was.
    back = geoarticle.loads(geoarticle.dumps(article))
    assert _spans(back) == _spans(article)


def test_mention_and_evidence_are_spans() -> None:
    assert issubclass(Mention, Span)
    assert issubclass(Evidence, Span)
    assert [f.name for f in attrs.fields(Evidence)] == [f.name for f in attrs.fields(Span)]
    assert not issubclass(Mention, Evidence)


def test_old_constructors_still_work() -> None:
    ev = Evidence(section=1, block=0, start=0, end=5, text="Kenya")
    assert (ev.section, ev.block, ev.start, ev.end, ev.text) == (1, 0, 0, 5, "Kenya")
    assert Evidence(section=0, block=0, start=0, end=3).text == ""
    m = Mention(start=0, end=5, text="Kenya", section=0, block=None, metonym=True)
    assert m.block is None
    assert m.metonym


def test_a_block_needs_a_section() -> None:
    with pytest.raises(ModelError, match=r"Evidence\.block: .* needs a section index"):
        Evidence(block=0, start=0, end=1)
    with pytest.raises(ModelError, match=r"Mention\.block: "):
        Mention(block=2, start=0, end=1)


def _heading_article() -> Article:
    sections = (Section(heading=HEADING, level=2, blocks=(Paragraph(text=BODY),)),)
    kenya = Actor(
        id="country:KEN",
        name="Kenya",
        kind=ActorKind.COUNTRY,
        mentions=(
            Mention(start=0, end=5, text="Kenya", section=0, block=None),
            Mention(start=0, end=5, text="Kenya", section=0, block=0),
        ),
    )
    event = Event(
        id="event:1",
        code="036",
        sources=("country:KEN",),
        trigger="Reopens",
        evidence=(make_evidence(sections, 0, None), make_evidence(sections, 0, 0)),
    )
    return Article(title="Border", sections=sections, actors=(kenya,), events=(event,))


def test_evidence_in_a_heading_validates_and_round_trips() -> None:
    article = _heading_article()
    ev = article.events[0].evidence[0]
    assert ev.block is None
    assert article.span_source(ev) == HEADING
    assert ev.text == HEADING
    text = geoarticle.dumps(article)
    data = json.loads(text)
    jsonschema.validate(data, geoarticle.json_schema())
    assert data["events"][0]["evidence"][0]["block"] is None
    back = geoarticle.loads(text)
    assert back == article
    assert not diff_articles(article, back)
    moved = attrs.evolve(
        article,
        events=(attrs.evolve(article.events[0], evidence=article.events[0].evidence[1:]),),
    )
    assert diff_articles(article, moved)


def test_evidence_past_the_heading_is_refused() -> None:
    sections = (Section(heading="Short", level=2),)
    with pytest.raises(ModelError, match=r"evidence\[0\]\.end: 9 is past the end of its heading"):
        Article(
            sections=sections,
            events=(Event(id="e1", code="010", evidence=(Evidence(section=0, start=0, end=9),)),),
        )


def test_a_heading_span_in_the_other_outputs(tmp_path: Path) -> None:
    article = _heading_article()
    row = geoarticle.tables(article).events[0]
    assert row.block is None
    assert row.evidence[0] == {"section": 0, "block": None, "start": 0, "end": len(HEADING)}
    record = json.loads(geoarticle.dumps(article, format="events-jsonl").splitlines()[0])
    assert record["text_info"]["block"] is None
    assert record["event_text"] == HEADING
    pq = pytest.importorskip("pyarrow.parquet")
    paths = geoarticle.write_parquet(article, tmp_path)
    evidence = pq.read_table(paths["events"]).column("evidence").to_pylist()[0]
    assert [e["block"] for e in evidence] == [None, 0]


_OLD_1_2: dict[str, Any] = {
    "schema_version": "1.2",
    "title": "Border",
    "sections": [{"heading": None, "level": 0, "blocks": [{"type": "paragraph", "text": BODY}]}],
    "actors": [
        {
            "id": "country:KEN",
            "name": "Kenya",
            "kind": "country",
            "mentions": [{"start": 0, "end": 5, "text": "Kenya", "section": 0, "block": 0}],
        }
    ],
    "events": [
        {
            "id": "event:1",
            "code": "040",
            "sources": ["country:KEN"],
            "evidence": [
                {"section": 0, "block": 0, "start": 0, "end": len(BODY), "text": BODY},
            ],
        }
    ],
}


def test_schema_1_2_json_still_loads() -> None:
    article = geoarticle.loads(json.dumps(_OLD_1_2))
    ev = article.events[0].evidence[0]
    assert isinstance(ev, Evidence)
    assert (ev.section, ev.block, ev.start, ev.end, ev.text) == (0, 0, 0, len(BODY), BODY)
    assert article.actors[0].mentions[0] == Mention(
        start=0, end=5, text="Kenya", section=0, block=0
    )
    # Written again, the spans carry the same keys and values as before.
    again = json.loads(geoarticle.dumps(article))
    assert again["schema_version"] == geoarticle.SCHEMA_VERSION == "1.3"
    assert again["events"][0]["evidence"] == _OLD_1_2["events"][0]["evidence"]
    mention = again["actors"][0]["mentions"][0]
    assert mention == {**_OLD_1_2["actors"][0]["mentions"][0], "metonym": False, "group": None}
    assert list(mention) == ["start", "end", "text", "section", "block", "metonym", "group"]


def test_span_sources_list_headings_then_blocks() -> None:
    sections = _heading_article().sections
    got = [(s.section, s.block, s.text) for s in span_sources(sections)]
    assert got == [(0, None, HEADING), (0, 0, BODY)]
    for whole in span_sources(sections):
        assert Article(sections=sections).span_source(whole) == whole.text

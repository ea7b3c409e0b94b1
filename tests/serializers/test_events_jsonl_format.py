"""``events-jsonl``: one PLOVER-style record per event, every record with every key."""

from __future__ import annotations

import json

from hypothesis import given, settings
from serializer_cases import full_article

from geoarticle import Article, Span, dumps
from geoarticle.testing import strategies as gs

KEYS = {
    "id", "date", "date_precision", "date_text", "story_date", "event_type", "mode", "cameo",
    "cameo_root", "cameo_label", "modality", "actor", "recipient", "actors", "recipients",
    "location", "event_text", "text_info", "cite_info",
}  # fmt: skip
ENTITY_KEYS = {"id", "name", "kind", "code", "country", "sector", "sectors", "role"}


def _records(article: Article) -> list[dict[str, object]]:
    text = dumps(article, "events-jsonl")
    assert text == "" or text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def test_full_article_records() -> None:
    article = full_article()
    visit, threat = _records(article)
    assert visit["cameo"] == "042"
    assert visit["event_type"] == "CONSULT"
    assert visit["mode"] == "visit"
    assert visit["date"] == "2024-03-11"
    assert visit["actor"] == {
        "id": "person:ilse-marten",
        "name": "Ilse Marten",
        "kind": "person",
        "code": "NRLGOV",
        "country": "NRL",
        "sector": "GOV",
        "sectors": ["GOV"],
        "role": "Foreign Minister",
    }
    assert visit["recipient"]["name"] == "Ruben Ostrava"
    assert visit["location"]["name"] == "Valdoria"
    info = visit["text_info"]
    block = article.sections[info["section"]].blocks[info["block"]]
    assert block.text[info["start"] : info["end"]] == visit["event_text"]
    assert visit["cite_info"]["url"] == article.canonical_url
    assert visit["cite_info"]["title"] == article.title
    assert threat["date"] == "2024-03"
    assert threat["date_precision"] == "month"
    assert threat["recipient"] is None
    assert threat["actor"]["sector"] == "REB"
    assert threat["modality"] == "future"
    assert visit["id"] != threat["id"]
    assert visit["id"].split(":")[0] == threat["id"].split(":")[0]


def test_no_events_no_lines() -> None:
    assert dumps(Article(title="Quiet day"), "events-jsonl") == ""


def test_organisation_code_without_country() -> None:
    un = next(a for a in full_article().actors if a.id == "organization:un")
    from geoarticle.serializers.events_jsonl import entity

    assert entity(un)["sectors"] == ["IGO", "UNO"]


@settings(max_examples=20)
@given(gs.articles())
def test_generated_articles(article: Article) -> None:
    records = _records(article)
    assert len(records) == len(article.events)
    for record, event in zip(records, article.events, strict=True):
        assert set(record) == KEYS
        assert record["cameo"] == event.code
        for ent in [record["actor"], record["recipient"], record["location"]]:
            assert ent is None or set(ent) == ENTITY_KEYS
        assert [a["id"] for a in record["actors"]] == list(event.sources)
        if event.evidence:
            ev = event.evidence[0]
            info = record["text_info"]
            where = {k: info[k] for k in ("section", "block", "start", "end")}
            text = article.span_source(Span(**where))  # block None: the heading
            assert text[info["start"] : info["end"]] == ev.text

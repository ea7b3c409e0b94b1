"""geoarticle.tables / to_pandas / write_parquet: four tables that join on ids."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import attrs
import pytest

import geoarticle
from geoarticle import Article
from geoarticle.errors import MissingDependencyError
from geoarticle.tabular import TABLES, ActorRow, ArticleRow, EventRow, MentionRow

EXAMPLE = (
    Path(__file__).resolve().parent.parent / "src" / "geoarticle" / "data" / "example.txt"
).read_text(encoding="utf-8")

SECOND = (
    "Ministers Meet in Doha\n\n"
    "Qatar hosted ministers from Kenya in Doha on Tuesday, officials said.\n"
)


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    example = geoarticle.parse_text(EXAMPLE)
    second = attrs.evolve(
        geoarticle.parse_text(SECOND, reference_date=dt.date(2024, 5, 2)),
        url="https://example.org/doha",
        published=dt.datetime(2024, 5, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=3))),
        language="en",
        site_name="Example Review",
    )
    return [example, second]


def test_tables_of_the_bundled_example(articles: list[Article]) -> None:
    example = articles[0]
    t = geoarticle.tables(example)
    assert len(t.articles) == 1
    row = t.articles[0]
    assert row.article_id == geoarticle.article_id(example)
    assert row.title == example.title
    assert row.word_count == example.word_count
    assert (row.actor_count, row.event_count) == (len(example.actors), len(example.events))
    assert [a.actor_id for a in t.actors] == [a.id for a in example.actors]
    assert len(t.mentions) == sum(len(a.mentions) for a in example.actors)
    assert [e.event_id for e in t.events] == [e.id for e in example.events]
    kenya = next(a for a in t.actors if a.actor_id == "country:KEN")
    assert (kenya.kind, kenya.country, kenya.code) == ("country", "KEN", "KEN")
    assert kenya.mention_count == len(example.actor("country:KEN").mentions)
    assert kenya.geonames_id is not None
    assert kenya.lat is not None
    visit = t.events[0]
    assert (visit.code, visit.root, visit.label) == ("042", "04", "Make a visit")
    assert visit.plover_type == "CONSULT"
    assert visit.date == dt.date(2024, 3, 11)
    assert visit.date_precision == "day"
    assert visit.sentence == example.events[0].evidence[0].text
    assert visit.evidence[0] == {"section": 0, "block": 0, "start": 0, "end": 217}


def test_tables_join_on_ids(articles: list[Article]) -> None:
    t = geoarticle.tables(articles)
    ids = {a.article_id for a in t.articles}
    assert len(ids) == 2
    actor_keys = {(a.article_id, a.actor_id) for a in t.actors}
    for m in t.mentions:
        assert (m.article_id, m.actor_id) in actor_keys
    for e in t.events:
        assert e.article_id in ids
        for ref in (*e.sources, *e.targets, *([e.location] if e.location else [])):
            assert (e.article_id, ref) in actor_keys
    # each mention's offsets index its block's text
    by_id = {geoarticle.article_id(a): a for a in articles}
    for m in t.mentions:
        art = by_id[m.article_id]
        assert m.section is not None
        sec = art.sections[m.section]
        text = (sec.heading or "") if m.block is None else sec.blocks[m.block].text
        assert text[m.start : m.end] == m.text


def test_article_id_is_stable_and_documented() -> None:
    a = Article(title="A", url="https://example.org/x")
    assert geoarticle.article_id(a) == geoarticle.article_id(attrs.evolve(a, title="B"))
    assert geoarticle.article_id(a).startswith("a")
    assert len(geoarticle.article_id(a)) == 17
    b = Article(title="A")
    assert geoarticle.article_id(b) != geoarticle.article_id(attrs.evolve(b, title="B"))
    assert geoarticle.article_id(b) == geoarticle.article_id(Article(title="A"))


def test_rows_as_dicts_and_wrong_input() -> None:
    t = geoarticle.tables([])
    assert t.as_dicts() == {"articles": [], "actors": [], "mentions": [], "events": []}
    with pytest.raises(TypeError, match=r"articles\[0\]: expected Article, got str"):
        geoarticle.tables(["not an article"])  # type: ignore[list-item]
    assert list(TABLES) == ["articles", "actors", "mentions", "events"]
    assert TABLES["events"] is EventRow


def test_every_column_has_a_dtype() -> None:
    for cls in (ArticleRow, ActorRow, MentionRow, EventRow):
        for f in attrs.fields(cls):
            assert f.metadata.get("dtype"), f"{cls.__name__}.{f.name}"


def test_to_pandas_dtypes(articles: list[Article]) -> None:
    pd = pytest.importorskip("pandas")
    frames = geoarticle.to_pandas(articles)
    assert list(frames) == ["articles", "actors", "mentions", "events"]
    arts, actors, mentions, events = (frames[n] for n in frames)
    assert len(arts) == 2
    assert str(arts["published"].dtype).startswith("datetime64")
    assert "UTC" in str(arts["published"].dtype)
    # the +03:00 time is converted to UTC
    assert arts["published"].iloc[1] == pd.Timestamp("2024-05-02T06:30:00Z")
    assert isinstance(arts["language"].dtype, pd.CategoricalDtype)
    assert arts["word_count"].dtype == "Int64"
    for name in ("kind", "country", "code"):
        assert isinstance(actors[name].dtype, pd.CategoricalDtype), name
    assert actors["lat"].dtype == "Float64"
    assert actors["geonames_id"].dtype == "Int64"
    assert actors["actor_id"].dtype == "string"
    assert mentions["block"].dtype == "Int64"
    assert mentions["metonym"].dtype == "boolean"
    for name in ("code", "root", "label", "plover_type", "date_precision", "modality"):
        assert isinstance(events[name].dtype, pd.CategoricalDtype), name
    assert str(events["date"].dtype).startswith("datetime64")
    assert events["date"].iloc[0] == pd.Timestamp("2024-03-11")
    assert list(events["sources"].iloc[0]) == list(articles[0].events[0].sources)
    # the tables join in pandas as they do in Python
    joined = mentions.merge(actors, on=["article_id", "actor_id"], how="left")
    assert joined["name"].notna().all()
    assert set(frames["articles"].columns) == {f.name for f in attrs.fields(ArticleRow)}


def test_to_pandas_of_nothing_keeps_the_columns() -> None:
    pytest.importorskip("pandas")
    frames = geoarticle.to_pandas([])
    for name, cls in TABLES.items():
        assert list(frames[name].columns) == [f.name for f in attrs.fields(cls)]
        assert frames[name].empty


def test_parquet_round_trip(articles: list[Article], tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    paths = geoarticle.write_parquet(articles, tmp_path / "out")
    assert {p.name for p in paths.values()} == {
        "articles.parquet",
        "actors.parquet",
        "mentions.parquet",
        "events.parquet",
    }
    frames = geoarticle.to_pandas(articles)
    for name, path in paths.items():
        back = pd.read_parquet(path)
        want = frames[name]
        assert list(back.columns) == list(want.columns)
        for col in want.columns:
            assert back[col].dtype.name == want[col].dtype.name, (name, col)
        flat = [c for c in want.columns if want[c].dtype != object]
        pd.testing.assert_frame_equal(
            back[flat], want[flat], check_categorical=False, check_dtype=False
        )
        for col in (c for c in want.columns if want[c].dtype == object):
            assert [list(v) for v in back[col]] == [list(v) for v in want[col]], (name, col)


def test_missing_extras_raise_missing_dependency(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(MissingDependencyError, match=r"geoarticle\[pandas\]") as info:
        geoarticle.to_pandas([])
    assert info.value.package == "pandas"
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingDependencyError, match=r"geoarticle\[parquet\]"):
        geoarticle.write_parquet([], "unused")

"""The public namespace is exactly what __all__ says, and every public name is documented."""

from __future__ import annotations

import inspect

import geoarticle

EXPECTED = {
    "SCHEMA_VERSION", "Actor", "ActorKind", "Article", "Author", "AuthorKind", "Block",
    "DatePrecision", "Dateline", "Event", "Evidence", "FieldSource", "Figure", "FuzzyDate",
    "Gazetteer", "GazetteerEntry",
    "GeoArticleError", "ImageCredit", "LimitExceededError", "Limits", "ListBlock", "Mention",
    "Modality", "ModelError", "NotAnArticleError", "Paragraph", "ParseError", "Pipeline",
    "PipelineConfigError", "PipelineError", "Preformatted", "Quote", "RelatedLink",
    "SchemaVersionError", "Section", "SerializationError", "StructureError", "Table",
    "UnknownFormatError", "__version__", "default_pipeline", "dumps", "find_actors",
    "find_events", "formats", "json_schema", "loads", "parse", "parse_html", "parse_text",
    "Span", "Tables", "article_id", "tables", "to_pandas", "write_parquet", "GeoArticle", "get_default",
}  # fmt: skip


def test_all_is_exact() -> None:
    assert set(geoarticle.__all__) == EXPECTED
    for name in geoarticle.__all__:
        assert hasattr(geoarticle, name), name


def test_every_public_callable_documented() -> None:
    for name in geoarticle.__all__:
        obj = getattr(geoarticle, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert inspect.getdoc(obj), f"{name} has no docstring"


def test_stable_signatures() -> None:
    sig = inspect.signature(geoarticle.parse_html)
    assert list(sig.parameters)[:2] == ["source", "url"]
    assert sig.parameters["url"].kind is inspect.Parameter.KEYWORD_ONLY
    assert next(iter(inspect.signature(geoarticle.parse_text).parameters)) == "text"
    assert inspect.signature(geoarticle.dumps).parameters["format"].default == "json"
    assert inspect.signature(geoarticle.loads).parameters["format"].default == "json"


def test_errors_refine_builtins() -> None:
    assert issubclass(geoarticle.ParseError, ValueError)
    assert issubclass(geoarticle.NotAnArticleError, geoarticle.ParseError)
    assert issubclass(geoarticle.StructureError, ValueError)
    assert issubclass(geoarticle.UnknownFormatError, LookupError)
    for name in geoarticle.__all__:
        obj = getattr(geoarticle, name)
        if inspect.isclass(obj) and issubclass(obj, Exception):
            assert issubclass(obj, geoarticle.GeoArticleError)

"""Render rules: tables keyed by block type, overridable per format; readers; writing errors."""

from __future__ import annotations

import html
import json

import attrs
import pytest
from hypothesis import given
from serializer_cases import full_article

import geoarticle
from geoarticle import api, serializers
from geoarticle._registry import Registry
from geoarticle.errors import SerializationError, UnknownFormatError
from geoarticle.models import Article, ListBlock, Paragraph, Section
from geoarticle.models.blocks import BLOCK_TYPES
from geoarticle.serializers import (
    Format,
    RenderContext,
    RenderRules,
    get_format,
    readable_formats,
    register,
)
from geoarticle.testing.strategies import articles, blocks

RULED = ("html", "markdown", "text")


@pytest.fixture(autouse=True)
def _own_registry(monkeypatch: pytest.MonkeyPatch) -> Registry[Format]:
    """A copy of the default registry, so formats registered here leave no trace."""
    fresh: Registry[Format] = Registry("format")
    for name in serializers.REGISTRY.names():
        fresh.register(name, serializers.REGISTRY.get(name))
    monkeypatch.setattr(serializers, "REGISTRY", fresh)
    return fresh


def _lead(block: Paragraph, ctx: RenderContext) -> str:
    return f'<p class="para-{ctx.section}-{ctx.block}">{html.escape(block.text)}</p>'


# -- the tables -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", RULED)
def test_rule_tables_cover_every_block_type_and_the_heading(name: str) -> None:
    rules = get_format(name).render_rules
    assert rules is not None
    assert rules.format == name
    assert set(BLOCK_TYPES) | {Section} == set(rules)
    for block_type in BLOCK_TYPES:
        assert rules.rule_for(block_type) is rules[block_type]


@given(blocks(images=2))
def test_every_block_finds_a_rule_in_every_table(block: object) -> None:
    for name in RULED:
        rules = get_format(name).render_rules
        assert rules is not None
        assert callable(rules.rule_for(type(block)))


@pytest.mark.parametrize("name", ["json", "jsonld", "ninjs", "events-jsonl", "geojson"])
def test_formats_without_blocks_have_no_rules(name: str) -> None:
    fmt = get_format(name)
    assert fmt.render_rules is None
    with pytest.raises(SerializationError, match="no render rules"):
        fmt.with_render_rule(Paragraph, _lead)


def test_a_subclass_falls_back_to_its_base_rule() -> None:
    class Base:
        pass

    class Child(Base):
        pass

    rules = RenderRules("demo", {Base: lambda block, ctx: "base"})
    ctx = RenderContext(article=Article(), format="demo")
    assert rules.render(Child(), ctx) == "base"
    assert rules.with_rule(Child, lambda block, ctx: "child").render(Child(), ctx) == "child"
    assert rules.render(Child(), ctx) == "base"  # the table itself is unchanged
    with pytest.raises(SerializationError, match="no render rule for int"):
        rules.render(3, ctx)


def test_tables_check_keys_and_rules() -> None:
    with pytest.raises(TypeError):
        RenderRules("demo", {"paragraph": _lead})  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        RenderRules("demo", {Paragraph: "not a function"})  # type: ignore[dict-item]
    rules = get_format("html").render_rules
    assert rules is not None
    assert "html" in repr(rules)
    assert hash(rules) == hash(get_format("html").render_rules)


# -- overriding one rule --------------------------------------------------------------------


def test_html_paragraph_override_changes_only_paragraphs() -> None:
    article = full_article()
    html_format = get_format("html")
    before = geoarticle.dumps(article, "html")
    custom = html_format.with_render_rule(Paragraph, _lead)
    register(attrs.evolve(custom, name="lead-html"))

    out = geoarticle.dumps(article, "lead-html")
    assert '<p class="para-0-0">' in out
    assert '<p class="para-0-2">' in out
    # every other line is the same: only the paragraphs' lines changed
    changed = [(a, b) for a, b in zip(before.splitlines(), out.splitlines(), strict=True) if a != b]
    assert changed
    assert all(a.startswith("<p>") and b.startswith('<p class="para-') for a, b in changed)
    # "html" itself and the format object it was made from are untouched
    assert geoarticle.dumps(article, "html") == before
    assert get_format("html") is html_format
    assert html_format.dumps(article) == before
    assert custom.dumps(article) == out
    assert custom.render_rules is not None
    assert custom.render_rules[Paragraph] is _lead
    assert html_format.render_rules is not None
    assert html_format.render_rules[Paragraph] is not _lead


def test_replacing_html_changes_what_dumps_html_writes() -> None:
    article = full_article()
    register(get_format("html").with_render_rule(Paragraph, _lead))
    assert '<p class="para-1-' not in geoarticle.dumps(article, "html", jsonld=False)
    assert '<p class="para-0-0">' in geoarticle.dumps(article, "html", jsonld=False)


def test_rules_get_the_writer_options() -> None:
    seen: list[dict[str, object]] = []

    def spy(block: Paragraph, ctx: RenderContext) -> str:
        seen.append(dict(ctx.options))
        return block.text

    fmt = get_format("text").with_render_rule(Paragraph, spy)
    fmt.dumps(full_article(), marks=True)
    assert seen
    assert all(o == {"marks": True} for o in seen)


def test_markdown_heading_and_text_list_rules() -> None:
    article = full_article()
    md = get_format("markdown").with_render_rule(
        Section, lambda section, ctx: f"<!-- {ctx.section} --> {section.heading}"
    )
    out = md.dumps(article, front_matter=False)
    assert "<!-- 1 --> What was agreed" in out
    text = get_format("text").with_render_rule(ListBlock, lambda block, ctx: "")
    assert "Shared patrols" in geoarticle.dumps(article, "text")
    assert "Shared patrols" not in text.dumps(article)


@pytest.mark.parametrize("name", RULED)
def test_a_rule_returning_empty_writes_nothing(name: str) -> None:
    article = full_article()
    fmt = get_format(name).with_render_rule(Paragraph, lambda block, ctx: "")
    options = {"jsonld": False} if name == "html" else {}  # JSON-LD holds the body text
    assert "travelled to Valdoria" in get_format(name).dumps(article, **options)
    out = fmt.dumps(article, **options)
    assert "travelled to Valdoria" not in out
    assert "Nobody expects calm" not in out
    assert "Shared patrols" in out


# -- writing errors -------------------------------------------------------------------------


@pytest.mark.parametrize("name", RULED)
def test_a_failing_rule_raises_serialization_error(name: str) -> None:
    def broken(block: Paragraph, ctx: RenderContext) -> str:
        raise KeyError("boom")

    register(get_format(name).with_render_rule(Paragraph, broken))
    with pytest.raises(SerializationError, match=f"format '{name}'.*Paragraph.*boom") as info:
        geoarticle.dumps(full_article(), name)
    assert isinstance(info.value.__cause__, KeyError)


def test_a_rule_returning_no_str_raises_serialization_error() -> None:
    fmt = get_format("markdown").with_render_rule(Paragraph, lambda block, ctx: 42)  # type: ignore[arg-type,return-value]
    with pytest.raises(SerializationError, match=r"Paragraph \(section 0, block 0\) returned int"):
        fmt.write(full_article())


def test_a_failing_writer_raises_serialization_error() -> None:
    def writer(article: Article) -> str:
        return str(1 / 0)

    register(Format(name="broken", media_type="text/plain", dumps=writer))
    with pytest.raises(SerializationError, match="format 'broken' failed") as info:
        geoarticle.dumps(Article(), "broken")
    assert isinstance(info.value.__cause__, ZeroDivisionError)

    register(Format(name="bytes", media_type="text/plain", dumps=lambda a: b"x"))  # type: ignore[arg-type,return-value]
    with pytest.raises(SerializationError, match="returned bytes"):
        geoarticle.dumps(Article(), "bytes")


def test_an_option_the_writer_does_not_take_is_still_a_type_error() -> None:
    with pytest.raises(TypeError):
        geoarticle.dumps(Article(), "html", colour="blue")
    with pytest.raises(TypeError):
        geoarticle.dumps(Article(), "json", marks=True)


# -- reading back ---------------------------------------------------------------------------


def _write_tsv(article: Article) -> str:
    return f"title\t{article.title}\nsummary\t{article.summary or ''}\n"


def _read_tsv(data: str | bytes, *, strict: bool = False) -> Article:
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    fields = dict(line.split("\t", 1) for line in text.splitlines() if line)
    if strict and set(fields) != {"title", "summary"}:
        raise ValueError("unexpected fields")
    return Article(title=fields["title"], summary=fields["summary"] or None)


def test_a_custom_format_with_a_reader_is_read_back_by_loads() -> None:
    register(
        Format(
            name="tsv", media_type="text/tab-separated-values", dumps=_write_tsv, reader=_read_tsv
        )
    )
    article = Article(title="Talks resume", summary="Both sides met.")
    data = geoarticle.dumps(article, "tsv")
    assert geoarticle.loads(data, "tsv") == article
    assert geoarticle.loads(data.encode(), "tsv", strict=True) == article
    assert "tsv" in readable_formats()
    assert "tsv" in api.READABLE_FORMATS


def test_a_reader_may_be_an_import_path() -> None:
    fmt = Format(
        name="json2",
        media_type="application/json",
        dumps=get_format("json").dumps,
        reader="geoarticle.serializers.json:loads",
    )
    assert fmt.readable
    article = full_article()
    assert fmt.read(fmt.dumps(article)) == article
    with pytest.raises(ValueError, match="module:attribute"):
        Format(name="x", media_type="text/plain", dumps=_write_tsv, reader="no_colon")


def test_a_format_without_reader_is_refused_by_loads() -> None:
    register(Format(name="tsv", media_type="text/plain", dumps=_write_tsv))
    for name in ("tsv", "markdown", "no-such-format"):
        with pytest.raises(UnknownFormatError) as info:
            geoarticle.loads("title\tX\n", name)
        assert info.value.known == ("json", "text", "html")
        assert "unknown readable format" in str(info.value)
    with pytest.raises(UnknownFormatError):
        get_format("markdown").read("# X")


def test_builtin_readers() -> None:
    assert readable_formats() == ("json", "text", "html")
    assert api.READABLE_FORMATS == ("json", "text", "html")
    article = geoarticle.loads(geoarticle.dumps(full_article(), "html"), "html", annotate=False)
    assert article.title == full_article().title
    article = geoarticle.loads(b"A title\n\nBody of the piece here.\n", "text", annotate=False)
    assert article.title == "A title"
    assert (
        geoarticle.loads(geoarticle.dumps(full_article()), "json", annotate=False) == full_article()
    )
    with pytest.raises(AttributeError):
        api.NO_SUCH_NAME  # noqa: B018


def test_readable_keyword_is_deprecated_and_follows_the_reader() -> None:
    with pytest.warns(DeprecationWarning, match="readable"):
        fmt = Format(name="old", media_type="text/plain", dumps=_write_tsv, readable=True)
    assert not fmt.readable
    assert get_format("json").readable
    assert not get_format("markdown").readable
    evolved = attrs.evolve(get_format("html"), name="html2")
    assert evolved.readable
    assert evolved.reader == get_format("html").reader


@given(articles())
def test_overridden_formats_write_every_article(article: Article) -> None:
    for name in RULED:
        fmt = get_format(name)
        identity = fmt.with_render_rule(Paragraph, fmt.render_rules[Paragraph])  # type: ignore[index]
        assert identity.dumps(article) == fmt.dumps(article)
    assert json.loads(geoarticle.dumps(article))["title"] == article.title

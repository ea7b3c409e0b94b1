"""GeoArticle: an instance owns its registries; the default one is the module-level one."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import geoarticle
from geoarticle import GeoArticle, annotators, serializers
from geoarticle._registry import Registry
from geoarticle.errors import UnknownFormatError
from geoarticle.models import Article
from geoarticle.serializers import Format

TEXT = (
    "Harbour talks in Velmora\n\n"
    "Officials of France met envoys of the United Nations in Paris on Monday to discuss "
    "the harbour of Velmora and its fishing fleets.\n"
)


@pytest.fixture(autouse=True)
def restore_default() -> Iterator[None]:
    """Whatever a test registers on the default instance is gone after it."""
    formats, steps = serializers.REGISTRY.copy(), annotators.REGISTRY.copy()
    default = geoarticle.get_default()
    default_steps = default.default_steps
    yield
    serializers.REGISTRY.restore(formats)
    annotators.REGISTRY.restore(steps)
    default.default_steps = default_steps


@attrs.frozen
class TagActors:
    """A replacement ``actors`` step: no actors, a tag saying it ran."""

    tag: str = "tagged"
    name: str = "actors"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("actors",)

    def __call__(self, article: Article) -> Article:
        return attrs.evolve(article, actors=(), tags=(*article.tags, self.tag))


def test_default_registries_are_the_module_ones() -> None:
    default = geoarticle.get_default()
    assert default is geoarticle.get_default()
    assert default.formats is serializers.REGISTRY
    assert default.annotators is annotators.REGISTRY
    assert default.default_steps == ("actors", "geocode", "events")


def test_replacing_actors_takes_effect_at_once() -> None:
    before = geoarticle.parse_text(TEXT)
    assert before.actors
    assert "tagged" not in before.tags
    annotators.REGISTRY.register("actors", TagActors)
    after = geoarticle.parse_text(TEXT)
    assert after.tags[-1:] == ("tagged",)
    assert after.actors == ()
    assert geoarticle.default_pipeline().steps[0] == TagActors()
    annotators.REGISTRY.restore(annotators.REGISTRY.copy(builtins_only=True))
    assert geoarticle.parse_text(TEXT).actors == before.actors


def test_an_instance_pipeline_follows_its_registry() -> None:
    ga = GeoArticle()
    first = ga.pipeline()
    assert ga.pipeline() is first  # shared while nothing changes
    ga.annotators.register("actors", TagActors)
    assert ga.pipeline() is not first
    assert ga.parse_text(TEXT).tags[-1:] == ("tagged",)
    ga.default_steps = ("actors",)
    assert ga.pipeline().names == ("actors",)


def test_instances_do_not_leak_into_each_other() -> None:
    one, two = GeoArticle(), GeoArticle()
    one.annotators.register("actors", TagActors)
    one.formats.register("title", Format(name="title", media_type="text/plain", dumps=_title))
    assert "title" not in two.formats
    assert "title" not in serializers.REGISTRY
    assert two.parse_text(TEXT).actors
    assert geoarticle.parse_text(TEXT).actors
    copy = one.copy()
    copy.formats.unregister("title")
    assert "title" in one.formats
    assert "title" not in copy.formats
    assert copy.pipeline().steps[0] == TagActors()


def test_a_fresh_instance_starts_from_the_builtins() -> None:
    serializers.register(Format(name="title", media_type="text/plain", dumps=_title))
    assert "title" in geoarticle.get_default().formats
    assert "title" not in GeoArticle().formats
    assert "title" in geoarticle.get_default().copy().formats
    empty = GeoArticle(builtins=False)
    assert empty.formats.names() == ()
    assert empty.annotators.names() == ()


def _title(article: Article, **options: object) -> str:
    return article.title or ""


def test_dumps_uses_the_instance_formats() -> None:
    ga = GeoArticle()
    ga.formats.register("title", Format(name="title", media_type="text/plain", dumps=_title))
    article = ga.parse_text(TEXT, annotate=False)
    assert ga.dumps(article, "title") == "Harbour talks in Velmora"
    with pytest.raises(UnknownFormatError, match="unknown format 'title'"):
        GeoArticle().dumps(article, "title")


def _plugin(ga: GeoArticle, *, tag: str = "tagged") -> None:
    ga.annotators.register("actors", lambda **options: TagActors(tag))


def test_use_applies_a_plugin_and_chains() -> None:
    ga = GeoArticle().use(_plugin, tag="mine")
    assert ga.parse_text(TEXT).tags[-1:] == ("mine",)
    assert ga.plugins == [f"{__name__}:_plugin"]
    by_name = GeoArticle().use("tests.test_instance:_plugin")
    assert by_name.parse_text(TEXT).tags[-1:] == ("tagged",)


def test_plugin_references_are_checked() -> None:
    with pytest.raises(ValueError, match="module:function"):
        GeoArticle().use("no_colon_here")
    with pytest.raises(ImportError):
        GeoArticle().use("tests.test_instance:missing")
    with pytest.raises(TypeError, match="not a callable"):
        GeoArticle().use("tests.test_instance:TEXT")


def test_with_plugins_is_shared_until_the_registry_changes() -> None:
    ga = GeoArticle()
    assert ga.with_plugins(()) is ga
    derived = ga.with_plugins(["tests.test_instance:_plugin"])
    assert derived is not ga
    assert derived.annotators.version != ga.annotators.version
    assert ga.with_plugins(["tests.test_instance:_plugin"]) is derived
    ga.formats.register("title", Format(name="title", media_type="text/plain", dumps=_title))
    again = ga.with_plugins(["tests.test_instance:_plugin"])
    assert again is not derived
    assert "title" in again.formats
    assert "actors" in ga.annotators
    assert ga.pipeline().steps[0] != TagActors()


def _fake_distribution(root: Path, group: str) -> None:
    """An installed distribution offering one plugin, as pip would leave it."""
    (root / "velmora_plugin.py").write_text(
        textwrap.dedent(
            """
            import attrs

            @attrs.frozen
            class Harbour:
                name: str = "harbour"
                requires: tuple = ("actors",)
                assigns: tuple = ()

                def __call__(self, article):
                    return attrs.evolve(article, tags=(*article.tags, "harbour"))

            def plugin(ga, **options):
                ga.annotators.register("harbour", Harbour)
                ga.default_steps = (*ga.default_steps, "harbour")
            """
        ),
        encoding="utf-8",
    )
    info = root / "velmora_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: velmora-plugin\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        f"[{group}]\nvelmora = velmora_plugin:plugin\n", encoding="utf-8"
    )


def test_a_plugin_is_found_by_entry_point(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_distribution(tmp_path, "geoarticle.plugins")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "velmora_plugin", raising=False)
    ga = GeoArticle().load_entry_points()
    assert ga.plugins == ["velmora_plugin:plugin"]
    assert ga.pipeline().names == ("actors", "geocode", "events", "harbour")
    assert ga.parse_text(TEXT).tags[-1:] == ("harbour",)
    assert "harbour" not in GeoArticle().annotators  # only where it was applied


def test_the_default_instance_loads_entry_points_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from geoarticle import instance

    _fake_distribution(tmp_path, "geoarticle.plugins")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "velmora_plugin", raising=False)
    monkeypatch.setattr(instance, "_DEFAULT", None)
    monkeypatch.setattr(instance, "_DEFAULT_READY", False)
    default = geoarticle.get_default()
    assert default.plugins == ["velmora_plugin:plugin"]
    assert default.annotators is annotators.REGISTRY
    assert "harbour" in annotators.REGISTRY
    assert geoarticle.parse_text(TEXT).tags[-1:] == ("harbour",)
    assert geoarticle.get_default() is default
    assert default.plugins == ["velmora_plugin:plugin"]
    monkeypatch.undo()  # the process default again; the fixture drops "harbour"
    assert geoarticle.get_default() is not default


def test_a_broken_entry_point_warns_on_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_distribution(tmp_path, "geoarticle.broken")
    (tmp_path / "velmora_plugin.py").write_text("raise RuntimeError('no harbour')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "velmora_plugin", raising=False)
    with pytest.raises(RuntimeError, match="no harbour"):
        GeoArticle().load_entry_points("geoarticle.broken")
    with pytest.warns(RuntimeWarning, match="'velmora'.*not applied"):
        ga = GeoArticle().load_entry_points("geoarticle.broken", errors="warn")
    assert ga.plugins == []


def test_registry_version_copy_and_unregister() -> None:
    reg: Registry[int] = Registry("number", {"one": "builtins:len"})
    v0 = reg.version
    reg.register("two", 2)
    assert reg.version > v0
    assert reg.names() == ("one", "two")
    snapshot = reg.copy()
    reg.unregister("two")
    assert "two" not in reg
    assert "two" in snapshot
    with pytest.raises(UnknownFormatError, match="unknown number 'two'"):
        reg.unregister("two")
    assert reg.copy(builtins_only=True).names() == ("one",)
    reg.restore(snapshot)
    assert reg.get("two") == 2


def test_an_instances_gazetteers_reach_its_actors_step_only() -> None:
    from geoarticle import ActorKind, Gazetteer, GazetteerEntry

    text = "Border talks\n\nEnvoys of Arnor met officials of Gondor in Minas on Monday.\n"
    world = Gazetteer(entries=[GazetteerEntry("Arnor", ActorKind.COUNTRY, country="ARN")])
    ga = GeoArticle().add_gazetteer(world)
    kinds = {a.name: a.kind for a in ga.parse_text(text).actors}
    assert kinds.get("Arnor") is ActorKind.COUNTRY
    plain = {a.name: a.kind for a in geoarticle.parse_text(text).actors}
    assert plain.get("Arnor") is not ActorKind.COUNTRY  # the default instance is untouched
    assert ga.copy().gazetteers == (world,)


def test_an_instances_converter_writes_and_reads_its_json() -> None:
    import datetime as dt

    from geoarticle.converters import make_converter
    from geoarticle.models import Article

    conv = make_converter()
    conv.register_unstructure_hook(dt.datetime, lambda d: d.isoformat() + "!")
    conv.register_structure_hook(dt.datetime, lambda v, _: dt.datetime.fromisoformat(v[:-1]))
    ga = GeoArticle(converter=conv)
    article = Article(title="Dated", published=dt.datetime(2026, 3, 1, 9, 30))
    data = ga.dumps(article)
    assert '"2026-03-01T09:30:00!"' in data
    assert ga.loads(data) == article
    assert '"2026-03-01T09:30:00"' in geoarticle.dumps(article)  # the package's converter elsewhere
    assert ga.copy().converter is conv


def test_an_instance_parses_any_input_with_its_pipeline(tmp_path: Path) -> None:
    ga = GeoArticle()
    ga.annotators.register("actors", TagActors)
    path = tmp_path / "talks.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert ga.parse(path).actors == ()
    assert ga.parse(TEXT.encode("utf-8")).actors == ()
    assert geoarticle.parse(path).actors  # the default instance keeps the built-in step

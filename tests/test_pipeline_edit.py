"""Pipeline editing: from_names, add, remove, replace; the picklable spec; errors name the step."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest

import geoarticle
from geoarticle import GeoArticle, Pipeline, PipelineConfigError
from geoarticle.errors import NotAnArticleError, UnknownFormatError
from geoarticle.models import Article
from geoarticle.pipeline import PipelineSpec

TEXT = (
    "Harbour talks in Velmora\n\n"
    "Officials of France met envoys of the United Nations in Paris on Monday to discuss "
    "the harbour of Velmora and its fishing fleets.\n"
)


@attrs.frozen
class Count:
    """A step placed before ``events``: tags the article with how many actors it has."""

    name: str = "count"
    requires: tuple[str, ...] = ("actors",)
    assigns: tuple[str, ...] = ()

    def __call__(self, article: Article) -> Article:
        return attrs.evolve(article, tags=(*article.tags, f"actors={len(article.actors)}"))


@attrs.frozen
class Refuse:
    name: str = "refuse"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, article: Article) -> Article:
        raise NotAnArticleError("not today")


def test_a_step_inserted_before_events() -> None:
    pipe = geoarticle.default_pipeline().add(Count(), before="events")
    assert pipe.names == ("actors", "geocode", "count", "events")
    article = geoarticle.parse_text(TEXT, pipeline=pipe)
    assert article.tags == (f"actors={len(article.actors)}",)
    assert article.actors
    assert geoarticle.default_pipeline().names == ("actors", "geocode", "events")  # unchanged


def test_add_after_at_end_and_by_name() -> None:
    base = Pipeline.from_names(["actors"])
    assert base.add(Count()).names == ("actors", "count")
    assert base.add("events", after="actors", strict=False).names == ("actors", "events")
    assert base.add("events").spec == PipelineSpec(steps=("actors", "events"))
    with pytest.raises(PipelineConfigError, match="no step named 'nope'"):
        base.add(Count(), before="nope")
    with pytest.raises(PipelineConfigError, match="not both"):
        base.add(Count(), before="actors", after="actors")
    with pytest.raises(PipelineConfigError, match="requires actors"):
        base.add(Count(), before="actors")
    with pytest.raises(PipelineConfigError, match="twice"):
        base.add("actors")


def test_remove_and_replace_recheck() -> None:
    pipe = geoarticle.default_pipeline()
    assert pipe.remove("geocode").names == ("actors", "events")
    with pytest.raises(PipelineConfigError, match="step 'geocode' requires actors"):
        pipe.remove("actors")
    with pytest.raises(PipelineConfigError, match="no step named"):
        pipe.remove("count")
    swapped = pipe.replace("geocode", Count())
    assert swapped.names == ("actors", "count", "events")
    assert swapped.steps[0] is pipe.steps[0]  # steps already built are kept
    assert pipe.without("geocode", "events").names == ("actors",)


def test_from_names_passes_options_and_context() -> None:
    pipe = Pipeline.from_names(
        ["actors", "events"], reference_date="2024-05-02", events={"strict": False}
    )
    events = pipe.steps[1]
    assert events.strict is False
    assert events.reference_date == dt.date(2024, 5, 2)
    assert pipe.spec.options_for("events") == {"strict": False}
    with pytest.raises(PipelineConfigError, match="not in the pipeline"):
        Pipeline.from_names(["actors"], events={"strict": False})
    with pytest.raises(UnknownFormatError, match="unknown annotator 'nope'"):
        Pipeline.from_names(["nope"])


def test_from_names_uses_the_registry_given() -> None:
    ga = GeoArticle()
    ga.annotators.register("count", Count)
    pipe = Pipeline.from_names(["actors", "count"], annotators=ga.annotators)
    assert pipe.names == ("actors", "count")
    with pytest.raises(UnknownFormatError):
        Pipeline.from_names(["actors", "count"])  # not in the default registry
    assert pipe.add("events").names == ("actors", "count", "events")  # same registry


def test_spec_pickles_and_rebuilds() -> None:
    pipe = Pipeline.from_names(["actors", "geocode"]).add(Count(), before="geocode")
    spec = pickle.loads(pickle.dumps(pipe.spec))
    assert spec.steps == ("actors", Count(), "geocode")
    assert spec.names == ("actors", "count", "geocode")
    rebuilt = spec.build()
    assert rebuilt.names == pipe.names
    assert PipelineSpec.of("actors, events").names == ("actors", "events")
    assert PipelineSpec.of(pipe) == pipe.spec
    with pytest.raises(PipelineConfigError, match="no step names"):
        PipelineSpec.of(" , ")


def test_a_step_error_names_the_step() -> None:
    pipe = Pipeline([Refuse()])
    with pytest.raises(NotAnArticleError) as info:
        pipe(Article(title="t"))
    assert info.value.step == "refuse"
    assert geoarticle.GeoArticleError.step is None

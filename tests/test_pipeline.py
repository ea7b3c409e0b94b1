"""Pipeline: order checks, step failures named, annotators swappable."""

from __future__ import annotations

import attrs
import pytest

import geoarticle
from geoarticle import Article, Pipeline, PipelineConfigError, PipelineError


@attrs.define
class Step:
    name: str
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    fail: bool = False

    def __call__(self, article: Article) -> Article:
        if self.fail:
            raise RuntimeError("boom")
        return attrs.evolve(article, tags=(*article.tags, self.name))


def test_runs_in_order() -> None:
    pipe = Pipeline([Step("a", assigns=("x",)), Step("b", requires=("x",))])
    assert pipe(Article(title="t")).tags == ("a", "b")
    assert pipe.names == ("a", "b")


def test_unmet_requirement_fails_at_build() -> None:
    with pytest.raises(PipelineConfigError, match="requires x"):
        Pipeline([Step("b", requires=("x",)), Step("a", assigns=("x",))])


def test_duplicate_names() -> None:
    with pytest.raises(PipelineConfigError, match="twice"):
        Pipeline([Step("a"), Step("a")])


def test_failure_names_step() -> None:
    pipe = Pipeline([Step("bad", fail=True)])
    with pytest.raises(PipelineError, match="step 'bad' failed: RuntimeError: boom") as info:
        pipe(Article())
    assert info.value.step == "bad"
    assert isinstance(info.value.__cause__, RuntimeError)


def test_without_rechecks() -> None:
    default = geoarticle.default_pipeline()
    assert default.names == ("actors", "geocode", "events")
    assert default.without("geocode").names == ("actors", "events")
    with pytest.raises(PipelineConfigError, match="step 'geocode' requires actors"):
        default.without("actors")


def test_custom_pipeline_in_parse_text() -> None:
    text = "A Title For Testing\n\nSome body text that is long enough to be a paragraph here.\n"
    art = geoarticle.parse_text(text, pipeline=Pipeline([Step("mine")]))
    assert art.tags[-1:] == ("mine",)
    assert geoarticle.parse_text(text, annotate=False).tags == ()

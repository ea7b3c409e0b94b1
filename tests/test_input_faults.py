"""The single-document cases of "bounded work and honest failure", each with the outcome it has.

Batch faults (concurrent writers, truncated containers, dead or slow workers) are in
``tests/batch/test_faults.py`` and ``tests/batch/test_truncated.py``.
"""

from __future__ import annotations

import json
import time

import pytest

import geoarticle
from geoarticle.errors import StructureError, TimeLimitExceededError
from geoarticle.models import Article, Paragraph, Section

# -- JSON-LD inside <script>, lone surrogates on the way in ---------------------------


def test_jsonld_is_safe_inside_a_script_element() -> None:
    article = Article(
        title="Talks </script><script>alert(1)</script> & more",
        sections=(Section(blocks=(Paragraph(text="a < b > c & d \u2028 e"),)),),
    )
    text = geoarticle.dumps(article, "jsonld")
    for unsafe in ("<", ">", "&", "\u2028"):
        assert unsafe not in text
    assert json.loads(text)["headline"] == article.title


def test_loads_rejects_lone_surrogates_that_could_not_be_written() -> None:
    doc = '{"schema_version": "1.0", "title": "a\\ud800b", "sections": [{"heading": "\\udfff"}]}'
    with pytest.raises(StructureError) as info:
        geoarticle.loads(doc)
    assert set(info.value.errors) == {
        "title: lone surrogate in a string",
        "sections[0].heading: lone surrogate in a string",
    }
    # a surrogate pair written as two escapes is one character, and fine
    assert geoarticle.loads('{"schema_version": "1.0", "title": "\\ud83d\\ude00"}').title == "😀"


# -- the time budget --------------------------------------------------------------------


def test_limits_carry_a_time_budget_and_a_deadline() -> None:
    from geoarticle.limits import Limits, check_deadline, current_deadline, deadline

    assert Limits().max_seconds == 10.0
    for bad in (0, -1.0, float("nan"), float("inf"), True, "5"):
        with pytest.raises(geoarticle.ModelError):
            Limits(max_seconds=bad)  # type: ignore[arg-type]
    assert current_deadline() is None
    check_deadline("outside any call")  # no deadline: nothing happens
    with deadline(0.05) as outer:
        with deadline(100) as inner:  # nesting keeps the sooner deadline
            assert inner is outer
        assert not outer.expired

        time.sleep(0.06)
        assert outer.expired
        with pytest.raises(
            TimeLimitExceededError, match=r"over the time budget of 0\.05 s in step"
        ):
            check_deadline("step")
    assert current_deadline() is None


def test_parsers_stop_at_their_checks_once_the_budget_is_spent() -> None:
    from geoarticle.limits import Limits

    tiny = Limits(max_seconds=1e-9)
    with pytest.raises(TimeLimitExceededError, match="parse_text"):
        geoarticle.parse_text("Title\n\nA paragraph of text.\n", limits=tiny)
    with pytest.raises(TimeLimitExceededError, match="parse_html"):
        geoarticle.parse_html("<title>T</title><p>A paragraph of text.</p>", limits=tiny)
    assert issubclass(TimeLimitExceededError, geoarticle.LimitExceededError)


def test_the_text_parser_is_linear_on_one_huge_paragraph() -> None:
    # 10 MB in one paragraph: the case, without the annotators (not this stage's)
    text = "Title\n\n" + "Pakistan and India met in Geneva. " * 300_000
    article = geoarticle.parse_text(text, annotate=False)
    assert len(article.sections[0].blocks) == 1

"""The clutter rule chain: named, ordered, can be disabled; every rule documented."""

from __future__ import annotations

import pytest

from geoarticle.errors import UnknownFormatError
from geoarticle.parsers.html import parse_html
from geoarticle.parsers.html._chain import Chain, Rule, Verdict
from geoarticle.parsers.html._rules import DEFAULT_CHAIN

PARA = (
    "The ferry company said on Tuesday that the winter timetable would start a week early, "
    "because the wind on the estuary had already cancelled six crossings this month."
)


def _keep(subject: object, walk: object) -> Verdict | None:
    """Keeps everything."""
    return Verdict.KEEP


def test_every_rule_is_named_once_and_says_what_it_does() -> None:
    names = DEFAULT_CHAIN.names()
    assert len(names) == len(set(names))
    assert all(r.doc for r in DEFAULT_CHAIN.rules)
    assert all(line.count(":") >= 1 for line in DEFAULT_CHAIN.listing())


def test_disable_enable_and_insert_return_new_chains() -> None:
    chain = DEFAULT_CHAIN.disable("prompt", "legal")
    assert "prompt" not in chain.names()
    assert "prompt" in DEFAULT_CHAIN.names()
    assert DEFAULT_CHAIN.enable_only("empty", "prompt").names() == ["empty", "prompt"]
    rule = Rule("keep-all", "line", _keep)
    assert DEFAULT_CHAIN.before("empty", rule).names().index("keep-all") == (
        DEFAULT_CHAIN.names().index("empty")
    )
    assert DEFAULT_CHAIN.after("empty", rule).names().index("keep-all") == (
        DEFAULT_CHAIN.names().index("empty") + 1
    )
    with pytest.raises(UnknownFormatError, match="prompt"):
        DEFAULT_CHAIN.disable("no-such-rule")
    with pytest.raises(ValueError, match="unique"):
        Chain([rule, rule])


def test_the_first_verdict_wins() -> None:
    chain = DEFAULT_CHAIN.before("empty", Rule("keep-all", "line", _keep))
    assert chain.judge("line", "Share this", None) is Verdict.KEEP
    assert Chain([]).judge("box", None, None) is None


def test_a_disabled_rule_lets_its_furniture_through() -> None:
    page = (
        f"<html><body><article><p>{PARA}</p><p>{PARA}</p><p>Share this</p><p>{PARA}</p>"
        "</article></body></html>"
    )
    assert "Share this" not in parse_html(page).body_text
    chain = DEFAULT_CHAIN.disable("furniture-line")
    assert "Share this" in parse_html(page, chain=chain).body_text

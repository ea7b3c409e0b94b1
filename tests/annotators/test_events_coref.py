"""Reference state of the event coder: "both countries", "the two leaders" (invented ids)."""

from __future__ import annotations

from geoarticle.annotators.events.analysis import Coref
from geoarticle.models import ActorKind

C = ActorKind.COUNTRY


def _coref(*ids: str) -> Coref:
    return Coref(kinds=dict.fromkeys(ids, C))


def test_the_two_countries_are_the_pair_named_together() -> None:
    coref = _coref("a", "b", "c")
    coref.seen("a", 0)  # "A and B held talks."
    coref.seen("b", 6)
    coref.sentence += 1
    coref.seen("c", 0)  # "C sent an envoy."
    coref.sentence += 1
    assert coref.latest_two(C) == ("a", "b")


def test_without_a_pair_named_together_the_last_two_are_meant() -> None:
    coref = _coref("a", "b", "c")
    for aid in ("a", "b", "c"):
        coref.seen(aid, 0)
        coref.sentence += 1
    assert coref.latest_two(C) == ("b", "c")


def test_a_country_dealing_with_both_countries_is_neither() -> None:
    coref = _coref("a", "b", "c")
    coref.seen("a", 0)  # "A and B traded fire."
    coref.seen("b", 6)
    coref.sentence += 1
    coref.seen("c", 0)  # "C is engaging with both countries"
    assert coref.latest_two(C, other=True) == ("a", "b")
    coref.seen("a", 30)  # "C, A and B ... the two countries": the last two
    coref.seen("b", 40)
    assert coref.latest_two(C, other=True) == ("a", "b")

"""An act of force with no one named as its object falls on whom its doer last struck."""

from __future__ import annotations

from geoarticle import parse_text

_HEAD = "Invented headline\n\nBy A Writer\n\nPublished: 3 March 2025\n\n"


def _coded(text: str) -> list[tuple[str, list[str], list[str]]]:
    article = parse_text(_HEAD + text + "\n")
    names = {a.id: a.name for a in article.actors}
    return [
        (e.code, [names[s] for s in e.sources], [names[t] for t in e.targets])
        for e in article.events
    ]


def test_a_later_bombardment_falls_on_the_side_struck_before() -> None:
    coded = _coded(
        "Ethiopia's assault on Eritrea has left its hospitals near collapse, officials said.\n\n"
        "The shortages were made worse by Ethiopia's intensive bombardment, sometimes "
        "targeting clinics."
    )
    targets = [t for code, _, t in coded if code.startswith("19")]
    assert targets
    assert all(t == ["Eritrea"] for t in targets)


def test_an_attack_long_after_takes_no_side() -> None:
    filler = "Officials in Asmara met farmers to discuss the harvest. " * 8
    coded = _coded(
        f"Ethiopia's assault on Eritrea began in May.\n\n{filler}\n\n"
        "Ethiopia's bombardment went on, sometimes targeting clinics."
    )
    assert len([c for c in coded if c[0].startswith("19")]) == 1

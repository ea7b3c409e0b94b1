"""An unknown acronym names a body only where the text uses it as one (invented text)."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The crew boarded an ZQT 72 aircraft bound for the coast.", "ZQT"),
        ("If you feel unwell, call QHB 111 if you cannot cope.", "QHB"),
        ("Marsh and Velde, Journal of Tides (2021). QXI: 10.1234/tides.5", "QXI"),
        ("Classes restarted in February. (KW)", "KW"),
        ("The minister wanted to raise QVT, since dropped by the council.", "QVT"),
        ("Police checked the footage; VAT rose again.", "VAT"),
        ("She was moved to the ICU on Monday.", "ICU"),
    ],
)
def test_a_common_or_coded_acronym_is_no_actor(text: str, word: str) -> None:
    assert word not in {a.name for a in find_actors(text)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The probe was led by the QDJ and the police.", "QDJ"),
        ("QHCS said a report should have been filed.", "QHCS"),
        ("Where QASI is involved, the ombudsman steps in.", "QASI"),
        ("Blue chips like QDLC , Northern Lamps and others rose.", "QDLC"),
        ("Some QANC ministers rejected the plan.", "QANC"),
    ],
)
def test_an_acronym_used_as_a_body_stays(text: str, word: str) -> None:
    kinds = {a.name: a.kind.value for a in find_actors(text)}
    assert kinds.get(word) == "organization"

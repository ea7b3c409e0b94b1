"""Unknown acronyms that name a common thing, a unit or a role: no actors."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def _names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


def test_acronym_spelt_by_lower_case_words_elsewhere() -> None:
    text = (
        "The county promised a light rail corridor by 2030. "
        "Officials said the LRC would open in stages, the Tarvel council said."
    )
    assert "LRC" not in _names(text)


def test_acronym_defined_in_quotes_before_brackets() -> None:
    text = 'The app sends "device tracking tokens" (DTT) to Orvik Labs, researchers said.'
    names = _names(text)
    assert "DTT" not in names
    assert "Orvik Labs" in names


def test_acronym_described_as_a_body_stays() -> None:
    text = (
        "Ann Lee, director of TPG, a tree planting group in Tarvel, said the TPG would "
        "plant more tree planting sites."
    )
    assert "TPG" in _names(text)


def test_small_words_spell_nothing() -> None:
    text = "The QXB said on Monday that it was at the border, but the rest stayed home."
    assert "QXB" in _names(text)


def test_unit_after_an_amount() -> None:
    text = "Files under 150 KB and photos over 20 MB stay readable, Orvik Labs said."
    names = _names(text)
    assert not names & {"KB", "MB"}


def test_acronym_after_a_season_stays() -> None:
    text = "The team played the 2023-24 QFL season in Tarvel, the QFL said."
    assert "QFL" in _names(text)


def test_executive_role_acronym_is_a_title() -> None:
    text = "Ann Lee, the EVP of worldwide marketing, left the studio. The EVP said she was tired."
    names = _names(text)
    assert "EVP" not in names
    assert "Ann Lee" in names


def test_file_formats_are_no_bodies() -> None:
    text = "The malware encrypts DOC, PPT and JPEG files, Orvik Labs said."
    names = _names(text)
    assert not names & {"DOC", "PPT", "JPEG"}
    assert "Orvik Labs" in names


def test_lower_case_noun_known_as_acronym_is_a_thing() -> None:
    text = "The pills held a solvent, known as QXP, which is toxic. Police said QXP kills."
    assert "QXP" not in _names(text)


def test_body_known_as_acronym_stays() -> None:
    text = "A militant group, known as QXF, claimed the attack. QXF said so."
    assert "QXF" in _names(text)

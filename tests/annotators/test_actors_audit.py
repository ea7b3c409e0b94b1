"""Technical pages: acronyms of things, words in capitals, program names and instructions
name no actor, while the bodies and people around them stay (an audit of unannotated pages)."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_acronyms_of_things_are_no_bodies() -> None:
    found = kinds(
        "The Tarvel board has a GUI for its SRAM and an MCU with GPIO pins, "
        "and the RPC returns a URI that any IDE can open."
    )
    for word in ("GUI", "SRAM", "MCU", "GPIO", "RPC", "URI", "IDE"):
        assert word not in found


def test_acronym_after_a_or_an_is_a_thing() -> None:
    found = kinds("Each kit comes with a QXR, and an ORVA official said so.")
    assert "QXR" not in found
    assert found.get("ORVA") is ActorKind.ORGANIZATION


def test_word_in_capitals_that_prose_writes_in_lower_case() -> None:
    found = kinds("Run SELECT on the table first. Then select the rows you want to keep.")
    assert "SELECT" not in found


def test_address_is_no_prose_for_a_word_in_capitals() -> None:
    text = "The format is open, according to ORVEX, and the docs live at orvex.dev for now."
    assert kinds(text).get("ORVEX") is ActorKind.ORGANIZATION
    assert "ORVEX" not in kinds(text.replace("the docs live at orvex.dev", "we orvex the docs"))


def test_program_names_are_no_bodies() -> None:
    found = kinds(
        "The call raised a KeyError, then a TarvelParseError. We renamed "
        "OrvikResultsTask and the StaticPageRenderHelperWidget before the release."
    )
    assert not found


def test_joined_brand_names_stay_bodies() -> None:
    found = kinds("Orvik said so, and TarvelWorks agreed with the plan.")
    assert found.get("TarvelWorks") is ActorKind.ORGANIZATION


def test_numbered_nouns_of_documents() -> None:
    assert not kinds("Bug 1234567 was fixed last week. See Page 12 for the details.")


def test_instruction_verb_opens_no_name() -> None:
    found = kinds("Install Orvik Tools on your laptop. Use Tarvel Maps apps with ease.")
    assert not any(name.split()[0] in ("Install", "Use") for name in found)


def test_interjections_and_edits_open_no_name() -> None:
    found = kinds("Yes, Mara Quell wrote it. Edit Dana opened the file, and Dana saved it.")
    assert "Yes" not in found
    assert not any(name.startswith("Edit") for name in found)


def test_body_closed_by_a_plural_after_a_common_word_stays() -> None:
    assert "Capital Economics" in kinds("Capital Economics said prices rose in May.")


def test_firms_named_by_their_trade() -> None:
    found = kinds(
        "As Nick of Orvane Labs says, the chip works. Tarvel Studios built the set, "
        "and Quellby Publishers printed the book with Dorvin Media."
    )
    for name in ("Orvane Labs", "Tarvel Studios", "Quellby Publishers", "Dorvin Media"):
        assert found.get(name) is ActorKind.ORGANIZATION


def test_run_of_words_the_text_writes_in_lower_case_is_no_person() -> None:
    found = kinds(
        "Our Disk Space Wizard frees room: the wizard finds big files on the disk. "
        "Spider Mites attack roses, and spider mites are hard to see. Mara Quell agreed."
    )
    assert "Disk Space Wizard" not in found
    assert "Spider Mites" not in found
    assert found.get("Mara Quell") is ActorKind.PERSON


def test_person_with_a_word_of_the_text_in_lower_case_stays() -> None:
    found = kinds("Dorin Stone said the stone wall would stay.")
    assert found.get("Dorin Stone") is ActorKind.PERSON


def test_name_used_as_a_program_is_no_actor() -> None:
    found = kinds(
        "Orvik 3.8 is out. We moved our code from Orvik to Tarvel last year, and Tarvel "
        "packages load fast, Mara Quell of Dunmore Labs said."
    )
    assert "Orvik" not in found
    assert "Tarvel" not in found
    assert found.get("Mara Quell") is ActorKind.PERSON
    assert found.get("Dunmore Labs") is ActorKind.ORGANIZATION


def test_known_body_before_a_program_noun_stays() -> None:
    assert "Google" in kinds("Google said its library would be open to all developers.")
    assert "Google" in kinds("Google packages its tools for Python 3.8 users.")


def test_two_letters_never_spelled_out_are_no_body() -> None:
    found = kinds("The QV sensor and the KX module share one bus with the ZP chip.")
    assert not found


def test_two_letters_used_as_a_body_stay() -> None:
    assert kinds("The plan was first reported by QV on Monday.").get("QV") is (
        ActorKind.ORGANIZATION
    )
    assert kinds("The law is unfair, QV said on Monday.").get("QV") is ActorKind.ORGANIZATION


def test_model_names_closed_by_a_model_word_are_no_actors() -> None:
    found = kinds("The Tarvel Pro and the Orvik Max cost more than the Quell Lite edition.")
    assert not any(name.endswith(("Pro", "Max", "Lite")) for name in found)


def test_shouted_or_stressed_words_are_no_acronyms() -> None:
    assert not kinds("HOW IS THAT CONFUSING? Nobody could tell.")
    assert not kinds("No, he IS treating it badly, and THIS. IS. WAR.")
    found = kinds("IS fighters attacked the town, the WHO said.")
    assert "Islamic State" in found
    assert "World Health Organization" in found


def test_region_opening_a_body_headed_by_its_noun() -> None:
    found = kinds("The study appeared in the New England Journal of Medicine on Monday.")
    assert found.get("New England Journal of Medicine") is ActorKind.ORGANIZATION
    assert "New England" not in found


def test_names_joined_by_underscores_are_code() -> None:
    assert not kinds("Set AF_INET and STANDALONE_MODE before the build.")


def test_two_letter_team_before_its_score_stays() -> None:
    found = kinds("Results on Friday: QV 5 Orvik 0.")
    assert found.get("QV") is ActorKind.ORGANIZATION

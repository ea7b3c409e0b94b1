"""The clutter lists: the phrase language, the data files, the pre-checks built from them."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from geoarticle.parsers import _clutter
from geoarticle.parsers._phrase_syntax import expand, key_words, parse_sections, to_regex

DATA = resources.files("geoarticle") / "data" / "clutter"


@pytest.mark.parametrize(
    ("phrase", "mode", "yes", "no"),
    [
        ("share[ this]", "rest", ["share", "share this", "Share  this"], ["shares", "share it"]),
        ("read (more|also)", "rest", ["read more", "read also"], ["read next"]),
        ("{n} comment[s]", "rest", ["12 comments", "1 comment"], ["many comments"]),
        ("mehr zu[m] {w}", "rest", ["mehr zum Thema", "mehr zu Bonn"], ["mehr zu"]),
        ("more (from|on) …", "rest", ["more from", "more from us", "more on: this"], ["moreover"]),
        ("anzeige[ ](-|:|\\|)", "rest", ["Anzeige -", "Anzeige:", "Anzeige |"], ["Anzeigen"]),
        ("impressum … datenschutz*", "gap", ["Impressum | Datenschutzerklärung"], ["Impressum"]),
    ],
)
def test_phrase_language(phrase: str, mode: str, yes: list[str], no: list[str]) -> None:
    pattern = re.compile(f"(?:{to_regex(phrase, mode, bounded=True)})$", re.IGNORECASE)  # type: ignore[arg-type]
    for text in yes:
        assert pattern.match(text), (phrase, text)
    for text in no:
        assert not pattern.match(text), (phrase, text)


def test_key_words_are_whole_words_every_match_holds() -> None:
    assert key_words("follow (us|the)") == {"follow"}
    assert key_words("we may (receive|earn) [a ]compensation") == {"compensation"}
    assert key_words("datenschutz… impressum") == {"impressum"}  # "datenschutz" may run on
    assert key_words("(ú|u)nete") == {"únete", "unete"}
    with pytest.raises(ValueError, match="no whole word"):
        key_words("{n}")


def test_expand_and_errors() -> None:
    assert sorted(expand("comment[s]")) == ["comment", "comments"]
    assert sorted(expand("tweet-(btn|this)")) == ["tweet-btn", "tweet-this"]
    with pytest.raises(ValueError, match="expected"):
        to_regex("(a|b", "rest")
    with pytest.raises(ValueError, match="unexpected"):
        to_regex("a)", "rest")
    with pytest.raises(ValueError, match="white space"):
        to_regex("a b", "token")


def _files() -> list[str]:
    names = [e.name for e in DATA.joinpath("phrases").iterdir() if e.name.endswith(".txt")]
    return [*(f"phrases/{n}" for n in sorted(names)), "class-names.txt"]


@pytest.mark.parametrize("name", _files())
def test_list_files_parse_and_list_each_phrase_once(name: str) -> None:
    text = DATA.joinpath(name).read_text(encoding="utf-8")
    seen: set[tuple[str, str]] = set()
    for section, phrase in parse_sections(text, name):
        assert (section, phrase) not in seen, f"{name}: {phrase!r} twice in [{section}]"
        seen.add((section, phrase))
        to_regex(phrase, "token" if name == "class-names.txt" else "gap")


def test_lines_from_the_lists() -> None:
    assert _clutter.is_furniture_line("Share this article")
    assert _clutter.is_furniture_line("Lesezeit: 4 Min.")
    assert not _clutter.is_furniture_line("The ferry sailed at dawn.")
    assert _clutter.is_related_heading("Lesen Sie auch:")
    assert _clutter.is_prompt("Sign up for our newsletter to get the morning briefing")
    assert not _clutter.is_prompt("The harbour master signed the order on Monday.")
    assert _clutter.is_legal("© 2024 Estuary News. All rights reserved.")
    m = _clutter.READ_ALSO.match("Read more: Ferry prices rise")
    assert m is not None
    assert m.end() == len("Read more: ")
    assert {"en", "de", "mul"} <= set(_clutter.LANGUAGES)


@pytest.mark.parametrize(
    "line",
    [
        "We apologize, but this video has failed to load.",
        "Video Loading",
        "Already a subscriber? Sign in to keep reading",
        "Join our WhatsApp channel for the latest news",
        "3 / 12",
        "Jane Doe 2 minutes ago",
        "Empfohlener redaktioneller Inhalt",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
        "ログインする",
    ],
)
def test_furniture_of_modern_news_pages(line: str) -> None:
    assert _clutter.is_furniture_line(line) or _clutter.is_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "The protesters held a sign in front of the parliament on Tuesday.",
        "Two minutes later the gates closed.",
        "Or so the council hoped.",
    ],
)
def test_prose_with_the_same_words_is_no_furniture(line: str) -> None:
    assert not _clutter.is_furniture_line(line)
    assert not _clutter.is_prompt(line)


def test_sign_off_is_a_greeting_and_a_name() -> None:
    for line in ("Euer Tomasz", "Cheers, Jane Rowe", "Liebe Grüße, Anna", "Cordialement, Luc"):
        assert _clutter.is_sign_off(line), line
    for line in ("Cheers", "Euer Team der Redaktion Hill", "cheers, everyone", "Best regards"):
        assert not _clutter.is_sign_off(line), line

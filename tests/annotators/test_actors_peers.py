"""A peer known by a title and one name ("Lord Ashcombe") is named with the title."""

from __future__ import annotations

from geoarticle import find_actors


def test_lord_and_surname_is_the_peers_name() -> None:
    text = "Peers backed a call from Lord Ashcombe, a retired farmer. Ashcombe said it mattered."
    (peer,) = find_actors(text)
    assert (peer.name, peer.kind.value) == ("Lord Ashcombe", "person")
    assert "Ashcombe" in peer.aliases


def test_baroness_and_surname() -> None:
    assert [a.name for a in find_actors("Baroness Tellwyn said the bill was rushed.")] == [
        "Baroness Tellwyn"
    ]


def test_a_known_surname_keeps_its_person() -> None:
    text = "Ed Ashcombe spoke first. Later Lord Ashcombe said the vote mattered."
    assert [a.name for a in find_actors(text)] == ["Ed Ashcombe"]


def test_a_given_name_after_lady_is_no_peerage() -> None:
    assert [a.name for a in find_actors("Lady Sarah said the gardens would open.")] == ["Sarah"]

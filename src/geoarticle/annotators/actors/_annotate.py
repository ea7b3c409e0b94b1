"""Entry points: ``find_actors`` on a string and ``ActorAnnotator`` on an Article."""

from __future__ import annotations

import functools

import attrs

from ...limits import DEFAULT_LIMITS, Limits, check_deadline
from ...models import Actor, Article
from ..document import document, passage_of, stop_warning
from ..language import uncovered_language
from ._credits import may_hold_furniture
from ._lexicon import Lexicon, lexicon
from ._link import Doc
from ._petrarch import Gazetteer
from ._read import read_passage

__all__ = ["ActorAnnotator", "find_actors", "with_extra"]


def with_extra(extra: Gazetteer | None) -> Lexicon:
    """The built-in lexicon, or a copy extended with ``extra`` (built-in forms win)."""
    base = lexicon()
    if extra is None or (not extra.entries and not extra.titles):
        return base
    return _extended(extra)


@functools.lru_cache(maxsize=4)
def _extended(extra: Gazetteer) -> Lexicon:
    base = lexicon()
    lex = attrs.evolve(
        base,
        phrases=dict(base.phrases),
        first=dict(base.first),
        stems=set(base.stems),
        titles=dict(base.titles),
        title_first=dict(base.title_first),
        title_stems=set(base.title_stems),
        letters=dict(base.letters),
    )
    for surface, entry in extra.entries:
        lex.add(surface, entry)
    for words, sector in extra.titles:
        if words not in lex.titles:
            lex.add_title(words, sector)
    return lex


def find_actors(
    text: str, *, extra: Gazetteer | None = None, limits: Limits | None = None
) -> tuple[Actor, ...]:
    """Every actor named in ``text``; mention offsets index ``text``.

    ``extra`` adds a gazetteer (see :func:`load_petrarch`); at most
    ``limits.max_actors`` actors are returned, in order of first mention.
    """
    doc = Doc(with_extra(extra), texts=[text])
    doc.furniture = may_hold_furniture(doc.texts, doc.lex)
    read_passage(doc, passage_of(text), None)
    return doc.actors((limits or DEFAULT_LIMITS).max_actors)


class ActorAnnotator:
    """Fills ``Article.actors`` from the section headings and blocks of the body.

    Only the body is read: the title, related links and image credits are not
    in the sections and never become actors. Mentions point at
    ``(section, block)``, with ``block=None`` for a heading.
    """

    name = "actors"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("actors",)

    def __init__(self, *, extra: Gazetteer | None = None, limits: Limits | None = None) -> None:
        self.extra = extra
        self.limits = limits or DEFAULT_LIMITS

    def __call__(self, article: Article) -> Article:
        foreign = uncovered_language(article)
        if foreign is not None:
            return attrs.evolve(article, actors=(), warnings=(*article.warnings, foreign))
        doc = Doc(with_extra(self.extra))
        budget = self.limits.max_annotated_chars
        text = document(article, budget)
        doc.texts.extend(p.text for p in text.passages)
        doc.furniture = may_hold_furniture(doc.texts, doc.lex)
        for passage in text.passages:
            check_deadline("actors")
            read_passage(doc, passage, (passage.section, passage.block))
        most = self.limits.max_actors
        actors = doc.actors(most + 1)
        warnings = article.warnings
        if text.truncated:
            warnings += (stop_warning(budget),)
        if len(actors) > most:
            actors = actors[:most]
            warnings += (f"more than {most} actors; the rest were dropped",)
        return attrs.evolve(article, actors=actors, warnings=warnings)

"""Entry points: ``find_actors`` on a string and ``ActorAnnotator`` on an Article."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import attrs

from ...limits import DEFAULT_LIMITS, Limits, check_deadline
from ...models import Actor, Article
from ..document import Passage, document, passage_of, stop_warning
from ..language import uncovered_language
from ._acronyms import settle_acronyms
from ._closing import drop_closing
from ._credits import author_note, may_hold_furniture
from ._departments import lower_departments
from ._gazetteer import Gazetteer
from ._lexicon import Lexicon, lexicon
from ._link import Doc, Where
from ._namesakes import for_texts
from ._parts import merge_parts
from ._read import read_passage
from ._repeated import resolve_repeated

__all__ = ["ActorAnnotator", "find_actors", "lexicon_with", "merge_all", "with_extra"]


def with_extra(extra: Gazetteer | None) -> Lexicon:
    """The built-in lexicon, or a new one extended with ``extra`` (built-in forms win)."""
    return lexicon_with(extra=extra)


def lexicon_with(
    gazetteers: Iterable[Gazetteer] = (), *, extra: Gazetteer | None = None
) -> Lexicon:
    """The built-in lexicon with ``gazetteers`` merged in (later ones win, over the built-in
    names too) and ``extra`` added where the built-in lexicon has no entry.

    A new lexicon each time a gazetteer is given (kept for a few calls): the built-in one
    is never changed.
    """
    return _merged(merge_all(gazetteers), extra or None)


def merge_all(gazetteers: Iterable[Gazetteer]) -> Gazetteer | None:
    """``g1 | g2 | ...`` (a single gazetteer as it is), or None for none or empty ones."""
    given = [g for g in gazetteers if g]
    if not given:
        return None
    return given[0] if len(given) == 1 else functools.reduce(Gazetteer.merge, given)


@functools.lru_cache(maxsize=8)
def _merged(gazetteer: Gazetteer | None, extra: Gazetteer | None) -> Lexicon:
    lex = lexicon()
    if extra is not None:
        lex = lex.merged(extra, override=False)
    if gazetteer is not None:
        lex = lex.merged(gazetteer)
    return lex


def find_actors(
    text: str,
    *,
    extra: Gazetteer | None = None,
    gazetteers: Iterable[Gazetteer] = (),
    limits: Limits | None = None,
) -> tuple[Actor, ...]:
    """Every actor named in ``text``; mention offsets index ``text``.

    ``gazetteers`` are merged into the built-in lexicon (later ones win); ``extra``
    adds a gazetteer whose names give way to the built-in ones (see
    :func:`load_petrarch`); at most ``limits.max_actors`` actors are returned, in
    order of first mention.
    """
    doc = Doc(for_texts(lexicon_with(gazetteers, extra=extra), [text]), texts=[text])
    doc.furniture = may_hold_furniture(doc.texts, doc.lex)
    read_passage(doc, passage_of(text), None)
    resolve_repeated(doc)
    lower_departments(doc, [(None, text)])
    settle_acronyms(doc)
    merge_parts(doc)
    return doc.actors((limits or DEFAULT_LIMITS).max_actors)


class ActorAnnotator:
    """Fills ``Article.actors`` from the section headings and blocks of the body.

    Only the body is read: the title, related links and image credits are not
    in the sections and never become actors. Mentions point at
    ``(section, block)``, with ``block=None`` for a heading.

    ``gazetteers`` (:class:`~geoarticle.Gazetteer`) are merged into the built-in
    lexicon, later ones winning, over the built-in names too; ``extra`` (a PETRARCH
    dictionary, say) adds names only where the built-in lexicon has none.

    Tables are read, so an actor of the prose gets the mentions its name has in a
    table, but a name found only in table cells (a list of members to write to, a
    results grid appended to the story) has no sentence to tell what it is or what
    part it plays: such names are left out unless ``tables`` is True.
    """

    name = "actors"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("actors",)

    def __init__(
        self,
        *,
        gazetteers: Iterable[Gazetteer] = (),
        extra: Gazetteer | None = None,
        limits: Limits | None = None,
        tables: bool = False,
    ) -> None:
        self.gazetteers = tuple(gazetteers)
        #: Whether names found only in tables are actors too.
        self.tables = tables
        self.extra = extra
        self._gazetteer = merge_all(self.gazetteers)
        self.limits = limits or DEFAULT_LIMITS

    def __call__(self, article: Article) -> Article:
        foreign = uncovered_language(article)
        if foreign is not None:
            return attrs.evolve(article, actors=(), warnings=(*article.warnings, foreign))
        budget = self.limits.max_annotated_chars
        text = document(article, budget)
        texts = [p.text for p in text.passages]
        # a city named in several countries is in the one the article names
        doc = Doc(for_texts(_merged(self._gazetteer, self.extra or None), texts))
        doc.texts.extend(texts)
        doc.furniture = may_hold_furniture(doc.texts, doc.lex)
        for passage in text.passages:
            check_deadline("actors")
            read_passage(doc, passage, (passage.section, passage.block))
        resolve_repeated(doc)
        lower_departments(doc, [((p.section, p.block), p.text) for p in text.passages])
        settle_acronyms(doc)
        merge_parts(doc)
        most = self.limits.max_actors
        aside = _author_notes(text.passages)
        if not self.tables:
            aside |= frozenset((p.section, p.block) for p in text.passages if p.kind == "table")
        actors = drop_closing(doc.actors(most + 1, aside), text.passages)
        warnings = article.warnings
        if text.truncated:
            warnings += (stop_warning(budget),)
        if len(actors) > most:
            actors = actors[:most]
            warnings += (f"more than {most} actors; the rest were dropped",)
        return attrs.evolve(article, actors=actors, warnings=warnings)


#: How many paragraphs at an article's end may hold notes on its authors.
_NOTE_PARAGRAPHS = 2


def _author_notes(passages: Sequence[Passage]) -> frozenset[Where]:
    """The last paragraphs that are notes on the authors ("Ann Lee is a lecturer at ..."):
    a name found only there is the writer's or their employer's, no actor of the story."""
    out: set[Where] = set()
    for p in [p for p in passages if p.kind == "paragraph"][-_NOTE_PARAGRAPHS:]:
        if author_note(p.text):
            out.add((p.section, p.block))
    return frozenset(out)

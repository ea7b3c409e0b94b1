"""A person's view of an article: what ``geoarticle parse`` prints on a terminal.

Not an output format (it is not for programs to read and may change between
releases): title, byline and date, the sections with their word counts, the actors
by kind and the events as "source — verb (label) — target, date".
"""

from __future__ import annotations

from collections.abc import Iterable

from ..models import Actor, ActorKind, Article, Event
from ..models import article as _article

__all__ = ["summary"]


#: Headings of the actor groups, in the order shown.
_KINDS = (
    (ActorKind.COUNTRY, "Countries"),
    (ActorKind.PERSON, "People"),
    (ActorKind.ORGANIZATION, "Organisations"),
    (ActorKind.ARMED_GROUP, "Armed groups"),
    (ActorKind.PLACE, "Places"),
)
_WIDTH = 100


def _words(text: str) -> int:
    return len(_article._WORD.findall(text))  # words as Article.word_count counts them


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def _byline(article: Article) -> str:
    parts: list[str] = []
    if article.authors:
        parts.append("By " + ", ".join(a.name for a in article.authors))
    if article.published is not None:
        parts.append(article.published.date().isoformat())
    if article.site_name:
        parts.append(article.site_name)
    return " · ".join(parts)


def _actor(actor: Actor) -> str:
    details = [
        d for d in (actor.role, actor.country if actor.kind != ActorKind.COUNTRY else None) if d
    ]
    text = actor.name + (f" ({', '.join(details)})" if details else "")
    n = len(actor.mentions)
    return text + (f" ×{n}" if n > 1 else "")


def _wrap(items: Iterable[str], indent: str) -> list[str]:
    lines: list[str] = []
    line = indent
    for item in items:
        piece = item if line == indent else "; " + item
        if line != indent and len(line) + len(piece) > _WIDTH:
            lines.append(line + ";")
            line, piece = indent, item
        line += piece
    if line != indent:
        lines.append(line)
    return lines


def _names(ids: Iterable[str], actors: dict[str, str]) -> str:
    return " and ".join(actors.get(i, i) for i in ids)


def _event(event: Event, actors: dict[str, str]) -> str:
    verb = event.trigger or event.code
    label = f"{event.label}, {event.code}" if event.label else event.code
    parts = [_names(event.sources, actors) or "(unknown)", f"{verb} ({label})"]
    if event.targets:
        parts.append(_names(event.targets, actors))
    text = " — ".join(parts)
    if event.date is not None:
        when = event.date.iso or event.date.text
        if when:
            text += f", {'about ' if event.date.approx else ''}{when}"
    if event.modality.value != "asserted":
        text += f" [{event.modality.value}]"
    return text


def summary(article: Article) -> str:
    """The article as a few lines of plain text for a person to read."""
    out: list[str] = [article.title or "(no title)"]
    if article.subtitle:
        out.append(article.subtitle)
    byline = _byline(article)
    if byline:
        out.append(byline)
    if article.url:
        out.append(article.url)

    out += ["", f"Sections ({_plural(article.word_count, 'word')})"]
    if not article.sections:
        out.append("  (no body text)")
    for i, section in enumerate(article.sections):
        heading = section.heading or ("(lead)" if i == 0 else "(untitled)")
        out.append(f"  {heading}  ·  {_plural(_words(section.text), 'word')}")

    out += ["", f"Actors ({len(article.actors)})"]
    if not article.actors:
        out.append("  (none found)")
    for kind, title in _KINDS:
        group = [a for a in article.actors if a.kind == kind]
        if group:
            out.append(f"  {title}:")
            out += _wrap((_actor(a) for a in group), "    ")

    names = {a.id: a.name for a in article.actors}
    out += ["", f"Events ({len(article.events)})"]
    if not article.events:
        out.append("  (none found)")
    out += [f"  {_event(e, names)}" for e in article.events]

    if article.warnings:
        out += ["", f"Warnings ({len(article.warnings)})"]
        out += [f"  {w}" for w in article.warnings]
    return "\n".join(out) + "\n"

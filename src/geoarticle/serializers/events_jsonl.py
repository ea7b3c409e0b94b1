"""``events-jsonl``: one PLOVER-style JSON record per event, one record per line.

The shape POLECAT users load (``pandas.read_json(path, lines=True)``); every record
has every key, with ``null`` where the article says nothing:

    {"id": "<article digest>:<event id>",
     "date": "2017-10-24", "date_precision": "day", "date_text": "on Tuesday",
     "story_date": "2017-10-24T09:00:00+00:00",
     "event_type": "CONSULT", "mode": "visit", "cameo": "042", "cameo_root": "04",
     "cameo_label": "Make a visit", "modality": "asserted",
     "actor": ENTITY, "recipient": ENTITY, "actors": [ENTITY...], "recipients": [ENTITY...],
     "location": ENTITY,
     "event_text": "<the sentence>",
     "text_info": {"trigger": "visited", "section": 0, "block": 2, "start": 10,
                   "end": 74, "language": "en", "evidence_count": 1},
     "cite_info": {"url": ..., "title": ..., "site_name": ..., "published": ...,
                   "authors": [...]}}

``ENTITY`` is ``{"id", "name", "kind", "code", "country", "sector", "sectors",
"role"}``: ``code`` is the CAMEO actor code (``"PAKMIL"``), ``country`` its ISO
3166-1 alpha-3 code, ``sectors`` the three-letter sector codes after the country
(``["MIL"]``) and ``sector`` the first of them. ``actor`` and ``recipient`` are the
first source and target (PLOVER records have one of each); ``actors`` and
``recipients`` list them all. Offsets in ``text_info`` index the text of block
``block`` of section ``section``, or its heading when ``block`` is null (see the
``json`` format). The article id is
the first 16 hex digits of the SHA-1 of the article's ``json`` dump.
"""

from __future__ import annotations

import json
from typing import Any

from ..models import Actor, Article, Event
from . import Format
from ._common import actor_map, article_digest, article_url, fuzzy_date

__all__ = ["FORMAT", "dumps", "entity", "records"]


def entity(actor: Actor) -> dict[str, Any]:
    """An actor as a PLOVER entity object."""
    code = actor.code
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)] if code else []
    if chunks and actor.country and chunks[0] == actor.country:
        chunks = chunks[1:]
    return {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind.value,
        "code": code,
        "country": actor.country,
        "sector": chunks[0] if chunks else None,
        "sectors": chunks,
        "role": actor.role,
    }


def _text_info(event: Event, article: Article) -> dict[str, Any]:
    first = event.evidence[0] if event.evidence else None
    return {
        "trigger": event.trigger or None,
        "section": first.section if first else None,
        "block": first.block if first else None,
        "start": first.start if first else None,
        "end": first.end if first else None,
        "language": article.language,
        "evidence_count": len(event.evidence),
    }


def _cite_info(article: Article) -> dict[str, Any]:
    return {
        "url": article_url(article),
        "title": article.title,
        "site_name": article.site_name,
        "published": article.published.isoformat() if article.published else None,
        "authors": [a.name for a in article.authors],
    }


def _record(
    event: Event, article: Article, prefix: str, actors: dict[str, Actor]
) -> dict[str, Any]:
    sources = [entity(actors[a]) for a in event.sources]
    targets = [entity(actors[a]) for a in event.targets]
    first = event.evidence[0] if event.evidence else None
    return {
        "id": f"{prefix}:{event.id}",
        "date": fuzzy_date(event.date),
        "date_precision": event.date.precision.value if event.date else None,
        "date_text": event.date.text or None if event.date else None,
        "story_date": article.published.isoformat() if article.published else None,
        "event_type": event.plover_type,
        "mode": event.plover_mode,
        "cameo": event.code,
        "cameo_root": event.root,
        "cameo_label": event.label or None,
        "modality": event.modality.value,
        "actor": sources[0] if sources else None,
        "recipient": targets[0] if targets else None,
        "actors": sources,
        "recipients": targets,
        "location": entity(actors[event.location]) if event.location else None,
        "event_text": first.text if first and first.text else None,
        "text_info": _text_info(event, article),
        "cite_info": _cite_info(article),
    }


def records(article: Article) -> list[dict[str, Any]]:
    """The PLOVER-style records of the article's events, in order."""
    if not article.events:
        return []
    prefix = article_digest(article)[:16]
    actors = actor_map(article)
    return [_record(e, article, prefix, actors) for e in article.events]


# Line breaks to str.splitlines and some JSON Lines readers, which JSON leaves raw.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def dumps(article: Article) -> str:
    """One JSON object per event, newline-terminated; empty when there are no events.

    Every record sits on one line for any line splitter: NEL, U+2028 and U+2029
    are written as ``\\u`` escapes.
    """
    return "".join(
        json.dumps(r, ensure_ascii=False).translate(_LINE_BREAKS) + "\n" for r in records(article)
    )


FORMAT = Format(
    name="events-jsonl",
    media_type="application/x-ndjson",
    dumps=dumps,
    description="One PLOVER-style JSON record per event (POLECAT-like), one per line.",
)

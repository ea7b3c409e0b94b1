"""A US state that shares its name with a country ("Atlanta, Georgia")."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ...models import ActorKind
from ._lexicon import Entry, slug
from ._link import Doc, Record
from ._match import Span

__all__ = ["state_after_city", "surname_alone"]


@functools.cache
def _state_names() -> frozenset[str]:
    from .._geonames import us_states

    return frozenset(str(st["name"]) for st in us_states().values())


def state_after_city(
    doc: Doc, toks: list[str], s: Span, last: tuple[Record, int] | None
) -> Record | None:
    """The US state a country's name stands for right after an American place and a comma
    ("Atlanta, Georgia", "a firm in Savannah, Georgia"), or None.

    The country keeps the name everywhere else ("Tbilisi, Georgia").
    """
    entry = s.entry
    if (
        entry is None
        or entry.kind is not ActorKind.COUNTRY
        or last is None
        or last[1] != s.i - 1
        or s.i < 1
        or toks[s.i - 1] != ","
        or last[0].kind is not ActorKind.PLACE
        or last[0].country != "USA"
    ):
        return None
    name = " ".join(toks[s.i : s.j])
    if name not in _state_names():
        return None
    state = Entry(f"place:{slug(name)}-usa", name, ActorKind.PLACE, "USA", None, "state")
    return doc.record_for(state)  # the caller's line records the mention


def surname_alone(texts: Sequence[str], place: str, word: str) -> bool:
    """Whether ``word``, written after the place's name ("Alberta Whittle"), also stands
    alone in ``texts`` as someone doing or owning something ("Whittle tackles", "Whittle's"):
    the place's name was a given name and ``word`` a surname.

    Never when the text writes "the" before it ("the Suns play": a team's name).
    """
    if any(f"the {word}" in text or f"The {word}" in text for text in texts):
        return False
    alone = re.compile(rf"(?<![\w-])({re.escape(word)})(?: [a-z]|['’]s\b)")
    for text in texts:
        for m in alone.finditer(text):
            before = text[max(0, m.start() - len(place) - 1) : m.start()]
            if before == f"{place} ":
                continue
            return True
    return False

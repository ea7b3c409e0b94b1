"""A public department named only in lower case, again and again: a body of the story.

Local news names the office it reports on by its field in lower case ("the
transportation department said ... the transportation department had kept it in the
dark"). Used at least twice after "the" (a jurisdiction word may stand between: "the
county probation department"), such a department is an organisation named "<field>
department", mentioned where the field and the noun stand. A police or fire department
is left to the generic agents and the capitalised names of forces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...models import ActorKind
from ._link import Doc, Where

__all__ = ["lower_departments"]

_DEPARTMENT = re.compile(
    r"\b[Tt]he (?:(?:county|city|state|federal|local|town|city's|county's|state's) )?"
    r"([a-z]{4,}) department\b"
)
#: Fields that make no body of their own, or a force left to the agents.
_NOT_FIELDS = frozenset(
    {"police", "fire", "sheriff", "same", "whole", "entire", "other", "new", "former", "local"}
    | {"county", "city", "state", "federal", "town", "emergency", "accident"}
)
#: Uses needed before a lower-case department is a body of the story.
_MIN_USES = 2


def lower_departments(doc: Doc, texts: Sequence[tuple[Where, str]]) -> None:
    """Make a body of each lower-case department the ``texts`` (where each stands, and its
    text) name at least twice."""
    uses: dict[str, list[tuple[Where, int, int, str]]] = {}
    for where, text in texts:
        if "department" not in text:
            continue
        for m in _DEPARTMENT.finditer(text):
            field = m.group(1)
            if field in _NOT_FIELDS or field.endswith("ly"):
                continue
            start = m.start(1)
            uses.setdefault(field, []).append((where, start, m.end(), text[start : m.end()]))
    for field, found in uses.items():
        name = f"{field} department"
        if len(found) < _MIN_USES or doc.lookup(name) is not None:
            continue
        rec = doc.new(name, ActorKind.ORGANIZATION)
        rec.sector = "GOV"
        for where, start, end, text in found:
            rec.mentions.append((where, start, end, text, False, None))

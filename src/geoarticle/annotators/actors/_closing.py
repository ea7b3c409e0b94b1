"""The closing boilerplate of a press release names no actor of the story.

A company's release ends on fixed text of its own: the note that a short name is
used "in this release for convenience", the "About <company>" paragraph with the
list of its brands and properties, the warning on forward-looking statements, the
media contacts. A name found only there (the hotels of a portfolio, the cities
they stand in) is the issuer's catalogue, not part of what the release reports.
A name the story itself uses keeps every mention. So too for the links to other
stories that a page appends to its own under a line such as "TRENDING ON THE WEB".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...models import Actor
from ..document import Passage

__all__ = ["closing_start", "drop_closing"]

#: A sentence that opens the closing boilerplate wherever it stands.
_MARKERS = re.compile(
    r"\bis used in this (?:press |news )?release\b"
    r"|\bthis (?:press |news )?release (?:contains|includes) forward-looking statements\b"
    r"|^Forward-Looking Statements\b"
    r"|^Media Contacts?\b",
)
#: Words one of which every marker holds, as written there.
_MARKER_WORDS = ("release", "Forward-Looking", "Media Contact")
#: A short passage that heads the closing note on the issuer ("About Orvik Hotels").
_ABOUT = re.compile(r"^About (?:the |The )?[A-Z][^.!?]{0,60}$")
#: Share of the passages the boilerplate may not open in: it closes a release.
_HEAD_SHARE = 0.5
#: A short line heading the links to other stories that a page appends to its own
#: ("TRENDING ON THE WEB", "You May Also Like"): the story has ended.
_RELATED = re.compile(
    r"(?:trending on the web|around the web|you (?:may|might) also like|more stories"
    r"|recommended for you|from our partners|sponsored (?:stories|content)|most popular"
    r"|most read|popular posts|related (?:articles|posts|stories))[.:]?",
    re.IGNORECASE,
)
#: Share of the passages a list of other stories may not open in.
_RELATED_SHARE = 0.25


def closing_start(passages: Sequence[Passage]) -> tuple[int, int] | None:
    """Where the closing boilerplate opens: the passage index and the character offset of
    its first sentence in that passage, or None when the text has none.

    Only the second half of the passages is searched: the boilerplate closes a release;
    a line heading the links to other stories ("TRENDING ON THE WEB") is looked for past
    the first quarter.
    """
    first = int(len(passages) * _HEAD_SHARE)
    related = max(3, int(len(passages) * _RELATED_SHARE))
    for k in range(min(first, related), len(passages)):
        p = passages[k]
        if p.kind == "table":
            continue
        if k >= related and k + 1 < len(passages) and _RELATED.fullmatch(p.text.strip()):
            return k, 0
        if k < first:
            continue
        if _ABOUT.match(p.text.strip()) and k + 1 < len(passages):
            return k, 0
        text = p.text
        if not any(word in text for word in _MARKER_WORDS):
            continue  # (for speed: every marker holds one of these words)
        for s in p.sentences:
            if _MARKERS.search(text[s.start : s.end]):
                return k, s.start
    return None


def drop_closing(actors: Sequence[Actor], passages: Sequence[Passage]) -> tuple[Actor, ...]:
    """``actors`` without those every mention of which lies in the closing boilerplate."""
    cut = closing_start(passages)
    if cut is None:
        return tuple(actors)
    order: dict[tuple[int | None, int | None], int] = {
        (p.section, p.block): k for k, p in enumerate(passages)
    }

    def story(actor: Actor) -> bool:
        for m in actor.mentions:
            k = order.get((m.section, m.block), -1)
            if (k, m.start) < cut:
                return True
        return False

    return tuple(a for a in actors if story(a))

"""A social-media user the prose names by their handle ("Twitter user @orvik42 wrote ...")."""

from __future__ import annotations

__all__ = ["handle_spans"]

#: Lower-case nouns before a handle that say a user holds it ("Twitter user @orvik42").
_HOLDERS = frozenset({"user", "account", "poster", "influencer", "tweeter"})


def handle_spans(toks: list[str]) -> list[tuple[int, int, bool]]:
    """Token spans ``(i, j, introduced)`` of the handles in a line ("@", then a word).

    ``introduced`` is True where a noun for a user comes right before the handle
    ("Twitter user @orvik42"): a person the text names so. A handle elsewhere (a
    clause's subject, the credit of an embedded post) is a mention only of a user
    the text has introduced.
    """
    out: list[tuple[int, int, bool]] = []
    for i, t in enumerate(toks[:-1]):
        if t != "@":
            continue
        word = toks[i + 1]
        if not (word[:1].isalnum() and word.replace("_", "").isalnum()):
            continue
        introduced = i > 0 and toks[i - 1].lower() in _HOLDERS
        out.append((i, i + 2, introduced))
    return out

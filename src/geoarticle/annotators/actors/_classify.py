"""Generic guesses for unknown capitalised names: person, organisation, armed group or place."""

from __future__ import annotations

from ...models import ActorKind
from ._lexicon import Lexicon

__all__ = ["guess_kind", "is_acronym"]


def is_acronym(tok: str) -> bool:
    """``ISI``, ``JuA``, ``QCG``: a short token of mostly capital letters."""
    if not 2 <= len(tok) <= 8 or not tok[0].isupper() or not tok.isalnum():
        return False
    upper = sum(1 for ch in tok if ch.isupper())
    return upper >= 2 and upper * 3 >= len(tok) * 2 - 1


def _initial(tok: str) -> bool:
    return len(tok) == 2 and tok[1] == "." and tok[0].isupper()


def guess_kind(toks: list[str], i: int, j: int, lex: Lexicon, *, initial: bool) -> ActorKind | None:
    """The most likely kind of the unknown run ``toks[i:j]``, or None to leave it out."""
    run = toks[i:j]
    last = run[-1]
    size = j - i
    n = len(toks)
    if run[0] in lex.never or last in lex.misc_suffixes:
        return None  # months, religions; cups, treaties and other MISC names
    if last in lex.team_names:
        return ActorKind.ORGANIZATION
    if size == 1 and (last in lex.org_suffixes or last in lex.place_suffixes):
        return None  # a bare "Ministry" or "Province"
    for k, t in enumerate(run):
        if t in lex.armed_suffixes:
            return ActorKind.ARMED_GROUP
        if t in lex.org_suffixes and (k == size - 1 or k == 0 or run[k + 1] in ("of", "for")):
            return ActorKind.ORGANIZATION
    nxt = toks[j] if j < n else ""
    if all(t.isupper() for t in run if t[0].isalpha()) and not is_acronym(last):
        # "NOVYE ATAGI 1996-08-30": a capitals dateline names a place; else a shout
        if nxt == "," or (nxt[:1].isdigit() and "-" in nxt):
            return ActorKind.PLACE
        return None
    if nxt in lex.org_followers or (nxt in ("'s", "’s") and toks[j + 1 : j + 2] == ["shares"]):
        return ActorKind.ORGANIZATION  # "Pirelli shares", "Petofi chairman"
    if last in lex.place_suffixes or (size > 2 and run[0] in lex.place_suffixes):
        return ActorKind.PLACE
    if size == 1 and (last.lower() in lex.common and not last.isupper()):
        return None
    if size == 1 and is_acronym(last):
        return None if last.isupper() and last.lower() in lex.common else ActorKind.ORGANIZATION
    if size >= 2 and (run[0] in lex.given_names or _initial(run[0])):
        return ActorKind.PERSON
    if (nxt.isdigit() and not initial) or (size == 1 and nxt.isdigit()):
        return ActorKind.ORGANIZATION  # "Schalke 2", "Essex 532": a team and its score
    prev = toks[i - 1] if i else ""
    if nxt in lex.speech_verbs and size <= 3:
        return ActorKind.PERSON
    if prev in lex.place_preps and size <= 3:
        return ActorKind.PLACE
    if size == 1 and (initial or last.lower() in lex.common):
        return None
    if size >= 2:
        return ActorKind.PERSON
    return None

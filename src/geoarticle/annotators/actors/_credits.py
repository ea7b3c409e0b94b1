"""Reporting credits and page furniture inside the body name no actor.

A credit is a sentence that opens with a credit verb and "by" ("Reporting by",
"Additional reporting by", "With reporting by", "Editing by", "Writing by") or
that says someone "contributed to this report", and a sentence of bylines by place
("X reported from Seoul, and Y from Hong Kong", "By X, Y News, Z": no lower-case
word but those of the credit). Every name and place in it is
the newsroom's, not the story's, so none of its spans is read. So too a
sentence of page furniture ("Get daily Canada news delivered to your inbox",
"Click to Read More"), known by one of the phrases in ``cues.json``.
"""

from __future__ import annotations

import re

from ._lexicon import Lexicon
from ._match import Span
from ._tokens import SENTENCE_OPENERS

__all__ = [
    "CREDIT_WORDS",
    "author_note",
    "credit_mask",
    "furniture_mask",
    "may_hold_furniture",
    "without_sources",
]

#: Words that may stand between a sentence start and the credit verb ("additional reporting by").
_LEADS = frozenset({"additional", "with", "and", "further", "also"})


def _opens_credit(toks: list[str], i: int, lex: Lexicon) -> bool:
    """Whether ``toks[i]`` ("Reporting") followed by "by" opens a credit."""
    k = i - 1
    while k >= 0 and toks[k].lower() in _LEADS:
        k -= 1
    return k < 0 or toks[k] in SENTENCE_OPENERS or toks[k] == ","


#: Words without which a line holds no credit (a cheap test before :func:`credit_mask`).
CREDIT_WORDS = frozenset({"by", "By", "contributed", "reported", "reporting", "©", "via"})
#: The only lower-case words of a sentence of bylines by place.
_PLACED_CREDIT = frozenset({"reported", "reporting", "from", "in", "and", "also", "contributed"})


def _placed_credits(toks: list[str], sent: list[int]) -> set[int]:
    """Sentences like "X reported from Seoul, and Y from Hong Kong" or "By X, Y News, Z"."""
    out: set[int] = set()
    for i, t in enumerate(toks):
        byline = t == "By" and (i == 0 or sent[i - 1] != sent[i])
        if byline or (t in ("reported", "reporting") and toks[i + 1 : i + 2] == ["from"]):
            here = sent[i]
            words = [w for w, s in zip(toks, sent, strict=True) if s == here]
            if all(not w[:1].islower() or w in _PLACED_CREDIT for w in words):
                out.add(here)
    return out


#: Tokens that may stand inside a credit of names passed on "via" a picture or news agency.
_VIA_JOINERS = frozenset({"/", "via", "&", "and", "-"})
#: Dashes that close a credit opening the article ("Weekly Star via NPS — The town ...").
_DASHES = frozenset({"—", "–", "-", "--"})


def _in_credit(tok: str) -> bool:
    return tok[:1].isupper() or tok in _VIA_JOINERS


def _via_credit(toks: list[str], i: int) -> tuple[int, int] | None:
    """The credit around ``toks[i] == "via"``: names passed on by an agency.

    "(Agency/Ann Roe via Picture Desk)" in brackets, or "Weekly Star via NPS —"
    opening a line before a dash: only capitalised words, slashes and "via".
    """
    n = len(toks)
    if not (0 < i < n - 1 and toks[i - 1][:1].isupper() and toks[i + 1][:1].isupper()):
        return None
    lo = i - 1
    while lo > 0 and _in_credit(toks[lo - 1]):
        lo -= 1
    hi = i + 2
    while hi < n and _in_credit(toks[hi]) and toks[hi] not in _DASHES:
        hi += 1
    if lo > 0 and toks[lo - 1] == "(" and hi < n and toks[hi] == ")":
        return lo - 1, hi + 1
    if lo == 0 and hi < n and toks[hi] in _DASHES:
        return lo, hi + 1
    return None


def _credit_parts(toks: list[str], lex: Lexicon) -> list[tuple[int, int]]:
    """Token ranges of credits inside a sentence: "(Photo by X/Y via Z)", "© Getty Images"."""
    out: list[tuple[int, int]] = []
    for i, t in enumerate(toks):
        if t == "via":
            if not any(lo <= i < hi for lo, hi in out):
                part = _via_credit(toks, i)
                if part is not None:
                    out.append(part)
        elif (
            t == "by" and i >= 2 and toks[i - 2] == "(" and toks[i - 1].lower() in lex.credit_verbs
        ):
            end = next((k for k in range(i, len(toks)) if toks[k] == ")"), len(toks) - 1)
            out.append((i - 2, end + 1))
        elif t == "©":
            end = i + 1
            while end < len(toks) and toks[end][:1].isupper():
                end += 1
            out.append((i, end))
    return out


#: Marks that close a byline opening a sentence ("By Ann Lee: The council ...").
_BYLINE_ENDS = frozenset({":", "|", "—", "–"})
#: The most words a byline's names take.
_BYLINE_WORDS = 8


def _byline_end(toks: list[str], i: int) -> int:
    """The end of "By Ann Lee:" opening a sentence at ``toks[i]``, or 0: capitalised
    names (joined by "and" or commas) closed by a colon, a bar or a dash."""
    k = i + 1
    while k < len(toks) and k - i <= _BYLINE_WORDS:
        w = toks[k]
        if w in _BYLINE_ENDS:
            return k + 1 if k > i + 1 else 0
        if not (w[:1].isupper() or w in ("and", ",", "&")):
            return 0
        k += 1
    return 0


#: Lower-case words a credit holds besides its credit verbs ("reporting by X in Seoul").
_CREDIT_GLUE = frozenset(
    {"by", "and", "in", "from", "with", "additional", "further", "also", "of", "for", "the"}
    | {"at", "on", "to", "this", "report", "story", "article", "contributed", "via", "news"}
)


#: Roles a credit names its people by ("Associated Press writer Ann Lee").
_CREDIT_ROLES = frozenset(
    {"writer", "reporter", "correspondent", "journalist", "photographer", "editor", "staff"}
)


def _has_clause(toks: list[str], sent: list[int], here: int, lex: Lexicon) -> bool:
    """Whether sentence ``here`` goes on as a clause of prose ("Research by Ann Lee, a
    chemist, recently estimated that ..."): a lower-case word no credit holds (a credit
    holds its verbs, joining words and its people's roles: "With reporting by Associated
    Press writer Ann Lee")."""
    return any(
        s == here
        and w[:1].islower()
        and w.isalpha()
        and w not in _CREDIT_GLUE
        and w not in lex.credit_verbs
        and w.rstrip("s") not in lex.titles
        and w not in lex.member_nouns
        and w not in lex.org_nouns
        and w.rstrip("s") not in _CREDIT_ROLES
        for w, s in zip(toks, sent, strict=True)
    )


def credit_mask(toks: list[str], sent: list[int], lex: Lexicon) -> bytearray | None:
    """A mask of the tokens of ``toks`` that lie in credits, or None when none do.

    A credit sentence is masked whole; a credit in brackets or after "©" only itself.
    """
    if CREDIT_WORDS.isdisjoint(toks):
        return None
    credit_sents = _placed_credits(toks, sent) if "from" in toks or "By" in toks else set()
    parts = _credit_parts(toks, lex)
    for i, t in enumerate(toks):
        if t == "by" and i and toks[i - 1].lower() in lex.credit_verbs:
            if any(lo <= i < hi for lo, hi in parts):
                continue
            if _opens_credit(toks, i - 1, lex) and not _has_clause(toks, sent, sent[i], lex):
                credit_sents.add(sent[i])
        elif t == "contributed" and (
            toks[i + 1 : i + 2] in (["reporting"], ["."], [])
            or (toks[i + 1 : i + 3] == ["to", "this"] and toks[i + 3 : i + 4] != ["year"])
        ):
            credit_sents.add(sent[i])  # "X and Y contributed.", "... contributed to this story"
        elif t == "By" and (i == 0 or sent[i - 1] != sent[i]):
            end = _byline_end(toks, i)
            if end:
                parts.append((i, end))
    if not credit_sents and not parts:
        return None
    mask = bytearray(1 if s in credit_sents else 0 for s in sent)
    for lo, hi in parts:
        mask[lo:hi] = b"\x01" * (hi - lo)
    return mask


def furniture_mask(toks: list[str], sent: list[int], lex: Lexicon) -> bytearray | None:
    """A mask of the tokens of ``toks`` in sentences of page furniture, or None when none are."""
    marked: set[int] = set()
    n = len(toks)
    for i in range(n):
        if sent[i] in marked:
            continue
        # the sentence's text from this token on, cheaply: the lower-case words joined
        k = i
        words: list[str] = []
        while k < n and sent[k] == sent[i]:
            words.append(toks[k].lower())
            k += 1
        text = " ".join(words).replace("’", "'").replace(" n't", "n't")
        if any(p in text for p in lex.furniture_phrases):
            marked.add(sent[i])
    if not marked:
        return None
    return bytearray(1 if s in marked else 0 for s in sent)


def may_hold_furniture(texts: list[str], lex: Lexicon) -> bool:
    """Whether a phrase of page furniture is in ``texts`` (lower-cased, apostrophes straight).

    For speed, one test for all the texts: where it finds none, no line of them holds
    one either. A line's lower-case form is part of its text's (the case mapping of a
    character needs no context, but for a final sigma, which no ASCII phrase holds).
    """
    if not all(p.isascii() for p in lex.furniture_phrases):
        return True  # no such shortcut for other phrases: every line is tested
    low = "\n".join(texts).lower().replace("’", "'")
    return any(p in low for p in lex.furniture_phrases)


#: Marks that end a sentence before a sign-off ("... he said. DM").
_SENTENCE_ENDS = frozenset({".", "!", "?", "”", '"', "’"})


def _media(span: Span) -> bool:
    """A known news or picture agency (its code's sector is MED)."""
    code = span.entry.code if span.entry is not None else None
    return span.tag == "gaz" and code is not None and code.endswith("MED")


def _sign_off(toks: list[str]) -> bool:
    """A line closed by a newsroom's initials after its last sentence ("... he said. DM")."""
    last = toks[-1] if toks else ""
    return (
        len(toks) >= 3
        and 2 <= len(last) <= 5
        and last.isalpha()
        and last.isupper()
        and toks[-2] in _SENTENCE_ENDS
    )


def without_sources(toks: list[str], spans: list[Span], label: bool) -> list[Span]:
    """``spans`` less the names that only credit a report or a picture.

    A news or picture agency standing alone in a label ("REUTERS" under a photo) is
    a picture's source, not one of the story's actors, and so are a newsroom's
    initials signing off a paragraph ("... he said. DM"). (An agency in a dateline,
    "OSLO (AP) —", is kept: the gold counts it.)
    """
    end = len(toks) - 1 if _sign_off(toks) else -1
    if end < 0 and not label:
        return spans
    return [s for s in spans if s.i != end and not (label and _media(s))]


#: A note on an author closing an article: "Ann Lee is a senior researcher with ...",
#: "Ann Lee\nis an associate professor at ...": a name of two to four words, then "is a",
#: "is an" or "is the".
_AUTHOR_NOTE = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*\s+"
    r"[Ii]s\s+(?:a|an|the)\s+[A-Za-z]"
)


def author_note(text: str) -> bool:
    """Whether a paragraph closing an article opens as a note on its author.

    The names and bodies of such a note ("Ann Lee is a lecturer at Tarvel
    University") are the writer's, not the story's.
    """
    return _AUTHOR_NOTE.match(text) is not None

"""What an element's class, id, role and tag say about it: the evidence page templates give.

The words come from ``geoarticle/data/clutter/class-names.txt`` (see
:mod:`geoarticle.parsers._clutter`); this module turns them into per-token tests.
A class or id token is *furniture* when it is a furniture term, with at most one
word before it ("post-") and one known word after it ("-box", "-area"), unless the
word before names a state or a layout ("has-sidebar", "field--label-hidden");
*content* when it names the article ("entry-content", "hentry"); *related* when it
names a block of teasers ("related-posts-list"). Tokens are tested one at a time
(the same tokens recur across a page, so within one parse results are kept in memo
tables that the parse owns: see :func:`hint_memo`; and across pages, so the pure test of
one token is also kept in a bounded least-recently-used cache), and a token none of whose words
starts a term skips the patterns ("col-md-8", "row").

These are hints, weighed by the rule chain (:mod:`._rules`) against the text an
element holds; :func:`furniture_hint` is the one place that reads furniture names.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterator
from contextvars import ContextVar

from lxml.html import HtmlElement

from .._clutter import class_names
from .._phrase_syntax import expand, to_regex

__all__ = [
    "CONTENT",
    "FURNITURE",
    "FURNITURE_TAGS",
    "RELATED",
    "SKIP_ROLES",
    "WEAK",
    "boilerplate_hint",
    "caption_hint",
    "class_sign",
    "furniture_hint",
    "hint",
    "hint_flags",
    "hint_memo",
    "in_area",
    "may_be_related",
    "related_hint",
    "weak_names",
]

#: Tags that hold page furniture (menus, site headers and footers, asides, forms).
FURNITURE_TAGS = frozenset(("nav", "aside", "footer", "header", "form", "menu"))
#: ARIA roles of page furniture.
SKIP_ROLES = frozenset(
    {"navigation", "contentinfo", "banner", "complementary", "dialog", "menu", "menubar", "search"}
)

_NAMES = class_names()


def _trie(texts: set[str]) -> str:
    """A regular expression that matches exactly ``texts``, written as a tree of shared
    prefixes: the same strings as their alternation (so the same answer to every match and
    search made for a yes or no), but a failing match tries a few first characters instead
    of every term."""
    heads: dict[str, set[str]] = {}
    for t in texts:
        if t:
            heads.setdefault(t[0], set()).add(t[1:])
    alts = [re.escape(ch) + _trie(rest) for ch, rest in sorted(heads.items())]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
    if "" not in texts:
        return body
    return f"(?:{body})?" if len(alts) == 1 else body + "?"


def _alt(section: str) -> str:
    try:  # the terms are plain words: one tree of their every variant
        return _trie({text for term in _NAMES[section] for text in expand(term)})
    except ValueError:  # a term with a wildcard: the plain alternation
        return "|".join(to_regex(term, "token") for term in _NAMES[section])


_TERMS = _alt("furniture")
_WEAK_TERMS = _alt("weak-furniture")
_SUFFIXES = _alt("furniture-suffix")
_STATES = _alt("state-prefix")
_BARE_TERMS = _alt("bare-furniture")
_CONTENT_WORDS = _alt("content")
_CONTENT_PREFIXES = _alt("content-prefix")
_CONTENT_SUFFIXES = _alt("content-suffix")
_RELATED_TERMS = _alt("related")


def _furniture_pattern(terms: str) -> re.Pattern[str]:
    return re.compile(
        rf"\A(?!(?:{_STATES})[-_])"
        rf"(?:(?:[a-z0-9]+[-_]{{1,2}})?(?:{terms})(?:[-_]{{1,2}}(?:{_SUFFIXES}))?"
        rf"|(?:[a-z0-9]+[-_]{{1,2}})?(?:{_BARE_TERMS}))"
    )


# one class or id token at a time: the same tokens recur across a page and across pages
_BOILERPLATE = _furniture_pattern(_TERMS)
_WEAK_BOILERPLATE = _furniture_pattern(_WEAK_TERMS)
_POSITIVE = re.compile(
    rf"(?:{_CONTENT_PREFIXES})?(?:{_CONTENT_WORDS})(?:[-_]{{1,2}}(?:{_CONTENT_SUFFIXES}))?"
)
# a related-articles block: the word with at most one word before it and two after it
# ("post-related", "related-posts-list"), not "js-truncate-related-to-my-size"
_RELATED_TOKEN = re.compile(
    rf"(?:[a-z0-9]+[-_]{{1,2}})?(?:{_RELATED_TERMS})(?:[-_]{{1,2}}[a-z0-9]+){{0,2}}"
)
_CAPTION = re.compile(rf"(?<![a-z0-9])(?:{_alt('caption')})(?![a-z0-9])")

# a BEM namespace ("c-", "o-", "m-"): "c-letters-cta" is a "letters-cta"; Drupal's field
# prefix: "field--name-field-tags" is a "tags"
_NAMESPACE = re.compile(r"\A(?:[a-z]-|field--name-(?:field-)?)(?=[a-z])")

#: Token flags: named like furniture, like the article, like a related block, or like a weak
#: furniture name (a layout slot or access state, ``[weak-furniture]``).
FURNITURE, CONTENT, RELATED, WEAK = 1, 2, 4, 8
#: The memo tables of the parse under way (token -> flags, class/id string -> flags): set
#: by :func:`hint_memo` for one parse, so that no result depends on an earlier parse.
_MEMO: ContextVar[tuple[dict[str, int], dict[str, int]] | None] = ContextVar(
    "geoarticle_hint_memo", default=None
)


@contextlib.contextmanager
def hint_memo() -> Iterator[None]:
    """Memo tables of hint flags owned by one parse: fresh in the ``with`` block, dropped after.

    Outside one, flags are computed each time (the same flags, more slowly).
    """
    token = _MEMO.set(({}, {}))
    try:
        yield
    finally:
        _MEMO.reset(token)


def _first_words(section: str) -> set[str]:
    """The first word (up to ``-`` or ``_``) of every token a term of ``section`` matches:
    the words a token must hold for a term to match it."""
    return {
        re.split(r"[-_]", text, maxsplit=1)[0] for term in _NAMES[section] for text in expand(term)
    }


def _glued_prefixes() -> set[str]:
    """Content prefixes written onto the word itself ("h" of microformats' "hentry")."""
    return {p for p in _NAMES["content-prefix"] if not p.endswith(("-", "_"))}


# a token can only be furniture, content or related when one of its words starts a term:
# most tokens ("col-md-8", "row", "clearfix") skip the patterns
_WORDS = frozenset(
    _first_words("furniture")
    | _first_words("bare-furniture")
    | _first_words("weak-furniture")
    | _first_words("content")
    | {p + w for p in _glued_prefixes() for w in _first_words("content")}
    | _first_words("related")
)


# a token's words are its parts between dashes and underscores: the set test of all tokens
# at once in :func:`hint_flags` holds while an empty part ("a--b") starts no term
_ALL_AT_ONCE = "" not in _WORDS

_WEAK_WORDS = frozenset(_first_words("weak-furniture"))
# the same test for each kind of name on its own: a token holding only content words
# ("article-body") skips the furniture patterns, and so on
_FURNITURE_WORDS = frozenset(_first_words("furniture") | _first_words("bare-furniture"))
_CONTENT_WORDS_FIRST = frozenset(
    _first_words("content") | {p + w for p in _glued_prefixes() for w in _first_words("content")}
)
_RELATED_WORDS = frozenset(_first_words("related"))


def _furniture(token: str, pattern: re.Pattern[str]) -> bool:
    token = _NAMESPACE.sub("", token, count=1)
    if pattern.fullmatch(token):
        return True
    # a BEM element ("newsletter__title") belongs to its block ("newsletter")
    block = token.partition("__")[0]
    return block != token and pattern.fullmatch(block) is not None


@functools.lru_cache(maxsize=8192)
def _computed_flags(token: str) -> int:
    """The flags of one class or id token: a pure function of the token (the word lists are
    frozen at import), so a bounded process-wide cache of it makes no result depend on an
    earlier parse; the per-parse tables of :func:`hint_memo` sit in front of it."""
    flags = 0
    words = token.replace("_", "-").split("-")
    if not _WORDS.isdisjoint(words):
        if not _FURNITURE_WORDS.isdisjoint(words) and _furniture(token, _BOILERPLATE):
            flags |= FURNITURE
        elif not _WEAK_WORDS.isdisjoint(words) and _furniture(token, _WEAK_BOILERPLATE):
            flags |= WEAK
        if not _CONTENT_WORDS_FIRST.isdisjoint(words) and _POSITIVE.fullmatch(token):
            flags |= CONTENT
        if not _RELATED_WORDS.isdisjoint(words) and _RELATED_TOKEN.fullmatch(
            _NAMESPACE.sub("", token, count=1)
        ):
            flags |= RELATED
    return flags


def _token_flags(token: str, tokens: dict[str, int] | None = None) -> int:
    if tokens is None:
        memo = _MEMO.get()
        if memo is None:
            return _computed_flags(token)
        tokens = memo[0]
    flags = tokens.get(token)
    if flags is None:
        flags = tokens[token] = _computed_flags(token)
    return flags


def hint_flags(h: str) -> int:
    """FURNITURE, CONTENT and RELATED bits of a lower-cased class/id string."""
    memo = _MEMO.get()
    if memo is None:
        flags = 0
        for token in h.split():
            flags |= _computed_flags(token)
        return flags
    tokens, hints = memo
    known = hints.get(h)
    if known is not None:
        return known
    flags = 0
    if _ALL_AT_ONCE and _WORDS.isdisjoint(h.replace("_", " ").replace("-", " ").split()):
        # no token holds a word a term starts with (most names): one set test for all
        hints[h] = flags
        return flags
    for token in h.split():
        # (the look-up of _token_flags, written out: this runs for every class name)
        known = tokens.get(token)
        if known is None:
            known = tokens[token] = _computed_flags(token)
        flags |= known
    hints[h] = flags
    return flags


def hint(el: HtmlElement) -> str:
    """The lower-cased class and id of ``el`` (what page templates name their parts by)."""
    get = el.get
    c, i = get("class"), get("id")
    if c is None and i is None:
        return ""
    return f"{c or ''} {i or ''}".lower()


def boilerplate_hint(h: str, *, weak: bool = False) -> bool:
    """True when a lower-cased class/id string names page furniture (and not content); with
    ``weak``, weak furniture names count too."""
    flags = hint_flags(h)
    if flags & CONTENT:
        return False
    return bool(flags & (FURNITURE | WEAK)) if weak else bool(flags & FURNITURE)


def furniture_hint(el: HtmlElement, *, weak: bool = False, names: str | None = None) -> bool:
    """True when class, id or role name ``el`` as page furniture (menus, shares, ads ...);
    with ``weak``, weak furniture names ("paywall", "widget-area") count too (``names``:
    ``hint(el)`` when the caller has it)."""
    h = hint(el) if names is None else names
    if h and boilerplate_hint(h, weak=weak):
        return True
    role = el.get("role")
    return role is not None and role in SKIP_ROLES


def weak_names(h: str) -> list[str]:
    """The weak furniture tokens of a lower-cased class/id string that names nothing else
    as furniture or content ("paywall heading-h4": ["paywall"])."""
    if hint_flags(h) & (FURNITURE | CONTENT | WEAK) != WEAK:
        return []
    return [t for t in h.split() if _token_flags(t) & WEAK]


def may_be_related(h: str) -> bool:
    """False when no token of a lower-cased class/id string can name a related-articles
    block (none holds a word a related term starts with): then ``hint_flags(h) & RELATED``
    is 0 without looking at each token. The words are those :func:`_computed_flags` sees
    (a token's parts between dashes and underscores), from all tokens at once: a set test,
    several times cheaper than searching the string for every related word."""
    return not _RELATED_WORDS.isdisjoint(h.replace("_", " ").replace("-", " ").split())


def related_hint(h: str) -> bool:
    """True when a lower-cased class/id string names a related-articles block."""
    return bool(hint_flags(h) & RELATED)


def caption_hint(h: str) -> bool:
    """True when a lower-cased class/id string names a caption or an image credit."""
    return _CAPTION.search(h) is not None


def class_sign(el: HtmlElement) -> int:
    """+1 for a content-like class/id, -1 for a furniture-like one, 0 otherwise (a class
    naming both, "main-content sidebar", weighs nothing)."""
    h = hint(el)
    if not h:
        return 0
    flags = hint_flags(h)
    w = 1 if flags & CONTENT else 0
    if flags & (FURNITURE | CONTENT) == FURNITURE:
        w -= 1
    return w


def in_area(
    el: HtmlElement,
    tags: frozenset[str],
    names: re.Pattern[str],
    *,
    depth: int | None = None,
    exempt: frozenset[HtmlElement] | set[HtmlElement] = frozenset(),
) -> bool:
    """Whether an ancestor of ``el`` (below ``<body>``, at most ``depth`` levels up) is one of
    ``tags`` or has a class or id that ``names`` finds: ``el`` sits in such an area (links,
    menus, comments, teasers). Ancestors in ``exempt`` are not looked at."""
    for level, anc in enumerate(el.iterancestors()):
        if (depth is not None and level > depth) or anc.tag in ("body", "html"):
            break
        if anc in exempt:
            continue
        if anc.tag in tags:
            return True
        attrs = " ".join(v for v in (anc.get("class"), anc.get("id")) if v)
        if attrs and names.search(attrs):
            return True
    return False

"""Tag classes, class/id hints and inline text of HTML elements (shared by the body steps)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import lxml.etree
from lxml.html import HtmlElement

__all__ = [
    "BLOCK_LIST",
    "BLOCK_TAGS",
    "FURNITURE_TAGS",
    "HEADINGS",
    "SKIP_ROLES",
    "block_paragraphs",
    "boilerplate_hint",
    "class_weight",
    "hint",
    "inline_text",
    "is_boilerplate",
    "nfc",
    "norm",
    "raw_text",
    "split",
]

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
#: Tags that start a new line of text in a browser.
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "ul",
        "caption",
        "legend",
    ]
)
BLOCK_LIST = tuple(BLOCK_TAGS)
#: Tags that hold page furniture (menus, site headers and footers, asides, forms).
FURNITURE_TAGS = frozenset(("nav", "aside", "footer", "header", "form", "menu"))

_BR = "\x01"  # marks a <br> in collected text
_NL = "\x02"  # marks the edge of a block-level element in collected text
_LINE = re.compile(r" ?[\x01\x02] ?")
_PARA_SPLIT = re.compile(r" ?(\x02[\x01\x02 ]*|\x01 ?[\x01\x02][\x01\x02 ]*) ?")

# class/id tokens of page furniture: a term, with at most one word before it ("post-")
# and one known word after it ("-box", "-area"); "has-sidebar" or "field--label-hidden"
# are not furniture, "sidebar-right" and "post-comments" are.
_TERMS = (
    "comments?|commentlist|comment-list|disqus|respond|replies|"
    "share|shares|sharing|sharedaddy|shariff|social|socials|sociable|addthis|addtoany|a2a|"
    "cookies?|cookie-banner|consent|gdpr|privacy|newsletter|subscribe|subscription|signup|"
    "promo|promotion|advert|advertisement|adv|ads|ad|adsense|adslot|dfp|sponsor|sponsored|"
    "sidebar|nav|navbar|navigation|subnav|menu|breadcrumbs?|pagination|pager|"
    "tags|tagcloud|taglist|tag-list|categories|meta|byline|authorbox|author-box|author-bio|"
    "author-info|about-author|related|related(?:links|articles|content|stories|posts|news)|"
    "recommended|recommendations|more-stories|most-read|"
    "mostread|popular|trending|outbrain|taboola|toolbar|masthead|login|modal|dialog|popup|overlay|"
    "ratings?|jp-relatedposts|wpcnt|post-nav|postnav|timestamp|dateline|published|rail|cta|"
    "donate|donation|follow|footer|skip-link|skiplinks|widget-area|copyright|disclaimer|"
    "authors?|saboxplugin|abh_box|wp-embedded-content|"
    "tiktok-embed|toc|ez-toc|table-of-contents|nocomments|newsletterbox|crumbs?|"
    "postmetadata|entryfooter|tweet-(?:button|btn|this|share)|"
    "paywall|kommentare?|comentarios?|commentaires?|affiliate|reward|trustbadge|trust-badge|"
    "infobox|factbox|linkbox|inline-box|kastenbox|callout|gate|citation"
)
_SUFFIXES = (
    "box|area|wrap|wrapper|container|section|list|links|link|bar|buttons|button|block|"
    "module|widget|panel|inner|content|holder|items|item|icons|tools|top|bottom|left|right|"
    "title|header|heading|text|info|notice|banner|slot|unit|thread|form|zone|outer|"
    "placeholder|row|col|column|primary|secondary|mobile|desktop|us|posts|articles|"
    "stories|news|reading|line|count|links|teaser|teasers|wrapper-inner|card"
)
# words before a term that describe a state or a layout, not a part: "has-sidebar"
_STATES = (
    "has|no|with|without|one|two|three|is|show|showing|hide|hidden|enable|enabled|disable|"
    "disabled|theme|category|tag|overflow|layout|content|white|sticky|mega|widgets|full|html|"
    "single|fixed|custom|sidebar|not|non|page|body|wide|dark|light|left|right|in"
)
# terms that only count alone or after one word: "post-date", not Blogger's "date-outer"
_BARE_TERMS = (
    "date|dates|pubdate|publishdate|datum|hidden|visually-hidden|screen-reader-text|sr-only|"
    "print-only|print|noprint"
)
# one class or id token at a time: the same tokens recur across a page and across pages
_BOILERPLATE = re.compile(
    rf"\A(?!(?:{_STATES})[-_])"
    rf"(?:(?:[a-z0-9]+[-_]{{1,2}})?(?:{_TERMS})(?:[-_]{{1,2}}(?:{_SUFFIXES}))?"
    rf"|(?:[a-z0-9]+[-_]{{1,2}})?(?:{_BARE_TERMS}))"
)
_CONTENT_WORDS = "content|body|text|article|articlebody|entry|main|story"
_POSITIVE = re.compile(
    r"(?:main-|post-|entry-|article-|story-|page-|single-|td-post-|field-|h)?"
    rf"(?:{_CONTENT_WORDS})"
    r"(?:[-_]{1,2}(?:block|inner|wrap|wrapper|container|area|body|text|content))?"
)
# a related-articles block: the word with at most one word before it and two after it
# ("post-related", "related-posts-list"), not "js-truncate-related-to-my-size"
_RELATED_TERMS = (
    "related|relatedposts|relatedlinks|relatedarticles|relatedcontent|relatedstories|"
    "jp-relatedposts|recommended|recommendations|more-from|more-stories|see-also|also-read|"
    "further-reading|yarpp|crp_related"
)
_RELATED_TOKEN = re.compile(
    rf"(?:[a-z0-9]+[-_]{{1,2}})?(?:{_RELATED_TERMS})(?:[-_]{{1,2}}[a-z0-9]+){{0,2}}"
)
FURNITURE, CONTENT, RELATED = 1, 2, 4
_TOKENS: dict[str, int] = {}
_HINTS: dict[str, int] = {}


# a BEM namespace ("c-", "o-", "m-"): "c-letters-cta" is a "letters-cta"; Drupal's field
# prefix: "field--name-field-tags" is a "tags"
_NAMESPACE = re.compile(r"\A(?:[a-z]-|field--name-(?:field-)?)(?=[a-z])")


def _furniture(token: str) -> bool:
    token = _NAMESPACE.sub("", token, count=1)
    if _BOILERPLATE.fullmatch(token):
        return True
    # a BEM element ("newsletter__title") belongs to its block ("newsletter")
    block = token.partition("__")[0]
    return block != token and _BOILERPLATE.fullmatch(block) is not None


def _first_words(alternation: str) -> frozenset[str]:
    """The first word (up to ``-`` or ``_``) of every string an alternation of literals, ``x?``
    and ``(?:a|b)`` groups can match: the words a token must hold for a term to match it."""
    out: set[str] = set()
    for alt in _split_top(alternation):
        for text in _expand(alt):
            out.add(re.split(r"[-_]", text, maxsplit=1)[0])
    return frozenset(out)


def _split_top(pattern: str) -> list[str]:
    parts: list[str] = []
    cur: list[str] = []
    depth = 0
    for ch in pattern:
        if ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
            continue
        depth += (ch == "(") - (ch == ")")
        cur.append(ch)
    parts.append("".join(cur))
    return parts


def _expand(alt: str) -> list[str]:
    """Every string a small pattern (literals, ``x?``, ``(?:a|b)``, ``(?:a|b)?``) matches."""
    outs = [""]
    i = 0
    while i < len(alt):
        if alt.startswith("(?:", i):
            depth, j = 0, i
            while True:
                depth += (alt[j] == "(") - (alt[j] == ")")
                if depth == 0:
                    break
                j += 1
            options = [x for o in _split_top(alt[i + 3 : j]) for x in _expand(o)]
            i = j + 1
        else:
            options = [alt[i]]
            i += 1
        if i < len(alt) and alt[i] == "?":
            options = [*options, ""]
            i += 1
        outs = [o + x for o in outs for x in options]
    return outs


# a token can only be furniture, content or related when one of its words starts a term:
# most tokens ("col-md-8", "row", "clearfix") skip the patterns
_WORDS = (
    _first_words(_TERMS)
    | _first_words(_BARE_TERMS)
    | _first_words(_CONTENT_WORDS)
    | frozenset("h" + w for w in _first_words(_CONTENT_WORDS))
    | _first_words(_RELATED_TERMS)
)


def _token_flags(token: str) -> int:
    flags = _TOKENS.get(token)
    if flags is None:
        flags = 0
        if not _WORDS.isdisjoint(token.replace("_", "-").split("-")):
            if _furniture(token):
                flags |= FURNITURE
            if _POSITIVE.fullmatch(token):
                flags |= CONTENT
            if _RELATED_TOKEN.fullmatch(_NAMESPACE.sub("", token, count=1)):
                flags |= RELATED
        if len(_TOKENS) > 200_000:
            _TOKENS.clear()
        _TOKENS[token] = flags
    return flags


def hint_flags(h: str) -> int:
    """FURNITURE, CONTENT and RELATED bits of a lower-cased class/id string."""
    flags = _HINTS.get(h)
    if flags is None:
        flags = 0
        for token in h.split():
            flags |= _token_flags(token)
        if len(_HINTS) > 200_000:
            _HINTS.clear()
        _HINTS[h] = flags
    return flags


SKIP_ROLES = frozenset(
    {"navigation", "contentinfo", "banner", "complementary", "dialog", "menu", "menubar", "search"}
)


def norm(text: str) -> str:
    """Whitespace collapsed to single spaces, stripped, in Unicode normal form C."""
    return nfc(" ".join(text.split()))


def hint(el: HtmlElement) -> str:
    """The lower-cased class and id of ``el`` (what page templates name their parts by)."""
    get = el.get
    c, i = get("class"), get("id")
    if c is None and i is None:
        return ""
    return f"{c or ''} {i or ''}".lower()


def is_boilerplate(el: HtmlElement) -> bool:
    """True when class, id or role name ``el`` as page furniture (menus, shares, ads ...)."""
    h = hint(el)
    if h and boilerplate_hint(h):
        return True
    role = el.get("role")
    return role is not None and role in SKIP_ROLES


def boilerplate_hint(h: str) -> bool:
    """True when a lower-cased class/id string names page furniture (and not content)."""
    return hint_flags(h) & (FURNITURE | CONTENT) == FURNITURE


def class_weight(el: HtmlElement) -> int:
    """Readability-style weight: +25 for content-like class/id, -25 for furniture-like."""
    h = hint(el)
    if not h:
        return 0
    flags = hint_flags(h)
    w = 25 if flags & CONTENT else 0
    if flags & (FURNITURE | CONTENT) == FURNITURE:
        w -= 25
    return w


_SKIP_INSIDE = frozenset(("figure", "figcaption", "aside", "nav", "footer", "form"))


def _inner_furniture(node: HtmlElement, el: HtmlElement, size: list[int]) -> bool:
    """A box inside ``el`` to leave out of its text: an aside, a caption, a share bar ...
    (a furniture-named wrapper of most of ``el`` is kept)."""
    if node.tag in _SKIP_INSIDE:
        return True
    if not is_boilerplate(node):
        return False
    if not size:
        size.append(len(el.text_content()))
    return len(node.text_content()) < 0.5 * size[0]


def _pieces(el: HtmlElement) -> Iterator[str]:
    walker = lxml.etree.iterwalk(el, events=("start", "end"))
    skipped = None
    size: list[int] = []
    for event, node in walker:
        tag = node.tag
        if event == "start":
            if node is not el and tag in BLOCK_TAGS and _inner_furniture(node, el, size):
                skipped = node
                walker.skip_subtree()
                continue
            if tag == "br":
                yield _BR
            elif tag in BLOCK_TAGS:
                yield _NL
            if node.text:
                yield node.text
        else:
            if node is skipped or tag in BLOCK_TAGS:
                yield _NL
            if node is not el and node.tail:
                yield node.tail


def nfc(text: str) -> str:
    """``text`` in Unicode normal form C (one code point for "é", whatever the page used)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def raw_text(el: HtmlElement, *, tail: bool = False) -> str:
    """Text of ``el`` with break markers, whitespace not yet collapsed (for :func:`split`),
    in Unicode normal form C."""
    t = el.tail if tail and el.tail else ""
    if len(el) == 0:
        return nfc((el.text or "") + t)
    if next(el.iterdescendants("br", *BLOCK_LIST), None) is None:
        return nfc(lxml.etree.tostring(el, method="text", encoding="unicode", with_tail=False) + t)
    return nfc("".join(_pieces(el)) + t)


def inline_text(el: HtmlElement) -> str:
    """The text of ``el`` as a browser shows it: spaces collapsed, line breaks as ``\\n``."""
    s = " ".join(raw_text(el).split())
    if _BR in s or _NL in s:
        s = _LINE.sub("\n", s)
        s = "\n".join(line for line in s.split("\n") if line)
    return s


def block_paragraphs(el: HtmlElement) -> list[str]:
    """The paragraphs of ``el``: ``<br><br>`` and block edges split, a single ``<br>`` breaks lines."""
    return split(raw_text(el))


def split(raw: str) -> list[str]:
    """Paragraphs of collected text: whitespace collapsed, breaks turned into paragraphs/lines."""
    s = " ".join(raw.split())
    if _BR not in s and _NL not in s:
        return [s] if s else []
    out: list[str] = []
    cur: list[str] = []
    # a paragraph ends at a block edge or at two line breaks in a row
    for i, piece in enumerate(_PARA_SPLIT.split(s)):
        if i % 2:
            if cur:
                out.append("\n".join(cur))
                cur = []
            continue
        cur.extend(x for x in (y.strip() for y in piece.split(_BR)) if x)
    if cur:
        out.append("\n".join(cur))
    return out

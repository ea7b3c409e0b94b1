"""Main-content detection and the body's structure.

``extract_body`` cleans the tree (:mod:`._clean`), finds the article container
(:mod:`._score`), walks it into sections and blocks (:mod:`._walk`), collects
related-article blocks inside and after it (:mod:`._related`), and turns a
trailing list of credit lines ("Image 1: X via Flickr") into image credits.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml.html import HtmlElement

from ...limits import Limits
from ...models import Block, Figure, ImageCredit, ListBlock, Paragraph, RelatedLink, Section
from .._credits import parse_credit
from ._anchor import title_region
from ._chain import Chain, Verdict
from ._embedded import attribute_sources, embedded_article, script_sources
from ._figures import merge_credit
from ._heuristics import DEFAULT_HEURISTICS, Heuristics
from ._live import timed
from ._related import related_links
from ._rules import DEFAULT_CHAIN
from ._scan import scan
from ._score import find_container
from ._standfirst import find_lead
from ._text import block_paragraphs, norm
from ._types import Body
from ._walk import DraftSection, Walker

__all__ = ["extract_body"]

_LEAF_CONTAINERS = frozenset(("p", "table", "ul", "ol", "dl", "blockquote", "pre", "figure"))

_TITLE_SPLIT = re.compile(r"(?<!\s)\s+[|–—:·•»-]\s+")


def _head(root: HtmlElement) -> HtmlElement:
    head = root.find("head")
    return head if head is not None else root


def _base(root: HtmlElement, url: str | None) -> str | None:
    for b in _head(root).iter("base"):
        href = (b.get("href") or "").strip()
        if href and not href.startswith(("javascript:", "data:")):
            return urljoin(url, href) if url else href
        break
    return url


def _page_titles(root: HtmlElement) -> list[str]:
    head = _head(root)
    t = next(head.iter("title"), None)
    texts = [t.text_content()] if t is not None else []
    for m in head.iter("meta"):
        if m.get("property") in ("og:title", "twitter:title") or m.get("name") in (
            "twitter:title",
            "title",
        ):
            texts.append(m.get("content") or "")
    return texts


def _titles(texts: list[str]) -> frozenset[str]:
    """The page title and its parts, case-folded: headings equal to one repeat the title."""
    found: set[str] = set()
    for text in texts:
        text = norm(text)
        if not text:
            continue
        found.add(text.casefold())
        found.update(p.casefold() for p in _TITLE_SPLIT.split(text) if len(p) > 3)
    return frozenset(found)


def _outside_related(
    found: list[HtmlElement], containers: list[HtmlElement], base: str | None
) -> list[RelatedLink]:
    """Links of the related blocks that lie outside the article container."""
    inside = set(containers)
    holders = {a for c in containers for a in c.iterancestors()}
    out: list[RelatedLink] = []
    for el in found:
        if el in holders or el in inside or any(a in inside for a in el.iterancestors()):
            continue
        out.extend(related_links(el, base))
    return out


def _trailing_credits(walker: Walker) -> None:
    """Credit lines at the end of the body ("Image 1: X via Flickr") become image credits."""
    blocks = walker.sections[-1].blocks
    found: list[ImageCredit] = []
    while blocks and isinstance(blocks[-1], Paragraph):
        credit = parse_credit(blocks[-1].text)
        if credit is None:
            break
        found.append(credit)
        blocks.pop()
    for credit in reversed(found):
        idx = _label_index(credit.label)
        if idx is not None and idx < len(walker.credits):
            walker.credits[idx] = merge_credit(walker.credits[idx], credit)
        else:
            walker.credits.append(credit)


def _label_index(label: str | None) -> int | None:
    if not label:
        return None
    digits = "".join(ch for ch in label if ch.isdigit())
    return int(digits) - 1 if digits and int(digits) > 0 else None


def _drop_repeats(walker: Walker) -> None:
    """Ask the chain's ``repeat`` rules about the items of each list that stand more than
    once in it (a tooltip's prompt under every tag); a list left without items goes."""
    judge = walker.chain.judge
    for s in walker.sections:
        if not any(isinstance(b, ListBlock) for b in s.blocks):
            continue
        kept: list[Block] = []
        for b in s.blocks:
            if isinstance(b, ListBlock) and len(set(b.items)) < len(b.items):
                counts: dict[str, int] = {}
                for item in b.items:
                    counts[item] = counts.get(item, 0) + 1
                walker.repeats = counts
                items = [
                    i
                    for i in b.items
                    if counts[i] < 2 or judge("repeat", i, walker) is not Verdict.DROP
                ]
                if not items:
                    continue
                if len(items) < len(b.items):
                    b = ListBlock(items=items, ordered=b.ordered)
            kept.append(b)
        s.blocks = kept


def _trim_edges(walker: Walker) -> None:
    """Drop up to ``edge_most`` blocks at the start and at the end of the body that the
    chain's edge rules call stray (a body shorter than ``edge_min_body`` is left whole)."""
    h = walker.heuristics
    total = sum(len(b.text) for s in walker.sections for b in s.blocks if isinstance(b, Paragraph))
    if total < h.edge_min_body:
        return
    judge = walker.chain.judge
    first = walker.sections[0].blocks
    n = 0
    while n < h.edge_most and len(first) > 1 and judge("edge", first[0], walker) is Verdict.DROP:
        first.pop(0)
        n += 1
    last = walker.sections[-1].blocks
    n = 0
    while n < h.edge_most and len(last) > 1 and judge("edge", last[-1], walker) is Verdict.DROP:
        last.pop()
        n += 1


def _teaser(blocks: list[Block], h: Heuristics) -> bool:
    """A section that is a teaser: at most one short text block (and images)."""
    texts = [b for b in blocks if not isinstance(b, Figure)]
    return len(texts) <= 1 and all(
        isinstance(b, Paragraph) and len(b.text) < h.teaser_chars for b in texts
    )


def _trailing_teasers(raw: list[DraftSection], h: Heuristics) -> int:
    """Where a closing list of teasers starts: an empty heading ("Other columns") followed
    by ``teaser_run`` or more teaser sections, all to the end of the body; ``len(raw)`` if none."""
    i = len(raw)
    while i > 1 and raw[i - 1].blocks and _teaser(raw[i - 1].blocks, h):
        i -= 1
    if len(raw) - i >= h.teaser_run and i >= 2 and not raw[i - 1].blocks and raw[i - 1].heading:
        return i - 1
    return len(raw)


def _sections(walker: Walker) -> tuple[Section, ...]:
    out = []
    raw = walker.sections
    cut = _trailing_teasers(raw, walker.heuristics)
    if cut < len(raw) and any(s.blocks for s in raw[:cut]):
        raw = raw[:cut]
    # a heading left at the very end with nothing under it may be furniture ("Comments"), or
    # the title of a box that was ("More on the topic:")
    while (
        len(raw) > 1
        and not raw[-1].blocks
        and (
            walker.is_furniture_label(raw[-1].heading or "")
            or (raw[-1].heading or "").endswith(":")
        )
    ):
        raw = raw[:-1]
    for s in raw:
        if s.heading is None and not s.blocks:
            continue
        out.append(Section(heading=s.heading, level=s.level, blocks=tuple(s.blocks)))
    return tuple(out)


def _has_text(walker: Walker) -> bool:
    return any(not isinstance(b, Figure) for s in walker.sections for b in s.blocks) or any(
        s.heading for s in walker.sections[1:]
    )


def _chars(sections: tuple[Section, ...]) -> int:
    found = sum(len(s.heading or "") for s in sections)
    return found + sum(len(b.text) for s in sections for b in s.blocks if not isinstance(b, Figure))


def _ld_body_wins(sections: tuple[Section, ...], ld_body: tuple[str, ...], h: Heuristics) -> bool:
    """True when the JSON-LD ``articleBody`` holds the article and the body found does not
    (less than ``ld_body_share`` of its text: a script renders the article)."""
    ld_chars = sum(len(t) for t in ld_body)
    if ld_chars < h.ld_body_min:
        return False
    return _chars(sections) < h.ld_body_share * ld_chars


def extract_body(
    root: HtmlElement,
    *,
    url: str | None,
    limits: Limits,
    chain: Chain = DEFAULT_CHAIN,
    heuristics: Heuristics = DEFAULT_HEURISTICS,
    page_titles: list[str] | None = None,
    ld_body: tuple[str, ...] = (),
    title: str | None = None,
    descriptions: tuple[str, ...] = (),
) -> Body:
    """The main content of the page: sections, image credits, related links (prunes ``root``).

    ``chain`` is the clutter rule chain asked about every box, line, label and edge block
    (:data:`._rules.DEFAULT_CHAIN`); ``heuristics`` the numbers it and the container search
    weigh with; ``page_titles`` the ``<title>`` and title meta tags, when the caller read them
    already; ``ld_body`` the paragraphs of the page's JSON-LD ``articleBody``, taken instead
    of a body found in the HTML that holds only a small share of its text; ``title`` the
    title the metadata chose, which with the page's titles finds the title heading that
    vouches for the container after it (:mod:`._anchor`); ``descriptions`` the page's
    description meta tags, one of which a standfirst named by its class must agree with
    (:func:`._standfirst.find_lead`)."""
    base = _base(root, url)
    shown = _page_titles(root) if page_titles is None else page_titles
    titles = _titles([*shown, title] if title else shown)
    body = root.find("body")
    if body is None:
        body = root
    found = scan(body, heuristics)
    region = title_region(body, [title, *shown], heuristics)
    measured: dict[HtmlElement, int] = {}  # text lengths the container search measured
    containers = find_container(body, found.paragraphs, found.mixed, heuristics, region, measured)
    depth_limit = max(8, min(limits.max_depth, 200))

    def new_walker() -> Walker:
        return Walker(
            base=base,
            titles=titles,
            title=norm(title).casefold() if title else "",
            depth_limit=depth_limit,
            max_blocks=limits.max_blocks,
            chain=chain,
            heuristics=heuristics,
        )

    walker = new_walker()
    walker.containers = containers
    walker.size = sum(
        n if (n := measured.get(c)) is not None else len(c.text_content()) for c in containers
    )
    walker.timed = timed(containers)
    heading = region.heading if region is not None else None
    for lead in find_lead(containers[0], heuristics, heading, containers, descriptions):
        walker.lead(lead)
    for c in containers:
        if c.tag in _LEAF_CONTAINERS:
            walker.element(c, 0)
        else:
            walker.walk(c, 0)
    if not _has_text(walker) and containers != [body]:
        standfirst = walker.standfirst
        walker = new_walker()
        walker.standfirst = standfirst
        walker.containers = [body]
        walker.walk(body, 0)
        containers = [body]
    if not _has_text(walker):
        # nothing passed the filters (a page of one link, a few short lines): take the text
        total = len(body.text_content())
        for el in list(body.iter("header", "nav", "footer", "aside", "form")):
            # a page built inside one <form> or <header> (broken templates) keeps it
            if el.getparent() is not None and len(el.text_content()) < 0.5 * total:
                el.drop_tree()
        walker.paragraphs([t for t in block_paragraphs(body) if t.casefold() not in titles])
    _trailing_credits(walker)
    _drop_repeats(walker)
    _trim_edges(walker)
    related = list(walker.related)
    related.extend(_outside_related(found.related, containers, base))
    seen: set[tuple[str, str | None]] = set()
    unique = []
    for link in related:
        key = (link.title, link.url)
        if key not in seen:
            seen.add(key)
            unique.append(link)
    sections = _sections(walker)
    if _ld_body_wins(sections, ld_body, heuristics):
        sections = (Section(blocks=tuple(Paragraph(text=t) for t in ld_body)),)
    elif _chars(sections) < heuristics.script_body_min:
        # nothing (or a line or two) in the HTML: the article a script renders from its state
        scripts = [el for el in found.dropped if el.tag == "script"]
        if body is not root:
            scripts.extend(_head(root).iter("script"))
        sources = script_sources(scripts) + attribute_sources(root)
        tree = embedded_article(sources, heuristics)
        if tree is not None:
            inner = new_walker()
            inner.standfirst = walker.standfirst
            inner.containers = [tree]
            inner.size = len(tree.text_content())
            inner.walk(tree, 0)
            _trailing_credits(inner)
            _trim_edges(inner)
            embedded = _sections(inner)
            if _chars(embedded) * heuristics.ld_body_share > _chars(sections):
                walker, sections = inner, embedded
    warnings = tuple(walker.warnings)
    if not sections:
        warnings += ("no article text was found in the page",)
    return Body(
        standfirst=walker.standfirst,
        sections=sections,
        image_credits=tuple(walker.credits),
        related_links=tuple(unique),
        warnings=warnings,
    )

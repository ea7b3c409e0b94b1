"""Walking the article container into sections and typed blocks.

One pass over the container, in document order: headings open sections,
``<p>``/lists/quotes/``<pre>``/tables become blocks of their kind, loose text
and inline elements between blocks (``<div>`` soup, ``<br>`` paragraphs, text in
``<span>``s) become paragraphs, figures and images become ``Figure`` blocks with
their ``ImageCredit``, and furniture (menus, share bars, comments, link lists)
is skipped. Related-article blocks turn into ``RelatedLink`` teasers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
from lxml.html import HtmlElement

from ...models import (
    Block,
    Figure,
    ImageCredit,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    RelatedLink,
    Table,
)
from .._clutter import is_related_heading
from .._credits import parse_credit
from ._chain import Chain, Verdict
from ._figures import figure_credit, is_figure_like
from ._headings import bold_line, run_in_heading
from ._heuristics import DEFAULT_HEURISTICS, Heuristics
from ._hints import hint
from ._live import live_posts, post_header, post_title
from ._related import inline_related, link_url, related_links
from ._rules import DEFAULT_CHAIN
from ._standfirst import deck_after_title, text_only
from ._text import (
    BLOCK_TAGS,
    HEADINGS,
    block_paragraphs,
    first_below,
    inline_from_raw,
    inline_text,
    nfc,
    norm,
    raw_text,
    split,
)

__all__ = ["Walker"]

_LIST_TAGS = frozenset(("ul", "ol", "dl"))
_CELL_TAGS = ("td", "th")
_TERMINAL = (".", "!", "?", ":", ";", ",", '"', "”", "»", "…")
_LAYOUT_INSIDE = frozenset(
    ("table", "p", "div", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "pre")
)
_IMG_OR_BLOCK = BLOCK_TAGS | {"img"}
_SUBHEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))


@attrs.define
class DraftSection:
    """A section while the walk collects it: its heading (None before the first), level
    and the blocks found under it so far."""

    heading: str | None
    level: int
    blocks: list[Block] = attrs.Factory(list)


@attrs.define
class Walker:
    """Collects sections, blocks, image credits and related links while walking, asking
    the clutter rule chain (:mod:`._rules`) about every box, line and label it meets."""

    base: str | None
    titles: frozenset[str]
    depth_limit: int
    max_blocks: int
    chain: Chain = DEFAULT_CHAIN
    heuristics: Heuristics = DEFAULT_HEURISTICS
    sections: list[DraftSection] = attrs.Factory(lambda: [DraftSection(None, 0)])
    credits: list[ImageCredit] = attrs.Factory(list)
    related: list[RelatedLink] = attrs.Factory(list)
    warnings: list[str] = attrs.Factory(list)
    blocks: int = 0
    #: the level of the last heading tag met (headings drawn in bold go one below it)
    last_level: int = 0
    #: the elements of the containers that hold a ``<time>`` (where live-blog posts may be)
    timed: set[HtmlElement] = attrs.Factory(set)
    seen_text: bool = False
    #: the title the metadata chose, case-folded: a heading of level 1 or 2 equal to it
    #: repeats the title wherever it stands (after a kicker or a caption too)
    title: str = ""
    #: characters of text in the container walked (furniture-named wrappers above half stay)
    size: int = 1 << 40
    #: nesting, class and id of the element being judged
    depth: int = 0
    names: str = ""
    #: the standfirst (kept as the summary, out of the body), and its last block
    standfirst: str | None = None
    #: a heading repeating the title was met before any block or section
    _titled: bool = False
    _lead: HtmlElement | None = None
    #: the elements walked (what :meth:`name_share` measures against)
    containers: list[HtmlElement] = attrs.Factory(list)
    _shares: dict[str, float] = attrs.Factory(dict)
    #: how often each item of the list judged stands in it (filled after the walk)
    repeats: dict[str, int] = attrs.Factory(dict)
    _line_rules: tuple[tuple[Callable[[Any, Any], Verdict | None], int], ...] | None = None
    #: the raw text (:func:`._text.raw_text`) of the child the walk read last, and that child
    _raw: tuple[HtmlElement, str] | None = None
    #: the text of the box the chain judged last (its rules read it several times), and that box
    _box_text: tuple[HtmlElement, str] | None = None

    # --- output -----------------------------------------------------------------
    def add(self, block: Block) -> None:
        """Append a block to the current section (up to ``max_blocks``)."""
        if self.blocks >= self.max_blocks:
            if self.blocks == self.max_blocks:
                self.warnings.append(f"more than {self.max_blocks} blocks; the rest was dropped")
                self.blocks += 1
            return
        self.blocks += 1
        self.sections[-1].blocks.append(block)
        if not isinstance(block, Figure):
            self.seen_text = True

    def judge_line(self, text: str) -> Verdict | None:
        """The first verdict of the chain's line rules on ``text`` (each rule sees only the
        lines shorter than its bound)."""
        rules = self._line_rules
        if rules is None:
            rules = self._line_rules = self.chain.bounded("line", self.heuristics)
        n = len(text)
        for judge, below in rules:
            if n < below:
                verdict = judge(text, self)
                if verdict is not None:
                    return verdict
        return None

    def paragraphs(self, texts: list[str]) -> None:
        """Append paragraphs, leaving out the lines the chain's line rules call furniture
        ("Share this", "Advertisement") and reading credit lines as image credits."""
        judge = self.judge_line
        for t in texts:
            verdict = judge(t)
            if verdict is None or verdict is Verdict.KEEP:
                self.add(Paragraph(text=t))
            elif verdict is Verdict.CREDIT:
                credit = parse_credit(t)
                if credit is not None:
                    self.credits.append(credit)

    def name_share(self, token: str) -> float:
        """The share of the containers' text inside the outermost elements whose class or id
        holds ``token``."""
        share = self._shares.get(token)
        if share is None:
            held = sum(_carried(c, token) for c in self.containers)
            share = held / self.size if self.size else 0.0
            self._shares[token] = share
        return share

    def text(self, el: HtmlElement) -> str:
        """``el.text_content()``, read once for the box the chain judges (keyed by the
        element itself, which the slot keeps alive; dropped when the walk changes the tree)."""
        known = self._box_text
        if known is not None and known[0] is el:
            return known[1]
        text: str = el.text_content()
        self._box_text = (el, text)
        return text

    def lead(self, el: HtmlElement) -> None:
        """The standfirst found before the container, unless the chain calls it furniture."""
        self.names = hint(el)
        verdict = self.chain.judge("box", el, self)
        if verdict in (Verdict.DROP, Verdict.RELATED):
            return
        if verdict is Verdict.DECK:
            deck = deck_after_title(el, self.heuristics)
            if deck is None:
                return
            el = deck
        if text_only(el):
            self.take_standfirst(el)
        else:  # a block with headings, lists or pictures is the article's start, not its lead
            self.element(el, 0)

    def may_continue_standfirst(self, el: HtmlElement) -> bool:
        """True when no standfirst was found yet, or ``el`` follows the block taken last."""
        return self.standfirst is None or (
            self._lead is not None and el.getprevious() is self._lead
        )

    def take_standfirst(self, el: HtmlElement) -> None:
        """Keep the text of ``el`` as the standfirst (its furniture lines left out); a block
        right after the one taken continues it."""
        if not self.may_continue_standfirst(el):
            return
        texts = [t for t in block_paragraphs(el) if self.judge_line(t) in (None, Verdict.KEEP)]
        if texts:
            self.standfirst = "\n\n".join([*([self.standfirst] if self.standfirst else []), *texts])
            self._lead = el

    def is_furniture_label(self, text: str) -> bool:
        """True when the chain's label rules call a heading or list item furniture."""
        return self.chain.judge("label", text, self) is Verdict.DROP

    def heading(self, text: str, level: int, *, drawn: bool = False) -> None:
        """Open a new section, unless the heading repeats the page title, or is an ``<h2>``
        or ``<h3>`` of a deck's length (``deck_heading_min`` to ``deck_max``) right after it
        before any block: the standfirst (``drawn``: a heading drawn in bold, which does not
        change the level the next one goes below)."""
        if not text or self.is_furniture_label(text):
            return
        if (
            (level <= 2 and not self.seen_text and text.casefold() in self.titles)
            or (level <= 2 and self.title and text.casefold() == self.title)
            or (level == 1 and text.casefold() in self.titles)
        ):
            self._titled = self.blocks == 0 and len(self.sections) == 1
            return
        h = self.heuristics
        if (
            self._titled
            and not drawn
            and level in (2, 3)
            and self.blocks == 0
            and len(self.sections) == 1
            and self.standfirst is None
            and h.deck_heading_min <= len(text) <= h.deck_max
        ):
            # a heading of a deck's length right after the title: the deck, not a section
            self.standfirst = text
            return
        if not drawn:
            self.last_level = level
        self.sections.append(DraftSection(text, level))

    def figure(self, el: HtmlElement) -> None:
        """A figure block for ``el``'s image, if it is a content image."""
        credit = figure_credit(el, self.base)
        if credit is None:
            return
        for i, known in enumerate(self.credits):
            if known.src == credit.src:
                return  # the same image twice (a lazy copy and its noscript twin)
            del i
        self.credits.append(credit)
        self.add(Figure(image=len(self.credits) - 1))

    # --- walking ----------------------------------------------------------------
    def walk(self, el: HtmlElement, depth: int = 0) -> None:
        """The children of a container element, in order (the posts of a live blog as
        sections of their own)."""
        posts = live_posts(el, self.heuristics, self.timed) if self.timed else ()
        run: list[str] = [el.text or ""]
        # inside a related block: opened by a heading of this level, or 7 by a lone line
        related_level = 0
        for child in el:
            if self.blocks > self.max_blocks:
                break  # full: walking the rest would only drop what it finds
            tag = child.tag
            if not isinstance(tag, str):
                run.append(child.tail or "")
                continue
            if tag not in BLOCK_TAGS and tag != "img" and not _has_blocks_or_images(child):
                if related_level:
                    self.related.extend(related_links(child, self.base))
                    run.append(child.tail or "")
                else:
                    run.append(raw_text(child, tail=True))
                continue
            self._flush(run)
            run = [child.tail or ""]
            level = HEADINGS.get(tag)
            if related_level:
                # the block ends at a heading of its level or above, or at prose: a line that is
                # no link after a lone "Related" line, a paragraph after a "Related" heading
                if (level is not None and level <= related_level) or (
                    level is None
                    and not _link_dense(child)
                    and (related_level == 7 or (tag == "p" and len(child.text_content()) > 100))
                ):
                    related_level = 0
                else:
                    self.related.extend(related_links(child, self.base))
                    continue
            if level is not None or tag == "p":
                # its text, read once: the element's own step below reads it again
                raw = raw_text(child)
                self._raw = (child, raw)
                text = inline_from_raw(raw).replace("\n", " ")
                if len(text) < self.heuristics.short_line and is_related_heading(text):
                    related_level = level or 7
                    continue
            if child in posts:
                self._post(child, depth + 1)
                continue
            self.element(child, depth + 1)
        self._flush(run)

    def _post(self, post: HtmlElement, depth: int) -> None:
        """A post of a live blog: a section headed by its title, without its time."""
        self._raw = self._box_text = None  # the tree changes
        for line in post_header(post, self.heuristics):
            line.drop_tree()
        title, holder = post_title(post)
        if title is not None and holder is not None and self._may_head(title):
            self.heading(title, 2, drawn=True)
            holder.drop_tree()
        self.element(post, depth)

    def _flush(self, run: list[str]) -> None:
        raw = "".join(run)
        if raw and not raw.isspace():
            self.paragraphs(split(raw))
        run.clear()

    def element(self, el: HtmlElement, depth: int) -> None:
        """One block-level (or image-holding inline) element."""
        tag = el.tag
        self.depth = depth
        self.names = hint(el)
        verdict = self.chain.judge("box", el, self)
        if verdict is not None and verdict is not Verdict.KEEP:
            if verdict is Verdict.RELATED:
                self.related.extend(related_links(el, self.base))
            elif verdict is Verdict.DECK:
                # the article's own header: its deck, not its furniture
                deck = deck_after_title(el, self.heuristics)
                if deck is not None:
                    self.take_standfirst(deck)
            elif verdict is Verdict.STANDFIRST:
                self.take_standfirst(el)
            return
        level = HEADINGS.get(tag)
        if level is not None:
            self.heading(inline_from_raw(self._raw_of(el)).replace("\n", " "), level)
        elif tag == "p":
            self._p(el)
        elif tag in _LIST_TAGS:
            self._list(el, depth)
        elif tag == "blockquote":
            self._quote(el)
        elif tag == "pre":
            text = nfc(el.text_content().strip("\n"))
            if text.strip():
                self.add(Preformatted(text=text))
        elif tag == "table":
            self._table(el, depth)
        elif tag in ("figure", "img") or is_figure_like(el):
            self.figure(el)
        elif tag in ("hr", "br"):
            return
        elif depth > self.depth_limit:
            self.paragraphs(block_paragraphs(el))
        else:
            self._container(el, depth)

    def _raw_of(self, el: HtmlElement) -> str:
        """``raw_text(el)``, taken from the walk of its parent when it read it already."""
        known = self._raw
        if known is not None and known[0] is el:
            return known[1]
        return raw_text(el)

    def _container(self, el: HtmlElement, depth: int) -> None:
        if first_below(el, BLOCK_TAGS) is None:
            self._p(el)
        else:
            self.walk(el, depth)

    def _p(self, el: HtmlElement) -> None:
        """A paragraph (or a leaf box of text): its images, then its text, which may be a
        teaser, a heading drawn in bold, or open with one."""
        for img in el.iter("img"):
            self.figure(img)
        texts = split(self._raw_of(el))
        if len(texts) == 1 and self._inline_related(el, texts[0]):
            return
        if texts:
            level = min(6, max(self.last_level, 1) + 1)
            head = run_in_heading(el, texts[0], self.heuristics)
            if head is not None and self._may_head(head):
                self.heading(head, level, drawn=True)
                texts = [texts[0][len(head) :].lstrip(), *texts[1:]]
            elif (
                len(texts) == 1
                and bold_line(el, texts[0], self.heuristics)
                and self._may_head(texts[0])
            ):
                self.heading(texts[0], level, drawn=True)
                return
        self.paragraphs(texts)

    def _may_head(self, text: str) -> bool:
        """A line drawn as a heading is one unless the chain calls it furniture (a date, a
        credit, a prompt)."""
        return self.judge_line(text) in (None, Verdict.KEEP)

    def _inline_related(self, el: HtmlElement, text: str) -> bool:
        link = inline_related(el, text, self.base) if len(text) < 300 else None
        if link is None and el.tag == "p" and self.seen_text and len(text) < 160:
            link = _teaser_link(el, text, self.base)
        if link is not None:
            self.related.append(link)
        return link is not None

    def _list(self, el: HtmlElement, depth: int) -> None:
        if first_below(el, _SUBHEADINGS) is not None:
            self.walk(el, depth)  # a list of cards, each with its heading: sections, not items
            return
        item_tags = ("dt", "dd") if el.tag == "dl" else ("li",)
        items = [inline_text(li) for li in _items(el, item_tags)]
        items = [i for i in items if i and not self.is_furniture_label(i)]
        if items:
            self.add(ListBlock(items=items, ordered=el.tag == "ol"))
        elif el.text_content():
            self.walk(el, depth)

    def _quote(self, el: HtmlElement) -> None:
        cite_el = next(el.iter("cite", "footer"), None)
        cite = inline_text(cite_el) if cite_el is not None else None
        text = "\n".join(block_paragraphs(el))
        if cite and text.endswith(cite) and len(text) > len(cite):
            text = text[: -len(cite)].rstrip(" \n—–-")
        if text:
            self.add(Quote(text=text, cite=cite or None))

    def _table(self, el: HtmlElement, depth: int) -> None:
        if first_below(el, _LAYOUT_INSIDE) is not None and (
            el.find(".//table") is not None or _long_cells(el)
        ):
            self.walk(el, depth)  # a layout table: its cells hold the article
            return
        rows = []
        width = 0
        for tr in el.iter("tr"):
            cells = tuple(inline_text(c).replace("\n", " ") for c in tr if c.tag in _CELL_TAGS)
            if any(cells):
                rows.append(cells)
                width = max(width, len(cells))
        if not rows:
            return
        if width == 1 and (len(rows) < 2 or any(len(r[0]) > 100 for r in rows)):
            self.paragraphs([r[0] for r in rows if r[0]])  # a layout table of one column
            return
        self.add(Table(rows=rows))


def _items(el: HtmlElement, item_tags: tuple[str, ...]) -> list[HtmlElement]:
    """The items of a list, with those of a list set straight inside it (``<ol>`` in
    ``<ol>``, a sub-list written without its ``<li>``) in their place."""
    out: list[HtmlElement] = []
    for child in el:
        if child.tag in item_tags:
            out.append(child)
        elif child.tag in ("ol", "ul") and el.tag != "dl":
            out.extend(_items(child, item_tags))
    return out


def _carried(root: HtmlElement, token: str) -> int:
    """Characters of text in the outermost elements under ``root`` named ``token``."""
    found = [el for el in root.iter() if isinstance(el.tag, str) and token in hint(el).split()]
    chosen = set(found)
    return sum(
        len(el.text_content()) for el in found if not any(a in chosen for a in el.iterancestors())
    )


def _teaser_link(el: HtmlElement, text: str, base: str | None) -> RelatedLink | None:
    """A paragraph that is nothing but one link to another page, amid the article: a teaser."""
    links = list(el.iter("a"))
    if len(links) != 1:
        return None
    url = link_url(links[0], base)
    title = norm(links[0].text_content())
    if url is None or len(title) < 0.9 * len(text) or len(title.split()) < 3:
        return None
    return RelatedLink(title=title, url=url)


def _link_dense(el: HtmlElement) -> bool:
    n = len(el.text_content())
    return n > 0 and sum(len(a.text_content()) for a in el.iter("a")) * 2 > n


def _has_blocks_or_images(el: HtmlElement) -> bool:
    return len(el) > 0 and first_below(el, _IMG_OR_BLOCK) is not None


def _long_cells(table: HtmlElement) -> bool:
    return any(len(c.text_content()) > 300 for c in table.iter(*_CELL_TAGS))

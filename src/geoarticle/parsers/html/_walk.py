"""Walking the article container into sections and typed blocks.

One pass over the container, in document order: headings open sections,
``<p>``/lists/quotes/``<pre>``/tables become blocks of their kind, loose text
and inline elements between blocks (``<div>`` soup, ``<br>`` paragraphs, text in
``<span>``s) become paragraphs, figures and images become ``Figure`` blocks with
their ``ImageCredit``, and furniture (menus, share bars, comments, link lists)
is skipped. Related-article blocks turn into ``RelatedLink`` teasers.
"""

from __future__ import annotations

import re

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
from .._credits import parse_credit
from ._figures import figure_credit, is_figure_like
from ._related import RELATED_HEADING, inline_related, is_related, link_url, related_links
from ._score import deck_after_title
from ._text import (
    BLOCK_LIST,
    BLOCK_TAGS,
    FURNITURE_TAGS,
    HEADINGS,
    block_paragraphs,
    hint,
    inline_text,
    is_boilerplate,
    nfc,
    norm,
    raw_text,
    split,
)

__all__ = ["Walker", "is_furniture_line"]

_SKIP_TAGS = FURNITURE_TAGS | {"address", "fieldset"}
_LIST_TAGS = frozenset(("ul", "ol", "dl"))
_CELL_TAGS = ("td", "th")
_TERMINAL = (".", "!", "?", ":", ";", ",", '"', "”", "»", "…")
_LAYOUT_INSIDE = ("table", "p", "div", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "pre")
_BOILER_LINE = re.compile(
    r"^(?:share(?: this)?(?: article| story| post)?|share on \w+|tweet|print|email|e-mail|"
    r"advertisement|anzeige|werbung|publicité|publicidad|sponsored|loading\.*|like this:?|"
    r"related|follow us|comments?|\d+ comments?|leave a (?:comment|reply)|back to top|"
    r"skip to (?:content|main content)|read more|mehr lesen|weiterlesen|teilen|"
    r"(?:diesen |den )?(?:artikel|beitrag) teilen|jetzt registrieren|registrieren|anmelden|"
    r"log ?in|kontakt|contact|telefon|phone|credits?|quellen(?:angaben)?|sources?|diese seite|"
    r"valora esta noticia|(?:als )?pdf herunterladen|download pdf|drucken|kommentare?|"
    r"kommentieren|compartir|partager|imprimir|imprimer|tags?|themen|topics|temas|aktuell|"
    r"community|seite drucken|print (?:this )?page|\d+ min(?:ute)?s? read|sorted by(?::.{0,30})?|"
    r"(?:weiterlesen )?\d+ minuten?(?: lesezeit)?|lesezeit:? \d+ min(?:uten|\.)?|"
    r"drukuj|pdf|permalink|permalien|schlagw(?:o|ö)rte|stichw(?:o|ö)rte|kategorie(?:n)?(?: .{1,40})?|categor(?:y|ies)(?:: .{1,40})?)"
    r"\W*$",
    re.IGNORECASE,
)
# a bare agency/photographer credit line: "AFP / MARCO BERTORELLO", "REUTERS/Jane Doe"
_CREDIT_LINE = re.compile(r"^[A-Z][A-Z.&-]{1,20}(?: ?/ ?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){1,3})+$")

# calls to subscribe, follow or share: furniture even when they sit in the article's markup
_PROMPT_ANY = re.compile(
    r"\b(?:subscribe|subscriber|subscription|sign up|newsletter|follow (?:us|the)|"
    r"download (?:the|our)|to (?:view|read) the full|to continue reading|all rights reserved|"
    r"abonnieren|abonnent|folgen sie uns|folge uns|suscr[ií]bete|hazte miembro|[úu]nete|"
    r"s[íi]guenos|abonnez-vous|inscrivez-vous|assine|inscreva-se|written permission|"
    r"in den kommentaren|we may (?:receive|earn) (?:a )?compensation|affiliate[- ]links?|"
    r"enthält werbung|pour lire la suite|créez votre compte|nicht eingeloggt|"
    r"jetzt registrieren|ohne gewähr|copyrighted|unterstütze uns|unterstützen sie uns|"
    r"apóyanos|para comentar|kommentare (?:zu )?schreiben|kommentare insgesamt|"
    r"if you enjoyed|möchten sie (?:den|diesen) (?:artikel|beitrag) teilen|verpasse keine|"
    r"get the latest news|canal de youtube|nuestro canal|jetzt abonnieren|abonniere|"
    r"we use cookies|wir verwenden cookies|nous utilisons des cookies|utilizamos cookies|"
    r"klicken sie auf den (?:unteren )?button|respektieren (?:deine|ihre) privatsphäre|"
    r"kommentar schreiben|bisherige kommentare|(?:müssen|muss) (?:sie|du) (?:sich |dich )?"
    r"(?:eingeloggt|angemeldet)|(?:müssen|musst) (?:sie|du) (?:sich|dich) (?:einloggen|anmelden)|"
    r"you must be logged in|trust principles|provision (?:erhält|erhalten|bekommt|bekommen))\b|"
    r"\bimpressum\b.{0,80}\bdatenschutz|\bdatenschutz.{0,80}\bimpressum\b",
    re.IGNORECASE,
)
# a substring every match of _PROMPT_ANY holds (lower-cased): most lines hold none of them, and
# a few substring tests cost far less than the alternation tried at every position
_PROMPT_KEYS = (
    "subscri", "sign up", "newsletter", "follow ", "download ", "the full", "continue reading",
    "rights reserved", "abonn", "folge", "suscr", "hazte", "nete", "guenos", "inscrivez",
    "assine", "inscreva", "written permission", "kommentar", "compensation", "affiliate",
    "werbung", "lire la suite", "votre compte", "eingeloggt", "registrieren", "gewähr",
    "copyright", "unterstütz", "apóyanos", "comentar", "enjoyed", "teilen", "verpasse",
    "latest news", "canal", "cookies", "button", "privatsphäre", "angemeldet", "einloggen",
    "anmelden", "logged in", "trust principles", "provision", "impressum",
)  # fmt: skip
_PROMPT_START = re.compile(
    r"(?:presse)?kontakt\s*:|ansprechpartner(?:in)?\b|media contact\b|press contact\b|"
    r"(?:auch lesen|lesen sie hier|dowiedz się więcej|donate|hier geht es zu|zurück zur?|"
    r"mehr interessantes|volltext-suche)\b|"
    r"(?:mire|mira|lee|lea|puedes ver|ver también)\s*:|\W*(?:anzeige|werbung)\s*[-–:.|,]|"
    r"©|copyright\b",
    re.IGNORECASE,
)


def _prompt(text: str) -> bool:
    """Calls to subscribe, follow or share (see ``_PROMPT_ANY`` and ``_PROMPT_START``)."""
    if _PROMPT_START.match(text) is not None:
        return True
    low = text.lower()
    return any(k in low for k in _PROMPT_KEYS) and _PROMPT_ANY.search(text) is not None


# copyright and reprint notices, longer than a prompt
_LEGAL = re.compile(
    r"\ball rights reserved\b|\bcopyrighted property\b|"
    r"\bwritten permission\b|\balle rechte vorbehalten\b|\btodos los derechos reservados\b|"
    r"\b(?:unter der|under the) (?:lizenz|licen[cs]e) cc[- ]|"
    # disclosures of paid links
    r"\bwe may (?:receive|earn) (?:a )?(?:compensation|commission)\b|"
    r"\b(?:contains|includes) references to products\b",
    re.IGNORECASE,
)
# a substring every match of _LEGAL holds (lower-cased)
_LEGAL_KEYS = (
    "rights reserved", "copyrighted property", "written permission", "rechte vorbehalten",
    "derechos reservados", " cc", "we may", "references to products",
)  # fmt: skip


def _legal(text: str) -> bool:
    """A copyright, reprint or licence notice, or a disclosure of paid links."""
    low = text.lower()
    return any(k in low for k in _LEGAL_KEYS) and _LEGAL.search(text) is not None


# a line that is only a date ("23.10.2018", "Erstellt am 6. Mai 2014", "Last modified: ...")
_DATE_LINE = re.compile(
    r"^(?:(?:erstellt|aktualisiert|veröffentlicht|published|updated|posted|last modified)"
    r"(?:\s+(?:am|on))?\s*:?\s*)?(?:\w+,?\s+)?\d{1,4}[./-]\s?(?:\d{1,2}|\w+)\.?[./-]?\s?\d{2,4}"
    r"(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?\W*$|^(?:last modified|updated|published)\s*:?$|"
    r"^\d{1,2}:\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h))?$|^(?:release|news) date\s*:?$|"
    r"^(?:(?:veröffentlichung|veröffentlicht|stand|datum|date)\s*:\s*)?\d{1,2}\.? [a-zäéû]{3,10}\.? "
    r"\d{4}(?:,? \d{1,2}:\d{2}(?: uhr)?)?$",
    re.IGNORECASE,
)
_CAPTION_HINT = re.compile(
    r"(?<![a-z0-9])(?:caption|figcaption|wp-caption-text|credits?|image-credit|photo-credit)"
    r"(?![a-z0-9])"
)


@attrs.define
class Walker:
    """Collects sections, blocks, image credits and related links while walking."""

    base: str | None
    titles: frozenset[str]
    depth_limit: int
    max_blocks: int
    sections: list[tuple[str | None, int, list[Block]]] = attrs.Factory(lambda: [(None, 0, [])])
    credits: list[ImageCredit] = attrs.Factory(list)
    related: list[RelatedLink] = attrs.Factory(list)
    warnings: list[str] = attrs.Factory(list)
    blocks: int = 0
    last_level: int = 0
    seen_text: bool = False
    #: characters of text in the container walked (furniture-named wrappers above half stay)
    size: int = 1 << 40

    # --- output -----------------------------------------------------------------
    def add(self, block: Block) -> None:
        """Append a block to the current section (up to ``max_blocks``)."""
        if self.blocks >= self.max_blocks:
            if self.blocks == self.max_blocks:
                self.warnings.append(f"more than {self.max_blocks} blocks; the rest was dropped")
                self.blocks += 1
            return
        self.blocks += 1
        self.sections[-1][2].append(block)
        if not isinstance(block, Figure):
            self.seen_text = True

    def paragraphs(self, texts: list[str]) -> None:
        """Append paragraphs, leaving out lone furniture lines ("Share this", "Advertisement")."""
        for t in texts:
            if not t or (
                len(t) < 60
                and (
                    _BOILER_LINE.match(t)
                    or _DATE_LINE.match(t)
                    or _CREDIT_LINE.match(t)
                    or RELATED_HEADING.match(t)
                )
            ):
                continue
            if len(t) < 250 and _prompt(t):
                continue
            if len(t) < 600 and _legal(t):
                continue
            if len(t) < 300 and _credit_tail(t):
                continue
            if len(t) < 200 and self._credit_line(t):
                continue
            self.add(Paragraph(text=t))

    def _credit_line(self, text: str) -> bool:
        """A labelled credit line on its own ("Titelbild: X/Agency") becomes an image credit."""
        if ":" not in text[:40]:
            return False
        credit = parse_credit(text)
        if credit is None or credit.label is None or credit.caption is not None:
            return False
        if any(ch.isdigit() for ch in credit.label):
            return False  # "Image 1: ..." names a figure: the trailing-credits step matches it
        self.credits.append(credit)
        return True

    def heading(self, text: str, level: int) -> None:
        """Open a new section, unless the heading repeats the page title."""
        if not text or is_furniture_line(text):
            return
        if level <= 2 and not self.seen_text and text.casefold() in self.titles:
            return
        if level == 1 and text.casefold() in self.titles:
            return
        self.last_level = level
        self.sections.append((text, level, []))

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
        """The children of a container element, in order."""
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
                text = inline_text(child).replace("\n", " ")
                if len(text) < 60 and RELATED_HEADING.match(text):
                    related_level = level or 7
                    continue
            self.element(child, depth + 1)
        self._flush(run)

    def _flush(self, run: list[str]) -> None:
        raw = "".join(run)
        if raw and not raw.isspace():
            self.paragraphs(split(raw))
        run.clear()

    def element(self, el: HtmlElement, depth: int) -> None:
        """One block-level (or image-holding inline) element."""
        tag = el.tag
        if is_related(el):
            self.related.extend(related_links(el, self.base))
            return
        if tag == "figcaption" or _CAPTION_HINT.search(hint(el)):
            return  # a caption away from its image: neither body text nor a credit we can place
        if (
            tag == "header"
            and self.blocks == 0
            and next(el.iter("h1"), None) is not None
            # a short header (title, deck, byline, date) is never body, even on a short page
            and (len(el.text_content()) < 0.5 * self.size or len(el.text_content()) < 600)
        ):
            deck = deck_after_title(el)  # the article's own header: its deck, not its furniture
            # one marked as the subtitle is the article's subtitle, not body text
            if deck is not None and "subtitle" not in hint(deck):
                self.paragraphs(block_paragraphs(deck))
            return
        if tag in _SKIP_TAGS or is_boilerplate(el):
            if _related_heading(el):
                self.related.extend(related_links(el, self.base))
                return
            # a wrapper named like furniture that holds most of the article is still the article
            if len(el.text_content()) < 0.5 * self.size:
                return
        level = HEADINGS.get(tag)
        if level is not None:
            self.heading(inline_text(el).replace("\n", " "), level)
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

    def _container(self, el: HtmlElement, depth: int) -> None:
        n = len(el.text_content())
        if n and n < 3000:
            links = sum(len(a.text_content()) for a in el.iter("a"))
            if links / n > 0.55:
                if is_related(el) or _related_heading(el):
                    self.related.extend(related_links(el, self.base))
                return
        if next(el.iterdescendants(*BLOCK_LIST), None) is None:
            for img in el.iter("img"):
                self.figure(img)
            texts = block_paragraphs(el)
            if len(texts) == 1 and self._inline_related(el, texts[0]):
                return
            self.paragraphs(texts)
        else:
            self.walk(el, depth)

    def _p(self, el: HtmlElement) -> None:
        for img in el.iter("img"):
            self.figure(img)
        texts = block_paragraphs(el)
        if len(texts) == 1 and self._inline_related(el, texts[0]):
            return
        if len(texts) == 1 and _pseudo_heading(el, texts[0]):
            self.heading(texts[0], min(6, max(self.last_level, 1) + 1))
            return
        self.paragraphs(texts)

    def _inline_related(self, el: HtmlElement, text: str) -> bool:
        link = inline_related(el, text, self.base) if len(text) < 300 else None
        if link is None and el.tag == "p" and self.seen_text and len(text) < 160:
            link = _teaser_link(el, text, self.base)
        if link is not None:
            self.related.append(link)
        return link is not None

    def _list(self, el: HtmlElement, depth: int) -> None:
        n = len(el.text_content())
        if n:
            links = sum(len(a.text_content()) for a in el.iter("a"))
            if links / n > 0.6:
                if is_related(el):
                    self.related.extend(related_links(el, self.base))
                return
        if next(el.iterdescendants("h2", "h3", "h4", "h5", "h6"), None) is not None:
            self.walk(el, depth)  # a list of cards, each with its heading: sections, not items
            return
        item_tags = ("dt", "dd") if el.tag == "dl" else ("li",)
        items = [inline_text(li) for li in el if li.tag in item_tags]
        items = [i for i in items if i and not is_furniture_line(i)]
        if items:
            self.add(ListBlock(items=items, ordered=el.tag == "ol"))
        elif n:
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
        if next(el.iterdescendants(*_LAYOUT_INSIDE), None) is not None and (
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


def is_furniture_line(text: str) -> bool:
    """A short line of page furniture ("Comments", "Share this", "Related articles")."""
    return len(text) < 60 and (
        _BOILER_LINE.match(text) is not None
        or RELATED_HEADING.match(text) is not None
        or _prompt(text)
    )


def _credit_tail(text: str) -> bool:
    """A caption that ends in its image credit ("A harbour at dawn. © Agency / Name")."""
    at = text.rfind("©")
    if at < 0:
        return False
    rest = text[at + 1 :]
    return len(rest) < 60 and len(rest.split()) <= 8


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
    return len(el) > 0 and next(el.iterdescendants("img", *BLOCK_LIST), None) is not None


def _long_cells(table: HtmlElement) -> bool:
    return any(len(c.text_content()) > 300 for c in table.iter(*_CELL_TAGS))


def _related_heading(el: HtmlElement) -> bool:
    for h in el.iter("h2", "h3", "h4", "h5", "h6", "strong"):
        return RELATED_HEADING.match(norm(h.text_content())) is not None
    return False


def _pseudo_heading(el: HtmlElement, text: str) -> bool:
    """A paragraph that is only a short bold line, styled as a heading."""
    if len(el) != 1 or len(text) > 100 or text.endswith(_TERMINAL) or "\n" in text:
        return False
    child = el[0]
    if child.tag not in ("strong", "b") or (el.text or "").strip() or (child.tail or "").strip():
        return False
    return len(text.split()) <= 12

"""The clutter rules: is this box, line, label or edge block the article, or page furniture?

Each rule is a small named function in :data:`DEFAULT_CHAIN` (see :mod:`._chain`); the
walker (:mod:`._walk`) asks the chain about every element before it walks it (``box``),
every paragraph of text (``line``), every heading and list item (``label``), and the
body's first and last blocks (``edge``, from :mod:`._body`). The phrase lists come from
package data (:mod:`geoarticle.parsers._clutter`), the class-name evidence from
:mod:`._hints`, the numbers from :mod:`._heuristics`.
"""

from __future__ import annotations

import itertools
import re
from typing import Protocol

from lxml.html import HtmlElement

from ...models import Paragraph
from .. import _clutter
from .._credits import parse_credit
from ._chain import Chain, Rule, Verdict
from ._figures import is_figure_like
from ._heuristics import Heuristics
from ._hints import FURNITURE_TAGS, caption_hint, furniture_hint, related_hint, weak_names
from ._scan import CHOICES_MARK, prose_header
from ._standfirst import header_title, lead_like, text_only
from ._text import HEADINGS, SENTENCE_END, norm

__all__ = ["DEFAULT_CHAIN", "Walk", "labelled_credit"]


class Walk(Protocol):
    """What the rules read of the walk under way."""

    @property
    def heuristics(self) -> Heuristics: ...
    @property
    def size(self) -> int: ...  # characters of text in the container walked
    @property
    def blocks(self) -> int: ...  # blocks emitted so far
    @property
    def depth(self) -> int: ...  # nesting of the element judged
    @property
    def depth_limit(self) -> int: ...
    @property
    def names(self) -> str: ...  # the class and id of the element judged (``hint(el)``)
    def name_share(self, token: str) -> float: ...  # share of the container carrying a class
    def may_continue_standfirst(self, el: HtmlElement) -> bool: ...  # none yet, or el goes on
    def text(self, el: HtmlElement) -> str: ...  # ``el.text_content()`` of the box judged
    @property
    def repeats(self) -> dict[str, int]: ...  # how often each item stands in its list


# --- boxes --------------------------------------------------------------------------------
_SKIP_TAGS = FURNITURE_TAGS | {"address", "fieldset"}
_LIST_TAGS = frozenset(("ul", "ol", "dl"))
#: tags the walker reads as blocks of their own kind, not as containers to walk into
_BLOCK_KINDS = frozenset(
    (*HEADINGS, "p", "ul", "ol", "dl", "blockquote", "pre", "table", "figure", "img", "hr", "br")
)


def related_block(el: HtmlElement, walk: Walk) -> Verdict | None:
    """A block whose class or id names related articles: its links become teasers."""
    h = walk.names
    return Verdict.RELATED if h and related_hint(h) else None


def stray_caption(el: HtmlElement, walk: Walk) -> Verdict | None:
    """A caption (or credit) away from its image: neither body text nor a credit to place.
    A box named as a caption that holds no image but a paragraph of prose (at least
    ``caption_prose`` characters: a video's description) is text, not a caption."""
    if el.tag == "figcaption":
        return Verdict.DROP
    h = walk.names
    if not (h and caption_hint(h)):
        return None
    if el.tag != "p" and next(el.iter("img"), None) is None:
        least = walk.heuristics.caption_prose
        if any(len(norm(p.text_content())) >= least for p in el.iter("p")):
            return None
    return Verdict.DROP


_PARTS = frozenset(("section", "article", "main"))


def standfirst(el: HtmlElement, walk: Walk) -> Verdict | None:
    """A box named as the standfirst ("lead", "intro", "article-summary") before any body text:
    kept as the article's summary, out of the body."""
    if el.tag in _PARTS or walk.blocks != 0 or not walk.may_continue_standfirst(el):
        return None
    if not lead_like(el, walk.heuristics):
        return None
    if not text_only(el):
        return None
    # a short article wrapped in an "excerpt" box is the article, not its standfirst
    if len(walk.text(el)) >= walk.heuristics.wrapper_share * walk.size:
        return None
    return Verdict.STANDFIRST


def article_header(el: HtmlElement, walk: Walk) -> Verdict | None:
    """The article's own ``<header>`` (with the ``<h1>``, or an ``<h2>``/``<h3>`` for title
    when the page's ``<h1>`` stands elsewhere) before any block: title, byline and date are
    not body; its deck is the standfirst."""
    if el.tag != "header" or walk.blocks != 0 or header_title(el) is None:
        return None
    n = len(walk.text(el))
    h = walk.heuristics
    # a short header (title, deck, byline, date) is never body, even on a short page
    return Verdict.DECK if n < h.header_share * walk.size or n < h.header_chars else None


def header_prose(el: HtmlElement, walk: Walk) -> Verdict | None:
    """The ``<header>`` of an ``<article>``, without its title, that holds prose (paragraphs
    of at least ``header_prose`` characters together, few of them links): article text, not
    furniture (a page of teaser articles, each written into its header)."""
    if el.tag != "header":
        return None
    parent = el.getparent()
    if parent is None or not prose_header(el, parent):
        return None
    h = walk.heuristics
    prose = links = 0
    for p in el.iter("p"):
        n = len(p.text_content().strip())
        if n >= h.min_paragraph:
            prose += n
            links += _links(p)
    return Verdict.KEEP if prose >= h.header_prose and links * 4 < prose else None


def related_heading_box(el: HtmlElement) -> bool:
    """True when the first heading (or bold line) of ``el`` is a related-block heading."""
    for h in el.iter("h2", "h3", "h4", "h5", "h6", "strong"):
        return _clutter.is_related_heading(norm(h.text_content()))
    return False


def _furniture_box(el: HtmlElement, walk: Walk) -> Verdict | None:
    if related_heading_box(el):
        return Verdict.RELATED
    # a wrapper named like furniture that holds most of the article is still the article
    if len(walk.text(el)) < walk.heuristics.wrapper_share * walk.size:
        return Verdict.DROP
    return None


def furniture_tag(el: HtmlElement, walk: Walk) -> Verdict | None:
    """A menu, aside, site header or footer, form, address or fieldset (unless it wraps most
    of the article); one headed "Related" holds teasers."""
    return _furniture_box(el, walk) if el.tag in _SKIP_TAGS else None


def furniture_name(el: HtmlElement, walk: Walk) -> Verdict | None:
    """A box whose class, id or role names furniture (share bar, comments, ads, newsletter
    ...), unless it wraps most of the article; one headed "Related" holds teasers. A weak
    name ("paywall", "widget-area") is article text where the boxes that carry it hold most
    of the container (a "paywall" class on every paragraph after the first)."""
    h = walk.names
    if furniture_hint(el, names=h):
        return _furniture_box(el, walk)
    names = weak_names(h) if h else None
    if not names:
        return None
    if any(walk.name_share(name) >= walk.heuristics.wrapper_share for name in names):
        return Verdict.KEEP
    return _furniture_box(el, walk)


def form_widget(el: HtmlElement, walk: Walk) -> Verdict | None:
    """A poll, quiz or survey set in the article, outside a ``<form>`` too: the box the scan
    found holding two or more choice buttons of one question (radio buttons, check boxes)
    with the question beside them, unless it wraps most of the article. Its question and
    answers are no body."""
    return None if el.get(CHOICES_MARK) is None else _furniture_box(el, walk)


def _links(el: HtmlElement) -> int:
    return sum(len(a.text_content()) for a in el.iter("a"))


def _item_label(item: HtmlElement, most: int) -> bool:
    """True when ``item`` opens with a bold label of at most ``most`` words and holds text
    after it ("<b>Datum</b> 28.04.2023")."""
    text = norm(item.text_content())
    if (item.text or "").strip():
        return False
    first = next(iter(item), None)
    if first is None or first.tag not in ("strong", "b"):
        return False
    label = norm(first.text_content()).rstrip(":")
    return bool(label) and len(label.split()) <= most and len(text) > len(label) + 1


def label_list(el: HtmlElement, walk: Walk) -> Verdict | None:
    """A list of at least ``label_items`` short items (below ``label_item_chars``), each a
    bold label and its value ("Datum 28.04.2023", "Autor X", "Schlagwörter ...") or a
    definition list of such pairs: the page's metadata, no body. A list whose items are
    mostly sentences (at least ``label_sentence_words`` words, a sentence's end) glosses its
    labels: the article's own list."""
    if el.tag not in _LIST_TAGS:
        return None
    h = walk.heuristics
    if el.tag == "dl":
        terms = [c for c in el if c.tag == "dt"]
        items = [c for c in el if c.tag == "dd"]
        if len(terms) < h.label_items or any(
            len(norm(t.text_content()).split()) > h.label_words for t in terms
        ):
            return None
    else:
        items = [c for c in el if c.tag == "li"]
        if len(items) < h.label_items or not all(_item_label(i, h.label_words) for i in items):
            return None
    texts = [norm(i.text_content()) for i in items]
    if any(len(t) >= h.label_item_chars for t in texts):
        return None
    # labels glossed in sentences ("Need: You absolutely need this item every day.") are
    # the article's own list, not the page's metadata
    said = sum(
        1 for t in texts if t.endswith(SENTENCE_END) and len(t.split()) >= h.label_sentence_words
    )
    if 2 * said >= len(texts):
        return None
    return Verdict.DROP


def link_list(el: HtmlElement, walk: Walk) -> Verdict | None:
    """A list that is mostly links (a menu, a list of tags or teasers)."""
    if el.tag not in _LIST_TAGS:
        return None
    n = len(walk.text(el))
    return Verdict.DROP if n and _links(el) / n > walk.heuristics.link_list_share else None


def _collapsed(text: str) -> int:
    """The length of ``text`` with its white space collapsed (as :func:`norm` leaves it)."""
    # (joining the words is one pass in C, cheaper than adding up their lengths one by one)
    return len(" ".join(text.split()))


def link_box(el: HtmlElement, walk: Walk) -> Verdict | None:
    """A short box that is mostly links (a menu, a tag cloud); one headed "Related" holds
    teasers. Shares are measured on whitespace-collapsed text: a template's indentation
    between the links is no text of the box."""
    if el.tag in _BLOCK_KINDS or walk.depth > walk.depth_limit:
        return None
    h = walk.heuristics
    text = walk.text(el)
    # a box long by far (most boxes the walk meets) shows it in its first characters: the
    # collapsed length of a prefix is never more than that of a longer one (or of the whole
    # text), so a shorter prefix, looked at first, settles most
    most = h.link_box_chars
    if len(text) > 2 * most and (
        _collapsed(text[: most + most // 4]) >= most or _collapsed(text[: 2 * most]) >= most
    ):
        return None
    n = _collapsed(text)
    if not n or n >= h.link_box_chars:
        return None
    if sum(_collapsed(a.text_content()) for a in el.iter("a")) / n <= h.link_box_share:
        return None
    if is_figure_like(el):
        return None  # an image in a link, with its caption
    if _linked_sentence(el, text):
        return None
    return Verdict.RELATED if related_heading_box(el) else Verdict.DROP


_WORD = re.compile(r"[^\W\d_]{2,}")


def _linked_sentence(el: HtmlElement, text: str) -> bool:
    """A sentence with one link inside it, words before it and after it ("What is his
    <a>report on the government</a>, three months in?"), or at its end after a clause of
    three words or more ("Why was there such a <a>turn away from the party</a>?"): prose
    citing a page, however long the link, not a menu or a labelled teaser ("Read more:
    <a>...</a>")."""
    links = list(itertools.islice(el.iter("a"), 2))
    if len(links) != 1 or not text.rstrip().endswith(SENTENCE_END):
        return False
    link = links[0].text_content()
    at = text.find(link)
    if at < 0:
        return False
    before, after = text[:at].rstrip(), text[at + len(link) :]
    if before.endswith(":"):
        return False  # a label and its link ("Read more: <a>...</a>."), a teaser
    words = len(_WORD.findall(before))
    # the link ends the sentence only after a clause of its own
    return words >= 1 and (bool(_WORD.search(after)) or words >= 3)


def _headings(el: HtmlElement, most: int) -> list[HtmlElement]:
    """The first ``most`` headings below ``el``: a walk in Python, cheaper than setting up
    lxml's matcher of six tags for the short boxes it looks into."""
    found: list[HtmlElement] = []
    for node in el.iterdescendants():
        if node.tag in HEADINGS:
            found.append(node)
            if len(found) == most:
                break
    return found


def teaser_card(el: HtmlElement, walk: Walk) -> Verdict | None:
    """A teaser for another page set in the article: a short box (below ``teaser_chars``)
    whose one heading is a link and whose text ends in a link to the same page ("... more",
    "Download"): its link becomes a teaser, its text is no body."""
    if el.tag in _BLOCK_KINDS:
        return None
    least = walk.heuristics.teaser_chars
    raw = walk.text(el)
    if len(raw) >= 4 * least:  # white space aside, too long by far
        return None
    heads = _headings(el, 2)
    if len(heads) != 1:
        return None
    text = norm(raw)
    if not text or len(text) >= least:
        return None
    links = list(heads[0].iter("a"))
    if len(links) != 1 or norm(links[0].text_content()) != norm(heads[0].text_content()):
        return None
    href = links[0].get("href")
    last = None
    for a in el.iter("a"):
        last = a
    if not href or last is None or last is links[0] or last.get("href") != href:
        return None
    closing = norm(last.text_content())
    return Verdict.RELATED if closing and text.endswith(closing) else None


# --- lines --------------------------------------------------------------------------------
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
# a bare agency/photographer credit line: "AFP / MARCO BERTORELLO", "REUTERS/Jane Doe"
_CREDIT_LINE = re.compile(r"^[A-Z][A-Z.&-]{1,20}(?: ?/ ?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){1,3})+$")


def empty(text: str, walk: Walk) -> Verdict | None:
    """An empty line."""
    return None if text else Verdict.DROP


def furniture_line(text: str, walk: Walk) -> Verdict | None:
    """A short line that is a furniture phrase ("Share this", "Advertisement", "5 min read")."""
    if len(text) < walk.heuristics.short_line and _clutter.is_line(text):
        return Verdict.DROP
    return None


def furniture_lines(text: str, walk: Walk) -> Verdict | None:
    """A few short lines broken in one paragraph, each a furniture phrase ("Try refreshing
    your browser, or / tap here to see other videos")."""
    if "\n" not in text:
        return None
    short = walk.heuristics.short_line
    lines = text.split("\n")
    if len(lines) > 3 or any(len(t) >= short or not _clutter.is_line(t) for t in lines):
        return None
    return Verdict.DROP


def date_line(text: str, walk: Walk) -> Verdict | None:
    """A short line that is only a date ("23.10.2018", "Updated: May 6, 2014")."""
    if len(text) < walk.heuristics.short_line and _DATE_LINE.match(text):
        return Verdict.DROP
    return None


def agency_credit(text: str, walk: Walk) -> Verdict | None:
    """A short line that is a bare agency or photographer credit ("AFP / MARCO BERTORELLO")."""
    if len(text) < walk.heuristics.short_line and _CREDIT_LINE.match(text):
        return Verdict.DROP
    return None


def related_line(text: str, walk: Walk) -> Verdict | None:
    """A lone related-block heading line ("Related articles") with nothing to hold."""
    if len(text) < walk.heuristics.short_line and _clutter.is_related_heading(text):
        return Verdict.DROP
    return None


def prompt(text: str, walk: Walk) -> Verdict | None:
    """A call to subscribe, follow, share or log in, a cookie notice, a contact label."""
    if len(text) < walk.heuristics.prompt_line and _clutter.is_prompt(text):
        return Verdict.DROP
    return None


def legal(text: str, walk: Walk) -> Verdict | None:
    """A copyright, reprint or licence notice, or a disclosure of paid links."""
    if len(text) < walk.heuristics.legal_line and _clutter.is_legal(text):
        return Verdict.DROP
    return None


def caption_credit(text: str, walk: Walk) -> Verdict | None:
    """A caption that ends in its image credit ("A harbour at dawn. © Agency / Name",
    "Der Hafen am Morgen. Foto: Ana Perl/dpa")."""
    h = walk.heuristics
    if len(text) >= h.credit_tail_line:
        return None
    label, at = _clutter.credit_at(text)
    if label < h.caption_min:
        return None  # no caption before the credit: a credit line (see labelled-credit)
    rest = text[at:]
    if len(rest) >= h.credit_tail_chars or len(rest.split()) > h.credit_tail_words:
        return None
    if text[label] == "©":
        return Verdict.DROP
    # "A harbour at dawn. Foto: Ana Perl/dpa": the caption and credit of an image
    return Verdict.CREDIT if parse_credit(text) is not None else Verdict.DROP


def labelled_credit(text: str, walk: Walk) -> Verdict | None:
    """A labelled credit line on its own ("Titelbild: X/Agency"): an image credit."""
    h = walk.heuristics
    if len(text) >= h.credit_line or ":" not in text[: h.credit_label_within]:
        return None
    credit = parse_credit(text)
    if credit is None or credit.label is None or credit.caption is not None:
        return None
    if any(ch.isdigit() for ch in credit.label):
        return None  # "Image 1: ..." names a figure: the trailing-credits step matches it
    return Verdict.CREDIT


# --- labels and edges ---------------------------------------------------------------------
def furniture_label(text: str, walk: Walk) -> Verdict | None:
    """A heading or list item that is a furniture phrase ("Comments", "Share this",
    "Related articles", "Subscribe")."""
    if _clutter.is_furniture_line(text, longest=walk.heuristics.short_line):
        return Verdict.DROP
    return None


def prompt_label(text: str, walk: Walk) -> Verdict | None:
    """A heading or list item that is a call to subscribe, follow, share or log in ("Pour lire
    la suite, créez votre compte", "Kommentar schreiben")."""
    if len(text) < walk.heuristics.prompt_line and _clutter.is_prompt(text):
        return Verdict.DROP
    return None


def repeated_line(text: str, walk: Walk) -> Verdict | None:
    """A list item (below ``repeat_line``) that stands verbatim ``repeat_min`` or more times
    in its list (a tooltip's log-in prompt under every tag): furniture at every place."""
    h = walk.heuristics
    if len(text) < h.repeat_line and walk.repeats.get(text, 0) >= h.repeat_min:
        return Verdict.DROP
    return None


def sign_off(block: object, walk: Walk) -> Verdict | None:
    """A closing greeting with the writer's name at an end of the body ("Euer Max",
    "Cheers, Jane"): the article's own last line, kept."""
    if not isinstance(block, Paragraph) or len(block.text) >= walk.heuristics.stray_line:
        return None
    return Verdict.KEEP if _clutter.is_sign_off(block.text) else None


def stray_edge(block: object, walk: Walk) -> Verdict | None:
    """A short line at either end of the body that is no sentence ("Drucken", "Mehr Themen:",
    "15. Mai 2019")."""
    if not isinstance(block, Paragraph):
        return None
    text = block.text
    limit = walk.heuristics.stray_line
    if text.endswith(":"):
        return Verdict.DROP if len(text) < 2 * limit else None
    return Verdict.DROP if len(text) < limit and not text.endswith(SENTENCE_END) else None


#: The rules ``parse_html`` asks, in order.
DEFAULT_CHAIN = Chain(
    [
        Rule("related-block", "box", related_block),
        Rule("stray-caption", "box", stray_caption),
        Rule("standfirst", "box", standfirst),
        Rule("header-prose", "box", header_prose),
        Rule("article-header", "box", article_header),
        Rule("furniture-tag", "box", furniture_tag),
        Rule("furniture-name", "box", furniture_name),
        Rule("form-widget", "box", form_widget),
        Rule("label-list", "box", label_list),
        Rule("link-list", "box", link_list),
        Rule("link-box", "box", link_box),
        Rule("teaser-card", "box", teaser_card),
        Rule("empty", "line", empty),
        Rule("furniture-line", "line", furniture_line, "short_line"),
        Rule("furniture-lines", "line", furniture_lines),
        Rule("date-line", "line", date_line, "short_line"),
        Rule("agency-credit", "line", agency_credit, "short_line"),
        Rule("related-line", "line", related_line, "short_line"),
        Rule("prompt", "line", prompt, "prompt_line"),
        Rule("legal", "line", legal, "legal_line"),
        Rule("caption-credit", "line", caption_credit, "credit_tail_line"),
        Rule("labelled-credit", "line", labelled_credit, "credit_line"),
        Rule("furniture-label", "label", furniture_label),
        Rule("prompt-label", "label", prompt_label),
        Rule("repeated-line", "repeat", repeated_line),
        Rule("sign-off", "edge", sign_off),
        Rule("stray-edge", "edge", stray_edge),
    ]
)

"""Split articles joined: the rest of the article in boxes beside the chosen container.

Templates cut an article into several boxes and put advertising, sign-in prompts and
"related" boxes between them; the container search (:mod:`._score`) may take one box and
leave the others when each of them scores little on its own (a widget per paragraph). A
box beside the container (or beside one of its ancestors, up to
``Heuristics.split_levels``, never past the page's ``<article>`` or ``<main>``) joins it
when it is prose like the article's: its paragraphs are built like the container's (the
same paragraph class, or the same class of the box right around them, or, for bare
paragraphs, a box of the same tag sharing a class word), they hold most of its text (its
subheadings, lists, quotes, figures and tables aside: the article's own blocks beside its
paragraphs), few of its characters are links, they are paragraphs of article length on
average, and the box is named as no furniture. What sits between the boxes is not taken.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from ._heuristics import Heuristics
from ._hints import FURNITURE_TAGS, furniture_hint, hint, related_hint
from ._para import Para

__all__ = ["join_split"]

_Key = tuple[str, str, str]
_STOP = frozenset(("body", "html", "article", "main"))


def _key(p: HtmlElement, box: HtmlElement) -> _Key:
    """How a paragraph is built: its tag and class, and the tag and class of the element
    around it, or ``""`` when that element is the box itself (the box is compared apart)."""
    parent = p.getparent()
    if parent is None or parent is box:
        return (p.tag, p.get("class") or "", "")
    return (p.tag, p.get("class") or "", f"{parent.tag}.{parent.get('class') or ''}")


def _words(el: HtmlElement) -> set[str]:
    return set((el.get("class") or "").lower().replace("_", "-").replace("-", " ").split())


def _alike(key: _Key, keys: set[_Key], box: HtmlElement, boxes: list[HtmlElement]) -> bool:
    """True when a paragraph built as ``key`` in ``box`` is built like the article's."""
    tag, cls, around = key
    if cls and any(k[1] == cls and k[0] == tag for k in keys):
        return True  # the same paragraph class
    if around and key in keys and around.split(".", 1)[1]:
        return True  # the same classed box right around the paragraph
    if around or cls:
        return False
    # bare paragraphs straight in the box: boxes of one tag sharing a class word (or none)
    if (tag, "", "") not in keys:
        return False
    words = _words(box)
    return any(b.tag == box.tag and (_words(b) & words or not (words or _words(b))) for b in boxes)


def _titled(level: HtmlElement, first: HtmlElement) -> bool:
    """True when ``level`` holds a title (``<h1>``, ``<h2>`` with text) before ``first``."""
    for el in level.iter():
        if el is first:
            return False
        if el.tag in ("h1", "h2") and el.text_content().strip():
            return True
    return False


def _chars(el: HtmlElement) -> int:
    """The characters of ``el``'s text with its white space collapsed (as a paragraph's
    characters are read)."""
    return len(" ".join(el.text_content().split()))


#: the blocks an article holds beside its paragraphs
_BLOCKS = frozenset(
    ("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "figure", "table")
)


def _blocks(box: HtmlElement) -> list[HtmlElement]:
    """The outermost headings, lists, quotes, figures and tables in ``box``."""
    out: list[HtmlElement] = []
    stack = list(box)
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        if el.tag in _BLOCKS:
            out.append(el)
        else:
            stack.extend(el)
    return out


def _good(paras: list[Para]) -> list[Para]:
    return [p for p in paras if not p.in_furniture and p.link_chars * 4 < p.chars]


def join_split(
    containers: list[HtmlElement], paras: list[Para], h: Heuristics
) -> list[HtmlElement]:
    """``containers`` with the boxes beside them that continue the article, in document
    order (see the module's docstring)."""
    if not containers or any(c.tag in _STOP for c in containers):
        return containers
    good = _good(paras)
    taken = set(containers)
    # the article's paragraphs: how they are built, and the boxes they stand in
    inside: list[Para] = []
    for para in good:
        el = para.element
        for a in el.iterancestors():
            if a in taken:
                inside.append(para)
                break
    if not inside:
        return containers
    joined: list[HtmlElement] = []
    level: HtmlElement | None = containers[0]
    for _ in range(h.split_levels):
        if level is None or level.tag in _STOP:
            break
        parent = level.getparent()
        if parent is None or parent.tag == "html":
            break
        if level is not containers[0] and _titled(level, containers[0]):
            break  # an entry with its own title: the boxes beside it are other entries
        sibs = [
            s
            for s in parent
            if isinstance(s.tag, str)
            and s is not level
            and s not in taken
            and s.tag not in FURNITURE_TAGS
            and s.tag != "article"
            and not furniture_hint(s, weak=True)
            and not related_hint(hint(s))
        ]
        if sibs:
            joined.extend(_continuations(sibs, level, inside, good, taken, h))
        level = parent
    if not joined:
        return containers
    out = containers + joined
    root = out[0].getroottree().getroot()
    return sorted(out, key=lambda el: _position(el, root))


def _position(el: HtmlElement, root: HtmlElement) -> tuple[int, ...]:
    """Where ``el`` stands in the tree of ``root``: the index of each of its ancestors (and its
    own) among their siblings, from the top down; document order is the order of these (an
    element outside that tree sorts with the root). A few elements are sorted: their paths
    are shorter work than numbering every element of the page."""
    path: list[int] = []
    node = el
    parent = node.getparent()
    while parent is not None:
        path.append(parent.index(node))
        node, parent = parent, parent.getparent()
    return tuple(reversed(path)) if node is root else ()


def _continuations(
    sibs: list[HtmlElement],
    level: HtmlElement,
    inside: list[Para],
    good: list[Para],
    taken: set[HtmlElement],
    h: Heuristics,
) -> list[HtmlElement]:
    """The boxes of ``sibs`` (beside ``level``) whose prose is built like the article's."""
    cand = set(sibs)
    # the article's paragraph keys, read relative to the box at this level that holds them
    keys = {_key(p.element, level) for p in inside}
    boxes = [level, *(c for c in taken if c.getparent() is level.getparent())]
    found: dict[HtmlElement, list[Para]] = {}
    for para in good:
        for a in para.element.iterancestors():
            if a in cand:
                found.setdefault(a, []).append(para)
                break
            if a is level or a.tag in _STOP:
                break
    out = []
    for box, ps in found.items():
        alike = [p for p in ps if _alike(_key(p.element, box), keys, box, boxes)]
        chars = sum(p.chars for p in alike)
        if not alike or chars < h.split_min_chars:
            continue
        if chars / len(alike) < h.split_para_chars:
            continue
        total = _chars(box)
        links = sum(_chars(a) for a in box.iter("a"))
        if links > h.split_link_share * total:
            continue
        # the article's own blocks beside its paragraphs (subheadings, lists, quotes, figures,
        # tables) are no text against it: the paragraphs weigh against the rest
        if chars < h.split_share * (total - sum(_chars(b) for b in _blocks(box))):
            continue
        out.append(box)
        taken.add(box)
    return out

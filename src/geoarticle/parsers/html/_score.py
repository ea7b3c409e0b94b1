"""Finding the article container: paragraphs vote for their ancestors, links count against.

Each paragraph-like element (``<p>``, ``<pre>``, ``<td>``, and ``<div>``-like
elements holding text but no block children) scores by its length and commas,
scaled down by its share of link text, and hands the score to its parent,
half of it to its grandparent and a sixth to the next ancestor. Candidates start
from a tag bonus and a class/id weight; the best one after the link-density
penalty wins, joined by siblings that score nearly as well.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from ._anchor import TitleRegion, anchored
from ._heuristics import Heuristics
from ._hints import FURNITURE_TAGS, class_sign, furniture_hint
from ._para import Para
from ._scan import own_text
from ._split import join_split

__all__ = ["find_container", "link_len"]

_TAG_BONUS = {
    "div": 5,
    "article": 10,
    "main": 10,
    "section": 3,
    "pre": 3,
    "td": 3,
    "blockquote": 3,
    "form": -3,
    "ol": -3,
    "ul": -3,
    "li": -3,
    "dl": -3,
    "address": -3,
    "th": -5,
    "h1": -5,
    "h2": -5,
    "h3": -5,
    "h4": -5,
    "h5": -5,
    "h6": -5,
}


def link_len(el: HtmlElement) -> int:
    """Characters of text inside the links of ``el``."""
    return sum(len(a.text_content()) for a in el.iter("a"))


def text_and_links(el: HtmlElement) -> tuple[int, int]:
    """Characters of text in ``el`` and of text inside its links."""
    return len(el.text_content()), link_len(el)


class _Sizes:
    """Characters of text (and of link text) of the elements one container search weighs:
    the search measures the same candidates and ancestors several times, and the tree does
    not change while it runs."""

    __slots__ = ("chars_of", "links_of")

    def __init__(self) -> None:
        self.chars_of: dict[HtmlElement, int] = {}
        self.links_of: dict[HtmlElement, int] = {}

    def chars(self, el: HtmlElement) -> int:
        """``len(el.text_content())``."""
        n = self.chars_of.get(el)
        if n is None:
            n = self.chars_of[el] = len(el.text_content())
        return n

    def text_and_links(self, el: HtmlElement) -> tuple[int, int]:
        """:func:`text_and_links` of ``el``."""
        links = self.links_of.get(el)
        if links is None:
            links = self.links_of[el] = link_len(el)
        return self.chars(el), links


def _paragraphs(elements: list[tuple[HtmlElement, bool]], h: Heuristics) -> list[Para]:
    """The elements long enough to count as paragraphs, weighed."""
    out = []
    for el, bad in elements:
        text = el.text_content()
        if len(text) < h.min_paragraph:  # (stripping only shortens it)
            continue
        n = len(text.strip())
        if n < h.min_paragraph or (n < h.min_cell and el.tag == "td"):
            continue
        commas = text.count(",") + text.count("，") + text.count("、")
        out.append(Para(el, n, commas, bad, link_len(el) if len(el) else 0))
    return out


def _mixed(found: list[tuple[HtmlElement, bool]], h: Heuristics) -> list[Para]:
    """Paragraph entries for text written straight into a ``<div>`` beside its blocks."""
    out = []
    for el, bad in found:
        text, links = own_text(el)
        if len(text) <= h.mixed_text:
            continue
        n = len(text.strip())
        commas = text.count(",") + text.count("，") + text.count("、")
        if n >= h.mixed_text and links * 3 < n:
            out.append(Para(el, n, commas, bad, links))
    return out


def _score(paras: list[Para], skip_furniture: bool, h: Heuristics) -> dict[HtmlElement, float]:
    votes: dict[HtmlElement, float] = {}
    for el, n, commas, bad, links in paras:
        if bad and skip_furniture:
            continue
        s = (1 + commas + min(n // 100, 3)) * max(0.0, 1 - links / n)
        if s <= 0:
            continue
        node = el.getparent()
        for div in (1.0, 2.0, 6.0):
            if node is None or node.tag == "html":
                break
            votes[node] = votes.get(node, 0.0) + s / div
            node = node.getparent()
    scores = {}
    for node, v in votes.items():
        bonus = _TAG_BONUS.get(node.tag, 0) + h.class_weight * class_sign(node)
        # hints count once a candidate holds some text: an empty "content" div is no article
        scores[node] = v + (bonus if v >= 5 or bonus < 0 else bonus * v / 5)
    return scores


def _final(
    scores: dict[HtmlElement, float], h: Heuristics, sizes: _Sizes
) -> list[tuple[float, HtmlElement]]:
    best = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)[: h.top_candidates]
    out = []
    for el, s in best:
        n, links = sizes.text_and_links(el)
        out.append((s * (1 - links / n) if n else 0.0, el))
    out.sort(key=lambda t: t[0], reverse=True)
    return out


def _siblings(
    top: HtmlElement,
    score: float,
    scores: dict[HtmlElement, float],
    h: Heuristics,
    sizes: _Sizes,
) -> list[HtmlElement]:
    parent = top.getparent()
    if parent is None or top.tag == "body":
        return [top]
    threshold = max(h.sibling_floor, score * h.sibling_share)
    top_class = top.get("class")
    kept = []
    for sib in parent:
        if sib is top:
            kept.append(sib)
            continue
        if not isinstance(sib.tag, str) or sib.tag in ("nav", "aside", "footer", "header", "form"):
            continue
        bonus = score * h.sibling_share if top_class and sib.get("class") == top_class else 0.0
        s = scores.get(sib)
        if s is not None:
            n, links = sizes.text_and_links(sib)
            if n and s * (1 - links / n) + bonus >= threshold and not furniture_hint(sib):
                kept.append(sib)
                continue
        if sib.tag == "p":
            n, links = sizes.text_and_links(sib)
            if (n > 80 and links / n < 0.25) or (
                0 < n <= 80 and links == 0 and sib.text_content().rstrip().endswith(".")
            ):
                kept.append(sib)
    return kept


def _climb(
    top: HtmlElement,
    ranked: list[tuple[float, HtmlElement]],
    scores: dict[HtmlElement, float],
    h: Heuristics,
    sizes: _Sizes,
    fence: HtmlElement | None = None,
) -> HtmlElement:
    """Move up from the best candidate when its ancestors gather several strong candidates
    (an article split into blocks) or score higher than it (more content lurks beside it),
    never to an ancestor holding ``fence`` (the next article's title)."""
    top_score = ranked[0][0]
    least = min(h.climb_chars, sizes.chars(top))
    others = [
        el for s, el in ranked[1:6] if s >= h.climb_share * top_score and sizes.chars(el) >= least
    ]
    if len(others) >= 2:
        lineages = [{el, *el.iterancestors()} for el in others]
        for parent in top.iterancestors():
            if parent.tag in ("body", "html") or _holds(parent, fence):
                break
            if sum(parent in lin for lin in lineages) >= 2:
                top = parent
                break
    last = scores.get(top, top_score)
    threshold = last / 3
    parent = top.getparent()
    while parent is not None and parent.tag not in ("body", "html") and not _holds(parent, fence):
        ps = scores.get(parent)
        if ps is None:
            parent = parent.getparent()
            continue
        if ps < threshold:
            break
        if ps > last:
            top = parent
            break
        last = ps
        parent = parent.getparent()
    while True:
        parent = top.getparent()
        if parent is None or parent.tag in ("body", "html") or len(parent) != 1:
            break
        top = parent
    return top


def _holds(el: HtmlElement, fence: HtmlElement | None) -> bool:
    """True when ``el`` holds ``fence``."""
    return fence is not None and (el is fence or any(a is el for a in fence.iterancestors()))


def _good_text(paras: list[Para]) -> dict[HtmlElement, int]:
    """Characters of content-like paragraphs under each element."""
    good: dict[HtmlElement, int] = {}
    for el, n, _, bad, links in paras:
        if bad or links * 2 > n:
            continue
        for a in el.iterancestors():
            good[a] = good.get(a, 0) + n
    return good


def _grow(
    top: HtmlElement, paras: list[Para], sizes: _Sizes, fence: HtmlElement | None = None
) -> HtmlElement:
    """Widen the container while what a wider ancestor adds is mostly good paragraphs (never
    to an ancestor holding ``fence``, the next article's title)."""
    good = _good_text(paras)
    cur_good = good.get(top, 0)
    cur_total = sizes.chars(top)
    for parent in top.iterancestors():
        if parent.tag in ("body", "html") or _holds(parent, fence):
            break
        g = good.get(parent, 0)
        t = sizes.chars(parent)
        added, added_good = t - cur_total, g - cur_good
        if added > 20 and added_good < 0.5 * added:
            break
        if added_good > 0:
            top = parent
        cur_good, cur_total = g, t
    return top


_SEMANTIC_PARTS = frozenset(("header", "section", "aside", "footer", "nav", "figure"))


def _sole_article(
    top: HtmlElement, article: HtmlElement | None, main: HtmlElement | None
) -> HtmlElement | None:
    """The page's one ``<article>`` (``article``, found once by :func:`_only`; ``main`` its
    one ``<main>``) when it holds the best candidate: a semantic page (ours among them)
    marks the whole article, short sections and all."""
    for tag in ("article", "main"):
        found = article if tag == "article" else main
        if found is None or found is top or not any(a is found for a in top.iterancestors()):
            continue
        tags = {c.tag for c in found}
        if tag == "main":
            # a landing page: a <main> made only of several sections, few of them links
            if (
                tags == {"section"}
                and len(found) > 1
                and link_len(found) * 4 < len(found.text_content())
            ):
                return found
        elif "section" in tags and tags <= _SEMANTIC_PARTS:
            return found
    return None


def _only(body: HtmlElement, *tags: str) -> list[HtmlElement | None]:
    """The page's one element of each of ``tags`` (None for a tag it has none or several
    of), found in one walk."""
    found: dict[str, HtmlElement | None] = {}
    for el in body.iter(*tags):
        tag = el.tag
        found[tag] = el if tag not in found else None
    return [found.get(tag) for tag in tags]


def _article_rival(
    found: HtmlElement | None,
    top: HtmlElement,
    ranked: list[tuple[float, HtmlElement]],
    h: Heuristics,
    sizes: _Sizes,
) -> tuple[float, HtmlElement] | None:
    """The best candidate inside the page's one ``<article>`` (``found``) when the best of
    all lies outside it and it is strong (``weak_score``, ``article_rival_chars``): the page
    marks where its story is, and what outscores it elsewhere is a stream of other stories."""
    if found is None or found is top:
        return None
    if any(a is found for a in top.iterancestors()) or any(a is top for a in found.iterancestors()):
        return None
    for entry in ranked:
        score, el = entry
        if el is found or any(a is found for a in el.iterancestors()):
            strong = score >= h.weak_score and sizes.chars(el) >= h.article_rival_chars
            return entry if strong else None
    return None


def _in_furniture(el: HtmlElement, paras: list[Para] | None, h: Heuristics) -> bool:
    """True when ``el`` itself is a comment list or other furniture: a furniture tag, or a
    furniture name. Given the page's ``paras`` (when no strong candidate lies outside
    furniture), a name is a hint weighed against the prose it holds: a box whose own
    paragraphs (its children, not a list of comments or nested boxes) hold most of the
    page's paragraph text is the article (one in a box named "cuerpo-ad")."""
    if el.tag in ("aside", "nav", "footer", "form"):
        return True
    if not furniture_hint(el):
        return False
    if paras is None:
        return True
    total = own = 0
    for p in paras:
        total += p.chars
        if p.element.getparent() is el:
            own += p.chars
    return own < h.wrapper_share * total


def find_container(
    body: HtmlElement,
    candidates: list[tuple[HtmlElement, bool]],
    mixed: list[tuple[HtmlElement, bool]] | None,
    h: Heuristics,
    region: TitleRegion | None = None,
    measured: dict[HtmlElement, int] | None = None,
) -> list[HtmlElement]:
    """The elements that hold the article, in document order (``[body]`` when unsure).

    ``candidates`` are the paragraph-like elements of ``body`` (see :mod:`._scan`);
    ``mixed`` the ``<div>`` elements with block children, whose own text beside them (read
    on the cleaned tree) joins the vote only when the paragraphs alone find no strong
    candidate; ``region`` the
    title's region, whose heading vouches for the candidates after it (:mod:`._anchor`);
    ``measured``, when given, receives the text lengths (``len(el.text_content())``) the
    search measured, for the caller to read instead of measuring again.
    """
    sizes = _Sizes()
    if measured is not None:
        sizes.chars_of = measured
    paras = _paragraphs(candidates, h)
    scores: dict[HtmlElement, float] | None = None
    if mixed:
        scores = _score(paras, True, h)
        best = max(scores.values()) if scores else 0.0
        if best < h.weak_score:
            extra = _mixed(mixed, h)  # (read only now: most pages never need them)
            if extra:
                paras = paras + extra
                scores = None  # scored again below, with the mixed text
    if not paras:
        return [body]
    total = sum(p.chars for p in paras)
    if scores is None:
        scores = _score(paras, True, h)
    ranked = _final(scores, h, sizes) if scores else []
    weak = h.weak_score
    if not ranked or ranked[0][0] < weak or sizes.chars(ranked[0][1]) < h.doubt_share * total:
        # boilerplate words in a wrapper's class hid the article: score again without that test
        all_scores = _score(paras, False, h)
        alt = _final(all_scores, h, sizes)
        if alt and (
            not ranked
            or (
                (
                    sizes.chars(alt[0][1]) > 2 * sizes.chars(ranked[0][1])
                    # a weak best candidate loses to one several times as strong
                    or (
                        ranked[0][0] < weak
                        and alt[0][0] > 3 * max(ranked[0][0], 1.0)
                        and sizes.chars(alt[0][1]) > 500
                        and not any(a.tag in FURNITURE_TAGS for a in alt[0][1].iterancestors())
                    )
                )
                and not _in_furniture(alt[0][1], paras if ranked[0][0] < weak else None, h)
            )
        ):
            scores, ranked = all_scores, alt
    if not ranked:
        return [body]
    top_score, top = ranked[0]
    # sole-article: the best candidate inside the page's one <article> beats a stronger one
    # outside it
    sole, main = _only(body, "article", "main")
    rival = _article_rival(sole, top, ranked, h, sizes)
    if rival is not None:
        top_score, top = rival
        ranked = [rival, *(r for r in ranked if r is not rival)]
    # title-anchor: a best candidate under the next article's title gives way to the title's
    titled = anchored(region, top, top_score, scores, body, h, sizes.text_and_links, weak=False)
    if titled is not None:
        # the other strong candidates lie under other titles: no split article to gather
        top, ranked = titled, [(top_score, titled)]
    # title-fence: the title's candidate does not widen over the next article's title
    fence = region.fence(top) if region is not None else None
    inside = sole is not None and (sole is top or any(a is sole for a in top.iterancestors()))
    top = _climb(top, ranked, scores, h, sizes, fence)
    if inside and sole is not None and any(a is top for a in sole.iterancestors()):
        top = sole  # the climb does not leave the page's one <article> for what lies beside it
    # ... and a short box under a heading of its own gives way to it too
    titled = anchored(region, top, top_score, scores, body, h, sizes.text_and_links)
    if titled is not None:
        top = titled
        fence = region.fence(top) if region is not None else None
    top = _grow(top, paras, sizes, fence)
    article = _sole_article(top, sole, main)
    if article is not None:
        return [article]
    return join_split(_siblings(top, scores.get(top, top_score), scores, h, sizes), paras, h)

"""schema.org JSON-LD blocks read into small typed records before any decision is made.

Tolerates what pages really ship: ``<![CDATA[`` wrappers, HTML comments,
entity-escaped JSON, trailing commas, several objects in one block, ``@graph``,
arrays, ``@id`` references and values of the wrong type. Blocks over the size
bound are skipped with a warning; walking stops at a fixed depth and node count.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

import attrs

__all__ = ["LdArticle", "LdImage", "LdPage", "LdPerson", "read_jsonld"]

_MAX_DEPTH = 12
_MAX_NODES = 2_000
_ARTICLE_TYPES = {
    "newsarticle": 4,
    "reportagenewsarticle": 4,
    "analysisnewsarticle": 4,
    "opinionnewsarticle": 4,
    "backgroundnewsarticle": 4,
    "reviewnewsarticle": 4,
    "askpublicnewsarticle": 4,
    "liveblogposting": 4,
    "article": 3,
    "blogposting": 3,
    "scholarlyarticle": 3,
    "techarticle": 3,
    "report": 3,
    "satiricalarticle": 3,
    "socialmediaposting": 2,
    "discussionforumposting": 2,
    "posting": 2,
    "review": 1,
    "creativework": 1,
}
_SITE_TYPES = {"website"}
_ORG_TYPES = {
    "organization",
    "newsmediaorganization",
    "corporation",
    "ngo",
    "governmentorganization",
}
_WRAPPERS = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
# where ``articleBody`` markup breaks a paragraph; the other tags are dropped
_BODY_BREAKS = re.compile(r"<\s*(?:br|/?p|/?div|/?h[1-6]|/?li|/?blockquote)\b[^>]*>", re.IGNORECASE)
_BODY_TAGS = re.compile(r"<[^>]{0,500}>")


@attrs.frozen
class LdPerson:
    """An ``author`` entry: a Person or an Organization."""

    name: str
    is_org: bool = False
    role: str | None = None
    affiliation: str | None = None
    url: str | None = None


@attrs.frozen
class LdImage:
    """An ``image`` entry (URL or ImageObject)."""

    url: str
    caption: str | None = None
    credit: str | None = None
    license: str | None = None


@attrs.frozen
class LdArticle:
    """The fields of the page's main article node that metadata uses."""

    type: str
    headline: str | None = None
    name: str | None = None
    alternative_headline: str | None = None
    description: str | None = None
    authors: tuple[LdPerson, ...] = ()
    creators: tuple[LdPerson, ...] = ()
    published: str | None = None
    modified: str | None = None
    created: str | None = None
    sections: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    language: str | None = None
    url: str | None = None
    image: LdImage | None = None
    publisher: str | None = None
    #: ``articleBody`` cut into paragraphs (its line breaks or markup), whitespace collapsed
    body: tuple[str, ...] = ()


@attrs.frozen
class LdPage:
    """Everything the JSON-LD of one page says, and what could not be read."""

    article: LdArticle | None = None
    site_name: str | None = None
    warnings: tuple[str, ...] = ()


# --- loading -----------------------------------------------------------------------------


def _load(text: str) -> list[Any]:
    """The JSON values in one script block; [] when none can be read."""
    text = text.strip()
    if "<!" in text or "]]>" in text or "-->" in text:  # what every wrapper holds
        text = _WRAPPERS.sub("", text).strip()
    if not text:
        return []
    attempts = [text]
    if "&#" in text or "&quot;" in text:
        attempts.insert(0, html.unescape(re.sub(r"& #|&# ", "&#", text)))
    # (most blocks are valid JSON: the trailing-comma repair is made only when needed)
    for candidate in _variants(attempts):
        try:
            return [json.loads(candidate, strict=False)]
        except (ValueError, RecursionError):
            pass
    for candidate in list(_variants(attempts)):
        values = _raw_decode_all(candidate)
        if values:
            return values
    return []


def _variants(attempts: list[str]) -> Iterator[str]:
    """Each attempt as it is, then without trailing commas."""
    for text in attempts:
        yield text
        yield _TRAILING_COMMA.sub(r"\1", text)


def _raw_decode_all(text: str) -> list[Any]:
    decoder = json.JSONDecoder(strict=False)
    out: list[Any] = []
    pos = failures = 0
    while len(out) < 20 and failures < 20:  # bounded: each attempt may read to the end
        starts = [i for i in (text.find("{", pos), text.find("[", pos)) if i >= 0]
        if not starts:
            break
        start = min(starts)
        try:
            value, end = decoder.raw_decode(text, start)
        except RecursionError:
            break  # nested too deep: every later start inside it is as deep
        except ValueError:
            failures += 1
            pos = start + 1
            continue
        if isinstance(value, dict) or (
            isinstance(value, list) and any(isinstance(v, dict) for v in value)
        ):
            out.append(value)
        pos = end
    return out


# --- walking -----------------------------------------------------------------------------


def _types(node: dict[str, Any]) -> list[str]:
    raw = node.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    out = []
    for v in values:
        if isinstance(v, str):
            out.append(v.rsplit("/", 1)[-1].rsplit(":", 1)[-1].strip().lower())
    return out


def _walk(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Top-level nodes: the values themselves, ``@graph`` members, list items, ``mainEntity``."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value[:_MAX_NODES]:
            yield from _walk(item, depth + 1)
    elif isinstance(value, dict):
        graph = value.get("@graph")
        if graph is not None:
            yield from _walk(graph, depth + 1)
        if "@type" in value:
            yield value
        main = value.get("mainEntity")
        if isinstance(main, (dict, list)):
            yield from _walk(main, depth + 1)


def _index(value: Any, out: dict[str, dict[str, Any]], depth: int = 0) -> None:
    """Every node with an ``@id``, for resolving references."""
    if depth > _MAX_DEPTH or len(out) > _MAX_NODES:
        return
    if isinstance(value, list):
        for item in value[:_MAX_NODES]:
            _index(item, out, depth + 1)
    elif isinstance(value, dict):
        node_id = value.get("@id")
        if isinstance(node_id, str) and len(value) > 1:
            out.setdefault(node_id, value)
        for v in value.values():
            if isinstance(v, (dict, list)):
                _index(v, out, depth + 1)


# --- typed values ------------------------------------------------------------------------


class _Reader:
    def __init__(self, values: list[Any]) -> None:
        self.values = values
        #: every node with an ``@id`` (:func:`_index`), gathered at the first reference met:
        #: most pages' JSON-LD refers to none
        self.ids: dict[str, dict[str, Any]] | None = None

    def node(self, value: Any) -> Any:
        if isinstance(value, dict) and set(value) <= {"@id", "@type"}:
            ref = value.get("@id")
            if isinstance(ref, str):
                ids = self.ids
                if ids is None:
                    ids = self.ids = {}
                    _index(self.values, ids)
                return ids.get(ref, value)
        return value

    def text(self, value: Any) -> str | None:
        value = self.node(value)
        if isinstance(value, list) and value:
            return self.text(value[0])
        if isinstance(value, dict):
            for key in ("name", "@value", "headline", "text"):
                if key in value:
                    return self.text(value[key])
            return None
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = " ".join(html.unescape(str(value)).split())
            return text or None
        return None

    def texts(self, value: Any, *, split_commas: bool = False) -> tuple[str, ...]:
        value = self.node(value)
        items = value if isinstance(value, list) else [value]
        out: list[str] = []
        for item in items[:200]:
            text = self.text(item)
            if not text:
                continue
            parts = text.split(",") if split_commas else [text]
            out.extend(p.strip() for p in parts if p.strip())
        return tuple(out)

    def url(self, value: Any) -> str | None:
        value = self.node(value)
        if isinstance(value, list) and value:
            return self.url(value[0])
        if isinstance(value, dict):
            return self.url(value.get("url") or value.get("contentUrl") or value.get("@id"))
        if isinstance(value, str) and value.strip():
            return value.strip()
        return None

    def people(self, value: Any) -> tuple[LdPerson, ...]:
        value = self.node(value)
        if isinstance(value, dict) and "@list" in value:
            value = value["@list"]
        items = value if isinstance(value, list) else [value]
        out: list[LdPerson] = []
        for item in items[:50]:
            item = self.node(item)
            if isinstance(item, str):
                plain = " ".join(item.split())
                if plain:
                    out.append(LdPerson(name=plain))
            elif isinstance(item, dict):
                name = self.text(item.get("name"))
                if not name:
                    given, family = (
                        self.text(item.get("givenName")),
                        self.text(item.get("familyName")),
                    )
                    name = " ".join(p for p in (given, family) if p) or None
                if name:
                    out.append(
                        LdPerson(
                            name=name,
                            is_org=bool(set(_types(item)) & _ORG_TYPES),
                            role=self.text(item.get("jobTitle")),
                            affiliation=self.text(item.get("affiliation") or item.get("worksFor")),
                            url=self.url(item.get("url")),
                        )
                    )
        return tuple(out)

    def image(self, value: Any) -> LdImage | None:
        value = self.node(value)
        if isinstance(value, dict) and "@list" in value:
            value = value["@list"]
        if isinstance(value, list):
            return self.image(value[0]) if value else None
        if isinstance(value, str):
            return LdImage(url=value.strip()) if value.strip() else None
        if isinstance(value, dict):
            url = self.url(value.get("url") or value.get("contentUrl"))
            if not url:
                return None
            credit = self.text(
                value.get("creditText")
                or value.get("copyrightHolder")
                or value.get("author")
                or value.get("creator")
            )
            return LdImage(
                url=url,
                caption=self.text(value.get("caption") or value.get("description")),
                credit=credit,
                license=self.text(value.get("license")),
            )
        return None

    def body(self, value: Any) -> tuple[str, ...]:
        """``articleBody`` as paragraphs: split at its line breaks or its paragraph markup."""
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str)), None)
        if not isinstance(value, str) or not value.strip():
            return ()
        if "<" in value:
            value = _BODY_TAGS.sub("", _BODY_BREAKS.sub("\n", value))
        value = html.unescape(value)
        # (a split at each line break, white-space-only lines dropped: the same lines as a
        # split at each run of white space holding one, several times faster)
        return tuple(" ".join(line.split()) for line in value.strip().split("\n") if line.strip())

    def article(self, node: dict[str, Any], kind: str) -> LdArticle:
        publisher = self.node(node.get("publisher") or node.get("sourceOrganization"))
        return LdArticle(
            type=kind,
            headline=self.text(node.get("headline")),
            name=self.text(node.get("name")),
            alternative_headline=self.text(node.get("alternativeHeadline")),
            description=self.text(node.get("description")),
            authors=self.people(node.get("author")),
            creators=self.people(node.get("creator")),
            published=self.text(node.get("datePublished")),
            modified=self.text(node.get("dateModified")),
            created=self.text(node.get("dateCreated") or node.get("uploadDate")),
            sections=self.texts(node.get("articleSection")),
            keywords=self.texts(node.get("keywords"), split_commas=True),
            language=self.text(node.get("inLanguage")),
            url=self.url(node.get("url")) or self.url(node.get("mainEntityOfPage")),
            image=self.image(node.get("image")) or self.image(node.get("thumbnailUrl")),
            publisher=self.text(publisher),
            body=self.body(node.get("articleBody")),
        )


def read_jsonld(scripts: tuple[str, ...], *, max_chars: int) -> LdPage:
    """The main article and site name the page's JSON-LD blocks declare."""
    warnings: list[str] = []
    values: list[Any] = []
    for i, script in enumerate(scripts):
        if len(script) > max_chars:
            warnings.append(
                f"JSON-LD block {i} skipped: {len(script)} characters, over {max_chars}"
            )
            continue
        loaded = _load(script)
        if not loaded and script.strip():
            warnings.append(f"JSON-LD block {i} could not be read as JSON")
        values.extend(loaded)
    if not values:
        return LdPage(warnings=tuple(warnings))
    reader = _Reader(values)
    best: tuple[int, dict[str, Any], str] | None = None
    site_name = org_name = None
    for node in _walk(values):
        kinds = _types(node)
        for kind in kinds:
            score = _ARTICLE_TYPES.get(kind, 0)
            if score and (node.get("headline") or node.get("name")):
                score += 1
            if score and (best is None or score > best[0]):
                best = (score, node, kind)
        if site_name is None and set(kinds) & _SITE_TYPES:
            site_name = reader.text(node.get("name"))
        if org_name is None and set(kinds) & _ORG_TYPES:
            org_name = reader.text(node.get("name"))
    article = reader.article(best[1], best[2]) if best else None
    return LdPage(article=article, site_name=site_name or org_name, warnings=tuple(warnings))

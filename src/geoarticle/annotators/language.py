"""Whether the annotators' English rules apply to an article.

The gazetteers, titles and triggers are English: run on another language they
find capitalised words that are no names and verbs that are no events. An
article whose ``language`` tag names another language, or (when it has none)
whose body has too few English function words, is not annotated, and carries
a warning that says so.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

from ..models import Article

__all__ = ["uncovered_language"]

_WORD = re.compile(r"[^\W\d_]+")
#: Words needed before the text is judged, and the share of English stop words below
#: which it is not English (English prose runs at 0.35-0.55; French, German or
#: Spanish prose at under 0.08).
_MIN_WORDS = 40
_MIN_SHARE = 0.12
_SAMPLE = 6000


@functools.cache
def _english() -> frozenset[str]:
    raw = resources.files("geoarticle").joinpath("data/meta/stopwords.json").read_text("utf-8")
    return frozenset(json.loads(raw)["en"])


def _sample(article: Article) -> str:
    parts: list[str] = []
    size = 0
    for section in article.sections:
        for block in section.blocks:
            text = getattr(block, "text", None)
            if isinstance(text, str):
                parts.append(text)
                size += len(text)
                if size >= _SAMPLE:
                    return " ".join(parts)
    return " ".join(parts)


def uncovered_language(article: Article) -> str | None:
    """A warning when the article is not in English, else None.

    An article tagged with another language is not covered; one tagged English
    or untagged is, unless the share of English stop words among the first
    words of its body says otherwise (pages mistag their language). A body too
    short to judge is annotated.
    """
    tag = article.language
    if tag is not None and tag.split("-")[0].lower() != "en":
        return f"language {tag!r} is not covered by the annotators (English rules): no actors or events"
    words = _WORD.findall(_sample(article))
    if len(words) < _MIN_WORDS:
        return None
    english = _english()  # for speed: looked up once, and the words counted by map
    share = sum(map(english.__contains__, map(str.casefold, words))) / len(words)
    if share >= _MIN_SHARE:
        return None
    return (
        "the text does not read as English (few English function words): "
        "no actors or events (the annotators' rules are English)"
    )

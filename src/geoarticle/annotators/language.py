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
#: The characters whose case folding is no run of letters of :data:`_WORD` ("İ" folds to
#: "i" and a combining dot; "ΐ" to a letter and combining marks), and the combining mark
#: that folds to a letter: where none is in a text, folding it whole and cutting it into
#: words gives the words of cutting it first and folding each.
_FOLD_SPLITS = re.compile(
    "[\u0130\u01f0\u0390\u03b0\u0345\u1e96-\u1e99\u1f50\u1f52\u1f54\u1f56"
    "\u1fb6\u1fb7\u1fc6\u1fc7\u1fd2\u1fd3\u1fd6\u1fd7\u1fe2-\u1fe4\u1fe6\u1fe7"
    "\u1ff6\u1ff7]"
)


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
    sample = _sample(article)
    # for speed, the sample folded whole where that cuts the same words as folding each
    english = _english()
    if _FOLD_SPLITS.search(sample) is None:
        words = _WORD.findall(sample.casefold())
        hits = sum(map(english.__contains__, words))
    else:
        words = _WORD.findall(sample)
        hits = sum(map(english.__contains__, map(str.casefold, words)))
    if len(words) < _MIN_WORDS:
        return None
    share = hits / len(words)
    if share >= _MIN_SHARE:
        return None
    return (
        "the text does not read as English (few English function words): "
        "no actors or events (the annotators' rules are English)"
    )

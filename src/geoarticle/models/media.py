"""Image credits and related links: the parts of a page that are about other things."""

from __future__ import annotations

import attrs

from ._checks import of, optional_of, to_tuple, tuple_of

__all__ = ["ImageCredit", "RelatedLink"]


@attrs.frozen(kw_only=True)
class ImageCredit:
    """An image of the article and who made it.

    ``Image 1: U.S. Department of State via Flickr`` gives
    ``ImageCredit(label="Image 1", credit="U.S. Department of State", via="Flickr")``.
    """

    #: The label the page gives the image ("Image 1", "Photo"), if any.
    label: str | None = attrs.field(default=None, validator=optional_of(str))
    #: Who made the image: a person, agency or institution.
    credit: str | None = attrs.field(default=None, validator=optional_of(str))
    #: Where it was published or obtained ("Flickr", "Wikimedia Commons").
    via: str | None = attrs.field(default=None, validator=optional_of(str))
    #: The caption shown with the image.
    caption: str | None = attrs.field(default=None, validator=optional_of(str))
    #: Alternative text of the image.
    alt: str | None = attrs.field(default=None, validator=optional_of(str))
    #: The image URL.
    src: str | None = attrs.field(default=None, validator=optional_of(str))
    #: The licence, when the page states one ("CC BY-SA 2.0").
    license: str | None = attrs.field(default=None, validator=optional_of(str))


@attrs.frozen(kw_only=True)
class RelatedLink:
    """A teaser for another article (a "Related articles" or "Read more" entry)."""

    #: The linked article's title, without category labels.
    title: str = attrs.field(validator=of(str))
    #: The link target, when known.
    url: str | None = attrs.field(default=None, validator=optional_of(str))
    #: Category labels shown with the teaser.
    categories: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(str)
    )
    #: The teaser's excerpt, as shown (often ending in an ellipsis).
    excerpt: str | None = attrs.field(default=None, validator=optional_of(str))

"""Small metadata types: authors, datelines, where a field came from."""

from __future__ import annotations

import enum

import attrs

from ._checks import of, optional_of

__all__ = ["Author", "AuthorKind", "Dateline", "FieldSource"]


class AuthorKind(str, enum.Enum):
    """Whether a byline names a person or an organisation."""

    PERSON = "person"
    AGENCY = "agency"  #: a wire agency ("AP", "Reuters")
    STAFF = "staff"  #: "Staff", "Editorial Board" and the like


@attrs.frozen(kw_only=True)
class Author:
    """An author of the article."""

    #: The author's name, without 'By', dates or roles.
    name: str = attrs.field(validator=of(str))
    #: Person, wire agency or staff.
    kind: AuthorKind = attrs.field(default=AuthorKind.PERSON, validator=of(AuthorKind))
    #: Job title or role ("Senior Fellow").
    role: str | None = attrs.field(default=None, validator=optional_of(str))
    #: Institution ("Stimson Center").
    affiliation: str | None = attrs.field(default=None, validator=optional_of(str))
    #: The author's page, when linked.
    url: str | None = attrs.field(default=None, validator=optional_of(str))


@attrs.frozen(kw_only=True)
class Dateline:
    """A wire dateline: ``ISLAMABAD, Oct 24 (Agency) -``."""

    #: The place named in the dateline.
    place: str = attrs.field(validator=of(str))
    #: The date as written, when given ("Oct 24").
    date_text: str | None = attrs.field(default=None, validator=optional_of(str))
    #: The wire agency, when named.
    agency: str | None = attrs.field(default=None, validator=optional_of(str))


@attrs.frozen(kw_only=True)
class FieldSource:
    """Where a metadata field's value came from.

    ``source`` is one of ``jsonld``, ``opengraph``, ``twitter``, ``meta``,
    ``time``, ``byline``, ``title``, ``url``, ``text``.
    """

    #: The Article field name.
    field: str = attrs.field(validator=of(str))
    #: Where the value came from (jsonld, opengraph, meta, time, byline, url, text ...).
    source: str = attrs.field(validator=of(str))

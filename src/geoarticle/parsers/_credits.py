"""Image credit lines, shared by the text parser and the HTML body parser.

:func:`parse_credit` reads one line (a caption, a credit line, a ``<figcaption>``
text) and returns the :class:`~geoarticle.models.ImageCredit` it states, or None.
The forms it knows, with what each gives:

=================================================  =========================================
line                                               label / credit / via (caption, license)
=================================================  =========================================
``Image 1: Ministry of Defence via Flickr``         ``Image 1`` / ``Ministry of Defence`` / ``Flickr``
``Photo: Jane Roe/Agency``                         ``Photo`` / ``Jane Roe`` / ``Agency``
``(Image: Jane Roe via Flickr)``                   ``Image`` / ``Jane Roe`` / ``Flickr``
``Credit: Jane Roe`` / ``Source: Ministry X``      ``Credit`` / ``Jane Roe`` / None
``Photo by Jane Roe/Agency``, ``(Photo by ...)``   ``Photo`` / ``Jane Roe`` / ``Agency``
``Courtesy of the Ministry``, ``Photo courtesy``   None or ``Photo`` / ``the Ministry`` / None
``AP Photo/Jane Roe``                              None / ``Jane Roe`` / ``AP``
``Ministry of Defence via Flickr``                  None / ``Ministry of Defence`` / ``Flickr``
``Troops at the border. (Photo: J. Roe/Agency)``   caption ``Troops at the border.`` + the credit
``Image 2: J. Roe via Flickr (CC BY-SA 2.0)``      ... + license ``CC BY-SA 2.0``
=================================================  =========================================

Guards keep running text out: the credit part must be short (at most
:data:`MAX_CREDIT_WORDS` words, no sentence break inside), a label must be one
of the image or credit words above, and a line without a label is taken only
in the ``X via Y`` form with both sides short and capitalised. ``Figure 1:``,
``Map:`` and ``Chart:`` lines are chart captions, not credits, and give None.

Each call does a cheap keyword test before any pattern, and every pattern is
anchored and free of nested quantifiers, so lines of any length are linear.
"""

from __future__ import annotations

import re

from ..models import ImageCredit

__all__ = ["MAX_CREDIT_WORDS", "parse_credit", "read_marked_credit"]

#: Longest credit (person or institution) accepted, in words.
MAX_CREDIT_WORDS = 12

_IMAGE_WORDS = (
    r"(?:image|photo|photograph|picture|pic|illustration|cover image|featured image|header image|"
    r"top image|lead image|main image|"
    # German, Spanish, French, Italian: "Foto: X/dpa", "Titelbild: X", "Imagen: X"
    r"fotos?|bild|bilder|titelbild|beitragsbild|headerbild|aufmacherbild|bildquelle|bildnachweis|"
    r"imagen|fotografía|crédit photo|immagine)"
)
_LABEL = re.compile(
    rf"(?P<label>(?:{_IMAGE_WORDS}(?:\s+(?:credit|source))?|credits?|source|image source|photo credits?)(?:\s+\d{{1,3}})?)"
    r"\s*(?::|\s[-–—]\s)\s*(?P<rest>\S.*)\Z",
    re.IGNORECASE,
)
_BY = re.compile(rf"(?P<label>{_IMAGE_WORDS})\s+(?:by|credit)\s*:?\s+(?P<rest>\S.*)\Z", re.I)
_COURTESY = re.compile(
    rf"(?:(?P<label>{_IMAGE_WORDS})\s*:?\s+)?courtesy(?:\s+of)?\s*:?\s+(?P<rest>\S.*)\Z", re.I
)
_AGENCY_PHOTO = re.compile(
    r"\A(?P<via>[A-Z][\w.&]{0,40}(?:\s[A-Z][\w.&]{0,40}){0,2})\s+Photos?\s*/\s*(?P<rest>\S.*)\Z"
)
# (?<!\s): a whitespace run is tried once, from its start (linear, not quadratic, on long runs)
_BARE_VIA = re.compile(r"\A(?P<credit>\S.*?)(?<!\s)\s+via\s+(?P<via>\S.*)\Z")
_VIA = re.compile(r"(?<!\s)\s+via\s+", re.I)
# a licence, optionally "licensed under" it: "CC BY-SA 2.0", "CC0", "public domain"
_LICENCE_NAME = (
    r"(?:licen[sc]ed\s+under\s+)?"
    r"(?P<lic>CC0(?:\s1\.0)?|CC[\s-]BY(?:[\s-](?:SA|ND|NC)){0,2}(?:\s\d\.\d)?|public domain)"
)
_LICENSE = re.compile(rf"(?<![\s,;])[\s,;]*\(?{_LICENCE_NAME}\)?\s*\Z", re.IGNORECASE)
_TRAILING_PAREN = re.compile(r"\((?P<inner>[^()]{1,200})\)\s*\Z")
_TRAILING_LABEL = re.compile(
    rf"(?<=[.!?\"”])\s+(?P<tail>(?:{_IMAGE_WORDS}|credit|source)\s*(?::|by\s).*)\Z", re.I
)
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")
_KEYWORDS = (
    "image",
    "photo",
    "picture",
    "pic",
    "illustration",
    "credit",
    "source",
    "courtesy",
    " via ",
    "foto",
    "bild",
    "imagen",
    "immagine",
)


def _short(text: str) -> bool:
    return 0 < len(text.split()) <= MAX_CREDIT_WORDS and not _SENTENCE_BREAK.search(text)


def _split_license(text: str) -> tuple[str, str | None]:
    m = _LICENSE.search(text)
    if not m or m.start() == 0:
        return text, None
    return text[: m.start()].rstrip(" ,;"), m["lic"]


def _split_via(text: str) -> tuple[str, str | None]:
    """``X via Y`` or ``X/Agency`` into credit and via."""
    parts = _VIA.split(text)
    if len(parts) >= 2:
        return " via ".join(parts[:-1]).strip(), parts[-1].strip() or None
    if "/" in text and "://" not in text:
        credit, _, via = text.rpartition("/")
        if credit.strip() and via.strip() and len(via.split()) <= 4:
            return credit.strip(), via.strip()
    return text, None


def _clean(text: str) -> str:
    return text.strip().strip(".,;").strip()


def _build(label: str | None, rest: str, caption: str | None) -> ImageCredit | None:
    rest, lic = _split_license(rest.strip())
    agency = _AGENCY_PHOTO.match(rest)
    if agency:
        credit, via = agency["rest"], agency["via"]
    else:
        credit, via = _split_via(rest)
    credit, via = _clean(credit), _clean(via) if via else None
    if not credit or not _short(credit) or (via is not None and not _short(via)):
        return None
    return ImageCredit(
        label=label.strip() if label else None,
        credit=credit,
        via=via or None,
        caption=caption or None,
        license=lic,
    )


def _parse_bare(line: str, caption: str | None) -> ImageCredit | None:
    """A credit line in one of the labelled, ``by``, ``courtesy`` or bare ``via`` forms."""
    for pattern in (_LABEL, _BY, _COURTESY):
        m = pattern.match(line)
        if m:
            return _build(m["label"], m["rest"], caption)
    m = _AGENCY_PHOTO.match(line)
    if m:
        return _build(None, line, caption)
    m = _BARE_VIA.match(line)
    if (
        m
        and len(line.split()) <= MAX_CREDIT_WORDS
        and line[:1].isupper()
        and m["via"][:1].isupper()
        and not line.rstrip().endswith((".", "!", "?"))
    ):
        return _build(None, line, caption)
    return None


def parse_credit(line: str) -> ImageCredit | None:
    """The ImageCredit a credit line states, or None when ``line`` is not one.

    ``line`` may carry a caption before a trailing credit, in parentheses or
    after the caption's last sentence (``"Troops on patrol. Photo: J. Roe/Agency"``);
    the caption then goes to ``ImageCredit.caption``. See the module docstring
    for every accepted form.
    """
    text = line.strip()
    if not text or len(text) > 2000:
        return None
    low = text.lower()
    if not any(k in low for k in _KEYWORDS) and "/" not in text:
        return None
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        return _parse_bare(text[1:-1].strip(), None)
    found = _parse_bare(text, None)
    if found is not None:
        return found
    m = _TRAILING_PAREN.search(text)
    if m and m.start() > 0:
        found = _parse_bare(m["inner"].strip(), text[: m.start()].strip())
        if found is not None:
            return found
    m = _TRAILING_LABEL.search(text)
    if m:
        return _parse_bare(m["tail"].strip(), text[: m.start()].strip())
    return None


_LICENSE_ONLY = re.compile(rf"\(?\s*{_LICENCE_NAME}\s*\)?\Z", re.IGNORECASE)
_LEADING_VIA = re.compile(r"\Avia\s+(?P<via>\S.*)\Z", re.IGNORECASE)


def read_marked_credit(text: str) -> ImageCredit | None:
    """The credit a page marks as one (``<small class="credit">``): any form
    :func:`parse_credit` reads, and also a bare ``via Flickr``, a bare licence ``(CC BY 2.0)``
    or a name with a licence ``Jon Field (CC BY 2.0)``; None for empty text."""
    text = text.strip()
    if not text:
        return None
    found = parse_credit(text)
    if found is not None:
        return found
    m = _LICENSE_ONLY.fullmatch(text)
    if m:
        return ImageCredit(license=m["lic"])
    rest, lic = _split_license(text)
    rest = _clean(rest.removesuffix("(").strip())
    via = _LEADING_VIA.match(rest)
    if via:
        return ImageCredit(via=_clean(via["via"]), license=lic)
    return ImageCredit(credit=rest or None, license=lic) if rest or lic else None

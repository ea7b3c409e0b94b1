"""Hand-built articles for the serializer tests (invented text, every feature present)."""

from __future__ import annotations

import datetime as dt

from geoarticle.models import (
    Actor,
    ActorKind,
    Article,
    Author,
    AuthorKind,
    Dateline,
    DatePrecision,
    Event,
    Evidence,
    Figure,
    FuzzyDate,
    ImageCredit,
    ListBlock,
    Mention,
    Modality,
    Paragraph,
    Preformatted,
    Quote,
    RelatedLink,
    Section,
    Table,
)

LEAD = (
    "VALDORIA — The foreign minister of Norland, Ilse Marten, travelled to Valdoria on Monday "
    "for talks with President Ruben Ostrava."
)
SECOND = "The Northern Front said on Tuesday that it would attack supply convoys near Kessel."


def _mention(name: str) -> Mention:
    start = LEAD.index(name)
    return Mention(start=start, end=start + len(name), text=name, section=0, block=0)


def full_article() -> Article:
    """An article with every field, block kind, actor kind and event part filled in."""
    sections = (
        Section(
            blocks=(
                Paragraph(text=LEAD),
                Figure(image=0),
                Paragraph(text=SECOND),
            )
        ),
        Section(
            heading="What was agreed",
            level=2,
            blocks=(
                ListBlock(items=("A border commission", "Shared patrols"), ordered=False),
                ListBlock(items=("Reopen the crossing", "Meet again in May"), ordered=True),
                Quote(text="We came to listen, not to lecture.", cite="Ilse Marten"),
                Table(rows=(("Item", "Cost"), ("Patrols", "$4 million"))),
                Preformatted(text="line one\n  line two"),
            ),
        ),
        Section(heading="Risks ahead", level=3, blocks=(Paragraph(text="Nobody expects calm."),)),
    )
    norland = Actor(
        id="country:norland",
        name="Norland",
        kind=ActorKind.COUNTRY,
        country="NRL",
        code="NRL",
        mentions=(_mention("Norland"),),
    )
    marten = Actor(
        id="person:ilse-marten",
        name="Ilse Marten",
        kind=ActorKind.PERSON,
        aliases=("Marten",),
        country="NRL",
        role="Foreign Minister",
        code="NRLGOV",
        mentions=(_mention("Ilse Marten"),),
    )
    valdoria = Actor(id="place:valdoria", name="Valdoria", kind=ActorKind.PLACE, country="VLD")
    ostrava = Actor(
        id="person:ruben-ostrava",
        name="Ruben Ostrava",
        kind=ActorKind.PERSON,
        role="President",
        country="VLD",
        code="VLDGOV",
    )
    front = Actor(
        id="armed_group:northern-front",
        name="Northern Front",
        kind=ActorKind.ARMED_GROUP,
        code="VLDREB",
        country="VLD",
    )
    un = Actor(
        id="organization:un", name="United Nations", kind=ActorKind.ORGANIZATION, code="IGOUNO"
    )
    visit = Event(
        id="e1",
        code="042",
        label="Make a visit",
        plover_type="CONSULT",
        plover_mode="visit",
        sources=(marten.id,),
        targets=(ostrava.id,),
        date=FuzzyDate(value=dt.date(2024, 3, 11), precision=DatePrecision.DAY, text="on Monday"),
        location=valdoria.id,
        trigger="travelled",
        modality=Modality.ASSERTED,
        evidence=(Evidence(section=0, block=0, start=0, end=len(LEAD), text=LEAD),),
    )
    threat = Event(
        id="e2",
        code="138",
        label="Threaten with military force",
        plover_type="THREATEN",
        sources=(front.id,),
        date=FuzzyDate(value=dt.date(2024, 3, 1), precision=DatePrecision.MONTH, text="in March"),
        trigger="would attack",
        modality=Modality.FUTURE,
        evidence=(Evidence(section=0, block=2, start=0, end=len(SECOND), text=SECOND),),
    )
    return Article(
        title="Norland and Valdoria: talks at the border",
        subtitle="A visit, a list of promises and a threat",
        url="https://news.example.org/2024/03/12/norland-valdoria?ref=home&x=1",
        canonical_url="https://news.example.org/2024/03/12/norland-valdoria",
        site_name="Example News",
        language="en",
        authors=(
            Author(name="Mara Quill", role="Senior Fellow", affiliation="Example Institute"),
            Author(name="Tomas Reed"),
            Author(name="Wire Agency", kind=AuthorKind.AGENCY),
        ),
        published=dt.datetime(2024, 3, 12, 9, 30, tzinfo=dt.timezone.utc),
        modified=dt.datetime(2024, 3, 12, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        dateline=Dateline(place="VALDORIA", date_text="March 11", agency="Wire Agency"),
        categories=("Diplomacy", "Security"),
        tags=("borders", "talks"),
        summary="Norland's foreign minister visits Valdoria as a rebel group issues threats.",
        image=ImageCredit(
            label="Image 1",
            credit="Jon Field",
            via="Flickr",
            caption="The minister arrives.",
            alt="A woman steps off a plane",
            src="https://img.example.org/arrival.jpg",
            license="CC BY 2.0",
        ),
        sections=sections,
        image_credits=(
            ImageCredit(
                label="Image 1",
                credit="Jon Field",
                via="Flickr",
                caption="The minister arrives.",
                alt="A woman steps off a plane",
                src="https://img.example.org/arrival.jpg",
                license="CC BY 2.0",
            ),
        ),
        related_links=(
            RelatedLink(
                title="Earlier: the maritime ruling",
                url="https://news.example.org/2023/maritime",
                categories=("Law",),
                excerpt="The court ruled on the sea border...",
            ),
            RelatedLink(title="Aid arrives in the north"),
        ),
        actors=(norland, marten, valdoria, ostrava, front, un),
        events=(visit, threat),
    )


#: Strings that try to break out of text into markup, script or syntax.
HOSTILE = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</title><script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    "<!-- comment --> & &amp; &lt;",
    "<![CDATA[ x ]]>",
    "{{7*7}} ${7*7}",
    "javascript:alert(1)",
    "\u2028\u2029 line separators",
)

#: URLs that must never reach an href or src.
HOSTILE_URLS = (
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:image/svg+xml,<svg onload=alert(1)>",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "file:///etc/passwd",
)


def hostile_article(text: str, url: str) -> Article:
    """An article with ``text`` in every text field and ``url`` in every URL field."""
    image = ImageCredit(
        label=text, credit=text, via=text, caption=text, alt=text, src=url, license=text
    )
    return Article(
        title=text,
        subtitle=text,
        url=url,
        canonical_url=url,
        site_name=text,
        authors=(Author(name=text, role=text, affiliation=text, url=url),),
        dateline=Dateline(place=text, date_text=text, agency=text),
        categories=(text,),
        tags=(text,),
        summary=text,
        image=image,
        sections=(
            Section(
                heading=text,
                level=2,
                blocks=(
                    Paragraph(text=text),
                    ListBlock(items=(text, text)),
                    Quote(text=text, cite=text),
                    Preformatted(text=text),
                    Table(rows=((text, text),)),
                    Figure(image=0),
                ),
            ),
        ),
        image_credits=(image,),
        related_links=(RelatedLink(title=text, url=url, categories=(text,), excerpt=text),),
        actors=(Actor(id=text, name=text, kind=ActorKind.PERSON, role=text, aliases=(text,)),),
        events=(Event(id=text, code="010", label=text, sources=(text,), trigger=text),),
    )

"""Generate docs/data-model.md from the models: every field, its type, meaning and an example.

Meanings come from the ``#:`` comment above each field (or the class docstring); examples
from the table below. Run ``python scripts/gen_data_model.py`` after changing a model;
``--check`` exits 1 when the page is out of date (a test runs it).
"""

from __future__ import annotations

import argparse
import ast
import inspect
import sys
import typing
from pathlib import Path

import attrs

from geoarticle import models
from geoarticle.converters import SCHEMA_VERSION

OUT = Path(__file__).resolve().parent.parent / "docs" / "data-model.md"

CLASSES = [
    models.Article, models.Section, models.Paragraph, models.ListBlock, models.Quote,
    models.Preformatted, models.Table, models.Figure, models.ImageCredit, models.RelatedLink,
    models.Author, models.Dateline, models.FieldSource, models.Actor, models.Span,
    models.Mention, models.Event, models.Evidence, models.FuzzyDate,
]  # fmt: skip
ENUMS = [models.ActorKind, models.AuthorKind, models.Modality, models.DatePrecision]

EXAMPLES: dict[str, str] = {
    "Article.title": '"Talks Resume in Muscat"',
    "Article.subtitle": '"A thaw with conditions"',
    "Article.url": '"https://example.org/2017/11/01/pakistan-us"',
    "Article.canonical_url": '"https://example.org/pakistan-us"',
    "Article.site_name": '"Example Review"',
    "Article.language": '"en"',
    "Article.authors": '(Author(name="Jane Doe", role="Fellow"),)',
    "Article.published": '"2017-11-01T09:00:00+00:00"',
    "Article.modified": '"2017-11-02T10:30:00+00:00"',
    "Article.dateline": 'Dateline(place="Islamabad", date_text="Oct 24", agency="Reuters")',
    "Article.categories": '("Geopolitics & Diplomacy",)',
    "Article.tags": '("Pakistan", "Afghanistan")',
    "Article.summary": '"What the envoy\'s visit changed."',
    "Article.image": 'ImageCredit(src="https://example.org/lead.jpg")',
    "Article.sections": "(Section(heading=None, level=0, blocks=(...)), ...)",
    "Article.image_credits": 'ImageCredit(label="Image 1", credit="U.S. Department of State", via="Flickr")',
    "Article.related_links": 'RelatedLink(title="...", categories=("Defense & Security",))',
    "Article.actors": 'Actor(id="country:PAK", name="Pakistan", kind="country", ...)',
    "Article.events": 'Event(id="event:1", code="042", ...)',
    "Article.provenance": 'FieldSource(field="published", source="jsonld")',
    "Article.warnings": '("published date after modified date; dropped",)',
    "Section.heading": '"A Cautious Thaw" (None for the lead)',
    "Section.level": "2 (0 for the lead)",
    "Section.blocks": '(Paragraph(text="..."), ListBlock(items=("a", "b")))',
    "Paragraph.text": '"The talks resumed in Muscat."',
    "ListBlock.items": '("first point", "second point")',
    "ListBlock.ordered": "False",
    "Quote.text": '"We will act."',
    "Quote.cite": '"a senior official"',
    "Preformatted.text": '"line 1\\n  line 2"',
    "Table.rows": '(("Year", "Attacks"), ("2016", "12"))',
    "Figure.image": "0 (the first of Article.image_credits)",
    "ImageCredit.label": '"Image 1"',
    "ImageCredit.credit": '"U.S. Department of State"',
    "ImageCredit.via": '"Flickr"',
    "ImageCredit.caption": '"The secretary arrives in Kabul."',
    "ImageCredit.alt": '"Two men shaking hands"',
    "ImageCredit.src": '"https://example.org/img/1.jpg"',
    "ImageCredit.license": '"CC BY 2.0"',
    "RelatedLink.title": '"Five Questions on Border Trade"',
    "RelatedLink.url": '"https://example.org/reforms"',
    "RelatedLink.categories": '("Defense & Security", "Geopolitics & Diplomacy")',
    "RelatedLink.excerpt": '"Since the spring, traders have..."',
    "Author.name": '"Jane Doe"',
    "Author.kind": '"person"',
    "Author.role": '"Senior Fellow"',
    "Author.affiliation": '"Stimson Center"',
    "Author.url": '"https://example.org/staff/jane-doe"',
    "Dateline.place": '"Islamabad"',
    "Dateline.date_text": '"Oct 24"',
    "Dateline.agency": '"Reuters"',
    "FieldSource.field": '"published"',
    "FieldSource.source": '"jsonld"',
    "Actor.id": '"person:rex-tillerson"',
    "Actor.name": '"Rex Tillerson"',
    "Actor.kind": '"person"',
    "Actor.aliases": '("Tillerson", "the secretary")',
    "Actor.country": '"USA"',
    "Actor.role": '"U.S. Secretary of State"',
    "Actor.code": '"USAGOV"',
    "Actor.mentions": '(Mention(section=0, block=0, start=31, end=44, text="Rex Tillerson"),)',
    "Actor.lat": "33.72148",
    "Actor.lon": "73.04329",
    "Actor.geonames_id": "1168579",
    "Span.start": "31",
    "Span.end": "44",
    "Span.text": '"Rex Tillerson"',
    "Span.section": "0 (None: a bare string)",
    "Span.block": "0 (None: the section heading)",
    "Mention.start": "31",
    "Mention.end": "44",
    "Mention.text": '"Rex Tillerson"',
    "Mention.section": "0",
    "Mention.block": "0 (None: the section heading)",
    "Mention.metonym": 'True for "Washington" meaning the U.S. government',
    "Event.id": '"event:3"',
    "Event.code": '"042"',
    "Event.label": '"Make a visit"',
    "Event.plover_type": '"CONSULT"',
    "Event.plover_mode": '"visit"',
    "Event.sources": '("person:rex-tillerson",)',
    "Event.targets": '("country:PAK",)',
    "Event.date": 'FuzzyDate(value="2017-10-24", precision="day", text="on October 24")',
    "Event.location": '"place:islamabad"',
    "Event.trigger": '"landed in"',
    "Event.modality": '"asserted"',
    "Event.evidence": '(Evidence(section=1, block=0, start=0, end=112, text="..."),)',
    "Evidence.section": "1",
    "Evidence.block": "0 (None: the section heading)",
    "Evidence.start": "0",
    "Evidence.end": "112",
    "Evidence.text": '"The envoy landed in Islamabad on October 24."',
    "FuzzyDate.value": '"2017-08-01"',
    "FuzzyDate.precision": '"month"',
    "FuzzyDate.text": '"in August"',
}


def _type_name(tp: object) -> str:
    text = str(tp) if not isinstance(tp, type) else tp.__name__
    for prefix in ("geoarticle.models.", "typing.", "datetime."):
        text = text.replace(prefix, "")
    for mod in ("article.", "blocks.", "media.", "meta.", "entities."):
        text = text.replace(mod, "")
    return text.replace("NoneType", "None")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("``", "`")


def _field_comments(cls: type) -> dict[str, str]:
    """The ``#:`` comment lines above each field in the class body or a base class's."""
    out: dict[str, str] = {}
    for base in reversed([b for b in cls.__mro__ if attrs.has(b)]):
        src = inspect.getsource(base)
        lines = src.splitlines()
        for node in ast.parse(src).body[0].body:  # type: ignore[attr-defined]
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                i, notes = node.lineno - 2, []
                while i >= 0 and lines[i].strip().startswith("#:"):
                    notes.insert(0, lines[i].strip()[2:].strip())
                    i -= 1
                if notes:
                    out[node.target.id] = " ".join(notes)
    return out


def render() -> str:
    """The page."""
    parts = [
        "# Data model",
        "",
        "<!-- generated by scripts/gen_data_model.py; edit the models, then re-run it -->",
        "",
        "All models are frozen, slotted attrs classes with keyword-only fields; collections are "
        "tuples. They are importable from `geoarticle`. In JSON (`geoarticle.dumps(article)`) "
        f'the article carries `"schema_version": "{SCHEMA_VERSION}"`, dates are ISO 8601 strings, '
        'enums their values, and every block a `"type"` tag (its `kind`).',
        "",
    ]
    for cls in CLASSES:
        doc = inspect.getdoc(cls) or ""
        hints = typing.get_type_hints(cls)
        notes = _field_comments(cls)
        parts += [f"## {cls.__name__}", "", doc, ""]
        kind = getattr(cls, "kind", None)
        if isinstance(kind, str):
            parts += [f'JSON tag: `"type": "{kind}"`.', ""]
        parts += ["| field | type | meaning | example |", "|---|---|---|---|"]
        for f in attrs.fields(cls):
            meaning = notes.get(f.name, "")
            req = " (required)" if f.default is attrs.NOTHING else ""
            example = EXAMPLES.get(f"{cls.__name__}.{f.name}", "")
            tp = _type_name(hints[f.name]).replace("|", "\\|")
            ex = f"`{example}`".replace("|", "\\|") if example else ""
            parts.append(f"| `{f.name}`{req} | `{tp}` | {_cell(meaning)} | {ex} |")
        derived = [
            (n, inspect.getdoc(getattr(cls, n)) or "")
            for n, v in vars(cls).items()
            if isinstance(v, property)
        ]
        if derived:
            parts += ["", "Derived: " + "; ".join(f"`{n}`: {d}" for n, d in derived)]
        parts.append("")
    parts += ["## Enumerations", ""]
    for enum_cls in ENUMS:
        values = ", ".join(f"`{m.value}`" for m in enum_cls)
        parts += [f"- `{enum_cls.__name__}`: {values}. {inspect.getdoc(enum_cls) or ''}"]
    return "\n".join(parts).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the page, or with --check report whether it is current."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="exit 1 if docs/data-model.md is stale")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(
                "docs/data-model.md is out of date: run scripts/gen_data_model.py", file=sys.stderr
            )
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

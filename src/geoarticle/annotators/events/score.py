"""Scoring coded events against hand-annotated fixtures.

A fixture is a plain-text article (paragraphs separated by blank lines) with a
JSON file beside it::

    {"published": "2023-05-10",
     "actors": [{"name": "Rex Tillerson", "kind": "person", "aliases": ["Tillerson"],
                 "role": "Secretary of State"}],
     "events": [{"code": "042", "sources": ["Rex Tillerson"], "targets": ["Kabul"],
                 "date": "2023-05-09", "location": "Kabul", "modality": "asserted"}]}

Actors are attached by finding their names in the text, so the coder is scored
on its own, apart from actor recognition. A predicted event matches a gold one
on CAMEO root, at least one shared source (when the gold names one) and at least
one shared target (when the gold names one). Date and location accuracy are
measured on matched events.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from ...models import (
    Actor,
    ActorKind,
    Article,
    DatePrecision,
    Event,
    FuzzyDate,
    Mention,
    Paragraph,
    Section,
)
from . import find_events

__all__ = [
    "Fixture",
    "Score",
    "align_ids",
    "attach_actors",
    "build_article",
    "load_fixtures",
    "match_events",
    "score_fixtures",
]


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _actor_id(spec: dict[str, Any]) -> str:
    return f"{spec.get('kind', 'organization')}:{_slug(spec['name'])}"


def attach_actors(article: Article, specs: Sequence[dict[str, Any]]) -> Article:
    """``article`` with actors built from ``specs``, mentions found by exact name search.

    Each spec has ``name``, ``kind`` (an :class:`ActorKind` value) and optional
    ``aliases``, ``role`` and ``metonym`` (aliases that name a government).
    Longer names win where names overlap.
    """
    names: list[tuple[str, int, bool]] = []
    for k, spec in enumerate(specs):
        metonyms = set(spec.get("metonym", ()))
        for n in [spec["name"], *spec.get("aliases", ())]:
            names.append((n, k, n in metonyms))
    names.sort(key=lambda x: -len(x[0]))
    found: list[list[Mention]] = [[] for _ in specs]
    for si, sec in enumerate(article.sections):
        for bi, blk in enumerate(sec.blocks):
            text = blk.text
            taken: list[tuple[int, int]] = []
            for name, k, metonym in names:
                rx = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w])")
                for m in rx.finditer(text):
                    if any(m.start() < b and a < m.end() for a, b in taken):
                        continue
                    taken.append((m.start(), m.end()))
                    found[k].append(
                        Mention(
                            start=m.start(),
                            end=m.end(),
                            text=m.group(0),
                            section=si,
                            block=bi,
                            metonym=metonym,
                        )
                    )
    actors = tuple(
        Actor(
            id=_actor_id(spec),
            name=spec["name"],
            kind=ActorKind(spec.get("kind", "organization")),
            aliases=tuple(spec.get("aliases", ())),
            role=spec.get("role"),
            mentions=tuple(sorted(found[k], key=lambda m: (m.section or 0, m.block or 0, m.start))),
        )
        for k, spec in enumerate(specs)
    )
    return attrs.evolve(article, actors=actors, events=())


def build_article(text: str, published: dt.datetime | None = None) -> Article:
    """An article of one section whose paragraphs are ``text``'s blank-line separated parts."""
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    return Article(
        published=published,
        sections=(Section(blocks=tuple(Paragraph(text=p) for p in paras)),),
    )


def _gold_date(value: str | None) -> FuzzyDate | None:
    if not value:
        return None
    parts = value.split("-")
    if len(parts) == 3:
        return FuzzyDate(value=dt.date.fromisoformat(value), precision=DatePrecision.DAY)
    if len(parts) == 2:
        return FuzzyDate(
            value=dt.date(int(parts[0]), int(parts[1]), 1), precision=DatePrecision.MONTH
        )
    return FuzzyDate(value=dt.date(int(parts[0]), 1, 1), precision=DatePrecision.YEAR)


@attrs.frozen
class Fixture:
    """An annotated article: the article with its actors, and the gold events (raw JSON)."""

    name: str
    article: Article
    gold: tuple[dict[str, Any], ...]
    #: Actor name -> id.
    ids: dict[str, str]
    reference_date: dt.date | None = None


def load_fixtures(directory: Path) -> list[Fixture]:
    """Every ``*.txt`` + ``*.json`` fixture in ``directory``, sorted by name."""
    out: list[Fixture] = []
    for txt in sorted(directory.glob("*.txt")):
        meta = json.loads(txt.with_suffix(".json").read_text("utf-8"))
        published = meta.get("published")
        pub = dt.datetime.fromisoformat(published) if published else None
        article = attach_actors(build_article(txt.read_text("utf-8"), pub), meta["actors"])
        ids = {}
        for spec in meta["actors"]:
            ids[spec["name"]] = _actor_id(spec)
        ref = meta.get("reference_date")
        out.append(
            Fixture(
                name=txt.stem,
                article=article,
                gold=tuple(meta["events"]),
                ids=ids,
                reference_date=dt.date.fromisoformat(ref) if ref else None,
            )
        )
    return out


def align_ids(hand: Article, real: Article) -> dict[str, set[str]]:
    """Hand-made actor id -> ids of the recognised actors whose mentions overlap its mentions."""
    spans: dict[tuple[int | None, int | None], list[tuple[int, int, str]]] = {}
    for a in real.actors:
        for m in a.mentions:
            spans.setdefault((m.section, m.block), []).append((m.start, m.end, a.id))
    out: dict[str, set[str]] = {}
    for a in hand.actors:
        ids = out.setdefault(a.id, set())
        for m in a.mentions:
            for s, e, rid in spans.get((m.section, m.block), ()):
                if s < m.end and m.start < e:
                    ids.add(rid)
    return out


def _ok(gold_ids: Iterable[str], pred_ids: Iterable[str]) -> bool:
    g = set(gold_ids)
    return not g or bool(g & set(pred_ids))


def match_events(
    gold: Sequence[dict[str, Any]],
    pred: Sequence[Event],
    ids: dict[str, str],
    aliases: dict[str, set[str]] | None = None,
) -> list[tuple[dict[str, Any], Event | None]]:
    """Each gold event with the predicted event it matches (None when missed).

    ``aliases`` maps a gold actor id to the predicted ids that stand for it
    (when actors come from the recogniser rather than the fixture).
    """
    used: set[str] = set()
    pairs: list[tuple[dict[str, Any], Event | None]] = []

    def expand(names: Iterable[str]) -> list[str]:
        out: list[str] = []
        for n in names:
            out.extend(sorted(aliases.get(ids[n], set())) if aliases is not None else [ids[n]])
        return out

    for g in gold:
        src = expand(g.get("sources", ()))
        tgt = expand(g.get("targets", ()))
        if aliases is not None and (
            (g.get("sources") and not src) or (g.get("targets") and not tgt)
        ):
            pairs.append((g, None))  # the recogniser missed that actor
            continue
        hit = None
        for e in pred:
            if e.id in used or e.root != g["code"][:2]:
                continue
            pool = e.targets + e.sources if e.root == "04" else e.targets
            if _ok(src, e.sources) and _ok(tgt, pool):
                hit = e
                break
        if hit is not None:
            used.add(hit.id)
        pairs.append((g, hit))
    return pairs


@attrs.frozen
class Score:
    """Event precision/recall/F1 and field accuracies on matched events."""

    gold: int
    predicted: int
    matched: int
    date_correct: int
    location_correct: int
    modality_correct: int
    missed: tuple[str, ...] = ()
    spurious: tuple[str, ...] = ()

    @property
    def precision(self) -> float:
        """Matched / predicted."""
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Matched / gold."""
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def _acc(self, n: int) -> float:
        return n / self.matched if self.matched else 0.0

    @property
    def date_accuracy(self) -> float:
        """Share of matched events with the gold date (value and precision)."""
        return self._acc(self.date_correct)

    @property
    def location_accuracy(self) -> float:
        """Share of matched events with the gold location."""
        return self._acc(self.location_correct)

    @property
    def modality_accuracy(self) -> float:
        """Share of matched events with the gold modality."""
        return self._acc(self.modality_correct)

    def table(self) -> str:
        """The figures as a plain table."""
        rows = [
            ("gold events", f"{self.gold}"),
            ("predicted events", f"{self.predicted}"),
            ("matched", f"{self.matched}"),
            ("precision", f"{self.precision:.3f}"),
            ("recall", f"{self.recall:.3f}"),
            ("F1", f"{self.f1:.3f}"),
            ("date accuracy", f"{self.date_accuracy:.3f}"),
            ("location accuracy", f"{self.location_accuracy:.3f}"),
            ("modality accuracy", f"{self.modality_accuracy:.3f}"),
        ]
        return "\n".join(f"{k:<20}{v:>8}" for k, v in rows)


def _date_ok(gold: str | None, pred: FuzzyDate | None) -> bool:
    want = _gold_date(gold)
    if want is None:  # the text dates it not: an inferred date is no error
        return pred is None or pred.value is None or pred.approx
    return pred is not None and pred.value == want.value and pred.precision is want.precision


def score_fixtures(
    fixtures: Sequence[Fixture], actors: Any = None, *, strict: bool = True
) -> Score:
    """Code every fixture and score it.

    With ``actors`` (an annotator such as ``ActorAnnotator()``), the fixture's
    hand-made actors are replaced by the recogniser's, and gold actors are
    matched to them by mention overlap: the end-to-end figure. ``strict`` is
    passed to :func:`~geoarticle.annotators.events.find_events`.
    """
    gold = predicted = matched = dates = locs = mods = 0
    missed: list[str] = []
    spurious: list[str] = []
    for fx in fixtures:
        aliases: dict[str, set[str]] | None = None
        article = fx.article
        if actors is not None:
            article = actors(attrs.evolve(fx.article, actors=()))
            aliases = align_ids(fx.article, article)
        pred = find_events(article, reference_date=fx.reference_date, strict=strict)
        pairs = match_events(fx.gold, pred, fx.ids, aliases)
        gold += len(fx.gold)
        predicted += len(pred)
        hits = {e.id for _, e in pairs if e is not None}
        for g, e in pairs:
            if e is None:
                missed.append(f"{fx.name}: {g['code']} {g.get('sources')} -> {g.get('targets')}")
                continue
            matched += 1
            dates += _date_ok(g.get("date"), e.date)
            loc = g.get("location")
            want = {fx.ids[loc]} if loc else {None}
            if loc and aliases is not None:
                want = set(aliases.get(fx.ids[loc], set())) or {None}
            locs += e.location in want
            mods += g.get("modality", "asserted") == e.modality.value
        for e in pred:
            if e.id not in hits:
                spurious.append(f"{fx.name}: {e.code} {e.sources} -> {e.targets} [{e.trigger}]")
    return Score(gold, predicted, matched, dates, locs, mods, tuple(missed), tuple(spurious))

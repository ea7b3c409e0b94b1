"""Structural diff of two articles: which section, which block, which field, old and new value.

>>> from geoarticle.diff import diff_articles, format_differences
>>> diffs = diff_articles(old, new, ignore=("actors.mentions",))   # doctest: +SKIP
>>> print(format_differences(diffs))                                 # doctest: +SKIP
--- old
+++ new
changed  sections[1].blocks[0].text  [section 1 "Background", block 0 (paragraph)]
  - 'Talks resumed on Monday.'
  + 'Talks stalled on Monday.'

The comparison runs on the JSON form of the articles (so it also works on
stored ``.json`` files). Strings are compared with whitespace normalised
(runs of whitespace count as one space, ends stripped) unless
``normalize_whitespace=False``. Actors are matched by ``id``; other lists
(sections, blocks, list items, credits, events ...) are aligned as
sequences, so an inserted block is reported once instead of shifting every
block after it (events are aligned without their positional ids).

``ignore`` takes field paths: ``"actors.mentions"`` skips the mentions of
every actor, ``"warnings"`` the top-level warnings, ``"sections.blocks.text"``
every block text. ``*`` matches any one field name. A pattern with an index
(``"sections[0].heading"``, ``'actors["country:pak"]'``) is matched against the
full path instead, ``*`` matching within one step (``"sections[*].heading"``).
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal

import attrs

from .converters import unstructure_article
from .models import Article

__all__ = [
    "Difference",
    "Op",
    "diff_articles",
    "differences_to_json",
    "format_differences",
    "normalize_whitespace",
]

#: What happened to a value: present on both sides with another value, only in the new, only in the old.
Op = Literal["changed", "added", "removed"]

#: Lists whose items are matched by their ``"id"`` instead of by position.
KEYED_LISTS = frozenset({"actors"})

#: Fields left out when aligning a list: event ids are positional (``event:3``), so
#: a removed event must not make every later one look changed.
ALIGN_WITHOUT: dict[str, frozenset[str]] = {"events": frozenset({"id"})}


@attrs.frozen(kw_only=True)
class Difference:
    """One difference between two articles.

    ``path`` locates the value (``sections[1].blocks[0].text``; keyed items as
    ``actors["country:pak"]``; ``[2->3]`` when an item moved); ``where`` says
    the same for people (``section 1 "Background", block 0 (paragraph)``).
    ``old`` and ``new`` are JSON-ready values (None for an added or removed side).
    """

    op: Op
    path: str
    where: str = ""
    old: Any = None
    new: Any = None


def normalize_whitespace(text: str) -> str:
    """Runs of whitespace (unicode included) as one space, ends stripped."""
    return " ".join(text.split())


def _data(article: Article | Mapping[str, Any]) -> dict[str, Any]:
    raw = unstructure_article(article) if isinstance(article, Article) else article
    # Through JSON, so that enums, tuples and dates compare like the values read from a file.
    data: dict[str, Any] = json.loads(json.dumps(raw, ensure_ascii=False))
    data.pop("schema_version", None)
    return data


@attrs.frozen
class _Seg:
    """One step of a path: a field name, a position (old, new) or an id."""

    field: str | None = None
    old: int | None = None
    new: int | None = None
    key: str | None = None

    def render(self) -> str:
        if self.field is not None:
            return "." + self.field
        if self.key is not None:
            return f"[{json.dumps(self.key, ensure_ascii=False)}]"
        if self.old is not None and self.new is not None and self.old != self.new:
            return f"[{self.old}->{self.new}]"
        return f"[{self.old if self.old is not None else self.new}]"


def _render(path: Sequence[_Seg]) -> str:
    return "".join(s.render() for s in path).lstrip(".")


def _glob(pattern: str) -> re.Pattern[str]:
    """``*`` matches any run of characters without a dot; everything else is literal."""
    return re.compile("[^.]*".join(re.escape(part) for part in pattern.split("*")) + r"\Z")


class _Ignore:
    """Matches paths against ``ignore`` patterns (see the module docstring)."""

    def __init__(self, patterns: Iterable[str]) -> None:
        self.by_field: list[list[re.Pattern[str]]] = []
        self.by_path: list[re.Pattern[str]] = []
        for pattern in patterns:
            if "[" in pattern:
                self.by_path.append(_glob(pattern))
            else:
                self.by_field.append([_glob(part) for part in pattern.split(".")])

    def __call__(self, path: Sequence[_Seg]) -> bool:
        if not path:
            return False
        fields = [s.field for s in path if s.field is not None]
        for parts in self.by_field:
            if len(parts) == len(fields) and all(
                p.match(f) for f, p in zip(fields, parts, strict=True)
            ):
                return True
        full = _render(path)
        return any(p.match(full) for p in self.by_path)


def _label(field: str, item: Any, seg: _Seg) -> str:
    """A human name for a list item: ``section 2 "Background"``, ``actor "Pakistan"``."""
    index = seg.key if seg.key is not None else (seg.new if seg.new is not None else seg.old)
    d = item if isinstance(item, Mapping) else {}
    if field == "sections":
        heading = d.get("heading")
        return f"section {index} " + (f"{_short(heading)}" if heading else "(lead)")
    if field == "blocks":
        return f"block {index} ({d.get('type', '?')})"
    if field == "actors":
        return f"actor {_short(d.get('name'))} ({d.get('kind', '?')})"
    if field == "events":
        return f"event {d.get('id')} ({d.get('code', '?')} {d.get('label', '')})".rstrip()
    if field == "authors":
        return f"author {_short(d.get('name'))}"
    if field == "related_links":
        return f"related link {index} {_short(d.get('title'))}"
    if field == "image_credits":
        return f"image credit {index}"
    if field == "items":
        return f"item {index}"
    if field == "mentions":
        return f"mention {index}"
    if field == "evidence":
        return f"evidence {index}"
    return ""


def _short(value: Any, limit: int = 40) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return json.dumps(text, ensure_ascii=False)


class _Walker:
    def __init__(self, ignore: _Ignore, normalize: bool) -> None:
        self.ignore = ignore
        self.normalize = normalize
        self.out: list[Difference] = []

    def emit(self, op: Op, path: list[_Seg], where: list[str], old: Any, new: Any) -> None:
        self.out.append(
            Difference(
                op=op, path=_render(path), where=", ".join(w for w in where if w), old=old, new=new
            )
        )

    def canon(self, value: Any, path: list[_Seg]) -> str:
        """A string equal for two values exactly when the walk would find no difference."""
        return json.dumps(self.strip(value, path), sort_keys=True, ensure_ascii=False)

    def strip(self, value: Any, path: list[_Seg]) -> Any:
        if isinstance(value, Mapping):
            out = {}
            for k, v in value.items():
                sub = [*path, _Seg(field=k)]
                if not self.ignore(sub):
                    out[k] = self.strip(v, sub)
            return out
        if isinstance(value, list):
            return [self.strip(v, [*path, _Seg(old=i)]) for i, v in enumerate(value)]
        if isinstance(value, str) and self.normalize:
            return normalize_whitespace(value)
        return value

    def same_scalar(self, a: Any, b: Any) -> bool:
        if isinstance(a, str) and isinstance(b, str):
            return normalize_whitespace(a) == normalize_whitespace(b) if self.normalize else a == b
        return type(a) is type(b) and a == b

    def value(self, a: Any, b: Any, path: list[_Seg], where: list[str]) -> None:
        if isinstance(a, Mapping) and isinstance(b, Mapping):
            if a.get("type") != b.get("type"):  # a block of another kind: one change, whole
                self.emit("changed", path, where, a, b)
            else:
                self.mapping(a, b, path, where)
        elif isinstance(a, list) and isinstance(b, list):
            field = next((s.field for s in reversed(path) if s.field is not None), "")
            if field in KEYED_LISTS and _keyed(a) and _keyed(b):
                self.keyed(field, a, b, path, where)
            else:
                self.sequence(field, a, b, path, where)
        elif not self.same_scalar(a, b):
            self.emit("changed", path, where, a, b)

    def mapping(
        self, a: Mapping[str, Any], b: Mapping[str, Any], path: list[_Seg], where: list[str]
    ) -> None:
        # In the new side's order (the model's field order when it is an Article).
        keys = list(b) + [k for k in a if k not in b]
        for k in keys:
            sub = [*path, _Seg(field=k)]
            if self.ignore(sub):
                continue
            if k not in b:
                self.emit("removed", sub, where, a[k], None)
            elif k not in a:
                self.emit("added", sub, where, None, b[k])
            else:
                self.value(a[k], b[k], sub, where)

    def keyed(
        self, field: str, a: list[Any], b: list[Any], path: list[_Seg], where: list[str]
    ) -> None:
        new_by_id = {item["id"]: item for item in b}
        old_ids = {item["id"] for item in a}
        for item in a:
            seg = _Seg(key=item["id"])
            sub, ctx = [*path, seg], [*where, _label(field, item, seg)]
            if item["id"] in new_by_id:
                self.value(item, new_by_id[item["id"]], sub, ctx)
            else:
                self.emit("removed", sub, ctx, item, None)
        for item in b:
            if item["id"] not in old_ids:
                seg = _Seg(key=item["id"])
                self.emit("added", [*path, seg], [*where, _label(field, item, seg)], None, item)

    def sequence(
        self, field: str, a: list[Any], b: list[Any], path: list[_Seg], where: list[str]
    ) -> None:
        skip = ALIGN_WITHOUT.get(field, frozenset())
        ka = [self.canon(_without(x, skip), path) for x in a]
        kb = [self.canon(_without(x, skip), path) for x in b]
        matcher = difflib.SequenceMatcher(a=ka, b=kb, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                if skip:  # equal but for the skipped fields: report those
                    for k in range(i2 - i1):
                        seg = _Seg(old=i1 + k, new=j1 + k)
                        item = b[j1 + k]
                        self.value(
                            a[i1 + k], item, [*path, seg], [*where, _label(field, item, seg)]
                        )
                continue
            steps = _pair(ka[i1:i2], kb[j1:j2])
            for di, dj in steps:
                i = None if di is None else i1 + di
                j = None if dj is None else j1 + dj
                if i is not None and j is not None:
                    seg = _Seg(old=i, new=j)
                    ctx = [*where, _label(field, b[j], seg)]
                    self.value(a[i], b[j], [*path, seg], ctx)
                elif i is not None:
                    seg = _Seg(old=i)
                    self.emit(
                        "removed", [*path, seg], [*where, _label(field, a[i], seg)], a[i], None
                    )
                elif j is not None:
                    seg = _Seg(new=j)
                    self.emit("added", [*path, seg], [*where, _label(field, b[j], seg)], None, b[j])


#: Two items of a replaced run are reported as one changed item when this similar.
PAIR_THRESHOLD = 0.5
#: Above this many candidate pairs, a replaced run is paired by position.
_PAIR_LIMIT = 400


def _similarity(x: str, y: str) -> float:
    matcher = difflib.SequenceMatcher(a=x, b=y, autojunk=False)
    if matcher.real_quick_ratio() < PAIR_THRESHOLD or matcher.quick_ratio() < PAIR_THRESHOLD:
        return 0.0
    return matcher.ratio()


def _pair(old: Sequence[str], new: Sequence[str]) -> list[tuple[int | None, int | None]]:
    """Order-keeping pairing of a replaced run: most similar items paired, the rest alone.

    Runs of equal length (edits in place) are paired by position.

    Returns steps ``(i, j)`` (paired), ``(i, None)`` (removed) and ``(None, j)`` (added)
    in document order.
    """
    n, m = len(old), len(new)
    if n == m or n * m > _PAIR_LIMIT or n == 0 or m == 0:  # edits in place: by position
        k = min(n, m)
        steps: list[tuple[int | None, int | None]] = [(i, i) for i in range(k)]
        steps += [(i, None) for i in range(k, n)]
        steps += [(None, j) for j in range(k, m)]
        return steps
    sim = [[_similarity(x, y) for y in new] for x in old]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = sim[i][j] + best[i + 1][j + 1] if sim[i][j] >= PAIR_THRESHOLD else -1.0
            best[i][j] = max(best[i + 1][j], best[i][j + 1], take)
    steps = []
    i = j = 0
    while i < n or j < m:
        if (
            i < n
            and j < m
            and sim[i][j] >= PAIR_THRESHOLD
            and best[i][j] == sim[i][j] + best[i + 1][j + 1]
        ):
            steps.append((i, j))
            i, j = i + 1, j + 1
        elif i < n and (j == m or best[i][j] == best[i + 1][j]):
            steps.append((i, None))
            i += 1
        else:
            steps.append((None, j))
            j += 1
    return steps


def _without(item: Any, fields: frozenset[str]) -> Any:
    if fields and isinstance(item, Mapping):
        return {k: v for k, v in item.items() if k not in fields}
    return item


def _keyed(items: list[Any]) -> bool:
    ids = [i.get("id") if isinstance(i, Mapping) else None for i in items]
    return all(isinstance(i, str) for i in ids) and len(set(ids)) == len(ids)


def diff_articles(
    old: Article | Mapping[str, Any],
    new: Article | Mapping[str, Any],
    *,
    ignore: Iterable[str] = (),
    normalize_whitespace: bool = True,
) -> tuple[Difference, ...]:
    """Every difference between ``old`` and ``new`` (Articles or their JSON data), in document order."""
    walker = _Walker(_Ignore(ignore), normalize_whitespace)
    walker.value(_data(old), _data(new), [], [])
    return tuple(walker.out)


def _show(value: Any, limit: int = 200) -> str:
    text = (
        repr(value)
        if isinstance(value, str)
        else json.dumps(value, ensure_ascii=False, sort_keys=True)
    )
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def _around_change(old: str, new: str, width: int = 60) -> tuple[str, str]:
    """Both strings cut to a window around their first difference, when they are long."""
    if len(old) <= 2 * width and len(new) <= 2 * width:
        return repr(old), repr(new)
    start = next((i for i, (x, y) in enumerate(zip(old, new, strict=False)) if x != y), None)
    if start is None:
        start = min(len(old), len(new))
    lo = max(0, start - width // 2)

    def cut(s: str) -> str:
        piece = repr(s[lo : lo + 2 * width])
        return ("…" if lo > 0 else "") + piece + ("…" if lo + 2 * width < len(s) else "")

    return cut(old), cut(new)


def _lines(d: Difference) -> Iterator[str]:
    head = f"{d.op:<8} {d.path}"
    yield f"{head}  [{d.where}]" if d.where else head
    if d.op == "changed" and isinstance(d.old, str) and isinstance(d.new, str):
        old, new = _around_change(d.old, d.new)
        yield f"  - {old}"
        yield f"  + {new}"
        return
    if d.op != "added":
        yield f"  - {_show(d.old)}"
    if d.op != "removed":
        yield f"  + {_show(d.new)}"


def format_differences(
    diffs: Sequence[Difference],
    *,
    old_label: str = "old",
    new_label: str = "new",
    limit: int | None = 50,
) -> str:
    """A readable report: one entry per difference with its ``-`` old and ``+`` new value.

    At most ``limit`` entries are shown (None for all); the rest are counted.
    """
    if not diffs:
        return "no differences"
    lines = [f"--- {old_label}", f"+++ {new_label}"]
    shown = diffs if limit is None else diffs[:limit]
    for d in shown:
        lines.extend(_lines(d))
    if len(shown) < len(diffs):
        lines.append(f"... and {len(diffs) - len(shown)} more differences")
    return "\n".join(lines)


def differences_to_json(diffs: Sequence[Difference]) -> list[dict[str, Any]]:
    """The differences as JSON-ready dicts (``op``, ``path``, ``where``, ``old``, ``new``)."""
    return [attrs.asdict(d) for d in diffs]

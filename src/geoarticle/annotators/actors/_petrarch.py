"""Reading PETRARCH / Phoenix actor and agent dictionaries as an extra gazetteer.

The package ships none of their content; users who have the files pass them in::

    extra = load_petrarch("Phoenix.International.actors.txt")
    annotator = ActorAnnotator(extra=extra)

Actor files hold blocks: a name line (``NAME_WORDS_ [CODE]``), ``+ALIAS_`` lines
and tab-indented ``[CODE dates]`` lines. Agent files map role words to sector
codes (``FARMER [~AGR]``), with ``!SET! = A, B`` substitution sets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import attrs

from ...errors import ParseError
from ...models import ActorKind
from ._lexicon import Entry, slug

__all__ = ["Gazetteer", "load_petrarch"]

# "[CODE]" or "[CODE 700101-991231]"; no "[" inside, so a line of "[" without "]" fails
# at the next "[" and the search stays linear
_CODE = re.compile(r"\[([^\]\[\s]*)(?:\s+([^\]\[]*))?\]")
_CAMEO = re.compile(r"(?:[A-Z]{3})+\Z")
_SET = re.compile(r"!([A-Z]+)!")
_SMALL = frozenset({"OF", "THE", "AND", "FOR", "IN", "ON", "AT", "DE", "DU", "LA", "AL", "EL"})


@attrs.frozen
class Gazetteer:
    """Extra surface forms and title words to add to the built-in lexicon."""

    #: (surface form, entry) pairs.
    entries: tuple[tuple[str, Entry], ...] = ()
    #: (title words, sector code) pairs.
    titles: tuple[tuple[str, str], ...] = ()

    def __add__(self, other: Gazetteer) -> Gazetteer:
        return Gazetteer(self.entries + other.entries, self.titles + other.titles)


def _display(raw: str) -> str:
    """``INTER-SERVICES_INTELLIGENCE_`` -> ``Inter-Services Intelligence``."""
    words = [w for w in raw.strip().strip("_").replace("_", " ").split() if w]
    if len(words) == 1 and len(words[0]) <= 5 and words[0].isalpha():
        return words[0]
    out = []
    for k, w in enumerate(words):
        if k and w in _SMALL:
            out.append(w.lower())
        elif w.startswith("(") and w.endswith(")"):
            out.append(w)
        else:
            out.append("-".join(p.capitalize() for p in w.split("-")))
    return " ".join(out)


def _pick_code(codes: list[tuple[str, str]]) -> str | None:
    open_ended = [c for c, d in codes if not d or d.startswith(">")]
    for c in (open_ended or [c for c, _ in codes])[::-1]:
        c = c.strip("~")
        if _CAMEO.match(c):
            return c
    return None


def _kind(name: str, code: str | None, dated: bool, default: ActorKind) -> ActorKind:
    if code is not None and len(code) == 3 and default is ActorKind.ORGANIZATION and not dated:
        return ActorKind.COUNTRY
    if dated:
        return ActorKind.PERSON
    if code and code[3:6] in ("REB", "INS", "SEP", "UAF") and default is not ActorKind.COUNTRY:
        return ActorKind.ARMED_GROUP
    return default


def _blocks(text: str) -> Iterator[tuple[str, list[str], list[tuple[str, str]]]]:
    name: str | None = None
    aliases: list[str] = []
    codes: list[tuple[str, str]] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("+"):
            if name is not None:
                aliases.append(_CODE.sub("", line[1:]).strip())
            continue
        found = [(m.group(1), (m.group(2) or "").strip()) for m in _CODE.finditer(line)]
        if line[0] in " \t":
            codes.extend(found)
            continue
        if name is not None:
            yield name, aliases, codes
        name = _CODE.sub("", line).strip()
        aliases, codes = [], list(found)
    if name is not None:
        yield name, aliases, codes


def _actors(text: str, default: ActorKind) -> list[tuple[str, Entry]]:
    out: list[tuple[str, Entry]] = []
    for raw_name, raw_aliases, codes in _blocks(text):
        name = _display(raw_name)
        if not name or not name[0].isalnum():
            continue
        code = _pick_code(codes)
        dated = any(d and not d.startswith(">") for _, d in codes)
        kind = _kind(name, code, dated, default)
        country = code[:3] if code and not code.startswith(("IGO", "IMG", "NGO", "MNC")) else None
        prefix = {ActorKind.PERSON: "person", ActorKind.COUNTRY: "country"}.get(kind, "org")
        rid = (
            f"country:{country}"
            if kind is ActorKind.COUNTRY and country
            else f"{prefix}:{slug(name)}"
        )
        entry = Entry(rid, name, kind, country, code)
        out.append((name, entry))
        for alias in raw_aliases:
            shown = _display(alias)
            if shown and shown[0].isalnum():
                out.append((shown, attrs.evolve(entry, form="alias")))
    return out


def _agents(text: str) -> list[tuple[str, str]]:
    sets: dict[str, list[str]] = {}
    out: list[tuple[str, str]] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("!") and "=" in line:
            key, _, vals = line.partition("=")
            sets[key.strip().strip("!")] = [v.strip() for v in vals.split(",") if v.strip()]
            continue
        m = _CODE.search(line)
        if m is None:
            continue
        sector = m.group(1).strip("~")
        word = line[: m.start()].strip()
        forms = [word]
        sm = _SET.search(word)
        if sm is not None:
            forms = [word.replace(sm.group(0), v) for v in sets.get(sm.group(1), [])]
        for f in forms:
            words = f.replace("_", " ").strip().lower()
            if words and _CAMEO.match(sector):
                out.append((words, sector))
    return out


def load_petrarch(path: str | Path) -> Gazetteer:
    """A gazetteer from a PETRARCH/Phoenix ``.actors.txt`` or ``agents.txt`` file, or a folder of them."""
    p = Path(path)
    if p.is_dir():
        total = Gazetteer()
        for f in sorted(p.glob("*.txt")):
            if f.name.endswith(".actors.txt") or f.name.endswith("agents.txt"):
                total = total + load_petrarch(f)
        return total
    try:
        text = p.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ParseError(f"cannot read PETRARCH dictionary {p}: {exc}") from exc
    if p.name.endswith("agents.txt"):
        return Gazetteer(titles=tuple(_agents(text)))
    low = p.name.lower()
    default = ActorKind.ARMED_GROUP if "milnonstate" in low else ActorKind.ORGANIZATION
    return Gazetteer(entries=tuple(_actors(text, default)))

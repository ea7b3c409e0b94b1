"""Reading PETRARCH / Phoenix actor and agent dictionaries as an extra gazetteer.

The package ships none of their content; users who have the files pass them in::

    extra = load_petrarch("Phoenix.International.actors.txt")
    annotator = ActorAnnotator(extra=extra)  # names the built-in lexicon knows stay its own

Actor files hold blocks: a name line (``NAME_WORDS_ [CODE]``), ``+ALIAS_`` lines
and tab-indented ``[CODE dates]`` lines. Agent files map role words to sector
codes (``FARMER [~AGR]``), with ``!SET! = A, B`` substitution sets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ...errors import ParseError
from ...models import ActorKind
from ._gazetteer import Gazetteer, GazetteerEntry
from ._lexicon import slug

__all__ = ["load_petrarch"]

# "[CODE]" or "[CODE 700101-991231]"; no "[" inside, so a line of "[" without "]" fails
# at the next "[" and the search stays linear
_CODE = re.compile(r"\[([^\]\[\s]*)(?:\s+([^\]\[]*))?\]")
_CAMEO = re.compile(r"(?:[A-Z]{3})+\Z")
_SET = re.compile(r"!([A-Z]+)!")
_SMALL = frozenset({"OF", "THE", "AND", "FOR", "IN", "ON", "AT", "DE", "DU", "LA", "AL", "EL"})


def _is_acronym(word: str, short: frozenset[str]) -> bool:
    """Whether a word of a name in capitals is an acronym, to be kept so ("U.S.", "AU")."""
    if "." in word or word in short:
        return True
    if not word.isalpha() or len(word) > 3:
        return False
    vowels = sum(c in "AEIOUY" for c in word)
    return vowels == 0 or vowels == len(word)


def _cased(word: str, short: frozenset[str]) -> str:
    if word.startswith("(") and word.endswith(")"):
        return word
    return "-".join(p if _is_acronym(p, short) else p.capitalize() for p in word.split("-"))


def _words(raw: str) -> list[str]:
    return [w for w in raw.strip().strip("_").replace("_", " ").split() if w]


def _display(raw: str, short: frozenset[str] = frozenset()) -> str:
    """``INTER-SERVICES_INTELLIGENCE_`` -> ``Inter-Services Intelligence``; ``THE_AU_`` ->
    ``The AU``; ``U.S._ARMY_`` -> ``U.S. Army``; ``ARNOR_`` -> ``Arnor``.

    A word in ``short`` (the file's names of up to three letters), one with a dot, or one
    of up to three letters that is all vowels or all consonants stays in capitals.
    """
    words = _words(raw)
    if len(words) == 1 and (words[0].isalpha() or "." in words[0]):
        w = words[0]
        return w if _is_acronym(w, short) or len(w) <= 3 else w.capitalize()
    out = []
    for k, w in enumerate(words):
        if k and w in _SMALL:
            out.append(w.lower())
        else:
            out.append(_cased(w, short))
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


def _short_names(blocks: list[tuple[str, list[str], list[tuple[str, str]]]]) -> frozenset[str]:
    """The file's names and aliases of one word of up to three letters: its acronyms."""
    out = set()
    for name, aliases, _ in blocks:
        for raw in (name, *aliases):
            words = _words(raw)
            if len(words) == 1 and len(words[0]) <= 3 and words[0].isalpha():
                out.add(words[0])
    return frozenset(out)


def _actors(text: str, default: ActorKind) -> list[GazetteerEntry]:
    out: list[GazetteerEntry] = []
    blocks = list(_blocks(text))
    short = _short_names(blocks)
    for raw_name, raw_aliases, codes in blocks:
        name = _display(raw_name, short)
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
        aliases = [_display(a, short) for a in raw_aliases]
        aliases = [a for a in aliases if a and a[0].isalnum() and a != name]
        out.append(GazetteerEntry(name, kind, tuple(aliases), country, code, id=rid))
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
    """A gazetteer from a PETRARCH/Phoenix ``.actors.txt`` or ``agents.txt`` file, or a folder of them.

    Names are matched as written in text: ``ARNOR_`` becomes "Arnor" (matched in
    capitals too), while acronyms keep their capitals ("THE_AU_" -> "The AU",
    "U.S._ARMY_" -> "U.S. Army").
    """
    p = Path(path)
    if p.is_dir():
        total = Gazetteer()
        for f in sorted(p.glob("*.txt")):
            if f.name.endswith(".actors.txt") or f.name.endswith("agents.txt"):
                total = total | load_petrarch(f)
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

"""Unknown acronyms after reading: the initials of a name of the text, or of a common thing.

An acronym no gazetteer knows becomes an organisation where it is read. Once the
whole text is read it is checked again:

- its letters are the initials of another actor the text names ("BVI" and the
  British Virgin Islands, "COI" and the Commission of Inquiry, "USVI" and the U.S.
  Virgin Islands): its mentions are that actor's, wherever the long form stands;
- the text defines it by words in lower case ("the medium-term expenditure
  framework (MTEF)"), or, three letters or more, spells it with lower-case words
  anywhere ("bus rapid transit ... the BRT"), or calls a lower-case noun by it
  ("dinitrophenol, known as DNP", not "a militant group known as ..."): it names a
  thing, no actor.
"""

from __future__ import annotations

import re

from ...models import ActorKind
from ._classify import is_acronym
from ._link import Doc, Record

__all__ = ["settle_acronyms"]

_WORD = re.compile(r"[^\W\d_][\w.’'-]*")


def _initials(name: str) -> set[str]:
    """The acronyms ``name`` may have: the initials of its capitalised words, with or
    without those of its small words ("Commission of Inquiry": CI, COI); a dotted
    abbreviation gives all its letters ("U.S. Virgin Islands": USVI)."""
    caps: list[str] = []
    every: list[str] = []
    for word in _WORD.findall(name):
        dotted = "." in word.rstrip(".")
        letters = "".join(ch for ch in word if ch.isalpha()) if dotted else word[0]
        every.append(letters)
        if word[0].isupper():
            caps.append(letters)
    return {"".join(caps).upper(), "".join(every).upper()}


#: Shortest unknown acronym whose letters, spelt by lower-case words anywhere in the
#: text, make it a common thing's ("bus rapid transit ... BRT"); two letters are too
#: often spelt by chance.
_SPELT_ANYWHERE = 3


def _spelt_in_lower_case(acronym: str) -> re.Pattern[str]:
    """Lower-case words of three letters or more, one a letter of ``acronym`` (hyphened
    parts too), that spell it."""
    parts = r"[ -]+".join(f"({ch}[a-z]{{2,}})" for ch in acronym.lower())
    return re.compile(rf"(?<![\w-]){parts}(?![\w-])")


def _known_as_thing(acronym: str, texts: list[str], bodies: frozenset[str]) -> bool:
    """ "a toxic chemical, known as XYZ": a lower-case noun that names no body right before
    a comma and "known as" (not "a militant group, known as XYZ", nor "the Committee —
    unofficially known as XYZ")."""
    if not any(f"known as {acronym}" in text for text in texts):
        return False
    pattern = re.compile(rf"([a-z]+), (?:also |better |commonly )?known as {acronym}\b")
    return any(m.group(1) not in bodies for text in texts for m in pattern.finditer(text))


def _defined_in_lower_case(
    acronym: str, texts: list[str], small: frozenset[str], bodies: frozenset[str]
) -> bool:
    """Whether a text spells ``acronym`` with lower-case words: in brackets after them
    ("the medium-term expenditure framework (MTEF)", quotes around the words allowed), or,
    for three letters or more, anywhere ("the bus rapid transit line ... BRT"), unless an
    apposition describes it ("XYZ, a ... company")."""
    mark = f"({acronym})"
    want = acronym.lower()
    for text in texts:
        at = text.find(mark)
        while at >= 0:
            words = text[max(0, at - 120) : at].split()
            letters = ""
            for word in reversed(words):
                word = word.strip("\"“”‘’'")
                if not word[:1].islower() or not word.replace("-", "").isalpha():
                    break
                letters = "".join(part[0] for part in word.split("-") if part) + letters
                if len(letters) >= len(want):
                    break
            if letters == want:
                return True
            at = text.find(mark, at + 1)
    if _known_as_thing(acronym, texts, bodies):
        return True
    if len(acronym) < _SPELT_ANYWHERE or not acronym.isalpha():
        return False
    if any(f"{acronym}, a " in text or f"{acronym}, an " in text for text in texts):
        return False  # "XYZ, a paper money grading company": described as a body
    spelt = _spelt_in_lower_case(acronym)
    return any(
        not small.intersection(m.groups()) for text in texts for m in spelt.finditer(text)
    )  # "bus rapid transit", not "but the rest": small words spell nothing


def _unknown_acronym(doc: Doc, rec: Record) -> bool:
    return (
        rec.kind is ActorKind.ORGANIZATION
        and is_acronym(rec.name)
        and rec.name.isupper()
        and rec.name not in doc.lex.phrases
        and rec.id.startswith("org:")
        and all(m[3] == rec.name for m in rec.mentions)
    )


def _place_word(doc: Doc, word: str) -> bool:
    """Whether ``word`` alone names a known country or place."""
    entry = doc.lex.phrases.get(word)
    return entry is not None and entry.kind in (ActorKind.COUNTRY, ActorKind.PLACE)


def settle_acronyms(doc: Doc) -> None:
    """Give unknown acronyms' mentions to the actor they abbreviate, or drop acronyms the
    text defines as common words (see the module's docstring)."""
    acronyms = [r for r in doc.records.values() if r.mentions and _unknown_acronym(doc, r)]
    if not acronyms:
        return
    longs: dict[str, list[Record]] = {}
    for rec in doc.records.values():
        if rec.mentions and rec.kind is not ActorKind.PERSON and " " in rec.name:
            keys = _initials(rec.name)
            first, _, rest = rec.name.partition(" ")
            if rec.kind is not ActorKind.PLACE and " " in rest and _place_word(doc, first):
                keys |= _initials(rest)  # "California Independent System Operator": ISO
            for key in keys:
                if len(key) >= 2:
                    longs.setdefault(key, []).append(rec)
    bodies = doc.lex.org_nouns | frozenset(doc.lex.agents) | doc.lex.member_nouns
    for rec in acronyms:
        owners = longs.get(rec.name, [])
        if len(owners) == 1 and owners[0] is not rec:
            owners[0].mentions.extend(rec.mentions)
            rec.mentions = []
        elif not owners and _defined_in_lower_case(
            rec.name, doc.texts, doc.lex.function_words, bodies
        ):
            rec.mentions = []

"""The trigger lexicon, CAMEO labels and the CAMEO -> PLOVER table, loaded once.

Data files live in ``geoarticle/data/events/`` (see the header of each for its
format). :func:`match_triggers` finds the longest trigger at each token.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Sequence
from importlib import resources

import attrs

from ..tokens import Token

__all__ = [
    "TRAVEL_VERBS",
    "UNDERGOING",
    "Pattern",
    "TriggerMatch",
    "cameo_label",
    "cues",
    "in_group",
    "intent_code",
    "match_triggers",
    "may_hold_trigger",
    "plover",
    "sentence_words",
    "stance",
    "stance_cues",
    "verb_forms",
]

#: Largest number of words a ``*`` gap in a pattern may stand for.
MAX_GAP = 5

#: Words before a verb-form trigger that show it is a noun ("the press", "in order").
_NOUN_CUES = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "some",
        "many",
        "any",
        "every",
        "each",
        "no",
        "other",
        "in",
        "two",
        "three",
        "four",
        "'s",
        "'",
        "as",
    ]
)
_DETERMINERS = frozenset(
    ["a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "'s", "'"]
)
_ARTICLES = frozenset(["a", "an", "the"])
#: Verbs whose object is a noun that looks like a verb ("gave thanks", "reiterated claims").
_GIVING = frozenset(
    [
        "give",
        "gives",
        "gave",
        "given",
        "make",
        "makes",
        "made",
        "issue",
        "issues",
        "issued",
        "offer",
        "offers",
        "offered",
        "reiterate",
        "reiterates",
        "reiterated",
        "repeat",
        "repeats",
        "repeated",
        "launch",
        "launches",
        "launched",
    ]
)
#: Words after which a participle before a noun is an adjective ("a lot of trained workers").
_ADJECTIVE_CUES = frozenset(["a", "an", "the", "of", "its", "their", "his", "her", "our", "as"])
#: Words after a participle that show it is no adjective ("the killing of", "the ruling by").
_NOT_NOUNS = frozenset(
    ["of", "by", "to", "in", "on", "at", "for", "with", "from", "and", "or", "that", "the", "a"]
)
_NOUN_PREPS = frozenset(
    ["for", "of", "in", "on", "with", "by", "from", "after", "before", "during", "against", "under"]
)
_GAP_STOP = frozenset(".;:!?")
#: Quote marks that may stand between two words of a pattern ('a "stern warning" to').
_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
#: Verbs whose subject undergoes the occurrence a noun after them names ("X is serving a
#: sentence", "X faces charges", "X suffered an attack", "X repelled an attack by Y"); a trigger's bare or -s form after
#: one is that noun.
UNDERGOING = frozenset(
    {
        *("serve", "serves", "serving", "served", "face", "faces", "facing", "faced"),
        *("suffer", "suffers", "suffering", "suffered", "underwent", "undergoing"),
        *("receive", "receives", "received", "receiving", "survived", "endured"),
        *("repelled", "repels", "repelling", "repulsed", "withstood", "withstands"),
    }
)
#: Words before "visiting" that make it an adjective of the name after it.
_VISITOR_CUES = frozenset({"with", "the", "a", "by", "for", "to", "and", "received", "met"})
#: Speech verbs after a subject ("fire officials said").
_SAID = frozenset({"said", "say", "says", "told", "tell"})
#: Participles that hedge the noun after them ("alleged abuses", "purported strike").
_HEDGES = frozenset({"alleged", "purported"})
#: Words after "on" that make it a date's ("called on Tuesday for calm").
_DAY_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december", "sept", "aug", "jan", "feb"}
)
#: Verbs of travel whose subject goes somewhere for what a noun after "for" names ("X
#: flew to Y on Monday for talks with Z": X holds the talks, in the mood of the travel).
TRAVEL_VERBS = frozenset(
    {"left", "flew", "travelled", "traveled", "arrived", "went", "headed", "returned"}
    | {"leaves", "flies", "travels", "arrives", "heads", "returns", "leave", "fly", "travel"}
    | {"arrive", "head", "return", "go", "goes", "came", "comes", "come"}
)
#: Short adjectives with no telling ending that stand between a determiner and a noun.
_PLAIN_ADJECTIVES = frozenset(
    {"main", "new", "old", "first", "last", "top", "big", "only", "own", "large", "small"}
)
#: Endings of the adjectives that may stand between a determiner and a noun trigger.
_ADJECTIVE_ENDINGS = ("ed", "ly", "al", "ful", "ous", "ive", "ic", "est")


def _rows(name: str) -> Iterator[list[str]]:
    text = resources.files("geoarticle").joinpath(f"data/events/{name}").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@functools.cache
def _irregular() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(row[1].split()) for row in _rows("irregular_verbs.tsv")}


def verb_forms(lemma: str) -> frozenset[str]:
    """Every inflection of ``lemma``: the regular rules plus the irregular table."""
    forms = {lemma}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    forms.update(_irregular().get(lemma, ()))
    return frozenset(forms)


@functools.cache
def _third_person(lemma: str) -> str:
    """ "rally" -> "rallies", "search" -> "searches", "visit" -> "visits" (the form
    that is also the noun's plural)."""
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    return lemma + "s"


def _noun_forms(word: str) -> frozenset[str]:
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return frozenset({word, word[:-1] + "ies"})
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return frozenset({word, word + "es"})
    return frozenset({word, word + "s"})


def _slot(item: str) -> frozenset[str]:
    forms: set[str] = set()
    for alt in item.split("|"):
        if alt.endswith("+"):
            forms |= verb_forms(alt[:-1])
        elif alt.endswith("~"):
            forms |= _noun_forms(alt[:-1])
        else:
            forms.add(alt)
    return frozenset(forms)


@attrs.frozen(cache_hash=True)  # (keys of the coder's tables: hashed once, for speed)
class Pattern:
    """One lexicon entry: a CAMEO code and the word slots that express it."""

    code: str
    #: ``V`` (a verb phrase) or ``N`` (a noun phrase).
    kind: str
    #: Each slot is a set of accepted lower-case words; None is a gap.
    slots: tuple[frozenset[str] | None, ...]
    flags: frozenset[str]
    #: The lemma of the first word when it is an inflected verb ("visit").
    verb: str | None


@attrs.frozen(cache_hash=True)  # (as Pattern)
class TriggerMatch:
    """A pattern matched at tokens ``first`` to ``last`` (inclusive) of a sentence."""

    pattern: Pattern
    first: int
    last: int

    @property
    def head(self) -> int:
        """Index of the token that carries voice and tense (the first word)."""
        return self.first


@functools.cache
def _patterns() -> dict[str, tuple[Pattern, ...]]:
    index: dict[str, list[Pattern]] = {}
    for row in _rows("triggers.tsv"):
        code, kind, text = row[0], row[1], row[2]
        flags = frozenset(f for f in (row[3] if len(row) > 3 else "").split(",") if f)
        items = text.split()
        slots = tuple(None if it == "*" else _slot(it) for it in items)
        verb = items[0][:-1] if items[0].endswith("+") and "|" not in items[0] else None
        pat = Pattern(code, kind, slots, flags, verb)
        first = slots[0]
        assert first is not None, f"pattern {text!r} starts with a gap"
        for form in first:
            index.setdefault(form, []).append(pat)
    return {k: tuple(v) for k, v in index.items()}


def _match_at(pat: Pattern, toks: Sequence[Token], i: int) -> int | None:
    """Index of the last token of ``pat`` matched from ``i``, or None."""
    j = i
    slots = pat.slots
    k = 0
    while k < len(slots):
        slot = slots[k]
        if slot is None:
            nxt = slots[k + 1]
            assert nxt is not None
            for gap in range(MAX_GAP + 1):
                t = j + gap
                if t >= len(toks) or toks[t].lower in _GAP_STOP:
                    return None
                if toks[t].lower in nxt:
                    j = t + 1
                    break
            else:
                return None
            k += 2
            continue
        if k and j < len(toks) and toks[j].lower in _QUOTE_MARKS:
            j += 1  # 'a "stern warning" to': a quote mark inside the words of a pattern
        if j >= len(toks) or toks[j].lower not in slot:
            return None
        j += 1
        k += 1
    return j - 1


def _plausible(pat: Pattern, toks: Sequence[Token], i: int, sentence_first: int) -> bool:
    tok = toks[i]
    if tok.text[:1].isupper() and i != sentence_first:
        return False  # a proper noun: "Islamic State", "Secretary of State"
    if pat.kind != "V" or pat.verb is None:
        return True
    if (
        len(pat.slots) == 1
        and tok.lower.endswith(("ed", "ing"))
        and i > sentence_first
        and toks[i - 1].lower in _ADJECTIVE_CUES
        and i + 1 < len(toks)
        and toks[i + 1].text[:1].isalpha()
        and toks[i + 1].lower not in _NOT_NOUNS
    ):
        return False  # "the detained traders", "an occupying power": a participle as adjective
    if (
        tok.lower == "visiting"
        and i > sentence_first
        and toks[i - 1].lower in _VISITOR_CUES
        and i + 1 < len(toks)
        and toks[i + 1].text[:1].isupper()
    ):
        return False  # "talks with visiting Kenyan President X": X is a guest, no visit coded
    if (
        tok.lower in _HEDGES
        and i + 1 < len(toks)
        and toks[i + 1].text.isalpha()
        and toks[i + 1].text.islower()
        and toks[i + 1].lower not in _NOT_NOUNS
    ):
        return False  # "for alleged hijacking": a hedge on a noun, no one alleges
    if pat.kind == "V" and i + 1 < len(toks) and toks[i + 1].lower[:2] in {"d'", "d’"}:
        return False  # "the charge d'affaires": a diplomat's title
    if tok.lower == pat.verb or tok.lower == _third_person(pat.verb):
        prev = toks[i - 1].lower if i > sentence_first else ""
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        if "-" in prev and prev.replace("-", "").isalpha() and toks[i - 1].text.islower():
            return False  # "the long-delayed talks", "five-year notes": a noun
        if (
            i + 2 < len(toks)
            and nxt.isalpha()
            and nxt.endswith("s")
            and toks[i + 1].text.islower()
            and toks[i + 2].lower in _SAID
        ):
            return False  # "fire officials said": a noun's modifier before the speakers"
        if any(toks[j].lower in _GIVING for j in range(max(sentence_first, i - 2), i)):
            return False  # "gives special thanks", "made claims": the object of a light verb
        if prev in _NOUN_CUES or (nxt == "of" and len(pat.slots) == 1):
            return False
        if any(toks[j].lower in UNDERGOING for j in range(max(sentence_first, i - 3), i)):
            return False  # "serving prison sentences": a noun
        if prev in _NOUN_PREPS:
            return False  # "secretary of state", "heads of state": a bare form after a preposition
        if (
            nxt == "to"
            and tok.lower.endswith("s")
            and i - 2 >= sentence_first
            and toks[i - 1].text[:1].isupper()
            and toks[i - 2].lower in _NOUN_CUES
        ):
            return False  # "urged the Gulf states to ...": a plural after a name, then its verb
        if i == sentence_first:
            return False  # "Riot police ...": news sentences do not open with a bare verb
        if (
            tok.lower == pat.verb
            and i - 2 >= sentence_first
            and toks[i - 2].lower in _NOUN_CUES
            and (
                prev in _PLAIN_ADJECTIVES
                or (prev.isalpha() and prev.endswith(_ADJECTIVE_ENDINGS))
                or ("-" in prev and prev.replace("-", "").isalpha())  # "state-owned"
            )
            and nxt.isalpha()
            and nxt not in _NOT_NOUNS
        ):
            return False  # "the city's main jail complex": a noun's modifier, no verb
        if (
            tok.lower == pat.verb
            and "speech" not in pat.flags
            and nxt.isalpha()
            and nxt == toks[i + 1].text
            and nxt not in _NOT_NOUNS
            and _after_named_modifier(toks, i, sentence_first)
        ):
            return False  # "a White House press secretary": a name's noun before a noun
    if tok.lower.endswith("ing") and any(p.kind == "N" for p in _patterns().get(tok.lower, ())):
        # "a four-hour meeting", "the killing of", "a UN Security Council emergency
        # meeting": a gerund read as a noun (a determiner before its modifiers and names)
        for j in range(i - 1, max(sentence_first, i - 6) - 1, -1):
            word = toks[j].lower
            if word in _DETERMINERS:
                return False
            if not word.replace("-", "").replace(".", "").isalpha():
                break
    return True


def _after_named_modifier(toks: Sequence[Token], i: int, sentence_first: int) -> bool:
    """Whether the bare form at ``i`` follows a name opened by "a", "an" or "the" ("a White
    House press secretary", "the Kremlin press office"): a singular name takes no bare verb,
    so the word is a noun the name modifies."""
    j = i - 1
    while j > sentence_first and toks[j].text[:1].isupper():
        j -= 1
    return j < i - 1 and toks[j].lower in ("a", "an", "the")


_WORDS = re.compile(r"[a-z]+")


@functools.cache
def _first_words() -> frozenset[str]:
    return frozenset(_patterns())


def sentence_words(text: str, start: int, end: int) -> set[str]:
    """The lower-cased letter runs of ``text[start:end]`` (a cheap bag of words)."""
    return set(_WORDS.findall(text[start:end].lower()))


def may_hold_trigger(words: set[str]) -> bool:
    """A cheap test: does a sentence with these words contain any word a trigger starts with?"""
    return not _first_words().isdisjoint(words)


def match_triggers(toks: Sequence[Token], first: int = 0) -> list[TriggerMatch]:
    """Non-overlapping longest trigger matches in ``toks``, left to right.

    ``first`` is the index of the sentence's first token (capitalisation there
    does not mark a proper noun).
    """
    index = _patterns()
    found: list[TriggerMatch] = []
    after = 0  # the tokens before this one are read
    # only the tokens a pattern starts with are visited (for speed)
    for i in [k for k, t in enumerate(toks) if t.lower in index]:
        if i < after:
            continue
        best: TriggerMatch | None = None
        for pat in index[toks[i].lower]:
            last = _match_at(pat, toks, i)
            if last is None or not _plausible(pat, toks, i, first):
                continue
            if (
                toks[last].lower in {"on", "upon"}
                and last + 1 < len(toks)
                and toks[last + 1].lower in _DAY_WORDS
            ):
                continue  # "called on Tuesday for ...": a date, not whom the call is on
            if best is None or last > best.last:
                best = TriggerMatch(pat, i, last)
            elif last == best.last and pat.kind != best.pattern.kind:
                prev = toks[i - 1].lower if i > first else ""
                nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
                nounish = (
                    prev in _NOUN_CUES
                    or (prev in _NOUN_PREPS and not toks[i].lower.endswith("ing"))
                    # "the frenzied attack", "a deadly strike": an adjective after a determiner
                    or (
                        i - 2 >= first
                        and toks[i - 2].lower in _NOUN_CUES
                        and toks[i - 1].text.islower()
                        and toks[i - 1].lower.endswith(_ADJECTIVE_ENDINGS)
                    )
                    # "which prompted protests", "growing attacks": a plural after a
                    # participle or a verb in the past is that verb's object, no verb itself
                    or (
                        i > first
                        and toks[i].lower.endswith("s")
                        and toks[i - 1].text.isalpha()
                        and toks[i - 1].text.islower()
                        and toks[i - 1].lower.endswith(("ed", "ing"))
                    )
                    # "Russian strikes on Kyiv": a plural after a name, before its object
                    or (
                        i > first
                        and toks[i - 1].text[:1].isupper()
                        and toks[i].lower.endswith("s")
                        and nxt in _NOUN_PREPS
                    )
                )
                if (pat.kind == "N") == nounish:
                    best = TriggerMatch(pat, i, last)
        if best is not None:
            found.append(best)
            after = best.last + 1
    return found


@functools.cache
def _groups() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(row[1].split()) for row in _rows("cameo_groups.tsv")}


@functools.cache  # (for speed: the coder asks of the same few codes over and over)
def in_group(code: str, group: str) -> bool:
    """Whether ``code`` (or its root) is in the CAMEO code group ``group`` (``cameo_groups.tsv``)."""
    members = _groups()[group]
    return code in members or code[:2] in members


@functools.cache
def _intents() -> dict[str, str]:
    return {row[0]: row[1] for row in _rows("intents.tsv")}


def intent_code(code: str) -> str | None:
    """The code of announcing ``code`` for the future (``intents.tsv``), or None."""
    return _intents().get(code[:2])


@functools.cache
def cues() -> dict[str, frozenset[str]]:
    """The coder's word lists (``data/events/cues.json``), by name."""
    text = resources.files("geoarticle").joinpath("data/events/cues.json").read_text("utf-8")
    data = json.loads(text)
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}


@functools.cache
def stance_cues() -> dict[str, str]:
    """Word -> the CAMEO code a statement carrying it is coded by (``data/events/stance.tsv``)."""
    return {row[0]: row[1] for row in _rows("stance.tsv")}


def stance(words: Sequence[str]) -> str | None:
    """The code the cues among ``words`` (lower case) give a statement, or None."""
    cues = stance_cues()
    counts: dict[str, int] = {}
    for w in words:
        code = cues.get(w)
        if code is not None:
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


@functools.cache
def _labels() -> dict[str, str]:
    return {row[0]: row[1] for row in _rows("cameo_labels.tsv")}


def cameo_label(code: str) -> str:
    """The label of a CAMEO code, falling back to its parents ("1951" -> "Employ aerial weapons")."""
    labels = _labels()
    for n in range(len(code), 1, -1):
        if code[:n] in labels:
            return labels[code[:n]]
    return ""


@functools.cache
def _plover() -> dict[str, tuple[str | None, str | None]]:
    table: dict[str, tuple[str | None, str | None]] = {}
    for row in _rows("plover.tsv"):
        kind = row[1] if len(row) > 1 and row[1] else None
        mode = row[2] if len(row) > 2 and row[2] else None
        table[row[0]] = (kind, mode)
    return table


def plover(code: str) -> tuple[str | None, str | None]:
    """The PLOVER event type and mode of a CAMEO code (longest prefix in the table)."""
    table = _plover()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None, None

"""Document state: one record per actor, and the indexes that link later mentions to it."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

import attrs

from ...models import Actor, ActorKind, Mention
from ._agents import PAIR_NOUNS
from ._codes import actor_code
from ._lexicon import Entry, Lexicon, slug

if TYPE_CHECKING:
    from ._repeated import Unread

__all__ = ["Doc", "Record", "Where"]

#: Last words of a public body named for its town: the town's name alone is the town.
_TOWN_BODY_ENDS = frozenset(
    {"Department", "Police", "Council", "Office", "Hospital", "School", "Schools", "Library"}
    | {"Court", "Board", "Commission", "Authority", "District", "police"}
)

Where = tuple[int, int | None] | None
_GROUPS = (ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP)
_GEO = (ActorKind.COUNTRY, ActorKind.PLACE)
_LETTERS = re.compile(r"[^\W\d_]+")


def _prose_word(low: str) -> re.Pattern[str]:
    """A lower-case word standing alone: no letter, digit or mark of an address, a handle
    or an entity touching it ("amp.dev", "@amp", "&amp;"); a stop after it ends a sentence."""
    return re.compile(rf"(?<![\w./@&#_-]){re.escape(low)}(?![\w/@;_-]|\.\w)")


_LETTER = re.compile(r"[^\W\d_]")
#: How many of a title's holders "the minister" is compared with (the latest named).
_HOLDERS = 256
#: Abbreviated titles and the word a later reference uses ("Gen. X ... the general").
_EXPANDED = {
    "gen.": "general",
    "lt.": "lieutenant",
    "col.": "colonel",
    "maj.": "major",
    "capt.": "captain",
    "sgt.": "sergeant",
    "adm.": "admiral",
    "brig.": "brigadier",
    "sen.": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "prof.": "professor",
    "pres.": "president",
}


@attrs.define(slots=True)
class Record:
    """An actor being collected: identity, attributes and mentions so far."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    role: str | None = None
    code: str | None = None
    sector: str = ""
    #: (where, start, end, text, metonym, group noun) of every mention.
    mentions: list[tuple[Where, int, int, str, bool, str | None]] = attrs.field(factory=list)
    #: When it was last mentioned (the document's mention counter).
    last: int = -1
    #: A person only because nothing pointed elsewhere: a later mention may say what it is.
    guessed: bool = False
    #: Guessed with nothing around it to back the guess: no comma after it, no speech
    #: verb, not in a list. Said only once, such a name is left out (:meth:`Doc.actors`).
    bare: bool = False

    def actor(self) -> Actor:
        """The finished, immutable Actor."""
        seen: list[str] = []
        for _, _, _, text, _, group in self.mentions:
            if group is None and text != self.name and text not in seen and not _pair(text):
                seen.append(text)
        code = self.code or actor_code(self.kind, self.country, self.sector)
        return Actor(
            id=self.id,
            name=self.name,
            kind=self.kind,
            aliases=tuple(seen),
            country=self.country,
            role=self.role,
            code=code,
            mentions=tuple(
                Mention(
                    start=s,
                    end=e,
                    text=t,
                    section=None if w is None else w[0],
                    block=None if w is None else w[1],
                    metonym=m,
                    group=g,
                )
                for w, s, e, t, m, g in sorted(self.mentions, key=_at)
            ),
        )


def _pair(text: str) -> bool:
    """Whether a mention names two actors at once ("the two countries", "both leaders"):
    a mention of each, but an alias of neither."""
    words = text.lower().split()
    return len(words) >= 2 and words[-1] in PAIR_NOUNS and ("two" in words or "both" in words)


@attrs.define
class Doc:
    """Everything known so far about one text's actors."""

    lex: Lexicon
    records: dict[str, Record] = attrs.field(factory=dict)
    #: Exact surface forms (names, aliases, acronyms) -> actor id.
    surfaces: dict[str, str] = attrs.field(factory=dict)
    #: Last names of people -> actor id.
    surnames: dict[str, str] = attrs.field(factory=dict)
    #: First word of multi-word organisations ("Haqqani") -> actor id.
    heads: dict[str, str] = attrs.field(factory=dict)
    #: Records by the first word of their name, for :meth:`by_first_name`.
    firsts: dict[str, list[str]] = attrs.field(factory=dict)
    #: Lower-cased title words -> the people who hold them, in the order they were named.
    titles: dict[str, dict[str, None]] = attrs.field(factory=dict)
    #: Mentions so far: the clock of :attr:`Record.last`.
    tick: int = 0
    #: How often each country, or a place in it, has been named: where the story is set.
    settings: dict[str, int] = attrs.field(factory=dict)
    #: Generic agent label ("troops") -> the country its latest mention stood for.
    agent_countries: dict[str, str] = attrs.field(factory=dict)
    #: The texts being read, for :meth:`written_lower`.
    texts: list[str] = attrs.field(factory=list)
    #: False when no phrase of page furniture is in :attr:`texts`: no line needs the test.
    furniture: bool = True
    #: Word -> whether :attr:`texts` write it, in lower case, as a whole word (filled on use,
    #: for :meth:`written_lower`).
    _lower_words: dict[str, bool] = attrs.field(factory=dict)
    #: Word -> whether :attr:`texts` write it in lower case as a word of prose (filled on
    #: use, for :meth:`written_in_prose`).
    _prose_words: dict[str, bool] = attrs.field(factory=dict)
    #: Phrase -> whether :attr:`texts` hold it twice or more (filled on use, for
    #: :meth:`said_again`).
    _again: dict[str, bool] = attrs.field(factory=dict)
    #: Names the text uses as a product's ("Orvik 3.8", "the Orvik compiler"): unless the
    #: gazetteer knows them, no actor (:meth:`actors`).
    products: set[str] = attrs.field(factory=set)
    #: Unknown one-word names the reader dropped -> their uses, for the second pass.
    unread: dict[str, list[Unread]] = attrs.field(factory=dict)

    def written_lower(self, phrase: str) -> bool:
        """Whether ``phrase`` also occurs in lower case as whole words ("birthright citizenship")."""
        low = phrase.lower()
        if low == phrase:
            return False
        if not all(map(self._written_lower_word, _LETTERS.findall(low))):
            return False  # a word of it never written in lower case: no need to scan the text
        for text in self.texts:
            at = text.find(low)
            while at >= 0:
                end = at + len(low)
                if (at == 0 or not text[at - 1].isalnum()) and (
                    end == len(text) or not text[end].isalnum()
                ):
                    return True
                at = text.find(low, at + 1)
        return False

    def written_in_prose(self, word: str) -> bool:
        """Whether :attr:`texts` write ``word`` in lower case as a word of a sentence
        ("select" for "SELECT"), not only inside an address, a handle or an entity
        ("amp.dev", "@amp", "&amp;")."""
        low = word.lower()
        known = self._prose_words.get(low)
        if known is None:
            known = self._written_lower_word(low) and any(
                _prose_word(low).search(text) for text in self.texts
            )
            self._prose_words[low] = known
        return known

    def said_again(self, phrase: str) -> bool:
        """Whether ``phrase`` occurs more than once in :attr:`texts` (cached per phrase)."""
        known = self._again.get(phrase)
        if known is None:
            seen = 0
            for text in self.texts:
                seen += text.count(phrase)
                if seen >= 2:
                    break
            known = self._again[phrase] = seen >= 2
        return known

    def _written_lower_word(self, word: str) -> bool:
        """Whether a run of letters of :attr:`texts` is ``word``, which is in lower case.

        For speed, each word is looked for once, by ``str.find``, rather than every
        run of letters of the texts collected: an occurrence is a run of its own when
        no letter touches it (every character of ``word`` is a letter).
        """
        known = self._lower_words.get(word)
        if known is None:
            known = word == word.lower() and any(_whole(text, word) for text in self.texts)
            self._lower_words[word] = known
        return known

    def record_for(self, entry: Entry) -> Record:
        """The record of a gazetteer entry, created on first use."""
        rec = self.records.get(entry.id)
        if rec is None:
            rec = Record(entry.id, entry.name, entry.kind, entry.country, entry.role, entry.code)
            self.records[entry.id] = rec
            self.remember(rec)
        return rec

    def new(self, name: str, kind: ActorKind, country: str | None = None) -> Record:
        """A new actor found by the rules, with a unique id."""
        prefix = {ActorKind.PERSON: "person", ActorKind.PLACE: "place"}.get(kind, "org")
        base = f"{prefix}:{slug(name)}"
        rid = base
        k = 2
        while rid in self.records:
            rid = f"{base}-{k}"
            k += 1
        rec = Record(rid, name, kind, country)
        self.records[rid] = rec
        self.remember(rec)
        return rec

    def remember(self, rec: Record) -> None:
        """Index the name of ``rec`` for later mentions."""
        self.surfaces.setdefault(rec.name, rec.id)
        words = rec.name.split()
        if words:
            self.firsts.setdefault(words[0], []).append(rec.id)
        if rec.kind is ActorKind.PERSON and len(words) >= 2:
            last = words[-1]
            if last in self.lex.person_suffixes and len(words) > 2:
                last = words[-2]
            self.surnames[last] = rec.id
            lead, _, bare = last.partition("-")
            if bare[:1].isupper() and lead.lower() in self.lex.particles:
                self.surnames.setdefault(bare, rec.id)  # "Omar al-Bashir" ... "Bashir"
            particle = next(
                (
                    k
                    for k, w in enumerate(words[1:-1], 1)
                    if w in self.lex.particles and w.islower()
                ),
                None,
            )
            if particle is not None:
                # "Anna von der Brugge" ... "von der Brugge", "Von der Brugge"
                tail = " ".join(words[particle:])
                self.surfaces.setdefault(tail, rec.id)
                self.surfaces.setdefault(tail[0].upper() + tail[1:], rec.id)
            for middle in words[1:-1]:
                # "Luiz Inácio Lula da Silva" ... "Lula": a name known by a middle word
                if middle[0].isupper() and len(middle) > 2 and middle not in self.lex.given_names:
                    self.surnames.setdefault(middle, rec.id)
        elif rec.kind in (ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP) and len(words) >= 2:
            if words[-1] in self.lex.closing_words:
                # "Acme Widgets Inc." ... "Acme Widgets": the company without its legal form
                self.surfaces.setdefault(" ".join(words[:-1]).rstrip(","), rec.id)
            if (
                words[0] not in self.lex.common
                and words[0].lower() not in self.lex.common
                and words[-1] not in _TOWN_BODY_ENDS
            ):  # ("Tarvel Police Department" ... "of Tarvel": the town, not its police)
                self.heads.setdefault(words[0], rec.id)
            initials = "".join(w[0] for w in words if w[0].isupper())
            if len(initials) >= 3:
                self.surfaces.setdefault(initials, rec.id)

    def alias(self, rec: Record, surface: str) -> None:
        """Make ``surface`` (an acronym defined in the text) name ``rec``."""
        self.surfaces[surface] = rec.id

    def hold_title(self, rec: Record, title: str) -> None:
        """Remember that ``rec`` holds ``title`` so that "the secretary" finds it.

        The whole title ("secretary of state", "prime minister"), its head noun
        ("secretary", "minister") and a title first word ("president" of
        "president of afghanistan") all point at ``rec``.
        """
        low = title.lower()
        words = low.split(" of ")[0].split()
        if not words:
            return
        keys = {low, words[-1], _EXPANDED.get(words[-1], words[-1])}
        if words[0] in self.lex.titles:
            keys.add(words[0])
        for key in keys:
            self.titles.setdefault(key, {})[rec.id] = None

    def title_holder(self, title: str, country: str | None) -> Record | None:
        """The person last named who holds ``title`` (in ``country`` when one is given)."""
        holders = self.titles.get(title)
        if holders is None:
            words = title.split(" of ")[0].split()
            holders = self.titles.get(words[-1]) if words else None
        best: Record | None = None
        # the latest holders only: all of them in any article, and linear on a huge text
        for rid in itertools.islice(reversed(holders or {}), _HOLDERS):
            rec = self.records[rid]
            if country is not None and rec.country != country:
                continue
            if best is None or rec.last >= best.last:  # (a tie: the first to hold it)
                best = rec
        return best

    def recent(self, kinds: tuple[ActorKind, ...], count: int = 1) -> list[Record]:
        """The ``count`` named (not generic) actors of ``kinds`` mentioned last, latest first."""
        recs = [r for r in self.records.values() if r.kind in kinds and r.last >= 0]
        recs.sort(key=lambda r: -r.last)
        return recs[:count]

    def recent_named_ending(self, tail: str) -> Record | None:
        """The latest named organisation or armed group whose name ends in ``tail`` (lower case)."""
        best: Record | None = None
        for rec in self.records.values():
            fits = rec.kind in _GROUPS and rec.last >= 0
            fits = fits and (" " + rec.name.lower()).endswith(tail)
            if fits and (best is None or rec.last > best.last):
                best = rec
        return best

    def surname_holder(self, word: str) -> Record | None:
        """The person of the text whose surname ``word`` is, if any."""
        rid = self.surnames.get(word)
        rec = None if rid is None else self.records.get(rid)
        return rec if rec is not None and rec.kind is ActorKind.PERSON else None

    def by_first_name(self, word: str) -> Record | None:
        """The one person of the text whose name starts with ``word`` ("Anwar" of "Anwar Ibrahim")."""
        found: Record | None = None
        for rid in self.firsts.get(word, ()):
            rec = self.records[rid]
            if rec.kind is ActorKind.PERSON and rec.mentions and rec.name.split()[0] == word:
                if found is not None and found is not rec:
                    return None
                found = rec
        return found if found is not None and " " in found.name else None

    def same_person(self, first: str, last: str) -> Record | None:
        """A person already named with the same first and last words ("Michael R. Bloomberg")."""
        rec = self.surname_holder(last)
        if rec is None:
            return None
        words = rec.name.split()
        return rec if words[0] == first and len(words) >= 2 else None

    def lookup(self, surface: str) -> Record | None:
        """The actor a surface form already names, if any."""
        rid = self.surfaces.get(surface)
        if rid is None and " " not in surface:
            rid = self.surnames.get(surface) or self.heads.get(surface)
        return None if rid is None else self.records.get(rid)

    def merge_capitals(self) -> None:
        """Give the mentions of a name in capitals ("SOUTHWEST MIAMI-DADE, FLA." of a
        dateline) to the actor the text names with the same words in ordinary case."""
        by_upper: dict[tuple[str, bool], Record] = {}
        for rec in self.records.values():
            if rec.mentions and not rec.name.isupper():
                by_upper.setdefault((rec.name.upper(), rec.kind in _GEO), rec)
        if not by_upper:
            return
        for rec in self.records.values():
            if not rec.mentions or not rec.name.isupper() or len(rec.name) < 3:
                continue
            other = by_upper.get((rec.name, rec.kind in _GEO))
            if other is not None and other is not rec:
                other.mentions.extend(rec.mentions)
                rec.mentions = []

    def _unnamed_only(self, rec: Record) -> bool:
        """A state named by no word of its own, only by bare group nouns taken to stand
        for it ("the family", "children", "legislators", "the police", "authorities"):
        the country was guessed from the story's setting, no actor of the text. (A
        crowd, "thousands of people" or "protesters", stands for its state in events.)"""
        if rec.kind is not ActorKind.COUNTRY:
            return False
        agents = self.lex.agents
        for m in rec.mentions:
            agent = agents.get(m[3].lower()) if m[5] is not None else None
            if agent is None:
                return False  # a word of its own ("Kenyan police", "Kenya")
            if agent.needs == "num" or agent.sector == "OPP":
                return False  # "thousands of people marched in Lagos": a crowd of its state
        return True

    def _home_adjective_only(self, rec: Record) -> bool:
        """The one state a story names, by no word of its own but its adjective
        ("American schools", "South African households"), and no place of another state:
        the setting of the story, not one of its actors. (A state a group stands for,
        "American troops", stays: events need it.)"""
        if rec.kind is not ActorKind.COUNTRY or rec.country is None or not self.settings:
            return False
        if any(c != rec.country for c in self.settings):
            return False  # another state, or a place of one, is named too
        phrases = self.lex.phrases
        for m in rec.mentions:
            if m[5] is not None:
                return False
            entry = phrases.get(m[3])
            if entry is None or entry.form != "demonym":
                return False
        return True

    def actors(self, limit: int, aside: frozenset[Where] = frozenset()) -> tuple[Actor, ...]:
        """Actors with at least one mention, in order of first mention, at most ``limit``.

        An actor every mention of which lies in a passage of ``aside`` (the cells of a
        table: names with no sentence around them) is left out.
        """
        self.merge_capitals()
        recs = [
            r
            for r in self.records.values()
            if r.mentions
            and not _unbacked(r)
            and not (aside and all(m[0] in aside for m in r.mentions))
            and not self._unnamed_only(r)
            and not self._home_adjective_only(r)
            and not (r.name in self.products and r.name not in self.lex.phrases)
        ]
        recs = _drop_name_words(recs, self.lex)
        recs.sort(key=_first)
        return tuple(r.actor() for r in recs[:limit])


#: Last words of a state's own body: its adjective names the state ("the Australian
#: Federal Police", "the Afghan Defence Ministry"), which acts through it.
_STATE_BODY_ENDS = frozenset(
    {"police", "army", "navy", "force", "forces", "guard", "military", "government"}
    | {"parliament", "senate", "congress", "assembly", "intelligence", "administration"}
)


def _drop_name_words(recs: list[Record], lex: Lexicon) -> list[Record]:
    """Leave out a state named only by its adjective as the first word of another actor's
    name ("the Turkish Friendship Hospital", "the Canadian Rockies", "the British Rowing
    Club"): the name is the actor, the state behind its adjective none of the story's.
    A state's own body ("the Australian Federal Police", "the Afghan Defence Ministry"), a
    group's adjective ("Turkish troops") or the state's own name keeps it."""
    spans: dict[Where, list[tuple[int, int]]] = {}
    for r in recs:
        if r.kind is ActorKind.COUNTRY:
            continue
        last = r.name.rsplit(None, 1)[-1].lower()
        if last in lex.body_heads or last in _STATE_BODY_ENDS:
            continue
        for w, s, e, _, _, g in r.mentions:
            if g is None:
                spans.setdefault(w, []).append((s, e))

    def inside(m: tuple[Where, int, int, str, bool, str | None]) -> bool:
        w, s, e, text, _, g = m
        if g is not None:
            return False
        entry = lex.phrases.get(text)
        if entry is None or entry.form != "demonym":
            return False
        return any(a <= s and e <= b and b - a > e - s for a, b in spans.get(w, ()))

    return [r for r in recs if r.kind is not ActorKind.COUNTRY or not all(map(inside, r.mentions))]


def _unbacked(rec: Record) -> bool:
    """A person guessed for want of evidence, said once, with nothing around it to back it.

    "the Battleground Tracker", "Sixer Jrue Holiday": a title-case phrase or a
    name with a word glued on is more often no person than a person the text
    names once and never again.
    """
    return (
        rec.bare
        and rec.guessed
        and rec.kind is ActorKind.PERSON
        and rec.role is None
        and len(rec.mentions) == 1
    )


def _whole(text: str, word: str) -> bool:
    """Whether ``word`` (letters only) stands in ``text`` with no letter right before or after."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or _LETTER.match(text, at - 1) is None) and _LETTER.match(text, end) is None:
            return True
        at = text.find(word, at + 1)
    return False


def _first(rec: Record) -> tuple[int, int, int]:
    return min(map(_at, rec.mentions))


def _at(mention: tuple[Where, int, int, str, bool, str | None]) -> tuple[int, int, int]:
    """Where a mention lies, in reading order: section, block (-1: heading), start."""
    w, start = mention[0], mention[1]
    if w is None:
        return (0, 0, start)
    return (w[0], -1 if w[1] is None else w[1], start)

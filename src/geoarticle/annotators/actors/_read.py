"""Reading a text line by line: spans become mentions of new or already known actors."""

from __future__ import annotations

import bisect
import re

from ...models import ActorKind
from ..document import Passage
from ._agents import PAIR_NOUNS, agent_spans
from ._bodies import acronym_names, place_bodies, possessive_shops
from ._classify import adjective, appositive, example_of, guess_kind, is_acronym, within_the
from ._credits import CREDIT_WORDS, credit_mask, furniture_mask, without_sources
from ._handles import handle_spans
from ._joins import NAME_COUNTRIES as _NAME_COUNTRIES
from ._joins import join_names
from ._lexicon import Entry, Lexicon, slug
from ._link import Doc, Record, Where
from ._match import Span, named_body, plural_noun, scan_line, title_at
from ._people import Anchor, anchor_for, infer_country
from ._repeated import PERSONAL, PRONOUN_REACH, Unread, evidence
from ._states import state_after_city, surname_alone
from ._tokens import POSSESSIVE_MARKS, line_style, tokenize

__all__ = ["read_passage"]

_POSSESSIVE = frozenset({"’s", "'s", "’S", "'S"})
_THE = frozenset({"the", "The"})
#: Marks that glue a handle, a hashtag or a piece of a link to the word after them.
_WEB_MARKS = frozenset({"@", "#", "/"})
_QUOTES = frozenset({"“", '"', "‘"})
_DEFINITE = frozenset({"the", "these", "those", "both"})
_GEO = (ActorKind.COUNTRY, ActorKind.PLACE)
_PLACE = ActorKind.PLACE
_GROUPS = (ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP)
#: Words after a capital that make it the subject of a clause: the capital acts for its government.
_SUBJECT_NEXT = frozenset(
    [
        "has",
        "have",
        "had",
        "is",
        "was",
        "will",
        "would",
        "could",
        "can",
        "may",
        "must",
        "did",
        "does",
    ]
)
#: Words before a capital that make it a place ("in Kabul", "to Beijing").
_PLACE_BEFORE = frozenset(
    ["in", "at", "to", "from", "near", "into", "of", "via", "outside", "inside", "around", "toward"]
)


def _compound_parts(t: str, lex: Lexicon) -> list[str] | None:
    """The parts of a hyphenated token to read apart, or None to keep it whole.

    "American-Canadian", "India-Pakistan": every part a known name.
    "Kremlin-installed", "London-based", "Russian-occupied": a known name and
    a lower-case participle, the name read alone; so too an unknown name before
    "-owned", "-based" and the like ("Amazon-owned").
    """
    if not t[0].isupper() or t in lex.first:
        return None
    parts = t.split("-")
    if len(parts) < 2:
        return None
    if all(p in lex.phrases for p in parts):
        return parts
    if len(parts) == 2 and parts[1].islower():
        if parts[0] in lex.phrases:
            return parts
        participle = (
            parts[1] in lex.org_participles
            or parts[1] in lex.place_participles
            or parts[1] in lex.free_participles
        )
        if participle and parts[0].lower() not in lex.common:
            return parts  # "Amazon-owned", "Mercer Island-based": the name before
    return None


def _split_compounds(
    tokens: tuple[list[str], list[int], list[int]], lex: Lexicon
) -> tuple[list[str], list[int], list[int]]:
    """Hyphenated tokens split where a part is a known name (see :func:`_compound_parts`),
    and a name with a speech verb glued to it cut off the verb (see :func:`_glued_verb`)."""
    toks, starts, ends = tokens
    found: list[tuple[int, list[str]]] = []
    joined = " ".join(toks)
    # (for speed: one search of the line before a look at each token)
    glued = (
        [(k, _glued_verb(t, lex)) for k, t in enumerate(toks) if t.endswith(_GLUED_ENDS)]
        if _may_glue(joined)
        else []
    )
    if "-" not in joined and not any(g for _, g in glued):
        return tokens
    for k in [k for k, t in enumerate(toks) if "-" in t]:
        parts = _compound_parts(toks[k], lex)
        if parts is not None:
            found.append((k, parts))
    if any(g for _, g in glued):
        found = sorted(found + [(k, g) for k, g in glued if g is not None])
    if not found:
        return tokens
    return _spliced(toks, starts, ends, found)


#: Verbs a page's text may glue to a linked name before them ("As Ann Leereports, ...").
_GLUED_VERBS = ("reports", "reported", "writes", "wrote", "says", "said", "notes", "noted")
_GLUED_ENDS = tuple(_GLUED_VERBS)


def _may_glue(text: str) -> bool:
    """Whether ``text`` has one of the verbs right after a letter (for speed: a superset
    of the tokens :func:`_glued_verb` cuts, found by substring search)."""
    for verb in _GLUED_VERBS:
        i = text.find(verb, 1)
        while i != -1:
            if text[i - 1].isalpha():
                return True
            i = text.find(verb, i + 1)
    return False


def _glued_verb(tok: str, lex: Lexicon) -> list[str] | None:
    """ "Madrigalreports" -> ["Madrigal", "reports"]: a capitalised word with a speech
    verb glued to its end, where a link's text met the words after it with no space (the
    whole no word or name of its own)."""
    if not tok[:1].isupper() or not tok[1:].islower() or not tok.isalpha():
        return None
    for verb in _GLUED_VERBS:
        head = tok[: -len(verb)]
        if tok.endswith(verb) and len(head) >= 3:
            if tok.lower() in lex.common or tok in lex.given_names or tok in lex.phrases:
                return None
            if head.lower() in lex.common:
                return None  # "Newsreports": a common word before the verb is no name
            return [head, verb]
    return None


def _spliced(
    toks: list[str], starts: list[int], ends: list[int], found: list[tuple[int, list[str]]]
) -> tuple[list[str], list[int], list[int]]:
    """``toks`` with the tokens of ``found`` cut into their parts: a hyphenated one with its
    hyphens kept as tokens, a glued one with no mark between."""
    out_t: list[str] = []
    out_s: list[int] = []
    out_e: list[int] = []
    done = 0
    for k, parts in found:
        if k < done:
            continue
        out_t += toks[done:k]
        out_s += starts[done:k]
        out_e += ends[done:k]
        if "-" in toks[k]:
            pos = starts[k]
            for n, p in enumerate(parts):
                if n:
                    out_t.append("-")
                    out_s.append(pos)
                    out_e.append(pos + 1)
                    pos += 1
                out_t.append(p)
                out_s.append(pos)
                out_e.append(pos + len(p))
                pos += len(p)
        else:
            pos = starts[k]
            for p in parts:
                out_t.append(p)
                out_s.append(pos)
                out_e.append(pos + len(p))
                pos += len(p)
        done = k + 1
    out_t += toks[done:]
    out_s += starts[done:]
    out_e += ends[done:]
    return out_t, out_s, out_e


def _link_word(word: str) -> bool:
    """A piece of a link on the other side of a slash: "com", "posts", "2800731780"."""
    return not word[:1].isupper()


class _Line:
    """One line being read: its tokens, spans and the countries seen in it."""

    __slots__ = (
        "base",
        "doc",
        "ends",
        "label",
        "line",
        "marks",
        "sent",
        "sent_starts",
        "spans",
        "starts",
        "toks",
        "unplaced",
        "where",
    )

    def __init__(
        self,
        doc: Doc,
        text: str,
        tokens: tuple[list[str], list[int], list[int]],
        sentence_starts: list[int],
        where: Where,
        label: bool = False,
    ) -> None:
        """Read the line whose token texts, starts and ends are ``tokens`` (fresh lists)."""
        self.doc = doc
        self.line = text
        self.base = 0
        self.where = where
        self.toks, self.starts, self.ends = _split_compounds(tokens, doc.lex)
        spans = join_names(self.toks, scan_line(self.toks, line_style(self.toks), doc.lex), doc.lex)
        spans = possessive_shops(self.toks, place_bodies(self.toks, spans, doc.lex), doc.lex)
        self.spans = acronym_names(self.toks, spans, doc.lex)
        extra = agent_spans(self.toks, self.spans, doc.lex)
        if extra:
            self.spans = sorted(self.spans + extra, key=lambda sp: sp.i)
        self.marks: list[tuple[int, str]] = []
        self.unplaced: list[tuple[int, int, Record]] = []
        self.sent_starts = sentence_starts
        self.sent: list[int] | None = None
        #: A heading or a short label line: unknown names in it are not read.
        self.label = label
        if not CREDIT_WORDS.isdisjoint(self.toks):
            mask = credit_mask(self.toks, self.sentences(), doc.lex)
            if mask is not None:
                self.spans = [sp for sp in self.spans if not mask[sp.i]]
        self.spans = without_sources(self.toks, self.spans, label)
        if not _WEB_MARKS.isdisjoint(self.toks):
            self.spans = [sp for sp in self.spans if not self._web_name(sp)]
        if not _ROAD_WORDS.isdisjoint(self.toks):
            self.spans = [sp for sp in self.spans if not _road_number(self.toks, sp)]
        if self.toks and self.spans and doc.furniture:
            low = text[self.starts[0] : self.ends[-1]].lower().replace("’", "'")
            if any(map(low.__contains__, doc.lex.furniture_phrases)):  # map: for speed
                mask = furniture_mask(self.toks, self.sentences(), doc.lex)
                if mask is not None:
                    self.spans = [sp for sp in self.spans if not mask[sp.i]]

    def _web_name(self, s: Span) -> bool:
        """An unknown name glued to a web mark: a handle, a hashtag or a piece of a link
        ("@SecRubio", "#TravelCorridor", "facebook.com/AcmeBar/posts"), no name in prose."""
        if s.tag != "name":
            return False
        toks, starts, ends = self.toks, self.starts, self.ends
        i, j = s.i, s.j
        if i > 0 and ends[i - 1] == starts[i]:
            mark = toks[i - 1]
            if mark in ("@", "#") or (mark == "/" and i > 1 and _link_word(toks[i - 2])):
                return True
        return (
            j + 1 < len(toks)
            and toks[j] == "/"
            and starts[j] == ends[j - 1]
            and _link_word(toks[j + 1])
        )  # not "Royal Parade/Mayflower Street": two names

    def mention(
        self, rec: Record, i: int, j: int, metonym: bool = False, group: str | None = None
    ) -> None:
        s, e = self.starts[i], self.ends[j - 1]
        rec.mentions.append(
            (self.where, self.base + s, self.base + e, self.line[s:e], metonym, group)
        )
        doc = self.doc
        rec.last = doc.tick
        doc.tick += 1
        if rec.country and rec.kind is not ActorKind.PERSON and group is None:
            self.marks.append((i, rec.country))
            if rec.kind in _GEO:
                doc.settings[rec.country] = doc.settings.get(rec.country, 0) + 1

    def sentences(self) -> list[int]:
        """Sentence number of every token (computed once)."""
        if self.sent is None:
            starts = self.sent_starts
            self.sent = [bisect.bisect_right(starts, s) for s in self.starts]
        return self.sent

    def text(self, i: int, j: int) -> str:
        return self.line[self.starts[i] : self.ends[j - 1]]


def _metonym(ln: _Line, s: Span) -> bool:
    """A capital standing for its government: "Washington's", "Ankara rejected", "Beijing has"."""
    toks = ln.toks
    nxt = toks[s.j] if s.j < len(toks) else ""
    if nxt in _POSSESSIVE or nxt in ln.doc.lex.speech_verbs:
        return True
    prev = toks[s.i - 1] if s.i else ""
    if prev in _PLACE_BEFORE:
        return False
    if prev in ln.doc.lex.government_verbs:
        return True  # "thanked Washington", "accused Beijing"
    return nxt in _SUBJECT_NEXT or (len(nxt) > 4 and nxt.islower() and nxt.endswith("ed"))


_VERSUS = frozenset({"v", "v.", "vs", "vs."})


def _team(ln: _Line, s: Span) -> bool:
    """A city or region named as a sports team, or as another body named for it.

    Before a score, around "v", before "captain" or "coach", already seen as a
    team in this text, listed next to a club's name, or listed as an example of
    bodies ("universities including X").
    """
    toks = ln.toks
    nxt = toks[s.j] if s.j < len(toks) else ""
    prev = toks[s.i - 1] if s.i else ""
    if nxt.isdigit() or nxt in _VERSUS or prev in _VERSUS or nxt in ln.doc.lex.org_followers:
        return True
    if prev.lower() in _PLACE_BEFORE:
        return False  # "Chicago at Toronto": the place
    known = ln.doc.lookup(ln.text(s.i, s.j))
    if known is not None and known.kind is ActorKind.ORGANIZATION:
        return True  # a team seen before
    return _listed_with_team(ln, s) or _body_example(ln, s)


def _body_example(ln: _Line, s: Span) -> bool:
    """ "universities including Tarvel, Orvik College and Velder": a town's name in a list of
    examples of bodies is a body named for its town."""
    toks = ln.toks
    k = s.i
    while k > 0 and (toks[k - 1] in (",", "and") or toks[k - 1][:1].isupper()):
        k -= 1
    if k == s.i and s.i > 0 and toks[s.i - 1] not in ("including", "like", "as"):
        return False
    return example_of(toks, k, ln.doc.lex) is ActorKind.ORGANIZATION


#: Last words of a football club's name ("Orvik United", "Tarvel Forest").
#: ("City" and "Town" close too many towns' names: "Quezon City", "Cape Town".)
_CLUB_ENDS = frozenset({"United", "Forest", "Villa", "Albion", "Athletic", "Hotspur", "Celtic"})


def _listed_with_team(ln: _Line, s: Span) -> bool:
    """ "over Tarvel and Orvik United", "facing Orvik Villa, Tarvel and ...": a place listed
    next to a club's name (two capitalised words or more, closed by a club's word, and no
    known place) is a team too."""
    toks = ln.toks
    lex = ln.doc.lex
    n = len(toks)
    runs: list[list[str]] = []
    if s.j + 1 < n and toks[s.j] in (",", "and"):
        k = s.j + 1
        while k < n and toks[k][:1].isupper() and toks[k].isalpha():
            k += 1
        runs.append(toks[s.j + 1 : k])
    if s.i >= 2 and toks[s.i - 1] in (",", "and"):
        k = s.i - 2
        while k >= 0 and toks[k][:1].isupper() and toks[k].isalpha():
            k -= 1
        runs.append(toks[k + 1 : s.i - 1])
    for run in runs:
        if len(run) < 2 or not (run[-1] in _CLUB_ENDS or run[-1] in lex.team_names):
            continue
        entry = lex.phrases.get(" ".join(run))
        if entry is None or entry.kind is ActorKind.ORGANIZATION:
            return True
    return False


def _geographic_firm(ln: _Line, s: Span) -> bool:
    """A firm named for a region, written as the region: "the Amazon has been burning".

    A company is not "the Amazon" unless its name qualifies a noun ("the Amazon app").
    """
    toks = ln.toks
    lex = ln.doc.lex
    if s.j - s.i != 1 or toks[s.i] not in lex.geographic_firms or not s.i:
        return False
    prev = toks[s.i - 1]
    if prev not in _THE and not (prev.islower() and prev.capitalize() in lex.direction_words):
        return False  # "the Amazon", "the northern Amazon"
    if _region_record(ln.doc, toks[s.i]) is not None:
        return True  # the text has named the region "the Amazon" already
    nxt = toks[s.j] if s.j < len(toks) else ""
    return (
        not (nxt.isalpha() and nxt.islower())
        or nxt in _SUBJECT_NEXT
        or nxt in _PLACE_BEFORE
        or nxt in lex.function_words
        or nxt in lex.feature_nouns
        or nxt in lex.region_nouns
        or nxt in ("and", "or", "rainforest", "basin", "jungle")
    )


def _region_record(doc: Doc, text: str) -> Record | None:
    """The place a firm's name was read as before in the text ("the Amazon"), if any."""
    known = doc.lookup(text)
    if known is not None and known.kind is ActorKind.PLACE:
        return known
    rec = doc.records.get(f"place:{slug(text)}")
    return rec if rec is not None and rec.kind is ActorKind.PLACE else None


def _foreign_body(ln: _Line, k: int) -> Record | None:
    """A known state body named after another state's adjective ("the Greek National
    Security Council", "the Canadian Conservative Party"): that state's own body of the
    name, not the one the gazetteer knows, with that state's code."""
    s = ln.spans[k]
    entry = s.entry
    p = ln.spans[k - 1] if k else None
    if (
        entry is None
        or entry.kind is not ActorKind.ORGANIZATION
        or not entry.country
        or p is None
        or p.tag != "gaz"
        or p.j != s.i
        or p.entry is None
        or p.entry.form != "demonym"
        or not p.entry.country
        or p.entry.country == entry.country
    ):
        return None
    doc = ln.doc
    text = ln.text(p.i, s.j)
    known = doc.lookup(text)
    rec = known if known is not None and known.kind is ActorKind.ORGANIZATION else None
    if rec is None:
        rec = doc.new(text, ActorKind.ORGANIZATION, p.entry.country)
        code = entry.code or ""
        if code[:3] == entry.country and len(code) > 3:
            rec.code = p.entry.country + code[3:]  # "USAGOV" -> "GRCGOV": a state body
    ln.mention(rec, p.i, s.j)
    return rec


def _read_gaz(ln: _Line, s: Span) -> Record:
    entry = s.entry
    assert entry is not None
    doc = ln.doc
    if entry.kind is ActorKind.PLACE and entry.form != "name" and _team(ln, s):
        text = ln.text(s.i, s.j)
        known = doc.lookup(text)
        rec = known if known is not None and known.kind is ActorKind.ORGANIZATION else None
        if rec is None:
            rec = doc.new(text, ActorKind.ORGANIZATION)
        ln.mention(rec, s.i, s.j)
        return rec
    if entry.kind is ActorKind.ORGANIZATION and _geographic_firm(ln, s):
        text = ln.text(s.i, s.j)
        rec = _region_record(doc, text)
        if rec is None:
            rec = doc.new(text, ActorKind.PLACE)
        ln.mention(rec, s.i, s.j)
        return rec
    if (
        s.j - s.i == 1
        and (entry.form == "city" or entry.kind in _GROUPS)
        and entry.id not in doc.records
    ):
        person = doc.surname_holder(ln.toks[s.i])
        if person is None and entry.kind is ActorKind.PLACE:
            person = doc.by_first_name(ln.toks[s.i])  # "Yao Zhe ... says Yao"
        if person is not None:
            # "Elizabeth Warren ... Warren said", "Michael Bloomberg ... Bloomberg said"
            ln.mention(person, s.i, s.j)
            return person
    if s.j - s.i == 1 and entry.id not in doc.records and is_acronym(ln.toks[s.i]):
        known = doc.lookup(ln.toks[s.i])
        if known is not None and known.id != entry.id and known.kind in _GROUPS:
            ln.mention(known, s.i, s.j)  # "People Power Party ... the PPP": not Pakistan's
            return known
    if entry.kind in _GROUPS and entry.id not in doc.records:
        rid = doc.surfaces.get(ln.text(s.i, s.j))
        known = None if rid is None else doc.records.get(rid)
        if known is not None and known.kind in _GROUPS:
            ln.mention(known, s.i, s.j)  # "Acme Corp ... Acme": one company
            return known
    rec = doc.record_for(entry)
    if rec.kind is ActorKind.PERSON and entry.role and rec.last < 0:
        title = _role_title(entry.role, doc.lex)
        if title:
            doc.hold_title(rec, title)
    if entry.form == "capital" and _metonym(ln, s) and entry.country:
        ln.mention(rec, s.i, s.j, metonym=True)
        ln.mention(doc.record_for(doc.lex.countries[entry.country]), s.i, s.j, metonym=True)
    else:
        ln.mention(rec, s.i, s.j)
    return rec


def _role_title(role: str, lex: Lexicon) -> str | None:
    """The title in a role ("president" in "U.S. President")."""
    toks = tokenize(role)[0]
    for i in range(len(toks)):
        hit = title_at(toks, i, lex)
        if hit is not None:
            return " ".join(t.lower() for t in toks[i : i + hit[0]])
    return None


def _country_of(entry: Entry | None) -> str | None:
    return entry.country if entry is not None and entry.kind is ActorKind.COUNTRY else None


def _title_ref(ln: _Line, k: int) -> None:
    """ "the secretary", "the U.S. president": a title alone names its latest holder.

    A country before the title ("the Chinese minister") limits the holders to
    that country's; the mention covers the country word too.
    """
    s = ln.spans[k]
    toks = ln.toks
    start = s.i
    country = None
    if k:
        p = ln.spans[k - 1]
        if p.tag == "gaz" and p.j == s.i and _country_of(p.entry):
            start = p.i
            country = _country_of(p.entry)
    if start == 0 or toks[start - 1] not in _THE:
        return
    rec = ln.doc.title_holder(" ".join(t.lower() for t in toks[s.i : s.j]), country)
    if rec is not None:
        ln.mention(rec, start, s.j)


def _context_country(ln: _Line, s: Span) -> str | None:
    """The country around a generic agent: nearest in its sentence, else where the story is set.

    The story's setting is the country named most often so far, itself or by its
    places ("Tirana ... Tirana ... a Hungarian minister": Albania).
    """
    sent = ln.sentences()
    here = sent[s.i]
    best: tuple[int, str] | None = None
    for sp in ln.spans:
        e = sp.entry
        if sp.tag != "gaz" or e is None or e.kind not in _GEO or not e.country:
            continue
        if sent[sp.i] != here:
            continue
        dist = (s.i - sp.i) if sp.i < s.i else 1000 + sp.i - s.i
        if best is None or dist < best[0]:
            best = (dist, e.country)
    if best is not None:
        return best[1]
    settings = ln.doc.settings
    return max(settings, key=settings.__getitem__) if settings else None


#: Sectors of unnamed groups that stand for their state or people without a country word
#: ("the police", "protesters"); other groups need one ("Ukrainian refugees").
_STATE_OR_PUBLIC = frozenset({"MIL", "COP", "GOV", "LEG", "JUD", "CVL", "OPP"})


def _agent(ln: _Line, s: Span) -> Record | None:
    """An unnamed group ("Pakistani troops", "the protesters"): a mention of what it acts for.

    By the event-coding convention a group stands for its state or people:
    "Pakistani troops" is a mention of Pakistan (with ``group="troops"``),
    "the soldiers" after it too. Non-state fighters ("the militants") stand
    for the latest named armed group, and an organisation named with the
    noun ("the security forces" after "Afghan Security Forces") for itself.
    A group with no country word takes its country from the sentence or
    the text when it is a state force or the public; otherwise, and for
    fighters with nothing named, it is no actor.
    """
    agent = s.agent
    assert agent is not None
    doc = ln.doc
    country = s.country
    if country is None and s.det in _DEFINITE:
        owner = doc.recent_named_ending(" " + ln.text(s.i, s.j).lower())
        if owner is None and agent.kind is ActorKind.ARMED_GROUP:
            named = doc.recent((ActorKind.ARMED_GROUP,))
            owner = named[0] if named else None
        if owner is not None:
            ln.mention(owner, s.i, s.j)
            return owner
    if agent.kind is ActorKind.ARMED_GROUP:
        return None  # fighters act for no state
    if country is None:
        country = doc.agent_countries.get(agent.label)
    if country is None and agent.sector in _STATE_OR_PUBLIC:
        country = _context_country(ln, s)
    entry = doc.lex.countries.get(country) if country else None
    if entry is None:
        return None
    doc.agent_countries[agent.label] = entry.country or ""
    rec = doc.record_for(entry)
    start = ln.base + ln.starts[s.i]
    if rec.mentions and rec.mentions[-1][0] == ln.where and rec.mentions[-1][1] == start:
        rec.mentions.pop()  # the country word "Kenyan" of "Kenyan officials": one mention
    ln.mention(rec, s.i, s.j, group=agent.label)
    return rec


def _group(ln: _Line, s: Span) -> None:
    """ "the programme", "the network", "the group": the latest organisation of that head noun."""
    head = ln.toks[s.i].lower()
    best: Record | None = None
    for rec in ln.doc.records.values():
        if rec.kind not in _GROUPS or rec.last < 0:
            continue
        last = rec.name.rsplit(None, 1)[-1].lower()
        fits = last == head or (head == "group" and rec.kind is ActorKind.ARMED_GROUP)
        if fits and (best is None or rec.last > best.last):
            best = rec
    if best is not None:
        ln.mention(best, s.i, s.j)


def _pair(ln: _Line, s: Span) -> None:
    """ "the two countries", "the two leaders": the last two actors of that kind."""
    kind = PAIR_NOUNS[ln.toks[s.j - 1]]
    recs = ln.doc.recent((kind,), 2)
    if len(recs) == 2:
        for rec in recs:
            ln.mention(rec, s.i, s.j)


def _person(ln: _Line, i: int, j: int, anchor: Anchor | None) -> Record:
    doc = ln.doc
    name = ln.text(i, j)
    if j - i == 5 and ln.toks[i + 1] in _QUOTES:
        name = f"{ln.toks[i]} {ln.toks[i + 4]}"  # "Renaldo “Peewee” Gilkes" is Renaldo Gilkes
    rec = doc.lookup(name)
    if rec is None and j - i >= 2:
        rec = doc.same_person(
            ln.toks[i], ln.toks[j - 1]
        )  # "Michael R. Bloomberg", "Michael Bloomberg"
    if rec is None and j - i == 1:
        rec = doc.by_first_name(name)  # "President Yoon Suk Yeol ... President Yoon"
    if rec is None or rec.kind is not ActorKind.PERSON:
        rec = doc.new(name, ActorKind.PERSON)
    if anchor is not None and anchor.role:
        if rec.role is None:
            rec.role = anchor.role
            rec.sector = anchor.sector
            if anchor.code and not rec.code:
                rec.code = anchor.code
        if rec.country is None and anchor.country:
            rec.country = anchor.country
        if anchor.title:
            doc.hold_title(rec, anchor.title)
    if rec.role is None:
        found = _apposed_role(ln, j) or _role_before(ln, i, j)
        if found is not None:
            rec.role, rec.sector = found
            if rec.country is None:
                rec.country = _role_owner_country(ln, i)
    if rec.country is None:
        ln.unplaced.append((i, j, rec))
    return rec


def _role_before(ln: _Line, i: int, j: int) -> tuple[str, str] | None:
    """The role of a name set off in commas after it: "the county sheriff, X, said" ->
    "county sheriff" (lower-case words closed by a title word, opened by "the" or "a")."""
    toks = ln.toks
    if i < 3 or toks[i - 1] != "," or j >= len(toks) or toks[j] != ",":
        return None
    titles = ln.doc.lex.titles
    end = last = i - 2
    of = _of_owner(ln, last)
    if of is not None:
        last = of - 1  # "the mayor of Valencia, X,": the title stands before "of"
    pair = f"{toks[last - 1]} {toks[last]}"
    sector = titles.get(pair, titles.get(toks[last], _APPOSED_ONLY.get(toks[last])))
    if sector is None or not toks[last].islower():
        return None
    k = last  # the role's first word
    while k > 0 and last - k < _APPOSED_ROLE_WORDS:
        before = toks[k - 1]
        # "the county sheriff, X,", "another officer, X,", "Kenya's foreign minister, X,"
        if before.lower() in ("the", "a", "an", "another") or before in POSSESSIVE_MARKS:
            return ln.line[ln.starts[k] : ln.ends[end]], sector
        if not (before.isalpha() and before.islower()):
            return None
        k -= 1
    return None


def _of_owner(ln: _Line, last: int) -> int | None:
    """Where "of" stands before a known name that ends at ``last`` ("mayor of Valencia"),
    or None."""
    owner = next((s for s in ln.spans if s.j == last + 1 and s.entry is not None), None)
    if owner is None or owner.i < 2 or ln.toks[owner.i - 1] != "of":
        return None
    return owner.i - 1


#: Role nouns that make a role only set off beside a name ("another officer, X,"), not
#: as a title before one ("Chief Education Officer X" is one title), with their sector.
_APPOSED_ONLY = {"officer": "-", "officers": "-"}


def _role_owner_country(ln: _Line, i: int) -> str | None:
    """The country of the state or place whose role is set off before the name at ``i``
    ("Kenya's foreign minister, X," -> Kenya's), or None."""
    toks = ln.toks
    if i < 3 or toks[i - 1] != ",":
        return None
    k = i - 2  # back over the role's lower-case words to the possessive mark
    while k > 0 and i - k <= _APPOSED_ROLE_WORDS + 1 and toks[k].isalpha() and toks[k].islower():
        k -= 1
    if k <= 0 or toks[k] not in POSSESSIVE_MARKS:
        return None
    owner = next((s for s in ln.spans if s.j == k), None)
    entry = owner.entry if owner is not None else None
    if entry is None or entry.kind not in (ActorKind.COUNTRY, ActorKind.PLACE):
        return None
    return entry.country


#: How many lower-case words an apposed role may have ("the deputy county sheriff").
_APPOSED_ROLE_WORDS = 4


def _apposed_role(ln: _Line, j: int) -> tuple[str, str] | None:
    """The role an apposition right after a person's name gives them, and its sector:
    "X, the county sheriff," -> "county sheriff"; "X, a spokeswoman for Y," ->
    "spokeswoman". Lower-case words up to a title word of ``titles.tsv``, nothing else."""
    toks = ln.toks
    if j + 2 >= len(toks) or toks[j] != ",":
        return None
    k = j + 1
    if toks[k].lower() in ("the", "a", "an"):
        k += 1
    titles = ln.doc.lex.titles
    found: tuple[str, str] | None = None
    for end in range(k, min(k + _APPOSED_ROLE_WORDS, len(toks))):
        word = toks[end]
        if not (word.isalpha() and word.islower()):
            break
        pair = f"{toks[end - 1]} {word}" if end > k else word
        sector = titles.get(pair, titles.get(word, _APPOSED_ONLY.get(word)))
        if sector is not None:  # the longest: "chief executive", not "chief"
            found = ln.line[ln.starts[k] : ln.ends[end]], sector
        elif found is not None:
            break
    return found


def _name(
    ln: _Line, k: int, anchor: Anchor | None, last: tuple[Record, int] | None
) -> Record | None:
    s = ln.spans[k]
    doc = ln.doc
    toks = ln.toks
    i, j = s.i, s.j
    company = _legal_form(ln, i, j) if s.hint in (None, ActorKind.ORGANIZATION) else None
    if company is not None:
        return company
    if s.hint is not None:
        return _built(ln, s)
    lex = doc.lex
    if (
        anchor is not None
        and anchor.end == i
        and not named_body(toks, i, j, lex)
        and not (j - i == 1 and _role_word(toks[i], lex))
    ):  # "Lady Morrow Private Hospital" is no lady; "Chief Executive Officer" no "Officer"
        peer = _peer(ln, i, j) or _royal(ln, i, j, anchor)
        if peer is not None:
            return peer
        rec = _person(ln, i, j, anchor)
        ln.mention(rec, i, j)
        return rec
    text = ln.text(i, j)
    if _product_use(toks, j):
        doc.products.add(text)  # "Orvik 3.8", "Orvik packages": a program, no actor
    if (
        j - i == 1
        and last is not None
        and last[1] == i - 1
        and toks[i - 1] == "("
        and j < len(toks)
        and toks[j] == ")"
        and is_acronym(text)
        and not (_dateline_code(toks, j) and _foreign_code(last[0], text))
    ):
        doc.alias(last[0], text)
        ln.mention(last[0], i, j)
        return last[0]
    state = _state_government(ln, k)
    if state is not None:
        return state
    known = doc.lookup(text)
    if known is None and j - i == 1:
        known = doc.by_first_name(text)  # "Prime Minister Anwar Ibrahim ... Anwar said"
    if known is not None and known.kind in _GROUPS and k:
        town = ln.spans[k - 1]
        if town.tag == "gaz" and town.j == i and town.entry and known.name == ln.text(town.i, j):
            _unmention(ln, town.entry, town.i)  # "Cambridge Analytica" again: the firm's name
            ln.mention(known, town.i, j)
            return known
    if known is not None and known.kind in _GROUPS and k + 1 < len(ln.spans):
        town = ln.spans[k + 1]
        if town.tag == "gaz" and town.i == j and known.name == ln.text(i, town.j):
            town.tag = "skip"  # "Orvik Edison" again, its first word read alone: the firm's name
            ln.mention(known, i, town.j)
            return known
    if known is not None:
        if known.guessed and known.name == text:
            kind = _guess(ln, k, last)
            if kind is not None and kind is not ActorKind.PERSON:
                known.kind = kind  # "with Fantastic Gardeners ... Ann Lee from Fantastic Gardeners"
                known.guessed = False
        ln.mention(known, i, j)
        return known
    if ln.label:
        return None
    nxt = ln.spans[k + 1] if k + 1 < len(ln.spans) else None
    if (
        nxt is not None
        and j - i == 1
        and nxt.tag == "gaz"
        and nxt.i == j
        and nxt.j == j + 1
        and nxt.entry is not None
        and nxt.entry.kind in _GROUPS
        and toks[i] in lex.given_names
        and not (s.initial and toks[i].lower() in lex.common)
    ):
        rec = _person(ln, i, nxt.j, None)  # "Michael Bloomberg": a body's name as a surname
        ln.mention(rec, i, nxt.j)
        nxt.tag = "skip"
        return rec
    if (
        nxt is not None
        and nxt.tag == "gaz"
        and nxt.i == j
        and nxt.entry is not None
        and (
            (
                nxt.entry.form in ("city", "capital")
                and (_scored(ln, s.i, nxt.j) or toks[i] not in doc.lex.given_names)
            )
            or (toks[i] not in doc.lex.given_names and _national_branch(toks, i, nxt))
        )
        and not s.initial
    ):
        if j - i == 1 and toks[i].lower() not in lex.common and _person_after(ln, nxt.j):
            rec = _person(ln, i, nxt.j, None)  # "Keyosha Jackson, 24,": a surname, not the city
            ln.mention(rec, i, nxt.j)
            s.j = nxt.j
            nxt.tag = "skip"
            return rec
        kind = ActorKind.ORGANIZATION
        if j - i == 1 and toks[i] in doc.lex.direction_words and not _scored(ln, i, nxt.j):
            kind = ActorKind.PLACE  # "South Portland", "East Hartford": a town by the city
        seen = doc.lookup(ln.text(i, nxt.j))
        whole = seen if seen is not None and seen.kind is kind else doc.new(ln.text(i, nxt.j), kind)
        ln.mention(whole, i, nxt.j)
        s.j = nxt.j
        nxt.tag = "skip"
        return whole
    kind = _guess(ln, k, last)
    if kind is ActorKind.PERSON and j - i >= 2:
        head = doc.lookup(toks[i])
        if head is not None and head.kind in _GROUPS and head.name == toks[i]:
            kind = head.kind  # "Yahoo Finance" after "Yahoo"
    p = ln.spans[k - 1] if k else None
    owner = p.entry if p is not None and p.tag == "gaz" and p.j == i else None
    if owner is not None and owner.kind in _GEO:
        suffixed = toks[j - 1] in doc.lex.org_suffixes or (
            owner.kind is ActorKind.PLACE
            and toks[i] in doc.lex.org_suffixes
            and toks[i + 1 : i + 2] in (["of"], ["for"])
        )  # "New England Journal of Medicine": a region opens a body's name
        assert p is not None
        region = owner.form == "demonym" and not suffixed and within_the(toks, p.i, doc.lex)
        if region and kind in _GROUPS:  # "in the Canadian Rockies": a region, no body
            return _national_body(ln, p.i, j, ActorKind.PLACE, owner.country)
        if (owner.form == "demonym" and (kind in _GROUPS or suffixed)) or (
            owner.form != "demonym" and suffixed and not s.initial
        ):
            # "Syrian Observatory", "Kurdistan Democratic Party", "New York Stock Exchange"
            if owner.form != "demonym":
                _unmention(ln, owner, p.i)  # the place's name is a word of the body's
            return _national_body(ln, p.i, j, kind or ActorKind.ORGANIZATION, owner.country)
        if owner.form != "demonym" and _firm_words(toks, i, j, doc.lex):
            # "Tallin Gas & Power", "Halden City Rovers": the place opens a firm's or team's name
            _unmention(ln, owner, p.i)
            return _national_body(ln, p.i, j, ActorKind.ORGANIZATION, owner.country)
        if _named_for_town(ln, p, s, kind):
            # "Cambridge Analytica", "Manchester Union-Leader": a town opens a firm's name
            _unmention(ln, owner, p.i)
            firm = _national_body(ln, p.i, j, ActorKind.ORGANIZATION, owner.country)
            if doc.lookup(text) is None and text.lower() not in lex.common:
                # "the Boston Celtics ... the Celtics" (not "the Standard": a common word)
                doc.alias(firm, text)
            return firm
    if kind is None and _region_after_place(ln, i, j, last):
        kind = ActorKind.PLACE
    if kind is None or _common_phrase(ln, i, j):
        if kind is None and j - i == 1:
            _keep_unread(ln, k)
        return None
    if j - i == 1 and s.initial and doc.written_lower(text):
        return None  # "Art historian ...", "Locals told ...": a common word opening a sentence
    if j - i == 1 and len(text) >= 3 and text.isupper() and doc.written_in_prose(text):
        return None  # "run SELECT ... we select", "SNOWED": a word in capitals, no acronym
    if (
        kind is ActorKind.PERSON
        and j - i >= 2
        and doc.lookup(text) is None
        and _default_person(toks, i, j, doc.lex)
        and _lower_words(ln, i, j) >= 2
    ):
        return None  # "Disk Space Wizard", "Spider Mites": words the text writes in lower case
    if kind is ActorKind.PERSON:
        fresh = doc.lookup(text) is None
        rec = _person(ln, i, j, None)
        rec.guessed = fresh and _default_person(toks, i, j, doc.lex)
        rec.bare = rec.guessed and _bare(toks, i, j, doc.lex, s.initial)
    else:
        rec = doc.new(text, kind)
    if kind is ActorKind.PLACE and toks[j - 1] in _STREET_WORDS and _house_number(toks, i):
        i -= 1  # "at 180 Tarvel Street": the address, with its number, names the place too
    ln.mention(rec, i, j)
    return rec


#: A version number after a name ("3.8", "2.x", "v2"): the name is a program's.
_VERSION = re.compile(r"v?\d{1,4}\.(?:\d{1,4}|x)(?:\.\d{1,4}){0,3}|v\d{1,4}")
#: Lower-case nouns after a name that make it a program or a language ("the Orvik
#: compiler", "Tarvel packages"), not a firm's name before its trade.
_PRODUCT_NOUNS = frozenset(
    {"compiler", "compilers", "interpreter", "kernel", "distro", "distros", "codebase"}
    | {"syntax", "runtime", "runtimes", "toolchain", "plugin", "plugins", "plug-in"}
    | {"installer", "repository", "repositories", "repo", "repos", "package", "packages"}
    | {"module", "modules", "library", "libraries", "binaries", "script", "scripts"}
    | {"version", "versions", "programming", "programmers", "dependencies", "builds"}
)


def _product_use(toks: list[str], j: int) -> bool:
    """Whether the name that ends before ``toks[j]`` is used as a program's: a version
    number or a program's noun after it ("Orvik 3.8", "Orvik 2.x", "Orvik packages")."""
    nxt = toks[j] if j < len(toks) else ""
    return nxt in _PRODUCT_NOUNS or (
        (nxt[:1].isdigit() or nxt[:1] == "v") and bool(_VERSION.fullmatch(nxt))
    )


def _foreign_code(rec: Record, code: str) -> bool:
    """ "AUSTIN (KXAN) —": capitals in brackets after a place that do not open with the
    place's first letter name something else (the station of a dateline), not the place
    ("Los Angeles (LAX)", "the United Arab Emirates (UAE)" do)."""
    return rec.kind in _GEO and code[:1].upper() != rec.name[:1].upper()


def _dateline_code(toks: list[str], j: int) -> bool:
    """ "AUSTIN (KXAN) —", "HOUSTON, Texas (KTRK) --": the closing bracket ``toks[j]``
    follows a line's opening place with no lower-case word, and a dash follows it."""
    return (
        j <= _DATELINE_REACH
        and j + 1 < len(toks)
        and toks[j + 1] in _DASHES
        and not any(t[:1].islower() for t in toks[: j - 2])
    )


#: How many tokens a dateline's place, state and code may take at a line's start.
_DATELINE_REACH = 7
#: Dashes that close a dateline.
_DASHES = frozenset({"—", "–", "-", "--"})


def _role_word(word: str, lex: Lexicon) -> bool:
    """A capitalised word that is a role's own noun ("Officer", "Director"), no surname."""
    low = word.lower()
    return low in lex.titles or low in lex.member_nouns


def _place_as_given_name(ln: _Line, k: int) -> Record | None:
    """ "Yao Zhe, a researcher", "Lima Okafor said": a one-word town's name that opens a
    person's name, the unknown word after it the rest, when what follows marks a person.

    The town comes first and an unknown capitalised word (no common word, given name,
    place, body or event word) right after it; then an age, an apposition headed by a
    person's noun or a "he"/"she" taking it up (a speech verb alone is no sign: a firm
    named for its town speaks too).
    """
    s = ln.spans[k]
    entry = s.entry
    if (
        entry is None
        or entry.kind is not ActorKind.PLACE
        or entry.form not in ("city", "name")
        or s.j - s.i != 1
        or k + 1 >= len(ln.spans)
    ):
        return None
    nxt = ln.spans[k + 1]
    if nxt.tag != "name" or nxt.i != s.j or nxt.j != s.j + 1 or ln.label:
        return None
    word = ln.toks[nxt.i]
    lex = ln.doc.lex
    if (
        not word.isalpha()
        or not (word[1:].islower() or (word.isupper() and ln.toks[s.i].isupper()))
        or word.lower() in lex.common
        or _suffix_word(word, lex)
        or word in lex.misc_suffixes
        or word in lex.given_names
    ):
        return None
    toks = ln.toks
    j = nxt.j
    after = toks[j + 1] if j + 1 < len(toks) else ""
    if not (
        (
            entry.form == "city"
            and (
                (
                    toks[j : j + 1] == [","]
                    and (after.isdigit() or appositive(toks, j, lex) is ActorKind.PERSON)
                )
                or _taken_up(ln, j)
            )
        )
        or surname_alone(ln.doc.texts, toks[s.i].title(), word.title())
    ):
        return None  # "Tarvel Citibus explained": a firm named for its town speaks too
    rec = _person(ln, s.i, nxt.j, None)
    ln.mention(rec, s.i, nxt.j)
    nxt.tag = "skip"
    return rec


#: Words that, with a number after them, name a numbered road ("Route 29", "Highway 401").
_ROAD_WORDS = frozenset(
    {"Route", "Highway", "Hwy", "Hwy.", "Interstate", "Road", "Motorway", "Freeway", "Rte"}
)


def _road_number(toks: list[str], s: Span) -> bool:
    """Whether the span opens or makes a numbered road's name ("Illinois Route 29",
    "Township Road 1950E", "State Highway 7"): a road, no actor, and the state or county
    its name opens is no mention of one."""
    if s.tag not in ("gaz", "name") or (
        s.tag == "gaz" and (s.entry is None or s.entry.kind is not ActorKind.PLACE)
    ):
        return False
    j = s.j
    if toks[j - 1] in _ROAD_WORDS:
        return j < len(toks) and _has_number(toks[j])
    return j + 1 < len(toks) and toks[j] in _ROAD_WORDS and _has_number(toks[j + 1])


def _has_number(tok: str) -> bool:
    return any(ch.isdigit() for ch in tok)


#: Last words of a street's name, after which a number before it is a house's.
_STREET_WORDS = frozenset(
    {"Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Rd.", "Drive", "Lane"}
    | {"Boulevard", "Blvd", "Way", "Place", "Court", "Terrace", "Crescent", "Highway"}
)


def _house_number(toks: list[str], i: int) -> bool:
    """A house number right before ``toks[i]`` ("180 Tarvel Street"), not a count or a year."""
    if i == 0:
        return False
    num = toks[i - 1]
    return num.isdigit() and len(num) <= 5 and not (i >= 2 and toks[i - 2] in ("$", "£", "€"))


def _person_after(ln: _Line, j: int) -> bool:
    """What follows a name at ``toks[j]`` marks a person: an age ("X, 24,"), a speech
    verb, or an apposition headed by a person's noun ("X, a materials scientist").

    An unknown word before a city's name ("Keyosha Jackson", "Soumitra Das") is then a
    given name and a surname, not a team or a firm named for the city.
    """
    toks = ln.toks
    nxt = toks[j] if j < len(toks) else ""
    if nxt in ln.doc.lex.speech_verbs:
        return True
    after = toks[j + 1] if j + 1 < len(toks) else ""
    if nxt == "," and (after.isdigit() or appositive(toks, j, ln.doc.lex) is ActorKind.PERSON):
        return True
    return _taken_up(ln, j)


def _taken_up(ln: _Line, j: int) -> bool:
    """ "he" or "she" within reach after ``toks[j]``, before any other name that may be a
    person's (a title alone, "the driver", names no other): the name before ``j`` is a
    person's ("X, no age given, was ... when the driver said she ...")."""
    toks = ln.toks
    window = toks[j : j + PRONOUN_REACH]
    if PERSONAL.isdisjoint(window):
        return False
    for m, t in enumerate(window):
        if t in PERSONAL:
            end = j + m
            return not any(
                j <= sp.i < end
                and (sp.tag == "hon" or (sp.tag == "name" and _may_be_person(ln, sp)))
                for sp in ln.spans
            )
    return False


#: Words that may close "in <town>, <region>": a day, a time or a clause's preposition.
_AFTER_REGION = frozenset(
    {"on", "in", "at", "last", "this", "early", "late", "yesterday", "today", "tonight"}
    | {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)


def _region_after_place(ln: _Line, i: int, j: int, last: tuple[Record, int] | None) -> bool:
    """ "a crash in Osborne Store, Clarendon Tuesday": one unknown word after a place
    and a comma, closing the phrase, is the larger place it lies in."""
    toks = ln.toks
    if (
        j - i != 1
        or last is None
        or last[1] != i - 1
        or toks[i - 1] != ","
        or last[0].kind not in _GEO
        or toks[i] in ln.doc.lex.given_names
    ):
        return False
    nxt = toks[j] if j < len(toks) else ""
    return nxt in ("", ",", ".", ";") or nxt in _AFTER_REGION


def _peer(ln: _Line, i: int, j: int) -> Record | None:
    """ "Lord Ashcombe", "Baroness Venn": a peer known by a title and one name, which is
    their name ("Ashcombe" alone is a later mention); None when it is a known person's
    surname or a given name ("Lady Sarah")."""
    toks = ln.toks
    lex = ln.doc.lex
    if j - i != 1 or toks[i - 1] not in lex.peerages or toks[i] in lex.given_names:
        return None
    if ln.doc.lookup(toks[i]) is not None:
        return None
    rec, new = _titled_person(ln, i, j)
    if new:
        ln.unplaced.append((i - 1, j, rec))
    ln.mention(rec, i - 1, j)
    return rec


def _titled_person(ln: _Line, i: int, j: int) -> tuple[Record, bool]:
    """The person named by the title at ``i - 1`` with the name ``i:j`` ("Lord Ashcombe",
    "Prince William"), and whether the record is new (the name alone then links to it)."""
    name = ln.text(i - 1, j)
    rec = ln.doc.lookup(name)
    if rec is not None and rec.kind is ActorKind.PERSON:
        return rec, False
    rec = ln.doc.new(name, ActorKind.PERSON)
    ln.doc.surnames.setdefault(ln.toks[i], rec.id)
    return rec, True


#: Regnal numbers after a royal's name ("Elizabeth II").
_REGNAL = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"})


def _royal(ln: _Line, i: int, j: int, anchor: Anchor) -> Record | None:
    """ "Prince William", "Queen Elizabeth II": a royal known by a title and one given
    name, which is their name ("William" alone is a later mention); the title is still
    their role."""
    toks = ln.toks
    lex = ln.doc.lex
    if i == 0 or toks[i - 1] not in lex.royal_titles or toks[i] not in lex.given_names:
        return None
    if not all(t in _REGNAL for t in toks[i + 1 : j]):
        return None
    rec, _ = _titled_person(ln, i, j)
    if rec.role is None and anchor.role:
        rec.role, rec.sector = anchor.role, anchor.sector
        rec.country = rec.country or anchor.country
    if rec.country is None:
        ln.unplaced.append((i - 1, j, rec))
    ln.mention(rec, i - 1, j)
    return rec


def _title_of_place(ln: _Line, s: Span) -> bool:
    """ "the Duke of Edinburgh", "Catherine, Duchess of Cambridge": the place of a title held
    "of" it (no body's name going on, as in "the Prince of Wales Hospital")."""
    toks = ln.toks
    i = s.i
    if i < 2 or toks[i - 1] != "of" or toks[i - 2] not in ln.doc.lex.territorial_titles:
        return False
    return not ((s.tag == "name" and s.j - i > 1) or (s.j < len(toks) and toks[s.j][:1].isupper()))


def _territorial_title(ln: _Line, s: Span, last: tuple[Record, int] | None) -> Record | None:
    """The person who holds the title ending at ``s`` (:func:`_title_of_place`), which
    names a person, not the place: the person named right before it and a comma
    ("Catherine, Duchess of Cambridge"), or one the text names by it; else no one.
    """
    toks = ln.toks
    i = s.i
    doc = ln.doc
    rec = None
    if i >= 4 and toks[i - 3] == ",":
        if last is not None and last[1] == i - 3 and last[0].kind is ActorKind.PERSON:
            rec = last[0]
        else:  # "Catherine, Duchess of Cambridge" after "Catherine Lee"
            known = doc.lookup(toks[i - 4]) or doc.by_first_name(toks[i - 4])
            if known is not None and known.kind is ActorKind.PERSON:
                rec = known
                ln.mention(rec, i - 4, i - 3)
    if rec is None:
        rec = doc.lookup(ln.text(i - 2, s.j))
    if rec is None or rec.kind is not ActorKind.PERSON:
        return None
    ln.mention(rec, i - 2, s.j)
    return rec


def _legal_form(ln: _Line, i: int, j: int) -> Record | None:
    """ "Acme Corp" after (or before) "Acme": a company's legal form makes no new actor.

    The name without its closing word ("Inc", "Corp", "Ltd", or "Group") already names a
    group of the text or of the lexicon: the run is a mention of it, and its
    full form becomes one of its names.
    """
    doc = ln.doc
    toks = ln.toks
    if j - i < 2 or (toks[j - 1] not in doc.lex.closing_words and toks[j - 1] != "Group"):
        return None  # ("Orvikon Group" after "Orvikon": the same firm, its group's name)
    stem = ln.text(i, j - 1).rstrip(",")
    known = doc.lookup(stem) if " " in stem else doc.records.get(doc.surfaces.get(stem, ""))
    if known is None:
        entry = doc.lex.phrases.get(stem)
        if entry is None or entry.kind not in _GROUPS:
            return None
        known = doc.record_for(entry)
    if known.kind is ActorKind.PERSON and known.guessed and known.name == stem:
        known.kind = ActorKind.ORGANIZATION  # a person for want of evidence: the company
        known.guessed = False
    if known.kind not in _GROUPS:
        return None
    doc.alias(known, ln.text(i, j))
    ln.mention(known, i, j)
    return known


def _state_government(ln: _Line, k: int) -> Record | None:
    """ "the UK Government", "the Government of Canada": a country's government is the state.

    By the event-coding convention a state acts through its government, so the
    name is a mention of the country (already made by its own word in "UK
    Government"), not a body of its own. A region's government ("Scottish
    Government") is a body.
    """
    s = ln.spans[k]
    if ln.toks[s.i] != "Government":
        return None  # (both forms open with it: tested first for speed)
    words = ln.toks[s.i : s.j]
    lex = ln.doc.lex
    mention = False
    entry: Entry | None = None
    if len(words) >= 3 and words[0] == "Government" and words[1] == "of":
        entry = lex.phrases.get(" ".join(words[2:]))
        mention = True
    elif words == ["Government"] and k:
        p = ln.spans[k - 1]
        if p.tag == "gaz" and p.j == s.i:
            entry = p.entry
    if entry is None or entry.kind is not ActorKind.COUNTRY or not entry.country:
        return None
    country = lex.countries.get(entry.country)
    if country is None:
        return None
    rec = ln.doc.record_for(country)
    if mention:
        ln.mention(rec, s.i, s.j)
    return rec


def _keep_unread(ln: _Line, k: int) -> None:
    """Leave a dropped one-word name's evidence for the second pass (``_repeated``)."""
    s = ln.spans[k]
    word = ln.toks[s.i]
    lex = ln.doc.lex
    if not word.isalpha() or word.isupper() or word.lower() in lex.common or word in lex.never:
        return
    # a person's name only matters before a pronoun within reach (tested first for speed)
    reach = s.i + PRONOUN_REACH
    window = ln.toks[s.i + 1 : reach + 1]
    people = (
        set()
        if PERSONAL.isdisjoint(window)
        else {
            sp.i
            for sp in ln.spans
            if s.i < sp.i <= reach
            and ln.toks[sp.i] != word
            and (
                sp.tag in ("title", "hon")
                or (sp.tag == "name" and _may_be_person(ln, sp))
                or (sp.tag == "gaz" and sp.entry is not None and sp.entry.kind is ActorKind.PERSON)
            )
        }
    )
    p = ln.spans[k - 1] if k else None
    demonym = (
        p
        if p is not None
        and p.tag == "gaz"
        and p.j == s.i
        and p.j - p.i == 1
        and p.entry is not None
        and p.entry.form == "demonym"
        else None
    )
    found = evidence(
        ln.toks,
        s.i,
        lex.speech_verbs,
        people,
        prefix_at=None if demonym is None else demonym.i,
    )
    base = ln.base
    prefix = None
    if demonym is not None and demonym.entry is not None:
        prefix = (
            ln.toks[demonym.i],
            demonym.entry.id,
            base + ln.starts[demonym.i],
            ln.text(demonym.i, s.j),
        )
    use = Unread(
        where=ln.where,
        start=base + ln.starts[s.i],
        end=base + ln.ends[s.i],
        text=word,
        prefix=prefix,
        **found,
    )
    ln.doc.unread.setdefault(word, []).append(use)


def _may_be_person(ln: _Line, s: Span) -> bool:
    """Whether a name span may name a person: two words or more, or one known as one."""
    if s.j - s.i >= 2:
        return True
    known = ln.doc.lookup(ln.toks[s.i])
    return known is not None and known.kind is ActorKind.PERSON


def _national_branch(toks: list[str], i: int, nxt: Span) -> bool:
    """ "Statistics Norway", "Harvest Aid Kenya": a body's name closed by the country it serves.

    A known country's own name right after an unknown capitalised run that no given
    name opens, and no word after it that carries the name on ("Kenya Airways").
    """
    entry = nxt.entry
    if entry is None or entry.kind is not ActorKind.COUNTRY or entry.form != "name":
        return False
    if nxt.j - nxt.i != 1 or toks[nxt.i] in _NAME_COUNTRIES:
        return False
    after = toks[nxt.j] if nxt.j < len(toks) else ""
    return not (after[:1].isupper() and after[:1].isalpha())


def _common_phrase(ln: _Line, i: int, j: int) -> bool:
    """ "Birthright Citizenship" where the text also writes "birthright citizenship"."""
    if j - i < 2:
        return False
    lex = ln.doc.lex
    toks = ln.toks
    for t in toks[i:j]:
        if t in lex.org_suffixes or t in lex.place_suffixes or t in lex.armed_suffixes:
            return False
    return toks[i] not in lex.given_names and ln.doc.written_lower(ln.text(i, j))


def _built(ln: _Line, s: Span) -> Record:
    """A name built on a known place ("Kyiv region", "Russia's Defense Ministry")."""
    assert s.hint is not None
    doc = ln.doc
    text = ln.text(s.i, s.j)
    rec = doc.lookup(text)
    if (
        s.hint is ActorKind.PLACE
        and s.j - s.i >= 2
        and ((rec is not None and rec.kind is ActorKind.ORGANIZATION) or _team(ln, s))
    ):
        s.hint = ActorKind.ORGANIZATION  # "Leicester City 2", "Manchester City midfielder"
    if rec is None or rec.kind is not s.hint:
        rec = doc.new(text, s.hint, s.country)
        rec.sector = rec.sector or s.sector  # "the Obama administration": a government
    if s.owner is not None:
        ln.mention(doc.record_for(s.owner), s.i, s.owner_j)  # the state keeps its mention
    ln.mention(rec, s.i, s.j)
    return rec


def _default_person(toks: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """Whether a run became a person for want of other evidence (no given name, no verb)."""
    nxt = toks[j] if j < len(toks) else ""
    return toks[i] not in lex.given_names and nxt not in lex.speech_verbs


def _lower_words(ln: _Line, i: int, j: int) -> int:
    """How many words of ``toks[i:j]`` the text also writes in lower case ("wizard",
    "mites"), name particles aside ("van", "de"): common words of the page's own, of
    which a person's name has fewer than two, as of the common words of the lexicon."""
    doc = ln.doc
    return sum(
        1
        for t in ln.toks[i:j]
        if t.isalpha() and t.lower() not in doc.lex.particles and doc.written_lower(t)
    )


def _bare(toks: list[str], i: int, j: int, lex: Lexicon, initial: bool) -> bool:
    """Nothing around ``toks[i:j]`` backs a guessed person.

    Backing: a comma or list mark on either side ("X, 42,", "X and Y"), a
    speech verb, a role or honorific before it ("ex-premier X"), an affiliation,
    a possessive or a description after it ("X from Y", "X's", "X is a"), a
    sentence it opens as the subject of a lower-case word ("X travelled"), a
    name particle inside it ("al-", "d'", "van"), an initial opening it ("J.
    Lee"), a line of its own (a byline), or a word for a person right before it
    ("strongman X", "semifinalist X", "34-year-old X").
    """
    prev = toks[i - 1] if i else ""
    nxt = toks[j] if j < len(toks) else ""
    low = prev.lower().removeprefix("ex-").removeprefix("former-")
    return not (
        nxt in _LIST_MARKS
        or nxt in _BACKING_NEXT
        or prev in _LIST_MARKS
        or low in lex.speech_verbs
        or low in lex.titles
        or low in lex.kin_nouns
        or prev.capitalize() in lex.honorifics
        or (initial and nxt.isalpha() and nxt.islower())
        or any(t[:1].islower() for t in toks[i + 1 : j])
        or _initial_word(toks[i])
        or (i == 0 and j == len(toks))
        or _person_word(prev, lex)
    )


#: Endings of lower-case nouns for people ("strongman", "semifinalist", "all-rounder").
_AGENT_ENDINGS = ("er", "or", "ist", "man", "woman", "ian", "ant", "ent", "ee")


def _initial_word(word: str) -> bool:
    """ "J.", "D.A.": one or more capital initials, each with its stop."""
    return len(word) >= 2 and word.endswith(".") and all(c.isupper() for c in word.replace(".", ""))


def _person_word(word: str, lex: Lexicon) -> bool:
    """A lower-case word that describes the person named after it: an agent noun, a
    title or a member noun ("strongman", "reporter"), or a measure ("34-year-old")."""
    if "-" in word and any(c.isdigit() for c in word):
        return True  # "34-year-old", "7-foot-3"
    if not word[:1].islower():
        return False
    low = word.rsplit("-", 1)[-1]
    return (
        low in lex.titles
        or low in lex.member_nouns
        or (len(low) >= 5 and low.endswith(_AGENT_ENDINGS) and low not in lex.function_words)
    )


#: Words after a name that say it is someone's: an affiliation, a possession, a description.
_BACKING_NEXT = frozenset({"(", "from", "of", "at", "'s", "’s", "is", "was"})


def _guess(ln: _Line, k: int, last: tuple[Record, int] | None) -> ActorKind | None:
    """The kind :func:`guess_kind` gives ``spans[k]`` in its line."""
    s = ln.spans[k]
    i = s.i
    toks = ln.toks
    return guess_kind(
        toks,
        i,
        s.j,
        ln.doc.lex,
        initial=s.initial,
        listed=_listed_with(ln, k, last),
        after_person=last is not None
        and last[1] == i - 1
        and last[0].kind is ActorKind.PERSON
        and toks[i - 1] in ("at", "from"),
        place_after=_place_after(ln, k) or _town_and_county(ln, k),
        again=lambda: ln.doc.said_again(ln.text(i, s.j)),
    )


_AND_OR = frozenset({"and", "or", "&"})
_LIST_MARKS = _AND_OR | {","}


def _neighbour(ln: _Line, k: int) -> Span | None:
    """The known place or organisation spans[k + 1], when nothing but one mark stands between."""
    s = ln.spans[k]
    nxt = ln.spans[k + 1] if k + 1 < len(ln.spans) else None
    if (
        nxt is None
        or nxt.tag != "gaz"
        or nxt.i != s.j + 1
        or nxt.entry is None
        or nxt.entry.form == "demonym"
        or nxt.entry.kind is ActorKind.PERSON
        or ln.toks[nxt.j : nxt.j + 1] in (["'s"], ["’s"])
    ):
        return None
    return nxt


def _listed_with(ln: _Line, k: int, last: tuple[Record, int] | None) -> ActorKind | None:
    """The kind of a place or organisation listed right before or after ``spans[k]``.

    "Kyiv, Lviv, Odesa, X and Kharkiv", "companies such as Y, X and Z". A
    comma alone is a list only when another list mark is on the other side
    ("the Netherlands, Ammar Hijazi, told" is an apposition).
    """
    s = ln.spans[k]
    toks = ln.toks
    before = toks[s.i - 1] if s.i else ""
    after = toks[s.j] if s.j < len(toks) else ""
    going_on = after in _AND_OR or (
        after == ","
        and s.j + 1 < len(toks)
        and (toks[s.j + 1][0].isupper() or toks[s.j + 1] in _AND_OR)
    )  # "Kyiv, Lviv, Odesa", "X, Y, and others": not "Valencia, Pilar Bernabé, told"
    if last is not None and last[1] == s.i - 1 and before in _LIST_MARKS:
        kind = last[0].kind
        if kind is not ActorKind.PERSON and (before in _AND_OR or going_on):
            return kind
    nxt = _neighbour(ln, k)
    if (
        nxt is not None
        and nxt.entry is not None
        and after in _LIST_MARKS
        and (after in _AND_OR or before in _LIST_MARKS)
        and not (nxt.j - nxt.i == 1 and ln.doc.surname_holder(toks[nxt.i]) is not None)
    ):  # "Sanders or Warren" after "Elizabeth Warren": a person's surname, not the city
        return nxt.entry.kind
    return None


def _place_after(ln: _Line, k: int) -> bool:
    """ "X, Idaho.", "X, Germany", "X, Idaho on Monday": a known place after a comma, then
    a mark, a word of grammar or nothing (not "X, Albania's minister")."""
    s = ln.spans[k]
    nxt = _neighbour(ln, k)
    toks = ln.toks
    return (
        nxt is not None
        and nxt.entry is not None
        and toks[s.j] == ","
        and nxt.entry.kind in _GEO
        and s.j - s.i <= 2
        and (
            nxt.j == len(toks)
            or not toks[nxt.j][0].isalpha()
            or toks[nxt.j] in ln.doc.lex.function_words  # "X, Idaho on November 13"
        )  # not "X, Tunisia country director"
    )


#: Words before "X, Y" that make it a town and its county ("from Radstock, Somerset,").
_TOWN_PREPS = frozenset({"in", "from", "near", "outside"})
_CLAUSE_ENDS = frozenset({",", ".", ";"})


def _town_and_county(ln: _Line, k: int) -> bool:
    """ "in Tarvel, Orvikshire,", "from Dunmore, Halden.": two unknown one-word names after
    a preposition of place, the second closing the clause, are a town and its county; the
    second is marked a place too. Not a list of people ("from Lee, Park and Cho")."""
    spans = ln.spans
    s = spans[k]
    toks = ln.toks
    n = len(toks)
    if s.j - s.i != 1 or not s.i or toks[s.i - 1] not in _TOWN_PREPS or s.j >= n - 1:
        return False
    if toks[s.j] != "," or k + 1 >= len(spans):
        return False
    county = spans[k + 1]
    if county.tag != "name" or county.hint is not None or county.i != s.j + 1:
        return False
    if county.j - county.i != 1 or (county.j < n and toks[county.j] not in _CLAUSE_ENDS):
        return False
    if county.j + 1 < n and toks[county.j + 1] in _AND_OR:
        return False  # "from Lee, Park, and Cho": a list
    names = ln.doc.lex.given_names
    if toks[s.i] in names or toks[county.i] in names:
        return False
    doc = ln.doc
    known = doc.lookup(toks[county.i])
    if doc.lookup(toks[s.i]) is not None or (known is not None and known.kind is not _PLACE):
        return False  # a name the text has given already, or a county known as no place
    county.hint = ActorKind.PLACE
    return True


def _scored(ln: _Line, i: int, j: int) -> bool:
    """A score or "v" around ``toks[i:j]``: "Bayern Munich 2", "v Red Star Belgrade"."""
    toks = ln.toks
    nxt = toks[j] if j < len(toks) else ""
    prev = toks[i - 1] if i else ""
    return nxt.isdigit() or nxt in _VERSUS or prev.isdigit() or prev in _VERSUS


def _firm_words(toks: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """ "Gas & Power", "Rovers", "Instruments": words after a place that make a firm or a team.

    Two names joined by "&" (no given name in them), or a plural common noun at the end,
    which the name of a person, a place or an event rarely is.
    """
    words = toks[i:j]
    if words[0] in lex.given_names:
        return False
    if "&" in words[1:-1]:
        return True
    last = words[-1]
    one = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    low = one.lower()
    if _suffix_word(one, lex) or low in lex.org_nouns or low in lex.body_heads:
        return False  # "U.S. Embassies", "Texas Hospitals": a plural of bodies, no name
    return plural_noun(last, lex)


#: Gazetteer forms of a town or state whose name may open a firm's, paper's or team's.
_TOWN_FORMS = frozenset({"city", "capital", "state"})
#: Towns and states whose names are common first names too ("Madison Lee", "Austin Park").
_GIVEN_TOWNS = frozenset(
    {"Madison", "Austin", "Dallas", "Jackson", "Houston", "Sydney", "Florence", "Victoria"}
    | {"Paris", "Savannah", "Aurora", "Brooklyn", "Chelsea", "Phoenix", "Lincoln", "Denver"}
    | {"Tyler", "Charlotte", "Regina", "Adelaide", "Orlando", "Raleigh", "Eugene", "Chester"}
    | {"Marion", "Troy", "Carson", "Warren", "Jordan", "Preston", "Stanley", "Milton"}
    | {"Georgia", "Virginia", "Cleveland", "Logan", "Salem", "Hamilton"}
)


def _named_for_town(ln: _Line, p: Span, s: Span, kind: ActorKind | None) -> bool:
    """An unknown name right after a known town or state makes one firm's name with it.

    "Cambridge Analytica", "Manchester Union-Leader", "California Globe": nothing
    between the two, the unknown words no place, person or sentence opener of their
    own, and the town no given name ("Paris Hilton", "Jackson Pollock").
    """
    entry = p.entry
    if entry is None or entry.form not in _TOWN_FORMS or kind not in (None, *_GROUPS):
        return False
    toks = ln.toks
    lex = ln.doc.lex
    if (
        s.initial
        or toks[s.i] in lex.given_names
        or any(t in lex.given_names or t in _GIVEN_TOWNS for t in toks[p.i : p.j])
    ):
        return False
    known = ln.doc.lookup(toks[s.i])
    if (known is not None and known.kind not in _GROUPS) or ln.doc.surname_holder(toks[s.i]):
        return False  # a name already known on its own
    words = toks[s.i : s.j]
    last = words[-1]
    if (
        (len(words) == 1 and (adjective(last) or is_acronym(last)))  # "Democratic", "ISO"
        or last.lower() in _PACTS  # "the Paris Agreement"
        or last in _STREET_WORDS
        or last == "Route"  # "Illinois Route 29"
        or last in lex.place_suffixes
    ):
        return False
    nxt = toks[s.j : s.j + 2]
    if len(nxt) == 2 and nxt[0] in _POSSESSIVE and nxt[1][:1].isupper():
        return False  # "Donetsk People's Republic": the name goes on
    return all(t[:1].isupper() for t in words)


def _suffix_word(word: str, lex: Lexicon) -> bool:
    return word in lex.org_suffixes or word in lex.place_suffixes


def _unmention(ln: _Line, entry: Entry, i: int) -> None:
    """Take back the mention of ``entry`` just made at token ``i``: it opens a longer name."""
    rec = ln.doc.records.get(entry.id)
    start = ln.base + ln.starts[i]
    if rec is not None and rec.mentions and rec.mentions[-1][1] == start:
        rec.mentions.pop()
        ln.marks = [(at, c) for at, c in ln.marks if at != i]


def _national_body(ln: _Line, i: int, j: int, kind: ActorKind, country: str | None) -> Record:
    """ "Syrian Observatory", "Afghan Defence Ministry": the demonym belongs to the name."""
    text = ln.text(i, j)
    rec = ln.doc.lookup(text)
    if rec is None or rec.kind not in _GROUPS:
        rec = ln.doc.new(text, kind, country)
    ln.mention(rec, i, j)
    return rec


def _common_opener(ln: _Line, s: Span) -> bool:
    """ "Labour market watchers ...": a known one-word name that is also a common word,
    opening a sentence before a lower-case word, where the text writes the word in
    lower case too, is the word (countries aside: "Turkey said")."""
    entry = s.entry
    if not s.initial or s.j - s.i != 1 or entry is None or entry.kind in _GEO:
        return False
    toks = ln.toks
    word = toks[s.i]
    nxt = toks[s.j] if s.j < len(toks) else ""
    return (
        nxt.isalpha()
        and nxt.islower()
        and word.lower() in ln.doc.lex.common
        and ln.doc.written_lower(word)
    )


#: Nouns of a pact named after the city where it was made ("the Paris Agreement").
_PACTS = frozenset(
    {
        "agreement",
        "agreements",
        "accord",
        "accords",
        "protocol",
        "treaty",
        "convention",
        "declaration",
        "consensus",
        "communique",
        "communiqué",
    }
)
#: Words that may stand between the city and the pact ("the Paris climate accord").
_PACT_TOPICS = frozenset({"climate", "peace", "nuclear", "trade", "ceasefire", "cease-fire"})


def _names_pact(ln: _Line, s: Span) -> bool:
    """ "the Paris Agreement", "the Kyoto protocol", "the Oslo peace accords": a place
    naming a pact made there is no mention of the place (countries aside)."""
    entry = s.entry
    if entry is None or entry.kind is not ActorKind.PLACE:
        return False
    toks = ln.toks
    k = s.j
    if k < len(toks) and toks[k].lower() in _PACT_TOPICS:
        k += 1
    return k < len(toks) and toks[k].lower() in _PACTS


def _currency(ln: _Line, s: Span) -> bool:
    """Whether the span is the country mark of a currency, written against its sign
    ("US$40 million", "HK$10", "A$5")."""
    return s.j < len(ln.toks) and ln.toks[s.j] == "$" and ln.ends[s.j - 1] == ln.starts[s.j]


#: Nouns after a state's adjective that make it a language's name ("the French language").
_LANGUAGE_NOUNS = frozenset(
    {"language", "languages", "speaker", "speakers", "speaking", "translation", "dialect"}
    | {"accent", "lessons", "classes", "subtitles", "words", "names", "name", "speakers'"}
    | {"teacher", "teachers", "class", "course", "courses", "literature", "grammar"}
)
#: Words before a state's adjective that make it a language ("in French", "speaks Greek").
_LANGUAGE_VERBS = frozenset(
    {"speak", "speaks", "spoke", "spoken", "speaking", "learn", "learns", "learned", "learnt"}
    | {"learning", "into", "in", "fluent", "teach", "teaches", "taught", "no", "read", "write"}
)


def _language_use(ln: _Line, s: Span) -> bool:
    """Whether a state's adjective names its language, not the state: before a language's
    noun ("the French language", "Greek names", "French-speaking"), or after a verb of
    speaking or "in" with nothing of a noun phrase after it ("in French.", "no French to
    speak of")."""
    entry = s.entry
    if entry is None or entry.form != "demonym" or s.j - s.i != 1:
        return False
    toks = ln.toks
    nxt = toks[s.j] if s.j < len(toks) else ""
    if nxt == "-" and s.j + 1 < len(toks):
        nxt = toks[s.j + 1]
    if nxt in _LANGUAGE_NOUNS:
        return True
    prev = toks[s.i - 1].lower() if s.i else ""
    return prev in _LANGUAGE_VERBS and (
        not nxt or not nxt[0].isalpha() or nxt in ln.doc.lex.function_words
    )


def _plural_after_title(ln: _Line, nxt: Span) -> bool:
    """ "How Major Hospitals Use AI": a title word before one plural common noun is an
    adjective of a heading's words, no rank before a surname."""
    return nxt.tag == "name" and nxt.j - nxt.i == 1 and plural_noun(ln.toks[nxt.i], ln.doc.lex)


def _interview_label(ln: _Line, s: Span) -> bool:
    """ "The Economist: What do you mean ...": a publication's name made of "The" and a
    title word, opening a line before a colon, as the asking side of an interview does
    on every question (the label opens two lines or more); its mention is recorded."""
    toks = ln.toks
    if s.i != 1 or toks[0] != "The" or toks[s.j : s.j + 1] != [":"] or s.j + 1 >= len(toks):
        return False
    label = ln.text(0, s.j) + ":"
    opened = sum(text.startswith(label) + text.count("\n" + label) for text in ln.doc.texts)
    if opened < 2:
        return False
    name = ln.text(0, s.j)
    rec = ln.doc.lookup(name)
    if rec is None or rec.kind is not ActorKind.ORGANIZATION:
        rec = ln.doc.new(name, ActorKind.ORGANIZATION)
    ln.mention(rec, 0, s.j)
    return True


def _brand(ln: _Line, s: Span, nxt: Span) -> Record | None:
    """The brand named by the phrase from span ``s`` to span ``nxt`` when the text names
    it again and never writes it in lower case: one organisation, ``nxt`` read with it."""
    doc = ln.doc
    phrase = ln.text(s.i, nxt.j)
    if not doc.said_again(phrase) or doc.written_lower(phrase):
        return None
    rec = doc.lookup(phrase)
    if rec is None or rec.kind is not ActorKind.ORGANIZATION:
        rec = doc.new(phrase, ActorKind.ORGANIZATION)
    ln.mention(rec, s.i, nxt.j)
    nxt.tag = "skip"
    return rec


def _to_brand(ln: _Line, k: int) -> Record | None:
    """ "Coils to Locs": two unknown capitalised words joined by "to", the phrase named
    again and never in lower case, are one body's name (a brand), not two names."""
    s = ln.spans[k]
    toks = ln.toks
    if s.j - s.i != 1 or toks[s.j : s.j + 1] != ["to"] or k + 1 >= len(ln.spans):
        return None
    nxt = ln.spans[k + 1]
    if nxt.tag != "name" or nxt.i != s.j + 1 or nxt.j - nxt.i != 1:
        return None
    return _brand(ln, s, nxt)


def _by_brand(ln: _Line, k: int) -> Record | None:
    """ "The Unbound Collection by Orvik": an unknown name of two words or more, "by" and
    a maker's name, the phrase named again and never in lower case: one brand's name."""
    s = ln.spans[k]
    toks = ln.toks
    if s.j - s.i < 2 or toks[s.j : s.j + 1] != ["by"] or k + 1 >= len(ln.spans):
        return None
    nxt = ln.spans[k + 1]
    if nxt.tag not in ("name", "gaz") or nxt.i != s.j + 1 or nxt.j - nxt.i > 2:
        return None
    if nxt.entry is not None and nxt.entry.kind is not ActorKind.ORGANIZATION:
        return None  # "... by Russia": a state acting, no maker
    return _brand(ln, s, nxt)


def _read_handles(ln: _Line) -> None:
    """Mentions of a social-media user the prose introduces by their handle ("Twitter
    user @orvik42 wrote ..."), and of that handle wherever else it stands."""
    if "@" not in ln.toks:
        return
    for i, j, introduced in handle_spans(ln.toks):
        text = ln.text(i, j)
        rec = ln.doc.lookup(text)
        if rec is None and introduced:
            rec = ln.doc.new(text, ActorKind.PERSON)
        if rec is not None:
            ln.mention(rec, i, j)


def _read_line(ln: _Line) -> None:
    _read_handles(ln)
    anchor: Anchor | None = None
    last: tuple[Record, int] | None = None
    spans = ln.spans
    for k, s in enumerate(spans):
        rec: Record | None = None
        if s.tag in ("gaz", "name") and _currency(ln, s):
            continue  # "US$40 million", "HK$10": a currency's mark, no actor
        if s.tag in ("gaz", "name") and _title_of_place(ln, s):
            rec = _territorial_title(ln, s, last)
            last = None if rec is None else (rec, s.j)
            continue
        if s.tag == "gaz" and _language_use(ln, s):
            continue  # "a French-speaking city", "she had no French": a language, no state
        if s.tag == "gaz":
            rec = _place_as_given_name(ln, k)
            if rec is None:
                rec = _foreign_body(ln, k)
            if rec is None and (rec := state_after_city(ln.doc, ln.toks, s, last)) is not None:
                ln.mention(rec, s.i, s.j)
            if rec is None:
                rec = None if _common_opener(ln, s) or _names_pact(ln, s) else _read_gaz(ln, s)
        elif s.tag in ("title", "hon"):
            nxt = spans[k + 1] if k + 1 < len(spans) else None
            if s.tag == "hon" and anchor is not None and s.i <= anchor.end <= s.j:
                # "Minister Dr ...", "Chief Education Officer Dr ...": the title's role holds
                if anchor.role is not None and ln.toks[s.i] not in ln.doc.lex.honorifics:
                    anchor.role += " " + ln.text(s.i, s.j)
                anchor.end = s.j
            elif (
                nxt is not None
                and nxt.i == s.j
                and nxt.tag in ("name", "hon", "gaz")
                and not _plural_after_title(ln, nxt)
            ):
                anchor = anchor_for(spans, k, ln.toks, ln.line, ln.starts, ln.ends)
                if nxt.tag == "hon":
                    anchor.end = nxt.j
            elif not _interview_label(ln, s):
                _title_ref(ln, k)
            continue
        elif s.tag == "name":
            rec = _to_brand(ln, k)
            if rec is None:
                rec = _by_brand(ln, k)
            if rec is None:
                rec = _name(ln, k, anchor, last)
        elif s.tag == "agent":
            rec = _agent(ln, s)
        elif s.tag == "group":
            _group(ln, s)
        elif s.tag == "pair":
            _pair(ln, s)
        last = None if rec is None else (rec, s.j)
    if ln.unplaced:
        sent = ln.sentences()
        marks = sorted(ln.marks)
        for at, end, rec in ln.unplaced:
            if rec.country is None:
                rec.country = infer_country(at, end, marks, sent, ln.toks)


#: A block of at most this many tokens, on one line and with no sentence end, is a label.
_LABEL_TOKENS = 6
_ENDS = frozenset({".", "!", "?", "”", '"', "’", ":"})


def _is_label(passage: Passage, where: Where) -> bool:
    """A section heading, or a short block of an article that is no sentence.

    "Getty Images", "Sponsored Stories", "Charles Hurt" standing alone: captions,
    credits and page furniture. A heading that is a whole sentence, ending with a
    full stop, is prose. A bare string (``find_actors``) has no labels.
    """
    if where is None:
        return False
    toks = passage.tokens
    if passage.kind == "heading":
        # a sentence marked up as a heading ("Fiona Parry issued a plea for ...") is read
        return not (len(toks) > _LABEL_TOKENS and toks[-1].text == ".")
    return (
        passage.kind == "paragraph"
        and 0 < len(toks) <= _LABEL_TOKENS
        and "\n" not in passage.text
        and toks[-1].text not in _ENDS
    )


def read_passage(doc: Doc, passage: Passage, where: Where) -> None:
    """Read every line of ``passage`` into ``doc``; offsets index the passage text."""
    starts = [s.start for s in passage.sentences]
    label = _is_label(passage, where)
    # the token texts and offsets as lists, once for the passage (for speed: one
    # transposition by zip), cut by line
    texts: list[str] = []
    firsts: list[int] = []
    lasts: list[int] = []
    if passage.tokens:
        texts, _, firsts, lasts = map(list, zip(*passage.tokens, strict=True))
    prev: list[str] = []
    for lo, hi in passage.lines():
        if hi > lo:
            if _byline(prev, texts[lo:hi]):
                prev = []
                continue
            line = (texts[lo:hi], firsts[lo:hi], lasts[lo:hi])
            _read_line(_Line(doc, passage.text, line, starts, where, label))
            prev = texts[lo:hi]


#: The most words of a line that credits a writer ("Article by", "Story and photos by").
_CREDIT_LEAD_WORDS = 4


def _byline(prev: list[str], toks: list[str]) -> bool:
    """A line of names under a short line closed by "by" ("Article by" / "Ann Lee"): the
    writer's credit, no actor of the story."""
    return (
        0 < len(prev) <= _CREDIT_LEAD_WORDS
        and prev[-1].lower() == "by"
        and len(toks) <= _CREDIT_LEAD_WORDS + 2
        and all(t[:1].isupper() or t in (",", "and", "&", ".") for t in toks)
    )

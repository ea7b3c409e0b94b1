"""The event coder: sentences -> triggers -> roles, dates, place, modality -> merged events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from ...limits import check_deadline
from ...models import (
    Actor,
    ActorKind,
    Article,
    DatePrecision,
    Event,
    Evidence,
    FuzzyDate,
    Modality,
)
from ..document import Document, build
from ._reference import reference_date_of
from .analysis import (
    ActorSlot,
    Coref,
    MentionSpan,
    SentenceView,
    analyse,
    quote_around,
    quote_ends,
)
from .dates import DateMention, Scene, day_dates, find_dates, may_state_day, names_month
from .dedup import Candidate, merge_candidates
from .lexicon import TriggerMatch, cameo_label, cues, in_group, intent_code, plover, stance
from .modality import CHANNEL_PREPS, find_modality, speech_complement
from .people import genders_and_statuses
from .policy import (
    background,
    complete,
    happened,
    outward,
    private,
    public_actors,
    voiceless,
    without_region_tours,
)
from .roles import RoleFinder, clause_subject, find_location, find_roles
from .topic import is_sport_report, keep_public_affairs, political_actors

__all__ = ["code_article", "named_forces", "reference_date_of"]

_MILITARY = frozenset(
    [
        "military",
        "force",
        "forces",
        "strike",
        "strikes",
        "attack",
        "attacks",
        "bomb",
        "troops",
        "war",
        "invade",
        "invasion",
    ]
)
_NEGATION = frozenset({"not", "n't", "never", "fails", "fail", "failed"})

Mentions = dict[tuple[int, int], list[MentionSpan]]


def _mentions(article: Article) -> Mentions:
    out: Mentions = {}
    for actor in article.actors:
        for m in actor.mentions:
            if m.section is None or m.block is None:
                continue
            out.setdefault((m.section, m.block), []).append(
                MentionSpan(m.start, m.end, actor, m.metonym, m.group)
            )
    return out


def _token_at(view: SentenceView, char: int) -> int:
    for i, t in enumerate(view.tokens):
        if t.end > char:
            return i
    return len(view.tokens) - 1


def _pick_date(
    view: SentenceView,
    match: TriggerMatch,
    dates: Sequence[DateMention],
    reported: range | None = None,
) -> DateMention | None:
    """The date expression nearest the trigger in its clause.

    For a statement, a date inside what it reports (``reported``) dates the
    reported matter, not the statement ("X said on Monday that it began in 2022").
    """
    home = view.region_of(match.first)
    best: tuple[int, DateMention] | None = None
    for d in dates:
        i = _token_at(view, d.start)
        region = view.region_of(i)
        if (region is not None and region is not home) or (reported is not None and i in reported):
            continue
        if d.nominal and not 0 < match.first - _token_at(view, d.end - 1) <= 3:
            continue  # "accused X after last month's attack": the date is the attack's
        if d.stretch and match.pattern.code[:2] in _STATEMENT_ROOTS:
            continue  # "condemned the attacks of the last week": a statement is made on a day
        dist = min(abs(i - match.first), abs(i - match.last))
        if best is None or dist < best[0]:
            best = (dist, d)
    return None if best is None else best[1]


#: CAMEO roots of statements: made on a day, whatever stretch of time they speak of.
_STATEMENT_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})

_FIRST_PERSON = frozenset({"we", "i"})
#: A first-person subject that carries its polite "would" ("I'd like to thank X").
_FIRST_PERSON_WOULD = frozenset({"i'd", "we'd"})
_FIRST_PERSON_OWNERS = frozenset({"our", "my"})
#: The writer as the one addressed ("X told me").
_WRITER = frozenset({"me", "us"})
#: Words that may stand between a first-person subject and its verb ("we strongly condemn").
_FIRST_PERSON_GAP = frozenset(
    {"have", "will", "would", "also", "strongly", "firmly", "again", "do", "cannot", "all"}
    | {"'d", "like", "want", "wish", "to"}  # "we would like to thank", "I want to urge"
)

_OPENS_REPORT = frozenset({"that", "“", '"', ":"})
#: Modals of obligation: "X said Y should ..." appeals to Y.
_DEONTIC = frozenset({"should", "must", "ought"})
#: Verbs that say what someone must do when "to" follows ("Y needs to", "Y has to").
_NEEDING = frozenset({"needs", "need", "needed", "has", "have", "had"})
#: Words after which a named actor and "to" say what that actor should do ("wants Y to",
#: "time for Y to"): the actor stands after the word.
_WANTING = frozenset({"want", "wants", "wanted", "time"})
#: Words between a subject and its modal ("Y also should", "Y, too, must").
_MODAL_GAP = frozenset({"also", "too", ",", "now", "still"})


def _deontic(view: SentenceView, k: int) -> bool:
    """Whether token ``k`` says what someone must do: "should", "must", "ought",
    "needs"/"has" before "to" ("Y needs to act", "Y had to act"), or "wants Y to",
    "time for Y to"."""
    word = view.lower(k)
    return (
        word in _DEONTIC
        or (word in _NEEDING and view.lower(k + 1) == "to")
        or _wanted(view, k) is not None
    )


#: The words with which :func:`_deontic` may say what someone must do.
_DEONTIC_WORDS = _DEONTIC | _NEEDING | _WANTING


def _stance_words(view: SentenceView, rng: range) -> list[str]:
    """The words of ``rng`` for :func:`stance`, each saying what someone must do as "must"."""
    lows = view.lows
    if rng.step == 1 and rng.start >= 0 and rng.stop <= len(lows):
        words = list(lows[rng.start : rng.stop])  # for speed: the words lie in the sentence
    else:
        words = [view.lower(i) for i in rng]
    return [
        "must" if w in _DEONTIC_WORDS and _deontic(view, i) else w
        for i, w in zip(rng, words, strict=True)
    ]


def _wanted(view: SentenceView, k: int) -> ActorSlot | None:
    """The actor "wants Y to" / "time for Y to" at token ``k`` asks to act, or None."""
    word = view.lower(k)
    if word not in _WANTING:
        return None
    if word == "time" and view.lower(k + 1) != "for":
        return None  # "time for Y to", not "at the time Y ..."
    s = view.slot(k + 2 if word == "time" else k + 1)
    return s if s is not None and view.lower(s.last + 1) == "to" else None


def _reported(view: SentenceView, m: TriggerMatch, rng: range | None) -> range | None:
    """What a statement reports, without the words that tell when and where it was made.

    "X said at yesterday's briefing that ...": the report starts at "that" (or a
    quote); before it the words still belong to the statement.
    """
    if rng is None or not rng or rng.start <= m.first:
        return rng
    for i in rng:
        if view.lower(i) in _OPENS_REPORT:
            return range(i, rng.stop)
    return rng


_CLAUSE_OPENERS = frozenset(
    {"after", "before", "when", "while", "as", "because", "since", "although", "though", "if"}
)


def _clause_verb(
    view: SentenceView, m: TriggerMatch, found: dict[TriggerMatch, Candidate]
) -> TriggerMatch | None:
    """The latest verb trigger of the clause a participle follows, if that clause has one."""
    for t in reversed(list(found)):
        if t.pattern.kind != "V" or t.last >= m.first:
            continue
        between = {view.lower(i) for i in range(t.last + 1, m.first)}
        return None if between & _CLAUSE_OPENERS else t
    return None


#: Words after which a participle shares the subject of the clause before
#: ("X struck Y, killing Z"; "X said it acted while launching strikes").
_PARTICIPLE_OPENERS = frozenset({",", "while", "by", "since", "after", "before", "upon"})


#: Words between a first-person subject and a verb of saying that leave the act performed.
_POLITE = frozenset({"would", "'d", "also", "strongly", "like", "want", "wish", "to"})


def _performative(view: SentenceView, subject: int, m: TriggerMatch) -> bool:
    """ "I would urge X", "we would call for calm", "I want to thank X": a speaker's
    polite "would" (or wish) before a verb of saying or praise does what the verb says,
    in the saying."""
    if not (in_group(m.pattern.code, "speech") or m.pattern.code[:2] == "05"):
        return False
    gap = [view.lower(k) for k in range(subject + 1, m.first)]
    if view.lower(subject) in _FIRST_PERSON_WOULD:
        gap.insert(0, "would")
    elif view.lower(subject) not in _FIRST_PERSON:
        return False
    if not gap or not all(w in _POLITE for w in gap):
        return False
    return gap[0] in {"would", "'d"} or gap[-2:] in (["want", "to"], ["wish", "to"])


#: Present forms of "be" before a verb in -ing: what is going on now.
_PRESENT_BE = frozenset({"is", "are", "'re", "am"})


def _progressive(view: SentenceView, match: TriggerMatch) -> bool:
    """ "Are refusing", "is still investigating": a present progressive verb trigger."""
    if match.pattern.kind != "V" or not view.lower(match.first).endswith("ing"):
        return False
    i = match.first - 1
    while i > 0 and view.lower(i) in {"still", "now", "also", "currently", "not"}:
        i -= 1
    return view.lower(i) in _PRESENT_BE


def _participle_after_comma(view: SentenceView, match: TriggerMatch) -> bool:
    return (
        view.lower(match.first).endswith("ing")
        and view.lower(match.first - 1) in _PARTICIPLE_OPENERS
    )


class _SentenceCoder:
    def __init__(
        self,
        view: SentenceView,
        ref: dt.date | None,
        section: int,
        block: int,
        n: int,
        roles: RoleFinder,
        dates: Sequence[DateMention],
        strict: bool = True,
        voice: tuple[list[str], list[str]] = ([], []),
        outlets: frozenset[str] = frozenset(),
    ):
        self.view = view
        #: Organisations that may be newsrooms (see :func:`_outlets`): told a statement,
        #: they carry it, they are not whom it is about.
        self.outlets = outlets
        #: Who speaks the quoted words this sentence lies in, where another sentence says
        #: so ('"We condemn X. ...," Y said.'): the source of a first-person verb.
        self.voice = voice
        #: Offsets of first-person subjects no statement of this sentence reports.
        self.unvoiced: list[int] = []
        #: The sources of this sentence's statements, and whom they are about.
        self.speakers: tuple[list[str], list[str]] = ([], [])
        #: Whether an attribution of others' act is left out (the output policy).
        self.strict = strict
        self.ref = ref
        #: The sentence's date expressions (found once, for the scene and the coder).
        self.dates = dates
        self.roles = roles
        self.evidence = Evidence(
            section=section,
            block=block,
            start=view.start,
            end=view.end,
            text=view.text[view.start : view.end],
        )
        self.n = n
        self.places = {a for s in view.slots if s.can_locate for a in s.ids}
        named = {a for s in view.slots if not s.unnamed for a in s.ids}
        #: Actors this sentence names only by an unnamed group ("Russian authorities").
        self.unnamed = {a for s in view.slots if s.unnamed for a in s.ids} - named

    def code(self) -> list[Candidate]:
        view = self.view
        dates = self.dates
        complements = {
            m: speech_complement(view, m) for m in view.triggers if "speech" in m.pattern.flags
        }
        found: dict[TriggerMatch, Candidate] = {}
        for m in view.triggers:
            found[m] = self._candidate(m, dates, complements, found)
        self._first_person(complements, found)
        self._speaker_as_agent(complements, found)
        self.speakers = (
            list(dict.fromkeys(a for m in complements for a in found[m].sources)),
            list(dict.fromkeys(a for m in complements for a in found[m].targets)),
        )
        cands = list(found.values())
        threat = self._threat(cands)
        if threat is not None:
            cands.append(threat)
        return self._tidy(cands, complements, found)

    def _candidate(
        self,
        m: TriggerMatch,
        dates: Sequence[DateMention],
        complements: dict[TriggerMatch, range],
        found: dict[TriggerMatch, Candidate],
    ) -> Candidate:
        view = self.view
        roles = self.roles(view, m)
        sources = list(roles.sources)
        if roles.inherit_from is not None and roles.inherit_from in found:
            sources = list(found[roles.inherit_from].sources)
        elif _participle_after_comma(view, m) and m.pattern.kind == "V":
            # "X shelled Y, killing Z": the participle shares the subject of its clause
            # (the trigger of that clause, else "the court upheld Y, rejecting Z")
            verb = _clause_verb(view, m, found)
            subject = verb if verb is not None else clause_subject(view, m.first - 1)
            if isinstance(subject, TriggerMatch):
                sources = list(found[subject].sources) if subject in found else []
            else:
                sources = list(subject)
        if not sources and m.pattern.kind == "N" and m.pattern.code[:2] in _NAMED_OWN:
            naming = _naming_verb(view, m)
            if naming is not None:
                # "X called the drills a warning to Y": the warning is X's, who names it so
                # ("..., calling the drills a warning": the participle's clause's subject)
                comma = naming > 0 and view.lower(naming - 1) == ","
                subject = clause_subject(view, naming - 1 if comma else naming)
                if not isinstance(subject, TriggerMatch):
                    sources = list(subject)
        if sources and in_group(m.pattern.code, "statement") and self.unnamed.issuperset(sources):
            # "..., Russian authorities said": words of an unnamed source, not a statement
            sources = []
        speakers = [o for o, rng in complements.items() if o is not m and m.first in rng]
        reported = bool(speakers)
        if reported and all(o in found and set(found[o].sources) & set(sources) for o in speakers):
            reported = False  # the speaker's own act: "a declaration condemning X"
        date = _pick_date(view, m, dates, _reported(view, m, complements.get(m)))
        when = None if date is None else date.date
        if when is None and self.ref is not None and _progressive(view, m):
            # "authorities are refusing ...": going on as the article is written
            when = FuzzyDate(value=self.ref, precision=DatePrecision.DAY, approx=True)
        targets = [t for t in roles.targets if t not in sources]
        if (
            not targets
            and len(sources) > 1
            and ("sym" in m.pattern.flags or in_group(m.pattern.code, "mutual"))
        ):
            targets = list(sources)  # a meeting, a truce: every participant on both sides
        elif not targets and m in complements:
            of = _said_of(view, m)
            targets = of if of else self._about(complements[m], sources)
        elif (
            "told" in m.pattern.flags
            and m in complements
            and (set(targets) <= self.outlets or _told_media(view, m))
        ):
            # "X told the Sahan Journal ...": a newsroom carries the words, whom they are
            # about is named in them
            targets = self._about(complements[m], sources + targets)
        elif not targets and in_group(m.pattern.code, "aimed"):
            # "condemned the decision, saying Israel's ban ...": what is condemned is named later
            end = next(
                (k for k in range(m.last + 1, len(view.tokens)) if quote_ends(view, k)),
                len(view.tokens),
            )
            targets = self._about(range(m.last + 1, end), sources)
        code = m.pattern.code
        if m.pattern.verb == "attack" and _attacked_for(view, m):
            code = "111"  # "X attacked Y for allowing ...": words of blame, not force
        if not sources and m.pattern.code[:2] == "17":
            sources = list(_court_of(view, m))  # "X was sentenced at Y Crown Court"
        crowd = _crowd_at(view, m)
        if "crowd" in m.pattern.flags and crowd is None:
            sources = []  # "officials gathered": no demonstration
        if crowd is not None and ("crowd" in m.pattern.flags or code[:2] in _CROWD_ROOTS):
            # "protesters called for X's ouster": a demonstration, by whom the crowd is of
            # when the text says so ("demonstrators from X gathered")
            code = "141"
            sources = list(_crowd_members(view, crowd, m)) or sources
        about = None
        if in_group(m.pattern.code, "aimed"):
            noun = _occurrence_noun(view, m)
            if noun is not None and targets and _victims(view, noun, targets):
                targets = []  # "condemned the attack on X": X suffered it; its doer is aimed at
            if noun is not None and not targets:
                about = noun.pattern.code[:2]
        return Candidate(
            about=about,
            code=code,
            trigger=view.text[view.tokens[m.first].start : view.tokens[m.last].end],
            sources=sources,
            targets=targets,
            date=when,
            location=find_location(view, m),
            modality=find_modality(view, m, reported=reported, said=bool(speakers)),
            evidence=[self.evidence],
            sentence=self.n,
            agentless=roles.passive and not roles.sources,
            to_writer="speech" in m.pattern.flags and view.lower(m.last + 1) in _WRITER,
        )

    def _first_person(
        self, complements: dict[TriggerMatch, range], found: dict[TriggerMatch, Candidate]
    ) -> None:
        """In quoted words, "we" and "I" are the speaker: '"We condemn X," Y said'.

        A verb whose subject is a first-person pronoun, inside what a named
        speaker's statement reports, is the speaker's own act, not a report
        (and not the act of an actor named earlier in the quote); so is one in quoted
        words that another sentence of the passage attributes (``voice``). Outside any
        statement's words it is the writer's, and has no actor as its source.
        """
        view = self.view
        for m, c in found.items():
            i = _first_person_at(view, m)
            if i is None:
                continue
            speech = [
                (found[o].sources, found[o].targets)
                for o, rng in complements.items()
                if o is not m and m.first in rng and found[o].sources
            ]
            if not speech and self.voice[0]:
                speech = [self.voice]  # quoted words another sentence attributes
            for speaker, about in speech:
                c.sources = list(speaker)
                c.voiced = True
                c.targets = [t for t in c.targets if t not in c.sources]
                c.modality = find_modality(view, m, reported=False)
                if _performative(view, i, m):
                    c.modality = Modality.ASSERTED  # "I would urge ...": said, not supposed
                if not c.targets and in_group(c.code, "speech"):
                    # '"I call for calm," X said of Y': the appeal is about what the
                    # statement is about
                    c.targets = [t for t in about if t not in c.sources]
                break
            else:
                if not any(m.first in rng for o, rng in complements.items() if o is not m):
                    # "As I sit opposite X, I ask ...": the writer, no actor, outside
                    # any statement's words (unless quoted: see _voice_quotes)
                    c.sources = []
                    self.unvoiced.append(view.tokens[i].start)

    def _speaker_as_agent(
        self, complements: dict[TriggerMatch, range], found: dict[TriggerMatch, Candidate]
    ) -> None:
        """An appeal in the passive with no one named as its agent, in the words of a
        named speaker, is the speaker's own: "X said residents are urged to stay away"
        ("... are being asked to ...", "..., police said")."""
        view = self.view
        for m, c in found.items():
            if not c.agentless or c.sources or c.code[:2] not in _SPEAKERS_APPEALS:
                continue
            for o, rng in complements.items():
                if o is not m and m.first in rng and o in found and found[o].sources:
                    c.sources = list(found[o].sources)
                    c.targets = [t for t in c.targets if t not in c.sources]
                    c.modality = find_modality(view, m, reported=False)
                    break

    def _addressed(self, complement: range, speakers: list[str]) -> bool:
        """Whether a "should"/"must" in ``complement`` has a named actor, not the speaker,
        as its subject ("X said Y should ...": an appeal to Y)."""
        view = self.view
        for k in complement:
            if not _deontic(view, k):
                continue
            j = k - 1
            while j in complement and view.lower(j) in _MODAL_GAP:
                j -= 1
            s = _wanted(view, k) or view.slot(j)
            if s is not None and not s.pronoun and not set(s.ids) & set(speakers):
                return True
        return False

    def _about(self, complement: range, speakers: list[str]) -> list[str]:
        """What a statement is about: the first actors named in what it reports.

        A place named as a place ("in Kabul") is where, not whom, and a channel or venue
        the words open with ("said on Twitter that ...", "at the summit") is where they
        were said; at most two.
        """
        out: list[str] = []
        view = self.view
        start = complement.start
        channel = None
        if complement and view.lower(start) in CHANNEL_PREPS:
            channel = next(
                (
                    s
                    for s in view.slots
                    if start < s.first <= start + _CHANNEL_REACH
                    and not any(view.lower(k) in {"that", ","} for k in range(start, s.first))
                ),
                None,
            )
        spoken = [s for s in view.slots if set(s.ids) & set(speakers)]
        for s in view.slots:
            if s.first == 1 and view.lower(0) == "by":
                continue  # "By Ann Lee: ...": a byline run into the text, not what is said
            if s is channel:
                continue
            if any(_titles_between(view, s.last, sp.first) for sp in spoken):
                continue  # "Velcorp chairman Tom Okello said": the speaker's own body
            if s.first in complement and not s.is_place:
                out.extend(a for a in s.ids if a not in speakers and a not in out)
            if len(out) >= 2:
                break
        return out[:2]

    def _threat(self, cands: list[Candidate]) -> Candidate | None:
        """The "If X does not ..., then Y would ..." construction: a conditional threat."""
        view = self.view
        low = [t.lower for t in view.tokens]
        cond = next((i for i, w in enumerate(low) if w in {"if", "unless"}), None)
        if cond is None:
            return None
        then = next((i for i in range(cond + 1, len(low)) if low[i] in {"then", ","}), None)
        if then is None:
            return None
        if not any(w in {"would", "will", "'ll"} for w in low[then:]):
            return None
        if low[cond] == "if" and not any(w in _NEGATION for w in low[cond:then]):
            return None
        target = next((s for s in view.slots if cond < s.first < then and not s.is_place), None)
        actor = next((s for s in view.slots if s.first > then and not s.is_place), None)
        speakers = [c for c in cands if c.code.startswith("01") and c.sources]
        sources: list[str] = list(speakers[0].sources) if speakers else []
        if actor is not None:
            sources += [a for a in actor.ids if a not in sources]
        if not sources or target is None:
            return None
        modal = next(i for i in range(then, len(low)) if low[i] in {"would", "will", "'ll"})
        last = min(modal + 2, len(low) - 1)
        code = "138" if any(w in _MILITARY for w in low[then:]) else "130"
        return Candidate(
            code=code,
            trigger=view.text[view.tokens[modal].start : view.tokens[last].end],
            sources=sources,
            targets=[t for t in target.ids if t not in sources],
            date=None,
            location=None,
            modality=Modality.CONDITIONAL,
            evidence=[self.evidence],
            sentence=self.n,
        )

    def _pass_codes(self, cands: list[Candidate]) -> None:
        """ "A car bombing killed five": the noun's specific code goes to the verb's event."""
        for k, c in enumerate(cands):
            if c.sources or c.targets or not in_group(c.code, "sourceless"):
                continue
            for later in cands[k + 1 :]:
                if in_group(later.code, "violent") and (later.sources or later.targets):
                    later.code = c.code
                    break

    def _tidy(
        self,
        cands: list[Candidate],
        complements: dict[TriggerMatch, range],
        found: dict[TriggerMatch, Candidate],
    ) -> list[Candidate]:
        view = self.view
        self._pass_codes(cands)
        kept = [
            c
            for c in cands
            if c.sources or (c.targets and (c.agentless or in_group(c.code, "sourceless")))
        ]
        for m, rng in complements.items():
            c = found[m]
            if c.code != "010":
                continue
            # "X said Y attacked Z": the statement is an event (010) and so is what it
            # reports (marked reported); a statement is coded by what it says unless
            # its words hold an act of the speaker's own (not reported, not a statement):
            # "X said the strike was unprovoked" criticises, whatever else it reports
            inside = [
                o
                for om, o in found.items()
                if om is not m
                and om.first in rng
                and o in kept
                and o.root != "01"
                and o.modality is not Modality.REPORTED
                and happened(o)  # "too early to comment": a content that is no event
            ]
            threat = any(o not in found.values() for o in kept)  # "If ..., then X would ..."
            if not inside and not threat:
                code = stance(_stance_words(view, rng))
                if code == "020" and not self._addressed(rng, c.sources):
                    code = None  # "it should ease worries", "travellers must isolate"
                if code is not None:
                    # "X said Y should ...": an appeal; "... cowardly": criticism (with no
                    # one named as its object, too vague to code: see complete)
                    if in_group(code, "aimed") and "told" in m.pattern.flags:
                        # '"... cowardly," X told Reuters': the praise or criticism is of
                        # whom the words are about, not of whom they were told to
                        # (told to a news medium: only the words, not the medium)
                        words = _reported(view, m, rng) if _told_media(view, m) else rng
                        c.targets = self._about(words if words else rng, c.sources)
                    c.code = code
                    c.spoken = True
        # "X said Y attacked Z": what is reported is the event, the attribution beside it
        # only its source (event data code the attack, not the saying)
        carriers = {
            id(found[m])
            for m, rng in complements.items()
            if self.strict
            and found[m].code == "010"
            and any(_carried(o, found[m], om, rng) for om, o in found.items())
        }
        kept = [c for c in kept if id(c) not in carriers]
        # '"I call on Y to ...," X said': the words are X's own act, coded as that act;
        # the saying is no second event
        voiced = {
            id(found[m])
            for m, rng in complements.items()
            if self.strict
            and found[m].code == "010"
            and any(
                _voiced(o, found[m], om, rng) and _first_person_at(view, om) is not None
                for om, o in found.items()
                if o in kept
            )
        }
        kept = [c for c in kept if id(c) not in voiced]
        # "X rejected Y, saying ...": the participle says why X acted; X's own act
        # is the event, not a statement beside it
        own = [
            o
            for o in kept
            if o.root != "01" and o.modality is not Modality.REPORTED and happened(o)
        ]
        kept = [c for c in kept if not _explains(c, own)]
        _share_targets(kept)
        out: list[Candidate] = []
        for c in kept:
            third_place = c.location and c.location not in c.sources + c.targets
            mutual = set(c.targets) <= set(c.sources)
            if c.code == "040" and third_place and len(c.sources) > 1 and mutual:
                c.code = "044"
            if c.code == "042" and len(c.targets) > 1:
                for t in c.targets:
                    out.append(_copy(c, targets=[t], location=t))
                continue
            if c.code == "042" and c.targets and c.targets[0] in self.places:
                c.location = c.targets[0]
            out.append(c)
        del view
        return out


#: Nouns of news media an addressee may be ("told Kenya's Citizen TV", "the BBC's radio").
_MEDIA_NOUNS = frozenset(
    {"channel", "broadcaster", "television", "tv", "newspaper", "radio", "station", "daily"}
    | {"outlet", "magazine", "podcast", "network", "website", "broadcast", "programme"}
)
#: How many words an addressee's phrase may run to before its words start.
_ADDRESSEE_REACH = 6


def _attacked_for(view: SentenceView, m: TriggerMatch) -> bool:
    """Whether "attacked" gives a reason of conduct after its object ("attacked Britain
    on Wednesday for allowing ...", "attacked X for his handling of ..."): blame."""
    lows = view.lows
    for k in range(m.last + 1, min(len(lows) - 1, m.last + 1 + _REASON_REACH)):
        if lows[k] in {",", ";", ":", "and", "but"}:
            return False
        if lows[k] == "for":
            nxt = lows[k + 1]
            return nxt.endswith("ing") or nxt in {"his", "her", "its", "their", "not"}
    return False


#: How far after "attacked" its reason's "for" may stand ("attacked X on Wednesday for").
_REASON_REACH = 8


def _titles_between(view: SentenceView, last: int, first: int) -> bool:
    """Whether only a few lower-case title words stand between tokens ``last`` and
    ``first`` ("Velcorp chairman and chief executive Tom Okello")."""
    gap = range(last + 1, first)
    return 0 < len(gap) <= _TITLE_WORDS and all(
        view.tokens[k].text.isalpha() and view.tokens[k].text.islower() for k in gap
    )


#: How many lower-case words a title between a body and its officer may run to.
_TITLE_WORDS = 5


def _told_media(view: SentenceView, m: TriggerMatch) -> bool:
    """Whether a verb of telling is told to a news medium ("told Pakistan's Geo news
    channel that ..."): the medium carries the words, whoever owns it."""
    for k in range(m.last + 1, min(len(view.tokens), m.last + 1 + _ADDRESSEE_REACH)):
        word = view.lower(k)
        if word in _MEDIA_NOUNS:
            return True
        if word in {"that", ",", ":", "on", "in"} or not word.replace("'", "").isalnum():
            return False
    return False


def _said_of(view: SentenceView, m: TriggerMatch) -> list[str]:
    """Whom '"...," X said of Y' is about: the actor right after "of", or none."""
    if m.pattern.kind != "V" or view.lower(m.last + 1) != "of":
        return []
    k = m.last + 2
    while view.lower(k) in {"the", "a", "an", "his", "her", "their", "its"}:
        k += 1
    s = view.slot(k)
    return [] if s is None or s.is_place else list(s.ids)


def _share_targets(cands: list[Candidate]) -> None:
    """Praise or criticism with no one named as its object is aimed at whom its
    speaker's words of the same sentence are about: "X told reporters that Y had
    blocked him, and accused the general of ..." accuses Y."""
    for c in cands:
        if c.targets or not c.sources or not in_group(c.code, "aimed"):
            continue
        if c.trigger.lower().endswith("ing"):
            continue  # "messages ... criticizing her": a participle's doer is not sure
        for o in cands:
            if o is not c and o.targets and o.sources == c.sources and o.root == "01":
                c.targets = [t for t in o.targets if t not in c.sources]
                break


def _carried(o: Candidate, speech: Candidate, om: TriggerMatch, rng: range) -> bool:
    """Whether ``o`` is an act of others, complete, that the statement ``speech`` reports."""
    return (
        o is not speech
        and om.first in rng
        and o.root != "01"
        and bool(o.sources)
        and not set(o.sources) & set(speech.sources)
        and (bool(o.targets) or in_group(o.code, "untargeted"))
        and happened(o)
    )


def _first_person_at(view: SentenceView, m: TriggerMatch) -> int | None:
    """The token of the first-person subject of the verb at ``m`` ("I call on ...", "we
    would like to thank") or owner of the noun ("our condemnation of X"), or None."""
    i = m.first - 1
    if m.pattern.kind != "V":
        return i if view.lower(i) in _FIRST_PERSON_OWNERS else None
    while i > 0 and view.lower(i) in _FIRST_PERSON_GAP:
        i -= 1
    word = view.lower(i)
    return i if word in _FIRST_PERSON or word in _FIRST_PERSON_WOULD else None


def _voiced(o: Candidate, speech: Candidate, om: TriggerMatch, rng: range) -> bool:
    """Whether ``o`` is the speaker's own act, stated in the words ``speech`` attributes."""
    return (
        o is not speech
        and om.first in rng
        and o.root != "01"
        and bool(set(o.sources) & set(speech.sources))
        and o.modality is Modality.ASSERTED
    )


def _explains(c: Candidate, acts: list[Candidate]) -> bool:
    """A bare participle statement ("..., saying") by an actor whose own act it follows.

    "X defended Y, claiming that ..." with its "that" still reports a claim of its own.
    """
    return (
        c.code == "010"
        and c.trigger.lower().endswith("ing")
        and any(set(o.sources) & set(c.sources) for o in acts)
    )


#: Words that may stand between a verb of praise or blame and the occurrence it is said of.
_OCCURRENCE_LEADS = frozenset({"the", "this", "that", "these", "those", "its", "their", "latest"})


#: Roots of what a crowd asks for by taking to the streets: appeals and demands.
_CROWD_ROOTS = frozenset({"02", "10"})
#: Nouns of people who demonstrate.
_CROWD_NOUNS = frozenset(
    {"protesters", "protestors", "demonstrators", "marchers", "rioters", "crowds", "crowd"}
)


#: Last words of the names of courts.
_COURTS = frozenset({"court", "tribunal"})


def _court_of(view: SentenceView, m: TriggerMatch) -> tuple[str, ...]:
    """The court a judicial act is done in, which does it: "X was arraigned in Y's
    District Court", "sentenced at Z Crown Court" (the court's ids, or none)."""
    lows = view.lows
    for k in range(m.last + 1, min(len(lows), m.last + 4)):
        if lows[k] not in {"in", "at", "before", "by"}:
            continue
        j = k + 1
        while j < len(lows) and j <= k + 4:
            s = view.slot(j)
            if s is not None and lows[s.last] in _COURTS and not s.is_place:
                return s.ids
            j = s.last + 1 if s is not None else j + 1
        return ()
    return ()


def _crowd_at(view: SentenceView, m: TriggerMatch) -> int | None:
    """The token of the crowd noun that is the subject of ``m``, or None."""
    lows = view.lows
    for k in range(m.first - 1, max(-1, m.first - 10), -1):
        if lows[k] in _CROWD_NOUNS:
            return k
        if lows[k] in {",", ";", ":", "said", "says"}:
            return None
    return None


def _crowd_members(view: SentenceView, k: int, m: TriggerMatch) -> tuple[str, ...]:
    """Who the crowd named at token ``k`` belongs to when the text names it:
    "demonstrators from X" (X)."""
    if view.lower(k + 1) not in {"from", "of"}:
        return ()
    j = k + 2 if view.lower(k + 2) != "the" else k + 3
    s = view.slot(j)
    if s is None or s.is_place or s.last >= m.first:
        return ()
    return s.ids


def _occurrence_noun(view: SentenceView, m: TriggerMatch) -> TriggerMatch | None:
    """The noun of the occurrence a verb of praise or blame at ``m`` is said of, when its
    object is a definite noun of one ("condemned the attack", "praised the talks")."""
    if m.pattern.kind != "V":
        return None
    i = m.last + 1
    if view.lower(i) not in _OCCURRENCE_LEADS:
        return None
    lows = view.lows
    for t in view.triggers:
        if (
            t.pattern.kind == "N"
            and i < t.first <= i + 3
            and in_group(t.pattern.code, "lasting")
            and all(lows[k].isalpha() for k in range(i + 1, t.first))
        ):
            return t
    return None


#: Prepositions after a noun of an occurrence that name whom it befell ("the attack on X").
_VICTIM_PREPS = frozenset({"on", "of", "against"})


def _victims(view: SentenceView, noun: TriggerMatch, targets: list[str]) -> bool:
    """Whether every one of ``targets`` is named after the occurrence ``noun`` as whom
    it befell ("the attack on Ugandan soldiers", "the killing of X")."""
    slots = [s for s in view.slots if set(s.ids) & set(targets)]
    return bool(slots) and all(
        noun.last < s.first <= noun.last + 4 and view.lower(noun.last + 1) in _VICTIM_PREPS
        for s in slots
    )


def _aim_at_doers(found: list[Candidate], doers: dict[str, list[str]]) -> None:
    """Words said of an occurrence told before are aimed at who did it ("X struck Y.
    Z condemned the attack": Z criticised X); ``doers`` holds, by root, who did the
    latest occurrence the text told with its doers named, and is brought up to date."""
    for c in found:
        if c.about is None and c.sources and in_group(c.code, "lasting"):
            doers[c.root] = list(c.sources)
    for c in found:
        if c.about is not None and not c.targets:
            c.targets = [a for a in doers.get(c.about, ()) if a not in c.sources]


def _remember_speaker(found: list[Candidate], coref: Coref, view: SentenceView) -> None:
    """The person a statement of this sentence names as its speaker speaks on; an
    unnamed one ("an embassy spokesman said") too, so that "he said" after it names
    no one."""
    named = False
    for c in found:
        for a in c.sources:
            coref.acted[a] = coref.sentence - 1
        if c.root == "01":
            people = [a for a in c.sources if coref.kinds.get(a) is ActorKind.PERSON]
            if people:
                coref.last_speaker = (people[0], coref.sentence - 1)
                named = True
    if not named and _unnamed_speaker(view):
        coref.last_speaker = ("", coref.sentence - 1)


#: Nouns of a speaker left unnamed ("a spokesman said", "the official said").
_UNNAMED_VOICES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "source", "diplomat", "aide"}
)


def _unnamed_speaker(view: SentenceView) -> bool:
    """Whether a speech verb of the sentence has an unnamed speaker right before it ("an
    Iranian embassy spokesman said") or right after it ("..., said a spokesman")."""
    lows = view.lows
    for t in view.triggers:
        if "speech" not in t.pattern.flags:
            continue
        if t.first > 0 and lows[t.first - 1] in _UNNAMED_VOICES and view.slot(t.first - 1) is None:
            return True
        nxt = lows[t.last + 1 : t.last + 4]
        if nxt[:1] in (("a",), ("an",), ("the",)) and not _UNNAMED_VOICES.isdisjoint(nxt[1:]):
            return view.slot(t.last + 2) is None and view.slot(t.last + 3) is None
    return False


def _anchor(
    found: list[Candidate],
    anchors: dict[str, FuzzyDate],
    ref: dt.date | None,
    scene: FuzzyDate | None = None,
) -> None:
    """Date the undated events of a sentence by what the text dated before.

    News narrates an occasion over a few sentences and dates it once ("On
    Monday, X met Y. X also urged ..."): an undated event of an actor takes the
    latest date the text gave an event of that actor (or, failing a stated
    one, its first vague one: "recently"), marked ``approx``; failing that, the
    day the narration is at (``scene``, see :class:`.dates.Scene`).
    """
    for c in found:
        if c.modality is Modality.REPORTED or not _recent(c.date, ref):
            continue  # "said it began in 2014": the report is not of 2014
        if c.date is not None and c.date.value is not None and not c.date.approx:
            for aid in c.sources:
                anchors[aid] = c.date
        elif c.date is not None and c.date.value is not None and c.date.text:
            for aid in c.sources:
                anchors.setdefault(aid, c.date)  # "recently": a vague date, but the text's own
    for c in found:
        if c.date is None or c.date.value is None:
            known = [anchors[a] for a in c.sources if a in anchors]
            if known and not _covers(known[0], ref):
                c.date = attrs.evolve(known[0], text="", approx=True)
            elif scene is not None:
                c.date = scene


#: How far before the report a date may lie and still date the story's present.
_STORY_DAYS = 62


def _recent(date: FuzzyDate | None, ref: dt.date | None) -> bool:
    """Whether ``date`` may anchor later undated events: within weeks of ``ref``."""
    if date is None or date.value is None or ref is None:
        return True
    return (ref - date.value).days <= _STORY_DAYS


def _covers(date: FuzzyDate, ref: dt.date | None) -> bool:
    """Whether a month or year ``date`` holds ``ref``: then ``ref``, a day, dates better.

    "In 2024, X ... X also said": the report's own day is within what the text
    gave, and finer than it.
    """
    if ref is None or date.value is None or date.precision is DatePrecision.DAY:
        return False
    if date.precision is DatePrecision.YEAR:
        return date.value.year == ref.year
    if date.precision is DatePrecision.MONTH:
        return (date.value.year, date.value.month) == (ref.year, ref.month)
    return False


def _copy(c: Candidate, *, targets: list[str], location: str) -> Candidate:
    return attrs.evolve(
        c, sources=list(c.sources), targets=targets, location=location, evidence=list(c.evidence)
    )


#: Sectors of people and bodies that act for their state ("USAGOV", "RUSMIL").
_STATE_SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "SPY")


#: Words of a threat that answer an attack ("reserves the right to respond", "ordered
#: the army to retaliate"): the threat is aimed at whoever attacked.
_ANSWERING = ("retaliat", "respond", "response", "reveng", "aveng")


def _retaliation_at_attackers(cands: list[Candidate], states: dict[str, str]) -> None:
    """A threat to answer an attack, with no one named as its object, is aimed at those
    who last attacked the threatening side: "X struck Y. Y reserves the right to respond"
    threatens X."""
    attacks = sorted(
        (c for c in cands if in_group(c.code, "violent") and c.sources and c.targets),
        key=lambda c: c.sentence,
    )
    for c in cands:
        if c.root != "13" or c.targets or not c.sources:
            continue
        if not any(w in c.trigger.lower() for w in _ANSWERING):
            continue
        side = set(c.sources) | {states[a] for a in c.sources if a in states}
        hit = [
            a
            for a in attacks
            if a.sentence <= c.sentence and side & set(a.targets) and not side & set(a.sources)
        ]
        if hit:
            c.targets = list(hit[-1].sources)


#: How many sentences back an attack with no one named as its object looks for the
#: side its doer was last told to strike.
_FRONT_SENTENCES = 6


def _same_front(cands: list[Candidate]) -> None:
    """An act of force with no one named as its object falls on whom its doer was last
    told to strike, a few sentences before: "X's assault on Y ... X's bombardment,
    sometimes targeting hospitals" strikes Y."""
    violent = sorted(
        (c for c in cands if in_group(c.code, "violent") and c.sources and c.targets),
        key=lambda c: c.sentence,
    )
    for c in cands:
        if c.targets or not c.sources or not in_group(c.code, "violent"):
            continue
        before = [
            o
            for o in violent
            if 0 < c.sentence - o.sentence <= _FRONT_SENTENCES and set(o.sources) & set(c.sources)
        ]
        if before:
            c.targets = [t for t in before[-1].targets if t not in c.sources]


def _calm_at_home(cands: list[Candidate], states: dict[str, str]) -> None:
    """An appeal for calm or restraint addressed to no one named is made to the
    speaker's own people: "the governor urged calm" asks it of the governor's state."""
    for c in cands:
        if c.code != "0256" or c.targets:
            continue
        home = next((states[a] for a in c.sources if a in states), None)
        if home is not None and home not in c.sources:
            c.targets = [home]


def _authorities(cands: list[Candidate], states: dict[str, str], coref: Coref) -> None:
    """Coercion the text tells with no doer named ("X was arrested in Kessa", "Y was
    sentenced") is the act of the authorities where it happened: the state of the
    place it happened in (a country named as the place is that state)."""
    for c in cands:
        if c.root != "17" or c.sources or c.location is None:
            continue
        where = c.location
        state = where if coref.kinds.get(where) is ActorKind.COUNTRY else states.get(where)
        if state is not None and state not in c.targets:
            c.sources = [state]


def _states(actors: Sequence[Actor]) -> dict[str, str]:
    """Actor id -> the id of the state it acts for or lies in, where that country is an actor.

    Officials and state bodies (a code of country plus a state sector) act for
    their state, and a city or region named as a party ("visited Islamabad",
    "struck Kyiv", "Kyiv said") stands with its state: an event lists both, as
    event data sets code them.
    """
    countries = {a.country: a.id for a in actors if a.kind is ActorKind.COUNTRY and a.country}
    out: dict[str, str] = {}
    for a in actors:
        code = a.code or ""
        if a.kind is ActorKind.COUNTRY or a.country is None or a.country not in countries:
            continue
        official = len(code) > 3 and code[:3] == a.country and code[3:6] in _STATE_SECTORS
        if official or a.kind is ActorKind.PLACE:
            out[a.id] = countries[a.country]
    return out


def _with_states(ids: list[str], states: dict[str, str], leave: list[str]) -> tuple[str, ...]:
    out = list(ids)
    for aid in ids:
        state = states.get(aid)
        if state is not None and state not in out and state not in leave:
            out.append(state)
    return tuple(out)


def _event(n: int, c: Candidate, states: dict[str, str], ref: dt.date | None) -> Event:
    kind, mode = plover(c.code)
    sources = _with_states(c.sources, states, [])
    date = c.date
    if date is None and ref is not None:
        # what the text does not date happened by the article's date, as news reports it
        date = FuzzyDate(value=ref, precision=DatePrecision.DAY, approx=True)
    return Event(
        id=f"event:{n}",
        code=c.code,
        label=cameo_label(c.code),
        plover_type=kind,
        plover_mode=mode,
        sources=sources,
        targets=_with_states(c.targets, states, list(sources)),
        date=date,
        location=c.location,
        trigger=c.trigger,
        modality=c.modality,
        evidence=tuple(dict.fromkeys(c.evidence)),  # each sentence once, in reading order
    )


def _each_speaker(c: Candidate, people: set[str]) -> list[Candidate]:
    """One event per person for what several people each say or do on their own.

    "X and Y condemned Z": two condemnations, each by its speaker (with their
    state); a meeting or other mutual act stays one event.
    """
    speakers = [s for s in c.sources if s in people]
    if len(speakers) < 2 or not in_group(c.code, "individual") or set(c.targets) & set(speakers):
        return [c]
    return [
        attrs.evolve(c, sources=[s], targets=list(c.targets), evidence=list(c.evidence))
        for s in speakers
    ]


def code_article(
    article: Article,
    reference_date: dt.date | None = None,
    *,
    doc: Document | None = None,
    strict: bool = True,
    roles: RoleFinder = find_roles,
) -> tuple[Event, ...]:
    """Every event the article states, merged to one per occurrence.

    ``doc`` is the article's text layer (built here, reading the whole body,
    when not given); events are read from its prose passages. Mentions the
    text negates, supposes or makes conditional are left out (a conditional
    threat is a threat), and so are mentions with no named source or with no
    target where the act needs one (see :func:`complete`); with ``strict``
    false they are all kept, with their modality. ``roles`` finds a trigger's sources and targets (the rules of
    :mod:`.roles` by default; see :mod:`.syntax` for a parser-based finder).
    """
    if not article.actors or is_sport_report(article.body_text):
        return ()  # a match report codes no dealings of states (see :mod:`.topic`)
    if doc is None:
        doc = build(article, len(article.body_text) + 1)
    ref = reference_date_of(article, reference_date)
    mentions = _mentions(article)
    coref = Coref.for_actors(article.actors)
    persons = [a for a in article.actors if a.kind is ActorKind.PERSON]
    if persons:
        gender, coref.status = genders_and_statuses(
            doc.passages,
            mentions,
            names={a.id: (a.name, *a.aliases) for a in persons},
            roles={a.id: a.role for a in persons if a.role},
        )
        coref.gender = dict(gender)
    outlets = _outlets(article.actors)
    cands: list[Candidate] = []
    anchors: dict[str, FuzzyDate] = {}  # actor -> the latest date the text gives it
    doers: dict[str, list[str]] = {}  # root -> who did the latest such occurrence
    scene = Scene(ref)  # the day the narration is at
    forces = named_forces(article.actors)
    for passage in doc.passages:
        check_deadline("events")
        if not passage.prose or passage.block is None:
            continue
        where = (passage.section, passage.block)
        coded: list[_Coded] = []  # this passage's sentences with a trigger
        for sent in passage.sentences:
            toks = passage.tokens[sent.first : sent.last + 1]
            if not toks:
                continue
            start, end = toks[0].start, toks[-1].end
            view = analyse(passage.text, toks, mentions.get(where, ()), coref)
            if view is None:  # no trigger: the sentence may still move the scene on
                stated = (
                    day_dates(passage.text, start, end, ref)
                    if may_state_day(passage.text, start, end)
                    else []
                )
                scene.read(passage.text, start, end, stated)
                continue
            # one search for the sentence's dates: the scene and the coder read them alike
            dates = find_dates(passage.text, start, end, ref)
            scene.read(passage.text, start, end, dates)
            coder = _SentenceCoder(
                view, ref, *where, sent.number, roles, dates, strict, outlets=outlets
            )
            found = coder.code()
            _anchor(found, anchors, ref, scene.day)
            _remember_speaker(found, coref, view)
            _aim_at_doers(found, doers)
            if forces:
                _name_forces(found, view, forces)
            coded.append(_Coded(start, end, coder, found, scene.day))
        for sentence in coded:
            voice = _voice(passage.text, sentence, coded) if sentence.coder.unvoiced else None
            if voice:
                c0 = sentence.coder
                again = _SentenceCoder(
                    c0.view,
                    ref,
                    *where,
                    c0.n,
                    roles,
                    c0.dates,
                    strict,
                    voice=voice,
                    outlets=outlets,
                )
                sentence.found = again.code()
                _anchor(sentence.found, anchors, ref, sentence.day)
                if forces:
                    _name_forces(sentence.found, c0.view, forces)
            cands.extend(sentence.found)
    # sourceless mentions help merging ("X and Y were killed in Z") but are no events:
    # what no named actor did is not coded
    public = public_actors(article.actors)
    states = _states(article.actors)
    if strict:
        for c in cands:
            outward(c, states)
    if strict:
        rooms = _newsrooms(article, doc)
        if rooms:
            # "..., the Antara news agency said": a newsroom's report carries others'
            # words and deeds; it is no statement of its own
            cands = [c for c in cands if not _reported_by(c, rooms)]
            for c in cands:  # nor does it take part in what it reports
                c.targets = [t for t in c.targets if t not in rooms]
                if set(c.sources) - rooms:
                    c.sources = [s for s in c.sources if s not in rooms]
    if ref is not None:
        for c in cands:
            _ahead(c, ref)
    merged = merge_candidates(cands)
    if strict:
        _authorities(merged, states, coref)
        _calm_at_home(merged, states)
        _retaliation_at_attackers(merged, states)
        _same_front(merged)
        for c in merged:
            if (in_group(c.code, "violent") or c.root in _ONE_SIDED) and set(c.targets) & set(
                c.sources
            ):
                # mentions merged from both sides ("X sideswiped ..." and "clashes with
                # X"): no one attacks, arrests or condemns itself; the doer keeps its place
                c.targets = [t for t in c.targets if t not in c.sources]
    merged = [
        c
        for c in merged
        if not strict
        or (
            complete(c)
            and happened(c)
            and not private(c, coref, public)
            and not voiceless(c, coref)
            and not background(c, ref)
        )
    ]
    people = {a.id for a in article.actors if a.kind is ActorKind.PERSON}
    # states and the officials and bodies that act for them
    state_actors = {
        a.id
        for a in article.actors
        if a.kind is ActorKind.COUNTRY or (a.id in states and a.kind is not ActorKind.PLACE)
    }
    for c in merged:
        announced = intent_code(c.code) if c.modality is Modality.FUTURE else None
        if announced is not None:
            c.code = announced  # "X will meet Y": an intent to meet; "... would strike": a threat
        if in_group(c.code, "taking") and c.targets and set(c.targets) <= people:
            c.code = "173"  # "captured Maduro": a person seized is arrested
        if c.code == "183" and c.sources and set(c.sources) <= state_actors:
            c.code = "195"  # "Kenyan jets bombed ...": a state bombs from the air, no car bomb
    merged = [part for c in merged for part in _each_speaker(c, people)]
    merged = without_region_tours(merged, article.actors)
    merged = keep_public_affairs(article, merged)  # an ordinary article: see :mod:`.topic`
    if strict:
        _about_the_story(merged, article.actors)
    return tuple(_event(i + 1, c, states, ref) for i, c in enumerate(merged))


#: Roots of acts no one does to itself (besides force: :func:`in_group` "violent"):
#: criticism, rejection, threats, reduced relations, coercion.
_ONE_SIDED = frozenset({"11", "12", "13", "16", "17"})


def _about_the_story(cands: list[Candidate], actors: Sequence[Actor]) -> None:
    """A statement whose words name no one is about what the story is about: its most
    mentioned actor other than the speaker (not a place, which is where, not whom).

    News quotes people on the story's subject ('"We will not accept this," the
    minister said' in a report on a neighbour's ban): an unnamed object of the words
    is that subject, as a reader takes it.
    """
    if not any(c.root == "01" and not c.targets and c.sources for c in cands):
        return  # (for speed: the tables below serve only such statements)
    kinds = {a.id: a.kind for a in actors}
    own = _own_bodies(actors)
    # people quoted themselves (two experts on a garden) are voices, not the subject,
    # unless they hold office
    political = political_actors(actors)
    voices = {
        s
        for c in cands
        if c.root == "01"
        for s in c.sources
        if kinds.get(s) is ActorKind.PERSON and s not in political
    }
    ranked = sorted(
        (a for a in actors if a.kind is not ActorKind.PLACE),
        key=lambda a: -len(a.mentions),
    )
    for c in cands:
        if c.root != "01" or c.targets or not c.sources:
            continue
        if sum(kinds.get(a) is ActorKind.COUNTRY for a in c.sources) > 1:
            continue  # a joint statement of states is about what they agree on
        mine = {b for p in c.sources for b in own.get(p, ())}
        others = [a for a in ranked if a.id not in c.sources and a.id not in mine]
        if not others or len(others[0].mentions) < _SUBJECT_MENTIONS:
            continue
        if len(others) > 1 and len(others[1].mentions) == len(others[0].mentions):
            continue  # no one subject
        if others[0].id in voices:
            continue
        c.targets = [others[0].id]


def _ahead(c: Candidate, ref: dt.date) -> None:
    """An act announced for a day or month the text gives without its year ("will visit
    on September 9") lies ahead of the story's date, not in the year before it."""
    d = c.date
    if (
        c.modality is not Modality.FUTURE
        or d is None
        or d.value is None
        or d.approx
        or d.precision not in (DatePrecision.DAY, DatePrecision.MONTH)
        or (d.value.year, d.value.month) >= (ref.year, ref.month)
        or not names_month(d.text)  # "next week": counted from the story's date already
        or any(len(w.strip(",.")) == 4 and w.strip(",.").isdigit() for w in d.text.split())
    ):
        return
    try:
        ahead = d.value.replace(year=d.value.year + 1)
    except ValueError:  # February 29
        return
    if ahead >= ref:
        c.date = attrs.evolve(d, value=ahead)


def _own_bodies(actors: Sequence[Actor]) -> dict[str, set[str]]:
    """Person -> the bodies named right before one of their mentions, as a title's
    owner ("Velcorp chairman Tom Okello"): their own, not what their words are about."""
    ends: dict[tuple[int | None, int | None], list[tuple[int, str]]] = {}
    for a in actors:
        if a.kind in (ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP):
            for m in a.mentions:
                ends.setdefault((m.section, m.block), []).append((m.end, a.id))
    own: dict[str, set[str]] = {}
    for a in actors:
        if a.kind is not ActorKind.PERSON:
            continue
        for m in a.mentions:
            for end, body in ends.get((m.section, m.block), ()):
                if 0 < m.start - end <= _TITLE_GAP:
                    own.setdefault(a.id, set()).add(body)
    return own


#: How many characters a title between a body's name and a person's may take
#: ("Velcorp chairman and chief executive Tom Okello").
_TITLE_GAP = 32


#: How often a story must name its subject for unaddressed words to be about it.
_SUBJECT_MENTIONS = 3


#: Words naming a news medium right after its name ("the China Daily newspaper", "Kabari
#: news agency") or right before it ("the Maputo daily Noticias", "state television X");
#: not words a firm's name may stand before ("the Amazon website", "a Samsung TV").
_NEWSROOM_AFTER = frozenset({"newspaper", "daily", "weekly", "broadcaster", "magazine", "tabloid"})
_NEWSROOM_BEFORE = _NEWSROOM_AFTER | {"television", "tv", "radio", "outlet"}


def _newsrooms(article: Article, doc: Document) -> frozenset[str]:
    """Organisations (or names taken for people) named as news media: a word for a medium
    next to the name ("the official Antara news agency", "the Maputo daily Noticias").

    The gazetteer's sector MED is not enough: a medium is also a party to stories
    about itself ("The Times said it would appeal the ruling"), named bare."""
    texts: dict[tuple[int | None, int | None], str] = {
        (p.section, p.block): p.text for p in doc.passages
    }
    rooms = set()
    for a in article.actors:
        if a.kind not in (ActorKind.ORGANIZATION, ActorKind.PERSON):
            continue
        for m in a.mentions:
            text = texts.get((m.section, m.block))
            if text is None:
                continue
            after = text[m.end : m.end + 24].lower().split()[:2]
            before = text[max(0, m.start - 24) : m.start].lower().split()[-2:]
            if (
                (after and after[0].strip(",.") in _NEWSROOM_AFTER)
                or [w.strip(",.") for w in after] == ["news", "agency"]
                or (before and before[-1] in _NEWSROOM_BEFORE)
                or before == ["news", "agency"]
            ):
                rooms.add(a.id)
                break
    return frozenset(rooms)


def _reported_by(c: Candidate, rooms: frozenset[str]) -> bool:
    """Whether ``c`` is a statement whose every source is a news medium."""
    return bool(c.sources) and (c.root == "01" or c.spoken) and set(c.sources) <= rooms


def _outlets(actors: Sequence[Actor]) -> frozenset[str]:
    """Organisations that may be newsrooms: news agencies (sector MED) and organisations
    of no known sector ("The Namibian", "Sahan Journal"); not states' bodies, parties or
    firms the gazetteer knows."""
    return frozenset(
        a.id
        for a in actors
        if a.kind is ActorKind.ORGANIZATION and (a.code is None or a.code.endswith("MED"))
    )


@attrs.define
class _Coded:
    """A sentence of a passage as coded: its span, its coder and what it found."""

    start: int
    end: int
    coder: _SentenceCoder
    found: list[Candidate]
    day: FuzzyDate | None


#: How far into the words such a channel's name may start ("on its official Twitter").
_CHANNEL_REACH = 3


#: Verbs that name what something is ("called it a warning", "described it as an attack").
_NAMING_VERBS = frozenset(
    {"called", "calls", "calling", "described", "describes", "describing", "termed", "labelled"}
    | {"labeled", "branded", "dubbed", "deemed", "denounced", "condemned"}
)
#: Roots of the acts whose namer is their doer ("X called its drills a warning"); an
#: attack named so may be another's ("X described the raid as an attack").
_NAMED_OWN = frozenset({"13"})
#: How many words before a noun trigger a naming verb may stand.
_NAMING_REACH = 7


def _naming_verb(view: SentenceView, m: TriggerMatch) -> int | None:
    """The token of the verb that names something as the noun at ``m`` ("called the
    drills a stern warning"): the noun after "a", "an" or "as", no comma between."""
    lows = view.lows
    lead = m.first - 1
    while lead > m.first - 3 and (
        lows[lead] in _QUOTE_LEADS or (lows[lead].isalpha() and lows[lead] not in _NAMING_ARTICLES)
    ):
        lead -= 1  # 'a “stern warning”': a quote mark and an adjective
    if lead < 0 or lows[lead] not in _NAMING_ARTICLES:
        return None
    for k in range(lead - 1, max(-1, m.first - _NAMING_REACH - 1), -1):
        if lows[k] in _NAMING_VERBS:
            return k
        if lows[k] in {",", ";", ":"}:
            return None
    return None


_NAMING_ARTICLES = frozenset({"a", "an", "as"})
_QUOTE_LEADS = frozenset({'"', "“", "‘", "'"})


#: Roots of the acts that a speaker's passive leaves to the speaker ("are urged to").
_SPEAKERS_APPEALS = frozenset({"02"})


def _voice(
    text: str, sentence: _Coded, passage: list[_Coded]
) -> tuple[list[str], list[str]] | None:
    """Who speaks the quoted words a sentence's first-person verbs lie in, where another
    sentence of the passage attributes them: '"We condemn X. We call on Y ...," Z said.'
    (the sentence the quote closes in) or 'Z said: "We ... . We ..."' (the one it opens in).
    """
    for pos in sentence.coder.unvoiced:
        span = quote_around(text, pos)
        if span is None:
            continue
        for at in span:
            by = next((o for o in passage if o.start <= at < o.end + 1), None)
            if by is not None and by is not sentence and by.coder.speakers[0]:
                return by.coder.speakers
    return None


#: The kinds of force an unnamed group may be ("police", "troops"): see ``cues.json``.
_FORCE_KINDS = ("police", "military", "navy", "coastguard")


def named_forces(actors: Sequence[Actor]) -> dict[tuple[str, str], str]:
    """(kind of force, state's actor id) -> the one body of that kind the article names
    for that state ("Hampshire Constabulary": the police of the United Kingdom; a body of
    no known country counts for the article's one state); kinds named by two bodies are
    left out."""
    words = cues()
    states = {a.country: a.id for a in actors if a.kind is ActorKind.COUNTRY and a.country}
    only = next(iter(states)) if len(states) == 1 else None  # a body of no known state
    found: dict[tuple[str, str], list[str]] = {}
    for a in actors:
        state = states.get(a.country or only or "")
        if a.kind is not ActorKind.ORGANIZATION or state is None:
            continue
        name = set(a.name.casefold().split())
        for kind in _FORCE_KINDS:
            if name & words[f"force_{kind}_names"]:
                found.setdefault((kind, state), []).append(a.id)
                break
    return {k: ids[0] for k, ids in found.items() if len(ids) == 1}


def _name_forces(
    cands: list[Candidate], view: SentenceView, forces: dict[tuple[str, str], str]
) -> None:
    """An unnamed force ("police arrested ...", "Kenyan troops") is the force of its
    state that the article names (the guide lists police and security forces "as their
    force or state"): the named force joins the state among the sources and targets."""
    words = cues()
    named: dict[str, str] = {}  # state id -> force id, for the unnamed groups of this sentence
    for slot in view.slots:
        if not slot.unnamed:
            continue
        group = set(view.lows[slot.first : slot.last + 1])
        kind = next((k for k in _FORCE_KINDS if group & words[f"force_{k}_groups"]), None)
        if kind is None:
            continue
        for state in slot.ids:
            force = forces.get((kind, state))
            if force is not None:
                named[state] = force
    if not named:
        return
    for c in cands:
        for side in (c.sources, c.targets):
            for state, force in named.items():
                if state in side and force not in side:
                    side.insert(side.index(state), force)

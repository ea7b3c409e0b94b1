"""How the text presents an event: asserted, negated, hypothetical, conditional, future, reported.

Only words that govern the trigger count: modals and negation must come before
a verb trigger in its clause (a modal after a noun trigger, as in "the arrest
could be seen as ...", leaves the arrest asserted). Conditionals ("if", "unless")
cover the whole sentence; attribution ("according to", "X said that ...",
"reportedly") marks events inside what is reported.
"""

from __future__ import annotations

from ...models import Modality
from .analysis import SentenceView, inverted_speaker
from .lexicon import TRAVEL_VERBS, Pattern, TriggerMatch

__all__ = ["find_modality", "speech_complement"]

_NEGATION = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
_HYPOTHETICAL = frozenset({"may", "might", "could", "would", "should", "must", "can"})
_HYPO_VERBS = frozenset(
    [
        "need",
        "needs",
        "needed",
        "want",
        "wants",
        "wanted",
        "hope",
        "hopes",
        "hoped",
        "seek",
        "seeks",
        "try",
        "tries",
        "aim",
        "aims",
        "appear",
        "appears",
        "seem",
        "seems",
        "considering",
        "consider",
        "considers",
    ]
)
_FUTURE = frozenset({"will", "'ll", "shall"})
_FUTURE_VERBS = frozenset(
    [
        "plan",
        "plans",
        "planned",
        "planning",
        "intend",
        "intends",
        "intended",
        "expected",
        "scheduled",
        "due",
        "set",
        "going",
        "about",
        "poised",
        "prepares",
        "preparing",
        "agreed",
        "agree",
        "agrees",
        "promised",
        "pledged",
        "vowed",
        "ready",
        "prepared",
        "willing",
    ]
)
#: Verbs before a noun that say its occurrence did not happen ("X avoided censure").
_AVOIDED = frozenset(
    {"avoided", "avoids", "avoid", "averted", "averts", "avert", "escaped", "escapes", "evaded"}
)
_NOMINAL_FUTURE = frozenset({"planned", "upcoming", "forthcoming", "scheduled", "expected"})
_NOMINAL_HYPO = frozenset(
    {"possible", "potential", "proposed", "prospective", "likely", "alleged", "purported"}
)
#: Words of a habit, not of one occurrence ("the periodic bailouts", "usually meets"): like a
#: hypothetical, a habit is no event that happened.
_HABITUAL = frozenset(
    {"periodic", "periodically", "usually", "routinely", "regularly", "typically", "habitually"}
)
_CONDITIONS = frozenset({"if", "unless", "whether"})
_CLAUSE_ENDS = frozenset({",", ";", ":", "—", "–", "then"})
#: Verbs after which "to V" was done ("continued to", "managed to").
_IMPLICATIVE = frozenset(
    [
        "continue",
        "continues",
        "continued",
        "continuing",
        "began",
        "begin",
        "begins",
        "beginning",
        "start",
        "starts",
        "started",
        "starting",
        "manage",
        "manages",
        "managed",
        "moved",
        "move",
        "moves",
        "went",
        "proceeded",
        "proceed",
        "resumed",
        "resume",
        "used",
        "forced",
        "compelled",
        "helped",
        "help",
        "helps",
    ]
)
#: Verbs after which "to V" was not done.
_NOT_DONE = frozenset(
    [
        "fail",
        "fails",
        "failed",
        "failing",
        "refuse",
        "refuses",
        "refused",
        "refusing",
        "declined",
        "decline",
        "declines",
        "neglected",
    ]
)
#: Prepositions before a gerund that make it something not done.
_UNDONE_PREPS = frozenset({"against", "about", "without", "toward", "towards", "instead"})
_ATTRIBUTION = frozenset({"reportedly", "allegedly", "purportedly"})
_STOPS = frozenset({",", ";", ":", "that", "—", "–"})
_DETERMINERS = frozenset({"a", "an", "the"})
_CLOSING_QUOTES = frozenset({"”", '"', "’", "'"})
#: Marks that end what a speech verb reports ("X warned Y — a warning Z called ...").
_BREAKS = frozenset({";", "—", "–"})
_PREPOSITIONS = frozenset({"of", "for", "at", "in", "from", "with", "to"})
_WINDOW = 5
_NOT_COMPLEMENT = frozenset(
    [
        *("after", "before", "during", "while", "when", "in", "at", "on", "following", "amid"),
        # "..., X said today.": when, not what
        *("today", "yesterday", "tonight", "earlier", "late", "recently", "separately"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    ]
)


#: Verbs after a noun of saying that make it the subject of a clause, not what introduces a report.
_NOUN_PREDICATES = frozenset(
    {"is", "was", "were", "are", "has", "had", "have", "will", "would", "came", "comes", "drew"}
)


#: How many words an addressee after a closing "told" may take ("told the Daily Courier").
_ADDRESSEE_WORDS = 4
#: Words inside a speaker's title before the name ("Secretary of State", "the Minister's").
_TITLE_GLUE = frozenset({"of", "for", "the", "'s", "’s", "-", "&"})


def speech_complement(view: SentenceView, speech: TriggerMatch) -> range:
    """Token range holding what a speech trigger reports.

    After the verb ("X said that ..."), or before it when the verb closes the
    sentence ("..., Tillerson asserted.").
    """
    n = len(view.tokens)
    if speech.pattern.kind == "N" and view.lower(speech.last + 1) in _NOUN_PREDICATES:
        return range(0)  # "X's statement was out of touch": said of the statement, not in it
    if speech.pattern.kind == "N" and _channel_noun(view, speech):
        return range(0)  # "X said in a statement": how the words came, they are the verb's
    if inverted_speaker(view, speech):
        return range(speech.first)
    lows = view.lows  # for speed: indices below lie inside the sentence
    at = view.by_token
    tail = [w for w in lows[speech.last + 1 :] if w.isalnum()]
    tail_slots = all(at[i] is not None for i in range(speech.last + 1, n) if lows[i].isalnum())
    head_after = view.lower(speech.last + 1)
    # '"...," X said of the ruling.': what the words are about follows, not the words
    # '"...," X told the Daily Courier.': only whom the words were told to follows
    # ('"...," X told the Daily Courier on Tuesday.': the words up to when or where)
    told = next((k for k, w in enumerate(tail) if w in _NOT_COMPLEMENT or w == "that"), len(tail))
    addressee = (
        "told" in speech.pattern.flags and told <= _ADDRESSEE_WORDS and "that" not in tail[told:]
    )
    if not tail or (
        speech.first > 3
        and (tail_slots or addressee or head_after in _NOT_COMPLEMENT or head_after == "of")
        and _after_comma(view, speech)
    ):
        left = speech.first - 1
        while left >= 0 and (at[left] is not None or lows[left] in {",", "the"}):
            left -= 1
        # '"...," Microsoft President Brad Smith said': the speaker's titles and body are
        # no part of the words
        title = left
        while title >= 0 and (
            at[title] is not None
            or lows[title] in _TITLE_GLUE
            or (view.tokens[title].text[:1].isupper() and lows[title].isalpha())
        ):
            title -= 1
        if title < left and (title < 0 or not lows[title].isalnum()):
            left = title
        return range(left + 1)
    end = next((i for i in range(speech.last + 1, n) if lows[i] in _BREAKS), n)
    return range(speech.last + 1, end)


#: Prepositions before where words were said ("said on Twitter", "in a statement", "at
#: the summit"): a channel or venue, no words of its own.
CHANNEL_PREPS = frozenset({"on", "via", "through", "at", "in"})


def _channel_noun(view: SentenceView, speech: TriggerMatch) -> bool:
    """Whether a noun of saying follows a verb of saying and a preposition ("said in a
    statement", "told reporters in an interview"): the verb's channel, no words of its own."""
    i = speech.first - 1
    while i >= 0 and view.lower(i) in {"a", "an", "the", "its", "his", "her", "their", "written"}:
        i -= 1
    if i < 1 or view.lower(i) not in CHANNEL_PREPS:
        return False
    return any(
        t.last < i and i - t.last <= 3 and "speech" in t.pattern.flags and t.pattern.kind == "V"
        for t in view.triggers
    )


def _after_comma(view: SentenceView, speech: TriggerMatch) -> bool:
    """Whether the speaker right before ``speech`` follows a comma (", X said").

    The words between the comma and the verb must be one noun phrase: a
    determiner only at its start or after a preposition (", a spokesman for the
    ministry, said"), so "..., a policy the president announced" is no speaker.
    """
    i = speech.first - 1
    words = 0
    lows = view.lows  # for speed: 0 <= i < speech.first, inside the sentence
    while i >= 0 and words < 6:
        word = lows[i]
        if word == ",":
            return True
        if word in _STOPS:
            return False
        if word in _DETERMINERS and view.lower(i - 1) not in {",", *_PREPOSITIONS}:
            return False
        s = view.slot(i)
        if s is not None and not s.pronoun:
            i = s.first - 1  # a name is one word, however long
        else:
            i -= 1
        if word not in _CLOSING_QUOTES:
            words += 1
    return False


def _governing(view: SentenceView, match: TriggerMatch) -> list[str]:
    """Lower-cased words before the trigger in its clause, nearest first."""
    words: list[str] = []
    i = match.first - 1
    lows = view.lows  # for speed: 0 <= i < match.first, inside the sentence
    while i >= 0 and len(words) < _WINDOW:
        w = lows[i]
        if w in _STOPS:
            break
        words.append(w)
        i -= 1
    return words


#: Words that set the mood of a verb after them: "to", modals, negation.
_MOOD_WORDS = frozenset({"to", *_FUTURE, *_HYPOTHETICAL, "not", "n't", "never"})
#: How far back a bare verb after "and" looks for the mood of its first conjunct.
_CONJUNCT_REACH = 12


def _first_conjunct(view: SentenceView, conj: int) -> list[str]:
    """The governing words of the first verb of a coordination a bare verb joins.

    "plans to reverse its stance and lift sanctions", "will meet X and sign Y":
    the second verb shares the "to" or modal of the first. Empty when none is
    found in the clause.
    """
    lows = view.lows
    i = conj - 1
    while i >= 0 and conj - i <= _CONJUNCT_REACH:
        w = lows[i]
        if w in _STOPS or w in {"and", "or"}:
            return []
        if w in _MOOD_WORDS:
            words: list[str] = []
            while i >= 0 and len(words) < _WINDOW and lows[i] not in _STOPS:
                words.append(lows[i])
                i -= 1
            return words
        i -= 1
    return []


def _in_conditional(view: SentenceView, match: TriggerMatch) -> bool:
    """Whether the trigger sits in an "if"/"unless"/"whether" clause."""
    i = match.first - 1
    lows = view.lows  # for speed: 0 <= i < match.first, inside the sentence
    while i >= 0:
        word = lows[i]
        if word in _CONDITIONS:
            return True
        if word in _CLAUSE_ENDS:
            return False
        i -= 1
    return False


def _infinitive(before: list[str]) -> Modality | None:
    """The modality a "to" right before the verb gives it, by the word governing the "to".

    "continued to block", "managed to free": done. "agreed to meet", "vowed to
    respond": announced. "failed to", "refused to": not done. Anything else
    ("obligations to provide", "in order to force", "wants to persuade"): a
    purpose or a wish, not a deed.
    """
    if not before or before[0] != "to":
        return None
    head = before[1] if len(before) > 1 else ""
    if head in _IMPLICATIVE:
        return None
    if head in _FUTURE_VERBS:
        return Modality.FUTURE
    if head in _NOT_DONE:
        return Modality.NEGATED
    return Modality.HYPOTHETICAL


#: Verbs of denying before a gerund ("denied attacking"): the act is denied, not told.
#: Words before a gerund that join it to the verb before them, in that verb's mood.
_THEN = frozenset({"before", "after", "while"})
_DENYING = frozenset({"denied", "denies", "deny", "denying"})


#: A verb with no words or flags, to read the mood of a verb that is no trigger.
_PLAIN_VERB = Pattern("000", "V", (), frozenset(), None)
#: How far before a noun's "for" a verb of travel may stand ("flew to Y on Monday for").
_TRIP_REACH = 12


def _trip_verb(view: SentenceView, match: TriggerMatch) -> TriggerMatch | None:
    """The verb of travel a noun after "for" is the purpose of ("X will travel to Y
    next week for a meeting"), as a match to read its mood; None when there is none."""
    lows = view.lows
    j = match.first - 1
    if j > 0 and lows[j] in {"a", "an", "the"}:
        j -= 1
    if j < 1 or lows[j] != "for":
        return None
    for v in range(j - 1, max(-1, j - 1 - _TRIP_REACH), -1):
        if lows[v] in TRAVEL_VERBS:
            return TriggerMatch(_PLAIN_VERB, v, v)
        if lows[v] in {";", ":", ","}:
            return None
    return None


def find_modality(
    view: SentenceView, match: TriggerMatch, *, reported: bool, said: bool = False
) -> Modality:
    """The modality of ``match``; ``reported`` when it sits in a speech complement that
    reports others' acts, ``said`` when in one that tells the speaker's own ("X said it
    would block Y": the future of the past, X's intent, not a report)."""
    is_speech = "speech" in match.pattern.flags
    if _in_conditional(view, match) and not is_speech:
        return Modality.CONDITIONAL
    if view.lows and view.lows[-1] == "?" and not is_speech:
        return Modality.HYPOTHETICAL  # "Are protests breaking out near you?": asked, not told
    before = _governing(view, match)
    if before[:1] in (["and"], ["or"]) and view.lower(match.first) == match.pattern.verb:
        before = _first_conjunct(view, match.first - 1) or before
    elif before[:1] and before[0] in _THEN and view.lower(match.first).endswith("ing"):
        # "X will meet Y, before visiting Z": the gerund shares the first verb's mood
        k = match.first - 1
        if k > 0 and view.lower(k - 1) == ",":
            k -= 1
        before = _first_conjunct(view, k) or before
    infinitive = _infinitive(before)
    if infinitive is not None:
        return infinitive
    if before[:1] and before[0] in _UNDONE_PREPS and view.lower(match.first).endswith("ing"):
        return Modality.HYPOTHETICAL  # "advising against traveling", "talk about meeting"
    if before[:1] and before[0] in _DENYING and view.lower(match.first).endswith("ing"):
        return Modality.NEGATED  # "X denied attacking Y": the denial is the event, not the act
    if before[:1] and before[0] in {"alleged", "purported"}:
        return Modality.HYPOTHETICAL  # "for alleged hijacking": what others allege
    if not _AVOIDED.isdisjoint(before[:3]):
        return Modality.NEGATED  # "X avoided censure", "averted a strike"
    if not _HABITUAL.isdisjoint(before[:3]):
        return Modality.HYPOTHETICAL  # "the periodic bailouts", "X usually meets Y"
    if match.pattern.kind == "N":
        trip = _trip_verb(view, match)
        if trip is not None:  # "will fly to Y next week for talks": the talks are ahead
            return find_modality(view, trip, reported=reported, said=said)
        near = before[:2]
        if "no" in near:
            return Modality.NEGATED
        if not _NOMINAL_HYPO.isdisjoint(near):
            return Modality.HYPOTHETICAL
        if not _NOMINAL_FUTURE.isdisjoint(near):
            return Modality.FUTURE
        if not _FUTURE.isdisjoint(before):
            return Modality.FUTURE
        if not _FUTURE_VERBS.isdisjoint(before[:4]) and "to" in before[:3]:
            return Modality.FUTURE
    else:
        if not _NEGATION.isdisjoint(before[:4]):
            return Modality.NEGATED
        if (reported or said) and "would" in before[:3]:
            return Modality.FUTURE  # "said they would sign": the future of the past
        if not _HYPOTHETICAL.isdisjoint(before):
            return Modality.HYPOTHETICAL
        if not _FUTURE.isdisjoint(before) or "going" in before[:3]:
            return Modality.FUTURE
        if not _FUTURE_VERBS.isdisjoint(before[:3]) and "to" in before[:2]:
            return Modality.FUTURE
        if not _HYPO_VERBS.isdisjoint(before[:3]) and "to" in before[:2]:
            return Modality.HYPOTHETICAL
    if reported or not _ATTRIBUTION.isdisjoint(view.lows):
        return Modality.REPORTED
    low = view.lows
    if "according" in low and any(
        w == "according" and low[i + 1 : i + 2] == ("to",) for i, w in enumerate(low)
    ):
        return Modality.REPORTED
    return Modality.ASSERTED

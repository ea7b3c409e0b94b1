"""Generic guesses for unknown capitalised names: person, organisation, armed group or place.

The evidence, strongest first: the name's own words (an organisation or place
suffix, a camel-case brand, a given name), an apposition after it ("X, a
London-based research firm", "X, a village in ..."), the words before it (an
honorific or a kinship noun for a person; "analysts at X", "Ann Lee from X",
"wrote on X", "the X" for an organisation; "in X" for a place), what it is
listed with ("Kyiv, Lviv and X"), and what follows it ("X, Idaho", "X said").
A run of common words with none of that ("Great Country", "Final Tips") is no
name, and an unknown run is a person only when nothing points elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from ...models import ActorKind
from ._lexicon import Lexicon
from ._match import NAME_ADJECTIVES, plural_noun
from ._tokens import POSSESSIVE_MARKS, SENTENCE_OPENERS

__all__ = ["adjective", "example_of", "guess_kind", "is_acronym", "within_the"]

_OPEN_QUOTES = frozenset({"“", '"', "‘", "'", "«"})
_CLOSE_QUOTES = frozenset({"”", '"', "’", "'", "»"})
#: Possessive determiners: "our Country", "their Birthright Citizenship WIN" name nobody.
_POSSESSIVES = frozenset({"our", "their", "his", "her", "its", "my", "your"})
#: Words that end an apposition's search for its head noun.
_APPOS_STOP = frozenset({",", ".", ";", ":", "who", "which", "that", "where", "(", ")", "“", '"'})
_APPOS_REACH = 10
#: Camel-case prefixes of surnames ("McNally", "DeSantis"), not brands.
_SURNAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "O'", "O’", "Fitz")


def is_acronym(tok: str) -> bool:
    """``ISI``, ``JuA``, ``QCG``: a short token of mostly capital letters."""
    if not 2 <= len(tok) <= 8 or not tok[0].isupper() or not tok.isalnum():
        return False
    upper = sum(1 for ch in tok if ch.isupper())
    return upper >= 2 and upper * 3 >= len(tok) * 2 - 1


def _initial(tok: str) -> bool:
    return len(tok) == 2 and tok[1] == "." and tok[0].isupper()


def _camel(tok: str) -> bool:
    """ "ConocoPhillips", "DoorDash", "WhatsApp": a capital after a lower-case letter."""
    if len(tok) < 4 or not tok.isalpha() or tok.startswith(_SURNAME_PREFIXES):
        return False
    rest = tok[1:]
    if rest.islower():
        return False  # no capital after the first letter (most names: answered at once)
    return any(a.islower() and b.isupper() for a, b in pairwise(rest))


#: Last words of the names programmers give classes, errors and calls ("KeyError",
#: "ServerTestCase", "ClaimTask"), which no firm's name ends with.
_CODE_ENDINGS = (
    "Error",
    "Exception",
    "Warning",
    "Failure",
    "Test",
    "Tests",
    "TestCase",
    "Handler",
    "Listener",
    "Factory",
    "Impl",
    "Utils",
    "Config",
    "Request",
    "Response",
    "Result",
    "Results",
    "Task",
    "Tasks",
    "Wait",
    "Parent",
)
_HUMP = re.compile(r"[A-Z][a-z]+")
#: How many capitalised parts make a joined word a program's name ("PictureInPictureParent"),
#: more than a brand joins ("FiveThirtyEight", "GlaxoSmithKline").
_CODE_HUMPS = 4


def _code_name(tok: str) -> bool:
    """ "KeyError", "WebDriverWait", "SharedDataMapStore": a word joined of capitalised parts
    as programs name their classes and calls, not as a firm names itself."""
    if not tok.isalpha() or not _camel(tok):
        return False
    humps = len(_HUMP.findall(tok))
    return humps >= _CODE_HUMPS or (humps >= 2 and tok.endswith(_CODE_ENDINGS))


def within_the(toks: list[str], i: int, lex: Lexicon) -> bool:
    """ "in the X", "across the X": a place preposition (not "at") and "the" before ``toks[i]``.

    Something one is in or travels across is a place; a body one is "at" is not.
    """
    return (
        i >= 2
        and toks[i - 1].lower() == "the"
        and toks[i - 2] != "at"
        and toks[i - 2] in lex.place_preps
    )


#: Words before "Centre" that make a venue or a compound, a place, not a body.
_VENUE_WORDS = frozenset(
    {"Convention", "Correctional", "Detention", "Conference", "Exhibition", "Shopping"}
    | {"Sports", "Leisure", "Aquatic", "Aquatics", "Holding", "Reception", "Removal"}
)

#: Superlatives that open the headings of buyers' guides, never a name ("Best Tents").
_SUPERLATIVES = frozenset({"Best", "Top", "Cheapest", "Worst", "Greatest"})

#: Words before a group's name that make its people its members ("a crowd from X").
_MEMBER_OF = frozenset({"from", "by"})

#: Words before "League" that make it a contest between clubs, no body ("Europa League").
_CONTESTS = frozenset({"Champions", "Europa", "Conference"})

#: Words that name a newspaper alone after "the" ("told the Globe").
_PAPER_WORDS = frozenset(
    {"Globe", "Post", "Times", "Journal", "Herald", "Tribune", "Telegraph", "Gazette"}
    | {"Chronicle", "Observer", "Examiner", "Inquirer", "Courier", "Bulletin", "Dispatch"}
)

#: Words that open a newspaper's name, never a person's ("Daily Orvik").
_OUTLET_OPENERS = frozenset({"Daily", "Weekly"})

#: Nouns after "the X" that make X a place: "the Copperfield area" (not "the X town hall").
_AREA_NOUNS = frozenset(
    {"area", "neighborhood", "neighbourhood", "suburb", "district", "region", "township"}
)


def appositive(toks: list[str], j: int, lex: Lexicon) -> ActorKind | None:
    """The kind an apposition after a name gives it: "X, a ... firm" / "... village" / "... expert".

    The head is the last kind noun before the phrase goes on with a preposition
    or a clause ("a city councilman in ...": a person, not a city).
    """
    if j + 2 >= len(toks) or toks[j] != "," or toks[j + 1].lower() not in ("a", "an", "the"):
        return None
    end = min(len(toks), j + 2 + _APPOS_REACH)
    head: ActorKind | None = None  # the last kind noun before the phrase ends: its head
    for k in range(j + 2, end):
        w = toks[k]
        if w in _APPOS_STOP or w in ("of", "in", "at", "for", "from", "with", "on", "to"):
            break
        low = w.lower()
        if w != low or (k + 1 < end and toks[k + 1] in POSSESSIVE_MARKS):
            continue  # a name inside ("the European Union's ..."), a possessor ("the country's")
        if low in lex.titles or low in lex.member_nouns:
            head = ActorKind.PERSON  # "a city councilman", "a high school student"
        elif low in lex.org_nouns:
            head = ActorKind.ORGANIZATION
        elif low in lex.place_nouns:
            head = ActorKind.PLACE
    return head


#: Role nouns that are also verbs ("Smith and Jones lead in the polls", "Okafor heads to Lagos").
_VERB_ROLES = frozenset(
    {"lead", "leads", "head", "heads", "chair", "chairs", "anchor", "anchors", "coach", "coaches"}
    | {"captain", "captains", "host", "hosts", "partner", "partners", "staff", "staffs", "man"}
)
#: Words after such a noun that make it the verb of a clause: a preposition or a determiner.
_VERB_OBJECTS = frozenset(
    {"in", "into", "to", "toward", "towards", "for", "with", "on", "at", "by", "among", "from"}
    | {"the", "a", "an", "their", "his", "her", "its", "all", "both", "every", "this", "that"}
)


#: Nouns for a person by who they are, not by the body they work for: after "a" and an
#: unknown name, the name is where they live ("a Tarvel man", "a Quincy driver").
_HOME_NOUNS = frozenset(
    {"man", "woman", "teenager", "boy", "girl", "mother", "father", "resident", "driver"}
    | {"motorist", "farmer", "couple", "family", "native", "teen", "pensioner", "grandmother"}
    | {"grandfather", "homeowner", "landlord"}
)


#: Words before "<Name> <number>" that make it a product's model rather than a team's score.
_MODEL_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "'s", "’s", "his", "her", "their", "our", "my", "your"}
)


def _role_as_verb(toks: list[str], j: int) -> bool:
    """ "Sanders lead in national polls": a role noun after a name used as the clause's verb.

    A role noun that is also a verb, followed by a preposition or a determiner, says
    nothing of the kind of the name before it ("Acme lead engineer" keeps its noun).
    """
    return toks[j] in _VERB_ROLES and j + 1 < len(toks) and toks[j + 1] in _VERB_OBJECTS


def _org_context(toks: list[str], i: int, lex: Lexicon, after_person: bool) -> bool:
    """ "analysts at X", "Ann Lee from X", "wrote on X": an organisation's place in a clause."""
    if i < 2:
        return False
    prev, prev2 = toks[i - 1], toks[i - 2].lower()
    if prev in ("at", "from", "with", "for"):
        return after_person or prev2 in lex.member_nouns or prev2 in lex.titles
    return prev == "on" and prev2 in lex.platform_verbs


#: Words for a person before "named" and the person's name ("a man named X").
_NAMED_PEOPLE = frozenset(
    {"someone", "somebody", "man", "woman", "boy", "girl", "gunman", "suspect", "person"}
    | {"teenager", "officer", "soldier", "student", "driver", "victim", "guy", "lady"}
)

#: Articles of other languages that open newspapers' names ("Le Monde", "Der Spiegel").
_PAPER_ARTICLES = frozenset({"Le", "La", "Les", "Der", "Die", "Das", "El", "Il", "De", "Het"})

#: Verbs of an outlet's report after "As X" ("As Tarvelnews reports, ...").
_REPORT_VERBS = frozenset({"reports", "reported", "first", "noted", "notes", "revealed"})

#: Nouns of belonging to a body, before "of" and its name.
_MEMBERSHIP = frozenset({"member", "members", "founder", "founders", "co-founder"})


def _office_of(toks: list[str], i: int, lex: Lexicon) -> ActorKind | None:
    """ "vice president of X" (a body), "the mayor of X" (a place): what a title is "of".

    No one holds a title of a person, so the name after "<title> of" is where the
    office is, or the body it belongs to; an academic's title is of a field.
    """
    if i < 2 or toks[i - 1] != "of":
        return None
    title = toks[i - 2].lower()
    if title in _MEMBERSHIP:
        return ActorKind.ORGANIZATION  # "a member of Tarvel Rotarians": a body has members
    sector = lex.titles.get(title)
    if sector is None:
        sector = lex.titles.get(" ".join(toks[max(0, i - 3) : i - 1]).lower())
    if sector is None or sector == "EDU":
        return None  # "professor of Political Science": a field
    return ActorKind.PLACE if title in lex.place_titles else ActorKind.ORGANIZATION


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def example_of(toks: list[str], i: int, lex: Lexicon) -> ActorKind | None:
    """ "companies such as X", "firms like X", "villages including X": the kind of the examples."""
    prev = toks[i - 1] if i else ""
    k = i - 1
    if prev == "as" and i >= 2 and toks[i - 2] == "such":
        k = i - 2
    elif prev not in ("like", "including"):
        return None
    for m in range(k - 1, max(-1, k - 4), -1):
        w = toks[m].lower()
        if not w.endswith("s"):
            continue
        one = _singular(w)
        if one in lex.org_nouns:
            return ActorKind.ORGANIZATION
        if one in lex.place_nouns:
            return ActorKind.PLACE
    return None


#: Words before "<place noun>, X" that make X the place's name ("his village, X").
_PLACE_OWNERS = frozenset({"his", "her", "their", "its", "our", "my", "the"})


def _place_named(toks: list[str], i: int, lex: Lexicon) -> bool:
    """ "the village of X", "his village, X": a place noun names the place after it, whatever
    its words (a given name opens many a village's name)."""
    noun = toks[i - 2].lower() if i >= 2 else ""
    if noun not in lex.place_nouns or noun == "area":
        return False  # "in the area of Miller Drive and ...": a spot, not a name
    if toks[i - 1] == "of":
        return toks[i - 2].islower()  # not "Secretary of State" nor "Bank of Canada"
    return toks[i - 1] == "," and i >= 3 and toks[i - 3].lower() in _PLACE_OWNERS


def _of_place(toks: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """ "residents of X", "X villagers", "X beach": a place by its people or its feature noun."""
    if i >= 2 and toks[i - 1] == "of" and toks[i - 2].lower() in lex.resident_nouns:
        return True
    if j < len(toks) and toks[j] in lex.feature_nouns:
        return True  # "Ninety Mile beach", "Wuyan village"
    if j - i == 1 and toks[i].lower() in lex.common:
        return False  # "Indigenous communities", "Rural residents": a modifier, no place
    return j < len(toks) and toks[j] in lex.resident_nouns and toks[j] != "people"


def _home_after_age(toks: list[str], i: int, j: int) -> bool:
    """ "Ann Lee, 52, of Tarvel", "Ann Lee, 30, Tarvel, was charged": where a person lives,
    given after a name and an age, as reports of arrests, crashes and court cases give it."""
    k = i - 1 if i and toks[i - 1] == "of" else i
    return (
        j - i <= 3
        and k >= 4
        and toks[k - 1] == ","
        and toks[k - 2].isdigit()
        and 0 < int(toks[k - 2]) < 120
        and toks[k - 3] == ","
        and toks[k - 4][:1].isupper()
    )


_ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"})


def _acronym_last(run: list[str]) -> bool:
    """A run closed by an acronym ("Oculus VR"), not a roman numeral ("John Paul II")."""
    last = run[-1]
    return len(last) >= 2 and last.isupper() and last.isalpha() and last not in _ROMAN


def _acronym_first(run: list[str]) -> bool:
    """A run opened by an acronym of three letters or more ("CVS Health"), the rest not in
    capitals (a shout) and no initials ("J.R."): a body's name, no person's."""
    first = run[0]
    return (
        len(first) >= 3
        and first.isalpha()
        and first.isupper()
        and first not in _ROMAN
        and not all(t.isupper() for t in run[1:])
    )


def _ticker_note(toks: list[str], i: int) -> bool:
    """Whether ``toks[i]`` stands in a note of a stock's listing, "(NYSE: ORV)" or
    "(Nasdaq: TRVL)": an exchange, a colon and a ticker in capitals, in parentheses."""
    for k in (i - 1, i - 3):  # the exchange at i, or the ticker at i
        note = toks[k : k + 5] if k >= 0 else []
        if (
            len(note) == 5
            and note[0] == "("
            and note[2] == ":"
            and note[4] == ")"
            and note[1][:1].isupper()
            and note[3].isupper()
            and len(note[3]) <= 6
        ):
            return True
    return False


#: Endings of past participles ("Grounded", "Inspired", "Curated"), which close no
#: person's name ("Ahmed", "Saeed", "Alfred" do not end so).
_PARTICIPLE_ENDINGS = ("nded", "ered", "ired", "ated", "ized", "ised", "uded", "ined", "ored")


def _participle(word: str) -> bool:
    """A capitalised past participle of six letters or more ("Grounded", "Powered")."""
    return len(word) >= 6 and word.isalpha() and word.endswith(_PARTICIPLE_ENDINGS)


#: Verbs of a newsroom's reporting after "The X" ("The Verge reported").
_REPORT_VERBS = frozenset({"reported", "reports", "wrote", "writes", "revealed", "reveals"})


def _outlet_named(toks: list[str], i: int, lex: Lexicon) -> bool:
    """A publication named "The" and one common word ("The Verge", "The Register"): "The"
    written with its capital inside a sentence, before a reporting or speech verb or after
    a source's words ("according to The Register"); or, opening a sentence, before a
    reporting verb ("The Verge reported ...": no government or court reports so)."""
    if i < 1 or toks[i - 1] != "The":
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    if nxt in _REPORT_VERBS:
        return True
    inside = i >= 2 and toks[i - 2] not in SENTENCE_OPENERS
    return inside and (nxt in lex.speech_verbs or _source_cue(toks, i - 1) is not None)


#: Last words of a field of study's name ("Computer Science", "Mechanical Engineering").
_FIELD_WORDS = frozenset(
    {"Science", "Sciences", "Engineering", "Studies", "Administration", "Management"}
    | {"Economics", "Medicine", "Nursing", "Mathematics", "Physics", "Chemistry", "Biology"}
    | {"History", "Arts", "Design", "Law", "Finance", "Accounting", "Marketing", "Psychology"}
)
#: Words before "in" that name a degree or a course of study.
_DEGREES = frozenset(
    {"degree", "degrees", "diploma", "major", "minor", "phd", "ph.d.", "doctorate", "masters"}
    | {
        "bachelor",
        "bachelors",
        "master",
        "ba",
        "bs",
        "bsc",
        "ma",
        "ms",
        "msc",
        "mba",
        "certificate",
    }
    | {"background", "coursework", "experience", "career", "studies", "studied", "graduated"}
)


def _degree_before(toks: list[str], k: int) -> bool:
    """A degree's word a few words before "in" (``toks[k]``): "a Bachelor's degree in",
    "a PhD in", "majored in" and the like, before a field of study's name."""
    for t in toks[max(0, k - 3) : k]:
        low = t.lower().removesuffix("'s").removesuffix("’s")
        if low in _DEGREES or low.startswith("major"):
            return True
    return False


#: Words for the writers after "At X," ("At Orvik, we build ..."): a firm speaks of itself.
_WRITERS = frozenset({"we", "our", "us"})
#: Past forms after "At X, we" that tell a visit, not a firm ("we were", "we saw").
_PAST_WORDS = frozenset({"were", "had", "went", "saw", "got", "met", "spent", "found", "took"})


def _writers_firm(toks: list[str], i: int, j: int) -> bool:
    """ "At Orvik, we ...", "Learn more at Orvik.": the firm a page's writers work for
    or send the reader to, not a place ("at" ``toks[i - 1]``)."""
    nxt = toks[j : j + 3]
    if len(nxt) == 3 and nxt[0] == "," and nxt[1] in _WRITERS:
        # a firm speaks of what it does now, not of a visit ("At Tarvel, we waited ...")
        return not nxt[2].endswith("ed") and nxt[2] not in _PAST_WORDS
    return i >= 2 and toks[i - 2] == "more" and toks[j : j + 1] in ([], ["."])


def _acronym_compound(tok: str) -> bool:
    """ "Zanu-PF": a hyphened word with a part of two or more capitals and no digit."""
    if "-" not in tok or any(c.isdigit() for c in tok):
        return False
    parts = tok.split("-")
    return (
        len(parts) == 2
        and all(parts)
        and any(len(p) >= 2 and p.isupper() and p.isalpha() for p in parts)
    )


#: Words after which a lone acronym still names a body ("by ASIO", "the DOJ", "like IDLC").
_BODY_BEFORE = frozenset(
    {"the", "of", "by", "from", "at", "with", "to", "and", "or", "as", "like", "including"}
    | {"against", "among", "between", "via", "versus", "than", "said", "says", "told"}
)


_AMOUNT = re.compile(r"\d[\d,.]*")


def _year(tok: str) -> bool:
    return len(tok) == 4 and tok.isdigit() and 1800 <= int(tok) <= 2100


#: Words before an acronym that make it a body one tells, goes to or hears from.
_BODY_CUES = frozenset({"told", "by", "with", "to", "at", "from", "for", "joined", "according"})


def _body_use(toks: list[str], i: int, lex: Lexicon) -> bool:
    """Whether the acronym ``toks[i]`` is used as a body's name: one that speaks or owns
    ("XY said", "XY's"), that a noun of its people follows ("XY spokesman"), that one
    tells, joins or hears from ("told XY", "according to XY"), or a team before its
    score ("XY 5 Samsung 0", "XY 46 5 59" in a table)."""
    prev = toks[i - 1].lower() if i else ""
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    return (
        nxt in lex.speech_verbs
        or nxt in lex.org_followers
        or nxt in POSSESSIVE_MARKS
        or prev in _BODY_CUES
        or (nxt.isdigit() and not prev[:1].isdigit())  # "XY 5 Samsung 0": a team's score
    )


def _common_acronym(toks: list[str], i: int, lex: Lexicon) -> bool:
    """Whether an unknown acronym is used as a common noun or a code, not a body's name.

    "an XYZ 72 aircraft", "XYZ 111 if ...", "XYZ: 10.1073/...": a number after it
    (a model, a phone line, an identifier); "(XY)" alone closing a
    paragraph: a reporter's initials; "raise XYZ,", "little XYZ.": the object of a
    word that is no preposition, with no noun or verb after it, as a tax or a
    treatment is ("where ASIO is involved", "organisation TED" stay bodies).
    """
    n = len(toks)
    prev = toks[i - 1] if i else ""
    nxt = toks[i + 1] if i + 1 < n else ""
    after = toks[i + 2] if i + 2 < n else ""
    if nxt[:1].isdigit() and after[:1].islower():
        return True  # not "XY 46 5 59" in a table, "XY 5 Samsung 0" (a team's score)
    if _AMOUNT.fullmatch(prev) and not _year(prev):
        return True  # "150 KB", "20 MW": a unit after its amount (not "in 2019 XYZ said")
    if nxt == ":" and toks[i + 2 : i + 3] and toks[i + 2][:1].isdigit():
        return True
    if prev == "(" and nxt == ")" and i + 2 == n and (i < 2 or toks[i - 2] in (".", "!", "?")):
        return True  # "... in February. (BA)": a byline's initials
    if prev in ("a", "an") and (not nxt[:1].isalpha() or nxt in lex.function_words):
        return True  # "an XYZ with ...", "a QRS.": a thing one has, no body ("an XYZ official")
    return (
        prev.isalpha()
        and prev.islower()
        and prev not in _BODY_BEFORE
        and prev not in lex.function_words
        and prev not in lex.org_nouns
        and prev not in lex.speech_verbs
        and (not nxt[:1].isalpha() or nxt in lex.function_words)
    )


#: Endings of the names of prehistoric and geological ages ("Middle Paleolithic", "Holocene").
_AGE_ENDINGS = ("lithic", "cene", "ozoic")
_TITLE_WORDS = 3


def _quoted_title(toks: list[str], i: int, j: int) -> bool:
    """Whether ``toks[i:j]`` closes or fills a short title in quotes.

    The quote opens right before it or a few capitalised words earlier, and closes
    right after it, or after one mark ("“So Far Away,” ...").
    """
    n = len(toks)
    e = j + 1 if j < n and toks[j] in (",", ".", "!", "?") else j
    if e >= n or toks[e] not in _CLOSE_QUOTES:
        return False  # (the closing quote tested first, for speed)
    k = i - 1
    while k >= 0 and i - k <= _TITLE_WORDS and toks[k][:1].isupper() and toks[k].isalpha():
        k -= 1
    return k >= 0 and toks[k] in _OPEN_QUOTES


#: Abbreviated street words that close a street's name ("Bragg St.", "Orvik Ave").
_STREET_ABBREVIATIONS = frozenset({"St", "St.", "Ave", "Ave.", "Rd", "Rd.", "Blvd", "Blvd."})

#: Capitalised pronouns, question words and verbs inside a run of capitals: a clause
#: written in title case (a title, a heading), never a name.
_CLAUSE_WORDS = frozenset(
    {"We", "We’re", "We're", "You", "You’re", "You're", "They", "They’re", "They're"}
    | {"Why", "How", "Is", "Are", "Was", "Were", "Have", "Has", "Had", "Isn’t", "Isn't"}
)

#: Words a title in title case leaves in lower case ("A Garden Built in Stone: The ...").
_TITLE_SMALL = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and"}
    | {"or", "but", "nor", "as", "that", "than", "into", "over", "vs", "vs."}
)
#: Marks a title in quotes may hold besides its words.
_TITLE_MARKS = frozenset({":", ",", "-", "–", "—", "?", "!", "’s", "'s", "&"})
#: How many tokens a quoted title may run to.
_TITLE_SPAN = 24
#: How many capitalised words make a quotation a title in title case.
_TITLE_CAPITALS = 4


def _known_body(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` alone is a body the gazetteer knows ("Treasury")."""
    entry = lex.phrases.get(word)
    return entry is not None and entry.kind is ActorKind.ORGANIZATION


def _in_title_quote(toks: list[str], i: int, j: int) -> bool:
    """Whether ``toks[i:j]`` lies inside a longer quotation in title case, the title of a
    book, a film or a paper (“A Garden Built in Stone: The Towns that Rise in Floods”):
    every word of the quotation capitalised or a small word, with four capitals or more.
    What a name in a title names is the title's business, no actor of the story."""
    if _OPEN_QUOTES.isdisjoint(toks):
        return False  # (for speed: most lines quote nothing)
    n = len(toks)
    k = i - 1
    while k >= 0 and i - k <= _TITLE_SPAN and toks[k] not in _OPEN_QUOTES:
        if toks[k] in _CLOSE_QUOTES:
            return False
        k -= 1
    if k < 0 or toks[k] not in _OPEN_QUOTES:
        return False
    e = j
    while e < n and e - k <= _TITLE_SPAN and toks[e] not in _CLOSE_QUOTES:
        e += 1
    if e >= n or toks[e] not in _CLOSE_QUOTES:
        return False
    inner = [t for t in toks[k + 1 : e] if t not in _TITLE_MARKS]
    if inner and inner[-1] in (".", "!", "?", ","):
        inner.pop()  # “... Disaster,” Rebecca Solnit wrote
    capitals = 0
    for t in inner:
        if t[:1].isupper():
            capitals += 1
        elif t not in _TITLE_SMALL and not t.isdigit():
            return False
    return capitals >= _TITLE_CAPITALS and capitals > j - i


def _lower_compound(tok: str) -> bool:
    """ "Prize-winning", "PFC-free": a hyphened word closed by a lower-case participle or
    suffix-like word, as modifiers are and names are not ("Jamaat-ud-Dawa" closes on a
    name, "Co-operation" on a noun; "Dong-hoon" is a given name's two syllables)."""
    if "-" not in tok or _SYLLABLES.fullmatch(tok):
        return False  # "Dong-hoon", "Geun-hye": a given name of two syllables
    tail = tok.rsplit("-", 1)[1]
    return len(tail) >= 3 and tail.islower() and tail.endswith(_MODIFIER_TAILS)


#: Endings of the lower-case word closing a hyphened modifier: a participle ("-winning",
#: "-coated", "-based") or a suffix-like word ("-free", "-like", "-wide", "-style"); not a
#: noun ("Co-operation").
_MODIFIER_TAILS = ("ing", "ed", "free", "like", "wide", "style", "proof", "friendly")


#: A given name of two romanised syllables ("Dong-hoon", "Suk-yeol", "Kyung-wha").
_SYLLABLES = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,4}")


#: Endings of adjectives ("Civic", "Famous", "Massive", "Helpful", "Affordable"), which
#: open no person's name.
_ADJECTIVE_ENDINGS = ("ic", "ous", "ive", "ful", "less", "able", "ible", "ical", "ional")


def adjective(word: str) -> bool:
    """A capitalised word of five letters or more with an adjective's ending (not "Nic")."""
    return len(word) >= 5 and word.isalpha() and word.lower().endswith(_ADJECTIVE_ENDINGS)


#: Endings of abstract nouns, which close a firm's or a movement's name, not a surname.
_ABSTRACT_ENDINGS = ("ing", "ion", "ment", "ics", "ism", "ity", "ance", "ence")


def _abstract_noun(word: str, lex: Lexicon) -> bool:
    """ "Engineering", "Rebellion", "Publishing": a common abstract noun (no surname; not "King")."""
    return len(word) >= 6 and word.endswith(_ABSTRACT_ENDINGS) and word.lower() in lex.common


#: Pronouns that take up a speaker: a person's, or a body's.
_PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "He", "She", "His", "Her"})
_BODY_PRONOUNS = frozenset({"it", "its", "It", "Its", "they", "their", "They", "Their", "we"})
#: How far after a speech verb the first pronoun is looked for.
_PRONOUN_WINDOW = 8


def _pronoun_after(toks: list[str], k: int) -> str | None:
    """ "person" or "body": the first pronoun within a few tokens from ``toks[k]``.

    "X said she would ...", "X said, adding that she ...": a person; "X said it
    would ...": a body. None when no pronoun comes first.
    """
    for t in toks[k : k + _PRONOUN_WINDOW]:
        if t in _PERSON_PRONOUNS:
            return "person"
        if t in _BODY_PRONOUNS:
            return "body"
    return None


def _speaker_kind(run: list[str], lex: Lexicon) -> ActorKind:
    """Who an unknown run of two or more words next to a speech verb is.

    A person, unless two of its words are common ones: "the Teacher Retirement
    System said" is a body.
    """
    return ActorKind.ORGANIZATION if _common_words(run, lex) >= 2 else ActorKind.PERSON


def _common_words(run: list[str], lex: Lexicon) -> int:
    return sum(1 for t in run if t.lower() in lex.common)


#: Participles before "by the X" that make X the body a report comes from.
_SOURCE_PARTICIPLES = frozenset(
    {"obtained", "reviewed", "seen", "published", "conducted", "reported", "commissioned"}
)


def _source_cue(toks: list[str], k: int) -> str | None:
    """The words before ``toks[k]`` (a "the") that make the name after it a source:
    "told the", "according to the", "an interview with the", "obtained by the"."""
    if k < 1:
        return None
    w = toks[k - 1].lower()
    before = toks[k - 2].lower() if k >= 2 else ""
    if w == "told":
        return "told"
    if (w == "to" and before == "according") or (w == "with" and before == "interview"):
        return "according"
    if w == "by" and before in _SOURCE_PARTICIPLES:
        return "by"
    return None


#: Nouns of a body, never of a person ("operator", "producer" may be one), before the
#: body's name in apposition ("One company, Orvikon, sells ...").
_BODY_NOUNS = frozenset(
    {"company", "companies", "firm", "group", "organisation", "organization", "charity"}
    | {"agency", "bank", "newspaper", "startup", "start-up", "retailer", "airline", "network"}
    | {"nonprofit", "non-profit", "broadcaster", "insurer", "lender", "magazine", "website"}
    | {"union", "party", "foundation", "institute", "association", "coalition", "NGO"}
    | {"restaurant", "hotel", "resort", "bar", "cafe", "café", "bakery", "brand", "label"}
)

#: Words after "told <Word>" that close the clause: the word is the one told, by name.
_TOLD_CLOSERS = frozenset({".", ",", ":", "that", "on", "in", "last", "this"})

#: Words after a body's word that head a name ("Center for ...", "Court of ...").
_HEAD_LINKS = frozenset({"for", "of", "on"})


def guess_kind(
    toks: list[str],
    i: int,
    j: int,
    lex: Lexicon,
    *,
    initial: bool,
    listed: ActorKind | None = None,
    after_person: bool = False,
    place_after: bool = False,
    again: Callable[[], bool] | None = None,
) -> ActorKind | None:
    """The most likely kind of the unknown run ``toks[i:j]``, or None to leave it out.

    ``listed``: the kind of a known actor it is listed with ("Kyiv, Lviv and
    X"); ``after_person``: a person's name ends right before "at" or "from"
    before it; ``place_after``: a known place follows after a comma ("X, Idaho");
    ``again``: whether the text names the run more than once (asked only when needed: a
    two-word run after "the" with no other evidence is a body only when named again).
    A run with two or more common words is no person ("Retirement System",
    "Natural Resources"): no gold person name has two.
    """
    run = toks[i:j]
    last = run[-1]
    size = j - i
    n = len(toks)
    never = run[0] in lex.never and not (
        (size >= 2 and run[1] in lex.place_suffixes) or (size >= 3 and last in lex.org_suffixes)
    )
    # "National Center for Youth Law": a body's word heads the name, whatever ends it
    headed = any(run[k] in lex.org_suffixes and run[k + 1] in _HEAD_LINKS for k in range(size - 1))
    if never or (last in lex.misc_suffixes and not headed) or last.endswith(_AGE_ENDINGS):
        return None  # months, religions; cups, treaties, ages and other MISC names
    if size == 1 and _ticker_note(toks, i):
        return None  # "(NYSE: ORV)": a stock exchange and a ticker, no actor
    if size >= 2 and run[0] in _SUPERLATIVES:
        return None  # "Best Sleeping Pads", "Top Travel Cards": a buyer's guide's heading
    if size >= 2 and last == "League" and run[-2] in _CONTESTS:
        return None  # "Champions League", "Europa Conference League": a contest, no body
    if size >= 3 and any(t.lower() in lex.function_words for t in run[1:] if t[0].isupper()):
        if i and toks[i - 1] in _MEMBER_OF and again is not None and again():
            return ActorKind.ORGANIZATION  # "... from Stand Up To Hate", named twice: a group
        return None  # "Relief That Works Directly At The Source": a title-case slogan
    if size > 1 and any(t.lower() in lex.pronouns for t in run[1:]):
        return None  # "C. This", "Learn About This"
    if any(map(_lower_compound, run)):
        return None  # "the Nobel Prize-winning economist", "a PFC-free coating": a modifier
    if size >= 2 and last.lower() in lex.titles and toks[j : j + 1] == ["of"]:
        return None  # "..., Managing Director of X": a role, not a name
    if (
        size >= 3
        and last.isalpha()
        and last.lower() in lex.titles
        and run[0] not in lex.given_names
    ):
        return None  # "the International Trade Secretary": a role, not a body
    if last in lex.team_names or (size >= 2 and run[0] in _OUTLET_OPENERS):
        return ActorKind.ORGANIZATION  # "Tarvel Rovers", "Daily Orvik"
    if size == 1 and last in lex.institution_words:
        return ActorKind.ORGANIZATION  # "a speech to Parliament", "the Legislature said"
    if (
        size == 1
        and last in _PAPER_WORDS
        and i >= 1
        and toks[i - 1] == "the"
        and _source_cue(toks, i - 1) is not None
    ):
        return ActorKind.ORGANIZATION  # "in an interview with the Globe": the newspaper
    if size == 1 and (last in lex.org_suffixes or last in lex.place_suffixes):
        return None  # a bare "Ministry" or "Province"
    given_first = run[0] in lex.given_names and size >= 2
    prev = toks[i - 1] if i else ""
    nxt = toks[j] if j < n else ""
    if size == 2 and run[0] in NAME_ADJECTIVES and _known_body(last, lex):
        return ActorKind.ORGANIZATION  # "National Treasury": a state's own body of the name
    if any(t in _CLAUSE_WORDS for t in run):
        return None  # "Why We’re Polarized", "Ann Lee Is a Reporter": a clause in title case
    if _quoted_title(toks, i, j) or _in_title_quote(toks, i, j):
        return None  # “Distant Star”, “So Far Away,”: a title in quotes
    if run[0].lower() in _POSSESSIVES and size >= 2 and nxt.isalpha() and nxt.islower():
        return None  # "Our Zoom panel": a possessive and a noun's modifiers, no name
    if (
        given_first
        and size == 2
        and last in lex.place_suffixes
        and (nxt in lex.speech_verbs or appositive(toks, j, lex) is ActorKind.PERSON)
    ):
        return ActorKind.PERSON  # "Anna Park said", "Anna Park, the city attorney,"
    if size >= 2 and last in ("Centre", "Center") and run[-2] in _VENUE_WORDS:
        return ActorKind.PLACE  # "Tarvel Convention Centre", "Orvik Correctional Center"
    if size >= 2 and last in lex.place_suffixes and "of" not in run and "for" not in run:
        if appositive(toks, j, lex) is ActorKind.ORGANIZATION:
            return ActorKind.ORGANIZATION  # "Orvik Bridge, a London-based research firm"
        return ActorKind.PLACE  # "Times Square", "Bank Street"
    if _place_named(toks, i, lex):
        return ActorKind.PLACE  # "the village of Alma Tarek", "his village, Orda Kalan"
    if (
        i >= 2
        and toks[i - 1] == ","
        and toks[i - 2] in _BODY_NOUNS
        and nxt == ","
        and not (given_first or run[0] in lex.given_names)
    ):
        return ActorKind.ORGANIZATION  # "One company, Orvikon, sells ...": the body named
    for k, t in enumerate(run):
        if t in lex.armed_suffixes:
            return ActorKind.ARMED_GROUP
        if t in lex.org_suffixes and (
            k == size - 1
            or k == 0
            or run[k + 1] in ("of", "for", "and", "&")
            or not (given_first or last in lex.place_suffixes)  # "Imperial College London"
        ):
            return ActorKind.ORGANIZATION
    if all(t.isupper() for t in run if t[0].isalpha()) and (size > 1 or not is_acronym(last)):
        # "NOVYE ATAGI 1996-08-30": a capitals dateline names a place; else a shout
        if nxt == "," or (nxt[:1].isdigit() and "-" in nxt):
            return ActorKind.PLACE
        return None
    if nxt in lex.org_followers or (nxt in POSSESSIVE_MARKS and toks[j + 1 : j + 2] == ["shares"]):
        return ActorKind.ORGANIZATION  # "Pirelli shares", "Petofi chairman"
    if (
        last in lex.place_suffixes
        or (size > 2 and run[0] in lex.place_suffixes)
        or (size >= 2 and run[0] in lex.place_prefixes)
    ):
        return ActorKind.PLACE
    if size == 1 and _code_name(last):
        return None  # "KeyError", "StaticServerTestCase": a name in a program's code
    if any(map(_camel, run)):
        return ActorKind.ORGANIZATION
    if size >= 2 and run[0] in lex.direction_words:
        return ActorKind.PLACE  # "Lower Manhattan", "Eastern Cape"
    if nxt == "-" and j + 1 < n:
        if toks[j + 1] in lex.org_participles:
            return ActorKind.ORGANIZATION  # "Amazon-owned"
        if toks[j + 1] in lex.place_participles:
            return ActorKind.PLACE  # "Mercer Island-based"
    appos = appositive(toks, j, lex)
    if appos is not None and (appos is not ActorKind.PERSON or size >= 2):
        return appos
    low_prev = prev.lower()
    if low_prev in _POSSESSIVES or prev in ("@", "/", "#"):
        return None  # "our Country"; handles and links
    given = run[0] in lex.given_names or _initial(run[0])
    if prev.capitalize() in lex.honorifics or low_prev in lex.kin_nouns:
        return ActorKind.PERSON  # "madam Geingos", "husband Mike"
    example = example_of(toks, i, lex)
    if example is not None and not (given and size >= 2):
        return example
    if _of_place(toks, i, j, lex) and not (given and size >= 2):
        return ActorKind.PLACE
    if _home_after_age(toks, i, j):
        return ActorKind.PLACE
    if size == 1 and _outlet_named(toks, i, lex) and not (is_acronym(last) or last.endswith("s")):
        # "The Verge reported", "according to The Register" (not a family: "The Quells said")
        return ActorKind.ORGANIZATION
    if size == 1 and (last.lower() in lex.common and not last.isupper()):
        if place_after and low_prev in lex.place_preps:
            return ActorKind.PLACE  # "in Bath, Somerset": a town named by a common word
        if low_prev == "told" and not initial and nxt in _TOLD_CLOSERS:
            return ActorKind.ORGANIZATION  # "..., told Vista: ...": a magazine, no noun
        return None
    if size == 1 and _acronym_compound(last):
        return ActorKind.ORGANIZATION  # "Zanu-PF", "Tarvel-ACT": a party or a body's code
    if size == 1 and is_acronym(last):
        if (last.isupper() and last.lower() in lex.common) or _common_acronym(toks, i, lex):
            return None
        if len(last) == 2 and not _body_use(toks, i, lex):
            return None  # "IP", "KV", "PB": two letters the text never spells out, no body
        return ActorKind.ORGANIZATION
    office = _office_of(toks, i, lex)
    if (
        office is not None
        and (size >= 2 or office is ActorKind.PLACE)
        and not (given and size >= 2)
        and _common_words(run, lex) < 2
    ):
        return office  # "vice president of Dunmore Shipping", "the mayor of Tarvel"
    if listed is not None and not (given and size >= 2):
        return ActorKind.PLACE if listed is ActorKind.COUNTRY else listed
    if _org_context(toks, i, lex, after_person) and not (given and size >= 2):
        return ActorKind.ORGANIZATION
    if prev == low_prev and low_prev in lex.org_nouns and not (given and size >= 2):
        return ActorKind.ORGANIZATION  # "newspaper Dagens Nyheter", "the airline X"
    if size >= 2 and given:
        return ActorKind.PERSON
    if size >= 2 and _acronym_last(run):
        return ActorKind.ORGANIZATION  # "Oculus VR": no person's name ends so
    if size >= 2 and _acronym_first(run) and run[0].capitalize() not in lex.given_names:
        # "CVS Health", "IBM Research": no person's name opens so; a body when named again
        return ActorKind.ORGANIZATION if again is not None and again() else None
    if size >= 2 and plural_noun(last, lex):
        return ActorKind.ORGANIZATION  # "Athena Advisers": no person's name
    if nxt in _HOME_NOUNS and low_prev in ("a", "an") and not given:
        return ActorKind.PLACE  # "a Tarvel man", "a Quincy driver": where someone lives
    if (
        nxt.islower()
        and (nxt in lex.member_nouns or nxt in lex.titles)
        and not _role_as_verb(toks, j)
    ):
        return ActorKind.ORGANIZATION  # "Goldman Sachs executive", "Orvik spokesperson"
    if size >= 2 and low_prev in lex.speech_verbs and not initial:
        return _speaker_kind(run, lex)  # "..., said Lotfi Azzouz"
    if size == 1 and last in lex.numbered_nouns and nxt[:1].isdigit():
        return None  # "Section 14", "Proposition 4": a numbered thing, not a team's score
    if nxt.isdigit() and low_prev in _MODEL_DETERMINERS:
        return None  # "the Nanowave 55", "Acme's Magma 15": a product's model, not a score
    if (nxt.isdigit() and not initial) or (size == 1 and nxt.isdigit()):
        return ActorKind.ORGANIZATION  # "Schalke 2", "Essex 532": a team and its score
    if place_after and size <= 3:
        return ActorKind.PLACE
    if low_prev == "the" and not (given and size >= 2) and nxt not in _AREA_NOUNS:
        cue = _source_cue(toks, i - 1)
        if cue is not None and (size >= 2 or cue == "told" or "-" in last):
            # "told the Tarvel Journal", "according to the Orvik-Review" (not "the Quran")
            return ActorKind.ORGANIZATION
    if low_prev == "the" and size >= 2:
        if nxt in _AREA_NOUNS or within_the(toks, i, lex):
            return ActorKind.PLACE  # "in the Tarvel Gyre", "across the Orvik Range"
        if (
            size >= 3
            or nxt == "("
            or (i >= 2 and toks[i - 2] == "at")
            or (nxt in POSSESSIVE_MARKS and toks[j + 1 : j + 2] and toks[j + 1] in lex.given_names)
            or (again is not None and again())
        ):
            # "the Orvik Relief Team", "at the Orvik Kalis", "the Tarvel Post's Ann Lee",
            # "the Tarvel Crew ... the Tarvel Crew"
            return ActorKind.ORGANIZATION
        return None  # "the Hart Space", "the Best Tents": said once, a place or a heading
    if low_prev == "the" and nxt in _AREA_NOUNS and not given:
        return ActorKind.PLACE  # "the Copperfield area", "the Mughraqa neighbourhood"
    if (
        nxt in lex.speech_verbs
        and size <= 3
        and not (low_prev in lex.place_preps and low_prev != "at")
    ):
        # one unknown word that speaks is a body ("Flydubai said"); people come with two
        # (not "police in Tarvel said": the speakers are in the place)
        if size >= 2:
            return _speaker_kind(run, lex)
        if run[0] in lex.given_names or _pronoun_after(toks, j + 1) == "person":
            return ActorKind.PERSON  # "Meghan said she ...": the pronoun is a person's
        return None if initial else ActorKind.ORGANIZATION
    if low_prev == "in" and last in _FIELD_WORDS and i >= 2 and _degree_before(toks, i - 1):
        return None  # "a degree in Computer Science", "a PhD in Political Science": a subject
    if low_prev == "at" and _writers_firm(toks, i, j):
        return ActorKind.ORGANIZATION  # "At Orvik, we ...", "Learn more at Orvik."
    if low_prev in lex.place_preps and size <= 3 and nxt not in POSSESSIVE_MARKS:
        return ActorKind.ORGANIZATION if low_prev == "at" and size >= 2 else ActorKind.PLACE
    if size == 1 and (initial or last.lower() in lex.common):
        return None
    if (
        size == 1
        and prev in ("As", "as")
        and nxt in _REPORT_VERBS
        and last not in lex.given_names
        and (j + 1 >= n or not toks[j + 1][:1].isupper())
    ):
        return ActorKind.ORGANIZATION  # "As Mashable reports, ...": an outlet, named once
    if size == 1 and low_prev == "told" and nxt in _TOLD_CLOSERS:
        return ActorKind.ORGANIZATION  # "..., told Tarvelnews." a newsroom, not a surname
    if (
        size >= 2
        and low_prev == "named"
        and i >= 2
        and toks[i - 2].lower() in _NAMED_PEOPLE
        and not any(t in lex.org_suffixes or t in lex.place_suffixes for t in run)
        and _common_words(run, lex) < 2
    ):
        return ActorKind.PERSON  # "someone named Man Haron Monis": a person, by name
    if size >= 2 and run[0] in _PAPER_ARTICLES and _source_cue(toks, i) is not None:
        return ActorKind.ORGANIZATION  # "in an interview with Le Figaro": a paper
    if size >= 2 and _common_words(run, lex) < 2:
        modifier = nxt.isalpha() and nxt.islower() and not given
        if modifier and low_prev in ("a", "an"):
            # "an Orvik Air flight", "a Gallup Korea poll": a brand before its product
            # (one word is a common word, an acronym or a known name: no person's name);
            # else a title-case modifier ("a Rom Con to ...", "a Tavel-themed club")
            if any(t.lower() in lex.common or is_acronym(t) or t in lex.phrases for t in run):
                return ActorKind.ORGANIZATION
            return None
        if modifier and prev in POSSESSIVE_MARKS and nxt in lex.common and not nxt.endswith("ed"):
            return None  # "the Post's Fact Checker team": a feature's name before a noun
        if size == 2 and _abstract_noun(last, lex):
            return ActorKind.ORGANIZATION  # "Carbon Engineering", "Extinction Rebellion"
        if len(run[0]) > 2 and run[0].lower() in lex.common and run[0] not in lex.given_names:
            return None  # "Public Toilets remain open", "Beer Hall Putsch": no given name
        if adjective(run[0]) and run[0] not in lex.given_names:
            return None  # "Civic Amenity Sites", "Iconic Tarvel spot": an adjective opens it
        if last in _STREET_ABBREVIATIONS:
            return None  # "2344 Bragg St.", "on Cornmarket St": a street's short name
        if (
            len(run[0]) >= 3
            and run[0].isupper()
            and run[0].isalpha()
            and run[0].capitalize() not in lex.given_names
            and run[0] not in lex.phrases
        ):
            return ActorKind.ORGANIZATION  # "ORVIK Outdoors", "TARVEL Co-Op": a brand's capitals
        if _participle(last) and not given:
            return None  # "Guestrooms Grounded in ...": a heading glued to its sentence
        return ActorKind.PERSON
    if size >= 2 and not given and _source_cue(toks, i) is not None:
        return ActorKind.ORGANIZATION  # "reviewed by Market Insider", "told Town Limits"
    return None  # "Great Country", "Retirement System": common words

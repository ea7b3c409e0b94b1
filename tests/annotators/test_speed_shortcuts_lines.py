"""The shortcuts of the line reader and the language check give what the plain reading gives."""

from __future__ import annotations

import re

from geoarticle.annotators.actors._lexicon import lexicon
from geoarticle.annotators.actors._match import _dull, scan_line
from geoarticle.annotators.actors._tokens import _SMALL, line_style, tokenize
from geoarticle.annotators.events.lexicon import _groups, in_group
from geoarticle.annotators.language import _FOLD_SPLITS, _WORD


def _style_read_word_by_word(toks: list[str]) -> str:
    words = [t for t in toks if t[0].isalpha()]
    if len(words) < 2:
        return "prose"
    upper = [w for w in words if w.isupper() and len(w) > 1]
    if len(upper) >= 2 and len(upper) * 5 >= len(words) * 4:
        return "caps"
    if "," not in toks and "(" not in toks:
        content = [w for w in words if w.lower() not in _SMALL]
        caps = [w for w in content if w[0].isupper()]
        if (
            len(content) >= 3
            and len(caps) * 4 >= len(content) * 3
            and toks[-1] not in (".", "?", "!")
        ):
            return "headline"
    return "prose"


def test_line_style_shortcut_agrees_with_the_word_by_word_reading() -> None:
    lines = [
        "Mayor Tilda Brack said, on Friday, that the bridge would open.",
        "FLOOD WARNING FOR LOWER VALE, RESIDENTS TOLD",
        "FLOOD WARNING, LOWER VALE",
        "Council Votes To Close Riverside Depot",
        "A, B and C met (briefly) in Orlek.",
        "US, UK and EU envoys met, officials said.",
        "the plan, it said, was new",
        "3M, ",
    ]
    for text in lines:
        toks = tokenize(text)[0]
        assert line_style(toks) == _style_read_word_by_word(toks), text


def test_scan_line_reads_a_line_alike_before_and_after_learning_its_words() -> None:
    lex = lexicon()
    lines = [
        "The minister met Governor Ada Velk in Paris on Monday, the ministry said.",
        "the prime minister and the president spoke to the foreign minister",
        "MINISTER OF HEALTH VISITS PARIS",
        "In Parliament, Senator Ada Velk and the Velk Institute for Policy spoke.",
    ]
    dull = _dull(lex)
    for text in lines:
        toks = tokenize(text)[0]
        style = line_style(toks)
        first = repr(scan_line(toks, style, lex))
        assert repr(scan_line(toks, style, lex)) == first  # the words now known to open nothing
    # words that open a title or a known name are never learnt as words that open nothing
    assert not {"minister", "president", "Paris", "Governor", "MINISTER"} & dull


def test_a_lower_case_title_still_opens_a_title_after_many_lines() -> None:
    lex = lexicon()
    toks = tokenize("the foreign minister met the press in the hall")[0]
    for _ in range(3):
        tags = [s.tag for s in scan_line(toks, "prose", lex)]
    assert tags == [s.tag for s in scan_line(toks, "prose", lex)]


def test_folding_a_text_whole_cuts_the_words_folding_each_cuts() -> None:
    letter = re.compile(r"[^\W\d_]")
    # (the characters below U+2000, where every one of them lies: a full sweep is slow)
    splitters = {
        c
        for c in map(chr, range(0x2000))
        if bool(letter.fullmatch(c)) != all(letter.fullmatch(x) for x in c.casefold())
        and (letter.fullmatch(c) or any(letter.fullmatch(x) for x in c.casefold()))
    }
    assert splitters == {c for c in splitters if _FOLD_SPLITS.match(c)}
    text = "Straße, ΣΟΦΊΑ und Ǆemal: Kælder-Ĳssel ÆON"
    assert _FOLD_SPLITS.search(text) is None
    assert _WORD.findall(text.casefold()) == [w.casefold() for w in _WORD.findall(text)]
    assert _FOLD_SPLITS.search("İstanbul") is not None


def test_in_group_memo_answers_as_the_table() -> None:
    for group, members in _groups().items():
        for code in sorted(members)[:5]:
            assert in_group(code, group)
            assert in_group(code, group)  # (from the memo)
        assert in_group("99", group) == ("99" in members)

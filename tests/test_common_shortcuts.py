"""Shortcuts in the shared extraction machinery that must not change a claim: the
live-blog time stamp check read once per article, the article's full names read only
when a role's name needs them, and patterns tried at word starts only."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from factcheck.extract import actions, common, dates, extract, history
from factcheck.extract.common import _ENTRY_TIME, _has_entry_times
from factcheck.extract.scan import anchored_finditer, occurrences, word_finditer
from factcheck.lexicon import DEMONYMS

from .conftest import SAMPLE_TEXTS as TEXTS
from .conftest import make_document

_CRAFTED = [
    "",
    "\n",
    "09:15 - Rescue teams reach the village\nMore text.",
    "Headline\n\n**16:40** - The toll rises to 12.",
    "Headline\n\n  3.05 p.m. — Officials speak.",
    "Headline\n\n[10:05] | Update",
    "Headline\n\n# 7:30am: Polls open",
    "Headline\n\n2 people died. 10:30 was the time.",
    "Headline\n\n12.50 per share\n1999 was a year.",
    "Headline\n\n 24:99 - no time, but a stamp's shape",
]


@pytest.mark.parametrize("text", [*(p.read_text(encoding="utf-8") for p in TEXTS
                                    if p.is_file()), *_CRAFTED])
def test_entry_times_found_at_every_line_start(text: str) -> None:
    starts = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
    expected = any(_ENTRY_TIME.match(text, s) for s in starts)
    assert _has_entry_times(make_document(text)) == expected


def test_crafted_entry_times() -> None:
    found = [_has_entry_times(make_document(t)) for t in _CRAFTED]
    assert found == [False, False, True, True, True, True, True, False, False, True]


def test_a_lone_surname_still_finds_the_full_name() -> None:
    text = ("Rescuers Search Rubble\n\nMaria Lind arrived in Oslo on Monday. Lind, the finance "
            "minister, said the budget would pass.\n")
    roles = [(c.key, c.value) for c in extract(make_document(text, dt.date(2025, 3, 3)))
             if c.kind == "role"]
    assert roles == [("maria lind", "finance minister")]


# Patterns `candidates` and actions find at word starts only (`scan.word_finditer`):
# every match starts a word. Near misses: glued to a word or a digit before, after an
# apostrophe or a non-ASCII letter, letters that only ignoring case makes ASCII.
_WORD_START_TEXTS = [
    "on Monday, last Tuesday, earlier that Sunday; yesterday and TODAY, xMonday _Friday",
    "éMonday 2Monday 'Monday ſunday frıday Mondays onMonday on  Monday, next\nWednesday",
    "their second summit, the 2nd meeting, x2nd visit, 12th round of talks; first trip",
    "annual meetings between their defense ministers; biannual summits, xannual talks",
    "the first visit since 2019, the highest turnout in seven years; firstly, _first",
    "Its first state visit in more than a decade. The largest since the 2011 blackout",
    "the first launch since its debut flight in 2023; the worst since the FLOODS in 2011",
]


def _word_start_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [("RELATIVE_RE", dates.RELATIVE_RE), ("_ORDINAL_RE", history._ORDINAL_RE),
            ("NOUN_FORM", actions.NOUN_FORM),
            *((f"PATTERNS[{i}]", history.PATTERNS[i]) for i in sorted(history._STARTS_FIRST))]


@pytest.mark.parametrize(("name", "pattern"), _word_start_patterns(),
                         ids=[n for n, _ in _word_start_patterns()])
def test_word_start_patterns_find_the_same(name: str, pattern: re.Pattern[str]) -> None:
    texts = [*(p.read_text(encoding="utf-8") for p in TEXTS if p.is_file()),
             *_WORD_START_TEXTS]
    seen = 0
    for text in texts:
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in word_finditer(pattern, text)] == expected
        seen += len(expected)
    assert seen, f"{name} matches nothing in the test texts: the check proves nothing"


_AT_WORDS = [*((f"PATTERNS[{i}]", history.PATTERNS[i], history._FIRST_WORDS)
                for i in sorted(history._STARTS_FIRST)),
             ("NOUN_FORM", actions.NOUN_FORM, actions._FREQ_FIRST_WORDS)]


@pytest.mark.parametrize(("name", "pattern", "words"), _AT_WORDS, ids=[n for n, *_ in _AT_WORDS])
def test_patterns_tried_at_their_words_find_the_same(
        name: str, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
    texts = [*(p.read_text(encoding="utf-8") for p in TEXTS if p.is_file()),
             *_WORD_START_TEXTS, "the FIRST visit since 2019; ſtrongest since 2001; "
             "thirst since 2019, firsts since 2019, the bestselling since 2010, first  since"
             "\n2011; the worst in 12 years, deadliest in a decade, WORST IN TEN YEARS",
             "Annually meetings, ANNUAL SUMMITS between the leaders, every  year talks, "
             "once a year summit; biannual meetings, twice a\nyear talks, eachannual meetings"]
    seen = 0
    for raw in texts:
        doc = make_document(raw)
        text = doc.text
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        at = occurrences(doc, words)
        assert [(m.span(), m.groups())
                for m in anchored_finditer(pattern, text, at, 0)] == expected
        seen += len(expected)
    assert seen, f"{name} matches nothing in the test texts: the check proves nothing"


# `dates.date_finditer` tries DATE_RE only where a match can start.
_DATE_TEXTS = [
    "2024-25 March, 3rd to 5th March, from 3 through 7 June 2025, 10 - 12 Dec. and 5March",
    "early-March 2025, yearly March 2025, mid March, late\nMarch, amid May 2024 talks",
    "1\u0663 March, 21\u00a0\u00a0March, on 31st  \n  December, 3 until 4 Nov, 3 till 4 Nov",
    "2019-10-2012-05-06 and x2019-01-05, 2025-13-01, 2025-01-32, (2025-02-28)",
    "Marches, Mayor, Junes, Jan 5 2026, Sept. 8, 2011, Sep 8-9 2011, 8-9 Sep 2011",
    "5 March", "in March 2024", "2025-01-05", "late May 2024", "12, 5 March 2024 and 2,5 March",
]


def test_date_finditer_finds_what_finditer_finds() -> None:
    texts = [*(p.read_text(encoding="utf-8") for p in TEXTS if p.is_file()), *_DATE_TEXTS]
    seen = 0
    for text in texts:
        expected = [(m.span(), m.groups()) for m in dates.DATE_RE.finditer(text)]
        assert [(m.span(), m.groups()) for m in dates.date_finditer(text)] == expected, text
        seen += len(expected)
    for text in _DATE_TEXTS:
        assert dates.DATE_RE.search(text), text  # each holds a date: it tests something
    assert seen


# `dates.relative_finditer` tries RELATIVE_RE only at its words and the modifiers before.
_RELATIVE_TEXTS = [
    "on Monday, last Tuesday, earlier that Sunday, later  that\nFriday, early on Saturday",
    "xlast Monday, ON MONDAY, ſunday, frıday, FRİDAY, the Monday after, Monday, March 3",
    "yesterday, TODAY and tomorrow's; todays, Mondays, late on Wednesday 5, next\tThursday",
    "Monday", "on Monday", "it was that  Tuesday", "earlier on Sunday's", "this\u00a0Friday",
]


def test_relative_finditer_finds_what_finditer_finds() -> None:
    texts = [*(p.read_text(encoding="utf-8") for p in TEXTS if p.is_file()), *_RELATIVE_TEXTS]
    seen = 0
    for raw in texts:
        doc = make_document(raw)
        text = doc.text  # normalized: the folding test needs texts as extractors see them
        expected = [(m.span(), m.groups()) for m in dates.RELATIVE_RE.finditer(text)]
        found = dates.relative_finditer(doc)
        assert [(m.span(), m.groups()) for m in found] == expected, text
        seen += sum(m[1][0] is not None for m in expected)  # with a modifier
    assert seen


def _name_phrases_as_written_before(sentence: str) -> set[tuple[str, ...]]:
    """`common.name_phrases` before its words to drop were one set."""
    phrases: set[tuple[str, ...]] = set()
    for m in common._NAME_SEQ.finditer(sentence):
        words = re.split(r"[- ]", m.group().lower())
        if any(w in DEMONYMS for w in words) and all(
            w in DEMONYMS or w in common._TITLE_WORDS for w in words
        ):
            continue
        phrase = tuple(w for w in words if w not in common._TITLE_WORDS
                       and w not in common._NOT_NAME_WORDS
                       and w.capitalize() not in common._NOT_PLACES and len(w) > 1)
        if phrase:
            phrases.add(phrase)
    return phrases


def test_name_phrases_as_before() -> None:
    texts = [*(p.read_text(encoding="utf-8") for p in TEXTS if p.is_file()),
             "President Lee Jae-myung met Prime Minister Sanae Takaichi and Mr Xi Jinping. "
             "South Korean President Lee, The Hague, In Washington, Spring Summit-Meeting. "
             "Spokeswoman Ana Ruiz-Lopez, Mrs Ms Dr Go X Typhoon Kalmaegi, Monday Report"]
    seen = 0
    for text in texts:
        for sentence in text.split("\n"):
            expected = _name_phrases_as_written_before(sentence)
            assert common.name_phrases(sentence) == expected, sentence
            seen += len(expected)
    assert seen

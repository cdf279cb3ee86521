"""Some extractors skip a pattern's scan when the article holds none of the words every
match of that pattern holds (`scan.contains_any`). The skip must never lose a match:
every match holds one of the words, in the case-folding `re.IGNORECASE` uses."""

from __future__ import annotations

import re

import pytest

from factcheck.extract import actions, dates, history
from factcheck.extract.scan import contains_any, folded_text

from .conftest import SAMPLE_TEXTS as TEXTS
from .conftest import make_document

CHECKS: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    ("dates.RELATIVE_RE", dates.RELATIVE_RE, dates._RELATIVE_WORDS),
    ("history._ORDINAL_RE", history._ORDINAL_RE, history._ORDINAL_EVENT_WORDS),
    ("actions.NOUN_FORM", actions.NOUN_FORM, actions._MEETING_WORDS),
    ("actions.NOUN_FORM freq", actions.NOUN_FORM, tuple(actions._FREQ)),
    ("actions.VERB_FORM", actions.VERB_FORM, actions._VERB_WORDS),
    ("actions.VERB_FORM freq", actions.VERB_FORM, tuple(actions._FREQ)),
    *[(f"history.PATTERNS[{i}]", p, words)
      for i, (p, words) in enumerate(zip(history.PATTERNS, history._NEEDS_WORD, strict=True))],
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [*(p.read_text(encoding="utf-8") for p in TEXTS if p.is_file()),
            "It was the company's first launch since its debut flight in 2023, when it broke "
            "apart. The largest rally since the 1989 protests in 1989 was held."]


@pytest.mark.parametrize(("name", "pattern", "words"), CHECKS, ids=[c[0] for c in CHECKS])
def test_every_match_holds_a_word(name: str, pattern: re.Pattern[str], words: tuple[str, ...],
                                  texts: list[str]) -> None:
    seen = 0
    for text in texts:
        for m in pattern.finditer(text):
            seen += 1
            match_doc = make_document(m.group())
            assert contains_any(match_doc, words), (name, m.group())
    assert seen, f"{name} matches nothing in the test texts: the check proves nothing"


def test_folding_is_the_one_re_uses() -> None:
    # the long s and the dotless i are an "s" and an "i" to re.IGNORECASE, not to lower()
    for text in ("SUNDAY", "ſunday", "FRIDAY", "frıday", "FRİDAY"):
        assert dates.RELATIVE_RE.search(text)
        assert contains_any(make_document(text), dates._RELATIVE_WORDS), text
    # the dotted capital I lowers to two characters: folded first, offsets stay put
    text = "İstanbul, Friday"
    assert len(folded_text(make_document(text))) == len(text)


def test_no_word_no_scan() -> None:
    assert not contains_any(make_document("The leaders met at the palace."),
                            dates._RELATIVE_WORDS)


# Lookaheads written at the head of a pattern only to make `re` reject most offsets at
# once: they must hold wherever a match starts, so the pattern finds what it found
# without them.
TRICKY = ["yearly March 2025 and timid-June 2024, mid-May 2023, late June 2022",
          "On 5-7 March 2026, then Jan. 4 to 7, 2026, 2026-01-05, 3 March",
          "They haven't met in 11 years; no leader had visited since 2011.",
          "NOT SINCE 1999 has a summit ... didn't happen for a decade"]


def _same_matches(a: re.Pattern[str], b: re.Pattern[str], texts: list[str]) -> None:
    for text in [*texts, *TRICKY]:
        assert [(m.span(), m.groups()) for m in a.finditer(text)] == \
            [(m.span(), m.groups()) for m in b.finditer(text)]


def test_date_lookahead_loses_no_date(texts: list[str]) -> None:
    _same_matches(re.compile(dates._DATE_FORMS, re.VERBOSE), dates.DATE_RE, texts)


@pytest.mark.parametrize("index", [5, 6])
def test_negation_lookahead_loses_no_match(index: int, texts: list[str]) -> None:
    pattern = history.PATTERNS[index]
    assert "(?=n)" in pattern.pattern
    without = re.compile(pattern.pattern.replace("(?=n)", "", 1), pattern.flags)
    _same_matches(without, pattern, texts)


def test_full_name_run_reads_as_before(texts: list[str]) -> None:
    # roles._FULL_NAME_RUN starts with its capital so that `re` can skip ahead; it must
    # find the runs the plain form finds
    from factcheck.extract import roles

    plain = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]+(?:[ ]+|$)){2,5}")
    tricky = ["Ana Ruiz met Xi Jinping", "McDonald Lee-Kim O'Neil Park Ji Sung Min", "A B",
              "al-Sadr Ali Khan", "xAna Ruiz", "'Ana Ruiz'", "Ana\nRuiz Lopez"]
    for text in [*texts, *tricky]:
        assert [m.span() for m in plain.finditer(text)] == \
            [m.span() for m in roles._FULL_NAME_RUN.finditer(text)], text


def test_relative_lookahead_loses_no_day(texts: list[str]) -> None:
    tricky = ["earlier that Sunday, later on Monday", "Last  Friday; next\nTuesday, 5",
              "on Monday, March 3; ONTUESDAY; today and tomorrow", "the Tuesday evening"]
    _same_matches(re.compile(dates._RELATIVE_FORMS, re.IGNORECASE), dates.RELATIVE_RE,
                  [*texts, *tricky])


def test_words_before_a_title_read_as_before(texts: list[str]) -> None:
    # roles._WORD_BEFORE and _TWO_WORDS_BEFORE start with a lookbehind that only saves
    # work: they must find what the plain forms find, line start to each title
    from factcheck.extract import roles

    plain_word = re.compile(r"([\w'’.-]+)[ ]+$")
    plain_two = re.compile(r"([\w.]+[ ]+[\w'’.-]+)[ ]+$")
    befores = ["South Korea's Foreign ", "the U.S. ", "  ", "x-ray's  ", "(Reuters) -- ",
               "Mines and Energy ", "Korea's ", "a.b'c  "]
    for text in texts:
        for m in roles._HEAD_RE.finditer(text):
            befores.append(text[text.rfind("\n", 0, m.start()) + 1 : m.start()])
    for before in befores:
        for plain, fast in ((plain_word, roles._WORD_BEFORE), (plain_two, roles._TWO_WORDS_BEFORE)):
            a, b = plain.search(before), fast.search(before)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), before

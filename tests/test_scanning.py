"""Counts and durations search some patterns only where a match can start (a word's
start, a digit, a line with a colon): they must find exactly what `finditer` finds."""

from __future__ import annotations

import re

import pytest

import factcheck.extract  # noqa: F401  (runs compact_modules)
from factcheck.extract import counts, durations

from .conftest import SAMPLE_TEXTS as TEXTS
from .conftest import make_document

# where a match starts or ends next to another, at the text's edges, and letters that
# only ignoring case make ASCII ("ſ" is "s", "K" is "k")
TRICKY = [
    "Two people were killed", "seven", "A380 jets, 12,345 and x12,345.6 or 5million",
    "twenty-five, Twenty five and TWENTY-FIVE; a dozen, dozens, a  hundred and one",
    "(three)four\nfive-six 7eight nine_ten ſeven éseven Kseven ٣ dozen 12",
    "Dozens of people were killed, hundreds evacuated and a handful of homes-",
    "several' dozens-of-people scores\nthousands", "the talks lasted two hours",
    "he was sentenced to 14 years; held in Minsk for 16 months and jailed for 12 years",
    "Dead: 14\n* Injured: 20\nno label: here\n:\nMissing: about 12 people\nDead: 3",
    "Dead: 14 Injured: 3\nDead: about\n12\n**Killed**: 7, according to police",
    "about 1,500-day talks, over 2.5-hour meeting; x.5-day visit, 1,5-day summit, 5.-day",
    "some twenty-five thousand and five-year plan. Nearly 3 years in custody, (two)-day",
    "leftover 5-day strike, a 90-minute-long summit, after 38 hours of talks and a 14-year "
    "prison sentence; no fewer than one hundred and twenty-five\nthousand-hour day-long talks",
]


def _found(matches: object) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in TEXTS if p.is_file()] + TRICKY


@pytest.mark.parametrize("pattern", [durations.VERBAL, durations.SENTENCE,
                                     durations.DETENTION_FOR, counts._VAGUE_RE],
                         ids=["VERBAL", "SENTENCE", "DETENTION_FOR", "VAGUE"])
def test_word_finditer_finds_the_same(pattern: re.Pattern[str], texts: list[str]) -> None:
    for text in texts:
        assert _found(durations.word_finditer(pattern, text)) == _found(pattern.finditer(text))


def test_word_finditer_wants_ignore_case_only() -> None:
    with pytest.raises(ValueError):
        list(durations.word_finditer(re.compile(r"\bx", re.MULTILINE), "x"))
    plain = re.compile(r"\b(?:Two|three)\b")
    assert _found(durations.word_finditer(plain, "Two two three")) == _found(
        plain.finditer("Two two three"))


@pytest.mark.parametrize("pattern, junctions, units", [
    (durations.ADJECTIVAL, durations.ADJECTIVAL_JUNCTION, True),
    (durations.DETENTION_IN, durations.DETENTION_IN_JUNCTION, True),
    (durations.SENTENCE_NOUN, durations.SENTENCE_NOUN_JUNCTION, True),
    (durations.OF_EVENT, durations.OF_EVENT_JUNCTION, False),
], ids=["ADJECTIVAL", "DETENTION_IN", "SENTENCE_NOUN", "OF_EVENT"])
def test_junction_finditer_finds_the_same(pattern: re.Pattern[str],
                                          junctions: re.Pattern[str], units: bool,
                                          texts: list[str]) -> None:
    for text in texts:
        at = [j.start() for j in durations.UNIT_JUNCTION.finditer(text)] if units else None
        assert _found(durations.junction_finditer(pattern, junctions, text, at)) == _found(
            pattern.finditer(text))
        assert _found(durations.junction_finditer(pattern, junctions, text)) == _found(
            pattern.finditer(text))


def test_numbers_finds_the_same(texts: list[str]) -> None:
    for text in texts:
        assert _found(counts._numbers(text)) == _found(counts.NUMBER_RE.finditer(text))
        for pos, endpos in ((1, len(text)), (3, len(text) - 2), (len(text) // 2, len(text))):
            assert _found(counts._numbers(text, pos, endpos)) == _found(
                counts.NUMBER_RE.finditer(text, pos, endpos))


# where a number starts inside a run of digits, after "a", and in words `re` folds to ASCII
NUMBERS = ["12,3456 and 1,2345,678", "a hundred, A  Dozen, a\nhundred and five, a dozen",
           "twenty-five Twenty Five TWENTYfive ſeven seventy-ſix fourteen hundredth",
           "a hundreds, hundred, million five, ninety-nine thousand", "5five five5 ٣٤ x12"]


def test_article_numbers_finds_the_same(texts: list[str]) -> None:
    for raw in [*texts, *NUMBERS, " ".join(NUMBERS)]:
        doc = make_document(raw)
        assert _found(counts._article_numbers(doc)) == _found(
            counts.NUMBER_RE.finditer(doc.text))


def test_label_lines_finds_the_same(texts: list[str]) -> None:
    for text in texts:
        assert _found(counts._label_lines(text)) == _found(counts._LABEL_LINE.finditer(text))
    boxes = next(t for t in TRICKY if t.startswith("Dead: 14\n"))
    assert len(list(counts._label_lines(boxes))) == 4


def test_reference_words_are_within_reach(texts: list[str]) -> None:
    words = re.findall(r"\\b([\w\\.]+)|#", counts._REFERENCE_BEFORE.pattern)
    assert max(len(w.replace("\\", "")) for w in words if w) == counts._REFERENCE_REACH
    befores = ["room  ", "No. 9 ", "category\n", "xcategory ", "#", " # \n ", "page\u00a0"]
    for text in texts:
        befores += [text[max(0, m.start() - 30) : m.start()] for m in re.finditer(r"\d+", text)]
    for before in befores:
        reach = max(0, len(before.rstrip()) - counts._REFERENCE_REACH)
        assert bool(counts._REFERENCE_BEFORE.search(before, reach)) == bool(
            counts._REFERENCE_BEFORE.search(before)), before


def test_of_rain_is_in_every_rain_window(texts: list[str]) -> None:
    # "[Oo]" in `_OF_RAIN` is what "o" matches ignoring case
    every_character = "".join(map(chr, range(0x110000)))
    assert re.findall("o", every_character, re.IGNORECASE) == ["O", "o"]
    for text in [*texts, "437 MM OF RAIN fell in 48 hours", "2 inches Of\nRainfall in 3 days"]:
        for m in durations.RAIN_WINDOW.finditer(text):
            assert durations._OF_RAIN.search(m.group())

"""Counts and durations search some patterns only where a match can start (a word's
start, a digit, a line with a colon): they must find exactly what `finditer` finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import factcheck.extract  # noqa: F401  (runs compact_modules)
from factcheck.extract import counts, durations

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted(
    [*ROOT.glob("seeds/*"), *ROOT.glob("tests/clusters/*/*"),
     *ROOT.glob("factcheck/extract/corpus/*.txt")]
)
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
]


def _found(matches: object) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in TEXTS if p.is_file()] + TRICKY


@pytest.mark.parametrize("pattern", [durations.VERBAL, durations.SENTENCE,
                                     durations.DETENTION_FOR, counts._VAGUE_RE])
def test_word_finditer_finds_the_same(pattern: re.Pattern[str], texts: list[str]) -> None:
    for text in texts:
        assert _found(durations.word_finditer(pattern, text)) == _found(pattern.finditer(text))


def test_word_finditer_wants_ignore_case_only() -> None:
    with pytest.raises(ValueError):
        list(durations.word_finditer(re.compile(r"\bx", re.MULTILINE), "x"))
    plain = re.compile(r"\b(?:Two|three)\b")
    assert _found(durations.word_finditer(plain, "Two two three")) == _found(
        plain.finditer("Two two three"))


def test_numbers_finds_the_same(texts: list[str]) -> None:
    for text in texts:
        assert _found(counts._numbers(text)) == _found(counts.NUMBER_RE.finditer(text))
        for pos, endpos in ((1, len(text)), (3, len(text) - 2), (len(text) // 2, len(text))):
            assert _found(counts._numbers(text, pos, endpos)) == _found(
                counts.NUMBER_RE.finditer(text, pos, endpos))


def test_label_lines_finds_the_same(texts: list[str]) -> None:
    for text in texts:
        assert _found(counts._label_lines(text)) == _found(counts._LABEL_LINE.finditer(text))
    assert len(list(counts._label_lines(TRICKY[-2]))) == 4

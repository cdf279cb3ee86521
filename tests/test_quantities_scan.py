"""The money, percentage and measurement scans leave numbers in words out of a document
where none has its unit after it: they must find exactly what the full patterns find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.extract import quantities

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted(
    [*ROOT.glob("seeds/*"), *ROOT.glob("tests/clusters/*/*"),
     *ROOT.glob("factcheck/extract/corpus/*.txt")]
)
PHRASES = [
    "Turnout was twenty per cent, up from 18%.",
    "a rise of Seven Percent; another of nine %",
    "a fall of two percentage points",
    "It cost five million dollars, or $5m.",
    "a hundred euros and Twenty-Five Thousand Pounds",
    "five trillion won; the party won 45 seats",
    "fifty bn yen, 3 m dollars, nine mn USD",
    "a depth of ten kilometres (six miles), 35 km deep",
    "forty-five - km of road, one hundred and twenty feet high",
    "temperatures of thirty °C, twelve degrees Celsius, nine C",
    "no number here at all",
]

SCANS = [
    ("_MONEY", "_MONEY_DIGITS", "_MONEY_AFTER_WORDS"),
    ("_PERCENT", "_PERCENT_DIGITS", "_PERCENT_AFTER_WORDS"),
    ("_MEASURE", "_MEASURE_DIGITS", "_MEASURE_AFTER_WORDS"),
]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _texts() -> list[str]:
    files = [p.read_text(encoding="utf-8") for p in TEXTS if p.is_file()]
    return [*PHRASES, *files, " ".join(PHRASES)]


@pytest.mark.parametrize("names", SCANS, ids=[s[0] for s in SCANS])
def test_scan_finds_what_the_full_pattern_finds(names: tuple[str, str, str]) -> None:
    full, digits, after = (getattr(quantities, n) for n in names)
    assert full.groupindex == digits.groupindex
    for text in _texts():
        ends = [m.end() for m in quantities._NUMBER_WORD.finditer(text)]
        chosen = quantities._scan_pattern(text, ends, full, digits, after)
        assert _found(chosen, text) == _found(full, text), text[:80]


@pytest.mark.parametrize("names, text", [
    (SCANS[0], "It cost five million dollars."),
    (SCANS[1], "Turnout was twenty per cent."),
    (SCANS[2], "a depth of ten kilometres"),
])
def test_full_pattern_only_where_a_number_in_words_has_its_unit(
    names: tuple[str, str, str], text: str
) -> None:
    full, digits, after = (getattr(quantities, n) for n in names)
    ends = [m.end() for m in quantities._NUMBER_WORD.finditer(text)]
    assert quantities._scan_pattern(text, ends, full, digits, after) is full
    plain = "Two firms: it rose 20% to $5m over 3 km."
    ends = [m.end() for m in quantities._NUMBER_WORD.finditer(plain)]
    assert quantities._scan_pattern(plain, ends, full, digits, after) is digits

"""`numbers.range_before` skips its search where the text before the number does not end
in a range's separator, and `parse_number` reads plain digits without its pattern: both
must give what the plain versions give."""

from __future__ import annotations

import re
import sys

from factcheck import numbers

from .conftest import SAMPLE_TEXTS

PHRASES = [
    "between 120 and 130 people", "120-130", "120 - 130", "120 TO 130", "20% to 25%",
    "from 120 to 130", "4-5 billion", "between five AND\n9", "US$1.2 to 1.5", "no range 5",
    "twelve to\t\n15", "the 1990s-2000s", "x-5", "-5", "AND 5", "a 3 ANd 4", "ſix to 7",
]


def _plain_range_before(text: str, lo: int, start: int, high: float, scale: float = 1.0,
                        *, percent: bool = False) -> tuple[numbers.Interval, int] | None:
    """`range_before` without the separator precheck."""
    saved = numbers._ends_in_separator
    numbers._ends_in_separator = lambda *_: True  # type: ignore[assignment]
    try:
        return numbers.range_before(text, lo, start, high, scale, percent=percent)
    finally:
        numbers._ends_in_separator = saved  # type: ignore[assignment]


def _texts() -> list[str]:
    files = [p.read_text(encoding="utf-8") for p in SAMPLE_TEXTS if p.is_file()]
    return [*PHRASES, " ".join(PHRASES), *files]


def test_separator_letters_match_only_themselves() -> None:
    """The precheck lowercases: no other character may match the letters it looks for."""
    for letter in "tandoTANDO":
        pattern = re.compile(re.escape(letter), re.IGNORECASE)
        for code in range(sys.maxunicode + 1):
            if pattern.fullmatch(chr(code)):
                assert chr(code).lower() == letter.lower(), (letter, hex(code))


def test_range_before_with_precheck_is_the_same() -> None:
    for text in _texts():
        for m in numbers.NUMBER_RE.finditer(text):
            high = numbers.parse_number(m.group()) or 0.0
            for lo in (0, max(0, m.start() - 20)):
                for percent in (False, True):
                    got = numbers.range_before(text, lo, m.start(), high, percent=percent)
                    want = _plain_range_before(text, lo, m.start(), high, percent=percent)
                    assert got == want, text[max(0, m.start() - 60) : m.end()]


def test_digit_is_decimal() -> None:
    """`parse_number` tries its pattern only on text that starts with a decimal digit."""
    digit = re.compile(r"\d")
    for code in range(sys.maxunicode + 1):
        assert bool(digit.fullmatch(chr(code))) == chr(code).isdecimal(), hex(code)


def test_parse_number_of_plain_digits() -> None:
    pattern = numbers._DIGITS_SCALED
    for raw in ["0", "7", "007", "2026", " 12 ", "1234567890123", "12,000", "4.5", "٣", "²",
                "twenty-five", "a hundred", "5 million", "٣ thousand", ".5", "x5", "five 5"]:
        t = raw.strip().lower()
        m = pattern.fullmatch(t)
        if m:
            want = float(m.group(1).replace(",", "")) * numbers.SCALES.get(m.group(2) or "", 1)
        else:
            want = numbers._parse_words(t)
        assert numbers.parse_number(raw) == want, raw

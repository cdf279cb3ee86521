"""Numbers as news copy writes them: digits, words, scales and approximations.

A small table of number words serves better here than a library: we need the span of
each number in the text (for evidence) and the hyphenated adjective forms ("four-day",
"90-minute") that general number parsers leave alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "lakh": 100_000, "lakhs": 100_000,
          "crore": 10_000_000, "crores": 10_000_000, "million": 1_000_000,
          "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
SCALE_ABBREV = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
                "bn": 1_000_000_000, "b": 1_000_000_000, "bln": 1_000_000_000,
                "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}

_unit_alt = "|".join(sorted(UNITS, key=len, reverse=True))
_tens_alt = "|".join(TENS)
_small = rf"(?:(?:{_tens_alt})(?:[- ](?:{_unit_alt}))?|{_unit_alt})"
_hundreds = rf"(?:(?:{_small}|a)\s+hundred(?:\s+(?:and\s+)?{_small})?|{_small})"
WORD_NUMBER = (
    rf"(?:{_hundreds}(?:\s+(?:thousand|million|billion|trillion)(?:\s+(?:and\s+)?{_hundreds})?)?)"
)
DIGIT_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
NUMBER = (
    rf"(?:{DIGIT_NUMBER}(?:\s*(?:hundred|thousand|lakhs?|crores?|million|billion|trillion)\b)?"
    rf"|\b{WORD_NUMBER}\b|\ba\s+dozen\b|\bdozen\b)"
)
NUMBER_RE = re.compile(NUMBER, re.IGNORECASE)

# Approximation words and the interval they give around a value x.
APPROX = {
    "more than": "gt", "over": "gt", "above": "gt", "upwards of": "gt", "in excess of": "gt",
    "at least": "ge", "no fewer than": "ge", "no less than": "ge", "a minimum of": "ge",
    "nearly": "near", "almost": "near", "close to": "near", "just under": "near",
    "fewer than": "lt", "less than": "lt", "under": "lt", "below": "lt",
    "up to": "le", "as many as": "le", "at most": "le", "no more than": "le",
    "about": "about", "around": "about", "roughly": "about", "some": "about",
    "approximately": "about", "an estimated": "about", "estimated": "about",
    "more or less": "about", "just over": "gtnear", "just above": "gtnear",
}
APPROX_RE = rf"(?:{'|'.join(sorted((re.escape(k) for k in APPROX), key=len, reverse=True))})"
# Vague quantities with interval meaning.
VAGUE = {"dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999),
         "thousands": (2000, 9999), "tens of thousands": (20_000, 99_999),
         "hundreds of thousands": (200_000, 999_999), "millions": (2_000_000, 9_999_999),
         "several": (3, 9), "a few": (2, 5), "a handful of": (2, 6)}


_DIGITS_SCALED = re.compile(
    rf"({DIGIT_NUMBER})\s*(hundred|thousand|lakhs?|crores?|million|billion|trillion)?")


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words; None if it is not one."""
    t = text.strip().lower().replace("\u00a0", " ")
    if not t:
        return None
    if t.isascii() and t.isdigit():
        return float(t)  # what _DIGITS_SCALED reads of plain digits, without it
    if t in ("a dozen", "dozen"):
        return 12.0
    # a match starts with `\d`, which reads exactly what `str.isdecimal` does
    m = _DIGITS_SCALED.fullmatch(t) if t[0].isdecimal() else None
    if m:
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value *= SCALES[m.group(2)]
        return value
    return _parse_words(t)


_WORD_BREAKS = re.compile(r"[\s-]+")


def _parse_words(t: str) -> float | None:
    total = 0
    current = 0
    seen = False
    for word in _WORD_BREAKS.split(t):
        if word in ("and", ""):
            continue
        if word == "a":
            current = 1
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


@dataclass(frozen=True)
class Interval:
    """A value as an interval: exact values have low == high."""

    low: float
    high: float
    approx: bool


def approx_interval(value: float, word: str | None) -> Interval:
    """The interval meant by `word value` ("over 200" -> (200, inf))."""
    if not word:
        return Interval(value, value, False)
    how = APPROX.get(" ".join(word.lower().split()), "about")
    inf = float("inf")
    step = max(abs(value) * 1e-6, 1e-9)
    if how == "gt":
        return Interval(value + step, inf, True)
    if how == "gtnear":
        return _ordered(value + step, value * 1.1)
    if how == "ge":
        return Interval(value, inf, True)
    if how == "lt":
        return Interval(-inf if value < 0 else 0.0, value - step, True)
    if how == "le":
        return Interval(0.0, value, True)
    if how == "near":
        return _ordered(value * 0.8, value)
    return _ordered(value * 0.9, value * 1.1)


def _ordered(a: float, b: float) -> Interval:
    """An approximate interval from two bounds in either order: a margin taken of a
    negative value ("fell about 3%" is -3) swaps them."""
    return Interval(min(a, b), max(a, b), True)


def as_canonical(value: float) -> int | float:
    """Whole numbers as int, others rounded to a stable float."""
    if value == int(value):
        return int(value)
    return round(value, 6)


# "between 120 and 130", "120-130", "120 to 130": the low end of a range that ends where
# a number starts. "from 120 to 130" is a change (the value is 130), not a range.
_RANGE_BEFORE = re.compile(
    rf"(?:(?P<between>\bbetween)\s+)?(?<![\w.,/:-])(?:US\$|[$€£¥₩₹])?"
    rf"(?P<low>{DIGIT_NUMBER}|\b{WORD_NUMBER})"
    rf"(?P<scale>\s*(?:hundred|thousand|lakhs?|crores?|million|billion|trillion)\b)?"
    rf"(?P<pct>\s*(?:%|per\s*cent|percent))?\s*(?P<sep>-|to|and)\s*$",
    re.IGNORECASE,
)


def range_before(
    text: str, lo: int, start: int, high: float, scale: float = 1.0, *, percent: bool = False
) -> tuple[Interval, int] | None:
    """The range whose high end `high` starts at `start` ("between 120 and 130"), as an
    interval and the offset where the range begins; None if no range ends there.

    `lo` bounds the search (the sentence start). `scale` is the multiplier written after
    the high end only ("4-5 billion": the low end is 4 billion too). With `percent`, the
    low end may carry its own sign ("20% to 25%"); otherwise "24% to $37.55" is no range.
    """
    floor = max(lo, start - 60)
    if not _ends_in_separator(text, floor, start):
        return None
    m = _RANGE_BEFORE.search(text, floor, start)
    if not m:
        return None
    if m.group("pct") and not percent:
        return None
    sep = m.group("sep").lower()
    if (sep == "and") != bool(m.group("between")):
        return None
    if re.search(r"\bfrom\s+$", text[max(lo, m.start() - 10) : m.start()], re.I):
        return None
    low = parse_number(m.group("low") + (m.group("scale") or ""))
    if low is None:
        return None
    if not m.group("scale"):
        low *= scale
    if not 0 <= low < high:
        return None
    return Interval(low, high, True), m.start()


def _ends_in_separator(text: str, floor: int, start: int) -> bool:
    """True when text[floor:start], white space aside, ends with "-", "to" or "and" in
    any case, as every match of `_RANGE_BEFORE` there does (its separator, then only
    white space): a test far cheaper than the search, which it spares before most
    numbers. (No character but the ASCII letters themselves matches "t", "o", "a", "n"
    or "d" under `re.IGNORECASE`, nor lowercases to one: see tests/test_numbers.py.)"""
    end = start
    while end > floor and text[end - 1].isspace():
        end -= 1
    tail = text[max(floor, end - 3) : end].lower()
    return tail[-1:] == "-" or tail[-2:] == "to" or tail == "and"

"""Faster ways to find exactly the matches `pattern.finditer(text)` finds.

Python's `re` tries a pattern at every offset of the text, unless the pattern starts
with a plain character or class it can skip ahead to. The extractors' patterns mostly
start with `\\b`, an optional word or a long word list, and ignore case, so most of their
cost is failing at offsets where no match can start. The helpers here spare that work,
each under a condition on the pattern that its docstring states:

- `contains_any`: a whole-document precheck, for a pattern every match of which holds
  one of a few words (`occurrences`: where they stand);
- `word_finditer`: a pattern every match of which starts a word;
- `junction_finditer`: a pattern every match of which has a *junction* (a plain
  character or string inside the match that another pattern finds fast);
- `anchored_finditer`: a pattern every match of which has an *anchor* (such as the
  start of a run of digits, `digit_runs`) at most a few characters after its start.

The offsets where runs of digits start (`digit_runs`) and the words numbers in words are
made of (`number_words`) are found once per document, for all the extractors.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from ..document import Document
from ..numbers import TENS, UNITS
from .tries import compact, guard

# --- whole-document prechecks -----------------------------------------------------------

# Characters `re.IGNORECASE` takes for an ASCII letter that `str.lower` does not turn into
# it (the dotted and dotless Turkish i, the long s). Every other character matches an
# ASCII letter in any case exactly when its lowercase is that letter.
_FOLD_FIRST = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def folded_text(doc: Document) -> str:
    """The document's text in lowercase, as `re.IGNORECASE` reads letters, found once."""
    found = doc.cache.get("folded_text")
    if found is None:
        text = doc.text
        if "İ" in text or "ı" in text or "ſ" in text:
            text = text.translate(_FOLD_FIRST)
        found = doc.cache["folded_text"] = text.lower()
    return found  # type: ignore[no-any-return]


def contains_any(doc: Document, words: Iterable[str]) -> bool:
    """True when one of `words` (lowercase) stands in the text in any case. A pattern
    whose every match holds one of them need not be run over a text that holds none:
    a few substring searches cost far less than the pattern's scan."""
    folded = folded_text(doc)
    return any(word in folded for word in words)


def occurrences(doc: Document, words: Iterable[str]) -> list[int]:
    """Every offset where one of `words` (lowercase) starts in the text in any case,
    ascending: anchors for `anchored_finditer` for a pattern every match of which starts
    with, or just before, one of them."""
    folded = folded_text(doc)
    found = set()
    for word in words:
        at = folded.find(word)
        while at >= 0:
            found.add(at)
            at = folded.find(word, at + 1)
    return sorted(found)


# --- scanning only near an anchor -------------------------------------------------------
#
# Money, percentages and measurements written in figures start at their first digit or
# a few characters before it ("$4.2bn", "US$ 5", "+3%"): at most `reach` characters
# before the start of a run of digits. The runs are found once per document with a
# pattern that starts with a plain class (which `re` skips to fast; `\d+` starts with a
# repeat, which it does not), and the pattern is matched only at the offsets up to
# `reach` before each, each offset once.
_DIGIT_RUN = re.compile(r"\d\d*")


def digit_runs(doc: Document) -> list[int]:
    """Where each run of digits starts in the document's text, found once."""
    found = doc.cache.get("digit_runs")
    if found is None:
        found = doc.cache["digit_runs"] = [m.start() for m in _DIGIT_RUN.finditer(doc.text)]
    return found  # type: ignore[no-any-return]


def anchored_finditer(pattern: re.Pattern[str], text: str, anchors: list[int], reach: int,
                      lead: Callable[[str, int], bool] | None = None,
                      ) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match is never empty and
    starts at most `reach` characters before one of `anchors` (offsets, ascending).

    With `lead`, the offsets before an anchor are tried only where `lead(text, anchor)`
    says a match can start before it (quantities: a symbol, a code or a sign before the
    digit). An offset before the anchor that is tried there lies after every earlier
    anchor (the offsets up to one are tried before the next), so what stands right
    before the anchor tells whether a match can start there."""
    untried = 0  # offsets before it were tried, or lie inside a match found
    for anchor in anchors:
        offset = max(untried, anchor - reach)
        if lead is not None and offset < anchor and not lead(text, anchor):
            offset = anchor
        while offset <= anchor:
            m = pattern.match(text, offset)
            if m is None:
                offset += 1
            else:
                yield m
                offset = m.end()  # where `finditer` resumes
        untried = offset


# The words numbers in words are made of (`numbers.WORD_NUMBER`, "a dozen"): the units
# and tens they start with, the scale words that follow those, and the "a" of "a
# hundred". Compiled as a trie behind its first-character guard (see `tries`).
SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
_NUMBER_WORD = guard(compact(re.compile(
    r"\b(?:" + "|".join(sorted([*UNITS, *TENS, *SCALE_WORDS, "dozen"], key=len, reverse=True))
    + r"|a(?=\s+(?:hundred|dozen)\b))\b",
    re.IGNORECASE)))


_NUMBER_WORD_LIST = tuple(sorted({*UNITS, *TENS, *SCALE_WORDS, "dozen"}))


def number_words(doc: Document) -> list[re.Match[str]]:
    """Every word of a number in words in the document ("twenty", "five", "million",
    "dozen", the "a" of "a hundred"), found once: tried only where one of the words
    stands, and at an "a" that only white space parts from a "hundred" or "dozen"."""
    found = doc.cache.get("number_words")
    if found is None:
        folded = folded_text(doc)
        anchors = set(occurrences(doc, _NUMBER_WORD_LIST))
        for at in occurrences(doc, ("hundred", "dozen")):
            p = at - 1
            while p >= 0 and folded[p].isspace():
                p -= 1
            if p < at - 1 and folded[p] == "a":
                anchors.add(p)
        found = doc.cache["number_words"] = list(
            anchored_finditer(_NUMBER_WORD, doc.text, sorted(anchors), 0))
    return found  # type: ignore[no-any-return]


# --- scanning only where a match has its junction ---------------------------------------
#
# A pattern that starts with optional word lists and ignores case is tried at every
# offset of the article. When every match has a *junction* (in durations, the "-" or " "
# between the amount and the unit: "90-minute", "14 years"), the junctions are found with
# a pattern that starts with a plain character or class (which `re` scans fast), and the
# pattern is then matched only at the offsets just before each, up to the junction (a
# match starting later has a junction of its own, further on).
#
# What may stand before a junction in a match bounds how far back the match can start.
# The part before it must hold at most `_MAX_RUNS` - 1 runs of white space, so that a
# match cannot start before the `_MAX_RUNS`-th run back from its junction. It must hold
# letters, digits, white space and hyphens only, and commas and points only inside a
# number ("12,000", "1.5"), so that a match cannot start before the last other character
# back from its junction either. And no match may cross a character outside those and
# the comma and point (`_BARRIER`), so that each match stops at the next one; the
# character there must read as the end of the text to every test the pattern makes.
# The matches are then exactly those of `pattern.finditer(text)` (checked against it on
# the seeds, the test clusters and generated corpora, and in tests/test_scanning.py).
_MAX_RUNS = 24  # durations' amounts hold 16 at most; kept with a margin
_LOOK_BACK = 400  # characters read back from a junction to count its runs of space
# `_MAX_RUNS` runs of white space, each up to the next character that is none, counted
# on the text reversed: back from a junction
_RUNS_BACK = re.compile(rf"(?:\S*\s+(?!\s)){{{_MAX_RUNS}}}")
_BARRIER = re.compile(r"[^\w\s,.\-]")
_NOT_AMOUNT = re.compile(r"[^\w\s,.\-]|[,.](?!\d)")


def _run_floor(text: str, junction: int) -> int:
    """An offset no match with this junction starts before: the `_MAX_RUNS`-th run of
    white space back from it within `_LOOK_BACK` characters (0 when those hold fewer)."""
    lo = max(0, junction - _LOOK_BACK)
    back = _RUNS_BACK.match(text[lo:junction][::-1])
    return junction - back.end() if back else 0


def _amount_floor(text: str, start: int, junction: int) -> int:
    """`start`, or later when a character no amount holds lies between it and the
    junction: just after the last such character."""
    floor = start
    for m in _NOT_AMOUNT.finditer(text, start, junction):
        floor = m.end()
    return floor


def junction_finditer(pattern: re.Pattern[str], junctions: re.Pattern[str], text: str,
                      at: list[int] | None = None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, matched only at the offsets just before each of its
    junctions (see the comment above for what `pattern` must satisfy).

    `at`, when given, holds (in order) every offset where `junctions` can match: it is
    matched there rather than searched for."""
    if at is None:
        offsets: Iterator[int] = (j.start() for j in junctions.finditer(text))
    else:
        offsets = (u for u in at if junctions.match(text, u))
    pos = 0  # where `finditer` would resume
    # offsets tried in vain for an earlier junction: the floors only grow, so those
    # from this junction's floor up to `tried` need no second try
    tried = 0
    for u in offsets:
        if u < pos:
            continue  # its match would start before the last match ended
        start = max(_amount_floor(text, max(pos, _run_floor(text, u)), u), tried)
        bar = _BARRIER.search(text, u)
        end = bar.start() if bar else len(text)
        for offset in range(start, u + 1):
            m = pattern.match(text, offset, end)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            tried = u + 1


# --- scanning only where a word starts ------------------------------------------------
#
# Patterns that begin with `\b` and a word ("lasted", "sentenced", "dozens") and ignore
# case are also tried in full at every offset of the article. A match that starts a word
# follows a character that is no ASCII letter, digit or "_" (or starts the text), and such a
# character is a plain class `re` skips to fast: `_word_scanner` puts it in front of the
# pattern, and each of its matches holds the pattern's match one character on. The match
# can also start right where the one before ended, or at `pos`, where that character is
# not searched: the pattern is tried there first.
_NOT_WORD = "[^0-9A-Z_a-z]"

# keyed by id: hashing a pattern hashes its whole compiled code, microseconds for a
# long word list
_WORD_SCANNERS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _word_scanner(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` one character after a character no word is made of."""
    known = _WORD_SCANNERS.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    if pattern.flags & ~(re.IGNORECASE | re.UNICODE):
        raise ValueError(f"only re.IGNORECASE is supported: {pattern.pattern!r}")
    # built from the pattern in use (`tries.compact_modules` replaced the original),
    # with its own flags, so that the class ahead of it is read as written
    flags = "i" if pattern.flags & re.IGNORECASE else "-i"
    scanner = re.compile(f"{_NOT_WORD}(?{flags}:{pattern.pattern})")
    _WORD_SCANNERS[id(pattern)] = (pattern, scanner)
    return scanner


def word_finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match starts a word (begins
    with `\\b` and a word character) and is never empty."""
    scanner = _word_scanner(pattern)
    pos = 0
    while True:
        m = pattern.match(text, pos)
        if m is None:
            hit = scanner.search(text, pos)
            if hit is None:
                return
            m = pattern.match(text, hit.start() + 1)
            assert m is not None  # the scanner matched it
        yield m
        pos = m.end()

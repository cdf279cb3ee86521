"""Shortcuts in `factcheck.text`, checked against plain versions of the same work.

`NormalText.from_original` finds the characters normalizing changes from the text's
UTF-8 and replaces them with `str.replace`: it must give what normalizing one character
at a time gives, on the sample texts and on random strings of the characters that need
care (ones that become none or several, one whose normal form is another that changes,
a lone surrogate). `split_sentences` trims a sentence that ends in a mark at its start
only: it must split as trimming both ends does."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from factcheck.text import (
    _ABBREVIATIONS,
    _SENTENCE_END,
    NormalText,
    _line_starts,
    _normalize_char,
    split_sentences,
)

from .conftest import SAMPLE_TEXTS as TEXTS

TRICKY = ["a", " ", "\n", "\t", ".", "\u2019", "\u201c", "\u2014", "\ufe31", "\u2026", "\u200b",
          "\u00a0", "\u00e9", "\u00a9", "\ufb01", "\u2460", "\u00bd", "\ud83d", "\U0001f600",
          "\u0130", "\u2024", "\uff21", "\u3000", "\u00ad", "\u2033", "\u1e9b\u0323", "\ufeff"]


def plain(original: str) -> NormalText:
    """Normalize one character at a time, mapping every offset."""
    norms = [_normalize_char(c) for c in original]
    text = "".join(norms)
    if all(len(n) == 1 for n in norms):
        return NormalText(original, text, None, _line_starts(original))
    offsets = [i for i, n in enumerate(norms) for _ in n] + [len(original)]
    return NormalText(original, text, offsets, _line_starts(original))


def _same(a: NormalText, b: NormalText) -> bool:
    return (a.original, a.text, a.to_original, a._line_starts) == \
        (b.original, b.text, b.to_original, b._line_starts)


@pytest.mark.parametrize("path", [p for p in TEXTS if p.is_file()], ids=lambda p: p.name)
def test_sample_texts(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _same(NormalText.from_original(text), plain(text))
    norm = NormalText.from_original(text).text
    assert split_sentences(norm) == plain_sentences(norm)


def test_random_strings() -> None:
    rnd = random.Random(7)
    for _ in range(20_000):
        text = "".join(rnd.choice(TRICKY) for _ in range(rnd.randint(0, 10)))
        assert _same(NormalText.from_original(text), plain(text)), repr(text)


def test_a_form_that_changes_again_is_not_changed_twice() -> None:
    # U+FE31 is an em dash once normalized; the em dash itself becomes "-"
    assert NormalText.from_original("\ufe31 \u2014").text == "\u2014 -"


def plain_sentences(text: str) -> list[tuple[int, int]]:
    """`split_sentences` trimming every span at both ends."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if text[end - 1] != "\n":
            word_start = text.rfind(" ", start, m.start()) + 1
            word = text[word_start : m.start()].lower().lstrip("(\"'")
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            nxt = text[end : end + 3].lstrip()
            if nxt[:1].islower() and "." in word:
                continue
        _trimmed(text, start, end, spans)
        start = end
    _trimmed(text, start, len(text), spans)
    return spans


def _trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


SENTENCE_BITS = [*"ab U.S. e.g. ()'\"!?.\n\t  xA1", "\u2028", "\x0c", " mr. ", " dr ", "Jan. ",
                 "u.s. ", "(Mr. ", "\"Dr. ", " no. ", "a.m. ", "...", "?!", "\n\n", ". a",
                 ". B", "J. ", ".\" ", "!) "]


def test_random_sentences() -> None:
    rnd = random.Random(11)
    for _ in range(20_000):
        text = "".join(rnd.choice(SENTENCE_BITS) for _ in range(rnd.randint(0, 16)))
        assert split_sentences(text) == plain_sentences(text), repr(text)

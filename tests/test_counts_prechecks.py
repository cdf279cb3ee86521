"""Counts' shortcuts find what the plain patterns find: the reference-word precheck before
a number, and the vague counts ("dozens of people") matched only where their words
start."""

from __future__ import annotations

from factcheck.extract import counts
from factcheck.extract.scan import anchored_finditer, occurrences

from .conftest import SAMPLE_TEXTS, make_document

REFERENCE_SAMPLES = [
    "Room ", "room\n", "ROUTE  ", "No.", "no. ", "#", "page", "the age of ", "aged ",
    "categorY ", "a stage", "in step ", "Gate ", "the ", "", "   ", "version\t", "Roſe ",
    "SECTİON ", "killed at least ", "nage ", "line", "a long line of ", "phase\u2003",
]

VAGUE_SAMPLES = [
    "Dozens of people were injured and HUNDREDS OF THOUSANDS fled.",
    "tens of thousands evacuated; Several residents missing, a handful of officers hurt",
    "a few killed, scores wounded, millions displaced, thousands rescued",
    "ſeveral people died; A Few were hurt; a  few more; xdozens of; dozens",
]


def _texts() -> list[str]:
    files = [p.read_text(encoding="utf-8") for p in SAMPLE_TEXTS if p.is_file()]
    return [*VAGUE_SAMPLES, " ".join(VAGUE_SAMPLES), *files]


def test_reference_precheck_is_the_search() -> None:
    befores = list(REFERENCE_SAMPLES)
    for text in _texts():
        for m in counts.NUMBER_RE.finditer(text):
            befores.append(text[max(0, m.start() - 30) : m.start()])
    for before in befores:
        plain = counts._REFERENCE_BEFORE.search(
            before, max(0, len(before.rstrip()) - counts._REFERENCE_REACH))
        assert counts._reference_before(before) == (plain is not None), repr(before)


def test_vague_counts_where_their_words_start() -> None:
    for raw in _texts():
        doc = make_document(raw)
        text = doc.text
        found = anchored_finditer(counts._VAGUE_RE, text,
                                  occurrences(doc, counts._VAGUE_STARTS), 0)
        assert [(m.span(), m.groups()) for m in found] == \
            [(m.span(), m.groups()) for m in counts._VAGUE_RE.finditer(text)], text[:80]

"""Counts' shortcuts find what the plain patterns find: the reference-word precheck before
a number, and the vague counts ("dozens of people") matched only where their words
start."""

from __future__ import annotations

from factcheck.document import Document, Sentence
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


NUMBER_SAMPLES = [
    "Seven people died and more than 60 were hurt; twenty-five fled, a hundred stayed.",
    "Twelve,3456 rescued: 12,3456 and ٣٤ more; a dozen, Dozen; tents, tenfold, ten",
    "Ten\u00a0people; three-fifths, 4th, 5th; a\nhundred; A DOZEN\tof them, a dozens",
]


def _first_numbers_agree(doc: Document, sent: Sentence, ends: list[int]) -> None:
    at = counts._sentence_numbers(doc, sent)
    sentence = doc.text[sent.start : sent.end]
    for pos in range(len(sentence) + 1):
        for endpos in ends:
            if pos <= endpos <= len(sentence):
                got = counts._first_number(sentence, pos, endpos, at)
                want = next(counts._numbers(sentence, pos, endpos), None)
                assert (got and got.span()) == (want and want.span()), (sentence, pos, endpos)


def test_first_number_from_the_article_starts() -> None:
    """From every offset, up to every end (mid-word ones too), of sentences that end
    anywhere (in a word too), the first number is the one `_numbers` finds."""
    for raw in [*NUMBER_SAMPLES, " ".join(NUMBER_SAMPLES)]:
        doc = make_document(raw)
        zone = doc.sentences[0].zone
        whole = Sentence(0, len(doc.text), zone)
        _first_numbers_agree(doc, whole, list(range(len(doc.text) + 1)))
        if raw not in NUMBER_SAMPLES:
            continue  # every span of the joined text: quadratic, seconds for nothing new
        for start in range(0, len(doc.text), 4):
            for end in range(start + 1, len(doc.text) + 1):
                _first_numbers_agree(doc, Sentence(start, end, zone), [end - start])
    for raw in _texts():
        doc = make_document(raw)
        for sent in doc.sentences:
            _first_numbers_agree(doc, sent, [sent.end - sent.start,
                                             *range(0, sent.end - sent.start, 29)])


def test_predicate_with_the_article_starts() -> None:
    for raw in _texts():
        doc = make_document(raw)
        for sent in doc.sentences:
            at = counts._sentence_numbers(doc, sent)
            sentence = doc.text[sent.start : sent.end]
            for m in counts.NUMBER_RE.finditer(sentence):
                for end in (m.end(), min(len(sentence), m.end() + 12)):
                    assert counts._predicate(sentence, m.start(), end, at) == \
                        counts._predicate(sentence, m.start(), end), sentence

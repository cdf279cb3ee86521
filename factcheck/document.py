"""The article as the extractors see it: normalized text, sentences, zones, its date."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, TypeVar, get_args

from pydantic import BaseModel

from .models import Evidence, Source, Zone
from .text import NormalText, collapse_space, split_sentences

M = TypeVar("M", bound=BaseModel)

_ZONES = frozenset(get_args(Zone))
# Evidence is copied from this template, every field replaced: `model_copy` of a model
# with every field set gives what `model_construct` gives, at about two thirds of the
# cost (`model_construct` looks up each field's aliases and default, for every claim).
_EVIDENCE = Evidence.model_construct(source="", path="", line=1, column=1, end_line=1,
                                     end_column=1, text="", quote="", zone="body")
_new = object.__new__
_set = object.__setattr__


def replaced(template: M, fields: dict[str, Any]) -> M:
    """`template.model_copy(update=fields)` for a template built by `model_construct`
    with every field set, and `fields` holding every field in the model's order: the
    same object (the same `__dict__`, in the same order, the same fields set, no extra
    or private values), built in a third of the time. `fields` becomes its `__dict__`.
    (`model_copy` copies the template's `__dict__`, updates it with `fields`, and
    adds their names to a copy of its fields set, which holds them all already.)"""
    m = _new(type(template))
    _set(m, "__dict__", fields)
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_fields_set__", template.__pydantic_fields_set__.copy())
    _set(m, "__pydantic_private__", None)
    return m


@dataclass
class Sentence:
    start: int
    end: int
    zone: Zone


@dataclass
class Document:
    """One source, ready for extraction. Built by `factcheck.ingest`."""

    source: Source
    norm: NormalText
    zones: list[Zone]  # one per line of the text
    date: dt.date | None = None
    date_source: str | None = None
    line_map: tuple[int, ...] | None = None  # text line -> original file line (HTML)
    # the lines of the original file when they are not the text's (HTML): evidence columns
    # are found there
    file_lines: list[str] | None = field(default=None, repr=False)
    sentences: list[Sentence] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    # what more than one stage reads off the text (all its date matches), read once
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    # each sentence's quote by its start, built once: the claims of one sentence share it
    # (and a worker pickles it once for them all)
    _quotes: dict[int, str] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.sentences:
            self.sentences = [
                Sentence(s, e, self.zone_at(s)) for s, e in split_sentences(self.norm.text)
            ]
        self._sentence_starts = [s.start for s in self.sentences]

    @property
    def text(self) -> str:
        return self.norm.text

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None

    def zone_at(self, pos: int) -> Zone:
        line, _ = self.norm.line_col(pos)
        return self.zones[line - 1] if line - 1 < len(self.zones) else "body"

    def sentence_at(self, pos: int) -> Sentence:
        """The sentence holding normalized offset `pos`."""
        i = bisect_right(self._sentence_starts, pos) - 1
        return self.sentences[max(i, 0)]

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for the normalized span [start, end): position, words and sentence."""
        sent = self.sentence_at(start)
        line, col = self.norm.line_col(start)
        end_line, end_col = self.norm.line_col(end)
        if self.line_map is not None:
            line = self.line_map[min(line - 1, len(self.line_map) - 1)]
            end_line = self.line_map[min(end_line - 1, len(self.line_map) - 1)]
            col, end_col = self._file_columns(line, end_line, start, end, sent.start)
        # every field, in the model's order: `replaced` makes this the `__dict__`
        fields: dict[str, Any] = {
            "source": self.source.id,
            "path": self.source.path,
            "line": line,
            "column": col,
            "end_line": end_line,
            "end_column": end_col,
            "text": collapse_space(self.norm.original_span(start, end)),
            "quote": self._quote(sent),
            "zone": sent.zone,
        }
        if sent.zone in _ZONES:
            # every value is of the type validation would keep: skip the validators
            return replaced(_EVIDENCE, fields)
        return Evidence(**fields)  # type: ignore[arg-type]

    def _quote(self, sent: Sentence) -> str:
        """The sentence as written, white space folded: what evidence quotes."""
        quote = self._quotes.get(sent.start)
        if quote is None:
            quote = collapse_space(self.norm.original_span(sent.start, sent.end))
            self._quotes[sent.start] = quote
        return quote

    def _file_columns(self, line: int, end_line: int, start: int, end: int,
                      floor: int) -> tuple[int, int]:
        """Columns of the span [start, end) in the original file's `line` (HTML, where the
        text's columns are not the file's): where its words stand there outside a tag,
        preferring the place that follows the same words as in the text. Column 1 of
        the line when they cannot be found (an entity or a tag inside the words)."""
        raw = self.file_lines[line - 1] if self.file_lines and line <= len(self.file_lines) \
            else ""
        words = self.norm.original_span(start, end)
        before = self.norm.original_span(max(floor, start - 24), start)
        at = -1
        if before.strip():
            at = raw.find(before + words)
            at = at + len(before) if at >= 0 else -1
        search = 0
        while at < 0:
            found = raw.find(words, search) if words else -1
            if found < 0:
                break
            if raw.rfind("<", 0, found) <= raw.rfind(">", 0, found):  # not inside a tag
                at = found
            search = found + 1
        if at < 0:
            return 1, 1
        return at + 1, at + 1 + len(words) if end_line == line else 1

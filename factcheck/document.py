"""The article as the extractors see it: normalized text, sentences, zones, its date."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, get_args

from .models import Evidence, Source, Zone
from .text import NormalText, collapse_space, split_sentences

_ZONES = frozenset(get_args(Zone))


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
    sentences: list[Sentence] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    # what more than one stage reads off the text (all its date matches), read once
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

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
        fields: dict[str, Any] = dict(
            source=self.source.id,
            path=self.source.path,
            line=line,
            column=col,
            end_line=end_line,
            end_column=end_col,
            text=collapse_space(self.norm.original_span(start, end)),
            quote=collapse_space(self.norm.original_span(sent.start, sent.end)),
            zone=sent.zone,
        )
        if sent.zone in _ZONES:
            # every value is of the type validation would keep: skip the validators
            return Evidence.model_construct(**fields)
        return Evidence(**fields)  # type: ignore[arg-type]

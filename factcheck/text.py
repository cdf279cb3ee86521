"""Text normalization that keeps evidence offsets pointing into the original text.

Extractors read a normalized copy of each article (one kind of hyphen, one kind of
space, straight quotes, compatibility forms folded), while every claim must point at
the line and column of the *original* file. `NormalText` keeps both and maps offsets
between them.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

# One-to-one replacements, applied before NFKC. Dashes and hyphens of every kind become
# "-": news copy mixes U+2010, U+2011 (non-breaking hyphen), en and em dashes freely.
_CHAR_MAP = {
    **{cp: "-" for cp in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58,
                          0xFE63, 0xFF0D, 0x00AD)},
    **{cp: " " for cp in (0x00A0, 0x2007, 0x202F, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
                          0x2005, 0x2006, 0x2008, 0x2009, 0x200A, 0x205F, 0x3000, 0x0009)},
    **{cp: "'" for cp in (0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC)},
    **{cp: '"' for cp in (0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB)},
    0x2026: "...",
    0x200B: "",  # zero-width space
    0xFEFF: "",  # stray byte-order mark
    0x200D: "",
    0x2060: "",
}


def _normalize_char(ch: str) -> str:
    mapped = _CHAR_MAP.get(ord(ch))
    if mapped is not None:
        return mapped
    return unicodedata.normalize("NFKC", ch)


# Characters `_normalize_char` may change: anything not ASCII, and the tab.
_SPECIAL = re.compile(r"[^\x00-\x08\x0a-\x7f]")
# ...and the bytes of UTF-8 that are none of them: with these taken out of a text's UTF-8,
# what is left are its special characters, in C and at once
_PLAIN_BYTES = bytes(b for b in range(0x80) if b != 0x09)
_NORMALIZED: dict[str, str] = {}


def _normalize_cached(ch: str) -> str:
    norm = _NORMALIZED.get(ch)
    if norm is None:
        norm = _NORMALIZED[ch] = _normalize_char(ch)
    return norm


@dataclass
class NormalText:
    """The original text, its normalized form, and the map between their offsets."""

    original: str
    text: str
    # to_original[i] is the offset in `original` of normalized character i; one extra
    # entry at the end maps len(text) to len(original). None means identity.
    to_original: list[int] | None
    _line_starts: list[int] = field(default_factory=list, repr=False)

    @classmethod
    def from_original(cls, original: str) -> NormalText:
        """Normalize `original`, building an offset map only when lengths change."""
        if original.isascii() and "\t" not in original:
            return cls(original, original, None, _line_starts(original))
        changed = _changed_characters(original)
        if changed is not None and not changed:  # "é", "©": nothing to do
            return cls(original, original, None, _line_starts(original))
        if changed is not None and all(len(norm) == 1 for norm in changed.values()) \
                and not any(ch in norm for norm in changed.values() for ch in changed):
            # one character for one, none of them changed again by a later replace: the
            # same as replacing them all at once
            text = original
            for ch, norm in changed.items():
                text = text.replace(ch, norm)
            return cls(original, text, None, _line_starts(original))
        # Only the few characters that are not plain ASCII are looked at one by one: the
        # runs of ASCII between them are copied whole (news copy is mostly ASCII).
        pieces: list[str] = []
        spans: list[tuple[int, str]] = []  # (offset, normalized form) of each special char
        last = 0
        same_length = True
        for m in _SPECIAL.finditer(original):
            i = m.start()
            norm = _normalize_cached(m.group())
            pieces.append(original[last:i])
            pieces.append(norm)
            spans.append((i, norm))
            same_length = same_length and len(norm) == 1
            last = i + 1
        pieces.append(original[last:])
        text = "".join(pieces)
        if same_length:
            return cls(original, text, None, _line_starts(original))
        offsets: list[int] = []
        last = 0
        for i, norm in spans:
            offsets.extend(range(last, i))
            offsets.extend([i] * len(norm))
            last = i + 1
        offsets.extend(range(last, len(original)))
        offsets.append(len(original))
        return cls(original, text, offsets, _line_starts(original))

    def orig_offset(self, pos: int) -> int:
        """Offset in the original text of normalized offset `pos`."""
        if self.to_original is None:
            return pos
        return self.to_original[min(pos, len(self.to_original) - 1)]

    def line_col(self, pos: int) -> tuple[int, int]:
        """1-based (line, column) in the original text of normalized offset `pos`."""
        opos = self.orig_offset(pos)
        line = bisect_right(self._line_starts, opos)
        return line, opos - self._line_starts[line - 1] + 1

    def original_span(self, start: int, end: int) -> str:
        """The original characters behind normalized span [start, end)."""
        if self.to_original is None:
            return self.original[start:end]
        ostart = self.orig_offset(start)
        oend = self.orig_offset(end) if end < len(self.to_original) else len(self.original)
        return self.original[ostart:oend]


def _changed_characters(original: str) -> dict[str, str] | None:
    """The characters of `original` that normalizing changes, each with what it becomes
    (None for a text that UTF-8 cannot hold: a lone surrogate)."""
    try:
        specials = original.encode("utf-8").translate(None, _PLAIN_BYTES)
    except UnicodeEncodeError:
        return None
    changed = {}
    for ch in set(specials.decode("utf-8")):
        norm = _normalize_cached(ch)
        if norm != ch:
            changed[ch] = norm
    return changed


def _line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


# --- sentences -------------------------------------------------------------------

# Abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt gov sen rep st jr sr inc corp co ltd no vs
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m etc
    approx est dept univ ave blvd mt ft fig pres adm rev""".split()
)
# A newline, or a run of end marks (and closing quotes) before a space or the text's end.
# Both begin with the one class `[.!?\n]`, so that `re` skips ahead to them on its own:
# written as two alternatives, the pattern was tried at every offset.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|[.!?]*[\"')\]]*(?=\s+|$))")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split normalized text into sentence spans (start, end), trimmed of spaces.

    A newline always ends a sentence (headlines, list items and paragraphs are lines in
    news copy); `.`, `!` and `?` end one unless they close a known abbreviation, an
    initial ("Kim J. Un") or a decimal number.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if text[end - 1] != "\n":  # an end mark: only a newline match ends in one
            mark = m.start()
            word = text[text.rfind(" ", start, mark) + 1 : mark].lower().lstrip("(\"'")
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            # "the U.S. economy": a lowercase next word means the sentence goes on.
            if "." in word and text[end : end + 3].lstrip()[:1].islower():
                continue
            # the sentence ends in its mark, not in a space: only its start is trimmed
            while text[start].isspace():
                start += 1
            spans.append((start, end))
        else:  # a newline: the span is trimmed at both ends (here, not in a call)
            stop = end - 1
            while start < stop and text[start].isspace():
                start += 1
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            if stop > start:
                spans.append((start, stop))
        start = end
    _add_span(text, start, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def collapse_space(text: str) -> str:
    """Fold runs of white space into one space, for quotes shown to a reader."""
    # str.split() breaks on exactly the characters `\s` matches, and is faster than a
    # substitution that replaces every single space with a space.
    return " ".join(text.split())

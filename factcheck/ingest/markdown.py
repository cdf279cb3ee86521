"""Markdown articles: front matter metadata, text with line numbers true to the file.

`parse_markdown` keeps every line of the file in place: front matter lines become empty
strings (and are listed as boilerplate), link targets become spaces of the same length, so
line i of the text is line i + 1 of the file and columns stay where they were.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from .dateline import parse_date_value, text_date
from .parsed import ParsedDoc, teaser_line_numbers

__all__ = ["parse_markdown"]

_TITLE_KEYS = ("title", "headline")
_OUTLET_KEYS = ("outlet", "source", "publisher", "site_name", "sitename", "publication", "site")
_DATE_KEYS = ("date", "published", "pubdate", "date_published", "published_at", "publish_date",
              "publishdate", "datepublished", "published_date", "publication_date", "created")
_URL_KEYS = ("url", "canonical_url", "canonical", "link", "permalink", "source_url",
             "original_url")

# Inline images and links: "![alt](src)", "[text](target "title")"; a target may hold one
# level of parentheses (Wikipedia URLs) or be written <like this>.
_TARGET = (
    r"\(\s*(?:<[^<>\n]*>|(?:[^()\s\\]|\\.|\([^()\s]*\))*)"
    r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)"
)
_IMAGE = re.compile(r"!\[(?:[^\[\]\\\n]|\\.)*\]" + _TARGET)
_LINK = re.compile(r"\[((?:[^\[\]\\\n]|\\.|\[[^\[\]\n]*\])*)\]" + _TARGET)
_REF_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S+")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX_H1 = re.compile(r"^ {0,3}#(?!#)\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT_H1 = re.compile(r"^ {0,3}=+\s*$")
_KEY_VALUE = re.compile(r"""^(?P<q>["']?)(?P<key>[A-Za-z_][\w.-]*)(?P=q)\s*[:=]\s*(?P<value>.*)$""")
_LOOKS_LIKE_URL = re.compile(r"^https?://\S+$", re.I)


def parse_markdown(raw: str) -> ParsedDoc:
    """Read a Markdown article (with or without YAML/TOML front matter).

    Never raises on odd front matter: what cannot be read is ignored. The text keeps the
    file's lines one for one (`line_map` is None): front matter lines are blanked and
    listed in `boilerplate_lines`, as are link reference definitions; inline link targets
    and images are replaced by spaces of the same length; nothing else is changed.
    """
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    lines = re.split(r"\r\n|\r|\n", raw)
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()  # a final newline ends the last line, it does not start another
    # Characters that str.splitlines() would break a line on: keep `text.split("\n")` and
    # `text.splitlines()` in agreement (and with the file's own numbering).
    lines = [_SPLITLINES_EXTRA.sub(" ", ln) for ln in lines]

    fm_end = _front_matter_end(lines)
    fields: dict[str, str] = {}
    boiler: set[int] = set()
    if fm_end is not None:
        fields = _read_front_matter(lines[1:fm_end], toml=lines[0].strip() == "+++")
        for i in range(fm_end + 1):
            lines[i] = ""
            boiler.add(i)

    body_start = 0 if fm_end is None else fm_end + 1
    for i in _outside_fences(lines, body_start):
        line = lines[i]
        if _REF_DEFINITION.match(line):
            boiler.add(i)
            continue
        lines[i] = _blank_links(line)

    title = _first_field(fields, _TITLE_KEYS) or _first_heading(lines, body_start)
    url = _first_field(fields, _URL_KEYS, url=True)
    outlet = _first_field(fields, _OUTLET_KEYS)
    if outlet and _LOOKS_LIKE_URL.match(outlet):  # "source: https://..." names a page
        url = url or outlet
        outlet = None

    date: datetime.date | None = None
    date_source: str | None = None
    for key in _DATE_KEYS:
        date = parse_date_value(fields.get(key))
        if date:
            date_source = "front matter"
            break
    text = "\n".join(lines)
    if date is None:
        date, date_source = text_date(text, url)

    teasers = teaser_line_numbers(lines) - boiler
    return ParsedDoc(
        text=text,
        title=title,
        date=date,
        date_source=date_source,
        outlet=outlet,
        url=url,
        line_map=None,
        boilerplate_lines=frozenset(boiler),
        teaser_lines=frozenset(teasers),
    )


_SPLITLINES_EXTRA = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _front_matter_end(lines: list[str]) -> int | None:
    """Index of the closing delimiter of front matter opening on the first line, if any.

    Without a closing line, or when the block does not read as ``key: value`` lines (a
    paragraph between two thematic breaks), there is no front matter.
    """
    if not lines:
        return None
    opener = lines[0].rstrip()
    if opener not in ("---", "+++"):
        return None
    closers = ("---", "...") if opener == "---" else ("+++",)
    end = next((i for i in range(1, min(len(lines), 400)) if lines[i].rstrip() in closers), None)
    if end is None:
        return None
    top = [ln for ln in lines[1:end] if ln.strip() and ln[0] not in " \t#"]
    if not top:
        return end  # empty front matter
    readable = [ln for ln in top if _KEY_VALUE.match(ln) or ln.startswith(("-", "["))]
    if not _KEY_VALUE.match(top[0]) or 2 * len(readable) < len(top):
        return None
    return end


def _read_front_matter(block: list[str], toml: bool = False) -> dict[str, str]:
    """Flat `key: value` pairs (lower-case keys); lists, maps and what is unreadable are skipped.

    Later keys win, as in YAML. Block scalars (``title: >``) are folded onto one line.
    """
    fields: dict[str, str] = {}
    i = 0
    while i < len(block):
        line = block[i]
        i += 1
        if not line.strip() or line[0] in " \t#-[":
            continue  # blank, nested, comment, list item, TOML table
        m = _KEY_VALUE.match(line)
        if not m:
            continue
        key = m["key"].lower().replace("-", "_")
        raw_value = m["value"].strip()
        value: str | None
        if _BLOCK_SCALAR.match(raw_value):
            parts = []
            while i < len(block) and (not block[i].strip() or block[i][:1] in " \t"):
                parts.append(block[i].strip())
                i += 1
            value = " ".join(p for p in parts if p)
        else:
            value = _scalar(raw_value, toml)
        if value and value.strip():
            fields[key] = " ".join(value.split())
    return fields


_BLOCK_SCALAR = re.compile(r"^[|>][+-]?[1-9]?[+-]?\s*(?:#.*)?$")
_NULLS = ("~", "null", "Null", "NULL")


def _scalar(s: str, toml: bool) -> str | None:
    """The string a one-line YAML/TOML scalar stands for, or None for lists, maps, nulls."""
    if not s or s[0] in "[{&*!|>" or s in _NULLS:
        return None
    if s[0] == '"':
        return _double_quoted(s)
    if s[0] == "'":
        m = re.match(r"'((?:[^']|'')*)'", s)
        return m[1].replace("''", "'") if m else None  # None: unterminated, multi-line
    value = re.sub(r"\s+#.*$", "", s).strip()
    if toml and not re.fullmatch(r"[\w:.+-]+", value):
        return None  # TOML strings are quoted; bare values are dates, numbers, booleans
    return value or None


def _double_quoted(s: str) -> str | None:
    out = []
    j = 1
    while j < len(s):
        c = s[j]
        if c == "\\" and j + 1 < len(s):
            nxt = s[j + 1]
            if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", s[j + 2 : j + 6]):
                out.append(chr(int(s[j + 2 : j + 6], 16)))
                j += 6
                continue
            out.append({"n": " ", "t": " "}.get(nxt, nxt))
            j += 2
            continue
        if c == '"':
            return "".join(out)
        out.append(c)
        j += 1
    return None  # unterminated (multi-line) quoted string: not read


def _first_field(fields: dict[str, str], keys: tuple[str, ...], url: bool = False) -> str | None:
    for key in keys:
        value = fields.get(key)
        if value and (not url or _LOOKS_LIKE_URL.match(value)):
            return value
    return None


def _blank_links(line: str) -> str:
    """Images to spaces; links ``[text](target)`` to `` text`` plus spaces, same length."""
    if "](" not in line:
        return line
    line = _IMAGE.sub(lambda m: " " * len(m[0]), line)

    def link(m: re.Match[str]) -> str:
        return " " + m[1] + " " * (len(m[0]) - len(m[1]) - 1)

    return _LINK.sub(link, line)


def _outside_fences(lines: list[str], start: int) -> Iterator[int]:
    """Indexes of the lines from `start` on that are prose: not a code fence's marker
    or contents."""
    in_fence = False
    for i in range(start, len(lines)):
        if _FENCE.match(lines[i]):
            in_fence = not in_fence
        elif not in_fence:
            yield i


def _first_heading(lines: list[str], start: int) -> str | None:
    """The first level-1 heading (``# Title`` or a setext ``Title`` over ``===``)."""
    for i in _outside_fences(lines, start):
        line = lines[i]
        m = _ATX_H1.match(line)
        if m and m[1].strip():
            return " ".join(m[1].split())
        if (i > start and _SETEXT_H1.match(line) and lines[i - 1].strip()
                and not lines[i - 1].startswith(("    ", "\t"))):
            return " ".join(lines[i - 1].split())
    return None

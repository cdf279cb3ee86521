"""The result type shared by the format parsers, and text heuristics they both use."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ParsedDoc:
    """One article read from an HTML or Markdown file; pure data, no file system."""

    text: str  # the article text the extractors will read, lines separated by "\n"
    title: str | None
    date: datetime.date | None  # the article's own publication date
    # how the date was found: "front matter", "html meta article:published_time", "dateline", ...
    date_source: str | None
    outlet: str | None
    url: str | None
    # for each line i of `text` (0-based), the 1-based line in the ORIGINAL file where it
    # comes from; None when text lines == file lines
    line_map: tuple[int, ...] | None
    # 0-based line numbers of `text` that are known page chrome (front matter, cookie banners, nav)
    boilerplate_lines: frozenset[int]
    # 0-based line numbers of `text` that are "related stories"/aside teasers
    teaser_lines: frozenset[int]


# Leading Markdown decoration that does not change what a line says.
_DECORATION = re.compile(r"^[\s>#*_]+")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")

# A line that is only the heading of a teaser block ("Related stories", "Read more", ...).
_TEASER_HEADING = re.compile(
    r"(?i)^(?:related(?:\s+(?:stories|articles|coverage|content|news|reading|links|topics))?"
    r"|read\s+more(?:\s+(?:stories|on\s+this(?:\s+story)?|about\s+this))?"
    r"|read\s+(?:also|next)|also\s+read|more\s+on\s+(?:this|that|the)(?:\s+(?:story|topic))?"
    r"|more\s+(?:stories|coverage|news)(?:\s+from\s+[\w .'’&-]{1,40})?|see\s+also"
    r"|recommended(?:\s+(?:for\s+you|stories|reading))?|you\s+(?:may|might)\s+also\s+like"
    r"|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|further\s+reading|top\s+stories"
    r"|editor['’]s\s+picks|don['’]t\s+miss)\s*[:：]?\s*$"
)
# A line that starts with a teaser label and goes on to name another story.
_TEASER_INLINE = re.compile(
    r"(?i)^(?:related(?:\s+(?:story|stories|article|articles|coverage))?|read\s+more|read\s+also"
    r"|also\s+read|more\s+on\s+(?:this|that|the)(?:\s+(?:story|topic))?|see\s+also|watch|listen"
    r"|recommended|don['’]t\s+miss|read\s+next)\s*(?:[:：|»›>]|[-–—]\s)\s*\S"
)
_COOKIE = re.compile(
    r"(?i)(?:\b(?:we|this\s+(?:web)?site|our\s+(?:web)?site)\s+uses?\s+cookies\b"
    r"|\baccept\s+(?:all\s+)?cookies\b|\bcookie\s+(?:policy|settings|preferences|consent)\b"
    r"|\bmanage\s+(?:cookie\s+)?preferences\b"
    r"|\bby\s+continuing\s+to\s+(?:browse|use)\s+(?:this|our|the)\s+(?:web)?site\b)"
)


def strip_decoration(line: str) -> str:
    """The words of a line without leading Markdown decoration and list markers."""
    s = _DECORATION.sub("", line)
    s = _LIST_MARKER.sub("", s)
    return s.strip().strip("*_").strip()


def teaser_line_numbers(lines: Sequence[str], list_prefixed: bool = True) -> set[int]:
    """0-based lines that look like "related stories" teasers, judged by their words alone.

    A teaser heading ("Related stories", "Read more") marks itself and the list items that
    follow it (blank lines may sit between); a line opening with a teaser label followed by
    a story name ("Read more: Seoul protests ...") marks itself. With `list_prefixed`, items
    are lines that start with a list marker ("- ", "* ", "1. ").
    """
    found: set[int] = set()
    in_block = False
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        words = strip_decoration(line)
        if len(words) <= 80 and _TEASER_HEADING.match(words):
            found.add(i)
            in_block = True
            continue
        if in_block and list_prefixed and _LIST_MARKER.match(line) and len(words) <= 200:
            found.add(i)
            continue
        in_block = False
        if len(words) <= 220 and _TEASER_INLINE.match(words):
            found.add(i)
    return found


def is_cookie_notice(line: str) -> bool:
    """A short line that reads like a cookie/consent banner."""
    return len(line) <= 400 and _COOKIE.search(line) is not None

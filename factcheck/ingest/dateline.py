"""Publication dates written into article text (wire datelines, "Published:" lines) and
date values found in metadata (HTML meta tags, JSON-LD, Markdown front matter).

Pure functions, deterministic: nothing here looks at today's date.
"""

from __future__ import annotations

import datetime
import re

__all__ = ["find_dateline_date", "parse_date_value", "url_path_date"]

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = (
    r"(?i:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\.?,?\s+"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_DASH = r"(?:-{1,3}|[–—―])"
_TZ = r"(?:[A-Z]{2,5}|UTC[+-]\d{1,2}(?::?\d\d)?|GMT[+-]\d{1,2}(?::?\d\d)?|[+-]\d\d:?\d\d|Z)"
_TIME = rf"(?:\d{{1,2}}[:.]\d\d(?::\d\d)?\s*(?i:[ap]\.?m\.?)?(?:\s*{_TZ})?)"

# One date, in any of the shapes the module reads; groups name its parts.
_DATE = (
    rf"(?:(?P<iy>{_YEAR})-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)(?![\d])"
    rf"|(?P<m1>{_MONTH})\b\.?\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?(?![\d])"
    rf"|(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})\b\.?,?(?:\s+(?P<y2>{_YEAR}))?(?![\d])"
    rf"|(?P<nd>[0-3]?\d)\.(?P<nm>[01]?\d)\.(?P<ny>{_YEAR})(?![\d]))"
)

# "ANKARA, March 4 (Reuters) -", "WASHINGTON, Jan. 5, 2026 /PRNewswire/ --",
# "AUSTIN, Texas, Jan. 5, 2026 /PRNewswire/ --", "LONDON, 4 March (Reuters) -"
_WIRE = re.compile(
    rf"^(?P<city>[^\W\d_][\w.'’ -]{{1,40}}?)(?:,\s*(?P<region>[^\W\d_][\w.'’ -]{{0,30}}?))?,\s+"
    rf"(?:{_WEEKDAY})?{_DATE}"
    rf"\s*(?:\((?P<agency>[^()]{{1,40}})\)|/(?P<wire>[^/]{{1,40}})/)?\s*(?:{_DASH}|:\s)"
)
# "March 4, 2025 —", "Tuesday, 4 March 2025 -- "
_DATE_LED = re.compile(rf"^(?:{_WEEKDAY})?{_DATE}\s*{_DASH}\s*\S")
# A line that is nothing but a date (and perhaps a time): "March 4, 2025", "2025-03-04 10:32 GMT"
_DATE_ONLY = re.compile(
    rf"^(?:{_WEEKDAY})?{_DATE}(?:,?\s+(?:at\s+)?{_TIME})?\s*$"
)
# "Published: 4 March 2025", "Updated 2025-03-04 10:32 GMT", "First published on Tue 4 Mar 2025",
# "Updated 10:32 AM EST, Tue March 4, 2025"
_LABELLED = re.compile(
    r"^(?:(?i:first|originally|last)\s+)?"
    r"(?P<label>(?i:published|updated|posted|modified|released|issued|dated|date"
    r"|publication\s+date|publish\s+date))"
    r"(?:\s+(?i:on|at))?\s*[:|]?\s*"
    rf"(?:{_TIME}\s*,?\s*)?(?:{_WEEKDAY})?{_DATE}"
)
_SEPARATORS = re.compile(r"\s*(?:[|•·]|\s[–—-]\s)\s*")
_INLINE_LINK = re.compile(r"\[([^\[\]]*)\]\([^()\s]*\)")
_SCAN_LINES = 15


def find_dateline_date(text: str, year_hint: int | None) -> datetime.date | None:
    """The publication date written at the start of one of the first ~15 non-blank lines.

    Reads wire datelines (``SEOUL, Jan 5 (Yonhap) --``), date-led openings
    (``March 4, 2025 —``), labelled dates (``Published: 4 March 2025``,
    ``Updated 2025-03-04 10:32 GMT``) and lines that hold nothing but a date. A dateline
    without a year takes `year_hint`; without a hint it is skipped. "Published"/"posted"
    dates win over "updated"/"modified" ones; otherwise the first one found wins. Dates in
    running prose ("On March 4 the council met") are never read.
    """
    best: tuple[int, datetime.date] | None = None
    seen = 0
    for raw in text.split("\n"):
        line = _clean(raw)
        if not line:
            continue
        seen += 1
        if seen > _SCAN_LINES:
            break
        found = _line_date(line, year_hint)
        if found is None:
            continue
        rank, day = found
        if rank == 0:
            return day
        if best is None:
            best = found
    return best[1] if best else None


def text_date(text: str, url: str | None) -> tuple[datetime.date | None, str | None]:
    """The date a page without date metadata gives: its dateline (the year from the URL
    when the dateline has none), else a date in the URL's path; with how it was found."""
    date = find_dateline_date(text, url_path_year(url))
    if date is not None:
        return date, "dateline"
    date = url_path_date(url)
    return (date, "url path") if date is not None else (None, None)


def parse_date_value(value: str | None) -> datetime.date | None:
    """The calendar date in a metadata value, as written (no time-zone conversion).

    Reads ISO 8601 (``2025-03-04``, ``2025-03-04T10:00:00+09:00``), ``2025/03/04``,
    ``20250304``, RFC 2822 (``Tue, 04 Mar 2025 10:00:00 GMT``), ``March 4, 2025``,
    ``4 March 2025``, ``04.03.2025`` (day first), unambiguous ``d/m/yyyy``, and Unix
    timestamps. Anything else, or an impossible date, gives None.
    """
    if not value:
        return None
    s = value.strip().strip("\"'").strip()
    if not s:
        return None
    m = re.match(rf"^({_YEAR})[-/.]([01]?\d)[-/.]([0-3]?\d)(?!\d)", s)
    if m:
        return _make(int(m[1]), int(m[2]), int(m[3]))
    m = re.match(rf"^({_YEAR})([01]\d)([0-3]\d)(?:$|T)", s)
    if m:
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if re.fullmatch(r"1\d{9}(?:\d{3})?", s):  # Unix time, seconds or milliseconds
        secs = int(s[:10])
        return datetime.datetime.fromtimestamp(secs, tz=datetime.UTC).date()
    m = re.match(rf"^(?:{_WEEKDAY})?{_DATE}", s)
    if m:
        return _from_match(m, None)
    m = re.match(rf"^([0-3]?\d)/([0-3]?\d)/({_YEAR})(?!\d)", s)
    if m:
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if a > 12 >= b:
            return _make(y, b, a)
        if b > 12 >= a:
            return _make(y, a, b)
    return None


def url_path_date(url: str | None) -> datetime.date | None:
    """A date written into a URL's path: ``/2025/03/04/``, ``/2025-03-04-``, ``/20250304/``."""
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url, flags=re.I).split("?")[0]
    m = re.search(rf"/({_YEAR})/([01]?\d)/([0-3]?\d)(?:/|$|[-_])", path)
    if not m:
        m = re.search(rf"[/_-]({_YEAR})-([01]\d)-([0-3]\d)(?:[/_.-]|$)", path)
    if not m:
        m = re.search(rf"/({_YEAR})([01]\d)([0-3]\d)(?:[/_.-]|$)", path)
    return _make(int(m[1]), int(m[2]), int(m[3])) if m else None


def url_path_year(url: str | None) -> int | None:
    """A year written into a URL's path as its own segment (``/2025/``), for a year hint."""
    if not url:
        return None
    day = url_path_date(url)
    if day:
        return day.year
    m = re.search(rf"/({_YEAR})/", url)
    return int(m[1]) if m else None


# -- helpers ---------------------------------------------------------------------------


def _clean(line: str) -> str:
    """A line as a dateline matcher sees it: no Markdown emphasis, links or quote marks."""
    s = _INLINE_LINK.sub(r"\1", line)
    s = s.replace("*", "").replace("_", " ")
    s = re.sub(r"^[\s>#]+", "", s)
    s = re.sub(r"^[-+]\s+", "", s)
    return " ".join(s.split())


def _line_date(line: str, year_hint: int | None) -> tuple[int, datetime.date] | None:
    """(rank, date) for a line that opens with a dateline; rank 0 = published, 1 = updated."""
    m = _WIRE.match(line)
    if m and _wire_city_ok(m):
        day = _from_match(m, year_hint)
        if day:
            return 0, day
    m = _DATE_LED.match(line) or _DATE_ONLY.match(line)
    if m:
        day = _from_match(m, year_hint)
        if day:
            return 0, day
    segments = [line]
    if len(line) <= 160 and re.match(r"(?i)by\s", line):
        segments = _SEPARATORS.split(line)[1:]  # "By Jane Doe | Published March 4, 2025"
    for seg in segments:
        m = _LABELLED.match(seg)
        if m:
            day = _from_match(m, year_hint)
            if day:
                label = m["label"].lower()
                return (1 if label in ("updated", "modified") else 0), day
        elif seg is not line:
            m = _DATE_ONLY.match(seg)
            if m and (day := _from_match(m, None)):
                return 0, day
    return None


def _wire_city_ok(m: re.Match[str]) -> bool:
    """A dateline city is in capitals (``SEOUL``), unless a wire name follows the date."""
    city = m["city"].strip()
    if len(city.split()) > 4:
        return False
    if m["agency"] or m["wire"]:
        return all(w[0].isupper() for w in city.split())
    letters = [c for c in city if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _from_match(m: re.Match[str], year_hint: int | None) -> datetime.date | None:
    g = m.groupdict()
    if g.get("iy"):
        return _make(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g.get("ny"):
        return _make(int(g["ny"]), int(g["nm"]), int(g["nd"]))
    if g.get("m1"):
        month, day, year = g["m1"], g["d1"], g.get("y1")
    elif g.get("m2"):
        month, day, year = g["m2"], g["d2"], g.get("y2")
    else:
        return None
    y = int(year) if year else year_hint
    if y is None:
        return None
    return _make(y, _MONTHS[month.lower().rstrip(".")], int(re.sub(r"\D", "", day)))


def _make(year: int, month: int, day: int) -> datetime.date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None

"""Dates of events: "on Jan 5, 2026", "January 5, 2026", "Jan 5 2026", "5 January 2026",
"on March 3" (year from the article's date), "from January 4 to 7, 2026", "June 2025",
"2026-01-05".

A date is keyed by the event it is attached to (the nearest event noun in its
sentence: summit, visit, earthquake, election...). A date with no event beside it is
no checkable claim and is left alone. Ranges also give the event's duration.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator

from ..document import Document
from ..lexicon import MONTHS
from ..models import Claim
from ..numbers import Interval
from .common import Context, event_phrase, make_claim, names_in, nearest_event, story_scope
from .durations import duration_value

_MONTH = (r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_TO = r"\s*(?:-|to|through|until|till)\s*"

DATE_RE = re.compile(
    rf"""
    (?P<mdr>(?P<mdr_m1>{_MONTH})\s+(?P<mdr_d1>{_DAY}){_TO}(?:(?P<mdr_m2>{_MONTH})\s+)?
        (?P<mdr_d2>{_DAY})\b(?:,?\s+(?P<mdr_y>{_YEAR}))?)
  | (?P<dmr>(?P<dmr_d1>{_DAY}){_TO}(?P<dmr_d2>{_DAY})\s+(?P<dmr_m>{_MONTH})
        (?:,?\s+(?P<dmr_y>{_YEAR}))?)
  | (?P<mdy>(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>{_DAY})\b(?!\s*(?:-|to)\s*\d)(?!:)
        (?:,?\s+(?P<mdy_y>{_YEAR})\b)?)
  | (?P<dmy>(?<![\d,])(?P<dmy_d>{_DAY})\s+(?P<dmy_m>{_MONTH})(?:,?\s+(?P<dmy_y>{_YEAR}))?\b)
  | (?P<my>(?:(?:early|mid|late)[- ])?(?P<my_m>{_MONTH}),?\s+(?P<my_y>{_YEAR})\b)
  | (?P<iso>\b(?P<iso_y>{_YEAR})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)\b)
    """,
    re.VERBOSE,
)
# "since June 2025", "as of Jan 7": a bound in time, not the date of the event.
_NOT_THE_EVENTS_DATE = re.compile(
    r"\b(?:since|until|till|before|after|as\s+of|prior\s+to|starting|ahead\s+of|"
    r"through)\s+(?:(?:early|mid|late)[- ])?$",
    re.IGNORECASE,
)
_PERSON_EVENTS = frozenset({"summit", "visit", "forum", "speech", "dinner", "ceremony"})


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _resolve_year(month: int, day: int, ref: dt.date | None) -> dt.date | None:
    """The year of a date written without one: the one nearest the article's date."""
    if ref is None:
        return None
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((cand - ref).days) < abs((best - ref).days):
            best = cand
    return best


def parse_match(m: re.Match[str], ref: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date match stands for (equal for one day)."""
    g = m.groupdict()
    try:
        if g["mdr"]:
            m1 = _month(g["mdr_m1"])
            m2 = _month(g["mdr_m2"]) if g["mdr_m2"] else m1
            d1, d2 = _day(g["mdr_d1"]), _day(g["mdr_d2"])
            year = int(g["mdr_y"]) if g["mdr_y"] else None
            return _range(year, m1, d1, m2, d2, ref)
        if g["dmr"]:
            mo = _month(g["dmr_m"])
            year = int(g["dmr_y"]) if g["dmr_y"] else None
            return _range(year, mo, _day(g["dmr_d1"]), mo, _day(g["dmr_d2"]), ref)
        if g["mdy"] or g["dmy"]:
            p = "mdy" if g["mdy"] else "dmy"
            mo, day = _month(g[f"{p}_m"]), _day(g[f"{p}_d"])
            if g[f"{p}_y"]:
                d = dt.date(int(g[f"{p}_y"]), mo, day)
            else:
                d = _resolve_year(mo, day, ref)  # type: ignore[assignment]
                if d is None:
                    return None
            return d, d
        if g["my"]:
            year, mo = int(g["my_y"]), _month(g["my_m"])
            first = dt.date(year, mo, 1)
            last = (dt.date(year + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1))
            return first, last
        if g["iso"]:
            d = dt.date(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
            return d, d
    except ValueError:
        return None
    return None


def _range(year: int | None, m1: int, d1: int, m2: int, d2: int,
           ref: dt.date | None) -> tuple[dt.date, dt.date] | None:
    if year is None:
        first = _resolve_year(m1, d1, ref)
        if first is None:
            return None
        year = first.year
    first = dt.date(year, m1, d1)
    last = dt.date(year + (m2 < m1), m2, d2)
    if last < first:
        return None
    return first, last


def date_value(first: dt.date, last: dt.date, month_only: bool) -> str:
    if month_only:
        return first.strftime("%Y-%m")
    if first == last:
        return first.isoformat()
    return f"{first.isoformat()}/{last.isoformat()}"


def extract(ctx: Context) -> Iterator[Claim]:
    """Every date attached to an event, plus the duration of every date range."""
    doc = ctx.doc
    text = doc.text
    for m in DATE_RE.finditer(text):
        start, end = m.span()
        sent = doc.sentence_at(start)
        if sent.zone == "boilerplate":
            continue
        span = parse_match(m, doc.date)
        ctx.take(start, end)  # numbers inside dates are never counts
        if span is None:
            continue
        first, last = span
        sentence = text[sent.start : sent.end]
        rel = start - sent.start
        is_range = bool(m.group("mdr") or m.group("dmr"))
        if not is_range and _NOT_THE_EVENTS_DATE.search(sentence[max(0, rel - 20) : rel]):
            continue
        # the date's own words ("March") are no event: blank them out first
        blanked = sentence[:rel] + " " * (end - start) + sentence[rel + end - start :]
        anchor = nearest_event(blanked, rel)
        if anchor is None:
            continue
        event = anchor[0]
        scope = story_scope(ctx, sent, start, end)
        if doc.date and abs((first - doc.date).days) > 366 and "event" not in scope:
            scope = {"event": str(first.year)}  # a date years away is another event's
        if event in _PERSON_EVENTS:
            scope["who"] = "|".join(sorted(names_in(sentence)))
        month_only = bool(m.group("my"))
        value = date_value(first, last, month_only)
        interval = Interval(float(first.toordinal()), float(last.toordinal()), False)
        yield make_claim(
            ctx, start, end, kind="date", key=event, claim=f"date of {event_phrase(event)}",
            value=value, interval=interval, scope=scope,
        )
        if last > first and not month_only:
            days = (last - first).days + 1
            seconds = days * 86400
            yield make_claim(
                ctx, start, end, kind="duration", key=event,
                claim=f"length of {event_phrase(event)}",
                value=duration_value(seconds), interval=Interval(seconds, seconds, False),
                scope=scope,
            )


def infer_article_date(doc: Document) -> dt.date | None:
    """The article's date when nothing states it: its most cited full date.

    News copy names the day of the event it reports more often than any other; a tie
    goes to the later date (the report comes after what it reports).
    """
    counts: Counter[dt.date] = Counter()
    text = doc.text
    for m in DATE_RE.finditer(text):
        if not (m.group("mdy_y") or m.group("dmy_y") or m.group("iso")):
            continue
        if doc.zone_at(m.start()) not in ("headline", "body"):
            continue
        span = parse_match(m, None)
        if span:
            counts[span[0]] += 1
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]

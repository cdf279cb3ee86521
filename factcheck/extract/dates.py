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

from ..document import Document, Sentence
from ..lexicon import MONTHS, WEEKDAYS
from ..models import Claim
from ..numbers import Interval
from .common import (
    Context,
    candidates,
    event_phrase,
    holder_names,
    make_claim,
    names_in,
    nearest_event,
    story_scope,
)
from .durations import duration_value
from .scan import anchored_finditer, contains_any, folded_text, occurrences

_MONTH = (r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_TO = r"\s*(?:-|to|through|until|till)\s*"

_DATE_FORMS = rf"""
    (?P<mdr>(?P<mdr_m1>{_MONTH})\s+(?P<mdr_d1>{_DAY}){_TO}(?:(?P<mdr_m2>{_MONTH})\s+)?
        (?P<mdr_d2>{_DAY})\b(?:,?\s+(?P<mdr_y>{_YEAR}))?)
  | (?P<dmr>(?P<dmr_d1>{_DAY}){_TO}(?P<dmr_d2>{_DAY})\s+(?P<dmr_m>{_MONTH})
        (?:,?\s+(?P<dmr_y>{_YEAR}))?)
  | (?P<mdy>(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>{_DAY})\b(?!\s*(?:-|to)\s*\d)(?!:)
        (?:,?\s+(?P<mdy_y>{_YEAR})\b)?)
  | (?P<dmy>(?<![\d,])(?P<dmy_d>{_DAY})\s+(?P<dmy_m>{_MONTH})(?:,?\s+(?P<dmy_y>{_YEAR}))?\b)
  | (?P<my>(?:(?:early|mid|late)[- ])?(?P<my_m>{_MONTH}),?\s+(?P<my_y>{_YEAR})\b)
  | (?P<iso>\b(?P<iso_y>{_YEAR})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)\b)
    """

# Every date starts with a month's capital, a digit or "early"/"mid"/"late". Said first,
# this keeps `re` from trying all six forms at every "e", "m" and "l" of the text (the
# first-character guard `tries` adds cannot tell "early" from any other "e"): twice as fast.
DATE_RE = re.compile(rf"(?=[JFMASOND0-9]|(?:early|mid|late)[- ])(?:{_DATE_FORMS})", re.VERBOSE)
# "since June 2025", "as of Jan 7": a bound in time, not the date of the event.
_NOT_THE_EVENTS_DATE = re.compile(
    r"\b(?:since|until|till|before|after|as\s+of|prior\s+to|starting|ahead\s+of|"
    r"through)\s+(?:(?:early|mid|late)[- ])?$",
    re.IGNORECASE,
)
_DAY_NAME = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAY = rf"({_DAY_NAME})"
_WEEKDAY_BEFORE = re.compile(rf"\b{_WEEKDAY}\s*,?\s*(?:the\s+)?$")
_DAY_MOD = r"last|next|this|that|on|earlier\s+that|later\s+that|early\s+on|late\s+on|earlier\s+on"
_DAY_WORD = r"yesterday|today|tomorrow"
_RELATIVE_FORMS = (rf"(?:\b(?P<mod>{_DAY_MOD})\s+)?\b(?P<wd>{_DAY_NAME})\b"
                   rf"(?!\s*,?\s*(?:{_MONTH}|\d))|\b(?P<rel>{_DAY_WORD})\b")
# Every match starts with one of its words. Said first, this keeps `re` from trying the
# optional modifier at every "l", "n", "t", "o" and "e" of the text: 40% faster.
RELATIVE_RE = re.compile(rf"(?=\b(?:{_DAY_MOD}|{_DAY_NAME}|{_DAY_WORD})\b)(?:{_RELATIVE_FORMS})",
                         re.IGNORECASE)
# Every match of RELATIVE_RE holds one of these.
_RELATIVE_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                   "sunday", "yesterday", "today", "tomorrow")
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+$", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\b(?:by|until|since|before|after)\s+$", re.IGNORECASE)
# Events that last days: a single day named beside one is a day during it, not its date,
# unless the sentence says it began or ended then.
_MULTI_DAY = frozenset({"visit", "forum", "storm", "flood", "fire", "protest", "trial",
                        "strike"})
_BOUNDARY = re.compile(r"\b(?:began|begins|begin|start|starts|started|starting|opened|opens|"
                       r"broke\s+out|erupted|launch(?:ed|es|ing)?|walk(?:ed|s)?\s+(?:off|out)|"
                       r"ended|ends|end|closed|concluded|concludes|wrapped\s+up)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|could|may|might|is\s+set\s+to|are\s+set\s+to|scheduled|"
                     r"plans?\s+to|due\s+to|"
                     r"is\s+to|are\s+to|expected\s+to)\b[^.;]*$", re.IGNORECASE)
# Phrases that name an event where no event noun stands in the date's clause: workers
# who "walked off the job" are on strike, leaders who "sat down with" each other met.
_PHRASE_EVENTS = [
    (re.compile(r"\bwalk(?:ed|s)?\s+(?:off\s+the\s+job|out)\b|\bstaged?\s+a\s+walkout\b",
                re.IGNORECASE), "strike"),
    (re.compile(r"\bs(?:at|it|its)\s+down\s+with\b", re.IGNORECASE), "summit"),
    (re.compile(r"\b(?:lift(?:s|ed)?|blast(?:s|ed)?)\s+off\b", re.IGNORECASE), "launch"),
]
# A storm's arrival on one day is its landfall, however the copy words it.
_ARRIVAL = re.compile(r"\b(?:made\s+landfall|(?:came|swept|washed)\s+ashore|hit|struck|"
                      r"slammed\s+into|tore\s+through|ripped\s+through|battered|lashed|"
                      r"reached|pummell?ed)\b", re.IGNORECASE)
# "X said on Monday it had agreed to buy Y": the announcement is the deal's own date.
_DEAL_WORDS = re.compile(r"\b(?:agreed\s+to\s+(?:buy|acquire|purchase|merge)|take\s+over|"
                         r"acquire|acquisition|takeover|merger|buyout|deal\s+(?:valued|worth))"
                         r"\b", re.IGNORECASE)
# A closing is a deal's: "the transaction closed on Friday", "expected to close in Q3"
_CLOSING_CONTEXT = re.compile(
    r"\b(?:deal|deals|transaction|acquisition|takeover|merger|buyout|purchase|sale|offer|"
    r"tender|bid|round|financing|IPO|listing|completion)\b|\bthe\s+closing\b", re.IGNORECASE)
_DEAL_STORY = re.compile(r"\b(?:acquisition|acquire[sd]?|merger|takeover|buyout|transaction)\b",
                         re.IGNORECASE)


def _deal_story(doc: Document) -> bool:
    """True when the article is about a deal (it says acquisition, merger...)."""
    found = doc.cache.get("deal_story")
    if found is None:
        found = doc.cache["deal_story"] = bool(_DEAL_STORY.search(doc.text))
    return bool(found)


_PERSON_EVENTS = frozenset({"summit", "visit", "forum", "speech", "dinner", "ceremony"})
# Events that are a step in a person's career, not an occurrence of the story's event:
# "since taking office in June 2025" is months back and still no earlier event. Their
# claims are kept apart by whose they are ("who"); tagging them with their own month,
# as an earlier event's date is, would keep two outlets that disagree on it apart too.
_CAREER_EVENTS = frozenset({"took office"})


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
    """Every date attached to an event (absolute, or relative to the article's date),
    the duration of every date range, and every weekday that contradicts its date."""
    yield from _absolute(ctx)
    yield from _relative(ctx)


def date_matches(doc: Document) -> list[re.Match[str]]:
    """Every `DATE_RE` match in the document, found once (the article's date and the
    date claims both read them)."""
    found = doc.cache.get("date_matches")
    if found is None:
        found = doc.cache["date_matches"] = list(date_finditer(doc.text))
    return found  # type: ignore[no-any-return]


# Where a `DATE_RE` match can start. `DATE_RE` is tried at every offset of the text (it
# opens with a lookahead, which `re` cannot skip ahead to); these find the few offsets
# where a match can start, and it is tried there alone. Every match starts
# - at a month's first three letters (any form that opens with its month: "March 3",
#   "March 3-5", "March 2025"), which `_MONTH_TOKEN` finds, skipping ahead to capitals;
# - at "early", "mid" or "late" and a hyphen or space just before such a month;
# - at a day's first digit, in a day or a day range that ends in white space just before
#   a month ("3 March", "3-5 March", "3rd to 5th March"): in the run back from the month
#   of the characters such days are written with (`_DAY_RUN_BACK`, read on the text
#   reversed);
# - or at the year of an ISO date, four characters before its "-MM-DD" (`_ISO_TAIL`,
#   which `re` finds skipping ahead to hyphens; searched again one character on from each,
#   so that none hides another).
# `DATE_RE` does not ignore case, and each of these holds what its matches hold: days and
# years start with an ASCII digit, the months with these capitals.
_MONTH_TOKEN = re.compile(r"Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec")
_DATE_PREFIXES = ("early-", "early ", "mid-", "mid ", "late-", "late ")
# digits (any: `_DAY` reads "\d" after its first), white space, "-", and the letters of
# "st", "nd", "rd", "th", "to", "through", "until" and "till"
_DAY_RUN_BACK = re.compile(r"[\s\d\-stndrhougil]*")
_ISO_TAIL = re.compile(r"-[01]\d-[0-3]\d")


def date_finditer(text: str) -> Iterator[re.Match[str]]:
    """`DATE_RE.finditer(text)`: the same matches, `DATE_RE` tried only where one can
    start (see above), in order, each offset past the last match's end."""
    starts: set[int] = set()
    reverse = ""
    n = len(text)
    for t in _MONTH_TOKEN.finditer(text):
        p = t.start()
        starts.add(p)
        for prefix in _DATE_PREFIXES:
            if p >= len(prefix) and text.startswith(prefix, p - len(prefix)):
                starts.add(p - len(prefix))
        if not reverse:
            reverse = text[::-1]
        run = _DAY_RUN_BACK.match(reverse, n - p)  # it always matches, if only nothing
        back = run.end() - (n - p) if run else 0
        starts.update(q for q in range(p - back, p) if "0" <= text[q] <= "9")
    iso = _ISO_TAIL.search(text)
    while iso is not None:
        if iso.start() >= 4:
            starts.add(iso.start() - 4)
        iso = _ISO_TAIL.search(text, iso.start() + 1)
    return anchored_finditer(DATE_RE, text, sorted(starts), 0)


def _absolute(ctx: Context) -> Iterator[Claim]:
    doc = ctx.doc
    text = doc.text
    for m in date_matches(doc):
        start, end = m.span()
        sent = doc.sentence_at(start)
        if sent.zone == "boilerplate":
            continue
        span = parse_match(m, doc.date)
        ctx.take(start, end)  # numbers inside dates are never counts
        if span is None:
            continue
        first, last = span
        wd = _WEEKDAY_BEFORE.search(text, max(sent.start, start - 16), start)
        if wd:
            ctx.take(wd.start(), wd.end())
            if first == last and WEEKDAYS[wd.group(1).lower()] != first.weekday():
                yield _weekday_claim(ctx, wd.start(1), end, wd.group(1), first)
        if _in_dateline(text, start, end):
            continue  # "NEW YORK, Nov 6 (Reuters) -": when it was filed, not what happened
        is_range = bool(m.group("mdr") or m.group("dmr"))
        yield from _emit(ctx, sent, start, end, first, last, month_only=bool(m.group("my")),
                         check_bound=not is_range)


# letters of any script: "SAN JOSÉ, Feb. 27, 2024 (Continental Post) —" is a dateline too
_DATELINE_WORD = re.compile(r"[^\W\d_][^\W\d_.'-]*[.'-]?[^\W\d_.'-]*")
_DATELINE_AFTER = re.compile(r"\s*(?:\(\w[^)]{0,30}\)\s*)?(?:-{1,2}|/|:)\s")


def _in_dateline(text: str, start: int, end: int) -> bool:
    """A date at the head of a paragraph after a place, followed by a dash or an agency
    name: a wire dateline."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip(" \t*_")
    place = before[:-1].rstrip() if before.endswith(",") else before
    # "AREQUIPA, Peru": the city in capitals, then perhaps its country or state as written
    city, _, region = place.partition(",")
    words = city.split()
    region_words = region.split()
    # one to four upper-case words ("NEW YORK", "SAN JOSÉ"), tested word by word: a
    # single pattern over the line backtracked badly on long lines
    return (1 <= len(words) <= 4 and city.upper() == city
            and all(_DATELINE_WORD.fullmatch(w) for w in words)
            and len(region_words) <= 3 and "," not in region
            and all(w[:1].isupper() and _DATELINE_WORD.fullmatch(w) for w in region_words)
            and _DATELINE_AFTER.match(text, end) is not None)


def _relative(ctx: Context) -> Iterator[Claim]:
    """'on Tuesday', 'earlier that Sunday', 'yesterday', resolved against the article's
    date. A date the article only infers from its text is a weaker anchor: a weekday
    is then read as the nearest one either side, not the last one before."""
    doc = ctx.doc
    if doc.date is None:
        return
    text = doc.text
    inferred = (doc.date_source or "").startswith("inferred")
    if (doc.date_source or "").startswith("borrowed"):
        return  # "on Sunday" against a date lent by other articles could be a day off
    if not contains_any(doc, _RELATIVE_WORDS):
        return  # no weekday, "yesterday", "today" or "tomorrow": nothing to resolve
    for m, sent in candidates(ctx, RELATIVE_RE, found=relative_finditer(doc)):
        start, end = m.span()
        if m.group("wd"):
            if _ATTRIBUTIVE_BEFORE.search(text, max(0, start - 6), start) or text.startswith(
                "'s", end
            ):
                continue  # "the Tuesday evening bulletin", "Friday's closing price"
            if _BY_BEFORE.search(text, max(0, start - 6), start):
                continue  # "by Tuesday night": a bound, not a date
            target = WEEKDAYS[m.group("wd").lower()]
            mod = (m.group("mod") or "").lower()
            future = mod == "next" or bool(_FUTURE.search(text, max(sent.start, start - 40), start))
            diff = (target - doc.date.weekday()) % 7
            if future:
                if mod != "next":
                    continue  # "he will meet Lula on Wednesday": a plan, not the story's date
                day = doc.date + dt.timedelta(days=diff or 7)
            elif mod == "last":
                day = doc.date - dt.timedelta(days=(7 - diff) % 7 or 7)
            elif inferred and diff <= 3:
                day = doc.date + dt.timedelta(days=diff)
            else:
                day = doc.date - dt.timedelta(days=(7 - diff) % 7)
        else:
            shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("rel").lower()]
            if inferred:
                continue  # "today" of an article whose date is a guess is no date
            day = doc.date + dt.timedelta(days=shift)
        yield from _emit(ctx, sent, start, end, day, day, month_only=False, check_bound=True)


def relative_finditer(doc: Document) -> Iterator[re.Match[str]]:
    """`RELATIVE_RE.finditer(doc.text)`, tried only where a match can start: at one of
    `_RELATIVE_WORDS` (where they stand in the folded text), or at the modifier before a
    weekday, the one or two words ("last", "earlier that") just before it past white
    space. A modifier follows no word character, and any character that folds to an
    ASCII letter is one: the run of letters back from the weekday starts where the
    modifier does."""
    text = doc.text
    folded = folded_text(doc)
    starts = set()
    for p in occurrences(doc, _RELATIVE_WORDS):
        starts.add(p)
        q = p
        for _ in range(2):  # a modifier of one word or of two ("earlier that")
            a = q
            while a > 0 and folded[a - 1].isspace():
                a -= 1
            b = a
            while b > 0 and "a" <= folded[b - 1] <= "z":
                b -= 1
            if a == q or b == a:
                break  # no white space, or no word before it
            starts.add(b)
            q = b
    return anchored_finditer(RELATIVE_RE, text, sorted(starts), 0)


# "said Friday", "told reporters on Monday": when it was said, not when it happened
_SAID = re.compile(r"\b(?:said|says|told\s+\w+|announced|stated|added|noted|confirmed|reported|"
                   r"revealed|wrote|tweeted|posted|showed|shows|indicated|published)"
                   r"\s+(?:on\s+|late\s+|early\s+)?"
                   r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$",
                   re.IGNORECASE)


def _emit(ctx: Context, sent: Sentence, start: int, end: int, first: dt.date,
          last: dt.date, *, month_only: bool, check_bound: bool) -> Iterator[Claim]:
    doc = ctx.doc
    text = doc.text
    sentence = text[sent.start : sent.end]
    rel = start - sent.start
    if check_bound and _NOT_THE_EVENTS_DATE.search(sentence[max(0, rel - 20) : rel]):
        return
    # the date's own words ("March") are no event: blank them out first
    blanked = sentence[:rel] + " " * (end - start) + sentence[rel + end - start :]
    lo, hi = _clause(blanked, rel, rel + end - start)
    if _SAID.search(sentence[max(0, rel - 35) : rel]):
        if not _DEAL_WORDS.search(blanked):
            return
        event = "deal|announced"
    else:
        anchor = nearest_event(blanked[lo:hi], rel - lo)
        if anchor is None:
            found = [ev for pat, ev in _PHRASE_EVENTS if pat.search(blanked[lo:hi])]
            if not found:
                found = _lede_event(ctx, sent, blanked[lo:hi])
            if not found:
                return
            anchor = (found[0], lo)
        elif anchor[1] > rel - lo and (
                _AFTER_EVENT.search(blanked, lo, lo + anchor[1])
                or _SINCE_EVENT.search(blanked, rel + end - start, lo + anchor[1])):
            return  # "long waits on Tuesday ... following a ransomware attack": a later day
        if _RISE.search(blanked, lo, hi):
            return  # "the death toll from a bus crash rose to 25 on Tuesday": the rise's day
        event = anchor[0]
    if event == "storm" and first == last and _ARRIVAL.search(blanked[lo:hi]):
        event = "landfall"
    if event == "closing" and not _CLOSING_CONTEXT.search(blanked) and not _deal_story(doc):
        return  # "1,240 schools closed on Monday": not a deal's closing
    if event in _MULTI_DAY and first == last and not month_only:
        # the boundary word nearest before the date, else the first after: "started on
        # Monday and ends on Wednesday" gives a start and an end
        bounds = list(_BOUNDARY.finditer(blanked))
        before = [b for b in bounds if b.end() <= rel]
        boundary = before[-1] if before else bounds[0] if bounds else None
        if not boundary:
            return
        starts = boundary.group().lower()[:3] in ("beg", "sta", "ope", "bro", "eru", "lau",
                                                  "wal")
        event = f"{event}|{'start' if starts else 'end'}"
    scope = story_scope(ctx, sent, start, end)
    if doc.date and abs((first - doc.date).days) > 366 and "event" not in scope:
        scope = {"event": str(first.year)}  # a date years away is another event's
    elif (doc.date and month_only and (doc.date - last).days > 31 and "event" not in scope
          and event not in _CAREER_EVENTS):
        # "Kanlaon's December 2024 eruption" in a June 2025 report: a month that ended
        # weeks before the article is an earlier event's, not the one it reports
        scope = {"event": first.strftime("%Y-%m")}
    if event in _PERSON_EVENTS:
        scope["who"] = "|".join(sorted(names_in(sentence)))
    if event == "took office":
        # whose taking office: "the government took office in April 2024" is not the
        # new minister's swearing-in; with no name, no claim
        who = holder_names(sentence[lo:hi])
        if not who and re.match(r"\W*(?:since|after|before|upon|on)\s+\w+ing\b",
                                sentence[lo:hi], re.IGNORECASE):
            who = holder_names(sentence)  # "Since taking office in June 2025, Lee has ..."
        if not who:
            return
        scope["who"] = "|".join(sorted(who))
    value = date_value(first, last, month_only)
    interval = Interval(float(first.toordinal()), float(last.toordinal()), False)
    label = f"date of {event_phrase(event)}"
    if event == "deal|announced":
        label = "date the deal was announced"
    elif "|" in event:
        base, edge = event.split("|")
        label = f"{edge} date of {event_phrase(base)}"
    yield make_claim(
        ctx, start, end, kind="date", key=event, claim=label,
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


# A count that moved: its day is the update's, not the event's.
_RISE = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|grew)\s+to\b",
                   re.IGNORECASE)
# An event named after the date as what came before it: "long waits on Tuesday
# following an attack".
_AFTER_EVENT = re.compile(r"\b(?:following|in\s+the\s+wake\s+of|(?:days?|weeks?|hours?|"
                          r"months?)\s+after)\s+"
                          r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# ... or said after the date to have lasted since: "found on Sunday the skiers missing
# since an avalanche swept the run" (not "since Kanlaon's December 2024 eruption", where
# the date is the earlier event's own)
_SINCE_EVENT = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# What the event did to people or places, said in a lede that names no event: "At least
# nine people were killed and 74 injured on Saturday when a gate gave way".
_HARM = re.compile(r"\b(?:killed|killing|died|dead|injured|injuring|wounded|hurt|missing|"
                   r"destroyed|damaged|collapsed|buried|trapped|evacuated)\b", re.IGNORECASE)
# A lede about a later count or a response, not the event: "The toll rose to 31 on Monday"
_FOLLOW_UP = re.compile(r"\b(?:toll|rose|risen|rises|climbed|climbs|updated?|revised|"
                        r"funerals?|mourn\w*|vigils?|buried\s+their|recovered)\b",
                        re.IGNORECASE)


def _lede_event(ctx: Context, sent: Sentence, clause: str) -> list[str]:
    """The headline's event, for a date in the lede's clause that tells what the event did
    but does not name it; else nothing."""
    doc = ctx.doc
    # the first body sentences that read as prose, not a byline's "Posted 2026-11-11" or
    # "The Daily Courier | Sept. 14, 2026"
    body = (s for s in doc.sentences if s.zone == "body" and _prose(doc.text[s.start : s.end]))
    lede = next(body, None)
    if lede is not None and lede != sent and doc.text[lede.start : lede.end].rstrip() \
            .endswith("?") and next(body, None) == sent:
        # a question opens the story and the lede answers it: "Can a single meeting
        # repair a relationship? Singh and Dlamini put that to the test in Colombo on
        # 11 November": the question names the event
        asked = nearest_event(doc.text[lede.start : lede.end], 0, within=lede.end - lede.start)
        return [asked[0]] if asked else []
    if lede != sent or not _HARM.search(clause) or _FOLLOW_UP.search(clause):
        return []
    # the page's title when no headline stands in the text (a Markdown file's front matter)
    headline = " ".join(doc.text[s.start : s.end] for s in doc.sentences
                        if s.zone == "headline") or doc.source.title or ""
    event = nearest_event(headline, 0, within=len(headline))
    return [event[0]] if event else []


def _prose(sentence: str) -> bool:
    return "|" not in sentence and len(sentence.split()) >= 6


_CLAUSE_MARK = re.compile(r"[,;()]|:(?!\d)|\s[-–—]\s")
_WEEKDAY_COMMA = re.compile(rf"\b{_WEEKDAY}\s*$")


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause a date stands in, so that it is tied to its own event: in "pulled
    bodies from the rubble on Tuesday, raising the toll from the earthquake" the
    earthquake is not Tuesday's. A date that opens the sentence ("On January 5, 2026,
    the leaders met") belongs to the clause that follows it."""
    if len(sentence[:start].split()) <= 2:
        return 0, len(sentence)
    marks = [m for m in _CLAUSE_MARK.finditer(sentence, 0, start)
             if not (m.group() == "," and _WEEKDAY_COMMA.search(sentence, 0, m.start()))]
    lo = marks[-1].end() if marks else 0
    if len(marks) == 1 and len(sentence[: marks[0].start()].split()) <= 4:
        lo = 0  # "The summit, held on Monday, ...": the subject before the comma
    m = _CLAUSE_MARK.search(sentence, end)
    hi = m.start() if m else len(sentence)
    return lo, hi


def _weekday_claim(ctx: Context, start: int, end: int, stated: str, day: dt.date) -> Claim:
    """A weekday written beside a date it does not fit ("Sunday, January 5, 2026")."""
    index = WEEKDAYS[stated.lower()]
    return make_claim(
        ctx, start, end, kind="weekday", key=day.isoformat(),
        claim=f"weekday of {day.isoformat()}", value=stated.capitalize(),
        interval=Interval(float(index), float(index), False),
    )


def header_date(doc: Document) -> dt.date | None:
    """A full date in the page's first lines, before the story starts: a byline or a
    newsletter header ("QuakeWatch Daily Digest - Wednesday, 5 March 2025",
    "LATAM BRIEFING | November 4, 2025", "Published: 4 March 2025")."""
    text = doc.text
    seen = 0
    pos = 0
    while seen < 5 and pos < len(text):
        nl = text.find("\n", pos)
        line_end = len(text) if nl == -1 else nl
        line = text[pos:line_end]
        if line.strip():
            seen += 1
            if len(line.split()) <= 14:
                for m in DATE_RE.finditer(line):
                    if m.group("mdy_y") or m.group("dmy_y") or m.group("iso"):
                        span = parse_match(m, None)
                        if span:
                            return span[0]
            elif doc.zone_at(pos) == "body":
                break  # the story has begun
        pos = line_end + 1
    return None


def infer_article_date(doc: Document) -> dt.date | None:
    """The article's date when nothing states it: its most cited full date.

    News copy names the day of the event it reports more often than any other; a tie
    goes to the later date (the report comes after what it reports).
    """
    counts: Counter[dt.date] = Counter()
    for m in date_matches(doc):
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

"""When something last happened: "the first official visit to China by a South Korean
leader since 2019", "the first by a South Korean president in seven years", "after a
9-year hiatus", "for the first time since 2015", "Xi's visit to South Korea after 11
years".

The value is the year of the previous occurrence, resolved against the article's own
year. The claim is tied to its subject: the kind of event (visit, summit, forum), who
made it (a country's leader) and where to, so one country's visit is never compared
with another's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import EVENT_RE, EVENTS, QUALIFIERS
from ..models import Claim
from ..numbers import APPROX_RE, NUMBER, ORDINALS, Interval, approx_interval, parse_number
from .common import (
    Context,
    actor_of,
    candidates,
    destination_of,
    make_claim,
    names_in,
    nearest_event,
    story_scope,
)
from .scan import anchored_finditer, contains_any, occurrences

# "the first visit since", "the highest turnout since": the last time it was so
_FIRST_WORDS = ("first", "highest", "lowest", "largest", "biggest", "worst", "deadliest",
                "strongest", "best")
_FIRST = rf"\b(?P<first>{'|'.join(_FIRST_WORDS)})\b"
_NOT_FIRST_OR_SINCE = r"(?:(?!\bfirst\b|\bsince\b|\bin\s+(?:over\s+)?\w+\s+years\b)[^.;!?])"
# Every negation starts with an "n": said first, as a lookahead, so that `re` rejects any
# other letter at once. Without it, `re` (ignoring case, it cannot skip ahead to an "n")
# tries both alternatives everywhere, and `tries` adds no guard to alternatives that each
# begin with a letter: 3x faster.
_NEGATION = r"(?=n)(?:\b(?:no|not|never)\b|n't\b)"
_N_YEARS = rf"(?:(?P<approx>{APPROX_RE})\s+)?(?P<n>{NUMBER}|a|an)\s+(?P<unit>years?|decades?)"

# Events whose last occurrence a story counts back to ("took office" is not one).
_HISTORY_EVENTS = frozenset(
    {"summit", "visit", "forum", "election", "earthquake", "runoff", "ruling", "trial",
     "deal", "launch", "attack", "storm", "flood", "fire", "crash", "explosion", "protest",
     "ceremony", "speech", "match", "flight", "strike", "landfall", "hearing", "accident",
     "sinking", "crush", "collapse", "shooting", "landslide", "eruption", "avalanche",
     "tornado"}
)

# "since the Sept. 8, 2011, blackout", "since May 2019": a year given inside a date
# (a date extractor has taken the date's own span: only the words before it must be free)
_MONTH_DAY = (r"(?P<md>(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
              r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+"
              r"(?:\d{1,2},?\s+)?)?")

PATTERNS = [
    # the first ... since 2019
    re.compile(rf"{_FIRST}(?P<mid>{_NOT_FIRST_OR_SINCE}{{0,120}}?)\bsince\s+(?:the\s+)?"
               rf"(?:(?:end|start|beginning|spring|summer|autumn|fall|winter)\s+of\s+)?"
               rf"{_MONTH_DAY}(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    # the first ... in seven years / in more than a decade
    re.compile(rf"{_FIRST}(?P<mid>{_NOT_FIRST_OR_SINCE}{{0,120}}?)\b(?:in|for)\s+{_N_YEARS}\b",
               re.IGNORECASE),
    # the first launch since its debut flight in 2023: the last one, named, then its year
    re.compile(rf"{_FIRST}(?P<mid>{_NOT_FIRST_OR_SINCE}{{0,120}}?)\bsince\s+(?:its|their|his|"
               rf"her|the)\s+(?P<last>(?:[\w-]+\s+){{1,3}}?)in\s+(?P<year>(?:19|20)\d\d)\b",
               re.IGNORECASE),
    # after a 9-year hiatus / after an 11-year gap
    re.compile(rf"\bafter\s+(?:an?\s+)?(?:(?P<approx>{APPROX_RE})\s+)?(?P<n>{NUMBER})[- ]"
               rf"(?P<unit>year|decade)s?[- ](?:long\s+)?(?:hiatus|gap|absence|break|pause|"
               rf"lull|interval|freeze|suspension)\b", re.IGNORECASE),
    # ... visit to South Korea after 11 years
    re.compile(rf"\bafter\s+{_N_YEARS}\b(?!\s+(?:of|in|as|at|with|on|since)\b)",
               re.IGNORECASE),
    # no leader had visited ... since 2011 / have not staged a walkout in 24 years: the
    # negation dates the last time as "the first since" does
    re.compile(rf"{_NEGATION}(?P<mid>{_NOT_FIRST_OR_SINCE}{{0,100}}?)\bsince\s+"
               rf"{_MONTH_DAY}(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(rf"{_NEGATION}(?P<mid>{_NOT_FIRST_OR_SINCE}{{0,100}}?)\b(?:in|for)\s+{_N_YEARS}\b",
               re.IGNORECASE),
]
# Words one of which every match of the pattern of the same place holds: a text with
# none of them is not scanned for it.
_NEEDS_WORD = [("since",), ("year", "decade"), ("since",), ("year", "decade"),
               ("year", "decade"), ("since",), ("year", "decade")]
# Patterns every match of which starts with one of `_FIRST_WORDS`: they are tried only
# where one of those words stands (`scan.occurrences`, found once for both), not over the
# whole text; "after" is found as fast by the guard `tries` puts in front of it, and a
# negation may start inside a word (n't).
_STARTS_FIRST = frozenset({0, 1, 2})
# Patterns whose event must be named inside the claim's own words: "has not paid a
# dividend since 2019" is no event's last time, whatever else the sentence names.
_NEEDS_OWN_EVENT = frozenset(range(len(PATTERNS) - 2, len(PATTERNS)))
# Outcomes that stand for their event: "the first outright majority since 2003" dates
# the last election that gave one.
_OF_THIS_SIZE = re.compile(r"\b(?:of\s+(?:this|that|such|its)\s+(?:size|scale|magnitude)|"
                           r"(?:this|as|so)\s+(?:big|large))\b", re.IGNORECASE)
# "the biggest outage since 2001" and "the largest since 2011" say the same thing
_SAME_SUPERLATIVE = {"biggest": "largest"}
# Outages name their event too, though they are no date's event (see PERIOD_EVENTS).
_OUTAGES = re.compile(r"\b(?:blackouts?|outages?|power\s+cuts?)\b", re.IGNORECASE)
_OUTCOMES = re.compile(r"\bmajority\b", re.IGNORECASE)


def extract(ctx: Context) -> Iterator[Claim]:
    """Every 'first since'/'first in N years'/'after an N-year hiatus' in the document."""
    doc = ctx.doc
    text = doc.text
    holds = {words: contains_any(doc, words) for words in set(_NEEDS_WORD)}
    first_at: list[int] | None = None
    for index, pattern in enumerate(PATTERNS):
        if not holds[_NEEDS_WORD[index]]:
            continue
        found = None
        if index in _STARTS_FIRST:
            if first_at is None:
                first_at = occurrences(doc, _FIRST_WORDS)
            found = anchored_finditer(pattern, text, first_at, 0)
        for m, sent in candidates(ctx, pattern, free_until="md", found=found):
            start, end = m.span()
            groups = m.groupdict()
            approx = groups.get("approx")
            if groups.get("year"):
                year = float(groups["year"])
            else:
                if doc.year is None:
                    continue
                n = parse_number(groups["n"]) if groups["n"].lower() not in ("a", "an") else 1.0
                if n is None:
                    continue
                if groups["unit"].lower().startswith("decade"):
                    n *= 10
                year = doc.year - n
            sentence = text[sent.start : sent.end]
            rel = start - sent.start
            mid = groups.get("mid") or ""
            # the words that say whose visit it was: the phrase inside "first ... since",
            # or, for "after N years", the clause just before
            phrase = mid if mid.strip() else sentence[max(0, rel - 60) : rel + len(m.group())]
            event_m = EVENT_RE.search(mid) if mid else None
            if event_m and EVENTS[event_m.group().lower()] in _HISTORY_EVENTS:
                event = EVENTS[event_m.group().lower()]
            elif _OUTCOMES.search(mid):
                event = "election"
            elif _OUTAGES.search(sentence):
                event = "blackout"  # "the largest outage since the 2011 blackout"
            elif index in _NEEDS_OWN_EVENT:
                continue
            else:
                before = [e for e in EVENT_RE.finditer(sentence[:rel])
                          if EVENTS[e.group().lower()] in _HISTORY_EVENTS]
                near = nearest_event(sentence, rel, only=_HISTORY_EVENTS)
                if before:
                    event = EVENTS[before[-1].group().lower()]
                elif near:
                    event = near[0]
                else:
                    continue
            qual = QUALIFIERS.search(mid or sentence[max(0, rel - 40) : rel + len(m.group())])
            qualifier = None
            if qual and qual.group(1).lower() != "first":
                qualifier = f"{qual.group(1).lower()} {event}"
            actor = actor_of(phrase) or (actor_of(sentence) if mid.strip() else None)
            dest = destination_of(phrase) or destination_of(sentence)
            if approx:
                # "in more than a decade": the last time is before (year - 10)
                iv = approx_interval(doc.year - year if doc.year else 0.0, approx)
                low = (doc.year or year) - iv.high
                high = (doc.year or year) - iv.low
                interval = Interval(low, high, True)
            else:
                interval = Interval(year, year, False)
            label = f"last {event}"
            if actor:
                label += f" by {actor.title()}'s leader"
            if dest:
                label += f" to {dest.title()}"
            superlative = (groups.get("first") or "first").lower()
            superlative = _SAME_SUPERLATIVE.get(superlative, superlative)
            if superlative == "first" and _OF_THIS_SIZE.search(mid):
                superlative = "largest"  # "has not seen a takeover of this size since 2010"
            if superlative != "first":
                label = f"last time the {event} was the {superlative}"
            yield make_claim(
                ctx, start, end, kind="year",
                key=event if superlative == "first" else f"{event}|{superlative}", claim=label,
                value=int(year), interval=interval, qualifier=qualifier,
                scope={"actor": actor, "dest": dest, **story_scope(ctx, sent, start, end)},
            )
    yield from _built(ctx)


# "Calloway House, built in 1968", "Aurora Air was founded in 1958": the year a building,
# a ship or a company came to be, a fact outlets copy and get wrong
_BUILT = re.compile(r"\b(?P<verb>built|constructed|completed|founded|established)\s+in\s+"
                    r"(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_BUILT_KEYS = {"built": "built", "constructed": "built", "completed": "built",
               "founded": "founded", "established": "founded"}
# whose year it is: the name right before ("Calloway House, built in", "Aurora Air was
# founded in"), so that two buildings or two companies of one story stay apart
_BUILT_OWNER = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})(?:,|\s+(?:was|were|is|"
                          r"had\s+been|has\s+been))\s*$")
_NOT_OWNERS = frozenset("It The This That He She They Its Their".split())


def _built(ctx: Context) -> Iterator[Claim]:
    doc = ctx.doc
    if not contains_any(doc, _BUILT_KEYS):
        return
    text = doc.text
    for m, sent in candidates(ctx, _BUILT):
        start, end = m.span()
        key = _BUILT_KEYS[m.group("verb").lower()]
        owner = _BUILT_OWNER.search(text, max(sent.start, start - 60), start)
        name = owner.group(1) if owner and owner.group(1).split()[0] not in _NOT_OWNERS else None
        scope = story_scope(ctx, sent, start, end)
        if (scope.get("event") or "").isdigit():
            # another year in the sentence ("built in 1968 and refurbished in 2019") does
            # not move a year that is itself in the past to another event
            del scope["event"]
        if name:
            scope["of"] = name.lower()
        year = int(m.group("year"))
        yield make_claim(
            ctx, start, end, kind="year", key=key,
            claim=f"year {key}" + (f" ({name})" if name else ""), value=year,
            interval=Interval(year, year, False), scope=scope,
        )


_ORDINAL_RE = re.compile(
    r"\b(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d{1,2}(?:st|nd|rd|th))\s+(?:(?:official|state|bilateral|face-to-face|in-person|"
    r"formal|joint|annual|such)\s+)?(?P<event>summit|summits|meeting|meetings|visit|trip|"
    r"talks|round\s+of\s+talks)\b",
    re.IGNORECASE,
)
# Every match of _ORDINAL_RE holds one of these.
_ORDINAL_EVENT_WORDS = ("summit", "meeting", "visit", "trip", "talks")
_ORDINAL_EVENTS = {"summit": "summit", "summits": "summit", "meeting": "summit",
                   "meetings": "summit", "talks": "summit", "visit": "visit", "trip": "visit"}


def extract_ordinals(ctx: Context) -> Iterator[Claim]:
    """'their second summit in two months', 'Lee's first trip to China': which
    occurrence an event is, tied to the people named beside it."""
    doc = ctx.doc
    text = doc.text
    if not contains_any(doc, _ORDINAL_EVENT_WORDS):
        return
    for m, sent in candidates(ctx, _ORDINAL_RE, starts_word=True):
        start, end = m.span()
        word = m.group("ord").lower()
        n = ORDINALS.get(word) or int(re.match(r"\d+", word).group())  # type: ignore[union-attr]
        noun = m.group("event").lower()
        event = "summit" if noun.startswith("round") else _ORDINAL_EVENTS[noun]
        sentence = text[sent.start : sent.end]
        scope = {**story_scope(ctx, sent, start, end),
                 "who": "|".join(sorted(names_in(sentence))) or None}
        yield make_claim(
            ctx, start, end, kind="ordinal", key=event, claim=f"which {event} this is",
            value=n, interval=Interval(float(n), float(n), False), scope=scope,
        )

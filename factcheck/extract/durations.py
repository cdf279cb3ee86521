"""How long events lasted: "90-minute summit", "a four-day visit", "the talks lasted two
hours", "two-hour-long meeting". Date ranges ("from January 4 to 7") give durations too
(see `dates`).

Only durations tied to an event noun count: "in two months" or "seven months into his
presidency" say when, not how long, and "rescuers searched for 12 hours" is not the
length of the earthquake.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import EVENT_RE, EVENTS
from ..models import Claim
from ..numbers import APPROX_RE, NUMBER, approx_interval, parse_number
from .common import (
    Context,
    event_phrase,
    holder_names,
    hypothetical_before,
    make_claim,
    story_scope,
)

UNIT_SECONDS = {
    "second": 1, "sec": 1, "minute": 60, "min": 60, "hour": 3600, "hr": 3600,
    "day": 86400, "night": 86400, "week": 7 * 86400, "month": 30 * 86400,
    "year": 365 * 86400, "decade": 3650 * 86400,
}
_DISPLAY = [("year", 365 * 86400), ("month", 30 * 86400), ("week", 7 * 86400),
            ("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1)]
_UNIT = r"(?P<unit>second|sec|minute|min|hour|hr|day|night|week|month|year|decade)s?"
_AMOUNT = rf"(?P<num>{NUMBER}|an?|half|one|a\s+half)"

ADJECTIVAL = re.compile(
    rf"(?:(?P<approx>{APPROX_RE})\s+)?\b{_AMOUNT}[- ]{_UNIT}(?:[- ]long)?\s+"
    rf"(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}})",
    re.IGNORECASE,
)
VERBAL = re.compile(
    rf"\b(?P<verb>lasted|lasting|lasts|last|spanned|spanning|ran|running|went\s+on|stretched"
    rf"|(?:met|talked|spoke|negotiated|sat)\s+for)"
    rf"(?:\s+(?:for|just|only))*\s+"
    rf"(?:(?P<approx>{APPROX_RE})\s+)?{_AMOUNT}\s+{_UNIT}\b(?P<half>\s+and\s+a\s+half\b)?",
    re.IGNORECASE,
)


# Prison terms: "sentenced on Thursday to 14 years in prison", "jailed for 12 years",
# "a 14-year prison sentence". Keyed to the person sentenced.
SENTENCE = re.compile(
    rf"\b(?:sentenced|jailed|imprisoned|given)\b[^.;]{{0,40}}?\b(?:to|for)\s+"
    rf"(?:(?P<approx>{APPROX_RE})\s+)?{_AMOUNT}\s+{_UNIT}\b",
    re.IGNORECASE,
)
SENTENCE_NOUN = re.compile(
    rf"\b{_AMOUNT}[- ]{_UNIT}\s+(?:prison\s+|jail\s+)?(?:sentence|term)\b", re.IGNORECASE
)


_NOT_MODIFIER = frozenset(
    """into of in on at to for from by with after before since during his her their its
    the a an this that and or but as than ago later earlier""".split()
)


def duration_value(seconds: float) -> str:
    """Canonical text of a duration: the largest unit that divides it evenly."""
    for name, size in _DISPLAY:
        if seconds >= size and seconds % size == 0:
            n = int(seconds // size)
            return f"{n} {name}{'s' if n != 1 else ''}"
    return f"{seconds:g} seconds"


def _amount(text: str) -> float | None:
    t = " ".join(text.lower().split())
    if t in ("a", "an", "one"):
        return 1.0
    if t == "half":
        return 0.5
    return parse_number(t)


def extract(ctx: Context) -> Iterator[Claim]:
    """Durations attached to an event noun, adjectival or after a verb of lasting."""
    doc = ctx.doc
    text = doc.text
    found: list[tuple[int, re.Match[str], str]] = []
    for m in ADJECTIVAL.finditer(text):
        # "a 48-hour general strike", "a three-day state visit": the event noun is one of
        # the next three words
        for word in m.group("words").lower().split():
            if word in EVENTS:
                found.append((m.start("num"), m, EVENTS[word]))
                break
            if word in _NOT_MODIFIER:
                break  # "seven months into his presidency": no longer the noun phrase
    for m in VERBAL.finditer(text):
        sent = doc.sentence_at(m.start())
        # the event is what lasted: the nearest event noun before the verb
        before = text[sent.start : m.end("verb")]  # "the leaders met for an hour": met
        events = list(EVENT_RE.finditer(before))
        if events:
            found.append((m.start("num"), m, EVENTS[events[-1].group().lower()]))
    for pattern in (SENTENCE, SENTENCE_NOUN):
        for m in pattern.finditer(text):
            found.append((m.start("num"), m, "prison sentence"))
    for start, m, event in sorted(found, key=lambda f: f[0]):
        approx = m.groupdict().get("approx")
        if approx:
            start = m.start("approx")
        half = m.groupdict().get("half")
        unit_end = m.end("half") if half else m.end("unit")
        # include the plural "s" and "-long" in the quoted words
        tail = re.match(r"s?(?:[- ]long)?", text[unit_end:])
        end = unit_end + (tail.end() if tail else 0)
        if ctx.is_taken(start, end):
            continue
        sent = doc.sentence_at(start)
        if sent.zone == "boilerplate":
            continue
        amount = _amount(m.group("num"))
        if amount is None or amount <= 0:
            continue
        if m.group("num").lower() in ("a", "an") and m.group("unit").lower() == "second":
            continue  # "met for a second face-to-face meeting": an ordinal, not a second
        seconds = (amount + (0.5 if half else 0)) * UNIT_SECONDS[m.group("unit").lower()]
        interval = approx_interval(seconds, approx)
        scope = story_scope(ctx, sent, start, end)
        if event == "prison sentence":
            if hypothetical_before(text, m.start(), sent.start):
                continue  # "the government's request for a 25-year term"
            # whose sentence: the names before the number ("Arvelo ... was sentenced")
            scope["who"] = "|".join(sorted(holder_names(text[sent.start : start]))) or None
        yield make_claim(
            ctx, start, end, kind="duration", key=event, claim=f"length of {event_phrase(event)}",
            value=duration_value(seconds), interval=interval, unit="seconds",
            scope=scope,
        )

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
    usable_sentence,
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


# --- scanning only where a duration can be -------------------------------------------
#
# ADJECTIVAL and SENTENCE_NOUN start with optional word lists and ignore case, so `re`
# tries them at every offset of the article. Every match has a *junction*: the "-" or
# " " between the amount and the unit ("90-minute", "14 years"), followed by the rest of
# the pattern. The junctions are found with a pattern that starts with a plain character
# class (which `re` scans fast), and the pattern is then searched only just before each:
# the amount and an approximation in front of it hold at most `_MAX_RUNS` - 1 runs of
# white space ("no fewer than one hundred and twenty-five thousand and ..."), so a match
# cannot start before the `_MAX_RUNS`-th run back from its junction. Matches never cross a
# character the patterns cannot read (`_BARRIER`), so each search stops at the next one;
# the character there reads as the end of the text to every test the patterns make.
# The matches are exactly those of `pattern.finditer(text)` (checked against it on the
# seeds, the test clusters and generated corpora).
_MAX_RUNS = 24  # the amount and approximation hold 16 at most; kept with a margin
_LOOK_BACK = 400  # characters read back from a junction to count its runs of space
_WS_RUN = re.compile(r"\s+")
_BARRIER = re.compile(r"[^\w\s,.\-]")
ADJECTIVAL_JUNCTION = re.compile(
    rf"[- ](?={_UNIT}(?:[- ]long)?\s+[a-z])", re.IGNORECASE)
SENTENCE_NOUN_JUNCTION = re.compile(
    rf"[- ](?={_UNIT}\s+(?:prison\s+|jail\s+)?(?:sentence|term)\b)", re.IGNORECASE)


def _run_floor(text: str, junction: int) -> int:
    """An offset no match with this junction starts before: the `_MAX_RUNS`-th run of
    white space back from it (0 when the text before it holds fewer)."""
    lo = max(0, junction - _LOOK_BACK)
    runs = [m.start() for m in _WS_RUN.finditer(text, lo, junction)]
    return runs[-_MAX_RUNS] if len(runs) >= _MAX_RUNS else 0


def junction_finditer(pattern: re.Pattern[str], junctions: re.Pattern[str],
                      text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, searched only just before each of its junctions."""
    pos = 0  # where `finditer` would resume
    dead = (0, 0)  # no match starts in [dead[0], dead[1])
    for j in junctions.finditer(text):
        u = j.start()
        if u < pos:
            continue  # its match would start before the last match ended
        start = max(pos, _run_floor(text, u))
        if dead[0] <= start and u < dead[1]:
            continue
        bar = _BARRIER.search(text, u)
        end = bar.start() if bar else len(text)
        m = pattern.search(text, start, end)
        if m is None:
            dead = (start, end)
            continue
        yield m
        pos = m.end()


_NOT_MODIFIER = frozenset(
    """into of in on at to for from by with after before since during his her their its
    the a an this that and or but as than ago later earlier""".split()
)


# Time held: "had been held for 16 months", "detained in Minsk for 16 months", "after 19
# days in captivity", "had spent 18 months in custody". Keyed to the person held.
DETENTION_FOR = re.compile(
    rf"\b(?:held|detained|kept|imprisoned|captive)\b[^.;,]{{0,30}}?\bfor\s+"
    rf"(?:(?P<approx>{APPROX_RE})\s+)?{_AMOUNT}\s+{_UNIT}\b", re.IGNORECASE)
_IN_CUSTODY = r"\s+(?:in|of)\s+(?:[\w-]+\s+)?(?:captivity|custody|detention|prison|jail)\b"
DETENTION_IN = re.compile(
    rf"(?:(?P<approx>{APPROX_RE})\s+)?\b{_AMOUNT}\s+{_UNIT}{_IN_CUSTODY}", re.IGNORECASE)
DETENTION_IN_JUNCTION = re.compile(rf"\s(?={_UNIT}{_IN_CUSTODY})", re.IGNORECASE)


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
    for m in junction_finditer(ADJECTIVAL, ADJECTIVAL_JUNCTION, text):
        # "a 48-hour general strike", "a three-day state visit": the event noun is one of
        # the next three words
        for word in m.group("words").lower().split():
            if word in EVENTS:
                found.append((m.start("num"), m, EVENTS[word]))
                break
            if word in _NOT_MODIFIER:
                break  # "seven months into his presidency": no longer the noun phrase
    for m in VERBAL.finditer(text):
        # the event is what lasted: the nearest event noun before the verb, the verb
        # included ("the leaders met for an hour": met)
        before = text[doc.sentence_at(m.start()).start : m.end("verb")]
        events = list(EVENT_RE.finditer(before))
        if events:
            found.append((m.start("num"), m, EVENTS[events[-1].group().lower()]))
    for m in SENTENCE.finditer(text):
        found.append((m.start("num"), m, "prison sentence"))
    for m in DETENTION_FOR.finditer(text):
        found.append((m.start("num"), m, "detention"))
    for m in junction_finditer(DETENTION_IN, DETENTION_IN_JUNCTION, text):
        found.append((m.start("num"), m, "detention"))
    for m in junction_finditer(SENTENCE_NOUN, SENTENCE_NOUN_JUNCTION, text):
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
        usable = usable_sentence(ctx, start, end)
        if usable is None:
            continue
        sent = usable
        amount = _amount(m.group("num"))
        if amount is None or amount <= 0:
            continue
        if m.group("num").lower() in ("a", "an") and m.group("unit").lower() == "second":
            continue  # "met for a second face-to-face meeting": an ordinal, not a second
        seconds = (amount + (0.5 if half else 0)) * UNIT_SECONDS[m.group("unit").lower()]
        interval = approx_interval(seconds, approx)
        scope = story_scope(ctx, sent, start, end)
        if event == "detention":
            scope["who"] = "|".join(sorted(holder_names(text[sent.start : start]))) or None
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

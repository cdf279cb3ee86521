"""How long events lasted: "90-minute summit", "a four-day visit", "the talks lasted two
hours", "two-hour-long meeting". Date ranges ("from January 4 to 7") give durations too
(see `dates`). Periods too: "a 72-hour ceasefire", "polling stations were open for 10
hours", "after 38 hours of talks".

Only durations tied to an event noun count: "in two months" or "seven months into his
presidency" say when, not how long, and "rescuers searched for 12 hours" is not the
length of the earthquake.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import EVENT_RE, EVENTS, GENERIC_PERIODS, PERIOD_CONTEXT, PERIOD_EVENTS
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
from .scan import (
    anchored_finditer,
    contains_any,
    junction_finditer,
    occurrences,
    word_finditer,
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
# every SENTENCE match holds one of its verbs: most articles have none, and are not scanned
_SENTENCE_WORDS = ("sentenced", "jailed", "imprisoned", "given")
SENTENCE_NOUN = re.compile(
    rf"\b{_AMOUNT}[- ]{_UNIT}\s+(?:prison\s+|jail\s+)?(?:sentence|term)\b", re.IGNORECASE
)


# --- scanning only where a duration can be -------------------------------------------
#
# ADJECTIVAL and SENTENCE_NOUN start with optional word lists and ignore case, so `re`
# tries them at every offset of the article. Every match has a junction: the "-" or " "
# between the amount and the unit ("90-minute", "14 years"), found with the patterns
# below and handed to `scan.junction_finditer`. What that needs of them holds: the amount
# and an approximation in front of it hold letters, digits, white space and hyphens, and
# commas and points only inside a number ("12,000", "1.5"), and at most 16 runs of white
# space ("no fewer than one hundred and twenty-five thousand and ...").
ADJECTIVAL_JUNCTION = re.compile(
    rf"[- ](?={_UNIT}(?:[- ]long)?\s+[a-z])", re.IGNORECASE)
SENTENCE_NOUN_JUNCTION = re.compile(
    rf"[- ](?={_UNIT}\s+(?:prison\s+|jail\s+)?(?:sentence|term)\b)", re.IGNORECASE)
# A unit after white space or a hyphen: every junction of ADJECTIVAL, SENTENCE_NOUN and
# DETENTION_IN is one. Found once per article, where the three junctions are then matched,
# just before where the units' first letters stand ("sec" of "second", "min" of "minute").
UNIT_JUNCTION = re.compile(rf"[\s-](?={_UNIT})", re.IGNORECASE)
_UNIT_STARTS = ("sec", "min", "hour", "hr", "day", "night", "week", "month", "year", "decade")

# Patterns that begin with `\b` and a word ("lasted", "sentenced") are searched with
# `scan.word_finditer`, only where a word starts; VERBAL only where one of its verbs
# stands ("run" of "running", "spann" of "spanned" and "spanning").
_VERBAL_STARTS = ("last", "spann", "ran", "run", "went", "stretched", "met", "talked",
                  "spoke", "negotiated", "sat")


_NOT_MODIFIER = frozenset(
    """into of in on at to for from by with after before since during his her their its
    the a an this that and or but as than ago later earlier""".split()
)


# Time held: "had been held for 16 months", "detained in Minsk for 16 months", "after 19
# days in captivity", "had spent 18 months in custody". Keyed to the person held.
DETENTION_FOR = re.compile(
    rf"\b(?:held|detained|kept|imprisoned|captive)\b[^.;,]{{0,30}}?\bfor\s+"
    rf"(?:(?P<approx>{APPROX_RE})\s+)?{_AMOUNT}\s+{_UNIT}\b", re.IGNORECASE)
_DETENTION_WORDS = ("held", "detained", "kept", "imprisoned", "captive")  # as for SENTENCE
_IN_CUSTODY = r"\s+(?:in|of)\s+(?:[\w-]+\s+)?(?:captivity|custody|detention|prison|jail)\b"
DETENTION_IN = re.compile(
    rf"(?:(?P<approx>{APPROX_RE})\s+)?\b{_AMOUNT}\s+{_UNIT}{_IN_CUSTODY}", re.IGNORECASE)
DETENTION_IN_JUNCTION = re.compile(rf"\s(?={_UNIT}{_IN_CUSTODY})", re.IGNORECASE)


# --- periods: emergencies, curfews, ceasefires, trading halts, polling hours ------------
#
# "a 90-day state of emergency", "a 3-hour trading halt": PERIOD_EVENTS nouns after the
# amount; "a 20-hour session", "over a 9-hour window": generic nouns keyed by their clause.
_PERIOD_RE = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in PERIOD_EVENTS),
                               key=len, reverse=True)) + r")\b", re.IGNORECASE)
_PERIOD_PHRASES = sorted(((tuple(f.split()), e) for f, e in PERIOD_EVENTS.items()),
                         key=lambda p: -len(p[0]))
# "a 24-hour emergency hotline", "a 30-day ceasefire proposal": the noun only modifies
# what follows. "emergency" names the period only before these words or none.
_EMERGENCY_HEADS = frozenset("decree declaration rule order orders law powers measures".split())
_NOT_THE_PERIOD = frozenset(
    """proposal proposals plan plans offer offers demand demands request requests bid
    call calls talks negotiations extension extensions violation violations""".split())
# "agreed to a 30-day ceasefire", "offered a 72-hour truce": a proposal, not one in force
_PROPOSED = re.compile(
    r"\b(?:agree[ds]?|agreeing|offer(?:s|ed|ing)?|accept(?:s|ed|ing)?|reject(?:s|ed|ing)?"
    r"|back(?:s|ed|ing)|support(?:s|ed|ing)?|consider(?:s|ed|ing)?|plan(?:s|ned|ning)?"
    r"|threat(?:en|ens|ened)?|may|should|shall|possible|potential|push(?:ed|es|ing)?\s+for"
    r"|talks\s+on|ready\s+for|forecasts?|forecast(?:ed|ing)|predict(?:s|ed|ing)?"
    r"|expect(?:s|ed|ing)?|warn(?:s|ed|ing)?)\b[^,;]{0,30}$",
    re.IGNORECASE,
)

# "Polling stations were open for 10 hours", "Trading in X shares was suspended for three
# hours", "will remain in force for 89 days": a state that held for so long, keyed by its
# subject. Only subjects that name the period count: a shop "closed for two days" or a
# player "suspended for six months" is no event.
STATE = re.compile(
    rf"\b(?P<verb>(?:was|were|is|are|be|been|remain|remains|remained|stay|stays|stayed)"
    rf"\s+(?:(?:only|briefly|temporarily|officially)\s+)?"
    rf"(?P<state>open|suspended|halted|paused|in\s+force|in\s+effect|in\s+place))\s+for\s+"
    rf"(?:(?:just|only)\s+)?"
    rf"(?:(?P<approx>{APPROX_RE})\s+)?{_AMOUNT}\s+{_UNIT}\b(?P<half>\s+and\s+a\s+half\b)?"
    # "open for 24 hours a day": how long each day, not the event
    rf"(?!\s+(?:a|an|per|each|every)\s+(?:day|week|night|month|year)\b)",
    re.IGNORECASE,
)
# STATE holds " for " ("open for", "in force for"): a plain string `re` finds fast, near
# which STATE is then searched
STATE_JUNCTION = re.compile(r" for ")
_STATE_BEFORE = 40  # "remained temporarily suspended" and a little more
_STATE_AFTER = 160  # " for no fewer than one hundred and twenty-five ..." and the unit


def state_finditer(text: str) -> Iterator[re.Match[str]]:
    """`STATE.finditer(text)` for matches with single spaces around "for": STATE searched
    only around each " for "."""
    pos = 0
    for j in STATE_JUNCTION.finditer(text):
        if j.start() < pos:
            continue
        m = STATE.search(text, max(pos, j.start() - _STATE_BEFORE), j.end() + _STATE_AFTER)
        if m is not None and m.start() <= j.start() and m.end("verb") == j.start():
            yield m
            pos = m.end()


_IN_FORCE = frozenset({"emergency", "curfew", "lockdown", "ceasefire"})
_STATE_SUBJECTS = {
    "open": re.compile(r"\b(?:polling\s+(?:stations?|booths?|places?|centres?|centers?)"
                       r"|voting\s+(?:stations?|booths?|centres?|centers?)|polls)\b",
                       re.IGNORECASE),
    "suspended": re.compile(r"\b(?:trading|shares|stocks?)\b", re.IGNORECASE),
    "in force": re.compile(
        r"\b(?:" + "|".join(sorted((re.escape(w) for w, e in PERIOD_EVENTS.items()
                                    if e in _IN_FORCE), key=len, reverse=True)) + r")\b",
        re.IGNORECASE),
}
_STATE_KEYS = {"open": "voting", "suspended": "trading halt"}
# between the subject and its verb: "Trading in X shares was", "A state of emergency
# covering the affected provinces will remain"; not another clause ("X shares fell after
# its CEO was suspended") nor a possibility ("may remain")
_SUBJECT_GAP = re.compile(
    r"(?:(?!\b(?:after|before|when|while|because|as|since|but|and|or|who|which|that|its|his"
    r"|her|their|would|could|might|may|should|if|until|unless)\b)[^,;:()\u2014\u2013])"
    r"{0,60}", re.IGNORECASE)

# "after 38 hours of talks", "three days of national mourning": how long a period ran.
_OF_NOUNS = {"talks": "talks", "negotiations": "talks", "negotiating": "talks",
             "deliberations": "deliberations", "voting": "voting", "polling": "voting",
             "mourning": "mourning", "lockdown": "lockdown", "curfew": "curfew",
             "ceasefire": "ceasefire", "truce": "ceasefire", "martial law": "emergency",
             "emergency rule": "emergency"}
_OF_UNIT = r"(?P<unit>minute|hour|day|night|week)s?"
_OF_TAIL = (r"\s+of\s+(?:(?!(?:the|a|an|these|those|this|that|its|their|his|her|our|such)\b)"
            r"[a-z][\w-]*\s+)?(?P<noun>"
            + "|".join(sorted((re.escape(w) for w in _OF_NOUNS), key=len, reverse=True))
            + r")\b")
OF_EVENT = re.compile(
    rf"(?:(?P<approx>{APPROX_RE})\s+)?\b{_AMOUNT}\s+{_OF_UNIT}{_OF_TAIL}", re.IGNORECASE)
# the junction here is the " of " after the unit: a plain string, which `re` finds fast
OF_EVENT_JUNCTION = re.compile(
    r" of (?=(?i:(?:[a-z][\w-]*\s+)?(?:"
    + "|".join(sorted((re.escape(w) for w in _OF_NOUNS), key=len, reverse=True)) + r")\b))")
# "the first 24 hours of talks", "another two days of mourning", "within 48 hours of
# voting": part of the period, more of it, or when
_PART_OF = re.compile(
    r"\b(?:first|last|final|another|additional|extra|further|opening|closing|next|past"
    r"|within|in|inside|under)\s+$", re.IGNORECASE)


_AUXILIARIES = frozenset("will has have had is was were are be".split())


def _names_subject(noun: re.Match[str], before: str) -> bool:
    """Whether the noun found in `before` (the sentence up to its verb) is the verb's
    subject: nothing but a short complement between them ("Trading in X shares was"),
    and the noun heads its phrase ("the emergency session lasted": no)."""
    gap = before[noun.end() :]
    if re.fullmatch(r"\s+(?:that|which)\s+", gap):
        return True  # "shaking that lasted about 78 seconds": the noun's own clause
    after = re.match(r"\s*([a-z]+)", gap)
    word = after.group(1).lower() if after else None
    phrase = " ".join(noun.group().lower().split())
    return (_SUBJECT_GAP.fullmatch(gap) is not None
            and (word in _AUXILIARIES or _heads(phrase, word)))


def _clause_bounds(sentence: str, lo: int, hi: int) -> tuple[int, int]:
    """The clause of sentence[lo:hi]: up to the nearest comma, semicolon, colon, dash or
    bracket either side."""
    marks = ",;:()\u2014\u2013"
    start = max((sentence.rfind(c, 0, lo) for c in marks), default=-1) + 1
    ends = [i for i in (sentence.find(c, hi) for c in marks) if i >= 0]
    return start, min(ends, default=len(sentence))


def _heads(phrase: str, after: str | None) -> bool:
    """Whether a period noun heads its phrase given the word after it: not in "emergency
    hotline" or "ceasefire proposal"."""
    if after in _NOT_THE_PERIOD:
        return False
    return (phrase != "emergency" or after is None or after in _EMERGENCY_HEADS
            or after in _NOT_MODIFIER)


def _period_event(words: list[str], clause: str) -> str | None:
    """The period the words after an amount name ("state of emergency after"), or None."""
    for i, word in enumerate(words):
        for phrase, event in _PERIOD_PHRASES:
            if tuple(words[i : i + len(phrase)]) == phrase:
                after = words[i + len(phrase)] if i + len(phrase) < len(words) else None
                return event if _heads(" ".join(phrase), after) else None
        allowed = GENERIC_PERIODS.get(word)
        if allowed is not None:
            for w in re.findall(r"[a-z]+", clause.lower()):
                if PERIOD_CONTEXT.get(w) in allowed:
                    return PERIOD_CONTEXT[w]
            return None
        if word in _NOT_MODIFIER:
            return None
    return None


def _rekey(event: str, unit: str) -> str:
    """Hours of voting are how long the polls were open; days of it, the election. Hours
    of talks are a sitting; days of them, the summit."""
    if UNIT_SECONDS[unit.lower()] >= 86400:
        return {"voting": "election", "talks": "summit"}.get(event, event)
    return event


# "Some districts received 437 millimetres of rain in 48 hours": the window of a
# measured rainfall is the length of the rain
_RAIN_UNITS = r"(?P<mu>mm|millimet(?:re|er)s?|cm|centimet(?:re|er)s?|inch(?:es)?)"
_RAIN_AMOUNT = re.compile(
    rf"(?<![\d.,])(?P<amt>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?)\s*{_RAIN_UNITS}\s+of\s+"
    rf"(?:rain|rainfall)\b", re.IGNORECASE)
RAIN_WINDOW = re.compile(
    rf"{_RAIN_AMOUNT.pattern}\s+(?:fell\s+|was\s+recorded\s+)?(?:in|within|over)\s+"
    rf"(?:just\s+|only\s+|the\s+(?:past|last|first)\s+)?{_AMOUNT}\s+{_UNIT}\b",
    re.IGNORECASE)
# Every RAIN_WINDOW match holds "of rain", which most articles lack: looked for first
# ("rain" first of all, in the folded text), as a pattern starting with a plain class `re`
# skips to fast ("O" and "o" are all that "o" matches ignoring case).
_OF_RAIN = re.compile(r"[Oo](?i:f\s+rain)")


def _rain_amount(m: re.Match[str]) -> str:
    """A measured rainfall in millimetres, as a scope value ("437mm")."""
    unit = m.group("mu").lower()
    factor = 25.4 if unit.startswith("inch") else 10.0 if unit.startswith("c") else 1.0
    return f"{float(m.group('amt').replace(',', '')) * factor:g}mm"


_UNIT_TAIL = re.compile(r"s?(?:[- ]long)?")


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
    # periods ("a 72-hour ceasefire", "polls were open for 10 hours"): claims to check
    # for proposals and re-key by length before they are made
    periods: list[tuple[int, re.Match[str], str]] = []
    units = [j.start() for j in anchored_finditer(UNIT_JUNCTION, text,
                                                  occurrences(doc, _UNIT_STARTS), 1)]
    for m in junction_finditer(ADJECTIVAL, ADJECTIVAL_JUNCTION, text, units):
        # "a 48-hour general strike", "a three-day state visit": the event noun is one of
        # the next three words
        words = m.group("words").lower().split()
        for word in words:
            if word in EVENTS:
                found.append((m.start("num"), m, EVENTS[word]))
                break
            if word in _NOT_MODIFIER:
                break  # "seven months into his presidency": no longer the noun phrase
        if not found or found[-1][1] is not m:
            sent = doc.sentence_at(m.start())
            sentence = text[sent.start : sent.end]
            lo, hi = _clause_bounds(sentence, m.start() - sent.start, m.end() - sent.start)
            period = _period_event(words, sentence[lo:hi])
            if period == "voting" and UNIT_SECONDS[m.group("unit").lower()] >= 86400:
                continue  # "a two-week window to vote by mail": not the polls' hours
            if period is not None:
                periods.append((m.start("num"), m, period))
    for m in anchored_finditer(VERBAL, text, occurrences(doc, _VERBAL_STARTS), 0):
        # the event is what lasted: the nearest event noun before the verb, the verb
        # included ("the leaders met for an hour": met)
        before = text[doc.sentence_at(m.start()).start : m.end("verb")]
        events = list(EVENT_RE.finditer(before))
        if events:
            found.append((m.start("num"), m, EVENTS[events[-1].group().lower()]))
        else:
            # "the curfew lasted 12 hours"; not "During the lockdown, he ran for 2 hours"
            subject_part = before[: len(before) - len(m.group("verb"))]
            named = list(_PERIOD_RE.finditer(subject_part))
            if named and _names_subject(named[-1], subject_part):
                periods.append((m.start("num"), m,
                                PERIOD_EVENTS[" ".join(named[-1].group().lower().split())]))
    for m in state_finditer(text):
        state = " ".join(m.group("state").lower().split())
        state = {"halted": "suspended", "paused": "suspended", "in effect": "in force",
                 "in place": "in force"}.get(state, state)
        before = text[doc.sentence_at(m.start()).start : m.start("verb")]
        subjects = list(_STATE_SUBJECTS[state].finditer(before))
        if subjects and _names_subject(subjects[-1], before):
            subject = " ".join(subjects[-1].group().lower().split())
            periods.append((m.start("num"), m,
                            _STATE_KEYS.get(state) or PERIOD_EVENTS[subject]))
    for m in junction_finditer(OF_EVENT, OF_EVENT_JUNCTION, text):
        first = m.start("approx") if m.group("approx") else m.start("num")
        if _PART_OF.search(text[max(0, first - 20) : first]):
            continue
        periods.append((m.start("num"), m, _OF_NOUNS[" ".join(m.group("noun").lower().split())]))
    for start, m, event in periods:
        if hypothetical_before(text, m.start(), doc.sentence_at(m.start()).start):
            continue  # "called for a 72-hour truce"
        sent_start = doc.sentence_at(m.start()).start
        if _PROPOSED.search(text[max(sent_start, m.start() - 45) : m.start()]):
            continue
        found.append((start, m, _rekey(event, m.group("unit"))))
    rain = contains_any(doc, ("rain",)) and _OF_RAIN.search(text)
    for m in RAIN_WINDOW.finditer(text) if rain else ():
        found.append((m.start("num"), m, "rain"))
    for m in word_finditer(SENTENCE, text) if contains_any(doc, _SENTENCE_WORDS) else ():
        found.append((m.start("num"), m, "prison sentence"))
    for m in word_finditer(DETENTION_FOR, text) if contains_any(doc, _DETENTION_WORDS) else ():
        found.append((m.start("num"), m, "detention"))
    for m in junction_finditer(DETENTION_IN, DETENTION_IN_JUNCTION, text, units):
        found.append((m.start("num"), m, "detention"))
    for m in junction_finditer(SENTENCE_NOUN, SENTENCE_NOUN_JUNCTION, text, units):
        found.append((m.start("num"), m, "prison sentence"))
    for start, m, event in sorted(found, key=lambda f: f[0]):
        approx = m.groupdict().get("approx")
        if approx:
            start = m.start("approx")
        half = m.groupdict().get("half")
        unit_end = m.end("half") if half else m.end("unit")
        # include the plural "s" and "-long" in the quoted words
        tail = _UNIT_TAIL.match(text, unit_end)
        end = tail.end() if tail else unit_end
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
        if event == "rain":
            # which rain: the amount measured over the period ("541 mm of rain fell
            # during a 36-hour deluge" is the same window as "541 mm in 36 hours")
            fell = _RAIN_AMOUNT.search(text, sent.start, sent.end)
            if fell:
                scope["amount"] = _rain_amount(fell)
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

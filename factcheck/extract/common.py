"""What every extractor shares: building claims with evidence, and reading scope.

Scope is what bounds a claim beyond its kind and noun: where (place), who (people
named), for whom (subject: companies rather than governments), actor and destination
of a visit. Matching compares claims only when their scopes do not contradict.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..document import Document, Sentence
from ..lexicon import COMPANY_WORDS, DEMONYMS, EVENT_RE, EVENTS, LEADER_WORDS, MONTHS, WEEKDAYS
from ..models import CanonicalValue, Claim
from ..numbers import Interval

# "in Beijing", "at the Provisional Maritime Zone": a capitalized place after in/at/near.
_PLACE_RE = re.compile(
    r"\b(?:in|at|near|off|outside|across)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'-]*)(?:\s+(?:of\s+|de\s+|la\s+)?[A-Z][\w'-]*){0,3})"
)
_NOT_PLACES = frozenset(
    {m.capitalize() for m in MONTHS} | {d.capitalize() for d in WEEKDAYS}
    | {"The", "A", "An", "This", "That", "His", "Her", "Their", "Its", "Our", "Go", "X",
       "English", "Chinese", "Korean", "Japanese", "January", "Spring", "Summer", "Autumn",
       "Fall", "Winter", "Parliament", "Congress", "Court", "Washington's", "Mr", "Mrs",
       "Ms", "Dr", "President", "Prime", "Minister", "Premier"}
)
_NAME_SEQ = re.compile(r"\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+){1,3}\b")
_TITLE_WORDS = frozenset(
    """president prime minister premier chancellor secretary chairman chair chief executive
    officer adviser advisor director general national security foreign finance defense
    defence senior official spokesman spokeswoman spokesperson ambassador governor mayor
    king queen leader minister's president's the a an north south east west new""".split()
)


@dataclass
class Context:
    """Per-document facts the extractors read once: main place, article year."""

    doc: Document
    main_place: str | None = None
    main_event: str | None = None
    taken: list[tuple[int, int]] = field(default_factory=list)  # spans already claimed

    def is_taken(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.taken)

    def take(self, start: int, end: int) -> None:
        self.taken.append((start, end))


def build_context(doc: Document) -> Context:
    """Find the article's main place (where the story happens) and main event noun."""
    places: Counter[str] = Counter()
    events: Counter[str] = Counter()
    text = doc.text
    for sent in doc.sentences:
        if sent.zone not in ("headline", "body"):
            continue
        s = text[sent.start : sent.end]
        for p in places_in(s):
            places[p] += 2 if sent.zone == "headline" else 1
        for m in EVENT_RE.finditer(s):
            events[EVENTS[m.group().lower()]] += 1
    main_place = _most_common(places)
    main_event = _most_common(events)
    return Context(doc, main_place, main_event)


def _most_common(counter: Counter[str]) -> str | None:
    if not counter:
        return None
    # Ties are broken by name so that the result never depends on dictionary order.
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def places_in(sentence: str) -> list[str]:
    """Capitalized places after in/at/near in a sentence, in order."""
    out = []
    for m in _PLACE_RE.finditer(sentence):
        name = m.group(1)
        first = name.split()[0]
        if first in _NOT_PLACES or first.rstrip("'s") in _NOT_PLACES or name.isupper():
            continue
        if re.fullmatch(r"[A-Z][a-z]+", first) is None and "-" not in first:
            continue
        out.append(name.removesuffix("'s"))
    return out


def names_in(sentence: str) -> set[str]:
    """Name tokens of people in a sentence ("Lee Jae-myung" -> lee, jae, myung)."""
    tokens: set[str] = set()
    for m in _NAME_SEQ.finditer(sentence):
        words = [w.lower() for w in re.split(r"[- ]", m.group())]
        if any(w in DEMONYMS for w in words) and all(
            w in DEMONYMS or w in _TITLE_WORDS for w in words
        ):
            continue
        tokens.update(w for w in words if w not in _TITLE_WORDS and w not in DEMONYMS
                      and w.capitalize() not in _NOT_PLACES and len(w) > 1)
    return tokens


_EVENT_PHRASES = {"took office": "taking office", "closing": "the closing",
                  "strike action": "the walkout"}


def event_phrase(event: str) -> str:
    """'the summit', 'taking office': an event name a reader can take in a sentence."""
    return _EVENT_PHRASES.get(event, f"the {event}")


def nearest_event(
    sentence: str, pos: int, *, within: int = 120, only: frozenset[str] | None = None
) -> tuple[str, int] | None:
    """The event noun nearest to offset `pos` of the sentence, and its offset."""
    best: tuple[int, str, int] | None = None
    for m in EVENT_RE.finditer(sentence):
        dist = abs(m.start() - pos)
        if only is not None and EVENTS[m.group().lower()] not in only:
            continue
        if dist <= within and (best is None or dist < best[0]):
            best = (dist, EVENTS[m.group().lower()], m.start())
    return (best[1], best[2]) if best else None


def subject_of(sentence: str, start: int, end: int) -> str | None:
    """'companies' when the clause around [start, end) is about firms, else None."""
    lo = max(sentence.rfind(";", 0, start), sentence.rfind(" while ", 0, start), 0)
    hi_candidates = [i for i in (sentence.find(";", end), sentence.find(" while ", end))
                     if i != -1]
    hi = min(hi_candidates) if hi_candidates else len(sentence)
    window = sentence[max(lo, start - 60) : min(hi, end + 60)]
    return "companies" if COMPANY_WORDS.search(window) else None


def actor_of(phrase: str) -> str | None:
    """Who made a visit: the country whose leader a phrase speaks of ("a South Korean
    president"), or the person named in a possessive ("Xi's visit")."""
    poss = re.search(r"\b([A-Z][a-z]+)'s\s+(?:[a-z]+\s+)?(?:visit|trip|tour)", phrase)
    if poss and not _country(poss.group(1)):
        return poss.group(1).lower()
    for m in re.finditer(r"\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:leader|president|"
                         r"prime minister|premier|head of state|chancellor|king|queen)",
                         phrase):
        country = _country(m.group(1))
        if country:
            return country
    if LEADER_WORDS.search(phrase):
        for m in re.finditer(r"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?", phrase):
            country = _country(m.group())
            if country:
                return country
    return None


def destination_of(phrase: str) -> str | None:
    """Where a visit went ("to China")."""
    m = re.search(r"\bto\s+((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})", phrase)
    if not m:
        return None
    return _country(m.group(1)) or m.group(1).lower()


def _country(text: str) -> str | None:
    t = text.lower().removeprefix("the ").strip()
    if t in DEMONYMS:
        return DEMONYMS[t]
    first_two = " ".join(t.split()[:2])
    if first_two in DEMONYMS:
        return DEMONYMS[first_two]
    first = t.split()[0] if t else ""
    return DEMONYMS.get(first)


def place_scope(ctx: Context, sentence: str, sent: Sentence) -> str | None:
    """The place a claim is bound to: named in its sentence, or the story's own place.

    A teaser that names no place gets none, so it is compared only where nothing else
    contradicts it.
    """
    places = places_in(sentence)
    if not places and sent.zone == "teaser":
        # a teaser names its event once, in its first sentence: read the whole paragraph
        line = ctx.doc.text.rfind("\n", 0, sent.start) + 1
        line_end = ctx.doc.text.find("\n", sent.end)
        places = places_in(ctx.doc.text[line : line_end if line_end != -1 else None])
    if places:
        if ctx.main_place and any(_same_place(p, ctx.main_place) for p in places):
            return ctx.main_place
        return places[0]
    return ctx.main_place if sent.zone in ("headline", "body") else None


def _same_place(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return a.lower() == b.lower() or fuzz.ratio(a.lower(), b.lower()) >= 88


def make_claim(
    ctx: Context,
    start: int,
    end: int,
    *,
    kind: str,
    key: str,
    claim: str,
    value: CanonicalValue,
    interval: Interval,
    unit: str | None = None,
    qualifier: str | None = None,
    scope: dict[str, str | None] | None = None,
) -> Claim:
    """A claim with evidence for the normalized span [start, end); marks it taken."""
    ctx.take(start, end)
    inf = float("inf")
    return Claim(
        kind=kind,
        key=key,
        claim=claim,
        value=value,
        low=None if interval.low == -inf else interval.low,
        high=None if interval.high == inf else interval.high,
        approx=interval.approx,
        unit=unit,
        qualifier=qualifier,
        scope={k: v for k, v in sorted((scope or {}).items()) if v},
        evidence=ctx.doc.evidence(start, end),
    )

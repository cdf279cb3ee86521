"""What every extractor shares: building claims with evidence, and reading scope.

Scope is what bounds a claim beyond its kind and noun: where (place), who (people
named), for whom (subject: companies rather than governments), actor and destination
of a visit. Matching compares claims only when their scopes do not contradict.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..document import Document, Sentence, replaced
from ..lexicon import COMPANY_WORDS, DEMONYMS, EVENT_RE, EVENTS, LEADER_WORDS, MONTHS, WEEKDAYS
from ..models import CanonicalValue, Claim, Evidence
from ..numbers import Interval
from .scan import word_finditer

# "in Beijing", "at the Provisional Maritime Zone": a capitalized place after in/at/near.
_PLACE_RE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|off|outside|across)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'-]*)(?:\s+(?:of\s+|de\s+|la\s+)?[A-Z][\w'-]*){0,3})"
)
_NOT_PLACES = frozenset(
    {m.capitalize() for m in MONTHS} | {d.capitalize() for d in WEEKDAYS}
    | {"The", "A", "An", "This", "That", "His", "Her", "Their", "Its", "Our", "Go", "X",
       "English", "Chinese", "Korean", "Japanese", "January", "Spring", "Summer", "Autumn",
       "Fall", "Winter", "Parliament", "Congress", "Court", "Washington's", "Mr", "Mrs",
       "Ms", "Dr", "President", "Prime", "Minister", "Premier"}
)
# (The word boundary before the first capital is the look-behind after it: a pattern
# that opens with a character class lets `re` skip ahead to capitals on its own.)
_NAME_SEQ = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+(?:[- ][A-Z][a-z]+){1,3}\b")
_TITLE_WORDS = frozenset(
    """president prime minister premier chancellor secretary chairman chair chief executive
    officer adviser advisor director general national security foreign finance defense
    defence senior official spokesman spokeswoman spokesperson ambassador governor mayor
    king queen leader minister's president's the a an north south east west new""".split()
)


@dataclass
class Context:
    """Per-document facts the extractors read once: where the story happens, whom it
    names, and the spans already claimed."""

    doc: Document
    main_places: set[str] = field(default_factory=set)  # lowercased
    top_places: set[str] = field(default_factory=set)  # where the story as a whole happens
    body_phrases: set[tuple[str, ...]] = field(default_factory=set)  # see name_phrases
    taken: list[tuple[int, int]] = field(default_factory=list)  # spans already claimed
    # the headline's capitalized words, lowercased: "Arequipa mourns nine dead after
    # Mariscal Castilla stadium crush" makes "the Estadio Mariscal Castilla" the story's
    headline_names: frozenset[str] = frozenset()
    # what `story_scope` reads off a teaser paragraph, by its (start, end): every claim in
    # the paragraph asks the same
    teasers: dict[tuple[int, int], tuple[bool, list[str]]] = field(default_factory=dict)

    def is_main_place(self, place: str) -> bool:
        p = place.lower()
        if p in self.main_places or any(_same_place(p, m) for m in self.main_places):
            return True
        words = p.split()
        named = sum(w in self.headline_names for w in words)
        return named >= 2 or (named == 1 and len(words) == 1)

    def is_taken(self, start: int, end: int) -> bool:
        for s, e in self.taken:  # a loop: `any` over a generator costs twice as much
            if s < end and start < e:
                return True
        return False

    def take(self, start: int, end: int) -> None:
        self.taken.append((start, end))


_DATELINE_PLACE = re.compile(r"^\s*([A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,2}),\s", re.MULTILINE)


def build_context(doc: Document) -> Context:
    """Where the story happens (places of the headline, the lead, the dateline, or
    named twice) and the names its headline and body use."""
    places: Counter[str] = Counter()
    lead_places: set[str] = set()
    headline_places: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    headline_names: set[str] = set()
    text = doc.text
    body_seen = 0
    for sent in doc.sentences:
        if sent.zone not in ("headline", "body"):
            continue
        s = text[sent.start : sent.end]
        if sent.zone == "headline":
            headline_names.update(w.lower() for w in _CAPITALIZED.findall(s)
                                  if w not in _NOT_PLACES and w not in _COMMON_CAPS)
        found = [p.lower() for p in places_in(s)]
        if found:  # most sentences name no place; `Counter.update` is slow to do nothing
            places.update(found)
            if sent.zone == "headline" or body_seen < 3:
                lead_places.update(found)
            if sent.zone == "headline":
                headline_places.update(found)
        body_seen += sent.zone == "body"
        phrases |= name_phrases(s)
    # the story's places: the lead's, those named twice, and any country it names (a
    # visit to Vietnam is the story, wherever in the text Vietnam comes up)
    main = {p for p, n in places.items() if n >= 2 or p in DEMONYMS} | lead_places
    m = _DATELINE_PLACE.search(text[:3000])
    if m and doc.zone_at(m.start(1)) in ("body", "headline"):
        main.add(m.group(1).lower())
    most = max(places.values(), default=0)
    top = {p for p, n in places.items() if n == most} | headline_places
    return Context(doc, main, top, phrases, headline_names=frozenset(headline_names))


_DEMONYM_SHAPE = re.compile(r"[A-Z][a-z]+(?:ian|ean|an|ese|ish|ic|i)")
_CAPITALIZED = re.compile(r"[A-Z][a-z]+")
_LOWER_WORD_NEXT = re.compile(r"\s+[a-z]")


def places_in(sentence: str) -> list[str]:
    """Capitalized places after in/at/near in a sentence, in order."""
    return [name for name, _ in _places_at(sentence)]


def _places_at(sentence: str) -> list[tuple[str, int]]:
    """`places_in`, each place with the offset of its name."""
    out = []
    for m in _PLACE_RE.finditer(sentence):
        name = m.group(1)
        first = name.split()[0]
        if first in _NOT_PLACES or first.rstrip("'s") in _NOT_PLACES or name.isupper():
            continue
        if _CAPITALIZED.fullmatch(first) is None and "-" not in first:
            continue
        if (" " not in name and _DEMONYM_SHAPE.fullmatch(name)
                and _LOWER_WORD_NEXT.match(sentence, m.end())):
            continue  # "in Belarusian custody", "in Japanese waters": an adjective
        out.append((name.removesuffix("'s"), m.start(1)))
    return out


# Words of country names and capitalized function words: never a person's name.
_NOT_NAME_WORDS = frozenset(
    {w for k in DEMONYMS for w in k.split()}
    | {w for w in EVENTS if " " not in w}
    | set("""typhoon hurricane cyclone flight airlines airways airport university court
    ministry party government council committee agency bank group company news times
    post daily weekly herald tribune journal press live update breaking report review""".split())
    | set("""on in at of for by with from to as and or but after before during since
    while when where this that these those it its his her their our we he she they
    asian european african american korea korean""".split())
)


# "would command 94 seats", "needs 76 seats", "the government's request for a 25-year
# term", "faces up to 10 years": a threshold, a wish or a possibility, not a fact
_HYPOTHETICAL = re.compile(
    r"\b(?:would|could|might|needs?|needed|requires?|required|urged?|urging|called\s+(?:on|for)"
    r"|calls\s+(?:on|for)|demand(?:s|ed)?|propos(?:e|es|ed|al)|wants?|wanted|s(?:ee|ou)ght"
    r"|seeks|asked|hopes?|hoped|request(?:s|ed)?|maximum|faces?|facing|prefer(?:s|red|ring)?)"
    r"\b[^,;]{0,30}$",
    re.IGNORECASE,
)


def candidates(ctx: Context, pattern: re.Pattern[str], *, free_until: str | None = None,
               starts_word: bool = False, found: Iterable[re.Match[str]] | None = None,
               ) -> Iterator[tuple[re.Match[str], Sentence]]:
    """Matches of `pattern` in the document not yet claimed by an earlier extractor and
    outside boilerplate, each with its sentence: the loop every extractor starts with.

    With `free_until`, a match whose group of that name took part need only be unclaimed
    up to the group's start ("since the Sept. 8, 2011, blackout": the date is a date's).
    `starts_word` says every match starts a word and none is empty: they are then found
    by `scan.word_finditer`, which tries the pattern at word starts only. `found` gives
    the matches of `pattern.finditer` found some faster way."""
    text = ctx.doc.text
    if found is None:
        found = word_finditer(pattern, text) if starts_word else pattern.finditer(text)
    for m in found:
        end = m.end()
        if free_until and m.groupdict().get(free_until):
            end = m.start(free_until)
        sent = usable_sentence(ctx, m.start(), end)
        if sent is not None:
            yield m, sent


def usable_sentence(ctx: Context, start: int, end: int) -> Sentence | None:
    """The sentence of [start, end), unless an earlier extractor claimed the span or it
    lies in boilerplate: then None."""
    if ctx.is_taken(start, end):
        return None
    sent = ctx.doc.sentence_at(start)
    return None if sent.zone == "boilerplate" else sent


_INNER_CAPITAL = re.compile(r"(?<=\s)[A-Z][\w'’]*")


def hypothetical_before(text: str, start: int, floor: int) -> bool:
    """True when the words just before `start` make what follows hypothetical.

    A capitalized word inside a sentence is a name ("the People's Hope Coalition won 116
    seats"), not a verb, unless the words are in title case (a headline: "Union Wants
    25% Rise")."""
    window = text[max(floor, start - 45) : start]
    if not _HYPOTHETICAL.search(window):
        return False
    words = text[floor : start + 60].split("\n")[0].split()  # the sentence, near enough
    if sum(w[:1].isupper() for w in words) * 2 <= len(words):
        window = _INNER_CAPITAL.sub(lambda m: "_" * len(m.group()), window)
    return bool(_HYPOTHETICAL.search(window))


# Capitalized words at a sentence's start that are no one's name.
_COMMON_CAPS = frozenset(
    """The A An He She It They We I You In On At But And After Before When While Its His
    Her Their This That These Those As With For From By Of To Under Over According
    Meanwhile However Also Some Many Most All Both Each Every No Not""".split()
)


_SURNAME = re.compile(r"\b[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?\b")


def holder_names(text: str) -> set[str]:
    """Whose it is: name tokens in a stretch of text, single surnames included
    ("Marsh, who pleaded guilty to two counts")."""
    tokens = names_in(text)
    for m in _SURNAME.finditer(text):
        w = m.group()
        low = w.lower()
        if (w not in _COMMON_CAPS and low not in _TITLE_WORDS and low not in _NOT_NAME_WORDS
                and w not in _NOT_PLACES):
            tokens.add(low)
    return tokens


def names_in(sentence: str) -> set[str]:
    """Name tokens of people in a sentence ("Lee Jae-myung" -> lee, jae, myung)."""
    return {w for phrase in name_phrases(sentence) for w in phrase}


# The words a name's tokens leave out: titles, words of country names and function
# words, and the lowercase of the capitalized words of `_NOT_PLACES` (a token is ASCII
# letters in lowercase, and its capitalized form is one of those exactly when it is the
# lowercase of one that is capitalized).
_NOT_NAME_TOKENS = frozenset(
    _TITLE_WORDS | _NOT_NAME_WORDS
    | {p.lower() for p in _NOT_PLACES if p.lower().capitalize() == p}
)


def name_phrases(sentence: str) -> set[tuple[str, ...]]:
    """The names in a sentence, each as its tokens without titles ("President Lee
    Jae-myung" -> (lee, jae, myung))."""
    phrases: set[tuple[str, ...]] = set()
    for m in _NAME_SEQ.finditer(sentence):
        # words joined by single hyphens and spaces (`_NAME_SEQ`): split at each
        words = m.group().lower().replace("-", " ").split(" ")
        if any(w in DEMONYMS for w in words) and all(
            w in DEMONYMS or w in _TITLE_WORDS for w in words
        ):
            continue
        phrase = tuple(w for w in words if w not in _NOT_NAME_TOKENS and len(w) > 1)
        if phrase:
            phrases.add(phrase)
    return phrases


def _within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def shares_a_name(phrases: set[tuple[str, ...]], known: set[tuple[str, ...]]) -> bool:
    """True when a name of `phrases` is one of `known`, in full or in part ("Xi" of "Xi
    Jinping"); two names that only share a word ("Ahmed Khalil", "Hassan Khalil";
    "Rampart Therapeutics", "Rampart Financial") are two names."""
    return any(_within(a, b) if len(a) <= len(b) else _within(b, a)
               for a in phrases for b in known)


_EVENT_PHRASES = {"detention": "detention", "took office": "taking office",
                  "closing": "the closing"}


def event_phrase(event: str) -> str:
    """'the summit', 'taking office': an event name a reader can take in a sentence."""
    return _EVENT_PHRASES.get(event, f"the {event}")


def nearest_event(
    sentence: str, pos: int, *, within: int = 120, only: frozenset[str] | None = None
) -> tuple[str, int] | None:
    """The event noun nearest to offset `pos` of the sentence, and its offset. A verb
    that only says an event happened ("struck", an earthquake's word) gives way to an
    event named in the same sentence: "the tornado struck on Tuesday" is the tornado."""
    best: tuple[bool, int, str, int] | None = None
    for m in EVENT_RE.finditer(sentence):
        dist = abs(m.start() - pos)
        word = m.group().lower()
        if only is not None and EVENTS[word] not in only:
            continue
        if dist <= within:
            candidate = (word in _BARE_EVENT_VERBS, dist, EVENTS[word], m.start())
            if best is None or candidate[:2] < best[:2]:
                best = candidate
    return (best[2], best[3]) if best else None


_BARE_EVENT_VERBS = frozenset({"struck", "jolted"})


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
    # "a visit to China", or the verb's object: "the first leader to visit Kenya"
    m = re.search(r"\b(?:to|visit(?:s|ed|ing)?)\s+((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})",
                  phrase)
    if not m or m.group(1).removeprefix("the ").split()[0].lower() in _TITLE_WORDS:
        return None  # "to visit President Lee": a host, not a place
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


# "the 2007 Pisco earthquake", "in 2021": a sentence about another year's event
# Any year in the claim's stretch of text marks another event ("In June 2021, gunmen
# abducted 80 students", "was 2022, when blazes burned 300,000 hectares", "a 1970 storm
# killed 300,000"), except as a bound ("since 2014", "until 2030"), and "last year"
# does too.
_OTHER_YEAR = re.compile(
    r"(?<!\bsince )(?<!\buntil )(?<!\bbefore )(?<!\bafter )(?<!\bby )(?<!\bthrough )"
    r"(?<!\btill )(?<!\bto )(?<!\bSince )(?<![\d,.$€£])(?<!\d[-/–])\b((?:19|20)\d\d)\b"
    r"(?!\s*[-/–]\s*\d)"
    r"(?!,\d)"
    r"|\b(?:[Ll]ast|[Pp]revious)\s+(year)\b|\b(a\s+year)\s+ago\b"
    # "In February that year, 31 people were killed": the year named just before
    r"|\b([Tt]hat|[Tt]he\s+same)\s+year\b"
)
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_THAT_YEAR_REACH = 400  # how far back "that year" looks for the year it means


_CLAUSE_BREAK_AFTER = re.compile(r"[,;:–—(]")
# "came exactly a week after 23 people were rescued off Linosa": the claim is told in a
# clause about an event a week or more away (a comma ends such a clause: "two weeks after
# the quake struck, 300 people were rescued" is the story's; "a day after" the story's
# own event is what follow-ups write)
_EARLIER_CLAUSE = re.compile(r"\b(?:weeks?|months?|years?|decades?)\s+(?:after|before)"
                             r"\s+[^,;:.!?–—()]{0,60}$", re.IGNORECASE)
_SINCE_WHEN = re.compile(r"\bsince\s+(?:[A-Z][a-z]+\.?\s+)?((?:19|20)\d\d),?\s+when\b")


def since_when(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """"since 2018, when the dam burst", "since December 2024, when ...": what follows the
    "when" is that year's event. The matches in text[lo:hi]."""
    return _SINCE_WHEN.finditer(text, lo, hi) if text.find("since", lo, hi) >= 0 else iter(())


_YEAR_NAMES_EVENT = re.compile(r"\b[Tt]he\s+(?:19|20)\d\d\s+(?=[A-Za-z])")


# Days between a teaser's date and the article's beyond which the teaser is of another
# event, even one that shares a name with the story ("Storm Nadine" of last spring).
_TEASER_DAYS = 14


def _dated_elsewhen(ctx: Context, lo: int, hi: int) -> bool:
    """True when a teaser (text[lo:hi]) gives a full date weeks away from the article's
    own date. Reads the document's date matches, found once per article."""
    from .dates import date_matches, parse_match  # dates builds on this module

    if ctx.doc.date is None:
        return False
    for m in date_matches(ctx.doc):
        if m.start() < lo or m.end() > hi:
            continue
        if not (m.group("mdy_y") or m.group("dmy_y") or m.group("iso")):
            continue
        span = parse_match(m, None)
        if span and abs((span[0] - ctx.doc.date).days) > _TEASER_DAYS:
            return True
    return False


def _other_years(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """`_OTHER_YEAR.finditer(text, lo, hi)`, without the scan where no match can be:
    each holds "19" or "20" (a year) or "year", and most stretches of text hold none."""
    if text.find("year", lo, hi) < 0 and text.find("19", lo, hi) < 0 \
            and text.find("20", lo, hi) < 0:
        return iter(())
    return _OTHER_YEAR.finditer(text, lo, hi)


def _word_start(text: str, pos: int, floor: int) -> int:
    """`pos`, moved back to the start of the word it falls in (never before `floor`): a
    window never ends in half a name ("in New Yor")."""
    while pos > floor and text[pos - 1].isalnum():
        pos -= 1
    return pos


def _word_end(text: str, pos: int, ceiling: int) -> int:
    """`pos`, moved on to the end of the word it falls in (never past `ceiling`)."""
    while pos < ceiling and text[pos].isalnum():
        pos += 1
    return pos


def story_scope(ctx: Context, sent: Sentence, start: int, end: int,
                *, local: bool = False) -> dict[str, str | None]:
    """Which event a claim belongs to: the story itself, or another one.

    A claim is about the story unless its sentence places it elsewhere: another place
    and none of the story's ("the first summit in Gyeongju"), or another year ("the
    2007 earthquake killed 500"). A teaser that names none of the story's people or
    companies (a whole name, or part of one: not just a shared word) is about another
    event altogether. Claims about another event get an `event` tag and are
    compared only with claims carrying the same tag.
    """
    text = ctx.doc.text
    # the claim's own stretch of the sentence: "plans to cut about 1,200 jobs over two
    # years, mainly by merging plants in Ohio" does not move the job cuts to Ohio
    a = _word_start(text, max(sent.start, start - 90), sent.start)
    b = _word_end(text, min(sent.end, end + 40), sent.end)
    if sent.zone == "teaser":
        # a teaser names its event once, in its first sentence: read the whole paragraph
        line = text.rfind("\n", 0, sent.start) + 1
        line_end = text.find("\n", sent.end)
        if line_end == -1:
            line_end = len(text)
        aside, places = _teaser(ctx, line, line_end)
        if aside:
            lineno = ctx.doc.norm.line_col(sent.start)[0]
            return {"event": f"aside:{ctx.doc.source.id}:{lineno}"}
        if places and not any(ctx.is_main_place(p) for p in places):
            return {"event": places[0].lower()}
    else:
        # the claim's own words ("the first avalanche deaths on an open piste in Tyrol
        # since 1999") say where its record holds, not that it is another event; but
        # one of the story's places among them keeps it the story's
        found = _places_at(text[a:b])
        places = [p for p, at in found if not start <= a + at < end]
        if places and not any(ctx.is_main_place(p) for p, _ in found) \
                and not _names_a_main_place(ctx, text[sent.start : sent.end]):
            return {"event": places[0].lower()}
    if _EARLIER_CLAUSE.search(text, max(sent.start, start - 80), start):
        return {"event": f"before:{ctx.doc.source.id}:{start}"}
    # An undated article's years are set against no year: any of them marks its event.
    year = ctx.doc.year
    rel_start, rel_end = start - sent.start, end - sent.start
    lo = max(sent.start, start - 90)
    # "the 2024 Boar's Head recall ..., which followed an outbreak that killed 10": a
    # year naming an event earlier in the sentence reaches the whole of it
    named = _YEAR_NAMES_EVENT.search(text, sent.start, lo) if lo > sent.start else None
    if named:
        lo = named.start()
    hi = min(sent.end, end + 80)
    for m in _other_years(text, lo, hi):
        s = m.start() - sent.start
        if rel_start <= s < rel_end:
            continue  # the claim's own words ("the first visit since 2019")
        if m.start() >= end and _CLAUSE_BREAK_AFTER.search(text, end, m.start()):
            continue  # "came third with 6,115 votes, a collapse from the majority won at
            # the 2024 general election": a year past a break is another clause's
        if m.group(4):
            # "that year": the last year written before it, if another than the article's
            named_years = _ANY_YEAR.findall(text, max(0, m.start() - _THAT_YEAR_REACH),
                                            m.start())
            if named_years and (year is None or int(named_years[-1]) != year):
                return {"event": named_years[-1]}
            continue
        if m.group(1) is None:
            # "last year", "a year ago"
            return {"event": str(year - 1) if year else "last year"}
        if year is None or int(m.group(1)) != year:
            return {"event": m.group(1)}
    # "the deadliest since 2018, when the Patel dam burst, killing 48 people": what
    # follows the "when" is that year's event
    for m in since_when(text, lo, hi):
        if m.end() <= start and (year is None or int(m.group(1)) != year):
            return {"event": m.group(1)}
    # Places of the story itself do not split it: one report says "near Chala", another
    # "in the Arequipa region", of the same earthquake. But a count for one of its
    # smaller places ("In Ifugao, a landslide buried four houses") is a part, not the
    # whole: with `local`, such a count is kept to claims about the same place.
    if local:
        clause = text[max(sent.start, start - 70) : min(sent.end, end + 50)]
        for p in places_in(clause):
            if p.lower() not in ctx.top_places and ctx.is_main_place(p):
                return {"where": p.lower()}
    return {}


def _names_a_main_place(ctx: Context, sentence: str) -> bool:
    """True when the sentence names one of the story's places in any way ("a bus
    travelling from Lima to Ayacucho plunged into a ravine in Huancavelica"): its other
    place is where the story's event happened, not another event."""
    low = sentence.lower()
    return any(re.search(rf"\b{re.escape(p)}\b", low) for p in ctx.main_places if p in low)


def _teaser(ctx: Context, line: int, line_end: int) -> tuple[bool, list[str]]:
    """Whether the teaser paragraph text[line:line_end] is about another event (it names
    none of the story's people or companies, or gives a date weeks away), and its places;
    read once per paragraph."""
    known = ctx.teasers.get((line, line_end))
    if known is None:
        region = ctx.doc.text[line:line_end]
        aside = (not shares_a_name(name_phrases(region), ctx.body_phrases)
                 or _dated_elsewhen(ctx, line, line_end))
        known = ctx.teasers[(line, line_end)] = (aside, [] if aside else places_in(region))
    return known


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
    """A claim with evidence for the normalized span [start, end); marks it taken.

    The values are the ones validation would keep (checked here, cheaply), so the claim
    is built without running pydantic's validators: a third of an article's claims
    time went to validating values that are already right."""
    ctx.take(start, end)
    inf = float("inf")
    low = None if interval.low == -inf else interval.low
    high = None if interval.high == inf else interval.high
    clean_scope = {k: v for k, v in sorted((scope or {}).items()) if v}
    # every field, in the model's order: `replaced` makes this the claim's `__dict__`
    fields: dict[str, Any] = {
        "kind": kind, "key": key, "claim": claim, "value": value,
        "low": None if low is None else float(low),
        "high": None if high is None else float(high),
        "approx": interval.approx, "unit": unit, "qualifier": qualifier,
        "scope": clean_scope, "as_of": _entry_time(ctx.doc, start),
        "evidence": ctx.doc.evidence(start, end),
    }
    if (type(value) in _VALUE_TYPES and type(kind) is str and type(key) is str
            and type(claim) is str and type(interval.approx) is bool
            and type(low) in _BOUND_TYPES and type(high) in _BOUND_TYPES
            and type(unit) in _OPTIONAL_STR and type(qualifier) in _OPTIONAL_STR
            and all(type(k) is str and type(v) is str for k, v in clean_scope.items())
            and type(fields["as_of"]) in _OPTIONAL_STR):
        return replaced(_CLAIM, fields)
    fields["low"], fields["high"] = low, high
    return Claim(**fields)


# "**16:40** -", "09:15 —", "3:05 p.m. -": a live-blog entry's time at a line's start
_ENTRY_TIME = re.compile(r"[ \t*_#\[]*(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?[*_\]]*\s*[-–—|:]",
                         re.IGNORECASE)


# "THURSDAY, FEBRUARY 20", "Feb 19", "19 February 2025": a line that is only a day, the
# heading of a live blog's entries of that day
_MONTH_NAME = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_HEADING = re.compile(
    rf"^[ \t*_#]*(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?"
    rf"(?:(?P<m1>{_MONTH_NAME})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_NAME}))"
    rf"(?:,?\s+(?P<y>(?:19|20)\d\d))?[ \t*_:]*$",
    re.IGNORECASE | re.MULTILINE,
)
_ENTRY_LINES = 6  # lines an entry's text may run below its time stamp
# A line that starts with a digit past any marks: the only lines `_ENTRY_TIME` can match
# at the start of (the first line aside). It starts with a plain "\n", which `re` finds
# fast, and holds no other: the matches hide no line start from `finditer`.
_DIGIT_LINE = re.compile(r"\n[ \t*_#\[]*\d")


def _day_headings(doc: Document) -> list[tuple[int, str]]:
    """(offset, "YYYY-MM-DD") of each day heading of a live blog, read once."""
    found = doc.cache.get("day_headings")
    if found is None:
        found = []
        year = doc.date.year if doc.date else None
        for m in _DAY_HEADING.finditer(doc.text):
            month = MONTHS[(m.group("m1") or m.group("m2")).lower().rstrip(".")]
            day = int(m.group("d1") or m.group("d2"))
            y = int(m.group("y")) if m.group("y") else year
            if y is not None and 1 <= day <= 31:
                found.append((m.start(), f"{y:04d}-{month:02d}-{day:02d}"))
        doc.cache["day_headings"] = found
    return found


def _has_entry_times(doc: Document) -> bool:
    """Whether any line of the text starts with a time stamp (`_ENTRY_TIME`), found once:
    most articles are no live blog, and no claim of theirs has a time."""
    found = doc.cache.get("entry_times")
    if found is None:
        text = doc.text
        starts = [0, *(m.start() + 1 for m in _DIGIT_LINE.finditer(text))]
        found = doc.cache["entry_times"] = any(_ENTRY_TIME.match(text, s) for s in starts)
    return bool(found)


def _entry_time(doc: Document, pos: int) -> str | None:
    """The time stamp of the live-blog entry holding `pos`: on its line, or on a line
    above it in the same paragraph ("9:30 a.m. - Rescue ends" then the entry's text).
    24-hour "HH:MM", with the day in front ("2025-02-19T10:05") when the blog heads its
    days ("FEBRUARY 19")."""
    if not _has_entry_times(doc):
        return None  # the search below matches `_ENTRY_TIME` at line starts only
    text = doc.text
    line = text.rfind("\n", 0, pos) + 1
    m = None
    for _ in range(_ENTRY_LINES):
        m = _ENTRY_TIME.match(text, line)
        if m or line == 0:
            break
        prev = text.rfind("\n", 0, line - 1) + 1
        if not text[prev : line - 1].strip():
            break  # a blank line above: the paragraph, and so the entry, begins here
        line = prev
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    if m.group(3) and m.group(3).lower().startswith("p") and hour < 12:
        hour += 12
    if m.group(3) and m.group(3).lower().startswith("a") and hour == 12:
        hour = 0
    if hour >= 24 or minute >= 60:
        return None
    stamp = f"{hour:02d}:{minute:02d}"
    headings = _day_headings(doc)
    if headings:
        before = [day for at, day in headings if at < pos]
        return f"{before[-1] if before else headings[0][1]}T{stamp}"
    return stamp


# Claims are copied from this template, every field replaced: `model_copy` of a model
# with every field set gives what `model_construct` gives, at about two thirds of the
# cost (`model_construct` looks up each field's aliases and default, for every claim).
_CLAIM = Claim.model_construct(
    kind="", key="", claim="", value=0, low=None, high=None, approx=False, unit=None,
    qualifier=None, scope={}, as_of=None,
    evidence=Evidence.model_construct(source="", path="", line=1, column=1, end_line=1,
                                      end_column=1, text="", quote="", zone="body"),
)


# Types `make_claim` passes through as validation would (validation turns int bounds
# into floats, which `make_claim` does itself).
_VALUE_TYPES = (int, float, str)
_BOUND_TYPES = (int, float, type(None))
_OPTIONAL_STR = (str, type(None))

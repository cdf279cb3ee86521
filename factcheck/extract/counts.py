"""Counts of things and people: "14 memorandums of understanding", "Fourteen memoranda",
"at least 126 people were killed", "killing 12", "over 200 top executives".

A count is keyed by its counted noun (synonyms folded: MOU = memorandum = agreement),
by what happened to the people counted (killed, injured, missing...) and by whom it
concerns (companies rather than the governments the story is about).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from ..document import Document, Sentence
from ..lexicon import (
    IRREGULAR_SINGULAR,
    NOUN_SYNONYMS,
    PEOPLE_NOUNS,
    PREDICATES,
    canonical_noun,
)
from ..models import Claim
from ..numbers import (
    APPROX_RE,
    DIGIT_NUMBER,
    NUMBER_RE,
    VAGUE,
    WORD_NUMBER,
    Interval,
    approx_interval,
    as_canonical,
    parse_number,
    range_before,
)
from .common import (
    Context,
    holder_names,
    hypothetical_before,
    make_claim,
    story_scope,
    subject_of,
    usable_sentence,
)
from .scan import SCALE_WORDS, anchored_finditer, digit_runs, number_words, occurrences

_APPROX_BEFORE = re.compile(rf"(?:^|[\s(])({APPROX_RE})\s+$", re.IGNORECASE)
_FOLLOWING = re.compile(r"(?:[ ]+(?:\(?[A-Za-z][\w'-]*\)?))")
_STOP = frozenset(
    """of to in on at for from by with and or but as than that which who were was are is
    be been have has had will would could should may might can did do does not no the a an
    this these those their its his her our said says after before during since while into
    over under about between among per each every more most less than behind ahead beyond
    near across around through toward towards against within without""".split()
)
# Nouns that make the number something other than a count: time, money, units.
_OTHER_KIND = re.compile(
    r"^(?:second|minute|min|hour|hr|day|week|month|year|decade|century|percent|per|pct|"
    r"dollar|euro|pound|yen|yuan|won|rupee|cent|crown|krone|kroner|krona|kronor|franc|peso|"
    r"real|reais|rand|lira|lire|rouble|ruble|dirham|riyal|ringgit|baht|shekel|zloty|forint|"
    r"naira|shilling|km|kilometre|kilometer|mile|metre|meter|"
    r"kg|kilogram|ton|tonne|feet|foot|inch|degree|magnitude|point|am|pm|a\.m|p\.m|basis|bps|"
    r"o'clock|gmt|utc|bn|billion|million|thousand|trillion|times|fold|th|st|nd|rd)s?$",
    re.IGNORECASE,
)
_DETERMINERS = re.compile(
    r"\b(?:the|these|those|both|all|its|their|his|her|our|your|my|every|each|first|last)\s+$",
    re.IGNORECASE,
)
_REFERENCE_WORDS = ("no.", "#", "page", "article", "section", "chapter", "room", "route",
                    "number", "line", "phase", "grade", "category", "level", "size", "age",
                    "aged", "stage", "version", "step")
_REFERENCE_BEFORE = re.compile(
    "(?:" + "|".join(w if w == "#" else rf"\b{re.escape(w)}" for w in _REFERENCE_WORDS)
    + r")\s*$",
    re.IGNORECASE,
)
# A reference word ends where `before` does, white space aside, and holds at most this
# many characters ("category"): only that end of `before` is searched, which spares `re`
# trying the words at every offset of it.
_REFERENCE_REACH = max(len(w) for w in _REFERENCE_WORDS)


def _reference_before(before: str) -> bool:
    """`_REFERENCE_BEFORE.search(before)`, searched only where `before`, white space
    aside, ends with one of its words: in ASCII, its lowercase does (in `re.IGNORECASE`
    an ASCII letter matches only itself in either case); any other text is searched."""
    stripped = before.rstrip()
    tail = stripped[-_REFERENCE_REACH:]
    if tail.isascii() and not tail.lower().endswith(_REFERENCE_WORDS):
        return False
    return _REFERENCE_BEFORE.search(before, max(0, len(stripped) - _REFERENCE_REACH)) is not None


_VAGUE_RE = re.compile(
    r"\b(" + "|".join(sorted((re.escape(k) for k in VAGUE), key=len, reverse=True))
    + r")\s+(?:of\s+)?(?:[a-z][\w-]*\s+)??([a-z][\w'-]*)",
    re.IGNORECASE,
)
# Every _VAGUE_RE match starts with one of these, in any case ("tens of thousands"):
# the vague words that start with no other ("hundreds of thousands" starts "hundreds").
_VAGUE_STARTS = tuple(sorted(k for k in VAGUE
                             if not any(o != k and k.startswith(o) for o in VAGUE)))
_EARLIER_BEFORE = re.compile(r"\b(?:up|down|rising|risen|falling|fallen|revised)\s+from\s+"
                             r"(?:the\s+|an?\s+)?(?:earlier\s+|initial\s+)?$", re.IGNORECASE)
# "Fourteen of the 23 miners died", "nine out of 160 people on board": the second number
# is the whole the first is counted out of, not a count of what happened to them
_WHOLE_BEFORE = re.compile(
    rf"(?:\d[\d,.]*|\b{WORD_NUMBER})\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?$",
    re.IGNORECASE)
_WORKFORCE_BEFORE = re.compile(
    rf"\b(?:workforce|staff|headcount|payroll)\s+of\s+(?:(?:{APPROX_RE})\s+)?$", re.IGNORECASE)
# "The number of injured has risen to 63", "the number of dead stood at 40"
_NUMBER_OF_BEFORE = re.compile(
    r"\bnumber\s+of\s+(?:people\s+)?(?P<pred>[a-z]+)\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:risen|rose|climbed|increased|grown|grew|jumped|reached|stands?|stood|is|was|now)"
    r"(?:\s+(?:to|at))?\s+$", re.IGNORECASE)
# The last words a match of _WHOLE_BEFORE or _SEATS_OF_BEFORE can end with: "of", or
# "of" and one of the others.
_OF_TAIL = frozenset({"of", "the", "all", "its", "their"})


def _ends_in_of(before: str) -> bool:
    """True when the last word of `before` may be one of `_OF_TAIL`: a test much cheaper
    than the search for a number and "of" at every offset of `before`, which it spares
    in most places, as no match can be without it. (A word not in ASCII may be one: to
    `re.IGNORECASE` the Turkish "İ" and "ı" are an "i".)"""
    words = before.rsplit(None, 1)
    return bool(words) and (not words[-1].isascii() or words[-1].lower() in _OF_TAIL)


_OF_WHOLE_AFTER = re.compile(
    rf"\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:\d[\d,]*|{WORD_NUMBER})\b",
    re.IGNORECASE)
# "Three of the five dead were German", "two of the seven people killed were children":
# the whole is the toll, and the part some of its people, told apart by what they were
_WHOLE_TOLL = re.compile(r"\s+(?:(?:people|persons)\s+)?(?:dead|killed|injured|wounded|hurt|"
                         r"missing|victims|fatalities|deaths|casualties|survivors)\b",
                         re.IGNORECASE)
# "rated to carry 350 passengers", "a capacity of 350": what could be, not what was
_CAPACITY_BEFORE = re.compile(
    r"\b(?:(?:rated|designed|built|licensed|certified|allowed|permitted|able)\s+to\s+"
    r"(?:carry|hold|seat|accommodate|take)|can\s+(?:carry|hold|seat|accommodate|take)|"
    r"capacity\s+(?:of|for|is|was)|room\s+for|"
    # "the stadium holds 42,017 people"
    r"(?:stadium|arena|venue|ground|hall|theatre|theater|ship|ferry|vessel|boat|plane|"
    r"aircraft|jet|bus|train|prison|jail|camp)\s+(?:holds|held|seats|seated|accommodates)"
    r")\s+$", re.IGNORECASE)
# "Earlier estimates had put the loss at 150 homes", "initial reports said 12 died"
_SUPERSEDED = re.compile(r"\b(?:earlier|initial|previous|first|original)\s+(?:official\s+)?"
                         r"(?:estimates?|reports?|figures?|counts?|tolls?|tall(?:y|ies))\b",
                         re.IGNORECASE)
_PART_AFTER = re.compile(r"\s+(?:of\s+(?:them|whom|those|which)|other|others|more|additional|"
                         r"further|critically|seriously|severely|gravely)\b|[^.;,\d]{0,40}?\bin\s+"
                         r"(?:a\s+)?(?:serious|critical|grave|stable)\s+condition\b",
                         re.IGNORECASE)
_TOLL_BEFORE = re.compile(r"\btoll\b[^.;]{0,25}?(?:to|at|of|is|was|reached|hit|stands|now)\s+$",
                          re.IGNORECASE)
_UNNAMED = "(unnamed)"
# Nouns counted per holder: 58 seats of one party are not 44 of another.
_OWNED = frozenset({"seat", "vote", "medal", "goal", "point", "delegate", "mandate", "title",
                    "count", "charge"})
# People nouns that say nothing of who the people are: "residents evacuated" and
# "people evacuated" are one fact; children, soldiers or police are a part of it.
_GENERAL_PEOPLE = frozenset({"person", "resident", "inhabitant", "individual"})
# Predicates of captives, which a thing cannot undergo: "captured 116 seats" were won,
# "the election held on Tuesday" holds no one.
_CAPTIVE_PREDICATES = frozenset({"abducted", "held", "released", "arrested"})
# Adjectives that make a count a part of a kind of its own: "640 local jobs" are not the
# deal's 2,300 job cuts.
_SUBSETS = frozenset("""local domestic foreign overseas international regional remaining
    permanent temporary seasonal""".split())
# A count over a period, not of the event: "monsoon rains have killed 68 people across the
# country this year", "76 people since the rains arrived on June 13"
_PERIOD_TOTAL = re.compile(
    r"\b(?:(?:so\s+far\s+)?this\s+(?:year|season|month)|year[\s-]to[\s-]date|"
    r"(?<!first\s)(?<!worst\s)(?<!deadliest\s)since\s+(?:19|20)\d\d|since\s+the\s+"
    r"(?:start|beginning)\s+of\b|since\s+the\s+(?:rains|monsoon|season)\b|this\s+(?:monsoon|"
    r"rainy|wildfire|fire|hurricane|typhoon|storm|flu|winter|summer)\s+season|"
    # "Last winter 18 people died in avalanches", "over the past decade"
    r"(?:last|past)\s+(?:winter|summer|spring|autumn|season)|(?:in|over|during)\s+the\s+"
    r"(?:past|last)\s+(?:\w+\s+)?(?:years|decades?|months|seasons?|winters?|summers?))\b",
    re.IGNORECASE)
# "1,350 job cuts", "2,000 layoffs": a fact of their own, kept apart from "cut 1,350 jobs"
# (which may be another firm's in a digest) and from a bare "cuts" (budget, rates).
_JOB_CUTS = re.compile(r"(?:job\s+(?:cuts|losses)|layoffs|lay-offs|redundancies)\b", re.IGNORECASE)
# "said the merger would lead to 1,350 job cuts": a stated plan, not a maybe.
_PLANNED_CUTS = re.compile(r"\bwould\s+(?:lead\s+to|result\s+in|mean|involve|see|cut|eliminate|"
                           r"shed|axe)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$",
                           re.IGNORECASE)
_CHAMBER = (r"(?:chamber|parliament|assembly|house|legislature|senate|congress|council|"
            r"diet|knesset|duma|bundestag|sejm|majlis|riksdag|storting|folketing|cortes)")
# "won 156 of the 300 seats", "156 seats out of 300", "156 of 300 seats": a party's
# seats (the first number) out of the chamber's (the second).
_SEATS_OF_AFTER = re.compile(
    rf"\s+(?:seats\s+)?(?:out\s+)?of\s+(?:the\s+|all\s+)?(?:{NUMBER_RE.pattern})"
    rf"(?:\s+seats\b|-(?:seat|member)\s+(?:[\w-]+\s+){{0,2}}?{_CHAMBER}\b|"
    rf"\s+(?:available|contested|elected)\b|\s*[.,;]|\s*$)",
    re.IGNORECASE,
)
_SEATS_OF_BEFORE = re.compile(
    rf"(?:{NUMBER_RE.pattern})\s+(?:(?P<seats>seats)\s+)?(?:out\s+)?of\s+(?:the\s+|all\s+)?$",
    re.IGNORECASE,
)
_VOTE_OF = re.compile(
    r"(?:\s+(?:seats|of\s+(?:the\s+)?\d[\d,]*\s+seats))?\s+in\s+(?:the\s+)?"
    r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:elections?|vote|polls?|ballot|parliament|legislature|assembly)\b"
)
# A house named apart from another in the same story: upper or lower, the senate.
_HOUSE = re.compile(r"\b(?:(?:upper|lower)\s+(?:house|chamber)|senate|house\s+of\s+"
                    r"(?:representatives|councillors|councilors|commons|lords|delegates|"
                    r"assembly|the\s+people)|council\s+of\s+states|national\s+council)\b",
                    re.IGNORECASE)
# "the 300-member chamber", "the 151-seat National Assembly": the size of the chamber.
_CHAMBER_AFTER = re.compile(rf"-(?:seat|member|strong)\s+(?:[\w-]+\s+){{0,2}}?{_CHAMBER}\b",
                            re.IGNORECASE)
# "3.5", "12%", "40 per cent": a decimal, a time or a percentage, not a count
_PERCENT_AFTER = re.compile(r"[:.]\d|%|\s*(?:per\s*cent|percent|pct)\b", re.IGNORECASE)
_UNDERSTANDING = re.compile(r"\s+of\s+understanding\b", re.IGNORECASE)
_ACRONYM_PAREN = re.compile(r"\s*\([A-Za-z]{2,6}'?s?\)")


def _head(text: str, pos: int) -> tuple[str, int] | None:
    """The counted noun after offset `pos` (adjectives skipped) and where it ends."""
    end = pos
    prev = ""
    nationality = ""
    for i in range(4):
        m = _FOLLOWING.match(text, end)
        if not m:
            return None
        word = m.group().strip().strip("()")
        low = word.lower()
        if low == "and" and i > 0 and not nationality:
            end = m.end()  # "three supply-chain and investment contracts": two modifiers
            continue
        if low in _STOP or _OTHER_KIND.match(low) or parse_number(low) is not None:
            return None  # "12 strong behind three pacemakers": the noun is the three's
        end = m.end()
        if _DEMONYM.fullmatch(word):
            # "six Belarusians" are people of a nationality; "five Belarusian nationals"
            # too, with the demonym as an adjective
            if low.endswith("s"):
                return f"national:{low[:-1]}", end
            nationality = low
            continue
        if nationality and low in ("nationals", "citizens", "people", "residents", "prisoners"):
            return f"national:{nationality}", end
        if not (word[0].islower() or low in NOUN_SYNONYMS or low.rstrip("s") in NOUN_SYNONYMS):
            return None  # "221 Baker Street", "7 Eleven": a name, not a count
        if low in NOUN_SYNONYMS or low in IRREGULAR_SINGULAR or (
            low.endswith("s") and len(low) > 3 and not low.endswith(("ss", "ous", "us"))
        ):
            u = _UNDERSTANDING.match(text, end)
            if u and low.startswith("memorand"):
                end = u.end()
            a = _ACRONYM_PAREN.match(text, end)
            if a:
                end = a.end()
            if prev == "crew" and low in ("members", "member"):
                return "crew", end  # "four crew members" are crew, not members
            return low, end
        prev = low
    return None


_PHRASAL_OVER = re.compile(r"\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|took|tak(?:es|en|ing)|"
                           r"pass(?:es|ed|ing)?|gave|giv(?:es|en|ing)|sign(?:s|ed|ing)?)\s+$",
                           re.IGNORECASE)
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|an|ese|ish|i)s?")
_PASSIVE = re.compile(r"\b(?:were|was|are|is|have\s+been|has\s+been|had\s+been|remain|remained|"
                      r"remains)\s+(?:\w+ly\s+|now\s+|still\s+|being\s+)*([a-z]+)\b",
                      re.IGNORECASE)
_CLAUSE_END = re.compile(r";|,\s+(?:but|while|whereas|although)\b")
_WORD = re.compile(r"[a-z]+")  # of a lowercased sentence, to look up in PREDICATES
# What the counted people did or underwent, said in a phrase right after them rather than
# in one predicate word: "810 were being treated in hospitals", "forcing 37,300 residents
# from their homes", "5,800 pilots walked off the job".
_AFTER_PHRASE = re.compile(
    r"\s*(?:(?:were|was|are|is|have|has|had|been|being|now|still|later|also|reportedly|"
    r"remain|remains|remained|all)\s+)*(?:"
    r"(?P<injured>(?:treated|admitted|taken|rushed|airlifted|flown|hospitali[sz]ed|"
    r"recovering|receiving\s+treatment)\s+(?:in|at|to)\s+(?:a\s+|the\s+|local\s+|nearby\s+|"
    r"area\s+)?(?:hospitals?|clinics?|medical\s+(?:centres?|centers?|facilities))\b|"
    r"(?<!remained\s)(?<!remain\s)(?<!remains\s)in\s+hospital\b|treated\s+for\s+(?:their\s+|serious\s+|minor\s+)?"
    r"(?:injuries|wounds|burns)\b)"
    r"|(?P<deployed>(?:on|at)\s+(?:the\s+)?scene\b)"
    r"|(?P<cut>(?:are\s+|is\s+)?(?:to|will)\s+go\b|to\s+be\s+(?:cut|axed|shed|lost|eliminated)\b)"
    r"|(?P<hospitalised>(?:remained|remain|remains|still)\s+in\s+(?:a\s+|the\s+)?hospitals?\b)"
    r"|(?P<evacuated>(?:forced|ordered|told|driven|made)\s+(?:to\s+(?:flee|leave\s+their\s+homes|"
    r"evacuate|abandon\s+their\s+homes)|from\s+their\s+homes|out\s+of\s+their\s+homes)\b|"
    r"(?:moved|relocated|taken|bused|bussed|sent)\s+to\s+(?:temporary\s+|emergency\s+|"
    r"evacuation\s+)?(?:shelters|safety|evacuation\s+cent(?:re|er)s|relief\s+camps)\b|"
    r"(?:from|out\s+of)\s+their\s+homes\b|to\s+flee\b|"
    r"(?:sought|seeking|took|taking|sheltering)\s+(?:refuge|shelter)\b|in\s+(?:emergency\s+|"
    r"temporary\s+)?shelters\b)"
    r"|(?P<striking>walked\s+(?:off\s+the\s+job|out)\b|(?:went|go|are|were)\s+on\s+strike\b|"
    r"on\s+strike\b|(?:joined|joining|join)\s+the\s+(?:strike|walkout|stoppage|industrial\s+"
    r"action)\b|(?:began|begun|launched|started|staged|stage|held)\s+an?\s+(?:\w+\s+)?"
    r"(?:strike|walkout|stoppage)\b|(?:taking|took|take)\s+part\s+in\s+the\s+(?:\w+\s+)?"
    r"(?:strike|walkout|stoppage|industrial\s+action)\b)"
    r")",
    re.IGNORECASE,
)
# "with 4,550 pilots taking part": part of what, the sentence says ("strike", "walkout").
_TAKING_PART = re.compile(r"\s+(?:taking|took)\s+part\b(?!\s+in\b)", re.IGNORECASE)
_STRIKE_WORD = re.compile(r"\b(?:strikes?|walkouts?|stoppages?|industrial\s+action)\b",
                          re.IGNORECASE)
_STRIKE_BEFORE = re.compile(r"\b(?:strike|walkout|stoppage)\s+(?:by|of|involving)\s+"
                            r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|"
                            r"over\s+|at\s+least\s+|an\s+estimated\s+)?$", re.IGNORECASE)


# Between a verb and the count it governs: a preposition, an article, an approximation.
_APPROX_WORDS = (r"(?:\s+(?:the|a|an|at|least|more|than|over|about|around|some|nearly|almost|"
                 r"up|to|another|roughly|estimated|all|only))*")
_GOVERNS = re.compile(rf"(?:\s+(?:for|of|to))*{_APPROX_WORDS}\s+", re.IGNORECASE)
# "killed and eighty-nine injured", "440 dead, 3,379 injured": the verb ends the count
# before, and the next one has its own.
_COORDINATED = re.compile(rf"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+){_APPROX_WORDS}\s*",
                          re.IGNORECASE)


def _phrase_predicate(sentence: str, rel_end: int) -> str | None:
    """The predicate a phrase right after the counted people states, if any."""
    m = _AFTER_PHRASE.match(sentence, rel_end)
    if m:
        return m.lastgroup
    if _TAKING_PART.match(sentence, rel_end) and _STRIKE_WORD.search(sentence):
        return "striking"
    return None


def _predicate(sentence: str, rel_start: int, rel_end: int,
               at: SentenceNumbers | None = None) -> str | None:
    """What happened to the people counted: the nearest predicate word in their clause
    ("killing a teacher and abducting 43 students": abducted, not killed).

    A count with a verb of its own ("946 were being treated") never borrows the
    predicate of the clause before it ("123 people had died and ...").

    `at` (`_sentence_numbers`) says where numbers can start in the sentence: the same
    answer, found faster."""
    phrase = _phrase_predicate(sentence, rel_end)
    if phrase:
        return phrase
    lo = max(0, rel_start - 40)
    hi = min(len(sentence), rel_end + 50)
    for m in _CLAUSE_END.finditer(sentence, lo, rel_start):
        lo = m.end()
    m_end = _CLAUSE_END.search(sentence, rel_end, hi)
    if m_end:
        hi = m_end.start()
    # the clause's own verb wins over a participle inside the noun phrase: "Thirty-eight
    # students abducted from the school have been released" were released
    clause_end = _CLAUSE_END.search(sentence, rel_end)
    stop = clause_end.start() if clause_end else len(sentence)
    # a count after this one's own verb starts another clause: "Seven people died and
    # more than 60 were hurt" (but "38 students and two teachers abducted from the school
    # have been released" share the verb)
    other = _first_number(sentence, rel_end, stop, at)
    if other and any(w in PREDICATES
                     for w in _WORD.findall(sentence[rel_end : other.start()].lower())):
        stop = other.start()
        hi = min(hi, stop)
    main = _PASSIVE.search(sentence, rel_end, stop)
    if main and main.group(1).lower() in PREDICATES:
        return PREDICATES[main.group(1).lower()]
    # "946 were being treated ...": the count's own verb, so nothing from before it
    own_verb = bool(main and not sentence[rel_end : main.start()].strip())
    best: tuple[int, str] | None = None
    after: str | None = None  # the first predicate past the counted noun
    governing: str | None = None  # "killing 12", "in exchange for six Belarusians"
    for m in _WORD.finditer(sentence[lo:hi].lower()):
        canon = PREDICATES.get(m.group())
        if canon:
            pos = m.start() + lo
            if pos >= rel_end:
                if after is None:
                    after = canon
                dist = pos - rel_end  # "440 dead, 3,379 injured": from the number's end
            elif own_verb:
                continue
            elif pos >= rel_start:
                dist = 0
            else:
                gap = sentence[m.end() + lo : rel_start]
                dist = len(gap)
                governing = canon if _GOVERNS.fullmatch(gap) else None
                if governing is None and _COORDINATED.fullmatch(gap):
                    # "killed and eighty-nine injured": the verb of the count before
                    dist += 100
            if best is None or dist < best[0]:
                best = (dist, canon)
    if governing:
        return governing
    inside = _WORD.findall(sentence[rel_start:rel_end].lower())
    if best and after and any(w in PREDICATES for w in inside[:-1]):
        return after  # "38 kidnapped students, two teachers freed": freed
    return best[1] if best else None


def _plural(noun: str) -> str:
    if noun in ("person",):
        return "people"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    return noun + "s"


def _key_noun(noun: str) -> str:
    """The noun a count is keyed by: people in general are one ("residents evacuated" is
    "people evacuated"); children, soldiers or police are a part of them."""
    return "person" if noun in _GENERAL_PEOPLE else noun


def _label(noun: str, pred: str | None) -> str:
    """ "people killed", "number of agreements": what a count says, for the report."""
    return f"{_plural(noun)} {pred}" if pred else f"number of {_plural(noun)}"


# "Dead: 14", "* Homes destroyed: 178, according to county assessments": a fact box's
# label, then its figure and nothing counted after it
_LABEL_LINE = re.compile(
    rf"^[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?(?P<label>[A-Za-z][A-Za-z' -]{{1,40}}?)(?:\*\*)?:"
    rf"[ \t]*(?:\*\*)?(?:(?P<approx>{APPROX_RE})\s+)?(?P<num>{DIGIT_NUMBER}|{WORD_NUMBER})\b"
    rf"(?![,.]\d)(?:\*\*)?(?:[ \t]+(?:people|persons|residents))?"
    rf"(?=[ \t]*(?:$|[,;.(]|according\b|\bper\b))",
    re.IGNORECASE | re.MULTILINE,
)


def _label_lines(text: str) -> Iterator[re.Match[str]]:
    """`_LABEL_LINE.finditer(text)`, the pattern tried only where it can match: at the
    start of a line with a colon (the label's) in it."""
    pos = 0
    while True:
        colon = text.find(":", pos)
        if colon < 0:
            return
        line = text.rfind("\n", 0, colon) + 1
        m = _LABEL_LINE.match(text, line) if line >= pos else None
        if m is None:
            pos = colon + 1  # the line is tried: on to the next colon
        else:
            yield m
            pos = m.end()


_PEOPLE_PREDICATES = frozenset({"killed", "injured", "missing", "evacuated", "rescued",
                                "arrested", "survived"})


def _labelled(ctx: Context) -> Iterator[Claim]:
    """Counts in fact boxes: the label says what is counted and what happened to it."""
    text = ctx.doc.text
    for m in _label_lines(text):
        start, end = m.span("num")
        sent = usable_sentence(ctx, start, end)
        value = parse_number(m.group("num"))
        if sent is None or value is None or value <= 1:
            continue
        words = [w.lower() for w in re.findall(r"[A-Za-z']+", m.group("label"))]
        preds = [PREDICATES[w] for w in words if w in PREDICATES]
        nouns = [canonical_noun(w) for w in words if w not in PREDICATES
                 and (w in PEOPLE_NOUNS or w in NOUN_SYNONYMS or w in IRREGULAR_SINGULAR
                      or (w.endswith("s") and len(w) > 3 and not w.endswith(("ss", "us"))))]
        if not preds and any(w in PEOPLE_NOUNS or w == "crew" for w in words):
            # "Crew: 21, all rescued by helicopter": what happened to them follows
            line_end = text.find("\n", m.end())
            rest = text[m.end() : line_end if line_end >= 0 else len(text)][:50].lower()
            preds = [PREDICATES[w] for w in re.findall(r"[a-z]+", rest) if w in PREDICATES][:1]
        if len(preds) != 1:
            continue  # "Workers underground: 23": nothing said of them
        pred = preds[0]
        noun = nouns[0] if nouns else "person" if pred in _PEOPLE_PREDICATES else None
        if noun is None:
            continue
        people = noun in PEOPLE_NOUNS or noun in ("person", "death")
        if people:
            noun = "person" if noun == "death" else _key_noun(noun)
        claim_start = m.start("approx") if m.group("approx") else start
        interval = approx_interval(value, m.group("approx"))
        scope = story_scope(ctx, sent, claim_start, end, local=True)
        yield make_claim(
            ctx, claim_start, end, kind="count",
            key=f"{noun}|{pred}" if people else noun,
            claim=_label(noun, pred if people else None),
            value=as_canonical(value), interval=interval,
            scope={**scope, "what": None if people else pred},
        )


# --- finding the numbers ------------------------------------------------------------
#
# NUMBER_RE is tried in full at every offset of the article: its matches begin with a
# digit, or with `\b` and a number word. A number starts at a digit, or one character
# after a character that is no ASCII letter or "_" (a number in words starts a word, see
# `scan.word_finditer`). `_number_scanner` finds both with a plain class `re` skips
# to fast, and NUMBER_RE is matched where it found one: `_numbers`, for the numbers in a
# clause.
#
# The numbers of the whole article are found faster still from the offsets where the
# runs of digits and the number words start (`scan.digit_runs`, `scan.number_words`),
# found once per article for all the extractors: `_article_numbers`.

# keyed by id: hashing a pattern hashes its whole compiled code, microseconds for a
# long word list
_NUMBER_SCANNERS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _number_scanner() -> re.Pattern[str]:
    """A digit, or a character no word is made of with a number right after it."""
    known = _NUMBER_SCANNERS.get(id(NUMBER_RE))
    if known is not None and known[0] is NUMBER_RE:
        return known[1]
    # built from the pattern in use (`tries.compact_modules` replaced the original);
    # "next" is set when the number starts one character on
    scanner = re.compile(rf"[^A-Z_a-z](?:(?<=\d)|(?=(?i:{NUMBER_RE.pattern}))(?P<next>))")
    _NUMBER_SCANNERS[id(NUMBER_RE)] = (NUMBER_RE, scanner)
    return scanner


def _numbers(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """`NUMBER_RE.finditer(text, pos, endpos)`: the same matches, found faster."""
    end = len(text) if endpos is None else endpos
    scanner = _number_scanner()
    while True:
        # a number right at `pos` has no character before it for the scanner to find
        m = NUMBER_RE.match(text, pos, end)
        if m is None:
            hit = scanner.search(text, pos, end)
            if hit is None:
                return
            m = NUMBER_RE.match(text, hit.start() if hit["next"] is None else hit.end(), end)
            assert m is not None  # the scanner matched it
        yield m
        pos = m.end()


def _number_starts(doc: Document) -> list[int]:
    """The offsets where a NUMBER_RE match can start, but for where the last one ended:
    where a run of digits starts (a number that started later in it would start at the
    digit before), and at each number word but the scale words ("hundred", "million"),
    which follow the word a number in words starts with."""
    found = doc.cache.get("number_starts")
    if found is None:
        words = [m.start() for m in number_words(doc) if m.group().lower() not in SCALE_WORDS]
        found = doc.cache["number_starts"] = sorted([*digit_runs(doc), *words])
    return found  # type: ignore[no-any-return]


# The article's `_number_starts`, where a sentence starts in the article, and whether a
# word in it may run on past its end (a letter, digit or "_" follows it there).
SentenceNumbers = tuple[list[int], int, bool]


def _sentence_numbers(doc: Document, sent: Sentence) -> SentenceNumbers:
    """What `_first_number` needs to know of the sentence `sent` of `doc`."""
    text = doc.text
    end = sent.end
    runs_on = end < len(text) and (text[end].isalnum() or text[end] == "_")
    return _number_starts(doc), sent.start, runs_on


def _first_number(sentence: str, pos: int, endpos: int,
                  at: SentenceNumbers | None) -> re.Match[str] | None:
    """`next(_numbers(sentence, pos, endpos), None)`, for the sentence `at` describes:
    NUMBER_RE matched only at the article's `_number_starts`, which hold every offset
    where a match can start but for one inside a run of digits (at `pos`, as a run that
    starts at or after `pos` has its start there) and one whose first word is read up
    to `endpos` as if the text ended there, where it goes on with a letter, a digit or
    "_" ("twenty" of "twentyfold", "ten" of "tents"). Those two, and `pos` 0 (a `\b`
    there reads no character before it), are left to `_numbers`."""
    if endpos < len(sentence):
        runs_on = sentence[endpos].isalnum() or sentence[endpos] == "_"
    else:
        runs_on = at is not None and at[2]
    if at is None or runs_on or pos == 0 or sentence[pos : pos + 1].isnumeric():
        return next(_numbers(sentence, pos, endpos), None)
    starts, base, _ = at
    i = bisect_left(starts, base + pos)
    limit = base + endpos
    while i < len(starts) and starts[i] < limit:
        m = NUMBER_RE.match(sentence, starts[i] - base, endpos)
        if m is not None:
            return m
        i += 1
    return None


def _article_numbers(doc: Document) -> Iterator[re.Match[str]]:
    """`NUMBER_RE.finditer(doc.text)`: the pattern matched only at `_number_starts` and
    where the last match ended ("12,3456": the "6" after "12,345")."""
    text = doc.text
    starts = _number_starts(doc)
    pos = 0
    i = 0
    while True:
        while i < len(starts) and starts[i] <= pos:
            i += 1
        m = NUMBER_RE.match(text, pos)
        while m is None and i < len(starts):
            m = NUMBER_RE.match(text, starts[i])
            i += 1
        if m is None:
            return
        yield m
        pos = m.end()


def extract(ctx: Context) -> Iterator[Claim]:
    """Every count in the document's headline, body and teasers."""
    doc = ctx.doc
    text = doc.text
    yield from _labelled(ctx)
    for m in _article_numbers(doc):
        start, end = m.span()
        sent = usable_sentence(ctx, start, end)
        if sent is None:
            continue
        raw = m.group()
        before = text[max(sent.start, start - 30) : start]
        value = parse_number(raw)
        # "120-130 people", "between 120 and 130": the high end of a range
        rng = range_before(text, sent.start, start, value or 0.0)
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "$€£¥/.:#"
                          or (text[start - 1] == "-" and rng is None)):
            continue
        if end < len(text) and (text[end : end + 1].isalnum() or text[end : end + 2] in
                                ("-1", "-2", "-3", "-4", "-5", "-6", "-7", "-8", "-9")):
            continue
        if _PERCENT_AFTER.match(text[end : end + 9]):
            continue
        if value is None or value <= 1:
            continue
        is_word = not raw[0].isdigit()
        if _reference_before(before):
            continue
        if is_word and _DETERMINERS.search(before):
            continue  # "the two leaders": a reference, not a claim
        if _EARLIER_BEFORE.search(before) or _SUPERSEDED.search(text, sent.start, start):
            continue  # "up from the nine reported this morning": a superseded figure
        if _PART_AFTER.match(text, end):
            continue  # "nine of them firefighters", "two other patients": a part, not a total
        whole = _OF_WHOLE_AFTER.match(text, end)
        if whole and _WHOLE_TOLL.match(text, whole.end()):
            continue
        # "Fourteen of the 23 miners ... died": fourteen miners
        head = _head(text, whole.end() if whole else end)
        if whole and head:
            head = (head[0], end)  # the claim is the part: the whole is read on its own
        rel_start, rel_end = start - sent.start, end - sent.start
        sentence = text[sent.start : sent.end]
        at = _sentence_numbers(doc, sent)
        seats = _seats(text, sent.start, start, end, head)
        if seats == "total":
            # the chamber's size is a fact of its own, no party's
            yield from _total_seats(ctx, sent, start, end, value, before)
            continue
        if seats is None and _CAPACITY_BEFORE.search(before):
            # "an official capacity of 40,217", "the stadium holds 42,017 people": what
            # the venue or the vessel can take, a fact of its own
            yield from _capacity(ctx, sent, start, end, value, before)
            continue
        if seats is None and _ends_in_of(before) and _WHOLE_BEFORE.search(before):
            continue
        if seats == "party" and head is None:
            head = ("seats", end)
        workforce = head is None and bool(_WORKFORCE_BEFORE.search(before))
        if workforce:
            head = ("people", end)  # "a workforce of 59,500": the people it employs
        # the predicate read for the counted noun ending where, to read it once
        read: tuple[int, str | None] = (-1, None)
        if head is None:
            # "killed 12", "126 were killed": people implied by the predicate.
            pred = _predicate(sentence, rel_start, rel_end, at)
            after = text[end : end + 25].lower()
            before_word = before.lower().split()[-1:] if before.strip() else []
            if _TOLL_BEFORE.search(before):
                pred = "killed"  # "the death toll rose to 132"
            number_of = _NUMBER_OF_BEFORE.search(text, max(sent.start, start - 60), start)
            if number_of and number_of.group("pred").lower() in PREDICATES:
                pred = PREDICATES[number_of.group("pred").lower()]  # "the number of injured"
            implied = pred in ("killed", "injured", "missing", "evacuated", "rescued") and (
                _TOLL_BEFORE.search(before) or number_of is not None or
                re.match(r"\s+(?:were|have been|had been|are|was|died|dead|killed|injured|"
                         r"missing|others)\b", after)
                or (before_word and PREDICATES.get(before_word[0].strip(",")) == pred)
            )
            if not implied or _OTHER_KIND.match(after.split()[0] if after.split() else ""):
                continue  # "lost four minutes later": no people in it
            noun, span_end, word, thing_pred = "person", end, "", None
            label_noun = noun
        else:
            word, span_end = head
            noun = canonical_noun(word)
            label_noun = noun
            # what happened to them, for things as for people: "four houses buried" is
            # not "1,200 houses destroyed", "three teachers abducted" not "two freed"
            thing_pred = _predicate(sentence, rel_start, span_end - sent.start, at)
            read = (span_end, thing_pred)  # read once: the people's own, unless it moves
            pred = None
            jobs = _JOB_CUTS.match(text, end + 1)
            if jobs and text[end].isspace():
                noun, label_noun, thing_pred, span_end = "job cut", "job cut", None, jobs.end()
            elif thing_pred in _CAPTIVE_PREDICATES and noun in _OWNED:
                thing_pred = None
            if whole and thing_pred is None and noun not in PEOPLE_NOUNS and noun not in _OWNED:
                continue  # "Six of the 48 companies are from Galway": a part, nothing done
            # "640 local jobs", "100 Japanese companies": a kind of its own, not the whole
            kinds = [w.lower() for w in text[end:span_end].split()[:-1]
                     if w.lower() in _SUBSETS or _DEMONYM.fullmatch(w)]
            if kinds and not noun.startswith("national:"):
                noun = label_noun = f"{kinds[0]} {noun}"
        if not is_word and 1800 <= value <= 2100 and "," not in raw and noun not in PEOPLE_NOUNS:
            continue  # a year ("2026 visit"), not a count
        if noun in PEOPLE_NOUNS or noun in ("death", "person") or noun.startswith("national:"):
            thing_pred = None
            pred = pred or (read[1] if read[0] == span_end
                            else _predicate(sentence, rel_start, span_end - sent.start, at))
            if noun == "death":
                noun, pred = "person", "killed"
            if pred is None and _STRIKE_BEFORE.search(before):
                pred = "striking"  # "a strike by 5,000 workers"
            if pred is None and workforce:
                pred = "hired"  # employed, as "employs 65,500 people"
            if pred is None:
                continue  # "200 people" with nothing said of them is no checkable fact
            label_noun, noun = noun, _key_noun(noun)
        approx_m = _APPROX_BEFORE.search(before)
        if approx_m and _PHRASAL_OVER.search(before[: approx_m.start(1)]):
            approx_m = None  # "handed over five": a verb, not "more than five"
        claim_start = start
        if approx_m:
            claim_start = start - (len(before) - approx_m.start(1))
        interval = approx_interval(value, approx_m.group(1) if approx_m else None)
        canonical: int | float | str = as_canonical(value)
        if rng is not None:
            interval, claim_start = rng
            canonical = f"{as_canonical(interval.low)}-{canonical}"
        if hypothetical_before(text, claim_start, sent.start) and not (
            noun == "job cut" and _PLANNED_CUTS.search(before)
        ):
            continue
        # a company's workforce is the company's whoever says so: no subject to split on
        subject = None if workforce else subject_of(sentence, rel_start, rel_end)
        holder = None
        if noun in _OWNED:
            # whose seats: the names in the clause before the number; seats of no one
            # named ("sweeps to power with 115 seats") meet only others of no one named,
            # never a named party's
            holder = _holder(sentence, rel_start) or _UNNAMED
        key = f"{noun}|{pred}" if pred else noun
        label = _label(label_noun, pred)
        if subject:
            label += f" ({subject})"
        scope = story_scope(ctx, sent, claim_start, span_end, local=True)
        if "event" not in scope and (
                _period_total(text, span_end, _clause_end(text, span_end, sent.end))
                or _period_total(text, max(sent.start, claim_start - 50), claim_start)):
            scope["event"] = "period"  # "have killed 68 people across the country this year"
        if noun == "seat":
            scope = _seat_scope(scope, text, span_end, sent.end)
        yield make_claim(
            ctx, claim_start, span_end, kind="count", key=key, claim=label,
            value=canonical, interval=interval,
            scope={**scope, "subject": subject, "what": thing_pred, "of": holder or None},
        )
    yield from _vague(ctx)


_SUPERLATIVE = re.compile(r"\b(?:\w+est|most|worst|first|last|only)\b[^;.]*$", re.IGNORECASE)


def _period_total(text: str, lo: int, hi: int) -> bool:
    """True when text[lo:hi] makes a count a total over a period, not the event's own
    ("this year"), unless as a ranking ("the deadliest landslide this year")."""
    m = _PERIOD_TOTAL.search(text, lo, hi)
    return m is not None and not _SUPERLATIVE.search(text, max(lo, m.start() - 40), m.start())


def _clause_end(text: str, pos: int, limit: int) -> int:
    """Where the clause that runs on from `pos` ends (a semicolon, a contrast), at most
    `limit`."""
    m = _CLAUSE_END.search(text, pos, limit)
    return m.start() if m else limit


def _seats(text: str, floor: int, start: int, end: int,
           head: tuple[str, int] | None) -> str | None:
    """"party" when the number is a party's seats out of a stated total, "total" when it
    is the chamber's size ("of the 300 seats", "the 300-member chamber"), else None."""
    if _CHAMBER_AFTER.match(text, end):
        return "total"
    before = text[max(floor, start - 40) : start]
    b = _SEATS_OF_BEFORE.search(before) if _ends_in_of(before) else None
    if b and (b.group("seats") or (head is not None and head[0].lower() == "seats")):
        return "total"
    if _SEATS_OF_AFTER.match(text, end) and (
        head is None or head[0].lower() == "seats"
    ) and re.search(r"\bseats?\b|-seat\b|-member\b", text[end : end + 60], re.IGNORECASE):
        return "party"
    return None


def _country_of_vote(text: str, end: int, limit: int) -> str | None:
    """Whose election seats are counted in: "136 seats in Austria's parliamentary
    election" (a teaser's "287 of 450 seats in Ireland's election" is another vote)."""
    m = _VOTE_OF.match(text, end, min(limit, end + 80))
    return m.group(1).lower() if m else None


def _seat_scope(scope: dict[str, str | None], text: str, end: int,
                limit: int) -> dict[str, str | None]:
    """The scope of a seat count: which house ("the 248-seat upper house" is not "the
    465-seat lower house"), and the vote's country as a plain field ("in"), not as the
    strict `where`, which a sentence naming the story's own country would set on one
    article and not another ("won 156 of the 300 seats in South Korea's election")."""
    house = _HOUSE.search(text, end, min(limit, end + 60))
    if house:
        words = house.group().lower().split()
        scope = {**scope, "house": words[0] if words[0] in ("upper", "lower") else
                 " ".join(words)}
    vote = _country_of_vote(text, end, limit)
    if vote is None:
        return scope
    scope = {**scope, "in": vote}
    if scope.get("where") == vote:
        scope.pop("where")
    return scope


def _approx_lead(before: str, start: int) -> tuple[str | None, int]:
    """The approximation word that `before` (the text up to `start`) ends with ("about",
    "more than"), and where the claim starts: at that word, or at `start`."""
    m = _APPROX_BEFORE.search(before)
    return (m.group(1), start - (len(before) - m.start(1))) if m else (None, start)


def _total_seats(ctx: Context, sent: Sentence, start: int, end: int,
                 value: float, before: str) -> Iterator[Claim]:
    """The size of a chamber, as its own fact with no holder."""
    approx, claim_start = _approx_lead(before, start)
    if hypothetical_before(ctx.doc.text, claim_start, sent.start):
        return
    span_end = end
    h = re.match(r"\s+seats\b|-(?:seat|member|strong)\b", ctx.doc.text[end : end + 20],
                 re.IGNORECASE)
    if h:
        span_end = end + h.end()
    yield make_claim(
        ctx, claim_start, span_end, kind="count", key="seat|total",
        claim="seats in the chamber", value=as_canonical(value),
        interval=approx_interval(value, approx),
        scope=_seat_scope(story_scope(ctx, sent, claim_start, span_end, local=True),
                          ctx.doc.text, span_end, sent.end),
    )


def _capacity(ctx: Context, sent: Sentence, start: int, end: int,
              value: float, before: str) -> Iterator[Claim]:
    """What a venue or a vessel can hold, as its own fact ("capacity")."""
    approx, claim_start = _approx_lead(before, start)
    if value < 10 or hypothetical_before(ctx.doc.text, claim_start, sent.start):
        return
    yield make_claim(
        ctx, claim_start, end, kind="count", key="capacity", claim="capacity",
        value=as_canonical(value), interval=approx_interval(value, approx),
        scope=story_scope(ctx, sent, claim_start, end),
    )


_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*")


def _holder(sentence: str, rel_start: int) -> str | None:
    """Whose seats (votes, medals): the names in the clause before the number, each kept
    as a phrase ("people hope coalition|maria nikolaidis"), so that two parties that
    share a word or two leaders that share a given name stay apart (see match.py)."""
    region = sentence[max(0, rel_start - 90) : rel_start]
    tokens = holder_names(region)
    phrases = set()
    for m in _NAME_RUN.finditer(region):
        words = [re.sub(r"['’]s$", "", w).lower() for w in m.group().split()]
        kept = [w for w in words if w in tokens or any(t in tokens for t in w.split("-"))]
        if kept:
            phrases.add(" ".join(kept))
    return "|".join(sorted(phrases)) or None


def _vague(ctx: Context) -> Iterator[Claim]:
    """"dozens of people were injured", "hundreds evacuated": interval-only counts."""
    doc = ctx.doc
    text = doc.text
    # a match starts where one of its words does: tried only there
    for m in anchored_finditer(_VAGUE_RE, text, occurrences(doc, _VAGUE_STARTS), 0):
        start, end = m.span()
        sent = usable_sentence(ctx, start, end)
        if sent is None:
            continue
        low, high = VAGUE[" ".join(m.group(1).lower().split())]
        noun = canonical_noun(m.group(2))
        sentence = text[sent.start : sent.end]
        pred = _predicate(sentence, start - sent.start, end - sent.start,
                          _sentence_numbers(doc, sent))
        if noun not in PEOPLE_NOUNS and noun != "person" or pred is None:
            continue
        yield make_claim(
            ctx, start, end, kind="count", key=f"{_key_noun(noun)}|{pred}",
            claim=_label(noun, pred), value=m.group(1).lower(),
            interval=Interval(float(low), float(high), True),
            scope={**story_scope(ctx, sent, start, end),
                   "subject": subject_of(sentence, start - sent.start, end - sent.start)},
        )

"""Counts of things and people: "14 memorandums of understanding", "Fourteen memoranda",
"at least 126 people were killed", "killing 12", "over 200 top executives".

A count is keyed by its counted noun (synonyms folded: MOU = memorandum = agreement),
by what happened to the people counted (killed, injured, missing...) and by whom it
concerns (companies rather than the governments the story is about).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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
    NUMBER_RE,
    VAGUE,
    Interval,
    approx_interval,
    as_canonical,
    parse_number,
    range_before,
)
from .common import (
    Context,
    candidates,
    holder_names,
    hypothetical_before,
    make_claim,
    story_scope,
    subject_of,
)

_APPROX_BEFORE = re.compile(rf"(?:^|[\s(])({APPROX_RE})\s+$", re.IGNORECASE)
_FOLLOWING = re.compile(r"(?:[ ]+(?:\(?[A-Za-z][\w'-]*\)?))")
_STOP = frozenset(
    """of to in on at for from by with and or but as than that which who were was are is
    be been have has had will would could should may might can did do does not no the a an
    this these those their its his her our said says after before during since while into
    over under about between among per each every more most less than""".split()
)
# Nouns that make the number something other than a count: time, money, units.
_OTHER_KIND = re.compile(
    r"^(?:second|minute|min|hour|hr|day|week|month|year|decade|century|percent|per|pct|"
    r"dollar|euro|pound|yen|yuan|won|rupee|cent|km|kilometre|kilometer|mile|metre|meter|"
    r"kg|kilogram|ton|tonne|feet|foot|inch|degree|magnitude|point|am|pm|a\.m|p\.m|basis|bps|"
    r"o'clock|gmt|utc|bn|billion|million|thousand|trillion|times|fold|th|st|nd|rd)s?$",
    re.IGNORECASE,
)
_DETERMINERS = re.compile(
    r"\b(?:the|these|those|both|all|its|their|his|her|our|your|my|every|each|first|last)\s+$",
    re.IGNORECASE,
)
_REFERENCE_BEFORE = re.compile(
    r"(?:\bno\.|#|\bpage|\barticle|\bsection|\bchapter|\broom|\broute|\bnumber|\bline|"
    r"\bphase|\bgrade|\bcategory|\blevel|\bsize|\bage|\baged|\bstage|\bversion|\bstep)\s*$",
    re.IGNORECASE,
)
_VAGUE_RE = re.compile(
    r"\b(" + "|".join(sorted((re.escape(k) for k in VAGUE), key=len, reverse=True))
    + r")\s+(?:of\s+)?(?:[a-z][\w-]*\s+)??([a-z][\w'-]*)",
    re.IGNORECASE,
)
_EARLIER_BEFORE = re.compile(r"\b(?:up|down|rising|risen|falling|fallen|revised)\s+from\s+"
                             r"(?:the\s+|an?\s+)?(?:earlier\s+|initial\s+)?$", re.IGNORECASE)
_PART_AFTER = re.compile(r"\s+(?:of\s+(?:them|whom|those|which)|other|others|more|additional|"
                         r"further)\b", re.IGNORECASE)
_TOLL_BEFORE = re.compile(r"\btoll\b[^.;]{0,25}?(?:to|at|of|is|was|reached|hit|stands)\s+$",
                          re.IGNORECASE)
# Nouns counted per holder: 58 seats of one party are not 44 of another.
_OWNED = frozenset({"seat", "vote", "medal", "goal", "point", "delegate", "mandate", "title",
                    "count", "charge"})
_UNDERSTANDING = re.compile(r"\s+of\s+understanding\b", re.IGNORECASE)
_ACRONYM_PAREN = re.compile(r"\s*\([A-Za-z]{2,6}'?s?\)")


def _head(text: str, pos: int) -> tuple[str, int] | None:
    """The counted noun after offset `pos` (adjectives skipped) and where it ends."""
    end = pos
    prev = ""
    nationality = ""
    for _ in range(4):
        m = _FOLLOWING.match(text, end)
        if not m:
            return None
        word = m.group().strip().strip("()")
        low = word.lower()
        if low in _STOP or _OTHER_KIND.match(low):
            return None
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


def _predicate(sentence: str, rel_start: int, rel_end: int) -> str | None:
    """What happened to the people counted: the nearest predicate word in their clause
    ("killing a teacher and abducting 43 students": abducted, not killed)."""
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
    other = NUMBER_RE.search(sentence, rel_end, stop)
    if other and any(w in PREDICATES
                     for w in re.findall(r"[a-z]+", sentence[rel_end : other.start()].lower())):
        stop = other.start()
        hi = min(hi, stop)
    main = _PASSIVE.search(sentence, rel_end, stop)
    if main and main.group(1).lower() in PREDICATES:
        return PREDICATES[main.group(1).lower()]
    best: tuple[int, str] | None = None
    after: str | None = None  # the first predicate past the counted noun
    for m in re.finditer(r"[a-z]+", sentence[lo:hi].lower()):
        canon = PREDICATES.get(m.group())
        if canon:
            pos = m.start() + lo
            if pos >= rel_end and after is None:
                after = canon
            dist = abs(pos - rel_start)
            if best is None or dist < best[0]:
                best = (dist, canon)
    inside = re.findall(r"[a-z]+", sentence[rel_start:rel_end].lower())
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


def extract(ctx: Context) -> Iterator[Claim]:
    """Every count in the document's headline, body and teasers."""
    doc = ctx.doc
    text = doc.text
    for m, sent in candidates(ctx, NUMBER_RE):
        start, end = m.span()
        raw = m.group()
        before = text[max(sent.start, start - 30) : start]
        # "120-130 people", "between 120 and 130": the high end of a range
        rng = range_before(text, sent.start, start, parse_number(raw) or 0.0)
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "$€£¥/.:#"
                          or (text[start - 1] == "-" and rng is None)):
            continue
        if end < len(text) and (text[end : end + 1].isalnum() or text[end : end + 2] in
                                ("-1", "-2", "-3", "-4", "-5", "-6", "-7", "-8", "-9")):
            continue
        if re.match(r"[:.]\d|%|\s*(?:per\s*cent|percent|pct)\b", text[end : end + 9], re.I):
            continue
        value = parse_number(raw)
        if value is None or value <= 1:
            continue
        is_word = not raw[0].isdigit()
        if _REFERENCE_BEFORE.search(before):
            continue
        if is_word and _DETERMINERS.search(before):
            continue  # "the two leaders": a reference, not a claim
        if _EARLIER_BEFORE.search(before):
            continue  # "up from the nine reported this morning": a superseded figure
        if _PART_AFTER.match(text, end):
            continue  # "nine of them firefighters", "two other patients": a part, not a total
        head = _head(text, end)
        rel_start, rel_end = start - sent.start, end - sent.start
        sentence = text[sent.start : sent.end]
        if head is None:
            # "killed 12", "126 were killed": people implied by the predicate.
            pred = _predicate(sentence, rel_start, rel_end)
            after = text[end : end + 25].lower()
            before_word = before.lower().split()[-1:] if before.strip() else []
            if _TOLL_BEFORE.search(before):
                pred = "killed"  # "the death toll rose to 132"
            implied = pred in ("killed", "injured", "missing", "evacuated", "rescued") and (
                _TOLL_BEFORE.search(before) or
                re.match(r"\s+(?:were|have been|had been|are|was|died|dead|killed|injured|"
                         r"missing|others)\b", after)
                or (before_word and PREDICATES.get(before_word[0].strip(",")) == pred)
            )
            if not implied or _OTHER_KIND.match(after.split()[0] if after.split() else ""):
                continue  # "lost four minutes later": no people in it
            noun, span_end, word, thing_pred = "person", end, "", None
        else:
            word, span_end = head
            noun = canonical_noun(word)
            # what happened to them, for things as for people: "four houses buried" is
            # not "1,200 houses destroyed", "three teachers abducted" not "two freed"
            thing_pred = _predicate(sentence, rel_start, span_end - sent.start)
            pred = None
        if not is_word and 1800 <= value <= 2100 and "," not in raw and noun not in PEOPLE_NOUNS:
            continue  # a year ("2026 visit"), not a count
        if noun in PEOPLE_NOUNS or noun in ("death", "person") or noun.startswith("national:"):
            thing_pred = None
            pred = pred or _predicate(sentence, rel_start, span_end - sent.start)
            if noun == "death":
                noun, pred = "person", "killed"
            if pred is None:
                continue  # "200 people" with nothing said of them is no checkable fact
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
        if hypothetical_before(text, claim_start, sent.start):
            continue
        subject = subject_of(sentence, rel_start, rel_end)
        holder = None
        if noun in _OWNED:
            # whose seats: the names in the clause before the number
            holder = "|".join(sorted(holder_names(sentence[max(0, rel_start - 90) : rel_start])))
        key = f"{noun}|{pred}" if pred else noun
        label = f"{_plural(noun)} {pred}" if pred else f"number of {_plural(noun)}"
        if subject:
            label += f" ({subject})"
        yield make_claim(
            ctx, claim_start, span_end, kind="count", key=key, claim=label,
            value=canonical, interval=interval,
            scope={**story_scope(ctx, sent, claim_start, span_end, local=True),
                   "subject": subject, "what": thing_pred,
                   "of": holder or None},
        )
    yield from _vague(ctx)


def _vague(ctx: Context) -> Iterator[Claim]:
    """"dozens of people were injured", "hundreds evacuated": interval-only counts."""
    doc = ctx.doc
    text = doc.text
    for m, sent in candidates(ctx, _VAGUE_RE):
        start, end = m.span()
        low, high = VAGUE[" ".join(m.group(1).lower().split())]
        noun = canonical_noun(m.group(2))
        sentence = text[sent.start : sent.end]
        pred = _predicate(sentence, start - sent.start, end - sent.start)
        if noun not in PEOPLE_NOUNS and noun != "person" or pred is None:
            continue
        yield make_claim(
            ctx, start, end, kind="count", key=f"{noun}|{pred}",
            claim=f"{_plural(noun)} {pred}", value=m.group(1).lower(),
            interval=Interval(float(low), float(high), True),
            scope={**story_scope(ctx, sent, start, end),
                   "subject": subject_of(sentence, start - sent.start, end - sent.start)},
        )

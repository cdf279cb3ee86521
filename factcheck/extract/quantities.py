"""Quantities: money ("$4.2 billion", "€15 million in aid", "150m soles"), percentages
("turnout was 67.3%", "a 27 per cent premium"), earthquake magnitudes ("magnitude 6.8",
"M5.9") and measurements ("a depth of 35 km (22 miles)").

A quantity is keyed by what it measures, never by the number alone: money by the noun
it pays for (the deal's price, aid, savings, a fee...) and its currency, so "$300m
savings" never meets a "$150m break-up fee" and euro aid never meets aid in soles;
a percentage by what it is a share of (turnout, a party's vote, a premium, a share
price's move); a measurement by its dimension (depth is not distance). A figure whose
subject cannot be read is not claimed: a quantity compared under the wrong key is a
false conflict.

Canonical values: money in plain currency units with the ISO code as unit
(4200000000 USD); percentages in percent; lengths in metres, masses in kilograms,
temperatures in degrees Celsius. Conversions ("22 miles") are approximate (within 3%).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

from ..document import Document, Sentence
from ..lexicon import DEMONYMS, MONTHS, WEEKDAYS, singular
from ..models import Claim
from ..numbers import (
    APPROX,
    APPROX_RE,
    DIGIT_NUMBER,
    SCALE_ABBREV,
    SCALES,
    WORD_NUMBER,
    Interval,
    approx_interval,
    as_canonical,
    parse_number,
    range_before,
)
from .common import (
    Context,
    hypothetical_before,
    make_claim,
    since_when,
    story_scope,
    usable_sentence,
)
from .scan import (
    SCALE_WORDS,
    anchored_finditer,
    contains_any,
    digit_runs,
    folded_text,
    number_words,
    occurrences,
)

# ---------------------------------------------------------------------------
# Currencies
# ---------------------------------------------------------------------------

SYMBOLS = {
    "us$": "USD", "u.s.$": "USD", "$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD",
    "ca$": "CAD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD", "r$": "BRL", "€": "EUR",
    "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR", "rs.": "INR", "rs": "INR",
    "s/.": "PEN", "s/": "PEN",
}
CODES = {c: c for c in "USD EUR GBP JPY CNY KRW INR PEN CHF AUD CAD HKD SGD NZD BRL MXN "
         "RUB ZAR TRY".split()} | {"RMB": "CNY"}
# Currency words after an amount, singular; a plural "s" is allowed after each.
WORDS = {
    "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD", "dollar": "USD",
    "australian dollar": "AUD", "canadian dollar": "CAD", "hong kong dollar": "HKD",
    "singapore dollar": "SGD", "new zealand dollar": "NZD", "euro": "EUR",
    "pound sterling": "GBP", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "won": "KRW", "rupee": "INR", "sole": "PEN", "sol": "PEN",
    "peso": "MXN", "reais": "BRL", "rouble": "RUB", "ruble": "RUB", "swiss franc": "CHF",
    "lira": "TRY", "rand": "ZAR",
}
# Currency words that are also ordinary words: only with a scale ("5 trillion won").
_NEEDS_SCALE = frozenset({"won", "sol", "sole", "rand", "lira"})

_alt = lambda words: "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))  # noqa: E731
_SCALE = (
    # headlines capitalize the word ("$630 Million Takeover"); abbreviations keep
    # their case, so that "$5 M&A" is no five million
    r"(?:\s*(?P<scale>(?i:hundred|thousand|lakhs?|crores?|million|billion|trillion))\b"
    r"|\s?(?P<abbr>bn|bln|mn|mln|tn|trn|m|b|k)\b)"
)
_SCALE2 = _SCALE.replace("?P<scale>", "?P<scale2>").replace("?P<abbr>", "?P<abbr2>")
_NUM = rf"(?:{DIGIT_NUMBER}|\b{WORD_NUMBER}\b)"
_SYM = rf"(?P<sym>(?i:{_alt(SYMBOLS)}))"
# what follows the amount in "five million dollars", "150m soles"
_MONEY_WORD_AFTER = (
    rf"{_SCALE.replace('?P<', '?P<w')}?\s+(?P<word>(?i:{_alt(WORDS)})(?:e?s)?|{_alt(CODES)})\b"
)


def _money_pattern(number: str) -> re.Pattern[str]:
    """Sums with a symbol or code before them, or a currency word after `number`."""
    return re.compile(
        rf"(?:(?<![\w$€£¥₩₹]){_SYM}\s?|\b(?P<code>{_alt(CODES)})\s)"
        rf"(?P<num>{DIGIT_NUMBER}){_SCALE}?"
        # "$120-130 million", "$1.2bn-$1.5bn": the high end of a range
        rf"(?:\s?-\s?(?:(?i:{_alt(SYMBOLS)}))?(?P<num2>{DIGIT_NUMBER}){_SCALE2}?)?"
        rf"(?P<tail>\s+(?:{_alt(CODES)})\b)?"
        rf"|(?<![\w$€£¥₩₹.,])(?P<wnum>(?i:{number})){_MONEY_WORD_AFTER}"
    )


_MONEY = _money_pattern(_NUM)
_MONEY_DIGITS = _money_pattern(DIGIT_NUMBER)  # the same without numbers in words
_MONEY_AFTER_WORDS = re.compile(_MONEY_WORD_AFTER)
# how far before its first digit a sum in figures starts: a symbol or a code and a space
# ("u.s.$ 5", "RMB 5")
_MONEY_REACH = max(len(w) for w in [*SYMBOLS, *CODES]) + 1

# ---------------------------------------------------------------------------
# What the money is
# ---------------------------------------------------------------------------

MONEY_NOUNS: dict[str, str] = {}
for _canon, _forms in {
    "deal": """deal price takeover acquisition merger buyout purchase transaction sale bid
        buy""",
    "aid": "aid assistance relief donation donations grant grants",
    "savings": "savings synergies synergy",
    "fee": "fee fees",
    "investment": "investment investments",
    "trade": "trade",
    "contracts": "contract contracts orders",
    "revenue": "revenue revenues sales turnover",
    "profit": "profit profits earnings",
    "loss": "loss losses",
    "damage": "damage damages",
    "fine": "fine fines penalty penalties settlement",
    "budget": "budget spending package stimulus funding funds",
    "debt": "debt loan loans bond bonds bailout financing",
    "equity value": "equity",
    "cost": "cost costs bill",
    "valuation": "valuation capitalization capitalisation",
    "pay": "salary salaries wage wages compensation",
    "bonus": "bonus bonuses",
    "credit": "credit credits rebate rebates refund refunds voucher vouchers",
    "prize": "prize prizes winnings purse",
    "tax": "tax taxes",
    "volume": "volume",
    "reward": "reward ransom bail",
    "bribes": "bribe bribes kickback kickbacks",
    "confiscation": "confiscation forfeiture",
}.items():
    for _f in _forms.split():
        MONEY_NOUNS[_f] = _canon
# Compounds whose head is not their last money word ("cost savings" are savings).
MONEY_COMPOUNDS = {"cost savings": "savings", "cost cuts": "savings", "break-up fee": "fee",
                   "breakup fee": "fee", "termination fee": "fee", "market value": "valuation",
                   "humanitarian aid": "aid", "synergy target": "savings",
                   "market capitalization": "valuation", "bond sale": "debt",
                   "closing price": "share price", "share price": "share price",
                   "stock price": "share price", "bill credit": "credit",
                   # an auction's sums: the bidding's start, the hammer, the whole sale
                   "opening bid": "opening bid", "starting bid": "opening bid",
                   "hammer price": "hammer price", "reserve price": "reserve price",
                   "asking price": "asking price", "overall sale": "sale total"}
_MONEY_VERBS = [
    (re.compile(r"\b(?:allocated|allocates|allocate|set\s+aside|sets\s+aside|earmarked|"
                r"budgeted)\b[^.;]*$", re.I), "allocation"),
    (re.compile(r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|"
                r"purchased|sell|sells|sold|selling)\b[^.;$€£]*\bfor\s*$", re.I), "deal"),
    (re.compile(r"\bfined\b[^.;]*$", re.I), "fine"),
    (re.compile(r"\b(?:invest|invests|invested|investing)\b[^.;]*$", re.I), "investment"),
    (re.compile(r"\braised\b[^.;]*$", re.I), "funding"),
]
_LABELS = {
    "deal": "value of the deal", "aid": "aid pledged", "savings": "savings expected",
    "fee": "fee", "investment": "investment", "trade": "trade", "contracts": "value of the "
    "contracts", "allocation": "money allocated", "per share": "price per share",
    "share price": "share price", "funding": "money raised",
}
_PER_SHARE = re.compile(r"^\s*(?:in\s+)?(?:cash\s+)?(?:per|a|for\s+each|each)\s+(?:[A-Z]\w*\s+)?"
                        r"share\b", re.I)
_SHARE_PRICE_BEFORE = re.compile(r"\b(?:shares?|stock)\b[^.;$]{0,40}\b(?:at|to)\s*$", re.I)
_TARGET_BEFORE = re.compile(r"\b(?:target|goal|aim)\s+of\s*$|\b(?:reach|reaching|to\s+reach)\s*$",
                            re.I)
_BY_YEAR_AFTER = re.compile(r"^\s*by\s+(?:the\s+end\s+of\s+)?(?:(?:19|20)\d\d|the\s+decade|"
                            r"next\s+year)", re.I)
_PREVIOUS_BEFORE = re.compile(r"\b(?:up\s+|down\s+)?from\s*$|\bcompared\s+with\s*$", re.I)
_AFTER_STOP = frozenset("to by if from that which who and or but as at on for with "
                        "including is was were will would has have had plus".split())

# ---------------------------------------------------------------------------
# Percentages
# ---------------------------------------------------------------------------

_PERCENT_UNIT = r"\s*(?P<unit>%|(?i:per\s*cent|percent|pct)\b|(?i:percentage\s+points?)\b)"
_PERCENT = re.compile(
    rf"(?:(?<=[\s(])(?P<sign>[+-]))?(?<![\w.,])(?P<num>{DIGIT_NUMBER}|(?i:\b{WORD_NUMBER}\b))"
    + _PERCENT_UNIT
)
_PERCENT_DIGITS = re.compile(  # the same without numbers in words
    rf"(?:(?<=[\s(])(?P<sign>[+-]))?(?<![\w.,])(?P<num>{DIGIT_NUMBER})" + _PERCENT_UNIT
)
_PERCENT_AFTER_WORDS = re.compile(_PERCENT_UNIT)
_PERCENT_REACH = 1  # "+3%": how far before its first digit a percentage starts, the sign
PERCENT_WORDS: dict[str, str] = {}
for _canon, _forms in {
    "turnout": "turnout",
    "premium": "premium",
    "discount": "discount",
    "inflation": "inflation",
    "unemployment": "unemployment jobless",
    "growth": "growth gdp",
    "interest rate": "rate rates",
    "yield": "yield yields",
    "approval rating": "approval popularity",
    "stake": "stake",
    "tariff": "tariff tariffs duty duties",
    "tax rate": "tax",
    "margin": "margin margins",
    "pay rise": "pay wage wages raise raises",
    "pay offer": "offer offered",
    "efficacy": "efficacy effective effectiveness",  # "74.2% effective", "efficacy of 72.4%"
}.items():
    for _f in _forms.split():
        PERCENT_WORDS[_f] = _canon
# A pay claim's words: a percentage "offered" elsewhere (a stake, a discount) is no pay offer.
_PAY_CONTEXT = re.compile(r"\b(?:pay|wages?|salar(?:y|ies)|raise|unions?|employers?)\b", re.I)
# Words that make a pay rise the side's demand, not a hypothesis: the demand is the fact.
_DEMAND = re.compile(r"\b(?:demand(?:s|ed|ing)?|wants?|wanted|s(?:ee|ou)ght|seeks?|seeking|"
                     r"asked|asking|calls?\s+for|calling\s+for|called\s+for)\b[^,;]{0,30}$",
                     re.I)
_PERCENT_WORD_RE = re.compile(r"\b(" + _alt(PERCENT_WORDS) + r")\b", re.I)
_CHANGE_BEFORE = re.compile(
    r"\b(?P<verb>rose|rise|rises|risen|up|climbed|climbs|jumped|jumps|surged|surges|soared|"
    r"gained|gains|increased|increases|grew|grows|added|fell|falls|fallen|down|dropped|drops|"
    r"slipped|slips|slid|declined|declines|decreased|lost|loses|plunged|plunges|slumped|"
    r"slumps|tumbled|sank)\b(?:\s+(?:by|some|about|nearly|almost|more\s+than|over))*\s*$",
    re.I,
)
_DOWN = frozenset("fell falls fallen down dropped drops slipped slips slid declined declines "
                  "decreased lost loses plunged plunges slumped slumps tumbled sank".split())
_CHANGE_SUBJECTS = {"shares": "shares", "share": "shares", "stock": "shares", "stocks": "shares",
                    "prices": "prices", "price": "prices", "rents": "rents", "rent": "rents",
                    "exports": "exports", "imports": "imports", "sales": "sales",
                    "profit": "profit", "profits": "profit", "revenue": "revenue",
                    "volume": "volume", "index": "index"}
_OF_NOUN_AFTER = re.compile(r"^\s*of\s+(?:the\s+|its\s+|their\s+|all\s+|registered\s+|eligible\s+"
                            r"|national\s+|total\s+|overall\s+|nationwide\s+)*"
                            r"(?P<noun>[a-z][\w-]*(?:\s+stations)?)", re.I)
_ELECTION = re.compile(r"\b(?:vote|votes|voters|ballots?|election|elections|poll|polls|round|"
                       r"runoff|run-off|seats|candidates?|party|parties|presidential)\b", re.I)
_VOTE_VERBS = re.compile(r"\b(?:won|wins|took|takes|had|has|received|receives|secured|secures|"
                         r"garnered|got|gets|polled|captured|led\s+with|with|on|against|to)"
                         r"\s*(?:about|around|nearly|almost|just|some|roughly|more\s+than|"
                         r"over|under)?\s*$", re.I)

# ---------------------------------------------------------------------------
# Magnitudes and measurements
# ---------------------------------------------------------------------------

_MAGNITUDE = re.compile(
    r"(?i:\bmagnitude)(?:\s*[-:]\s*|\s+(?:of\s+)?)(?:\*\*\s*)?(?P<n1>\d{1,2}(?:\.\d{1,2})?)(?![\d.]\d)"
    r"|(?<![\w.])(?P<n2>\d{1,2}(?:\.\d{1,2})?)[- ](?i:magnitude)\b"
    r"|\bM\s?(?P<n3>\d\.\d)\b"
    # "the quake measured 6.2", "an aftershock registering 5.1 on the Richter scale"
    r"|(?i:\b(?:earthquake|quake|tremor|temblor|aftershock)s?,?\s+(?:that\s+|which\s+)?"
    r"(?:measured|measuring|registered|registering|had\s+a\s+magnitude\s+of)\s+)"
    r"(?:(?i:a\s+|an\s+)?(?i:preliminary\s+))?(?P<n4>\d{1,2}(?:\.\d{1,2})?)(?![\d.]\d)"
    r"(?!\s*(?i:km|kilomet|miles?\b|met(?:re|er)s?\b|m\b|cm\b|mm\b|ft\b|feet|%|per))"
)
# Every _MAGNITUDE match holds one of these words (in any case), or is an "M5.9": an
# article with neither is not scanned.
_MAGNITUDE_WORDS = ("magnitude", "quake", "tremor", "temblor", "aftershock")
_M_FIGURE = re.compile(r"M\s?\d\.\d")
# Where a _MAGNITUDE match starts: at one of these words ("magnitude 6.8", "quake
# measured 6.2"), at an "M5.9", or 2 to 6 characters ("6.8-", "6.85 ") before a
# "magnitude".
_MAGNITUDE_STARTS = ("magnitude", "earthquake", "quake", "tremor", "temblor", "aftershock")
_FIGURE_BEFORE = range(2, 7)
_QUAKE = re.compile(r"\b(?:earthquakes?|quakes?|tremors?|temblors?|seismic|aftershocks?|"
                    r"shocks?)\b", re.I)
_AFTERSHOCK = re.compile(r"\baftershocks?\b", re.I)

UNITS: dict[str, tuple[str, float, bool]] = {}  # written unit -> (canonical, factor, converted)
for _unit_names, _canon_unit, _factor, _conv in [
    ("km|kilometre|kilometres|kilometer|kilometers", "m", 1000.0, False),
    ("m|metre|metres|meter|meters", "m", 1.0, False),
    ("cm|centimetre|centimetres|centimeter|centimeters", "m", 0.01, False),
    ("mm|millimetre|millimetres|millimeter|millimeters", "m", 0.001, False),
    ("mile|miles", "m", 1609.344, True),
    ("ft|foot|feet", "m", 0.3048, True),
    ("kg|kilogram|kilograms|kilo|kilos", "kg", 1.0, False),
    ("tonne|tonnes", "kg", 1000.0, False),
    ("ton|tons", "kg", 1000.0, True),  # metric or short ton: news copy rarely says
    ("lb|lbs", "kg", 0.45359237, True),
    ("km/h|kph|kmh|kmph|kilometres per hour|kilometers per hour|kilometres an hour|"
     "kilometers an hour", "km/h", 1.0, False),
    ("mph|miles per hour|miles an hour", "km/h", 1.609344, True),
    ("knots", "km/h", 1.852, True),
]:
    for _n in _unit_names.split("|"):
        UNITS[_n] = (_canon_unit, _factor, _conv)
_unit_alt = _alt(n for n in UNITS if n != "m")  # a bare "m" is too often "million"
_MEASURE_UNIT = (
    rf"\s?-?\s?(?:(?P<unit>(?i:{_unit_alt}))\b|(?P<temp>°\s?[CF]\b|(?i:degrees?\s+"
    rf"(?:celsius|fahrenheit|c|f))\b|(?i:celsius|centigrade|fahrenheit)\b|[CF]\b(?![\w'’-])))"
)
_MEASURE = re.compile(
    rf"(?<![\w.,$€£¥/])(?P<num>{DIGIT_NUMBER}|(?i:\b{WORD_NUMBER}\b))" + _MEASURE_UNIT
)
_MEASURE_DIGITS = re.compile(  # the same without numbers in words
    rf"(?<![\w.,$€£¥/])(?P<num>{DIGIT_NUMBER})" + _MEASURE_UNIT
)
_MEASURE_AFTER_WORDS = re.compile(_MEASURE_UNIT)
_MEASURE_REACH = 0  # a measurement starts at its first digit
_LENGTH_CUES = [
    # "451 mm of rain fell": rain is measured as a depth of water, and is its own figure
    ("rainfall", re.compile(r"\b(?:rain|rainfall|precipitation|downpours?)\b", re.I)),
    ("depth", re.compile(r"\b(?:depth|deep|below\s+the\s+surface|underground|beneath|"
                         r"under\s+the\s+(?:sea|seabed|surface))\b", re.I)),
    ("distance", re.compile(r"\b(?:from|away|north|south|east|west|northeast|northwest|"
                            r"southeast|southwest|distance|radius|off\s+the\s+coast|offshore|"
                            r"within)\b", re.I)),
    ("height", re.compile(r"\b(?:high|tall|height|altitude|elevation|above\s+sea\s+level|"
                          r"above\s+the\s+(?:crater|summit|vent|volcano|peak))\b", re.I)),
    ("length", re.compile(r"\b(?:long|length|stretch|stretches)\b", re.I)),
    # "plunged about 200 metres into a ravine": how far it fell
    ("fall", re.compile(r"\b(?:plunged?|plunging|fell|falls?|falling|dropped|plummet(?:ed|ing)?|"
                        r"tumbled?|tumbling)\b", re.I)),
]
# What a figure written as an adjective ("a 230-metre", "a 250-metre") measures the length
# of, up to three names or words after it: a bridge, a ship, a tunnel.
_STRUCTURE_AFTER = re.compile(
    r"(?:[\s-]+(?:long|[A-Za-z][\w'’]*)){0,3}?\s+(?:foot)?(?:bridges?|tunnels?|runways?|piers?|"
    r"walls?|pipelines?|carriers?|tankers?|vessels?|ships?|ferry|ferries|freighters?|"
    r"yachts?|spans?|dams?|viaducts?)\b", re.IGNORECASE)
_CONVERSION_AFTER = re.compile(rf"\s*\(\s*(?:(?:about|some|roughly|around|nearly|almost|"
                               rf"approximately|approx\.|c\.)\s+|~\s*)?{DIGIT_NUMBER}\s*-?\s*"
                               rf"(?i:{_unit_alt}|°\s?[CF]|degrees\s+\w+)\s*\)")

# ---------------------------------------------------------------------------
# Shared helpers
# ---------------------------------------------------------------------------

# A number in words ("twenty per cent", "five million dollars") is tried at every word
# start, most of what the money, percentage and measurement scans cost; yet it can be
# part of a match only where the rest of the pattern (the unit, the currency) follows
# its last word. A scan therefore leaves the number words out of a document where no
# word that can end a number in words (`numbers.WORD_NUMBER`: "five", "twenty",
# "hundred", "million"; never "bn" or "lakh") has that after it: there the number words
# match nowhere, and the matches are the same.
def _number_word_ends(doc: Document) -> list[int]:
    """Where a number in words can end in the document. Not after "a" or "dozen", which
    no number in words ends with; a scale word ends one only after another number word
    ("four billion"), not after a figure ("4.2 billion dollars", which the pattern
    without numbers in words finds as well)."""
    text = doc.text
    ends = []
    for m in number_words(doc):
        word = m.group().lower()
        if word in ("a", "dozen"):
            continue
        if word in SCALE_WORDS:
            before = m.start()
            while before > 0 and text[before - 1].isspace():
                before -= 1
            if before > 0 and text[before - 1].isdigit():
                continue
        ends.append(m.end())
    return ends


def _scan_pattern(text: str, number_word_ends: list[int], with_words: re.Pattern[str],
                  digits_only: re.Pattern[str], after: re.Pattern[str]) -> re.Pattern[str]:
    """`with_words` when `after` (what the pattern wants after the number) follows a
    number word somewhere in `text`, else `digits_only`, the same pattern without
    numbers in words."""
    if any(after.match(text, end) for end in number_word_ends):
        return with_words
    return digits_only


def _scan(doc: Document, number_word_ends: list[int], with_words: re.Pattern[str],
          digits_only: re.Pattern[str], after: re.Pattern[str], reach: int,
          lead: Callable[[str, int], bool] | None = None) -> Iterator[re.Match[str]]:
    """The matches of the pattern `_scan_pattern` chooses. A match of `digits_only`
    starts at most `reach` characters before its first digit, which starts a run of
    digits (no pattern here reads a number right after a digit): it is matched only
    there, and only at the digit itself where `lead` (given the text and the digit's
    offset) says that no match starts before it."""
    text = doc.text
    pattern = _scan_pattern(text, number_word_ends, with_words, digits_only, after)
    if pattern is with_words:
        return with_words.finditer(text)
    return anchored_finditer(digits_only, text, digit_runs(doc), reach, lead)


def _cases(c: str) -> set[str]:
    """The characters `re.IGNORECASE` reads as `c` (the long s and the Kelvin sign too)."""
    return {c, c.lower(), c.upper()} | {"s": {"ſ"}, "k": {"\u212a"}}.get(c.lower(), set())


# The one-character symbols, and the last two characters of the others ("$" ends
# "US$"; "rs" ends "Rs"), in every case `re.IGNORECASE` reads them in.
_SYMBOL_ONE = frozenset(v for sym in SYMBOLS if len(sym) == 1 for v in _cases(sym))
_SYMBOL_TWO = frozenset(a + b for sym in SYMBOLS if len(sym) > 1
                        for a in _cases(sym[-2]) for b in _cases(sym[-1]))


def _money_lead(text: str, digit: int) -> bool:
    """Whether a sum in figures can start before its first digit at `digit`: only after
    a symbol and at most one white space ("$5", "US$ 5", "s/. 40") or a code and one
    ("USD 5"): what stands before the digit, or before the white space before it, is a
    one-character symbol, the end of a longer one or a code."""
    k = digit - 1
    if k >= 0 and text[k].isspace():
        k -= 1
    if k < 0:
        return False
    return text[k] in _SYMBOL_ONE or (k >= 1 and text[k - 1 : k + 1] in _SYMBOL_TWO) or (
        k >= 2 and text[k - 2 : k + 1] in CODES)


def _percent_lead(text: str, digit: int) -> bool:
    """Whether a percentage can start before its first digit at `digit`: only with a
    sign ("+3%")."""
    return digit > 0 and text[digit - 1] in "+-"


_APPROX_BEFORE = re.compile(rf"(?:^|[\s(])({APPROX_RE})\s+$", re.IGNORECASE)
# an approximation word ending the text before a figure, taken off to read what precedes it
_APPROX_AT_END = re.compile(rf"(?:{APPROX_RE})\s*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;|]|,\s|\s[-–]\s|\bwhile\b|\bwhereas\b")
_CAP_WORD = re.compile(r"[A-Z][\w'’&.-]*")
_NOT_NAMES = frozenset(
    {m.capitalize() for m in MONTHS} | {d.capitalize() for d in WEEKDAYS}
    | set("""The A An It Its This That These Those In On At For With By From And But As After
    Before Under Over Separately Meanwhile Additionally However Also Both Each All Some
    Analysts Officials Markets Shares Companies Investors Voters He She They We I Our Their
    His Her According Under Since Until When While If Then Now Today Yesterday Why What How
    Key Note Sources Update Timing People Item Detail Price Per Premium Turnout Trade
    Related Read Subscribe Opinion Interview Analysis Explainer TOP STORY ALSO President
    Prime Minister Chancellor Premier Secretary Chief Executive CEO Finance Foreign Defence
    Defense National Security Adviser Advisor Governor Mayor Senator Mr Mrs Ms Dr Outgoing
    Former Acting Interim Deputy Vice""".split())
)
_INSTITUTIONS = re.compile(r"\b(?:Assembly|Commission|Parliament|Council|Committee|Ministry|"
                           r"Institute|Bank|Court|Agency|Office|Board|Congress|Senate|"
                           r"Programme|Program|Fund|Organization|Organisation)\b")
_BULLET_LABEL = re.compile(r"[ \t]*(?:[•*–-]\s*)+(?:\*+)?"
                           r"(?P<label>[A-Z][\w'’]*(?:[ –-]+[A-Z][\w'’]*){0,2})"
                           r"(?:\*+)?:\s*(?P<rest>\S)")
# The fields of a key-facts box ("• Cause: 210 mm of rain", "• Recall size: about 2.1
# million pounds", "• Winner's age: 24"): a label that starts with one of these words is
# the story's own; another label ("• Japan heatwave: Tokyo hits 39.2C") is another story.
_LABEL_FIELDS = frozenset("""magnitude deaths dead death injured injuries missing evacuated
    aftershocks price premium turnout depth epicentre epicenter key note sources what when
    where who why how cause causes response access background context status weather rescue
    rescuers toll casualties damage aid cost costs impact recall product products size value
    terms timeline next outlook scale area duration date time location venue attendance
    capacity result results winner winning margin age distance conditions temperature
    rainfall rain record prize height length old new previous last total official
    officials police investigation suspects charges sentence fine deal jobs workforce shares
    stock market markets revenue profit sales homes houses buildings flights passengers crew
    trains schools hospitals power funding budget vote votes seats election polls""".split())


# The last `_clause` read: (sentence, rel_start, rel_end, clause). A figure's clause is
# asked for two or three times (its key, its owner, its scope), and a sentence held here
# stays alive, so `is` cannot take another string for it.
_LAST_CLAUSE: list[tuple[str, int, int, tuple[int, int]]] = []


def _clause(sentence: str, rel_start: int, rel_end: int) -> tuple[int, int]:
    """The clause around [rel_start, rel_end) of a sentence: between commas, semicolons,
    table bars and 'while'."""
    if _LAST_CLAUSE:
        last = _LAST_CLAUSE[0]
        if last[0] is sentence and last[1] == rel_start and last[2] == rel_end:
            return last[3]
    found = _read_clause(sentence, rel_start, rel_end)
    _LAST_CLAUSE[:] = [(sentence, rel_start, rel_end, found)]
    return found


def _read_clause(sentence: str, rel_start: int, rel_end: int) -> tuple[int, int]:
    """`_clause`, read afresh."""
    lo = 0
    for brk in _CLAUSE_BREAK.finditer(sentence, 0, rel_start):
        lo = brk.end()
    nxt = _CLAUSE_BREAK.search(sentence, rel_end)
    return lo, nxt.start() if nxt else len(sentence)


def _names(
    text: str, *, sentence_start: bool, lone_initial: bool = False
) -> list[tuple[int, int, str]]:
    """Capitalized names in `text` ("Civic Forward", "Dalen's" -> Dalen), with offsets.

    A lone capitalized word at the start of a sentence is read as a name only when it is
    an acronym or has an inner capital ("EU", "TinPak"): otherwise it is just the first
    word of the sentence. With `lone_initial` it is a name too ("Brightwater slipped").
    """
    out = []
    tokens = list(_CAP_WORD.finditer(text))
    i = 0
    while i < len(tokens):
        t = tokens[i]
        word = t.group().rstrip(".'’").removesuffix("'s").removesuffix("’s")
        if word in _NOT_NAMES or not word or word.lower() in DEMONYMS or word in CODES:
            i += 1
            continue
        j = i
        end = t.end()
        while j + 1 < len(tokens):
            nxt = tokens[j + 1]
            gap = text[end : nxt.start()]
            if not re.fullmatch(r"\s+(?:of\s+(?:the\s+)?)?", gap) or nxt.group() in _NOT_NAMES:
                break
            if tokens[j].group().endswith(("'s", "’s")):
                break
            j += 1
            end = nxt.end()
        phrase = text[t.start() : end]
        phrase = re.sub(r"(?:'s|’s|[.'’])$", "", phrase)
        first = t.start() == 0 or (sentence_start and not text[: t.start()].strip(" \"'*•-(|"))
        if first and j == i and not lone_initial and not (
            word.isupper() or re.search(r"[a-z][A-Z]", word)
        ):
            i += 1
            continue
        out.append((t.start(), t.start() + len(phrase), phrase))
        i = j + 1
    return out


def _who(sentence: str, rel_start: int) -> str | None:
    """Whom a sum concerns: the names in its part of the sentence (between semicolons),
    as a set field ('a|b'). Initials of a multiword name are added ("European Union" ->
    eu) so that "the EU" and "the European Union" share a member."""
    lo = sentence.rfind(";", 0, rel_start) + 1
    hi = sentence.find(";", rel_start)
    part = sentence[lo : hi if hi != -1 else len(sentence)]
    tokens: set[str] = set()
    for _s, _e, name in _names(part, sentence_start=lo == 0):
        words = [w.lower() for w in re.split(r"[\s-]+", name) if w and w.lower() != "of"]
        words = [w for w in words if w not in MONEY_NOUNS and w not in DEMONYMS]
        tokens.update(words)
        if len(words) > 1:
            tokens.add("".join(w[0] for w in words))
    return "|".join(sorted(tokens)) if tokens else None


def _owner(ctx: Context, sentence: str, rel_start: int, rel_end: int, after: str) -> str | None:
    """Whose figure a percentage is: "33.5 per cent for Mira Dalen", "Dalen's 33.5%",
    "Tomas Keller (about 41%)", else the nearest name before it in its clause (asides
    such as ", backed by Civic Forward," skipped)."""
    m = re.match(r"\s*(?:of\s+the\s+vote\s+)?(?:for|by)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})",
                 after)
    if m and m.group(1) not in _NOT_NAMES:
        return _full_name(ctx, m.group(1))
    lo, _hi = _clause(sentence, rel_start, rel_end)
    segment_start = lo
    while True:
        before = sentence[segment_start:rel_start]
        found = [n for n in _names(before, sentence_start=segment_start == 0, lone_initial=True)
                 if not _INSTITUTIONS.search(n[2]) and not n[2].isupper()]
        if found:
            return _full_name(ctx, found[-1][2])
        if segment_start == 0:
            return None
        # step back over clauses that are asides: they start with a lowercase word
        prev_lo, _ = _clause(sentence, max(segment_start - 3, 0), max(segment_start - 3, 0))
        seg = sentence[prev_lo:segment_start].strip(" ,;")
        if seg[:1].islower():
            segment_start = prev_lo
            rel_start = prev_lo  # nothing in the aside counts
            continue
        segment_start = prev_lo


def _full_name(ctx: Context, name: str) -> str:
    """A surname resolved to the full name the article gives ("Keller" -> "tomas keller")."""
    name = re.sub(r"(?:'s|’s)$", "", name.strip())
    low = name.lower()
    if " " in low:
        return low
    text = ctx.doc.text
    full = {m.group().lower() for m in re.finditer(
        rf"\b[A-Z][\w'’-]+\s+{re.escape(name)}\b(?!['’]s\s+[a-z])", text)
        if m.group().split()[0] not in _NOT_NAMES}
    return full.pop() if len(full) == 1 else low


def _field_word(label: str) -> str:
    """The first word of a bullet's label, lowercased, without a possessive."""
    word = label.split()[0].lower() if label.split() else ""
    return word.removesuffix("'s").removesuffix("’s")


def _story(ctx: Context, sent: Sentence, sentence: str, start: int, end: int,
           clause: tuple[int, int]) -> dict[str, str | None]:
    """The story scope of a quantity; an 'Ostland:' bullet is another story, and a year
    or a place names another event only when it stands in the quantity's own clause."""
    line_start = ctx.doc.text.rfind("\n", 0, sent.start) + 1
    label = _BULLET_LABEL.match(ctx.doc.text, line_start)
    if label and label.start("rest") <= start and not label.group("rest").isdigit() \
            and label.group("rest") not in "$€£¥" \
            and _field_word(label.group("label")) not in _LABEL_FIELDS \
            and not ctx.is_main_place(label.group("label")):
        return {"event": label.group("label").lower()}
    scope = story_scope(ctx, sent, start, end)
    event = scope.get("event")
    if event and event.isdigit() and any(
            m.group(1) == event for m in since_when(ctx.doc.text, sent.start, start)):
        return scope  # "since December 2024, when an explosion sent ash 4 km high": 2024's
    if event and not event.startswith("aside:") \
            and event not in sentence[clause[0] : clause[1]].lower():
        # the year or place belongs to another clause ("... savings, mainly by merging
        # plants in Ohio"): read the quantity's own clause
        narrow = Sentence(sent.start + clause[0], sent.start + clause[1], sent.zone)
        scope = story_scope(ctx, narrow, start, end)
    return scope


def _approx_start(text: str, lo: int, start: int) -> tuple[str | None, int]:
    """An approximation word right before `start` ("about", "more than") and its offset."""
    before = text[max(lo, start - 30) : start]
    m = _APPROX_BEFORE.search(before)
    if not m:
        return None, start
    return m.group(1), start - (len(before) - m.start(1))


def _precision(raw: str) -> float:
    """Half a unit of the last digit written: "67.3" -> 0.05, "27" -> 0.5."""
    digits = raw.replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return 0.5 * 10 ** -decimals


def _fmt(v: float) -> str:
    return str(as_canonical(v))


# ---------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------


def extract(ctx: Context) -> Iterator[Claim]:
    """Money, percentages, magnitudes and measurements in headline, body and teasers."""
    number_word_ends = _number_word_ends(ctx.doc)
    yield from _money(ctx, number_word_ends)
    yield from _percentages(ctx, number_word_ends)
    yield from _magnitudes(ctx)
    yield from _measurements(ctx, number_word_ends)


def _scale(word: str | None, abbr: str | None) -> float:
    """The multiplier of "billion" or "bn"; 1 when neither is written."""
    if word:
        return float(SCALES[word.lower()])
    return float(SCALE_ABBREV[abbr.lower()]) if abbr else 1.0


def _currency(m: re.Match[str]) -> str | None:
    if m.group("sym"):
        return SYMBOLS[m.group("sym").lower()]
    if m.group("code"):
        return CODES[m.group("code")]
    word = m.group("word")
    if word in CODES:
        return CODES[word]
    w = " ".join(word.lower().split())
    for form in (w, w[:-1], w[:-2]):
        if form in WORDS:
            if form in _NEEDS_SCALE and not (m.group("wscale") or m.group("wabbr")):
                return None
            return WORDS[form]
    return None


def _money(ctx: Context, number_word_ends: list[int]) -> Iterator[Claim]:
    doc = ctx.doc
    text = doc.text
    for m in _scan(doc, number_word_ends, _MONEY, _MONEY_DIGITS, _MONEY_AFTER_WORDS,
                   _MONEY_REACH, _money_lead):
        start, end = m.span()
        sent = usable_sentence(ctx, start, end)
        if sent is None:
            continue
        ccy = _currency(m)
        if ccy is None:
            continue
        word = (m.group("word") or "").lower()
        if word.startswith("pound") and re.match(r"\s+of\b", text[end:]):
            continue  # "500 pounds of explosives": a weight
        if m.group("wnum"):
            amount = parse_number(m.group("wnum"))
            scale = _scale(m.group("wscale"), m.group("wabbr"))
        else:
            amount = parse_number(m.group("num"))
            scale = _scale(m.group("scale"), m.group("abbr"))
        if amount is None:
            continue
        ctx.take(start, end)  # a sum, claimed or not, is no count
        sentence = text[sent.start : sent.end]
        rel_start, rel_end = start - sent.start, end - sent.start
        approx, claim_start = _approx_start(text, sent.start, start)
        interval: Interval
        if m.group("num2"):
            high_scale = _scale(m.group("scale2"), m.group("abbr2"))
            if high_scale == 1.0:
                high_scale = scale
            # "$120-130 million": the low end takes the high end's scale
            low = amount * (scale if scale != 1.0 else high_scale)
            high_raw = parse_number(m.group("num2"))
            if high_raw is None or re.search(r"\bfrom\s+\S*$", text[sent.start : start]):
                continue
            high = high_raw * high_scale
            if not low < high:
                continue
            interval = Interval(low, high, True)
            value: int | float | str = f"{_fmt(low)}-{_fmt(high)}"
        else:
            total = amount * scale
            if _is_low_end(text, sent.start, start, end):
                continue  # the low end of "between $1bn and $2bn": read with the high end
            rng = range_before(text, sent.start, claim_start, total, scale)
            if rng is not None:
                interval, claim_start = rng
                value = f"{_fmt(interval.low)}-{_fmt(interval.high)}"
            else:
                interval = approx_interval(total, approx)
                value = as_canonical(total)
        noun = _money_key(sentence, rel_start, rel_end)
        if noun is None:
            continue
        before_words = sentence[max(0, rel_start - 40) : rel_start]
        if noun not in ("damage", "cost") and _ESTIMATE_BEFORE.search(before_words):
            # "Analysts had expected $1.29 per share": a forecast of others; but damage
            # is only ever estimated ("early estimates put the damage at $4.9 billion")
            continue
        if re.search(r"\bdividends?\b", before_words, re.IGNORECASE):
            noun = "dividend"
        clause = _clause(sentence, rel_start, rel_end)
        scope: dict[str, str | None] = dict(_story(ctx, sent, sentence, start, end, clause))
        scope["period"] = period_of(ctx, sentence, rel_start, rel_end)
        scope["for"] = _beneficiary(sentence, rel_start, rel_end)
        if noun == "share price":
            scope["of"] = _owner(ctx, sentence, rel_start, rel_end, text[end : sent.end])
        else:
            scope["who"] = _who(sentence, rel_start)
        if noun.endswith(" target"):
            label = f"target for {noun.removesuffix(' target')}"
        elif noun.endswith(" previous"):
            label = f"earlier {noun.removesuffix(' previous')}"
        else:
            label = _LABELS.get(noun, noun)
        yield make_claim(
            ctx, claim_start, end, kind="quantity", key=f"{noun}|{ccy}",
            claim=f"{label} ({ccy})", value=value, interval=interval, unit=ccy, scope=scope,
        )


_LOW_END_AFTER = re.compile(
    rf"\s*(?:-|to|and)\s*(?:(?i:{_alt(SYMBOLS)}))?\s?(?:{DIGIT_NUMBER})", re.IGNORECASE
)


def _is_low_end(text: str, lo: int, start: int, end: int) -> bool:
    """True for the first figure of "$1bn to $2bn" or "between 20% and 25%"; "from $1bn
    to $2bn" is a change, and both figures are claims."""
    m = _LOW_END_AFTER.match(text, end)
    if not m:
        return False
    before = text[max(lo, start - 12) : start]
    if re.search(r"\bfrom\s+$", before, re.I):
        return False
    sep = m.group().strip()[:3].lower()
    return not sep.startswith("and") or bool(re.search(r"\bbetween\s+$", before, re.I))


_ESTIMATE_BEFORE = re.compile(
    r"\b(?:analysts?|consensus|estimates?|polled|forecasters?)\b[^.;]{0,25}$", re.IGNORECASE
)


_INJURED = re.compile(r"\b(?:injured|wounded|hurt)\b", re.IGNORECASE)
_BEREAVED = re.compile(r"\b(?:dead|killed|died|deceased|bereaved|each\s+(?:death|victim)|"
                       r"famil(?:y|ies))\b", re.IGNORECASE)


def _beneficiary(sentence: str, rel_start: int, rel_end: int) -> str | None:
    """Who a payment goes to, when the words beside it say: compensation for the
    families of the dead is not the sum for each of the injured."""
    before = sentence[max(0, rel_start - 40) : rel_start]
    after = sentence[rel_end : rel_end + 45]
    # the nearer side first: "the injured will get Rs 50,000", "Rs 4 lakh per family"
    for window in (after.split(",")[0].split(" and ")[0], before.split(",")[-1].split(" and ")[-1]):
        if _INJURED.search(window):
            return "injured"
        if _BEREAVED.search(window):
            return "bereaved"
    return None


def _money_noun(words: list[str]) -> str | None:
    """The money noun of a run of words: a known compound, else the first money word."""
    low = [w.lower().strip(".,;:()\"'") for w in words]
    for i in range(len(low) - 1):
        pair = f"{low[i]} {low[i + 1]}"
        if pair in MONEY_COMPOUNDS:
            return MONEY_COMPOUNDS[pair]
    for w in low:
        if w in MONEY_NOUNS:
            return MONEY_NOUNS[w]
    return None


def _money_key(sentence: str, rel_start: int, rel_end: int) -> str | None:
    """What a sum is, read from the words around it; None when nothing says."""
    before = sentence[:rel_start]
    after = sentence[rel_end:]
    approx_free = _APPROX_AT_END.sub("", before).rstrip()
    if _PER_SHARE.match(after) or re.search(r"\bper\s+share\W*$", approx_free, re.I):
        return "per share"
    if _SHARE_PRICE_BEFORE.search(approx_free + " "):
        return "share price"
    noun_after = _noun_after(after)
    if _TARGET_BEFORE.search(approx_free + " ") or (
        re.search(r"\bto$", approx_free) and _BY_YEAR_AFTER.match(after)
    ):
        noun = noun_after or _nearest_money_noun(sentence, rel_start)
        return f"{noun} target" if noun else None
    if noun_after:
        return noun_after
    previous = bool(_PREVIOUS_BEFORE.search(approx_free + " "))
    for pattern, noun in _MONEY_VERBS:
        if pattern.search(approx_free + " " if noun == "deal" else approx_free):
            return noun
    noun = _nearest_money_noun(sentence, rel_start)
    if noun and previous:
        return f"{noun} previous"
    return noun


def _noun_after(after: str) -> str | None:
    """The money noun in the words just after a sum ("in humanitarian aid", "break-up fee")."""
    words: list[str] = []
    for m in re.finditer(r"\S+", after[:80]):
        w = m.group()
        bare = w.lower().strip(".,;:()\"'")
        if bare in _AFTER_STOP or any(ch.isdigit() or ch in "$€£¥" for ch in bare):
            break  # another sum's words: "€30,000 plus a €20,000 bonus"
        if bare in ("a", "per") and re.match(r"\s*year\b", after[m.end():]):
            continue
        words.append(w)
        if w[-1:] in ",.;:)" or len(words) >= 5:
            break
    return _money_noun(words)


def _nearest_money_noun(sentence: str, rel_start: int) -> str | None:
    """The money noun nearest before a sum in its sentence ("trade, which reached $1.1bn",
    "| Price | $4.2bn")."""
    best = None
    prev = ""
    for m in re.finditer(r"[A-Za-z][\w-]*", sentence[:rel_start]):
        w = m.group().lower()
        if f"{prev} {w}" in MONEY_COMPOUNDS:
            best = MONEY_COMPOUNDS[f"{prev} {w}"]  # "closing price" is a share's
        elif w in MONEY_NOUNS:
            best = MONEY_NOUNS[w]
        prev = w
    return best


_PERIOD = re.compile(
    r"\b(?:(?P<year>(?:19|20)\d\d)|(?P<rel>this|next|last)\s+year"
    r"|(?:in|since|of)\s+(?P<month>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?!\s+\d))\b"
)


_PERIOD_AFTER = re.compile(
    r"\s*(?:a\s+year\s+|annually\s+)?(?:(?:in|for|by|during)\s+(?:fiscal\s+|the\s+year\s+)?"
    r"((?:19|20)\d\d)\b|(?:so\s+far\s+)?(this|last|next)\s+year\b|(?:for|in)\s+the\s+(year)\b"
    r"|(year\s+to\s+date)\b)"
)
# "$1.02 per share, a year earlier": the figure of an earlier period
_EARLIER_AFTER = re.compile(
    r"[^.;]{0,30}?\b(?:a\s+year\s+(?:earlier|ago|before)|in\s+the\s+(?:prior|previous|"
    r"year-ago|year\s+ago)[\w\s-]{0,12}(?:period|quarter|year)|last\s+year|a\s+year-ago)\b"
)


def period_of(ctx: Context, sentence: str, rel_start: int, rel_end: int) -> str | None:
    """The year a figure is for: named right after it ("1.6% in 2026", "US$2.6 billion
    in 2024", "US$10 billion by 2030"), else before it in its sentence."""
    m = _PERIOD_AFTER.match(sentence, rel_end)
    year = ctx.doc.date.year if ctx.doc.date else None
    if m:
        if m.group(1):
            return m.group(1)
        if m.group(2):
            shift = {"this": 0, "last": -1, "next": 1}[m.group(2).lower()]
            return str(year + shift) if year else m.group(2).lower() + " year"
        return str(year) if year else "this year"
    if _EARLIER_AFTER.match(sentence, rel_end):
        return "earlier"
    return _period(ctx, sentence[:rel_start])


def _period(ctx: Context, before: str) -> str | None:
    """The year a figure is for, named just before it in its clause: "its 2026 growth
    forecast to 1.6%", "kept this year's projection at 2.2%", "GDP forecast 2026: 1.8%"."""
    found = None
    for m in _PERIOD.finditer(before):
        found = m
    if found is None:
        return None
    if found.group("year"):
        return found.group("year")
    if ctx.doc.date is None:
        return None
    if found.group("month"):
        # "a cut in August": the latest such month on or before the article's date
        month = MONTHS[found.group("month").lower()]
        year = ctx.doc.date.year - (month > ctx.doc.date.month)
        return f"{year}-{month:02d}"
    shift = {"this": 0, "next": 1, "last": -1}[found.group("rel").lower()]
    return str(ctx.doc.date.year + shift)


def _percentages(ctx: Context, number_word_ends: list[int]) -> Iterator[Claim]:
    doc = ctx.doc
    text = doc.text
    matches = list(_scan(doc, number_word_ends, _PERCENT, _PERCENT_DIGITS,
                         _PERCENT_AFTER_WORDS, _PERCENT_REACH, _percent_lead))
    for i, m in enumerate(matches):
        start, end = m.span()
        sent = usable_sentence(ctx, start, end)
        if sent is None:
            continue
        value = parse_number(m.group("num"))
        if value is None:
            continue
        ctx.take(start, end)
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        if nxt and re.fullmatch(r"\s*(?:-|to|and)\s*", text[end : nxt.start()]) and \
                _is_low_end(text, sent.start, start, end):
            continue  # the low end of "20% to 25%": read with the high end
        sentence = text[sent.start : sent.end]
        rel_start, rel_end = start - sent.start, end - sent.start
        unit = "pp" if m.group("unit").lower().startswith("percentage") else "%"
        approx, claim_start = _approx_start(text, sent.start, start)
        after = text[end : sent.end]
        key, owner, sign = _percent_key(ctx, sentence, rel_start, rel_end, after)
        if key in ("pay rise", "pay offer") and not _PAY_CONTEXT.search(sentence):
            key = None
        if key is None:
            continue
        if m.group("sign") == "-" or sign < 0:
            value = -value
        rng = range_before(text, sent.start, claim_start, value, percent=True)
        if rng is not None:
            interval, claim_start = rng
            canon: int | float | str = f"{_fmt(interval.low)}-{_fmt(interval.high)}"
        elif approx:
            interval = approx_interval(value, approx)
            canon = as_canonical(value)
        else:
            # a percentage is as precise as its digits: "67%" may be a rounded 67.3
            p = _precision(m.group("num")) if m.group("num")[0].isdigit() else 0.0
            interval = Interval(value - p, value + p, False)
            canon = as_canonical(value)
        clause = _clause(sentence, rel_start, rel_end)
        if key == "pay rise" and _DEMAND.search(text, max(sent.start, claim_start - 45),
                                                claim_start):
            key = "pay rise|demanded"  # "the union is demanding a pay rise of 17%"
        elif hypothetical_before(text, claim_start, sent.start):
            continue  # "preferring to hold the rate at 1.50%"
        scope = dict(_story(ctx, sent, sentence, start, end, clause))
        if owner:
            scope["of"] = owner
        scope["period"] = period_of(ctx, sentence, rel_start, rel_end)
        if key.startswith("change|shares"):
            scope["day"] = _trading_day(ctx, sentence, rel_start, rel_end)
        label = key.replace("|", " ").replace(" previous", " (earlier)")
        if owner:
            label = f"{label} of {owner.title()}"
        yield make_claim(
            ctx, claim_start, end, kind="quantity", key=key, claim=label, value=canon,
            interval=interval, unit=unit, scope=scope,
        )


_SHARE_STOP = frozenset(
    """the a an of in on at to and or are is was were who which that live lives living
    have has had be been being its their his her aged according said says""".split()
)


def _percent_key(ctx: Context, sentence: str, rel_start: int, rel_end: int,
                 after: str) -> tuple[str | None, str | None, int]:
    """(key, owner, sign) of a percentage; key None when nothing says what it is of."""
    before = sentence[:rel_start]
    approx_free = _APPROX_AT_END.sub("", before).rstrip() + " "
    lo, _hi = _clause(sentence, rel_start, rel_end)
    clause_before = sentence[lo:rel_start]
    previous = bool(_PREVIOUS_BEFORE.search(approx_free))
    # "a 27% premium", "52.1% turnout", "a 27 per cent annual premium"
    if not re.match(r"\s*of\b", after):
        for w in re.match(r"\s*(?:([a-z]+)[\s-]+)?([a-z]+)?", after).groups():  # type: ignore[union-attr]
            if w and w.lower() in PERCENT_WORDS:
                return _with_previous(PERCENT_WORDS[w.lower()], previous), None, 1
    # "at 27% the premium is in line"
    m = re.match(r"\s+the\s+([a-z]+)", after)
    if m and m.group(1) in PERCENT_WORDS:
        return _with_previous(PERCENT_WORDS[m.group(1)], previous), None, 1
    # "27% above Friday's closing price": a premium
    if re.match(r"\s*(?:above|over)\s+(?:[\w'’]+\s+){0,2}(?:closing|market|last)\s+price", after):
        return "premium", None, 1
    election = bool(_ELECTION.search(sentence))
    of = _OF_NOUN_AFTER.match(after)
    if of:
        noun = of.group("noun").lower()
        if noun in ("vote", "votes", "ballots", "popular"):
            owner = _owner(ctx, sentence, rel_start, rel_end, after)
            return ("vote share", owner, 1) if owner else (None, None, 1)
        if noun in ("registered", "eligible", "electorate"):
            return _with_previous("turnout", previous), None, 1
        # "19% of Malawians live in urban areas" is not "49% of Malawians are under 18":
        # the words after the noun say which share it is
        rest = re.findall(r"[a-z]+", after[of.end() : of.end() + 40].lower())
        what = [w for w in rest if w not in _SHARE_STOP][:2]
        key = f"share of {singular(noun)}" + (f" {' '.join(what)}" if what else "")
        return _with_previous(key, previous), None, 1
    change = _CHANGE_BEFORE.search(approx_free)
    if change and not previous:
        sign = -1 if change.group("verb").lower() in _DOWN else 1
        subject = None
        for w in re.finditer(r"[a-z]+", clause_before[: len(clause_before)].lower()):
            if w.group() in _CHANGE_SUBJECTS:
                subject = _CHANGE_SUBJECTS[w.group()]
        owner = _owner(ctx, sentence, rel_start, rel_end, "")
        if subject is None and owner is None:
            return None, None, sign
        return f"change|{subject}" if subject else "change", owner, sign
    row = _TABLE_LABEL.match(sentence)
    if row and row.end() <= rel_start:
        # "| Premium | 21% to Friday's close |": the row's label says what it is
        label = [w for w in re.findall(r"[a-z]+", row.group("label").lower()) if w in PERCENT_WORDS]
        if label:
            return _with_previous(PERCENT_WORDS[label[-1]], previous), None, 1
    words = list(_PERCENT_WORD_RE.finditer(clause_before))
    if not words and previous:
        words = list(_PERCENT_WORD_RE.finditer(before))
    if words:
        return _with_previous(PERCENT_WORDS[words[-1].group(1).lower()], previous), None, 1
    if election and (_VOTE_VERBS.search(approx_free) or re.search(r"\(\s*$", approx_free)
                     or re.search(r"['’]s\s*$", approx_free)
                     or re.match(r"\s*(?:of\s+the\s+vote\s+)?for\s+[A-Z]", after)):
        owner = _owner(ctx, sentence, rel_start, rel_end, after)
        if owner:
            return "vote share", owner, 1
    return None, None, 1


_WEEKDAY = re.compile(r"\b(?:(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                     r"|(?P<rel>yesterday|today))\b", re.IGNORECASE)


def _trading_day(ctx: Context, sentence: str, rel_start: int, rel_end: int) -> str | None:
    """The weekday a share move is of: named just after it ("rose 1.1% on Tuesday"), else
    just before it, else the article's own day. Monday's fall and Tuesday's rise are two
    facts."""
    after = _WEEKDAY.search(sentence, rel_end, rel_end + 25)
    before = list(_WEEKDAY.finditer(sentence, max(0, rel_start - 40), rel_start))
    m = after or (before[-1] if before else None)
    if m and m.group("day"):
        return m.group("day").lower()
    date = ctx.doc.date
    if date is None:
        return None
    if m and m.group("rel").lower() == "yesterday":
        date = date - dt.timedelta(days=1)
    return date.strftime("%A").lower()


_TABLE_LABEL = re.compile(r"\s*\|\s*(?P<label>[^|\n]{1,40}?)\s*\|")


def _with_previous(key: str, previous: bool) -> str:
    return f"{key}|previous" if previous else key


def _magnitudes(ctx: Context) -> Iterator[Claim]:
    doc = ctx.doc
    text = doc.text
    if not contains_any(doc, _MAGNITUDE_WORDS) and not _M_FIGURE.search(text):
        return
    for m in _magnitude_matches(doc):
        group = next(g for g in ("n1", "n2", "n3", "n4") if m.group(g))
        start, end = m.span()
        sent = usable_sentence(ctx, start, end)
        if sent is None:
            continue
        sentence = text[sent.start : sent.end]
        if group == "n3" and not _QUAKE.search(sentence):
            continue  # "M2 chip": not a quake
        value = float(m.group(group))
        if not 0 < value < 10.5:
            continue
        approx, claim_start = _approx_start(text, sent.start, start)
        rel = m.start(group) - sent.start
        # main shock or aftershock: the quake word nearest the figure
        nearest = None
        for q in _QUAKE.finditer(sentence):
            dist = abs(q.start() - rel)
            if nearest is None or dist < nearest[0]:
                nearest = (dist, q.group())
        event = "aftershock" if nearest and _AFTERSHOCK.match(nearest[1]) else "earthquake"
        clause = _clause(sentence, start - sent.start, end - sent.start)
        p = 0.0 if approx else _precision(m.group(group)) / 10
        interval = approx_interval(value, approx) if approx else Interval(value - p, value + p,
                                                                           False)
        yield make_claim(
            ctx, claim_start, end, kind="quantity", key=f"magnitude|{event}",
            claim=f"magnitude of the {'strongest aftershock' if event == 'aftershock' else event}",
            value=as_canonical(value), interval=interval, unit=None,
            scope=_story(ctx, sent, sentence, start, end, clause),
        )


def _magnitude_matches(doc: Document) -> Iterator[re.Match[str]]:
    """`_MAGNITUDE.finditer(doc.text)`, the pattern matched only where a match can start
    (`_MAGNITUDE_STARTS`): at its words, at an M figure, before a "magnitude"."""
    text = doc.text
    words = occurrences(doc, _MAGNITUDE_STARTS)
    folded = folded_text(doc)
    starts = set(words)
    for at in words:
        if folded.startswith("magnitude", at):
            starts.update(at - n for n in _FIGURE_BEFORE if at >= n)
    starts.update(m.start() for m in _M_FIGURE.finditer(text))
    return anchored_finditer(_MAGNITUDE, text, sorted(starts), 0)


def _measurements(ctx: Context, number_word_ends: list[int]) -> Iterator[Claim]:
    doc = ctx.doc
    text = doc.text
    for m in _scan(doc, number_word_ends, _MEASURE, _MEASURE_DIGITS, _MEASURE_AFTER_WORDS,
                   _MEASURE_REACH):
        start, end = m.span()
        sent = usable_sentence(ctx, start, end)
        if sent is None:
            continue
        raw = parse_number(m.group("num"))
        if raw is None:
            continue
        sentence = text[sent.start : sent.end]
        rel_start, rel_end = start - sent.start, end - sent.start
        lo, hi = _clause(sentence, rel_start, rel_end)
        key: str | None
        factor = 1.0
        if m.group("temp"):
            fahrenheit = m.group("temp").strip()[-1:].lower() == "f" or "fahr" in m.group(
                "temp").lower()
            value = (raw - 32) * 5 / 9 if fahrenheit else raw
            unit, converted, key = "°C", fahrenheit, "temperature"
        else:
            unit, factor, converted = UNITS[" ".join(m.group("unit").lower().split())]
            value = raw * factor
            if unit == "m":
                key = _length_key(sentence, rel_start, lo, hi)
                if key is None and "-" in m.group() and _STRUCTURE_AFTER.match(text, end):
                    key = "length"  # "the 230-metre Kathor bridge": how long the bridge is
                if _MARK_AFTER.match(text, end):
                    key = None  # "pass the 40 km mark": a point on a course, not a length
                elif key == "distance":
                    key = _distance_key(sentence, rel_end)
            elif unit == "km/h":
                # "winds of 155 km/h", "gusts of up to 100 mph": a storm's wind speed, or
                # its gusts (the cue word nearest the figure says which)
                cues = [(abs(c.start() - rel_start), c.group().lower())
                        for c in _WIND.finditer(sentence, max(0, lo - 40), hi)]
                key = None if not cues else (
                    "wind gusts" if min(cues)[1].startswith("gust") else "wind speed")
            else:
                of = re.match(r"\s*of\s+(?:[a-z-]+\s+)?([a-z]+)", text[end : sent.end])
                key = f"weight of {of.group(1)}" if of else None
        ctx.take(start, end)
        if key is None:
            continue
        conv = _CONVERSION_AFTER.match(text, end)
        claim_end = end
        if conv:
            ctx.take(end, conv.end())  # "35 km (22 miles)": the same figure twice
        approx, claim_start = _approx_start(text, sent.start, start)
        rng = range_before(text, sent.start, claim_start, value, factor)
        if rng is not None:
            interval, claim_start = rng
            canon: int | float | str = f"{_fmt(interval.low)}-{_fmt(interval.high)}"
        else:
            if key in ("wind speed", "wind gusts") and approx \
                    and APPROX.get(approx.lower()) == "le":
                approx = None  # "winds of up to 185 mph": the peak, the figure that is read
            interval = approx_interval(value, approx)
            canon = as_canonical(round(value, 3))
        if converted:
            # a converted figure was rounded in another unit: allow 1.5% either way (3%
            # between two such figures; "175 mph" and "185 mph" are 5.7% apart)
            interval = Interval(interval.low * 0.985 if interval.low > 0 else interval.low - 0.5,
                                interval.high * 1.015 if interval.high > 0 else interval.high + 0.5,
                                True)
        if key == "temperature" and (
            _TEMP_CHANGE_BEFORE.search(sentence, 0, claim_start - sent.start)
            or _TEMP_CHANGE_AFTER.match(text, claim_end)
        ):
            continue  # "a drop of 5-7C", "3C warmer than usual": a change, not a reading
        if key == "temperature":
            key = _temperature_key(sentence, rel_start, rel_end)
        yield make_claim(
            ctx, claim_start, claim_end, kind="quantity", key=key, claim=key, value=canon,
            interval=interval, unit=unit,
            scope=_story(ctx, sent, sentence, start, end, (lo, hi)),
        )


_WIND = re.compile(r"\b(?:winds?|gusts?|gusting)\b", re.IGNORECASE)
_TEMP_CHANGE_BEFORE = re.compile(
    r"\b(?:drops?|falls?|rises?|increases?|decreases?|jumps?|dips?|declines?)\s+(?:of\s+)?"
    r"(?:about\s+|some\s+|up\s+to\s+|around\s+)?$", re.IGNORECASE)
_TEMP_CHANGE_AFTER = re.compile(
    r"\s*(?:\([^)]{0,30}\)\s*)?(?:warmer|cooler|hotter|colder|higher|lower|above\s+(?:the\s+)?"
    r"(?:average|normal|usual))\b", re.IGNORECASE)


_MARK_AFTER = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?(?:mark|marker|checkpoint)\b", re.I)
# What a distance is measured from: "140 km (87 miles) northwest of Kathmandu", "about
# 3 km from Kholabari", "36 km north of the volcano". Two distances from two places are
# two facts; one with no reference point ("over the final four kilometres") is none.
_DIRECTION = (r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
              r"(?:ern)?")
_REFERENCE_AFTER = re.compile(
    rf"\s*(?:\([^)]{{0,30}}\)\s*)?(?:(?:to\s+the\s+)?{_DIRECTION}\s+(?:of|from)|(?:away\s+)?from|"
    r"off(?:\s+the\s+coast\s+of)?|outside|inland\s+from)\s+(?:the\s+)?"
    r"(?:(?:[a-z]+\s+){0,2}?(?:town|city|village|capital|port|island|province|region)\s+of\s+)?"
    r"(?P<ref>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*|[a-z]+)", re.IGNORECASE)
_RADIUS = re.compile(r"\b(?:radius|zone|within|exclusion|perimeter|cordon)\b", re.IGNORECASE)


def _distance_key(sentence: str, rel_end: int) -> str | None:
    """"distance from kathmandu": a distance keyed by its reference point; "radius" for a
    zone around one; None when the sentence gives neither."""
    m = _REFERENCE_AFTER.match(sentence, rel_end)
    if m and m.group("ref")[:1].isupper():
        ref = m.group("ref").removesuffix("'s").removesuffix("’s")
        return f"distance from {ref.lower()}"
    if m and m.group("ref").lower() not in ("a", "an", "its", "their", "his", "her", "there"):
        return f"distance from {m.group('ref').lower()}"
    if _RADIUS.search(sentence, max(0, rel_end - 60), rel_end + 40):
        return "radius"
    return None


# When a temperature was read: the start's and the finish's, a night's low and a forecast
# are different figures. The cue nearest the figure decides. A day's high and a record
# are the reading a heatwave story is about: they stay with the plain "temperature".
_MOMENTS = [
    ("start", re.compile(r"\b(?:start(?:ed|s)?|set\s+off|began|kick-?off|tip-?off)\b", re.I)),
    ("finish", re.compile(r"\bfinish(?:ed|es|ing)?\b|\bfinal\s+whistle\b", re.I)),
    ("low", re.compile(r"\b(?:lows?|minimum|coldest|overnight|dawn)\b", re.I)),
    ("forecast", re.compile(r"\b(?:forecasts?|forecaster|expected|predicted|could\s+(?:reach|"
                            r"hit|top))\b", re.I)),
]


def _temperature_key(sentence: str, rel_start: int, rel_end: int) -> str:
    """"temperature", or "temperature (start)", "temperature (low)": by the cue word
    nearest the figure within its clause."""
    lo = max(0, rel_start - 60)
    clause = _CLAUSE_BREAK.search(sentence, rel_end)
    hi = min(len(sentence), clause.start() if clause else rel_end + 50, rel_end + 50)
    for b in _CLAUSE_BREAK.finditer(sentence, lo, rel_start):
        lo = b.end()
    best: tuple[int, str] | None = None
    for moment, cue in _MOMENTS:
        for c in cue.finditer(sentence, lo, hi):
            dist = rel_start - c.end() if c.end() <= rel_start else c.start() - rel_end
            if best is None or dist < best[0]:
                best = (dist, moment)
    return f"temperature ({best[1]})" if best else "temperature"


def _length_key(sentence: str, rel_start: int, lo: int, hi: int) -> str | None:
    """Depth, distance, height or length: the cue word nearest the figure in its clause."""
    best: tuple[int, str] | None = None
    window = sentence[max(0, lo - 40) : hi]
    offset = max(0, lo - 40)
    for key, cue in _LENGTH_CUES:
        for c in cue.finditer(window):
            dist = abs(c.start() + offset - rel_start)
            if best is None or dist < best[0]:
                best = (dist, key)
    return best[1] if best else None

"""The money, percentage and measurement scans leave numbers in words out of a document
where none has its unit after it, and then match only near runs of digits; magnitudes are
looked for only in articles with a quake word: they must find exactly what the full
patterns find."""

from __future__ import annotations

import re
import sys

import pytest

from factcheck.extract import quantities, scan
from factcheck.extract.scan import contains_any, word_finditer
from factcheck.numbers import TENS, UNITS

from .conftest import SAMPLE_TEXTS as TEXTS
from .conftest import make_document

PHRASES = [
    "Turnout was twenty per cent, up from 18%.",
    "a rise of Seven Percent; another of nine %",
    "a fall of two percentage points",
    "It cost five million dollars, or $5m.",
    "a hundred euros and Twenty-Five Thousand Pounds",
    "five trillion won; the party won 45 seats",
    "fifty bn yen, 3 m dollars, nine mn USD",
    "a depth of ten kilometres (six miles), 35 km deep",
    "forty-five - km of road, one hundred and twenty feet high",
    "temperatures of thirty °C, twelve degrees Celsius, nine C",
    "no number here at all",
    "4.2 billion dollars, 7  million euros and 3\nthousand pounds; 5 hundred yen",
    "four billion dollars, a thousand euros, six hundred thousand pounds",
    "5 bn dollars, 2 lakh rupees, twenty-five Million Dollars, ninety-nine mıllion yen",
]

SCANS = [
    ("_MONEY", "_MONEY_DIGITS", "_MONEY_AFTER_WORDS"),
    ("_PERCENT", "_PERCENT_DIGITS", "_PERCENT_AFTER_WORDS"),
    ("_MEASURE", "_MEASURE_DIGITS", "_MEASURE_AFTER_WORDS"),
]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _texts() -> list[str]:
    files = [p.read_text(encoding="utf-8") for p in TEXTS if p.is_file()]
    return [*PHRASES, *files, " ".join(PHRASES)]


@pytest.mark.parametrize("names", SCANS, ids=[s[0] for s in SCANS])
def test_scan_finds_what_the_full_pattern_finds(names: tuple[str, str, str]) -> None:
    full, digits, after = (getattr(quantities, n) for n in names)
    assert full.groupindex == digits.groupindex
    for raw in _texts():
        doc = make_document(raw)
        text = doc.text
        ends = quantities._number_word_ends(doc)
        chosen = quantities._scan_pattern(text, ends, full, digits, after)
        assert _found(chosen, text) == _found(full, text), text[:80]


@pytest.mark.parametrize("names, text", [
    (SCANS[0], "It cost five million dollars."),
    (SCANS[1], "Turnout was twenty per cent."),
    (SCANS[2], "a depth of ten kilometres"),
])
def test_full_pattern_only_where_a_number_in_words_has_its_unit(
    names: tuple[str, str, str], text: str
) -> None:
    full, digits, after = (getattr(quantities, n) for n in names)
    ends = quantities._number_word_ends(make_document(text))
    assert quantities._scan_pattern(text, ends, full, digits, after) is full
    plain = "Two firms: it rose 20% to $5m over 3 km."
    ends = quantities._number_word_ends(make_document(plain))
    assert quantities._scan_pattern(plain, ends, full, digits, after) is digits


# Sums, percentages and measurements found only near a run of digits (see
# `scan.anchored_finditer`): at the edges of the text, next to one another, after
# symbols and codes of every length, and with digits that only `\d` reads as such.
NEAR_DIGITS = [
    "$4.2bn", "US$ 5", "u.s.$ 5 and U.S.$\t6", "RMB 5 million", "s/. 40 or S/ 12", "Rs. 500",
    "+3% then -2.5 per cent and (+4 pct)", "5 km, 12,000 ft, 1.5-metre, 40°C and 12 C",
    "$1.2bn-$1.5bn and $120-130 million; USD 5 m USD", "x$5 a5% 5.5.5 km ٣ km ٣%",
    "$$5 €€7 1,234,567.89 EUR", "5%6%7% 8km9km", "USD\n5",
    # what stands before the digit tells whether a sum or percentage starts before it
    "Rſ 5, rS.7, ſ/ 9, HK$\u00a05, USD\u20035, ca$5 a GBP 5, $  5, USD  5, usd 5, Usd 5",
    "was 5, US 5, Jan. 5, No. 5, 5/5, rs5 RS 5 Rs.5 S/.5 s/5 hK$5 NZ$ 5 u.S.$5 RMB5 xUSD 5",
    "5$5 5 $5 x5 A5 $ 5, 3 +4% -5% +-6% (+7%) 8+9% 5 - 6 per cent, S/.5 £5 ¥5 ₩5 ₹5 €5",
]

REACHES = {"_MONEY": quantities._MONEY_REACH, "_PERCENT": quantities._PERCENT_REACH,
           "_MEASURE": quantities._MEASURE_REACH}
LEADS = {"_MONEY": quantities._money_lead, "_PERCENT": quantities._percent_lead,
         "_MEASURE": None}


@pytest.mark.parametrize("names", SCANS, ids=[s[0] for s in SCANS])
def test_scan_near_digits_finds_what_the_pattern_finds(names: tuple[str, str, str]) -> None:
    full, digits, after = (getattr(quantities, n) for n in names)
    for raw in [*_texts(), *NEAR_DIGITS, " ".join(NEAR_DIGITS)]:
        doc = make_document(raw)
        text = doc.text
        ends = quantities._number_word_ends(doc)
        chosen = quantities._scan_pattern(text, ends, full, digits, after)
        for lead in {LEADS[names[0]], None}:
            scanned = quantities._scan(doc, ends, full, digits, after, REACHES[names[0]],
                                       lead)
            assert [(m.span(), m.groups()) for m in scanned] == _found(chosen, text), text[:80]


def test_symbol_ends_hold_every_way_a_symbol_can_end() -> None:
    """`_money_lead` looks up the last one or two characters: the sets must hold all
    `re.IGNORECASE` reads as a symbol's."""
    chars = {c for sym in quantities.SYMBOLS for c in sym}
    pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]", re.I)
    read = {c: {c} for c in chars}  # what re.IGNORECASE reads as each symbol character
    for code in range(sys.maxunicode + 1):
        if pattern.fullmatch(chr(code)):
            for c in chars:
                if re.fullmatch(re.escape(c), chr(code), re.I):
                    read[c].add(chr(code))
    for sym in quantities.SYMBOLS:
        if len(sym) == 1:
            assert read[sym] <= quantities._SYMBOL_ONE, sym
        else:
            for a in read[sym[-2]]:
                for b in read[sym[-1]]:
                    assert a + b in quantities._SYMBOL_TWO, (sym, a + b)


def test_magnitudes_need_a_word_or_an_m_figure() -> None:
    texts = [*_texts(), "M5.9 quake", "an M 6.1", "MAGNİTUDE 7", "a 6.8-Magnitude tremor",
             "the temblor, which measured 5.5", "AFTERSHOCKS registering 4.1"]
    seen = 0
    for text in texts:
        for m in quantities._MAGNITUDE.finditer(text):
            seen += 1
            assert contains_any(make_document(m.group()), quantities._MAGNITUDE_WORDS) \
                or quantities._M_FIGURE.search(m.group()), m.group()
        assert _found(quantities._MAGNITUDE, text) == [
            (m.span(), m.groups()) for m in word_finditer(quantities._MAGNITUDE, text)]
    assert seen


def test_magnitudes_matched_where_they_can_start() -> None:
    texts = [*_texts(), "M5.9 quake", "an M 6.1, M  6.1, M6.12 and 5M6.1", "MAGNİTUDE 7",
             "a 6.8-Magnitude tremor, 6.85 magnitude, 16.25-magnitude, 1.2.3 magnitude",
             "the temblor, which measured 5.5", "AFTERSHOCKS registering 4.1",
             "Earthquakes, which registered a 6.1; the EARTHQUAKE measured 7 km deep",
             "magnitude: 5.5, magnitude of ** 6, x6 magnitude, .6 magnitude"]
    for raw in [*texts, " ".join(texts)]:
        doc = make_document(raw)
        assert [(m.span(), m.groups()) for m in quantities._magnitude_matches(doc)] == \
            _found(quantities._MAGNITUDE, doc.text), raw[:80]


def test_number_words_start_words() -> None:
    # the word list as written, without the trie and the guard `scan` compiles it with
    plain = re.compile(
        r"\b(?:" + "|".join(sorted([*UNITS, *TENS, *scan.SCALE_WORDS, "dozen"], key=len,
                                   reverse=True))
        + r"|a(?=\s+(?:hundred|dozen)\b))\b", re.IGNORECASE)
    for text in [*_texts(), "ſeven İ Kseven twenty-five,Five_five 5five a  Hundred a dozen",
                 "A\nhundred, a\u00a0dozen, ahundred, a hundreds, ba hundred, a-hundred, a"
                 "\t\u2003 Dozen; someone, phone, Ninety-nine, eleventh, tenfold, ONE, a\ndozens",
                 "hundred", " a hundred", "a hundred"]:
        doc = make_document(text)
        text = doc.text
        assert _found(scan._NUMBER_WORD, text) == _found(plain, text) == [
            (m.span(), m.groups()) for m in word_finditer(scan._NUMBER_WORD, text)] == [
            (m.span(), m.groups()) for m in scan.number_words(doc)], text


def test_a_scale_word_after_a_figure_ends_no_number_in_words() -> None:
    money = ("_MONEY", "_MONEY_DIGITS", "_MONEY_AFTER_WORDS")
    full, digits, after = (getattr(quantities, n) for n in money)
    for text, chosen in [("It cost 4.2 billion dollars.", digits),
                         ("It cost four billion dollars.", full),
                         ("It cost a hundred dollars.", full)]:
        ends = quantities._number_word_ends(make_document(text))
        assert quantities._scan_pattern(text, ends, full, digits, after) is chosen, text


def test_clause_read_once_is_the_clause() -> None:
    """`_clause` keeps its last answer: asked again, or for another figure or sentence,
    it gives what `_read_clause` reads."""
    sentences = ["Shares rose 5%, while bonds fell 2%; oil - up 3% - held.", "a, b", ""]
    sentences.append(sentences[0][:20] + sentences[0][20:])  # equal, not the same string
    for sentence in sentences * 2:
        for start in range(len(sentence)):
            for end in (start, min(len(sentence), start + 3)):
                for _ in range(2):
                    assert quantities._clause(sentence, start, end) == \
                        quantities._read_clause(sentence, start, end)

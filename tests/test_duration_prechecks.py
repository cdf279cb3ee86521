"""Durations skip a pattern's scan when the article holds none of the words every match
of that pattern holds (`scan.contains_any`): no match may lack them."""

from __future__ import annotations

import re

import pytest

from factcheck.extract import durations
from factcheck.extract.scan import contains_any

from .conftest import SAMPLE_TEXTS as TEXTS
from .conftest import make_document

PHRASES = [
    "He was SENTENCED on Thursday to 14 years in prison; she was jailed for 12 years.",
    "imprısoned for two years, given three months, held in Minsk for 16 months",
    "Kept for 5 days; detained for a week; captive for 40 days",
    "437 millimetres of Rain in 48 hours, 12 inches of rainfall over 2 days",
]
CHECKS = [
    ("SENTENCE", durations.SENTENCE, durations._SENTENCE_WORDS),
    ("DETENTION_FOR", durations.DETENTION_FOR, durations._DETENTION_WORDS),
    ("RAIN_WINDOW", durations.RAIN_WINDOW, ("rain",)),
]


@pytest.mark.parametrize(("name", "pattern", "words"), CHECKS, ids=[c[0] for c in CHECKS])
def test_every_match_holds_a_word(name: str, pattern: re.Pattern[str],
                                  words: tuple[str, ...]) -> None:
    seen = 0
    texts = [p.read_text(encoding="utf-8") for p in TEXTS if p.is_file()]
    for text in [*texts, *PHRASES]:
        for m in pattern.finditer(text):
            seen += 1
            assert contains_any(make_document(m.group()), words), (name, m.group())
    assert seen, f"{name} matches nothing in the test texts: the check proves nothing"

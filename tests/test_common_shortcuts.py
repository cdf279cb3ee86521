"""Shortcuts in the shared extraction machinery that must not change a claim: the
live-blog time stamp check read once per article, and the article's full names read
only when a role's name needs them."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract import extract
from factcheck.extract.common import _ENTRY_TIME, _has_entry_times

from .conftest import SAMPLE_TEXTS as TEXTS
from .conftest import make_document

_CRAFTED = [
    "",
    "\n",
    "09:15 - Rescue teams reach the village\nMore text.",
    "Headline\n\n**16:40** - The toll rises to 12.",
    "Headline\n\n  3.05 p.m. — Officials speak.",
    "Headline\n\n[10:05] | Update",
    "Headline\n\n# 7:30am: Polls open",
    "Headline\n\n2 people died. 10:30 was the time.",
    "Headline\n\n12.50 per share\n1999 was a year.",
    "Headline\n\n 24:99 - no time, but a stamp's shape",
]


@pytest.mark.parametrize("text", [*(p.read_text(encoding="utf-8") for p in TEXTS
                                    if p.is_file()), *_CRAFTED])
def test_entry_times_found_at_every_line_start(text: str) -> None:
    starts = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
    expected = any(_ENTRY_TIME.match(text, s) for s in starts)
    assert _has_entry_times(make_document(text)) == expected


def test_crafted_entry_times() -> None:
    found = [_has_entry_times(make_document(t)) for t in _CRAFTED]
    assert found == [False, False, True, True, True, True, True, False, False, True]


def test_a_lone_surname_still_finds_the_full_name() -> None:
    text = ("Rescuers Search Rubble\n\nMaria Lind arrived in Oslo on Monday. Lind, the finance "
            "minister, said the budget would pass.\n")
    roles = [(c.key, c.value) for c in extract(make_document(text, dt.date(2025, 3, 3)))
             if c.kind == "role"]
    assert roles == [("maria lind", "finance minister")]

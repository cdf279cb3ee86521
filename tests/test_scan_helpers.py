"""The helpers of `factcheck.extract.scan` against the plain computations they replace."""

from __future__ import annotations

import re
from pathlib import Path

import factcheck.extract  # noqa: F401  (runs compact_modules)
from factcheck.extract import durations, scan

from .conftest import make_document

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted([*ROOT.glob("seeds/*"), *ROOT.glob("factcheck/extract/corpus/*.txt")])


def _found(matches: object) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


def _runs_counted_forward(text: str, junction: int) -> int:
    lo = max(0, junction - scan._LOOK_BACK)
    runs = [m.start() for m in re.finditer(r"\s+", text[lo:junction])]
    return lo + runs[-scan._MAX_RUNS] if len(runs) >= scan._MAX_RUNS else 0


def test_run_floor_counts_the_runs_back_from_the_junction() -> None:
    texts = [p.read_text(encoding="utf-8") for p in TEXTS if p.is_file()]
    tricky = ["a  b\t\n c " * 30, " " * 500 + "x", "x" * 500, "a b " * 10 + "   ",
              "w " * 30 + "  ", "w\u00a0" * 40]
    for text in tricky:
        for junction in range(len(text) + 1):
            assert scan._run_floor(text, junction) == _runs_counted_forward(text, junction)
    for text in texts:
        for junction in range(0, len(text), 7):
            assert scan._run_floor(text, junction) == _runs_counted_forward(text, junction)


# where the verbs and units stand in any case, and in letters `re` folds to ASCII
DURATIONS = ["The talks LASTED two hours; RUNNING for 2 days, ſat for 3 weeks",
             "Iran ran for a year, the summit spanned 3 days, went  on for an hour",
             "xlasted 2 hours, lasting\n90 minutes, a 90-minute-long meeting, 5 ſecs",
             "stretched over 12 months, met for a ſecond time, spoke for 20 MIN, 3 hrs",
             "negotiated for a decade- night-long talks, a 14-Year term, Kday 5\u00a0days"]


def test_occurrences_anchor_durations_scans() -> None:
    texts = [p.read_text(encoding="utf-8") for p in TEXTS if p.is_file()]
    for raw in [*texts, *DURATIONS, " ".join(DURATIONS)]:
        doc = make_document(raw)
        text = doc.text
        verbal = scan.anchored_finditer(durations.VERBAL, text,
                                        scan.occurrences(doc, durations._VERBAL_STARTS), 0)
        assert _found(verbal) == _found(durations.VERBAL.finditer(text))
        units = scan.anchored_finditer(durations.UNIT_JUNCTION, text,
                                       scan.occurrences(doc, durations._UNIT_STARTS), 1)
        assert _found(units) == _found(durations.UNIT_JUNCTION.finditer(text))

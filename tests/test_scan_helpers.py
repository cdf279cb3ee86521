"""The helpers of `factcheck.extract.scan` against the plain computations they replace."""

from __future__ import annotations

import re
from pathlib import Path

from factcheck.extract import scan

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted([*ROOT.glob("seeds/*"), *ROOT.glob("factcheck/extract/corpus/*.txt")])


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

"""A weekday that does not fit its date is reported against the calendar."""

from __future__ import annotations

from pathlib import Path

from factcheck.api import build_report


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "story.txt"
    p.write_text(text, encoding="utf-8")
    return p


def test_wrong_weekday_is_reported(tmp_path: Path) -> None:
    p = _write(tmp_path, "Quake hits coast\nThe earthquake struck on Sunday, March 3, 2025.\n")
    report = build_report([p])
    (conflict,) = report.conflicts
    assert conflict.kind == "weekday"
    assert [v.value for v in conflict.values] == ["Sunday", "Monday"]
    assert conflict.majority == "Monday" and conflict.outliers == ["story"]
    assert conflict.values[0].evidence[0].line == 2


def test_right_weekday_is_not(tmp_path: Path) -> None:
    p = _write(tmp_path, "Quake hits coast\nThe earthquake struck on Monday, March 3, 2025.\n")
    assert build_report([p]).conflicts == []

"""A live blog revises its figures during the day: only its latest entry counts."""

from __future__ import annotations

from pathlib import Path

from factcheck.api import build_report

BLOG = (
    "Heatwave live: deaths rise in Spain\n"
    "Published 20 June 2025\n"
    "15:15 - UPDATE: The health ministry has revised the death toll. Thirteen people have "
    "now died of heat-related causes in Spain.\n"
    "09:45 - The health ministry says nine people have died from heat-related causes.\n"
)
WIRE = (
    "Spain heatwave kills 13\n"
    "MADRID, June 20 (Reuters) - Thirteen people have died in Spain's heatwave, the health "
    "ministry said on Friday.\n"
)


def _write(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_earlier_entry_of_a_live_blog_is_superseded(tmp_path: Path) -> None:
    folder = _write(tmp_path, {"blog.txt": BLOG, "wire.txt": WIRE,
                               "wire2.txt": WIRE.replace("Reuters", "AFP")})
    report = build_report([folder])
    assert report.conflicts == []
    deaths = [a for a in report.agreements if a.claim == "people killed"]
    assert deaths and {v.value for v in deaths[0].values} == {13}


def test_a_source_that_disagrees_with_the_latest_entry_is_named(tmp_path: Path) -> None:
    folder = _write(tmp_path, {"blog.txt": BLOG, "wire.txt": WIRE,
                               "other.txt": WIRE.replace("Thirteen", "Twelve")})
    (conflict,) = build_report([folder]).conflicts
    assert sorted(v.value for v in conflict.values) == [12, 13]
    assert conflict.outliers == ["other"]


DAYS_BLOG = (
    "LIVE: Mine explosion - minute by minute\n"
    "Live coverage ended Thursday, February 20, 2025\n"
    "\n"
    "THURSDAY, FEBRUARY 20\n"
    "\n"
    "8:40 a.m. - Last bodies recovered\n"
    "Rescuers have recovered the bodies of all 14 miners who died.\n"
    "\n"
    "FEBRUARY 19\n"
    "\n"
    "10:05 a.m. - Toll rises\n"
    "Eleven people are now confirmed dead, the mining agency says.\n"
)
MINE_WIRE = (
    "Mine blast kills 14\n"
    "SOCHA, Colombia, Feb 20 (Andean Press) - Fourteen people were killed in an explosion "
    "at a coal mine, the mining agency said on Thursday.\n"
)


def test_a_later_day_s_entry_supersedes_whoever_it_counts(tmp_path: Path) -> None:
    # 10:05 on the 19th is earlier than 8:40 on the 20th, and the 14 miners who died
    # supersede the 11 people of the day before
    folder = _write(tmp_path, {"blog.txt": DAYS_BLOG, "wire.txt": MINE_WIRE,
                               "wire2.txt": MINE_WIRE.replace("Andean", "Sierra")})
    report = build_report([folder], group="none")
    assert [c for c in report.conflicts if c.kind == "count"] == []

"""Golden files: the seed report's exact output in each format of `factcheck report`.

Regenerate after an intended change with `FACTCHECK_UPDATE_GOLDEN=1 make test`, then
read the diff: every changed line is a changed finding.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

from .conftest import ROOT

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("FACTCHECK_UPDATE_GOLDEN") == "1"


def check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"missing golden file {name}: run with FACTCHECK_UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")


@pytest.fixture
def at_root(monkeypatch: pytest.MonkeyPatch, cli_env: dict[str, str]) -> None:
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize("fmt,suffix", [("table", "txt"), ("json", "json")])
def test_seed_report(at_root: None, fmt: str, suffix: str) -> None:
    result = CliRunner().invoke(app, ["report", "seeds", "--format", fmt, "--isolated"])
    assert result.exit_code == 0, result.output
    check_golden(f"report_seeds.{suffix}", result.stdout)


def test_seed_report_finds_the_known_conflicts(at_root: None) -> None:
    """What the issue asks of the seeds, stated independently of the golden file."""
    result = CliRunner().invoke(app, ["report", "seeds", "-f", "json", "--isolated"])
    doc = json.loads(result.stdout)
    by_values = {
        (c["kind"], tuple(sorted(str(v["value"]) for v in c["values"]))): c
        for c in doc["conflicts"]
    }
    agreements = by_values[("count", ("14", "15"))]
    assert agreements["majority"] == 14
    assert agreements["outliers"] == ["003_34438149552d15ae"]
    fifteen = next(v for v in agreements["values"] if v["value"] == 15)
    assert fifteen["evidence"][0]["line"] == 5 and fifteen["evidence"][0]["column"] == 248
    visit = by_values[("year", ("2017", "2019"))]
    assert visit["majority"] == 2019 and visit["outliers"] == ["003_34438149552d15ae"]
    assert visit["qualifiers"] == ["official visit", "state visit"]
    # no conflict pairs the governments' agreements with the companies' MoUs or with
    # the seven MoUs of the earlier summit in Gyeongju (a teaser)
    for c in doc["conflicts"]:
        values = {v["value"] for v in c["values"]}
        assert not values & {7, 9} or c["kind"] != "count", c
    # the 90-minute length written with U+2011 in 004 corroborates the others
    ninety = next(a for a in doc["agreements"] if a["values"][0]["value"] == "90 minutes")
    assert "004_108fa00517ad3967" in ninety["values"][0]["sources"]
    companies = next(a for a in doc["agreements"] if a["claim"].endswith("(companies)"))
    assert companies["values"][0]["value"] == 9

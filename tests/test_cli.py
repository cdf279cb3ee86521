"""The command line as users call it: exit codes, formats, bad input, atomic output."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from factcheck import __version__
from factcheck.cli import app

from .conftest import SEEDS

runner = CliRunner()


def run(*args: str, input: bytes | str | None = None):  # noqa: ANN201
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def seeds_copy(in_tmp: Path) -> Path:
    shutil.copytree(SEEDS, in_tmp / "seeds")
    return in_tmp / "seeds"


def test_version(cli_env: dict[str, str]) -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"factcheck {__version__}"


@pytest.mark.parametrize("command", ["report", "claims", "schema"])
def test_every_command_has_help_with_an_example(cli_env: dict[str, str], command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout
    assert f"factcheck {command}" in result.stdout


def test_report_defaults_to_seeds_folder(cli_env: dict[str, str], seeds_copy: Path) -> None:
    result = run("report")
    assert result.exit_code == 0, result.output
    assert "number of agreements" in result.stdout
    assert result.stdout.rstrip().endswith("corroborated")


def test_report_json_validates_against_schema(cli_env: dict[str, str], in_tmp: Path) -> None:
    report = run("report", str(SEEDS), "--format", "json")
    schema = run("schema")
    assert report.exit_code == 0 and schema.exit_code == 0
    doc = json.loads(report.stdout)
    jsonschema.validate(doc, json.loads(schema.stdout))
    assert doc["schema_version"] == 1
    assert {s["id"] for s in doc["sources"]} == {p.stem for p in SEEDS.glob("*.txt")}


def test_report_json_is_byte_identical_across_runs(cli_env: dict[str, str]) -> None:
    first = run("report", str(SEEDS), "-f", "json").stdout
    second = run("report", str(SEEDS), "-f", "json").stdout
    assert first == second


def test_format_from_environment(cli_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_FORMAT", "json")
    result = run("report", str(SEEDS))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["schema_version"] == 1


def test_unknown_format_is_a_usage_error(cli_env: dict[str, str]) -> None:
    result = run("report", str(SEEDS), "--format", "yaml")
    assert result.exit_code == 2
    assert "unknown format 'yaml'" in result.stderr


def test_output_file_written_atomically(cli_env: dict[str, str], in_tmp: Path) -> None:
    target = in_tmp / "out.json"
    target.write_text("old")
    result = run("report", str(SEEDS), "-f", "json", "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(target.read_text())["schema_version"] == 1
    assert [p.name for p in in_tmp.iterdir()] == ["out.json"]  # no temp file left behind


def test_output_into_missing_folder_fails_cleanly(cli_env: dict[str, str], in_tmp: Path) -> None:
    result = run("report", str(SEEDS), "-o", str(in_tmp / "nope" / "out.txt"))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "does not exist" in result.stderr


def test_stdin(cli_env: dict[str, str]) -> None:
    text = (SEEDS / "003_34438149552d15ae.txt").read_bytes()
    result = run("claims", "-", "-f", "jsonl", input=text)
    assert result.exit_code == 0, result.output
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(c["value"] == 15 and c["evidence"]["source"] == "stdin" for c in claims)


def test_claims_json_lists_sources_and_claims(cli_env: dict[str, str]) -> None:
    result = run("claims", str(SEEDS / "004_108fa00517ad3967.txt"), "-f", "json")
    doc = json.loads(result.stdout)
    assert doc["sources"][0]["id"] == "004_108fa00517ad3967"
    ninety = [c for c in doc["claims"] if c["kind"] == "duration"]
    # the U+2011 hyphen is normalized for matching but kept in the evidence
    assert ninety and ninety[0]["value"] == "90 minutes"
    assert "\u2011" in ninety[0]["evidence"]["text"]


# --- bad input: one line, exit 2, never a traceback ----------------------------------


def _one_line_error(result, needle: str) -> None:  # noqa: ANN001
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("factcheck: error: ")
    assert needle in lines[0]


def test_missing_path(cli_env: dict[str, str], in_tmp: Path) -> None:
    _one_line_error(run("report", "nope.txt"), "no such file or directory")


def test_empty_file(cli_env: dict[str, str], in_tmp: Path) -> None:
    (in_tmp / "empty.txt").write_text("  \n")
    _one_line_error(run("report", "empty.txt"), "empty file")


def test_binary_file(cli_env: dict[str, str], in_tmp: Path) -> None:
    (in_tmp / "blob.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    _one_line_error(run("report", "blob.txt"), "binary file")


def test_latin1_file(cli_env: dict[str, str], in_tmp: Path) -> None:
    (in_tmp / "latin.txt").write_bytes("Le président a signé 14 accords à Pékin.".encode("latin-1"))
    _one_line_error(run("report", "latin.txt"), "not UTF-8")


def test_utf16_file(cli_env: dict[str, str], in_tmp: Path) -> None:
    (in_tmp / "wide.txt").write_bytes("14 agreements were signed.".encode("utf-16"))
    _one_line_error(run("report", "wide.txt"), "UTF-16")


def test_bad_file_inside_folder_is_skipped_with_warning(cli_env: dict[str, str],
                                                         seeds_copy: Path) -> None:
    (seeds_copy / "zz_latin.txt").write_bytes("Pékin".encode("latin-1"))
    (seeds_copy / "zz_empty.md").write_text("")
    result = run("report", "seeds", "-f", "json")
    assert result.exit_code == 0
    assert "warning: skipped" in result.stderr and "zz_latin.txt" in result.stderr
    assert "zz_empty.md" in result.stderr
    ids = {s["id"] for s in json.loads(result.stdout)["sources"]}
    assert "zz_latin" not in ids and len(ids) == 5
    assert (seeds_copy / "zz_latin.txt").read_bytes() == "Pékin".encode("latin-1")  # untouched


def test_folder_of_only_bad_files(cli_env: dict[str, str], in_tmp: Path) -> None:
    (in_tmp / "d").mkdir()
    (in_tmp / "d" / "a.txt").write_text("")
    result = run("report", "d")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "factcheck: warning: skipped d/a.txt: empty file",
        "factcheck: error: no readable articles in d",
    ]


def test_no_path_and_no_seeds(cli_env: dict[str, str], in_tmp: Path) -> None:
    _one_line_error(run("report"), "no PATH given")


def test_configured_paths(cli_env: dict[str, str], seeds_copy: Path) -> None:
    (seeds_copy.parent / "articles").mkdir()
    shutil.copy(seeds_copy / "000_893861bcec1ecce9.txt", seeds_copy.parent / "articles")
    shutil.copy(seeds_copy / "003_34438149552d15ae.txt", seeds_copy.parent / "articles")
    (seeds_copy.parent / "pyproject.toml").write_text('[tool.factcheck]\npaths = ["articles"]\n')
    doc = json.loads(run("report", "-f", "json").stdout)
    assert [s["id"] for s in doc["sources"]] == ["000_893861bcec1ecce9", "003_34438149552d15ae"]


def test_unknown_config_key(cli_env: dict[str, str], seeds_copy: Path) -> None:
    (seeds_copy.parent / "factcheck.toml").write_text('fial_on = "high"\n')
    _one_line_error(run("report"), "unknown key 'fial_on'")


def test_report_formats_match_the_renderers() -> None:
    from factcheck.cli import REPORT_FORMATS
    from factcheck.render import FORMATS

    assert sorted(REPORT_FORMATS) == sorted(FORMATS)


@pytest.mark.parametrize("fmt", ["markdown", "csv", "github", "junit", "sarif"])
def test_report_renders_every_format_and_exits_zero(cli_env: dict[str, str], fmt: str) -> None:
    result = run("report", str(SEEDS), "-f", fmt, "--isolated")
    assert result.exit_code == 0, result.output
    assert "agreements" in result.stdout or "15" in result.stdout


def test_output_never_overwrites_an_input(cli_env: dict[str, str], seeds_copy: Path) -> None:
    article = seeds_copy / "003_34438149552d15ae.txt"
    before = article.read_bytes()
    _one_line_error(run("report", "seeds", "-o", str(article)), "is an input article")
    assert article.read_bytes() == before
    _one_line_error(run("report", "seeds", "-o", "seeds/report.md"), "read as an article")
    assert not (seeds_copy / "report.md").exists()
    assert run("report", "seeds", "-f", "json", "-o", "seeds/report.json").exit_code == 0

"""`factcheck check` and `factcheck baseline`: the review workflow end to end, stable
conflict ids, the gate's decisions, the baseline file, configuration, and the examples/
a newsroom copies."""

from __future__ import annotations

import hashlib
import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.api import build_report
from factcheck.baseline import Baseline, BaselineEntry, dumps, entry_for, parse
from factcheck.cli import app
from factcheck.gate import gate, repo_path
from factcheck.match import Group
from factcheck.models import Claim, Conflict, Evidence, Report, Resolution, Summary, ValueReport
from factcheck.reconcile import fingerprint

from .conftest import ROOT, SEEDS

runner = CliRunner()

# A new wire story about the same Beijing summit that gives another length.
NEW_STORY = """Lee and Xi hold two-hour summit in Beijing

BEIJING, Jan 5, 2026 - South Korean President Lee Jae-myung and Chinese President Xi \
Jinping met in Beijing on Monday for a two-hour summit, officials said.

The leaders discussed trade and North Korea during the talks.
"""

# An article about an unrelated event: it must not change any seed conflict's id.
UNRELATED_STORY = """Magnitude 6.1 earthquake shakes southern Peru

AREQUIPA, March 3, 2025 - A magnitude 6.1 earthquake struck southern Peru on Monday,
killing 3 people and damaging 40 homes, the civil defence institute said.

Rescue teams worked for 12 hours to clear roads near the epicentre.
"""


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def conflicts_json(*args: str) -> list[dict]:  # type: ignore[type-arg]
    code, out, err = run("check", *args, "--format", "json")
    assert code in (0, 1), err
    return json.loads(out)["conflicts"]  # type: ignore[no-any-return]


@pytest.fixture
def newsroom(in_tmp: Path, cli_env: dict[str, str]) -> Path:
    """A newsroom repository: the seed articles in seeds/, nothing else."""
    shutil.copytree(SEEDS, in_tmp / "seeds")
    return in_tmp


# --- the issue's end-to-end test ----------------------------------------------------


def test_review_workflow_end_to_end(newsroom: Path) -> None:
    # 1. the seeds hold unresolved conflicts: check fails
    code, out, err = run("check")
    assert code == 1, err
    assert "unresolved conflict" in err
    first = conflicts_json()
    assert first and all(c["status"] == "open" for c in first)

    # 2. the desk reviews them and records a baseline: check passes
    code, _, err = run("baseline")
    assert code == 0, err
    assert f"wrote {len(first)} conflicts to factcheck-baseline.json" in err
    saved = json.loads((newsroom / "factcheck-baseline.json").read_text(encoding="utf-8"))
    assert saved["version"] == 1 and saved["tool"] == "factcheck"
    assert [e["id"] for e in saved["conflicts"]] == sorted(c["id"] for c in first)
    code, out, err = run("check")
    assert code == 0, out + err
    assert "No conflicts to show." in out
    assert f"({len(first)} baselined)" in err

    # 3. a new story gives another length of the summit: check fails on that one only
    (newsroom / "seeds" / "005_wire_update.txt").write_text(NEW_STORY, encoding="utf-8")
    code, out, err = run("check")
    assert code == 1
    shown = conflicts_json()
    assert len(shown) == 1
    new = shown[0]
    assert (new["kind"], new["claim"], new["status"]) == ("duration", "length of the summit",
                                                          "open")
    assert {v["value"] for v in new["values"]} == {"90 minutes", "2 hours"}
    assert new["outliers"] == ["005_wire_update"]
    assert new["id"] not in {c["id"] for c in first}
    assert err.count("unresolved conflict") == 1 and new["id"] in err
    assert "[MEDIUM] duration: length of the summit" in out
    for old in first:  # the reviewed ones are neither shown nor named
        assert old["id"] not in out

    # 4. the editor records a decision: check passes and the report shows it
    (newsroom / "factcheck.toml").write_text(
        f'[resolutions.{new["id"]}]\n'
        'correct = "90 minutes"\n'
        "note = \"confirmed with the presidential office's schedule\"\n"
        'by = "J. Park, world desk"\n'
        'date = "2026-01-06"\n',
        encoding="utf-8",
    )
    code, out, err = run("check")
    assert code == 0, out + err
    assert "RESOLVED" in out
    assert ("resolved: correct value 90 minutes: confirmed with the presidential office's "
            "schedule (J. Park, world desk, 2026-01-06)") in out
    assert "outliers: 005_wire_update" in out
    (resolved,) = conflicts_json()
    assert resolved["status"] == "resolved"
    assert resolved["resolution"]["by"] == "J. Park, world desk"
    assert resolved["outliers"] == ["005_wire_update"]
    code, out, _ = run("check", "--format", "markdown")
    assert code == 0 and "(wrong: 005_wire_update)" in out


def test_a_changed_baselined_conflict_fails_again(newsroom: Path) -> None:
    assert run("baseline")[0] == 0
    count = next(c for c in conflicts_json("--no-baseline")
                 if c["kind"] == "count" and c["claim"] == "number of agreements")
    (newsroom / "seeds" / "006_more.txt").write_text(
        "Lee and Xi sign accords\n\nBEIJING, Jan 5, 2026 - South Korea and China signed "
        "16 agreements in Beijing on Monday, officials said.\n", encoding="utf-8")
    code, out, err = run("check", "--format", "json")
    assert code == 1
    (changed,) = [c for c in json.loads(out)["conflicts"] if c["id"] == count["id"]]
    assert changed["status"] == "open"
    assert changed["why"].startswith("Changed since the baseline: new value 16 (reviewed: 14, 15)")
    # a new source repeating a reviewed value does not reopen it
    (newsroom / "seeds" / "006_more.txt").write_text(
        "Lee and Xi sign accords\n\nBEIJING, Jan 5, 2026 - South Korea and China signed "
        "15 agreements in Beijing on Monday, officials said.\n", encoding="utf-8")
    assert run("check")[0] == 0


def test_stale_baseline_entries_warn_and_fail_only_when_strict(newsroom: Path) -> None:
    assert run("baseline")[0] == 0
    (newsroom / "seeds" / "003_34438149552d15ae.txt").unlink()  # the 15 and the 2017 go
    code, _, err = run("check")
    assert code == 0
    assert re.search(r"warning: factcheck-baseline\.json: entry \w+ \(count: number of "
                     r"agreements\) matches no current conflict", err)
    assert run("check", "--strict-baseline")[0] == 1
    (newsroom / "factcheck.toml").write_text("strict_baseline = true\n", encoding="utf-8")
    assert run("check")[0] == 1
    assert run("check", "--no-strict-baseline")[0] == 0  # the flag wins
    code, _, err = run("baseline")
    assert code == 0 and re.search(r"\(0 new, \d+ kept, 2 dropped\)", err)
    assert run("check")[0] == 0


# --- stable ids ---------------------------------------------------------------------


def _ids_and_values(report: Report) -> dict[str, set[str]]:
    return {c.id: {str(v.value) for v in c.values} for c in report.conflicts}


def test_conflict_ids_are_stable(tmp_path: Path) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    reference = _ids_and_values(build_report([SEEDS]))
    assert reference
    # across runs
    assert _ids_and_values(build_report([SEEDS])) == reference
    # across file order and names: the same articles, renamed so they sort in reverse,
    # some in a subfolder
    renamed = tmp_path / "renamed"
    (renamed / "wire").mkdir(parents=True)
    for i, f in enumerate(seeds):
        folder = renamed / "wire" if i % 2 else renamed
        shutil.copy(f, folder / f"{len(seeds) - i:02d}_story_{i}.txt")
    assert _ids_and_values(build_report([renamed])) == reference
    assert _ids_and_values(build_report(list(reversed(seeds)))) == reference
    # with an unrelated article added
    (renamed / "quake.txt").write_text(UNRELATED_STORY, encoding="utf-8")
    with_quake = _ids_and_values(build_report([renamed]))
    assert {k: v for k, v in with_quake.items() if k in reference} == reference
    assert set(reference) <= set(with_quake)


def _claim(source: str, value: int, scope: dict[str, str], line: int = 1) -> Claim:
    ev = Evidence(source=source, path=f"{source}.txt", line=line, column=1, end_line=line,
                  end_column=3, text=str(value), quote=f"{value} agreements", zone="body")
    return Claim(kind="count", key="agreement", claim="number of agreements", value=value,
                 scope=scope, evidence=ev)


def test_fingerprint_ignores_order_and_a_minority_scope() -> None:
    claims = [_claim("a", 14, {"place": "Beijing"}), _claim("b", 14, {"place": "beijing"}),
              _claim("c", 15, {"place": "Beijing"})]
    ids = {fingerprint(Group("count", "agreement", {}, order))
           for order in (claims, claims[::-1], claims[1:] + claims[:1])}
    assert len(ids) == 1
    # two more articles that name no place, one that names another spelling: same id
    more = claims + [_claim("d", 14, {}), _claim("e", 14, {}), _claim("f", 14, {"place": "Pekin"})]
    assert fingerprint(Group("count", "agreement", {}, more)) in ids
    # a wholly different scope is a different claim
    other = [_claim("a", 14, {"place": "Seoul"}), _claim("b", 15, {"place": "Seoul"})]
    assert fingerprint(Group("count", "agreement", {}, other)) not in ids


def _id_of(scope: str) -> str:
    return hashlib.sha1(f"count|agreement|{scope}".encode()).hexdigest()[:12]


def test_fingerprint_votes_one_value_per_source_ties_to_the_smallest() -> None:
    # "a" names two places once each: its vote is the smallest, Busan; with "c" that is
    # two sources of three for Busan
    claims = [_claim("a", 14, {"place": "Seoul"}), _claim("a", 14, {"place": "Busan"}, line=2),
              _claim("b", 14, {"place": "Seoul"}), _claim("c", 15, {"place": "Busan", "who": "x"})]
    assert fingerprint(Group("count", "agreement", {}, claims)) == _id_of(
        "place=Busan,subject=principal")
    # a field only a minority fills is left out; a field's default counts as filled
    claims = [_claim("a", 14, {"place": "Seoul", "subject": "companies"}),
              _claim("b", 14, {}), _claim("c", 14, {})]
    assert fingerprint(Group("count", "agreement", {}, claims)) == _id_of("subject=principal")


def test_a_group_of_one_source_is_not_several() -> None:
    one = Group("count", "agreement", {}, [_claim("a", 14, {}), _claim("a", 15, {}, line=2)])
    assert not one.several_sources and not Group("count", "agreement").several_sources
    assert Group("count", "agreement", {}, [_claim("a", 14, {}), _claim("b", 14, {})]
                 ).several_sources


# --- the gate, as a library ---------------------------------------------------------


def _conflict(cid: str, severity: str, values: dict[str, list[str]],
              majority: str | None = None) -> Conflict:
    vrs = []
    for value, sources in values.items():
        evs = [Evidence(source=s, path=f"{s}.txt", line=1, column=1, end_line=1, end_column=3,
                        text=value, quote=value, zone="body") for s in sources]
        vrs.append(ValueReport(value=value, text=value, sources=sources, evidence=evs))
    outliers = sorted(s for v, ss in values.items() if majority and v != majority for s in ss)
    return Conflict(id=cid, kind="count", claim="c", severity=severity,  # type: ignore[arg-type]
                    values=vrs, majority=majority, outliers=outliers, why="why")


def _rep(*conflicts: Conflict) -> Report:
    return Report(sources=[], conflicts=list(conflicts), agreements=[],
                  summary=Summary(sources=0, claims=0, aligned=0, conflicts=len(conflicts),
                                  agreements=0))


def test_fail_on_and_min_severity_are_kept_apart() -> None:
    report = _rep(_conflict("h", "high", {"1": ["a"], "2": ["b"]}),
                  _conflict("l", "low", {"1": ["a"], "3": ["c"]}))
    r = gate(report, fail_on="high", min_severity="low")
    assert [c.id for c in r.failing] == ["h"] and r.failed
    assert [c.id for c in r.report.conflicts] == ["h", "l"]
    r = gate(report, fail_on="low", min_severity="high")
    assert [c.id for c in r.failing] == ["h", "l"]
    assert [c.id for c in r.report.conflicts] == ["h"]
    assert [c.id for c in r.hidden_failing] == ["l"]
    assert r.report.summary.conflicts == 1
    r = gate(_rep(_conflict("l", "low", {"1": ["a"], "3": ["c"]})), fail_on="medium")
    assert not r.failed and [c.id for c in r.report.conflicts] == ["l"]


def test_resolutions_name_the_wrong_sources_and_warn_when_unused() -> None:
    report = _rep(_conflict("x", "high", {"14": ["a", "b"], "15": ["c"]}, majority="14"))
    r = gate(report, resolutions={"x": Resolution(correct="15", note="n"),
                                  "gone": Resolution(note="old")})
    (c,) = r.report.conflicts
    assert c.status == "resolved" and c.outliers == ["a", "b"] and not r.failed
    assert r.warnings == ("resolution gone matches no current conflict; remove it",)
    r = gate(report, resolutions={"x": Resolution(correct="16")})
    assert r.warnings[0].startswith("resolution x: correct value '16' is none of the values")


def test_against_keeps_the_drafts_conflicts_and_checks_them_against_decisions() -> None:
    report = _rep(_conflict("x", "high", {"14": ["w1", "w2"], "15": ["draft"]}, majority="14"),
                  _conflict("y", "high", {"1": ["w1"], "2": ["w2"]}))
    r = gate(report, drafts={"draft"})
    assert [c.id for c in r.report.conflicts] == ["x"] and r.failed
    r = gate(report, drafts={"draft"}, resolutions={"x": Resolution(correct="14")})
    (c,) = r.report.conflicts
    assert c.status == "open" and r.failed
    assert c.why.startswith("The draft contradicts the recorded decision (correct: 14): draft.")
    r = gate(report, drafts={"draft"}, resolutions={"x": Resolution(correct="15")})
    assert r.report.conflicts[0].status == "resolved" and not r.failed


def test_baseline_file_round_trip_and_errors() -> None:
    c = _conflict("x", "high", {"14": ["a"], "15": ["b"]})
    text = dumps([entry_for(c), BaselineEntry("a", "date", "d", ("2026-01-05",))])
    doc = json.loads(text)
    assert [e["id"] for e in doc["conflicts"]] == ["a", "x"] and text.endswith("}\n")
    assert parse(text, "b.json").entries["x"].values == ("14", "15")
    for bad, why in [("{", "not JSON"), ("[]", "not a factcheck baseline"),
                     ('{"tool": "factcheck", "version": 9, "conflicts": []}', "version 9"),
                     ('{"tool": "factcheck", "version": 1, "conflicts": [{"id": 1}]}',
                      "bad baseline entry 1")]:
        with pytest.raises(Exception, match=re.escape(why)):
            parse(bad, "b.json")
    r = gate(_rep(c), baseline=Baseline({"x": entry_for(c)}))
    assert not r.failed and r.report.conflicts == [] and len(r.baselined) == 1
    r = gate(_rep(c), baseline=Baseline({"x": entry_for(c)}), show_baselined=True)
    assert r.report.conflicts[0].status == "baselined"


# --- the CLI: baseline file safety, errors, configuration, --against ------------------


def test_baseline_refuses_to_overwrite_other_files(newsroom: Path) -> None:
    story = newsroom / "seeds" / "000_893861bcec1ecce9.txt"
    before = story.read_bytes()
    code, _, err = run("baseline", "--baseline", str(story))
    assert code == 2
    assert err.strip().count("\n") == 0  # one line
    assert "exists and is not a factcheck baseline; refusing to overwrite it" in err
    assert story.read_bytes() == before
    config = newsroom / "pyproject.toml"
    config.write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert run("baseline", "--baseline", "pyproject.toml")[0] == 2
    assert config.read_text(encoding="utf-8") == '[project]\nname = "x"\n'
    assert sorted(p.name for p in newsroom.iterdir()) == ["pyproject.toml", "seeds"]


def test_a_missing_or_malformed_baseline_is_a_one_line_error(newsroom: Path) -> None:
    for args in (["--baseline", "none.json"], ["--baseline", "seeds/000_893861bcec1ecce9.txt"]):
        code, out, err = run("check", *args, "--exit-zero")
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and err.startswith("factcheck: error: ")
    (newsroom / "factcheck.toml").write_text('baseline = "review/baseline.json"\n',
                                             encoding="utf-8")
    code, _, err = run("check")
    assert code == 2 and "review/baseline.json: no such baseline file" in err
    assert run("check", "--no-baseline")[0] == 1


def test_configuration_is_found_walking_up_and_flags_win(newsroom: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    everything = conflicts_json("seeds", "--isolated")
    severities = {c["severity"] for c in everything}
    (newsroom / "pyproject.toml").write_text(
        '[tool.factcheck]\npaths = ["seeds"]\nfail_on = "high"\nmin_severity = "high"\n'
        'format = "csv"\n', encoding="utf-8")
    sub = newsroom / "drafts" / "deep"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    # found from two folders down; its paths are relative to it; its format is used
    code, out, _ = run("check")
    assert out.startswith("id,severity,status,")
    has_high = "high" in severities
    assert code == (1 if has_high else 0)
    shown = conflicts_json()  # --format json wins over format = "csv"
    assert [c["id"] for c in shown] == [c["id"] for c in everything if c["severity"] == "high"]
    # flags win over the file
    assert {c["severity"] for c in conflicts_json("--min-severity", "low")} == severities
    assert run("check", "--fail-on", "low")[0] == 1
    assert run("check", "--isolated", "../../seeds")[0] == 1  # --isolated: no file at all


@pytest.mark.parametrize("content,message", [
    ("fail_on = \"urgent\"\n", "factcheck.toml: top level: bad value for 'fail_on'"),
    ("colour = true\n", "factcheck.toml: top level: unknown key 'colour'"),
    ("[resolutions.abc]\ncorrect = 14\nnotes = \"x\"\n",
     "factcheck.toml: top level: unknown key 'resolutions.abc.notes'"),
    ("strict_baseline = \"yes please\"\n", "bad value for 'strict_baseline'"),
    ("against = \"wire\"\n", "bad value for 'against'"),
])
def test_bad_configuration_stops_with_exit_2(newsroom: Path, content: str, message: str) -> None:
    (newsroom / "factcheck.toml").write_text(content, encoding="utf-8")
    code, out, err = run("check", "--exit-zero")
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1


def test_bad_flags_exit_2(newsroom: Path) -> None:
    assert run("check", "--fail-on", "urgent")[0] == 2
    assert run("check", "--min-severity", "none")[0] == 2
    code, _, err = run("check", "--format", "xml")
    assert code == 2 and "unknown format 'xml'" in err


def test_against_reports_only_the_drafts_conflicts(newsroom: Path) -> None:
    drafts = newsroom / "drafts"
    drafts.mkdir()
    (drafts / "story.md").write_text(
        "# Lee and Xi meet in Beijing\n\nBEIJING — South Korean President Lee Jae-myung and "
        "Chinese President Xi Jinping held a two-hour summit in Beijing on January 5, 2026.\n",
        encoding="utf-8")
    shown = conflicts_json("drafts", "--against", "seeds")
    assert shown
    assert all(any("story" in v["sources"] for v in c["values"]) for c in shown)
    duration = next(c for c in shown if c["kind"] == "duration")
    assert duration["outliers"] == ["story"]
    assert len(shown) < len(conflicts_json("drafts", "seeds"))
    # configured reference copy, and a decision the draft contradicts
    (newsroom / "factcheck.toml").write_text(
        f'against = ["seeds"]\n[resolutions.{duration["id"]}]\ncorrect = "90 minutes"\n',
        encoding="utf-8")
    code, out, err = run("check", "drafts", "-f", "json")
    assert code == 1
    again = next(c for c in json.loads(out)["conflicts"] if c["id"] == duration["id"])
    assert again["status"] == "open"
    assert again["why"].startswith("The draft contradicts the recorded decision")
    assert run("check", "drafts", "--against", "missing/")[0] == 2


def test_output_file_is_written_and_the_exit_code_kept(newsroom: Path) -> None:
    code, out, _ = run("check", "-f", "sarif", "-o", "factcheck.sarif")
    assert code == 1 and out == ""
    assert json.loads((newsroom / "factcheck.sarif").read_text(encoding="utf-8"))["version"]
    assert run("check", "-f", "sarif", "-o", "nowhere/x.sarif")[0] == 2


def test_repo_path() -> None:
    assert repo_path("/r/seeds/a.txt", "/r", "/elsewhere") == "seeds/a.txt"
    assert repo_path("a.txt", "/r", "/r/seeds") == "seeds/a.txt"
    assert repo_path("./seeds/../seeds/a.txt", "/r", "/r") == "seeds/a.txt"
    assert repo_path("../other/a.txt", "/r", "/r") == "../other/a.txt"
    assert repo_path("<stdin>", "/r", "/r") == "<stdin>"


# --- examples/ and docs ---------------------------------------------------------------


@pytest.fixture
def at_root(monkeypatch: pytest.MonkeyPatch, cli_env: dict[str, str]) -> None:
    monkeypatch.chdir(ROOT)


def test_example_configuration_has_a_baseline_and_a_resolution(at_root: None) -> None:
    import tomllib

    config = tomllib.loads((ROOT / "examples" / "factcheck.toml").read_text(encoding="utf-8"))
    assert config["baseline"] == "baseline.json" and config["resolutions"]
    code, out, err = run("check", "--config", "examples/factcheck.toml")
    hint = ("examples/ is out of date with the seed conflicts: update the resolution id in "
            "examples/factcheck.toml and run "
            "`factcheck baseline --config examples/factcheck.toml`")
    assert code == 0, hint + "\n" + err
    assert "warning" not in err, hint + "\n" + err  # no stale entry, no unused resolution
    assert "RESOLVED" in out and "confirmed with the organiser's official list" in out
    baseline = json.loads((ROOT / "examples" / "baseline.json").read_text(encoding="utf-8"))
    assert baseline["conflicts"]
    code, out, _ = run("check", "--config", "examples/factcheck.toml", "--no-baseline")
    assert code == 1


def test_pre_commit_hooks_agree_and_run(at_root: None) -> None:
    import yaml

    root_hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert root_hooks == (ROOT / "examples" / ".pre-commit-hooks.yaml").read_text(
        encoding="utf-8")
    (hook,) = yaml.safe_load(root_hooks)
    assert hook["id"] == "factcheck" and hook["language"] == "python"
    assert hook["pass_filenames"] is False
    files = re.compile(hook["files"])
    assert all(files.search(f) for f in ("drafts/story.md", "wire/a.txt", "page.html"))
    assert not files.search("factcheck.toml")
    argv = shlex.split(hook["entry"])
    assert argv[:2] == ["factcheck", "check"]
    assert run(*argv[1:], "--config", "examples/factcheck.toml")[0] == 0
    assert run(*argv[1:], "seeds", "--isolated")[0] == 1


def test_github_workflow_runs_check_and_uploads_sarif(newsroom: Path) -> None:
    import yaml

    workflow = yaml.safe_load((ROOT / "examples" / "github-workflow.yml").read_text(
        encoding="utf-8"))
    assert workflow["permissions"]["security-events"] == "write"
    steps = workflow["jobs"]["factcheck"]["steps"]
    runs = [shlex.split(s["run"]) for s in steps if "factcheck check" in s.get("run", "")]
    assert [a[:4] for a in runs] == [["factcheck", "check", "--format", "github"],
                                     ["factcheck", "check", "--format", "sarif"]]
    upload = next(s for s in steps if s.get("uses", "").startswith(
        "github/codeql-action/upload-sarif@"))
    assert upload["if"] == "always()"
    # the commands as the workflow runs them, in a checkout holding the seeds
    code, out, _ = run(*runs[0][1:])
    assert code == 1 and out.startswith("::error file=seeds/")
    code, _, _ = run(*runs[1][1:])
    assert code == 0  # --exit-zero: the SARIF is written and uploaded either way
    sarif = json.loads((newsroom / upload["with"]["sarif_file"]).read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]


def test_docs_cover_every_option_and_format(cli_env: dict[str, str]) -> None:
    from factcheck.cli_check import CHECK_FORMATS

    docs = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    for command in ("check", "baseline"):
        code, out, _ = run(command, "--help")
        assert code == 0 and "Exit codes" in out and "Example" in out
        for option in set(re.findall(r"--[a-z][a-z-]+", out)) - {"--help"}:
            assert option in docs, f"{command} {option} is not documented in docs/ci.md"
    for fmt in CHECK_FORMATS:
        assert f"`{fmt}`" in docs

"""`factcheck check` and `factcheck baseline`: the editorial gate for CI.

Registered on `factcheck.cli.app` when `factcheck.cli` is imported. Parsing and files
only; the decisions are `factcheck.gate`, the baseline file is `factcheck.baseline`.
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, cast

import typer

from .cli import (
    EXIT_CODES_HELP,
    EXIT_FINDINGS,
    ConfigOpt,
    IsolatedOpt,
    JobsOpt,
    OutputOpt,
    PathsArg,
    QuietOpt,
    app,
    build,
    emit,
    load,
    render,
    resolve_paths,
    user_errors,
    warn,
)

if TYPE_CHECKING:
    from .baseline import Baseline
    from .config import LoadedConfig
    from .gate import GateResult
    from .models import Report, Resolution, Severity

CHECK_FORMATS = ["table", "json", "github", "sarif", "junit", "markdown", "csv"]
# formats read by CI services: their paths are made relative to the repository root
CI_FORMATS = frozenset({"github", "sarif", "junit", "markdown"})


class Level(StrEnum):
    """A severity threshold."""

    low = "low"
    medium = "medium"
    high = "high"


AgainstOpt = Annotated[
    list[str] | None,
    typer.Option("--against", metavar="PATH",
                 help="Reference articles (wire copy, files or folders; repeatable). Only "
                 "conflicts in which the PATHs take part are reported: does the draft "
                 "contradict what we already know?"),
]
BaselineOpt = Annotated[
    str | None,
    typer.Option("--baseline", metavar="FILE",
                 help="Baseline file of reviewed conflicts (default: the configured "
                 "`baseline`, else factcheck-baseline.json beside the configuration "
                 "or in the working directory)."),
]


def _pick_format(flag: str | None, configured: str | None) -> str:
    from .config import ConfigError

    fmt = flag or configured or "table"
    if fmt not in CHECK_FORMATS:
        where = "--format" if flag else "configured format"
        raise ConfigError(f"{where}: unknown format {fmt!r} "
                          f"(choose from {', '.join(CHECK_FORMATS)})")
    return fmt


def _baseline_target(flag: str | None, loaded: LoadedConfig) -> tuple[str, bool]:
    """The baseline file to use, and whether it was named (flag or configuration)."""
    from .baseline import DEFAULT_BASELINE

    if flag:
        return flag, True
    if loaded.config.baseline:
        return loaded.resolve(loaded.config.baseline), True
    if loaded.path is not None:
        return loaded.resolve(DEFAULT_BASELINE), False
    return DEFAULT_BASELINE, False


def _read_baseline(flag: str | None, loaded: LoadedConfig, off: bool) -> Baseline | None:
    """The baseline in force: none with --no-baseline; a named one must exist; the
    default file is used when it exists."""
    from .baseline import read_baseline

    if off:
        return None
    path, named = _baseline_target(flag, loaded)
    if not named and not Path(path).is_file():
        return None
    return read_baseline(path)


def _build(paths: list[str] | None, against: list[str] | None, loaded: LoadedConfig,
           jobs: int | None) -> tuple[Report, set[str] | None]:
    """The report over the PATHs and the reference articles, and the ids of the PATHs'
    sources (None without a reference: everything is checked)."""
    from .ingest import discover

    chosen = resolve_paths(paths, loaded)
    reference = against or [loaded.resolve(p) for p in loaded.config.against]
    if not reference:
        return build(chosen, loaded, jobs), None
    drafts_found, _ = discover([p for p in chosen if p != "-"])
    discover(reference)  # a reference path that does not exist is an error, like a PATH
    draft_paths = {os.path.normpath(f.path) for f in drafts_found}
    if "-" in chosen:
        draft_paths.add("<stdin>")
    report = build(chosen + [p for p in reference if p not in chosen], loaded, jobs)
    drafts = {s.id for s in report.sources if os.path.normpath(s.path) in draft_paths
              or s.path in draft_paths}
    return report, drafts


def _resolutions(loaded: LoadedConfig) -> dict[str, Resolution]:
    from .models import Resolution

    return {cid: Resolution(**r.model_dump()) for cid, r in loaded.config.resolutions.items()}


def _find_root(start: str) -> str:
    """The nearest folder upwards holding `.git` (the repository root), else `start`."""
    here = os.path.abspath(start)
    folder = here
    while True:
        if os.path.exists(os.path.join(folder, ".git")):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return here
        folder = parent


def _step_summary(report: Report) -> None:
    """Append the markdown report to $GITHUB_STEP_SUMMARY (append: other steps write
    there too)."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    from .render import RenderOptions, get_renderer

    text = get_renderer("markdown")(report, RenderOptions())
    try:
        with open(target, "a", encoding="utf-8", newline="\n") as fh:
            fh.write(text + "\n")
    except OSError as exc:
        warn(f"GITHUB_STEP_SUMMARY {target}: cannot append ({exc.strerror or exc})")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _tell(result: GateResult, fail_on: str, baseline: Baseline | None, quiet: bool) -> None:
    """Stale entries, unused resolutions and the verdict, on standard error."""
    for w in result.warnings:
        warn(w)
    for e in result.stale:
        where = baseline.path if baseline is not None else "baseline"
        warn(f"{where}: entry {e.id} ({e.kind}: {e.claim}) matches no current conflict; "
             "`factcheck baseline` prunes it")
    if result.hidden_failing:
        ids = ", ".join(c.id for c in result.hidden_failing)
        warn(f"{_plural(len(result.hidden_failing), 'failing conflict')} below "
             f"--min-severity not shown: {ids}")
    if result.failing:
        ids = ", ".join(c.id for c in result.failing)
        typer.echo(f"factcheck: {_plural(len(result.failing), 'unresolved conflict')} at or "
                   f"above --fail-on {fail_on}: {ids}", err=True)
    elif result.strict_baseline and result.stale:
        typer.echo(f"factcheck: {_plural(len(result.stale), 'stale baseline entry')} "
                   "(--strict-baseline)", err=True)
    elif not quiet:
        done = [f"{len(result.baselined)} baselined"] if result.baselined else []
        resolved = sum(1 for c in result.report.conflicts if c.status == "resolved")
        if resolved:
            done.append(f"{resolved} resolved")
        extra = f" ({', '.join(done)})" if done else ""
        typer.echo(f"factcheck: no unresolved conflicts at or above --fail-on {fail_on}{extra}",
                   err=True)


@app.command(epilog=EXIT_CODES_HELP)
def check(
    paths: PathsArg = None,
    format: Annotated[
        str | None,
        typer.Option("--format", "-f", envvar="FACTCHECK_FORMAT", metavar="|".join(CHECK_FORMATS),
                     help="Output format: table (terminal), json, github (workflow "
                     "annotations), sarif (code scanning), junit, markdown (PR comment), "
                     "csv (one row per value)."),
    ] = None,
    output: OutputOpt = None,
    fail_on: Annotated[
        Level | None,
        typer.Option("--fail-on", help="Fail (exit 1) on unresolved conflicts of this "
                     "severity or above. Default: configured `fail_on`, else low."),
    ] = None,
    min_severity: Annotated[
        Level | None,
        typer.Option("--min-severity", help="Show only conflicts of this severity or above "
                     "(what fails is --fail-on's). Default: configured, else low."),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even with unresolved conflicts "
                           "(errors still exit 2)."),
    ] = False,
    against: AgainstOpt = None,
    baseline: BaselineOpt = None,
    no_baseline: Annotated[
        bool, typer.Option("--no-baseline", help="Ignore the baseline: every conflict counts."),
    ] = False,
    strict_baseline: Annotated[
        bool | None,
        typer.Option("--strict-baseline/--no-strict-baseline",
                     help="Fail when baseline entries match no current conflict "
                     "(default: warn; configured `strict_baseline`)."),
    ] = None,
    show_baselined: Annotated[
        bool, typer.Option("--show-baselined", help="Also show the conflicts the baseline "
                           "accepts (marked BASELINED)."),
    ] = False,
    config: ConfigOpt = None,
    isolated: IsolatedOpt = False,
    jobs: JobsOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Fail when the copy holds unresolved factual conflicts: the gate for CI and
    pre-commit.

    Conflicts recorded in the baseline, and conflicts with an editor's decision in the
    configuration (\\[resolutions.ID] tables), do not fail; new ones, and baselined ones with a
    new value, do.

    Examples:
      [bold]factcheck check[/bold]                   (./seeds, or the configured paths)
      [bold]factcheck check drafts/ wire/ --format github[/bold]
      [bold]factcheck check drafts/story.md --against wire/[/bold]
      [bold]factcheck check --format sarif -o factcheck.sarif --exit-zero[/bold]
    """
    from .gate import gate, relative_paths

    with user_errors():
        loaded = load(config, isolated)
        fmt = _pick_format(format, loaded.config.format)
        fail_level = cast("Severity", fail_on.value if fail_on else loaded.config.fail_on)
        show_level = cast("Severity", min_severity.value if min_severity
                          else loaded.config.min_severity)
        strict = loaded.config.strict_baseline if strict_baseline is None else strict_baseline
        base = _read_baseline(baseline, loaded, no_baseline)
        report, drafts = _build(paths, against, loaded, jobs)
        result = gate(report, fail_on=fail_level, min_severity=show_level,
                      baseline=base, resolutions=_resolutions(loaded),
                      drafts=drafts, strict_baseline=strict, show_baselined=show_baselined)
        shown = result.report
        if fmt in CI_FORMATS:
            cwd = os.getcwd()
            shown = relative_paths(shown, _find_root(cwd), cwd)
        emit(render(shown, fmt, quiet), output)
        if fmt == "github":
            _step_summary(shown)
        _tell(result, fail_level, base, quiet)
    if result.failed and not exit_zero:
        raise typer.Exit(EXIT_FINDINGS)


@app.command("baseline", epilog=EXIT_CODES_HELP)
def baseline_cmd(
    paths: PathsArg = None,
    baseline: BaselineOpt = None,
    against: AgainstOpt = None,
    config: ConfigOpt = None,
    isolated: IsolatedOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """Record every current unresolved conflict as reviewed, by its stable id, so that
    `check` fails only on new ones.

    Rewrites the baseline file (atomically) with the conflicts found now, which also
    drops entries that no longer occur. Refuses to overwrite a file that is not a
    factcheck baseline.

    Examples:
      [bold]factcheck baseline[/bold]                       (writes factcheck-baseline.json)
      [bold]factcheck baseline drafts/ wire/ --baseline review/baseline.json[/bold]
    """
    from .baseline import BaselineError, parse, write_baseline
    from .gate import baseline_entries

    with user_errors():
        loaded = load(config, isolated)
        target, _ = _baseline_target(baseline, loaded)
        report, drafts = _build(paths, against, loaded, jobs)
        entries = baseline_entries(report, _resolutions(loaded), drafts)
        before: set[str] = set()
        if Path(target).is_file():
            try:
                before = set(parse(Path(target).read_text(encoding="utf-8"), target).entries)
            except (BaselineError, OSError, UnicodeDecodeError):
                pass  # write_baseline refuses it with the reason
        write_baseline(target, entries)
        now = {e.id for e in entries}
        typer.echo(f"factcheck: wrote {_plural(len(entries), 'conflict')} to {target} "
                   f"({len(now - before)} new, {len(now & before)} kept, "
                   f"{len(before - now)} dropped)", err=True)

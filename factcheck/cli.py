"""The `factcheck` command line: parse options, call the library, render, write.

Exit codes (the same for every command and output format):
  0  ran (and, for `check`, no unresolved conflicts at or above --fail-on)
  1  `check` found unresolved conflicts
  2  usage, configuration or input error
  130 interrupted
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, cast

import typer

from . import __version__

if TYPE_CHECKING:
    from .config import LoadedConfig
    from .models import Report

EXIT_FINDINGS, EXIT_ERROR = 1, 2
EXIT_CODES_HELP = (
    "Exit codes: 0 ran clean; 1 unresolved conflicts (check); 2 usage, configuration or "
    "input error; 130 interrupted."
)

app = typer.Typer(
    name="factcheck",
    help="Find where news articles about one event disagree: counts, dates, visit "
    "history, durations, quantities and titles, each with the sentences behind it.\n\n"
    + EXIT_CODES_HELP,
    rich_markup_mode="rich",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True,
                     help="Print the version and exit."),
    ] = False,
) -> None:
    """factcheck: claim-level fact reconciliation for newsrooms."""


# --- shared plumbing ----------------------------------------------------------------


def error(message: str) -> None:
    """One line on standard error, prefixed like every other tool's errors."""
    typer.echo(f"factcheck: error: {message}", err=True)


def warn(message: str) -> None:
    typer.echo(f"factcheck: warning: {message}", err=True)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn input, configuration and output errors into one line and exit code 2."""
    from .config import ConfigError
    from .ingest import InputError
    from .output import OutputError

    try:
        yield
    except (InputError, ConfigError, OutputError) as exc:
        error(str(exc))
        raise typer.Exit(EXIT_ERROR) from None


def use_color() -> bool:
    """Colour only for a terminal, and never when NO_COLOR or TERM=dumb say no."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    return sys.stdout.isatty()


def term_width() -> int:
    cols = os.environ.get("COLUMNS", "")
    if cols.isdigit() and int(cols) > 20:
        return int(cols)
    if sys.stdout.isatty():
        return os.get_terminal_size().columns
    return 100


# The inputs of this run, so that -o never overwrites an article (see `emit`).
_INPUTS: list[str] = []


def resolve_paths(paths: list[str] | None, loaded: LoadedConfig) -> list[str]:
    """PATHs from the command line, else from the configuration, else ./seeds."""
    from .ingest import InputError

    if paths:
        chosen = paths
    elif loaded.config.paths:
        chosen = [loaded.resolve(p) for p in loaded.config.paths]
    elif Path("seeds").is_dir():
        chosen = ["seeds"]
    else:
        raise InputError(
            "no PATH given, none configured, and no ./seeds folder: name the articles"
        )
    _INPUTS[:] = chosen
    return chosen


def read_stdin_if_needed(paths: list[str]) -> bytes | None:
    return sys.stdin.buffer.read() if "-" in paths else None


def default_jobs(jobs: int | None, loaded: LoadedConfig) -> int:
    return jobs or loaded.config.jobs or os.cpu_count() or 1


PathsArg = Annotated[
    list[str] | None,
    typer.Argument(help="Article files or folders (.txt, .md, .html, read recursively); "
                   "'-' reads standard input. Default: the configured paths, else ./seeds.",
                   show_default=False),
]
OutputOpt = Annotated[
    str | None,
    typer.Option("--output", "-o", help="Write to FILE (atomically) instead of standard output.",
                 metavar="FILE"),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", help="Read this configuration file instead of searching for "
                 "factcheck.toml / pyproject.toml [tool.factcheck].", metavar="FILE"),
]
IsolatedOpt = Annotated[
    bool, typer.Option("--isolated", help="Ignore every configuration file."),
]
JobsOpt = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Worker processes for extraction "
                 "(default: the number of cores)."),
]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="Conflicts only: no corroborated claims, no summary."),
]
GROUPS = ["auto", "none", "stories"]
GroupOpt = Annotated[
    str | None,
    typer.Option("--group", "-g", metavar="|".join(GROUPS),
                 help="Sort the articles into stories first, and compare claims only inside "
                 "one: auto (when the input is large or mixed), stories (always), none "
                 "(one story). Default: the configured group, else auto."),
]


def load(config: Path | None, isolated: bool) -> LoadedConfig:
    from .config import load_config

    return load_config(config, isolated=isolated)


def build(paths: list[str] | None, loaded: LoadedConfig, jobs: int | None,
          group: str | None = None) -> Report:
    from .api import build_report

    chosen = resolve_paths(paths, loaded)
    how = pick_group(group, loaded)
    stdin_bytes = read_stdin_if_needed(chosen)
    with progress_bar() as progress:
        return build_report(chosen, jobs=default_jobs(jobs, loaded), stdin_bytes=stdin_bytes,
                            warn=warn, group=how, progress=progress)


def pick_group(flag: str | None, loaded: LoadedConfig) -> Literal["auto", "none", "stories"]:
    """--group, else the configured group, else auto."""
    from .config import ConfigError

    how = flag or loaded.config.group or "auto"
    if how not in GROUPS:
        raise ConfigError(f"--group: unknown grouping {how!r} (choose from {', '.join(GROUPS)})")
    return cast(Literal["auto", "none", "stories"], how)


# A run over fewer files than this is over before a bar would help.
PROGRESS_MIN_FILES = 50


@contextmanager
def progress_bar() -> Iterator[Callable[[int, int], None] | None]:
    """A progress callback drawing a bar on standard error, for runs of more than
    `PROGRESS_MIN_FILES` articles; None (no bar) when standard error is not a terminal."""
    if not sys.stderr.isatty() or os.environ.get("TERM") == "dumb":
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), console=Console(stderr=True), transient=True)
    task: list[Any] = []

    def update(done: int, total: int) -> None:
        if total < PROGRESS_MIN_FILES:
            return
        if not task:
            bar.start()
            task.append(bar.add_task("reading articles", total=total))
        bar.update(task[0], completed=done,
                   description="grouping and matching" if done >= total else "reading articles")

    try:
        yield update
    finally:
        if task:
            bar.stop()


def render(report: Report, fmt: str, quiet: bool = False) -> str:
    from .render import RenderOptions, get_renderer

    return get_renderer(fmt)(report, RenderOptions(color=use_color(), width=term_width(),
                                                   quiet=quiet))


def emit(text: str, output: str | None) -> None:
    """Write rendered output; refuse an output file that is one of this run's articles,
    or that would be read as one next time (an article file inside an input folder)."""
    from .ingest import FORMATS
    from .output import OutputError
    from .output import emit as _emit

    if output and output != "-":
        target = Path(output).resolve()
        for p in _INPUTS:
            if p == "-":
                continue
            src = Path(p).resolve()
            if target == src:
                raise OutputError(f"{output}: is an input article; refusing to overwrite it")
            if (src.is_dir() and target.is_relative_to(src)
                    and target.suffix.lower() in FORMATS):
                if target.exists():
                    raise OutputError(f"{output}: is an input article; refusing to overwrite it")
                raise OutputError(
                    f"{output}: inside input folder {p}, it would be read as an article"
                )
    _emit(text, output)


# --- commands -------------------------------------------------------------------------

# every renderer; `report` never fails on findings, whatever the format (see `check`)
REPORT_FORMATS = ["table", "json", "github", "sarif", "junit", "markdown", "csv"]


@app.command()
def report(
    paths: PathsArg = None,
    format: Annotated[
        str | None,
        typer.Option("--format", "-f", envvar="FACTCHECK_FORMAT", metavar="|".join(REPORT_FORMATS),
                     help="Output format: table (terminal), json (the documented contract), "
                     "or a CI format: github, sarif, junit, markdown, csv."),
    ] = None,
    output: OutputOpt = None,
    config: ConfigOpt = None,
    isolated: IsolatedOpt = False,
    jobs: JobsOpt = None,
    quiet: QuietOpt = False,
    group: GroupOpt = None,
) -> None:
    """Report the conflicts between articles, with the sentences behind each value,
    then what the sources agree on.

    Examples:
      [bold]factcheck report[/bold]                      (the articles in ./seeds)
      [bold]factcheck report wire/ drafts/story.md[/bold]
      [bold]factcheck report seeds --format json -o report.json[/bold]
    """
    with user_errors():
        loaded = load(config, isolated)
        fmt = _pick_format(format, loaded.config.format, REPORT_FORMATS, "table")
        rep = build(paths, loaded, jobs, group)
        emit(render(rep, fmt, quiet), output)


def _pick_format(flag: str | None, configured: str | None, allowed: list[str],
                 default: str) -> str:
    from .config import ConfigError

    fmt = flag or configured or default
    if fmt not in allowed:
        where = "--format" if flag else "configured format"
        raise ConfigError(f"{where}: unknown format {fmt!r} (choose from {', '.join(allowed)})")
    return fmt


CLAIM_FORMATS = ["table", "json", "jsonl"]


@app.command()
def claims(
    paths: PathsArg = None,
    format: Annotated[
        str,
        typer.Option("--format", "-f", metavar="|".join(CLAIM_FORMATS),
                     help="table, json (one document) or jsonl (one claim a line)."),
    ] = "table",
    output: OutputOpt = None,
    config: ConfigOpt = None,
    isolated: IsolatedOpt = False,
    jobs: JobsOpt = None,
    group: GroupOpt = None,
) -> None:
    """List every claim read from every article: what factcheck read, where, and how
    it understood it (with its story, in the scope, when the input has several).

    Examples:
      [bold]factcheck claims seeds/003_34438149552d15ae.txt[/bold]
      [bold]factcheck claims seeds --format jsonl | grep '"kind":"date"'[/bold]
    """
    with user_errors():
        loaded = load(config, isolated)
        fmt = _pick_format(format, None, CLAIM_FORMATS, "table")
        from .api import extract_paths, stories_of, story_claims

        chosen = resolve_paths(paths, loaded)
        how = pick_group(group, loaded)
        stdin_bytes = read_stdin_if_needed(chosen)
        with progress_bar() as progress:
            extracted = extract_paths(chosen, jobs=default_jobs(jobs, loaded),
                                      stdin_bytes=stdin_bytes, warn=warn, progress=progress)
            all_claims = story_claims(extracted, stories_of(extracted, how))
        if fmt == "jsonl":
            text = "".join(c.model_dump_json() + "\n" for c in all_claims)
        elif fmt == "json":
            doc: dict[str, Any] = {
                "schema_version": 1,
                "sources": [e.source.model_dump(mode="json") for e in extracted],
                "claims": [c.model_dump(mode="json") for c in all_claims],
            }
            text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
        else:
            text = _claims_table(all_claims)
        emit(text, output)


def _claims_table(all_claims: list[Any]) -> str:
    import io

    from rich import box
    from rich.console import Console
    from rich.table import Table

    color = use_color()
    buf = io.StringIO()
    console = Console(file=buf, width=term_width(), force_terminal=color,
                      color_system="standard" if color else None, no_color=not color,
                      highlight=False)
    table = Table(box=box.ROUNDED if color else box.ASCII)
    for col in ("where", "zone", "kind", "claim", "value", "as written"):
        table.add_column(col)
    for c in all_claims:
        e = c.evidence
        value = f"{c.value}{' (approx.)' if c.approx else ''}"
        table.add_row(f"{e.path}:{e.line}:{e.column}", e.zone, c.kind, c.claim, value, e.text)
    console.print(table)
    console.print(f"{len(all_claims)} claims")
    return buf.getvalue()


@app.command()
def schema(output: OutputOpt = None) -> None:
    """Print the JSON Schema of the report (`report --format json`), generated from the
    models.

    Example:
      [bold]factcheck schema -o factcheck-report.schema.json[/bold]
    """
    with user_errors():
        from .models import Report

        doc = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            **Report.model_json_schema(),
        }
        emit(json.dumps(doc, indent=2) + "\n", output)


def main() -> None:
    """Console-script entry point. Typer maps Ctrl-C to exit 130 and usage errors to 2."""
    app()


from . import cli_check, cli_stories  # noqa: E402,F401  (register check, baseline, stories)

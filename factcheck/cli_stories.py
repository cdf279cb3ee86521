"""`factcheck stories`: which articles factcheck takes to report one event.

Registered on `factcheck.cli.app` when `factcheck.cli` is imported. Parsing and output
only; the clustering is `factcheck.stories`.
"""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING, Annotated

import typer

from .cli import (
    ConfigOpt,
    GroupOpt,
    IsolatedOpt,
    JobsOpt,
    OutputOpt,
    PathsArg,
    _pick_format,
    app,
    default_jobs,
    emit,
    load,
    pick_group,
    progress_bar,
    read_stdin_if_needed,
    resolve_paths,
    term_width,
    use_color,
    user_errors,
    warn,
)

if TYPE_CHECKING:
    from .models import Source
    from .stories import Story

STORY_FORMATS = ["table", "json"]


@app.command()
def stories(
    paths: PathsArg = None,
    format: Annotated[
        str,
        typer.Option("--format", "-f", metavar="|".join(STORY_FORMATS),
                     help="table (terminal) or json (one document)."),
    ] = "table",
    output: OutputOpt = None,
    config: ConfigOpt = None,
    isolated: IsolatedOpt = False,
    jobs: JobsOpt = None,
    group: GroupOpt = None,
) -> None:
    """List the stories the articles fall into: the groups `report` compares claims
    inside, with each story's articles and the names, figures and words they share.

    Examples:
      [bold]factcheck stories wire/[/bold]
      [bold]factcheck stories wire/ --group stories --format json -o stories.json[/bold]
    """
    with user_errors():
        loaded = load(config, isolated)
        fmt = _pick_format(format, None, STORY_FORMATS, "table")
        from .api import extract_paths, stories_of

        chosen = resolve_paths(paths, loaded)
        how = pick_group(group, loaded)
        stdin_bytes = read_stdin_if_needed(chosen)
        with progress_bar() as progress:
            extracted = extract_paths(chosen, jobs=default_jobs(jobs, loaded),
                                      stdin_bytes=stdin_bytes, warn=warn, progress=progress)
            found = stories_of(extracted, how)
        sources = {e.source.id: e.source for e in extracted}
        if fmt == "json":
            text = _stories_json(found, sources)
        else:
            text = _stories_table(found, sources)
        emit(text, output)


def _stories_json(found: list[Story], sources: dict[str, Source]) -> str:
    doc = {
        "schema_version": 1,
        "stories": [
            {
                "id": st.id,
                "terms": st.terms,
                "articles": [
                    {"id": s, "path": sources[s].path, "title": sources[s].title}
                    for s in st.sources
                ],
            }
            for st in found
        ],
        "summary": {"articles": len(sources), "stories": len(found)},
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _stories_table(found: list[Story], sources: dict[str, Source]) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    color = use_color()
    buf = io.StringIO()
    console = Console(file=buf, width=term_width(), force_terminal=color,
                      color_system="standard" if color else None, no_color=not color,
                      highlight=False)
    table = Table(box=box.ROUNDED if color else box.ASCII)
    for col in ("story", "articles", "shared terms"):
        table.add_column(col)
    for st in found:
        articles = "\n".join(f"{sources[s].path}" for s in st.sources)
        table.add_row(f"{st.id}\n({len(st.sources)})", articles, ", ".join(st.terms))
    console.print(table)
    n = len(sources)
    console.print(f"{n} article{'s' if n != 1 else ''} in {len(found)} "
                  f"stor{'ies' if len(found) != 1 else 'y'}")
    return buf.getvalue()

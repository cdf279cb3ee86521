"""GitHub Actions workflow commands, so conflicts show as annotations on the PR diff.

    ::error file=PATH,line=L,col=C,endColumn=E,title=TITLE::MESSAGE

One annotation per passage that gives a value against the reference (the editor's
`correct` value, else the majority's), at each such source's first passage: the
annotation lands on the sentence to check, and its message says what the other sources
give. On a tie every value's passages are annotated. Level by severity: high `error`,
medium `warning`, low `notice`. Resolved and baselined conflicts are not annotated.

GitHub shows at most 10 errors and 10 warnings per step, so the full terminal report
follows in a collapsed `::group::`. `factcheck check` also appends the markdown report
to `$GITHUB_STEP_SUMMARY` when it is set.
"""

from __future__ import annotations

from dataclasses import replace

from ..models import Conflict, Report
from . import RenderOptions
from .sarif import first_evidence, reference_value, value_label

COMMAND = {"high": "error", "medium": "warning", "low": "notice"}


def escape_data(text: str) -> str:
    """A workflow command's message: `%`, CR and LF escaped."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value: also `:` and `,` escaped."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotations(c: Conflict) -> list[str]:
    from ..gate import same_value

    ref = reference_value(c)
    title = f"factcheck {c.severity}: {c.kind}: {c.claim}"
    lines = []
    for v in c.values:
        if ref is not None and not v.approx and same_value(v.value, ref):
            continue  # the reference value's passages are not what needs checking
        others = "; ".join(f"{value_label(w)} in {', '.join(w.sources)}"
                           for w in c.values if w is not v)
        for e in first_evidence(v):
            role = " (against the majority)" if e.source in c.outliers else ""
            message = (f"{e.source} gives {value_label(v)}{role}: “{e.text}”. "
                       f"Other sources: {others}. {c.why} [{c.id}]")
            props = [f"file={escape_property(e.path)}", f"line={e.line}"]
            if e.end_line != e.line:
                props.append(f"endLine={e.end_line}")
            props += [f"col={e.column}", f"endColumn={e.end_column}",
                      f"title={escape_property(title)}"]
            lines.append(f"::{COMMAND[c.severity]} {','.join(props)}::{escape_data(message)}")
    return lines


def render(report: Report, options: RenderOptions) -> str:
    """Annotations for open conflicts, then the full report in a collapsed group."""
    from .table import render as render_table

    out: list[str] = []
    for c in report.conflicts:
        if c.status == "open":
            out.extend(_annotations(c))
    table = render_table(report, replace(options, color=False)).rstrip("\n")
    out.append("::group::factcheck report")
    out.extend(line for line in table.split("\n"))
    out.append("::endgroup::")
    return "\n".join(out) + "\n"

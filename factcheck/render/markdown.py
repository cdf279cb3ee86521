"""Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY`: a heading, a summary
line, then a table per conflict (value | sources | evidence) and what was decided.

Text from articles is escaped so a `|` in a quote cannot break a table and markup in
copy (`*`, `_`, `<tag>`) shows as written.
"""

from __future__ import annotations

import re

from ..models import Conflict, Report
from . import RenderOptions
from .sarif import decision_text, first_evidence, value_label
from .table import quote_window

_SPECIAL = re.compile(r"([\\`*\[\]<>|#~])")
# an underscore inside a word (`000_8938`) never starts emphasis in GitHub's Markdown
_UNDERSCORE = re.compile(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")


def md_escape(text: str) -> str:
    """Escape Markdown punctuation and keep a table cell on one line."""
    text = _UNDERSCORE.sub(r"\\_", _SPECIAL.sub(r"\\\1", text))
    return text.replace("\r", " ").replace("\n", " ")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _evidence_cell(c: Conflict, i: int) -> str:
    v = c.values[i]
    parts = []
    for e in first_evidence(v):
        q, a, b = quote_window(e)
        zone = f" [{e.zone}]" if e.zone not in ("body", "headline") else ""
        words = f"**{md_escape(q[a:b])}**" if b > a else ""
        where = f"{e.path}:{e.line}:{e.column}".replace("|", "\\|").replace("`", "'")
        parts.append(f"`{where}`{zone} “{md_escape(q[:a])}{words}"
                     f"{md_escape(q[b:])}”")
    return "<br>".join(parts)


def _conflict(c: Conflict) -> list[str]:
    status = {"open": "open", "resolved": "resolved", "baselined": "baselined"}[c.status]
    lines = [f"### {c.severity.upper()} · {md_escape(c.kind)}: {md_escape(c.claim)} "
             f"(`{c.id}`, {status})", "",
             "| value | sources | evidence |", "| --- | --- | --- |"]
    for i, v in enumerate(c.values):
        marker = " (majority)" if (c.majority is not None and v.value == c.majority
                                   and not v.approx) else ""
        quals = f"<br>_{md_escape(', '.join(v.qualifiers))}_" if v.qualifiers else ""
        lines.append(f"| **{md_escape(value_label(v))}**{marker}{quals} | "
                     f"{'<br>'.join(md_escape(s) for s in v.sources)} | "
                     f"{_evidence_cell(c, i)} |")
    lines.append("")
    if c.resolution is not None:
        lines.append(f"**{md_escape(decision_text(c))}**")
        lines.append("")
    elif c.outliers:
        lines.append(f"Outliers: {md_escape(', '.join(c.outliers))}.")
        lines.append("")
    lines.append(md_escape(c.why))
    lines.append("")
    return lines


def render(report: Report, options: RenderOptions) -> str:
    """The whole report as GitHub-flavoured Markdown."""
    by_status = {s: sum(1 for c in report.conflicts if c.status == s)
                 for s in ("open", "resolved", "baselined")}
    if by_status["open"]:
        heading = f"## factcheck: {_plural(by_status['open'], 'open conflict')}"
    elif report.conflicts:
        heading = "## factcheck: no open conflicts"
    else:
        heading = "## factcheck: no conflicts"
    s = report.summary
    counts = [f"{by_status['open']} open"]
    counts += [f"{n} {st}" for st, n in by_status.items() if st != "open" and n]
    lines = [heading, "",
             f"{_plural(s.sources, 'source')}, {_plural(s.claims, 'claim')}; "
             f"{_plural(len(report.conflicts), 'conflict')} ({', '.join(counts)}), "
             f"{s.agreements} corroborated.", ""]
    for c in report.conflicts:
        lines.extend(_conflict(c))
    return "\n".join(lines).rstrip("\n") + "\n"

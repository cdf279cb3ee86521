"""CSV for the spreadsheet a desk keeps: a header row, then one row per conflicting
value, at the first passage that gives it.

Columns: id, severity, status, kind, claim, value, majority (true/false), sources
(`; `-separated), file, line, column, quote, decision (the recorded resolution, on
every row of a resolved conflict). `\\n` line endings. A text cell that a spreadsheet
would run as a formula (starting with `=`, `+`, `-`, `@`) gets a leading `'`.
"""

from __future__ import annotations

import csv
import io

from ..models import Report
from . import RenderOptions
from .sarif import decision_text, value_label

HEADER = ["id", "severity", "status", "kind", "claim", "value", "majority", "sources",
          "file", "line", "column", "quote", "decision"]
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def cell(text: str) -> str:
    """Text made safe for a spreadsheet: no cell is read as a formula."""
    if text.startswith(_FORMULA):
        try:
            float(text)
        except ValueError:
            return "'" + text
    return text


def render(report: Report, options: RenderOptions) -> str:
    """One header row and one row per value of each conflict."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(HEADER)
    for c in report.conflicts:
        decision = decision_text(c)
        for v in c.values:
            e = min(v.evidence, key=lambda x: (x.source, x.line, x.column))
            majority = c.majority is not None and v.value == c.majority and not v.approx
            writer.writerow([
                c.id, c.severity, c.status, c.kind, cell(c.claim), cell(value_label(v)),
                "true" if majority else "false", cell("; ".join(v.sources)), cell(e.path),
                e.line, e.column, cell(" ".join(e.quote.split())), cell(decision),
            ])
    return buf.getvalue()

"""The terminal report: a rich table per conflict, then corroborated claims, then a
one-line summary. Plain ASCII and no colour when output is not a terminal."""

from __future__ import annotations

import io

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..models import Conflict, Evidence, Report, ValueReport
from . import RenderOptions

_SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}
QUOTE_WINDOW = 110


def _fmt_value(v: ValueReport) -> str:
    return str(v.value) + (" (approx.)" if v.approx else "")


def location(e: Evidence) -> str:
    return f"{e.path}:{e.line}:{e.column}"


def quote_window(e: Evidence, width: int = QUOTE_WINDOW) -> tuple[str, int, int]:
    """The quote cut to about `width` characters around the claim's words, and where
    those words sit in it."""
    q = e.quote
    i = q.find(e.text)
    if i < 0:
        i, n = 0, 0
    else:
        n = len(e.text)
    if len(q) <= width:
        return q, i, i + n
    start = max(0, min(i - (width - n) // 2, len(q) - width))
    end = min(len(q), start + width)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(q) else ""
    cut = prefix + q[start:end] + suffix
    offset = len(prefix) - start
    return cut, i + offset, i + n + offset


def _evidence_text(v: ValueReport, color: bool) -> Text:
    """The first place each source says the value; how many more places there are."""
    out = Text()
    firsts: dict[str, Evidence] = {}
    for e in v.evidence:
        firsts.setdefault(e.source, e)
    for k, e in enumerate(firsts.values()):
        if k:
            out.append("\n")
        out.append(location(e), style="dim" if color else "")
        if e.zone not in ("body", "headline"):
            out.append(f" [{e.zone}]", style="magenta" if color else "")
        out.append("\n  ")
        q, a, b = quote_window(e)
        out.append("“" + q[:a])
        out.append(q[a:b], style="bold" if color else "")
        out.append(q[b:] + "”")
    more = len(v.evidence) - len(firsts)
    if more:
        out.append(f"\n(+{more} more in the same sources)", style="dim" if color else "")
    return out


def _conflict_table(c: Conflict, options: RenderOptions) -> Table:
    sev = c.severity.upper()
    title = Text()
    title.append(f"[{sev}] ", style=_SEVERITY_STYLE[c.severity] if options.color else "")
    title.append(f"{c.kind}: {c.claim}")
    title.append(f"  ({c.id})", style="dim" if options.color else "")
    if c.status != "open":
        title.append(f"  {c.status.upper()}", style="green" if options.color else "")
    table = Table(
        title=title,
        title_justify="left",
        box=box.ROUNDED if options.color else box.ASCII,
        show_lines=True,
        expand=False,
    )
    table.add_column("value", max_width=26)
    table.add_column("sources", no_wrap=True)
    table.add_column("evidence", min_width=44)
    for v in c.values:
        marker = " *" if c.majority is not None and v.value == c.majority and not v.approx else ""
        value_cell = Text(_fmt_value(v) + marker)
        if v.qualifiers:
            value_cell.append("\n" + ", ".join(v.qualifiers),
                              style="italic" if options.color else "")
        table.add_row(value_cell, "\n".join(v.sources), _evidence_text(v, options.color))
    majority = "none (tie)" if c.majority is None else f"{c.majority} (*)"
    caption = [f"majority: {majority}"]
    if c.outliers:
        caption.append("outliers: " + ", ".join(c.outliers))
    if c.qualifiers:
        caption.append("wording differs: " + " / ".join(c.qualifiers))
    caption.append(c.why)
    if c.resolution is not None:
        r = c.resolution
        decided = f"resolved: correct value {r.correct}" if r.correct is not None else "resolved"
        if r.note:
            decided += f": {r.note}"
        if r.by:
            decided += f" ({r.by}{', ' + r.date if r.date else ''})"
        caption.append(decided)
    table.caption = "\n".join(caption)
    table.caption_justify = "left"
    return table


def _n(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def render(report: Report, options: RenderOptions) -> str:
    """The whole terminal report as text (with ANSI styles when `options.color`)."""
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=options.width,
        force_terminal=options.color,
        color_system="standard" if options.color else None,
        no_color=not options.color,
        highlight=False,
        emoji=False,
        legacy_windows=False,
    )
    if not report.conflicts:
        console.print("No conflicts to show.")
    for c in report.conflicts:
        console.print(_conflict_table(c, options))
        console.print()
    if report.agreements and not options.quiet:
        table = Table(
            title="Corroborated claims",
            title_justify="left",
            box=box.ROUNDED if options.color else box.ASCII,
        )
        table.add_column("kind")
        table.add_column("claim")
        table.add_column("value")
        table.add_column("sources")
        for a in report.agreements:
            values = " / ".join(_fmt_value(v) for v in a.values)
            sources = sorted({s for v in a.values for s in v.sources})
            table.add_row(a.kind, a.claim, values, f"{len(sources)}: " + ", ".join(sources))
        console.print(table)
        console.print()
    if report.sources and not options.quiet:
        table = Table(title="Sources", title_justify="left",
                      box=box.ROUNDED if options.color else box.ASCII)
        table.add_column("source", no_wrap=True)
        table.add_column("date", no_wrap=True)
        table.add_column("date found from", no_wrap=True)
        table.add_column("claims", justify="right")
        table.add_column("title")
        for src in report.sources:
            title = src.title or ""
            if len(title) > 40:
                title = title[:39].rstrip() + "…"
            table.add_row(src.id, src.date or "-", src.date_source or "-", str(src.claims),
                          title)
        console.print(table)
        console.print()
    if not options.quiet:
        s = report.summary
        console.print(
            f"{_n(s.sources, 'source')}, {_n(s.claims, 'claim')}, "
            f"{_n(s.aligned, 'aligned claim')}, "
            f"{s.conflicts} conflict{'s' if s.conflicts != 1 else ''}, "
            f"{s.agreements} corroborated"
        )
    text = buf.getvalue()
    # rich pads titles and captions to the full width; trailing blanks only make diffs noisy
    return "\n".join(line.rstrip() for line in text.split("\n"))

"""A weekday written beside a date it does not fit: one source, checked against the
calendar ("Sunday, January 5, 2026" when January 5, 2026 was a Monday)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable

from .models import Claim, Conflict, ValueReport

CALENDAR = "calendar"


def weekday_conflicts(claims: Iterable[Claim]) -> list[Conflict]:
    """One conflict per `weekday` claim: the weekday written against the calendar's."""
    out = []
    for c in claims:
        if c.kind != "weekday":
            continue
        day = dt.date.fromisoformat(c.key)
        actual = day.strftime("%A")
        source = c.evidence.source
        fid = hashlib.sha1(f"weekday|{c.key}|{source}".encode()).hexdigest()[:12]
        out.append(Conflict(
            id=fid,
            kind="weekday",
            claim=c.claim,
            severity="medium",
            values=[
                ValueReport(value=str(c.value), text=c.evidence.text, sources=[source],
                            evidence=[c.evidence]),
                ValueReport(value=actual, text=f"{day.isoformat()} is a {actual}",
                            sources=[CALENDAR], evidence=[]),
            ],
            majority=actual,
            outliers=[source],
            why=f"{source} calls {day.strftime('%B %-d, %Y')} a {c.value}; it was a {actual}. "
            "The weekday and the date cannot both be right.",
        ))
    return sorted(out, key=lambda x: x.id)

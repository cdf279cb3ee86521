"""Claim extraction: one module per claim kind, run in a fixed order over a `Document`.

Order matters: dates run first so that the numbers inside "January 5, 2026" are never
read as counts; durations, history and quantities (money, percentages, measurements) claim their
numbers before counts do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .. import stories, text, zones
from ..document import Document
from ..ingest import dateline
from ..models import Claim
from . import actions, common, counts, dates, durations, history, quantities, roles, tries
from .common import Context, build_context

# The extractors' word lists (events, demonyms, numbers, approximations) as tries, and
# every pattern behind a guard on its first character: the same matches, found several
# times faster. See `tries`. The zoning, sentence, dateline and story patterns too.
tries.compact_modules(actions, common, counts, dates, durations, history, quantities, roles,
                      zones, text, dateline, stories)

Extractor = Callable[[Context], Iterator[Claim]]

EXTRACTORS: list[tuple[str, Extractor]] = [
    ("dates", dates.extract),
    ("history", history.extract),
    ("durations", durations.extract),
    ("ordinals", history.extract_ordinals),
    ("quantities", quantities.extract),
    ("counts", counts.extract),
    ("actions", actions.extract),
    ("roles", roles.extract),
]


def extract(doc: Document) -> list[Claim]:
    """All claims of one document, in document order."""
    ctx = build_context(doc)
    claims: list[Claim] = []
    for _name, run in EXTRACTORS:
        claims.extend(run(ctx))
    claims.sort(key=lambda c: (c.evidence.line, c.evidence.column, c.kind, c.key))
    return claims

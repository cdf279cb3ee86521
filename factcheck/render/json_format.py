"""JSON: the report as the documented contract (see `factcheck schema`)."""

from __future__ import annotations

from ..models import Report
from . import RenderOptions


def render(report: Report, options: RenderOptions) -> str:
    """Indented JSON, keys in model order; the same report gives the same bytes."""
    return report.model_dump_json(indent=2) + "\n"

"""Renderers: one small module per output format, all over the same `Report`.

Each renderer is `render(report, options) -> str`. Adding a format is adding one module
and one line in `FORMATS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from ..models import Report


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    width: int = 100
    quiet: bool = False  # findings only: no corroborated claims, no summary


Renderer = Callable[[Report, RenderOptions], str]

# format name -> module holding its `render`
FORMATS: dict[str, str] = {
    "table": "table",
    "json": "json_format",
    "github": "github",
    "sarif": "sarif",
    "junit": "junit",
    "markdown": "markdown",
    "csv": "csv_format",
}


def get_renderer(name: str) -> Renderer:
    """The renderer of a format; modules are imported lazily to keep start-up fast."""
    module = import_module(f"{__name__}.{FORMATS[name]}")
    return module.render  # type: ignore[no-any-return]

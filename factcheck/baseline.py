"""The baseline file: conflicts an editor has reviewed and accepted for now.

`factcheck baseline` writes the current open conflicts to it, keyed by their stable ids;
`factcheck check` then fails only on conflicts that are not in it, or whose values
changed since. The file is JSON, sorted, with a format version, so it diffs cleanly in
review:

    {
      "tool": "factcheck",
      "version": 1,
      "conflicts": [
        {"id": "6c43ee588e49", "kind": "count", "claim": "number of agreements",
         "values": ["14", "15"]}
      ]
    }

A value is written as text: the canonical value, with a leading "~" when the source
gave it as an approximation ("over 200" is "~200").
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import ConfigError
from .models import CanonicalValue, Conflict

BASELINE_VERSION = 1
TOOL = "factcheck"
DEFAULT_BASELINE = "factcheck-baseline.json"


class BaselineError(ConfigError):
    """A baseline that cannot be read or written: one line for the user (exit 2)."""


@dataclass(frozen=True)
class BaselineEntry:
    """One reviewed conflict: what it is about and the values it had then."""

    id: str
    kind: str
    claim: str
    values: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "claim": self.claim,
                "values": list(self.values)}


@dataclass(frozen=True)
class Baseline:
    """The entries of a baseline file, by conflict id."""

    entries: dict[str, BaselineEntry]
    path: str | None = None


def value_key(value: CanonicalValue, approx: bool = False) -> str:
    """How a value is written in a baseline: `14`, `2026-01-05`, `~200`."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return ("~" if approx else "") + str(value)


def conflict_values(conflict: Conflict) -> tuple[str, ...]:
    """The conflict's values as baseline keys, sorted."""
    return tuple(sorted({value_key(v.value, v.approx) for v in conflict.values}))


def entry_for(conflict: Conflict) -> BaselineEntry:
    """The baseline entry that records `conflict` as reviewed."""
    return BaselineEntry(conflict.id, conflict.kind, conflict.claim, conflict_values(conflict))


def dumps(entries: Iterable[BaselineEntry]) -> str:
    """The file's text: entries sorted by id, two-space indent, a final newline."""
    doc = {
        "tool": TOOL,
        "version": BASELINE_VERSION,
        "conflicts": [e.to_json() for e in sorted(entries, key=lambda e: e.id)],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def parse(text: str, name: str) -> Baseline:
    """Read a baseline file's text; `BaselineError` naming the file when it is not one."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{name}: not a factcheck baseline (not JSON: {exc.msg} "
                            f"at line {exc.lineno})") from None
    if not isinstance(doc, dict) or doc.get("tool") != TOOL:
        raise BaselineError(f"{name}: not a factcheck baseline (no \"tool\": \"factcheck\")")
    if doc.get("version") != BASELINE_VERSION:
        raise BaselineError(f"{name}: baseline version {doc.get('version')!r} is not supported "
                            f"(this factcheck reads version {BASELINE_VERSION})")
    raw = doc.get("conflicts")
    if not isinstance(raw, list):
        raise BaselineError(f"{name}: bad baseline: \"conflicts\" must be a list")
    entries: dict[str, BaselineEntry] = {}
    for i, item in enumerate(raw):
        if (not isinstance(item, dict) or not isinstance(item.get("id"), str)
                or not isinstance(item.get("values"), list)
                or not all(isinstance(v, str) for v in item["values"])):
            raise BaselineError(f"{name}: bad baseline entry {i + 1}: needs \"id\" (text) and "
                                "\"values\" (a list of text)")
        entries[item["id"]] = BaselineEntry(
            id=item["id"],
            kind=str(item.get("kind", "")),
            claim=str(item.get("claim", "")),
            values=tuple(sorted(item["values"])),
        )
    return Baseline(entries, name)


def read_baseline(path: str | Path) -> Baseline:
    """Load a baseline file. Missing, unreadable or malformed: `BaselineError`."""
    p = Path(path)
    if not p.is_file():
        raise BaselineError(f"{path}: no such baseline file (create it with `factcheck baseline`)")
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: cannot read baseline ({exc})") from None
    return parse(text, str(path))


def write_baseline(path: str | Path, entries: Iterable[BaselineEntry]) -> None:
    """Write a baseline atomically. Refuses to replace a file that is not a baseline, so
    a mistyped path never destroys a user's article or configuration."""
    from .output import OutputError, write_atomic

    p = Path(path)
    if p.is_dir():
        raise BaselineError(f"{path}: is a folder")
    if p.exists():
        try:
            parse(p.read_text(encoding="utf-8"), str(path))
        except (BaselineError, OSError, UnicodeDecodeError):
            raise BaselineError(f"{path}: exists and is not a factcheck baseline; "
                                "refusing to overwrite it") from None
    try:
        write_atomic(str(path), dumps(entries))
    except OutputError as exc:
        raise BaselineError(str(exc)) from None

"""The CI gate: editors' decisions and the fail decision over a `Report`.

Pure functions, no files or terminal: `gate()` takes the report of every article read,
the baseline and the resolutions, and returns the report to show (conflicts with their
`status` and `resolution` set) and what fails the run. The CLI (`factcheck check`)
reads the files and prints.

Order of application:
  1. resolutions (config `[resolutions.ID]`): the conflict is resolved; with `correct`,
     the sources that state another exact value are named as wrong (`outliers`);
  2. the baseline: a conflict whose id is in it, and whose values are all among the
     values recorded, is baselined; one with a new value is open again ("changed");
     baseline entries that match no conflict are stale;
  3. `--against`: only conflicts (and agreements) in which a draft takes part are kept;
     a resolved conflict in which a draft states a value other than `correct` is open;
  4. fail decision: open conflicts at or above `fail_on` fail (stale entries too, with
     `strict_baseline`); then `min_severity` hides conflicts from the output, which does
     not change what fails.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import PurePath, PurePosixPath

from .baseline import Baseline, BaselineEntry, conflict_values
from .models import (
    Agreement,
    CanonicalValue,
    Conflict,
    Evidence,
    Report,
    Resolution,
    Severity,
    ValueReport,
)
from .reconcile import SEVERITY_RANK


def at_or_above(severity: str, level: str) -> bool:
    """True when `severity` is `level` or more severe (high > medium > low)."""
    return SEVERITY_RANK[severity] <= SEVERITY_RANK[level]


@dataclass(frozen=True)
class GateResult:
    """What `check` shows and what makes it fail."""

    report: Report
    """The report to render: conflicts filtered and with their status set."""
    failing: tuple[Conflict, ...] = ()
    """Open conflicts at or above --fail-on (shown or not)."""
    hidden_failing: tuple[Conflict, ...] = ()
    """Failing conflicts that --min-severity keeps out of the output."""
    baselined: tuple[Conflict, ...] = ()
    """Conflicts the baseline accepts (not in `report` unless asked for)."""
    changed: tuple[str, ...] = ()
    """Ids of baselined conflicts with a value the baseline did not record."""
    stale: tuple[BaselineEntry, ...] = ()
    """Baseline entries that match no current conflict."""
    strict_baseline: bool = False
    warnings: tuple[str, ...] = field(default=())
    """Resolutions that match no conflict, `correct` values no source gives."""

    @property
    def failed(self) -> bool:
        """True when the run should exit 1 (unless --exit-zero)."""
        return bool(self.failing) or (self.strict_baseline and bool(self.stale))


def same_value(a: CanonicalValue, b: CanonicalValue) -> bool:
    """Whether an editor's `correct` value is this value: numbers by value, text without
    regard to case or surrounding blanks ("90 Minutes" is "90 minutes")."""
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    return str(a).strip().casefold() == str(b).strip().casefold()


def wrong_sources(conflict: Conflict, correct: CanonicalValue) -> list[str]:
    """Sources that state an exact value other than `correct`. Approximate values
    ("over 200") are left out: without their bounds, they are neither right nor wrong."""
    return sorted({s for v in conflict.values
                   if not v.approx and not same_value(v.value, correct) for s in v.sources})


def apply_resolutions(
    conflicts: Iterable[Conflict], resolutions: Mapping[str, Resolution]
) -> tuple[list[Conflict], list[str]]:
    """Mark conflicts with a recorded decision as resolved; return them and warnings."""
    out: list[Conflict] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for c in conflicts:
        r = resolutions.get(c.id)
        if r is None:
            out.append(c)
            continue
        seen.add(c.id)
        update: dict[str, object] = {"status": "resolved", "resolution": r}
        if r.correct is not None:
            update["outliers"] = wrong_sources(c, r.correct)
            if not any(same_value(v.value, r.correct) for v in c.values):
                given = ", ".join(str(v.value) for v in c.values)
                warnings.append(f"resolution {c.id}: correct value {r.correct!r} is none of "
                                f"the values the sources give ({given})")
        out.append(c.model_copy(update=update))
    for rid in sorted(set(resolutions) - seen):
        warnings.append(f"resolution {rid} matches no current conflict; remove it")
    return out, warnings


def apply_baseline(
    conflicts: Iterable[Conflict], baseline: Baseline | None
) -> tuple[list[Conflict], list[str], list[BaselineEntry]]:
    """Mark open conflicts the baseline accepts as baselined.

    Returns the conflicts, the ids of baselined conflicts that changed (a value the
    baseline did not record: open again, and `why` says what is new), and the stale
    entries (no current conflict has their id)."""
    conflicts = list(conflicts)
    if baseline is None:
        return conflicts, [], []
    out: list[Conflict] = []
    changed: list[str] = []
    for c in conflicts:
        entry = baseline.entries.get(c.id)
        if entry is None or c.status != "open":
            out.append(c)
            continue
        new = [v for v in conflict_values(c) if v not in entry.values]
        if not new:
            out.append(c.model_copy(update={"status": "baselined"}))
            continue
        changed.append(c.id)
        why = (f"Changed since the baseline: new value{'s' if len(new) > 1 else ''} "
               f"{', '.join(new)} (reviewed: {', '.join(entry.values)}). {c.why}")
        out.append(c.model_copy(update={"why": why}))
    ids = {c.id for c in conflicts}
    stale = [e for i, e in sorted(baseline.entries.items()) if i not in ids]
    return out, changed, stale


def involves(values_sources: Iterable[Iterable[str]], drafts: set[str]) -> bool:
    """True when any of the given source lists names a draft."""
    return any(s in drafts for sources in values_sources for s in sources)


def _against(
    conflicts: list[Conflict], agreements: list[Agreement], drafts: set[str]
) -> tuple[list[Conflict], list[Agreement]]:
    kept: list[Conflict] = []
    for c in conflicts:
        if not involves((v.sources for v in c.values), drafts):
            continue
        r = c.resolution
        if c.status == "resolved" and r is not None and r.correct is not None:
            against = sorted(set(wrong_sources(c, r.correct)) & drafts)
            if against:
                why = (f"The draft contradicts the recorded decision (correct: {r.correct}): "
                       f"{', '.join(against)}. {c.why}")
                c = c.model_copy(update={"status": "open", "why": why})
        kept.append(c)
    kept_agreements = [a for a in agreements
                       if involves((v.sources for v in a.values), drafts)]
    return kept, kept_agreements


def gate(
    report: Report,
    *,
    fail_on: Severity = "low",
    min_severity: Severity = "low",
    baseline: Baseline | None = None,
    resolutions: Mapping[str, Resolution] | None = None,
    drafts: set[str] | None = None,
    strict_baseline: bool = False,
    show_baselined: bool = False,
) -> GateResult:
    """Apply decisions and filters to `report` and decide whether the run fails.

    `drafts`: ids of the sources checked `--against` the others; None checks everything.
    `show_baselined`: keep baselined conflicts in the output (hidden by default, as
    ESLint and SwiftLint hide what their baselines suppress).
    """
    conflicts, warnings = apply_resolutions(report.conflicts, resolutions or {})
    conflicts, changed, stale = apply_baseline(conflicts, baseline)
    agreements = list(report.agreements)
    if drafts is not None:
        conflicts, agreements = _against(conflicts, agreements, drafts)
    failing = [c for c in conflicts if c.status == "open" and at_or_above(c.severity, fail_on)]
    baselined = [c for c in conflicts if c.status == "baselined"]
    shown = [c for c in conflicts if at_or_above(c.severity, min_severity)
             and (show_baselined or c.status != "baselined")]
    shown_ids = {c.id for c in shown}
    hidden = [c for c in failing if c.id not in shown_ids]
    summary = report.summary.model_copy(update={"conflicts": len(shown),
                                                "agreements": len(agreements)})
    out = report.model_copy(update={"conflicts": shown, "agreements": agreements,
                                    "summary": summary})
    return GateResult(
        report=out,
        failing=tuple(failing),
        hidden_failing=tuple(hidden),
        baselined=tuple(baselined),
        changed=tuple(changed),
        stale=tuple(stale),
        strict_baseline=strict_baseline,
        warnings=tuple(warnings),
    )


def baseline_entries(report: Report, resolutions: Mapping[str, Resolution] | None = None,
                     drafts: set[str] | None = None) -> list[BaselineEntry]:
    """What `factcheck baseline` records: every conflict not resolved by a decision (in
    which a draft takes part, with `drafts`), whatever its severity."""
    from .baseline import entry_for

    result = gate(report, resolutions=resolutions, drafts=drafts)
    return [entry_for(c) for c in result.report.conflicts if c.status == "open"]


# --- paths ------------------------------------------------------------------------------


def repo_path(path: str, root: str, cwd: str) -> str:
    """`path` (as given on the command line, relative to `cwd`) relative to `root`, in
    forward slashes, as code-scanning tools want it; unchanged when outside `root`."""
    if path in ("-", "<stdin>"):
        return path
    full = os.path.normpath(os.path.join(cwd, path))
    try:
        rel = os.path.relpath(full, root)
    except ValueError:  # another drive on Windows
        return path
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return PurePath(path).as_posix()
    return str(PurePosixPath(*PurePath(rel).parts))


def relative_paths(report: Report, root: str, cwd: str) -> Report:
    """The report with every evidence and source path made relative to `root`."""

    def ev(e: Evidence) -> Evidence:
        return e.model_copy(update={"path": repo_path(e.path, root, cwd)})

    def values(vs: list[ValueReport]) -> list[ValueReport]:
        return [v.model_copy(update={"evidence": [ev(e) for e in v.evidence]}) for v in vs]

    return report.model_copy(update={
        "sources": [s.model_copy(update={"path": repo_path(s.path, root, cwd)})
                    for s in report.sources],
        "conflicts": [c.model_copy(update={"values": values(c.values)})
                      for c in report.conflicts],
        "agreements": [a.model_copy(update={"values": values(a.values)})
                       for a in report.agreements],
    })


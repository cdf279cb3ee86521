"""SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`).

One rule per claim kind (`factcheck/count`, `factcheck/date`, ...), all declared so code
scanning can tell "ran and found nothing" from "rule gone" and close fixed alerts. One
result per conflict: its primary location is the passage most likely wrong (the first
outlier's, or the first passage against the recorded `correct` value), the other
sources' passages are `relatedLocations`. `partialFingerprints` carries
`primaryLocationLineHash` (a hash of the primary sentence, so moving it keeps the alert)
and the conflict's own id under `factcheck/v1`. Resolved and baselined conflicts carry an
accepted external suppression. The same report gives the same bytes.

Also holds the location helpers the other CI formats share.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..models import KINDS, CanonicalValue, Conflict, Evidence, Report, ValueReport
from . import RenderOptions

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/factcheck-news/"
FINGERPRINT_KEY = "factcheck/v1"
LEVEL = {"high": "error", "medium": "warning", "low": "note"}

_SHORT = {
    "count": "Articles give different numbers for the same count",
    "quantity": "Articles give different amounts for the same quantity",
    "date": "Articles give different dates for the same event",
    "year": "Articles disagree on when something last happened, or was built or founded",
    "duration": "Articles give different lengths for the same event",
    "role": "Articles give a person different titles",
    "weekday": "A weekday does not fit the date it is attached to",
}
_HELP = (
    "Sources about one event state incompatible values for the same {kind} claim. "
    "Check the value against the primary source and correct the article that is wrong. "
    "If the difference is explained, or the wire copy is wrong and stays as filed, record "
    "the decision in the configuration:\n\n"
    "  [resolutions.CONFLICT_ID]\n"
    "  correct = VALUE\n"
    '  note = "confirmed with the official list"\n'
    '  by = "desk editor"\n'
    '  date = "YYYY-MM-DD"\n\n'
    "or accept every current conflict with `factcheck baseline`."
)


# --- helpers shared by the CI formats --------------------------------------------------


def value_label(v: ValueReport) -> str:
    """A value as an editor reads it: `14`, `over 200 (approx.)` style."""
    return f"{v.value}{' (approx.)' if v.approx else ''}"


def first_evidence(v: ValueReport) -> list[Evidence]:
    """The first passage of each source that gives `v`, by source."""
    firsts: dict[str, Evidence] = {}
    for e in v.evidence:
        if e.source not in firsts or (e.line, e.column) < (firsts[e.source].line,
                                                          firsts[e.source].column):
            firsts[e.source] = e
    return [firsts[s] for s in sorted(firsts)]


def reference_value(c: Conflict) -> CanonicalValue | None:
    """The value the others are measured against: the editor's `correct`, else the
    majority's."""
    if c.resolution is not None and c.resolution.correct is not None:
        return c.resolution.correct
    return c.majority


def _is(v: ValueReport, ref: CanonicalValue | None) -> bool:
    from ..gate import same_value

    return ref is not None and not v.approx and same_value(v.value, ref)


def primary_evidence(c: Conflict) -> Evidence:
    """The passage most likely wrong: the first outlier's passage against the reference
    value; on a tie, the first passage of the second value."""
    ref = reference_value(c)
    against = [v for v in c.values if not _is(v, ref)] if ref is not None else c.values[1:]
    for source in c.outliers:
        for v in against:
            for e in first_evidence(v):
                if e.source == source:
                    return e
    for v in against or c.values:
        return first_evidence(v)[0]
    raise ValueError(f"conflict {c.id} has no evidence")


def artifact_uri(path: str) -> str:
    """A path as a SARIF `artifactLocation.uri`: relative paths stay relative."""
    if path.startswith("/"):
        return "file://" + quote(path, safe="/")
    return quote(PurePosixPath(path).as_posix(), safe="/")


def line_hash(e: Evidence) -> str:
    """A stable stand-in for GitHub's `primaryLocationLineHash`: the sentence and the
    claim's words, so an edit elsewhere in the file keeps the alert."""
    digest = hashlib.sha256(f"{' '.join(e.quote.split())}\n{e.text}".encode()).hexdigest()
    return f"{digest[:16]}:1"


def conflict_message(c: Conflict) -> str:
    """One paragraph: the values and who gives them, the decision, why it matters."""
    parts = [f"{c.kind}: {c.claim}: "
             + "; ".join(f"{value_label(v)} in {', '.join(v.sources)}" for v in c.values) + "."]
    if c.resolution is not None:
        parts.append(decision_text(c) + ".")
    parts.append(c.why)
    return " ".join(parts)


def decision_text(c: Conflict) -> str:
    """The recorded decision, for a reader: `Resolved: correct value 14 (wrong: X): note
    (by, date)`."""
    r = c.resolution
    if r is None:
        return ""
    text = "Resolved"
    if r.correct is not None:
        text += f": correct value {r.correct}"
        if c.outliers:
            text += f" (wrong: {', '.join(c.outliers)})"
    if r.note:
        text += f": {r.note}"
    who = ", ".join(x for x in (r.by, r.date) if x)
    if who:
        text += f" ({who})"
    return text


# --- the format ------------------------------------------------------------------------


def _region(e: Evidence) -> dict[str, int]:
    return {"startLine": e.line, "startColumn": e.column,
            "endLine": e.end_line, "endColumn": e.end_column}


def _location(e: Evidence) -> dict[str, Any]:
    return {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(e.path)},
                                 "region": _region(e)}}


def _rule(kind: str) -> dict[str, Any]:
    what = KINDS.get(kind, f"a {kind} claim")
    return {
        "id": f"factcheck/{kind}",
        "name": "".join(w.capitalize() for w in kind.split("_")) + "Conflict",
        "shortDescription": {"text": _SHORT.get(kind, f"Articles disagree on a {kind}")},
        "fullDescription": {"text": f"Two or more articles about one event give incompatible "
                                    f"values for the same {kind}: {what}."},
        "help": {"text": _HELP.format(kind=kind)},
        "properties": {"tags": ["factcheck", kind]},
    }


def _result(c: Conflict, rule_index: dict[str, int]) -> dict[str, Any]:
    primary = primary_evidence(c)
    related: list[dict[str, Any]] = []
    for v in c.values:
        for e in first_evidence(v):
            if e == primary:
                continue
            loc = _location(e)
            loc["id"] = len(related) + 1
            loc["message"] = {"text": f"{e.source} gives {value_label(v)}: {e.text}"}
            related.append(loc)
    rule_id = f"factcheck/{c.kind}"
    result: dict[str, Any] = {
        "ruleId": rule_id,
        "ruleIndex": rule_index[rule_id],
        "level": LEVEL[c.severity],
        "message": {"text": conflict_message(c)},
        "locations": [_location(primary)],
    }
    if related:
        result["relatedLocations"] = related
    result["partialFingerprints"] = {"primaryLocationLineHash": line_hash(primary),
                                     FINGERPRINT_KEY: c.id}
    if c.status == "resolved":
        result["suppressions"] = [{"kind": "external", "status": "accepted",
                                   "justification": decision_text(c)}]
    elif c.status == "baselined":
        result["suppressions"] = [{"kind": "external", "status": "accepted",
                                   "justification": "accepted in the factcheck baseline"}]
    result["properties"] = {
        "severity": c.severity,
        "status": c.status,
        "conflictId": c.id,
        "majority": c.majority,
        "outliers": list(c.outliers),
    }
    return result


def sarif_log(report: Report) -> dict[str, Any]:
    """The SARIF log as a dict (what `render` serializes)."""
    kinds = list(KINDS) + sorted({c.kind for c in report.conflicts} - set(KINDS))
    rules = [_rule(k) for k in kinds]
    rule_index = {f"factcheck/{k}": i for i, k in enumerate(kinds)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": [_result(c, rule_index) for c in report.conflicts],
        }],
    }


def render(report: Report, options: RenderOptions) -> str:
    """The SARIF log, indented, keys in a fixed order: the same report, the same bytes."""
    return json.dumps(sarif_log(report), indent=2, ensure_ascii=False) + "\n"

"""JUnit XML for CI test-report views (GitLab, Jenkins, Azure, test-reporter actions).

One `<testsuite>` per claim kind, one `<testcase>` per conflict, at its primary passage
(`file`, `line`): a `<failure>` when the conflict is open, `<skipped>` when it is
resolved or baselined, with the decision as the message. With no conflict, one passing
test case. No timestamps or durations, so the same report gives the same bytes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

from ..models import Conflict, Report
from . import RenderOptions
from .sarif import conflict_message, decision_text, first_evidence, primary_evidence, value_label


def _details(c: Conflict) -> str:
    lines = [f"{c.severity.upper()} {c.kind}: {c.claim} [{c.id}]"]
    for v in c.values:
        lines.append(f"{value_label(v)}: {', '.join(v.sources)}")
        for e in first_evidence(v):
            lines.append(f"  {e.path}:{e.line}:{e.column}: {' '.join(e.quote.split())}")
    if c.resolution is not None:
        lines.append(decision_text(c))
    lines.append(c.why)
    return "\n".join(lines) + "\n"


def _testcase(parent: ET.Element, c: Conflict) -> str:
    e = primary_evidence(c)
    case = ET.SubElement(parent, "testcase", {
        "name": f"{c.kind}: {c.claim} [{c.id}]",
        "classname": f"factcheck.{c.kind}",
        "file": e.path,
        "line": str(e.line),
    })
    if c.status == "open":
        failure = ET.SubElement(case, "failure", {"message": conflict_message(c),
                                                  "type": c.severity})
        failure.text = _details(c)
        return "failure"
    message = decision_text(c) if c.status == "resolved" else "accepted in the baseline"
    ET.SubElement(case, "skipped", {"message": message})
    return "skipped"


def render(report: Report, options: RenderOptions) -> str:
    """The JUnit document, with an XML declaration and two-space indent."""
    root = ET.Element("testsuites", {"name": "factcheck"})
    by_kind: dict[str, list[Conflict]] = defaultdict(list)
    for c in report.conflicts:
        by_kind[c.kind].append(c)
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    if not by_kind:
        suite = ET.SubElement(root, "testsuite", {"name": "factcheck", "tests": "1",
                                                  "failures": "0", "errors": "0",
                                                  "skipped": "0"})
        ET.SubElement(suite, "testcase", {"name": "no conflicts", "classname": "factcheck"})
        totals["tests"] = 1
    for kind in sorted(by_kind):
        suite = ET.SubElement(root, "testsuite", {"name": f"factcheck.{kind}"})
        counts = {"failure": 0, "skipped": 0}
        for c in by_kind[kind]:
            counts[_testcase(suite, c)] += 1
        n = len(by_kind[kind])
        suite.attrib.update({"tests": str(n), "failures": str(counts["failure"]),
                             "errors": "0", "skipped": str(counts["skipped"])})
        totals["tests"] += n
        totals["failures"] += counts["failure"]
        totals["skipped"] += counts["skipped"]
    root.attrib.update({"tests": str(totals["tests"]), "failures": str(totals["failures"]),
                        "errors": "0", "skipped": str(totals["skipped"])})
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"

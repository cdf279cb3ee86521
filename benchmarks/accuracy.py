"""How factcheck does on real-style articles it was not written against.

Each folder under `benchmarks/unseen/setN/` is one event as four outlets wrote it, with
a `TRUTH.json` that lists the conflicts planted in it (one outlet gets a figure, a
date, a length, a year or a title wrong) and the look-alikes that must not be flagged.
The sets were written by people who had not seen the code; see docs/accuracy.md for
which sets the code was later tuned on.

    .venv/bin/python benchmarks/accuracy.py                 # every set
    .venv/bin/python benchmarks/accuracy.py benchmarks/unseen/set7 -v

For each cluster it prints the planted conflicts found and the reported conflicts that
match nothing planted ("false"; low-severity "may be an update" ones are counted apart).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.api import build_report

ROOT = Path(__file__).resolve().parent / "unseen"
EXTENSIONS = {".txt", ".md", ".html"}
UNIT_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}


def _norm(kind: str, value: Any) -> Any:
    """A value in a form both the truth files and the report agree on."""
    if kind == "duration":
        m = re.match(r"^\s*([\d.]+)\s*([a-z]+?)s?\s*$", str(value).lower())
        if m and m.group(2) in ("month", "year"):
            return "months", round(float(m.group(1)) * (12 if m.group(2) == "year" else 1), 6)
        if m and m.group(2) in UNIT_SECONDS:
            return "seconds", round(float(m.group(1)) * UNIT_SECONDS[m.group(2)], 6)
        return str(value).strip().lower()
    if kind in ("count", "quantity", "year"):
        try:
            return round(float(value), 6)
        except (TypeError, ValueError):
            return str(value).strip().lower()
    if kind == "role":
        # "chief operating officer (calder)": the affiliation is not part of the title
        text = re.sub(r"\s+", " ", str(value).strip().lower())
        return re.sub(r"\s*\([^)]*\)$", "", text).replace("labour", "labor")
    return str(value).strip()


def _matches(conflict: dict[str, Any], planted: dict[str, Any]) -> bool:
    if conflict["kind"] != planted["kind"]:
        return False
    values = {_norm(conflict["kind"], v["value"]) for v in conflict["values"]}

    def found(p: Any) -> bool:
        if planted["kind"] == "quantity" and isinstance(p, int | float):
            # lengths are reported in metres: 310 (mm) is 0.31, 18 (km) is 18000; speeds
            # in km/h, rounded to three decimals: 175 (mph) is 281.635
            return any(_norm("quantity", round(p * f, 3)) in values
                       for f in (1, 0.001, 1000, 1.609344))
        return _norm(planted["kind"], p) in values

    return all(found(p) for p in planted["values"])


@dataclass
class Result:
    name: str
    files: int
    planted: list[dict[str, Any]]
    found: list[bool]
    false: list[dict[str, Any]]


def score(cluster: Path) -> Result:
    truth = json.loads((cluster / "TRUTH.json").read_text(encoding="utf-8"))
    files = sorted(str(p) for p in cluster.iterdir() if p.suffix in EXTENSIONS)
    report = build_report(files).model_dump(mode="json")
    conflicts = report["conflicts"]
    planted = truth["planted"]
    found = [any(_matches(c, p) for c in conflicts) for p in planted]
    false = [c for c in conflicts if not any(_matches(c, p) for p in planted)]
    return Result(cluster.name, len(files), planted, found, false)


def _is_update(conflict: dict[str, Any]) -> bool:
    return conflict["severity"] == "low" and "may be an update" in conflict["why"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT],
                        help="a set, a cluster, or the folder of sets (default)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list what was missed and what was false")
    args = parser.parse_args()
    clusters = sorted({t.parent for p in args.paths for t in p.rglob("TRUTH.json")})
    if not clusters:
        print("no clusters with a TRUTH.json under " + ", ".join(map(str, args.paths)),
              file=sys.stderr)
        return 2
    by_set: dict[str, list[Result]] = {}
    for cluster in clusters:
        by_set.setdefault(cluster.parent.name, []).append(score(cluster))
    print(f"{'set':<6} {'clusters':>8} {'articles':>8} {'found':>9} {'false':>6} {'updates':>8}")
    totals = [0, 0, 0, 0, 0, 0]
    for name, results in by_set.items():
        row = [len(results), sum(r.files for r in results),
               sum(sum(r.found) for r in results), sum(len(r.planted) for r in results),
               sum(sum(not _is_update(c) for c in r.false) for r in results),
               sum(sum(_is_update(c) for c in r.false) for r in results)]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        print(f"{name:<6} {row[0]:>8} {row[1]:>8} {f'{row[2]}/{row[3]}':>9} {row[4]:>6} "
              f"{row[5]:>8}")
        if args.verbose:
            for r in results:
                for p, ok in zip(r.planted, r.found, strict=True):
                    if not ok:
                        print(f"  [{r.name}] missed {p['kind']} {p['values']}")
                for c in r.false:
                    values = "; ".join(f"{v['value']}{'~' if v['approx'] else ''} "
                                       f"[{','.join(v['sources'])}]" for v in c["values"])
                    tag = "update" if _is_update(c) else "false"
                    print(f"  [{r.name}] {tag} {c['kind']} | {c['claim']} | {values}")
    if len(by_set) > 1:
        print(f"{'all':<6} {totals[0]:>8} {totals[1]:>8} {f'{totals[2]}/{totals[3]}':>9} "
              f"{totals[4]:>6} {totals[5]:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Multi-article cluster tests.

Every folder under ``tests/clusters/`` holds 3-5 articles about ONE event
(.txt, .md with YAML front matter, .html saved pages) plus an ``expected.json``
describing the conflicts a careful editor would report, and look-alikes that
must NOT be reported.

* ``test_cluster_conflicts`` runs the real pipeline (``factcheck.api.build_report``)
  and compares the reported conflicts as a set of ``(kind, sorted values)``.
* ``test_expected_wellformed`` only checks the test data itself; it needs no
  pipeline code.

Note: ``build_report`` receives the folder, so it must ignore ``expected.json``
(it only reads article files: .txt, .md, .html).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from pathlib import Path
from typing import Any

import pytest

CLUSTERS_DIR = Path(__file__).parent / "clusters"
CLUSTERS = (
    sorted(p.name for p in CLUSTERS_DIR.iterdir() if p.is_dir()) if CLUSTERS_DIR.is_dir() else []
)

ALLOWED_KINDS = {"count", "quantity", "date", "year", "duration", "role"}
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
DURATION_RE = re.compile(r"^([1-9]\d*) (minute|hour|day|week|month|year)s?$")
# next-larger unit and how many of the smaller unit it takes
_UPGRADE = {"minute": 60, "hour": 24, "day": 7, "month": 12}


def _load_expected(cluster: str) -> dict[str, Any]:
    path = CLUSTERS_DIR / cluster / "expected.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _article_files(cluster: str) -> list[Path]:
    return sorted(
        p
        for p in (CLUSTERS_DIR / cluster).iterdir()
        if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
    )


def _norm_value(kind: str, value: Any) -> Any:
    """Normalise a value so that 4.2e9 == 4200000000 and 67.30000001 == 67.3."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        f = float(value)
        if math.isfinite(f) and f.is_integer():
            return int(f)
        return round(f, 6)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, str):
        v = " ".join(value.split())
        return v.lower() if kind in {"role", "duration"} else v
    return value


def _kind_str(kind: Any) -> str:
    """Accept a plain str or a (str-)Enum member for ``Conflict.kind``."""
    return str(getattr(kind, "value", kind)).lower()


def _key(kind: str, values: list[Any]) -> tuple[str, tuple[Any, ...]]:
    normed = [_norm_value(kind, v) for v in values]
    return kind, tuple(sorted(normed))


# --------------------------------------------------------------------------
# pipeline test (needs factcheck.api)
# --------------------------------------------------------------------------


@pytest.mark.parametrize("cluster", CLUSTERS)
def test_cluster_conflicts(cluster: str) -> None:
    from factcheck.api import build_report  # imported here so the data test runs without it

    expected = _load_expected(cluster)
    want = {_key(c["kind"], c["values"]) for c in expected["conflicts"]}

    report = build_report([CLUSTERS_DIR / cluster])
    # A conflict is named by its exact values; approximations that fit one side ("more
    # than 120" beside 126) are shown in the report but do not make another conflict.
    got = {
        _key(_kind_str(c.kind), sorted({cv.value for cv in c.values if not cv.approx}, key=repr)
             or [cv.value for cv in c.values])
        for c in report.conflicts
    }

    missing = want - got
    unexpected = got - want
    msg = [f"cluster {cluster!r}:"]
    if missing:
        msg.append(f"  missing conflicts: {sorted(missing, key=repr)}")
    if unexpected:
        msg.append(f"  unexpected conflicts (false positives): {sorted(unexpected, key=repr)}")
        msg.append("  look-alikes that must not conflict:")
        msg.extend(f"    - {s}" for s in expected["must_not_conflict"])
    assert got == want, "\n".join(msg)


# --------------------------------------------------------------------------
# data test (must pass without any pipeline code)
# --------------------------------------------------------------------------


def _check_value(kind: str, v: Any) -> str | None:
    """Return an error string if v is not a canonical value of this kind."""
    if kind == "count":
        if not (isinstance(v, int) and not isinstance(v, bool) and v >= 0):
            return f"count must be a non-negative int, got {v!r}"
    elif kind == "quantity":
        if not (isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)):
            return f"quantity must be a number, got {v!r}"
    elif kind == "date":
        if not (isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)):
            return f"date must be 'YYYY-MM-DD', got {v!r}"
        try:
            dt.date.fromisoformat(v)
        except ValueError:
            return f"invalid calendar date {v!r}"
    elif kind == "year":
        if not (isinstance(v, int) and not isinstance(v, bool) and 1800 <= v <= 2100):
            return f"year must be an int between 1800 and 2100, got {v!r}"
    elif kind == "duration":
        m = DURATION_RE.match(v) if isinstance(v, str) else None
        if not m:
            return f"duration must look like '90 minutes' / '3 days', got {v!r}"
        n, unit = int(m.group(1)), m.group(2)
        if (n == 1) != (not v.endswith("s")):
            return f"duration {v!r}: use singular only for 1 ('1 day', '2 days')"
        if unit in _UPGRADE and n % _UPGRADE[unit] == 0:
            return f"duration {v!r} is not in the largest evenly dividing unit"
    elif kind == "role":
        if not (isinstance(v, str) and v.strip() and v == v.lower() and v == " ".join(v.split())):
            return f"role must be a lowercase title, got {v!r}"
    return None


def test_wellformed_at_least_four_clusters() -> None:
    assert len(CLUSTERS) >= 4, f"expected >= 4 clusters under {CLUSTERS_DIR}, found {CLUSTERS}"


@pytest.mark.parametrize("cluster", CLUSTERS)
def test_expected_wellformed(cluster: str) -> None:
    folder = CLUSTERS_DIR / cluster
    assert (folder / "expected.json").is_file(), f"{cluster}: expected.json missing"
    expected = _load_expected(cluster)

    assert set(expected) >= {"description", "conflicts", "must_not_conflict"}, expected.keys()
    assert isinstance(expected["description"], str) and expected["description"].strip()
    assert isinstance(expected["must_not_conflict"], list) and expected["must_not_conflict"]
    assert all(isinstance(s, str) and s.strip() for s in expected["must_not_conflict"])

    articles = _article_files(cluster)
    stems = {p.stem for p in articles}
    names = [p.name for p in articles]
    assert 3 <= len(articles) <= 5, f"{cluster}: want 3-5 articles, got {names}"
    assert len(stems) == len(articles), f"{cluster}: duplicate file stems"
    suffixes = {p.suffix.lower() for p in articles}
    assert ".txt" in suffixes, f"{cluster}: need at least one .txt article"
    assert ".md" in suffixes, f"{cluster}: need at least one .md article"

    for md in (p for p in articles if p.suffix.lower() == ".md"):
        text = md.read_text(encoding="utf-8")
        fm = re.match(r"---\n(.*?)\n---\n", text, re.S)
        if fm:
            lines = fm.group(1).splitlines()
            keys = {line.split(":", 1)[0].strip() for line in lines if ":" in line}
            required = {"title", "outlet", "date", "url"}
            assert required <= keys, f"{md.name}: front matter keys {keys}"
            date_line = re.search(r"^date:\s*(\S+)", fm.group(1), re.M)
            assert date_line, f"{md.name}: front matter without date"
            dt.date.fromisoformat(date_line.group(1).strip("'\""))
    assert any(
        p.read_text(encoding="utf-8").startswith("---\n") for p in articles if p.suffix == ".md"
    ), f"{cluster}: need at least one .md with YAML front matter"

    conflicts = expected["conflicts"]
    assert isinstance(conflicts, list), f"{cluster}: conflicts must be a list"
    assert 1 <= len(conflicts) <= 3, f"{cluster}: want 1-3 conflicts"
    seen: set[tuple[str, tuple[Any, ...]]] = set()
    for i, c in enumerate(conflicts):
        where = f"{cluster} conflict #{i}"
        assert set(c) >= {"kind", "values", "claim_hint", "outliers"}, f"{where}: keys {set(c)}"
        kind, values = c["kind"], c["values"]
        assert kind in ALLOWED_KINDS, f"{where}: kind {kind!r} not in {sorted(ALLOWED_KINDS)}"
        assert isinstance(values, list) and len(values) >= 2, f"{where}: need >= 2 values"
        for v in values:
            err = _check_value(kind, v)
            assert err is None, f"{where}: {err}"
        assert values == sorted(values), f"{where}: values not sorted ascending: {values}"
        assert len(set(values)) == len(values), f"{where}: duplicate values {values}"
        assert isinstance(c["claim_hint"], str) and c["claim_hint"].strip(), f"{where}: claim_hint"
        outliers = c["outliers"]
        assert isinstance(outliers, list) and outliers, f"{where}: outliers must be non-empty"
        for o in outliers:
            assert o in stems, f"{where}: outlier {o!r} is not a file stem in {sorted(stems)}"
        assert len(outliers) < len(articles), f"{where}: every article is an outlier"
        key = (kind, tuple(values))
        assert key not in seen, f"{where}: duplicate conflict {key}"
        seen.add(key)

"""Every corpus line under factcheck/extract/corpus/ gives its value (Duckling-style).

A line is `EXPECTED | SENTENCE`; EXPECTED is `none` or `[~]VALUE [UNIT] [@KEY]`.
`# date: YYYY-MM-DD` sets the article's date for the lines below it, and
`# kind: NAME` names the claim kind when the file's stem does not.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck.document import Document
from factcheck.extract import extract
from factcheck.ingest import InputFile, load

from .conftest import make_document

CORPUS = Path(__file__).resolve().parent.parent / "factcheck" / "extract" / "corpus"


@dataclass
class Case:
    kind: str
    expected: str
    sentence: str
    date: dt.date | None
    where: str


def _kind_of(stem: str) -> str:
    if stem.endswith("ies"):
        return stem[:-3] + "y"
    return stem[:-1] if stem.endswith("s") else stem


def load_cases() -> list[Case]:
    cases = []
    for path in sorted(CORPUS.glob("*.txt")):
        kind = _kind_of(path.stem)
        date = None
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("# date:"):
                date = dt.date.fromisoformat(line.split(":", 1)[1].strip())
            elif line.startswith("# kind:"):
                kind = line.split(":", 1)[1].strip()
            elif line.strip() and not line.startswith("#"):
                expected, sentence = line.split(" | ", 1)
                cases.append(Case(kind, expected.strip(), sentence, date, f"{path.name}:{n}"))
    return cases


CASES = load_cases()


def parse_expected(expected: str) -> tuple[object, bool, str | None, str | None]:
    """(value, approx, unit, key) from `[~]VALUE [UNIT] [@KEY]`."""
    key = None
    if " @" in expected:
        expected, key = expected.split(" @", 1)
    approx = expected.startswith("~")
    expected = expected.lstrip("~")
    unit = None
    try:
        value = json.loads(expected)
    except json.JSONDecodeError:
        head, _, tail = expected.rpartition(" ")
        try:
            value, unit = json.loads(head), tail
        except json.JSONDecodeError:
            value = expected
    return value, approx, unit, key


def test_corpus_is_large_enough() -> None:
    kinds: dict[str, int] = {}
    for c in CASES:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    assert {"count", "date", "duration", "year", "quantity", "role", "ordinal", "action"} <= set(
        kinds
    )
    assert all(n >= 30 for n in kinds.values()), kinds  # issue 3: 30 phrasings a kind


def _through_ingest(case: Case, tmp_path: Path) -> Document:
    """The sentence as an article file read by the real ingest path, as the CLI reads it."""
    path = tmp_path / "article.txt"
    path.write_text(f"Test article\n{case.sentence}\n", encoding="utf-8")
    doc = load(InputFile(str(path), "article", "txt"), path.read_bytes())
    doc.date = case.date
    return doc


@pytest.mark.parametrize("via", ["memory", "ingest"])
@pytest.mark.parametrize("case", CASES, ids=[c.where for c in CASES])
def test_corpus_line(case: Case, via: str, tmp_path: Path) -> None:
    if via == "memory":
        doc = make_document(f"Test article\n{case.sentence}\n", case.date)
    else:
        doc = _through_ingest(case, tmp_path)
    claims = [c for c in extract(doc) if c.kind == case.kind]
    if case.expected == "none":
        assert claims == [], [(c.value, c.evidence.text) for c in claims]
        return
    value, approx, unit, key = parse_expected(case.expected)
    got = [(c.value, c.approx, c.unit, c.key, c.evidence.text) for c in claims]
    matching = [
        c for c in claims
        if c.value == value and c.approx == approx
        and (unit is None or c.unit == unit) and (key is None or key in c.key)
    ]
    assert matching, f"wanted {case.expected!r}, got {got}"

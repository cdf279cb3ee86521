"""The quantity and role corpora, each line read through the real ingest path.

Every line of `factcheck/extract/corpus/quantities.txt` and `roles.txt` is
`EXPECTED | SENTENCE` (see `tests/test_corpus.py` for the format). Here each sentence is
written to a file under a headline line and read with `factcheck.ingest.load`, as the
CLI reads an article; the general corpus test reads the same lines from memory.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck.extract import extract
from factcheck.extract.roles import compatible_roles, normalize_title, person_key
from factcheck.ingest import InputFile, load
from factcheck.match import merge_person_keys

CORPUS = Path(__file__).resolve().parent.parent / "factcheck" / "extract" / "corpus"
FILES = {"quantities.txt": "quantity", "roles.txt": "role"}


@dataclass
class Case:
    kind: str
    expected: str
    sentence: str
    date: dt.date | None
    where: str


def _cases() -> list[Case]:
    cases = []
    for name, kind in FILES.items():
        date = None
        for n, line in enumerate((CORPUS / name).read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("# date:"):
                date = dt.date.fromisoformat(line.split(":", 1)[1].strip())
            elif line.strip() and not line.startswith("#"):
                expected, sentence = line.split(" | ", 1)
                cases.append(Case(kind, expected.strip(), sentence, date, f"{name}:{n}"))
    return cases


CASES = _cases()


def _expected(text: str) -> tuple[object, bool, str | None, str | None]:
    """(value, approx, unit, key) of `[~]VALUE [UNIT] [@KEY]`; VALUE is JSON if it parses."""
    key = None
    if " @" in text:
        text, key = text.split(" @", 1)
    approx = text.startswith("~")
    text = text.lstrip("~")
    if text.startswith('"'):
        end = text.index('"', 1) + 1
        value, unit = json.loads(text[:end]), text[end:].strip() or None
        return value, approx, unit, key
    head, _, unit = text.partition(" ")
    try:
        return json.loads(head), approx, unit or None, key
    except json.JSONDecodeError:
        return text, approx, None, key


def test_each_corpus_is_large_enough() -> None:
    for kind in FILES.values():
        lines = [c for c in CASES if c.kind == kind]
        assert len(lines) >= 30, (kind, len(lines))
        assert any(c.expected == "none" for c in lines), kind


@pytest.mark.parametrize("case", CASES, ids=[c.where for c in CASES])
def test_corpus_line(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(f"Test article\n{case.sentence}\n", encoding="utf-8")
    doc = load(InputFile(str(path), "article", "txt"), path.read_bytes())
    doc.date = case.date
    claims = [c for c in extract(doc) if c.kind == case.kind]
    got = [(c.value, c.approx, c.unit, c.key, c.evidence.text) for c in claims]
    if case.expected == "none":
        assert claims == [], got
        return
    value, approx, unit, key = _expected(case.expected)
    matching = [
        c for c in claims
        if c.value == value and c.approx == approx
        and (unit is None or c.unit == unit) and (key is None or key in c.key)
    ]
    assert matching, f"wanted {case.expected!r}, got {got}"


@pytest.mark.parametrize(("a", "b", "ok"), [
    ("president (china)", "president", True),
    ("president (china)", "president (china)", True),
    ("senior official", "national security adviser", True),
    ("senior official (china)", "national security adviser (south korea)", False),
    ("finance minister", "foreign minister", False),
    ("finance minister", "minister", True),
    ("prime minister", "president", False),
    ("premier", "prime minister", True),
    ("chief executive", "chief financial officer", False),
    ("chief executive (brightwater)", "chief executive (brightwater foods)", True),
    ("chief executive (brightwater)", "chief executive (norcrest)", False),
    ("chief executive", "chair", True),
    ("leader", "finance minister", True),
    ("deputy prime minister", "prime minister", False),
    ("deputy prime minister", "finance minister", True),
    ("former president", "president", True),
    ("president (china)", "chief executive (brightwater)", True),
])
def test_compatible_roles(a: str, b: str, ok: bool) -> None:
    assert compatible_roles(a, b) is ok
    assert compatible_roles(b, a) is ok


def test_titles_and_names_normalize() -> None:
    assert normalize_title(["Chief", "Executive", "Officer"]) == "chief executive"
    assert normalize_title(["CEO"]) == "chief executive"
    assert normalize_title(["National", "Security", "Advisor"]) == "national security adviser"
    assert normalize_title(["Minister", "of", "Foreign", "Affairs"]) == "foreign minister"
    assert normalize_title(["outgoing", "Prime", "Minister"]) == "prime minister"
    assert person_key("Kim Min-jae") == person_key("Kim Min Jae") == "kim min jae"
    assert person_key("Elena Chávez") == "elena chavez"


def test_person_keys_merge_spellings_not_people() -> None:
    rep = merge_person_keys(["kim min jae", "kim minjae", "takaichi sanae", "sanae takaichi",
                             "john smith", "joan smith"])
    assert rep["kim minjae"] == rep["kim min jae"]
    assert rep["takaichi sanae"] == rep["sanae takaichi"]
    assert rep["john smith"] != rep["joan smith"]

"""Shared test helpers: documents from text, CLI runs with a fixed terminal."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from factcheck.document import Document
from factcheck.models import Source
from factcheck.text import NormalText
from factcheck.zones import classify_lines

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# Texts the scan and pattern-rewrite tests compare shortcuts on: the seeds, the test
# clusters and the extractors' sentence corpora.
SAMPLE_TEXTS = sorted(
    [*ROOT.glob("seeds/*"), *ROOT.glob("tests/clusters/*/*"),
     *ROOT.glob("factcheck/extract/corpus/*.txt")]
)


def make_document(text: str, date: dt.date | None = None, source_id: str = "test") -> Document:
    """A Document from text, with the article date set (as a parser would)."""
    lines = text.split("\n")
    doc = Document(
        source=Source(id=source_id, path=f"{source_id}.txt"),
        norm=NormalText.from_original(text),
        zones=classify_lines(lines),
    )
    doc.date = date
    return doc


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A terminal that looks the same on every machine: no colour, 120 columns."""
    env = {"NO_COLOR": "1", "COLUMNS": "120", "TERM": "dumb"}
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("FACTCHECK_FORMAT", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return env


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in an empty folder, so no configuration file above the repo is found."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


os.environ.setdefault("FACTCHECK_TESTING", "1")

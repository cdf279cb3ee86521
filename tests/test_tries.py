"""The extractors' patterns are rewritten for speed (word lists as tries, a guard on the
first character): the rewritten patterns must find exactly what the originals find."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

import factcheck.extract  # noqa: F401  (runs compact_modules)
from factcheck.extract import tries
from factcheck.extract.tries import REWRITTEN, compact, first_character_first, guard

from .conftest import SAMPLE_TEXTS as TEXTS


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in TEXTS if p.is_file()]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_patterns_were_rewritten() -> None:
    changed = [name for name, (old, new) in REWRITTEN.items() if old is not new]
    assert len(changed) > 30  # the word lists and the guards are in use
    assert "factcheck.extract.dates.DATE_RE" in changed


@pytest.mark.parametrize("name", sorted(REWRITTEN))
def test_rewritten_pattern_finds_the_same(name: str, texts: list[str]) -> None:
    old, new = REWRITTEN[name]
    if old is new:
        return
    assert old.groupindex == new.groupindex
    for text in texts:
        assert _found(new, text) == _found(old, text), name


@pytest.mark.parametrize("pattern, text", [
    (r"(?<![\w.])(?i:\bmagnitude)\s+(\d)", "A MAGNITUDE 7 quake; magnitude 5; xmagnitude 6"),
    (r"(?:(?:about|some)\s+)?\b\d+\s+(?:days?|weeks?)", "about 4 days, Some 3 weeks, 2 days"),
    (r"\b(?:last|next)?\s*(Monday|Friday)", "next Monday and  Friday, last  friday"),
    (r"(?:[^a-z\s]\d)+", "x1 A2 b3B4 ,5"),
    (r"(?i)\bover\s+\d+", "Over 200 and over 3"),
])
def test_guard_keeps_matches(pattern: str, text: str) -> None:
    for flags in (0, re.IGNORECASE):
        original = re.compile(pattern, flags)
        assert _found(guard(original), text) == _found(original, text)
        assert _found(guard(compact(original)), text) == _found(original, text)


def test_guard_adds_a_lookahead_only_where_it_helps() -> None:
    slow = re.compile(r"\b(?:about\s+)?\d+\s+days", re.IGNORECASE)
    assert guard(slow).pattern.startswith("(?=")
    for fast_already in (r"days", r"^\w+", r"[A-Z]\w+", r"(?:a|b)c"):
        assert guard(re.compile(fast_already)).pattern == fast_already
    for any_start in (r".+x", r"(?:a?)", r"x*"):
        assert guard(re.compile(any_start)).pattern == any_start


@pytest.mark.parametrize("pattern, flags, text", [
    (r"\d+ days", 0, "4 days, 12 days, x5 days"),
    (r"\s+", 0, "a  b\tc\n"),
    (r"\b[A-Z]\w+", 0, "Ana met Bo and xCy"),
    (r"(?<![\w.])(?P<n>\d{1,3}(?:,\d{3})+|\d+)%", 0, "1,200% and 5% and a.5% 7,00%"),
    (r"\b(?:no\.|#|page)\s*\d", re.IGNORECASE, "No. 5, #3, Page 2, xpage 4, \u212aNo. 1"),
    (r"[;|]|,\s|\bwhile\b", 0, "a; b, c while d|e,f awhile"),
    (r"(?i:\bmagnitude)\s+(\d)|\bM\s?(\d)", 0, "MAGNITUDE 7, M 5, M6, xM7, \u212a"),
    (r"\b(?:job\s+cuts|lay(?:offs|-offs))\b", re.IGNORECASE, "Job cuts, LAYOFFS, lay-offs"),
])
def test_first_character_first_keeps_matches(pattern: str, flags: int, text: str) -> None:
    # these patterns are written to begin with one class, so that `re` skips ahead
    original = re.compile(pattern, flags)
    faster = first_character_first(compact(original))
    assert faster is not None and faster.pattern.startswith(("(?-i:[", "(?P<n>(?-i:["))
    assert _found(faster, text) == _found(original, text)


def test_compact_writes_a_case_ignoring_group_as_a_trie() -> None:
    pattern = re.compile(r"\d+ (?i:metres|miles|minutes)\b")
    got = compact(pattern)
    assert got.pattern == r"\d+ (?i:m(?:etres|i(?:les|nutes)))\b"
    text = "4 Metres, 5 MILES, 6 minutes, 7 mile"
    assert _found(got, text) == _found(pattern, text)


def test_compact_leaves_a_case_ignoring_group_whose_words_clash_in_lower_case() -> None:
    # "Mile" and "mile" are one word once case is ignored: a trie could not keep both
    pattern = re.compile(r"(?i:Mile|mile|yard)s")
    assert compact(pattern) is pattern


# --- the rewrites worked out once, shipped in rewritten.json -------------------------------


@pytest.mark.skipif(not tries.read_cache(tries.CACHE_PATH),
                    reason="rewritten.json is for another Python version")
def test_the_shipped_rewrites_are_those_of_the_patterns_in_use() -> None:
    assert tries.CACHE_PATH.read_text(encoding="utf-8") == tries.cache_text(), \
        "an extractor's patterns changed: run `make patterns` and commit rewritten.json"


def test_a_cached_rewrite_is_used_and_a_missing_one_worked_out(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("fake")
    module.CACHED = re.compile(r"\bcat")  # type: ignore[attr-defined]
    module.OTHER = re.compile(r"\b(?:one|two|three)\b")  # type: ignore[attr-defined]
    cache = tmp_path / "rewritten.json"
    # a cached rewrite is trusted as it is: a different text shows that it was used
    cache.write_text(json.dumps({"python": tries._python(),
                                 "patterns": {tries.cache_key(module.CACHED): "dog"}}))
    monkeypatch.setattr(tries, "CACHE_PATH", cache)
    monkeypatch.setattr(tries, "REWRITTEN", {})
    other = module.OTHER
    tries.compact_modules(module)
    assert module.CACHED.pattern == "dog"
    assert module.OTHER.pattern == guard(compact(other)).pattern != other.pattern
    assert set(tries.REWRITTEN) == {"fake.CACHED", "fake.OTHER"}


@pytest.mark.parametrize("content", [
    None, "", "not json", "[]", '{"python": "2.7", "patterns": {"k": "v"}}',
    '{"patterns": {"k": "v"}}', '{"python": "PY", "patterns": []}',
])
def test_an_unusable_cache_file_is_no_cache(tmp_path: Path, content: str | None) -> None:
    path = tmp_path / "rewritten.json"
    if content is not None:
        path.write_text(content.replace("PY", tries._python()), encoding="utf-8")
    assert tries.read_cache(path) == {}


def test_write_cache_writes_every_pattern_in_use(tmp_path: Path) -> None:
    path = tmp_path / "rewritten.json"
    written = tries.write_cache(path)
    assert written == len({tries.cache_key(old) for old, _ in REWRITTEN.values()}) > 100
    assert tries.write_cache(path) == written


def test_the_patterns_text_does_not_depend_on_the_hash_seed() -> None:
    # a pattern joined from a set would change text (and miss the cache) from run to run
    script = "from factcheck.extract import tries; print(tries.cache_text())"
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2")]
    assert runs[0] == runs[1]

"""The library entry points: paths in, `Report` out. The CLI is a thin layer over these."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from .extract import extract
from .ingest import InputError, InputFile, discover, load, read_bytes
from .match import align
from .models import Claim, Report, Source, Summary
from .reconcile import reconcile, sort_conflicts
from .weekday import weekday_conflicts
from .stories import article_features

Warn = Callable[[str], None]


@dataclass
class Extracted:
    """One source and the claims read from it."""

    source: Source
    claims: list[Claim]
    # what the story clustering reads (names, figures, rare words), computed where the
    # text is, so that the parent process never re-reads it
    features: dict[str, int] = field(default_factory=dict)


def extract_file(f: InputFile, stdin_bytes: bytes | None = None) -> Extracted:
    """Read one file and extract its claims. Raises `InputError` on bad input."""
    doc = load(f, read_bytes(f, stdin_bytes))
    claims = extract(doc)
    source = doc.source.model_copy(update={
        "date": doc.date.isoformat() if doc.date else None,
        "date_source": doc.date_source,
        "claims": len(claims),
    })
    return Extracted(source, claims, article_features(doc))


def _extract_or_error(f: InputFile) -> Extracted | str:
    try:
        return extract_file(f)
    except InputError as exc:
        return str(exc)


def extract_paths(
    paths: Sequence[str],
    *,
    jobs: int = 1,
    stdin_bytes: bytes | None = None,
    warn: Warn | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Extracted]:
    """Extract claims from every article under `paths`, in a stable order.

    A file the user named that cannot be read raises `InputError`; a file found below a
    folder is skipped with a warning instead. `jobs` > 1 extracts in worker processes.
    """
    files, warnings = discover(paths)
    for w in warnings:
        if warn:
            warn(w)
    results: list[Extracted | str]
    if jobs > 1 and len(files) >= 4 * jobs and not any(f.path == "-" for f in files):
        chunk = max(1, len(files) // (jobs * 8))
        results = []
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for i, r in enumerate(pool.map(_extract_or_error, files, chunksize=chunk)):
                results.append(r)
                if progress:
                    progress(i + 1, len(files))
    else:
        results = []
        for i, f in enumerate(files):
            try:
                results.append(extract_file(f, stdin_bytes))
            except InputError as exc:
                results.append(str(exc))
            if progress:
                progress(i + 1, len(files))
    out: list[Extracted] = []
    for f, r in zip(files, results, strict=True):
        if isinstance(r, str):
            if f.explicit:
                raise InputError(r)
            if warn:
                warn(f"skipped {r}")
            continue
        out.append(r)
    if not out:
        raise InputError("no readable articles in " + ", ".join(paths))
    return out


def report_from(extracted: Sequence[Extracted]) -> Report:
    """Align and reconcile the claims of already extracted sources."""
    claims = [c for e in extracted for c in e.claims]
    groups = align(claims)
    conflicts, agreements = reconcile(groups)
    conflicts = sort_conflicts(conflicts + weekday_conflicts(claims))
    aligned = sum(len(g.claims) for g in groups if len(g.sources) > 1)
    sources = sorted((e.source for e in extracted), key=lambda s: s.id)
    return Report(
        sources=sources,
        conflicts=conflicts,
        agreements=agreements,
        summary=Summary(
            sources=len(sources),
            claims=len(claims),
            aligned=aligned,
            conflicts=len(conflicts),
            agreements=len(agreements),
        ),
    )


def build_report(
    paths: Sequence[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    stdin_bytes: bytes | None = None,
    warn: Warn | None = None,
) -> Report:
    """Read, extract, align and reconcile: the whole pipeline."""
    extracted = extract_paths([os.fspath(p) for p in paths], jobs=jobs,
                              stdin_bytes=stdin_bytes, warn=warn)
    return report_from(extracted)

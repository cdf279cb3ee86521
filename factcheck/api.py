"""The library entry points: paths in, `Report` out. The CLI is a thin layer over these."""

from __future__ import annotations

import datetime as dt
import gc
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Literal

from .extract import extract
from .ingest import InputError, InputFile, discover, load, read_bytes
from .match import align
from .models import Claim, Report, Source, Summary
from .reconcile import reconcile, sort_conflicts
from .stories import Features, Story, article_features, group_stories
from .weekday import weekday_conflicts

Warn = Callable[[str], None]


@dataclass
class Extracted:
    """One source and the claims read from it."""

    source: Source
    claims: list[Claim]
    # what the story clustering reads (names, figures, rare words), computed where the
    # text is, so that the parent process never re-reads it
    features: Features = ""


def extract_file(f: InputFile, stdin_bytes: bytes | None = None,
                 fallback_date: dt.date | None = None) -> Extracted:
    """Read one file and extract its claims. Raises `InputError` on bad input.

    `fallback_date` stands in for the article's date when the article does not give
    one (or gives a dateline without a year)."""
    doc = load(f, read_bytes(f, stdin_bytes), fallback_date=fallback_date)
    claims = extract(doc)
    source = doc.source.model_copy(update={
        "date": doc.date.isoformat() if doc.date else None,
        "date_source": doc.date_source,
        "claims": len(claims),
    })
    return Extracted(source, claims, article_features(doc, claims))


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the pipeline builds its results: they are
    hundreds of thousands of small objects without cycles, and each collection walks
    them all again (a third of the main process's time at 5,000 articles).

    On the way out they are frozen (`gc.freeze`: moved to a generation the collector
    never walks) rather than left for the next collection to walk once more: that first
    collection after a pause took 0.5 s at 10,000 articles. Freezing keeps nothing alive:
    an object is still freed when its last reference goes; only a cycle that became
    garbage during the pause waits for `gc.unfreeze`, and the pipeline makes few."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.enable()


# Articles a worker takes at a time. A few dozen are a fraction of a second of work, so
# the workers finish together even when one is slowed down (a busy machine) or gets the
# longer articles. An eighth of a worker's share (625 articles at 10,000, three seconds)
# could keep one worker busy for seconds after the other had run out of work.
_MAX_CHUNK = 50


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
    results: list[Extracted | str] = []
    with gc_paused():
        if jobs > 1 and len(files) >= 4 * jobs and not any(f.path == "-" for f in files):
            chunk = max(1, min(len(files) // (jobs * 8), _MAX_CHUNK))
            # workers collect their own garbage: they build and drop every document
            with ProcessPoolExecutor(max_workers=jobs, initializer=gc.enable) as pool:
                for i, r in enumerate(pool.map(_extract_or_error, files, chunksize=chunk)):
                    results.append(r)
                    if progress:
                        progress(i + 1, len(files))
        else:
            for i, f in enumerate(files):
                try:
                    results.append(extract_file(f, stdin_bytes))
                except InputError as exc:
                    results.append(str(exc))
                if progress:
                    progress(i + 1, len(files))
    out: list[tuple[InputFile, Extracted]] = []
    for f, r in zip(files, results, strict=True):
        if isinstance(r, str):
            if f.explicit:
                raise InputError(r)
            if warn:
                warn(f"skipped {r}")
            continue
        out.append((f, r))
    if not out:
        raise InputError("no readable articles in " + ", ".join(paths))
    return _borrow_dates(out, stdin_bytes)


# Where an article's own date came from, when it is trustworthy enough to lend to
# undated articles about the same event.
_LENDERS = ("front matter", "html", "json-ld", "header", "dateline", "url")
# Articles whose own text gives dates keep them: only undated copy borrows.
_BORROWERS = (None, "dateline, year inferred")


def _borrow_dates(out: list[tuple[InputFile, Extracted]],
                  stdin_bytes: bytes | None) -> list[Extracted]:
    """Give undated articles the date the other articles agree on.

    Wire copy often carries "MANILA, Oct 12 (Reuters) -" and no year, or no date at
    all; beside dated articles on the same event it is of their date. Only when the
    dated articles lie within a week of each other (one event), so that a mixed corpus
    never lends one story's date to another.
    """
    dated = sorted(
        dt.date.fromisoformat(e.source.date) for _, e in out
        if e.source.date and (e.source.date_source or "").startswith(_LENDERS)
        and e.source.date_source not in _BORROWERS
    )
    if not dated or (dated[-1] - dated[0]).days > 7:
        return [e for _, e in out]
    median = dated[len(dated) // 2]
    def far(e: Extracted) -> bool:
        return (e.source.date_source == "inferred from text" and e.source.date is not None
                and abs((dt.date.fromisoformat(e.source.date) - median).days) > 30)

    # An article that only infers its date, a month or more away from the dated ones,
    # most likely picked another event's date (the 2022 disaster its background recalls),
    # unless such articles are as many as the dated ones: then they are another story.
    far_ones = {id(e) for _, e in out if far(e)}
    if len(far_ones) >= len(dated):
        far_ones = set()
    fixed = []
    for f, e in out:
        if e.source.date_source in _BORROWERS or id(e) in far_ones:
            e = extract_file(f, stdin_bytes, fallback_date=median)
        fixed.append(e)
    return fixed


Group = Literal["auto", "none", "stories"]


def stories_of(extracted: Sequence[Extracted], group: Group = "stories") -> list[Story]:
    """The stories the articles fall into (see `factcheck.stories.group_stories`)."""
    with gc_paused():
        return group_stories({e.source.id: e.features for e in extracted}, group)


def story_claims(extracted: Sequence[Extracted], stories: Sequence[Story]) -> list[Claim]:
    """Every claim, bound to its article's story (scope "story") when there are several,
    so that claims of two stories are never aligned."""
    if len(stories) <= 1:
        return [c for e in extracted for c in e.claims]
    story_of = {sid: st.id for st in stories for sid in st.sources}
    return [c.model_copy(update={"scope": {**c.scope, "story": story_of[e.source.id]}})
            for e in extracted for c in e.claims]


def report_from(extracted: Sequence[Extracted], *, group: Group = "auto") -> Report:
    """Sort the sources into stories, then align and reconcile their claims."""
    with gc_paused():
        return report_from_stories(extracted, stories_of(extracted, group))


def report_from_stories(extracted: Sequence[Extracted], stories: Sequence[Story]) -> Report:
    """Align and reconcile the claims of already extracted sources, story by story."""
    with gc_paused():
        return _report(extracted, stories)


def _report(extracted: Sequence[Extracted], stories: Sequence[Story]) -> Report:
    claims = [c for e in extracted for c in e.claims]
    # the story of each claim goes by its source, not a copy of every claim (story_claims)
    story_of = {sid: st.id for st in stories for sid in st.sources} if len(stories) > 1 else None
    groups = align(claims, story_of)
    conflicts, agreements = reconcile(groups, {e.source.id: e.source.date for e in extracted})
    conflicts = sort_conflicts(conflicts + weekday_conflicts(claims))
    aligned = sum(len(g.claims) for g in groups if g.several_sources)
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
    group: Group = "auto",
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    """Read, extract, group into stories, align and reconcile: the whole pipeline."""
    extracted = extract_paths([os.fspath(p) for p in paths], jobs=jobs,
                              stdin_bytes=stdin_bytes, warn=warn, progress=progress)
    return report_from(extracted, group=group)

"""Read articles from files, folders and standard input into `Document`s.

Only this package and the CLI touch the file system. Bad input raises `InputError`
with a one-line message; inside a folder, unreadable files are skipped with a warning.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from ..document import Document
from ..models import Source
from ..text import NormalText
from ..zones import classify_lines

FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
           ".html": "html", ".htm": "html"}
STDIN = "-"


class InputError(Exception):
    """Input that cannot be read: the message is one line, meant for the user."""


@dataclass(frozen=True)
class InputFile:
    """A file to read, with the id its claims will carry."""

    path: str  # as the user gave it (or found below a folder they gave)
    id: str
    format: str
    explicit: bool = True  # named by the user, not found below a folder


def discover(paths: Sequence[str]) -> tuple[list[InputFile], list[str]]:
    """Expand files and folders (recursively) into input files; return them and warnings.

    A named path that does not exist is an error. Below a folder, only known article
    formats are read, hidden folders are skipped, and the order is sorted, so the same
    tree gives the same report whatever the file system's order.
    """
    found: list[tuple[str, str, bool]] = []  # (path, format, named by the user)
    warnings: list[str] = []
    seen: set[str] = set()
    for raw in paths:
        if raw == STDIN:
            if STDIN not in seen:
                seen.add(STDIN)
                found.append((STDIN, "txt", True))
            continue
        p = Path(raw)
        if not p.exists():
            raise InputError(f"{raw}: no such file or directory")
        if p.is_dir():
            below = sorted(_walk(p))
            if not below:
                warnings.append(f"{raw}: no .txt, .md or .html files in this folder")
            for f in below:
                key = os.path.normpath(f)
                if key not in seen:
                    seen.add(key)
                    found.append((f, FORMATS[PurePath(f).suffix.lower()], False))
        else:
            key = os.path.normpath(raw)
            if key not in seen:
                seen.add(key)
                found.append((raw, FORMATS.get(p.suffix.lower(), "txt"), True))
    return _assign_ids(found), warnings


def _walk(folder: Path) -> Iterable[str]:
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if not name.startswith(".") and PurePath(name).suffix.lower() in FORMATS:
                yield os.path.join(dirpath, name)


def _assign_ids(found: list[tuple[str, str, bool]]) -> list[InputFile]:
    """Ids are file stems; stems that collide get their folder path to tell them apart."""
    stems: dict[str, int] = {}
    for path, _, _ in found:
        stem = "stdin" if path == STDIN else PurePath(path).stem
        stems[stem] = stems.get(stem, 0) + 1
    files = []
    for path, fmt, explicit in found:
        stem = "stdin" if path == STDIN else PurePath(path).stem
        if stems[stem] > 1 and path != STDIN:
            stem = PurePath(os.path.normpath(path)).with_suffix("").as_posix().lstrip("./")
        files.append(InputFile(path, stem, fmt, explicit))
    return files


def decode(raw: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM); anything else is an `InputError`."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(
            f"{name}: UTF-16 text; factcheck reads UTF-8 (convert with: iconv -f UTF-16 -t UTF-8)"
        )
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name}: binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "if it is Latin-1, convert with: iconv -f LATIN1 -t UTF-8"
        ) from None
    if not text.strip():
        raise InputError(f"{name}: empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_bytes(f: InputFile, stdin_bytes: bytes | None = None) -> bytes:
    if f.path == STDIN:
        return stdin_bytes or b""
    try:
        with open(f.path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise InputError(f"{f.path}: cannot read ({exc.strerror or exc})") from None


def load(f: InputFile, raw: bytes, fallback_date: dt.date | None = None) -> Document:
    """Turn one input file's bytes into a `Document` (zones, article date, title).

    `fallback_date` is used when the article gives no date of its own, and lends its
    year to a dateline that has none."""
    name = "<stdin>" if f.path == STDIN else f.path
    text = decode(raw, name)
    fmt = f.format
    if f.path == STDIN and text.lstrip().startswith("<") and "<html" in text[:2000].lower():
        fmt = "html"
    title = outlet = url = None
    date: dt.date | None = None
    date_source: str | None = None
    line_map = None
    file_lines: list[str] | None = None
    boiler: frozenset[int] = frozenset()
    teaser: frozenset[int] = frozenset()
    if fmt in ("md", "html"):
        if fmt == "md":
            from .markdown import parse_markdown as parse
        else:
            from .html import parse_html as parse
        parsed = parse(text)
        if parsed.line_map is not None:
            file_lines = text.split("\n")  # numbered as the HTML parser numbers them
        text, title, outlet, url = parsed.text, parsed.title, parsed.outlet, parsed.url
        date, date_source = parsed.date, parsed.date_source
        line_map, boiler, teaser = parsed.line_map, parsed.boilerplate_lines, parsed.teaser_lines
        if not text.strip():
            raise InputError(f"{name}: no article text found")
    lines = text.split("\n")
    zones = classify_lines(lines, boiler, teaser, headline=title)
    if title is None:
        title = next((ln.strip() for ln, z in zip(lines, zones, strict=False)
                      if ln.strip() and z != "boilerplate"), None)
    source = Source(id=f.id, path=name, title=title, outlet=outlet, url=url, format=fmt)  # type: ignore[arg-type]
    doc = Document(source=source, norm=NormalText.from_original(text), zones=zones,
                   line_map=line_map, file_lines=file_lines)
    if date is None:
        from ..extract.dates import header_date, infer_article_date
        from .dateline import find_dateline_date

        date = header_date(doc)
        date_source = "header" if date else None
        if date is None:
            date = find_dateline_date(doc.text, None)
            date_source = "dateline" if date else None
        if date is None:
            inferred = infer_article_date(doc)
            hint = fallback_date.year if fallback_date else inferred.year if inferred else None
            date = find_dateline_date(doc.text, hint)
            date_source = "dateline, year inferred" if date else None
            if date is None and fallback_date is not None:
                date, date_source = fallback_date, "borrowed from the other articles"
            elif date is None and inferred is not None:
                date, date_source = inferred, "inferred from text"
    doc.date, doc.date_source = date, date_source
    return doc

"""Writing output: to stdout, or to a file atomically (never a half-written report)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


class OutputError(Exception):
    """The output file cannot be written: one line for the user."""


def write_atomic(path: str, text: str) -> None:
    """Write `text` to `path` through a temp file renamed into place."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")
    if target.is_dir():
        raise OutputError(f"{path}: is a folder")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None


def emit(text: str, output: str | None) -> None:
    """Send rendered text to `output` (a file) or to standard output."""
    if output and output != "-":
        write_atomic(output, text)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()

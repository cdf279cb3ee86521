"""Configuration: `[tool.factcheck]` in pyproject.toml, or a `factcheck.toml`.

Found by walking up from the working directory (the nearest file wins, as with ruff);
`--config FILE` names one; command-line flags win over both. Unknown keys and bad
values stop the run with the file and key named.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .models import CanonicalValue

CONFIG_NAMES = ("factcheck.toml", ".factcheck.toml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration problem, as one line naming the file and key."""


class ResolutionConfig(BaseModel):
    """An editor's decision on one conflict, keyed by the conflict's id."""

    model_config = ConfigDict(extra="forbid")
    correct: CanonicalValue | None = None
    note: str | None = None
    by: str | None = None
    date: str | None = None


class Config(BaseModel):
    """Every setting factcheck reads from a configuration file."""

    model_config = ConfigDict(extra="forbid")
    paths: list[str] = Field(
        default_factory=list, description="articles read when no PATH is given"
    )
    format: str | None = Field(None, description="default output format")
    fail_on: Literal["low", "medium", "high"] = "low"
    min_severity: Literal["low", "medium", "high"] = "low"
    baseline: str | None = Field(None, description="baseline file of reviewed conflicts")
    strict_baseline: bool = Field(False, description="stale baseline entries fail `check`")
    against: list[str] = Field(
        default_factory=list,
        description="reference articles (wire copy) `check` compares the PATHs against",
    )
    jobs: int | None = Field(None, ge=1, description="worker processes for extraction")
    group: Literal["auto", "none", "stories"] | None = None
    resolutions: dict[str, ResolutionConfig] = Field(default_factory=dict)


class LoadedConfig(BaseModel):
    """A configuration and where it came from (None: built-in defaults)."""

    config: Config
    path: Path | None = None

    def resolve(self, p: str) -> str:
        """A path from the configuration, relative to the file that names it."""
        if self.path is None or Path(p).is_absolute():
            return p
        base = self.path.parent
        try:
            return str((base / p).relative_to(Path.cwd()))
        except ValueError:
            return str(base / p)


def find_config(start: Path | None = None) -> Path | None:
    """The nearest factcheck.toml, or pyproject.toml with [tool.factcheck], upwards."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name != "pyproject.toml":
                return candidate
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
            if "factcheck" in data.get("tool", {}):
                return candidate
    return None


def load_config(path: str | Path | None = None, *, isolated: bool = False) -> LoadedConfig:
    """Load the named configuration, or the nearest one; defaults when there is none."""
    if isolated:
        return LoadedConfig(config=Config())
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"{path}: no such configuration file")
    else:
        found = find_config()
        if found is None:
            return LoadedConfig(config=Config())
        p = found
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: not valid TOML ({exc})") from None
    section = "[tool.factcheck]" if p.name == "pyproject.toml" else "top level"
    table: Any = data.get("tool", {}).get("factcheck", {}) if p.name == "pyproject.toml" else data
    try:
        return LoadedConfig(config=Config.model_validate(table), path=p.resolve())
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(part) for part in err["loc"])
        if err["type"] == "extra_forbidden":
            raise ConfigError(f"{p}: {section}: unknown key '{key}'") from None
        raise ConfigError(f"{p}: {section}: bad value for '{key}': {err['msg']}") from None

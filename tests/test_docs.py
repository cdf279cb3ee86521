"""The README and --help stay honest: every command is documented and has help with
an example; every option of report and claims is named in the README."""

from __future__ import annotations

import re

import pytest
import typer
from typer.testing import CliRunner

from factcheck.cli import app

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(
    c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands
)


def test_readme_opens_with_the_two_setup_commands() -> None:
    first_block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert first_block is not None
    lines = [ln.split("#")[0].strip() for ln in first_block.group(1).splitlines()]
    assert lines[:2] == ["make report", "make test"]
    makefile = (ROOT / "Makefile").read_text()
    assert "factcheck report seeds" in makefile and "pytest" in makefile
    assert "make test" in (ROOT / ".ci" / "run").read_text()


@pytest.mark.parametrize("command", COMMANDS)
def test_command_is_in_readme_with_help(command: str) -> None:
    assert f"factcheck {command}" in README
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout


@pytest.mark.parametrize("command", ["report", "claims"])
def test_every_option_is_in_readme(command: str) -> None:
    cmd = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    for param in cmd.params:
        if param.param_type_name != "option" or param.name == "help":
            continue
        longest = max(param.opts, key=len)
        assert longest in README, f"{command} {longest} is not in the README"

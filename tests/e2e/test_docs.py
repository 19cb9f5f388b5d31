"""The documentation stays true to the code: the CLI reference, the rule names, the README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main
from typer._click import Command
from typer.core import TyperGroup

from releasegate.cli.main import app
from releasegate.cli.reference import reference
from releasegate.domain.errors import RULES

ROOT = Path(__file__).resolve().parents[2]
CLI_MD = ROOT / "docs" / "cli.md"
RULES_MD = ROOT / "docs" / "rules.md"
README = ROOT / "README.md"


def _command_paths(command: Command, prefix: str = "") -> list[str]:
    """Every command path of the app, walked here independently of the generator."""
    if not isinstance(command, TyperGroup):
        return [prefix]
    paths = [prefix] if prefix else []
    for name, sub in command.commands.items():
        if not sub.hidden:
            paths += _command_paths(sub, f"{prefix} {name}".strip())
    return paths


def test_cli_reference_is_up_to_date():
    assert CLI_MD.read_text(encoding="utf-8") == reference(), (
        "docs/cli.md is stale: run `make docs` to regenerate it from the code"
    )


def test_cli_reference_does_not_depend_on_the_terminal(monkeypatch: pytest.MonkeyPatch):
    expected = reference()
    monkeypatch.setenv("COLUMNS", "40")
    monkeypatch.setenv("RELEASEGATE_DB", "sqlite:///elsewhere.db")
    monkeypatch.setenv("RELEASEGATE_AS", "someone")
    assert reference() == expected


def test_every_command_of_the_app_appears_in_the_cli_reference():
    text = CLI_MD.read_text(encoding="utf-8")
    paths = _command_paths(typer.main.get_command(app))
    assert {"po issue", "party add", "gate", "verify"} <= set(paths)
    missing = [p for p in paths if f"\n## releasegate {p}\n" not in text]
    assert not missing, f"docs/cli.md lacks {missing}: run `make docs`"


def test_every_refusal_rule_is_documented_in_rules_md():
    headings = re.findall(r"^#+ .*$", RULES_MD.read_text(encoding="utf-8"), re.MULTILINE)
    missing = [rule for rule in RULES if not any(f"`{rule}`" in h for h in headings)]
    assert not missing, f"docs/rules.md has no section for {missing}"


def test_the_readme_starts_with_make_run_and_make_test():
    first_lines = "\n".join(README.read_text(encoding="utf-8").splitlines()[:8])
    assert "make run" in first_lines
    assert "make test" in first_lines

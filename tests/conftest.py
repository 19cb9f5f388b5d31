"""Shared fixtures: a fresh register on a temporary SQLite file, driven through the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from releasegate.cli.main import main


@dataclass
class Result:
    code: int
    out: str
    err: str


class Cli:
    """Runs ``releasegate`` in-process against one database, as a user types it."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.url = f"sqlite:///{db}"
        self.capsys = capsys

    def __call__(self, *args: str) -> Result:
        self.capsys.readouterr()
        code = main(["--db", self.url, *args])
        captured = self.capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def ok(self, *args: str) -> str:
        result = self(*args)
        assert result.code == 0, f"{args}: exit {result.code}: {result.err}{result.out}"
        return result.out


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    runner = Cli(tmp_path / "register.db", capsys)
    runner.ok("init")
    return runner


@pytest.fixture
def world(cli: Cli) -> Cli:
    """Acme buys BRKT-100 from Printfarm: 10 samples, 500 in production (forecast)."""
    cli.ok("party", "add", "Acme", "--kind", "buyer")
    cli.ok("party", "add", "Printfarm", "--kind", "supplier")
    cli.ok("party", "add", "Otherco", "--kind", "buyer")
    cli.ok("member", "add", "pat", "--party", "Acme", "--role", "purchasing")
    cli.ok("member", "add", "erin", "--party", "Acme", "--role", "engineering")
    cli.ok(
        "member",
        "add",
        "dana",
        "--party",
        "Acme",
        "--role",
        "release-authority",
        "--release-limit",
        "1000",
    )
    cli.ok(
        "member",
        "add",
        "sam",
        "--party",
        "Acme",
        "--role",
        "release-authority",
        "--release-limit",
        "100",
    )
    cli.ok("member", "add", "olu", "--party", "Printfarm", "--role", "supplier-ops")
    cli.ok(
        "member",
        "add",
        "oscar",
        "--party",
        "Otherco",
        "--role",
        "purchasing",
        "--role",
        "release-authority",
    )
    out = cli.ok(
        "order",
        "create",
        "--buyer",
        "Acme",
        "--supplier",
        "Printfarm",
        "--part",
        "BRKT-100",
        "--rev",
        "B",
        "--sample-qty",
        "10",
        "--production-qty",
        "500",
        "--basis",
        "forecast",
        "--quote",
        "Q-1",
        "--as",
        "pat",
    )
    assert out.strip().splitlines()[-1] == "ORD-1"
    return cli

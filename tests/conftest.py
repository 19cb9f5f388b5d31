"""Shared fixtures: a fresh register on a temporary SQLite file, driven through the CLI."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from releasegate.cli.main import main
from releasegate.services.bootstrap import init_register
from tests.pg_server import PostgresServer


@dataclass
class Result:
    code: int
    out: str
    err: str


class Cli:
    """Runs ``releasegate`` in-process against one database, as a user types it."""

    def __init__(self, url: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.url = url
        self.backend = "postgresql" if url.startswith("postgresql") else "sqlite"
        self.capsys = capsys

    def sql(self, *statements: str, drop_guard: bool = False) -> list[tuple[object, ...]]:
        """Run SQL straight on the database, behind the register's back; the last rows."""
        rows: list[tuple[object, ...]] = []
        if self.backend == "sqlite":
            with sqlite3.connect(self.url.removeprefix("sqlite:///")) as connection:
                if drop_guard:
                    connection.execute("DROP TRIGGER events_no_update")
                    connection.execute("DROP TRIGGER events_no_delete")
                for statement in statements:
                    rows = connection.execute(statement).fetchall()
            return rows
        import psycopg

        with psycopg.connect(self.url) as connection:
            if drop_guard:
                connection.execute("DROP TRIGGER events_no_update ON events")
                connection.execute("DROP TRIGGER events_no_delete ON events")
            for statement in statements:
                cursor = connection.execute(statement.replace("%", "%%"))
                rows = cursor.fetchall() if cursor.description else []
        return rows

    def __call__(self, *args: str) -> Result:
        self.capsys.readouterr()
        code = main(["--db", self.url, *args])
        captured = self.capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def create_order(self, part: str, sample: int, production: int, basis: str, *extra: str) -> str:
        """``order create`` of a part Acme buys from Printfarm, as pat; the command's output."""
        return self.ok(
            "order", "create", "--buyer", "Acme", "--supplier", "Printfarm", "--part", part,
            "--sample-qty", str(sample), "--production-qty", str(production), "--basis", basis,
            "--as", "pat", *extra,
        )  # fmt: skip

    def ok(self, *args: str) -> str:
        result = self(*args)
        assert result.code == 0, f"{args}: exit {result.code}: {result.err}{result.out}"
        return result.out


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A register made once by ``releasegate init``; each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "register.db"
    init_register(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def pg_template(pg_server: PostgresServer) -> str:
    url = pg_server.new_database()
    init_register(url)
    return url.rsplit("/", 1)[1]


@pytest.fixture(params=["sqlite", "postgresql"])
def cli(request: pytest.FixtureRequest, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    """A fresh, initialized register, on each storage engine (a copy of one made by init)."""
    if request.param == "sqlite":
        path = tmp_path / "register.db"
        with (
            sqlite3.connect(request.getfixturevalue("sqlite_template")) as source,
            sqlite3.connect(path) as target,
        ):
            source.backup(target)
            target.execute("PRAGMA journal_mode=WAL")
        url = f"sqlite:///{path}"
    else:
        server = request.getfixturevalue("pg_server")
        url = server.new_database(template=request.getfixturevalue("pg_template"))
    return Cli(url, capsys)


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
    out = cli.create_order("BRKT-100", 10, 500, "forecast", "--rev", "B", "--quote", "Q-1")
    assert out.strip().splitlines()[-1] == "ORD-1"
    return cli

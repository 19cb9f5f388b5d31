"""The composition root: the one place that wires a register to its storage and clock."""

from __future__ import annotations

import os

from releasegate.services.register import Clock, Register, utc_now

DEFAULT_DB = "sqlite:///releasegate.db"


def is_postgres(url: str) -> bool:
    return url.split(":", 1)[0].split("+")[0] in ("postgresql", "postgres")


def sqlalchemy_url(url: str) -> str:
    """The URL as SQLAlchemy takes it: PostgreSQL through psycopg 3, a bare path as SQLite."""
    if is_postgres(url):
        return "postgresql+psycopg:" + url.split(":", 1)[1]
    if "://" not in url:
        return f"sqlite:///{url}"
    return url


def open_register(db_url: str = DEFAULT_DB, clock: Clock = utc_now) -> Register:
    """Open the register at ``db_url`` (initialized first with ``init_register``).

    SQLite: ``sqlite:///path.db`` or a path. ``RELEASEGATE_SYNCHRONOUS`` sets its durability:
    FULL (default; an acknowledged posting survives power loss) or NORMAL (survives a crash of
    the program, not of the machine). PostgreSQL: ``postgresql://user:password@host/db``.
    """
    if is_postgres(db_url):
        from releasegate.storage.postgres_store import PostgresStore

        return Register(PostgresStore(sqlalchemy_url(db_url)), clock)
    from releasegate.domain.errors import BadInput
    from releasegate.storage.sqlite_store import SqliteStore, sqlite_path

    if "://" in db_url and not db_url.startswith("sqlite"):
        raise BadInput(
            f"unsupported database URL {db_url!r}: use sqlite:///file.db or postgresql://..."
        )
    synchronous = os.environ.get("RELEASEGATE_SYNCHRONOUS", "FULL")
    return Register(SqliteStore(sqlite_path(db_url), synchronous=synchronous), clock)


def init_register(db_url: str = DEFAULT_DB) -> str:
    """Create (or upgrade) the register's schema; returns where it is."""
    from pathlib import Path

    from releasegate.domain.errors import BadInput
    from releasegate.storage.migrate import upgrade

    if is_postgres(db_url):
        upgrade(sqlalchemy_url(db_url))
        from sqlalchemy.engine import make_url

        return f"PostgreSQL database {make_url(sqlalchemy_url(db_url)).database}"
    from releasegate.storage.sqlite_store import sqlite_path

    if "://" in db_url and not db_url.startswith("sqlite"):
        raise BadInput(
            f"unsupported database URL {db_url!r}: use sqlite:///file.db or postgresql://..."
        )
    path = sqlite_path(db_url)
    if path == ":memory:":
        raise BadInput("an in-memory database cannot hold a register: give a file path")
    parent = Path(path).resolve().parent
    if not parent.is_dir():
        raise BadInput(f"cannot create {path}: folder {parent} does not exist")
    upgrade(f"sqlite:///{path}")
    return path

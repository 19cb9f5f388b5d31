"""The composition root: the one place that wires a register to its storage and clock."""

from __future__ import annotations

import os

from releasegate.services.register import Clock, Register, utc_now

DEFAULT_DB = "sqlite:///releasegate.db"


def open_register(db_url: str = DEFAULT_DB, clock: Clock = utc_now) -> Register:
    """Open the register at ``db_url`` (must be initialized with ``init_register`` first).

    ``RELEASEGATE_SYNCHRONOUS`` sets SQLite's durability: FULL (default; an acknowledged posting
    survives power loss) or NORMAL (survives a crash of the program, not of the machine).
    """
    from releasegate.storage.sqlite_store import SqliteStore, sqlite_path

    synchronous = os.environ.get("RELEASEGATE_SYNCHRONOUS", "FULL")
    return Register(SqliteStore(sqlite_path(db_url), synchronous=synchronous), clock)


def init_register(db_url: str = DEFAULT_DB) -> str:
    """Create (or upgrade) the register's schema; returns the database path."""
    from pathlib import Path

    from releasegate.domain.errors import BadInput
    from releasegate.storage.migrate import upgrade
    from releasegate.storage.sqlite_store import sqlite_path

    path = sqlite_path(db_url)
    if path == ":memory:":
        raise BadInput("an in-memory database cannot hold a register: give a file path")
    parent = Path(path).resolve().parent
    if not parent.is_dir():
        raise BadInput(f"cannot create {path}: folder {parent} does not exist")
    upgrade(f"sqlite:///{path}")
    return path

"""The register on SQLite: one file, WAL, and every write under ``BEGIN IMMEDIATE``.

``BEGIN IMMEDIATE`` takes the write lock before anything is read, so two writers never both
read the same figures (a deferred transaction that reads then writes either over-grants or
fails under contention); a busy timeout makes the others wait their turn.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from releasegate.domain.errors import BadInput
from releasegate.storage.sql_store import SqlStore


def sqlite_path(url: str) -> str:
    """The file path in an ``sqlite:///path`` URL (or a bare path); ':memory:' for ``sqlite://``."""
    if "://" not in url:
        return url
    scheme, _, rest = url.partition("://")
    if scheme.split("+")[0] != "sqlite":
        raise BadInput(f"not an SQLite URL: {url!r}")
    if rest in ("", "/"):
        return ":memory:"
    if not rest.startswith("/"):
        raise BadInput(f"bad SQLite URL {url!r}: use sqlite:///relative.db or sqlite:////abs.db")
    return rest[1:].split("?", 1)[0]


# Writers in one process queue on a lock per database file instead of busy-waiting on SQLite's
# file lock; writers in other processes still meet at BEGIN IMMEDIATE and the busy timeout.
_WRITE_LOCKS: dict[str, threading.Lock] = {}
_WRITE_LOCKS_GUARD = threading.Lock()


class SqliteStore(SqlStore):
    begin_write = "BEGIN IMMEDIATE"
    integrity_errors = (sqlite3.IntegrityError,)

    def __init__(self, path: str, synchronous: str = "FULL", busy_timeout_ms: int = 60_000) -> None:
        super().__init__()
        if path != ":memory:" and not Path(path).exists():
            raise BadInput(f"no register at {path}: run releasegate init first")
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self.conn.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            self.conn.execute(f"PRAGMA synchronous={_synchronous(synchronous)}")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA cache_size=-32768")  # 32 MiB of pages, not the 2 MiB default
        except sqlite3.DatabaseError as exc:
            raise BadInput(f"{path} is not a releasegate register ({exc})") from None
        self.check_schema(path)
        with _WRITE_LOCKS_GUARD:
            key = str(Path(path).resolve()) if path != ":memory:" else f":memory:{id(self)}"
            self._write_lock = _WRITE_LOCKS.setdefault(key, threading.Lock())

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._write_lock, super().write():
            yield

    def close(self) -> None:
        self.conn.close()


def _synchronous(value: str) -> str:
    value = value.upper()
    if value not in ("OFF", "NORMAL", "FULL", "EXTRA"):
        raise BadInput(f"synchronous must be FULL, NORMAL, EXTRA or OFF, not {value!r}")
    return value
